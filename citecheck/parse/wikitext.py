"""MediaWiki source (wikitext) with its footnotes as ``<ref>`` elements: the notes as MediaWiki
renders them.

A wiki article's source keeps each note where it is cited, ``…技術<ref>{{cite web | url = … | title =
… | accessdate=2007-09-10}}</ref>。``, a note used twice named once and reused empty, ``<ref
name="x"/>``, and the list printed where ``{{reflist}}`` or ``<references />`` stands. No reader saw
these as notes: heldback-35's Chinese Wikipedia source of an article (five notes, one reused, four
``{{cite web}}`` templates and one broken over lines) yielded none. :func:`rewrite_refs` writes the
text as MediaWiki shows it: each ``<ref>`` becomes its number in brackets, ``[1]``, numbered in the
order of first use (a reuse takes its name's number), and the list replaces ``{{reflist}}`` (or
closes the text), one note a paragraph, ``[1] Author (Date). "Title". Work. Publisher. URL.
Retrieved AccessDate.``, the citation template's fields in the order Citation Style 1 prints them.
The readers then read it as any such copied list; :class:`Rewritten` maps lines and columns back to
the source's.

Guard: two closed ``<ref>`` elements at least, and the list's tag (``{{reflist}}``, ``{{references}}``,
``<references/>``) or a citation template (``{{cite …}}``, ``{{citation …}}``) inside one: an HTML or
XML text with a ``<ref>`` element of its own (a DocBook cross-reference, ``<ref target="…">`` in TEI)
has neither. A text that only quotes one example ref is left as it is.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from citecheck import lazyre
from citecheck.parse.blocks import LineIndex

_REF = lazyre.compile(
    r"<ref(?P<attrs>(?:\s+[^<>/]{0,200}?)?)\s*(?:/>|>(?P<body>.{0,8000}?)</ref\s*>)",
    re.IGNORECASE | re.DOTALL,
)
# (A note's text is bounded, 8,000 characters, so that a text of many unclosed "<ref>" is read in
# linear time: tests/parse/test_hostile_inputs.py's concern.)
_NAME = lazyre.compile(r"""name\s*=\s*(?:"(?P<q>[^"]*)"|'(?P<s>[^']*)'|(?P<b>[^\s"'/>]+))""", re.IGNORECASE)
_LIST_TAG = lazyre.compile(r"\{\{\s*(?:reflist|references|refs)\b[^{}]*\}\}|<references\s*/>", re.IGNORECASE)
_CITATION = lazyre.compile(r"\{\{\s*(?:cite\s*[\w-]*|citation)\s*\|", re.IGNORECASE)
_MIN_REFS = 2
# "[[Target|shown]]", "[[shown]]": the words shown; "[https://… shown]": the words, then the address.
_WIKILINK = lazyre.compile(r"\[\[(?:[^\[\]|]*\|)?([^\[\]]*)\]\]")
_EXTERNAL = lazyre.compile(r"\[(https?://[^\s\]]+)(?:\s+([^\]]*))?\]")
_EMPHASIS = lazyre.compile(r"'{2,}")


@dataclass(slots=True)
class Rewritten:
    """The rewritten text, and (rewritten offset, source offset) pairs where each run starts; a run
    written anew has -1 - the offset of the ref it stands for."""

    text: str
    segments: list[tuple[int, int]]
    source: str

    def original(self, line: int, column: int) -> tuple[int, int]:
        """The source's (line, column) of a rewritten text's (line, column)."""
        offset = LineIndex(self.text).line_start(line) + column - 1
        starts = [a for a, _ in self.segments]
        at = max(bisect.bisect_right(starts, offset) - 1, 0)
        start, origin = self.segments[at]
        # A run copied from the source moves with it; a run written anew (a note's number, the
        # rendered list) stands where its ref does (origin -1 - offset).
        moved = origin + offset - start if origin >= 0 else -1 - origin
        return LineIndex(self.source).line_col(max(0, min(moved, len(self.source))))


def _plain(value: str) -> str:
    value = _WIKILINK.sub(r"\1", value)
    value = _EXTERNAL.sub(lambda m: f"{m.group(2) or ''} {m.group(1)}".strip(), value)
    value = re.sub(r"<[^<>]+>", "", _EMPHASIS.sub("", value))
    return " ".join(value.split())


def _parameters(template: str) -> dict[str, str]:
    """A template's named parameters, split at the "|" outside nested links and templates."""
    fields: list[str] = []
    depth, current = 0, list[str]()
    for index, char in enumerate(template):
        pair = template[index : index + 2]
        if pair in ("[[", "{{"):
            depth += 1
        elif pair in ("]]", "}}") and depth:
            depth -= 1
        if char == "|" and depth == 0:
            fields.append("".join(current))
            current = []
        else:
            current.append(char)
    fields.append("".join(current))
    named: dict[str, str] = {}
    for field in fields[1:]:
        key, equals, value = field.partition("=")
        if equals:
            named[key.strip().lower().replace("_", "-")] = _plain(value)
    return named


def _first(fields: dict[str, str], *keys: str) -> str:
    return next((fields[k] for k in keys if fields.get(k)), "")


def render_citation(body: str) -> str:
    """A ``<ref>``'s content as Citation Style 1 prints it (a template), or its text (anything else)."""
    found = _CITATION.search(body)
    if found is None:
        return _plain(body)
    end = body.rfind("}}")
    fields = _parameters(body[found.start() + 2 : end if end > found.start() else len(body)])
    author = _first(fields, "author", "authors", "author1")
    if not author and fields.get("last"):
        author = ", ".join(part for part in (fields["last"], fields.get("first", "")) if part)
    date = _first(fields, "date", "year")
    head = f"{author} ({date})." if author and date else (f"{author}." if author else "")
    parts = [head] if head else []
    title = _first(fields, "title", "trans-title", "script-title")
    if title:
        parts.append(f"\u201c{title}\u201d.")
    parts += [
        f"{value}."
        for value in (_first(fields, "website", "work", "newspaper", "journal", "magazine"),)
        if value
    ]
    publisher = fields.get("publisher", "")
    if publisher:
        parts.append(f"{publisher}.")
    if date and not author:
        parts.append(f"{date}.")
    url = fields.get("url", "")
    if url:
        parts.append(url)
    accessed = _first(fields, "access-date", "accessdate")
    if accessed:
        parts.append(f"Retrieved {accessed}.")
    return " ".join(parts)


def _name_of(attrs: str) -> str | None:
    found = _NAME.search(attrs or "")
    return None if found is None else found.group("q") or found.group("s") or found.group("b")


def rewrite_refs(text: str) -> Rewritten | None:
    """The text with its ``<ref>`` notes as MediaWiki renders them (see the module), or None when
    the text holds no such notes (the guard above)."""
    refs = list(_REF.finditer(text))
    full = [m for m in refs if m.group("body") is not None and m.group("body").strip()]
    if len(full) < _MIN_REFS:
        return None
    listing = _LIST_TAG.search(text)
    if listing is None and not any(_CITATION.search(m.group("body")) for m in full):
        return None
    numbers: dict[str, int] = {}
    notes: list[tuple[int, str]] = []  # (source offset, rendered note)
    pieces: list[str] = []
    segments: list[tuple[int, int]] = []
    length, cursor = 0, 0

    def emit(piece: str, origin: int) -> None:
        nonlocal length
        segments.append((length, origin))
        pieces.append(piece)
        length += len(piece)

    for match in refs:
        if listing is not None and match.start() >= listing.start():
            break
        name = _name_of(match.group("attrs"))
        body = match.group("body")
        if name is not None and name in numbers:
            number = numbers[name]
        elif body is None or not body.strip():
            continue
        else:
            notes.append((match.start(), render_citation(body)))
            number = len(notes)
            if name is not None:
                numbers[name] = number
        emit(text[cursor : match.start()], cursor)
        emit(f"[{number}]", -1 - match.start())
        cursor = match.end()
    end = listing.start() if listing is not None else len(text)
    emit(text[cursor:end], cursor)
    if listing is None:
        emit("\n\nReferences\n", -1 - end)
    else:
        emit("\n", -1 - listing.start())
    for number, (origin, rendered) in enumerate(notes, 1):
        emit(f"\n[{number}] {rendered}\n", -1 - origin)
    if listing is not None:
        emit(text[listing.end() :], listing.end())
    return Rewritten("".join(pieces), segments, text)
