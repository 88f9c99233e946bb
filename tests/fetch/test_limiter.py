"""Per-host politeness and the global gate."""

from __future__ import annotations

import asyncio
import time

import pytest

from citecheck.config import Config, HostConfig
from citecheck.fetch.hosts import host_of, host_settings
from citecheck.fetch.limiter import InProcessHostLimiter, PriorityGate

pytestmark = pytest.mark.anyio


async def _peak(limiter: InProcessHostLimiter, host: str, tasks: int) -> int:
    running = peak = 0

    async def one() -> None:
        nonlocal running, peak
        async with limiter.slot(host):
            running += 1
            peak = max(peak, running)
            await asyncio.sleep(0.01)
            running -= 1

    await asyncio.gather(*(one() for _ in range(tasks)))
    return peak


async def test_per_host_concurrency_and_overrides() -> None:
    config = Config(max_per_host=3, hosts={"slow.example": HostConfig(max_per_host=1)})
    limiter = InProcessHostLimiter(config)
    assert await _peak(limiter, "fast.example", 10) == 3
    assert await _peak(limiter, "news.slow.example", 5) == 1


async def test_rate_spaces_request_starts() -> None:
    limiter = InProcessHostLimiter(Config(max_per_host=4, hosts={"api.test": HostConfig(rate=50)}))
    starts: list[float] = []

    async def one() -> None:
        async with limiter.slot("api.test"):
            starts.append(time.monotonic())

    before = time.monotonic()
    await asyncio.gather(*(one() for _ in range(5)))
    # At 50 per second, the fifth start comes no sooner than four intervals after the first could.
    # (Gaps between single starts are not asserted: a busy machine wakes one task late and the next
    # on time, which narrows a gap without any start coming early.)
    assert max(starts) - before >= 4 * 0.020 * 0.95
    assert len(starts) == 5


async def test_pause_holds_the_host() -> None:
    limiter = InProcessHostLimiter(Config())
    await limiter.pause("busy.test", 0.1)
    started = time.monotonic()
    async with limiter.slot("busy.test"):
        waited = time.monotonic() - started
    async with limiter.slot("other.test"):
        pass
    assert waited >= 0.09


async def test_gate_serves_the_highest_priority_first() -> None:
    gate = PriorityGate(1)
    order: list[str] = []
    await gate.acquire()

    async def waiter(name: str, priority: float) -> None:
        async with gate.hold(priority):
            order.append(name)

    tasks = [asyncio.ensure_future(waiter(n, p)) for n, p in (("small", 1), ("big", 50), ("medium", 10))]
    await asyncio.sleep(0)
    gate.release()
    await asyncio.gather(*tasks)
    assert order == ["big", "medium", "small"]


async def test_gate_serves_long_waiters_first_except_those_that_cannot_wait() -> None:
    gate = PriorityGate(1, max_wait=0.02)
    order: list[str] = []
    await gate.acquire()

    async def waiter(name: str, priority: float, ahead: bool = False) -> None:
        async with gate.hold(priority, ahead=ahead):
            order.append(name)

    patient = asyncio.ensure_future(waiter("small, waited long", 1))
    await asyncio.sleep(0.05)
    others = [
        asyncio.ensure_future(waiter("big", 50)),
        asyncio.ensure_future(waiter("retry", 2, ahead=True)),
        asyncio.ensure_future(waiter("busiest host", 9, ahead=True)),
    ]
    await asyncio.sleep(0)
    gate.release()
    await asyncio.gather(patient, *others)
    assert order == ["busiest host", "retry", "small, waited long", "big"]


async def test_gate_cancelled_waiter_passes_its_slot_on() -> None:
    gate = PriorityGate(1)
    await gate.acquire()
    cancelled = asyncio.ensure_future(gate.acquire(5))
    await asyncio.sleep(0)
    cancelled.cancel()
    await asyncio.gather(cancelled, return_exceptions=True)
    gate.release()
    await asyncio.wait_for(gate.acquire(), timeout=1)


def test_host_settings_match_parent_domains() -> None:
    config = Config(hosts={"example.org": HostConfig(rate=1), "news.example.org": HostConfig(rate=2)})
    assert host_settings(config, "www.example.org").rate == 1
    assert host_settings(config, "a.news.example.org").rate == 2
    assert host_settings(config, "example.com").rate is None
    assert host_of("https://User@News.Example.org:8443/x?y") == "news.example.org"
    assert host_of("http://[::1]:80/") == "::1"
