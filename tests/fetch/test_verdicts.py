"""The one translation of exceptions and responses into states, error kinds and retry decisions."""

from __future__ import annotations

import datetime as dt
import errno
import socket
import ssl
from pathlib import Path

import httpcore
import httpx
import pytest

from citecheck.fetch.guard import NameResolutionFailed, PrivateAddressBlocked
from citecheck.fetch.markers import read_page
from citecheck.fetch.verdicts import (
    capture_transport_errors,
    classify_exception,
    classify_status,
    parse_retry_after,
)

PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "fetch" / "pages"


def _wrapped(inner: BaseException) -> httpx.ConnectError:
    """Shaped like httpx's own errors: httpx ← httpcore(arg) ← OSError ← the OS error."""
    middle = OSError("All connection attempts failed")
    middle.__cause__ = inner
    core = httpcore.ConnectError(middle)
    outer = httpx.ConnectError(str(core))
    outer.__cause__ = core
    return outer


def _gai(code: int) -> socket.gaierror:
    return socket.gaierror(code, "lookup failed")


@pytest.mark.parametrize(
    ("exc", "state", "kind", "retryable", "ours"),
    [
        (PrivateAddressBlocked("intranet.test", []), "skipped", "private-address", False, False),
        (NameResolutionFailed("gone.invalid", _gai(socket.EAI_NONAME)), "dead", "dns", False, True),
        (NameResolutionFailed("flaky.test", _gai(socket.EAI_AGAIN)), "unreachable", "dns", True, True),
        (_wrapped(_gai(socket.EAI_NONAME)), "dead", "dns", False, True),
        (
            _wrapped(ssl.SSLCertVerificationError("certificate verify failed")),
            "unreachable",
            "tls",
            False,
            False,
        ),
        (
            _wrapped(ConnectionRefusedError(errno.ECONNREFUSED, "refused")),
            "dead",
            "connection-refused",
            True,
            True,
        ),
        (
            _wrapped(OSError(errno.ENETUNREACH, "unreachable")),
            "unreachable",
            "network-unreachable",
            True,
            True,
        ),
        (httpx.ConnectTimeout("slow"), "unreachable", "timeout", True, True),
        (httpx.ReadTimeout("slow"), "unreachable", "timeout", True, False),
        (TimeoutError(), "unreachable", "timeout", True, False),
        (
            httpx.RemoteProtocolError("Server disconnected without sending a response."),
            "unreachable",
            "connection-reset",
            True,
            False,
        ),
        (
            httpx.RemoteProtocolError("illegal status line: b'HTTP/1.1 2OO'"),
            "unreachable",
            "protocol-error",
            False,
            False,
        ),
        (httpx.ReadError("boom"), "unreachable", "connection-reset", True, False),
        (httpx.UnsupportedProtocol("ftp"), "skipped", "unsupported-scheme", False, False),
        (httpx.InvalidURL("bad"), "dead", "invalid-url", False, False),
    ],
)
def test_exceptions_are_translated_most_specific_first(
    exc: BaseException, state: str, kind: str, retryable: bool, ours: bool
) -> None:
    verdict = classify_exception(exc)
    assert (verdict.state, verdict.kind, verdict.retryable, verdict.ours) == (state, kind, retryable, ours)
    assert verdict.error is not None and verdict.error.message


def test_capture_turns_transport_errors_into_verdicts_and_lets_bugs_through() -> None:
    with capture_transport_errors() as captured:
        raise httpx.ReadTimeout("slow")
    assert captured.verdict is not None and captured.verdict.kind == "timeout"
    with pytest.raises(KeyError), capture_transport_errors():
        raise KeyError("a programming error is not a verdict")


@pytest.mark.parametrize(
    ("status", "headers", "state", "kind", "retryable"),
    [
        (200, {}, "alive", None, False),
        (204, {}, "alive", None, False),
        (404, {}, "dead", "http-status", False),
        (410, {}, "dead", "http-status", False),
        (403, {"cf-mitigated": "challenge"}, "blocked", "bot-challenge", False),
        (403, {}, "blocked", "http-status", False),
        (401, {}, "blocked", "auth-required", False),
        (402, {}, "blocked", "paywall", False),
        (429, {"retry-after": "5"}, "blocked", "rate-limited", True),
        (429, {"retry-after": "3600"}, "blocked", "rate-limited", False),
        (503, {}, "unreachable", "http-status", True),
        (503, {"cf-mitigated": "challenge"}, "blocked", "bot-challenge", False),
        (501, {}, "unreachable", "http-status", False),
        (500, {}, "unreachable", "http-status", True),
        (999, {}, "blocked", "http-status", False),
        (302, {}, "unreachable", "http-status", False),
    ],
)
def test_statuses(
    status: int, headers: dict[str, str], state: str, kind: str | None, retryable: bool
) -> None:
    verdict = classify_status(status, headers, retry_after_cap=30)
    assert (verdict.state, verdict.kind, verdict.retryable) == (state, kind, retryable)


def test_accepted_statuses_are_alive() -> None:
    assert classify_status(403, {}, accepted=frozenset({403})).state == "alive"


def test_retry_after_is_carried_for_the_wait() -> None:
    assert classify_status(429, {"retry-after": "5"}).retry_after == 5.0


def test_a_small_200_challenge_page_is_blocked_but_an_article_about_captchas_is_alive() -> None:
    challenge = (PAGES / "challenge-200.html").read_bytes()
    article = (PAGES / "article-about-captchas.html").read_bytes()
    assert classify_status(200, {}, page=read_page(challenge), body=challenge).state == "blocked"
    assert classify_status(200, {}, page=read_page(article), body=article).state == "alive"


def test_parse_retry_after() -> None:
    now = dt.datetime(2025, 11, 14, 12, 0, tzinfo=dt.UTC)
    assert parse_retry_after("120", now) == 120.0
    assert parse_retry_after("0.5", now) == 0.5
    assert parse_retry_after("Fri, 14 Nov 2025 12:00:30 GMT", now) == 30.0
    assert parse_retry_after("Fri, 14 Nov 2025 11:00:00 GMT", now) == 0.0
    assert parse_retry_after("soon", now) is None
    assert parse_retry_after(None, now) is None
