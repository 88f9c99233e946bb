"""The Redis host limiter on its own: leases that outlive a dead holder only briefly, renewal, pauses."""

from __future__ import annotations

import asyncio
import time

from conftest import REDIS_URL, fleet_url

from citecheck.config import Config
from citecheck.fleet.limiter import RedisHostLimiter
from citecheck.fleet.settings import parse_queue_url

CONFIG = Config(max_per_host=1)


def limiter(prefix: str, lease: float) -> RedisHostLimiter:
    return RedisHostLimiter.connect(
        parse_queue_url(fleet_url(REDIS_URL, prefix)), CONFIG, lease_seconds=lease
    )


def test_a_dead_holders_slot_lapses_and_a_live_holders_slot_is_renewed(prefix: str) -> None:
    async def scenario() -> tuple[float, float]:
        dead, live, other = limiter(prefix, 0.6), limiter(prefix, 0.6), limiter(prefix, 0.6)
        try:
            # A holder that dies: it took the host's only slot, then stopped renewing and never released.
            # (Keep a reference: a collected context manager would be closed, releasing the slot.)
            never_released = dead.slot("a.example")
            await never_released.__aenter__()
            assert dead._renewer is not None
            dead._renewer.cancel()
            started = time.monotonic()
            async with other.slot("a.example"):
                lapsed = time.monotonic() - started
            # A holder that lives: it keeps the slot for 1.5 s, well past the 0.6 s lease.
            held = asyncio.Event()

            async def hold() -> None:
                async with live.slot("b.example"):
                    held.set()
                    await asyncio.sleep(1.5)

            holder = asyncio.create_task(hold())
            await held.wait()
            started = time.monotonic()
            async with other.slot("b.example"):
                waited = time.monotonic() - started
            await holder
            return lapsed, waited
        finally:
            for each in (dead, live, other):
                await each.aclose()

    lapsed, waited = asyncio.run(scenario())
    assert 0.3 < lapsed < 3.0, lapsed
    assert waited > 1.3, waited


def test_a_pause_holds_every_limiter_off_the_host(prefix: str) -> None:
    async def scenario() -> float:
        first, second = limiter(prefix, 5), limiter(prefix, 5)
        try:
            await first.pause("c.example", 1.0)
            started = time.monotonic()
            async with second.slot("c.example"):
                return time.monotonic() - started
        finally:
            await first.aclose()
            await second.aclose()

    assert 0.8 < asyncio.run(scenario()) < 3.0
