"""Fleet benchmark: a simulated publisher audited by 1, 2 and 4 `citecheck worker` processes.

The publisher: --documents Markdown analyses with --per-document footnotes each (default 5,000 ×
20 = 100,000 citations) citing --urls distinct URLs (default 20,000) on --hosts loopback hosts
(default 500: 127.0.1.0 …), every URL cited the same number of times. A simulated web in its own
process answers every page after --latency-ms (default 100 ms) on each host; 1 % of pages are 404.
Each run gets a fresh PostgreSQL schema (the audit's history and the fleet's results) and its own
redis-server (so Redis's command counts are the fleet's alone).

Printed per worker count: wall time of the whole audit and of its check phase, URLs/s, the
per-host bound (hosts × max_per_host ÷ latency: what politeness alone would allow), peak RSS of
each worker and of the coordinator, Redis commands (total, per URL, per second) and peak memory,
and PostgreSQL rows written (per URL). Median of --runs.

    python benchmarks/fleet.py [--workers 0,1,2,4] [--runs 1] [--documents 5000] [--urls 20000]

(0 workers = the same audit in one process without a queue: the baseline. For it, "check wall"
is the whole audit, so its URLs/s is a lower bound.)
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import random
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg
import redis

REPO = Path(__file__).resolve().parents[1]
PG_URL = os.environ.get("CITECHECK_BENCH_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")
MAX_PER_HOST = 2
CONCURRENCY = 32
BATCH = 25


def hosts_for(count: int) -> list[str]:
    return [f"127.0.{1 + n // 250}.{n % 250 + 1}" for n in range(count)]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# --- the simulated web (child process) --------------------------------------------------------


def serve_web(port: int, hosts: int, latency_ms: float) -> None:
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                target = head.split(b" ", 2)[1].decode("latin-1")
                await asyncio.sleep(latency_ms / 1000)
                missing = target.endswith("-404")
                status = "404 Not Found" if missing else "200 OK"
                title = "Not found" if missing else target.rsplit("/", 1)[-1].replace("-", " ")
                body = (
                    f"<!doctype html><html><head><title>{title}</title></head><body><h1>{title}</h1>"
                    f"<p>{'Nothing here.' if missing else 'The ministry said the talks went well.'}</p>"
                    "</body></html>"
                ).encode()
                writer.write(
                    f"HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\n"
                    f"Content-Length: {len(body)}\r\n\r\n".encode()
                    + body
                )
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    async def main() -> None:
        for host in hosts_for(hosts):
            await asyncio.start_server(handle, host, port, backlog=1024)
        print("listening", flush=True)
        await asyncio.Event().wait()

    asyncio.run(main())


# --- the publisher ----------------------------------------------------------------------------


@dataclass
class Publisher:
    root: Path
    urls: list[str]
    citations: int


def write_publisher(
    root: Path, port: int, documents: int, per_document: int, urls: int, hosts: int
) -> Publisher:
    rng = random.Random(7)
    names = hosts_for(hosts)
    pool = []
    for n in range(urls):
        host = names[n % hosts]
        slug = f"story-{n}" + ("-404" if rng.random() < 0.01 else "")
        pool.append(f"http://{host}:{port}/news/{slug}")
    order = pool * ((documents * per_document) // len(pool) + 1)
    rng.shuffle(order)
    docs = root / "analyses"
    docs.mkdir(parents=True)
    cursor = 0
    for d in range(documents):
        cited = order[cursor : cursor + per_document]
        cursor += per_document
        body = " ".join(f"Claim {i} of analysis {d}.[^{i}]" for i in range(1, len(cited) + 1))
        notes = "\n".join(
            f'[^{i}]: "Story {i}", Bench News, {url}, accessed 2026-02-01.' for i, url in enumerate(cited, 1)
        )
        (docs / f"analysis-{d:05d}.md").write_text(f"# Analysis {d}\n\n{body}\n\n{notes}\n", encoding="utf-8")
    return Publisher(docs, pool, documents * per_document)


# --- one run ----------------------------------------------------------------------------------


@dataclass
class Outcome:
    workers: int
    wall: float
    check_wall: float
    urls: int
    worker_rss_mb: list[float] = field(default_factory=list)
    coordinator_rss_mb: float = 0.0
    redis_commands: int = 0
    redis_peak_mb: float = 0.0
    pg_rows: int = 0
    states: dict[str, int] = field(default_factory=dict)


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def run_in_process(publisher: Publisher) -> Outcome:
    """The baseline: the same audit in one process, no queue (history in PostgreSQL all the same)."""
    from citecheck.audit.runner import aaudit
    from citecheck.config import Config

    schema = f"citecheck_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    db = f"{PG_URL}?options=-csearch_path%3D{schema}"
    try:
        config = Config(
            allow_private=True, wayback=False, verify=False, max_per_host=MAX_PER_HOST, timeout=10
        )
        started = time.monotonic()
        result = asyncio.run(
            aaudit([str(publisher.root)], config, db=db, now=dt.datetime(2026, 3, 1, tzinfo=dt.UTC))
        )
        wall = time.monotonic() - started
        outcome = Outcome(workers=0, wall=wall, check_wall=wall, urls=result.counts.checked)
        outcome.coordinator_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        return outcome
    finally:
        with psycopg.connect(PG_URL, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


def run_once(publisher: Publisher, workers: int, redis_bin: str, *, checks_only: bool = False) -> Outcome:
    from citecheck.audit.runner import aaudit
    from citecheck.config import Config
    from citecheck.fleet.audit import FleetChecks
    from citecheck.fleet.settings import parse_queue_url

    redis_port = free_port()
    redis_proc = subprocess.Popen(
        [redis_bin, "--port", str(redis_port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    schema = f"citecheck_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    db = f"{PG_URL}?options=-csearch_path%3D{schema}"
    queue = f"redis://127.0.0.1:{redis_port}/0?prefix=bench"
    client = redis.Redis(port=redis_port)
    procs: list[subprocess.Popen[bytes]] = []
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                client.ping()
                break
            except redis.ConnectionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        for _ in range(workers):
            procs.append(
                subprocess.Popen(
                    [
                        sys.executable,
                        "-m",
                        "citecheck",
                        "worker",
                        "--queue",
                        queue,
                        "--concurrency",
                        str(CONCURRENCY),
                    ],
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                    cwd=REPO,
                )
            )
        while client.zcard("bench:__heartbeats__") < workers:
            time.sleep(0.1)
        commands_before = int(client.info("stats")["total_commands_processed"])
        checks = FleetChecks(parse_queue_url(queue), db, batch_size=BATCH)
        phase: dict[str, float] = {}

        async def timed(*args: Any) -> Any:
            phase["start"] = time.monotonic()
            try:
                return await checks(*args)
            finally:
                phase["end"] = time.monotonic()

        config = Config(
            allow_private=True, wayback=False, verify=False, max_per_host=MAX_PER_HOST, timeout=10
        )
        started = time.monotonic()
        fresh: dict[str, Any] = {}
        result = None
        if checks_only:
            # The units of work the audit sends, without the audit around them (parsing 5,000
            # analyses and writing 100,000 findings rows cost the same whatever the fleet's size).
            fresh = asyncio.run(timed(publisher.urls, config, {}, lambda arrived: None))
        else:
            result = asyncio.run(
                aaudit(
                    [str(publisher.root)],
                    config,
                    db=db,
                    now=dt.datetime(2026, 3, 1, tzinfo=dt.UTC),
                    remote=timed,
                )
            )
        wall = time.monotonic() - started
        outcome = Outcome(
            workers=workers,
            wall=wall,
            check_wall=phase["end"] - phase["start"],
            urls=result.counts.checked if result is not None else len(fresh),
            worker_rss_mb=[peak_rss_mb(p.pid) for p in procs],
            coordinator_rss_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            redis_commands=int(client.info("stats")["total_commands_processed"]) - commands_before,
            redis_peak_mb=int(client.info("memory")["used_memory_peak"]) / 2**20,
        )
        with psycopg.connect(PG_URL, autocommit=True) as conn:
            row = conn.execute(
                "SELECT sum(n_tup_ins + n_tup_upd + n_tup_del) FROM pg_stat_user_tables WHERE schemaname = %s",
                (schema,),
            ).fetchone()
            outcome.pg_rows = int(row[0] or 0) if row else 0
        if result is not None and result.report is not None:
            for record in result.report.documents:
                for fn in record.footnotes:
                    if fn.link is not None:
                        outcome.states[fn.link.state] = outcome.states.get(fn.link.state, 0) + 1
        else:
            for fetched, _ in fresh.values():
                outcome.states[fetched.link.state] = outcome.states.get(fetched.link.state, 0) + 1
        return outcome
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
        redis_proc.kill()
        redis_proc.wait(10)
        with psycopg.connect(PG_URL, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


def report(outcomes: dict[int, list[Outcome]], hosts: int, latency_ms: float, citations: int) -> None:
    bound = hosts * MAX_PER_HOST / (latency_ms / 1000)
    print(
        f"per-host bound: {hosts} hosts × {MAX_PER_HOST} per host ÷ {latency_ms:g} ms = {bound:,.0f} URLs/s"
    )
    print(
        "workers | audit wall s | check wall s | URLs/s | ×1 worker | of bound | worker peak RSS MB | "
        "coordinator RSS MB | Redis cmds (per URL, per s) | Redis peak MB | PG rows (per URL)"
    )
    base = None
    for count, runs in sorted(outcomes.items()):
        mid = sorted(runs, key=lambda o: o.check_wall)[len(runs) // 2]
        rate = mid.urls / mid.check_wall
        base = base or rate
        print(
            f"{count:7d} | {statistics.median(o.wall for o in runs):12.1f} | {mid.check_wall:12.1f} | "
            f"{rate:6.0f} | {rate / base:9.2f} | {rate / bound:8.1%} | "
            f"{', '.join(f'{r:.0f}' for r in mid.worker_rss_mb):>18} | {mid.coordinator_rss_mb:18.0f} | "
            f"{mid.redis_commands:,} ({mid.redis_commands / mid.urls:.1f}, {mid.redis_commands / mid.check_wall:,.0f}) | "
            f"{mid.redis_peak_mb:13.1f} | {mid.pg_rows:,} ({mid.pg_rows / mid.urls:.1f})"
        )
        print(f"        states: {mid.states} ({citations:,} citations)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--workers", default="1,2,4", help="worker counts; 0 = the audit in-process, no queue"
    )
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--documents", type=int, default=5000)
    parser.add_argument("--per-document", type=int, default=20)
    parser.add_argument("--urls", type=int, default=20_000)
    parser.add_argument("--hosts", type=int, default=500)
    parser.add_argument("--latency-ms", type=float, default=100.0)
    parser.add_argument(
        "--checks-only",
        action="store_true",
        help="send the audit's check batches for every URL without the audit around them",
    )
    parser.add_argument("--serve", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        serve_web(args.serve, args.hosts, args.latency_ms)
        return 0
    redis_bin = shutil.which("redis-server")
    if redis_bin is None:
        print("redis-server is not installed (apt-get install redis-server)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="citecheck-fleet-bench-") as tmp:
        port = free_port()
        web = subprocess.Popen(
            [
                sys.executable,
                __file__,
                "--serve",
                str(port),
                "--hosts",
                str(args.hosts),
                "--latency-ms",
                str(args.latency_ms),
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert web.stdout is not None
            if "listening" not in web.stdout.readline():
                print("the simulated web did not start", file=sys.stderr)
                return 1
            publisher = write_publisher(
                Path(tmp), port, args.documents, args.per_document, args.urls, args.hosts
            )
            print(
                f"publisher: {args.documents:,} analyses, {publisher.citations:,} citations, "
                f"{len(publisher.urls):,} URLs on {args.hosts} hosts, latency {args.latency_ms:g} ms; "
                f"workers run {CONCURRENCY} tasks of {BATCH} URLs; max_per_host {MAX_PER_HOST}; "
                f"{os.cpu_count()} CPUs"
            )
            outcomes: dict[int, list[Outcome]] = {}
            for count in (int(n) for n in args.workers.split(",")):
                for _ in range(args.runs):
                    if count:
                        outcome = run_once(publisher, count, redis_bin, checks_only=args.checks_only)
                    else:
                        outcome = run_in_process(publisher)
                    outcomes.setdefault(count, []).append(outcome)
                    print(
                        f"  {count} worker(s): audit {outcome.wall:.1f} s, checks {outcome.check_wall:.1f} s, "
                        f"{outcome.urls / outcome.check_wall:.0f} URLs/s",
                        flush=True,
                    )
            report(outcomes, args.hosts, args.latency_ms, publisher.citations)
        finally:
            web.terminate()
            web.wait(10)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
