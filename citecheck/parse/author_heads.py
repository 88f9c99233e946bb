"""A surname-and-initials author list left on the front of a title (GOST, DSTU, Vancouver order).

Branch p10-titles-residual reconstructed, for heldback-17 and -19 to -28, the titles of found notes
that were wrong at each part's first blind measurement (``benchmarks/first_blind_titles.py``) and
classed them by mechanism (fixtures/parse-eval/README.md, "Branch p10-titles-residual"). One
mechanism recurs in three parts and was still open on main: entries that open with their authors
written surname first, initials after ("López de Prado M. Advances in Financial Machine Learning.
Wiley, 2018." heldback-19's Ukrainian DSTU list; "Garey M. R., Johnson D. S. Computers and
Intractability: … – New York: …, 1979." heldback-22's Russian GOST thesis; "Fielding R. T.
Architectural Styles and the Design of Network-based Software Architectures. Doctoral dissertation.
…" heldback-23's Ukrainian DSTU list) kept all or part of the names on the title ("López de Prado M.
Advances …", "Johnson D. S. Computers …", "T. Architectural …"). Main handled the instances with one
one-word surname and one initial ("Smith J. Title", "Müller K. Title": the initial's stop read as a
sentence's end) and Cyrillic lists, not the general shape: a probe of 22 invented entries in five
lists (particles in the surname, two or three initials, two or three authors, semicolons, a comma in
the title; Spanish, Portuguese, Polish, Dutch, German, Czech and Ukrainian names) read 6 titles right
before this rule, 18 after (the four left are near misses read wrong by other rules already).

The rule (:func:`surname_initials_heads`): where an entry opens with such a list — one or more
names, each a surname of one to four words (short lower-case particles such as "de", "van", by their
shape, between or before capitalised ones) and one to three initials ("M.", "R. T.", "Yu."), set
apart by commas or semicolons, optionally "et al." / "и др." / "та ін.", then a capital, a digit or a
quote — and the title read starts inside that list and runs past it, the title is what follows the
list; a short title read after it (three words at most, no quotes anywhere in the entry: "Hull J.
Options, Futures, and Other Derivatives. Pearson, 2018." read as "Pearson", heldback-19) gives way to
the sentence right after the names. One list, one style: a third of the list's entries (two at least)
open so, else nothing changes. Left alone: a single name of several capitalised words with one
initial ("World War I. The Aftermath" is a title), a lone Roman-numeral initial ("Chapter V.
Results"), APA's names going on in lower case ("Serrano, L. H. y Herrera, L. K."), a lone
given-name-first "George R.R. Martin Quotes" (heldback-8's link list: no list of such heads), a quoted
title ('John D. C. Little, Stephen C. Graves, "Little's Law"', a calibration footnote), and a title
that would keep fewer than two words. Measured on every part (every note's fields compared): titles
heldback-19 +2, heldback-22 +1, heldback-23 +1, nothing else changed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from citecheck import lazyre

# A surname's particle ("de", "la", "van", "von", "der", "dos", "del"): a short lower-case word (by its
# shape, not a list) between or before the capitalised words.
_PARTICLE_LETTERS = 5
_WORD = r"[^\W\d_][\w'’\-]*"
# A hyphen joins initials ("J.-P."), never a dash between spaces: that sets names apart (below).
_INITIALS = r"(?:[^\W\d_]{1,2}\.\s?(?:-(?!\s))?){1,3}"
_NAME = rf"(?P<surname>{_WORD}(?:\s{_WORD}){{0,3}}),?\s(?P<initials>{_INITIALS})"
_ONE_NAME = lazyre.compile(_NAME)
# Names are set apart by a comma or semicolon, or by a dash between spaces: Slovak and Czech theses'
# ISO 690 lists written by hand ("Lane H. – Howard C. – Hapke H. M. Natural Language Processing …",
# "Moghrabi, C. - Moussa, S. E. - Eid, M. S. Natural language …": heldback-42's sk-iso690-nlp, 8 of
# its 12 notes).
_SEPARATOR = r"(?:[,;]|\s[-–])"
# Up to twenty names, as APA 7 lists them before its ellipsis; MDPI's template writes ten, then "et
# al." (fixtures/parse-eval-docx5 research-paper-mdpi-references-depression-immune.docx, entries 1 and
# 60 with ten and nine names, spent by branch s41-docx2: with at most eight here their titles kept
# the names after the eighth).
_MAX_NAMES = 20
_ET_AL = lazyre.compile(r"(?:et\s+al|и\s+др|та\s+ін)\.")
_HEAD = lazyre.compile(
    rf"^(?P<names>{_NAME}(?:{_SEPARATOR}\s{_NAME.replace('?P<surname>', '').replace('?P<initials>', '')})"
    rf"{{0,{_MAX_NAMES - 1}}})"
    r"(?:,?\s?(?:et\s+al|и\s+др|та\s+ін)\.)?\s+(?=[^\W\d_]|\d|[\"“«„])"
)
# The sentence after the authors: up to a full stop before a space and a capital (or the end).
_SENTENCE = lazyre.compile(r"(?P<title>[^.]{3,300}?)\.(?=\s+[^\W\d_]|\s*$)")
# A quoted title stands wherever it is ('John D. C. Little, Stephen C. Graves, "Little's Law"').
_QUOTES = lazyre.compile('["“”„«»]')
_NAME_SPLIT = lazyre.compile(rf"(?<=\.){_SEPARATOR}\s")

# ISO 690's imprint "Place: Publisher, …, Year." read onto the title after the names ("Socher R. – Bauer
# J. – Manning C. et al. Parsing With Compositional Vector Grammars. Stanford: Computer Science
# Department, Stanford University, 2013.": heldback-42's sk-iso690-nlp, 3 of its 12 notes): a last
# sentence "Place: Publisher" (the place one to three capitalised words, no stop in the publisher)
# whose text goes on after the title read with a comma and, in the same sentence, a year. A subtitle
# after a colon ("Deep Learning. Volume Two: Advanced Topics. Springer, 2019.") is not followed so.
_IMPRINT_TAIL = lazyre.compile(
    r"(?P<title>[^.]{3,300}?)\.\s+[^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’-]*){0,2}:\s[^.:]{2,160}$"
)
_IMPRINT_GOES_ON = lazyre.compile(r",[^.]{0,200}?\b(?:1[5-9]|20)\d\d\b")


class _Titled(Protocol):
    title: str | None


def _particle(word: str) -> bool:
    return word.isalpha() and word.islower() and len(word) <= _PARTICLE_LETTERS


def _plausible_name(name: str) -> tuple[bool, int, int]:
    """Whether one "Surname I." reads as a person (every surname word capitalised or a particle, the
    initials capitals); with the surname's capitalised words and the initials counted."""
    found = _ONE_NAME.fullmatch(name.strip())
    if found is None:
        return False, 0, 0
    words = found.group("surname").split()
    if not words[-1][0].isupper():
        return False, 0, 0
    if any(not (w[0].isupper() or _particle(w)) for w in words):
        return False, 0, 0
    initials = [i for i in re.split(r"[.\s-]+", found.group("initials")) if i]
    if any(not i[0].isupper() for i in initials):
        return False, 0, 0
    return True, sum(1 for w in words if w[0].isupper()), len(initials)


def author_head_end(text: str) -> int | None:
    """Where a surname-first, initials-after author list opening ``text`` ends (the title's start)."""
    found = _HEAD.match(text)
    if found is None:
        return None
    # "…; Faravelli, C.; et al. The Size …" (MDPI: "et al." after a semicolon) reads "et al." as a
    # name with the initials "al."; it closes the list, as after a comma.
    names = [
        n for n in _NAME_SPLIT.split(found.group("names")) if n.strip() and not _ET_AL.fullmatch(n.strip())
    ]
    readings = [_plausible_name(n) for n in names]
    if not all(ok for ok, _, _ in readings):
        return None
    if len(names) == 1:
        _, capitalised, initials = readings[0]
        words = names[0].split()
        particle = any(_particle(w) for w in words)
        if capitalised > 1 and initials == 1 and not particle:
            return None  # "World War I. The Aftermath", "Tanker War I."
        if initials == 1 and re.search(r"(?:^|\s)[IVX]\.\s?$", names[0]):
            return None  # "Chapter V. Results"
    following = text[found.end() : found.end() + 1]
    if following.isalpha() and not following.isupper():
        return None  # "Serrano, L. H. y Herrera, L. K." (APA's names go on after "y")
    return found.end()


def surname_initials_heads(fields: Sequence[_Titled], texts: Sequence[str]) -> None:
    """A title read from inside an entry's opening author list loses the list (see above)."""
    heads = [author_head_end(text.lstrip()) for text in texts]
    if sum(1 for end in heads if end is not None) < max(2, len(texts) // 3):
        return  # one list, one style: a lone "George R.R. Martin Quotes" is a title
    for entry, text in zip(fields, texts, strict=True):
        title = entry.title
        if not title:
            continue
        body = text.lstrip()
        end = author_head_end(body)
        if end is None:
            continue
        start = body.find(title)
        if start < 0 or start + len(title) <= end:
            continue
        if start >= end:
            skipped = _SENTENCE.match(body, end)
            if (
                skipped is not None
                and start >= skipped.end()
                and len(title.split()) <= 3
                and len(skipped.group("title").split()) >= 2
                and not _QUOTES.search(body)
            ):
                # "Hull J. Options, Futures, and Other Derivatives. Pearson, 2018.": the sentence
                # right after the authors is the title, not the publisher after it.
                entry.title = skipped.group("title")
            continue
        rest = title[end - start :].strip()
        imprint = _IMPRINT_TAIL.match(rest)
        if imprint is not None and _IMPRINT_GOES_ON.match(body, start + len(title)):
            rest = imprint.group("title")
        if len(rest.split()) >= 2:
            entry.title = rest
