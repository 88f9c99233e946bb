"""From a reader's blocks to the Document: footnote entries, markers with their claims, title, date
and language, then the structural findings. Every format goes through here, so all agree.
"""

from __future__ import annotations

import datetime as dt
import re

from citecheck.models import Citation, Document, DocumentFormat, Footnote
from citecheck.parse.blocks import Block, ReadResult
from citecheck.parse.claims import claims_for
from citecheck.parse.entries import parse_entry
from citecheck.parse.inline import InlineCitations, link_sites
from citecheck.parse.language import guess_language
from citecheck.parse.markers import TEXT_MARKER, EntryStart, KnownLabels, find_text_markers, label_ordinal
from citecheck.parse.regions import (
    entry_start_of,
    is_chrome,
    is_notes_heading,
    notes_section_start,
    read_header,
    same_family,
)
from citecheck.parse.structure import NothingCited, structural_findings

# Wider than an entry's URL pattern: in running text "…?item[i]=7" is all URL, no marker.
_RUNNING_TEXT_URL = re.compile(r"(?:https?|ftp)://\S+|(?<![\w.])www\.\S+", re.IGNORECASE)


def _footnotes(entries: list[tuple[Block, EntryStart]]) -> list[Footnote]:
    footnotes: list[Footnote] = []
    for sequence, (block, start) in enumerate(entries, start=1):
        # Wikipedia's "^ …" entries carry no number: their place in the list is their label.
        label = start.label or str(sequence)
        body = block.text[start.length :]
        fields = parse_entry(body, [url for _, url in block.links])
        line, column = block.locator.position(0, "")
        footnotes.append(
            Footnote(
                label=label,
                ordinal=label_ordinal(label) or sequence,
                raw=" ".join(body.split()),
                title=fields.title,
                publisher=fields.publisher,
                url=fields.urls[0] if fields.urls else None,
                urls=fields.urls,
                access_date=fields.access_date,
                line=line,
                column=column,
            )
        )
    return footnotes


# (start, end, label, fixed position or None)
_Marker = tuple[int, int, str, tuple[int, int] | None]


def _masked(block: Block) -> list[tuple[int, int]]:
    """Where no marker can be: explicit anchors, code, and URLs of running text."""
    masked = [(a.start, a.end) for a in block.anchors] + block.masked
    if "://" in block.text or "www." in block.text.lower():
        masked = masked + [m.span() for m in _RUNNING_TEXT_URL.finditer(block.text)]
    return masked


def _markers(block: Block, known: KnownLabels) -> list[_Marker]:
    found = find_text_markers(block.text, known, _masked(block))
    markers: list[_Marker] = [(a.start, a.end, a.label, (a.line, a.column)) for a in block.anchors]
    markers += [(m.start, m.end, m.label, None) for m in found]
    markers.sort(key=lambda m: m[0])
    return markers


def _citations(
    block: Block, markers: list[_Marker], claimed: tuple[str, list[str]] | None = None
) -> list[Citation]:
    """The citations of ``markers``; ``claimed``: their paragraph and claims, when already known."""
    if not markers:
        return []
    paragraph, claims = claimed or claims_for(block.text, [(m[0], m[1]) for m in markers])
    citations = []
    for (start, end, label, fixed), claim in zip(markers, claims, strict=True):
        line, column = fixed if fixed is not None else block.locator.position(start, block.text[start:end])
        citations.append(Citation(label=label, claim=claim, paragraph=paragraph, line=line, column=column))
    return citations


def _seen_without_citations(blocks: list[Block], body: list[Block], inline_links: bool) -> NothingCited:
    """What a document without citations showed instead, for the ``no-citations`` message."""
    headings = [b.text.strip() for b in blocks if b.kind != "paragraph" or len(b.text) <= 60]
    notes_heading = next((h for h in headings if is_notes_heading(h)), None)
    urls = sum(len(_RUNNING_TEXT_URL.findall(b.text)) for b in body)
    links = sum(len(b.link_spans) for b in body)
    marker_like = sum(
        1
        for b in body
        for m in TEXT_MARKER.finditer(b.text)
        if not any(lo < m.end() and m.start() < hi for lo, hi in _masked(b))
    )
    return NothingCited(
        notes_heading=notes_heading,
        urls=urls,
        links=links,
        marker_like=marker_like,
        inline_links=inline_links,
    )


def assemble(
    read: ReadResult,
    *,
    path: str,
    fmt: DocumentFormat,
    today: dt.date | None,
    inline_links: bool = True,
) -> Document:
    """Build the Document a reader's blocks describe, with its structural findings.

    With ``inline_links`` the links of the running text become inline citations (``L1``, …).
    """
    blocks = [b for b in read.blocks if b.text.strip()]
    starts = [entry_start_of(b) for b in blocks]
    notes_start = notes_section_start(blocks, starts)
    body_end = notes_start if notes_start is not None else len(blocks)
    entries: list[tuple[Block, EntryStart]] = []
    entry_set: set[int] = set()
    # Inside the notes section, entries are written like its first one: a numbered list after
    # "[i]"-style notes is not more notes.
    first_note = (
        next((s for s in starts[notes_start:] if s is not None), None) if notes_start is not None else None
    )
    for i, start in enumerate(starts):
        if start is None:
            continue
        in_section = (
            first_note is not None
            and notes_start is not None
            and i >= notes_start
            and same_family(first_note, start)
        )
        if blocks[i].note_label is not None or in_section:
            entries.append((blocks[i], start))
            entry_set.add(i)
    header = read_header(blocks, body_end)
    skipped = {header.title_index, header.dateline_index}
    body = [
        block
        for i, block in enumerate(blocks[:body_end])
        if i not in entry_set and i not in skipped and not is_chrome(block.text)
    ]
    footnotes = _footnotes(entries)
    known = KnownLabels.of([fn.label for fn in footnotes])
    citations: list[Citation] = []
    inline = InlineCitations({url for fn in footnotes for url in fn.urls})
    for block in body:
        markers = _markers(block, known)
        if inline_links and block.link_spans:
            # One pass over the paragraph's sentences for its markers and its links.
            paragraph, marker_claims, sites = link_sites(block, [(m[0], m[1]) for m in markers])
            claimed = _citations(block, markers, (paragraph, marker_claims))
            cited = list(zip((m[0] for m in markers), claimed, strict=True))
            cited += inline.cite(sites)
            cited.sort(key=lambda item: item[0])
        else:
            cited = list(zip((m[0] for m in markers), _citations(block, markers), strict=True))
        citations += [citation for _, citation in cited]
    footnotes += inline.entries()
    document = Document(
        path=path,
        title=read.title or header.title,
        date=read.date or header.date,
        format=fmt,
        language=read.language or guess_language(" ".join(b.text for b in body)),
        footnotes=footnotes,
        citations=citations,
    )
    nothing = _seen_without_citations(blocks, body, inline_links) if not footnotes and not citations else None
    document.findings = structural_findings(document, today=today, nothing_cited=nothing)
    return document
