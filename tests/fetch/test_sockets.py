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
