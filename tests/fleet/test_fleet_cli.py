"""The fleet's command line: `citecheck worker`, `audit --queue` (waiting or --detach), and its errors."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from clirun import run_cli
from conftest import REDIS_URL, Workers, wait_for
from fleet_site import FleetSite
from test_fleet_recovery import write_documents

from citecheck.audit.store import open_store
from citecheck.cli import ExitCode


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["worker", "--queue", "http://127.0.0.1:6379/0"], "--queue must be a redis:// URL"),
        (["worker", "--queue", "redis://127.0.0.1:6379/0", "--location", "a b"], "--location 'a b'"),
        (
            ["worker", "--queue", "redis://127.0.0.1:6379/0", "--source-address", "192.0.2.1"],
            "--source-address 192.0.2.1: cannot send from it",
        ),
        (["audit", "docs", "--detach"], "--detach needs --queue"),
        (
            ["audit", "docs", "--queue", "redis://127.0.0.1:6379/0", "--db", "h.sqlite3"],
            "needs --db postgresql://",
        ),
        (["worker", "--queue", "redis://127.0.0.1:1/0"], "cannot reach the queue's Redis"),
    ],
)
def test_usage_errors_are_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, _, err = run_cli(monkeypatch, capsys, *args)
    assert code == ExitCode.USAGE
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_audit_queue_waits_for_the_fleet_and_detach_hands_the_run_over(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    queue: str,
    prefix: str,
    pg_db: str,
    fleet_site: FleetSite,
    workers: Workers,
    tmp_path: Path,
) -> None:
    workers.start(queue, concurrency=4, log_dir=tmp_path)
    workers.wait_ready(REDIS_URL, prefix, 1)
    docs = tmp_path / "docs"
    urls = write_documents(docs, fleet_site, documents=2, per_document=5, ms=10)
    fleet_site.refuse["site1"] = {"127.0.0.1"}  # site1's pages are 404 for everyone
    command = ["audit", str(docs), "--queue", queue, "--db", pg_db, "--allow-private", "--format", "json"]
    code, out, err = run_cli(monkeypatch, capsys, *command)
    assert code == ExitCode.CLEAN, err
    result = json.loads(out)
    assert result["status"] == "completed" and result["counts"]["checked"] == len(urls) == 10
    assert {f["url"] for f in result["failing"]} == {u for u in urls if "/site1/" in u}
    # --detach: the command returns at once; a worker runs the audit (nothing due now: 0 checked).
    started = time.monotonic()
    code, out, err = run_cli(monkeypatch, capsys, *command[:-2], "--detach")
    assert code == ExitCode.CLEAN, err
    assert "audit queued" in out and time.monotonic() - started < 10

    def second_run_finished() -> bool:
        with open_store(pg_db) as store:
            runs = store.runs(limit=5)
        return len(runs) == 2 and runs[0].status == "completed"

    wait_for(second_run_finished, 60, every=0.5)
