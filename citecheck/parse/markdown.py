"""Markdown reader: front matter, headings, paragraphs, list items and ``[^label]:`` footnote
definitions, with inline markup stripped while every character keeps its place in the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from citecheck.parse.blocks import Anchor, Block, BlockKind, LineIndex, ReadResult, SpanLocator
from citecheck.parse.dates import parse_date, parse_iso_date
from citecheck.parse.markers import clean_label, looks_like_label
from citecheck.parse.text import line_spans

_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_FOOTNOTE_DEFINITION = re.compile(r" {0,3}\[\^([^\]\s]+)\]:[ \t]?")
_ATX = re.compile(r" {0,3}(#{1,6})(?:[ \t]+|$)")
_ATX_CLOSE = re.compile(r"[ \t]+#+[ \t]*$|[ \t]+$")
_SETEXT = re.compile(r" {0,3}(=+|-+)[ \t]*")
_RULE = re.compile(r" {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})")
_BULLET = re.compile(r" {0,3}[-*+][ \t]+")
_ORDERED = re.compile(r" {0,3}\d{1,9}[.)][ \t]+")
_QUOTE = re.compile(r"(?: {0,3}>[ \t]?)+")
_LINK_DEFINITION = re.compile(r" {0,3}\[[^\]^][^\]]*\]:[ \t]*\S+")
_FRONT_MATTER_KEY = re.compile(r"(title|date)\s*:\s*(.+?)\s*$", re.IGNORECASE)
_INDENTED = re.compile(r"(?: {2,}|\t)")
_INLINE = re.compile(
    r"""
    (?P<url>(?:https?|ftp)://[^\s<>]+)
  | (?P<fnref>\[\^(?P<fnlabel>[^\]\s]+)\](?!:))
  | (?P<sup><sup>(?P<suptext>[^<]{1,12})</sup>)
  | (?P<image>!\[(?P<alt>[^\]]*)\]\([^)]*\))
  | (?P<link>\[(?P<ltext>[^\]]*)\]\((?P<href>[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:\s+(?:"[^"]*"|'[^']*'))?\))
  | (?P<autolink><(?P<auto>(?:https?|ftp)://[^>\s]+)>)
  | (?P<code>`+)
  | (?P<escape>\\[\\`*_{}\[\]()\#+\-.!<>~|"'])
  | (?P<tag></?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>)
  | (?P<emphasis>\*+|~~|(?<![^\W_])_+|_+(?![^\W_]))
    """,
    re.VERBOSE,
)
# Where inline markup can start; the full pattern is only tried there (much faster on prose).
_MARKUP_START = re.compile(r"[\[<!`\\*~_]|https?://|ftp://")
_EMPHASIS = re.compile(r"\*+|~~|(?<![^\W_])_+|_+(?![^\W_])")


@dataclass(slots=True)
class _Pending:
    """A block being gathered: its source lines as (start offset, end offset)."""

    lines: list[tuple[int, int]] = field(default_factory=list)
    kind: BlockKind = "paragraph"
    note_label: str | None = None
    body_start: int = 0


class _Inline:
    """Accumulates a block's visible text from source runs, remembering where each run came from."""

    def __init__(self, source: str, index: LineIndex) -> None:
        self.source = source
        self.index = index
        self.parts: list[str] = []
        self.length = 0
        self.segments: list[tuple[int, int]] = []
        self.anchors: list[Anchor] = []
        self.links: list[tuple[int, str]] = []
        self.spans: list[tuple[int, int, str]] = []
        self.open_emphasis: dict[str, int] = {}

    def emit(self, text: str, source_offset: int) -> None:
        if text:
            self.segments.append((self.length, source_offset))
            self.parts.append(text)
            self.length += len(text)

    def anchor(self, label: str, text: str, source_offset: int) -> None:
        start = self.length
        self.emit(text, source_offset)
        line, column = self.index.line_col(source_offset)
        self.anchors.append(Anchor(label, start, self.length, line, column))

    def line(self, start: int, end: int) -> None:
        source = self.source
        position = start
        for candidate in _MARKUP_START.finditer(source, start, end):
            if candidate.start() < position:
                continue
            match = _INLINE.match(source, candidate.start(), end)
            if match is None or match.end() == match.start():
                continue
            self.emit(source[position : match.start()], position)
            position = match.end()
            group = match.lastgroup
            if group in ("url", "escape"):
                skip = 1 if group == "escape" else 0
                self.emit(match.group()[skip:], match.start() + skip)
            elif group == "fnref":
                self.anchor(match.group("fnlabel"), match.group(), match.start())
            elif group == "sup":
                text = match.group("suptext")
                if looks_like_label(text):
                    self.anchor(clean_label(text), text, match.start("suptext"))
                else:
                    self.emit(text, match.start("suptext"))
            elif group == "image":
                self.emit(match.group("alt"), match.start("alt"))
            elif group == "link":
                self.links.append((link_start := self.length, match.group("href")))
                self.emit(_EMPHASIS.sub("", match.group("ltext")), match.start("ltext"))
                self.spans.append((link_start, self.length, "link"))
                if _EMPHASIS.search(match.group("ltext")):
                    self.spans.append((link_start, self.length, "em"))
            elif group == "emphasis":
                opened = self.open_emphasis.pop(match.group(), None)
                if opened is None:
                    self.open_emphasis[match.group()] = self.length
                elif self.length > opened:
                    self.spans.append((opened, self.length, "em"))
            elif group == "autolink":
                self.emit(match.group("auto"), match.start("auto"))
        self.emit(source[position:end], position)

    def block(self, pending: _Pending) -> Block:
        for number, (start, end) in enumerate(pending.lines):
            if number:
                self.emit("\n", start - 1)
            self.line(start, end)
        return Block(
            text="".join(self.parts),
            locator=SpanLocator(self.index, self.segments),
            kind=pending.kind,
            anchors=self.anchors,
            links=self.links,
            note_label=pending.note_label,
            body_start=pending.body_start,
            spans=sorted(self.spans),
        )


def _front_matter(source: str, lines: list[tuple[int, int]]) -> tuple[int, dict[str, str]]:
    """How many lines the YAML front matter takes, and its title/date."""
    if not lines or source[lines[0][0] : lines[0][1]].rstrip() != "---":
        return 0, {}
    values: dict[str, str] = {}
    for number, (start, end) in enumerate(lines[1:], start=1):
        line = source[start:end]
        if line.rstrip() in ("---", "..."):
            return number + 1, values
        match = _FRONT_MATTER_KEY.match(line)
        if match is not None:
            values.setdefault(match.group(1).lower(), match.group(2).strip("\"'"))
    return 0, {}


def read_markdown(source: str) -> ReadResult:
    """Blocks and metadata of a Markdown analysis (newlines already normalised to ``\\n``)."""
    index = LineIndex(source)
    lines = line_spans(source, 0, len(source))
    skip, front = _front_matter(source, lines)
    blocks: list[Block] = []
    pending = _Pending()
    fence: str | None = None
    seen_title = "title" in front

    def flush() -> None:
        nonlocal pending
        if pending.lines:
            blocks.append(_Inline(source, index).block(pending))
        pending = _Pending()

    number = skip
    while number < len(lines):
        start, end = lines[number]
        line = source[start:end]
        number += 1
        if fence is not None:
            if line.strip().startswith(fence):
                fence = None
            continue
        fence_match = _FENCE.match(line)
        if fence_match is not None:
            flush()
            fence = fence_match.group(1)
            continue
        if not line.strip():
            # A blank line ends a block, unless an indented line carries a footnote on.
            if pending.note_label is not None and number < len(lines):
                following = source[lines[number][0] : lines[number][1]]
                if following.strip() and _INDENTED.match(following):
                    continue
            flush()
            continue
        definition = _FOOTNOTE_DEFINITION.match(line)
        if definition is not None:
            flush()
            indent = len(line) - len(line.lstrip(" "))
            pending = _Pending(
                [(start + indent, end)], note_label=definition.group(1), body_start=definition.end() - indent
            )
            continue
        heading = _ATX.match(line)
        if heading is not None:
            flush()
            content_start = start + heading.end()
            close = _ATX_CLOSE.search(line, heading.end())
            content_end = start + close.start() if close is not None else end
            kind: BlockKind = "heading"
            if len(heading.group(1)) == 1 and not seen_title:
                kind, seen_title = "title", True
            pending = _Pending([(content_start, max(content_start, content_end))], kind=kind)
            flush()
            continue
        if (
            pending.lines
            and pending.note_label is None
            and pending.kind == "paragraph"
            and _SETEXT.fullmatch(line)
        ):
            underline = line.strip()[0]
            pending.kind = "title" if underline == "=" and not seen_title else "heading"
            seen_title = seen_title or pending.kind == "title"
            flush()
            continue
        if _RULE.fullmatch(line) or _LINK_DEFINITION.match(line):
            flush()
            continue
        quote = _QUOTE.match(line)
        if quote is not None:
            start += quote.end()
            line = source[start:end]
        bullet = _BULLET.match(source, start, end)
        if bullet is not None:
            flush()
            pending.lines.append((bullet.end(), end))
            continue
        ordered = _ORDERED.match(source, start, end)
        if ordered is not None:
            flush()
            indent = len(line) - len(line.lstrip(" "))
            pending.lines.append((start + indent, end))
            continue
        pending.lines.append((start + len(line) - len(line.lstrip(" \t")), end))
    flush()
    title = front.get("title")
    date = None
    if "date" in front:
        date = parse_iso_date(front["date"]) or parse_date(front["date"])
    return ReadResult(blocks, title=title or None, date=date)
