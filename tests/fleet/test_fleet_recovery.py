"""Nothing lost: a worker killed with SIGKILL mid-task, and Redis restarted mid-run (real processes)."""

from __future__ import annotations

import datetime as dt
import shutil
import signal
import socket
import subprocess
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import REDIS_URL, Workers, fail_or_skip, fleet_url, wait_for
from fleet_site import FleetSite
from test_fleet_politeness import config

from citecheck.audit.runner import aaudit
from citecheck.audit.store import open_store
from citecheck.fleet.audit import FleetChecks
from citecheck.fleet.settings import parse_queue_url
from citecheck.models import AuditResult

NOW = dt.datetime(2026, 3, 1, 2, 0, tzinfo=dt.UTC)


def write_documents(root: Path, site: FleetSite, *, documents: int, per_document: int, ms: int) -> list[str]:
    """Markdown analyses whose footnotes cite pages of the fleet site; returns the URLs."""
    root.mkdir(parents=True, exist_ok=True)
    urls: list[str] = []
    for d in range(documents):
        notes, body = [], []
        for n in range(1, per_document + 1):
            url = site.url(f"site{d}", f"page{n}", ms=ms)
            urls.append(url)
            body.append(f"Claim number {n} of analysis {d}.[^{n}]")
            notes.append(f'[^{n}]: "Page {n}", Site {d}, {url}, accessed 2026-02-01.')
        (root / f"analysis-{d}.md").write_text(
            f"# Analysis {d}\n\n" + " ".join(body) + "\n\n" + "\n".join(notes) + "\n"
        )
    return urls


class AuditInThread:
    """``aaudit`` with fleet checks, running in a thread while the test kills things."""

    def __init__(self, sources: list[str], db: str, queue: str, *, batch_size: int = 4, **cfg: Any) -> None:
        self.checks = FleetChecks(parse_queue_url(queue), db, batch_size=batch_size)
        self.result: AuditResult | None = None
        self.error: BaseException | None = None

        def run() -> None:
            import asyncio

            try:
                self.result = asyncio.run(aaudit(sources, config(**cfg), db=db, now=NOW, remote=self.checks))
            except BaseException as exc:
                self.error = exc

        self.thread = threading.Thread(target=run, daemon=True)
        self.thread.start()

    def join(self, timeout: float = 60) -> AuditResult:
        self.thread.join(timeout)
        assert not self.thread.is_alive(), "the audit did not finish"
        if self.error is not None:
            raise self.error
        assert self.result is not None
        return self.result


def one_check_per_url(db: str, run_id: int, urls: list[str]) -> None:
    with open_store(db) as store:
        checks = store.checks(run_id=run_id)
    counts = Counter(c.url for c in checks)
    assert set(counts) == set(urls)
    assert max(counts.values()) == 1, "a result was stored twice"


def test_a_killed_workers_tasks_are_redelivered_and_finished_by_the_others(
    queue: str, prefix: str, pg_db: str, fleet_site: FleetSite, workers: Workers, tmp_path: Path
) -> None:
    victim = workers.start(queue, source_address="127.0.0.2", concurrency=2, log_dir=tmp_path)
    workers.start(queue, source_address="127.0.0.3", concurrency=2, log_dir=tmp_path)
    workers.wait_ready(REDIS_URL, prefix, 2)
    urls = write_documents(tmp_path / "docs", fleet_site, documents=3, per_document=8, ms=250)
    run = AuditInThread([str(tmp_path / "docs")], pg_db, queue, max_per_host=8)
    # Kill the victim while one of its requests is on the wire (each takes 250 ms).
    wait_for(lambda: any(h.peer == "127.0.0.2" for h in fleet_site.arrivals), 30)
    victim.send_signal(signal.SIGKILL)
    killed_at = time.monotonic()
    started = {h.site + h.page for h in fleet_site.arrivals if h.peer == "127.0.0.2"}
    answered = {h.site + h.page for h in fleet_site.hits if h.peer == "127.0.0.2"}
    result = run.join(60)
    assert victim.wait(5) == -signal.SIGKILL
    assert started - answered, "the victim had no request on the wire when it was killed"
    assert result.status == "completed" and result.counts.checked == len(urls)
    assert result.report is not None
    states = {fn.url: fn.link.state for d in result.report.documents for fn in d.footnotes if fn.link}
    assert set(states.values()) == {"alive"}
    one_check_per_url(pg_db, result.run_id or 0, urls)
    redone = {h.site + h.page for h in fleet_site.hits if h.peer == "127.0.0.3" and h.at > killed_at}
    assert started - answered <= redone, "what the killed worker had on the wire was not redone"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def own_redis() -> Iterator[tuple[str, list[subprocess.Popen[bytes]]]]:
    """A redis-server of this test's own (no persistence), so restarting it disturbs nobody."""
    server = shutil.which("redis-server")
    if server is None:
        fail_or_skip("redis-server is not installed (the Redis-restart test runs one of its own)")
    port = _free_port()
    procs: list[subprocess.Popen[bytes]] = []

    def start() -> subprocess.Popen[bytes]:
        proc = subprocess.Popen(
            [server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        procs.append(proc)
        import redis

        wait_for(lambda: _pings(redis.Redis(port=port)), 10)
        return proc

    start()
    yield f"redis://127.0.0.1:{port}/0", procs
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
            proc.wait(5)


def _pings(client: Any) -> bool:
    try:
        return bool(client.ping())
    except Exception:
        return False


def test_a_redis_restart_loses_only_in_flight_attempts_never_history(
    own_redis: tuple[str, list[subprocess.Popen[bytes]]],
    pg_db: str,
    fleet_site: FleetSite,
    workers: Workers,
    tmp_path: Path,
) -> None:
    redis_url, procs = own_redis
    queue = fleet_url(redis_url, "restart", stall_s=2)
    for address in ("127.0.0.2", "127.0.0.3"):
        # One task at a time (2 prefetched): most of the run's batches wait in Redis.
        workers.start(queue, source_address=address, concurrency=1, log_dir=tmp_path)
    workers.wait_ready(redis_url, "restart", 2)
    urls = write_documents(tmp_path / "docs", fleet_site, documents=6, per_document=8, ms=100)
    run = AuditInThread([str(tmp_path / "docs")], pg_db, queue, max_per_host=4)
    wait_for(lambda: len(fleet_site.hits) >= 6, 30)
    server = procs[-1]
    server.kill()  # everything queued in Redis is gone with it
    server.wait(5)
    time.sleep(0.5)
    import redis

    port = int(redis_url.rsplit(":", 1)[1].split("/")[0])
    restarted = subprocess.Popen(
        [
            shutil.which("redis-server") or "redis-server",
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    procs.append(restarted)
    wait_for(lambda: _pings(redis.Redis(port=port)), 10)
    result = run.join(90)
    assert result.status == "completed" and result.counts.checked == len(urls)
    assert run.checks.resent > 0, "the lost work came back only because it was sent again"
    one_check_per_url(pg_db, result.run_id or 0, urls)
