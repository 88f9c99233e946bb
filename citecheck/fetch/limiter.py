"""Politeness and capacity: how many requests may run per host and in all, and how often.

:class:`HostLimiter` is the one interface the fetcher knows. :class:`InProcessHostLimiter` keeps
its state in the run's memory; a shared implementation (Redis, for the distributed audit; the
service's channel to its job processes) only has to provide the same three coroutines. :class:`PriorityGate` is the run-local cap on requests in
flight; it serves the host with the most work left first, so the slowest host — the one that
bounds the run's wall time — never waits behind hosts that would finish early anyway.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import time
from collections import deque
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass, field
from typing import Protocol

from citecheck.config import Config
from citecheck.fetch.hosts import host_settings, max_per_host


class HostLimiter(Protocol):
    """Per-host politeness: concurrent requests, request rate, and pauses asked for by the host."""

    def slot(self, host: str) -> AbstractAsyncContextManager[None]:
        """Hold one of the host's request slots, entering only when the host may be asked again."""
        ...

    async def pause(self, host: str, seconds: float) -> None:
        """Ask nobody to contact ``host`` for ``seconds`` (a Retry-After answer)."""
        ...

    async def answered(self, host: str, retry_after: float | None) -> None:
        """Record one final answer of ``host`` (``retry_after``: it asked us to wait that long).

        When the host as a whole pushes back (:class:`Throttling`), nobody contacts it for
        ``retry_after`` seconds; one rate-limited page alone pauses nobody. Shared limiters keep
        the window shared too, so the rule sees every worker's answers.
        """
        ...


# A host is paused for a Retry-After only when this many of its last THROTTLE_WINDOW answers
# asked us to wait. A server that limits one resource (a search page, an API path) answers 429
# for that URL alone: on the end-to-end benchmark, 2 % of a busy host's URLs did, and pausing the
# host for each left it idle a second at a time with 80 links waiting. A server that limits the
# client answers most requests with 429 once over its limit, which fills the window at once.
THROTTLE_WINDOW = 8
THROTTLE_PAUSE_AT = 3


@dataclass
class Throttling:
    """The last answers of each host: did they ask us to wait (429, or 503 with Retry-After)?"""

    _recent: dict[str, deque[bool]] = field(default_factory=dict)

    def answered(self, host: str, *, asked_to_wait: bool) -> bool:
        """Record one answer; True when the host as a whole is now asking us to slow down."""
        recent = self._recent.setdefault(host, deque(maxlen=THROTTLE_WINDOW))
        recent.append(asked_to_wait)
        return asked_to_wait and sum(recent) >= THROTTLE_PAUSE_AT


@dataclass
class _HostState:
    semaphore: asyncio.Semaphore
    interval: float
    next_start: float = 0.0
    paused_until: float = 0.0


@dataclass
class InProcessHostLimiter:
    """The in-memory :class:`HostLimiter` of one run (or one worker process)."""

    config: Config
    _hosts: dict[str, _HostState] = field(default_factory=dict)
    _throttling: Throttling = field(default_factory=Throttling)

    def _state(self, host: str) -> _HostState:
        state = self._hosts.get(host)
        if state is None:
            rate = host_settings(self.config, host).rate
            state = _HostState(
                asyncio.Semaphore(max_per_host(self.config, host)), 1.0 / rate if rate else 0.0
            )
            self._hosts[host] = state
        return state

    @asynccontextmanager
    async def slot(self, host: str) -> AsyncIterator[None]:
        state = self._state(host)
        async with state.semaphore:
            await self._wait_turn(state)
            yield

    async def _wait_turn(self, state: _HostState) -> None:
        now = time.monotonic()
        start = max(now, state.next_start, state.paused_until)
        if state.interval:
            # Book the start time before sleeping, so concurrent holders of the host's slots
            # space themselves out instead of all waking at the same instant.
            state.next_start = start + state.interval
        while start > now:
            await asyncio.sleep(start - now)
            now = time.monotonic()
            start = max(start, state.paused_until)

    async def pause(self, host: str, seconds: float) -> None:
        state = self._state(host)
        state.paused_until = max(state.paused_until, time.monotonic() + max(0.0, seconds))

    async def answered(self, host: str, retry_after: float | None) -> None:
        if self._throttling.answered(host, asked_to_wait=retry_after is not None) and retry_after:
            await self.pause(host, retry_after)


class PriorityGate:
    """A semaphore that wakes the highest-priority waiter first — unless someone has waited longer
    than ``max_wait`` seconds, who goes first then (so small hosts are delayed, never starved).

    Waiters that acquire with ``ahead=True`` pass even those: requests that cannot wait (a retry
    or a redirect hop whose link has spent its time already) and those of the hosts that bound the
    run. Among themselves they are ordered by priority too.
    """

    def __init__(self, capacity: int, max_wait: float = 0.25) -> None:
        self._free = capacity
        self._max_wait = max_wait
        # (not ahead, -priority, arrival number): ahead waiters first, then by priority, then FIFO.
        self._by_priority: list[tuple[bool, float, int, asyncio.Future[None]]] = []
        self._by_arrival: deque[tuple[float, asyncio.Future[None]]] = deque()
        self._order = itertools.count()

    @asynccontextmanager
    async def hold(self, priority: float = 0.0, *, ahead: bool = False) -> AsyncIterator[None]:
        await self.acquire(priority, ahead=ahead)
        try:
            yield
        finally:
            self.release()

    async def acquire(self, priority: float = 0.0, *, ahead: bool = False) -> None:
        if self._free > 0 and not self._by_arrival:
            self._free -= 1
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._by_priority, (not ahead, -priority, next(self._order), future))
        self._by_arrival.append((time.monotonic(), future))
        try:
            await future
        except asyncio.CancelledError:
            # The slot may have been handed to us just before the cancellation: pass it on.
            if future.done() and not future.cancelled():
                self.release()
            raise

    def _next_waiter(self) -> asyncio.Future[None] | None:
        # Both queues hold every waiter; entries already served through the other are skipped.
        while self._by_priority and self._by_priority[0][3].done():
            heapq.heappop(self._by_priority)
        while self._by_arrival and self._by_arrival[0][1].done():
            self._by_arrival.popleft()
        if self._by_priority and not self._by_priority[0][0]:
            return heapq.heappop(self._by_priority)[3]
        if self._by_arrival and time.monotonic() - self._by_arrival[0][0] > self._max_wait:
            return self._by_arrival.popleft()[1]
        if self._by_priority:
            return heapq.heappop(self._by_priority)[3]
        return None

    def release(self) -> None:
        waiter = self._next_waiter()
        if waiter is None:
            self._free += 1
        else:
            waiter.set_result(None)
