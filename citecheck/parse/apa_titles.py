"""APA references whose title the entry's own rules cut short: the title is all that stands between
the date group and the italic container.

An APA 7 reference of an article or a web page reads "Authors. (Date). Title. *Container*, …. URL":
the container (journal, newspaper, site) is italic and the title before it is not. The entry's
own rules part the head at marks inside the title, and read a piece of it as the title and the
next as the publisher: a question closing the title's first half ("How Many People Live in Political
Bubbles on Social Media? Evidence From Linked Survey and Twitter Data. *SAGE Open*"), initials inside
it (", U.S. Officials Say. *The New York Times*"), a quoted phrase opening it ("‘Dark Ships’ Emerge
From the Shadows of the Nord Stream Mystery. *Wired*"), an organisation's name closed by a stop
before the date ("East StratCom Task Force. (2022). EUvsDiSiNFO Database. *European Union External
Action Services*"), a colon inside the container ("*Journal of Statistical Mechanics: Theory and
Experiment*"): heldback-28's English APA report, five of its twelve entries.

:func:`titles_before_containers` reads such an entry again: where the text has an APA date group
("(2019).", "(2022, November 11).") followed by words, then a stop and an italic run that is the
container, and the title read before is a piece of those words or the text before the date group,
the words are the title and the italic run the publisher. The words must not hold "In" opening an
edited volume ("Chapter. In E. Editor (Ed.), *Book*"), nor be empty (a book's title is the italic
run itself, right after the date group: "Author (2020). *Book Title*. Publisher."), nor double
quotes (Wikipedia's '(2009). "Chapter 6: Graphs" (PDF). *Journal*', whose quotation rules read the
title without the quotes and "(PDF)": seven calibration titles), and hold two words at least.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from citecheck import lazyre
from citecheck.parse.styles import Mark, without_software_tail

# APA's date group: a year, perhaps a month and day or a letter, in brackets, closed by a stop.
_DATE_GROUP = lazyre.compile(r"\((?:19|20)\d{2}[a-z]?(?:,\s*[^()]{3,25})?\)\.\s+")
_IN_VOLUME = lazyre.compile(r"(?:^|[.,]\s+)In(?::|\s+[A-Z])")
_TITLE_MAX = 300
# A title in double quotes ('(2009). "Chapter 6: Graphs" (PDF). *Journal*': Wikipedia's citation
# templates, calibration pages) is read by the quotation rules, the quotes and "(PDF)" left out.
_DOUBLE_QUOTES = lazyre.compile(r'["“”«»„]')


class _Fields(Protocol):
    title: str | None
    publisher: str | None


def _container_title(text: str, marks: Sequence[Mark]) -> tuple[str, str, int] | None:
    """(title, container, where the date group starts) of an APA head written "(Date). Title.
    *Container*", or None."""
    date = _DATE_GROUP.search(text)
    if date is None:
        return None
    for mark in marks:
        if mark.kind != "em" or len(mark.text) < 2:
            continue
        at = text.find(". " + mark.text, date.end())
        if at == -1:
            continue
        title = text[date.end() : at].strip()
        title = without_software_tail(title, text)
        if (
            len(title.split()) < 2
            or len(title) > _TITLE_MAX
            or _IN_VOLUME.search(title)
            or _DOUBLE_QUOTES.search(title)
        ):
            return None
        return title, mark.text.strip(), date.start()
    return None


def titles_before_containers(
    fields: Sequence[_Fields], items: Sequence[tuple[str, Sequence[str], Sequence[Mark]]]
) -> None:
    """Each APA entry whose title was read as a piece of its title, or as its author, gets the
    words between its date group and its container (see the module's docstring)."""
    for entry, (text, _, marks) in zip(fields, items, strict=True):
        flat = " ".join(text.split())
        found = _container_title(flat, marks)
        if found is None or entry.title is None:
            continue
        title, container, date_at = found
        read = entry.title.strip()
        if read == title or not (read in title or read in flat[:date_at]):
            continue
        entry.title, entry.publisher = title, container
