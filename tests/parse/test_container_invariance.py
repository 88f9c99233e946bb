"""A document reads the same whatever its container: the same sources written as Markdown, as the
HTML a site renders from it, and as the text a browser copies from that page.

Each rule here mirrors one the Markdown reader already has, found by benchmarks/parse_html.py and
benchmarks/parse_pasted.py (the parse eval's documents rendered and pasted); the data each rule was
found on is named in the module that holds it. Every rule has a near miss where it must not fire.
"""

from __future__ import annotations

import datetime as dt

from citecheck.models import Document
from citecheck.parse import parse_text
from citecheck.parse.text import read_text

from .conftest import TODAY


def _html(body: str) -> Document:
    page = f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body><article>\n{body}</article></body></html>\n'
    return parse_text(page, path="page.html", fmt="html", today=TODAY)


def _text(body: str) -> Document:
    return parse_text(body, path="page.txt", fmt="text", today=TODAY)


def _fields(doc: Document) -> list[tuple[str, str | None, str | None, dt.date | None]]:
    return [(fn.label, fn.title, fn.url, fn.access_date) for fn in doc.footnotes]


# An entry's address in a code block right under it (hb36-fr-en-ligne-disponible-sur-url-code-block-
# robot-pico-sources.md, rendered and pasted).
_ENTRIES = [
    (
        "Wikipédia. Ultrason. [En ligne]. Disponible sur : (consulté le 6 janvier 2025).",
        "https://fr.wikipedia.org/wiki/Ultrason",
    ),
    (
        "Ducros, Christian. Les 3 raisons de la programmation asynchrone. [Vidéo en ligne]. Disponible sur : (consulté le 6 janvier 2025).",
        "https://www.youtube.com/watch?v=GzPktikU_PI",
    ),
    (
        "Compuphase. Termite. [En ligne]. Disponible sur : (consulté le 6 janvier 2025).",
        "https://www.compuphase.com/software_termite.htm",
    ),
]
_CODE_URLS = [
    ("https://fr.wikipedia.org/wiki/Ultrason", dt.date(2025, 1, 6)),
    ("https://www.youtube.com/watch?v=GzPktikU_PI", dt.date(2025, 1, 6)),
    ("https://www.compuphase.com/software_termite.htm", dt.date(2025, 1, 6)),
]


def test_html_address_pre_under_a_dated_entry_is_its_next_line() -> None:
    body = "<h2>Sources</h2>\n" + "".join(
        f"<p>{entry}</p>\n<pre><code>{url}\n</code></pre>\n" for entry, url in _ENTRIES
    )
    doc = _html(body)
    assert [(fn.url, fn.access_date) for fn in doc.footnotes] == _CODE_URLS
    assert doc.footnotes[0].title == "Ultrason"


# Entries that date nothing: the Markdown reader keeps their fences as code, apart.
_UNDATED = [
    (
        "Wikipédia. Ultrason. [En ligne]. Disponible sur : Wikipédia, 2025.",
        "https://fr.wikipedia.org/wiki/Ultrason",
    ),
    (
        "Compuphase. Termite. [En ligne]. Disponible sur : Compuphase, 2024.",
        "https://www.compuphase.com/software_termite.htm",
    ),
]


def test_html_address_pre_under_an_undated_paragraph_stays_apart() -> None:
    # Near miss: no reading date above the code block; it is not the paragraph's line.
    body = "<h2>Sources</h2>\n" + "".join(
        f"<p>{entry}</p>\n<pre><code>{url}\n</code></pre>\n" for entry, url in _UNDATED
    )
    doc = _html(body)
    firsts = [fn for fn in doc.footnotes if fn.raw.startswith("Wikipédia")]
    assert firsts and firsts[0].url is None


def test_html_address_pre_under_an_entry_with_its_own_address_stays_apart() -> None:
    # Near miss: the paragraph gives its address already; the code block is not its line.
    body = (
        "<h2>Sources</h2>\n"
        "<p>Wikipédia. Ultrason. [En ligne]. Disponible sur : https://fr.wikipedia.org/wiki/Ultrason "
        "(consulté le 6 janvier 2025).</p>\n<pre><code>https://example.org/other\n</code></pre>\n"
    )
    doc = _html(body)
    assert doc.footnotes[0].url == "https://fr.wikipedia.org/wiki/Ultrason"
    assert all(
        fn.urls != ["https://fr.wikipedia.org/wiki/Ultrason", "https://example.org/other"]
        for fn in doc.footnotes
    )


def test_pasted_address_paragraph_under_a_dated_entry_is_its_next_line() -> None:
    text = "Sources\n\n" + "".join(f"{entry}\n\n{url}\n\n\n" for entry, url in _ENTRIES)
    doc = _text(text)
    assert [(fn.url, fn.access_date) for fn in doc.footnotes] == _CODE_URLS
    first = doc.footnotes[0]
    assert (first.line, first.column) == (3, 1)  # the entry's own place in the paste


def test_pasted_address_paragraph_under_an_undated_paragraph_stays_apart() -> None:
    # Near miss: no reading date above the address; it is no entry's line.
    doc = _text("Sources\n\n" + "".join(f"{entry}\n\n{url}\n\n\n" for entry, url in _UNDATED))
    firsts = [fn for fn in doc.footnotes if fn.raw.startswith("Wikipédia")]
    assert firsts and firsts[0].url is None


# Bare-numbered endnotes of a report exported from PDF, one paragraph each under a plain "Endnotes"
# (en-report-endnotes-cset-ai-decision-support.md, rendered).
_BARE = (
    "<p>Center for Security and Emerging Technology | 30</p>\n<p>Endnotes</p>\n"
    "<p>1 Herodotus, Histories, trans. A. D. Godley (Cambridge, MA: Harvard University Press, 1920), book 1,\n"
    "chs. 54-77.</p>\n"
    "<p>2 DOD, DOD Dictionary of Military and Associated Terms (Washington, D.C.: DOD, November 2021),\n"
    '<a href="https://irp.fas.org/doddir/dod/dictionary.pdf">https://irp.fas.org/doddir/dod/dictionary.pdf</a>.</p>\n'
    "<p>3 “ARCAS,” Elbit Systems, accessed September 27, 2024, "
    '<a href="http://elbitsystems.com/product/arcas/">http://elbitsystems.com/product/arcas/</a>.</p>\n'
    "<p>4 Seth Bonder, “Army Operations Research: Historical Perspectives and Lessons Learned,” Operations\n"
    "Research 50, no. 1 (2002): 25-34.</p>\n"
)


def test_html_bare_numbered_endnote_paragraphs_keep_their_numbers() -> None:
    doc = _html(_BARE)
    assert [(fn.label, fn.title) for fn in doc.footnotes] == [
        ("1", "Histories"),
        ("2", "DOD Dictionary of Military and Associated Terms"),
        ("3", "ARCAS"),
        ("4", "Army Operations Research: Historical Perspectives and Lessons Learned"),
    ]
    assert doc.footnotes[1].url == "https://irp.fas.org/doddir/dod/dictionary.pdf"
    assert doc.footnotes[2].access_date == dt.date(2024, 9, 27)


def test_html_bare_numbers_without_a_notes_heading_are_not_labels() -> None:
    # Near miss: the same paragraphs under a heading that names no notes ("Findings") are text.
    doc = _html(_BARE.replace("<p>Endnotes</p>", "<p>Findings</p>"))
    assert not any(fn.raw.startswith("Herodotus") for fn in doc.footnotes)


def test_html_two_bare_numbered_paragraphs_are_no_run() -> None:
    # Near miss: two numbered paragraphs ("1 Introduction"-like) under "Notes" are no run of three.
    body = (
        "<h2>Notes</h2>\n<p>1 Herodotus, Histories (Cambridge, MA: Harvard University Press, 1920).</p>\n"
        "<p>2 Seth Bonder, “Army Operations Research,” Operations Research 50 (2002).</p>\n"
    )
    doc = _html(body)
    assert [fn.raw[:2] for fn in doc.footnotes] == ["1 ", "2 "]


# A paragraph all in bold naming the sources ("<p><strong>Qaynaqlar:</strong></p>"), over lists of
# "Name: URL" items (hb29-az-link-list-frontend-arasdirma-qaynaqlar.md, rendered).
_LINKED_ITEMS = (
    "<p>Resmi Dokumentasiya:</p>\n<ul>\n"
    '<li>Tailwind CSS v4: <a href="https://tailwindcss.com/">https://tailwindcss.com/</a></li>\n'
    '<li>Utility Classes: <a href="https://tailwindcss.com/docs/styling-with-utility-classes">'
    "https://tailwindcss.com/docs/styling-with-utility-classes</a></li>\n"
    '<li>Tailwind CSS v4 Blog: <a href="https://tailwindcss.com/blog/tailwindcss-v4">'
    "https://tailwindcss.com/blog/tailwindcss-v4</a></li>\n</ul>\n"
)
_TOPIC = (
    "<h2>2. Tailwind CSS v4 — Utility Class Mentigi</h2>\n"
    "<p><strong>Neden:</strong> Butun stil islerini Tailwind utility class'lari ile edeceksen.</p>\n"
)


def test_html_bold_notes_paragraph_heads_the_lists_under_it() -> None:
    doc = _html(_TOPIC + "<p><strong>Qaynaqlar:</strong></p>\n" + _LINKED_ITEMS)
    assert [(fn.label, fn.title, fn.url) for fn in doc.footnotes] == [
        ("1", "Tailwind CSS v4", "https://tailwindcss.com/"),
        ("2", "Utility Classes", "https://tailwindcss.com/docs/styling-with-utility-classes"),
        ("3", "Tailwind CSS v4 Blog", "https://tailwindcss.com/blog/tailwindcss-v4"),
    ]


def test_html_bold_paragraph_naming_no_sources_heads_nothing() -> None:
    # Near miss: a bold paragraph that names no sources ("Nümunələr:", examples) over the same lists.
    doc = _html(_TOPIC + "<p><strong>Nümunələr:</strong></p>\n" + _LINKED_ITEMS)
    assert all(fn.label.startswith("L") for fn in doc.footnotes)


# A page's heading pasted as text, its mark gone, over an intro line and "• Name: URL — …" items
# (ar-linklist-supabase-marajie.md, rendered and pasted).
_PASTED_ITEMS = (
    "• Supabase Auth signUp: https://supabase.com/docs/reference/javascript/auth-signup — user and session.\n"
    "• Supabase Auth resend: https://supabase.com/docs/reference/javascript/auth-resend — resending.\n"
    "• Supabase RLS: https://supabase.com/docs/guides/database/postgres/row-level-security — policies.\n"
)


def test_pasted_heading_line_over_linked_items_heads_them() -> None:
    text = "مراجع تنفيذ تأكيد البريد ومراجعة الحسابات\n\nتاريخ الاطلاع: 3 أكتوبر 2026.\n\n" + _PASTED_ITEMS
    doc = _text(text)
    assert [(fn.label, fn.title) for fn in doc.footnotes] == [
        ("1", "Supabase Auth signUp"),
        ("2", "Supabase Auth resend"),
        ("3", "Supabase RLS"),
    ]


def test_pasted_sentence_over_linked_items_is_no_heading() -> None:
    # Near miss: a sentence ending in a stop that mentions sources is prose, not the list's heading.
    doc = _text(
        "مراجع تنفيذ تأكيد البريد ومراجعة الحسابات.\n\nتاريخ الاطلاع: 3 أكتوبر 2026.\n\n" + _PASTED_ITEMS
    )
    assert all(fn.label.startswith("L") for fn in doc.footnotes)


def test_pasted_heading_line_over_prose_is_no_heading() -> None:
    # Near miss: the same line over prose (no list of addresses under it) keeps the plain limit.
    text = (
        "Sources for the migration of consent\n\nWe read them first.\n\nThen more prose here.\n\n"
        + _PASTED_ITEMS
    )
    doc = _text(text)
    assert all(fn.label.startswith("L") for fn in doc.footnotes)


# A table of sources whose header names a title column (en-sourcetable-esp32-docs-index.md,
# rendered): each row's title cell is its title, the file and link cells after it.
_TITLE_TABLE = (
    "<table>\n<thead>\n<tr><th>File</th><th>Title</th><th>Source URL</th><th>Version/Date</th></tr>\n</thead>\n<tbody>\n"
    "<tr><td>gpio/esp-idf-v4.4-gpio.html</td><td>GPIO &amp; RTC GPIO</td>"
    '<td><a href="https://docs.espressif.com/gpio.html">https://docs.espressif.com/gpio.html</a></td><td>IDF v4.4</td></tr>\n'
    "<tr><td>peripherals/esp-idf-v4.4-uart.html</td><td>UART</td>"
    '<td><a href="https://docs.espressif.com/uart.html">https://docs.espressif.com/uart.html</a></td><td>IDF v4.4</td></tr>\n'
    "</tbody>\n</table>\n"
)


def test_html_source_table_title_cell_is_the_title() -> None:
    doc = _html("<h1>ESP32 Official Documentation Index</h1>\n" + _TITLE_TABLE)
    assert [(fn.title, fn.url) for fn in doc.footnotes] == [
        ("GPIO & RTC GPIO", "https://docs.espressif.com/gpio.html"),
        ("UART", "https://docs.espressif.com/uart.html"),
    ]


def test_html_headerless_reference_table_cell_is_not_made_a_title() -> None:
    # Near miss: a table of whole references under "References" (D-Lib's "[1] | Clay Shirky, "…",
    # June 2010."): the reference's cell is no title; the title is read inside it.
    body = (
        "<h3>References</h3>\n<table>\n"
        '<tr><td><a id="1">[1]</a></td><td>Clay Shirky, "<a href="https://www.ted.com/talks/shirky">'
        'How Cognitive Surplus Will Change the World</a>", June 2010.</td></tr>\n'
        '<tr><td><a id="2">[2]</a></td><td>Tim Berners-Lee with Mark Fischetti, <i>Weaving the Web</i> '
        "(San Francisco: Harper, 1999).</td></tr>\n</table>\n"
    )
    doc = _html(body)
    assert [fn.title for fn in doc.footnotes] == [
        "How Cognitive Surplus Will Change the World",
        "Weaving the Web",
    ]


# Entries ending in a bare address that the site's generator made a link of its own text
# (en-harvard-protest-data-analysis-references.md, rendered).
_HARVARD = [
    (
        "Alaş, B., 2020. Matplotlib: A Complete Data Visualization Guide. Kaggle. Available at: ",
        "https://www.kaggle.com/code/berkayalan/matplotlib-a-complete-data-visualization-guide",
        " [Accessed 12 January 2025].",
    ),
    (
        "CareerFoundry, 2024. Open Data Sources. Available at: ",
        "https://careerfoundry.com/en/blog/data-analytics/open-data-sources/",
        " (Accessed: 26 December 2024).",
    ),
    (
        "Clark, D. and Regan, P., 2021. Mass Mobilization Protest Data. Harvard Dataverse. Available at: ",
        "https://doi.org/10.7910/DVN/HTTWYL",
        " (Accessed: 3 January 2025).",
    ),
    (
        "DataCamp, 2025. Python: Round to Two Decimal Places. Available at: ",
        "https://www.datacamp.com/tutorial/python-round-to-two-decimal-places",
        " (Accessed: 12 January 2025).",
    ),
]


def test_html_address_as_its_own_link_text_marks_no_title() -> None:
    items = "".join(f'<li>{a}<a href="{url}">{url}</a>{b}</li>\n' for a, url, b in _HARVARD)
    doc = _html(f"<h2>References</h2>\n<ul>\n{items}</ul>\n")
    markdown = parse_text(
        "## References\n\n" + "".join(f"- {a}{url}{b}\n" for a, url, b in _HARVARD),
        path="page.md",
        fmt="markdown",
        today=TODAY,
    )
    assert _fields(doc) == _fields(markdown)
    assert [fn.title for fn in doc.footnotes][1:] == [
        "Open Data Sources",
        "Mass Mobilization Protest Data",
        "Python: Round to Two Decimal Places",
    ]


def test_html_link_with_text_of_its_own_keeps_its_title_span() -> None:
    # Near miss: a link whose text is not its address ("Open Data Sources") still sets the title apart.
    body = (
        "<h2>References</h2>\n"
        '<p>CareerFoundry (2023) <a href="https://careerfoundry.com/en/blog/datasets/">Open Data Sources</a>, '
        "a blog post (Accessed: 3 May 2024).</p>\n"
        '<p>DataCamp (2023) <a href="https://www.datacamp.com/tutorial/round">Python: Round to Two Decimal '
        "Places</a>, a tutorial (Accessed: 3 May 2024).</p>\n"
    )
    doc = _html(body)
    assert [fn.title for fn in doc.footnotes] == ["Open Data Sources", "Python: Round to Two Decimal Places"]


def test_html_address_link_on_a_line_of_its_own_keeps_its_span() -> None:
    # Near miss: the address under its entry after a line break (healthline's "<cite><span>Title.(2021).
    # </span><br><a>https://…</a></cite>", fixtures/parse-eval-pages healthline-plant-based) is a line of
    # its own, read as the entry's link line: its title line stays the title.
    url = "https://www.niddk.nih.gov/health-information/health-statistics/overweight-obesity"
    other = "https://pubmed.ncbi.nlm.nih.gov/29237159/"
    body = (
        "<h2>Sources</h2>\n<ul>\n"
        f'<li><cite><span>Overweight &amp; obesity statistics.(2021).</span><br/><a href="{url}">{url}</a></cite></li>\n'
        f'<li><cite><span>Kraus, R. (2018). Plant-based diets: a review.</span><br/><a href="{other}">{other}</a></cite></li>\n'
        "</ul>\n"
    )
    doc = _html(body)
    assert doc.footnotes[0].title == "Overweight & obesity statistics"
    assert doc.footnotes[0].url == url


# The same endnotes pasted as text: "Endnotes" on a line of its own over "1 Herodotus, …" paragraphs
# (en-report-endnotes-cset-ai-decision-support.md, rendered and pasted).
_PASTED_BARE = (
    "Center for Security and Emerging Technology | 30\n\nEndnotes\n\n"
    "1 Herodotus, Histories, trans. A. D. Godley (Cambridge, MA: Harvard University Press, 1920), book 1, chs. 54-77.\n\n"
    "2 DOD, DOD Dictionary of Military and Associated Terms (Washington, D.C.: DOD, November 2021), "
    "https://irp.fas.org/doddir/dod/dictionary.pdf.\n\n"
    "3 “ARCAS,” Elbit Systems, accessed September 27, 2024, http://elbitsystems.com/product/arcas/.\n\n"
    "4 Seth Bonder, “Army Operations Research: Historical Perspectives and Lessons Learned,” Operations "
    "Research 50, no. 1 (2002): 25-34.\n"
)


def test_pasted_bare_numbered_endnotes_under_their_heading_keep_their_numbers() -> None:
    doc = _text(_PASTED_BARE)
    assert [(fn.label, fn.title) for fn in doc.footnotes] == [
        ("1", "Histories"),
        ("2", "DOD Dictionary of Military and Associated Terms"),
        ("3", "ARCAS"),
        ("4", "Army Operations Research: Historical Perspectives and Lessons Learned"),
    ]


def test_pasted_bare_numbers_under_a_heading_naming_no_notes_are_text() -> None:
    # Near miss: the same paragraphs under "Findings" (no notes heading, and not every one with an
    # address) open no notes by their numbers.
    doc = _text(_PASTED_BARE.replace("Endnotes", "Findings"))
    assert not any(fn.raw.startswith("Herodotus") for fn in doc.footnotes)


# A record of one work, one field a row (hb14-en-imagecredits-dc-abundance-web-images.md, rendered).
def _record(title_name: str, source_name: str) -> str:
    return (
        "<h3>dc-rowhouses.jpg</h3>\n<table>\n<thead>\n<tr><th>Field</th><th>Value</th></tr>\n</thead>\n<tbody>\n"
        f"<tr><td><strong>{title_name}</strong></td><td>DC Street / Sunset in Logan Circle, Washington, DC USA</td></tr>\n"
        "<tr><td><strong>Photographer</strong></td><td>Ted Eytan (Flickr: taedc)</td></tr>\n"
        f'<tr><td><strong>{source_name}</strong></td><td><a href="https://www.flickr.com/photos/taedc/50518944778">Flickr</a></td></tr>\n'
        '<tr><td><strong>License</strong></td><td><a href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a></td></tr>\n'
        "</tbody>\n</table>\n"
    )


def test_html_record_table_is_one_entry() -> None:
    doc = _html("<h2>Web-Ready Images</h2>\n" + _record("Title", "Source"))
    assert [(fn.title, fn.url) for fn in doc.footnotes] == [
        (
            "DC Street / Sunset in Logan Circle, Washington, DC USA",
            "https://www.flickr.com/photos/taedc/50518944778",
        )
    ]


def test_html_two_column_table_without_a_title_row_is_no_record() -> None:
    # Near miss: a table of fields with no "Title" row (a settings or licence table) is not a work.
    doc = _html("<h2>Web-Ready Images</h2>\n" + _record("Caption", "Source"))
    assert all(fn.title != "DC Street / Sunset in Logan Circle, Washington, DC USA" for fn in doc.footnotes)


# A table of sources pasted from the page, its cells tab-separated (es-sourcetable-gentle-desktop-
# fuentes.md, rendered and pasted): under "Fuentes" its header names no source column.
_PASTED_REPOS = (
    "Nombre en las citas\tRepositorio\tCommit\n"
    "gentle-shell-desktop\tGentleman-Programming/gentle-shell-desktop\t5ab4a00\n"
    "gentle-shell\tGentleman-Programming/gentle-shell (main, versión del paquete 4.0.0)\tac67159\n"
    "pi\tearendil-works/pi (v1.0.0)\ta13d35a\n"
)


def test_pasted_table_under_a_notes_heading_is_a_table_of_sources() -> None:
    doc = _text("Fuentes\n\nRepositorios fijados (clones de solo lectura):\n\n" + _PASTED_REPOS)
    assert [fn.title for fn in doc.footnotes] == ["gentle-shell-desktop", "gentle-shell", "pi"]


def test_pasted_table_under_another_heading_is_no_table_of_sources() -> None:
    # Near miss: the same table under a heading that names no notes ("Repositorios") is data.
    doc = _text("Repositorios\n\nRepositorios fijados (clones de solo lectura):\n\n" + _PASTED_REPOS)
    assert doc.footnotes == []


def test_pasted_source_column_cell_naming_its_source_is_the_title() -> None:
    # A "source" column's cell that only names its source ("UN World Population Prospects 2024",
    # read as a name and a year otherwise) is the title, as in the Markdown table
    # (hb21-ja-source-table-world-model-data-sources.md, rendered and pasted).
    text = (
        "source\turl\tnote\n"
        "IMF Data API\thttps://data.imf.org/en/Resource-Pages/IMF-API\tIMF の SDMX 2.1 / 3.0 API\n"
        "UN World Population Prospects 2024\thttps://population.un.org/wpp/\t人口ベースライン\n"
        "ILOSTAT SDMX tools\thttps://ilostat.ilo.org/resources/sdmx-tools/\t労働データ API/ツール入口\n"
    )
    doc = _text(text)
    assert [fn.title for fn in doc.footnotes] == [
        "IMF Data API",
        "UN World Population Prospects 2024",
        "ILOSTAT SDMX tools",
    ]


def test_pasted_source_column_cell_with_a_citation_is_not_taken_whole() -> None:
    # Near miss: a cell that cites its source ("Smith, J. (2020). Title.") has field stops: not a
    # plain name, its title read inside it.
    text = (
        "source\turl\tnote\n"
        "Smith, J. (2020). Population futures. UN Press.\thttps://population.un.org/wpp/\tbaseline\n"
        "Doe, A. (2021). Labour statistics. ILO.\thttps://ilostat.ilo.org/resources/\tlabour\n"
    )
    doc = _text(text)
    assert all(not (fn.title or "").startswith("Smith, J.") for fn in doc.footnotes)


def test_pasted_azerbaijani_sources_word_heads_the_lists_under_it() -> None:
    # "Qaynaqlar:" (Azerbaijani: sources) on a line of its own once the page's bold is gone
    # (hb29-az-link-list-frontend-arasdirma-qaynaqlar.md, rendered and pasted).
    text = (
        "Neden: Butun stil islerini Tailwind utility class'lari ile edeceksen.\n\nQaynaqlar:\n\n"
        "Resmi Dokumentasiya:\n\n"
        "• Tailwind CSS v4: https://tailwindcss.com/\n"
        "• Utility Classes: https://tailwindcss.com/docs/styling-with-utility-classes\n"
    )
    doc = _text(text)
    assert [(fn.label, fn.title) for fn in doc.footnotes] == [
        ("1", "Tailwind CSS v4"),
        ("2", "Utility Classes"),
    ]


def test_pasted_azerbaijani_word_in_a_sentence_heads_nothing() -> None:
    # Near miss: the word inside a sentence is prose, not a heading.
    text = (
        "Bu qaynaqlar bizim üçün çox faydalı oldu və hamısını oxuduq.\n\nResmi Dokumentasiya:\n\n"
        "• Tailwind CSS v4: https://tailwindcss.com/\n"
        "• Utility Classes: https://tailwindcss.com/docs/styling-with-utility-classes\n"
    )
    doc = _text(text)
    assert all(fn.label.startswith("L") for fn in doc.footnotes)


# A source list whose entries each carry a quoted note under them ("> Vstupy: …" in Markdown,
# "<blockquote><p>…</p></blockquote>" rendered: hb40-cs-harm-reduction-model-zdroje-chicago.md).
def _quoted_notes(quote: str) -> str:
    entries = [
        (
            "Národní monitorovací středisko pro drogy a závislosti. <em>Souhrn Zprávy o nelegálních drogách v České republice 2025</em>. Praha: Úřad vlády České republiky, 2025.",
            "https://www.drogy-info.cz/zprava-o-zavislostech/",
            "Vstupy: roční rozpočet harm reduction (~512 mil. Kč = 31,4 % z 1 631,1 mil.), počet injekčních uživatelů (~42 000).",
        ),
        (
            "Vězeňská služba České republiky. <em>Výroční zpráva Vězeňské služby ČR za rok 2024</em>. Praha: Vězeňská služba ČR, 2025.",
            "https://www.vs.gov.cz/",
            "Vstupy: čerpaný rozpočet vězeňství (13,35 mld. Kč), stav vězněných (19 430).",
        ),
        (
            "Národní protidrogová centrála SKPV, Policie České republiky. <em>Výroční zpráva 2024</em>. Praha: Policie ČR, 2025.",
            "https://policie.gov.cz/clanek/vyrocni-zprava-2024.aspx",
            "Vstupy: počet zajištěných osob a objem zajištěných drog.",
        ),
    ]
    return "<h2>A. České primární zdroje</h2>\n" + "".join(
        f'<p>{entry}\n<a href="{url}">{url}</a></p>\n{quote.format(note)}\n' for entry, url, note in entries
    )


def test_html_quoted_note_under_an_entry_is_its_annotation() -> None:
    doc = _html(
        "<h1>Zdroje použité k výpočtům</h1>\n" + _quoted_notes("<blockquote>\n<p>{}</p>\n</blockquote>")
    )
    assert [fn.title for fn in doc.footnotes] == [
        "Souhrn Zprávy o nelegálních drogách v České republice 2025",
        "Výroční zpráva Vězeňské služby ČR za rok 2024",
        "Výroční zpráva 2024",
    ]


def test_html_unquoted_note_paragraph_is_not_made_an_annotation() -> None:
    # Near miss: the same notes as plain paragraphs are not set apart as quotes; nothing marks them.
    doc = _html("<h1>Zdroje použité k výpočtům</h1>\n" + _quoted_notes("<p>{}</p>"))
    assert any((fn.title or "").startswith("Vstupy") or fn.raw.startswith("Vstupy") for fn in doc.footnotes)


# A numbered section heading pasted as text (hb21-es-source-table-ampay-fuentes-bibliografia.md,
# rendered and pasted: "## 1. Fuentes de Datos Primarias" over "### 1.1 Votaciones del Congreso").
_NUMBERED_SECTIONS = (
    "Fuentes y Bibliografia\n\n"
    "Version: 1.0 Fecha: 2026-01-21\n\n"
    "1. Fuentes de Datos Primarias\n\n"
    "1.1 Votaciones del Congreso\n\n"
    "Fuente\tURL\tAcceso\tEstado\n"
    "Open Politica - Votaciones\thttps://github.com/openpolitica/congreso-pleno-asistencia-votacion\t2026-01-15\tOK\n"
    "Congreso - Votaciones Pleno\thttps://www.congreso.gob.pe/AsistenciasVotacionesPleno/\t2026-01-15\tOK\n\n"
    "1.2 Planes de Gobierno\n\n"
    "Fuente\tURL\tAcceso\tEstado\n"
    "JNE Plataforma Historica\thttps://plataformahistorico.jne.gob.pe/OrganizacionesPoliticas/PlanesGobiernoTrabajo\t2026-01-15\tOK\n"
)


def test_pasted_numbered_section_heading_over_its_first_subsection_is_a_heading() -> None:
    doc = _text(_NUMBERED_SECTIONS)
    assert [(title, url) for _label, title, url, _accessed in _fields(doc)] == [
        ("Open Politica - Votaciones", "https://github.com/openpolitica/congreso-pleno-asistencia-votacion"),
        ("Congreso - Votaciones Pleno", "https://www.congreso.gob.pe/AsistenciasVotacionesPleno/"),
        (
            "JNE Plataforma Historica",
            "https://plataformahistorico.jne.gob.pe/OrganizacionesPoliticas/PlanesGobiernoTrabajo",
        ),
    ]
    assert {fn.access_date for fn in doc.footnotes} == {dt.date(2026, 1, 15)}


_NUMBERED_ENTRIES = (
    "References\n\n"
    "1. Smith, J. Climate data handbook. https://example.org/handbook (accessed 2026-01-15)\n\n"
    "{second}. Jones, K. Ocean records. https://example.org/ocean (accessed 2026-01-15)\n\n"
    "3. Brown, L. Rainfall series. https://example.org/rain (accessed 2026-01-15)\n"
)


def test_pasted_numbered_entry_over_the_next_entry_stays_a_note() -> None:
    # Near miss: "1. …" over "2. …" is a numbered list (no "1.1" under it); every entry a note.
    doc = _text(_NUMBERED_ENTRIES.format(second="2"))
    assert [(label, url) for label, _title, url, _accessed in _fields(doc)] == [
        ("1", "https://example.org/handbook"),
        ("2", "https://example.org/ocean"),
        ("3", "https://example.org/rain"),
    ]


def test_pasted_numbered_entry_over_a_subsection_number_stays_a_note() -> None:
    # Near miss: the entry "1. …" closes a sentence, so the "1.1 …" paragraph under it does not make
    # it a heading; the entries stay notes.
    text = (
        "References\n\n"
        "1. Smith, J. Climate data handbook. Oxford: Clarendon Press, 2020.\n\n"
        "1.1 Supplement, tables of the handbook.\n\n"
        "2. Jones, K. Ocean records. Cambridge: CUP, 2019.\n"
    )
    blocks = read_text(text).blocks
    assert [block.kind for block in blocks if block.text.startswith("1. ")] == ["paragraph"]
    assert [(fn.label, fn.title) for fn in _text(text).footnotes] == [
        ("1", "Climate data handbook"),
        ("2", "Ocean records"),
    ]
    heading = [block for block in read_text(_NUMBERED_SECTIONS).blocks if block.text.startswith("1. ")]
    assert [block.kind for block in heading] == ["heading"]


# A numbered section heading over keyed entries (en-citekey-bardo-master-citation-index.md,
# rendered and pasted: "## 1. DeFi and AMM Theory" over "[ADAMS-2024] Adams, H., …").
_KEYED_UNDER_NUMBER = (
    "Master Citation Index\n\n"
    "{heading}\n\n"
    '[ADAMS-2024] Adams, H., Reynolds, C. "UniswapX: Aggregating Automated Market Makers." Uniswap Labs, 2024. '
    "— Describes UniswapX's auction design.\n\n"
    '[ADAMS-2025] Adams, A., Moallemi, C. "am-AMM: Auction-Managed Automated Market Maker." Working paper, 2025. '
    "— Proposes auctioning the pool manager role.\n\n"
    '[MILIONIS-2022] Milionis, J., Moallemi, C. "Automated Market Making and Loss-Versus-Rebalancing." arXiv, 2022. '
    "— Defines LVR.\n"
)


def test_pasted_numbered_section_heading_over_keyed_entries_is_a_heading() -> None:
    doc = _text(_KEYED_UNDER_NUMBER.format(heading="1. DeFi and AMM Theory"))
    assert [(fn.label, fn.title) for fn in doc.footnotes] == [
        ("ADAMS-2024", "UniswapX: Aggregating Automated Market Makers"),
        ("ADAMS-2025", "am-AMM: Auction-Managed Automated Market Maker"),
        ("MILIONIS-2022", "Automated Market Making and Loss-Versus-Rebalancing"),
    ]


def test_pasted_numbered_sentence_over_keyed_entries_stays_a_paragraph() -> None:
    # Near miss: a numbered line that closes a sentence ("1. Read these first.") is no heading.
    blocks = read_text(_KEYED_UNDER_NUMBER.format(heading="1. Read these first.")).blocks
    assert [block.kind for block in blocks if block.text.startswith("1. ")] == ["paragraph"]


# A loose bulleted list pasted as text, its items one paragraph each (en-acm-pdfmd-kvcache-
# references.md, rendered and pasted: "- [14] DeepSeek-AI. 2024. …" items a blank line apart).
def _loose(labels: list[str]) -> str:
    return "References\n\n" + "\n\n".join(
        f"• [{label}] DeepSeek-AI. 2024. Model {label}: A Strong Language Model. CoRR abs/2405.0{label} (2024). "
        f"https://doi.org/10.48550/arXiv.2405.0{label}"
        for label in labels
    )


def test_pasted_loose_bulleted_items_keep_their_labels() -> None:
    doc = _text(_loose(["14", "15", "16"]))
    assert [(fn.label, fn.url) for fn in doc.footnotes] == [
        ("14", "https://doi.org/10.48550/arXiv.2405.014"),
        ("15", "https://doi.org/10.48550/arXiv.2405.015"),
        ("16", "https://doi.org/10.48550/arXiv.2405.016"),
    ]
    # Out of order, as the page shows them (hb23-en-acm-refs-intersectional-ai: [1], [3], [2], [4]).
    assert [fn.label for fn in _text(_loose(["1", "3", "2", "4"])).footnotes] == ["1", "3", "2", "4"]


def test_pasted_lone_bulleted_paragraph_between_prose_is_no_item() -> None:
    # Near miss: one bulleted paragraph with prose above and below is not a loose list's item.
    blocks = read_text(
        "We compared two runs.\n\n• [14] the first run, see the appendix\n\nThe second run was slower.\n"
    ).blocks
    assert [(block.text[:2], block.item) for block in blocks if "[14]" in block.text] == [("• ", False)]
