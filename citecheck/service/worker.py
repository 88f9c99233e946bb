"""A worker process of ``citecheck serve``: runs the jobs the service sends it, one at a time.

Started by :class:`~citecheck.service.runner.ProcessRunner` as ``python -m
citecheck.service.worker``; speaks the framed protocol of :mod:`citecheck.service.channel` on
its standard input and output, and exits at the end of its input. Its host slots come from the
service (:class:`~citecheck.service.channel.ChannelHostLimiter`). Logs go to standard error.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import logging
import os
import signal
import sys
from typing import Any

from citecheck.errors import CitecheckError
from citecheck.service.channel import (
    ChannelClosed,
    ChannelHostLimiter,
    Send,
    encode_frame,
    read_frame,
    read_raw_frame,
)
from citecheck.service.jobs import Submission, one_line
from citecheck.service.runner import check_submission

log = logging.getLogger("citecheck.service.worker")

PR_SET_PDEATHSIG = 1  # linux/prctl.h


async def run_job(raw: bytes, send: Send, limiter: ChannelHostLimiter) -> None:
    """Check one submission and send its end: ``done`` with the Report or ``failed`` with a line."""

    def progress(done: int, total: int) -> None:
        send({"type": "progress", "done": done, "total": total})

    try:
        submission = Submission.model_validate_json(raw)
        report = await check_submission(submission, progress, limiter=limiter)
    except CitecheckError as exc:
        send({"type": "failed", "error": one_line(str(exc)) or type(exc).__name__})
    except Exception as exc:
        log.exception("check failed")
        send({"type": "failed", "internal": True, "error": one_line(f"{type(exc).__name__}: {exc}")})
    else:
        send({"type": "done", "report": report.model_dump(mode="json")})


async def serve(output_fd: int) -> None:
    """Answer the service until it closes our input."""
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin.buffer)
    transport, protocol = await loop.connect_write_pipe(
        asyncio.streams.FlowControlMixin, os.fdopen(output_fd, "wb", buffering=0)
    )
    writer = asyncio.StreamWriter(transport, protocol, None, loop)

    def send(message: dict[str, Any]) -> None:
        writer.write(encode_frame(message))

    limiter = ChannelHostLimiter(send)
    job: asyncio.Task[None] | None = None
    send({"type": "ready"})
    while True:
        try:
            message = await read_frame(reader)
        except ChannelClosed:
            break
        if message["type"] == "granted":
            limiter.granted(int(message["slot"]))
        elif message["type"] == "job":
            try:
                raw = await read_raw_frame(reader)
            except ChannelClosed:
                break
            if job is None or job.done():
                job = asyncio.create_task(run_job(raw, send, limiter))
    if job is not None and not job.done():
        job.cancel()
    await writer.drain()


def die_with_the_service() -> None:
    """Ask Linux to kill this process when the service goes: a worker stuck in code that never
    yields would not notice the end of its input, and would spin on as an orphan."""
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


def main() -> None:
    die_with_the_service()
    # The protocol gets a private copy of standard output; fd 1 then points at standard error, so
    # nothing a library prints can corrupt a frame.
    output_fd = os.dup(1)
    os.dup2(2, 1)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="citecheck worker: %(message)s")
    asyncio.run(serve(output_fd))


if __name__ == "__main__":
    main()
