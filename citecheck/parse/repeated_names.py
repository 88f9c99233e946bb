"""Link texts that name who published, not what: a list whose entries are one link each and whose
link texts repeat over different addresses (:func:`names_not_titles`)."""

from __future__ import annotations

from collections import Counter

from citecheck import lazyre
from citecheck.models import Footnote

# A news digest lists under each story the outlets or commentators that covered it, one link each,
# "- [Onlar TV](https://www.youtube.com/watch?v=44YKvU4Klmg) (⏱️ 00:00-24:28)", and the same names
# come back under the next story with other videos (heldback-36's Turkish digest: 11 links, 8 of them
# under a name written twice). A work's title names one work; a text that links two different
# addresses in one list names their source, so it is the entries' publisher, not their title. The
# judgement is the list's: when half its link-only entries at least (four at least) share their text
# with another entry, every link-only entry of it is read so; a list where one text repeats
# ("Documentation" twice among ten titles) keeps its titles.
_SHARED_MIN = 4
# What may follow the link in such an entry: a short note in brackets ("(⏱️ 01:07-03:23)", "(PDF)").
_TRAILING_NOTE = lazyre.compile(r"\s*(?:\([^()]{1,40}\))?\s*")


def _link_only(footnote: Footnote) -> bool:
    """Whether the entry is its title (the link's text), its one address and at most a short note."""
    title = footnote.title
    if not title or footnote.url is None or len(footnote.urls) != 1 or footnote.kind != "footnote":
        return False
    return footnote.raw.startswith(title) and _TRAILING_NOTE.fullmatch(footnote.raw[len(title) :]) is not None


def names_not_titles(footnotes: list[Footnote]) -> list[Footnote]:
    """The footnotes, the titles of a list of repeated link names read as publishers (see above)."""
    linked = [fn for fn in footnotes if _link_only(fn)]
    addresses: dict[str, set[str]] = {}
    for fn in linked:
        addresses.setdefault((fn.title or "").casefold(), set()).add(fn.url or "")
    counts = Counter((fn.title or "").casefold() for fn in linked)
    shared = [fn for fn in linked if counts[(fn.title or "").casefold()] > 1]
    if len(shared) < _SHARED_MIN or 2 * len(shared) < len(linked):
        return footnotes
    if any(len(addresses[(fn.title or "").casefold()]) < 2 for fn in shared):
        return footnotes  # the same work listed twice, not one source's several works
    for fn in linked:
        fn.publisher, fn.title = fn.title, None
    return footnotes
