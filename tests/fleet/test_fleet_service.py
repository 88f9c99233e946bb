"""``serve --queue``: service jobs live in PostgreSQL and run on fleet workers; restarts lose nothing."""

from __future__ import annotations

import signal
import time
from pathlib import Path
from typing import Any

from conftest import Workers, wait_for
from fastapi.testclient import TestClient
from fleet_site import FleetSite

from citecheck.config import Config
from citecheck.fleet.service import FleetJobQueue
from citecheck.fleet.settings import parse_queue_url
from citecheck.service import ServiceSettings, create_app

SETTINGS = ServiceSettings(allow_private=True, job_timeout_seconds=60, max_queued_per_client=1)
CONFIG = Config(allow_private=True, wayback=False, soft404_probe=False, timeout=5, retries=0)


def draft(site: FleetSite, notes: int, ms: int) -> str:
    body = " ".join(f"Claim {n}.[^{n}]" for n in range(1, notes + 1))
    refs = "\n".join(
        f'[^{n}]: "Page {n}", Site, {site.url("svc", f"p{n}", ms=ms)}, accessed 2026-02-01.'
        for n in range(1, notes + 1)
    )
    return f"# Draft\n\n{body}\n\n{refs}\n"


def service(queue: str, db: str) -> TestClient:
    jobs = FleetJobQueue(parse_queue_url(queue), db, SETTINGS)
    return TestClient(create_app(CONFIG, settings=SETTINGS, jobs=jobs))


def status(client: TestClient, job: str) -> dict[str, Any]:
    response = client.get(f"/v1/checks/{job}")
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_jobs_survive_service_restarts_and_a_killed_worker(
    queue: str, prefix: str, pg_db: str, fleet_site: FleetSite, workers: Workers, tmp_path: Path
) -> None:
    text = draft(fleet_site, 6, ms=400)
    with service(queue, pg_db) as client:
        job = client.post("/v1/checks", json={"text": text, "format": "markdown"}).json()["id"]
        assert status(client, job)["status"] == "queued"  # no worker yet
        # The client's share of the queue is taken: the next check waits its turn (429), in the store.
        assert client.post("/v1/checks", json={"text": text, "format": "markdown"}).status_code == 429
    victim = workers.start(queue, concurrency=1, source_address="127.0.0.2", log_dir=tmp_path)
    with service(queue, pg_db) as client:  # a restarted service still knows the queued job
        assert status(client, job)["status"] in ("queued", "running")
        wait_for(lambda: any(h.peer == "127.0.0.2" for h in fleet_site.arrivals), 30)
        assert status(client, job)["status"] == "running"
        victim.send_signal(signal.SIGKILL)
        killed_at = time.monotonic()
        workers.start(queue, concurrency=1, source_address="127.0.0.3", log_dir=tmp_path)
        wait_for(lambda: status(client, job)["status"] in ("done", "failed"), 60)
        body = status(client, job)
    assert body["status"] == "done", body.get("error")
    assert body["report"]["summary"]["links"] == {"alive": 6}
    assert any(h.peer == "127.0.0.3" and h.at > killed_at for h in fleet_site.hits)
    with service(queue, pg_db) as client:  # and a finished one, with its report
        again = status(client, job)
        assert again["status"] == "done" and again["report"] == body["report"]
        page = client.get(f"/v1/checks/{job}/report.html")
        assert page.status_code == 200 and "<!DOCTYPE html>" in page.text
    assert victim.wait(5) == -signal.SIGKILL
