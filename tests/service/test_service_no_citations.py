"""The service says what the CLI says: a submission with nothing citeable gets no-citations, counted
in the summary, an error when the client asks for citations."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from citecheck.config import Config
from citecheck.service import create_app

UNCITED = "A draft\n\nNothing here cites anything at all.\n"


def test_the_service_reports_no_citations(wait_for: Any) -> None:
    with TestClient(create_app(Config(offline=True))) as client:
        job = client.post("/v1/checks", json={"text": UNCITED, "options": {"require_citations": True}})
        body = wait_for(client, job.json()["id"])
    report = body["report"]
    assert report["summary"]["documents_without_citations"] == 1
    (finding,) = report["documents"][0]["findings"]
    assert (finding["code"], finding["severity"]) == ("no-citations", "error")
