"""The HTML reader: page furniture, metadata, note markup from WordPress, Word, Wikipedia and
markdown-it, and positions in the HTML source."""

from __future__ import annotations

import datetime as dt
import html
import re

from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin

from citecheck.models import Document
from citecheck.parse import parse_text

from .conftest import ANALYSES, SEED, TODAY

PAGE = (ANALYSES / "armenia-russia-analysis.page.html").read_text(encoding="utf-8")
META_DATE = '<meta property="article:published_time" content="2025-11-15T09:12:44+03:00" />\n'
TIME_ELEMENT = (
    '<time class="entry-date published" datetime="2025-11-15T09:12:44+03:00">15 November 2025</time>'
)


def _parse_html(source: str) -> Document:
    return parse_text(source, path="page.html", fmt="html", today=TODAY)


def test_furniture_is_not_body_text() -> None:
    doc = _parse_html(PAGE)
    assert len(doc.citations) == 7  # not the "[1]" under Similar Posts, not the "[iv]" in a script
    paragraphs = " ".join(c.paragraph for c in doc.citations)
    for furniture in (
        "Paylaş",
        "This post is also available in",
        "Similar Posts",
        "Ergün",
        "Corridors of the South",
    ):
        assert furniture not in paragraphs


def test_date_falls_back_from_meta_to_time_to_json_ld() -> None:
    without_meta = PAGE.replace(META_DATE, "")
    assert without_meta != PAGE
    assert _parse_html(without_meta).date == dt.date(2025, 11, 15)
    only_json_ld = without_meta.replace(TIME_ELEMENT, "")
    assert only_json_ld != without_meta
    assert _parse_html(only_json_ld).date == dt.date(2025, 11, 15)
    nothing = re.sub(r'<script type="application/ld\+json">.*?</script>', "", only_json_ld)
    assert _parse_html(nothing).date is None


def test_title_falls_back_to_h1_then_title_element() -> None:
    without_og = PAGE.replace(
        '<meta property="og:title" content="Yerevan-Moscow Pragmatism and the Crisis of Trust" />', ""
    )
    assert _parse_html(without_og).title == "Yerevan-Moscow Pragmatism and the Crisis of Trust"
    without_h1 = re.sub(r"<h1[^>]*>.*?</h1>", "", without_og)
    assert _parse_html(without_h1).title == "Yerevan-Moscow Pragmatism and the Crisis of Trust"


def test_markdown_it_rendered_footnotes(seed_document: Document) -> None:
    rendered = (
        MarkdownIt()
        .use(footnote_plugin)
        .render((ANALYSES / "armenia-russia-analysis.md").read_text(encoding="utf-8"))
    )
    assert 'class="footnote-ref"' in rendered and 'class="footnote-backref"' in rendered
    doc = _parse_html(rendered)
    assert [fn.label for fn in doc.footnotes] == ["1", "2", "3", "4", "5", "6", "7"]
    assert [fn.title for fn in doc.footnotes] == [fn.title for fn in seed_document.footnotes]
    assert [fn.url for fn in doc.footnotes] == [fn.url for fn in seed_document.footnotes]
    assert [c.claim for c in doc.citations] == [c.claim for c in seed_document.citations]
    assert all("↩" not in fn.raw for fn in doc.footnotes)
    assert doc.findings == []


def _seed_as_html(marker: str, entry: str) -> str:
    """The seed's paragraphs as <p> elements, markers and entry labels rewritten by the templates."""
    numbers = {label: n for n, label in enumerate(["i", "ii", "iii", "iv", "v", "vi", "vii"], start=1)}
    paragraphs = []
    for block in SEED.read_text(encoding="utf-8").split("\n\n"):
        text = html.escape(block.strip())
        if re.match(r"\[[ivx]+\]", text):
            text = re.sub(r"^\[([ivx]+)\]", lambda m: entry.format(n=numbers[m.group(1)]), text)
        else:
            text = re.sub(r"\[([ivx]+)\]", lambda m: marker.format(n=numbers[m.group(1)]), text)
        paragraphs.append(f"<p>{text}</p>")
    return "\n".join(paragraphs)


def test_plain_sup_markers_and_sup_entry_labels(seed_document: Document) -> None:
    doc = _parse_html(_seed_as_html("<sup>{n}</sup>", "<sup>{n}</sup>"))
    assert [fn.label for fn in doc.footnotes] == ["1", "2", "3", "4", "5", "6", "7"]
    assert [fn.title for fn in doc.footnotes] == [fn.title for fn in seed_document.footnotes]
    assert [c.claim for c in doc.citations] == [c.claim for c in seed_document.citations]


def test_google_docs_style_links(seed_document: Document) -> None:
    doc = _parse_html(
        _seed_as_html(
            '<sup><a href="#ftnt{n}" id="ftnt_ref{n}">[{n}]</a></sup>',
            '<a href="#ftnt_ref{n}" id="ftnt{n}">[{n}]</a>',
        )
    )
    assert [fn.url for fn in doc.footnotes] == [fn.url for fn in seed_document.footnotes]
    assert [c.label for c in doc.citations] == ["1", "2", "3", "4", "5", "6", "7"]
    assert doc.findings == []


def test_typed_markers_in_html_text_find_their_source_position() -> None:
    source = _seed_as_html("[{n}]", "[{n}]")
    doc = _parse_html(source)
    lines = source.splitlines()
    assert len(doc.citations) == 7
    for citation in doc.citations:
        assert lines[citation.line - 1][citation.column - 1 :].startswith(f"[{citation.label}]")


def test_roman_marker_inside_a_url_in_running_text_is_not_a_marker() -> None:
    source = PAGE.replace("This post is also available in:", "This post is also available in:").replace(
        "<p>Paylaş</p>", "<p>See https://archive.example.org/decrees?item[i]=7 for the decree.</p>"
    )
    doc = _parse_html(source)
    assert len(doc.citations) == 7
    assert doc.findings == []


def test_empty_and_broken_html_give_empty_documents() -> None:
    for source in (
        "",
        "   ",
        "<",
        "<html><body></body></html>",
        '<?xml version="1.0" encoding="utf-8"?><p>x</p>',
    ):
        doc = _parse_html(source)
        assert doc.footnotes == [] and doc.citations == []
