"""The one module that knows the task engine: Dramatiq over Redis.

Why Dramatiq (evaluated against Celery and arq, for at-least-once delivery, asyncio, upkeep):

* **Acknowledged after the work.** Dramatiq's Redis broker moves a fetched message into the
  worker's ack set and deletes it only when the actor has finished; a worker that stops sending
  heartbeats for ``heartbeat_timeout`` is dead, and broker maintenance puts its unacknowledged
  messages back on the queue. That is the default, not an option. Celery needs ``acks_late`` plus
  ``reject_on_worker_lost`` and then redelivers by ``visibility_timeout``, which also re-runs any
  task that simply runs longer than it (celery/celery#5935, #5306); arq re-runs a job only after
  its in-progress key expires, which follows the longest job timeout of the worker (arq#402,
  users report hours: arq#343).
* **asyncio.** Dramatiq's ``AsyncIO`` middleware runs ``async def`` actors on one event loop per
  worker process, so a worker's concurrent tasks share one HTTP transport and one limiter
  connection. (arq is asyncio-native too; Celery is not.)
* **Upkeep and monitoring.** Dramatiq is maintained (2.x, 2026) with a small, readable Redis
  protocol (one Lua script); retries with backoff, time limits, a Prometheus middleware and a
  dashboard (dramatiq-dashboard) exist. arq's releases are sparse.

Two things Dramatiq leaves to us, done here: a worker whose consumers all have full prefetch sends
no broker command, hence no heartbeat, so a busy worker would look dead — a thread renews the
heartbeat; and Redis without persistence loses queued messages on restart — the waiting client
sends again what has no result after a stall (see :mod:`citecheck.fleet.audit`).
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from typing import Any

import dramatiq
from dramatiq.asyncio import get_event_loop_thread
from dramatiq.brokers.redis import RedisBroker
from dramatiq.middleware import Middleware
from dramatiq.middleware.asyncio import AsyncIO

from citecheck.fleet.settings import QueueSettings
from citecheck.fleet.work import AuditRequest, CheckBatch, WorkerContext, check_batch

log = logging.getLogger(__name__)

CHECK_QUEUE = "checks"
JOB_QUEUE = "jobs"
AUDIT_QUEUE = "audits"
CHECK_ACTOR = "citecheck_check_urls"
JOB_ACTOR = "citecheck_service_job"
AUDIT_ACTOR = "citecheck_audit_run"
# A detached audit coordinates its run from one worker thread; a night is its bound.
AUDIT_TIME_LIMIT_MS = 24 * 3600 * 1000
# A failed batch (Redis away mid-task, a bug) is retried with backoff; redelivery after a dead
# worker does not count as a retry.
MAX_RETRIES = 8
MIN_BACKOFF_MS = 500
MAX_BACKOFF_MS = 30_000
BATCH_TIME_LIMIT_MS = 15 * 60 * 1000


def location_queue(location: str) -> str:
    """The queue only workers at ``location`` consume (second opinions asked of that location)."""
    return f"{CHECK_QUEUE}.at.{location}"


class _CloseContext(Middleware):
    """Closes the worker's connections on its event loop, before the AsyncIO middleware stops it."""

    def __init__(self, context: WorkerContext) -> None:
        self.context = context

    def after_worker_shutdown(self, broker: Any, worker: Any) -> None:
        loop_thread = get_event_loop_thread()
        if loop_thread is not None:
            loop_thread.run_coroutine(self.context.aclose())


class Fleet:
    """A Dramatiq broker for one ``--queue`` URL, with the fleet's actors declared on it.

    The same object sends tasks (audit, service) and, given a :class:`WorkerContext`, runs them.
    """

    def __init__(self, settings: QueueSettings, context: WorkerContext | None = None) -> None:
        self.settings = settings
        self.context = context
        self.broker = RedisBroker(
            url=settings.redis_url,
            namespace=settings.prefix,
            heartbeat_timeout=settings.heartbeat_ms,
            maintenance_chance=settings.maintenance,
        )
        self.broker.add_middleware(AsyncIO())
        if context is not None:
            # Added after AsyncIO, so its after_worker_shutdown runs first (they run in reverse).
            self.broker.add_middleware(_CloseContext(context))
        self.check_actor: Any = dramatiq.actor(
            broker=self.broker,
            actor_name=CHECK_ACTOR,
            queue_name=CHECK_QUEUE,
            max_retries=MAX_RETRIES,
            min_backoff=MIN_BACKOFF_MS,
            max_backoff=MAX_BACKOFF_MS,
            time_limit=BATCH_TIME_LIMIT_MS,
        )(self._check)
        self.audit_actor: Any = dramatiq.actor(
            broker=self.broker,
            actor_name=AUDIT_ACTOR,
            queue_name=AUDIT_QUEUE,
            max_retries=2,
            min_backoff=10_000,
            time_limit=AUDIT_TIME_LIMIT_MS,
        )(self._audit)
        self.job_actor: Any = dramatiq.actor(
            broker=self.broker,
            actor_name=JOB_ACTOR,
            queue_name=JOB_QUEUE,
            max_retries=MAX_RETRIES,
            min_backoff=MIN_BACKOFF_MS,
            max_backoff=5_000,
            time_limit=BATCH_TIME_LIMIT_MS,
        )(self._job)

    # --- sending ----------------------------------------------------------------------------

    def send_checks(self, batch: CheckBatch) -> None:
        self.check_actor.send(batch.model_dump(mode="json"))

    def send_audit(self, run: AuditRequest) -> str:
        """Queue a whole audit run for a worker; returns the task's message id."""
        return str(self.audit_actor.send(run.model_dump(mode="json")).message_id)

    def send_job(self, job_id: str, db: str, timeout: float) -> None:
        """Queue a service job kept in the store under ``job_id``."""
        self.job_actor.send(job_id, db, timeout)

    def send_second_opinion(self, location: str, batch: CheckBatch) -> None:
        message = self.check_actor.message(batch.model_dump(mode="json"))
        self.broker.enqueue(message.copy(queue_name=location_queue(location)))

    def queued(self) -> int:
        """Messages waiting on the shared queues (monitoring; the benchmark samples it)."""
        client = self.broker.client
        return sum(int(client.llen(f"{self.settings.prefix}:{name}")) for name in (CHECK_QUEUE, JOB_QUEUE))

    def close(self) -> None:
        self.broker.close()

    # --- running ----------------------------------------------------------------------------

    async def _check(self, payload: dict[str, Any]) -> int:
        if self.context is None:
            raise RuntimeError("this Fleet only sends tasks; run them with `citecheck worker`")
        return await check_batch(self.context, CheckBatch.model_validate(payload))

    async def _job(self, job_id: str, db: str, timeout: float) -> None:
        # The service's document readers load only in workers that run a job.
        from citecheck.fleet.service import library_check, run_job

        if self.context is None:
            raise RuntimeError("this Fleet only sends tasks; run them with `citecheck worker`")
        context = self.context
        check = library_check(context.limiter, context.transport)
        await run_job(await context.store(db), job_id, timeout, check)

    async def _audit(self, payload: dict[str, Any]) -> str:
        # The audit runner pulls in the whole pipeline; only workers that run an audit need it.
        from citecheck.audit.runner import aaudit
        from citecheck.fleet.audit import FleetChecks

        run = AuditRequest.model_validate(payload)
        remote = FleetChecks(self.settings, run.db)
        result = await aaudit(run.sources, run.config, db=run.db, notify_url=run.notify_url, remote=remote)
        log.info("audit run %s: %s", result.run_id, result.status)
        return result.status

    def _heartbeat(self, stop: threading.Event) -> None:
        """Keep the broker's heartbeat and this worker's location fresh while the process lives."""
        client = self.broker.client
        beats = f"{self.settings.prefix}:__heartbeats__"
        locations = self.settings.key("locations")
        interval = min(self.settings.heartbeat_ms / 3000, 2.0)
        while not stop.is_set():
            try:
                client.zadd(beats, {self.broker.broker_id: int(time.time() * 1000)})
                if self.context is not None:
                    client.hset(locations, self.context.location, str(time.time()))
            except Exception as exc:  # Redis away: Dramatiq's consumers reconnect on their own
                log.warning("fleet heartbeat failed: %s", exc)
            stop.wait(interval)


def run_worker(context: WorkerContext, *, concurrency: int, ready: threading.Event | None = None) -> None:
    """Run a worker until SIGTERM or SIGINT: the shared queues plus its location's queue."""
    fleet = Fleet(context.settings, context)
    context.send_second_opinion = fleet.send_second_opinion
    own = location_queue(context.location)
    fleet.broker.declare_queue(own)
    worker = dramatiq.Worker(
        fleet.broker,
        queues={CHECK_QUEUE, JOB_QUEUE, AUDIT_QUEUE, own},
        worker_threads=concurrency,
        worker_timeout=200,
    )
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    beat = threading.Thread(
        target=fleet._heartbeat, args=(stop,), name="citecheck-fleet-heartbeat", daemon=True
    )
    worker.start()
    beat.start()
    log.info("worker %s at %s: %d concurrent tasks", fleet.broker.broker_id, context.location, concurrency)
    if ready is not None:
        ready.set()
    try:
        while not stop.wait(0.5):
            pass
    finally:
        # Unfinished messages go back to the queue (Dramatiq requeues what this worker prefetched).
        worker.stop(timeout=10_000)
        stop.set()
        fleet.close()
