"""Page facts: what a fetched page says about itself (titles, site, dates, language, main text).

:func:`extract_page_facts` reads HTML (metadata, trafilatura for the main text, htmldate for the
dates), PDF (pypdf) and plain text. It never raises: third-party parsers meet hostile input here,
so each part is read on its own and a broken part only leaves its field empty.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import functools
import hashlib
import importlib
import io
import json
import logging
import re
import threading
from collections.abc import Iterator, Sequence
from typing import Any

import charset_normalizer
import htmldate
import lxml.html
import trafilatura
import trafilatura.settings
from htmldate.utils import is_dubious_html
from htmldate.utils import load_html as htmldate_load_html
from lxml import etree
from trafilatura.settings import Extractor
from trafilatura.utils import DOCTYPE_TAG as TRAFILATURA_DOCTYPE

from citecheck import lazyre
from citecheck.models import FetchResult, PageFacts
from citecheck.verify import anchors, trafilatura_paths
from citecheck.verify.textmatch import base_language, guess_language, normalize, strip_site_affixes

log = logging.getLogger(__name__)

# Dates before the web existed are parsing accidents, not publication dates.
EARLIEST_DATE = dt.date(1994, 1, 1)
# Cap on the text kept per page: enough for any article, bounded for memory and scoring time.
MAX_TEXT_CHARS = 200_000
MAX_PDF_PAGES = 30
# How much page content a PDF's text is read from. pypdf reads it in pure Python, ~100 KB of dense
# text operators a second on this machine: a 257 KB PDF whose 30 pages share one 70 MB content stream held
# its worker 562 s at 450 MB, an 18 KB one-page PDF of 5 MB content 49 s (session 42). Real PDFs
# are far below: py-pdf/sample-files@6921079 (32 files from pdflatex, LibreOffice, Google Docs,
# reportlab, ImageMagick…) has no page above 97.6 KB (a 117-page thesis), no first 30 pages above
# 605 KB together. A page with more than MAX_PDF_PAGE_CONTENT is skipped (a dense chart says little);
# no page is read after MAX_PDF_CONTENT.
MAX_PDF_PAGE_CONTENT = 1 << 20
MAX_PDF_CONTENT = 2 << 20
# What pypdf may inflate from any one stream meanwhile (its own bound is 75 MB a stream).
MAX_PDF_STREAM_BYTES = 4 << 20

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_TEXT_TYPES = ("text/plain",)
_PDF_TYPES = ("application/pdf", "application/x-pdf")


def extract_page_facts(result: FetchResult, fragments: Sequence[str] = ()) -> PageFacts | None:
    """Facts of the page behind ``result``, or None when it is not HTML, PDF or text, or cannot be decoded.

    ``fragments``: the parts of the page (``#section``) that citations point at, judged for an HTML
    page whose whole body was read (:mod:`citecheck.verify.anchors`)."""
    try:
        return _extract(result, fragments)
    except Exception:  # a broken page must never stop the run
        log.debug("page facts failed for %s", result.link.url, exc_info=True)
        return None


def _extract(result: FetchResult, fragments: Sequence[str] = ()) -> PageFacts | None:
    response = result.response
    if response is None or not response.body:
        return None
    body = response.body
    content_type = _content_type(result)
    fetched_on = result.link.checked_at.date() if result.link.checked_at else None
    if content_type in _PDF_TYPES or body.startswith(b"%PDF-"):
        return _pdf_facts(body)
    if content_type in _HTML_TYPES or (
        content_type in ("", "application/octet-stream") and _looks_like_html(body)
    ):
        text = _decode(body, response.encoding, _charset(result), html=True)
        if response.truncated:  # the parts past the size cap are unknown
            fragments = ()
        return (
            None
            if text is None
            else html_facts(text, url=response.url, fetched_on=fetched_on, fragments=fragments)
        )
    if content_type in _TEXT_TYPES or content_type.startswith("text/plain"):
        text = _decode(body, response.encoding, _charset(result), html=False)
        return None if text is None else text_facts(text)
    return None


def _header(result: FetchResult, name: str) -> str:
    if result.response is None:
        return ""
    for key, value in result.response.response_headers:
        if key.lower() == name:
            return value
    return ""


def _content_type(result: FetchResult) -> str:
    raw = result.link.content_type or _header(result, "content-type")
    return raw.split(";", 1)[0].strip().lower()


def _charset(result: FetchResult) -> str | None:
    match = re.search(r"charset=([\w.:-]+)", _header(result, "content-type"), re.IGNORECASE)
    return match.group(1).strip("\"'") if match else None


def _looks_like_html(body: bytes) -> bool:
    head = body[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<head" in head or b"<body" in head


def _decode(body: bytes, declared: str | None, header_charset: str | None, *, html: bool) -> str | None:
    """Decode with the declared charset, the header's, a <meta charset>, then a detector."""
    candidates = [declared, header_charset]
    if html:
        meta = re.search(rb"<meta[^>]+charset=[\"']?([\w.:-]+)", body[:4096], re.IGNORECASE)
        if meta:
            candidates.append(meta.group(1).decode("ascii", "ignore"))
    candidates.append("utf-8")
    text: str | None = None
    for name in candidates:
        if not name:
            continue
        try:
            text = body.decode(name)
            break
        except (LookupError, UnicodeDecodeError):
            continue
    if text is None:
        best = charset_normalizer.from_bytes(body).best()
        text = str(best) if best is not None else None
    # A "text" full of control characters is a binary file served with a text type.
    if text is None or len(_CONTROL.findall(text, 0, 2000)) > 20:
        return None
    return text


# C0 control characters other than tab, line feed, form feed and carriage return.
_CONTROL = lazyre.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


# --- HTML -------------------------------------------------------------------------------------


def html_facts(
    html: str, *, url: str | None = None, fetched_on: dt.date | None = None, fragments: Sequence[str] = ()
) -> PageFacts:
    """Facts of an HTML page. Each part is guarded: what cannot be read stays empty. ``fragments``:
    the parts of the page citations point at (:mod:`citecheck.verify.anchors`)."""
    page, parsed_here = _date_tree(html)
    # htmldate's tree, when parsed here and the whole document, holds what the metadata readers
    # look at exactly as a parse of their own would (see :func:`_date_tree`): one parse serves both.
    shared = parsed_here and page.getparent() is None
    tree = page if shared else _parse_html(html)
    # Read before trafilatura, which may edit the shared tree; only for pages cited with a fragment.
    parts = anchors.index_page(tree) if fragments else None
    meta = _meta(tree) if tree is not None else {}
    jsonld = list(_jsonld(tree)) if tree is not None else []
    site_name = _first(
        meta.get("og:site_name"),
        *(_jsonld_name(item.get("publisher")) for item in jsonld),
        meta.get("application-name"),
        meta.get("citation_publisher"),
    )
    # Every name, for the publisher check: sites disagree with themselves ("FAZ.NET" beside
    # "Frankfurter Allgemeine Zeitung", "Süddeutsche.de" beside "SZ.de").
    site_names = list(
        dict.fromkeys(
            name
            for name in (
                _first(meta.get("og:site_name")),
                *(_first(_jsonld_name(item.get("publisher"))) for item in jsonld),
                _first(meta.get("application-name")),
                _first(meta.get("citation_publisher")),
            )
            if name
        )
    )
    titles = _title_candidates(tree, meta, jsonld, site_name)
    _set_date_language(_date_language(tree, meta, titles))
    published, modified = _dates(page, fetched_on)
    # After the titles and dates: trafilatura may get the tree with its comments removed (the
    # language reads only the root's attributes and the metadata read above).
    text = _main_text(_text_input(html, page) if shared else html, url)
    language = _language(tree, meta, " ".join(titles[:1]) + " " + text[:2000])
    description = _first(meta.get("og:description"), meta.get("description"), meta.get("twitter:description"))
    return PageFacts(
        title=titles[0] if titles else None,
        titles=titles,
        site_name=site_name,
        site_names=site_names,
        published=published,
        modified=modified,
        language=language,
        description=description,
        text=text,
        text_hash=text_hash(text) if text else None,
        anchors=anchors.judge(parts, len(text), fragments),
    )


def _parse_html(html: str) -> Any:
    try:
        # lxml refuses str input that carries an XML encoding declaration.
        cleaned = re.sub(r"^\s*<\?xml[^>]*\?>", "", html)
        return lxml.html.document_fromstring(cleaned) if cleaned.strip() else None
    except (etree.ParserError, ValueError):
        return None


def _first(*values: str | None) -> str | None:
    for value in values:
        if value and value.strip():
            return re.sub(r"\s+", " ", value).strip()
    return None


def _meta(tree: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = (
            (element.get("property") or element.get("name") or element.get("itemprop") or "").strip().lower()
        )
        content = element.get("content")
        if key and content and key not in found:
            found[key] = content.strip()
    return found


def _jsonld(tree: Any) -> Iterator[dict[str, Any]]:
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if not isinstance(item, dict):
                continue
            graph = item.get("@graph")
            if isinstance(graph, list):
                stack.extend(graph)
            yield item


def _jsonld_name(value: Any) -> str | None:
    if isinstance(value, dict):
        name = value.get("name")
        return name if isinstance(name, str) else None
    if isinstance(value, list) and value:
        return _jsonld_name(value[0])
    return value if isinstance(value, str) else None


def _title_candidates(
    tree: Any, meta: dict[str, str], jsonld: list[dict[str, Any]], site: str | None
) -> list[str]:
    """Every title the page offers, the cleanest first: metadata titles, the <title> without its
    site suffix, the first <h1>, then the raw <title> itself."""
    headlines = [item.get("headline") or item.get("name") for item in jsonld if item.get("headline")]
    raw_title = None
    h1 = None
    if tree is not None:
        title_el = tree.find(".//title")
        raw_title = title_el.text_content() if title_el is not None else None
        h1_el = next(iter(tree.iter("h1")), None)
        h1 = h1_el.text_content() if h1_el is not None else None
    stripped = strip_site_affixes(raw_title, [site] if site else []) if raw_title else None
    ordered = [
        meta.get("og:title"),
        meta.get("citation_title"),
        *[h for h in headlines if isinstance(h, str)],
        meta.get("twitter:title"),
        stripped,
        h1,
        raw_title,
    ]
    seen: set[str] = set()
    out: list[str] = []
    for candidate in ordered:
        clean = _first(candidate)
        if not clean or len(clean) > 500:
            continue
        normal = normalize(clean)
        if normal not in seen:
            seen.add(normal)
            out.append(clean)
    return out


@functools.cache
def _extractor() -> Extractor:
    """trafilatura's options for the main text, built once: building them per page (its config
    file read through configparser) cost a fifth of each extraction."""
    return Extractor(
        output_format="txt",
        fast=True,
        comments=False,
        tables=False,
        images=False,
        links=False,
        dedup=False,
    )


# trafilatura's cleaning before its whole-page text (``trafilatura.baseline.basic_cleaning``, run
# by its baseline rescue and by the page measure of its recall escalation, on most pages whose
# text is under 3,000 characters) finds what to delete with one XPath whose EXSLT ``re:test``
# calls back into Python twice for every element of the page: 2 ms of each call on a 45 KB page.
# :func:`_basic_clean_elements` finds the same elements in the same order in a fifth of the time
# and replaces that XPath in trafilatura's module, only while the XPath is the one written here.
_TRAFILATURA_CLEAN_TAGS = frozenset({"aside", "fencedframe", "footer", "script", "style", "svg", "template"})
_TRAFILATURA_CLEAN_PATH = (
    ".//aside|.//div[contains(@class|@id, 'footer')]|.//fencedframe|.//footer|.//script|.//style|.//svg"
    "|.//template|.//*[re:test(@class, '{0}', 'i') or re:test(@id, '{0}', 'i')]"
)
_TRAFILATURA_CLEAN_CANDIDATES = etree.XPath(
    ".//aside|.//fencedframe|.//footer|.//script|.//style|.//svg|.//template|.//*[@class or @id]"
)


def _basic_clean_elements(tree: Any) -> list[Any]:
    """What ``trafilatura.settings.BASIC_CLEAN_XPATH`` selects below ``tree``, in document order:
    the elements of its tags, a ``div`` whose first ``class`` or ``id`` attribute (in the order
    written, as XPath's ``contains`` reads a node-set) holds "footer", and any element whose
    ``class`` or ``id`` the cookie-banner expression matches ignoring case (EXSLT ``re:test``
    is Python's ``re.search``). The candidates come from one XPath without the callbacks."""
    found: list[Any] = []
    search = _trafilatura_consent().search
    candidates: list[Any] = _TRAFILATURA_CLEAN_CANDIDATES(tree)  # type: ignore[assignment]
    for element in candidates:
        tag = element.tag
        if tag in _TRAFILATURA_CLEAN_TAGS:
            found.append(element)
            continue
        css_class: str | None = element.get("class")
        ident: str | None = element.get("id")
        if tag == "div":
            first: str | None
            if css_class is None or ident is None:
                first = ident if css_class is None else css_class
            else:
                keys = element.keys()
                first = css_class if keys.index("class") < keys.index("id") else ident
            if first is not None and "footer" in first:
                found.append(element)
                continue
        if (css_class is not None and search(css_class)) or (ident is not None and search(ident)):
            found.append(element)
    return found


@functools.cache
def _trafilatura_consent() -> re.Pattern[str]:
    return re.compile(trafilatura.settings._COOKIE_CONSENT_RE, re.IGNORECASE)


def _speed_up_trafilatura() -> None:
    """Give trafilatura's basic cleaning :func:`_basic_clean_elements`, when its XPath is the one
    that function reproduces (tests/verify/test_facts.py compares the two on varied pages)."""
    # The module by name: the package's attribute ``baseline`` is its function of that name.
    baseline = importlib.import_module("trafilatura.baseline")
    xpath = getattr(baseline, "BASIC_CLEAN_XPATH", None)
    consent = getattr(trafilatura.settings, "_COOKIE_CONSENT_RE", None)
    if isinstance(consent, str) and getattr(xpath, "path", None) == _TRAFILATURA_CLEAN_PATH.format(consent):
        setattr(baseline, "BASIC_CLEAN_XPATH", _basic_clean_elements)  # noqa: B010


_speed_up_trafilatura()
# trafilatura's pruning and body searches by XPath with regular expressions called back per
# element: answered in Python, the same elements (:mod:`citecheck.verify.trafilatura_paths`).
trafilatura_paths.install()


def _main_text(html: Any, url: str | None) -> str:
    """trafilatura's main text of the page (a string, or the tree of :func:`_text_input`)."""
    options = copy.copy(_extractor())  # trafilatura treats options as shared: never changed in place
    options.url = url
    options.source = url and url.encode("utf-8", "replace").decode("utf-8")
    try:
        text = trafilatura.extract(html, options=options)
    except Exception:  # trafilatura on hostile markup
        log.debug("trafilatura failed", exc_info=True)
        text = None
    return (text or "")[:MAX_TEXT_CHARS]


# lxml.html's own test for a whole document (``lxml.html._looks_like_full_html_unicode``): for
# one, ``lxml.html.fromstring`` returns the root whatever the comments are, as trafilatura's
# loader does.
_FULL_HTML = lazyre.compile(r"^\s*<(?:html|!doctype)", re.IGNORECASE)
# The characters trafilatura's loader deletes before parsing (``trafilatura.utils.INVALID_XML_CHARS``:
# C0 controls but tab, line feed and carriage return; U+FFFE, U+FFFF), looked for in UTF-8 bytes,
# where ``bytes.translate`` finds them in a tenth of the regular expression's time.
_INVALID_XML_BYTES = bytes(c for c in range(0x20) if c not in (0x09, 0x0A, 0x0D))
_INVALID_XML_NONCHARACTERS = ("\ufffe".encode(), "\uffff".encode())


def _text_input(html: str, page: Any) -> Any:
    """What trafilatura reads: htmldate's tree (parsed here, the document's root) with its
    comments removed in place, when that is the tree trafilatura's loader would build from
    ``html``; the string otherwise. It saves trafilatura's parse and its repair's pass over the
    string for the copy trafilatura makes of a tree it is given.

    trafilatura's loader deletes control characters, cuts a doctype with a ``/`` in it and
    rewrites a self-closing ``<html …/>`` among the first lines, then parses with htmldate's
    parser's settings plus ``remove_comments``; when none of the repairs applies it parses the
    string :func:`_date_tree` parsed, and the parse that drops comments is the parse that keeps
    them with the comments then taken out (their tails stay). Call it after every other reader
    of ``page``. tests/verify/test_facts.py checks the trees are identical.
    """
    if not _FULL_HTML.match(html):
        return html
    beginning = html[:50].lower()
    first_line, line_break, _ = html.partition("\n")
    source = html if line_break or "doctype" not in beginning else html + "\n"
    if (
        _has_invalid_xml_chars(html)
        or ("doctype" in beginning and TRAFILATURA_DOCTYPE.search(first_line))
        or any("<html" in line and line.endswith("/>") for line in source[:4096].splitlines()[:4])
    ):
        return html
    try:
        etree.strip_elements(page, etree.Comment, with_tail=False)
    except Exception:  # the string is always a safe answer: trafilatura parses it itself
        log.debug("could not remove the comments", exc_info=True)
        return html
    if len(page) < 1 or (is_dubious_html(beginning) and len(page) < 2):
        return html  # trafilatura's loader would parse again, or reject the page
    return page


def _has_invalid_xml_chars(html: str) -> bool:
    """Whether ``trafilatura.utils.INVALID_XML_CHARS`` matches anywhere in ``html``."""
    raw = html.encode("utf-8", "surrogatepass")
    return len(raw.translate(None, _INVALID_XML_BYTES)) != len(raw) or any(
        noncharacter in raw for noncharacter in _INVALID_XML_NONCHARACTERS
    )


def _dates(page: Any, fetched_on: dt.date | None) -> tuple[dt.date | None, dt.date | None]:
    """Published and modified dates. Metadata first; the extensive search (dates in the text,
    URL and elsewhere) only when metadata has none, bounded by the fetch date, and never
    returning the fetch date itself, which on a page is usually a "today" widget."""
    if page is None:
        return None, None
    latest = fetched_on or dt.date.today()
    bounds = {"min_date": EARLIEST_DATE.isoformat(), "max_date": (latest + dt.timedelta(days=1)).isoformat()}
    published = _find_date(page, original=True, extensive=False, **bounds)
    if published is None:
        published = _find_date(page, original=True, extensive=True, **bounds)
        if published is not None and fetched_on is not None and published == fetched_on:
            published = None
    modified = _find_date(page, original=False, extensive=False, **bounds)
    if modified is not None and published is not None and modified <= published:
        # Only a later date is news: htmldate's "latest date" is the publication date otherwise.
        modified = None
    return published, modified


_XML_DECLARATION = lazyre.compile(r"^\s*<\?xml", re.IGNORECASE)


def _html_parser() -> Any:
    """htmldate's parser (its options), whose elements get lxml.html's classes from lookups done in
    C: lxml.html's own lookup is a Python method called for every element proxy created, ~5,000
    a page on whole real pages (trafilatura and htmldate walk copies of this tree, which keep its
    parser). The same class for every name (``lxml.html.HtmlElementClassLookup``'s defaults: the
    form elements' classes by their lower-case names, ``HtmlElement`` for the rest, lxml.html's
    comment, processing-instruction and entity classes); the parser lower-cases HTML names."""
    lookup = etree.ElementNamespaceClassLookup(
        etree.ElementDefaultClassLookup(
            element=lxml.html.HtmlElement,
            comment=lxml.html.HtmlComment,
            pi=lxml.html.HtmlProcessingInstruction,
            entity=lxml.html.HtmlEntity,
        )
    )
    names = lookup.get_namespace(None)
    for name, element_class in lxml.html.HtmlElementClassLookup._default_element_classes.items():
        names[name] = element_class
    # htmldate.utils.HTML_PARSER's options (lxml-stubs lack default_doctype)
    parser = lxml.html.HTMLParser(  # type: ignore[call-arg]
        collect_ids=False, default_doctype=False, encoding="utf-8", remove_pis=True
    )
    parser.set_element_class_lookup(lookup)
    return parser


_PARSER = _html_parser()


def _date_tree(html: str) -> tuple[Any, bool]:
    """The page parsed once as htmldate parses it (comments kept), for its up to three searches
    (htmldate reads a tree it is given without changing it: it prunes a copy), and whether it
    was parsed here — then it may serve the metadata readers and trafilatura too. A body that is
    nothing but a URL gets no tree: htmldate would download that URL.

    htmldate's loader first "repairs" the string: it cuts the first line from ``<!DOCTYPE`` to
    the first ``/>`` or ``/ >`` (``DOCTYPE_TAG``), which on a minified page is most of the head,
    and rewrites a self-closing ``<html …/>`` among the first four lines; then it parses with its
    parser. The cut's lazy regular expression scans the whole first line — on a minified page
    the whole page, more CPU than the parse itself. When the first line holds neither ``/>`` nor
    ``/ >`` and no ``<html`` line ends in ``/>``, the repair changes nothing but, on a page
    without a line break that starts with a doctype, adds a final line break; the string is then
    parsed here, as htmldate would parse it. Everything else — an XML declaration, a failed or
    empty parse, a fragment htmldate rejects — goes through htmldate's own loader, and its tree
    is htmldate's alone. tests/verify/test_facts.py checks the trees are identical.

    The tree serves the metadata readers when it is the document's root: lxml's default parser
    would build it from the page with processing instructions and without that final line
    break, and neither is where the metadata, titles, JSON-LD or language are read.
    """
    stripped = html.strip()
    if stripped.startswith("http") and " " not in stripped:
        return None, False
    beginning = html[:50].lower()
    first_line, line_break, _ = html.partition("\n")
    doctype = "doctype" in beginning
    if (
        (doctype and ("/>" in first_line or "/ >" in first_line))
        or any("<html" in line and line.rstrip("\r").endswith("/>") for line in html.split("\n", 4)[:4])
        or _XML_DECLARATION.match(html)
    ):
        return _htmldate_tree(html), False
    try:
        tree = lxml.html.fromstring(html if line_break or not doctype else html + "\n", parser=_PARSER)
    except Exception:  # htmldate's loader has its own fallbacks: let it decide
        return _htmldate_tree(html), False
    if tree is None or len(tree) < 1 or (is_dubious_html(beginning) and len(tree) < 2):
        return _htmldate_tree(html), False
    return tree, True


def _htmldate_tree(html: str) -> Any:
    try:
        return htmldate_load_html(html)
    except Exception:  # htmldate's parser on hostile markup
        log.debug("htmldate could not parse the page", exc_info=True)
        return None


class _Prefiltered:
    """A compiled pattern whose ``findall`` first looks for what every match must contain, with a
    pattern the engine scans fast, and answers ``[]`` without the full scan when it is absent.
    Anything else is the pattern's own."""

    def __init__(self, pattern: re.Pattern[str], necessary: str) -> None:
        self.pattern_object = pattern
        self.necessary = re.compile(necessary)

    def findall(self, string: str, *args: Any, **kwargs: Any) -> list[Any]:
        if not args and not kwargs and self.necessary.search(string) is None:
            return []
        return self.pattern_object.findall(string, *args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern_object, name)


# htmldate's extensive search (``htmldate.core.search_page``, on pages whose metadata has no date)
# runs ``findall`` over the whole serialised page for each of its patterns; two of them open with
# ``\D``, which the engine tries at every character: 1.5 and 2 ms on a 40 KB page. Every match of
# each holds a run of the second pattern here (the day's last digit, a separator, one or two
# digits, a separator, the year's digits; for the dotted form, a weaker day), which the engine
# scans for from a digit in 0.3-0.5 ms and which most pages lack. Installed only while htmldate's
# patterns are these.
_HTMLDATE_PREFILTERS = {
    "SELECT_YMD_PATTERN": (
        r"\D([0-3]?[0-9][/.-][0-1]?[0-9][/.-][0-9]{4})\D",
        r"[0-9][/.-][0-9]{1,2}[/.-][0-9]{4}",
    ),
    "SLASHES_PATTERN": (
        r"\D([0-3]?[0-9]/[0-1]?[0-9]/[0129][0-9]|[0-3][0-9]\.[01][0-9]\.[0129][0-9])\D",
        r"[0-9](?:/[0-9]{1,2}/|[0-9]\.[01][0-9]\.)[0129][0-9]",
    ),
}


def _speed_up_htmldate() -> None:
    core = importlib.import_module("htmldate.core")
    for name, (expected, necessary) in _HTMLDATE_PREFILTERS.items():
        pattern = getattr(core, name, None)
        if isinstance(pattern, re.Pattern) and pattern.pattern == expected and pattern.flags == re.UNICODE:
            setattr(core, name, _Prefiltered(pattern, necessary))


_speed_up_htmldate()


# htmldate's extensive search hands strings it cannot read itself ("[Online; acessado em
# 02-outubro-2012]", seen on a Brazilian university page of fixtures/parse-eval-pages) to one
# dateparser parser built for every locale (``languages=None``), which tries the string in each of
# dateparser's ~600 locales until one reads it, compiling their patterns on first use: 1.7 s of CPU
# for the first string no locale reads ("outubro de 2012": no day, so none does under strict
# parsing), then 13-70 ms for each later one — once in every process that reads pages (each worker
# of a run, each service worker). Built for the page's own language and English (a page writes its
# dates in one of them), the same strings take about 1 ms each, from the first. The language is the
# page's declared one, else the one its title (then the start of its text) reads as; a language
# dateparser does not know, or none, leaves English. Page facts identical on the 3,994 pages of
# benchmarks/page_facts.py and on the 45 saved real pages of fixtures/parse-eval-pages,
# parse-eval-wiki and eval/dates. htmldate caches its readings by string (``try_date_expr``); the
# cache is emptied when the language changes, so a page's dates never depend on the pages read
# before it in its thread.
_DATE_LANGUAGE = threading.local()


@functools.cache
def _dateparser_for(language: str | None) -> Any:
    from dateparser import DateDataParser
    from dateparser.data.languages_info import language_order  # the languages, none of their data loaded

    languages = (
        ["en"] if not language or language == "en" or language not in language_order else [language, "en"]
    )
    return DateDataParser(
        languages=languages,
        settings=_HTMLDATE_PARSER_SETTINGS,
    )


def _page_dateparser() -> Any:
    return _dateparser_for(getattr(_DATE_LANGUAGE, "value", None))


def _install_dateparser_per_language() -> dict[str, Any]:
    """Route htmldate's extensive search to :func:`_page_dateparser`, with the settings htmldate
    1.11 gives its own parser (``htmldate.extractors.get_external_parser``)."""
    extractors = importlib.import_module("htmldate.extractors")
    settings: dict[str, Any] = {
        "NORMALIZE": True,
        "PARSERS": ["custom-formats", "absolute-time"],
        "PREFER_DATES_FROM": "past",
        "PREFER_LOCALE_DATE_ORDER": True,
        "RETURN_AS_TIMEZONE_AWARE": False,
        "STRICT_PARSING": True,
    }
    if callable(getattr(extractors, "get_external_parser", None)):
        setattr(extractors, "get_external_parser", _page_dateparser)  # noqa: B010 (a module of htmldate's)
    return settings


_HTMLDATE_PARSER_SETTINGS = _install_dateparser_per_language()


def _set_date_language(language: str | None) -> None:
    if getattr(_DATE_LANGUAGE, "value", None) != language:
        _DATE_LANGUAGE.value = language
        try_date_expr = getattr(importlib.import_module("htmldate.extractors"), "try_date_expr", None)
        if try_date_expr is not None and hasattr(try_date_expr, "cache_clear"):
            try_date_expr.cache_clear()


def _find_date(page: Any, *, original: bool, extensive: bool, min_date: str, max_date: str) -> dt.date | None:
    try:
        found = htmldate.find_date(
            page,
            extensive_search=extensive,
            original_date=original,
            min_date=min_date,
            max_date=max_date,
        )
    except Exception:  # htmldate on hostile markup
        log.debug("htmldate failed", exc_info=True)
        return None
    if not found:
        return None
    try:
        return dt.date.fromisoformat(found)
    except ValueError:
        return None


def _declared_language(tree: Any, meta: dict[str, str]) -> str | None:
    declared = None
    if tree is not None:
        declared = tree.get("lang") or tree.get("xml:lang")
    declared = declared or meta.get("og:locale") or meta.get("content-language") or meta.get("language")
    language = base_language(declared)
    return language if language and re.fullmatch(r"[a-z]{2,3}", language) else None


def _language(tree: Any, meta: dict[str, str], sample: str) -> str | None:
    return _declared_language(tree, meta) or (guess_language(sample) if sample.strip() else None)


def _date_language(tree: Any, meta: dict[str, str], titles: list[str]) -> str | None:
    """The language the dates of a page are read in (before its main text is extracted: the
    title, then the start of the page's text, stand in for it)."""
    declared = _declared_language(tree, meta)
    if declared is not None or tree is None:
        return declared
    sample = " ".join(titles[:1])
    if guess_language(sample) is None:
        body = tree.find("body")
        sample = (sample + " " + (body.text_content()[:2000] if body is not None else "")).strip()
    return guess_language(sample) if sample else None


def text_hash(text: str) -> str:
    """sha256 of the normalised main text (:func:`~citecheck.verify.textmatch.normalize`): equal
    for equal content, whatever the markup around it."""
    return hashlib.sha256(normalize(text).encode("utf-8")).hexdigest()


# --- PDF and plain text -----------------------------------------------------------------------


def _pdf_facts(body: bytes) -> PageFacts:
    from pypdf import PdfReader  # imported here: only PDFs pay for it

    title: str | None = None
    published: dt.date | None = None
    pages: list[str] = []
    read = 0
    try:
        limits = _pdf_limits()
        reader = PdfReader(io.BytesIO(body), strict=False)
        try:
            info = reader.metadata
            if info is not None:
                title = _first(str(info.title) if info.title else None)
                created = info.creation_date
                if created is not None and created.date() >= EARLIEST_DATE:
                    published = created.date()
        except Exception:  # malformed metadata dictionaries are common
            log.debug("pdf metadata failed", exc_info=True)
        with limits:
            for page in reader.pages[:MAX_PDF_PAGES]:
                try:
                    contents = page.get_contents()
                    size = len(contents.get_data()) if contents is not None else 0
                    if size > MAX_PDF_PAGE_CONTENT:
                        continue
                    read += size
                    if read > MAX_PDF_CONTENT:
                        break
                    pages.append(page.extract_text() or "")
                except Exception:  # one unreadable page (or one past pypdf's limits) must not lose the others
                    log.debug("pdf page failed", exc_info=True)
    except Exception:  # a truncated or encrypted PDF still yields facts
        log.debug("pdf failed", exc_info=True)
    text = "\n".join(pages)[:MAX_TEXT_CHARS]
    first_line = next((line.strip() for line in text.splitlines() if len(line.strip()) > 3), None)
    title = title if title and not _is_filename(title) else first_line or title
    titles = [t for t in dict.fromkeys([title, first_line]) if t]
    return PageFacts(
        title=title,
        titles=titles,
        published=published,
        language=guess_language(text[:2000]) if text else None,
        text=text,
        text_hash=text_hash(text) if text else None,
    )


def _pdf_limits() -> contextlib.AbstractContextManager[object]:
    """pypdf's per-stream inflation bounds lowered to :data:`MAX_PDF_STREAM_BYTES` (in a pypdf with
    ``apply_configuration``; in an older one its own bounds stand)."""
    try:
        from pypdf import apply_configuration  # type: ignore[attr-defined, unused-ignore]
    except ImportError:  # pragma: no cover - depends on the installed pypdf
        return contextlib.nullcontext()
    bound = MAX_PDF_STREAM_BYTES
    return apply_configuration(  # type: ignore[no-any-return, unused-ignore]
        zlib_maximum_output_length=bound,
        lzw_maximum_output_length=bound,
        run_length_maximum_output_length=bound,
        brotli_maximum_output_length=bound,
        array_based_stream_maximum_output_length=bound,
    )


def _is_filename(title: str) -> bool:
    return bool(re.search(r"\.(docx?|pdf|indd|tex|odt)$", title, re.IGNORECASE)) or title.lower() in {
        "untitled",
        "microsoft word",
    }


def text_facts(text: str) -> PageFacts:
    """Facts of a plain-text page: its first non-empty line is the title."""
    text = text[:MAX_TEXT_CHARS]
    first_line = next((line.strip() for line in text.splitlines() if line.strip()), None)
    return PageFacts(
        title=first_line,
        titles=[first_line] if first_line else [],
        language=guess_language(text[:2000]) if text.strip() else None,
        text=text,
        text_hash=text_hash(text) if text.strip() else None,
    )
