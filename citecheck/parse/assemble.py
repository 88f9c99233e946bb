"""From a reader's blocks to the Document: footnote entries, markers with their claims, title, date
and language, then the structural findings. Every format goes through here, so all agree.
"""

from __future__ import annotations

import datetime as dt
import re

from citecheck.models import Citation, Document, DocumentFormat, Footnote
from citecheck.parse.blocks import Block, ReadResult
from citecheck.parse.claims import claims_for
from citecheck.parse.entries import parse_entries
from citecheck.parse.language import guess_language
from citecheck.parse.markers import EntryStart, KnownLabels, find_text_markers, label_ordinal
from citecheck.parse.regions import entry_marks, find_entries, is_chrome, read_header
from citecheck.parse.structure import structural_findings

# Wider than an entry's URL pattern: in running text "…?item[i]=7" is all URL, no marker.
_RUNNING_TEXT_URL = re.compile(r"(?:https?|ftp)://\S+|(?<![\w.])www\.\S+", re.IGNORECASE)


def _footnotes(entries: list[tuple[Block, EntryStart]]) -> list[Footnote]:
    footnotes: list[Footnote] = []
    parsed = parse_entries(
        [
            (block.text[start.length :], [url for _, url in block.links], entry_marks(block, start.length))
            for block, start in entries
        ]
    )
    for sequence, ((block, start), fields) in enumerate(zip(entries, parsed, strict=True), start=1):
        # Wikipedia's "^ …" entries carry no number: their place in the list is their label.
        label = start.label or str(sequence)
        body = block.text[start.length :]
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


def _citations(block: Block, known: KnownLabels) -> list[Citation]:
    anchor_spans = [(a.start, a.end) for a in block.anchors]
    masked = anchor_spans
    if "://" in block.text or "www." in block.text.lower():
        masked = masked + [m.span() for m in _RUNNING_TEXT_URL.finditer(block.text)]
    found = find_text_markers(block.text, known, masked)
    if not found and not block.anchors:
        return []
    # (start, end, label, fixed position or None)
    markers: list[tuple[int, int, str, tuple[int, int] | None]] = [
        (a.start, a.end, a.label, (a.line, a.column)) for a in block.anchors
    ]
    markers += [(m.start, m.end, m.label, None) for m in found]
    markers.sort(key=lambda m: m[0])
    paragraph, claims = claims_for(block.text, [(m[0], m[1]) for m in markers])
    citations = []
    for (start, end, label, fixed), claim in zip(markers, claims, strict=True):
        line, column = fixed if fixed is not None else block.locator.position(start, block.text[start:end])
        citations.append(Citation(label=label, claim=claim, paragraph=paragraph, line=line, column=column))
    return citations


def assemble(read: ReadResult, *, path: str, fmt: DocumentFormat, today: dt.date | None) -> Document:
    """Build the Document a reader's blocks describe, with its structural findings."""
    found = find_entries([b for b in read.blocks if b.text.strip()])
    blocks, entries, entry_set, body_end = found.blocks, found.entries, found.indexes, found.body_end
    header = read_header(blocks, body_end)
    skipped = {header.title_index, header.dateline_index}
    body = [
        block
        for i, block in enumerate(blocks[:body_end])
        if i not in entry_set and i not in skipped and not is_chrome(block.text)
    ]
    footnotes = _footnotes(entries)
    known = KnownLabels.of(
        [fn.label for fn in footnotes], [s.label for _, s in entries if s.kind == "paren" and s.label]
    )
    citations = [citation for block in body for citation in _citations(block, known)]
    document = Document(
        path=path,
        title=read.title or header.title,
        date=read.date or header.date,
        format=fmt,
        language=read.language or guess_language(" ".join(b.text for b in body)),
        footnotes=footnotes,
        citations=citations,
    )
    document.findings = structural_findings(document, today=today)
    return document
