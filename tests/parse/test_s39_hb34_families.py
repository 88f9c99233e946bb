"""Rules from the study of the three weakest held-back parse parts, heldback-p34hunt4/5/6, spent on branch
s39-hb34 (fixtures/parse-eval/HELDBACK-P34HUNT{4,5,6}-RULE.md): each has a case where it fires and a near miss
where it must not; the data that justifies it is named with it (fixtures/parse-eval, the parts
"heldback-p34hunt4 (studied)", "heldback-p34hunt5 (studied)", "heldback-p34hunt6 (studied)").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from citecheck.parse import parse_text
from citecheck.parse.name_runs import year_sentence_titles

TODAY = dt.date(2026, 12, 7)


def _notes(text: str, fmt: str = "markdown") -> dict[str, tuple[str | None, str | None, dt.date | None]]:
    document = parse_text(text, path="x.md", fmt=fmt, today=TODAY)
    return {fn.label: (fn.title, fn.url, fn.access_date) for fn in document.footnotes}


# --- ACM's entry without an author opens with its year (name_runs._year_first_title) ----------------------------
# Data: hbh4-zh-numbered-year-first-zaixian-fangwen-riqi-month-amu.md (five of twelve entries "[n] 2017. Title.
# URL [在线; 访问日期：2022年2月]." read with no title); ACM papers' lists found by the code search ("[1] 2018. Add
# a new op in TensorFlow. https://…", "[1] 2018. Upgrading GitHub from Rails 3.2 to 5.2. https://…").


def test_a_year_first_acm_entry_has_the_sentence_after_the_year_for_title() -> None:
    notes = _notes(
        "# References\n\n"
        "[1] 2017. OpenCAPI Specification. http://opencapi.org [Online; accessed Feb 2022].\n"
        "[2] 2019. 英特尔傲腾持久内存. https://www.intel.com/optane.html [在线; 访问日期：2022年2月].\n"
    )
    assert notes["1"][0] == "OpenCAPI Specification"
    assert notes["2"][0] == "英特尔傲腾持久内存"


def test_year_first_entries_of_acm_papers_found_by_the_code_search() -> None:
    notes = _notes(
        "## REFERENCES\n\n"
        "[1] 2019. Alien Tag Family Product Brief. http://www.alientechnology.com/wp-content/uploads/Tag.\n\n"
        "[2] 2020. tf.dtypes.DType. https://www.tensorflow.org/versions/r2.1/api_docs/python/tf/dtypes/DType\n\n"
        "[3] [n. d.]. _DeepSeek API Platform_ . DeepSeek. https://platform.deepseek.com/\n"
    )
    assert [notes[n][0] for n in "123"] == [
        "Alien Tag Family Product Brief",
        "tf.dtypes.DType",
        "DeepSeek API Platform",
    ]


def test_a_year_first_entry_whose_next_sentence_is_its_address_has_no_title() -> None:
    notes = _notes("# References\n\n[1] 2017. http://opencapi.org [Online; accessed Feb 2022].\n")
    assert notes["1"][0] is None


# --- "Names 和 Names. Year. Title. 载于《Container》." (name_runs.year_sentence_titles) --------------------------------
# Data: the same Chinese translation, entries 6, 7 (the container read) and 12 (an article number "17–es" read).


def test_translated_acm_names_and_a_container_after_the_title_sentence() -> None:
    notes = _notes(
        "# 参考文献\n\n"
        "[6] Mikhail Asiatici 和 Paolo Ienne. 2019. 别再为缓存缺失率哭泣：在FPGA中高效处理数千个未命中请求. "
        "载于《2019年ACM/SIGDA国际现场可编程门阵列研讨会论文集》. 第310–319页.\n\n"
        "[12] Shimin Chen, Anastassia Ailamaki, Phillip B Gibbons, and Todd C Mowry. 2007. Improving hash join "
        "performance through prefetching. ACM Transactions on Database Systems (TODS) 32, 3 (2007), 17–es.\n"
    )
    assert notes["6"][0] == "别再为缓存缺失率哭泣：在FPGA中高效处理数千个未命中请求"
    assert notes["12"][0] == "Improving hash join performance through prefetching"


@dataclass
class _Entry:
    title: str | None
    publisher: str | None = None


def test_a_title_read_after_the_year_sentence_without_a_container_stays() -> None:
    # (The rule alone: the title read lies after the year's sentence; only a container mark before it,
    # or an article number read, makes the sentence after the year the title.)
    text = (
        "Jane Roe and John Doe. 2019. Annual report of the board. The Real Title of the Work. https://x.org/r"
    )
    kept, contained = _Entry("The Real Title of the Work"), _Entry("The Real Title of the Work")
    year_sentence_titles([kept, contained], [text, text.replace(". The Real", ". In The Real")])
    assert kept.title == "The Real Title of the Work"
    assert contained.title == "Annual report of the board"


# --- Fields separated by a script's own comma (script_commas.py) -------------------------------------------------
# Data: hbh4-zh-source-table-org-title-url-fullwidth-jiansuo-riqi-lca.md, hbh5-ja-reference-linked-pipe-site-saishu-
# access-bi-kotlin.md, hbh6-ar-masadir-org-quoted-title-date-url-link-context.md.


def test_script_comma_fields_keep_the_title_field() -> None:
    notes = _notes(
        "## 参考\n\n"
        "1. 联合国统计司，CPC 3.0 版结构及说明，2025-06-30，https://unstats.un.org/cpc.pdf（检索日期 2026-09-07）\n"
    )
    assert notes["1"][0] == "CPC 3.0 版结构及说明"
    notes = _notes(
        "## Reference\n"
        "1. [Coding conventions | Kotlin](https://kotlinlang.org/docs/coding-conventions.html)（最終アクセス日：2022年2月2日）\n"
        "2. Kotlin Design Patterns and Best Practices Second Edition、Alexey Soshin（2022）、Packt Publishing\n"
        "3. [ハンガリアン記法 - Wikipedia](https://ja.wikipedia.org/wiki/Hungarian)\n"
    )
    assert notes["2"][0] == "Kotlin Design Patterns and Best Practices Second Edition"


def test_a_latin_name_before_an_arabic_title() -> None:
    notes = _notes(
        "## المصادر\n\n"
        "- Anthropic، كتيب إدارة الذاكرة والسياق: [https://platform.claude.com/cookbook](https://platform.claude.com/cookbook)\n"
    )
    assert notes["1"][0] == "كتيب إدارة الذاكرة والسياق"


def test_a_title_with_its_own_script_comma_and_no_field_stays() -> None:
    notes = _notes("## 参考\n\n1. 人工智能，未来已来。https://example.cn/ai（访问日期 2024-01-02）\n")
    assert notes["1"][0] is not None and "人工智能" in notes["1"][0]


# --- A link whose target is a template's placeholder cites the address it shows (markdown.shown_address) --------
# Data: hbh5-fr-bibliographie-italic-title-site-link-href-placeholder-consulte-python.md (four of five addresses).


def test_a_placeholder_target_gives_way_to_the_address_shown() -> None:
    notes = _notes(
        "## Bibliographie\n"
        "_Listes en compréhension_, Python Software Foundation, "
        "[https://docs.python.org/fr/3.12/tutorial/datastructures.html](URL) (consulté le 11-02-2024).\n"
    )
    assert notes["1"][1] == "https://docs.python.org/fr/3.12/tutorial/datastructures.html"


def test_a_relative_target_is_no_placeholder() -> None:
    notes = _notes(
        "## Bibliographie\n"
        "_Listes en compréhension_, Python Software Foundation, "
        "[Listes](docs/page.html) (consulté le 11-02-2024).\n"
    )
    assert notes.get("1", (None, None, None))[1] is None


# --- A short "Name. Title." list (head_sentences: two read so, half the shaped entries) --------------------------
# Data: hbh6-vi-tham-khao-bracket-author-title-bare-url-atomic-css.md (two of four read as the names).

_VI_LIST = (
    "## Tham khảo\n\n"
    "[1] Philip Ardeljan. 15kb of CSS is all you’ll ever need. https://medium.com/@philipardeljan/15kb\n\n"
    "[2] John Polacek. By The Numbers: A Year and Half with Atomic CSS. https://medium.com/@johnpolacek/numbers\n\n"
    "[3] Ferdy Christant. In Defense of Expressive CSS. https://ferdychristant.com/in-defense\n\n"
    "[4] John Polacek. The Case of Atomic CSS. https://johnpolacek.github.io/the-case-for-atomic-css/\n"
)


def test_a_short_name_title_list_reads_every_title_after_the_name() -> None:
    notes = _notes(_VI_LIST)
    assert notes["1"][0] == "15kb of CSS is all you’ll ever need"
    assert notes["2"][0] == "By The Numbers: A Year and Half with Atomic CSS"


def test_one_entry_read_so_is_no_evidence() -> None:
    # Only the last entry is read "Name. Title."; the others are title-first: nothing changes.
    notes = _notes(
        "## References\n\n"
        "[1] Attention Is All You Need. Advances in Neural Information Processing. https://arxiv.org/abs/1706.03762\n\n"
        "[2] Deep Residual Learning. Computer Vision and Pattern Recognition. https://arxiv.org/abs/1512.03385\n\n"
        "[3] John Polacek. The Case of Atomic CSS. https://johnpolacek.github.io/the-case-for-atomic-css/\n"
    )
    assert notes["1"][0] != "Advances in Neural Information Processing"


def test_a_short_list_s_venue_and_year_after_a_bold_title_is_no_title() -> None:
    # Two entries read "Name. Title." are a short list's evidence, but a sentence no longer than the name, or a
    # venue with its year, is none of a title (tests/parse/test_hunt2_families.py's Google Docs list).
    notes = _notes(
        "### **Quellen**\n\n"
        "- **Bundesministerium der Justiz.** *Gesetz zur Stärkung der Barrierefreiheit (BFSG)*. \\[Online\\] 2021\\. "
        "[https://www.gesetze-im-internet.de/bfsg/](https://www.gesetze-im-internet.de/bfsg/) (Abgerufen am: 14.04.2026).\n"
        "- **WakaTime.** *WakaTime: Dashboards for developers*. \\[Software\\] 2026\\. "
        "[https://wakatime.com/](https://wakatime.com/) (Abgerufen am: 14.04.2026).\n"
        "- **Attention Is All You Need.** *NeurIPS*, 2017. https://arxiv.org/abs/1706.03762\n"
    )
    assert notes["3"][0] == "Attention Is All You Need"


# --- German "Ressourcen" heads a sources section (regions._NOTES_WORDS) ------------------------------------------
# Data: hbh5-de-ressourcen-links-whole-entry-online-im-internet-zugriff-tauri.md (four entries not found).


def test_nuetzliche_ressourcen_heads_a_source_list() -> None:
    notes = _notes(
        "# TODO\n1. Tags\n1. Tests\n\n# Nützliche Ressourcen\n"
        "- [A Guide for Tauri: Part 2](https://nikolas.blog/a-guide-for-tauri-part-2/)\n"
        "- [Talha Awan (12.8.2021): *Serialize and Deserialize JavaScript Class Objects*. Online im Internet "
        "(Zugriff am 15.12.2022)](https://www.techighness.com/post/serialize/)\n"
    )
    assert notes["1"][:2] == ("A Guide for Tauri: Part 2", "https://nikolas.blog/a-guide-for-tauri-part-2/")
    assert notes["2"][0] == "Serialize and Deserialize JavaScript Class Objects"
    assert notes["2"][2] == dt.date(2022, 12, 15)


def test_a_word_built_on_ressourcen_is_no_sources_heading() -> None:
    notes = _notes(
        "# Ressourcenplanung\n- [Ein Plan](https://example.de/plan)\n- [Noch einer](https://example.de/b)\n"
    )
    assert "1" not in notes


# --- An unclosed bare fence before footnote definitions (markdown._stray_fences) ---------------------------------
# Data: hbh6-pt-notas-rodape-ver-linked-title-qlik.md (a text that begins inside a code block: three notes lost).


def test_an_unclosed_bare_fence_before_footnotes_is_read_as_a_blank_line() -> None:
    notes = _notes(
        "LINK --- C\n```\n\n---\n"
        "[^1]: Ver [Relacionamento das bases](https://splor-mg.github.io/notas/main/20231804T160439/).\n"
        "[^2]: Ver [Fundamentos para Modelagem de Dados](https://splor-mg.github.io/handbook/blog/fundamentos/).\n"
    )
    assert notes["1"][:2] == (
        "Relacionamento das bases",
        "https://splor-mg.github.io/notas/main/20231804T160439/",
    )
    assert notes["2"][0] == "Fundamentos para Modelagem de Dados"


def test_an_unclosed_fence_with_a_language_stays_code() -> None:
    notes = _notes(
        "Text.\n```python\nx = 1\n"
        "[^1]: Ver [Relacionamento das bases](https://splor-mg.github.io/notas/main/20231804T160439/).\n"
    )
    assert "1" not in notes


# --- A "title" that is the entry's own address without its scheme (entries._address_path_titles) ----------------
# Data: hbh4-id-linked-kramdown-attr-br-diakses-tanggal-slash-whenever.md (entry 3).


def test_link_text_that_is_the_address_without_its_scheme_is_no_title() -> None:
    notes = _notes(
        "# Referensi\n\n"
        "1. [Scheduling tasks in Rails with Cron](https://medium.com/@pawlkris/scheduling-tasks)\n\n"
        "2. [github.com/javan/whenever](https://github.com/javan/whenever)\n"
    )
    assert notes["2"][:2] == (None, "https://github.com/javan/whenever")


def test_link_text_naming_another_path_of_the_host_stays() -> None:
    notes = _notes(
        "# Referensi\n\n"
        "1. [Scheduling tasks in Rails with Cron](https://medium.com/@pawlkris/scheduling-tasks)\n\n"
        "2. [example.org/docs](https://example.org/docs/intro)\n"
    )
    assert notes["2"][0] == "example.org/docs"


# --- An address glued in brackets after a link comes after the link's target (entries) ---------------------------
# Data: hbh5-ja-references-linked-github-title-stray-parens-url-saishu-access-goenv.md (entry 1).


def test_a_glued_bracketed_address_after_a_link_is_not_the_entry_address() -> None:
    notes = _notes(
        "## References\n\n"
        "1. [go-nv/goenv: Like pyenv and rbenv, but for Go.](https://github.com/go-nv/goenv?tab=readme-ov-file)"
        "(https://developer.apple.com/documentation/swiftui/view)（最終アクセス日：2024/09/23）\n"
        "2. [moovweb/gvm: Go Version Manager](https://github.com/moovweb/gvm)（最終アクセス日：2024/09/23）\n"
    )
    assert notes["1"][1] == "https://github.com/go-nv/goenv?tab=readme-ov-file"


def test_a_spaced_bracketed_address_after_a_link_is_left_as_before() -> None:
    notes = _notes(
        "## References\n\n"
        "1. [go-nv/goenv: Like pyenv and rbenv, but for Go.](https://github.com/go-nv/goenv?tab=readme-ov-file) "
        "(https://developer.apple.com/documentation/swiftui/view) accessed 2024-09-23\n"
    )
    assert notes["1"][1] == "https://developer.apple.com/documentation/swiftui/view"


# --- An italic access remark is no title; "Title, Author: Name" ends at the label (entries) ----------------------
# Data: hbh5-en-html-heading-anchor-title-author-date-italic-last-accessed-food.md (three entries).


def test_an_italic_access_remark_and_an_author_label_after_the_title() -> None:
    notes = _notes(
        "### References\n\n"
        '##### [1] <a href="https://dl.acm.org/doi/abs/10.1145/2647868.2654970"> Food Detection and Recognition '
        "using CNN, Author: Hokuto Kagaya, Nov 22, 2014</a> <i>(Last Accessed on 11-2021)</i>\n"
        '##### [2] <a href="https://paperswithcode.com/paper/nu-innet"> Food Recognition using InNet Model, '
        "author: Chakkrit Termritthikun, Aug 01, 2017</a> <i>(Last Accessed on 11-2021)</i>\n"
    )
    assert notes["1"][0] == "Food Detection and Recognition using CNN"
    assert notes["2"][0] == "Food Recognition using InNet Model"


def test_an_author_word_inside_a_title_stays() -> None:
    notes = _notes("## References\n\n1. [The Author: A Study of Writers](https://example.org/author)\n")
    assert notes["1"][0] == "The Author: A Study of Writers"


# --- APA's date slot holding an access date (entries._access_date_in_year_slot) ---------------------------------
# Data: hbh4-en-apa-access-date-in-date-slot-dataset-landsat.md (both entries read as titled with the author).


def test_an_access_date_in_apa_year_slot() -> None:
    notes = _notes(
        "**References**\n\n"
        "Microsoft Planetary Computer. (Access Date: November 2024). Landsat Collection 2, Level-2 [Dataset]. "
        "U.S. Geological Survey (USGS). https://planetarycomputer.microsoft.com/dataset/landsat-c2-l2\n\n"
        "U.S. Geological Survey. (Accessed: 12 November 2024). California fire perimeters (all) [Dataset]. "
        "Data.gov. https://catalog.data.gov/dataset/california-fire-perimeters-all-b3436\n"
    )
    titles = sorted((title or "") for title, _, _ in notes.values())
    assert titles == ["California fire perimeters (all) [Dataset]", "Landsat Collection 2, Level-2 [Dataset]"]


def test_a_title_s_bracketed_access_date_without_a_stop_is_no_slot() -> None:
    # heldback-36's German notes: the title, then its access date in brackets, then a remark.
    notes = _notes(
        "## Quellen\n\n"
        "1. Dune Analytics: ERC-4337 Account Abstraction Dashboard (abgerufen am 27.03.2026). Für EIP-7702 vgl. "
        "Ethereum Foundation: Pectra Upgrade Specification.\n"
    )
    assert notes["1"][0] is not None and notes["1"][0].endswith("ERC-4337 Account Abstraction Dashboard")


# --- A passage quoted after a linked title and its date is no title (entries._quoted_passages_after_titles) ------
# Data: hbh4-en-analysis-footnotes-ibid-linked-italic-title-threat-report.md (note gtg1002-disclosure).


def test_a_quoted_passage_after_a_linked_title_and_its_date() -> None:
    notes = _notes(
        "A claim.[^r]\n\n"
        "[^r]: Anthropic, [*Disrupting the first reported AI-orchestrated cyber espionage campaign*]"
        '(https://assets.anthropic.com/report.pdf) (November 2025): "the threat actor [was] able to leverage AI '
        'to execute 80–90% of tactical operations independently."\n'
    )
    assert notes["r"][0] == "Disrupting the first reported AI-orchestrated cyber espionage campaign"


def test_a_quoted_title_after_a_bold_label_stays() -> None:
    notes = _notes(
        "## Resources\n\n"
        '1. **Academic Research**: "Designing for Security and Trust" by Marc Langheinrich discusses transparency\n'
        '2. **Privacy Scholarship**: "The Age of Surveillance Capitalism" by Shoshana Zuboff examines it\n'
    )
    assert notes["1"][0] == "Designing for Security and Trust"


# --- "and" between names in Indonesian, Turkish and Vietnamese author lists (styles) -----------------------------
# Data: hbh5-id-referensi-whole-entry-linked-diakses-pada-saham.md (entry 2).


def test_dan_joins_two_names_before_the_title() -> None:
    notes = _notes(
        "## Referensi\n\n"
        "[1] R. J. Hyndman dan G. Athanasopoulos, Forecasting: principles and practice. OTexts, 2018. "
        "https://otexts.com/fpp2/\n"
    )
    assert notes["1"][0] == "Forecasting: principles and practice"


def test_dan_between_words_that_are_no_names_stays_in_the_title() -> None:
    notes = _notes(
        "## Referensi\n\n[1] Ekonomi dan Bisnis Indonesia, Laporan Tahunan. https://example.id/laporan\n"
    )
    # (read as before the rule: words joined by "dan" that are no names are no author list)
    assert notes["1"][0] == "Ekonomi dan Bisnis Indonesia"


# --- A link whose text is only a format word stands where the address stands (entries._format_link_start) -------
# Data: hbh5-en-other-references-org-title-format-link-last-accessed-flood.md (entries 1 and 3); the code search
# finds "… 2010. [PDF](https://…)." in many reference lists and publication lists.


def test_a_format_word_link_ends_the_head_as_an_address_would() -> None:
    notes = _notes(
        "## Other references\n"
        "1. NOAA National Weather Service. Hydrologic information center - flood loss data. "
        "[HTML](http://www.nws.noaa.gov/hic/), Last Accessed on 6/21/17.\n"
        "2. National Oceanic and Atmospheric Administration. National Water Model: Improving Water Prediction "
        "Services. [PDF](http://water.noaa.gov/documents/wrn.pdf), Last Accessed on July 1, 2020.\n"
    )
    assert notes["1"][0] == "Hydrologic information center - flood loss data"


def test_a_link_of_more_than_a_format_word_is_read_as_before() -> None:
    notes = _notes(
        "## References\n\n1. Ministry of Health. [PDF guide to vaccines](https://example.org/guide.pdf)\n"
    )
    assert notes["1"][0] == "PDF guide to vaccines"
