"""What a fleet task does, without knowing the task engine: check a batch of URLs, give a second opinion.

The unit of work is a batch of URLs of one host (at most ``BATCH_SIZE``) in one run:

* per-host politeness is global anyway (:class:`~citecheck.fleet.limiter.RedisHostLimiter`), so the
  grain is free to follow cost: one task per URL would pay a task round trip and a fresh soft-404
  probe per link (the prober caches per host and path shape within one ``fetch_all``), one task
  per document would fetch a URL cited by many documents many times;
* a redelivered batch (its worker died) re-checks only the URLs the run has no result for yet,
  so a kill costs at most the batch's in-flight links, and nothing is stored twice.

A failure seen from one location (``dead``, ``soft-404``, ``unreachable``, ``blocked``) is not
stored at once when a worker at another location is alive: the URL is sent to that location's
queue, and the second worker stores the verdict that counts together with both opinions. Works
there → ``blocked`` with ``error.kind = "region"``; fails there too → the first failure counts.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx
import redis.asyncio as aioredis
from pydantic import BaseModel, Field

from citecheck.config import Config
from citecheck.errors import CitecheckError
from citecheck.fetch import fetch_all, make_transport
from citecheck.fetch.hosts import host_of
from citecheck.fleet.limiter import RedisHostLimiter
from citecheck.fleet.settings import QueueSettings
from citecheck.fleet.store import FleetStore, Opinion, StoredResult
from citecheck.models import LIVE_STATES, FetchResult, LinkError, LinkResult, PageFacts
from citecheck.verify import extract_page_facts

log = logging.getLogger(__name__)

BATCH_SIZE = 25
SECOND_OPINION_STATES = frozenset({"dead", "soft-404", "unreachable", "blocked"})
HEALTHY_STATES = LIVE_STATES
# A worker announces its location this often; one silent for LOCATION_TTL is not asked for opinions.
LOCATION_BEAT_SECONDS = 2.0
LOCATION_TTL_SECONDS = 10.0
# A check that failed inside because Redis was away says nothing about the link: not stored, the
# task is retried. Any other internal error is stored like the in-process pipeline's verdict
# (unreachable, error kind internal-error): one broken citation must not hold up the run forever.
_LIMITER_FAILED = "internal-error"


class CheckBatch(BaseModel):
    """One task: URLs of one run to check (and where the run keeps its results)."""

    db: str
    run_key: str
    urls: list[str]
    config: Config
    validators: dict[str, tuple[str | None, str | None]] = Field(default_factory=dict)
    # The parts of pages (#section) the run's documents cite, by URL: judged when the page is read.
    parts: dict[str, list[str]] = Field(default_factory=dict)
    # A second opinion: what the first location saw of each URL.
    first_location: str | None = None
    first: dict[str, LinkResult] = Field(default_factory=dict)


class AuditRequest(BaseModel):
    """A whole audit run handed to a worker (``citecheck audit --queue --detach``)."""

    sources: list[str]
    db: str
    config: Config
    notify_url: str | None = None


class RetryLater(CitecheckError):
    """Some URLs of the batch could not be checked by this worker (Redis away, a bug): try again."""


SendSecondOpinion = Callable[[str, CheckBatch], None]


def batches(
    db: str,
    run_key: str,
    urls: list[str],
    config: Config,
    validators: dict[str, tuple[str | None, str | None]],
    size: int = BATCH_SIZE,
    *,
    parts: Mapping[str, Sequence[str]] | None = None,
) -> list[CheckBatch]:
    """Group a run's URLs by host into tasks of at most ``size`` URLs (busiest hosts first)."""
    by_host: dict[str, list[str]] = {}
    for url in urls:
        by_host.setdefault(host_of(url), []).append(url)
    ranked = sorted(by_host.values(), key=len, reverse=True)
    out: list[CheckBatch] = []
    # Round-robin over hosts, so the first tasks on the queue spread over many hosts.
    rounds = max((len(group) + size - 1) // size for group in ranked) if ranked else 0
    for r in range(rounds):
        for group in ranked:
            chunk = group[r * size : (r + 1) * size]
            if chunk:
                out.append(
                    CheckBatch(
                        db=db,
                        run_key=run_key,
                        urls=chunk,
                        config=config,
                        validators={u: validators[u] for u in chunk if u in validators},
                        parts={u: list(parts[u]) for u in chunk if parts and parts.get(u)},
                    )
                )
    return out


class _KeptTransport(httpx.AsyncBaseTransport):
    """The worker's transport, lent to one fetch_all at a time (FetchSession closes what it gets)."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        return None


@dataclass
class WorkerContext:
    """A worker process's resources, made on its event loop on first use: connections, not state."""

    settings: QueueSettings
    location: str
    source_address: str | None = None
    send_second_opinion: SendSecondOpinion | None = None
    transport_override: httpx.AsyncBaseTransport | None = None
    _stores: dict[str, FleetStore] = field(default_factory=dict)
    _transports: dict[tuple[Any, ...], httpx.AsyncBaseTransport] = field(default_factory=dict)
    _limiter: RedisHostLimiter | None = None
    _redis: aioredis.Redis | None = None
    _store_lock: asyncio.Lock | None = None

    async def store(self, db: str) -> FleetStore:
        if self._store_lock is None:
            self._store_lock = asyncio.Lock()
        async with self._store_lock:
            store = self._stores.get(db)
            if store is None:
                store = self._stores[db] = await FleetStore.connect(db)
            return store

    def transport(self, config: Config) -> httpx.AsyncBaseTransport:
        if self.transport_override is not None:
            return _KeptTransport(self.transport_override)
        key = (config.allow_private, config.http2, config.max_concurrency)
        transport = self._transports.get(key)
        if transport is None:
            transport = self._transports[key] = make_transport(config, local_address=self.source_address)
        return _KeptTransport(transport)

    def limiter(self, config: Config) -> RedisHostLimiter:
        if self._limiter is None:
            self._limiter = RedisHostLimiter.connect(self.settings, config)
        return self._limiter.with_config(config)

    def redis(self) -> aioredis.Redis:
        if self._redis is None:
            self._redis = aioredis.Redis.from_url(self.settings.redis_url)
        return self._redis

    async def other_location(self) -> str | None:
        """A live worker location other than this one (any, at random: opinions spread), if any."""
        now = time.time()
        beats = await self.redis().hgetall(self.settings.key("locations"))
        names = {(k.decode() if isinstance(k, bytes) else k): float(v) for k, v in beats.items()}
        alive = sorted(
            name for name, at in names.items() if name != self.location and now - at < LOCATION_TTL_SECONDS
        )
        return random.choice(alive) if alive else None

    async def aclose(self) -> None:
        for store in self._stores.values():
            with contextlib.suppress(Exception):
                await store.aclose()
        for transport in self._transports.values():
            with contextlib.suppress(Exception):
                await transport.aclose()
        if self._limiter is not None:
            await self._limiter.aclose()
        if self._redis is not None:
            await self._redis.aclose()


def _transient(link: LinkResult) -> bool:
    """A failure that another try may not see, wherever it comes from (not evidence of a region block)."""
    return link.state == "unreachable" or (link.error is not None and link.error.kind == "rate-limited")


def region_blocked(first: LinkResult, first_location: str, here: LinkResult, location: str) -> LinkResult:
    """The verdict on a link that works from ``location`` and failed from ``first_location``."""
    seen = f"HTTP {first.http_status}" if first.http_status else (first.error.message if first.error else "")
    message = (
        f"works from worker location {location!r} but was {first.state} from {first_location!r}"
        + (f" ({seen})" if seen else "")
        + ": blocked for some regions or networks, not dead"
    )
    return here.model_copy(update={"state": "blocked", "error": LinkError(kind="region", message=message)})


async def check_batch(ctx: WorkerContext, batch: CheckBatch) -> int:
    """Check the batch's URLs that have no result yet; store each verdict that counts. Returns how many."""
    store = await ctx.store(batch.db)
    todo = [u for u in batch.urls if u not in await store.done_urls(batch.run_key, batch.urls)]
    if not todo:
        return 0
    pages: dict[str, PageFacts | None] = {}

    def read_page(url: str, result: FetchResult) -> None:
        if result.response is not None:
            pages[url] = extract_page_facts(result, batch.parts.get(url, ()))

    limiter = ctx.limiter(batch.config)
    outages = limiter.outages
    run = await fetch_all(
        todo,
        batch.config,
        transport=ctx.transport(batch.config),
        validators=batch.validators,
        on_result=read_page,
        keep_responses=False,
        limiter=limiter,
    )
    redis_failed = limiter.outages > outages
    keep: list[StoredResult] = []
    retry: list[str] = []
    second: list[str] = []
    for url in todo:
        link = run.results[url].link
        if redis_failed and link.error is not None and link.error.kind == _LIMITER_FAILED:
            retry.append(url)
            continue
        mine = Opinion.of(ctx.location, link)
        first = batch.first.get(url)
        if first is not None and batch.first_location is not None:
            opinions = [Opinion.of(batch.first_location, first).as_dict(), mine.as_dict()]
            if link.state in HEALTHY_STATES and _transient(first):
                # A timeout, a 5xx or a rate limit seen once says nothing about regions: it works.
                result = StoredResult(url, ctx.location, link, pages.get(url), opinions)
            elif link.state in HEALTHY_STATES:
                final = region_blocked(first, batch.first_location, link, ctx.location)
                result = StoredResult(url, ctx.location, final, pages.get(url), opinions)
            else:
                result = StoredResult(url, batch.first_location, first, None, opinions)
        elif link.state in SECOND_OPINION_STATES and ctx.send_second_opinion is not None:
            second.append(url)
            continue
        else:
            result = StoredResult(url, ctx.location, link, pages.get(url), [mine.as_dict()])
        keep.append(result)
    if second:
        keep.extend(await _ask_second_opinion(ctx, batch, second, run.results, pages))
    # One commit per batch; a worker killed before it loses the batch's checks, which the
    # redelivered task does again.
    stored = await store.put_results(batch.run_key, keep)
    if retry:
        raise RetryLater(f"{len(retry)} of {len(todo)} URLs could not be checked by this worker")
    return stored


async def _ask_second_opinion(
    ctx: WorkerContext,
    batch: CheckBatch,
    urls: list[str],
    results: dict[str, FetchResult],
    pages: dict[str, PageFacts | None],
) -> list[StoredResult]:
    """Send failures to another location; what to store now (when nobody else can be asked)."""
    other = await ctx.other_location()
    if other is None or ctx.send_second_opinion is None:
        # Nobody elsewhere to ask: the failure counts as seen from here.
        return [
            StoredResult(url, ctx.location, link, pages.get(url), [Opinion.of(ctx.location, link).as_dict()])
            for url in urls
            if (link := results[url].link) is not None
        ]
    follow_up = batch.model_copy(
        update={
            "urls": urls,
            "first_location": ctx.location,
            "first": {url: results[url].link for url in urls},
            "validators": {},
        }
    )
    ctx.send_second_opinion(other, follow_up)
    return []
