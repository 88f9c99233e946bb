"""Shared pieces of the service tests: a fake job runner, app and client factories, fixture paths."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from citecheck.config import Config
from citecheck.models import Document, Report, summarize
from citecheck.service import create_app
from citecheck.service.jobs import ProgressHook, Submission
from citecheck.service.settings import ServiceSettings

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
SEED = FIXTURES / "analyses" / "armenia-russia-analysis.txt"
SERVICE_FIXTURES = FIXTURES / "service"


class FakeRunner:
    """Stands in for the pipeline: reports an empty document named after the submission.

    ``hold`` keeps jobs running until released; ``error`` makes every job raise it.
    """

    def __init__(self, *, error: BaseException | None = None, hold: bool = False) -> None:
        self.error = error
        self.submissions: list[Submission] = []
        self.running = 0
        self.max_running = 0
        self._hold = hold

    def release(self) -> None:
        self._hold = False

    async def __call__(self, submission: Submission, progress: ProgressHook) -> Report:
        self.submissions.append(submission)
        self.running += 1
        self.max_running = max(self.max_running, self.running)
        try:
            progress(1, 2)
            while self._hold:
                await asyncio.sleep(0.005)
            if self.error is not None:
                raise self.error
            progress(2, 2)
            documents = [Document(path=submission.name)]
            return Report(documents=documents, summary=summarize(documents))
        finally:
            self.running -= 1


@pytest.fixture
def fake_runner() -> FakeRunner:
    return FakeRunner()


AppFactory = Callable[..., FastAPI]


@pytest.fixture
def make_app(fake_runner: FakeRunner) -> AppFactory:
    def factory(*, runner: Any = None, config: Config | None = None, **settings: Any) -> FastAPI:
        return create_app(
            config or Config(offline=True),
            settings=ServiceSettings(**settings),
            runner=runner or fake_runner,
            renderer=lambda report, _config: f"<h1>report of {report.documents[0].path}</h1>",
        )

    return factory


@pytest.fixture
def client(make_app: AppFactory) -> Iterator[TestClient]:
    with TestClient(make_app()) as test_client:
        yield test_client


JobWaiter = Callable[..., dict[str, Any]]


def _wait_for(
    client: TestClient, job_id: str, *, timeout: float = 30.0, headers: Any = None
) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while True:
        response = client.get(f"/v1/checks/{job_id}", headers=headers)
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        if body["status"] in {"done", "failed"}:
            return body
        if time.monotonic() > deadline:
            raise AssertionError(f"job {job_id} still {body['status']} after {timeout} s")
        time.sleep(0.05)  # within the default 20 requests per second


@pytest.fixture
def wait_for() -> JobWaiter:
    """Poll the status endpoint until the job is finished; returns the final body."""
    return _wait_for


@pytest.fixture
def make_runner() -> type[FakeRunner]:
    return FakeRunner


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture
def service_fixtures() -> Path:
    return SERVICE_FIXTURES
