"""Read a response body under caps: the raw wire bytes (for WARC) and the decoded bytes (for pages).

httpx would decode for us, but without a bound on the decoded size: a 1 MB gzip bomb inflates to
1 GB. We read ``Response.aiter_raw()`` and inflate ourselves with ``decompressobj`` and
``max_length``, so neither buffer ever grows past the cap, and stop reading as soon as either is
full. Bodies of types we have no use for (images, archives, video) are not read at all.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Protocol

try:  # brotli is optional: we only advertise "br" when we can decode it.
    import brotli  # type: ignore[import-not-found, unused-ignore]
except ImportError:  # pragma: no cover - depends on the environment
    brotli = None

# Largest piece inflated at once: the decoder never holds a buffer the size of the cap.
PIECE = 256 * 1024
# Most codings one body may stack ("Content-Encoding: gzip, gzip, …"). Each stage is a decoder
# with its own 32 KB window, so the number of stages, not the cap, bounded the memory: a page
# answering with 10,000 stacked gzip layers (a 60 KB header, a 1.2 MB body) took one fetch from
# 54 to 405 MB (session 42, tests/fetch/test_body.py). curl (CVE-2023-23916) and urllib3
# (CVE-2025-66418) refuse more than 5; no server stacks more than two.
MAX_CODINGS = 5
KEPT_TYPES = frozenset(
    {
        "application/xhtml+xml",
        "application/xml",
        "application/pdf",
        "application/json",
        "application/ld+json",
        "application/rss+xml",
        "application/atom+xml",
    }
)


def accept_encoding() -> str:
    """The Accept-Encoding we send: only codings :class:`ContentDecoder` can undo."""
    return "gzip, deflate, br" if brotli is not None else "gzip, deflate"


def media_type(content_type: str | None) -> str | None:
    """'text/html; charset=utf-8' → 'text/html'."""
    if not content_type:
        return None
    return content_type.split(";", 1)[0].strip().lower() or None


def charset_of(content_type: str | None) -> str | None:
    if not content_type:
        return None
    for part in content_type.split(";")[1:]:
        name, _, value = part.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'").lower()
    return None


def is_kept_type(content_type: str | None) -> bool:
    """True when a body of this type is worth reading: HTML, text, XML, PDF, JSON, or unknown."""
    kind = media_type(content_type)
    return kind is None or kind.startswith("text/") or kind in KEPT_TYPES or kind.endswith("+xml")


class _Inflater(Protocol):
    def decompress(self, data: bytes, max_length: int = ...) -> bytes: ...

    @property
    def unconsumed_tail(self) -> bytes: ...


class _Deflate:
    """zlib-wrapped or raw deflate: servers send both under 'deflate'."""

    def __init__(self) -> None:
        self._inner = zlib.decompressobj()
        self._started = False

    def decompress(self, data: bytes, max_length: int = 0) -> bytes:
        if not self._started:
            self._started = True
            try:
                return self._inner.decompress(data, max_length)
            except zlib.error:
                self._inner = zlib.decompressobj(-zlib.MAX_WBITS)
        return self._inner.decompress(data, max_length)

    @property
    def unconsumed_tail(self) -> bytes:
        return self._inner.unconsumed_tail


class _Brotli:
    """brotli has no max_length: feed it small slices so one call cannot explode."""

    SLICE = 1024

    def __init__(self) -> None:
        assert brotli is not None
        self._inner = brotli.Decompressor()
        self._tail = b""

    def decompress(self, data: bytes, max_length: int = 0) -> bytes:
        data = self._tail + data
        out = bytearray()
        while data and (not max_length or len(out) < max_length):
            out += self._inner.process(data[: self.SLICE])
            data = data[self.SLICE :]
        self._tail = data
        return bytes(out)

    @property
    def unconsumed_tail(self) -> bytes:
        return self._tail


def _inflater(coding: str) -> _Inflater | None:
    if coding in ("gzip", "x-gzip"):
        return zlib.decompressobj(zlib.MAX_WBITS | 16)
    if coding == "deflate":
        return _Deflate()
    if coding == "br" and brotli is not None:
        return _Brotli()
    return None


class UnsupportedEncoding(ValueError):
    """A Content-Encoding we cannot undo (the raw bytes are still kept)."""


class ContentDecoder:
    """Undo a Content-Encoding chain ("gzip", "deflate", "br", stacked), never beyond ``limit`` bytes."""

    def __init__(self, content_encoding: str | None, limit: int) -> None:
        codings = [c.strip().lower() for c in (content_encoding or "").split(",") if c.strip()]
        codings = [c for c in codings if c != "identity"]
        if len(codings) > MAX_CODINGS:
            raise UnsupportedEncoding(f"of {len(codings)} stacked codings (at most {MAX_CODINGS})")
        self._stages: list[_Inflater] = []
        for coding in reversed(codings):
            stage = _inflater(coding)
            if stage is None:
                raise UnsupportedEncoding(coding)
            self._stages.append(stage)
        self.limit = limit
        self.produced = 0
        self.full = False

    @property
    def identity(self) -> bool:
        return not self._stages

    def feed(self, data: bytes) -> list[bytes]:
        """Decode one chunk into pieces of at most :data:`PIECE` bytes (so inflating never needs a
        buffer the size of the cap); sets :attr:`full` once ``limit`` bytes have been produced."""
        pieces: list[bytes] = []
        if self.full:
            return pieces
        *inner, last = self._stages
        for stage in inner:  # stacked codings are rare: bounded by the cap, not sliced
            room = self.limit - self.produced
            data = stage.decompress(data, room)
            if stage.unconsumed_tail:
                self.full = True
        while data and not self.full:
            room = self.limit - self.produced
            piece = last.decompress(data, min(room, PIECE))
            data = last.unconsumed_tail
            self.produced += len(piece)
            pieces.append(piece)
            if self.produced >= self.limit:
                self.full = True
        return pieces


@dataclass
class BodyRead:
    """What was read of one body.

    Bytes accumulate in ``BytesIO`` buffers, which grow in place and hand over their storage on
    ``getvalue()``, so a capped body costs its size once rather than twice (chunks plus a join).
    """

    raw: bytes = b""
    body: bytes = b""
    truncated: bool = False
    decode_error: str | None = None
    complete: bool = False
    _raw: io.BytesIO = field(default_factory=io.BytesIO, repr=False)
    _body: io.BytesIO | None = field(default=None, repr=False)

    def finish(self) -> None:
        self.raw = self._raw.getvalue()
        # An identity-coded body is the raw payload: share the bytes instead of keeping two copies.
        self.body = self.raw if self._body is None else self._body.getvalue()
        self._raw = io.BytesIO()
        self._body = None


async def read_capped(
    chunks: AsyncIterator[bytes], content_encoding: str | None, cap: int, into: BodyRead
) -> None:
    """Fill ``into`` from ``chunks`` until the stream ends or ``cap`` raw or decoded bytes are held.

    ``into`` is filled as chunks arrive, so a caller whose deadline strikes mid-body still has what
    came before it. Transport errors propagate to the caller, which translates them.
    """
    try:
        decoder: ContentDecoder | None = ContentDecoder(content_encoding, cap)
    except UnsupportedEncoding as exc:
        decoder = None
        into.decode_error = f"unsupported content-encoding {exc}"
    decoding = decoder is not None and not decoder.identity
    if decoder is None or decoding:
        into._body = io.BytesIO()
    held = 0
    async for chunk in chunks:
        if held + len(chunk) > cap:
            chunk = chunk[: cap - held]
            into.truncated = True
        held += len(chunk)
        into._raw.write(chunk)
        if decoding and decoder is not None and into._body is not None and into.decode_error is None:
            try:
                into._body.writelines(decoder.feed(chunk))
            except Exception as exc:  # zlib.error, brotli.error: each codec raises its own
                into.decode_error = f"cannot decode body: {exc}"
            if decoder.full:
                into.truncated = True
        if into.truncated:
            return
    into.complete = True
