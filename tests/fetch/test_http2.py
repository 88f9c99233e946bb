"""HTTP/2 on the wire: a real h2 server (hypercorn, TLS with ALPN) and the fetch stage over it.

The server is a small ASGI app that records, for every request, the HTTP version it was spoken
to in and the client port it came from (one port = one connection).
"""

from __future__ import annotations

import asyncio
import socket
import ssl
import threading
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import trustme
from hypercorn.asyncio import serve
from hypercorn.config import Config as HypercornConfig

from citecheck.config import Config
from citecheck.fetch import fetch_all, make_transport
from citecheck.models import FetchResult

pytestmark = pytest.mark.anyio

CAP = 64 * 1024
BIG_CHUNK = 64 * 1024
BIG_CHUNKS = 64  # 4 MiB: far past the cap
ARTICLE = (
    b"<!doctype html><html><head><meta charset='utf-8'><title>Grain corridor talks resume</title>"
    b"</head><body><h1>Grain corridor talks resume</h1><p>Delegations met on Tuesday.</p></body></html>"
)
NOT_FOUND = b"<!doctype html><html><head><title>404 Not Found</title></head><body>Not Found</body></html>"

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]


@dataclass(frozen=True)
class Visit:
    path: str
    http_version: str
    client_port: int


@dataclass
class NewsSite:
    """``/article`` (200), ``/moved/<1-3>`` (301 chain to /article), ``/big`` (4 MiB), else 404."""

    visits: list[Visit] = field(default_factory=list)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while (await receive())["type"] != "lifespan.shutdown":
                await send({"type": "lifespan.startup.complete"})
            await send({"type": "lifespan.shutdown.complete"})
            return
        path: str = scope["path"]
        self.visits.append(Visit(path, scope["http_version"], scope["client"][1]))
        if path == "/article":
            await self._answer(send, 200, ARTICLE)
        elif path.startswith("/moved/") and path[7:] in ("1", "2", "3"):
            hops = int(path[7:])
            location = "/article" if hops == 1 else f"/moved/{hops - 1}"
            await self._answer(send, 301, b"", [(b"location", location.encode())])
        elif path == "/big":
            await self._start(send, 200, [(b"content-type", b"text/plain; charset=utf-8")])
            for _ in range(BIG_CHUNKS):
                await send({"type": "http.response.body", "body": b"x" * BIG_CHUNK, "more_body": True})
            await send({"type": "http.response.body", "body": b""})
        else:
            await self._answer(send, 404, NOT_FOUND)

    @staticmethod
    async def _start(send: Send, status: int, headers: list[tuple[bytes, bytes]]) -> None:
        await send({"type": "http.response.start", "status": status, "headers": headers})

    async def _answer(
        self, send: Send, status: int, body: bytes, headers: list[tuple[bytes, bytes]] | None = None
    ) -> None:
        content_type = [(b"content-type", b"text/html; charset=utf-8")] if body else []
        await self._start(send, status, content_type + (headers or []))
        await send({"type": "http.response.body", "body": body})


@dataclass
class H2Server:
    site: NewsSite
    port: int
    ca: trustme.CA

    def url(self, path: str) -> str:
        return f"https://127.0.0.1:{self.port}{path}"

    def client_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context()
        self.ca.configure_trust(context)
        return context


@pytest.fixture(scope="module")
def h2_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[H2Server]:
    ca = trustme.CA()
    folder: Path = tmp_path_factory.mktemp("h2")
    cert = ca.issue_cert("127.0.0.1")
    cert.cert_chain_pems[0].write_to_path(str(folder / "cert.pem"))
    cert.private_key_pem.write_to_path(str(folder / "key.pem"))
    # A socket bound and listening before the server starts: a free port with no race, and
    # connections made before hypercorn is up simply wait in the backlog.
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    port = listener.getsockname()[1]
    config = HypercornConfig()
    config.bind = [f"fd://{listener.detach()}"]
    config.certfile = str(folder / "cert.pem")
    config.keyfile = str(folder / "key.pem")
    config.alpn_protocols = ["h2", "http/1.1"]
    config.graceful_timeout = 0.1
    site = NewsSite()
    handoff: list[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = []
    ready = threading.Event()

    async def run() -> None:
        stop = asyncio.Event()
        handoff.append((asyncio.get_running_loop(), stop))
        ready.set()
        await serve(site, config, shutdown_trigger=stop.wait)  # type: ignore[arg-type]

    thread = threading.Thread(target=asyncio.run, args=(run(),), name="h2-server", daemon=True)
    thread.start()
    assert ready.wait(5), "the HTTP/2 server thread did not start"
    loop, stop = handoff[0]
    try:
        yield H2Server(site, port, ca)
    finally:
        loop.call_soon_threadsafe(stop.set)
        thread.join(5)
        assert not thread.is_alive(), "the HTTP/2 server did not stop"


async def _fetch(
    server: H2Server, paths: list[str], *, http2: bool, max_per_host: int = 4
) -> dict[str, FetchResult]:
    config = Config(
        allow_private=True,
        http2=http2,
        retries=0,
        timeout=2.0,
        max_body_bytes=CAP,
        max_per_host=max_per_host,
    )
    transport = make_transport(config, verify=server.client_context())
    urls = [server.url(path) for path in paths]
    server.site.visits.clear()
    run = await fetch_all(urls, config, transport=transport)
    return {path: run.results[server.url(path)] for path in paths}


def _version(result: FetchResult) -> str:
    assert result.response is not None
    return result.response.http_version


async def test_http2_is_spoken_and_verdicts_hold(h2_server: H2Server) -> None:
    results = await _fetch(h2_server, ["/article", "/gone", "/moved/3", "/big"], http2=True)
    assert {path: _version(result) for path, result in results.items()} == dict.fromkeys(results, "HTTP/2")
    assert {visit.http_version for visit in h2_server.site.visits} == {"2"}

    article = results["/article"].link
    assert (article.state, article.http_status, article.content_type, article.error) == (
        "alive",
        200,
        "text/html",
        None,
    )
    assert results["/article"].response is not None and results["/article"].response.body == ARTICLE
    gone = results["/gone"].link
    assert (gone.state, gone.http_status, gone.error and gone.error.kind) == ("dead", 404, "http-status")

    moved = results["/moved/3"].link
    assert moved.state == "redirected"
    assert [(hop.status, hop.location) for hop in moved.hops] == [
        (301, h2_server.url("/moved/2")),
        (301, h2_server.url("/moved/1")),
        (301, h2_server.url("/article")),
    ]
    assert moved.final_url == moved.suggestion == h2_server.url("/article")

    big = results["/big"]
    assert big.link.state == "alive" and big.link.error is not None
    assert big.link.error.kind == "body-too-large"
    assert big.response is not None and big.response.truncated and len(big.response.body) == CAP


async def test_pages_read_to_the_end_share_one_connection(h2_server: H2Server) -> None:
    paths = ["/moved/3", "/gone", *(f"/article?n={n}" for n in range(6))]
    results = await _fetch(h2_server, paths, http2=True)
    assert all(result.link.error is None for path, result in results.items() if path != "/gone")
    assert len({visit.client_port for visit in h2_server.site.visits}) == 1


async def test_capped_bodies_do_not_stall_the_pages_after_them(h2_server: H2Server) -> None:
    # One request at a time: six capped 4 MiB bodies, then two pages. httpcore abandons a capped
    # stream without resetting it, and what the server still sends on it is never credited back
    # to the connection's 16 MiB flow-control window: on a connection kept for reuse, everything
    # after the fourth such body would stall until the timeout.
    paths = [f"/big?n={n}" for n in range(6)] + ["/article", "/gone"]
    results = await _fetch(h2_server, paths, http2=True, max_per_host=1)
    assert all(_version(result) == "HTTP/2" for result in results.values())
    capped = [results[path].link for path in paths[:6]]
    assert all(link.error is not None and link.error.kind == "body-too-large" for link in capped)
    article, gone = results["/article"].link, results["/gone"].link
    assert (article.state, article.error, gone.state, gone.http_status) == ("alive", None, "dead", 404)
    assert article.elapsed_ms is not None and article.elapsed_ms < 1000


async def test_http1_is_spoken_when_http2_is_off(h2_server: H2Server) -> None:
    results = await _fetch(h2_server, ["/article", "/gone", "/moved/2", "/big"], http2=False)
    assert {path: _version(result) for path, result in results.items()} == dict.fromkeys(results, "HTTP/1.1")
    assert {visit.http_version for visit in h2_server.site.visits} == {"1.1"}
    states = {path: result.link.state for path, result in results.items()}
    assert states == {"/article": "alive", "/gone": "dead", "/moved/2": "redirected", "/big": "alive"}
    assert [hop.status for hop in results["/moved/2"].link.hops] == [301, 301]
    big = results["/big"]
    assert big.response is not None and big.response.truncated and len(big.response.body) == CAP
