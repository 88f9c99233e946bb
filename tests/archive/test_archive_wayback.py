"""Wayback lookups against a mocked archive: closest-before preference, CDX fallback, 429s,
caching, the rate limiter, and Save Page Now v2."""

from __future__ import annotations

import asyncio
import datetime as dt
import email.utils
from collections.abc import AsyncIterator

import httpx
import pytest
from pytest_httpx import HTTPXMock

from citecheck.archive.wayback import (
    RateLimiter,
    WaybackCapture,
    WaybackClient,
    endpoints_for,
    retry_after_seconds,
)

BASE = "https://wayback.test"
URL = "https://russiaspivottoasia.com/armenia-considering-importing-russian-goods-via-azerbaijan/"
ACCESS = dt.date(2025, 11, 14)
CDX_HEADER = ["timestamp", "original", "statuscode"]

pytestmark = pytest.mark.anyio


class FakeTime:
    """A clock that only moves when someone sleeps on it."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
async def wayback(fake_time: FakeTime) -> AsyncIterator[WaybackClient]:
    async with httpx.AsyncClient() as client:
        yield WaybackClient(
            client,
            BASE,
            retries=2,
            retry_after_cap=30.0,
            backoff_base=0.5,
            lookup_limiter=RateLimiter(60, 100, clock=fake_time.clock, sleep=fake_time.sleep),
            save_limiter=RateLimiter(6, 1, clock=fake_time.clock, sleep=fake_time.sleep),
            sleep=fake_time.sleep,
            poll_interval=5.0,
            max_polls=3,
        )


def available(timestamp: str | None, status: str = "200") -> dict[str, object]:
    if timestamp is None:
        return {"url": URL, "archived_snapshots": {}}
    snapshot = {"status": status, "available": True, "url": f"http://web.archive.org/web/{timestamp}/{URL}"}
    return {"url": URL, "archived_snapshots": {"closest": {**snapshot, "timestamp": timestamp}}}


def available_url(day: str = "20251114") -> httpx.URL:
    return httpx.URL(f"{BASE}/wayback/available", params={"url": URL, "timestamp": day})


def cdx_before_url() -> httpx.URL:
    return httpx.URL(
        f"{BASE}/cdx/search/cdx",
        params={
            "url": URL,
            "output": "json",
            "fl": "timestamp,original,statuscode",
            "filter": "statuscode:20[036]",
            "to": "20251114",
            "closest": "20251114235959",
            "sort": "closest",
            "limit": "1",
        },
    )


def cdx_after_url() -> httpx.URL:
    return httpx.URL(
        f"{BASE}/cdx/search/cdx",
        params={
            "url": URL,
            "output": "json",
            "fl": "timestamp,original,statuscode",
            "filter": "statuscode:20[036]",
            "from": "20251114",
            "limit": "1",
        },
    )


async def test_closest_capture_before_the_access_date_is_taken_at_once(
    wayback: WaybackClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=available_url(), json=available("20251113221500"))
    lookup = await wayback.nearest(URL, ACCESS)
    assert lookup.capture is not None
    assert lookup.capture.timestamp == "20251113221500"
    assert lookup.capture.archived_url == f"{BASE}/web/20251113221500/{URL}"
    assert len(httpx_mock.get_requests()) == 1


async def test_capture_before_is_preferred_to_a_closer_one_after(
    wayback: WaybackClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=available_url(), json=available("20251115010000"))
    httpx_mock.add_response(url=cdx_before_url(), json=[CDX_HEADER, ["20251110083000", URL, "200"]])
    lookup = await wayback.nearest(URL, ACCESS)
    assert lookup.capture is not None
    assert lookup.capture.timestamp == "20251110083000"
    assert lookup.capture.captured_at == dt.datetime(2025, 11, 10, 8, 30, tzinfo=dt.UTC)


async def test_first_capture_after_when_none_before(wayback: WaybackClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=available_url(), json=available("20251120120000"))
    httpx_mock.add_response(url=cdx_before_url(), json=[])
    lookup = await wayback.nearest(URL, ACCESS)
    assert lookup.capture is not None
    assert lookup.capture.timestamp == "20251120120000"


async def test_cdx_finds_what_the_availability_api_missed(
    wayback: WaybackClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=available_url(), json=available(None))
    httpx_mock.add_response(url=cdx_before_url(), json=[CDX_HEADER])
    httpx_mock.add_response(url=cdx_after_url(), json=[CDX_HEADER, ["20251201000000", URL, "203"]])
    lookup = await wayback.nearest(URL, ACCESS)
    assert lookup.capture is not None
    assert (lookup.capture.timestamp, lookup.capture.status) == ("20251201000000", 203)


async def test_a_404_capture_is_not_a_copy(wayback: WaybackClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=available_url(), json=available("20251113000000", status="404"))
    httpx_mock.add_response(url=cdx_before_url(), json=[])
    httpx_mock.add_response(url=cdx_after_url(), json=[])
    lookup = await wayback.nearest(URL, ACCESS)
    assert lookup.answered
    assert lookup.capture is None


async def test_429_waits_for_retry_after_then_succeeds(
    wayback: WaybackClient, httpx_mock: HTTPXMock, fake_time: FakeTime
) -> None:
    httpx_mock.add_response(url=available_url(), status_code=429, headers={"Retry-After": "7"})
    httpx_mock.add_response(url=available_url(), json=available("20251113221500"))
    lookup = await wayback.nearest(URL, ACCESS)
    assert lookup.capture is not None
    assert fake_time.sleeps == [7.0]
    # The wait went through the shared limiter, so every later request is held too.
    assert wayback.lookup_limiter.paused_until == 7.0


async def test_retry_after_is_capped(
    wayback: WaybackClient, httpx_mock: HTTPXMock, fake_time: FakeTime
) -> None:
    httpx_mock.add_response(url=available_url(), status_code=429, headers={"Retry-After": "3600"})
    httpx_mock.add_response(url=available_url(), json=available("20251113221500"))
    await wayback.nearest(URL, ACCESS)
    assert fake_time.sleeps == [30.0]


async def test_an_archive_that_keeps_failing_is_no_answer(
    wayback: WaybackClient, httpx_mock: HTTPXMock, fake_time: FakeTime
) -> None:
    httpx_mock.add_response(url=available_url(), status_code=503, is_reusable=True)
    lookup = await wayback.nearest(URL, ACCESS)
    assert not lookup.answered and lookup.not_done
    assert lookup.capture is None
    assert "HTTP 503" in (lookup.error or "")
    # Three failures in a row open the breaker: no CDX question, and no later lookup, is sent.
    assert len(httpx_mock.get_requests()) == 3
    assert fake_time.sleeps[:2] == [0.5, 1.0]
    assert wayback.unreachable is not None
    later = await wayback.nearest(URL + "?other", ACCESS)
    assert later.not_done and len(httpx_mock.get_requests()) == 3


async def test_network_errors_are_no_answer_not_an_exception(
    wayback: WaybackClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_exception(httpx.ConnectError("connection refused"), is_reusable=True)
    lookup = await wayback.nearest(URL, ACCESS)
    assert not lookup.answered
    assert "ConnectError" in (lookup.error or "")


async def test_lookups_are_cached_for_the_run(wayback: WaybackClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=available_url(), json=available("20251113221500"))
    first, second = await asyncio.gather(wayback.nearest(URL, ACCESS), wayback.nearest(URL, ACCESS))
    again = await wayback.nearest(URL, ACCESS)
    assert first == second == again
    assert len(httpx_mock.get_requests()) == 1


async def test_rate_limiter_spaces_requests_after_the_burst() -> None:
    # 600 a minute: one place every 0.1 s once the burst of two is spent (aiolimiter's real clock).
    limiter = RateLimiter(600, 2)
    loop = asyncio.get_running_loop()
    started = loop.time()
    await asyncio.gather(*(limiter.acquire() for _ in range(5)))
    assert 0.25 <= loop.time() - started < 0.6


async def test_a_pause_holds_every_caller_without_a_lock() -> None:
    limiter = RateLimiter(6000, 10)
    limiter.pause(0.3)
    loop = asyncio.get_running_loop()
    started = loop.time()
    await asyncio.gather(limiter.acquire(), limiter.acquire(), limiter.acquire())
    # The callers slept through the pause side by side: 0.3 s in all, not 0.3 s each in turn.
    assert 0.28 <= loop.time() - started < 0.5


async def test_malformed_answers_are_no_capture(wayback: WaybackClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=available_url(), json=available("2025-11-13"))
    httpx_mock.add_response(url=cdx_before_url(), json=[CDX_HEADER, ["20251399000000", URL, "200"]])
    httpx_mock.add_response(url=cdx_after_url(), text="<html>maintenance</html>")
    lookup = await wayback.nearest(URL, ACCESS)
    assert lookup.capture is None
    assert lookup.error == "unreadable answer from wayback.test"


def test_short_timestamps_mean_the_start_of_the_period() -> None:
    assert WaybackCapture(URL, "202511", "").captured_at == dt.datetime(2025, 11, 1, tzinfo=dt.UTC)


def test_retry_after_in_both_forms() -> None:
    assert retry_after_seconds(httpx.Response(429, headers={"Retry-After": "12"})) == 12.0
    later = email.utils.format_datetime(dt.datetime.now(dt.UTC) + dt.timedelta(seconds=90), usegmt=True)
    seconds = retry_after_seconds(httpx.Response(429, headers={"Retry-After": later}))
    assert seconds is not None and 80 < seconds <= 90
    assert retry_after_seconds(httpx.Response(429, headers={"Retry-After": "soon"})) is None
    assert retry_after_seconds(httpx.Response(429)) is None


def test_archive_org_serves_cdx_and_saves_from_web_archive_org() -> None:
    endpoints = endpoints_for("https://archive.org")
    assert endpoints.available == "https://archive.org/wayback/available"
    assert endpoints.cdx == "https://web.archive.org/cdx/search/cdx"
    assert endpoints.save == "https://web.archive.org/save"
    assert endpoints.replay == "https://web.archive.org/web"
    assert endpoints_for("http://127.0.0.1:8000/").cdx == "http://127.0.0.1:8000/cdx/search/cdx"


async def test_save_page_now_submits_and_polls(
    wayback: WaybackClient, httpx_mock: HTTPXMock, fake_time: FakeTime
) -> None:
    httpx_mock.add_response(
        method="POST",
        url=f"{BASE}/save",
        match_headers={"Authorization": "LOW key:secret", "Accept": "application/json"},
        match_content=b"url=https%3A%2F%2Ftass.ru%2Fpolitika%2F25584021",
        json={"url": "https://tass.ru/politika/25584021", "job_id": "spn2-abc"},
    )
    httpx_mock.add_response(url=f"{BASE}/save/status/spn2-abc", json={"status": "pending"})
    httpx_mock.add_response(
        url=f"{BASE}/save/status/spn2-abc",
        json={
            "status": "success",
            "timestamp": "20251124190000",
            "original_url": "https://tass.ru/politika/25584021",
        },
    )
    lookup = await wayback.save("https://tass.ru/politika/25584021", access_key="key", secret_key="secret")
    assert lookup.capture is not None
    assert lookup.capture.archived_url == f"{BASE}/web/20251124190000/https://tass.ru/politika/25584021"
    assert fake_time.sleeps == [5.0, 5.0]


async def test_save_page_now_errors_are_reported(wayback: WaybackClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="POST", url=f"{BASE}/save", json={"job_id": "spn2-x"})
    httpx_mock.add_response(
        url=f"{BASE}/save/status/spn2-x",
        json={"status": "error", "status_ext": "error:blocked-url", "message": "This URL is excluded."},
    )
    lookup = await wayback.save("https://tass.ru/", access_key="k", secret_key="s")
    assert lookup.capture is None
    assert "excluded" in (lookup.error or "")


async def test_save_page_now_gives_up_after_its_polls(wayback: WaybackClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="POST", url=f"{BASE}/save", json={"job_id": "spn2-slow"})
    httpx_mock.add_response(url=f"{BASE}/save/status/spn2-slow", json={"status": "pending"}, is_reusable=True)
    lookup = await wayback.save("https://tass.ru/", access_key="k", secret_key="s")
    assert lookup.error == "Save Page Now job spn2-slow for https://tass.ru/ still pending"
    assert len(httpx_mock.get_requests()) == 1 + 3
