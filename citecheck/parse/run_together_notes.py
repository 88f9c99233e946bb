"""A report's notes section whose entries run together on one line, split one entry a line.

Family: a think tank's report copied from its web page or archived by a scraper with every line break
lost, so that the whole notes section is one paragraph — "Endnotes [1] . Robert Atkinson, “Understanding
…” (ITIF, October 2014), https://…pdf . [2] . Trelysa Long, “No, American …” …" (ITIF), "Footnotes [1]
OpenAI, ‘Introducing Operator’ <https://…> accessed 25 April 2025. [2] …" (Ada Lovelace Institute,
OSCOLA), "Endnotes 1 | F.Specht. 120.000 Industriejobs … Handelsblatt. 1 April 2025. https://… 2 |
Tagesschau. …" (MERICS), "Notes 1 The index uses … (2018). 2 Information from … https://… . 3 “Freedom on
the Net 2018 …”" (Carnegie: bare numerals), "Endnotes Mei Fong, “Before the Claims …” …, https://… . ↩
Andy Greenberg, …" (CNAS: no numbers, each note closed by the back-link arrow). Read as written, the
paragraph was prose: no entry was found. Data: fixtures/parse-eval p35hunt7 (studied) — the ITIF,
Ada Lovelace, MERICS, Carnegie and CNAS documents, 65 notes, 1 title and 9 addresses read at the
first read (branch s35-hunt7).

Rule (:func:`split_run_together_notes`): a line that opens with a notes heading word ("Endnotes",
"Footnotes", "Notes", "References", "Sources" and their German, French, Spanish, Portuguese, Russian
and Chinese names, optionally after Markdown's "#"s or "**") followed on the same line by the first
entry, whose entries are told by one numbering carried through the line in order — "[1]", "[2]", … ;
"1 |", "2 |", … (the first bar may be missing); or bare numerals "1 ", "2 ", … where each after the
first follows an entry's end (a full stop, a closing bracket or quote, or an address) and comes before
a capital, a quote or a non-Latin letter — at least three entries (``_ENTRIES_MIN``), or notes closed
by "↩" (at least three), is rewritten as the heading on its own line and each entry on a line of its
own as "[n] text" (the back-link arrow and a label's stray " . " dropped). Left alone: a heading
followed by prose or by numbers out of order, fewer than three entries, a heading word inside a
sentence, lines of entries already one a line.

:func:`original` maps a line of the rewritten text back to the file's line and column, so that what
is found in a split line is reported where it stands in the file.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from citecheck import lazyre
from citecheck.parse.regions import NOTES_HEADING_NAMES

_ENTRIES_MIN = 3
# The heading: the names regions.py knows a notes section by (NOTES_HEADING_NAMES: Bibliography,
# Works cited, Kaynakça, Литература, Einzelnachweise, Bibliografía, …) and a few more a report's
# notes run on after ("Foot notes", Portuguese, Ukrainian and Chinese names).
_HEADING = lazyre.compile(
    r"(?P<lead>[\ \t]*(?:\#{1,6}[\ \t]+)?(?:\*\*)?)"
    r"(?P<word>(?:" + NOTES_HEADING_NAMES + r")"
    r"|End\ ?notes|Foot\ ?notes|Referências|Fontes|Примітки|Джерела|注释|注釋|尾注|脚注|参考文献)"
    r"(?:\*\*)?[\ \t]*:?[\ \t]+",
    re.IGNORECASE | re.VERBOSE,
)
# An entry's end before the next bare numeral: a full stop, a closing bracket or quote, or an address.
_ENDS = lazyre.compile(r"(?:[.)\]”\"’»]|https?://\S+)$")
# What may open an entry after a bare numeral: a capital, a quote or bracket, a non-Latin letter.
_OPENS = lazyre.compile(r"[A-Z“\"‘'«\[(]|[^\W\d_a-zA-Z]")


_ENTRY_WORD = lazyre.compile(r"[^\W\d_]{2,}")


@dataclass
class SplitNotes:
    """The rewritten text and where each of its lines starts in the original text."""

    text: str
    # Per line of ``text``: (line, column) in the original, both 1-based.
    starts: list[tuple[int, int]] = field(default_factory=list)

    def original(self, line: int, column: int) -> tuple[int, int]:
        """Where ``line``/``column`` of the rewritten text stands in the original text."""
        if not self.starts or not 1 <= line <= len(self.starts):
            return line, column
        first_line, first_column = self.starts[line - 1]
        return first_line, first_column + column - 1


def _carried(
    rest: str,
    found: list[tuple[int, int]],
    label: Callable[[int], str],
    fits: Callable[[int, re.Match[str]], bool] | None = None,
) -> list[tuple[int, int]]:
    """``found`` carried on through ``rest``: for each next number (one more than the entries found),
    the first match of ``label(number)`` after the last entry (that ``fits(after, match)``, when
    given), until a number is not found."""
    at = found[-1][1] if found else 0
    number = len(found) + 1
    while True:
        pattern = re.compile(label(number))
        match = pattern.search(rest, at)
        while match is not None and fits is not None and not fits(at, match):
            match = pattern.search(rest, match.end())
        if match is None:
            return found
        found.append((match.start(), match.end()))
        at = match.end()
        number += 1


def _bracket_starts(rest: str) -> list[tuple[int, int]]:
    """(start of the label, start of the entry's text) of "[1]", "[2]", … in order."""
    found = _carried(rest, [], lambda number: rf"(?:^|(?<=\s))\[{number}\](?:[ \t]*\.)?[ \t]+")
    return found if found and found[0][0] == 0 else []


def _pipe_starts(rest: str) -> list[tuple[int, int]]:
    """The same for "1 |", "2 |", … (the first bar may be missing)."""
    first = re.match(r"1[ \t]+(?:\|[ \t]+)?(?=\S)", rest)
    if first is None:
        return []
    found = _carried(rest, [(0, first.end())], lambda number: rf"(?<=\s){number}[ \t]+\|[ \t]+")
    return found if len(found) >= 2 and "|" in rest[found[1][0] : found[1][1]] else []


def _after_an_entry(rest: str, at: int, match: re.Match[str]) -> bool:
    """Whether a bare numeral follows an entry's end and comes before an entry's opening."""
    before = rest[at : match.start()].split()
    return bool(_ENDS.search(before[-1] if before else "")) and _OPENS.match(rest, match.end()) is not None


def _bare_starts(rest: str) -> list[tuple[int, int]]:
    """The same for bare numerals, each after an entry's end and before an entry's opening."""
    first = re.match(r"1[ \t]+(?=\S)", rest)
    if first is None or not _OPENS.match(rest, first.end()):
        return []
    return _carried(
        rest,
        [(0, first.end())],
        lambda number: rf"(?<=\s){number}[ \t]+(?=\S)",
        lambda at, match: _after_an_entry(rest, at, match),
    )


def _arrow_starts(rest: str) -> list[tuple[int, int]]:
    """(start, start) of each note closed by "↩"; the first opens the rest."""
    if rest.count("↩") < _ENTRIES_MIN:
        return []
    found = [(0, 0)]
    for match in re.finditer(r"↩[ \t]*", rest):
        if match.end() < len(rest.rstrip()):
            found.append((match.start(), match.end()))
    return found


def _entries(rest: str) -> list[tuple[int, int, int]] | None:
    """(text start, text end, cut) of each entry in ``rest``, or None when no numbering carries."""
    for reader in (_bracket_starts, _pipe_starts, _bare_starts, _arrow_starts):
        starts = reader(rest)
        if len(starts) >= _ENTRIES_MIN:
            spans = []
            for index, (_, text_start) in enumerate(starts):
                end = starts[index + 1][0] if index + 1 < len(starts) else len(rest)
                spans.append((text_start, end, starts[index][0]))
            # Every entry says something ("Ibid." will do): "References [1] [2] [3]" (markers in a line)
            # is no list.
            if all(_ENTRY_WORD.search(rest, start, end) for start, end, _ in spans):
                return spans
            return None
    return None


def split_run_together_notes(text: str) -> SplitNotes | None:
    """``text`` with each run-together notes line split one entry a line, or None when none is."""
    if "\n" not in text and len(text) < 200:
        return None
    lines = text.split("\n")
    out: list[str] = []
    starts: list[tuple[int, int]] = []
    changed = False
    for number, line in enumerate(lines, start=1):
        heading = _HEADING.match(line)
        spans = _entries(line[heading.end() :]) if heading is not None else None
        if heading is None or spans is None:
            out.append(line)
            starts.append((number, 1))
            continue
        changed = True
        out.append(line[: heading.end()].rstrip())
        starts.append((number, 1))
        base = heading.end()
        for label, (text_start, end, _) in enumerate(spans, start=1):
            entry = line[base + text_start : base + end].rstrip().removesuffix("↩").rstrip()
            prefix = f"[{label}] "
            out.append("")
            starts.append((number, base + text_start + 1))
            out.append(prefix + entry)
            starts.append((number, max(1, base + text_start + 1 - len(prefix))))
    if not changed:
        return None
    return SplitNotes("\n".join(out), starts)
