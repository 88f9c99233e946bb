"""The fixture publisher's site on 127.0.0.1: static files, a WordPress REST API, a webhook sink.

It serves fixtures/web/<host>/<path> for its own hosts (analyses.example, sources.example) as
``http://127.0.0.1:PORT/<host>/<path>``, replacing ``{{BASE}}`` in files by its own address; answers
``/analyses.example/wp-json/wp/v2/posts`` with pagination (``page``, ``per_page``, ``include``,
``_fields``, ``X-WP-TotalPages``); honours If-None-Match; counts every request; records webhook
POSTs; and lets a test force a path's status or delay, serve another file at a path, or hide WordPress posts.
"""

from __future__ import annotations

import hashlib
import http.server
import json
import sys
import threading
import time
import urllib.parse
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

WEB = Path(__file__).resolve().parents[2] / "fixtures" / "web"
HOSTS = ("analyses.example", "sources.example")
WORDPRESS_POSTS = WEB / "analyses.example" / "wp-json" / "wp" / "v2" / "posts.json"
WORDPRESS_ENDPOINT = "/analyses.example/wp-json/wp/v2/posts"
_TYPES = {".xml": "application/xml", ".json": "application/json"}


class FixtureSite:
    """What the test server serves and has seen: request counts, and statuses a test may force."""

    def __init__(self) -> None:
        self.base = ""
        self.requests: Counter[str] = Counter()
        self.queries: list[tuple[str, dict[str, list[str]]]] = []
        self.conditional: Counter[str] = Counter()
        self.overrides: dict[str, int] = {}
        self.hidden_posts: set[int] = set()
        self.aliases: dict[str, str] = {}
        self.delays: dict[str, float] = {}
        self.posts: list[tuple[str, Any]] = []
        self.hold = threading.Event()
        self.hold.set()
        self.lock = threading.Lock()

    def url(self, path: str) -> str:
        return f"{self.base}/{path.lstrip('/')}"

    def count(self, path: str) -> int:
        return self.requests[path]

    def total(self, prefix: str = "/") -> int:
        return sum(n for path, n in self.requests.items() if path.startswith(prefix))

    def reset_counts(self) -> None:
        with self.lock:
            self.requests.clear()
            self.queries.clear()
            self.conditional.clear()


def _etag(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:16] + '"'


def _wordpress(site: FixtureSite, query: dict[str, list[str]]) -> tuple[int, bytes, dict[str, str]]:
    text = WORDPRESS_POSTS.read_text(encoding="utf-8").replace("{{BASE}}", site.base)
    posts = [p for p in json.loads(text) if p["id"] not in site.hidden_posts]
    if "include" in query:
        wanted = [int(i) for i in query["include"][0].split(",") if i]
        posts = sorted((p for p in posts if p["id"] in wanted), key=lambda p: wanted.index(p["id"]))
    per_page = int(query.get("per_page", ["10"])[0])
    page = int(query.get("page", ["1"])[0])
    total_pages = max(1, -(-len(posts) // per_page))
    if page > total_pages:
        error = {"code": "rest_post_invalid_page_number", "message": "The page number requested is larger."}
        return 400, json.dumps(error).encode(), {}
    chunk = posts[(page - 1) * per_page : page * per_page]
    if "_fields" in query:
        fields = set(query["_fields"][0].split(","))
        chunk = [{k: v for k, v in post.items() if k in fields} for post in chunk]
    headers = {"X-WP-Total": str(len(posts)), "X-WP-TotalPages": str(total_pages)}
    return 200, json.dumps(chunk).encode(), headers


def _file_for(path: str) -> Path | None:
    parts = path.lstrip("/").split("/", 1)
    if parts[0] not in HOSTS:
        return None
    target = WEB / path.lstrip("/")
    if path.endswith("/") or target.is_dir():
        target = next((target / n for n in ("index.html", "index.xml") if (target / n).is_file()), target)
    resolved = target.resolve()
    if not resolved.is_file() or (WEB / parts[0]).resolve() not in resolved.parents:
        return None
    return resolved


def _handler(site: FixtureSite) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_POST(self) -> None:
            path = urllib.parse.urlsplit(self.path).path
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            with site.lock:
                site.requests[path] += 1
                site.posts.append((path, json.loads(body or b"null")))
            status = site.overrides.get(path, 200)
            self._send(status, b"ok" if status == 200 else b"no", {"Content-Type": "text/plain"})

        def do_HEAD(self) -> None:
            self.do_GET()

        def do_GET(self) -> None:
            parsed = urllib.parse.urlsplit(self.path)
            path = parsed.path
            with site.lock:
                site.requests[path] += 1
                site.queries.append((path, urllib.parse.parse_qs(parsed.query)))
                if self.headers.get("If-None-Match") or self.headers.get("If-Modified-Since"):
                    site.conditional[path] += 1
            site.hold.wait(timeout=10)
            if path in site.delays:
                time.sleep(site.delays[path])
            if path in site.overrides:
                status = site.overrides[path]
                self._send(status, f"<html><head><title>Error {status}</title></head></html>".encode(), {})
                return
            if path.rstrip("/") == WORDPRESS_ENDPOINT:
                status, body, headers = _wordpress(site, urllib.parse.parse_qs(parsed.query))
                self._send(status, body, {"Content-Type": "application/json; charset=UTF-8", **headers})
                return
            target = _file_for(site.aliases.get(path, path))
            if target is None:
                page = (
                    b"<html><head><title>Page not found</title></head><body><h1>Not found</h1></body></html>"
                )
                self._send(404, page, {})
                return
            body = target.read_bytes().replace(b"{{BASE}}", site.base.encode())
            etag = _etag(body)
            if self.headers.get("If-None-Match") == etag:
                self._send(304, b"", {"ETag": etag})
                return
            self._send(
                200,
                body,
                {"Content-Type": _TYPES.get(target.suffix, "text/html; charset=utf-8"), "ETag": etag},
            )

        def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
            self.send_response(status)
            headers.setdefault("Content-Type", "text/html; charset=utf-8")
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", "0" if status == 304 else str(len(body)))
            self.end_headers()
            if self.command != "HEAD" and status != 304:
                self.wfile.write(body)

    return Handler


class _QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that hangs up mid-request (a run killed or timed out on purpose) is expected here.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextmanager
def serve_site() -> Iterator[FixtureSite]:
    """Run the fixture site on a free port of 127.0.0.1 until the block ends."""
    state = FixtureSite()
    server = _QuietServer(("127.0.0.1", 0), _handler(state))
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        state.hold.set()
        server.shutdown()
        server.server_close()
