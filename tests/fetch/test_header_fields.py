"""Exchange.fields answers as httpx.Headers.get does (fetch/fetcher.header_fields)."""

from __future__ import annotations

import httpx

from citecheck.fetch.fetcher import header_fields


def test_fields_answer_as_httpx_headers_do() -> None:
    headers = httpx.Headers(
        [
            (b"Set-Cookie", b"a=1"),
            (b"Content-Type", b"text/html; charset=utf-8"),
            (b"set-cookie", b"b=2"),
            (b"X-Title", "Café".encode()),
            (b"X-Latin", b"caf\xe9"),
        ]
    )
    fields = header_fields(headers)
    assert fields["set-cookie"] == "a=1, b=2"  # a repeated header joined, as Headers.get joins it
    for name in ("set-cookie", "content-type", "x-title", "x-latin", "location", "x-datadome"):
        assert fields.get(name) == headers.get(name)
        assert (name in fields) == (name in headers)


def test_no_headers_no_fields() -> None:
    assert header_fields(httpx.Headers()) == {}
