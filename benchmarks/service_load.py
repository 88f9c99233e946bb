"""Service load: many clients with a realistic mix against ``citecheck serve`` on loopback.

Two modes:

- ``--mix`` (issue 13): ``--clients`` (200) legitimate clients arrive evenly over ``--duration``
  (120 s), each with its own API token: most paste the seed analysis (7 footnotes), some upload it
  as DOCX, a few paste 5 MB texts (300 footnotes); meanwhile one abusive client floods submissions
  (spoofed X-Forwarded-For, the issue's ``(a+)+$`` pattern, a 900-URL document, a backtracking
  pattern). Reports every status seen, p50/p95 submit latency, p95 time-to-done per kind, whether
  every legitimate client was served, and the slowest ``/healthz`` during the run. Goals: no 5xx
  but intended 503s, p95 submit < 200 ms, p95 time-to-done of the 7-footnote analysis < 10 s.
- default: N concurrent submissions of the seed (the original throughput benchmark).

The service runs in its own process (as in production); every check fetches its links from the
fixture web on 127.0.0.1 (``--offline`` skips the network). Everything stays on this machine.

    python benchmarks/service_load.py --mix [--clients 200] [--duration 120] [--workers 4]
    python benchmarks/service_load.py [--submissions 50] [--workers 4] [--offline]
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import contextlib
import datetime as dt
import multiprocessing
import os
import random
import re
import resource
import signal
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path

import httpx
import uvicorn

from citecheck.config import Config, HostConfig
from citecheck.service import create_app
from citecheck.service.app import uvicorn_config
from citecheck.service.settings import ServiceSettings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SEED = FIXTURES / "analyses" / "armenia-russia-analysis.txt"
SEED_DOCX = FIXTURES / "analyses" / "armenia-russia-analysis.typed.docx"
POLL_SECONDS = 0.6  # as the editor's page polls
SCRIPT_POLL_SECONDS = 0.25
DEADLINE_SECONDS = 600.0
ABUSER_TOKEN = "abuser"


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile (no interpolation: a figure some request actually took)."""
    ordered = sorted(values)
    rank = max(1, round(fraction * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


def run_service(config_json: str, settings_json: str, port: int) -> None:
    """The child process: the real service under uvicorn, configured as ``citecheck serve`` does."""
    settings = ServiceSettings.model_validate_json(settings_json)
    app = create_app(Config.model_validate_json(config_json), settings=settings)
    server = uvicorn.Server(uvicorn_config(app, settings, host="127.0.0.1", port=port, log_level="warning"))
    with contextlib.suppress(KeyboardInterrupt):  # uvicorn re-raises the SIGINT that stopped it
        server.run()
    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    print(
        f"  CPU                 service process {own.ru_utime + own.ru_stime:.1f} s, "
        f"its worker processes {workers.ru_utime + workers.ru_stime:.1f} s",
        flush=True,
    )


@contextlib.contextmanager
def service_process(config: Config, settings: ServiceSettings) -> Iterator[str]:
    """Start the service in a child process on a free loopback port; yields its base URL."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    context = multiprocessing.get_context("spawn")
    process = context.Process(
        target=run_service, args=(config.model_dump_json(), settings.model_dump_json(), port), daemon=True
    )
    process.start()
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            with contextlib.suppress(httpx.TransportError):
                if httpx.get(base_url + "/healthz", timeout=2).status_code == 200:
                    break
            if not process.is_alive() or time.monotonic() > deadline:
                raise SystemExit("the service did not start")
            time.sleep(0.1)
        time.sleep(3)  # let the worker processes warm up, as a long-running service has them
        yield base_url
    finally:
        if process.pid is not None:  # SIGINT: uvicorn shuts down, then the child prints its CPU time
            os.kill(process.pid, signal.SIGINT)
        process.join(30)
        if process.is_alive():
            process.terminate()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def fixture_web(offline: bool) -> Iterator[Config]:
    """The checks' Config: offline, or remapped onto the fixture web on 127.0.0.1.

    The fixture web runs in its own process (``python -m citecheck.devweb serve``), so it competes
    with neither the clients nor the service for an interpreter. It stands in for the dozen sites
    the seed cites, all on one address: its per-host limit is lifted to what a dozen hosts would
    allow together (the service's shared limiter would otherwise hold every check to 4 requests).
    """
    if offline:
        yield Config(offline=True)
        return
    port = free_port()
    web = subprocess.Popen(
        [sys.executable, "-m", "citecheck.devweb", "serve", "--port", str(port), "--preload"],
        stdout=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            with contextlib.suppress(httpx.TransportError):
                httpx.get(f"http://127.0.0.1:{port}/status/200", timeout=2)
                break
            if web.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("the fixture web did not start")
            time.sleep(0.1)
        own = re.escape(f"127.0.0.1:{port}/")
        yield Config(
            remap=[f"^https?://(?!{own})([^/]+)/ http://127.0.0.1:{port}/$1/"],
            timeout=5.0,
            retries=0,
            wayback=False,
            hosts={"127.0.0.1": HostConfig(max_per_host=48)},
        )
    finally:
        web.terminate()
        web.wait(10)


def probe_healthz(base_url: str, seconds: float, results: Connection) -> None:
    """In its own process, so the figure is the service's, not a busy client's: /healthz every 0.25 s."""
    times: list[float] = []
    deadline = time.monotonic() + seconds
    with httpx.Client(base_url=base_url, timeout=30) as client:
        while time.monotonic() < deadline:
            started = time.perf_counter()
            with contextlib.suppress(httpx.HTTPError):
                client.get("/healthz")
                times.append(time.perf_counter() - started)
            time.sleep(0.25)
    results.send(times)


def big_text(footnotes: int = 300, size: int = 4_800_000) -> str:
    """A long report: seed paragraphs as prose, ``footnotes`` citations over the fixture hosts."""
    seed = SEED.read_text(encoding="utf-8")
    body = re.sub(r"\[(?:i|ii|iii|iv|v|vi|vii)\]", "", seed.split("\n[i]")[0])
    paragraphs = [p for p in body.split("\n") if len(p) > 200]
    hosts = sorted(p.name for p in (FIXTURES / "web").iterdir() if "." in p.name)
    per = size // footnotes
    parts, notes = ["A long report", ""], []
    for k in range(1, footnotes + 1):
        chunk: list[str] = []
        length = 0
        while length < per:
            paragraph = paragraphs[(k + len(chunk)) % len(paragraphs)]
            chunk.append(paragraph)
            length += len(paragraph) + 1
        parts += [" ".join(chunk) + f"[{k}]", ""]
        host = hosts[k % len(hosts)]
        notes.append(f'[{k}] "Source {k}", Ex, https://{host}/article/{k}, (Access Date: 14.11.2025).')
    return "\n".join(parts + notes) + "\n"


# -- the original throughput mode ------------------------------------------------------------


async def poll(
    client: httpx.AsyncClient, job_id: str, headers: dict[str, str] | None = None
) -> httpx.Response:
    """GET the job's status; retried once on a transport error, as any client retries an
    idempotent request that met a keep-alive connection the server was just closing."""
    try:
        return await client.get(f"/v1/checks/{job_id}", headers=headers)
    except httpx.TransportError:
        return await client.get(f"/v1/checks/{job_id}", headers=headers)


async def submit_and_wait(client: httpx.AsyncClient, text: str) -> tuple[float, float | None, str | None]:
    """(submit latency, time to done or None, error or None) for one check."""
    started = time.perf_counter()
    try:
        response = await client.post("/v1/checks", json={"text": text})
    except httpx.HTTPError as exc:
        return time.perf_counter() - started, None, f"submit failed: {exc!r}"
    submitted = time.perf_counter() - started
    if response.status_code != 202:
        return submitted, None, f"submit answered {response.status_code}: {response.text[:200]}"
    job_id = response.json()["id"]
    while time.perf_counter() - started < DEADLINE_SECONDS:
        try:
            status = await poll(client, job_id)
        except httpx.HTTPError as exc:
            return submitted, None, f"status failed: {exc!r}"
        if status.status_code != 200:
            return submitted, None, f"status answered {status.status_code}"
        body = status.json()
        if body["status"] == "done":
            return submitted, time.perf_counter() - started, None
        if body["status"] == "failed":
            return submitted, None, f"job failed: {body['error']}"
        await asyncio.sleep(SCRIPT_POLL_SECONDS)
    return submitted, None, "timed out"


async def fire(base_url: str, submissions: int) -> list[tuple[float, float | None, str | None]]:
    text = SEED.read_text(encoding="utf-8")
    limits = httpx.Limits(max_connections=submissions, max_keepalive_connections=submissions)
    async with httpx.AsyncClient(base_url=base_url, limits=limits, timeout=60) as client:
        return await asyncio.gather(*(submit_and_wait(client, text) for _ in range(submissions)))


def throughput(args: argparse.Namespace) -> None:
    settings = ServiceSettings(
        max_concurrent_jobs=args.workers,
        # One benchmark client stands in for many editors: lift the per-client limits.
        max_connections_per_client=10 * args.submissions,
        submit_burst=args.submissions,
        submit_rate_per_minute=60 * args.submissions,
        request_burst=10 * args.submissions,
        request_rate_per_second=100 * args.submissions,
        max_running_per_client=args.workers,
        max_queued_per_client=args.submissions,
        allow_private=not args.offline,
    )
    with fixture_web(args.offline) as config, service_process(config, settings) as base_url:
        started = time.perf_counter()
        results = asyncio.run(fire(base_url, args.submissions))
        wall = time.perf_counter() - started
    errors = [error for _, _, error in results if error]
    submit_ms = [latency * 1000 for latency, _, _ in results]
    done_s = [done for _, done, _ in results if done is not None]
    mode = "offline" if args.offline else "online, 7 links each on the fixture web"
    print(
        f"service load: {args.submissions} concurrent submissions of the seed ({mode}), {args.workers} workers"
    )
    print(f"  errors              {len(errors)}")
    for error in sorted(set(errors))[:5]:
        print(f"    {error}")
    print(
        f"  submit latency      p50 {percentile(submit_ms, 0.5):7.1f} ms   p95 {percentile(submit_ms, 0.95):7.1f} ms"
    )
    if done_s:
        print(
            f"  time to done        p50 {percentile(done_s, 0.5):7.2f} s    p95 {percentile(done_s, 0.95):7.2f} s"
        )
        print(f"  throughput          {len(done_s) / wall:7.1f} checks/s (wall {wall:.1f} s)")
        print(f"  mean check          {statistics.mean(done_s):7.2f} s from submit to done")


# -- the mixed mode (issue 13) ---------------------------------------------------------------


@dataclass
class Outcome:
    kind: str
    submit_seconds: list[float] = field(default_factory=list)
    done_seconds: float | None = None
    # As the service recorded them (whole seconds): waiting in its queue, then running.
    queued_seconds: float | None = None
    run_seconds: float | None = None
    statuses: list[int] = field(default_factory=list)
    error: str | None = None


@dataclass
class Tally:
    statuses: collections.Counter[int] = field(default_factory=collections.Counter)


async def legitimate(
    client: httpx.AsyncClient, token: str, kind: str, delay: float, payload: dict[str, object], tally: Tally
) -> Outcome:
    """One editor: wait for its moment, submit (obeying 429/503 Retry-After), poll until the end."""
    await asyncio.sleep(delay)
    outcome = Outcome(kind)
    headers = {"Authorization": f"Bearer {token}"}
    started = time.perf_counter()
    job_id = None
    while job_id is None and time.perf_counter() - started < DEADLINE_SECONDS:
        sent = time.perf_counter()
        try:
            if kind == "docx":
                docx = payload["docx"]
                assert isinstance(docx, bytes)
                response = await client.post(
                    "/v1/checks", headers=headers, files={"file": (SEED_DOCX.name, docx)}
                )
            else:
                response = await client.post("/v1/checks", headers=headers, json=payload)
        except httpx.HTTPError as exc:
            outcome.error = f"submit failed: {exc!r}"
            return outcome
        outcome.submit_seconds.append(time.perf_counter() - sent)
        outcome.statuses.append(response.status_code)
        tally.statuses[response.status_code] += 1
        if response.status_code == 202:
            job_id = response.json()["id"]
        elif response.status_code in {429, 503}:
            await asyncio.sleep(float(response.headers.get("retry-after", "5")))
        else:
            outcome.error = f"submit answered {response.status_code}: {response.text[:200]}"
            return outcome
    while job_id is not None and time.perf_counter() - started < DEADLINE_SECONDS:
        try:
            status = await poll(client, job_id, headers)
        except httpx.HTTPError as exc:
            outcome.error = f"status failed: {exc!r}"
            return outcome
        tally.statuses[status.status_code] += 1
        if status.status_code != 200:
            outcome.error = f"status answered {status.status_code}"
            return outcome
        body = status.json()
        if body["status"] == "done":
            outcome.done_seconds = time.perf_counter() - started
            created, began, ended = (
                dt.datetime.fromisoformat(body[key]) for key in ("created_at", "started_at", "finished_at")
            )
            outcome.queued_seconds = (began - created).total_seconds()
            outcome.run_seconds = (ended - began).total_seconds()
            return outcome
        if body["status"] == "failed":
            outcome.error = f"job failed: {body['error']}"
            return outcome
        await asyncio.sleep(POLL_SECONDS)
    outcome.error = outcome.error or "timed out"
    return outcome


async def abuser(client: httpx.AsyncClient, duration: float, tally: Tally) -> collections.Counter[str]:
    """One client misbehaving all along: floods, spoofs, sends what froze or flooded before."""
    seed = SEED.read_text(encoding="utf-8")
    url = "http://" + "a" * 28 + "!/"
    issue_text = f'Title\n\nA claim.[1]\n\n[1] "T", Ex, <{url}>, (Access Date: 14.11.2025).\n'
    flood_urls = "\n".join(
        f'[{n}] "T{n}", Ex, https://victim.example/{n}, (Access Date: 14.11.2025).' for n in range(1, 901)
    )
    attacks: list[tuple[str, dict[str, object]]] = [
        ("flood", {"text": seed}),
        ("redos", {"text": issue_text, "options": {"exclude": ["(a+)+$"]}}),
        ("backref", {"text": issue_text, "options": {"exclude": [r"(a)\1+$"]}}),
        (
            "900-urls",
            {"text": "Title\n\n" + " ".join(f"C.[{n}]" for n in range(1, 901)) + "\n\n" + flood_urls},
        ),
    ]
    seen: collections.Counter[str] = collections.Counter()
    headers = {"Authorization": f"Bearer {ABUSER_TOKEN}"}
    started = time.perf_counter()
    n = 0
    while time.perf_counter() - started < duration:
        name, body = attacks[n % len(attacks)]
        spoof = {"X-Forwarded-For": f"198.51.100.{n % 250}"}
        with contextlib.suppress(httpx.HTTPError):
            response = await client.post("/v1/checks", headers={**headers, **spoof}, json=body)
            seen[f"{name} {response.status_code}"] += 1
            tally.statuses[response.status_code] += 1
        n += 1
        await asyncio.sleep(0.05)
    return seen


async def mix(
    base_url: str, args: argparse.Namespace, tokens: list[str]
) -> tuple[list[Outcome], Tally, object]:
    rng = random.Random(13)
    seed = SEED.read_text(encoding="utf-8")
    docx = SEED_DOCX.read_bytes()
    big = big_text()
    kinds = ["big"] * args.big + ["docx"] * args.docx
    kinds += ["seed"] * (args.clients - len(kinds))
    rng.shuffle(kinds)
    payloads: dict[str, dict[str, object]] = {
        "seed": {"text": seed},
        "docx": {"docx": docx},
        "big": {"text": big, "name": "long-report.txt"},
    }
    tally = Tally()
    limits = httpx.Limits(max_connections=400, max_keepalive_connections=400)
    async with httpx.AsyncClient(base_url=base_url, limits=limits, timeout=120) as client:
        bad = asyncio.create_task(abuser(client, args.duration, tally))
        outcomes = await asyncio.gather(
            *(
                legitimate(client, tokens[i], kind, i * args.duration / args.clients, payloads[kind], tally)
                for i, kind in enumerate(kinds)
            )
        )
        abuse = await bad
    return list(outcomes), tally, abuse


def mixed(args: argparse.Namespace) -> None:
    tokens = [f"client-{i:03d}" for i in range(args.clients)]
    settings = ServiceSettings(
        tokens=[*tokens, ABUSER_TOKEN],
        max_concurrent_jobs=args.workers,
        allow_private=True,
        # Every client here connects from 127.0.0.1 (told apart by token): the cap per address
        # would cut the 200 clients to 32 connections.
        max_connections_per_client=1000,
    )
    with fixture_web(False) as config, service_process(config, settings) as base_url:
        receive, send = multiprocessing.Pipe(duplex=False)
        prober = multiprocessing.get_context("spawn").Process(
            target=probe_healthz, args=(base_url, args.duration + 30, send), daemon=True
        )
        prober.start()
        started = time.perf_counter()
        outcomes, tally, abuse = asyncio.run(mix(base_url, args, tokens))
        wall = time.perf_counter() - started
        healthz: list[float] = receive.recv()
        prober.join(10)
    print(
        f"service load (mix): {args.clients} clients over {args.duration:.0f} s "
        f"({args.big} × 5 MB, {args.docx} × DOCX, the rest the 7-footnote seed) + 1 abusive client; "
        f"{args.workers} worker processes; wall {wall:.0f} s"
    )
    print("  HTTP statuses (all clients):", dict(sorted(tally.statuses.items())))
    unintended = {s: c for s, c in tally.statuses.items() if s >= 500 and s != 503}
    print(f"  5xx other than 503  {sum(unintended.values())} {unintended or ''}")
    submits = [s * 1000 for o in outcomes for s in o.submit_seconds]
    print(
        f"  submit latency      p50 {percentile(submits, 0.5):7.1f} ms   p95 {percentile(submits, 0.95):7.1f} ms"
    )
    for kind in ("seed", "docx", "big"):
        done = [o.done_seconds for o in outcomes if o.kind == kind and o.done_seconds is not None]
        total = sum(o.kind == kind for o in outcomes)
        if done:
            print(
                f"  time to done {kind:5s}  p50 {percentile(done, 0.5):7.2f} s    "
                f"p95 {percentile(done, 0.95):7.2f} s   served {len(done)}/{total}"
            )
            queued = [o.queued_seconds for o in outcomes if o.kind == kind and o.queued_seconds is not None]
            ran = [o.run_seconds for o in outcomes if o.kind == kind and o.run_seconds is not None]
            print(
                f"    (service side: queued p50 {percentile(queued, 0.5):.0f} s, p95 {percentile(queued, 0.95):.0f} s; "
                f"running p50 {percentile(ran, 0.5):.0f} s, p95 {percentile(ran, 0.95):.0f} s)"
            )
    failed = [o for o in outcomes if o.done_seconds is None]
    print(f"  legitimate served   {len(outcomes) - len(failed)}/{len(outcomes)}")
    for error in sorted({o.error or "" for o in failed})[:5]:
        print(f"    {error}")
    print(
        f"  /healthz            p50 {percentile(healthz, 0.5) * 1000:.0f} ms, p95 {percentile(healthz, 0.95) * 1000:.0f} ms, "
        f"max {max(healthz) * 1000:.0f} ms over {len(healthz)} probes (first {args.duration + 30:.0f} s, own process)"
    )
    print("  abusive client:", dict(sorted(abuse.items())))  # type: ignore[attr-defined]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mix", action="store_true", help="the issue-13 mix of clients (else throughput)")
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--duration", type=float, default=120.0)
    parser.add_argument("--big", type=int, default=4, help="clients pasting a 5 MB text")
    parser.add_argument("--docx", type=int, default=40, help="clients uploading a DOCX")
    parser.add_argument("--submissions", type=int, default=50)
    parser.add_argument("--workers", type=int, default=4, help="max_concurrent_jobs of the service")
    parser.add_argument("--offline", action="store_true", help="fetch no links (throughput mode)")
    args = parser.parse_args()
    if args.mix:
        mixed(args)
    else:
        throughput(args)


if __name__ == "__main__":
    main()
