"""A second opinion: a failure seen from one worker location is checked again from another."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import REDIS_URL, Workers
from fleet_site import FleetSite
from test_fleet_recovery import AuditInThread, write_documents

from citecheck.audit.store import open_store


def test_a_link_refused_to_one_location_is_blocked_by_region_not_dead(
    queue: str, prefix: str, pg_db: str, fleet_site: FleetSite, workers: Workers, tmp_path: Path
) -> None:
    workers.start(queue, location="eu", source_address="127.0.0.2", concurrency=2, log_dir=tmp_path)
    workers.start(queue, location="us", source_address="127.0.0.3", concurrency=2, log_dir=tmp_path)
    workers.wait_ready(REDIS_URL, prefix, 2)
    urls = write_documents(tmp_path / "docs", fleet_site, documents=3, per_document=4, ms=20)
    # site0 refuses the "eu" worker's address; site1 is gone for everyone; site2 works for all.
    fleet_site.refuse["site0"] = {"127.0.0.2"}
    fleet_site.refuse["site1"] = {"127.0.0.2", "127.0.0.3"}
    result = AuditInThread([str(tmp_path / "docs")], pg_db, queue, max_per_host=4).join(60)
    assert result.status == "completed" and result.report is not None
    links = {fn.url: fn.link for d in result.report.documents for fn in d.footnotes if fn.link}
    for url, link in links.items():
        site = url.split("/")[3]
        if site == "site0":
            assert link.state == "blocked" and link.error is not None and link.error.kind == "region", url
            assert "'us'" in link.error.message and "'eu'" in link.error.message
        elif site == "site1":
            assert link.state == "unreachable"  # a first failure: counts towards dead, not dead yet
        else:
            assert link.state == "alive"
    with open_store(pg_db) as store:
        checks = {c.url: c for c in store.checks(run_id=result.run_id)}
        states = {r.url: r.state for r in store.all_urls()}
    assert set(checks) == set(urls)
    for url, check in checks.items():
        seen = {o["location"]: o["state"] for o in check.opinions}
        site = url.split("/")[3]
        if site == "site0":
            assert seen == {"eu": "dead", "us": "alive"} and check.location == "us"
            assert states[url].state == "blocked" and states[url].failures == 0
        elif site == "site1":
            assert set(seen) == {"eu", "us"} and set(seen.values()) == {"dead"}
            assert states[url].state == "unreachable" and states[url].failures == 1
        else:
            assert len(seen) == 1 and set(seen.values()) == {"alive"}
    # Only failures were asked twice: the healthy site was requested once per page.
    assert len(fleet_site.pages_hit("site2")) == 4
    assert result.finished_at is not None and result.finished_at - result.started_at < dt.timedelta(minutes=1)
