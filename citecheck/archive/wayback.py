"""The Wayback Machine: the capture nearest a footnote's access date, and Save Page Now v2.

The availability API is asked first and the CDX API only when it must (the availability API
found no capture, or only one after the access date). The capture closest *before* the access
date with status 200/203/206 wins, else the first one after it (the rule internetarchivebot
uses). Wayback limits are tight and undocumented (CDX about 60/min, Save Page Now 4–12/min), so
every request takes a place from a shared leaky bucket (aiolimiter: waiting holds no lock, so
lookups run concurrently within the rate), a 429 pauses every lookup for its Retry-After, and
lookups are cached for the run (and, through a :class:`LookupCache`, across runs: hits only).

A circuit breaker keeps an unreachable archive from stalling a run: a failure to resolve or
connect, or BREAKER_SERVER_FAILURES 5xx/429 answers in a row, stops every later lookup at once
(they come back ``not_done``), and the run says so once.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import email.utils
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import urlsplit, urlunsplit

import httpx
from aiolimiter import AsyncLimiter

from citecheck.config import Config

GOOD_STATUSES = frozenset({200, 203, 206})
# Conservative shares of the reported limits; a 429 slows us down further.
LOOKUPS_PER_MINUTE = 50.0
LOOKUP_BURST = 4
SAVES_PER_MINUTE = 6.0
SAVE_BURST = 1
SPN_POLL_INTERVAL = 6.0
SPN_MAX_POLLS = 20
# Three server failures in a row (after their own retries) mean archive.org is down or throttling
# us hard: each further lookup would only cost its retries and backoff (~11 s when it does not
# answer, issue 12) and find nothing.
BREAKER_SERVER_FAILURES = 3

log = logging.getLogger(__name__)

Sleep = Callable[[float], Awaitable[None]]
Clock = Callable[[], float]


@dataclass(frozen=True)
class Endpoints:
    available: str
    cdx: str
    save: str
    replay: str


def endpoints_for(base_url: str) -> Endpoints:
    """API addresses under ``base_url``; archive.org serves CDX, saves and replay from web.archive.org."""
    base = base_url.rstrip("/")
    parts = urlsplit(base)
    web = base
    if parts.hostname in ("archive.org", "www.archive.org"):
        web = urlunsplit((parts.scheme, "web.archive.org", "", "", ""))
    return Endpoints(
        available=f"{base}/wayback/available",
        cdx=f"{web}/cdx/search/cdx",
        save=f"{web}/save",
        replay=f"{web}/web",
    )


@dataclass(frozen=True)
class WaybackCapture:
    """One capture in the Wayback Machine."""

    original: str
    timestamp: str
    archived_url: str
    status: int | None = None

    @property
    def captured_at(self) -> dt.datetime:
        # Wayback timestamps may be cut short ("202511"); pad them to the start of that period.
        stamp = self.timestamp[:14]
        stamp += "00000101000000"[len(stamp) :]
        return dt.datetime.strptime(stamp, "%Y%m%d%H%M%S").replace(tzinfo=dt.UTC)


@dataclass(frozen=True)
class Lookup:
    """The answer to one question to the archive: a capture, none (``error`` unset), or no answer.

    ``not_done`` marks a lookup that was never made: the archive was found unreachable earlier
    in the run, or the run's Wayback budget was spent.
    """

    capture: WaybackCapture | None = None
    error: str | None = None
    not_done: bool = False

    @property
    def answered(self) -> bool:
        return self.error is None


class LookupCache(Protocol):
    """Captures found in earlier runs (the capture index keeps them); never failures."""

    def found(self, url: str, at: dt.date) -> WaybackCapture | None: ...

    def keep(self, url: str, at: dt.date, capture: WaybackCapture) -> None: ...


class RateLimiter:
    """The request rate to one service: aiolimiter's leaky bucket, plus a pause every caller
    honours after a 429. Waiting holds no lock: callers wait side by side for their places."""

    def __init__(
        self,
        per_minute: float,
        burst: int,
        *,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.per_minute = per_minute
        self.burst = burst
        # A bucket of ``burst`` places that drains at per_minute: bursts of ``burst``, then the rate.
        self._bucket = AsyncLimiter(burst, 60.0 * burst / per_minute)
        self._clock = clock
        self._sleep = sleep
        self._paused_until = 0.0

    @property
    def paused_until(self) -> float:
        return self._paused_until

    def pause(self, seconds: float) -> None:
        self._paused_until = max(self._paused_until, self._clock() + seconds)

    async def acquire(self) -> None:
        while (wait := self._paused_until - self._clock()) > 0:
            await self._sleep(wait)
        await self._bucket.acquire()


def retry_after_seconds(response: httpx.Response) -> float | None:
    """Retry-After as seconds (either form of the header); None when absent or unreadable."""
    value = response.headers.get("Retry-After")
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, (when - dt.datetime.now(dt.UTC)).total_seconds())


def _valid_timestamp(timestamp: str) -> bool:
    if not (4 <= len(timestamp) <= 14 and timestamp.isdigit()):
        return False
    try:
        return WaybackCapture("", timestamp, "").captured_at.year > 1990
    except ValueError:
        return False


def _day(at: dt.date) -> str:
    return at.strftime("%Y%m%d")


class WaybackClient:
    """Lookups and saves against one Wayback Machine, throttled and cached for one run."""

    def __init__(
        self,
        client: httpx.AsyncClient,
        base_url: str = "https://archive.org",
        *,
        retries: int = 2,
        retry_after_cap: float = 30.0,
        backoff_base: float = 0.5,
        lookup_limiter: RateLimiter | None = None,
        save_limiter: RateLimiter | None = None,
        sleep: Sleep = asyncio.sleep,
        poll_interval: float | None = None,
        max_polls: int | None = None,
        cache: LookupCache | None = None,
    ) -> None:
        self.client = client
        self.endpoints = endpoints_for(base_url)
        self.retries = retries
        self.retry_after_cap = retry_after_cap
        self.backoff_base = backoff_base
        self._sleep = sleep
        self.lookup_limiter = lookup_limiter or RateLimiter(LOOKUPS_PER_MINUTE, LOOKUP_BURST, sleep=sleep)
        self.save_limiter = save_limiter or RateLimiter(SAVES_PER_MINUTE, SAVE_BURST, sleep=sleep)
        self.poll_interval = SPN_POLL_INTERVAL if poll_interval is None else poll_interval
        self.max_polls = SPN_MAX_POLLS if max_polls is None else max_polls
        self._lookups: dict[tuple[str, dt.date], asyncio.Task[Lookup]] = {}
        self.cache = cache
        # Why the archive is out of reach for the rest of the run (the circuit breaker), if it is.
        self.unreachable: str | None = None
        self._server_failures = 0
        self._broken = asyncio.Event()

    @classmethod
    def from_config(cls, client: httpx.AsyncClient, config: Config) -> WaybackClient:
        return cls(
            client,
            config.wayback_url,
            retries=config.retries,
            retry_after_cap=config.retry_after_cap,
            backoff_base=config.backoff_base,
        )

    def archived_url(self, original: str, timestamp: str) -> str:
        return f"{self.endpoints.replay}/{timestamp}/{original}"

    # Requests ------------------------------------------------------------------------------

    async def _request(
        self, method: str, url: str, limiter: RateLimiter, **kwargs: Any
    ) -> httpx.Response | str:
        """The response, or why there is none after retries (a string, never an exception)."""
        problem = "no attempt made"
        for attempt in range(self.retries + 1):
            if not await self._take_place(limiter):
                assert self.unreachable is not None
                return problem if attempt else self.unreachable
            delay = self.backoff_base * (2**attempt)
            try:
                # The run's client does not follow redirects (the fetcher walks them hop by hop);
                # archive.org's APIs may redirect between hosts, and that is fine to follow.
                response = await self.client.request(method, url, follow_redirects=True, **kwargs)
            except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
                # Cannot resolve or connect: no later lookup of this run would fare better.
                self._break(f"{type(exc).__name__}: {exc}".rstrip(": "))
                return f"{type(exc).__name__}: {exc}".rstrip(": ")
            except httpx.HTTPError as exc:
                problem = f"{type(exc).__name__}: {exc}".rstrip(": ")
            else:
                if response.status_code not in (429, 502, 503, 504) and response.status_code < 500:
                    self._server_failures = 0
                    return response
                problem = f"HTTP {response.status_code} from {urlsplit(url).netloc}"
                self._server_failures += 1
                if self._server_failures >= BREAKER_SERVER_FAILURES:
                    self._break(f"{problem} ({self._server_failures} failures in a row)")
                    return problem
                waited = retry_after_seconds(response)
                if waited is not None:
                    delay = min(waited, self.retry_after_cap)
                if response.status_code == 429:
                    # Everyone behind us in the queue waits too: the limit is per client.
                    limiter.pause(delay)
                    delay = 0.0
            if attempt < self.retries and delay > 0:
                await self._sleep(delay)
        return problem

    def _break(self, reason: str) -> None:
        if self.unreachable is None:
            self.unreachable = reason
            log.warning("wayback: unreachable for the rest of the run: %s", reason)
        self._broken.set()

    async def _take_place(self, limiter: RateLimiter) -> bool:
        """Wait for a place in the rate; False (at once) when the breaker opens meanwhile."""
        if self.unreachable is not None:
            return False
        place = asyncio.ensure_future(limiter.acquire())
        broken = asyncio.ensure_future(self._broken.wait())
        try:
            await asyncio.wait({place, broken}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for waiter in (place, broken):
                waiter.cancel()
            await asyncio.gather(place, broken, return_exceptions=True)
        return self.unreachable is None

    async def _json(self, method: str, url: str, limiter: RateLimiter, **kwargs: Any) -> Any | str:
        response = await self._request(method, url, limiter, **kwargs)
        if isinstance(response, str):
            return response
        if response.status_code >= 400:
            return f"HTTP {response.status_code} from {urlsplit(url).netloc}"
        try:
            return response.json()
        except ValueError:
            return f"unreadable answer from {urlsplit(url).netloc}"

    # Lookups -------------------------------------------------------------------------------

    async def nearest(self, url: str, at: dt.date) -> Lookup:
        """The capture of ``url`` closest before ``at`` (status 200/203/206), else the first after."""
        key = (url, at)
        task = self._lookups.get(key)
        if task is None:
            task = asyncio.ensure_future(self._cached_nearest(url, at))
            self._lookups[key] = task
        return await asyncio.shield(task)

    async def cancel_pending(self) -> None:
        """Stop the lookups still running (the run's budget is spent)."""
        pending = [task for task in self._lookups.values() if not task.done()]
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)

    async def _cached_nearest(self, url: str, at: dt.date) -> Lookup:
        if self.cache is not None:
            known = self.cache.found(url, at)
            if known is not None:
                return Lookup(known)
        if self.unreachable is not None:
            return Lookup(error=f"Wayback unreachable: {self.unreachable}", not_done=True)
        lookup = await self._nearest(url, at)
        if lookup.capture is None and self.unreachable is not None:
            return Lookup(error=f"Wayback unreachable: {self.unreachable}", not_done=True)
        if lookup.capture is not None and self.cache is not None:
            self.cache.keep(url, at, lookup.capture)
        return lookup

    async def _nearest(self, url: str, at: dt.date) -> Lookup:
        day = _day(at)
        available = await self.availability(url, at)
        after: WaybackCapture | None = None
        if available.capture is not None and available.capture.status in GOOD_STATUSES:
            # The closest capture overall, if it is on or before the day, is the closest before.
            if available.capture.timestamp[:8] <= day:
                return available
            after = available.capture
        before = await self.cdx_closest(url, to_day=day)
        if before.capture is not None:
            return before
        if after is not None:
            # The closest overall, being after, is also the first after.
            return Lookup(after)
        first_after = await self.cdx_first_after(url, day)
        if first_after.capture is not None:
            return first_after
        errors = [lk.error for lk in (available, before, first_after) if lk.error]
        return Lookup(error="; ".join(errors)) if errors else Lookup()

    async def availability(self, url: str, at: dt.date) -> Lookup:
        """The availability API's closest capture (either side of ``at``)."""
        data = await self._json(
            "GET",
            self.endpoints.available,
            self.lookup_limiter,
            params={"url": url, "timestamp": _day(at)},
        )
        if isinstance(data, str):
            return Lookup(error=data)
        closest = (data.get("archived_snapshots") or {}).get("closest") if isinstance(data, dict) else None
        if not isinstance(closest, dict) or not closest.get("available") or not closest.get("timestamp"):
            return Lookup()
        timestamp = str(closest["timestamp"])
        if not _valid_timestamp(timestamp):
            return Lookup()
        status = str(closest.get("status", ""))
        return Lookup(
            WaybackCapture(
                original=url,
                timestamp=timestamp,
                archived_url=self.archived_url(url, timestamp),
                status=int(status) if status.isdigit() else None,
            )
        )

    async def cdx_closest(self, url: str, *, to_day: str) -> Lookup:
        """The last good capture on or before ``to_day`` (CDX pads ``to`` to the end of the day)."""
        return await self._cdx_one(
            url, {"to": to_day, "closest": f"{to_day}235959", "sort": "closest", "limit": "1"}
        )

    async def cdx_first_after(self, url: str, from_day: str) -> Lookup:
        return await self._cdx_one(url, {"from": from_day, "limit": "1"})

    async def _cdx_one(self, url: str, extra: dict[str, str]) -> Lookup:
        params = {
            "url": url,
            "output": "json",
            "fl": "timestamp,original,statuscode",
            "filter": "statuscode:20[036]",
            **extra,
        }
        data = await self._json("GET", self.endpoints.cdx, self.lookup_limiter, params=params)
        if isinstance(data, str):
            return Lookup(error=data)
        if not isinstance(data, list) or len(data) < 2 or not isinstance(data[0], list):
            return Lookup()
        header = [str(name) for name in data[0]]
        for row in data[1:]:
            fields = dict(zip(header, (str(value) for value in row), strict=False))
            timestamp = fields.get("timestamp", "")
            status = fields.get("statuscode", "")
            if not _valid_timestamp(timestamp) or (status.isdigit() and int(status) not in GOOD_STATUSES):
                continue
            original = fields.get("original") or url
            return Lookup(
                WaybackCapture(
                    original=original,
                    timestamp=timestamp,
                    archived_url=self.archived_url(original, timestamp),
                    status=int(status) if status.isdigit() else None,
                )
            )
        return Lookup()

    # Save Page Now -------------------------------------------------------------------------

    async def save(self, url: str, *, access_key: str, secret_key: str) -> Lookup:
        """Ask Save Page Now v2 to capture ``url`` and wait (bounded) for the capture."""
        headers = {"Accept": "application/json", "Authorization": f"LOW {access_key}:{secret_key}"}
        submitted = await self._json(
            "POST", self.endpoints.save, self.save_limiter, data={"url": url}, headers=headers
        )
        if isinstance(submitted, str):
            return Lookup(error=submitted)
        job = submitted.get("job_id") if isinstance(submitted, dict) else None
        if not job:
            message = submitted.get("message") if isinstance(submitted, dict) else None
            return Lookup(error=f"Save Page Now refused {url}: {message or 'no job id'}")
        for _poll in range(self.max_polls):
            await self._sleep(self.poll_interval)
            status = await self._json(
                "GET", f"{self.endpoints.save}/status/{job}", self.lookup_limiter, headers=headers
            )
            if isinstance(status, str) or not isinstance(status, dict):
                continue
            state = status.get("status")
            if state == "success" and status.get("timestamp"):
                original = str(status.get("original_url") or url)
                timestamp = str(status["timestamp"])
                return Lookup(WaybackCapture(original, timestamp, self.archived_url(original, timestamp)))
            if state == "error":
                return Lookup(
                    error=f"Save Page Now failed for {url}: {status.get('message') or status.get('status_ext')}"
                )
        return Lookup(error=f"Save Page Now job {job} for {url} still pending")
