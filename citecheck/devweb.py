"""The fixture web: a small HTTP/1.1 server over ``fixtures/web`` that can also misbehave on purpose.

``fixtures/web/<host>/<path>`` is served as ``http://127.0.0.1:PORT/<host>/<path>`` — or as
``http://<address>:PORT/<path>`` when the Host header names the site (the benchmark's loopback
hosts 127.0.0.2, 127.0.0.3 …). A path ending in ``/`` is ``<path>/index.html``; files without an
extension are ``text/html; charset=utf-8``. Names starting with ``_`` are never served. A site may
carry two files of settings:

* ``_site.json`` — ``{"missing": "404" | "soft-404" | "home" | "home-redirect", "latency_ms": 40,
  "missing_page": "_not_found.html"}``: what unknown paths get (a real 404, a 200 "Page not found"
  page, the home page itself, or a redirect home) and the latency added to every answer;
* ``_redirects`` — ``FROM TO [STATUS]`` lines, Netlify style (``/old /new 301``).

Control routes (also under a site prefix, so relative redirects stay on the site):
``/status/<n>``, ``/slow?ms=``, ``/redirect/<n>?code=``, ``/redirect-to?url=&code=``,
``/redirect-loop``, ``/cookie-redirect``, ``/retry-after?s=&then=200&fail=1&code=429&date=1&key=``,
``/flaky?fail=1&code=503&key=``, ``/gzip-bomb?mb=``, ``/big?mb=&type=``, ``/never``,
``/trickle?ms=``, ``/malformed``, ``/reset``, ``/empty``, ``/bot-wall?status=``, ``/echo-headers``.

Use :class:`DevWeb` (a background thread; ``with DevWeb() as web: web.url(...)``) in tests and
scripts, :class:`FixtureServer` inside a running event loop, or the command line:
``python -m citecheck.devweb serve --port 8000`` and ``python -m citecheck.devweb demo``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import email.utils
import gzip
import hashlib
import json
import mimetypes
import re
import shlex
import signal
import socket
import ssl
import string
import struct
import subprocess
import sys
import threading
import time
import traceback
import zlib
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from http import HTTPStatus
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_ROOT = REPO_ROOT / "fixtures" / "web"
DEMO_ANALYSIS = REPO_ROOT / "fixtures" / "analyses" / "armenia-russia-analysis.txt"
PAGES_DIR = "_devweb"
SITE_FILE = "_site.json"
REDIRECTS_FILE = "_redirects"
MAX_HEAD_BYTES = 64 * 1024
GZIP_MIN_BYTES = 1024
BIG_CHUNK = 64 * 1024
TRICKLE_MAX_SECONDS = 120.0
MISSING_MODES = ("404", "soft-404", "home", "home-redirect")


@dataclass
class Request:
    method: str
    target: str
    version: str
    headers: dict[str, str]
    path: str = "/"
    query: dict[str, str] = field(default_factory=dict)
    site: str | None = None
    prefix: str = ""
    site_path: str = "/"

    @property
    def keep_alive(self) -> bool:
        connection = self.headers.get("connection", "").lower()
        if self.version == "HTTP/1.0":
            return connection == "keep-alive"
        return connection != "close"

    def arg(self, name: str, default: str) -> str:
        return self.query.get(name, default)

    def number(self, name: str, default: float) -> float:
        try:
            return float(self.query.get(name, default))
        except ValueError:
            return default


@dataclass(frozen=True)
class StaticFile:
    body: bytes
    gzipped: bytes | None
    content_type: str
    etag: str
    mtime: float


@dataclass(frozen=True)
class SiteSettings:
    missing: str = "404"
    latency_ms: float = 0.0
    missing_page: str | None = None
    redirects: Mapping[str, tuple[str, int]] = field(default_factory=dict)


def _parse_head(head: bytes) -> Request | None:
    try:
        text = head.decode("latin-1")
        request_line, *header_lines = text.split("\r\n")
        method, target, version = request_line.split(" ")
    except ValueError:
        return None
    headers: dict[str, str] = {}
    for line in header_lines:
        if not line:
            continue
        name, sep, value = line.partition(":")
        if not sep:
            return None
        headers[name.strip().lower()] = value.strip()
    parts = urlsplit(target)
    query = {k: v[-1] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
    return Request(method.upper(), target, version, headers, path=parts.path or "/", query=query)


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


def _http_date(when: float | None = None) -> str:
    return email.utils.formatdate(when, usegmt=True)


class FixtureServer:
    """The asyncio server: routing, fixture files, control routes, request statistics."""

    def __init__(self, root: Path = DEFAULT_ROOT, *, latency_ms: Mapping[str, float] | None = None) -> None:
        self.root = Path(root).resolve()
        self.latency_ms = dict(latency_ms or {})
        self.hits: Counter[str] = Counter()
        self.requests = 0
        self.in_flight = 0
        self.peak_in_flight = 0
        self._counters: Counter[str] = Counter()
        self._files: dict[Path, StaticFile] = {}
        self._sites: dict[str, SiteSettings | None] = {}
        self._bombs: dict[int, bytes] = {}
        self._templates: dict[str, string.Template] = {}
        self._servers: list[asyncio.Server] = []
        self._connections: set[asyncio.Task[None]] = set()
        self.port = 0
        self.scheme = "http"
        self._routes: dict[
            str, Callable[[Request, asyncio.StreamReader, asyncio.StreamWriter], Awaitable[bool]]
        ] = {
            "status": self._status,
            "slow": self._slow,
            "redirect": self._redirect,
            "redirect-to": self._redirect_to,
            "redirect-loop": self._redirect_loop,
            "cookie-redirect": self._cookie_redirect,
            "retry-after": self._retry_after,
            "flaky": self._flaky,
            "gzip-bomb": self._gzip_bomb,
            "big": self._big,
            "never": self._never,
            "trickle": self._trickle,
            "malformed": self._malformed,
            "reset": self._reset,
            "empty": self._empty,
            "bot-wall": self._bot_wall,
            "echo-headers": self._echo_headers,
        }

    # -- lifecycle -------------------------------------------------------------------------

    async def start(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        extra_hosts: Sequence[str] = (),
        ssl_context: ssl.SSLContext | None = None,
    ) -> int:
        """Listen on ``host:port`` (a free port when 0) and on ``extra_hosts`` at the same port."""
        first = await asyncio.start_server(
            self._accept, host, port, ssl=ssl_context, limit=MAX_HEAD_BYTES, backlog=1024
        )
        self._servers.append(first)
        self.port = first.sockets[0].getsockname()[1]
        for extra in extra_hosts:
            server = await asyncio.start_server(
                self._accept, extra, self.port, ssl=ssl_context, limit=MAX_HEAD_BYTES, backlog=1024
            )
            self._servers.append(server)
        self.scheme = "https" if ssl_context is not None else "http"
        return self.port

    async def aclose(self) -> None:
        for server in self._servers:
            server.close()
        for task in list(self._connections):
            task.cancel()
        await asyncio.gather(*self._connections, return_exceptions=True)
        self._servers.clear()

    async def __aenter__(self) -> FixtureServer:
        if not self._servers:
            await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    def preload(self) -> int:
        """Read (and gzip) every fixture file now, so the first requests are as fast as the rest."""
        count = 0
        for site in sorted(p.name for p in self.root.iterdir() if p.is_dir()):
            if self._site(site) is None:
                continue
            for path in (self.root / site).rglob("*"):
                relative = path.relative_to(self.root / site).as_posix()
                if path.is_file() and isinstance(self._static(site, "/" + relative), StaticFile):
                    count += 1
        return count

    def reset_stats(self) -> None:
        self.hits.clear()
        self.requests = 0
        self.peak_in_flight = self.in_flight

    # -- connections -----------------------------------------------------------------------

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._connections.add(task)
        try:
            await self._serve(reader, writer)
        except (ConnectionError, asyncio.IncompleteReadError, ssl.SSLError, OSError):
            pass
        finally:
            self._connections.discard(task)
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while True:
            try:
                head = await reader.readuntil(b"\r\n\r\n")
            except (asyncio.IncompleteReadError, asyncio.LimitOverrunError):
                return
            request = _parse_head(head)
            if request is None:
                await self._send(writer, None, 400, b"bad request\n", keep=False)
                return
            length = request.headers.get("content-length", "0")
            if length.isdigit() and int(length):
                await reader.readexactly(int(length))
            self.requests += 1
            self.hits[request.target] += 1
            self.in_flight += 1
            self.peak_in_flight = max(self.peak_in_flight, self.in_flight)
            try:
                keep = await self._dispatch(request, reader, writer)
            except (ConnectionError, asyncio.IncompleteReadError, ssl.SSLError):
                raise
            except Exception:  # a broken fixture must show up, not look like a flaky server
                traceback.print_exc()
                keep = await self._send(writer, request, 500, b"devweb error\n", keep=False)
            finally:
                self.in_flight -= 1
            if not keep:
                return

    async def _send(
        self,
        writer: asyncio.StreamWriter,
        request: Request | None,
        status: int,
        body: bytes = b"",
        headers: Iterable[tuple[str, str]] = (),
        *,
        keep: bool | None = None,
        content_type: str = "text/html; charset=utf-8",
    ) -> bool:
        keep = (request.keep_alive if request is not None else False) if keep is None else keep
        lines = [
            f"HTTP/1.1 {status} {_reason(status)}",
            f"Date: {_http_date()}",
            "Server: citecheck-devweb",
            f"Content-Length: {len(body)}",
        ]
        if body or status not in (204, 304):
            lines.append(f"Content-Type: {content_type}")
        lines.extend(f"{name}: {value}" for name, value in headers)
        if not keep:
            lines.append("Connection: close")
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        send_body = request is None or request.method != "HEAD"
        writer.write(head + body if send_body else head)
        await writer.drain()
        return keep

    # -- routing ---------------------------------------------------------------------------

    def _site(self, name: str) -> SiteSettings | None:
        if name in self._sites:
            return self._sites[name]
        settings: SiteSettings | None = None
        if name and not name.startswith(("_", ".")) and "/" not in name and name not in ("..",):
            folder = self.root / name
            if folder.is_dir():
                settings = self._read_site(folder)
        self._sites[name] = settings
        return settings

    @staticmethod
    def _read_site(folder: Path) -> SiteSettings:
        data: dict[str, object] = {}
        site_file = folder / SITE_FILE
        if site_file.is_file():
            data = json.loads(site_file.read_text(encoding="utf-8"))
        redirects: dict[str, tuple[str, int]] = {}
        redirects_file = folder / REDIRECTS_FILE
        if redirects_file.is_file():
            for line in redirects_file.read_text(encoding="utf-8").splitlines():
                fields = line.split("#", 1)[0].split()
                if len(fields) >= 2:
                    redirects[fields[0]] = (fields[1], int(fields[2]) if len(fields) > 2 else 301)
        missing = str(data.get("missing", "404"))
        if missing not in MISSING_MODES:
            raise ValueError(f"{site_file}: missing must be one of {', '.join(MISSING_MODES)}")
        latency = data.get("latency_ms", 0.0)
        page = data.get("missing_page")
        return SiteSettings(
            missing=missing,
            latency_ms=float(latency) if isinstance(latency, int | float) else 0.0,
            missing_page=str(page) if page else None,
            redirects=redirects,
        )

    def _locate(self, request: Request) -> None:
        host = request.headers.get("host", "")
        host = host[1 : host.find("]")] if host.startswith("[") else host.rsplit(":", 1)[0]
        if host and self._site(host.lower()) is not None:
            request.site, request.site_path = host.lower(), request.path
            return
        first, _, rest = request.path.lstrip("/").partition("/")
        if first and self._site(first) is not None:
            request.site, request.prefix, request.site_path = first, "/" + first, "/" + rest
            return
        request.site_path = request.path

    def _latency(self, request: Request) -> float:
        host = request.headers.get("host", "").rsplit(":", 1)[0].lower()
        for key in (request.site, host):
            if key and key in self.latency_ms:
                return self.latency_ms[key] / 1000
        settings = self._site(request.site) if request.site else None
        return settings.latency_ms / 1000 if settings else 0.0

    async def _dispatch(
        self, request: Request, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> bool:
        self._locate(request)
        delay = self._latency(request)
        if delay > 0:
            await asyncio.sleep(delay)
        settings = self._site(request.site) if request.site else None
        if settings is not None and request.site_path in settings.redirects:
            target, code = settings.redirects[request.site_path]
            location = request.prefix + target if target.startswith("/") else target
            return await self._send(writer, request, code, headers=[("Location", location)])
        if request.site is not None:
            served = self._static(request.site, request.site_path)
            if isinstance(served, str):
                return await self._send(writer, request, 301, headers=[("Location", request.prefix + served)])
            if served is not None:
                return await self._serve_file(request, writer, served)
        route = request.site_path.lstrip("/").split("/", 1)[0]
        handler = self._routes.get(route)
        if handler is not None:
            return await handler(request, reader, writer)
        if settings is not None and settings.missing != "404":
            return await self._missing(request, writer, settings)
        return await self._send(writer, request, 404, self._page("not-found.html", title="404 Not Found"))

    def _static(self, site: str, path: str) -> StaticFile | str | None:
        """The fixture file for ``path`` on ``site``; a str is the slash-terminated path to redirect to."""
        relative = unquote(path).lstrip("/")
        if any(part.startswith("_") or part in ("..", ".") for part in relative.split("/") if part):
            return None
        if relative == "" or relative.endswith("/"):
            relative += "index.html"
        site_root = self.root / site
        candidate = site_root / relative
        if not candidate.exists():
            # Feeds and APIs: a folder's index may be XML or JSON (feed/ → feed/index.xml), and an
            # extensionless API path may be a JSON file (wp-json/wp/v2/posts → posts.json).
            stem = candidate.with_suffix("") if candidate.name == "index.html" else candidate
            for alternative in (
                stem.with_suffix(".xml"),
                stem.with_suffix(".json"),
                Path(f"{candidate}.json"),
            ):
                if alternative.is_file():
                    candidate = alternative
                    break
        try:
            resolved = candidate.resolve()
            resolved.relative_to(site_root.resolve())
        except (OSError, ValueError):
            return None
        cached = self._files.get(resolved)
        if cached is not None:
            return cached
        if resolved.is_dir():
            return path.rstrip("/") + "/" if (resolved / "index.html").is_file() else None
        if not resolved.is_file():
            return None
        # Fixture sites that link to themselves (sitemaps, feeds, the WordPress API) write their
        # own address as {{BASE}}, which only the running server knows.
        body = resolved.read_bytes().replace(b"{{BASE}}", f"{self.scheme}://127.0.0.1:{self.port}".encode())
        guessed = mimetypes.guess_type(resolved.name)[0] if resolved.suffix else None
        content_type = guessed or "text/html"
        if content_type.startswith("text/") or content_type == "application/xhtml+xml":
            content_type += "; charset=utf-8"
        compressible = len(body) >= GZIP_MIN_BYTES and content_type.startswith(("text/", "application/xhtml"))
        static = StaticFile(
            body=body,
            gzipped=gzip.compress(body, compresslevel=6, mtime=0) if compressible else None,
            content_type=content_type,
            etag='"' + hashlib.sha1(body, usedforsecurity=False).hexdigest()[:16] + '"',
            mtime=resolved.stat().st_mtime,
        )
        self._files[resolved] = static
        return static

    async def _serve_file(self, request: Request, writer: asyncio.StreamWriter, static: StaticFile) -> bool:
        headers = [("ETag", static.etag), ("Last-Modified", _http_date(static.mtime))]
        if request.headers.get("if-none-match") == static.etag:
            return await self._send(writer, request, 304, headers=headers)
        since = request.headers.get("if-modified-since")
        if since and "if-none-match" not in request.headers:
            with contextlib.suppress(TypeError, ValueError):
                if email.utils.parsedate_to_datetime(since).timestamp() >= int(static.mtime):
                    return await self._send(writer, request, 304, headers=headers)
        body = static.body
        if static.gzipped is not None:
            headers.append(("Vary", "Accept-Encoding"))
            if "gzip" in request.headers.get("accept-encoding", ""):
                body = static.gzipped
                headers.append(("Content-Encoding", "gzip"))
        return await self._send(writer, request, 200, body, headers, content_type=static.content_type)

    async def _missing(self, request: Request, writer: asyncio.StreamWriter, settings: SiteSettings) -> bool:
        assert request.site is not None
        if settings.missing == "home-redirect":
            return await self._send(writer, request, 302, headers=[("Location", request.prefix + "/")])
        if settings.missing == "home":
            home = self._static(request.site, "/")
            if isinstance(home, StaticFile):
                return await self._send(writer, request, 200, home.body, content_type=home.content_type)
        page_file = self.root / request.site / settings.missing_page if settings.missing_page else None
        if page_file is not None and page_file.is_file():
            body = page_file.read_bytes()
        else:
            body = self._page("soft-404.html", title="Page not found")
        return await self._send(writer, request, 200, body)

    def _page(self, name: str, **values: str) -> bytes:
        template = self._templates.get(name)
        if template is None:
            # A tree of its own (the benchmark's) may lack the control pages: fall back to ours.
            own = self.root / PAGES_DIR / name
            template = string.Template(
                (own if own.is_file() else DEFAULT_ROOT / PAGES_DIR / name).read_text("utf-8")
            )
            self._templates[name] = template
        return template.safe_substitute(values).encode("utf-8")

    def _counter(self, request: Request, route: str) -> int:
        """How many times this route was asked with this key before (the key defaults to the query)."""
        key = f"{route}:{request.site}:{request.arg('key', json.dumps(sorted(request.query.items())))}"
        count = self._counters[key]
        self._counters[key] += 1
        return count

    # -- control routes --------------------------------------------------------------------

    async def _status(
        self, request: Request, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> bool:
        try:
            code = int(request.site_path.rstrip("/").rsplit("/", 1)[-1])
        except ValueError:
            code = 400
        headers: list[tuple[str, str]] = []
        if "location" in request.query:
            headers.append(("Location", request.query["location"]))
        if "retry_after" in request.query:
            headers.append(("Retry-After", request.query["retry_after"]))
        body = self._page("page.html", title=f"{code} {_reason(code)}", text=f"Status {code}.")
        return await self._send(writer, request, code, b"" if code in (204, 304) else body, headers)

    async def _slow(
        self, request: Request, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> bool:
        await asyncio.sleep(request.number("ms", 1000) / 1000)
        return await self._send(
            writer, request, 200, self._page("page.html", title="Slow page", text="Slow.")
        )

    async def _redirect(
        self, request: Request, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> bool:
        try:
            remaining = int(request.site_path.rstrip("/").rsplit("/", 1)[-1])
        except ValueError:
            remaining = 1
        code = int(request.number("code", 302))
        if remaining <= 0:
            return await self._send(
                writer, request, 200, self._page("page.html", title="Redirected", text="Done.")
            )
        location = f"{request.prefix}/redirect/{remaining - 1}?code={code}"
        return await self._send(writer, request, code, headers=[("Location", location)])

    async def _redirect_to(
        self, request: Request, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> bool:
        code = int(request.number("code", 302))
        return await self._send(writer, request, code, headers=[("Location", request.arg("url", "/"))])

    async def _redirect_loop(
        self, request: Request, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> bool:
        nxt = "/redirect-loop" if request.site_path.rstrip("/").endswith("/next") else "/redirect-loop/next"
        return await self._send(writer, request, 302, headers=[("Location", request.prefix + nxt)])

    async def _cookie_redirect(
        self, request: Request, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> bool:
        if "devweb=1" in request.headers.get("cookie", ""):
            return await self._send(
                writer, request, 200, self._page("page.html", title="Welcome back", text="Ok.")
            )
        headers = [("Location", request.prefix + "/cookie-redirect"), ("Set-Cookie", "devweb=1; Path=/")]
        return await self._send(writer, request, 302, headers=headers)

    async def _retry_after(
        self, request: Request, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> bool:
        if self._counter(request, "retry-after") < int(request.number("fail", 1)):
            seconds = request.number("s", 1)
            value = _http_date(time.time() + seconds) if request.arg("date", "0") == "1" else f"{seconds:g}"
            code = int(request.number("code", 429))
            body = self._page("page.html", title=f"{code} {_reason(code)}", text="Slow down.")
            return await self._send(writer, request, code, body, [("Retry-After", value)])
        then = int(request.number("then", 200))
        return await self._send(
            writer, request, then, self._page("page.html", title="Thanks for waiting", text="Ok.")
        )

    async def _flaky(
        self, request: Request, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> bool:
        if self._counter(request, "flaky") < int(request.number("fail", 1)):
            code = int(request.number("code", 503))
            return await self._send(
                writer, request, code, self._page("page.html", title="Try again", text="Busy.")
            )
        return await self._send(
            writer, request, 200, self._page("page.html", title="Flaky page", text="Ok now.")
        )

    def _bomb(self, megabytes: int) -> bytes:
        if megabytes not in self._bombs:
            packer = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
            block = b"\0" * (1 << 20)
            parts = [packer.compress(b"<!doctype html><title>Bomb</title>")]
            parts.extend(packer.compress(block) for _ in range(megabytes))
            parts.append(packer.flush())
            self._bombs[megabytes] = b"".join(parts)
        return self._bombs[megabytes]

    async def _gzip_bomb(
        self, request: Request, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> bool:
        # zlib lets go of the GIL: build a large bomb off the loop so other requests keep flowing.
        body = await asyncio.to_thread(self._bomb, max(1, int(request.number("mb", 64))))
        return await self._send(writer, request, 200, body, [("Content-Encoding", "gzip")])

    async def _big(
        self, request: Request, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> bool:
        total = int(request.number("mb", 50) * (1 << 20))
        content_type = request.arg("type", "text/html; charset=utf-8")
        head = (
            f"HTTP/1.1 200 OK\r\nDate: {_http_date()}\r\nServer: citecheck-devweb\r\n"
            f"Content-Type: {content_type}\r\nContent-Length: {total}\r\n\r\n"
        )
        writer.write(head.encode("latin-1"))
        chunk = (b"<p>" + b"big body " * 7000 + b"</p>\n")[:BIG_CHUNK]
        sent = 0
        while sent < total and request.method != "HEAD":
            piece = chunk[: total - sent]
            writer.write(piece)
            sent += len(piece)
            await writer.drain()
        return request.keep_alive

    async def _never(
        self, request: Request, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> bool:
        while await reader.read(65536):
            pass  # accept whatever comes, answer nothing, until the client gives up
        return False

    async def _trickle(
        self, request: Request, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> bool:
        interval = request.number("ms", 200) / 1000
        head = (
            f"HTTP/1.1 200 OK\r\nDate: {_http_date()}\r\nServer: citecheck-devweb\r\n"
            "Content-Type: text/html; charset=utf-8\r\nContent-Length: 1000000\r\n\r\n"
            "<!doctype html><title>Trickle</title><p>"
        )
        writer.write(head.encode("latin-1"))
        started = time.monotonic()
        while time.monotonic() - started < TRICKLE_MAX_SECONDS:
            writer.write(b".")
            await writer.drain()
            await asyncio.sleep(interval)
        return False

    async def _malformed(
        self, request: Request, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> bool:
        writer.write(b"HTTP/1.1 2OO Okay-ish\r\nContent-Length: 2\r\n\r\nhi")
        await writer.drain()
        return False

    async def _reset(
        self, request: Request, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> bool:
        sock = writer.get_extra_info("socket")
        if sock is not None:
            # SO_LINGER with a zero timeout turns close() into a TCP RST.
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        writer.transport.abort()
        return False

    async def _empty(
        self, request: Request, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> bool:
        return False

    async def _bot_wall(
        self, request: Request, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> bool:
        code = int(request.number("status", 403))
        headers = [("cf-mitigated", "challenge"), ("Server", "cloudflare"), ("Cache-Control", "no-store")]
        return await self._send(writer, request, code, self._page("bot-wall.html"), headers)

    async def _echo_headers(
        self, request: Request, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> bool:
        payload = {"method": request.method, "target": request.target, "headers": request.headers}
        body = json.dumps(payload, indent=1).encode()
        return await self._send(writer, request, 200, body, content_type="application/json")


class DevWeb:
    """The fixture web in a background thread: ``with DevWeb() as web: httpx.get(web.url("/status/404"))``."""

    def __init__(
        self,
        root: Path = DEFAULT_ROOT,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        extra_hosts: Sequence[str] = (),
        latency_ms: Mapping[str, float] | None = None,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.server = FixtureServer(root, latency_ms=latency_ms)
        self.host = host
        self._port = port
        self._extra_hosts = tuple(extra_hosts)
        self._ssl_context = ssl_context
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None

    @property
    def port(self) -> int:
        return self.server.port

    @property
    def base_url(self) -> str:
        return f"{self.server.scheme}://{self.host}:{self.port}"

    @property
    def remap_rule(self) -> str:
        """The ``--remap`` rule that sends every URL — except this server's own — to its fixture page."""
        own = re.escape(f"{self.host}:{self.port}/")
        return f"^https?://(?!{own})([^/]+)/ {self.base_url}/$1/"

    def url(self, target: str) -> str:
        """``/status/404`` → ``http://127.0.0.1:PORT/status/404``; ``https://a.b/x`` or ``a.b/x`` →
        ``http://127.0.0.1:PORT/a.b/x`` (the fixture page of that URL)."""
        if re.match(r"^[a-z][a-z0-9+.-]*://", target, re.IGNORECASE):
            target = target.split("://", 1)[1]
        return f"{self.base_url}/{target.lstrip('/')}"

    @property
    def hits(self) -> Counter[str]:
        return self.server.hits

    def reset_stats(self) -> None:
        self.server.reset_stats()

    def start(self) -> DevWeb:
        self._thread = threading.Thread(target=self._run, name="devweb", daemon=True)
        self._thread.start()
        self._ready.wait(timeout=30)
        if self._error is not None:
            raise RuntimeError(f"devweb failed to start: {self._error}") from self._error
        return self

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(
                self.server.start(
                    self.host, self._port, extra_hosts=self._extra_hosts, ssl_context=self._ssl_context
                )
            )
        except BaseException as exc:  # reported to the starting thread
            self._error = exc
            self._ready.set()
            loop.close()
            return
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            loop.run_until_complete(self.server.aclose())
            loop.close()

    def stop(self) -> None:
        if self._loop is not None and self._thread is not None and self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=30)

    def __enter__(self) -> DevWeb:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


# -- command line -------------------------------------------------------------------------------


def _latency_pairs(values: Sequence[str]) -> dict[str, float]:
    pairs = {}
    for value in values:
        host, _, ms = value.partition("=")
        pairs[host] = float(ms)
    return pairs


async def _serve_forever(args: argparse.Namespace) -> None:
    server = FixtureServer(Path(args.root), latency_ms=_latency_pairs(args.latency))
    if args.preload:
        server.preload()
    await server.start(args.host, args.port, extra_hosts=args.bind)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(signum, stop.set)
    print(f"devweb listening on http://{args.host}:{server.port} (root: {server.root})", flush=True)
    await stop.wait()
    await server.aclose()


DEMO_OUT = REPO_ROOT / "out"


def demo_command(web: DevWeb, analysis: Path = DEMO_ANALYSIS, out: Path = DEMO_OUT) -> list[str]:
    """The CLI run the demo makes: the seed analysis, every URL remapped to the fixture web,
    the sources archived, and the JSON and HTML reports written beside the terminal one."""
    return [
        sys.executable,
        "-m",
        "citecheck",
        "check",
        str(analysis),
        "--allow-private",
        "--remap",
        web.remap_rule,
        "--archive-dir",
        str(out / "archive"),
        "--output",
        f"json={out / 'demo-report.json'}",
        "--output",
        f"html={out / 'demo-report.html'}",
    ]


DEMO_EXPECTATION = (
    "Expected: footnote [iv] cites a Kazakh flood article (qazinform.com, Aktobe spring flooding) for a "
    "claim about Russian-Azerbaijani rail transit, so it should carry a claim-mismatch; the other six "
    "footnotes should check out."
)


def demo_outcome(report_path: Path) -> list[str]:
    """What in the demo's JSON report differs from the expectation (empty when all is as expected)."""
    try:
        report = json.loads(report_path.read_text(encoding="utf-8"))
        (document,) = report["documents"]
    except (OSError, ValueError, KeyError) as exc:
        return [f"no usable report at {report_path}: {exc}"]
    problems = []
    flagged = sorted({f["label"] for f in document["findings"] if f["severity"] in ("error", "warning")})
    if flagged != ["iv"]:
        problems.append(f"findings on footnotes {flagged}, expected on ['iv'] only")
    if not any(f["code"] == "claim-mismatch" and f["label"] == "iv" for f in document["findings"]):
        problems.append("no claim-mismatch on [iv]")
    states = {fn["label"]: (fn.get("link") or {}).get("state") for fn in document["footnotes"]}
    if set(states.values()) != {"alive"}:
        problems.append(f"link states {states}, expected all alive")
    return problems


def demo(root: Path = DEFAULT_ROOT, port: int = 0, out: Path = DEMO_OUT) -> int:
    """Serve the fixture web, run ``citecheck check`` on the seed analysis against it, report.

    Exits 0 when the run came out as expected ([iv] flagged, the rest clean), 1 otherwise; the
    CLI's own exit code (1, because [iv] is an error) is shown but is not the demo's verdict.
    """
    out.mkdir(parents=True, exist_ok=True)
    with DevWeb(root, port=port) as web:
        command = demo_command(web, out=out)
        print(f"fixture web on {web.base_url}", flush=True)
        print("$ " + shlex.join(command), flush=True)
        completed = subprocess.run(command, check=False, cwd=REPO_ROOT)
    print()
    print(DEMO_EXPECTATION)
    print(f"citecheck exited {completed.returncode} (1 = findings at or above --fail-on).")
    problems = (
        demo_outcome(out / "demo-report.json") if completed.returncode in (0, 1) else ["the run failed"]
    )
    if problems:
        print("Demo outcome NOT as expected: " + "; ".join(problems))
        return 1
    print(
        f"Demo outcome as expected. Reports: {out / 'demo-report.html'}, {out / 'demo-report.json'}; "
        f"WARC archive: {out / 'archive'}"
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m citecheck.devweb", description=__doc__.split("\n", 1)[0])
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve the fixture web until interrupted")
    serve.add_argument("--root", default=str(DEFAULT_ROOT), help="the fixture tree (default: fixtures/web)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument(
        "--bind", action="append", default=[], help="another address to listen on (repeatable)"
    )
    serve.add_argument(
        "--latency", action="append", default=[], help="HOST=MS latency for a site (repeatable)"
    )
    serve.add_argument("--preload", action="store_true", help="read every fixture file before listening")
    run_demo = commands.add_parser("demo", help="check the seed analysis against the fixture web")
    run_demo.add_argument("--root", default=str(DEFAULT_ROOT))
    run_demo.add_argument("--port", type=int, default=0)
    args = parser.parse_args(argv)
    if args.command == "serve":
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(_serve_forever(args))
        return 0
    return demo(Path(args.root), args.port)


if __name__ == "__main__":
    raise SystemExit(main())
