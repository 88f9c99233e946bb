"""Properties: parse_text never raises on any text; parse_bytes raises nothing but InputError on any
bytes (including damaged DOCX files); every citation and footnote keeps a position in the file."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from citecheck.errors import InputError
from citecheck.models import Document
from citecheck.parse import parse_bytes, parse_text

from .conftest import ANALYSES

PROPERTY_SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FORMATS = st.sampled_from(["text", "markdown", "html", "docx"])
TODAY = st.one_of(st.none(), st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 1, 1)))

# Pieces that steer random text into the parser's corners: markers, labels, quotes, URLs, markup.
PIECES = [
    "[i]",
    "[iv]",
    "[4]",
    "[^1]",
    "[^1]: ",
    "⁴",
    "[2025]",
    "[sic]",
    "\n\n",
    "\n",
    " ",
    ". ",
    ", ",
    "“",
    "”",
    "‘",
    "’",
    "«",
    "»",
    "„",
    '"',
    "'",
    "https://",
    "www.",
    "example.org/",
    "htps://",
    "(",
    ")",
    "Access Date: 14.11.2025",
    "Retrieved 14 November 2025",
    "дата обращения:",
    "Erişim Tarihi:",
    "Notes\n",
    "1. ",
    "^ a b ",
    "<p>",
    "</p>",
    "<sup>",
    "</sup>",
    '<a href="#_ftn1">',
    '<a href="#_ftnref1">',
    "</a>",
    '<li id="fn1">',
    "<ol class=footnotes>",
    "# ",
    "---\n",
    "```",
    "    ",
    "U.S.",
    "No. 5",
    "\r\n",
    "\x00",
    "\ufeff",
    "<?xml version='1.0' encoding='utf-8'?>",
    "&#8220;",
    "<br>",
    "<script>",
    "\\",
    "*",
    "_",
]
STEERED_TEXT = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=40).map("".join)


def _well_formed(doc: Document) -> None:
    for citation in doc.citations:
        assert citation.line >= 1 and citation.column >= 1
    for footnote in doc.footnotes:
        assert footnote.line >= 1 and footnote.column >= 1
        assert footnote.url == (footnote.urls[0] if footnote.urls else None)
    doc.model_dump_json()


@PROPERTY_SETTINGS
@given(text=st.text(), fmt=FORMATS, today=TODAY)
def test_parse_text_never_raises_on_any_text(text: str, fmt: str, today: dt.date | None) -> None:
    _well_formed(parse_text(text, fmt=fmt, today=today))  # type: ignore[arg-type]


@PROPERTY_SETTINGS
@given(text=STEERED_TEXT, fmt=FORMATS, today=TODAY)
def test_parse_text_never_raises_on_footnote_like_text(text: str, fmt: str, today: dt.date | None) -> None:
    _well_formed(parse_text(text, fmt=fmt, today=today))  # type: ignore[arg-type]


@PROPERTY_SETTINGS
@given(
    data=st.binary(max_size=2048),
    name=st.sampled_from(["a.txt", "a.md", "a.html", "a.docx", "upload", "<stdin>"]),
)
def test_parse_bytes_raises_only_input_error(data: bytes, name: str) -> None:
    try:
        _well_formed(parse_bytes(data, path=name))
    except InputError as error:
        assert str(error).startswith(name + ": ")
        assert "\n" not in str(error)


DOCX = (ANALYSES / "rail-transit.footnotes.docx").read_bytes()


@PROPERTY_SETTINGS
@given(edits=st.lists(st.tuples(st.integers(0, len(DOCX) - 1), st.integers(0, 255)), min_size=1, max_size=8))
def test_damaged_docx_raises_only_input_error(edits: list[tuple[int, int]]) -> None:
    data = bytearray(DOCX)
    for position, value in edits:
        data[position] = value
    try:
        _well_formed(parse_bytes(bytes(data), path="damaged.docx"))
    except InputError as error:
        assert str(error).startswith("damaged.docx: ")


@pytest.mark.parametrize("fmt", ["markdown", "text", "html"])
def test_an_address_with_a_bracketed_host_that_is_no_ipv6_address_is_read(fmt: str) -> None:
    # Found by the property above (2026-12-08): urlsplit raises on "https://[i]", and the look-up of
    # index services (entries._index_lookup) asked it of every entry's address.
    _well_formed(parse_text("[i]https://[i]", fmt=fmt))  # type: ignore[arg-type]
