"""Connections cannot hold the service (citecheck.service.connections), on a real uvicorn: a request
head must arrive in time, and one address may hold only so many connections."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

import httpx

from citecheck.config import Config
from citecheck.service import create_app, serve_in_thread
from citecheck.service.settings import ServiceSettings

PARTIAL_HEAD = b"GET /healthz HTTP/1.1\r\nHost: x\r\n"  # no blank line: the head never ends


@contextmanager
def service(**settings: object) -> Iterator[tuple[str, int, str]]:
    chosen = ServiceSettings(max_concurrent_jobs=1, **settings)  # type: ignore[arg-type]
    with serve_in_thread(create_app(Config(offline=True), settings=chosen), settings=chosen) as base_url:
        parts = urlsplit(base_url)
        yield str(parts.hostname), int(parts.port or 80), base_url


def _open(host: str, port: int, *, source: str = "127.0.0.1") -> socket.socket:
    connection = socket.create_connection((host, port), timeout=5, source_address=(source, 0))
    connection.sendall(PARTIAL_HEAD)
    return connection


def _closed_by_server(connection: socket.socket, within: float) -> bool:
    connection.settimeout(within)
    try:
        return connection.recv(1024) == b""
    except TimeoutError:
        return False
    except ConnectionResetError:
        return True


def _healthy(base_url: str, *, source: str = "127.0.0.1") -> bool:
    transport = httpx.HTTPTransport(local_address=source)
    with httpx.Client(base_url=base_url, transport=transport, timeout=5) as client:
        return client.get("/healthz").status_code == 200


def test_a_connection_that_never_finishes_its_request_head_is_closed_at_the_deadline() -> None:
    with service(header_timeout_seconds=0.5) as (host, port, base_url):
        stalled = _open(host, port)
        assert not _closed_by_server(stalled, 0.2)  # open while within its time
        assert _healthy(base_url)  # others are answered meanwhile
        assert _closed_by_server(stalled, 3.0)
        stalled.close()


def test_a_slow_but_whole_head_within_the_deadline_is_answered() -> None:
    with service(header_timeout_seconds=1.0) as (host, port, _):
        connection = socket.create_connection((host, port), timeout=5)
        connection.sendall(PARTIAL_HEAD)
        time.sleep(0.3)
        connection.sendall(b"\r\n")
        answer = connection.recv(1024)
        assert answer.startswith(b"HTTP/1.1 200")
        connection.close()


def test_one_address_cannot_take_every_connection_and_others_are_still_served() -> None:
    with service(max_connections_per_client=3, header_timeout_seconds=30) as (host, port, base_url):
        held = [_open(host, port) for _ in range(3)]
        extra = _open(host, port)
        assert _closed_by_server(extra, 2.0)  # the fourth from one address is closed at once
        assert all(not _closed_by_server(c, 0.05) for c in held)  # the first three stay
        assert _healthy(base_url, source="127.0.0.2")  # another address is served
        for connection in [*held, extra]:
            connection.close()
        time.sleep(0.2)
        assert _healthy(base_url)  # the address itself, once it lets go


def _post_head(length: int) -> bytes:
    return (
        f"POST /v1/checks HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: {length}\r\n\r\n"
    ).encode()


def test_a_body_that_never_all_arrives_is_dropped_at_its_deadline() -> None:
    with service(body_timeout_seconds=0.5, header_timeout_seconds=30) as (host, port, base_url):
        connection = socket.create_connection((host, port), timeout=5)
        connection.sendall(_post_head(1000) + b'{"text": "')  # 10 of the 1,000 bytes promised
        assert not _closed_by_server(connection, 0.2)
        assert _healthy(base_url)
        assert _closed_by_server(connection, 3.0)
        connection.close()


def test_a_body_sent_in_parts_within_its_deadline_is_answered() -> None:
    body = (
        b'{"text": "A claim.[1]\\n\\n[1] \\"T\\", Ex, https://example.org/a, (Access Date: 14.11.2025).\\n"}'
    )
    with service(body_timeout_seconds=2.0) as (host, port, _):
        connection = socket.create_connection((host, port), timeout=5)
        connection.sendall(_post_head(len(body)) + body[:20])
        time.sleep(0.3)
        connection.sendall(body[20:])
        assert connection.recv(1024).startswith(b"HTTP/1.1 202")
        connection.close()
