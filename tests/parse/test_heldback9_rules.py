"""Rules learnt from the spent heldback-9 part of the parse eval (branch p10-hb9tune), by family of
shapes: reference lists in React components read as HTML (list items and heading levels, JSX's
``{" "}``, bullets counted across a section's lists, reference cards of short paragraphs); notes
headings in Arabic, Persian and Kazakh and the Italian "Sitografia"; tables of sources whose columns
are named in two or three words, or in one "Source + access date" column; a list's access dateline
and the paragraphs before its first item; citation-key labels ("[@key]", "[ADAMS-2024]"); PDF text
with a label alone on its line; Word endnotes converted to Markdown, a superscript number opening
each; and a few title shapes (a preprint server before "[Preprint]", a site named by its domain, a
body named "ABBR (Full Name).", a reprint date, a bracketed remark of several fields).
The entries are shaped like the real ones (fixtures/parse-eval, heldback-9 and the calibration
documents added with it); the names and URLs are invented.
"""

from __future__ import annotations

import datetime as dt

from citecheck.parse.styles import Mark, title_and_publisher

from .test_source_lists import _fields, _notes


def test_a_jsx_reference_list_reads_its_items_and_its_explicit_spaces() -> None:
    page = (
        "export default function Sources() {\n  return (\n    <section>\n"
        "      <h2>Список литературы</h2>\n      <ol>\n"
        "        <li>\n          Иванов И.И. Опыт применения препарата// Медицинский совет. 2019;(7):52-56.\n"
        "        </li>\n"
        "        <li>\n          Doe J, Roe R. A study of things. Int J Stud. 2020;64(9):e00682-20.\n        </li>\n"
        '        <li>\n          Roe, R. (2018). A Compendium of Things.{" "}\n'
        "          <i>Journal of Things, 7</i>.\n        </li>\n"
        "      </ol>\n    </section>\n  );\n}\n"
    )
    notes = _notes(page, "refs.html")
    assert _fields(notes) == [
        ("1", "Опыт применения препарата", None),
        ("2", "A study of things", None),
        ("3", "A Compendium of Things", None),
    ]


def test_bullets_of_several_lists_in_one_notes_section_are_counted_on() -> None:
    page = (
        '<section id="references"><h3>References</h3>\n'
        "<p>For the general picture:</p>\n<ul><li>Doe, J. (2020). <i>A History of Things</i>. Acme Press.</li></ul>\n"
        "<p>For the details:</p>\n<ul><li>Roe, R. (1999). <i>Details of Things</i>. Acme Press.</li>\n"
        "<li>Poe, P. (2001). <i>More Things</i>. Acme Press.</li></ul></section>\n"
    )
    assert [fn.label for fn in _notes(page, "refs.html")] == ["1", "2", "3"]


def test_a_reference_card_of_short_paragraphs_is_one_entry() -> None:
    page = (
        "<h2>Sitografia</h2>\n"
        '<div class="p-4"><p>Levi, Primo</p><p><em>Il sistema periodico</em></p>'
        "<p>Einaudi, Torino, 1975 (ristampa 2014)</p></div>\n"
        '<div class="p-4"><p>Acme Climate Portal</p><p>Risorse educative sul ciclo del carbonio</p>'
        "<span>https://climate.example/carbon</span></div>\n"
    )
    notes = _notes(page, "refs.html")
    assert _fields(notes) == [
        ("1", "Il sistema periodico", None),
        ("2", "Acme Climate Portal", "https://climate.example/carbon"),
    ]


def test_a_contact_card_is_not_a_reference_heading_section() -> None:
    # A card outside any notes section cites nothing: no entry comes of it.
    page = '<h2>Contact</h2>\n<div class="p-4"><p>Email: team@acme.example</p><p>We answer within a day.</p></div>\n'
    assert _notes(page, "contact.html") == []


def test_notes_headings_in_arabic_persian_and_kazakh_head_their_lists() -> None:
    arabic = (
        "## المراجع\n\n- [Spark Guide](https://spark.example/ml-guide.html)\n"
        "- [Housing Data](https://data.example/housing)\n"
    )
    assert _fields(_notes(arabic)) == [
        ("1", "Spark Guide", "https://spark.example/ml-guide.html"),
        ("2", "Housing Data", "https://data.example/housing"),
    ]
    persian = (
        "## منابع\n\n- NumPy: https://numpy.example/\n- Graph Theory: https://wiki.example/Graph_theory\n"
    )
    assert _fields(_notes(persian)) == [
        ("1", "NumPy", "https://numpy.example/"),
        ("2", "Graph Theory", "https://wiki.example/Graph_theory"),
    ]
    kazakh = "### Пайдаланылған Әдебиеттер\n\n- Тақырып:\n  - https://kk.wiki.example/a\n  - https://en.wiki.example/b\n"
    assert [fn.label for fn in _notes(kazakh)] == ["1", "2"]


def test_an_arabic_dateline_before_a_link_list_is_no_entry() -> None:
    text = (
        "# مراجع تنفيذ تأكيد البريد\n\n"
        "تاريخ الاطلاع: 3 أكتوبر 2026. هذه مراجع رسمية للمفاهيم.\n\n"
        "- Auth signUp: https://auth.example/signup — سلوك إنشاء المستخدم.\n"
        "- Auth resend: https://auth.example/resend — إعادة إرسال الرسالة.\n"
        "- Auth config: https://auth.example/config — إعدادات تأكيد البريد.\n"
    )
    assert _fields(_notes(text)) == [
        ("1", "Auth signUp", "https://auth.example/signup"),
        ("2", "Auth resend", "https://auth.example/resend"),
        ("3", "Auth config", "https://auth.example/config"),
    ]


def test_table_columns_named_in_two_words_and_the_title_column_as_written() -> None:
    text = (
        "# Acme Kaynak Ledgeri\n\n**Erişim tarihi:** Aksi belirtilmedikçe 3 Eylül 2026.\n\n"
        "| # | Kaynak başlığı | Kurum | Doğrudan URL | Kullanılan bölüm |\n|---:|---|---|---|---|\n"
        "| 1 | SetupIntents API | Acme | https://docs.acme.example/api/setup | Overview |\n"
        "| 2 | Webhooks | Acme | https://docs.acme.example/webhooks | Retries |\n"
    )
    assert _fields(_notes(text)) == [
        ("1", "SetupIntents API", "https://docs.acme.example/api/setup"),
        ("2", "Webhooks", "https://docs.acme.example/webhooks"),
    ]


def test_a_link_column_named_in_two_words_alone_makes_no_table_of_sources() -> None:
    text = "## Files\n\n| File | Source Link | Description |\n|---|---|---|\n| `dev.sh` | [source](https://git.example/dev.sh) | Start |\n"
    assert all(fn.label.startswith("L") for fn in _notes(text))


def test_a_source_and_access_date_column_gives_each_row_its_links_and_date() -> None:
    text = (
        "## نسخه‌ها\n\n| مورد | مقدار | منبع + تاریخ دسترسی |\n|---|---|---|\n"
        "| drizzle | 0.45 | [npm](https://npm.example/drizzle)، دسترسی 2026-09-06 |\n"
        "| turso | 5GB | [pricing](https://turso.example/pricing)، 2026-09-06 |\n"
    )
    notes = _notes(text)
    assert [(fn.url, fn.access_date) for fn in notes] == [
        ("https://npm.example/drizzle", dt.date(2026, 9, 6)),
        ("https://turso.example/pricing", dt.date(2026, 9, 6)),
    ]


def test_paragraphs_before_a_notes_list_introduce_it_unless_they_cite() -> None:
    text = (
        "# Sources\n\nHistorical research from September 24, 2026. Guidance is superseded by [the roadmap](roadmap.md).\n\n"
        "Checked while writing the design on 24 September 2026. Policy items move quickly.\n\n"
        '## The video\n\n- Acme Channel, "Download Yours Tonight," 23 September 2026. https://video.example/x\n'
        '- Jane Doe, "Acme to Acquire Beta," Acme Blog, 3 September 2026. https://blog.example/beta\n'
        '- "Beta bets on open models," Wire, 3 September 2026. https://wire.example/beta\n'
    )
    assert _fields(_notes(text)) == [
        ("1", "Download Yours Tonight", "https://video.example/x"),
        ("2", "Acme to Acquire Beta", "https://blog.example/beta"),
        ("3", "Beta bets on open models", "https://wire.example/beta"),
    ]


def test_citation_keys_label_their_entries() -> None:
    pandoc = (
        "## Referencias\n\n"
        "[@doe2019optuna] Doe, T., & Roe, S. (2019). Optuna-like Tuning: A Framework. *Proc. KDD*, 2623–2631.\n\n"
        "[@roe2018ml]: Roe, F. (2018). Machine learning at 7T. *Revista de Cosas*, 26(3), 412–423.\n"
    )
    assert _fields(_notes(pandoc)) == [
        ("doe2019optuna", "Optuna-like Tuning: A Framework", None),
        ("roe2018ml", "Machine learning at 7T", None),
    ]
    index = (
        "## 1. Market Theory\n\n"
        '[ADAMS-2024] Adams, H., & Roe, C. "Aggregating Market Makers." Acme Labs, 2024.\n\n'
        '[CANIDIO-FM-AMM-2025] Canidio, A. "FM-AMM: A Batch Clearing Mechanism." 2025.\n'
    )
    assert _fields(_notes(index)) == [
        ("ADAMS-2024", "Aggregating Market Makers", None),
        ("CANIDIO-FM-AMM-2025", "FM-AMM: A Batch Clearing Mechanism", None),
    ]


def test_a_copyright_range_or_a_real_link_definition_is_no_keyed_entry() -> None:
    text = "Copyright [2016-2023] Acme Institute\n\n[@pdg]: http://pdg.example/numbering.pdf\n\nSee [@pdg].\n"
    assert [fn for fn in _notes(text) if not fn.label.startswith("L")] == []


def test_a_pdf_label_alone_on_its_line_starts_the_entry_below_it() -> None:
    text = (
        "[1] \nDoe, C., & Roe, K. (2016). Security analysis testing for secure messaging. IEEE Conference. \n"
        "https://doi.example/10.1109/x1\n\n"
        "[2] \nPoe, A. (2019). AndroShield-like: Automated vulnerability detection. Information, 10(10), 326. \n"
        "https://doi.example/10.3390/x2\n"
    )
    assert _fields(_notes(text)) == [
        ("1", "Security analysis testing for secure messaging", "https://doi.example/10.1109/x1"),
        ("2", "AndroShield-like: Automated vulnerability detection", "https://doi.example/10.3390/x2"),
    ]


def test_word_endnotes_each_opening_with_a_superscript_number_are_one_entry_each() -> None:
    text = (
        "## Footnotes\n\n"
        "<sup>1</sup> Doe, J. “Speech Processing”, Third edition, 2023.\n\n"
        "<sup>2</sup> Roe, J. and Poe, M. “Hands-on Models”, Acme, 2024.  \n"
        " <sup>  \n"
        " 3</sup> Goe, I. “Deep Things”, MIT Press, 2016.\n\n"
        "<sup>4</sup> Foe, D. “Generative Things”, Second Edition, Acme, 2023.\n"
    )
    assert _fields(_notes(text)) == [
        ("1", "Speech Processing", None),
        ("2", "Hands-on Models", None),
        ("3", "Deep Things", None),
        ("4", "Generative Things", None),
    ]


def test_title_shapes_of_heldback_9() -> None:
    # A preprint server's name before "[Preprint]" closes no sentence of the title.
    assert title_and_publisher(
        "Doe M, Roe H. RECLAIM-like: can agents reproduce claims? arXiv [Preprint]. 2026."
    ) == ("RECLAIM-like: can agents reproduce claims?", "arXiv")
    assert title_and_publisher("Huang K, et al. Biomni-like: a biomedical agent. bioRxiv [Preprint]. 2025.")[
        0
    ] == ("Biomni-like: a biomedical agent")
    # Elsewhere a camel-cased name before a medium is the title: "GOOGLE. NotebookLM [online]".
    assert title_and_publisher("GOOGLE. NotebookLM [online]. Dostupné z: ")[0] == "NotebookLM"
    # A site named by its domain, then the page's title, before a dash and the URL.
    assert title_and_publisher("acme.rs, Field attributes — ") == ("Field attributes", "acme.rs")
    # A body named by its initials with its name in brackets is the author, not the title.
    marks = [Mark("em", "Climate Change 2021: The Physical Science Basis")]
    head = "IPCC (Intergovernmental Panel on Climate Change). Climate Change 2021: The Physical Science Basis. Sixth Assessment Report, 2021."
    assert title_and_publisher(head, marks)[0] == "Climate Change 2021: The Physical Science Basis"
    # A reprint date closing the entry after the emphasised title dates the imprint.
    marks = [Mark("em", "Il sistema periodico")]
    assert (
        title_and_publisher(
            "Levi, Primo. Il sistema periodico. Einaudi, Torino, 1975 (ristampa 2014)", marks
        )[0]
        == "Il sistema periodico"
    )
    # Russian closes an author list with "и др." as Latin does with "et al.".
    head = "Петров Н. В. и др. Опыт применения препарата (ACME) для коррекции дисбиозов у пациенток // Вестник№ 1/2000."
    assert (
        title_and_publisher(head)[0] == "Опыт применения препарата (ACME) для коррекции дисбиозов у пациенток"
    )
    # A bracketed remark of several fields after the title is no part of it.
    assert (
        title_and_publisher(
            "acme/acme repository (repo metadata, ~28.1k stars, MIT, Go, created 2018-01-27). "
        )[0]
        == "acme/acme repository"
    )
