"""Rules from the failure hunt of branch s34-hunt4 (32 new real documents in 15 languages: link lists with
access dates, APA with Spanish retrieval dates, citation keys, bold titles over address lines, name-year
lists, source lists under localized headings): each has a case where it fires and a near miss where it must
not; the data that justifies it is named with it (fixtures/parse-eval, part "p34hunt4 (studied)").
"""

from __future__ import annotations

import datetime as dt

from citecheck.parse import parse_text
from citecheck.parse.regions import is_notes_heading
from citecheck.parse.urls import unwrap_urls

TODAY = dt.date(2026, 12, 7)


def _notes(text: str, fmt: str = "markdown") -> dict[str, tuple[str | None, str | None, dt.date | None]]:
    document = parse_text(text, path="x.md", fmt=fmt, today=TODAY)
    return {fn.label: (fn.title, fn.url, fn.access_date) for fn in document.footnotes}


# --- Vietnamese "tham khảo" names a reference list (regions._tham_khao) --------------------------------------
# Data: vi-bold-title-nested-url-ngay-truy-cap-mo-ta-nix.md ("## F. Nguồn Tham Khảo": its seven entries read
# as bare links with no title); "Tài liệu tham khảo" is the Vietnamese "References" of theses and reports.


def test_vietnamese_tham_khao_heads_notes() -> None:
    assert is_notes_heading("F. Nguồn Tham Khảo", marked_heading=True)
    assert is_notes_heading("Tài liệu tham khảo")
    assert is_notes_heading("Danh mục tài liệu tham khảo", marked_heading=True)


def test_vietnamese_khao_alone_heads_nothing() -> None:
    # Near miss: "khảo sát" is a survey; "tham khảo" far into a long line is prose.
    assert not is_notes_heading("Khảo sát thị trường", marked_heading=True)
    assert not is_notes_heading("Kết quả khảo sát người dùng và các nguồn tham khảo khác nhau")


# --- Russian and Ukrainian "Ресурсы" as a heading's first word (regions._LEADING_NOTES_WORDS) ----------------
# Data: ru-bullets-tab-title-url-label-resursy-no-date-julia.md ("# Ресурсы" over six "* \tTitle. URL: …"
# bullets: six bare links, no title); near miss hb20-ru-html-references-kazakhstan-demography-literatura.html
# ("Используемые ресурсы:" over Bootstrap and Chart.js after its literature list).


def test_resources_heading_opens_the_list() -> None:
    notes = _notes(
        "# Вывод\n\nИзучили модель.\n\n# Ресурсы\n\n"
        "* \tJulia. URL: http://www.unn.ru/books/met_files/JULIA_tutorial.pdf.\n"
        "* \tPluto. URL: https://plutojl.org/.\n"
    )
    assert notes["1"][:2] == ("Julia", "http://www.unn.ru/books/met_files/JULIA_tutorial.pdf")
    assert notes["2"][:2] == ("Pluto", "https://plutojl.org/")


def test_resources_after_another_word_heads_nothing() -> None:
    assert is_notes_heading("Ресурсы", marked_heading=True)
    assert not is_notes_heading("Используемые ресурсы:", marked_heading=True)


# --- Indonesian misspelt "Refrensi" and the CSE / IPB name-year entry (regions) ------------------------------
# Data: id-authordate-refrensi-misspelled-diakses-dari-hujan.md ("## Refrensi" over "Ali J, Khan R, Ahmad N,
# Maqsood I. 2012. Random forest and decision trees. …": the list read as one bare link); find_string
# "## Refrensi": eight of ten hits head references.

IPB = (
    "## Refrensi\n"
    "Ali J, Khan R, Ahmad N, Maqsood I. 2012. Random forest and decision trees. International Journal of "
    "Computer Science Issue (IJCSI). 9(5): 272.\n\n"
    "Jiang X, Luo Y, Zhang DL, Wu M. 2020. Urbanization enhanced summertime extreme hourly precipitation over "
    "the Yangtze River Delta. Journal of Climate. 33(13): 5809-5826.\n\n"
    "Dicoding. (2024). Machine Learning Terapan. Diakses pada 25 Mei 2025 dari "
    "https://www.dicoding.com/academies/319-machine-learning-terapan.\n"
)


def test_name_year_entries_under_refrensi_are_notes() -> None:
    notes = _notes(IPB)
    assert notes["1"][0] == "Random forest and decision trees"
    assert (
        notes["2"][0]
        == "Urbanization enhanced summertime extreme hourly precipitation over the Yangtze River Delta"
    )
    assert notes["3"][1] == "https://www.dicoding.com/academies/319-machine-learning-terapan"


def test_name_year_shape_wants_the_year_after_the_names() -> None:
    # Near miss: capitalised words and a year in a sentence of prose are no name-year entry.
    notes = _notes("## Catatan\n\nKami menguji model ini pada data BMKG. 2012 adalah tahun awal data.\n")
    assert notes == {}
    # Nor are lower-case words where the initials stand ("Saya di. 2012. Ini …").
    from citecheck.parse.regions import _REFERENCE_SHAPE

    assert _REFERENCE_SHAPE.search(
        "Ali J, Khan R, Ahmad N, Maqsood I. 2012. Random forest and decision trees."
    )
    assert not _REFERENCE_SHAPE.search("Saya di. 2012. Ini tahun pertama.")


# --- Field items nested under an entry (regions._field_items_joined) ----------------------------------------
# Data: vi-bold-title-nested-url-ngay-truy-cap-mo-ta-nix.md ("1. **Nix Flakes Documentation**" over "   - URL:
# https://…", "   - Ngày truy cập: 2026-01-03", "   - Mô tả: …": seven entries read as their titles alone).

FIELDS = (
    "## References\n\n"
    "1. **Nix Flakes Documentation**\n   - URL: https://nixos.wiki/wiki/Flakes\n   - Accessed: 2026-01-03\n"
    "   - Description: Official docs\n\n"
    "2. **Nixpkgs**\n   - URL: https://search.nixos.org/packages\n   - Accessed: 2026-01-03\n"
)


def test_field_items_join_their_entry() -> None:
    notes = _notes(FIELDS)
    assert notes["1"] == ("Nix Flakes Documentation", "https://nixos.wiki/wiki/Flakes", dt.date(2026, 1, 3))
    assert notes["2"] == ("Nixpkgs", "https://search.nixos.org/packages", dt.date(2026, 1, 3))


def test_nested_items_without_an_address_stay_apart() -> None:
    # Near miss: an entry's nested remarks name no address: nothing is joined to it.
    notes = _notes(
        "## References\n\n1. Doe, J. (2020). *Title one*. Press.\n   - Note: read in class\n\n"
        "2. Roe, R. (2021). *Title two*. Press.\n   - Note: optional\n"
    )
    assert notes["1"][0] == "Title one"
    assert notes["2"][0] == "Title two"


# --- An ASCII address is not continued by a word of another alphabet (urls._other_script_word) --------------
# Data: uk-numbered-bold-title-url-line-description-line-rabbitmq.md ("https://docs.docker.com/⏎   Офіційна
# документація Docker": four addresses ending on "/" read with the Ukrainian word after them).


def test_cyrillic_description_line_is_not_part_of_the_address() -> None:
    text = "5. **Docker Documentation**\n   https://docs.docker.com/\n   Офіційна документація Docker\n"
    assert "https://docs.docker.com/\n" in unwrap_urls(text)
    assert _notes("## Джерела\n\n" + text)["5"][1] == "https://docs.docker.com/"


def test_cyrillic_path_piece_still_continues() -> None:
    # Near miss: a path cut after "wiki/", its Cyrillic piece joined by "_", goes on.
    assert "wiki/Лексичний_аналіз" in unwrap_urls("URL: https://uk.wikipedia.org/wiki/\nЛексичний_аналіз\n")


# --- A bracketed group of labelled dates opening an entry (entries._dated_lead) -----------------------------
# Data: ja-bullets-kokaibi-etsuranbi-prefix-linked-genai.md ("- （公開日：2024/03/11、閲覧日：2025/05/24）[Title](URL)":
# ten entries read with "（公開日：2024/03/11、" as their title, two with no access date).


def test_dated_lead_gives_access_date_and_leaves_the_link_the_title() -> None:
    notes = _notes(
        "## 参考\n\n"
        "- （公開日：2024/10/30、閲覧日：2025/05/24）[本家GitHub Copilot For Xcodeがパブリックプレビューに！](https://zenn.dev/a/1)\n"
        "- （閲覧日：2025/05/24）[github/CopilotForXcode: Xcode extension for GitHub Copilot](https://github.com/github/CopilotForXcode)\n"
    )
    assert notes["1"] == (
        "本家GitHub Copilot For Xcodeがパブリックプレビューに！",
        "https://zenn.dev/a/1",
        dt.date(2025, 5, 24),
    )
    assert notes["2"][2] == dt.date(2025, 5, 24)
    assert notes["2"][0] == "github/CopilotForXcode: Xcode extension for GitHub Copilot"


def test_bracketed_remark_opening_an_entry_is_no_dated_lead() -> None:
    # Near miss: a bracketed remark with words of its own (not a group of labelled dates) stays in the head.
    notes = _notes(
        "## References\n\n"
        "1. (See also the appendix on methods, updated 2024-03-11) Doe, J. *A Title*. https://example.org/a\n"
        "2. Roe, R. *Other Title*. https://example.org/b\n"
    )
    assert notes["1"][2] is None


# --- A phrase in corner brackets run into the words after it (styles.quoted_title) --------------------------
# Data: the same reading log: "[「Xcode」でも「GitHub Copilot」の無料プランで…](…)" and "[［速報］「GitHub Copilot
# Coding Agent」パブリックプレビュー。…](…)" read as "Xcode" and "GitHub Copilot Coding Agent".


def test_corner_quote_run_into_words_is_part_of_the_title() -> None:
    notes = _notes(
        "## 参考\n\n"
        "- [「Xcode」でも「GitHub Copilot」の無料プランで利用可能に \\- ＠IT](https://atmarkit.itmedia.co.jp/a.html)\n"
        "- [［速報］「GitHub Copilot Coding Agent」パブリックプレビュー － Publickey](https://www.publickey1.jp/b.html)\n"
    )
    assert notes["1"][0] == "「Xcode」でも「GitHub Copilot」の無料プランで利用可能に - ＠IT"
    assert notes["2"][0] == "［速報］「GitHub Copilot Coding Agent」パブリックプレビュー － Publickey"


def test_book_title_marks_before_a_publisher_still_give_the_title() -> None:
    # Near miss: a book's 『書名』 run into its publisher in kanji is the title.
    notes = _notes(
        "## 参考文献\n\n1. 村上春樹『ノルウェイの森』講談社、1987年。\n2. 山田太郎「論文名の例」『雑誌名』12巻、2020年。\n"
    )
    assert notes["1"][0] == "ノルウェイの森"
    assert notes["2"][0] == "論文名の例"


# --- A host link after a bold lead's colon is no part of the title (entries._without_host_link_after_colon) -
# Data: tr-bold-lead-colon-host-link-erisim-kaynaklar-epdk.md ("1.  **EPDK Kurul Kararı (14820):**
# [epdk.gov.tr/Kararlar/14820](https://www.epdk.gov.tr) (Erişim: 18.08.2026)": four titles read with the host).


def test_host_link_after_colon_is_cut_off_the_title() -> None:
    notes = _notes(
        "### Kaynaklar\n"
        "1.  **EPDK Kurul Kararı (14820):** [epdk.gov.tr/Kararlar/14820](https://www.epdk.gov.tr) (Erişim: 18.08.2026)\n"
        "2.  **Resmî Gazete Arşivi:** [resmigazete.gov.tr](https://www.resmigazete.gov.tr) (Erişim: 18.08.2026)\n"
    )
    assert notes["1"] == ("EPDK Kurul Kararı (14820)", "https://www.epdk.gov.tr", dt.date(2026, 8, 18))
    assert notes["2"][0] == "Resmî Gazete Arşivi"


def test_host_link_inside_the_title_sentence_stays() -> None:
    # Near miss: the host link is a word of the title's sentence, no colon before it.
    from citecheck.parse.entries import _without_host_link_after_colon
    from citecheck.parse.styles import Mark

    marks = [Mark("link", "fly.io", "https://fly.io")]
    assert (
        _without_host_link_after_colon("Case study: deploying on fly.io", marks)
        == "Case study: deploying on fly.io"
    )
    assert (
        _without_host_link_after_colon("Deploy guide: fly.io", [Mark("em", "fly.io", None)])
        == "Deploy guide: fly.io"
    )


# --- One list, one shape: "Author: Title. URL: …" (entries._url_field_colon_leads) ---------------------------
# Data: de-anchor-keys-author-colon-title-url-abgerufen-nextline-react.md ("Mozilla and individual
# contributors: Arrow functions. URL: https://…" read whole among "Maj, Wojciech: …" and "Facebook Inc.: …").

REACT = (
    "### Literaturverzeichnis\n\n"
    "[MAJ18]: Maj, Wojciech: Interactive React lifecycle methods diagram. URL: https://github.com/wojtekmaj/a\n\n"
    "[FACE18a]: Facebook Inc.: Introducing JSX. URL: https://reactjs.org/docs/introducing-jsx.html\n\n"
    "[FACE18b]: Facebook Inc.: React.Component. URL: https://reactjs.org/docs/react-component.html\n\n"
    "[MOZI18]: Mozilla and individual contributors: Arrow functions. URL: https://developer.mozilla.org/a\n"
)


def test_author_colon_lead_goes_as_in_the_rest_of_the_list() -> None:
    from citecheck.parse.entries import EntryFields, _url_field_colon_leads

    texts = [line.split(": ", 1)[1] for line in REACT.split("\n") if line.startswith("[")]
    fields = [
        EntryFields(title=title)
        for title in (
            "Interactive React lifecycle methods diagram",
            "Introducing JSX",
            "React.Component",
            "Mozilla and individual contributors: Arrow functions",
        )
    ]
    _url_field_colon_leads(fields, texts)
    assert fields[3].title == "Arrow functions"


def test_colon_lead_alone_in_its_list_stays() -> None:
    # Near miss: one entry of the shape, the others another: nothing to go by.
    from citecheck.parse.entries import EntryFields, _url_field_colon_leads

    texts = ["Mozilla and individual contributors: Arrow functions. URL: https://developer.mozilla.org/a"]
    fields = [EntryFields(title="Mozilla and individual contributors: Arrow functions")]
    _url_field_colon_leads(fields, texts)
    assert fields[0].title == "Mozilla and individual contributors: Arrow functions"
