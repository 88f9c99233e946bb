"""A small web for the fleet tests that measures what the workers did to it.

Paths are ``/<site>/<page>``; every site is one host to the fetcher (127.0.0.1), so politeness is
per this server. It records, per request: arrival time, site, page and the peer address (which
worker location sent it), and the peak of concurrent requests. Behaviour by query string:
``ms=`` latency; ``retry_after=S`` answers 429 with ``Retry-After: S`` the first time the page is
asked; ``sections=1`` adds two parts named by their headings (``#history``, ``#economy``); pages of a site listed in ``refuse`` answer 404 to the peer addresses listed there.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit


@dataclass
class Hit:
    at: float
    site: str
    page: str
    peer: str
    status: int


@dataclass
class FleetSite:
    port: int = 0
    hits: list[Hit] = field(default_factory=list)
    # Requests as they arrive (status 0): the ones on the wire are in here and not yet in hits.
    arrivals: list[Hit] = field(default_factory=list)
    in_flight: int = 0
    peak: int = 0
    refuse: dict[str, set[str]] = field(default_factory=dict)
    # A site over its client limit: its next N requests answer 429 with Retry-After: S.
    throttle: dict[str, tuple[int, float]] = field(default_factory=dict)
    _asked: set[str] = field(default_factory=set)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, site: str, page: str, **query: object) -> str:
        qs = "&".join(f"{k}={v}" for k, v in query.items())
        return f"http://127.0.0.1:{self.port}/{site}/{page}" + (f"?{qs}" if qs else "")

    def pages_hit(self, site: str) -> list[Hit]:
        with self._lock:
            return [h for h in self.hits if h.site == site]

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        peer = writer.get_extra_info("peername")[0]
        try:
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, ConnectionError):
                    return
                target = head.split(b" ", 2)[1].decode("latin-1")
                parts = urlsplit(target)
                query = {k: v[0] for k, v in parse_qs(parts.query).items()}
                site, _, page = parts.path.lstrip("/").partition("/")
                arrived = time.monotonic()
                with self._lock:
                    self.arrivals.append(Hit(arrived, site, page, peer, 0))
                self.in_flight += 1
                self.peak = max(self.peak, self.in_flight)
                try:
                    status, headers = 200, ""
                    if "ms" in query:
                        await asyncio.sleep(float(query["ms"]) / 1000)
                    throttled = self.throttle.get(site)
                    if peer in self.refuse.get(site, set()):
                        status = 404
                    elif throttled is not None and throttled[0] > 0:
                        self.throttle[site] = (throttled[0] - 1, throttled[1])
                        status, headers = 429, f"Retry-After: {throttled[1]:g}\r\n"
                    elif "retry_after" in query and target not in self._asked:
                        self._asked.add(target)
                        status, headers = 429, f"Retry-After: {query['retry_after']}\r\n"
                finally:
                    self.in_flight -= 1
                with self._lock:
                    self.hits.append(Hit(arrived, site, page, peer, status))
                title = f"{site} {page}" if status == 200 else f"{status}"
                sections = ""
                if "sections" in query and status == 200:
                    # A page whose headings name its parts (<h2 id>), with text enough to be judged.
                    sections = (
                        '<h2 id="history">History</h2><p>The railway carried grain and timber to the port for '
                        "half a century, until the line was closed in the winter of 1962 after a flood washed "
                        "out the bridge over the river.</p>"
                        '<h2 id="economy">Economy</h2><p>Freight on the reopened line rose each year after 2004, '
                        "when a new terminal opened beside the harbour and the regional council paid for new "
                        "wagons and a signalling system.</p>"
                    )
                body = (
                    f"<!doctype html><html><head><title>{title}</title></head>"
                    f"<body><h1>{title}</h1><p>The {site} page {page} says what it says.</p>{sections}</body></html>"
                ).encode()
                reason = {200: "OK", 404: "Not Found", 429: "Too Many Requests"}[status]
                writer.write(
                    f"HTTP/1.1 {status} {reason}\r\nContent-Type: text/html; charset=utf-8\r\n"
                    f"Content-Length: {len(body)}\r\n{headers}\r\n".encode()
                    + body
                )
                await writer.drain()
        finally:
            writer.close()


@contextmanager
def serve_fleet_site() -> Iterator[FleetSite]:
    site = FleetSite()
    loop = asyncio.new_event_loop()
    ready = threading.Event()
    server_box: list[asyncio.Server] = []

    async def start() -> None:
        server = await asyncio.start_server(site.handle, "127.0.0.1", 0, backlog=512)
        site.port = server.sockets[0].getsockname()[1]
        server_box.append(server)

    def run() -> None:
        loop.run_until_complete(start())
        ready.set()
        loop.run_forever()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    ready.wait(10)
    try:
        yield site
    finally:

        async def shut() -> None:
            for server in server_box:
                server.close()
            current = asyncio.current_task()
            tasks = [t for t in asyncio.all_tasks() if t is not current]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

        asyncio.run_coroutine_threadsafe(shut(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        loop.close()
