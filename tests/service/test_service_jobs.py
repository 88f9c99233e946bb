"""The in-process job store: bounded concurrency and queue, retention, timeouts, cancellation."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest

from citecheck.config import Config
from citecheck.service.jobs import CheckLoop, ClientQueueFull, JobStore, QueueFull, Submission
from citecheck.service.settings import ServiceSettings


def submission(name: str = "draft.txt") -> Submission:
    return Submission(config=Config(offline=True), name=name, text="A claim.[1]")


async def settle(store: JobStore, ids: list[str], *, timeout: float = 5.0) -> None:
    async def finished() -> None:
        while True:
            states = [await store.get(job_id) for job_id in ids]
            if all(s is not None and s.status in {"done", "failed"} for s in states):
                return
            await asyncio.sleep(0.005)

    await asyncio.wait_for(finished(), timeout)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_jobs_run_at_most_max_concurrent_at_once(make_runner: Any) -> None:
    async def scenario() -> None:
        runner = make_runner(hold=True)
        store = JobStore(runner, ServiceSettings(max_concurrent_jobs=2))
        ids = [await store.submit(submission(f"d{n}.txt")) for n in range(6)]
        await asyncio.sleep(0.05)
        assert runner.running == 2
        statuses = [(await store.get(job_id)).status for job_id in ids]  # type: ignore[union-attr]
        assert statuses.count("running") == 2 and statuses.count("queued") == 4
        runner.release()
        await settle(store, ids)
        assert runner.max_running == 2
        assert [s.name for s in runner.submissions] == [
            f"d{n}.txt" for n in range(6)
        ]  # first come, first served
        await store.stop()

    asyncio.run(scenario())


def test_a_full_queue_refuses_new_jobs(make_runner: Any) -> None:
    async def scenario() -> None:
        runner = make_runner(hold=True)
        store = JobStore(runner, ServiceSettings(max_concurrent_jobs=1, max_queued_jobs=2))
        await store.submit(submission())
        await asyncio.sleep(0.02)  # the worker takes the first job off the queue
        await store.submit(submission())
        await store.submit(submission())
        with pytest.raises(QueueFull, match="waiting"):
            await store.submit(submission())
        assert len(store) == 3
        runner.release()
        await store.stop()

    asyncio.run(scenario())


def test_finished_jobs_expire_after_the_ttl(make_runner: Any) -> None:
    async def scenario() -> None:
        clock = FakeClock()
        store = JobStore(make_runner(), ServiceSettings(job_ttl_seconds=60), clock=clock)
        job_id = await store.submit(submission())
        await settle(store, [job_id])
        clock.now += 59
        assert await store.get(job_id) is not None
        clock.now += 1
        assert await store.get(job_id) is None
        assert len(store) == 0
        await store.stop()

    asyncio.run(scenario())


def test_retention_drops_the_oldest_finished_jobs_first(make_runner: Any) -> None:
    async def scenario() -> None:
        clock = FakeClock()
        store = JobStore(make_runner(), ServiceSettings(max_jobs=3), clock=clock)
        ids = []
        for n in range(5):
            ids.append(await store.submit(submission(f"d{n}.txt")))
            await settle(store, ids[-1:])
            clock.now += 1
        assert len(store) <= 3
        assert [await store.get(job_id) is not None for job_id in ids] == [False, False, True, True, True]
        await store.stop()

    asyncio.run(scenario())


def test_unfinished_jobs_are_never_evicted(make_runner: Any) -> None:
    async def scenario() -> None:
        runner = make_runner(hold=True)
        store = JobStore(runner, ServiceSettings(max_jobs=2, max_concurrent_jobs=1))
        await store.submit(submission())
        await store.submit(submission())
        with pytest.raises(QueueFull, match="too many checks"):
            await store.submit(submission())
        runner.release()
        await store.stop()

    asyncio.run(scenario())


def test_a_job_over_its_time_limit_fails(make_runner: Any) -> None:
    async def scenario() -> None:
        store = JobStore(make_runner(hold=True), ServiceSettings(job_timeout_seconds=0.05))
        job_id = await store.submit(submission())
        await settle(store, [job_id])
        state = await store.get(job_id)
        assert state is not None and state.status == "failed"
        assert state.error == "the check took longer than 0.05 seconds and was stopped"
        await store.stop()

    asyncio.run(scenario())


def test_progress_is_visible_while_running_and_the_document_is_dropped_after(make_runner: Any) -> None:
    async def scenario() -> None:
        runner = make_runner(hold=True)
        store = JobStore(runner, ServiceSettings())
        job_id = await store.submit(submission())
        await asyncio.sleep(0.02)
        state = await store.get(job_id)
        assert state is not None and state.status == "running"
        assert (state.progress.done, state.progress.total) == (1, 2)
        assert state.started_at is not None and state.finished_at is None
        state.progress.done = 99  # a snapshot: changing it changes nothing in the store
        assert (await store.get(job_id)).progress.done == 1  # type: ignore[union-attr]
        runner.release()
        await settle(store, [job_id])
        assert store._jobs[job_id].submission is None
        await store.stop()

    asyncio.run(scenario())


def test_stopping_fails_running_jobs(make_runner: Any) -> None:
    async def scenario() -> None:
        store = JobStore(make_runner(hold=True), ServiceSettings())
        job_id = await store.submit(submission())
        await asyncio.sleep(0.02)
        assert store.ready
        await store.stop()
        assert not store.ready
        state = await store.get(job_id)
        assert state is not None and state.status == "failed"
        assert state.error == "the service stopped before the check finished"

    asyncio.run(scenario())


def test_checks_run_on_one_other_thread_and_loop() -> None:
    check_loop = CheckLoop()

    async def where() -> tuple[int, asyncio.AbstractEventLoop]:
        return threading.get_ident(), asyncio.get_running_loop()

    async def scenario() -> None:
        first, second = await asyncio.gather(check_loop.run(where), check_loop.run(where))
        assert first == second  # one thread for every check: the stages' caches are not thread-safe
        assert first[0] != threading.get_ident() and first[1] is not asyncio.get_running_loop()

    try:
        asyncio.run(scenario())
    finally:
        check_loop.close()
    assert check_loop.thread is None


def test_cancelling_a_check_cancels_it_on_the_check_loop() -> None:
    check_loop = CheckLoop()
    cancelled = threading.Event()

    async def forever() -> None:
        try:
            await asyncio.sleep(30)
        except asyncio.CancelledError:
            cancelled.set()
            raise

    async def scenario() -> None:
        with pytest.raises(TimeoutError):
            async with asyncio.timeout(0.1):
                await check_loop.run(forever)

    try:
        asyncio.run(scenario())
        assert cancelled.wait(2)
    finally:
        check_loop.close()


def test_closing_the_check_loop_stops_its_thread_and_work() -> None:
    check_loop = CheckLoop()
    cancelled = threading.Event()
    started = threading.Event()

    async def forever() -> None:
        started.set()
        try:
            await asyncio.sleep(30)
        except asyncio.CancelledError:
            cancelled.set()
            raise

    async def scenario() -> None:
        pending = asyncio.ensure_future(check_loop.run(forever))
        await asyncio.to_thread(started.wait, 2)
        thread = check_loop.thread
        await asyncio.to_thread(check_loop.close)
        assert thread is not None and not thread.is_alive()
        with pytest.raises(asyncio.CancelledError):
            await pending

    asyncio.run(scenario())
    assert cancelled.is_set()


def test_a_flooding_client_waits_its_turn_behind_others(make_runner: Any) -> None:
    async def scenario() -> None:
        runner = make_runner()
        store = JobStore(runner, ServiceSettings(max_concurrent_jobs=1, max_queued_per_client=10))
        flood = [
            await store.submit(submission(f"flood{n}.txt").model_copy(update={"client": "a"}))
            for n in range(6)
        ]
        polite = await store.submit(submission("polite.txt").model_copy(update={"client": "b"}))
        await settle(store, [*flood, polite])
        order = [s.name for s in runner.submissions]
        # Round robin: b's one job runs right after a's first, not after all six.
        assert order.index("polite.txt") <= 1
        await store.stop()

    asyncio.run(scenario())


def test_no_client_runs_more_than_its_share_at_once(make_runner: Any) -> None:
    async def scenario() -> None:
        runner = make_runner(hold=True)
        store = JobStore(runner, ServiceSettings(max_concurrent_jobs=4, max_running_per_client=2))
        for n in range(5):
            await store.submit(submission(f"a{n}.txt").model_copy(update={"client": "a"}))
        await asyncio.sleep(0.05)
        assert runner.running == 2  # two workers stay free for others
        await store.submit(submission("b.txt").model_copy(update={"client": "b"}))
        await asyncio.sleep(0.05)
        assert runner.running == 3
        runner.release()
        await store.stop()

    asyncio.run(scenario())


def test_a_client_over_its_queue_share_is_refused_while_others_are_admitted(make_runner: Any) -> None:
    async def scenario() -> None:
        runner = make_runner(hold=True)
        store = JobStore(runner, ServiceSettings(max_concurrent_jobs=1, max_queued_per_client=3))
        for _ in range(4):  # one runs, three wait
            await store.submit(submission().model_copy(update={"client": "a"}))
            await asyncio.sleep(0.01)
        with pytest.raises(ClientQueueFull, match=r"max_queued_per_client = 3"):
            await store.submit(submission().model_copy(update={"client": "a"}))
        await store.submit(submission().model_copy(update={"client": "b"}))
        runner.release()
        await store.stop()

    asyncio.run(scenario())


def test_large_documents_always_leave_a_worker_for_small_ones(make_runner: Any) -> None:
    async def scenario() -> None:
        runner = make_runner(hold=True)
        store = JobStore(runner, ServiceSettings(max_concurrent_jobs=2, heavy_job_bytes=1000))
        big = Submission(config=Config(offline=True), name="big.txt", text="x" * 5000)
        for n in range(3):
            await store.submit(big.model_copy(update={"client": f"big{n}"}))
        await asyncio.sleep(0.05)
        assert runner.running == 1  # one heavy lane; the other worker stays free
        await store.submit(submission("small.txt").model_copy(update={"client": "small"}))
        await asyncio.sleep(0.05)
        assert runner.running == 2 and runner.submissions[-1].name == "small.txt"
        runner.release()
        await store.stop()

    asyncio.run(scenario())
