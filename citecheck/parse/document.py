"""One analysis parsed: its bytes or text read by the reader for its format, then assembled
(:func:`parse_text`, :func:`parse_bytes`, :func:`parse_input`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from citecheck import lazyre
from citecheck.models import Document, DocumentFormat
from citecheck.parse.assemble import assemble
from citecheck.parse.bare_numbered_entries import numbered_bare_entries
from citecheck.parse.blocks import Block, ReadResult
from citecheck.parse.code_page import repaired_code_page_marks
from citecheck.parse.docx import read_docx
from citecheck.parse.generic import only_block
from citecheck.parse.html import read_html
from citecheck.parse.inputs import (
    DEFAULT_MAX_INPUT_BYTES,
    InputSource,
    decode_bytes,
    format_for,
    sniff_format,
)
from citecheck.parse.link_pieces import joined_link_pieces
from citecheck.parse.markdown import read_markdown
from citecheck.parse.markup_notes import has_markup_notes
from citecheck.parse.page_break_items import joined_page_break_items
from citecheck.parse.pdf_author_date_lines import joined_author_date_lines
from citecheck.parse.run_together_notes import split_run_together_notes
from citecheck.parse.spaced_urls import join_spaced_urls
from citecheck.parse.text import read_text
from citecheck.parse.wikitext import rewrite_refs
from citecheck.parse.word_anchors import relative_word_anchors

_SURROGATES = lazyre.compile(r"[\ud800-\udfff]")


def _normalise(text: str) -> str:
    # Lone surrogates cannot be encoded (lxml, JSON); "\r\n" and lone "\r" end lines like "\n".
    if _SURROGATES.search(text):
        text = _SURROGATES.sub("\ufffd", text)
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return repaired_code_page_marks(text)


def _read(text: str, fmt: DocumentFormat) -> ReadResult:
    if fmt == "html":
        return read_html(text)
    if fmt == "markdown":
        return read_markdown(text)
    return read_text(text)


def parse_text(
    text: str,
    *,
    path: str = "<text>",
    fmt: DocumentFormat | None = "text",
    today: dt.date | None = None,
    inline_links: bool = True,
) -> Document:
    """Parse an analysis given as text (plain, Markdown or HTML; None: tell by content). Never raises.

    ``inline_links``: links in the running text are citations too (``L1``, ``L2``, …).
    """
    text = _normalise(text)
    if fmt is None:
        fmt = sniff_format(text[:8192].encode("utf-8"), text)
    reader_format: DocumentFormat = "text" if fmt == "docx" else fmt
    if fmt == "text" and has_markup_notes(text):
        # Org's or AsciiDoc's notes (an ".adoc" file is sniffed as text): the Markdown reader reads
        # them (markup_notes.py).
        reader_format = "markdown"
    if reader_format in ("markdown", "text"):
        # A PDF text layer's spaced addresses ("https:// doi. org/ 10. 1109/ …"), joined (spaced_urls.py).
        text = join_spaced_urls(text)
        # An author-date list from a PDF, each printed line a paragraph (pdf_author_date_lines.py).
        text = joined_author_date_lines(text)
        # A Lancet-style reference list, each entry opening with a bare number (bare_numbered_entries.py).
        text = numbered_bare_entries(text)
    if reader_format == "markdown":
        # Word's note anchors resolved to absolute links by a page-to-Markdown converter (word_anchors.py).
        text = relative_word_anchors(text)
        # A URL written as adjacent links to the one address, one per PDF line piece (link_pieces.py).
        text = joined_link_pieces(text)
        # A numbered entry cut by a page break into a bullet of its own (page_break_items.py).
        text = joined_page_break_items(text)
    # A report's notes section run together on one line, one entry a line (run_together_notes.py).
    split = split_run_together_notes(text) if reader_format in ("markdown", "text") else None
    if split is not None:
        text = split.text
    wiki = rewrite_refs(text) if reader_format in ("markdown", "text") and "</ref" in text else None
    if wiki is not None:
        # MediaWiki source: its <ref> notes as the wiki renders them (wikitext.py), positions mapped
        # back to the source.
        text = wiki.text
    read = _read(text, reader_format)
    source_lines = text.split("\n") if reader_format in ("markdown", "text") else None
    positions = file_lines = None
    if source_lines is not None and read.soft_breaks:
        file_lines = source_lines
        source_lines, positions = _joined_lines(text, read.soft_breaks)
    document = assemble(
        read,
        path=path,
        fmt=reader_format,
        today=today,
        inline_links=inline_links,
        lines=source_lines,
        render=(lambda line: _first_block(line, reader_format)) if source_lines is not None else None,
        positions=positions,
        file_lines=file_lines,
    )
    # Positions back to the file, through the rewrites in the reverse of the order they were made.
    for rewrite in (wiki, split):
        if rewrite is not None:
            _map_positions(document, rewrite.original)
    return document


def _map_positions(document: Document, original: Callable[[int, int], tuple[int, int]]) -> None:
    """Every footnote's, citation's and finding's (line, column) through ``original``: from a
    rewritten text's positions to those of the text it was rewritten from."""
    for footnote in document.footnotes:
        footnote.line, footnote.column = original(footnote.line, footnote.column)
    for citation in document.citations:
        citation.line, citation.column = original(citation.line, citation.column)
    for finding in document.findings:
        if finding.line is not None and finding.column is not None:
            finding.line, finding.column = original(finding.line, finding.column)


def _joined_lines(text: str, soft: frozenset[int]) -> tuple[list[str], list[tuple[int, int]]]:
    """The source's lines with those its reader read as one (a hard-wrapped paragraph's lines,
    markdown._wrapped_breaks) joined by a space, as the reader's blocks have them, so that the
    readers of source lines (a generic list's entries, one a line) see one entry where the reader
    does; and where each starts in the file (line, column)."""
    lines: list[str] = []
    positions: list[tuple[int, int]] = []
    offset = 0
    for number, line in enumerate(text.split("\n"), start=1):
        if lines and offset - 1 in soft:
            lines[-1] = f"{lines[-1].rstrip()} {line.strip()}"
        else:
            lines.append(line)
            positions.append((number, 1))
        offset += len(line) + 1
    return lines, positions


def _first_block(line: str, fmt: DocumentFormat) -> Block | None:
    """One line read as the document's reader reads it (a generic list's entry)."""
    return only_block(_read(line, fmt))


def parse_bytes(
    data: bytes,
    *,
    path: str,
    fmt: DocumentFormat | None = None,
    today: dt.date | None = None,
    inline_links: bool = True,
) -> Document:
    """Parse an analysis file's bytes; the format comes from ``fmt``, the extension, or the content.

    Raises :class:`InputError` (and nothing else) for a binary file that is not an analysis.
    """
    chosen = fmt or format_for(path, data)
    if chosen == "docx" or data.startswith(b"PK\x03\x04"):
        return assemble(
            read_docx(data, path=path), path=path, fmt="docx", today=today, inline_links=inline_links
        )
    text = decode_bytes(data, path=path, is_html=chosen == "html")
    return parse_text(text, path=path, fmt=chosen, today=today, inline_links=inline_links)


def parse_input(
    source: InputSource,
    *,
    today: dt.date,
    inline_links: bool = True,
    max_bytes: int = DEFAULT_MAX_INPUT_BYTES,
) -> Document:
    """Parse one source from :func:`expand_inputs`; :class:`InputError` beyond ``max_bytes``."""
    return parse_bytes(
        source.load(max_bytes), path=source.path, fmt=source.fmt, today=today, inline_links=inline_links
    )
