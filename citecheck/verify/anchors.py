"""Section links: does the page still hold the part of it a cited URL points at?

A citation often links a section or a note of a long page — ``…/wiki/Kars#History``,
``docs.python.org/3/library/os.html#os.fork``, ``…/report.html#_ednref9``. When the page is
rewritten and the section renamed, the link still answers 200 but lands a reader at the top of
the page, and nothing says where the cited passage was. Link checkers check this on request
(lychee's ``--include-fragments``, LinkChecker's anchor check, htmltest); citecheck reports it as
the warning ``anchor-not-found``.

**How the browser finds a fragment** (HTML standard, "the indicated part of the document"): an
element whose ``id`` is the fragment, else an ``<a name>``; then the same with the fragment
percent-decoded; ``top`` and the empty fragment mean the top of the page. This module finds the
fragment that way, and leniently beyond it, because a false alarm costs more than a missed one:
ignoring case and treating spaces and underscores alike, reading MediaWiki's legacy ``.C3.A9``
encoding, and GitHub's ``user-content-`` prefix (its README headings carry that id; a script
scrolls to the bare name).

**Fragments not judged** (:func:`citecheck.fragments.element_fragment` returns None): a text fragment's directive
(``#:~:text=``, checked as a quotation by :mod:`citecheck.verify.quotes`), application state and
routes (``#/docs``, ``#!api=…``, ``#t=8m53``, ``#page=12``, ``#v=onepage&q=…``: anything with
``/ = & ! ?``), and the share-tracking marks pasted with a copied link (AddThis's
``#.VAHVV_mSweg``, Tynt's ``#ixzz2YZhPYeME``, AdSense's ``#google_vignette``). Those shapes were
read off the real documents of the parse eval: of the 288 distinct cited URLs with a fragment in
fixtures/parse-eval and fixtures/eval (2026-12-07), most that were not section names were one of
them.

**Pages not judged** (:func:`index_page` returns None): a page whose anchors may be written by its
scripts. A reader's browser runs them; citecheck does not. A page is judged only when its own
markup already names its parts — a heading (or an element inside one) with an ``id``, a
``<section id>``, or an ``<a name>`` — so a page that leaves its headings bare for a
table-of-contents script to number (tocbot and its kind) is not called wrong for a fragment the
script would have made. Pages with little text (application shells) and bodies cut at the size
cap are not judged either.

Measured on real pages' own in-page links (``<a href="#…">`` in their content, each a fragment
the page's authors meant to work; benchmarks/anchors.py, figures in its docstring): on 531 judged
pages of trafilatura's evaluation set, 666 of 736 found, the other 70 all script handles (comment,
share and player buttons) whose target the saved page lacks; held back, readability's 66 judged
pages 1,157 of 1,160. ``MIN_TEXT_CHARS`` is the soft-404 check's bar, not fitted here.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from citecheck import lazyre
from citecheck.fragments import SEPARATORS

# A page with less main text than this is an application shell or a stub: its parts, if any, are
# written by scripts (the soft-404 check's bar for "an app shell", fetch.soft404.MIN_COMPARABLE_TEXT).
MIN_TEXT_CHARS = 300
# At most this many anchors are read per page (a rendered Wikipedia article holds 1,000–3,000:
# every note and back-link has one). A page with more is judged only for the names it lists first.
MAX_ANCHORS = 20_000
# MediaWiki's legacy fragment encoding: "Caf.C3.A9" for "Café".
_LEGACY_BYTE = lazyre.compile(r"\.([0-9A-F]{2})")


def _key(name: str) -> int:
    """How a name is compared: case, spaces and underscores aside, as a 32-bit digest (a digest
    that collides can only hide a missing anchor, never invent one)."""
    folded = SEPARATORS.sub("_", name.strip()).casefold()
    return zlib.crc32(folded.encode("utf-8", "surrogatepass"))


def _forms(fragment: str) -> Iterable[str]:
    """The names a browser, or a site's own script, may read ``fragment`` as."""
    yield fragment
    decoded = unquote(fragment, errors="replace")
    yield decoded
    if _LEGACY_BYTE.search(decoded):
        legacy = unquote(_LEGACY_BYTE.sub(r"%\1", decoded), errors="replace")
        if "\ufffd" not in legacy:
            yield legacy


@dataclass(frozen=True)
class AnchorIndex:
    """The names of a page's parts, as :func:`_key` digests."""

    keys: frozenset[int]

    def holds(self, fragment: str) -> bool:
        """Whether the page has a part ``fragment`` names, read leniently."""
        return any(_key(form) in self.keys for form in _forms(fragment))


_ANCHOR_NAMES = "//@id | //a/@name"
# A page that names its parts itself: a heading with an id (on it or on an element inside it,
# as MediaWiki's older "mw-headline" spans), a section with an id, or a named anchor.
_OWN_ANCHORS = (
    "boolean(//*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6]"
    "[@id or .//*[@id] or .//a[@name]] | //section[@id] | //a[@name])"
)


def index_page(tree: Any) -> AnchorIndex | None:
    """The anchors of an lxml HTML ``tree``, or None when its markup does not name its parts
    itself (see the module's docstring). Read before anything edits the tree (trafilatura)."""
    if tree is None:
        return None
    try:
        if not tree.xpath(_OWN_ANCHORS):
            return None
        names: list[str] = tree.xpath(_ANCHOR_NAMES)
    except Exception:  # lxml on hostile markup
        return None
    keys: set[int] = set()
    for name in names[:MAX_ANCHORS]:
        name = str(name)
        keys.add(_key(name))
        if name.startswith("user-content-"):
            keys.add(_key(name[len("user-content-") :]))
    return AnchorIndex(frozenset(keys))


def judge(index: AnchorIndex | None, text_chars: int, fragments: Iterable[str]) -> dict[str, bool]:
    """For each fragment, whether the page of ``index`` (main text ``text_chars`` long) holds the
    part it names; {} when the page is not judged."""
    if index is None or text_chars < MIN_TEXT_CHARS:
        return {}
    return {fragment: index.holds(fragment) for fragment in fragments if fragment}


__all__ = ["AnchorIndex", "index_page", "judge"]
