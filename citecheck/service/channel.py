"""The pipe between the service and a worker process: framed JSON messages, and the limiter over it.

A frame is a 4-byte big-endian length and that many bytes of JSON (one object with a ``type``).
Worker → service: ``ready``, ``acquire`` / ``release`` (a host slot), ``pause`` (a host's
Retry-After), ``progress``, and the job's end, ``done`` (the Report) or ``failed`` (one line).
Service → worker: ``job`` (followed by one raw frame, the Submission's JSON) and ``granted``
(a host slot).

Host slots are granted by the service's one :class:`~citecheck.fetch.HostLimiter`, so per-host
politeness holds across every job of the process, however many worker processes run them: a
worker's :class:`ChannelHostLimiter` asks, the service holds the slot on its behalf until released
(or until the worker dies, which releases all it held).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import struct
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

_HEADER = struct.Struct(">I")
MAX_FRAME_BYTES = 512 * 1024 * 1024  # a Report of a 5 MB document stays far below


class ChannelClosed(ConnectionError):
    """The other side of the pipe is gone (the worker exited or was killed)."""


def encode_frame(message: dict[str, Any]) -> bytes:
    return encode_raw_frame(json.dumps(message, ensure_ascii=False, separators=(",", ":")).encode())


def encode_raw_frame(payload: bytes) -> bytes:
    """A frame of bytes that are JSON already (a Submission, a Report: not encoded twice)."""
    return _HEADER.pack(len(payload)) + payload


async def read_raw_frame(reader: asyncio.StreamReader) -> bytes:
    """The next frame's bytes; :class:`ChannelClosed` at the end of the stream."""
    try:
        header = await reader.readexactly(_HEADER.size)
        (size,) = _HEADER.unpack(header)
        if size > MAX_FRAME_BYTES:
            raise ChannelClosed(f"frame of {size} bytes is over the limit")
        return await reader.readexactly(size)
    except (asyncio.IncompleteReadError, ConnectionError) as exc:
        raise ChannelClosed("the other side closed the channel") from exc


async def read_frame(reader: asyncio.StreamReader) -> dict[str, Any]:
    """The next message; :class:`ChannelClosed` at the end of the stream."""
    message = json.loads(await read_raw_frame(reader))
    if not isinstance(message, dict) or not isinstance(message.get("type"), str):
        raise ChannelClosed("malformed frame")
    return message


Send = Callable[[dict[str, Any]], None]


class ChannelHostLimiter:
    """The worker's :class:`~citecheck.fetch.HostLimiter`: every slot is granted by the service."""

    def __init__(self, send: Send) -> None:
        self._send = send
        self._ids = itertools.count(1)
        self._grants: dict[int, asyncio.Future[None]] = {}

    def granted(self, slot: int) -> None:
        """The service granted ``slot`` (a grant for a slot no longer waited for is ignored)."""
        future = self._grants.get(slot)
        if future is not None and not future.done():
            future.set_result(None)

    @asynccontextmanager
    async def slot(self, host: str) -> AsyncIterator[None]:
        slot = next(self._ids)
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._grants[slot] = future
        self._send({"type": "acquire", "slot": slot, "host": host})
        try:
            await future
            yield
        finally:
            # Also when cancelled while waiting: the service then gives the slot straight back.
            del self._grants[slot]
            self._send({"type": "release", "slot": slot})

    async def pause(self, host: str, seconds: float) -> None:
        self._send({"type": "pause", "host": host, "seconds": seconds})

    async def answered(self, host: str, retry_after: float | None) -> None:
        # Only answers that asked us to wait can pause a host; the service keeps the window of
        # every job's answers (a host's successes from other jobs still dilute it there).
        self._send({"type": "answered", "host": host, "retry_after": retry_after})
