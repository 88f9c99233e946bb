"""The pool feeder: work reaches the pool off the event loop, most urgent first."""

from __future__ import annotations

import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from citecheck.pipeline import PoolFeeder

pytestmark = pytest.mark.anyio


async def test_urgent_calls_pass_queued_ones_and_the_loop_never_blocks() -> None:
    gate = threading.Event()
    order: list[str] = []

    def blocked() -> str:
        gate.wait(5)
        return "blocked"

    def record(name: str) -> str:
        order.append(name)
        return name

    with ThreadPoolExecutor(1) as pool:
        feeder = PoolFeeder(pool, asyncio.get_running_loop(), capacity=1)
        try:
            first = feeder.submit(blocked)
            started = time.monotonic()
            late = [feeder.submit(record, f"verify-{i}", priority=1) for i in range(3)]
            urgent = feeder.submit(record, "page", priority=0)
            assert time.monotonic() - started < 0.5  # submitting never waits for the pool
            gate.set()
            assert await first == "blocked"
            assert await asyncio.gather(urgent, *late) == ["page", "verify-0", "verify-1", "verify-2"]
            assert order == ["page", "verify-0", "verify-1", "verify-2"]
        finally:
            feeder.close()


async def test_a_failing_call_fails_its_future_only() -> None:
    def boom() -> None:
        raise RuntimeError("worker lost")

    with ThreadPoolExecutor(2) as pool:
        feeder = PoolFeeder(pool, asyncio.get_running_loop(), capacity=2)
        try:
            with pytest.raises(RuntimeError, match="worker lost"):
                await feeder.submit(boom)
            assert await feeder.submit(int, "7") == 7
        finally:
            feeder.close()


async def test_a_full_pool_is_not_woken_by_every_new_call() -> None:
    gate = threading.Event()
    with ThreadPoolExecutor(1) as pool:
        feeder = PoolFeeder(pool, asyncio.get_running_loop(), capacity=1)
        try:
            first = feeder.submit(gate.wait, 5)
            while feeder._inflight < 1:  # the feeder has handed the first call to the pool
                await asyncio.sleep(0.01)
            wakes = 0
            notify = feeder._ready.notify

            def counted(n: int = 1) -> None:
                nonlocal wakes
                wakes += 1
                notify(n)

            feeder._ready.notify = counted  # type: ignore[method-assign]
            queued = [feeder.submit(int, str(i)) for i in range(50)]
            assert wakes == 0  # no room in the pool: the feeder sleeps on until a call finishes
            gate.set()
            assert await first is True
            assert await asyncio.gather(*queued) == list(range(50))
            assert wakes >= 1  # each finished call wakes it for the next
        finally:
            feeder.close()
