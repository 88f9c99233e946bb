"""Where a publisher's analyses come from: directories and globs, sitemaps, RSS/Atom feeds, WordPress.

Each source yields documents with a content hash (and a modified date where the source gives one),
so only new or changed documents are parsed again: the store's parsed copy stands in for the rest.
A URL source is recognised by what it serves (``wordpress:``, ``sitemap:``, ``feed:`` or ``page:``
before the URL forces a kind).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import html
import json
import re
import zlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx
from lxml import etree

from citecheck import lazyre
from citecheck.audit.store import DocumentRecord
from citecheck.config import Config
from citecheck.errors import CitecheckError
from citecheck.fetch.remap import apply_remaps
from citecheck.models import Document
from citecheck.parse import expand_inputs, parse_bytes

SourceKind = Literal["files", "sitemap", "feed", "wordpress", "page"]
DocumentStatus = Literal["new", "changed", "unchanged"]
KnownDocuments = Callable[[Sequence[str]], Mapping[str, DocumentRecord]]

SOURCE_PREFIXES: tuple[SourceKind, ...] = ("wordpress", "sitemap", "feed", "page")
WORDPRESS_PER_PAGE = 100
MAX_SITEMAP_DEPTH = 4
MAX_WORDPRESS_PAGES = 2000
_WP_API_REL = "https://api.w.org/"
_LINK_TAG = lazyre.compile(r"<link\b[^>]*>", re.IGNORECASE)
_ATTR = lazyre.compile(r"""([a-zA-Z_:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
_TAGS = lazyre.compile(r"<[^>]+>")


class SourceError(CitecheckError):
    """One source (or one document of it) could not be read; the audit goes on with the others."""


@dataclass
class SourcedDocument:
    """A document found in a source, parsed now or taken from the store when unchanged."""

    path: str
    source: str
    kind: SourceKind
    content_hash: str
    document: Document
    status: DocumentStatus
    modified: str | None = None
    etag: str | None = None
    last_modified: str | None = None

    def record(self) -> DocumentRecord:
        return DocumentRecord(
            path=self.path,
            source=self.source,
            content_hash=self.content_hash,
            modified=self.modified,
            etag=self.etag,
            last_modified=self.last_modified,
            document=self.document if self.status != "unchanged" else None,
        )


@dataclass
class SourceCollection:
    documents: list[SourcedDocument] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@dataclass
class _Response:
    url: str
    status: int
    body: bytes
    headers: httpx.Headers

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


def sha256(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


class _Reader:
    """One collection pass: the client, the store's knowledge, politeness, and what was found."""

    def __init__(
        self,
        config: Config,
        client: httpx.AsyncClient,
        known: KnownDocuments,
        per_page: int,
        on_document: Callable[[], None] | None,
    ) -> None:
        self.config = config
        self.on_document = on_document
        self.per_page = per_page
        self.today = dt.date.fromisoformat(config.today) if config.today else None
        self.client = client
        self.known = known
        self.found = SourceCollection()
        self.seen: set[str] = set()
        self.gate = asyncio.Semaphore(config.max_per_host)

    # --- transport --------------------------------------------------------------------------

    async def get(self, url: str, *, headers: Mapping[str, str] | None = None) -> _Response:
        cap = self.config.max_body_bytes
        try:
            # The run's client follows no redirects (the link fetcher walks them hop by hop); the
            # publisher's own pages may simply be followed, each hop still through the SSRF guard.
            request = apply_remaps(url, self.config)
            stream = self.client.stream("GET", request, headers=dict(headers or {}), follow_redirects=True)
            async with self.gate, stream as response:
                chunks, size = [], 0
                async for chunk in response.aiter_bytes():
                    size += len(chunk)
                    if size > cap:
                        raise SourceError(f"{url}: larger than {cap} bytes")
                    chunks.append(chunk)
                return _Response(str(response.url), response.status_code, b"".join(chunks), response.headers)
        except httpx.HTTPError as exc:
            detail = str(exc) or type(exc).__name__
            raise SourceError(f"{url}: {detail}") from exc

    async def get_ok(self, url: str, what: str) -> _Response:
        response = await self.get(url)
        if response.status != 200:
            raise SourceError(f"{what} {url}: HTTP {response.status}")
        return response

    # --- documents --------------------------------------------------------------------------

    def add(self, item: SourcedDocument) -> None:
        if item.path in self.seen:
            return
        self.seen.add(item.path)
        self.found.documents.append(item)
        if self.on_document is not None:
            self.on_document()

    def fail(self, message: str) -> None:
        self.found.errors.append(message)

    def judge(
        self, path: str, content_hash: str, known: DocumentRecord | None
    ) -> tuple[DocumentStatus, Document | None]:
        """New, changed, or unchanged (then with the store's parsed copy, so nothing is re-parsed)."""
        if known is None or known.document is None:
            return ("new" if known is None else "changed"), None
        if known.content_hash == content_hash:
            return "unchanged", known.document
        return "changed", None

    # --- local files ------------------------------------------------------------------------

    def read_files(self, spec: str) -> None:
        try:
            found = expand_inputs([spec])
        except CitecheckError as exc:
            self.fail(str(exc))
            return
        known = self.known([source.path for source in found])
        for source in found:
            try:
                data = source.load()
            except CitecheckError as exc:
                self.fail(str(exc))
                continue
            digest = sha256(data)
            status, document = self.judge(source.path, digest, known.get(source.path))
            if document is None:
                try:
                    document = parse_bytes(data, path=source.path, today=self.today)
                except CitecheckError as exc:
                    self.fail(f"{source.path}: {exc}")
                    continue
            self.add(SourcedDocument(source.path, spec, "files", digest, document, status))

    # --- web pages --------------------------------------------------------------------------

    async def read_pages(self, spec: str, kind: SourceKind, pages: Sequence[tuple[str, str | None]]) -> None:
        """Fetch and parse the analysis pages a sitemap or feed lists, skipping unchanged ones."""
        wanted = [(url, modified) for url, modified in pages if url not in self.seen]
        known = self.known([url for url, _ in wanted])

        async def one(url: str, modified: str | None) -> None:
            record = known.get(url)
            if (
                record is not None
                and record.document is not None
                and modified
                and record.modified == modified
            ):
                # The sitemap's lastmod (or the feed's date) vouches for it: no request at all.
                self.add(
                    SourcedDocument(
                        url, spec, kind, record.content_hash, record.document, "unchanged", modified
                    )
                )
                return
            await self.read_page(spec, kind, url, modified=modified, record=record)

        await asyncio.gather(*(one(url, modified) for url, modified in wanted))

    async def read_page(
        self,
        spec: str,
        kind: SourceKind,
        url: str,
        *,
        modified: str | None = None,
        record: DocumentRecord | None = None,
        response: _Response | None = None,
    ) -> None:
        headers: dict[str, str] = {}
        if record is not None and record.document is not None:
            if record.etag:
                headers["If-None-Match"] = record.etag
            if record.last_modified:
                headers["If-Modified-Since"] = record.last_modified
        try:
            response = response or await self.get(url, headers=headers)
        except SourceError as exc:
            self.fail(f"page {exc}")
            return
        if response.status == 304 and record is not None and record.document is not None:
            self.add(
                SourcedDocument(
                    url,
                    spec,
                    kind,
                    record.content_hash,
                    record.document,
                    "unchanged",
                    modified or record.modified,
                    record.etag,
                    record.last_modified,
                )
            )
            return
        if response.status != 200:
            self.fail(f"page {url}: HTTP {response.status}")
            return
        digest = sha256(response.body)
        status, document = self.judge(url, digest, record)
        if document is None:
            try:
                document = parse_bytes(response.body, path=url, fmt="html", today=self.today)
            except CitecheckError as exc:
                self.fail(f"page {url}: {exc}")
                return
        self.add(
            SourcedDocument(
                url,
                spec,
                kind,
                digest,
                document,
                status,
                modified,
                response.headers.get("etag"),
                response.headers.get("last-modified"),
            )
        )

    # --- sitemaps ---------------------------------------------------------------------------

    async def read_sitemap(self, spec: str, url: str, response: _Response | None = None) -> None:
        pages: list[tuple[str, str | None]] = []
        visited: set[str] = set()

        async def walk(sitemap_url: str, depth: int, fetched: _Response | None) -> None:
            if sitemap_url in visited or depth > MAX_SITEMAP_DEPTH:
                return
            visited.add(sitemap_url)
            try:
                got = fetched or await self.get_ok(sitemap_url, "sitemap")
                root = parse_xml(got.body)
            except SourceError as exc:
                self.fail(str(exc) if str(exc).startswith("sitemap") else f"sitemap {sitemap_url}: {exc}")
                return
            name = etree.QName(root).localname
            if name == "sitemapindex":
                children = [
                    _text(loc) for loc in _xpath(root, "./*[local-name()='sitemap']/*[local-name()='loc']")
                ]
                await asyncio.gather(*(walk(child, depth + 1, None) for child in children if child))
            elif name == "urlset":
                for entry in _xpath(root, "./*[local-name()='url']"):
                    loc = _first(entry, "loc")
                    if loc:
                        pages.append((loc, _first(entry, "lastmod")))
            else:
                self.fail(f"sitemap {sitemap_url}: not a sitemap (root element <{name}>)")

        await walk(url, 0, response)
        await self.read_pages(spec, "sitemap", pages)

    # --- feeds ------------------------------------------------------------------------------

    async def read_feed(self, spec: str, url: str, response: _Response | None = None) -> None:
        try:
            got = response or await self.get_ok(url, "feed")
            root = parse_xml(got.body)
        except SourceError as exc:
            self.fail(str(exc) if str(exc).startswith("feed") else f"feed {url}: {exc}")
            return
        entries = _xpath(root, "//*[local-name()='item' or local-name()='entry']")
        if not entries and etree.QName(root).localname not in {"rss", "feed", "RDF"}:
            self.fail(f"feed {url}: not an RSS or Atom feed (root element <{etree.QName(root).localname}>)")
            return
        to_fetch: list[tuple[str, str | None]] = []
        for entry in entries:
            link = _entry_link(entry)
            if not link:
                continue
            modified = _first(entry, "updated") or _first(entry, "pubDate") or _first(entry, "date")
            content = _entry_content(entry)
            if content is None:
                to_fetch.append((link, modified))
                continue
            self.add_article(
                spec,
                "feed",
                link,
                title=html.unescape(_first(entry, "title") or ""),
                content=content,
                date=_first(entry, "published") or _first(entry, "pubDate") or _first(entry, "date"),
                modified=modified,
            )
        await self.read_pages(spec, "feed", to_fetch)

    def add_article(
        self,
        spec: str,
        kind: SourceKind,
        link: str,
        *,
        title: str,
        content: str,
        date: str | None,
        modified: str | None,
    ) -> None:
        """An article whose HTML body the source itself carries (a feed's content, a WordPress post)."""
        if link in self.seen:
            return
        page = article_html(title, content, date)
        digest = sha256(page)
        status, document = self.judge(link, digest, self.known([link]).get(link))
        if document is None:
            try:
                document = parse_bytes(page, path=link, fmt="html", today=self.today)
            except CitecheckError as exc:
                self.fail(f"{kind} {link}: {exc}")
                return
            if title.strip():
                document.title = title.strip()
        self.add(SourcedDocument(link, spec, kind, digest, document, status, modified))

    # --- WordPress --------------------------------------------------------------------------

    async def read_wordpress(self, spec: str, endpoint: str) -> None:
        """Every post of a WordPress site through its REST API, paginated.

        First a light listing (id, link, modified) of every page of posts; then the full content
        only of posts that are new or modified since the store last saw them, a page at a time.
        """
        listing: list[dict[str, Any]] = []
        page, total = 1, 1
        while page <= min(total, MAX_WORDPRESS_PAGES):
            url = _with_params(
                endpoint,
                {
                    "per_page": self.per_page,
                    "page": page,
                    "orderby": "id",
                    "order": "asc",
                    "_fields": "id,link,modified_gmt",
                },
            )
            try:
                got = await self.get_ok(url, "WordPress API")
                posts = _json_list(got)
            except SourceError as exc:
                self.fail(str(exc))
                return
            listing.extend(p for p in posts if isinstance(p, dict) and p.get("link"))
            total = _int_header(got.headers, "x-wp-totalpages", default=page)
            page += 1
        # Posts another source already gave this run are not asked for again.
        listing = [p for p in listing if str(p["link"]) not in self.seen]
        known = self.known([str(p["link"]) for p in listing])
        stale: list[dict[str, Any]] = []
        for post in listing:
            link, modified = str(post["link"]), _str_or_none(post.get("modified_gmt"))
            record = known.get(link)
            if (
                record is not None
                and record.document is not None
                and modified
                and record.modified == modified
            ):
                self.add(
                    SourcedDocument(
                        link, spec, "wordpress", record.content_hash, record.document, "unchanged", modified
                    )
                )
            else:
                stale.append(post)
        for start in range(0, len(stale), self.per_page):
            batch = stale[start : start + self.per_page]
            url = _with_params(
                endpoint,
                {
                    "include": ",".join(str(p["id"]) for p in batch),
                    "per_page": len(batch),
                    "orderby": "include",
                    "_fields": "id,link,date,modified_gmt,title,content",
                },
            )
            try:
                posts = _json_list(await self.get_ok(url, "WordPress API"))
            except SourceError as exc:
                self.fail(str(exc))
                continue
            for post in posts:
                if not isinstance(post, dict) or not post.get("link"):
                    continue
                self.add_article(
                    spec,
                    "wordpress",
                    str(post["link"]),
                    title=_strip_tags(_rendered(post.get("title"))),
                    content=_rendered(post.get("content")),
                    date=_str_or_none(post.get("date")),
                    modified=_str_or_none(post.get("modified_gmt")),
                )

    # --- dispatch ---------------------------------------------------------------------------

    async def read(self, spec: str) -> None:
        forced, url = split_source(spec)
        if url is None:
            self.read_files(spec)
            return
        if forced == "wordpress" or (forced is None and "/wp-json/" in url + "/"):
            await self.read_wordpress(spec, wordpress_endpoint(url))
            return
        if forced == "sitemap":
            await self.read_sitemap(spec, url)
            return
        if forced == "feed":
            await self.read_feed(spec, url)
            return
        if forced == "page":
            await self.read_page(spec, "page", url, record=self.known([url]).get(url))
            return
        try:
            first = await self.get_ok(url, "source")
        except SourceError as exc:
            self.fail(str(exc))
            return
        kind, api_root = sniff(first)
        if kind == "sitemap":
            await self.read_sitemap(spec, url, first)
        elif kind == "feed":
            await self.read_feed(spec, url, first)
        elif kind == "wordpress" and api_root is not None:
            await self.read_wordpress(spec, wordpress_endpoint(api_root))
        else:
            await self.read_page(spec, "page", url, record=self.known([url]).get(url), response=first)


async def collect_documents(
    sources: Sequence[str],
    config: Config,
    *,
    known: KnownDocuments,
    client: httpx.AsyncClient,
    wordpress_per_page: int = WORDPRESS_PER_PAGE,
    on_document: Callable[[], None] | None = None,
) -> SourceCollection:
    """Every document of every source, in source order, each once (the first source naming it wins).

    ``known`` looks documents up in the store, so unchanged ones are neither fetched (where the
    source gives a modified date) nor parsed again. ``on_document`` is called after each document
    (the audit renews its lock there: parsing thousands of documents takes a while).
    """
    reader = _Reader(config, client, known, wordpress_per_page, on_document)
    for spec in sources:
        await reader.read(spec)
    return reader.found


# --- pure helpers ---------------------------------------------------------------------------


def split_source(spec: str) -> tuple[SourceKind | None, str | None]:
    """``(forced kind, URL)`` of a URL source, or ``(None, None)`` for files, directories and globs."""
    for kind in SOURCE_PREFIXES:
        if spec.startswith(kind + ":") and spec[len(kind) + 1 :].startswith(("http://", "https://")):
            return kind, spec[len(kind) + 1 :]
    if spec.startswith(("http://", "https://")):
        return None, spec
    return None, None


def wordpress_endpoint(url: str) -> str:
    """The posts endpoint for a site URL, an API root (``/wp-json/``) or the endpoint itself."""
    parts = httpx.URL(url)
    path = parts.path
    if "/wp-json" in path:
        root, _, rest = path.partition("/wp-json")
        if rest.strip("/"):
            return url
        return str(parts.copy_with(path=f"{root}/wp-json/wp/v2/posts"))
    return str(parts.copy_with(path=path.rstrip("/") + "/wp-json/wp/v2/posts", query=None))


def sniff(response: _Response) -> tuple[SourceKind, str | None]:
    """What a URL serves: a sitemap, a feed, a WordPress site (with its API root), or one page."""
    head = response.body[:2048].lstrip()
    if head.startswith(b"\x1f\x8b") or head.startswith(b"<?xml") or "xml" in response.content_type:
        try:
            root = parse_xml(response.body)
        except SourceError:
            return "page", None
        name = etree.QName(root).localname
        if name in {"urlset", "sitemapindex"}:
            return "sitemap", None
        if name in {"rss", "feed", "RDF"}:
            return "feed", None
        return "page", None
    api_root = wordpress_api_root(response.headers.get("link", ""), response.body)
    if api_root is not None:
        return "wordpress", api_root
    return "page", None


def wordpress_api_root(link_header: str, body: bytes) -> str | None:
    """The REST API root a WordPress site advertises (``Link`` header or ``<link rel=...>``)."""
    for part in link_header.split(","):
        if f'rel="{_WP_API_REL}"' in part and "<" in part and ">" in part:
            return part[part.index("<") + 1 : part.index(">")]
    text = body[:65536].decode("utf-8", "replace")
    for tag in _LINK_TAG.findall(text):
        attrs = {
            m.group(1).lower(): m.group(2) or m.group(3) or m.group(4) or "" for m in _ATTR.finditer(tag)
        }
        if attrs.get("rel") == _WP_API_REL and attrs.get("href"):
            return html.unescape(attrs["href"])
    return None


def parse_xml(data: bytes) -> etree._Element:
    """A sitemap or feed as XML, gunzipped if need be; entities and the network stay off (XXE)."""
    if data[:2] == b"\x1f\x8b":
        data = _gunzip(data)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, recover=False)
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise SourceError(f"invalid XML: {exc}") from exc
    if root is None:
        raise SourceError("empty XML document")
    return root


def _gunzip(data: bytes, limit: int = 50 * 1024 * 1024) -> bytes:
    # Sitemaps may be .xml.gz; cap the inflated size so a gzip bomb cannot exhaust memory.
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, limit)
    except zlib.error as exc:
        raise SourceError(f"invalid gzip data: {exc}") from exc
    if inflater.unconsumed_tail:
        raise SourceError(f"gzip data inflates to more than {limit} bytes")
    return out


def article_html(title: str, content: str, date: str | None) -> bytes:
    """A whole HTML page around an article body a source carries, so the HTML reader can take it."""
    meta = f'<meta property="article:published_time" content="{html.escape(date)}">' if date else ""
    safe_title = html.escape(title)
    page = (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{safe_title}</title>{meta}</head>'
        f"<body><article><h1>{safe_title}</h1>\n{content}\n</article></body></html>"
    )
    return page.encode("utf-8")


def _xpath(element: Any, expression: str) -> list[Any]:
    found = element.xpath(expression)
    return list(found) if isinstance(found, list) else []


def _text(element: Any) -> str:
    return str(element.text or "").strip()


def _first(element: Any, local_name: str) -> str | None:
    found = _xpath(element, f"./*[local-name()='{local_name}']")
    return _text(found[0]) or None if found else None


def _entry_link(entry: Any) -> str | None:
    for link in _xpath(entry, "./*[local-name()='link']"):
        href = link.get("href")
        if href and link.get("rel", "alternate") == "alternate":
            return str(href).strip()
        if not href and _text(link):
            return _text(link)
    guid = _xpath(entry, "./*[local-name()='guid' and (not(@isPermaLink) or @isPermaLink='true')]")
    return _text(guid[0]) or None if guid else None


def _entry_content(entry: Any) -> str | None:
    """The full HTML body an entry carries (RSS content:encoded, Atom content), if any.

    A summary or description is not enough: the footnotes are at the end of the article.
    """
    for element in _xpath(entry, "./*[local-name()='encoded' or local-name()='content']"):
        if element.get("src"):
            continue
        if etree.QName(element).localname == "content" and element.get("type") == "xhtml":
            return "".join(etree.tostring(child, encoding="unicode") for child in element)
        text = str(element.text or "")
        if text.strip():
            return text
    return None


def _with_params(url: str, params: Mapping[str, str | int]) -> str:
    return str(httpx.URL(url).copy_merge_params({k: str(v) for k, v in params.items()}))


def _json_list(response: _Response) -> list[Any]:
    try:
        data = json.loads(response.body)
    except ValueError as exc:
        raise SourceError(f"WordPress API {response.url}: not JSON ({exc})") from exc
    if not isinstance(data, list):
        raise SourceError(f"WordPress API {response.url}: expected a list of posts")
    return data


def _int_header(headers: httpx.Headers, name: str, *, default: int) -> int:
    try:
        return max(1, int(headers.get(name, default)))
    except ValueError:
        return default


def _rendered(value: Any) -> str:
    if isinstance(value, dict):
        return str(value.get("rendered") or "")
    return str(value or "")


def _strip_tags(text: str) -> str:
    return html.unescape(_TAGS.sub("", text)).strip()


def _str_or_none(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None
