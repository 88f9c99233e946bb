"""A source list without addresses and, after it, a block pairing a short name of each source with
its address (:func:`urls_from_name_block`).

A research assistant's export may list its sources as "2. Crossref. Access and authentication (REST
API): … (дата обращения: 05.04.2026)." with no link, and give the links apart in a code block, one a
line, "Crossref: https://…", "OpenAlex auth: https://…", "Semantic Scholar license: https://…"
(heldback-36's Russian BioETL specification: 12 entries, 11 addresses so, every one lost). Each line
goes to the one entry without an address whose first sentence holds the line's first word and whose
text holds most of the line's words (a word matches a word it begins: "auth" in "Authentication");
ties are settled by the lines already placed ("Semantic Scholar license" goes first to the entry
that names a licence, "Semantic Scholar API" then to the other). A line that fits no entry or two
alike gives nothing. Three such lines at least, every line of the block so written; a code block of
settings ("timeout: 30") or of addresses alone is not read.
"""

from __future__ import annotations

import re

from citecheck import lazyre
from citecheck.models import Footnote

_FENCED = lazyre.compile(
    r"^ {0,3}(`{3,}|~{3,})[^\n]*\n(?P<body>.*?)\n {0,3}\1[ \t]*$", re.MULTILINE | re.DOTALL
)
_NAME_LINE = lazyre.compile(r"[ \t]*(?P<name>[^\s:][^:\n]{0,60}?):[ \t]+(?P<url>https?://\S+)[ \t]*")
_WORD = lazyre.compile(r"[^\W_]+")
_LINES_MIN = 3
# A name block lists a document's sources (the studied one, eleven); a block of hundreds of "key: URL"
# lines is data, not read.
_LINES_MAX = 200


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def _head(raw: str) -> str:
    stop = raw.find(". ")
    return raw if stop < 0 else raw[:stop]


def _matches(word: str, words: list[str]) -> bool:
    """Whether a word of the entry begins with ``word`` ("auth" in "authentication"); a number only
    matches itself ("7" is not in "70")."""
    if word.isdigit():
        return word in words
    return any(other.startswith(word) for other in words)


def _candidates(name: str, notes: list[tuple[list[str], list[str]]]) -> dict[int, int]:
    """Each fitting note's index and how many of the name's words its text holds (``notes``: each
    note's first-sentence words and all its words)."""
    words = _words(name)
    if not words:
        return {}
    found: dict[int, int] = {}
    for index, (head, text) in enumerate(notes):
        if _matches(words[0], head):
            found[index] = sum(_matches(word, text) for word in words)
    return found


def urls_from_name_block(text: str, footnotes: list[Footnote]) -> None:
    """Give footnotes without an address the address a name block after them pairs with them (see
    above); in place."""
    if "://" not in text or ("```" not in text and "~~~" not in text) or all(fn.url for fn in footnotes):
        return
    for fence in _FENCED.finditer(text):
        lines = [line for line in fence.group("body").split("\n") if line.strip()]
        pairs = [_NAME_LINE.fullmatch(line) for line in lines]
        if not _LINES_MIN <= len(lines) <= _LINES_MAX or any(pair is None for pair in pairs):
            continue
        _place([(p.group("name"), p.group("url")) for p in pairs if p is not None], footnotes)


def _place(pairs: list[tuple[str, str]], footnotes: list[Footnote]) -> None:
    open_notes = [fn for fn in footnotes if fn.url is None and fn.kind == "footnote"]
    words = [(_words(_head(fn.raw)), _words(fn.raw)) for fn in open_notes]
    options = [_candidates(name, words) for name, _ in pairs]
    placed: dict[int, str] = {}
    progress = True
    while progress:
        progress = False
        for (_, url), scores in zip(pairs, options, strict=True):
            left = {i: s for i, s in scores.items() if i not in placed}
            if not left or url in placed.values():
                continue
            best = max(left.values())
            top = [i for i, s in left.items() if s == best]
            if len(top) == 1 and best >= 1:
                placed[top[0]] = url
                progress = True
    for index, url in placed.items():
        open_notes[index].url = url
        open_notes[index].urls = [url]
