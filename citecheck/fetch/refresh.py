"""A page's ``<meta http-equiv="refresh" content="0; url=…">``: where a browser would take a reader next.

Redirect stubs answer 200 with a page whose only work is to send the browser on: Jekyll's
``jekyll-redirect-from``, Hugo's aliases, MkDocs' and Sphinx's redirect plugins, and old sites'
"this page has moved" notices all write a meta refresh. A checker that stops at the stub calls the
link alive and then judges the cited claim against a page that says "Redirecting…". Browsers
follow it; so does :meth:`citecheck.fetch.fetcher.FetchSession.follow` (as a hop of the redirect
chain, with the same guard, loop detection and hop limit as HTTP redirects).

``content`` is read by the HTML standard's "shared declarative refresh steps" (html.spec.whatwg.org,
§4.2.5.3): whole seconds first (a fraction is ignored), then an optional ``;`` or ``,``, an
optional ``url=`` and an optional quote; without a URL the page only reloads itself. A refresh
inside ``<noscript>`` is not one a reader's browser (which runs scripts) obeys, and one inside a
comment, ``<script>`` or ``<template>`` is not markup at all; neither is followed.

**Which delays are followed.** A reader who waits long enough is taken anywhere, but a page that
sends them on only after minutes has been read first: it is the page cited. In the public code
index (``find_string 'http-equiv="refresh" content="'``, 10 excerpts read on 2026-12-07), the
refreshes that move a reader to another page used 0, 0.5 and 3 s (a PHP form's "sent, back to the
index", a calendar hand-off, a blog switch); the long ones were a session timeout sending a page to
"loggedOut" after 300 s and self-reloading dashboards (5 s, no URL). Redirect-stub generators write
0 (Jekyll, Hugo). :data:`MAX_DELAY` (10 s) keeps every moving refresh seen and drops the timeout.
As Google Search's documentation on redirects has it, an instant refresh (0 s) is a permanent
move and a delayed one a temporary move: :func:`is_permanent`.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

import httpx

from citecheck import lazyre
from citecheck.fetch.markers import SCAN_BYTES

MAX_DELAY = 10

# Searched for only in pages that hold the word at all (``bytes.find`` is a fast scan; most pages
# do not), and only in the first SCAN_BYTES of a body, as the other page markers are.
_META = re.compile(rb"<meta\b[^>]*>", re.IGNORECASE)
# An unquoted value runs to whitespace or ">", as the HTML tokenizer reads it ("0;url=new" whole).
_ATTRIBUTE = re.compile(rb"""([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?""")
_HIDDEN = re.compile(
    rb"<!--.*?(?:-->|$)|<(script|noscript|template)\b.*?(?:</\1\s*>|$)", re.IGNORECASE | re.DOTALL
)
_WHITESPACE = " \t\n\f\r"


@dataclass(frozen=True)
class Refresh:
    """A refresh a browser would perform: after ``delay`` seconds, go to ``url`` (absolute).
    ``scripted``: made by a page's script (:func:`scripted`), not by a meta refresh."""

    delay: int
    url: str
    scripted: bool = False


def parse_content(content: str) -> tuple[int, str | None] | None:
    """``(seconds, url or None)`` from a refresh's ``content``, or None when it is not one.

    The standard's steps, in order (a URL left relative is resolved by the caller):

    >>> parse_content("0; url=https://example.org/new")
    (0, 'https://example.org/new')
    >>> parse_content("5")
    (5, None)
    >>> parse_content("0.5; index.php")
    (0, 'index.php')
    >>> parse_content("3;URL='/next page'")
    (3, '/next page')
    >>> parse_content("soon") is None, parse_content("5x; url=/a") is None
    (True, True)
    """
    text = content.lstrip(_WHITESPACE)
    digits = len(text) - len(text.lstrip("0123456789"))
    if digits == 0 and not text.startswith("."):
        return None
    seconds = int(text[:digits]) if digits else 0
    rest = text[digits:].lstrip("0123456789.")
    if rest:
        if rest[0] not in ";," + _WHITESPACE:
            return None
        rest = rest.lstrip(_WHITESPACE)
        if rest[:1] in (";", ","):
            rest = rest[1:]
        rest = rest.lstrip(_WHITESPACE)
    if not rest:
        return seconds, None
    url = rest
    if rest[:3].lower() == "url":
        after = rest[3:].lstrip(_WHITESPACE)
        if after.startswith("="):
            url = _unquoted(after[1:].lstrip(_WHITESPACE))
    else:
        url = _unquoted(rest)
    url = url.strip(_WHITESPACE)
    return seconds, url or None


def _unquoted(value: str) -> str:
    if value[:1] in ("'", '"'):
        value = value[1:].split(value[0], 1)[0]
    return value


def _attributes(tag: bytes) -> dict[bytes, bytes]:
    found: dict[bytes, bytes] = {}
    for match in _ATTRIBUTE.finditer(tag, 5):  # after "<meta"
        name = match.group(1).lower()
        value = match.group(2) if match.group(2) is not None else match.group(3)
        if value is None:
            value = match.group(4) or b""
        found.setdefault(name, value)
    return found


def declared(body: bytes, page_url: str, charset: str = "utf-8") -> Refresh | None:
    """The first refresh of ``body`` (an HTML page fetched from ``page_url``) that moves the reader.

    None when there is none, when it only reloads the page itself (no URL, or the page's own URL
    up to its fragment), when its delay is over :data:`MAX_DELAY`, or when its target is no
    http(s) URL.
    """
    head = body[:SCAN_BYTES]
    if head.find(b"efresh") < 0 and head.find(b"EFRESH") < 0:
        return None
    hidden: list[tuple[int, int]] | None = None
    for match in _META.finditer(head):
        tag = match.group(0)
        attributes = _attributes(tag)
        if attributes.get(b"http-equiv", b"").strip().lower() != b"refresh" or b"content" not in attributes:
            continue
        if hidden is None:
            hidden = [span.span() for span in _HIDDEN.finditer(head)]
        if any(start <= match.start() < end for start, end in hidden):
            continue
        content = attributes[b"content"].decode(charset, errors="replace")
        parsed = parse_content(html.unescape(content))
        if parsed is None:
            continue
        delay, target = parsed
        if target is None or delay > MAX_DELAY:
            return None
        page = _url(page_url)
        absolute = _join(page, target) if page is not None else None
        if page is None or absolute is None or not _moves(page, absolute):
            return None
        return Refresh(delay=delay, url=str(absolute))
    return None


def _url(url: str) -> httpx.URL | None:
    try:
        return httpx.URL(url)
    except (httpx.InvalidURL, ValueError):
        return None


def _join(page: httpx.URL, target: str) -> httpx.URL | None:
    """``target`` (as a page writes it) resolved against the page's address, or None when invalid."""
    try:
        return page.join(target)
    except (httpx.InvalidURL, ValueError):
        return None


def _moves(page: httpx.URL, target: httpx.URL) -> bool:
    """Whether going to ``target`` leaves ``page``: an http(s) address other than the page's own
    (its fragment aside) — a refresh to the page itself only reloads it."""
    return target.scheme in ("http", "https") and target.copy_with(fragment=None) != page.copy_with(
        fragment=None
    )


def is_permanent(delay: int) -> bool:
    """An instant refresh is a permanent move (a reader never sees the page); a delayed one is not."""
    return delay == 0


# --- Redirects made by a script ---------------------------------------------------------------
#
# A stub page may send the reader on with a script instead of a meta refresh: a docs site's root
# ("<title>Redirecting</title><script>window.location.replace("latest/" + window.location.search +
# window.location.hash);</script>"), a sign-in hand-off ("<script>window.location='…/signup/'
# </script>", body "Redirecting"), a framework's "redirecting" page ("window.location.href=…").
# Those three shapes are from the public code index (find_string "<title>Redirecting</title>
# <script>window.location", 10 excerpts read on 2026-12-07), where a link checker's own tests
# name the case "javascript redirect, opens fine in a browser". citecheck runs no script, so it
# follows only a page that is nothing but such a stub: little visible text (STUB_TEXT_CHARS), a
# small body (STUB_BYTES), and one inline script whose whole text is one assignment of a string
# literal to the page's location (``location``, ``location.href``, ``location.replace(…)``,
# ``location.assign(…)``, on ``window``, ``document``, ``top`` or ``self``), the page's own query
# or fragment appended at most. A redirect inside a condition, a function or an event handler (a
# form's "after saving, go to …"), or on a page with content, is not followed: the page is read
# as the one cited. Unlike an instant meta refresh it is not a permanent move (no "cite the new
# URL"): the hop is followed so that the page checked and verified is the one a reader lands on.

STUB_BYTES = 32 * 1024
STUB_TEXT_CHARS = 200
_SCRIPT_ELEMENT = re.compile(rb"<script\b([^>]*)>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL)
_NOT_TEXT = re.compile(
    rb"<!--.*?(?:-->|$)|<(script|style|noscript|template|title)\b.*?(?:</\1\s*>|$)", re.IGNORECASE | re.DOTALL
)
_TAG = re.compile(rb"<[^>]*>")
_LOCATION = r"(?:(?:window|document|top|self)\.)?location"
_LITERAL = r"""(?:"(?P<double>[^"\\\n]*)"|'(?P<single>[^'\\\n]*)')"""
_TAILS = r"(?P<tails>(?:\s*\+\s*(?:(?:window|document)\.)?location\.(?:search|hash))*)"
_STATEMENT = lazyre.compile(
    r"^\s*(?:<!--)?\s*(?:"
    + _LOCATION
    + r"(?:\.href)?\s*=\s*"
    + _LITERAL
    + _TAILS
    + r"|"
    + _LOCATION
    + r"\.(?:replace|assign)\s*\(\s*"
    + _LITERAL.replace("double", "double2").replace("single", "single2")
    + _TAILS.replace("tails", "tails2")
    + r"\s*\))\s*;?\s*(?://\s*-->)?\s*$"
)


def scripted(body: bytes, page_url: str, charset: str = "utf-8") -> Refresh | None:
    """Where a script-only redirect stub (see above) sends its reader, or None when ``body`` is no
    such stub.

    >>> stub = b'<title>Redirecting</title><script>window.location.replace("latest/" + window.location.search);</script>'
    >>> scripted(stub, "https://docs.example/project/?v=2").url
    'https://docs.example/project/latest/?v=2'
    >>> scripted(b"<script>if (mobile) location.href = '/m/';</script>", "https://a.example/") is None
    True
    """
    if len(body) > STUB_BYTES or body.find(b"location") < 0:
        return None
    text = _TAG.sub(b" ", _NOT_TEXT.sub(b" ", body))
    if len(b" ".join(text.split())) > STUB_TEXT_CHARS:
        return None
    page = _url(page_url)
    if page is None:
        return None
    targets: set[httpx.URL] = set()
    for attributes, content in _SCRIPT_ELEMENT.findall(body):
        if b"src=" in attributes.lower() or b"location" not in content:
            continue
        match = _STATEMENT.match(content.decode(charset, errors="replace"))
        if match is None:
            return None  # a script that moves the reader some other way: not ours to guess
        groups = match.groupdict()
        literal = next(
            groups[name] for name in ("double", "single", "double2", "single2") if groups[name] is not None
        )
        tails = (groups["tails"] or "") + (groups["tails2"] or "")
        absolute = _join(page, html.unescape(literal))
        if absolute is None:
            return None
        if "search" in tails and page.query and not absolute.query:
            absolute = absolute.copy_with(query=page.query)
        targets.add(absolute.copy_with(fragment=None))
    if len(targets) != 1:
        return None
    target = targets.pop()
    if not _moves(page, target):
        return None
    return Refresh(delay=0, url=str(target), scripted=True)
