"""The one place that turns what happened on the wire into a link state and an error kind.

Exceptions are translated most specific first (the first match in this tree wins; the cause
chain of an httpx exception is searched, so the guard's and the OS's errors are seen through it):

    exception while fetching                    state        error kind
     ├── guard.PrivateAddressBlocked          → skipped      private-address
     ├── guard.BadPortBlocked                 → skipped      bad-port
     ├── guard.NameResolutionFailed, gaierror → dead         dns  (the name does not exist)
     │                                        → unreachable  dns  (the resolver failed: maybe ours)
     ├── ssl.SSLError                         → unreachable  tls
     ├── ConnectionRefusedError               → dead         connection-refused (retried first)
     ├── ENETUNREACH, EHOSTUNREACH, ENETDOWN  → unreachable  network-unreachable
     ├── ConnectionResetError, BrokenPipe     → unreachable  connection-reset
     ├── httpx.ConnectTimeout                 → unreachable  timeout
     ├── httpx.TimeoutException, TimeoutError → unreachable  timeout
     ├── httpx.RemoteProtocolError
     │     ├── "Server disconnected …"        → unreachable  connection-reset
     │     └── anything else (bad status line)→ unreachable  protocol-error
     ├── httpx.LocalProtocolError             → unreachable  protocol-error
     ├── httpx.ReadError, WriteError          → unreachable  connection-reset
     ├── httpx.ConnectError, other OSError    → unreachable  connect-error
     ├── httpx.UnsupportedProtocol            → skipped      unsupported-scheme
     ├── httpx.InvalidURL                     → dead         invalid-url
     └── httpx.HTTPError                      → unreachable  http-error

Responses are judged by :func:`classify_status`. Which failures are retried is decided here too
(:attr:`Verdict.retryable`), and so is which failures could be our own network's
(:attr:`Verdict.ours`). DeadlinkChecker's lesson applies: a failure that comes back in well under a
second is not proof of death, so resets, 5xx and timeouts are ``unreachable`` (transient), and
even a refused connection is only called ``dead`` after the retries have all been refused.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import errno
import socket
import ssl
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace
from http import HTTPStatus

import httpcore
import httpx

from citecheck.fetch.guard import BadPortBlocked, NameResolutionFailed, PrivateAddressBlocked
from citecheck.fetch.markers import CHALLENGE_BODY_MARKERS, PageText, bot_wall_phrase, paywall_phrase
from citecheck.fetch.walls import detect_wall
from citecheck.models import LinkError, LinkState

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
PERMANENT_REDIRECTS = frozenset({301, 308})
# A 2xx page this short with a challenge title is a challenge page, not an article about one.
CHALLENGE_PAGE_MAX_TEXT = 800
CHALLENGE_BODY_SCAN = 64 * 1024

TRANSPORT_ERRORS: tuple[type[BaseException], ...] = (
    httpx.HTTPError,
    httpx.InvalidURL,
    httpcore.TimeoutException,
    httpcore.NetworkError,
    httpcore.ProtocolError,
    httpcore.UnsupportedProtocol,
    OSError,  # includes TimeoutError, ssl.SSLError, socket.gaierror
)

_NETWORK_DOWN_ERRNOS = frozenset(
    {
        getattr(errno, name)
        for name in ("ENETUNREACH", "EHOSTUNREACH", "ENETDOWN", "EADDRNOTAVAIL")
        if hasattr(errno, name)
    }
)


@dataclass(frozen=True)
class Verdict:
    """A state with its reason, and what the fetcher should do about it."""

    state: LinkState
    kind: str | None = None
    message: str | None = None
    retryable: bool = False
    retry_after: float | None = None
    ours: bool = False

    @property
    def error(self) -> LinkError | None:
        if self.kind is None:
            return None
        return LinkError(kind=self.kind, message=self.message or self.kind)

    def final(self) -> Verdict:
        """The same verdict once no retry is left."""
        return replace(self, retryable=False)


ALIVE = Verdict("alive")


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """``exc``, its causes and contexts, and the members of exception groups, each once."""
    seen: set[int] = set()
    stack = [exc]
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        if isinstance(current, BaseExceptionGroup):
            stack.extend(current.exceptions)
        # httpcore wraps the original error as an argument and its pool re-raises "from None",
        # so the arguments are followed as well as what a traceback would show: the explicit
        # cause, else an unsuppressed context.
        stack.extend(arg for arg in current.args if isinstance(arg, BaseException))
        if current.__cause__ is not None:
            stack.append(current.__cause__)
        elif current.__context__ is not None and not current.__suppress_context__:
            stack.append(current.__context__)


def _first(
    exc: BaseException, kind: type[BaseException] | tuple[type[BaseException], ...]
) -> BaseException | None:
    return next((e for e in _chain(exc) if isinstance(e, kind)), None)


def _describe(exc: BaseException) -> str:
    text = str(exc).strip()
    return text or type(exc).__name__


def classify_exception(exc: BaseException) -> Verdict:
    """Translate an exception raised while fetching into a :class:`Verdict` (see the module tree)."""
    blocked = _first(exc, PrivateAddressBlocked)
    if blocked is not None:
        return Verdict("skipped", "private-address", _describe(blocked))
    bad_port = _first(exc, BadPortBlocked)
    if bad_port is not None:
        return Verdict("skipped", "bad-port", _describe(bad_port))

    resolution = _first(exc, NameResolutionFailed)
    if resolution is not None:
        assert isinstance(resolution, NameResolutionFailed)
        if resolution.missing:
            return Verdict("dead", "dns", _describe(resolution), ours=True)
        return Verdict("unreachable", "dns", _describe(resolution), retryable=True, ours=True)
    gai = _first(exc, socket.gaierror)
    if gai is not None:
        assert isinstance(gai, socket.gaierror)
        message = f"cannot resolve host: {gai.strerror or gai}"
        if gai.errno in (getattr(socket, "EAI_NONAME", None), getattr(socket, "EAI_NODATA", None)):
            return Verdict("dead", "dns", message, ours=True)
        return Verdict("unreachable", "dns", message, retryable=True, ours=True)

    tls = _first(exc, ssl.SSLError)
    if tls is not None:
        reason = getattr(tls, "verify_message", None) or getattr(tls, "reason", None) or _describe(tls)
        return Verdict("unreachable", "tls", f"TLS failure: {reason}")

    if _first(exc, ConnectionRefusedError) is not None:
        return Verdict("dead", "connection-refused", "connection refused", retryable=True, ours=True)

    for linked in _chain(exc):
        if isinstance(linked, OSError) and linked.errno in _NETWORK_DOWN_ERRNOS:
            return Verdict("unreachable", "network-unreachable", _describe(linked), retryable=True, ours=True)

    if _first(exc, (ConnectionResetError, BrokenPipeError, ConnectionAbortedError)) is not None:
        return Verdict("unreachable", "connection-reset", "connection reset by peer", retryable=True)

    if isinstance(exc, httpx.ConnectTimeout | httpcore.ConnectTimeout):
        return Verdict(
            "unreachable", "timeout", f"connect timeout: {_describe(exc)}", retryable=True, ours=True
        )
    if isinstance(exc, httpx.TimeoutException | httpcore.TimeoutException | TimeoutError):
        return Verdict("unreachable", "timeout", f"timed out: {_describe(exc)}", retryable=True)

    if isinstance(exc, httpx.RemoteProtocolError | httpcore.RemoteProtocolError):
        message = _describe(exc)
        if "disconnected" in message.lower() or "peer closed" in message.lower():
            return Verdict("unreachable", "connection-reset", message, retryable=True)
        return Verdict("unreachable", "protocol-error", message)
    if isinstance(exc, httpx.ProtocolError | httpcore.ProtocolError):
        return Verdict("unreachable", "protocol-error", _describe(exc))
    if isinstance(exc, httpx.ReadError | httpx.WriteError | httpcore.ReadError | httpcore.WriteError):
        return Verdict("unreachable", "connection-reset", _describe(exc), retryable=True)
    if isinstance(exc, httpx.ConnectError | httpcore.ConnectError):
        return Verdict("unreachable", "connect-error", _describe(exc), retryable=True, ours=True)
    if isinstance(exc, httpx.UnsupportedProtocol | httpcore.UnsupportedProtocol):
        return Verdict("skipped", "unsupported-scheme", _describe(exc))
    if isinstance(exc, httpx.InvalidURL):
        return Verdict("dead", "invalid-url", _describe(exc))
    if isinstance(exc, OSError):
        return Verdict("unreachable", "connect-error", _describe(exc), retryable=True, ours=True)
    return Verdict("unreachable", "http-error", _describe(exc), retryable=True)


class CapturedFailure:
    """Filled by :func:`capture_transport_errors` when the guarded block raised."""

    verdict: Verdict | None = None


@contextmanager
def capture_transport_errors() -> Iterator[CapturedFailure]:
    """Run a block of wire work; a transport exception becomes ``captured.verdict`` instead.

    Like httpx's ``map_httpcore_exceptions``, this keeps the catching and the translating of
    foreign errors in this module. Programming errors (anything not a transport error) propagate.
    """
    captured = CapturedFailure()
    try:
        yield captured
    except TRANSPORT_ERRORS as exc:
        captured.verdict = classify_exception(exc)


def parse_retry_after(value: str | None, now: dt.datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP-date (never negative)."""
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    try:
        # RFC 9110 says whole seconds; fractions are accepted, being harmless and unambiguous.
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    now = now or dt.datetime.now(dt.UTC)
    return max(0.0, (when - now).total_seconds())


def challenge_reason(
    status: int, headers: Mapping[str, str], page: PageText | None, body: bytes
) -> str | None:
    """Why this response is a bot challenge (Cloudflare, DataDome, Imperva, captcha…), if it is one."""
    if headers.get("cf-mitigated", "").strip().lower() == "challenge":
        return "cf-mitigated: challenge"
    if headers.get("x-amzn-waf-action", "").strip().lower() in ("captcha", "challenge"):
        return "AWS WAF challenge"
    if status >= 400 and ("x-datadome" in headers or "x-dd-b" in headers):
        return "DataDome block"
    if page is not None:
        phrase = bot_wall_phrase(page.title)
        if phrase and (status >= 400 or len(page.text) <= CHALLENGE_PAGE_MAX_TEXT):
            return f"challenge page titled {page.title!r}"
    if len(body) <= CHALLENGE_BODY_SCAN or status >= 400:
        scan = body[:CHALLENGE_BODY_SCAN]
        for marker in CHALLENGE_BODY_MARKERS:
            if marker in scan:
                return f"challenge script {marker.decode()}"
    return None


def _reason(status: int) -> str:
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return str(status)


def classify_status(
    status: int,
    headers: Mapping[str, str],
    *,
    page: PageText | None = None,
    body: bytes = b"",
    accepted: frozenset[int] = frozenset(),
    retry_after_cap: float = 30.0,
) -> Verdict:
    """Judge a final (non-redirect) response by its status, headers and, for walls, its page."""
    if status in accepted:
        return ALIVE
    challenge = challenge_reason(status, headers, page, body) if status >= 200 else None
    if 200 <= status < 300:
        if challenge:
            return Verdict("blocked", "bot-challenge", challenge)
        # A sign-in form or a subscription teaser is not the cited page (see fetch/walls.py).
        wall = detect_wall(page, body)
        return Verdict("blocked", wall.kind, wall.message) if wall else ALIVE
    if status in (300, 304):
        return ALIVE
    if 300 <= status < 400:
        return Verdict("unreachable", "http-status", f"{_reason(status)} without a usable Location")
    wait = parse_retry_after(headers.get("retry-after"))
    too_long = wait is not None and wait > retry_after_cap
    if status in (404, 410):
        return Verdict("dead", "http-status", _reason(status))
    if status == 429:
        message = "429 Too Many Requests"
        if too_long:
            message += f" (Retry-After {wait:.0f}s is over the {retry_after_cap:.0f}s cap)"
        return Verdict("blocked", "rate-limited", message, retryable=not too_long, retry_after=wait)
    if challenge and status in (401, 403, 503):
        return Verdict("blocked", "bot-challenge", f"{_reason(status)}: {challenge}")
    if status == 402 or (status in (401, 403) and page is not None and paywall_phrase(page.title)):
        return Verdict("blocked", "paywall", _reason(status))
    if status in (401, 403) and (wall := detect_wall(page, body)) is not None:
        return Verdict("blocked", wall.kind, f"{_reason(status)}: {wall.message}")
    if status in (401, 407):
        return Verdict("blocked", "auth-required", _reason(status))
    if status == 408:
        return Verdict("unreachable", "timeout", _reason(status), retryable=True, retry_after=wait)
    if status == 511:
        return Verdict("unreachable", "network-unreachable", _reason(status), ours=True)
    if 400 <= status < 500:
        # 403, 405, 406, 418, 451…: the server refused *us*; readers may well see the page.
        return Verdict("blocked", "http-status", _reason(status))
    if 500 <= status < 600:
        message = _reason(status)
        if too_long:
            message += f" (Retry-After {wait:.0f}s is over the {retry_after_cap:.0f}s cap)"
        retryable = status not in (501, 505) and not too_long
        return Verdict("unreachable", "http-status", message, retryable=retryable, retry_after=wait)
    # 999 (LinkedIn) and other inventions are refusals aimed at bots.
    return Verdict("blocked", "http-status", _reason(status))
