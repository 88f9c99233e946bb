"""How a service job checks its submission: parse (or fetch, then parse), bound, run the pipeline.

:func:`check_submission` is the job itself; nothing here judges a citation, it calls the library
as the CLI does. Two :data:`~citecheck.service.jobs.JobRunner` s run it:

- :class:`ProcessRunner` (the default): each job in a worker process (``python -m
  citecheck.service.worker``) that is killed when the job overruns its deadline. Nothing a job
  does — a pathological page, a regex, a parser stuck in C code holding the GIL — can stall the
  API loop, and the deadline holds even for code that never yields. Worker processes are started
  ahead and reused (``max_jobs_per_worker``), so a check does not pay the interpreter's start-up.
  Every worker's requests pass through the service's one host limiter (see
  :mod:`citecheck.service.channel`), so per-host politeness holds across all jobs.
- :class:`LibraryRunner`: in this process, on one background loop; used only when a test injects
  an httpx transport (a transport cannot cross a process boundary).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import sys
from collections.abc import Coroutine
from dataclasses import dataclass, field
from typing import Any

import httpx

from citecheck.config import Config, today_for
from citecheck.errors import CitecheckError, InputError
from citecheck.fetch import HostLimiter, InProcessHostLimiter
from citecheck.fetch.documents import fetch_document
from citecheck.models import Document, Report
from citecheck.parse import parse_bytes, parse_text
from citecheck.pipeline import acheck, unique_urls
from citecheck.service.channel import ChannelClosed, encode_frame, encode_raw_frame, read_frame
from citecheck.service.jobs import CheckLoop, ProgressHook, Submission
from citecheck.service.limits import enforce_job_limits
from citecheck.service.settings import ServiceSettings

log = logging.getLogger("citecheck.service")

WORKER_START_SECONDS = 120.0  # importing the library on a loaded 2-core machine can take seconds


async def check_submission(
    submission: Submission,
    progress: ProgressHook,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    limiter: HostLimiter | None = None,
) -> Report:
    """The whole job: the document, its limits (:class:`~citecheck.service.limits.JobLimits`), the check."""
    document = await read_document(submission, transport=transport, limiter=limiter)
    config = submission.config
    enforce_job_limits(unique_urls([document]), submission.limits, fetching=not config.offline)
    return await acheck([document], config, transport=transport, progress=progress, limiter=limiter)


async def read_document(
    submission: Submission,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    limiter: HostLimiter | None = None,
) -> Document:
    """The submitted document, parsed (a URL is fetched first, through the guarded fetcher)."""
    today = today_for(submission.config)
    inline = submission.config.inline_links
    if submission.text is not None:
        return parse_text(
            submission.text,
            path=submission.name,
            fmt=submission.format or "text",
            today=today,
            inline_links=inline,
        )
    if submission.data is not None:
        return parse_bytes(
            submission.data, path=submission.name, fmt=submission.format, today=today, inline_links=inline
        )
    if submission.url is not None:
        page = await fetch_document(submission.url, submission.config, transport=transport, limiter=limiter)
        return parse_bytes(page.body, path=submission.url, fmt=page.fmt, today=today, inline_links=inline)
    raise InputError("the submission holds no document")


class LibraryRunner:
    """In-process :data:`~citecheck.service.jobs.JobRunner`: the pipeline on one background loop.

    For tests that inject an httpx transport. Whoever creates it closes it (:meth:`close`).
    """

    def __init__(
        self, config: Config | None = None, *, transport: httpx.AsyncBaseTransport | None = None
    ) -> None:
        self._transport = transport
        self._loop = CheckLoop()
        self._config = config or Config()
        self._limiter: InProcessHostLimiter | None = None  # made on the check loop, bound to it

    async def __call__(self, submission: Submission, progress: ProgressHook) -> Report:
        return await self._loop.run(lambda: self.check(submission, progress))

    def close(self) -> None:
        self._loop.close()

    async def check(self, submission: Submission, progress: ProgressHook) -> Report:
        if self._limiter is None:
            self._limiter = InProcessHostLimiter(self._config)
        return await check_submission(submission, progress, transport=self._transport, limiter=self._limiter)


class JobFailed(CitecheckError):
    """The worker reported the job's failure (its one-line message is the job's error)."""


class WorkerLost(RuntimeError):
    """The worker process exited in the middle of a job (a crash, or killed from outside)."""


@dataclass(eq=False)
class _Worker:
    process: asyncio.subprocess.Process
    jobs: int = 0
    held: dict[int, asyncio.Event] = field(default_factory=dict)

    @property
    def alive(self) -> bool:
        return self.process.returncode is None

    def send(self, message: dict[str, object]) -> None:
        self._write(encode_frame(message))

    def send_raw(self, payload: bytes) -> None:
        self._write(encode_raw_frame(payload))

    def _write(self, frame: bytes) -> None:
        stdin = self.process.stdin
        if self.alive and stdin is not None and not stdin.is_closing():
            stdin.write(frame)

    async def receive(self) -> dict[str, object]:
        assert self.process.stdout is not None
        return await read_frame(self.process.stdout)

    async def kill(self) -> None:
        if self.alive:
            with contextlib.suppress(ProcessLookupError):
                self.process.kill()
        if self.process.stdin is not None:
            self.process.stdin.close()  # else the pipe's transport outlives the loop
        await self.process.wait()
        await asyncio.sleep(0)  # let the pipes' transports see the end before the loop may close

    async def retire(self) -> None:
        """Let an idle worker exit on its own (end of its input), killing it if it lingers."""
        if self.process.stdin is not None:
            self.process.stdin.close()
        try:
            await asyncio.wait_for(self.process.wait(), 10)
        except TimeoutError:
            await self.kill()


class ProcessRunner:
    """The default :data:`~citecheck.service.jobs.JobRunner`: one worker process per running job.

    ``config`` is the service's base configuration: its per-host settings govern the shared limiter
    (clients cannot change them). Start with :meth:`start` (warms ``max_concurrent_jobs`` workers),
    stop with :meth:`close`.
    """

    def __init__(self, config: Config, settings: ServiceSettings) -> None:
        self._limiter = InProcessHostLimiter(config)
        self._size = settings.max_concurrent_jobs
        self._max_jobs = settings.max_jobs_per_worker
        self._idle: list[_Worker] = []
        self._busy: set[_Worker] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        self._warming: set[asyncio.Task[None]] = set()
        self._closed = False

    @property
    def limiter(self) -> HostLimiter:
        return self._limiter

    async def start(self) -> None:
        """Warm the pool in the background (the service answers while workers start)."""
        for _ in range(self._size - len(self._idle)):
            self._warm()

    async def close(self) -> None:
        self._closed = True
        for task in list(self._warming):
            task.cancel()  # a worker being started is killed by _spawn itself
        await asyncio.gather(*self._tasks, return_exceptions=True)
        workers = [*self._idle, *self._busy]
        self._idle.clear()
        await asyncio.gather(*(worker.kill() for worker in workers), return_exceptions=True)

    def _background(self, coroutine: Coroutine[Any, Any, None]) -> asyncio.Task[None]:
        task = asyncio.create_task(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    def _warm(self) -> None:
        task = self._background(self._warm_one())
        self._warming.add(task)
        task.add_done_callback(self._warming.discard)

    async def _warm_one(self) -> None:
        try:
            worker = await self._spawn()
        except (OSError, ChannelClosed, TimeoutError):
            log.exception("could not start a worker process")
            return
        if self._closed or len(self._idle) >= self._size:
            await worker.retire()
        else:
            self._idle.append(worker)

    async def _spawn(self) -> _Worker:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "citecheck.service.worker",
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            # A worker reads untrusted documents: it gets no API token (nor needs one).
            env={name: value for name, value in os.environ.items() if name != "CITECHECK_TOKENS"},
        )
        worker = _Worker(process)
        try:
            hello = await asyncio.wait_for(worker.receive(), WORKER_START_SECONDS)
        except BaseException:
            await worker.kill()
            raise
        if hello.get("type") != "ready":
            await worker.kill()
            raise ChannelClosed(f"the worker said {hello.get('type')!r} instead of 'ready'")
        return worker

    async def _checkout(self) -> _Worker:
        """An idle worker; else the next one being started; else a new one."""
        while True:
            while self._idle:
                worker = self._idle.pop()
                if worker.alive:
                    return worker
            if not self._warming:
                return await self._spawn()
            await asyncio.wait(set(self._warming), return_when=asyncio.FIRST_COMPLETED)

    def _checkin(self, worker: _Worker) -> None:
        if self._closed or not worker.alive:
            self._background(worker.kill())
        elif worker.jobs >= self._max_jobs:
            self._background(worker.retire())  # caches grow; a fresh process starts clean
            self._warm()
        elif len(self._idle) >= self._size:
            self._background(worker.retire())
        else:
            self._idle.append(worker)

    async def __call__(self, submission: Submission, progress: ProgressHook) -> Report:
        worker = await self._checkout()
        self._busy.add(worker)
        worker.jobs += 1
        holders: set[asyncio.Task[None]] = set()
        clean = False
        try:
            worker.send({"type": "job"})
            payload = submission.model_dump_json().encode()
            await asyncio.sleep(0)  # a 5 MB document: let the API answer between the costly steps
            worker.send_raw(payload)
            assert worker.process.stdin is not None
            await worker.process.stdin.drain()
            while True:
                try:
                    message = await worker.receive()
                except ChannelClosed:
                    raise WorkerLost(
                        f"the worker process exited (code {worker.process.returncode})"
                    ) from None
                kind = message["type"]
                if kind == "acquire":
                    slot, host = int(str(message["slot"])), str(message["host"])
                    release = worker.held[slot] = asyncio.Event()
                    holder = asyncio.create_task(self._hold(worker, slot, host, release))
                    holders.add(holder)
                    holder.add_done_callback(holders.discard)
                elif kind == "release":
                    event = worker.held.pop(int(str(message["slot"])), None)
                    if event is not None:
                        event.set()
                elif kind == "pause":
                    await self._limiter.pause(str(message["host"]), float(str(message["seconds"])))
                elif kind == "answered":
                    retry_after = message.get("retry_after")
                    await self._limiter.answered(
                        str(message["host"]), None if retry_after is None else float(str(retry_after))
                    )
                elif kind == "progress":
                    progress(int(str(message["done"])), int(str(message["total"])))
                elif kind == "done":
                    clean = True
                    await asyncio.sleep(0)  # decoding a large report took a while: let others in
                    return Report.model_validate(message["report"])
                elif kind == "failed":
                    clean = True
                    if message.get("internal"):
                        raise WorkerLost(f"the check raised an unexpected error: {message.get('error')}")
                    raise JobFailed(str(message.get("error")))
        finally:
            # A killed worker's slots are given back here; so are a finished one's stragglers.
            for event in worker.held.values():
                event.set()
            worker.held.clear()
            for holder in holders:
                holder.cancel()
            self._busy.discard(worker)
            if clean:
                self._checkin(worker)
            else:
                # Timed out, cancelled or lost: the worker may be stuck in code that never
                # yields, so it is killed, and a fresh one is warmed for the next job.
                self._background(worker.kill())
                if not self._closed:
                    self._warm()

    async def _hold(self, worker: _Worker, slot: int, host: str, release: asyncio.Event) -> None:
        async with self._limiter.slot(host):
            if release.is_set():
                return
            worker.send({"type": "granted", "slot": slot})
            await release.wait()
