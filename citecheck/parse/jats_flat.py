"""Titles of a reference list whose JATS XML was flattened to text, its fields glued together.

A tool that takes an article's JATS XML (PubMed Central's, MDPI's) to Markdown or text by keeping each
element's text and dropping the markup writes every reference as its authors, one a line, the surname
glued to the initials ("MarmotM.", "WilkinsonR.G.", "Malagón-AguileraM.C."), or the issuing body on a
line of its own ("World Health Organization", "European Commission"), then one line holding the title,
the container, the year, the volume, the pages, the DOI and the PMID run together without spaces or
stops: "Health and the Psychosocial Environment at WorkSocial Determinants of Health2nd ed.Oxford
University PressStrasbourg, France200613: 9780198565895", "A continuity theory of normal
ageingGerontologist19892918319010.1093/geront/29.2.1832519525", "Green Paper on Aging2021Available online:
https://…(accessed on 9 January 2023)". Data: fixtures/parse-eval en-mdpi-article-jats-text-flattened-
references-names-glued-available-online-accessed-on.md (an MDPI article on digital coaching, branch
s41-hunt14's p41hunt14, fourteen entries copied of fifty: none of the fourteen titles read, the names
or the glued line taken for them); find_string "(accessed on " found the shape; the eval held none.

Rules (:func:`jats_flat_titles`):

- The list is one of the shape where three of its entries at least, and half of them, open with a line
  that is a glued name (a surname of letters, hyphens and apostrophes, perhaps after one capitalised word,
  its last letter in lower case, then initials "X." run on: "Van DyckD.", "O’BrienN.") and have a line
  after their names.
- In such a list the title line is the first non-empty line after the entry's glued names, or, in an
  entry opening with no glued name, the second line when the first is a body's name (six words at most,
  no digit, nothing glued).
- The title is that line up to its first glue: a lower-case letter, a closing bracket, a question or
  exclamation mark or a closing quote run straight into a capital or a digit ("Work|Social",
  "well-being|Eur.", "(SHARE)|PLoS", "Aging|2021", "You Need It|Available"). Two words at least; else
  the entry keeps what was read. A publisher read from a name or from the glued line goes.

Left alone: a list with fewer such entries (a name glued to its initials once is a typing slip), and a
line whose title itself runs a capital into lower case after a lower-case letter ("JavaScript") in a list
not of this shape. A title ending in a place glued to the publisher ("…Patient Activation LondonThe
King’s Fund") keeps the place: nothing tells it from the title's last word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from citecheck import lazyre


class _Titled(Protocol):
    title: str | None
    publisher: str | None


_GLUED_NAME = lazyre.compile(r"(?:[A-ZÀ-Ý][\w'’-]*\s)?[A-ZÀ-ÝÇ][\w'’-]*[a-zà-ÿß](?:[A-Z]\.)+(?:Jr\.)?")
_BODY_NAME_WORDS = 6
_GLUE = lazyre.compile(r"(?<=[a-zà-ÿß)?!’”\"])(?=[A-Z]|\d)")
_LIST_ENTRIES = 3


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def _named_lines(lines: Sequence[str]) -> int:
    count = 0
    while count < len(lines) and _GLUED_NAME.fullmatch(lines[count]):
        count += 1
    return count


def _title_line(lines: Sequence[str]) -> str | None:
    names = _named_lines(lines)
    if names:
        return lines[names] if names < len(lines) else None
    if len(lines) >= 2:
        first = lines[0]
        if (
            len(first.split()) <= _BODY_NAME_WORDS
            and not any(c.isdigit() for c in first)
            and not _GLUE.search(first)
        ):
            return lines[1]
    return None


def _cut(line: str) -> str | None:
    glue = _GLUE.search(line)
    title = (line[: glue.start()] if glue is not None else line).strip(" .,;:")
    return title if len(title.split()) >= 2 else None


def jats_flat_titles(fields: Sequence[_Titled], texts: Sequence[str]) -> None:
    """The titles of a list of flattened JATS references (see above)."""
    lines_of = [_lines(text) for text in texts]
    shaped = sum(1 for lines in lines_of if 0 < _named_lines(lines) < len(lines))
    if shaped < _LIST_ENTRIES or 2 * shaped < len(fields):
        return
    for entry, lines in zip(fields, lines_of, strict=True):
        line = _title_line(lines)
        title = _cut(line) if line is not None else None
        if title is not None and not re.match(r"https?://", title):
            entry.title = title
            publisher = (entry.publisher or "").strip(" .")
            if publisher and (
                _GLUE.search(publisher) or _GLUED_NAME.fullmatch(publisher + ".") or publisher in title
            ):
                entry.publisher = None  # a name, or a run of the glued line, read as the publisher
