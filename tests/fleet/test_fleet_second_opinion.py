"""A second opinion: a failure seen from one worker location is checked again from another."""

from __future__ import annotations

from pathlib import Path

from conftest import REDIS_URL, Workers
from fleet_site import FleetSite
from test_fleet_recovery import AuditInThread, write_documents

from citecheck.audit.store import open_store

EU, US = "127.0.0.2", "127.0.0.3"


def test_a_link_refused_to_one_location_is_blocked_by_region_not_dead(
    queue: str, prefix: str, pg_db: str, fleet_site: FleetSite, workers: Workers, tmp_path: Path
) -> None:
    workers.start(queue, location="eu", source_address=EU, concurrency=2, log_dir=tmp_path)
    workers.start(queue, location="us", source_address=US, concurrency=2, log_dir=tmp_path)
    workers.wait_ready(REDIS_URL, prefix, 2)
    urls = write_documents(tmp_path / "docs", fleet_site, documents=4, per_document=6, ms=20)
    # site0 refuses the "eu" worker's address, site1 the "us" one; site2 is gone for everyone;
    # site3 works for all. Which worker asks first is the queue's choice: one URL per task.
    refused_to = {"site0": "eu", "site1": "us"}
    fleet_site.refuse = {"site0": {EU}, "site1": {US}, "site2": {EU, US}}
    result = AuditInThread([str(tmp_path / "docs")], pg_db, queue, batch_size=1, max_per_host=4).join(60)
    assert result.status == "completed" and result.report is not None
    links = {fn.url: fn.link for d in result.report.documents for fn in d.footnotes if fn.link}
    with open_store(pg_db) as store:
        checks = {c.url: c for c in store.checks(run_id=result.run_id)}
        records = {r.url: r for r in store.all_urls()}
    states = {url: r.state for url, r in records.items()}
    assert set(checks) == set(urls) == set(links)
    second_opinions = 0
    for url in urls:
        site, link, check = url.split("/")[3], links[url], checks[url]
        seen = {o["location"]: o["state"] for o in check.opinions}
        if site in refused_to:
            refused = refused_to[site]
            other = "us" if refused == "eu" else "eu"
            if refused in seen:  # the refused location asked first: the other one was asked too
                second_opinions += 1
                assert seen == {refused: "dead", other: "alive"} and check.location == other
                assert link.state == "blocked" and link.error is not None and link.error.kind == "region"
                assert f"{other!r}" in link.error.message and f"{refused!r}" in link.error.message
                assert states[url].state == "blocked" and states[url].failures == 0
                assert records[url].locations == {refused: "dead", other: "alive"}  # audit --state
            else:  # the other location asked first and saw it alive: nothing to confirm
                assert seen == {other: "alive"} and link.state == "alive"
        elif site == "site2":
            # Dead from everywhere: a first failure, counted once (dead needs more runs and days).
            assert set(seen) == {"eu", "us"} and set(seen.values()) == {"dead"}
            assert link.state == "unreachable" and states[url].failures == 1
        else:
            assert len(seen) == 1 and set(seen.values()) == {"alive"} and link.state == "alive"
    assert second_opinions > 0, "no refused location asked first: nothing was tested"
    # Only failures were asked twice: the healthy site was requested once per page.
    assert len(fleet_site.pages_hit("site3")) == 6
