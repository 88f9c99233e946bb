"""Background check jobs: a fair queue with bounded concurrency and bounded retention.

:class:`JobQueue` is the interface the web app talks to; :class:`JobStore` implements it in this
process (its runner puts each job in a worker process: :mod:`citecheck.service.runner`). A
queue-backed implementation can slot in behind the same interface: a :class:`Submission` and a
:class:`JobState` are plain serialisable models; ``Submission.client`` is the key of per-client
fairness, and ``Submission.limits`` travel with the job for whatever runs it
(:func:`citecheck.service.runner.check_submission` enforces them).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import secrets
import threading
import time
from collections import Counter, OrderedDict, deque
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from typing import Any, Literal, Protocol, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from citecheck.config import Config
from citecheck.errors import CitecheckError
from citecheck.models import DocumentFormat, Report
from citecheck.service.limits import JobLimits
from citecheck.service.settings import ServiceSettings

log = logging.getLogger("citecheck.service")

JobStatus = Literal["queued", "running", "done", "failed"]
ProgressHook = Callable[[int, int], None]
T = TypeVar("T")

INTERNAL_ERROR = "internal error: the check could not be completed (see the server log)"


class Submission(BaseModel):
    """One document to check, exactly as submitted, with the effective configuration of its run.

    Serialisable as JSON (``data`` as base64), so it can cross a process boundary or a queue.
    """

    model_config = ConfigDict(ser_json_bytes="base64", val_json_bytes="base64")

    config: Config
    name: str = Field(description="How the document is named in the report (file name or URL).")
    text: str | None = None
    data: bytes | None = None
    url: str | None = None
    format: DocumentFormat | None = None
    client: str = Field(default="anonymous", description="Whose check: the key of fairness and quotas.")
    limits: JobLimits = Field(default_factory=JobLimits)


class Progress(BaseModel):
    done: int = 0
    total: int = 0


class JobState(BaseModel):
    """What a client may know about a job (``GET /v1/checks/{id}``)."""

    id: str
    status: JobStatus = "queued"
    progress: Progress = Field(default_factory=Progress)
    report: Report | None = None
    error: str | None = None
    created_at: dt.datetime
    started_at: dt.datetime | None = None
    finished_at: dt.datetime | None = None


JobRunner = Callable[[Submission, ProgressHook], Awaitable[Report]]
"""Runs one submission to a Report, calling the hook with (done, total) as links are checked."""


class QueueFull(CitecheckError):
    """The service holds as many jobs as it may; the client should retry later (503)."""


class ClientQueueFull(CitecheckError):
    """This client already has as many checks waiting as it may (429): others are still admitted."""


class JobQueue(Protocol):
    """What the web app needs from a job backend."""

    @property
    def ready(self) -> bool: ...

    async def start(self) -> None: ...

    async def stop(self) -> None: ...

    async def submit(self, submission: Submission) -> str: ...

    async def get(self, job_id: str) -> JobState | None: ...


@dataclass
class _Entry:
    state: JobState
    submission: Submission | None


def one_line(message: str, limit: int = 500) -> str:
    """An error message as a single line of bounded length, fit for a JSON ``error`` field."""
    flat = " ".join(message.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class JobStore:
    """Every job of this process: a fair queue, N workers, and expiry of finished jobs.

    Fairness (issue 13): each client (token, or address without one) may have at most
    ``max_queued_per_client`` checks waiting (beyond it :class:`ClientQueueFull`, 429) and
    ``max_running_per_client`` running; a free worker takes the next job of the next client in
    turn (round robin), so one client's flood delays others by at most one job per worker.
    Documents over ``heavy_job_bytes`` run on at most ``max_concurrent_jobs - 1`` workers at once:
    on this machine a 5 MB text with 300 footnotes took 16 s to check offline (the seed analysis,
    11 KB with 7 footnotes, well under 1 s), so a few large documents never hold every worker.
    ``clock`` (monotonic seconds) is injectable so tests can age jobs without sleeping;
    ``on_finished`` sees each finished job with its submission (the app charges quotas there).
    """

    def __init__(
        self,
        runner: JobRunner,
        settings: ServiceSettings,
        *,
        clock: Callable[[], float] = time.monotonic,
        on_finished: Callable[[Submission, JobState], None] | None = None,
    ) -> None:
        self._runner = runner
        self._settings = settings
        self._clock = clock
        self._on_finished = on_finished
        self._jobs: dict[str, _Entry] = {}
        # Finished job ids in the order they finished (oldest first), with their clock reading.
        self._finished: OrderedDict[str, float] = OrderedDict()
        # Waiting job ids per client; the order of the clients is the round robin's.
        self._waiting: OrderedDict[str, deque[str]] = OrderedDict()
        self._running: Counter[str] = Counter()
        self._heavy_running = 0
        self._changed: asyncio.Event | None = None
        self._workers: list[asyncio.Task[None]] = []

    @property
    def ready(self) -> bool:
        return bool(self._workers) and not any(w.done() for w in self._workers)

    def __len__(self) -> int:
        return len(self._jobs)

    @property
    def waiting(self) -> int:
        return sum(len(ids) for ids in self._waiting.values())

    async def start(self) -> None:
        """Start the workers on the running loop (idempotent)."""
        if self.ready:
            return
        self._changed = asyncio.Event()
        self._workers = [
            asyncio.create_task(self._work(), name=f"citecheck-job-worker-{n}")
            for n in range(self._settings.max_concurrent_jobs)
        ]

    async def stop(self) -> None:
        """Cancel the workers; running jobs are marked failed, queued ones stay queued."""
        workers, self._workers = self._workers, []
        for worker in workers:
            worker.cancel()
        await asyncio.gather(*workers, return_exceptions=True)

    async def submit(self, submission: Submission) -> str:
        """Queue a submission and return its job id.

        :class:`ClientQueueFull` when its client has its share waiting already, :class:`QueueFull`
        when the service is at capacity.
        """
        await self.start()
        self.prune(reserve=1)
        client = submission.client
        mine = self._waiting.get(client)
        cap = self._settings.max_queued_per_client
        if mine is not None and len(mine) >= cap:
            raise ClientQueueFull(
                f"you have {len(mine)} checks waiting already; at most {cap} may wait per client "
                f"(limit max_queued_per_client = {cap}): retry when one has started"
            )
        if len(self._jobs) >= self._settings.max_jobs:
            raise QueueFull("the service holds too many checks right now; try again in a minute")
        if self.waiting >= self._settings.max_queued_jobs:
            raise QueueFull("too many checks are waiting; try again in a minute")
        job_id = secrets.token_urlsafe(12)
        self._jobs[job_id] = _Entry(state=JobState(id=job_id, created_at=_now()), submission=submission)
        self._waiting.setdefault(client, deque()).append(job_id)
        self._wake()
        return job_id

    async def get(self, job_id: str) -> JobState | None:
        self.prune()
        entry = self._jobs.get(job_id)
        if entry is None:
            return None
        return entry.state.model_copy(update={"progress": entry.state.progress.model_copy()})

    def prune(self, *, reserve: int = 0) -> None:
        """Forget finished jobs older than the TTL, then the oldest finished ones beyond max_jobs.

        ``reserve`` makes room for that many new jobs. Unfinished jobs are never dropped.
        """
        now = self._clock()
        excess = len(self._jobs) + reserve - self._settings.max_jobs
        while self._finished:
            job_id, finished_at = next(iter(self._finished.items()))
            if now - finished_at < self._settings.job_ttl_seconds and excess <= 0:
                break
            del self._finished[job_id]
            del self._jobs[job_id]
            excess -= 1

    def _wake(self) -> None:
        if self._changed is not None:
            self._changed.set()

    def _is_heavy(self, entry: _Entry) -> bool:
        submission = entry.submission
        if submission is None:
            return False
        size = len(submission.text) if submission.text is not None else len(submission.data or b"")
        return size > self._settings.heavy_job_bytes

    def _take(self) -> tuple[str, _Entry, bool] | None:
        """The next client's next job (round robin), skipping clients at their running cap, and
        heavy jobs while the heavy lane is full (so one worker is always left for small checks)."""
        cap = self._settings.max_running_per_client
        heavy_cap = max(1, self._settings.max_concurrent_jobs - 1)
        for client in list(self._waiting):
            if self._running[client] >= cap:
                continue
            ids = self._waiting[client]
            while ids and (entry := self._jobs.get(ids[0])) is None:
                ids.popleft()  # expired or forgotten
            if not ids:
                del self._waiting[client]
                continue
            entry = self._jobs[ids[0]]
            heavy = self._is_heavy(entry)
            if heavy and self._heavy_running >= heavy_cap:
                continue
            ids.popleft()
            del self._waiting[client]
            if ids:
                self._waiting[client] = ids  # to the back of the line
            self._running[client] += 1
            self._heavy_running += heavy
            return client, entry, heavy
        return None

    async def _work(self) -> None:
        assert self._changed is not None
        changed = self._changed
        while True:
            taken = self._take()
            if taken is None:
                changed.clear()
                await changed.wait()
                continue
            client, entry, heavy = taken
            try:
                await self._run(entry)
            finally:
                self._running[client] -= 1
                if self._running[client] <= 0:
                    del self._running[client]
                self._heavy_running -= heavy
                self._wake()

    async def _run(self, entry: _Entry) -> None:
        state = entry.state
        submission = entry.submission
        assert submission is not None
        state.status = "running"
        state.started_at = _now()

        def progress(done: int, total: int) -> None:
            # Called from the check's own thread; plain attribute stores are safe under the GIL.
            state.progress.done = done
            state.progress.total = total

        timeout = self._settings.job_timeout_seconds
        try:
            # asyncio.timeout, not wait_for: on 3.11 wait_for can swallow a cancellation that
            # races with completion, and stop() must always stop the worker.
            async with asyncio.timeout(timeout):
                report = await self._runner(submission, progress)
        except TimeoutError:
            self._finish(entry, error=f"the check took longer than {timeout:g} seconds and was stopped")
        except CitecheckError as exc:
            self._finish(entry, error=one_line(str(exc)) or type(exc).__name__)
        except asyncio.CancelledError:
            self._finish(entry, error="the service stopped before the check finished")
            raise
        except Exception:
            log.exception("job %s failed", state.id)
            self._finish(entry, error=INTERNAL_ERROR)
        else:
            state.report = report
            if state.progress.total == 0:
                links = sum(report.summary.links.values())
                state.progress.done = state.progress.total = links
            self._finish(entry, status="done")

    def _finish(self, entry: _Entry, *, status: JobStatus = "failed", error: str | None = None) -> None:
        entry.state.status = status
        entry.state.error = error
        entry.state.finished_at = _now()
        self._finished[entry.state.id] = self._clock()
        if self._on_finished is not None and entry.submission is not None:
            try:
                self._on_finished(entry.submission, entry.state)
            except Exception:
                log.exception("finishing job %s", entry.state.id)
        entry.submission = None  # the document may be megabytes; the report is all we keep


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


class CheckLoop:
    """One event loop, in one background thread, on which every check of the service runs.

    The checks' CPU-bound stretches (parsing, page extraction, verification) then never stall the
    loop that answers API requests. One thread rather than one per job: the stages keep caches
    (stemmers, compiled patterns) that are safe under asyncio but not across threads.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None

    @property
    def thread(self) -> threading.Thread | None:
        return self._thread

    def _ensure_running(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                thread = threading.Thread(target=loop.run_forever, name="citecheck-checks", daemon=True)
                thread.start()
                self._loop, self._thread = loop, thread
            return self._loop

    async def run(self, factory: Callable[[], Coroutine[Any, Any, T]]) -> T:
        """Await ``factory()`` on the check loop; cancelling the caller cancels it there too."""
        future = asyncio.run_coroutine_threadsafe(factory(), self._ensure_running())
        return await asyncio.wrap_future(future)

    def close(self, timeout: float = 10.0) -> None:
        """Cancel whatever still runs, then stop and join the thread (blocking: call off-loop)."""
        with self._lock:
            loop, thread = self._loop, self._thread
            self._loop = self._thread = None
        if loop is None or thread is None:
            return

        async def cancel_everything() -> None:
            current = asyncio.current_task()
            tasks = [task for task in asyncio.all_tasks() if task is not current]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            await loop.shutdown_asyncgens()

        with contextlib.suppress(Exception):
            asyncio.run_coroutine_threadsafe(cancel_everything(), loop).result(timeout)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout)
        if not thread.is_alive():
            loop.close()
