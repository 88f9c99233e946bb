"""Content drift: does the page still say what it said when it was first archived?

Compares the main text of the earliest capture with the current one on word shingles, after
normalising away what changes without changing the content (digits, dates, counters, case).
Unicode, quotes and case go through the shared ``verify.textmatch.normalize``; dropping digits
and month names, and keeping paragraphs apart, is drift's own business.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from citecheck import lazyre

SHINGLE_SIZE = 3
# Below this many words in the earliest capture there is too little text to judge drift.
MIN_WORDS = 8

_WORD = lazyre.compile(r"\w+", re.UNICODE)
_DIGIT = lazyre.compile(r"\d")
# Date lines ("Updated 14 November 2025", "обновлено 14 ноября") change on every visit; with the
# digits gone, the month name is the only trace left, so it goes too.
# fmt: off
_MONTHS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря",
    "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
    "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
})
# fmt: on


def normalise_main_text(text: str) -> str:
    """The words of ``text`` that carry its content: one line per paragraph, words space-separated."""
    # Imported here: the archive stage runs in the main process, which otherwise never loads the
    # verify stage when workers verify (see citecheck.pipeline).
    from citecheck.verify.textmatch import normalize

    paragraphs = []
    for line in text.splitlines():
        words = [
            w
            for w in _WORD.findall(normalize(line))
            if not _DIGIT.search(w) and w not in _MONTHS and w != "_"
        ]
        if words:
            paragraphs.append(" ".join(words))
    return "\n".join(paragraphs)


def text_hash(normalised: str) -> str:
    """A stable key for a normalised text (the index stores each distinct text once)."""
    return "sha1:" + hashlib.sha1(normalised.encode("utf-8")).hexdigest()


def shingles(normalised: str, size: int = SHINGLE_SIZE) -> set[tuple[str, ...]]:
    """Word n-grams within each paragraph; a paragraph shorter than ``size`` is one shingle.

    Shingles never span paragraphs, so an inserted line (an ad, a "most read" box) costs nothing.
    """
    found: set[tuple[str, ...]] = set()
    for paragraph in normalised.splitlines():
        words = paragraph.split()
        if len(words) < size:
            if words:
                found.add(tuple(words))
            continue
        found.update(tuple(words[i : i + size]) for i in range(len(words) - size + 1))
    return found


@dataclass(frozen=True)
class Drift:
    """How much of the earliest text is still on the page, and whether that counts as drift."""

    similarity: float
    jaccard: float
    threshold: float
    earliest_words: int
    current_words: int

    @property
    def drifted(self) -> bool:
        return self.similarity < self.threshold


def compare_texts(earliest: str, current: str, threshold: float) -> Drift | None:
    """Compare two main texts; ``None`` when either side has too little text to judge.

    Similarity is the share of the earliest capture's shingles still present now (containment,
    not Jaccard): a page that gained a menu, an ad block or a comment thread still says what the
    author read, while a rewritten or replaced page loses most of its old shingles.
    """
    old = normalise_main_text(earliest)
    new = normalise_main_text(current)
    old_words, new_words = len(old.split()), len(new.split())
    # An empty current text usually means extraction failed (a script-only page), not that the
    # content changed; staying quiet beats a false alarm.
    if old_words < MIN_WORDS or new_words == 0:
        return None
    before, after = shingles(old), shingles(new)
    shared = len(before & after)
    return Drift(
        similarity=round(shared / len(before), 4),
        jaccard=round(shared / len(before | after), 4),
        threshold=threshold,
        earliest_words=old_words,
        current_words=new_words,
    )
