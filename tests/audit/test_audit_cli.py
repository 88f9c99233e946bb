"""``citecheck audit`` as a user types it: --now, --recheck-all, --state with its filters, progress on a TTY."""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
from pathlib import Path

import pytest
from audit_site import FixtureSite
from clirun import run_cli

from citecheck.cli import ExitCode

HYBRID = "sources.example/news/hybrid-war"
CITECHECK = Path(sys.executable).parent / "citecheck"


def _rows(out: str) -> dict[str, list[str]]:
    """The --state table by URL (the last column); the header under "URL"."""
    lines = out.splitlines()
    header = lines[0].split()
    assert header[:2] == ["STATE", "HTTP"] and header[-1] == "URL"
    return {line.split()[-1]: line.split("  ") for line in lines[1:]}


def test_now_state_filters_and_recheck_all(
    site: FixtureSite, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    # No Wayback look-ups for the dead link (no internet in tests), no soft-404 probes: quicker.
    (tmp_path / "citecheck.toml").write_text("wayback = false\nsoft404_probe = false\n")
    db = str(tmp_path / "audit.sqlite3")
    sitemap = site.url("analyses.example/sitemap.xml")
    site.overrides["/" + HYBRID] = 404
    base = ("audit", sitemap, "--db", db, "--allow-private")
    code, out, _ = run_cli(monkeypatch, capsys, *base, "--now", "2026-01-10T02:30Z", "--format", "json")
    first = json.loads(out)
    assert code == ExitCode.CLEAN and first["started_at"].startswith("2026-01-10T02:30")
    assert first["counts"]["checked"] == 6

    code, out, _ = run_cli(monkeypatch, capsys, "audit", "--state", "--db", db, "--now", "2026-01-10T03:00")
    assert code == ExitCode.CLEAN
    rows = _rows(out)
    hybrid = [cell.strip() for cell in rows[site.url(HYBRID)] if cell.strip()]
    # state, HTTP, failures, first failure, locations, next check (12 h after the run's start), URL
    assert hybrid[:4] == ["dead, unconfirmed", "404", "1", hybrid[3]]
    assert hybrid[3].startswith("2026-01-10 02:3")
    assert hybrid[4:6] == ["-", "2026-01-10 14:30"]
    alive = [cell.strip() for cell in rows[site.url("sources.example/news/rail-imports")] if cell.strip()]
    assert alive[0] == "alive" and alive[2:5] == ["0", "-", "-"]
    assert "2026-01-10 14:30" <= alive[5] <= "2026-01-11 02:30"  # its slot: within a day

    code, out, _ = run_cli(monkeypatch, capsys, "audit", "--state", "--db", db, "--only", "failing")
    assert list(_rows(out)) == [site.url(HYBRID)]
    code, out, _ = run_cli(
        monkeypatch, capsys, "audit", "--state", "--db", db, "--only", "dead,alive", "--host", "127.0.0.1"
    )
    assert len(_rows(out)) == 5  # dead: none confirmed yet; alive: the other five
    code, out, _ = run_cli(monkeypatch, capsys, "audit", "--state", "--db", db, "--host", "other.example")
    assert out.splitlines()[1:] == []
    code, out, _ = run_cli(
        monkeypatch, capsys, "audit", "--state", "--db", db, "--only", "failing", "--format", "json"
    )
    [link] = json.loads(out)
    assert link["next_check"].startswith("2026-01-10T14:30") and link["locations"] == {}

    # Half a day later the failing link is due, the healthy ones (checked 12 h ago) mostly not;
    # --recheck-all checks every one of them.
    code, out, _ = run_cli(monkeypatch, capsys, *base, "--now", "2026-01-10T14:30Z", "--format", "json")
    later = json.loads(out)
    assert [x["url"] for x in later["newly_broken"]] == [site.url(HYBRID)] and code == ExitCode.FINDINGS
    assert later["counts"]["checked"] < 6
    code, out, _ = run_cli(
        monkeypatch, capsys, *base, "--now", "2026-01-10T14:40Z", "--recheck-all", "--format", "json"
    )
    assert json.loads(out)["counts"]["checked"] == 6


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--now", "yesterday"), "--now takes a date or time"),
        (("--state", "--only", "sleeping"), "unknown state filter 'sleeping'"),
        (("--only", "dead"), "use them with --state"),
    ],
)
def test_bad_audit_options_are_one_line_errors(
    args: tuple[str, ...],
    message: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run_cli(monkeypatch, capsys, "audit", str(tmp_path), "--db", str(tmp_path / "a.db"), *args)
    assert code == ExitCode.USAGE and message in err and len(err.strip().splitlines()) == 1


def _run_on_a_tty(args: list[str], env: dict[str, str], cwd: Path) -> tuple[int, str, bytes]:
    """Run the CLI with stderr on a pseudo-terminal; returns the exit code, stdout and the terminal's bytes."""
    master, slave = pty.openpty()
    process = subprocess.Popen(
        [str(CITECHECK), *args], stdout=subprocess.PIPE, stderr=slave, env=env, cwd=cwd
    )
    os.close(slave)
    out, _ = process.communicate(timeout=60)
    screen = b""
    while select.select([master], [], [], 0.2)[0]:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the other end is closed: everything was read
            break
        if not chunk:
            break
        screen += chunk
    os.close(master)
    return process.returncode, out.decode(), screen


def test_progress_is_drawn_on_a_tty_and_never_in_ci(site: FixtureSite, tmp_path: Path) -> None:
    args = ["audit", site.url("analyses.example/sitemap.xml"), "--db", str(tmp_path / "a.db")]
    args += ["--allow-private", "--now", "2026-01-10"]
    (tmp_path / "citecheck.toml").write_text("wayback = false\nsoft404_probe = false\n")
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    code, out, screen = _run_on_a_tty(args, env, tmp_path)
    assert code == 0 and out.startswith("citecheck audit run 1 completed")
    assert b"reading sources" in screen and b"checking links" in screen
    code, out, screen = _run_on_a_tty([*args, "--recheck-all"], {**env, "CI": "true"}, tmp_path)
    assert code == 0 and out.startswith("citecheck audit run 2 completed")
    assert screen == b""


def test_state_shows_each_locations_latest_verdict(capsys: pytest.CaptureFixture[str]) -> None:
    import datetime as dt

    from citecheck.cli import _print_audit_state
    from citecheck.models import AuditLink

    now = dt.datetime(2026, 1, 10, 3, 0, tzinfo=dt.UTC)
    region = AuditLink(
        url="https://news.example/a",
        state="blocked",
        verdict="blocked",
        http_status=403,
        locations={"site-b": "dead", "site-a": "alive"},
        next_check=now + dt.timedelta(hours=20),
    )
    _print_audit_state([region], "text", now)
    row = capsys.readouterr().out.splitlines()[1]
    assert "site-a:alive,site-b:dead" in row and "2026-01-10 23:00" in row
