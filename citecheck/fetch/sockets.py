"""httpcore's network layer on plain asyncio streams: the sockets under every connection we open.

Why not httpcore's own (anyio) backend: it opens a cancel scope around every read and write, and
answers "is this idle connection still open?" — asked of every idle connection of a pool on each
request and each release — by rebuilding a table of socket attributes, peer name included (a
system call). Together that cost more CPU per request than parsing the response. asyncio's
streams do the same job with a timer per operation. Errors are raised as httpcore's exception
types with the OS error as their cause, as the anyio backend does, so verdicts read the same.

"Is this idle connection still open?" is answered from one ``poll`` over every connection the
thread's loop has open (:class:`_OpenSockets`), read at most once per ``POLL_WINDOW``: a poll
of each connection on each question was one system call per idle connection per request, a
quadratic cost (on the end-to-end benchmark's 800 URLs, ~170,000 polls, 4 % of the main
process's samples under py-spy). One poll over ~150 sockets costs ~17 µs here; read once a
millisecond it still took 3.6 % of the samples, once per 10 ms it is ~0.2 % of a core. The loop
itself delivers an end of stream to the reader at its next turn, which is checked first, so an
answer can miss only a close that arrived within the window and before that turn; the request
sent on such a connection fails as "server disconnected", a retryable verdict (verdicts.py), and
is sent again on a new connection.
"""

from __future__ import annotations

import asyncio
import contextlib
import select
import ssl
import threading
import time
from collections.abc import Iterable
from typing import Any

import httpcore

POLL_WINDOW = 0.01  # seconds an answer of the shared poll is reused (see the docstring)


class _OpenSockets:
    """Every open connection of one thread's loop, polled at once for "readable while idle"."""

    def __init__(self) -> None:
        self._poller = select.poll()
        self._owners: dict[int, int] = {}  # fd → id() of its stream: a reused fd is unregistered once
        self._readable: frozenset[int] = frozenset()
        self._read_at = float("-inf")

    def add(self, fd: int, owner: object) -> None:
        self._poller.register(fd, select.POLLIN)
        self._owners[fd] = id(owner)
        self._read_at = float("-inf")

    def remove(self, fd: int, owner: object) -> None:
        if self._owners.get(fd) == id(owner):
            del self._owners[fd]
            with contextlib.suppress(KeyError, ValueError):
                self._poller.unregister(fd)

    def readable(self, fd: int) -> bool:
        now = time.monotonic()
        if now - self._read_at > POLL_WINDOW:
            self._readable = frozenset(ready for ready, _ in self._poller.poll(0))
            self._read_at = now
        return fd in self._readable


_THREAD = threading.local()


def _open_sockets() -> _OpenSockets:
    sockets: _OpenSockets | None = getattr(_THREAD, "sockets", None)
    if sockets is None:
        sockets = _THREAD.sockets = _OpenSockets()
    return sockets


class AsyncioStream(httpcore.AsyncNetworkStream):
    """One TCP connection (TLS once :meth:`start_tls` ran) as httpcore's pools use it."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._reader = reader
        self._writer = writer
        self._socket = writer.get_extra_info("socket")
        # For "is this idle connection still open?": data or an end of stream waiting on the
        # socket means the server closed it (or wrote garbage to it).
        self._open = _open_sockets()
        self._fileno = self._socket.fileno() if self._socket is not None else -1
        if self._fileno >= 0:
            self._open.add(self._fileno, self)

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        try:
            async with asyncio.timeout(timeout):
                return await self._reader.read(max_bytes)
        except TimeoutError as exc:
            raise httpcore.ReadTimeout(exc) from exc
        except OSError as exc:
            raise httpcore.ReadError(exc) from exc

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if not buffer:
            return
        try:
            async with asyncio.timeout(timeout):
                self._writer.write(buffer)
                await self._writer.drain()
        except TimeoutError as exc:
            raise httpcore.WriteTimeout(exc) from exc
        except OSError as exc:
            raise httpcore.WriteError(exc) from exc

    async def aclose(self) -> None:
        # Like the anyio backend: no waiting for the peer's TLS close_notify (asyncio would wait
        # up to 30 s for it); the socket is simply closed.
        if self._fileno >= 0:
            self._open.remove(self._fileno, self)
        transport = self._writer.transport
        if not transport.is_closing():
            transport.close()
            await asyncio.sleep(0)
        transport.abort()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        try:
            async with asyncio.timeout(timeout):
                await self._writer.start_tls(ssl_context, server_hostname=server_hostname)
        except TimeoutError as exc:
            await self.aclose()
            raise httpcore.ConnectTimeout(exc) from exc
        except OSError as exc:  # ssl.SSLError is an OSError
            await self.aclose()
            raise httpcore.ConnectError(exc) from exc
        except BaseException:
            await self.aclose()
            raise
        return self

    def get_extra_info(self, info: str) -> Any:
        if info == "is_readable":
            # asyncio reads eagerly, so an end of stream is usually in the reader already; the
            # poll covers one that arrived since the loop last looked (and a socket that is gone).
            return self._reader.at_eof() or self._socket.fileno() < 0 or self._open.readable(self._fileno)
        if info == "ssl_object":
            return self._writer.get_extra_info("ssl_object")
        if info == "client_addr":
            return self._writer.get_extra_info("sockname")
        if info == "server_addr":
            return self._writer.get_extra_info("peername")
        if info == "socket":
            return self._socket
        return None


class AsyncioBackend(httpcore.AsyncNetworkBackend):
    """Opens :class:`AsyncioStream` connections (to an address the guard has already vetted)."""

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        try:
            async with asyncio.timeout(timeout):
                reader, writer = await asyncio.open_connection(
                    host, port, local_addr=(local_address, 0) if local_address else None
                )
        except TimeoutError as exc:
            raise httpcore.ConnectTimeout(exc) from exc
        except OSError as exc:
            raise httpcore.ConnectError(exc) from exc
        sock = writer.get_extra_info("socket")
        for option in socket_options or ():
            sock.setsockopt(*option)
        return AsyncioStream(reader, writer)

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError("unix sockets are not used for checking links")

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)
