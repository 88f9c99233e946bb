"""The plain-text reader on the seed written in other shapes: unwrapped lines, hard wraps, CRLF."""

from __future__ import annotations

import datetime as dt
import re
import textwrap

from citecheck.models import Document
from citecheck.parse import parse_text

from .conftest import SEED, TODAY

SEED_TEXT = SEED.read_text(encoding="utf-8")


def _summary(doc: Document) -> tuple[list[tuple[object, ...]], list[tuple[str, str]]]:
    return (
        [(fn.label, fn.title, fn.publisher, fn.url, fn.access_date) for fn in doc.footnotes],
        [(c.label, c.claim) for c in doc.citations],
    )


def test_one_paragraph_per_line_without_blank_lines(seed_document: Document) -> None:
    compact = re.sub(r"\n\s*\n", "\n", SEED_TEXT)
    doc = parse_text(compact, today=TODAY)
    assert _summary(doc) == _summary(seed_document)
    assert doc.findings == []


def test_hard_wrapped_text(seed_document: Document) -> None:
    paragraphs = SEED_TEXT.split("\n\n")
    wrapped = "\n\n".join(
        "\n".join(textwrap.wrap(p, 72, break_long_words=False, break_on_hyphens=False)) if len(p) > 72 else p
        for p in paragraphs
    )
    doc = parse_text(wrapped, today=TODAY)
    assert _summary(doc) == _summary(seed_document)
    lines = wrapped.splitlines()
    for citation in doc.citations:
        assert lines[citation.line - 1][citation.column - 1 :].startswith(f"[{citation.label}]")


def test_crlf_line_endings_keep_line_numbers(seed_document: Document) -> None:
    doc = parse_text(SEED_TEXT.replace("\n", "\r\n"), today=TODAY)
    assert _summary(doc) == _summary(seed_document)
    assert [(c.line, c.column) for c in doc.citations] == [
        (c.line, c.column) for c in seed_document.citations
    ]


def test_a_dateline_under_the_title_is_the_documents_date() -> None:
    dated = SEED_TEXT.replace(
        "Yerevan-Moscow Pragmatism and the Crisis of Trust\n",
        "Yerevan-Moscow Pragmatism and the Crisis of Trust\n\n15 November 2025\n",
        1,
    )
    doc = parse_text(dated, today=TODAY)
    assert doc.date == dt.date(2025, 11, 15)
    assert doc.title == "Yerevan-Moscow Pragmatism and the Crisis of Trust"
    assert doc.findings == []


def test_a_numbered_list_in_the_body_is_not_a_footnote_section() -> None:
    listed = SEED_TEXT + "\n\n1. Keep the corridor open\n\n2. Watch the grain trade\n"
    doc = parse_text(listed, today=TODAY)
    assert [fn.label for fn in doc.footnotes] == ["i", "ii", "iii", "iv", "v", "vi", "vii"]


def test_a_document_without_notes_reports_its_markers_as_missing() -> None:
    body = SEED_TEXT.split("\n[i]")[0]
    doc = parse_text(body, today=TODAY)
    assert doc.footnotes == []
    assert [f.code for f in doc.findings] == ["missing-footnote"] * 7
