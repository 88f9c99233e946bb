"""Soft 404s: pages that answer 200 but mean "not found".

Three kinds of evidence, cheapest first:

1. the page's title or first heading is an error-page phrase (:mod:`citecheck.fetch.markers`), or
   says the site's domain is for sale (:func:`parked_reason`);
2. a deep link was redirected to the site's home page, or to a URL that says ``404``/``notfound``
   (wikimedia/DeadlinkChecker's rule); any link was redirected from its site to a domain
   marketplace (:data:`DOMAIN_MARKETPLACES`);
3. the host answers a random sibling path just as it answered ours: we ask for a path of the same
   shape that cannot exist (``/news/<random>``) and compare. One probe per host and path shape,
   shared by every link of that shape in the run.
"""

from __future__ import annotations

import asyncio
import re
import secrets
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

from rapidfuzz import fuzz

from citecheck import lazyre, stopwords
from citecheck.fetch.hosts import host_of
from citecheck.fetch.markers import PageText, normalize_phrase, not_found_phrase

# A probe page this similar to ours (0–100) means ours is the host's catch-all page too.
SIMILARITY_THRESHOLD = 92.0
# Below this much visible text a page is an app shell: identical shells say nothing about the URL.
MIN_COMPARABLE_TEXT = 300
COMPARE_CHARS = 20_000

_ERROR_PATH = lazyre.compile(
    r"(?:^|[/_.=-])(?:404|not[-_]?found|page[-_]?not[-_]?found|error[-_]?404|err404)(?:$|[/_.?&=-])",
    re.IGNORECASE,
)
_INDEX_NAMES = lazyre.compile(r"^(?:index|default|home)\.\w+$", re.IGNORECASE)
_SCRIPT = lazyre.compile(r"\.(?:php\d?|aspx?|jsp|cgi|pl|cfm|do|action)$")
_SCRIPT_NAMES = frozenset(
    {
        "view",
        "show",
        "article",
        "story",
        "news",
        "item",
        "read",
        "detail",
        "details",
        "page",
        "post",
        "watch",
        "index",
    }
)


# Expired domains are bought up and parked: every path of the old site then answers 200 with a
# page offering the domain for sale, or redirects to a marketplace's page for it. Seen in the
# public code index (find_string "is for sale | HugeDomains", "steht zum Verkauf", "Parked Domain
# name on Hostinger", 2026-12-07: 30 excerpts from site audits, link checkers' tests and notes):
# titles "AkersBiosciences.com is for sale | HugeDomains", "gcrit.com is for sale | HugeDomains",
# "Parked Domain name on Hostinger DNS system" (markers.NOT_FOUND_PHRASES), "Diese Domain steht
# zum Verkauf", "Ce nom de domaine est à vendre"; redirects to
# "https://www.hugedomains.com/domain_profile.cfm?d=opencctv.com". A title says so only when a
# domain name stands right before "is for sale" (or its German, French, Spanish, Italian,
# Portuguese, Dutch, Turkish or Russian wording): "Cottage in Kent is for sale" is a listing.
DOMAIN_MARKETPLACES = frozenset(
    {
        "hugedomains.com",
        "sedo.com",
        "dan.com",
        "afternic.com",
        "atom.com",
        "buydomains.com",
        "undeveloped.com",
        "domainmarket.com",
        "squadhelp.com",
    }
)
# A title segment that is only "<domain> is for sale" in one of these wordings (a trailing "!" or
# "." allowed), where the domain is the site's own: "Tesla.com is for sale, says Musk" and "Why the
# domain name Example.com is for sale matters" are headlines, and "Node.js is for sale" names no
# site asked for.
_FOR_SALE_SEGMENT = lazyre.compile(
    r"(?:(?:the\s+)?domain(?:\s+name)?\s+)?"
    r"(?P<domain>[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,24})\s*:?\s+"
    r"(?:is\s+(?:now\s+)?(?:for\s+sale|available\s+for\s+(?:sale|purchase))|may\s+be\s+for\s+sale"
    r"|(?:steht|ist)\s+zum\s+verkauf|est\s+à\s+vendre|está\s+(?:a\s+la\s+)?(?:en\s+)?venta"
    r"|está\s+à\s+venda|è\s+in\s+vendita|is\s+te\s+koop|satılıktır|satılık|продается|продаётся)"
    r"\s*[.!]*",
    re.IGNORECASE,
)
# Longer titles are not read for a sale: the longest marketplace title seen is ~60 characters, and the
# domain pattern backtracks on a long run of dotted words.
_PARKED_TITLE_MAX = 300
_TITLE_SEPARATORS = lazyre.compile(r"\s+[|\-–—·•»]\s+|\s*[|–—·•»]\s*")


def parked_reason(text: str | None, urls: Sequence[str] = ()) -> str | None:
    """Why ``text`` (a title or heading) says the site's domain is for sale, if it does: one of its
    segments is only "<domain> is for sale" (or its wording in eight other languages), the domain
    being the host of one of ``urls`` (the URL asked for and where it led)."""
    if not text or not urls:
        return None
    if len(text) > _PARKED_TITLE_MAX:  # a sale page's title is short; a long one is not read at all
        return None
    hosts = {_site_host(url) for url in urls}
    for segment in _TITLE_SEPARATORS.split(text):
        found = _FOR_SALE_SEGMENT.fullmatch(segment.strip())
        if found and _site_host(found.group("domain")) in hosts:
            return f"{text!r} offers the site's domain {found.group('domain')} for sale"
    return None


def _site_host(url: str) -> str:
    """The host of ``url`` (or of a bare domain) as the site is named: without "www."."""
    return host_of(url).removeprefix("www.")


def marketplace_reason(requested: str, final: str) -> str | None:
    """Why a redirect from ``requested`` to ``final`` means the site's domain is for sale, if it does."""
    before, after = _site_host(requested), _site_host(final)
    if before == after or before.endswith("." + after):
        return None
    market = next((m for m in DOMAIN_MARKETPLACES if after == m or after.endswith("." + m)), None)
    return f"the site's domain is for sale (redirected to {market}: {final})" if market else None


@dataclass(frozen=True)
class PageSample:
    """One fetched page as the soft-404 rules see it."""

    requested_url: str
    final_url: str
    status: int
    page: PageText | None


def _segments(path: str) -> list[str]:
    return [s for s in path.split("/") if s]


def is_deep(url: str) -> bool:
    """A link to something below a site's front page (an article, not a home or section index)."""
    parts = urlsplit(url)
    segments = [s for s in _segments(parts.path) if not _INDEX_NAMES.match(s)]
    if len(segments) >= 2:
        return True
    if len(segments) == 1:
        segment = segments[0]
        return len(segment) >= 10 or any(c.isdigit() for c in segment) or "." in segment
    return bool(parts.query)


def redirect_reason(requested: str, final: str) -> str | None:
    """Why a redirect from ``requested`` to ``final`` means the page is gone, if it does."""
    if requested == final:
        return None
    market = marketplace_reason(requested, final)
    if market is not None:
        return market
    before, after = urlsplit(requested), urlsplit(final)
    after_target = after.path + ("?" + after.query if after.query else "")
    if _ERROR_PATH.search(after_target) and not _ERROR_PATH.search(before.path):
        return f"redirected to an error page ({final})"
    if not is_deep(requested):
        return None
    after_segments = _segments(after.path)
    if not after_segments and not after.query:
        return f"a deep link redirected to the home page ({final})"
    before_segments = _segments(before.path)
    if (
        after.netloc.lower() == before.netloc.lower()
        and len(after_segments) == 1
        and before_segments[:1] == after_segments
        and len(before_segments) >= 2
        and not after.query
    ):
        return f"a deep link redirected to a top-level page ({final})"
    return None


def content_reason(page: PageText | None, urls: Sequence[str] = ()) -> str | None:
    """Why the page's own words say it is an error page, if they do (``urls``: the URL asked for
    and where it led, which a parked page names)."""
    if page is None:
        return None
    for label, text in (("title", page.title), ("heading", page.heading)):
        phrase = not_found_phrase(text)
        if phrase:
            return f"the page's {label} {text!r} says it is not found"
        parked = parked_reason(text, urls)
        if parked:
            return f"the page's {label} {parked}"
    return None


def path_shape(url: str) -> tuple[str, ...]:
    """What a URL's path looks like: same parent, same kind of last segment, same query keys."""
    parts = urlsplit(url)
    segments = _segments(parts.path)
    last = segments[-1] if segments else ""
    if last.isdigit():
        kind = "digits"
    elif "." in last:
        kind = "ext:" + last.rsplit(".", 1)[1].lower()
    else:
        kind = "slug"
    keys = ",".join(sorted(k for k, _ in parse_qsl(parts.query, keep_blank_values=True)))
    trailing = "/" if parts.path.endswith("/") else ""
    return (parts.scheme.lower(), parts.netloc.lower(), "/".join(segments[:-1]), kind, trailing, keys)


def probe_url(url: str) -> str:
    """A URL shaped like ``url`` (same directory, same kind of name) that surely does not exist.

    When the path names a script (``article.php?id=123``, ``/view?id=5``, ``/?p=12``) the last
    query value is varied; otherwise the last path segment is, and the query — tracking
    parameters, most likely — is kept as it was.
    """
    parts = urlsplit(url)
    token = secrets.token_hex(6)
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    if pairs and _names_a_script(parts.path):
        key, value = pairs[-1]
        pairs[-1] = (
            key,
            str(10**12 + secrets.randbelow(10**12)) if value.isdigit() else f"citecheck-{token}",
        )
        return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", urlencode(pairs), ""))
    segments = _segments(parts.path)
    if not segments:
        return urlunsplit((parts.scheme, parts.netloc, f"/citecheck-probe-{token}", "", ""))
    last = segments[-1]
    if last.isdigit():
        width = len(last) + 5
        segments[-1] = str(10 ** (width - 1) + secrets.randbelow(9 * 10 ** (width - 1)))
    elif "." in last:
        segments[-1] = f"citecheck-{token}.{last.rsplit('.', 1)[1]}"
    else:
        segments[-1] = f"citecheck-probe-{token}"
    path = "/" + "/".join(segments) + ("/" if parts.path.endswith("/") else "")
    return urlunsplit((parts.scheme, parts.netloc, path, parts.query, ""))


def _names_a_script(path: str) -> bool:
    """True when the query, not the path, picks the page: ``/``, ``/x.php``, ``/view``, ``/news/show``."""
    segments = _segments(path)
    if not segments:
        return True
    last = segments[-1].lower()
    return bool(_SCRIPT.search(last)) or last in _SCRIPT_NAMES


def _comparable(sample: PageSample) -> str:
    text = sample.page.text if sample.page else ""
    # Error pages often echo the requested path; take it out so two echoes compare equal.
    for url in (sample.requested_url, sample.final_url):
        segments = _segments(urlsplit(url).path)
        if segments:
            text = text.replace(segments[-1], " ")
    return normalize_phrase(text)[:COMPARE_CHARS]


# Words of a path's last segment: letters, three or more of them.
_SLUG_WORD = lazyre.compile(r"[^\W\d_]{3,}")
# How many of the slug's content words (in no language's stop-word list) the title must carry, and
# what share of them, for the page to be known as itself without a probe.
SLUG_WORDS_IN_TITLE = 3
SLUG_SHARE_IN_TITLE = 0.6


def title_names_path(page: PageSample) -> bool:
    """True when the page's title (or first heading) carries the words of the slug it was asked
    by — three content words at least, and three in five of them (``/news/harbour-reopens-after-
    storm`` titled "Harbour reopens after storm"): no probe is needed then. :func:`probe_reason`
    calls a page a catch-all only when the probe's page has the very same title, and a page served
    for a random path cannot carry three words of a slug it was never asked for.

    Data (fixtures/eval real/, heldback-2 and -3: 289 deep links of news and reference pages in 30
    languages): 53 % of the titles carry three content words of their slug, 45 % with the share of
    three in five too (20 % carry every word: slugs add IDs, dates and dropped words). So on a
    citation list whose hosts are each cited once, nearly half the probes — up to one request in
    three — are not sent.
    """
    if page.page is None:
        return False
    segments = _segments(urlsplit(page.requested_url).path)
    if not segments:
        return False
    stops = stopwords.every_language()
    words = {w.casefold() for w in _SLUG_WORD.findall(unquote(segments[-1]))} - stops
    if len(words) < SLUG_WORDS_IN_TITLE:
        return False
    for label in (page.page.title, page.page.heading):
        if label:
            shared = len(words & set(normalize_phrase(label).split()))
            if shared >= SLUG_WORDS_IN_TITLE and shared >= SLUG_SHARE_IN_TITLE * len(words):
                return True
    return False


def probe_reason(page: PageSample, probe: PageSample | None) -> str | None:
    """Why the random sibling ``probe`` shows that ``page`` is the host's catch-all, if it does."""
    if probe is None or not 200 <= probe.status < 300:
        return None
    if page.final_url != page.requested_url and page.final_url == probe.final_url:
        return f"redirected to the same page as a random path on the host ({page.final_url})"
    # Titles first: a catch-all page carries its own title, so most real pages are told apart
    # here, before their whole text is extracted and normalised.
    same_title = normalize_phrase((page.page.title if page.page else None) or "") == normalize_phrase(
        (probe.page.title if probe.page else None) or ""
    )
    if not same_title:
        return None
    ours, theirs = _comparable(page), _comparable(probe)
    if not ours or not theirs:
        return None
    probe_says_missing = content_reason(probe.page) is not None
    if len(ours) < MIN_COMPARABLE_TEXT and not probe_says_missing:
        return None
    similarity = fuzz.ratio(ours, theirs)
    if similarity >= SIMILARITY_THRESHOLD:
        return f"the host answers a random path ({probe.requested_url}) with the same page ({similarity:.0f}% alike)"
    return None


ProbeFetch = Callable[[str], Awaitable[PageSample | None]]


class Soft404Prober:
    """Probes each (host, path shape) once per run; links of the same shape share the answer."""

    def __init__(self, fetch: ProbeFetch) -> None:
        self._fetch = fetch
        self._probes: dict[tuple[str, ...], asyncio.Task[PageSample | None]] = {}
        self.probes_sent = 0

    async def sample_for(self, url: str) -> PageSample | None:
        """The probe answer for ``url``'s shape (fetched on first use)."""
        key = path_shape(url)
        task = self._probes.get(key)
        if task is None:
            self.probes_sent += 1
            task = asyncio.ensure_future(self._fetch(probe_url(url)))
            self._probes[key] = task
        return await asyncio.shield(task)

    async def judge(self, page: PageSample) -> str | None:
        if not is_deep(page.requested_url) or title_names_path(page):
            return None
        return probe_reason(page, await self.sample_for(page.requested_url))

    async def aclose(self) -> None:
        for task in self._probes.values():
            if not task.done():
                task.cancel()
        await asyncio.gather(*self._probes.values(), return_exceptions=True)
