"""Who may use the service and how much: API tokens, request size limits, per-client rate limits.

Pure logic plus one ASGI middleware; the app wires them to its routes.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import json
import math
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from citecheck.service.settings import ServiceSettings


def is_loopback_host(host: str) -> bool:
    """True when binding ``host`` exposes the service to this machine only."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name may resolve anywhere


def bearer_token(authorization: str | None) -> str | None:
    """The token of an ``Authorization: Bearer …`` header, or None."""
    if not authorization:
        return None
    scheme, _, token = authorization.strip().partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def token_is_valid(presented: str, tokens: Sequence[str]) -> bool:
    """Compare against every configured token in constant time, so timing reveals nothing."""
    matched = False
    for token in tokens:
        matched |= hmac.compare_digest(presented.encode(), token.encode())
    return matched


def client_key(token: str | None, client_ip: str | None) -> str:
    """The rate-limit key: the token when authenticated (hashed, so it never sits in memory twice)."""
    if token is not None:
        return "token:" + hashlib.sha256(token.encode()).hexdigest()[:16]
    return "ip:" + (client_ip or "unknown")


@dataclass
class _Bucket:
    tokens: float
    updated: float


class RateLimiter:
    """A token bucket per client: ``rate`` tokens a second, at most ``burst`` saved up.

    Memory is bounded: beyond ``max_keys`` clients, the least recently seen bucket is dropped
    (a dropped client starts again with a full bucket, which errs on the side of serving).
    """

    def __init__(
        self,
        rate: float,
        burst: int,
        *,
        max_keys: int = 10_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.rate = rate
        self.burst = burst
        self._max_keys = max_keys
        self._clock = clock
        self._buckets: OrderedDict[str, _Bucket] = OrderedDict()

    def __len__(self) -> int:
        return len(self._buckets)

    def take(self, key: str) -> float:
        """Spend one token of ``key``: 0.0 when allowed, else seconds until one is available."""
        now = self._clock()
        bucket = self._buckets.get(key)
        if bucket is None:
            bucket = _Bucket(tokens=float(self.burst), updated=now)
            self._buckets[key] = bucket
            while len(self._buckets) > self._max_keys:
                self._buckets.popitem(last=False)
        else:
            self._buckets.move_to_end(key)
            bucket.tokens = min(float(self.burst), bucket.tokens + (now - bucket.updated) * self.rate)
            bucket.updated = now
        if bucket.tokens >= 1.0:
            bucket.tokens -= 1.0
            return 0.0
        return (1.0 - bucket.tokens) / self.rate


def retry_after_header(seconds: float) -> str:
    """Retry-After takes whole seconds; round up so a client that obeys it is served."""
    return str(max(1, math.ceil(seconds)))


class RateLimited(HTTPException):
    def __init__(self, retry_after: float, what: str) -> None:
        super().__init__(
            status_code=429,
            detail=f"too many {what}; retry in {retry_after_header(retry_after)} s",
            headers={"Retry-After": retry_after_header(retry_after)},
        )


class Unauthorized(HTTPException):
    def __init__(self, detail: str) -> None:
        super().__init__(status_code=401, detail=detail, headers={"WWW-Authenticate": "Bearer"})


class RequestTooLarge(HTTPException):
    """Raised while the body streams in; an HTTPException so FastAPI's body parsing passes it on."""

    def __init__(self, limit: int) -> None:
        super().__init__(status_code=413, detail=f"request body larger than {limit} bytes")


class Gatekeeper:
    """Authentication and rate limiting of one app, with its own buckets (no module state)."""

    def __init__(self, settings: ServiceSettings, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.settings = settings
        self.requests = RateLimiter(
            settings.request_rate_per_second,
            settings.request_burst,
            max_keys=settings.max_clients_tracked,
            clock=clock,
        )
        self.submissions = RateLimiter(
            settings.submit_rate_per_minute / 60.0,
            settings.submit_burst,
            max_keys=settings.max_clients_tracked,
            clock=clock,
        )

    @property
    def auth_required(self) -> bool:
        return bool(self.settings.tokens)

    def admit(self, authorization: str | None, client_ip: str | None, *, submission: bool = False) -> str:
        """Rate-limit, then authenticate; returns the client key. Raises 429 or 401.

        Limiting comes first and keys unauthenticated callers by address, so guessing tokens is
        throttled like any other request.
        """
        presented = bearer_token(authorization)
        valid = presented is not None and token_is_valid(presented, self.settings.tokens)
        key = client_key(presented if valid else None, client_ip)
        wait = self.requests.take(key)
        if wait > 0:
            raise RateLimited(wait, "requests")
        if self.auth_required and not valid:
            if presented is None:
                raise Unauthorized("missing API token: send 'Authorization: Bearer <token>'")
            raise Unauthorized("invalid API token")
        if submission:
            wait = self.submissions.take(key)
            if wait > 0:
                raise RateLimited(wait, "check submissions")
        return key


class RequestSizeLimit:
    """ASGI middleware: 413 for bodies over ``max_bytes``, declared or streamed."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared is not None and declared > self.max_bytes:
            await _send_json(send, 413, {"error": f"request body larger than {self.max_bytes} bytes"})
            return
        seen = 0

        async def counting_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise RequestTooLarge(self.max_bytes)
            return message

        await self.app(scope, counting_receive, send)


class SecurityHeaders:
    """ASGI middleware: headers every response carries (no MIME sniffing, no referrer leaks)."""

    HEADERS: tuple[tuple[bytes, bytes], ...] = (
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"no-referrer"),
    )

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(name, value) for name, value in self.HEADERS if name not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _send_json(send: Send, status: int, body: dict[str, str]) -> None:
    payload = json.dumps(body).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(payload)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": payload})
