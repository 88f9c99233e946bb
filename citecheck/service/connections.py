"""Connections that cannot hold the service: deadlines for each request's head and body, a cap per
address.

uvicorn answers 503 to everyone once ``limit_concurrency`` connections are open, and it gives a
connection that sends part of a request head and then nothing (a "slowloris" client) no deadline
at all: 300 such connections from one address, each holding "GET /healthz HTTP/1.1\\r\\nHost: x\\r\\n",
turned every request of every client, ``/healthz`` included, into a 503 for as long as they stayed
open (65 s and counting on this machine, 2026-12-06). uvicorn's keep-alive timeout does not help:
it is cancelled by the first byte received.

:class:`GuardedH11Protocol` is uvicorn's h11 protocol with two bounds:

* a **head deadline** (``header_timeout_seconds``, default 10 s, nginx's ``client_header_timeout``
  and Apache's ``RequestReadTimeout`` in spirit): from the moment a connection opens, or finishes
  an answer and waits for the next request, it must deliver a whole request head within the
  deadline or it is closed. A request's body is the app's business (its size limit, the job
  deadline), not this timer's.
* a **body deadline** (``body_timeout_seconds``, default 60 s: 5 MiB, the largest body, at
  1 Mbit/s takes 42 s): a request whose head came in must deliver its whole body within it, or the
  connection is closed — a body trickled a byte at a time held its connection as long as the client
  liked.
* a **cap per address** (``max_connections_per_client``, default 32): a new connection from an
  address that already holds that many is closed at once, so one client cannot take the 256
  connections the server accepts. Connections from a trusted proxy (``forwarded_allow_ips``) are
  not capped: they carry many clients.
"""

from __future__ import annotations

import asyncio
import ipaddress

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from citecheck.config import ServiceSettings


def _trusted(host: str | None, proxies: tuple[str, ...]) -> bool:
    if host is None:
        return False
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return host in proxies
    for proxy in proxies:
        if proxy == "*":
            return True
        try:
            if address in ipaddress.ip_network(proxy, strict=False):
                return True
        except ValueError:
            continue
    return False


def _client_host(connection: object) -> str | None:
    client = getattr(connection, "client", None)
    return str(client[0]) if isinstance(client, tuple) and client else None


def guarded_protocol(settings: ServiceSettings) -> type[H11Protocol]:
    """uvicorn's h11 protocol bounded by ``settings`` (see the module's docstring)."""

    class GuardedH11Protocol(H11Protocol):
        head_deadline = settings.header_timeout_seconds
        body_deadline = settings.body_timeout_seconds
        per_client = settings.max_connections_per_client
        proxies = tuple(settings.forwarded_allow_ips)
        _head_timer: asyncio.TimerHandle | None = None
        _body_timer: asyncio.TimerHandle | None = None

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            host = self.client[0] if self.client else None
            if host is not None and not _trusted(host, self.proxies):
                held = sum(1 for connection in self.connections if _client_host(connection) == host)
                if held > self.per_client:
                    transport.close()
                    return
            self._await_head()

        def _await_head(self) -> None:
            self._stop_head_timer()
            self._head_timer = self.loop.call_later(self.head_deadline, self._head_overdue)

        def _stop_head_timer(self) -> None:
            if self._head_timer is not None:
                self._head_timer.cancel()
                self._head_timer = None

        def _stop_body_timer(self) -> None:
            if self._body_timer is not None:
                self._body_timer.cancel()
                self._body_timer = None

        def _head_overdue(self) -> None:
            self._head_timer = None
            if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
                self.transport.close()  # no whole request head in time

        def _body_overdue(self) -> None:
            self._body_timer = None
            if self.conn.their_state is h11.SEND_BODY and not self.transport.is_closing():
                self.transport.close()  # the body did not all arrive in time

        def handle_events(self) -> None:
            super().handle_events()
            state = self.conn.their_state
            if state is not h11.IDLE:
                self._stop_head_timer()  # the head is in
            if state is h11.SEND_BODY and self._body_timer is None:
                self._body_timer = self.loop.call_later(self.body_deadline, self._body_overdue)
            elif state is not h11.SEND_BODY:
                self._stop_body_timer()

        def on_response_complete(self) -> None:
            super().on_response_complete()
            if not self.transport.is_closing() and self.conn.their_state is h11.IDLE:
                self._await_head()  # waiting for the next request's head

        def connection_lost(self, exc: Exception | None) -> None:
            self._stop_head_timer()
            self._stop_body_timer()
            super().connection_lost(exc)

    return GuardedH11Protocol


__all__ = ["guarded_protocol"]
