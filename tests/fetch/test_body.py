"""Capped body reading: raw bytes as sent, decoded bytes bounded even for a gzip bomb."""

from __future__ import annotations

import gzip
import zlib
from collections.abc import AsyncIterator, Iterable

import pytest

from citecheck.fetch.body import BodyRead, ContentDecoder, UnsupportedEncoding, is_kept_type, read_capped

pytestmark = pytest.mark.anyio


async def _chunks(data: bytes, size: int = 4096) -> AsyncIterator[bytes]:
    for start in range(0, len(data), size):
        yield data[start : start + size]


async def _read(data: bytes, encoding: str | None, cap: int) -> BodyRead:
    into = BodyRead()
    await read_capped(_chunks(data), encoding, cap, into)
    into.finish()
    return into


def _bomb(megabytes: int) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    return packer.compress(b"\0" * (megabytes << 20)) + packer.flush()


async def test_gzip_bomb_stops_at_the_cap() -> None:
    bomb = _bomb(16)
    got = await _read(bomb, "gzip", 100_000)
    assert len(got.body) == 100_000
    assert got.truncated and not got.complete
    assert got.raw == bomb[: len(got.raw)] and len(got.raw) < len(bomb)


async def test_identity_body_shares_raw_and_decoded_bytes() -> None:
    got = await _read(b"x" * 10_000, None, 1 << 20)
    assert got.body is got.raw and got.complete and not got.truncated


async def test_raw_cap_truncates_an_identity_body() -> None:
    got = await _read(b"y" * 50_000, "identity", 20_000)
    assert len(got.raw) == 20_000 and got.truncated


@pytest.mark.parametrize(
    ("encoding", "encode"),
    [
        ("gzip", lambda data: gzip.compress(data)),
        ("deflate", zlib.compress),
        ("deflate", lambda data: zlib.compress(data)[2:-4]),  # raw deflate, as some servers send it
        ("gzip, gzip", lambda data: gzip.compress(gzip.compress(data))),
    ],
)
async def test_codings_are_undone(encoding: str, encode: object) -> None:
    assert callable(encode)
    page = b"<html><title>ok</title>" + b"text " * 5000 + b"</html>"
    got = await _read(encode(page), encoding, 1 << 20)
    assert got.body == page and got.complete and got.decode_error is None


async def test_corrupt_gzip_keeps_raw_and_reports() -> None:
    got = await _read(b"\x1f\x8b not really gzip", "gzip", 1 << 20)
    assert got.raw.startswith(b"\x1f\x8b") and got.decode_error is not None


async def test_stacked_codings_are_undone_up_to_five() -> None:
    # A near miss: five layers are read as the standard allows.
    page = b"<html><title>ok</title></html>"
    body = page
    for _ in range(5):
        body = gzip.compress(body)
    got = await _read(body, ", ".join(["gzip"] * 5), 1 << 20)
    assert got.body == page and got.decode_error is None


async def test_more_stacked_codings_than_five_are_refused_keeping_the_raw_bytes() -> None:
    # Each stage holds a decoder (and its window): 10,000 of them took a fetch to 405 MB.
    body = b"<html><title>ok</title></html>"
    for _ in range(6):
        body = gzip.compress(body)
    with pytest.raises(UnsupportedEncoding):
        ContentDecoder(", ".join(["gzip"] * 10_000), 1000)
    got = await _read(body, ", ".join(["gzip"] * 6), 1 << 20)
    assert got.raw == body and got.body == b""
    assert got.decode_error is not None and "6 stacked codings" in got.decode_error


def test_unknown_coding_is_refused() -> None:
    with pytest.raises(UnsupportedEncoding):
        ContentDecoder("compress", 1000)


async def test_unknown_coding_keeps_the_raw_bytes() -> None:
    got = await _read(b"opaque", "x-snappy", 1000)
    assert got.raw == b"opaque" and got.body == b"" and got.decode_error


def _kept(types: Iterable[str | None]) -> list[bool]:
    return [is_kept_type(t) for t in types]


def test_only_useful_types_are_read() -> None:
    assert (
        _kept(["text/html; charset=utf-8", "application/pdf", "application/xhtml+xml", None, "image/svg+xml"])
        == [True] * 5
    )
    assert _kept(["image/jpeg", "application/zip", "video/mp4", "application/octet-stream"]) == [False] * 4
