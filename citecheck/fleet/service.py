"""``citecheck serve --queue``: the service's jobs kept in PostgreSQL and run by fleet workers.

:class:`FleetJobQueue` is the service's :class:`~citecheck.service.jobs.JobQueue`: ``submit`` writes
the job (and the document) to the store, then sends a task that names it; ``get`` reads the store.
A service restart therefore loses nothing — queued and finished jobs are rows, not memory — and
any number of service processes can share one fleet. :func:`run_job` is the worker's side.

Redelivery is safe both ways: a worker takes a job only if it is queued, or running with a beat
older than the stall time (its worker died); a finished job is never run again. A job whose task
Redis lost (a restart) is sent again by the service after the stall time.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import datetime as dt
import json
import logging
import secrets
from collections.abc import Callable
from typing import Any

from citecheck.errors import CitecheckError
from citecheck.fleet.settings import QueueSettings
from citecheck.fleet.store import FleetStore, JobRow
from citecheck.models import Report
from citecheck.service.jobs import (
    INTERNAL_ERROR,
    ClientQueueFull,
    JobState,
    Progress,
    QueueFull,
    Submission,
    one_line,
)
from citecheck.service.runner import check_submission
from citecheck.service.settings import ServiceSettings

log = logging.getLogger(__name__)

BEAT_SECONDS = 1.0
# A running job whose worker has not beaten for this long is taken over by a redelivered task.
JOB_STALE_SECONDS = 3 * BEAT_SECONDS
JobSender = Callable[[str, str, float], None]


def encode_submission(submission: Submission) -> str:
    """JSON for the store; an uploaded file's bytes as base64 (DOCX is binary)."""
    body = submission.model_dump(mode="json", exclude={"data"})
    if submission.data is not None:
        body["data_base64"] = base64.b64encode(submission.data).decode("ascii")
    return json.dumps(body)


def decode_submission(raw: str) -> Submission:
    body: dict[str, Any] = json.loads(raw)
    data = body.pop("data_base64", None)
    if data is not None:
        body["data"] = base64.b64decode(data)
    return Submission.model_validate(body)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def job_state(row: JobRow) -> JobState:
    status = row.status if row.status in ("queued", "running", "done", "failed") else "failed"
    return JobState(
        id=row.id,
        status=status,
        progress=Progress(done=row.done, total=row.total),
        report=Report.model_validate_json(row.report) if row.report else None,
        error=row.error,
        created_at=row.created_at,
        started_at=row.started_at,
        finished_at=row.finished_at,
    )


class FleetJobQueue:
    """The service's job backend over the fleet (see the module docstring)."""

    def __init__(
        self, queue: QueueSettings, db: str, settings: ServiceSettings, *, send: JobSender | None = None
    ) -> None:
        self._queue = queue
        self._db = db
        self._settings = settings
        self._send = send
        self._store: FleetStore | None = None
        self._fleet: Any = None
        self._watch: asyncio.Task[None] | None = None

    @property
    def ready(self) -> bool:
        return self._store is not None and self._watch is not None and not self._watch.done()

    async def start(self) -> None:
        if self.ready:
            return
        self._store = await FleetStore.connect(self._db)
        if self._send is None:
            from citecheck.fleet.engine import Fleet

            self._fleet = Fleet(self._queue)
            self._send = self._fleet.send_job
        self._watch = asyncio.create_task(self._resend_lost(), name="citecheck-fleet-resend")

    async def stop(self) -> None:
        if self._watch is not None:
            self._watch.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._watch
            self._watch = None
        if self._store is not None:
            await self._store.aclose()
            self._store = None
        if self._fleet is not None:
            self._fleet.close()
            self._fleet = None

    async def submit(self, submission: Submission) -> str:
        await self.start()
        assert self._store is not None and self._send is not None
        waiting = await self._store.count_jobs(("queued", "running"))
        if waiting >= self._settings.max_queued_jobs:
            raise QueueFull("too many checks are waiting; try again in a minute")
        client = submission.client
        mine = await self._store.count_jobs(("queued",), client=client)
        if mine >= self._settings.max_queued_per_client:
            raise ClientQueueFull(
                f"you have {mine} checks waiting already (at most {self._settings.max_queued_per_client}); "
                "try again when one has finished"
            )
        job_id = secrets.token_urlsafe(12)
        await self._store.add_job(job_id, encode_submission(submission), _now(), client=client)
        try:
            await asyncio.to_thread(self._send, job_id, self._db, self._settings.job_timeout_seconds)
        except Exception as exc:  # Redis away: the job is stored; the watcher sends it later
            log.warning("job %s stored but not queued yet: %s", job_id, exc)
        return job_id

    async def get(self, job_id: str) -> JobState | None:
        if self._store is None:
            await self.start()
        assert self._store is not None
        row = await self._store.get_job(job_id)
        return job_state(row) if row is not None else None

    async def _resend_lost(self) -> None:
        """Send again the jobs nobody has touched for the stall time (Redis lost their task)."""
        stall = self._queue.stall_seconds
        while True:
            await asyncio.sleep(min(stall / 2, 30.0))
            assert self._store is not None and self._send is not None
            try:
                cutoff = _now() - dt.timedelta(seconds=stall)
                for job_id in await self._store.unfinished_jobs(cutoff):
                    await asyncio.to_thread(self._send, job_id, self._db, self._settings.job_timeout_seconds)
                await self._store.prune_jobs(_now() - dt.timedelta(seconds=self._settings.job_ttl_seconds))
            except Exception as exc:
                log.warning("could not re-send lost jobs yet: %s", exc)


class JobBusy(CitecheckError):
    """The job is running on a live worker (this task is a duplicate): try again later."""


async def run_job(store: FleetStore, job_id: str, timeout: float, check: JobCheck) -> None:
    """A worker runs one job: take it, check the document, store the report (or the error) once."""
    started = _now()
    taken, raw = await store.start_job(
        job_id, started, stale_before=started - dt.timedelta(seconds=JOB_STALE_SECONDS)
    )
    if taken == "busy":
        raise JobBusy(f"job {job_id} is running on another worker")
    if raw is None:
        return  # finished already
    progress = Progress()

    def on_progress(done: int, total: int) -> None:
        progress.done, progress.total = done, total

    async def beat() -> None:
        while True:
            await asyncio.sleep(BEAT_SECONDS)
            with contextlib.suppress(Exception):
                await store.job_progress(job_id, progress.done, progress.total, _now())

    beating = asyncio.create_task(beat())
    report: Report | None = None
    error: str | None = None
    try:
        async with asyncio.timeout(timeout):
            report = await check(decode_submission(raw), on_progress)
    except TimeoutError:
        error = f"the check took longer than {timeout:g} seconds and was stopped"
    except CitecheckError as exc:
        error = one_line(str(exc)) or type(exc).__name__
    except Exception:
        log.exception("job %s failed", job_id)
        error = INTERNAL_ERROR
    finally:
        beating.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await beating
    await store.finish_job(
        job_id, _now(), report=report.model_dump_json() if report is not None else None, error=error
    )


JobCheck = Callable[[Submission, Callable[[int, int], None]], Any]


def library_check(limiter: Any, transport_for: Callable[[Any], Any]) -> JobCheck:
    """The check a worker runs for a job: the service's own job (document, limits, pipeline),
    with the fleet's shared host limiter and the worker's transport."""

    async def check(submission: Submission, progress: Callable[[int, int], None]) -> Report:
        config = submission.config
        return await check_submission(
            submission, progress, transport=transport_for(config), limiter=limiter(config)
        )

    return check
