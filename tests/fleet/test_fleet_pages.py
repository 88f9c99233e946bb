"""Pages read by fleet workers reach the waiting audit whole: their text, their names and the parts
(#section) its documents cite, judged as a local run judges them (real workers, Redis, PostgreSQL)."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path

from conftest import REDIS_URL, Workers
from fleet_site import FleetSite
from test_fleet_politeness import config
from test_fleet_recovery import NOW, AuditInThread

from citecheck.audit.runner import aaudit
from citecheck.fleet.store import FleetStore, StoredResult
from citecheck.models import AuditResult, LinkResult, PageFacts


def _findings(result: AuditResult) -> dict[str, list[str]]:
    assert result.report is not None
    return {
        fn.url or "": sorted(f.code for f in doc.findings if f.label == fn.label)
        for doc in result.report.documents
        for fn in doc.footnotes
    }


def test_the_fleet_judges_the_cited_parts_of_pages_as_a_local_audit_does(
    queue: str, prefix: str, pg_db: str, fleet_site: FleetSite, workers: Workers, tmp_path: Path
) -> None:
    workers.start(queue, concurrency=2, log_dir=tmp_path)
    workers.wait_ready(REDIS_URL, prefix, 1)
    page = fleet_site.url("site0", "railway", sections=1)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "analysis.md").write_text(
        "# Analysis\n\nThe railway carried grain to the port.[^1] It carried timber too.[^2]\n\n"
        f'[^1]: "site0 railway", Site 0, {page}#history, accessed 2026-02-01.\n'
        f'[^2]: "site0 railway", Site 0, {page}#no-such-part, accessed 2026-02-01.\n'
    )
    fleet = AuditInThread([str(docs)], pg_db, queue).join(60)
    local = asyncio.run(aaudit([str(docs)], config(), db=str(tmp_path / "local.sqlite3"), now=NOW))
    found = _findings(fleet)
    assert found[f"{page}#no-such-part"].count("anchor-not-found") == 1
    assert "anchor-not-found" not in found[f"{page}#history"]
    assert found == _findings(local)
    assert fleet.report is not None
    read = [fn.page for doc in fleet.report.documents for fn in doc.footnotes]
    assert all(p is not None and "grain and timber" in p.text for p in read)


def test_the_store_keeps_what_the_report_leaves_out(pg_db: str) -> None:
    page = PageFacts(
        title="Kars",
        text="Kars is a city in northeast Turkey.",
        site_names=["Wikipedia", "Wikimedia Foundation"],
        anchors={"History": True, "Nowhere": False},
        published=dt.date(2025, 1, 2),
    )
    link = LinkResult(url="http://a.example/Kars", state="alive", http_status=200)

    async def scenario() -> PageFacts | None:
        store = await FleetStore.connect(pg_db)
        try:
            await store.put_results("run-pages", [StoredResult("http://a.example/Kars", "x", link, page, [])])
            rows = await store.results_for("run-pages", ["http://a.example/Kars"])
            await store.forget_run("run-pages")
        finally:
            await store.aclose()
        return rows[0].page

    assert asyncio.run(scenario()) == page
