"""The asyncio network layer under the connection pools: kept-alive connections, and the ones a
server dropped while they sat idle."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass

import pytest

from citecheck.config import Config
from citecheck.fetch import BodyPolicy, FetchSession

pytestmark = pytest.mark.anyio

PAGE = b"<!doctype html><title>Kept alive</title><p>Short page.</p>"
IDLE_CLOSE_SECONDS = 0.05


@dataclass
class Impatient:
    """An HTTP/1.1 server that keeps connections alive, then drops them silently (no
    ``Connection: close``) after :data:`IDLE_CLOSE_SECONDS` without a request."""

    port: int = 0
    connections: int = 0
    requests: int = 0

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            while True:
                try:
                    async with asyncio.timeout(IDLE_CLOSE_SECONDS):
                        await reader.readuntil(b"\r\n\r\n")
                except (TimeoutError, asyncio.IncompleteReadError):
                    return
                self.requests += 1
                head = f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {len(PAGE)}\r\n\r\n"
                writer.write(head.encode() + PAGE)
                await writer.drain()
        finally:
            writer.close()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"


@contextlib.asynccontextmanager
async def _impatient_server() -> AsyncIterator[Impatient]:
    site = Impatient()
    server = await asyncio.start_server(site.handle, "127.0.0.1", 0)
    site.port = server.sockets[0].getsockname()[1]
    try:
        yield site
    finally:
        server.close()
        await server.wait_closed()


async def test_connections_are_reused_while_alive_and_dropped_once_closed() -> None:
    config = Config(allow_private=True, retries=2, backoff_base=0.5, max_per_host=1)
    policy = BodyPolicy(cap=65536)
    async with _impatient_server() as site, FetchSession(config) as session:
        first = await session.follow(site.url("/a"), policy=policy)
        second = await session.follow(site.url("/b"), policy=policy)
        assert site.connections == 1  # kept alive between the two
        await asyncio.sleep(IDLE_CLOSE_SECONDS * 3)  # the server drops the idle connection
        third = await session.follow(site.url("/c"), policy=policy)
    # The dropped connection is noticed before it is used: no failed attempt, no retry, no backoff.
    assert [chain.verdict.state for chain in (first, second, third)] == ["alive"] * 3
    assert [chain.attempts for chain in (first, second, third)] == [1, 1, 1]
    assert third.final is not None and third.final.read.body == PAGE
    assert (site.connections, site.requests) == (2, 3)


def test_one_poll_answers_for_every_idle_connection_until_the_window_passes() -> None:
    import socket
    import time

    from citecheck.fetch import sockets

    pairs = [socket.socketpair() for _ in range(3)]
    try:
        open_sockets = sockets._OpenSockets()
        owners = [object() for _ in pairs]
        for (ours, _), owner in zip(pairs, owners, strict=True):
            open_sockets.add(ours.fileno(), owner)
        assert not any(open_sockets.readable(ours.fileno()) for ours, _ in pairs)
        pairs[1][1].close()  # the server drops the second connection
        time.sleep(sockets.POLL_WINDOW * 2)
        assert [open_sockets.readable(ours.fileno()) for ours, _ in pairs] == [False, True, False]
        # A stream that closes after its fd went to a new connection leaves the new one watched.
        fd = pairs[1][0].fileno()
        newer = object()
        open_sockets.add(fd, newer)
        open_sockets.remove(fd, owners[1])
        assert open_sockets._owners[fd] == id(newer)
        open_sockets.remove(fd, newer)
        assert fd not in open_sockets._owners
    finally:
        for ours, theirs in pairs:
            ours.close()
            theirs.close()
