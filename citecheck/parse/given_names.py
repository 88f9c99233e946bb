"""Author lists written given name first, "Given Surname, Given Surname, and Given Surname. Title.
Venue, year." (:func:`given_name_heads`).

The machine-learning conferences' bibliography styles (NeurIPS, ICML, ICLR, CVPR: natbib's plainnat
and its kin) print every author's full name given name first, join them with commas and a last
"and", close the list with a stop and put the title in the next sentence; a PDF copy adds the pages
that cite the entry after it ("… Distill, 2020. https://distill.pub/2020/circuits. 2"), and a preprint
with no venue closes its title with the year ("Qlora: Efficient finetuning of quantized llms, 2023.
1"). heldback-36's SAE paper list copied from its PDF (12 entries): the names were split at their
commas and one taken for the title ("Trenton Bricken", "Shan Carter, Gabriel Goh, …"), or the title ran
on over the venue and the page numbers, or kept the year: 7 of 12 titles wrong. Where three entries of
a list at least open so, each such entry's title is the sentence after its names, without a closing
", year"; it replaces a title read inside the names, none, or one that runs on past that sentence.
A list whose entries open with one name alone ("Gytis Daujotas. Interpreting …") is not judged by
this rule, nor an entry whose names hold anything but capitalised words, initials and particles.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from citecheck import lazyre


class _Titled(Protocol):
    title: str | None
    publisher: str | None


# One name: two to five words, each capitalised (only an initial takes a stop) or a surname
# particle, the last a capitalised word; a PDF's loose accent ("Daphne ` Ippolito") is passed over.
_WORD = r"(?:[A-Z][a-z]?\.|[A-Z][\w'’-]*|(?:de|van|von|der|den|da|del|di|du|la|le|dos|das)(?=\s)|[`´¨ˆ˜])"
_NAME = rf"{_WORD}(?:\s{_WORD}){{0,3}}\s[A-Z][\w'’-]+"
_GIVEN_NAME_HEAD = lazyre.compile(
    rf"(?P<names>{_NAME}(?:,\s{_NAME}){{0,60}},?\sand\s{_NAME})\.\s+(?P<title>[^\s.].*?[^\s.])(?:\.(?:\s|$)|$)"
)
_CLOSING_YEAR = lazyre.compile(r",\s(?:19|20)\d{2}[a-z]?$")
_HEADS_MIN = 3


def _head_title(line: str) -> tuple[str, str] | None:
    """The names and the title sentence after them, or None where the entry does not open so."""
    match = _GIVEN_NAME_HEAD.match(line)
    if match is None:
        return None
    title = _CLOSING_YEAR.sub("", match.group("title")).strip()
    return (match.group("names"), title) if len(title.split()) >= 2 else None


def given_name_heads(fields: Sequence[_Titled], flat: Sequence[str]) -> None:
    """Titles of a list of given-name-first author lists, each the sentence after its names (see
    above); in place."""
    heads = [_head_title(line) for line in flat]
    if sum(head is not None for head in heads) < _HEADS_MIN:
        return
    for entry, head in zip(fields, heads, strict=True):
        if head is None:
            continue
        names, title = head
        if (
            entry.title is None
            or entry.title in names
            or (entry.title != title and entry.title.startswith(title))
        ):
            entry.title = title
            if entry.publisher is not None and (entry.publisher in names or entry.publisher in title):
                entry.publisher = None  # a name of the list, or the title, is no publisher


# A reference list whose entries open with their authors and the year ("Perihanoglu, G. 2015. Title.",
# "Gonzales, R. C., & Woods, R. E. (2008). Title.") may close with web sources that name only who wrote
# them before the address, "Venelin Valkov https://medium.com/…", "Chris McCormick https://…"
# (heldback-36's Turkish thesis list, eight dated author entries and two such). In such a list, as in
# one the head shapes already call author-date, an entry whose text before its address is a name alone
# (styles.head_shape "name") names its author: no title (nor a publisher: a person). A list of titles
# ("React Documentation https://…" among title-first entries) keeps them.
_DATED_AUTHORS = lazyre.compile(
    r"[A-Z][\w'’-]+,\s(?:[A-Z]\.|[A-Z][a-z]+)[^\n]{0,300}?(?:\((?:19|20)\d{2}[a-z]?\)\.?|\s(?:19|20)\d{2}[a-z]?\.)\s"
)
_DATED_AUTHORS_MIN = 3


class _Shaped(Protocol):
    title: str | None
    publisher: str | None
    head_shape: str | None


def name_only_authors(fields: Sequence[_Shaped], flat: Sequence[str]) -> None:
    """In a list of dated author entries, a name alone before an address is the author (see above);
    in place."""
    dated = sum(_DATED_AUTHORS.match(line) is not None for line in flat)
    if dated < _DATED_AUTHORS_MIN or 2 * dated < len(flat):
        return
    for entry in fields:
        if entry.head_shape == "name" and entry.title is not None:
            entry.title = None  # a person, who wrote it: neither its title nor its publisher
