"""Service load: N concurrent check submissions of the seed analysis to ``citecheck serve`` on loopback.

Reports errors, p50/p95 submit latency (POST → 202) and p95 time-to-done (POST → status done).
The service runs in its own process (as in production: the client and the fixture web do not share
its interpreter); by default every check fetches its 7 links from the fixture web on 127.0.0.1,
``--offline`` skips the network. Everything stays on this machine.

    python benchmarks/service_load.py [--submissions 50] [--workers 2] [--offline]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import multiprocessing
import socket
import statistics
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import uvicorn

from citecheck.config import Config
from citecheck.devweb import DevWeb
from citecheck.service import create_app
from citecheck.service.settings import ServiceSettings

SEED = Path(__file__).resolve().parent.parent / "fixtures" / "analyses" / "armenia-russia-analysis.txt"
POLL_SECONDS = 0.25  # an editor's page polls every 0.6 s; a script might poll faster
DEADLINE_SECONDS = 300.0


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile (no interpolation: a figure some request actually took)."""
    ordered = sorted(values)
    rank = max(1, round(fraction * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


def run_service(config_json: str, settings_json: str, port: int) -> None:
    """The child process: the real service under uvicorn, as ``citecheck serve`` runs it."""
    app = create_app(
        Config.model_validate_json(config_json), settings=ServiceSettings.model_validate_json(settings_json)
    )
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning")


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
        yield base_url
    finally:
        process.terminate()
        process.join(10)


@contextlib.contextmanager
def fixture_web(offline: bool) -> Iterator[Config]:
    """The checks' Config: offline, or remapped onto the fixture web on 127.0.0.1."""
    if offline:
        yield Config(offline=True)
        return
    with DevWeb() as web:
        yield Config(remap=[web.remap_rule], timeout=5.0, retries=0)


async def poll(client: httpx.AsyncClient, job_id: str) -> httpx.Response:
    """GET the job's status; retried once on a transport error, as any client retries an
    idempotent request that met a keep-alive connection the server was just closing."""
    try:
        return await client.get(f"/v1/checks/{job_id}")
    except httpx.TransportError:
        return await client.get(f"/v1/checks/{job_id}")


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
        await asyncio.sleep(POLL_SECONDS)
    return submitted, None, "timed out"


async def fire(base_url: str, submissions: int) -> list[tuple[float, float | None, str | None]]:
    text = SEED.read_text(encoding="utf-8")
    limits = httpx.Limits(max_connections=submissions, max_keepalive_connections=submissions)
    async with httpx.AsyncClient(base_url=base_url, limits=limits, timeout=60) as client:
        return await asyncio.gather(*(submit_and_wait(client, text) for _ in range(submissions)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--submissions", type=int, default=50)
    parser.add_argument("--workers", type=int, default=2, help="max_concurrent_jobs of the service")
    parser.add_argument("--offline", action="store_true", help="fetch no links")
    args = parser.parse_args()
    settings = ServiceSettings(
        max_concurrent_jobs=args.workers,
        # One benchmark client stands in for many editors: lift the per-client limits.
        submit_burst=args.submissions,
        submit_rate_per_minute=60 * args.submissions,
        request_burst=10 * args.submissions,
        request_rate_per_second=100 * args.submissions,
        test_allow_private=not args.offline,
    )
    with (
        fixture_web(args.offline) as config,
        service_process(config, settings) as base_url,
    ):
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


if __name__ == "__main__":
    main()
