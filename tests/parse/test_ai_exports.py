"""Rules for research-assistant exports (branch p12-airesearch): source lists copied from a PDF,
numbered source links, and the access dates and headings word processors write in other languages.

Each rule has a test where it fires and a near miss where it must not; the data that justifies it
is named in the comments (fixtures/parse-eval documents, calibration).
"""

from __future__ import annotations

import datetime as dt

from citecheck.parse import parse_text
from citecheck.parse.dates import date_before_label
from citecheck.parse.regions import is_notes_heading
from citecheck.parse.text import read_text
from citecheck.parse.urls import unwrap_urls

TODAY = dt.date(2026, 12, 1)


def _notes(text: str, fmt: str = "text") -> dict[str, object]:
    document = parse_text(text, fmt=fmt, today=TODAY)  # type: ignore[arg-type]
    return {fn.label: fn for fn in document.footnotes}


# es-deepresearch-scraping-obras-citadas-pdf-wrapped: "Obras citadas" with no blank line under it, the
# entries wrapped at the page width. Without the rule the heading and the list were one paragraph.
PDF_LIST = (
    "El scraping es un juego de gato y ratón.\n"
    "\n"
    "Obras citadas\n"
    "1. DuckDB vs SQLite: Performance Compared - Hakuna\n"
    "Matata Tech, fecha de acceso: febrero 3, 2026,\n"
    "https://www.example.com/our-resources/blog/sqlite\n"
    "2. Ultimate guide to DuckDB in Python - Deepnote, fecha de acceso: febrero\n"
    "3, 2026, https://deepnote.example.org/blog/ultimate-guide-to-duckdb\n"
    "3. Schema - DuckDB, fecha de acceso: febrero 3, 2026,\n"
    "https://duckdb.example.org/docs/stable/guides/performance/schema\n"
)


def test_heading_over_a_numbered_list_of_addresses_is_split_off() -> None:
    notes = _notes(PDF_LIST)
    assert sorted(notes) == ["1", "2", "3"]
    assert notes["1"].url == "https://www.example.com/our-resources/blog/sqlite"  # type: ignore[attr-defined]
    assert notes["1"].access_date == dt.date(2026, 2, 3)  # type: ignore[attr-defined]


def test_sentence_over_numbered_steps_is_not_a_heading_over_a_list() -> None:
    # Near miss: a line over numbered steps without addresses stays one paragraph with them.
    blocks = read_text("Install it this way\n1. Download the archive\n2. Unpack it\n3. Run setup\n").blocks
    assert len(blocks) == 1


# es-deepresearch-licitaciones-obras-citadas-pdf-wrapped: blank lines where the PDF's pages broke,
# inside entries 1 and 10 ("…, fecha de⏎⏎acceso: …"), and labels from 10 on glued ("10.Guía").
PAGE_BROKEN = (
    "Obras citadas\n"
    "\n"
    "8. Cómo escribir un buen título de licitación - Gobierto, fecha de\n"
    "\n"
    "acceso: diciembre 29, 2025,\n"
    "https://www.example.es/blog/como-escribir-un-buen-titulo\n"
    "9. Diez prompts para licitar | CLEATUS, fecha de acceso: diciembre 29, 2025,\n"
    "https://www.example.ai/blog/diez-prompts\n"
    "\n"
    "10.Guía práctica para la redacción de pliegos técnicos y criterios de solvencia y\n"
    "\n"
    "adjudicación - CARM.es, fecha de acceso: diciembre 29, 2025,\n"
    "https://www.example.es/web/descarga?ARCHIVO=guia.pdf\n"
    "11. ¿Qué es una oferta técnica? - Europa Innova Group, fecha de\n"
    "acceso: diciembre 29, 2025, https://example.eu/que-es-una-oferta-tecnica/\n"
)


def test_entry_cut_by_a_page_break_is_joined_and_glued_labels_read_in_sequence() -> None:
    notes = _notes(PAGE_BROKEN)
    assert sorted(notes, key=int) == ["8", "9", "10", "11"]
    assert notes["8"].url == "https://www.example.es/blog/como-escribir-un-buen-titulo"  # type: ignore[attr-defined]
    assert notes["8"].access_date == dt.date(2025, 12, 29)  # type: ignore[attr-defined]
    assert notes["10"].url == "https://www.example.es/web/descarga?ARCHIVO=guia.pdf"  # type: ignore[attr-defined]
    assert notes["10"].title.startswith("Guía práctica para la redacción")  # type: ignore[attr-defined]


def test_prose_after_a_numbered_step_is_not_joined_to_it() -> None:
    # Near miss: no next entry in the paragraph below, so the blank line ends the step.
    blocks = read_text("1. Install the package\n\nthen run it from the shell and see the output\n").blocks
    assert [b.text for b in blocks] == [
        "1. Install the package",
        "then run it from the shell and see the output",
    ]


def test_glued_number_out_of_sequence_is_no_label() -> None:
    # Near miss: "3.Zarrelli"-like glue with no entry 2 above and no entry 4 below is text.
    blocks = read_text("Version notes\n\n10.Release of the new parser and the list of fixes\n").blocks
    assert all(b.note_label is None for b in blocks)


def test_url_cut_by_the_page_width_is_joined() -> None:
    # es-deepresearch-licitaciones-… entry 9 ("…-should-k⏎now") and -scraping-… entry 13 ("…-stealt⏎h").
    text = "9. Prompts - CLEATUS,\nhttps://www.cleat.example/blog/10-ai-prompts-every-government-contractor-should-k\nnow\n"
    assert "should-know" in unwrap_urls(text)


def test_word_after_a_short_url_line_is_not_joined() -> None:
    # Near miss: the URL's line is short (not cut by a page width), the word is the text after it.
    text = "See https://example.org/a\nnow\n"
    assert unwrap_urls(text) == text


# en-deepresearch-copilot-stdarray-numbered-links: "[claim](URL)[1](URL)" with no source list.
NUMBERED_LINKS = (
    "[std::array is a fixed-size container](https://en.example.org/cpp/array)"
    "[1](https://en.example.org/cpp/array). "
    "[It knows its own size](https://www.example.com/stdarray/)[2](https://www.example.com/stdarray/).\n"
)


def test_numbered_source_links_take_their_number_as_label() -> None:
    notes = _notes(NUMBERED_LINKS, fmt="markdown")
    assert notes["1"].url == "https://en.example.org/cpp/array"  # type: ignore[attr-defined]
    assert notes["2"].url == "https://www.example.com/stdarray/"  # type: ignore[attr-defined]


def test_numbers_reused_for_other_pages_stay_inline_links() -> None:
    # Near miss: "[1]" points to two different pages, so the numbers label nothing.
    text = "One[1](https://a.example.org/x). Two[1](https://b.example.org/y). Three[2](https://c.example.org/z).\n"
    assert sorted(_notes(text, fmt="markdown")) == ["L1", "L2", "L3"]


def test_month_first_japanese_access_date_before_its_label() -> None:
    # ja-deepresearch-retejs-inyou-akusesu, ja-deepresearch-ai-benchmarks-inyou-unnumbered: every entry.
    found = date_before_label(
        "Documentation - Rete.js, 10月 5, 2025にアクセス、 https://retejs.example/docs/"
    )
    assert found is not None and found[0] == dt.date(2025, 10, 5)


def test_month_first_date_without_label_is_no_access_date() -> None:
    # Near miss: a date in a title, no access label after it.
    assert date_before_label("Release notes, 10月 5, 2025 edition") is None


def test_dutch_geopend_op_labels_an_access_date() -> None:
    # nl-deepresearch-api-sports-geciteerd-werk-geopend: every entry.
    notes = _notes(
        "Geciteerd werk\n\n"
        "1. Football API information - API-Sports, geopend op december 16, 2025, https://api.example.io/football\n"
        "2. HOW TO FIND IDS - API-FOOTBALL, geopend op december 16, 2025, https://www.example.com/find-ids\n"
    )
    assert notes["1"].access_date == dt.date(2025, 12, 16)  # type: ignore[attr-defined]
    assert notes["1"].title == "Football API information"  # type: ignore[attr-defined]


def test_geopend_alone_labels_nothing() -> None:
    # Near miss: "geopend" (opened) without "op" before a date is no access label.
    notes = _notes(
        "Bronnen\n\n"
        "1. Het archief, geopend december 16, 2025, https://archief.example.nl/x\n"
        "2. De bibliotheek, https://bieb.example.nl/y\n"
    )
    assert notes["1"].access_date is None  # type: ignore[attr-defined]


def test_word_processor_works_cited_headings() -> None:
    for heading in ("Obras citadas", "Geciteerd werk", "引用文献", "## 引用文献"):
        assert is_notes_heading(heading), heading


def test_sentence_naming_cited_works_is_no_heading() -> None:
    # Near miss: a plain line must be little more than the name itself.
    assert not is_notes_heading("Las obras citadas en este capítulo se publicaron entre 2019 y 2021")


def test_russian_last_accessed_and_chinese_accessed_at_labels() -> None:
    # ru-deepresearch-frontend-architecture-istochniki-obrashcheniya and
    # zh-deepresearch-batch-stream-yinyong-zhuzuo: every entry.
    notes = _notes(
        "### Источники\n"
        "1. Cross-cutting concern - Wikipedia, дата последнего обращения: октября 29, 2025, "
        "https://en.example.org/wiki/Cross-cutting_concern\n"
        "2. Higher-Order Components - React, дата последнего обращения: октября 29, 2025, "
        "https://legacy.example.org/docs/hoc.html\n",
        fmt="markdown",
    )
    assert notes["1"].access_date == dt.date(2025, 10, 29)  # type: ignore[attr-defined]
    notes = _notes(
        "#### **引用的著作**\n\n"
        "1. What is MapReduce? \\- IBM, 访问时间为 二月 3, 2026， [https://www.example.com/mapreduce](https://www.example.com/mapreduce)  \n"
        "2. MapReduce \\- Wikipedia, 访问时间为 二月 3, 2026， [https://en.example.org/wiki/MapReduce](https://en.example.org/wiki/MapReduce)  \n",
        fmt="markdown",
    )
    assert notes["1"].access_date == dt.date(2026, 2, 3)  # type: ignore[attr-defined]
    assert notes["1"].title == "What is MapReduce?"  # type: ignore[attr-defined]


def test_chinese_access_label_glued_to_other_text_labels_nothing() -> None:
    # Near miss: "访问时间为" needs a date after it; "访问时间为准" (the access time prevails) is prose.
    notes = _notes(
        "## 参考文献\n\n"
        "1. 页面说明，以访问时间为准， https://a.example.cn/x\n"
        "2. 另一页面， https://b.example.cn/y\n",
        fmt="markdown",
    )
    assert notes["1"].access_date is None  # type: ignore[attr-defined]


def test_hyphen_site_before_the_address_is_the_publisher() -> None:
    # ja-deepresearch-claude-md-inyou-superscripts [1], es-deepresearch-open-banking-obras-citadas-runin [5, 8]:
    # "Title - Site, URL" with no access date left the site in the title.
    notes = _notes(
        "引用文献\n"
        "1. Writing a good Claude.md - Hacker News, https://news.example.com/item?id=1\n"
        "2. All Nerd's Eye View Articles On Human Capital Planning - Kitces.com, https://www.example.com/blog/x\n",
        fmt="markdown",
    )
    assert (notes["1"].title, notes["1"].publisher) == ("Writing a good Claude.md", "Hacker News")  # type: ignore[attr-defined]


def test_short_name_before_a_hyphen_is_a_site_not_a_title() -> None:
    # Near miss: "The Pallets Project - Flask, URL" (hb26-de-numbered-title-accessed-url-webentwicklung-
    # literatur [11]): three capitalised words before the hyphen name the site, "Flask" is the page.
    from citecheck.parse.styles import _hyphen_site_before_url

    assert not _hyphen_site_before_url("The Pallets Project - Flask, ")
    assert _hyphen_site_before_url("Writing a good Claude.md - Hacker News, ")


def test_doubled_hyphen_after_initials_is_no_organisation_dash() -> None:
    # ja-deepresearch-ai-benchmarks-inyou-unnumbered [12]: "Name (ALE) -- gloss. - GitHub".
    from citecheck.parse.entries import _ORG_DASH

    assert _ORG_DASH.fullmatch("The Arcade Learning Environment (ALE) -- a platform for AI research") is None
    # Near miss: the organisation dash it was made for still reads (heldback-15's Georgian list).
    assert _ORG_DASH.fullmatch("International Energy Agency (IEA) – Transport and climate") is not None
