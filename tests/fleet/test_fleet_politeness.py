"""Global politeness, measured by the server: three worker processes, one host, one shared bound."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from conftest import REDIS_URL, Workers, fleet_url, fresh_prefix, fresh_schema
from fleet_site import FleetSite, serve_fleet_site

from citecheck.config import Config
from citecheck.fetch.limiter import THROTTLE_PAUSE_AT
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
    # A host that limits the client: its first answers ask us to wait (one rate-limited page alone
    # pauses nobody, see citecheck.fetch.limiter.Throttling). The window of answers is shared in
    # Redis, so the pause comes from all workers' answers together and binds them all.
    limited = [fleet_site.url("news", f"limited{i}", retry_after=3) for i in range(THROTTLE_PAUSE_AT + 1)]
    urls = limited + [fleet_site.url("news", f"p{i}", ms=60) for i in range(30)]
    seen = run_checks(queue, pg_db, urls, config(max_per_host=3), batch_size=1)
    assert all(seen[url][0].link.state == "alive" for url in limited)  # asked again after the pause
    hits = fleet_site.pages_hit("news")
    told = sorted(h.at for h in hits if h.status == 429)[THROTTLE_PAUSE_AT - 1]
    # Without the pause, 3 slots × 60 ms would bring ~140 requests in those 2.8 s. With it, only
    # requests granted a slot before the pause was set may still arrive: the 2 other slot holders,
    # and one that took the 429's slot (the fetcher frees it before it reports the pause).
    during = [h for h in hits if told < h.at < told + 2.8]
    assert len(during) <= 3, f"{len(during)} requests reached the host while it had asked for a pause"
    assert len([h for h in hits if h.at >= told + 2.8]) >= 20
