"""Fixtures of the fleet tests: real Redis, real PostgreSQL, real worker processes.

Each test gets its own Redis key prefix (every key and queue of its fleet) and its own PostgreSQL
schema; other engineers' tests use the same servers at the same time. Under CI (CI=true) a missing
Redis or PostgreSQL fails these tests instead of skipping them. Heartbeats are short (1 s) and
maintenance runs on every broker command, so a killed worker's tasks come back within seconds;
host-slot leases last 2 s, so the slots a killed worker held are free again as quickly.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import redis
from fleet_site import FleetSite, serve_fleet_site
from pgschema import fail_or_skip, fresh_schema

REDIS_URL = os.environ.get("CITECHECK_TEST_REDIS", "redis://127.0.0.1:6379/0")
REPO = Path(__file__).resolve().parents[2]


def redis_or_skip(url: str = REDIS_URL) -> None:
    """Skip when Redis is not there, except under CI, where that is a failure."""
    try:
        redis.Redis.from_url(url, socket_connect_timeout=3).ping()
    except redis.RedisError as exc:
        fail_or_skip(f"Redis at {url} is unreachable: {exc}")


@contextmanager
def fresh_prefix() -> Iterator[str]:
    """A Redis key prefix of its own; its keys are deleted afterwards."""
    redis_or_skip()
    name = f"cctest{uuid.uuid4().hex[:10]}"
    try:
        yield name
    finally:
        client = redis.Redis.from_url(REDIS_URL)
        keys = list(client.scan_iter(match=f"{name}*", count=1000))
        if keys:
            client.delete(*keys)


@pytest.fixture
def pg_db() -> Iterator[str]:
    with fresh_schema() as url:
        yield url


def fleet_url(redis_url: str, prefix: str, *, stall_s: float = 30.0) -> str:
    return f"{redis_url}?prefix={prefix}&heartbeat_ms=1000&maintenance=1000000&stall_s={stall_s:g}&lease_s=2"


@pytest.fixture
def prefix() -> Iterator[str]:
    with fresh_prefix() as name:
        yield name


@pytest.fixture
def queue(prefix: str) -> str:
    return fleet_url(REDIS_URL, prefix)


@dataclass
class Workers:
    """`citecheck worker` processes started by a test (each stopped at the end)."""

    procs: list[subprocess.Popen[bytes]] = field(default_factory=list)
    logs: list[Path] = field(default_factory=list)

    def start(
        self,
        queue: str,
        *,
        location: str = "default",
        source_address: str | None = None,
        concurrency: int = 4,
        log_dir: Path,
    ) -> subprocess.Popen[bytes]:
        args = [
            sys.executable,
            "-m",
            "citecheck",
            "worker",
            "--queue",
            queue,
            "--concurrency",
            str(concurrency),
        ]
        args += ["--location", location]
        if source_address:
            args += ["--source-address", source_address]
        log = log_dir / f"worker-{len(self.procs)}.log"
        proc = subprocess.Popen(args, stdout=log.open("wb"), stderr=subprocess.STDOUT, cwd=REPO)
        self.procs.append(proc)
        self.logs.append(log)
        return proc

    def wait_ready(self, redis_url: str, prefix: str, count: int, timeout: float = 30.0) -> None:
        """Until ``count`` workers have sent a heartbeat."""
        client = redis.Redis.from_url(redis_url)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if client.zcard(f"{prefix}:__heartbeats__") >= count:
                return
            for proc, log in zip(self.procs, self.logs, strict=True):
                if proc.poll() is not None:
                    raise AssertionError(f"worker exited {proc.returncode}: {log.read_text()[-2000:]}")
            time.sleep(0.1)
        raise AssertionError(
            "workers did not start: " + " | ".join(log.read_text()[-500:] for log in self.logs)
        )

    def stop(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in self.procs:
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)


@pytest.fixture
def workers() -> Iterator[Workers]:
    started = Workers()
    yield started
    started.stop()


@pytest.fixture
def fleet_site() -> Iterator[FleetSite]:
    with serve_fleet_site() as site:
        yield site


def wait_for(condition: Callable[[], bool], timeout: float = 20.0, every: float = 0.05) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(every)
    raise AssertionError("condition not reached in time")
