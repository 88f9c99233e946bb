"""Every reader gives the same Document for the seed: text, WordPress HTML, a saved page, Markdown,
DOCX with real endnotes and DOCX with a typed endnote list."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Callable
from typing import Any

import pytest

from citecheck.models import Document

from .conftest import ANALYSES, SEED_VARIANTS


def _content(doc: Document) -> tuple[list[tuple[Any, ...]], list[str]]:
    footnotes = [
        (fn.ordinal, fn.title, fn.publisher, fn.url, fn.urls, fn.access_date) for fn in doc.footnotes
    ]
    return footnotes, [c.claim for c in doc.citations]


@pytest.mark.parametrize("name", sorted(SEED_VARIANTS))
def test_every_variant_reads_like_the_seed(
    name: str, parse_analysis: Callable[[str], Document], seed_document: Document
) -> None:
    doc = parse_analysis(name)
    assert len(doc.footnotes) == 7
    assert len(doc.citations) == 7
    assert _content(doc) == _content(seed_document)
    assert [fn.label for fn in doc.footnotes] == SEED_VARIANTS[name]
    assert [c.label for c in doc.citations] == SEED_VARIANTS[name]
    assert doc.findings == []
    assert doc.language == "en"


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("armenia-russia-analysis.wordpress.html", "html"),
        ("armenia-russia-analysis.page.html", "html"),
        ("armenia-russia-analysis.md", "markdown"),
        ("armenia-russia-analysis.endnotes.docx", "docx"),
        ("armenia-russia-analysis.typed.docx", "docx"),
    ],
)
def test_format_follows_the_file(name: str, fmt: str, parse_analysis: Callable[[str], Document]) -> None:
    assert parse_analysis(name).format == fmt


@pytest.mark.parametrize(
    "name",
    [
        "armenia-russia-analysis.page.html",
        "armenia-russia-analysis.md",
        "armenia-russia-analysis.endnotes.docx",
        "armenia-russia-analysis.typed.docx",
    ],
)
def test_title_is_found_in_every_format_that_carries_it(
    name: str, parse_analysis: Callable[[str], Document]
) -> None:
    assert parse_analysis(name).title == "Yerevan-Moscow Pragmatism and the Crisis of Trust"


def test_a_bare_post_body_has_no_title_to_give(parse_analysis: Callable[[str], Document]) -> None:
    assert parse_analysis("armenia-russia-analysis.wordpress.html").title is None


def test_saved_page_date_comes_from_its_metadata(parse_analysis: Callable[[str], Document]) -> None:
    doc = parse_analysis("armenia-russia-analysis.page.html")
    assert doc.date == dt.date(2025, 11, 15)
    assert doc.language == "en"


@pytest.mark.parametrize(
    "name", ["armenia-russia-analysis.wordpress.html", "armenia-russia-analysis.page.html"]
)
def test_html_positions_point_into_the_html_source(
    name: str, parse_analysis: Callable[[str], Document]
) -> None:
    doc = parse_analysis(name)
    lines = (ANALYSES / name).read_text(encoding="utf-8").splitlines()
    for number, citation in enumerate(doc.citations, start=1):
        at = lines[citation.line - 1][citation.column - 1 :]
        assert at.startswith("<a ") and (
            f'href="#_edn{number}"' in at[:80] or f'href="#_ftn{number}"' in at[:80]
        )
    for footnote in doc.footnotes:
        at = "\n".join(
            [lines[footnote.line - 1][footnote.column - 1 :], *lines[footnote.line : footnote.line + 2]]
        )
        assert at.startswith(("<p", "<div")), at
        assert f">[{footnote.label}]<" in at[:400]


def test_markdown_positions_point_at_markers_and_definitions(
    parse_analysis: Callable[[str], Document],
) -> None:
    doc = parse_analysis("armenia-russia-analysis.md")
    lines = (ANALYSES / "armenia-russia-analysis.md").read_text(encoding="utf-8").splitlines()
    for citation in doc.citations:
        assert lines[citation.line - 1][citation.column - 1 :].startswith(f"[^{citation.label}]")
    for footnote in doc.footnotes:
        assert lines[footnote.line - 1][footnote.column - 1 :].startswith(f"[^{footnote.label}]:")


def test_docx_positions_are_paragraph_indexes(parse_analysis: Callable[[str], Document]) -> None:
    doc = parse_analysis("armenia-russia-analysis.endnotes.docx")
    body_paragraphs = (
        19  # category, title, 3 summary lines, share, languages, 8 body, bio (3) and "Similar Posts"
    )
    assert [fn.line for fn in doc.footnotes] == list(range(body_paragraphs + 1, body_paragraphs + 8))
    first = doc.citations[0]
    assert first.line == 8 and first.column > 1
    assert all(fn.column == 1 for fn in doc.footnotes)


def test_docx_endnotes_are_real_word_endnotes() -> None:
    with zipfile.ZipFile(ANALYSES / "armenia-russia-analysis.endnotes.docx") as archive:
        document = archive.read("word/document.xml").decode()
        endnotes = archive.read("word/endnotes.xml").decode()
    assert document.count("<w:endnoteReference") == 7
    assert "[i]" not in document, "the markers are Word references, not typed text"
    assert endnotes.count("<w:endnoteRef/>") == 7
