"""Titles of references copied from ScienceDirect's "Export citation" text.

ScienceDirect (Elsevier) exports a reference as plain text in one fixed order, every field after a
comma: "Given Surname, Given Surname, Title, Journal, Volume 111, 2019, Pages 386-393, ISSN
1364-8152, https://doi.org/10.1016/…. (https://www.sciencedirect.com/science/article/pii/…)"
(an "Issue 3," after the volume where the journal has issues, an article number in place of the
pages). Students paste it as it comes into their lists. The names are written given name first, so
the reference grammar took the second author for the title ("Trent D. Penman", "João Paulo
Teixeira": fixtures/parse-eval-docx6's Italian thesis, 2 of 13 entries). Public READMEs cite so too
("…, A snow-free vegetation index for improved monitoring of vegetation spring green-up date in
deciduous ecosystems, Remote Sensing of Environment, Volume 196, 2017, Pages 1-12, ISSN 0034-4257,
https://doi.org/…").

Read by its tail ("Journal, Volume N, [Issue N,] Year, Pages p-q" or an article number, as
ScienceDirect writes them): the piece before the journal, once the leading names are set aside, is
the title. A name is two to five words, each capitalised, an initial ("G.") or a surname particle
("de", "van"); the title keeps one piece at least even where every piece looks like a name ("J.
Doe, Deep Learning, …"). No threshold.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from citecheck import lazyre

_TAIL = lazyre.compile(
    r",\s*(?P<journal>[^,]{2,160}?),\s*Volume\s+\d+[A-Za-z]?,\s*(?:Issue\s+[\w–-]+,\s*)?(?:19|20)\d{2},"
    r"\s*(?:Pages?\s+[\w–-]+|\d{3,})\s*(?:,|\.|$)"
)
_PARTICLES = frozenset(
    [
        "de",
        "da",
        "das",
        "do",
        "dos",
        "del",
        "della",
        "di",
        "du",
        "la",
        "le",
        "van",
        "von",
        "der",
        "den",
        "ten",
        "ter",
        "y",
        "e",
        "bin",
        "al",
    ]
)
_NAME_WORD = lazyre.compile(r"[A-Z\u00c0-\u00de][\w'’\u00c0-\u024f.-]*|[A-Z]\.")


class _Fields(Protocol):
    title: str | None


def _is_name(piece: str) -> bool:
    words = piece.split()
    if not 2 <= len(words) <= 5:
        return False
    named = [w for w in words if w.casefold() not in _PARTICLES]
    return len(named) >= 2 and all(_NAME_WORD.fullmatch(w) for w in named) and named[0] == words[0]


def sciencedirect_title(text: str) -> str | None:
    """The title of a reference in ScienceDirect's export order, or None where ``text`` is not one."""
    tail = _TAIL.search(text)
    if tail is None:
        return None
    pieces = [p.strip() for p in text[: tail.start()].split(",")]
    if len(pieces) < 2 or not _is_name(pieces[0]):
        return None
    authors = 1
    while authors < len(pieces) - 1 and _is_name(pieces[authors]):
        authors += 1
    title = ", ".join(pieces[authors:]).strip(" .")
    return title or None


def sciencedirect_titles(fields: Sequence[_Fields], texts: Sequence[str]) -> None:
    """Set the title of each entry written in ScienceDirect's export order (see the module)."""
    for entry, text in zip(fields, texts, strict=True):
        title = sciencedirect_title(text)
        if title is not None:
            entry.title = title
