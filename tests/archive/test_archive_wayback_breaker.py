"""Wayback never stalls a run: a local fake archive that is slow, that answers 429, or that is not there.

The archive stage runs as the pipeline runs it (``archive_documents`` with 30 dead sources), over
the real transport, against a small HTTP server on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import socket
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from citecheck.archive import archive_documents
from citecheck.archive import wayback as wayback_module
from citecheck.config import Config
from citecheck.models import Document, FetchResult, Footnote, LinkResult

pytestmark = pytest.mark.anyio

ACCESS = dt.date(2025, 11, 14)


@dataclass
class FakeArchive:
    """Answers the availability API: a capture after ``delay`` seconds, or always 429."""

    mode: str  # "slow" or "429"
    delay: float = 0.0
    requests: list[str] = field(default_factory=list)
    port: int = 0

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                target = head.split(b" ", 2)[1].decode()
                self.requests.append(target)
                await asyncio.sleep(self.delay)
                if self.mode == "429":
                    status, body, extra = "429 Too Many Requests", b"slow down", "Retry-After: 1\r\n"
                else:
                    snapshot = {"available": True, "status": "200", "timestamp": "20251110000000"}
                    body = json.dumps({"archived_snapshots": {"closest": snapshot}}).encode()
                    status, extra = "200 OK", "Content-Type: application/json\r\n"
                writer.write(
                    f"HTTP/1.1 {status}\r\nContent-Length: {len(body)}\r\n{extra}\r\n".encode() + body
                )
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()


@pytest.fixture
async def fake_archive(request: pytest.FixtureRequest) -> AsyncIterator[FakeArchive]:
    archive = FakeArchive(*request.param)
    server = await asyncio.start_server(archive.handle, "127.0.0.1", 0)
    archive.port = server.sockets[0].getsockname()[1]
    async with server:
        yield archive
        server.close()


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _dead_sources(count: int) -> tuple[Document, dict[str, FetchResult]]:
    footnotes, results = [], {}
    for n in range(count):
        url = f"https://gone.example/news/{n}"
        link = LinkResult(url=url, state="dead", http_status=404)
        results[url] = FetchResult(link=link)
        footnotes.append(
            Footnote(
                label=str(n + 1),
                ordinal=n + 1,
                raw=url,
                url=url,
                access_date=ACCESS,
                link=link,
                line=n + 1,
                column=1,
            )
        )
    return Document(path="dead.txt", footnotes=footnotes), results


def _config(tmp_path: Path, port: int, **changes: object) -> Config:
    settings: dict[str, object] = {
        "allow_private": True,
        "wayback_url": f"http://127.0.0.1:{port}",
        "archive_dir": tmp_path / "archive",
        "retries": 2,
        "backoff_base": 0.05,
        "timeout": 2.0,
        "connect_timeout": 1.0,
    }
    settings.update(changes)
    return Config.model_validate(settings)


def _codes(document: Document) -> list[str]:
    return [finding.code for finding in document.findings]


async def test_an_unreachable_archive_is_given_up_at_once(tmp_path: Path) -> None:
    document, results = _dead_sources(30)
    started = time.monotonic()
    await archive_documents([document], results, _config(tmp_path, _closed_port()))
    assert time.monotonic() - started < 2.0
    assert _codes(document) == ["wayback-unavailable"]
    finding = document.findings[0]
    assert finding.severity == "info"
    assert finding.message.startswith("Wayback unreachable: 30 dead links without an archived copy")


@pytest.mark.parametrize("fake_archive", [("429",)], indirect=True)
async def test_an_archive_that_answers_429_opens_the_breaker(
    tmp_path: Path, fake_archive: FakeArchive
) -> None:
    document, results = _dead_sources(30)
    started = time.monotonic()
    await archive_documents([document], results, _config(tmp_path, fake_archive.port))
    # The first burst of lookups, each answered 429, opens the breaker: no more requests after it.
    assert len(fake_archive.requests) <= wayback_module.LOOKUP_BURST + wayback_module.BREAKER_SERVER_FAILURES
    assert time.monotonic() - started < 4.0
    assert _codes(document) == ["wayback-unavailable"]


@pytest.mark.parametrize("fake_archive", [("slow", 0.5)], indirect=True)
async def test_a_slow_archive_is_asked_concurrently_within_the_budget(
    tmp_path: Path, fake_archive: FakeArchive, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(wayback_module, "LOOKUPS_PER_MINUTE", 600.0)
    monkeypatch.setattr(wayback_module, "LOOKUP_BURST", 4)
    document, results = _dead_sources(30)
    started = time.monotonic()
    await archive_documents([document], results, _config(tmp_path, fake_archive.port, wayback_budget=1.6))
    elapsed = time.monotonic() - started
    assert elapsed < 1.6 + 0.6
    found = sum(1 for fn in document.footnotes if fn.archive and fn.archive.archived_url)
    # One request per dead link, side by side within the rate: serially, 0.5 s each, only 3 fit.
    assert found >= 8, found
    assert len(fake_archive.requests) < 30
    assert _codes(document).count("archived-copy-available") == found
    assert _codes(document).count("wayback-unavailable") == 1
    note = next(f for f in document.findings if f.code == "wayback-unavailable")
    assert "1.6-second budget" in note.message


@pytest.mark.parametrize("fake_archive", [("slow", 0.0)], indirect=True)
async def test_captures_found_are_kept_for_the_next_run(tmp_path: Path, fake_archive: FakeArchive) -> None:
    config = _config(tmp_path, fake_archive.port, archive=True)
    document, results = _dead_sources(3)
    await archive_documents([document], results, config)
    assert len(fake_archive.requests) == 3
    again, results = _dead_sources(3)
    await archive_documents([again], results, config)
    # Hits come from the capture index: no request the second time, the same copies.
    assert len(fake_archive.requests) == 3
    assert _codes(again).count("archived-copy-available") == 3
