"""Service jobs through the real library: parse, fetch (on the fixture web), verify, render.

Footnote [iv] of the seed cites a Kazakh flood article for a claim about rail transit: every route
into the service must catch it, and SSRF protection must hold whatever the base config says.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from citecheck.config import Config
from citecheck.devweb import DevWeb
from citecheck.service import create_app
from citecheck.service.settings import ServiceSettings

JobWaiter = Callable[..., dict[str, Any]]
PUBLISHED_ANALYSIS = "https://drafts.example/yerevan-moscow/"


def findings_by_label(report: dict[str, Any]) -> dict[str | None, list[str]]:
    found: dict[str | None, list[str]] = {}
    for document in report["documents"]:
        for finding in document["findings"]:
            found.setdefault(finding["label"], []).append(finding["code"])
    return found


@pytest.fixture(scope="module")
def offline_client() -> Iterator[TestClient]:
    # One service for the module: its worker processes start once.
    with TestClient(
        create_app(Config(offline=True), settings=ServiceSettings(max_concurrent_jobs=1))
    ) as client:
        yield client


@pytest.fixture
def online_client(test_config: Config) -> Iterator[TestClient]:
    # The fixture web is on 127.0.0.1: only the test-only setting lets service jobs reach it.
    app = create_app(test_config, settings=ServiceSettings(allow_private=True, max_concurrent_jobs=1))
    with TestClient(app) as client:
        yield client


def test_offline_seed_flags_only_footnote_iv(
    offline_client: TestClient, seed_text: str, wait_for: JobWaiter
) -> None:
    job_id = offline_client.post("/v1/checks", json={"text": seed_text}).json()["id"]
    body = wait_for(offline_client, job_id)
    assert body["status"] == "done", body.get("error")
    report = body["report"]
    assert report["summary"]["footnotes"] == 7
    assert findings_by_label(report) == {"iv": ["claim-mismatch"]}
    page = offline_client.get(f"/v1/checks/{job_id}/report.html")
    assert page.status_code == 200
    assert "<!DOCTYPE html>" in page.text and "claim-mismatch" in page.text and "[iv]" in page.text


def test_online_seed_reports_progress_per_link(
    online_client: TestClient, seed_text: str, wait_for: JobWaiter
) -> None:
    job_id = online_client.post("/v1/checks", json={"text": seed_text}).json()["id"]
    body = wait_for(online_client, job_id)
    assert body["status"] == "done", body.get("error")
    assert body["progress"] == {"done": 7, "total": 7}
    assert body["report"]["summary"]["links"] == {"alive": 7}
    errors = {
        f["label"] for d in body["report"]["documents"] for f in d["findings"] if f["severity"] == "error"
    }
    assert errors == {"iv"}


def test_a_published_url_is_fetched_parsed_and_checked(
    online_client: TestClient, wait_for: JobWaiter
) -> None:
    job_id = online_client.post("/v1/checks", json={"url": PUBLISHED_ANALYSIS}).json()["id"]
    body = wait_for(online_client, job_id)
    assert body["status"] == "done", body.get("error")
    (document,) = body["report"]["documents"]
    assert document["path"] == PUBLISHED_ANALYSIS
    assert document["title"] == "Yerevan-Moscow Pragmatism and the Crisis of Trust"
    assert len(document["footnotes"]) == 7
    assert "claim-mismatch" in findings_by_label(body["report"])["iv"]


def test_ssrf_protection_holds_even_when_the_base_config_allows_private(
    test_config: Config, devweb: DevWeb, wait_for: JobWaiter
) -> None:
    assert test_config.allow_private is True
    with TestClient(create_app(test_config, settings=ServiceSettings(max_concurrent_jobs=1))) as client:
        for url in (PUBLISHED_ANALYSIS, devweb.url("/drafts.example/yerevan-moscow/")):
            body = wait_for(client, client.post("/v1/checks", json={"url": url}).json()["id"])
            assert body["status"] == "failed"
            assert body["error"].startswith(f"could not fetch {url} (skipped:")
            assert "non-public address" in body["error"]


def test_a_docx_upload_is_checked(offline_client: TestClient, wait_for: JobWaiter) -> None:
    docx = (
        Path(__file__).resolve().parents[2] / "fixtures" / "analyses" / "armenia-russia-analysis.typed.docx"
    )
    response = offline_client.post("/v1/checks", files={"file": (docx.name, docx.read_bytes())})
    body = wait_for(offline_client, response.json()["id"])
    assert body["status"] == "done", body.get("error")
    assert body["report"]["documents"][0]["path"] == docx.name
    assert body["report"]["summary"]["footnotes"] == 7
    assert "claim-mismatch" in findings_by_label(body["report"])["iv"]


def test_a_binary_upload_fails_with_a_clear_line(
    offline_client: TestClient, service_fixtures: Path, wait_for: JobWaiter
) -> None:
    png = (service_fixtures / "not-a-document.png").read_bytes()
    response = offline_client.post("/v1/checks", files={"file": ("photo.png", png, "image/png")})
    body = wait_for(offline_client, response.json()["id"])
    assert body["status"] == "failed"
    assert body["error"].startswith("photo.png: binary file")
    assert "\n" not in body["error"]
