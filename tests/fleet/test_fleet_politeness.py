"""Global politeness, measured by the server: three worker processes, one host, one shared bound."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
import redis
from conftest import REDIS_URL, Workers, fleet_url, fresh_prefix, fresh_schema
from fleet_site import FleetSite, serve_fleet_site

from citecheck.config import Config
from citecheck.fleet.audit import FleetChecks
from citecheck.fleet.settings import parse_queue_url


def config(**overrides: Any) -> Config:
    base: dict[str, Any] = {
        "allow_private": True,
        "timeout": 5,
        "retries": 1,
        "backoff_base": 0.01,
        "soft404_probe": False,
        "wayback": False,
        "max_per_host": 2,
        "retry_after_cap": 5,
    }
    return Config(**{**base, **overrides})


def run_checks(queue: str, db: str, urls: list[str], cfg: Config, batch_size: int = 3) -> dict[str, Any]:
    seen: dict[str, Any] = {}

    def hook(arrived: Any) -> None:
        for url, result, location, opinions in arrived:
            assert url not in seen, f"{url} handed over twice"
            seen[url] = (result, location, opinions)

    checks = FleetChecks(parse_queue_url(queue), db, batch_size=batch_size)
    results = asyncio.run(checks(urls, cfg, {}, hook))
    assert set(results) == set(seen) == set(urls)
    return seen


@pytest.fixture(scope="module")
def three_workers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """Three worker processes (one fleet for this module's tests): the queue URL and the store URL."""
    with fresh_prefix() as prefix, fresh_schema() as db:
        queue = fleet_url(REDIS_URL, prefix)
        workers = Workers()
        try:
            for location in ("w1", "w2", "w3"):
                workers.start(queue, location=location, concurrency=4, log_dir=tmp_path_factory.mktemp("w"))
            workers.wait_ready(REDIS_URL, prefix, 3)
            yield queue, db
        finally:
            workers.stop()


@pytest.fixture
def site() -> Iterator[FleetSite]:
    with serve_fleet_site() as served:
        yield served


def test_three_workers_never_exceed_max_per_host(three_workers: tuple[str, str], site: FleetSite) -> None:
    queue, pg_db = three_workers
    fleet_site = site
    urls = [fleet_site.url("news", f"p{i}", ms=120) for i in range(36)]
    seen = run_checks(queue, pg_db, urls, config())
    assert all(result.link.state == "alive" for result, _, _ in seen.values())
    # 3 workers × 4 tasks × 2 per host each would be 24 at once; the shared bound holds it at 2.
    assert fleet_site.peak == 2
    assert len({location for _, location, _ in seen.values()}) >= 2, "the work was not shared"


def test_a_429_pause_is_honoured_by_every_worker(three_workers: tuple[str, str], site: FleetSite) -> None:
    queue, pg_db = three_workers
    fleet_site = site
    # The host is over its client limit: its next 9 answers are 429 "come back in 3 s". A worker
    # that sees most of its answers say so pauses the host (fetcher's Throttling), in Redis.
    fleet_site.throttle["news"] = (9, 3.0)
    pause_key = parse_queue_url(queue).key("host", "127.0.0.1", "pause")
    client = redis.Redis.from_url(REDIS_URL)
    paused_at: list[float] = []

    def watch(stop: threading.Event) -> None:
        while not stop.is_set() and not paused_at:
            if client.exists(pause_key):
                paused_at.append(time.monotonic())
            time.sleep(0.005)

    stop = threading.Event()
    watcher = threading.Thread(target=watch, args=(stop,), daemon=True)
    watcher.start()
    urls = [fleet_site.url("news", f"p{i}", ms=60) for i in range(30)]
    try:
        seen = run_checks(queue, pg_db, urls, config(max_per_host=3), batch_size=10)
    finally:
        stop.set()
        watcher.join(5)
    # Most were asked again after the pause; a few ran out of retries while it lasted (blocked,
    # rate-limited) — and a second location found them alive, which is not a region block.
    states = {result.link.state for result, _, _ in seen.values()}
    assert states <= {"alive", "blocked"} and "alive" in states
    assert all(
        result.link.error is None or result.link.error.kind != "region" for result, _, _ in seen.values()
    )
    assert paused_at, "no worker paused the host"
    hits = fleet_site.pages_hit("news")
    # Without the pause, 3 slots × 60 ms would bring ~120 requests in those 2.5 s. With it, only
    # requests granted a slot before the pause was set may still arrive (at most max_per_host).
    during = [h for h in hits if paused_at[0] + 0.1 < h.at < paused_at[0] + 2.6]
    assert len(during) <= 3, f"{len(during)} requests reached the host while it had asked for a pause"
