"""Plain-text reader: paragraphs are runs of non-blank lines; a run that starts with an entry label
("[iv] …", "4. …") is split into one block per entry, and long unwrapped lines stay paragraphs.
"""

from __future__ import annotations

import re

from citecheck.parse.blocks import Block, LineIndex, ReadResult, SpanLocator
from citecheck.parse.markers import match_entry_start

# An AsciiDoc or Typst section heading: "== Title", "=== Title" (one "=" and a space in Typst too).
_HEADING_LINE = re.compile(r"(=+)[^\S\n]+\S[^\n]*")
# Editors that do not wrap write one paragraph per line; wrapped text never has lines this long.
_UNWRAPPED_LINE = 300


def line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text[start:end]``, without the newline."""
    spans = []
    position = start
    while position < end:
        newline = text.find("\n", position, end)
        stop = end if newline == -1 else newline
        spans.append((position, stop))
        position = stop + 1
    return spans


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of non-blank lines."""
    spans: list[tuple[int, int]] = []
    run_start = run_end = -1
    for start, end in line_spans(text, 0, len(text)):
        if start == end or text[start:end].isspace():
            if run_start != -1:
                spans.append((run_start, run_end))
                run_start = -1
        else:
            if run_start == -1:
                run_start = start
            run_end = end
    if run_start != -1:
        spans.append((run_start, run_end))
    return spans


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_paragraph(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A paragraph's blocks: one per entry when it starts with an entry label, one per line when
    its lines are too long to be hard-wrapped, else the paragraph itself."""
    lines = line_spans(text, start, end)
    if len(lines) == 1:
        return [(start, end)]
    if _HEADING_LINE.match(text, start) is not None:
        # "=== Riferimenti⏎- Title: …": an AsciiDoc or Typst heading is a block of its own.
        first_end = lines[0][1]
        return [_trimmed(text, start, first_end), *split_paragraph(text, *_trimmed(text, first_end, end))]
    if match_entry_start(text, start) is not None:
        blocks: list[tuple[int, int]] = []
        block_start = start
        for line_start, _ in lines[1:]:
            if match_entry_start(text, line_start) is not None:
                blocks.append(_trimmed(text, block_start, line_start))
                block_start = line_start
        blocks.append(_trimmed(text, block_start, end))
        return blocks
    if any(line_end - line_start > _UNWRAPPED_LINE for line_start, line_end in lines):
        return [_trimmed(text, s, e) for s, e in lines if text[s:e].strip()]
    return [(start, end)]


def read_text(text: str) -> ReadResult:
    """Blocks of a plain-text analysis (newlines already normalised to ``\\n``)."""
    index = LineIndex(text)
    blocks: list[Block] = []
    for run_start, run_end in paragraph_spans(text):
        start, end = _trimmed(text, run_start, run_end)
        for block_start, block_end in split_paragraph(text, start, end):
            block = Block(text[block_start:block_end], SpanLocator(index, [(0, block_start)]))
            heading = _HEADING_LINE.fullmatch(block.text)
            if heading is not None:
                block.kind, block.level = "heading", len(heading.group(1))
            blocks.append(block)
    return ReadResult(blocks)
