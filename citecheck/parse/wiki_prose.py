"""A note whose sentence runs through its link: the words before the link are prose, no title.

A reference list's explanatory note names its source inside a sentence: "Die Werte für die
Eigenschaften (Infobox) sind, wenn nicht anders angegeben, aus <a>www.webelements.com (Helium)</a>
entnommen." (the German Wikipedia's "Helium", notes 2, 5 and 9 of its "Einzelnachweise" in
fixtures/parse-eval-wiki, three of its first twelve). The entry reader takes the text before the link
as the title, as it rightly does for "Title. <link>" or "Title, <link>"; here that text stops on a
bare word, no stop, comma, colon, bracket or quote closing it, and the sentence goes on after the
link with a few lower-case words and its full stop. That shape is a clause cut by the link, not a
title followed by its address, so the note gets no title from it.
"""

from __future__ import annotations

from collections.abc import Sequence

from citecheck.parse.styles import Mark

# At most this many words may follow the link before the sentence's stop ("… aus LINK entnommen.",
# one word; a verb group such as "… von LINK übernommen worden." has three).
_TAIL_WORDS_MAX = 3


def _continuation(tail: str) -> bool:
    """Whether ``tail`` (what follows the link) is one to three lower-case words closing the
    sentence: letters only, each word opening in lower case, at most a full stop or exclamation
    mark after them."""
    words = tail.strip().rstrip(".!").split()
    return 0 < len(words) <= _TAIL_WORDS_MAX and all(word.isalpha() and word[0].islower() for word in words)


def prose_through_link(text: str, head: str, title: str | None, marks: Sequence[Mark]) -> str | None:
    """``title``, or None where the note's sentence runs through its link (see the module).

    ``text`` is the note, ``head`` its part before the first URL, ``title`` what was read from the
    head, ``marks`` the note's marked runs. It fires only where a link with an address starts where
    the head ends, the head ends on a lower-case word (no punctuation between it and the link), the
    title reaches that word, and one to three lower-case words and the stop follow the link.
    """
    if not title:
        return title
    bare = head.rstrip()
    words = bare.split()
    if not words or not words[-1].isalpha() or not words[-1][0].islower():
        return title
    if not bare.endswith(title.rstrip()):
        return title
    for mark in marks:
        if mark.kind != "link" or not mark.href or not mark.text.strip():
            continue
        at = text.find(mark.text, len(bare))
        if at == -1 or text[len(bare) : at].strip():
            continue
        if _continuation(text[at + len(mark.text) :]):
            return None
    return title
