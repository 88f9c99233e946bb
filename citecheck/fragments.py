"""The fragment of a cited URL that names a part of its page (``#History``), read without the page.

Light on purpose: the main process reads it for every cited URL (:mod:`citecheck.pipeline` asks
the page readers to judge those parts, :mod:`citecheck.link_findings` words the verdict), and it
must not import the verify stage. What is judged, and why these fragments are not, is told in
:mod:`citecheck.verify.anchors`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING
from urllib.parse import unquote

from citecheck import lazyre
from citecheck.models import link_key

if TYPE_CHECKING:
    from citecheck.models import Document

# Longer "fragments" are data, not the name of a part of a page.
MAX_FRAGMENT_CHARS = 200
# Routes and application state: "#/docs", "#!api=gtk", "#t=8m53", "#page=12", "#v=onepage&q=…".
_STATE = lazyre.compile(r"[/=&!?]")
# Marks that share buttons and copy trackers add to a copied link.
_TRACKING = lazyre.compile(r"^(?:\.[A-Za-z0-9_-]{6,}|ixzz[A-Za-z0-9]{4,}|google_vignette)$")


def element_fragment(url: str | None) -> str | None:
    """The part of ``url``'s fragment that names an element of the page, or None when there is
    none worth judging (:mod:`citecheck.verify.anchors` says which are not).

    >>> element_fragment("https://a.example/wiki/Kars#History")
    'History'
    >>> element_fragment("https://a.example/r#sec-2:~:text=tariffs")
    'sec-2'
    >>> [element_fragment(u) for u in ("https://a.example/#/docs", "https://a.example/p#top", "https://a.example/p")]
    [None, None, None]
    """
    if not url or "#" not in url:
        return None
    fragment = url.split("#", 1)[1].split(":~:", 1)[0]
    if not fragment or len(fragment) > MAX_FRAGMENT_CHARS:
        return None
    decoded = unquote(fragment)
    if decoded.lower() == "top" or _STATE.search(decoded) or _TRACKING.match(decoded):
        return None
    return fragment


# Spaces and underscores, which section names and their fragments use alike ("Early_life").
SEPARATORS = lazyre.compile(r"[_\s]+")


def readable(fragment: str) -> str:
    """A fragment as a reader would name the section: "Early_life" → "Early life"."""
    return SEPARATORS.sub(" ", unquote(fragment, errors="replace")).strip()


def cited_parts(
    documents: Iterable[Document], into: dict[str, set[str]] | None = None
) -> dict[str, set[str]]:
    """The parts of pages (``#History``) the documents' footnotes cite, by the address each page is
    fetched by (:func:`~citecheck.models.link_key`): what a page's reader is asked to judge. Added to
    ``into`` when given (a run adds each document's as it is parsed)."""
    parts: dict[str, set[str]] = {} if into is None else into
    for document in documents:
        for footnote in document.footnotes:
            if footnote.url and (fragment := element_fragment(footnote.url)) is not None:
                parts.setdefault(link_key(footnote.url), set()).add(fragment)
    return parts


__all__ = ["SEPARATORS", "cited_parts", "element_fragment", "readable"]
