"""``citecheck audit --queue``: the audit's due URLs are checked by the fleet, the rest stays here.

This process keeps the run (sources, schedule, history, findings, diff, notification); the
workers only check URLs. It sends the due URLs as batches, then reads the results from the store
as they land and hands each to the audit exactly once. When no result arrives for ``stall_s``
seconds (Redis restarted and lost the queue, a location queue has no live worker), it sends the
URLs still missing again: idempotent writes make a duplicate harmless.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
import uuid
from collections.abc import Mapping, Sequence

from redis.exceptions import RedisError

from citecheck.audit.runner import RemoteResult, RemoteResultHook
from citecheck.config import Config
from citecheck.fleet.engine import Fleet
from citecheck.fleet.settings import QueueSettings
from citecheck.fleet.store import FleetStore
from citecheck.fleet.work import BATCH_SIZE, batches
from citecheck.models import FetchResult, PageFacts

log = logging.getLogger(__name__)

POLL_SECONDS = 0.2
# Results of a run whose waiting process died are kept this long (a late reader is not expected).
ABANDONED_AFTER = dt.timedelta(days=2)
SWEEP_SECONDS = 1.0


class FleetChecks:
    """The audit's :class:`~citecheck.audit.runner.RemoteChecks` over a worker fleet."""

    def __init__(self, settings: QueueSettings, db: str, *, batch_size: int = BATCH_SIZE) -> None:
        self.settings = settings
        self.db = db
        self.batch_size = batch_size
        self.resent = 0
        self.run_key: str | None = None  # the current run's key in the store (monitoring, tests)

    async def __call__(
        self,
        urls: Sequence[str],
        config: Config,
        validators: Mapping[str, tuple[str | None, str | None]],
        on_result: RemoteResultHook,
        parts: Mapping[str, Sequence[str]] | None = None,
    ) -> dict[str, tuple[FetchResult, PageFacts | None]]:
        out: dict[str, tuple[FetchResult, PageFacts | None]] = {}
        parts = parts or {}
        if not urls:
            return out
        fleet = Fleet(self.settings)
        store = await FleetStore.connect(self.db)
        run_key = self.run_key = uuid.uuid4().hex
        await store.forget_abandoned(ABANDONED_AFTER)
        pending = dict.fromkeys(urls)
        try:
            await self._send(fleet, run_key, list(pending), config, validators, parts)
            seq, last_progress, last_sweep = 0, time.monotonic(), time.monotonic()
            while pending:
                rows = await store.results_after(run_key, seq)
                if rows:
                    seq = rows[-1].seq
                elif time.monotonic() - last_sweep > SWEEP_SECONDS:
                    # Two workers' commits can land out of numbering order: a row numbered below
                    # the cursor is only found by asking for the missing URLs themselves.
                    last_sweep = time.monotonic()
                    rows = await store.results_for(run_key, list(pending))
                arrived: list[RemoteResult] = []
                for row in rows:
                    if row.url in pending:
                        del pending[row.url]
                        result = FetchResult(link=row.link)
                        out[row.url] = (result, row.page)
                        arrived.append((row.url, result, row.location, row.opinions))
                if arrived:
                    on_result(arrived)
                if rows:
                    last_progress = time.monotonic()
                    continue
                if time.monotonic() - last_progress > self.settings.stall_seconds:
                    log.warning(
                        "no result for %.0f s: sending %d URLs again",
                        self.settings.stall_seconds,
                        len(pending),
                    )
                    self.resent += len(pending)
                    await self._send(fleet, run_key, list(pending), config, validators, parts)
                    last_progress = time.monotonic()
                await asyncio.sleep(POLL_SECONDS)
            await store.forget_run(run_key)
        finally:
            await store.aclose()
            fleet.close()
        return out

    async def _send(
        self,
        fleet: Fleet,
        run_key: str,
        urls: list[str],
        config: Config,
        validators: Mapping[str, tuple[str | None, str | None]],
        parts: Mapping[str, Sequence[str]],
    ) -> None:
        for batch in batches(self.db, run_key, urls, config, dict(validators), self.batch_size, parts=parts):
            try:
                await asyncio.to_thread(fleet.send_checks, batch)
            except RedisError as exc:
                # Redis is away: what was not sent is sent again after the next stall.
                log.warning("could not queue a batch (%s); it is sent again later", exc)
                return
