"""How the audit is deployed, as written: the README's cron line, the systemd pair, the compose file."""

from __future__ import annotations

import configparser
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from audit_site import FixtureSite

from citecheck.config import load_config

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
CITECHECK = Path(sys.executable).parent / "citecheck"
# What the README tells the reader to replace with their own; nothing else of the line is touched.
README_INSTALL = "/home/editor/citecheck"
README_SOURCE = "https://example.org/sitemap.xml"
README_WEBHOOK = "https://hooks.slack.com/services/T000/B000/XXXX"
_CRON_FIELD = re.compile(r"^(\*|\d+(-\d+)?)(,(\d+(-\d+)?))*(/\d+)?$")


def readme_cron_line() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```crontab\n(.*?)```", text, flags=re.DOTALL)
    assert len(blocks) == 1, "the README has one crontab block"
    lines = [line for line in blocks[0].splitlines() if line.strip() and not line.startswith("#")]
    assert len(lines) == 1, "the cron entry is one line (cron has no line continuation)"
    return lines[0]


def test_the_readme_cron_line_is_one_valid_entry_with_absolute_paths_and_a_log() -> None:
    line = readme_cron_line()
    fields = line.split(None, 5)
    assert all(_CRON_FIELD.match(field) for field in fields[:5]), fields[:5]
    command = fields[5]
    assert "%" not in command  # cron turns % into a newline
    words = shlex.split(command)
    assert words[0] == f"{README_INSTALL}/.venv/bin/citecheck" and words[1] == "audit"
    db = words[words.index("--db") + 1]
    assert db.startswith("/")
    assert command.endswith("2>&1") and words[-3] == ">>" and words[-2].startswith("/")


def test_the_readme_cron_line_runs_as_written(site: FixtureSite, tmp_path: Path) -> None:
    """The line's command, run as cron runs it: /bin/sh -c, from $HOME, with cron's bare environment."""
    home = tmp_path / "home"
    home.mkdir()
    # The fixture site is on 127.0.0.1: the user's citecheck.toml in $HOME (cron's working directory)
    # allows it, the way a reader's own settings would apply.
    (home / "citecheck.toml").write_text("allow_private = true\nwayback = false\nsoft404_probe = false\n")
    install = tmp_path / "install"
    command = readme_cron_line().split(None, 5)[5]
    command = command.replace(f"{README_INSTALL}/.venv/bin/citecheck", str(CITECHECK))
    command = command.replace(README_INSTALL, str(install))
    command = command.replace(README_SOURCE, site.url("analyses.example/sitemap.xml"))
    command = command.replace(README_WEBHOOK, site.url("/hooks/nightly"))
    install.mkdir()
    env = {"HOME": str(home), "LOGNAME": "editor", "PATH": "/usr/bin:/bin", "SHELL": "/bin/sh"}
    for night in (1, 2):
        done = subprocess.run(
            ["/bin/sh", "-c", command], cwd=home, env=env, capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0 and done.stdout == "" and done.stderr == "", done
        log = (install / "audit.log").read_text(encoding="utf-8")
        assert log.count("citecheck audit run ") == night
        assert f"citecheck audit run {night} completed" in log
    assert (install / "audit.sqlite3").is_file()
    assert [path for path, _ in site.posts] == ["/hooks/nightly", "/hooks/nightly"]
    assert "Traceback" not in log


def _compose() -> dict[str, Any]:
    loaded = yaml.safe_load((DEPLOY / "compose.yaml").read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def _argv(service: dict[str, Any]) -> list[str]:
    command = service.get("command") or []
    return shlex.split(command) if isinstance(command, str) else [str(word) for word in command]


def _option(argv: list[str], name: str) -> str:
    return argv[argv.index(name) + 1]


def test_the_compose_file_runs_the_fleet() -> None:
    compose = _compose()
    services = compose["services"]
    assert {"redis", "postgres", "service", "audit"} <= set(services)
    workers = {name: _argv(s) for name, s in services.items() if _argv(s)[:1] == ["worker"]}
    assert len(workers) >= 2
    queue = "redis://redis:6379/0"
    assert {_option(argv, "--queue") for argv in workers.values()} == {queue}
    # A second opinion needs workers at different locations.
    assert len({_option(argv, "--location") for argv in workers.values()}) == len(workers)
    serve = _argv(services["service"])
    assert (
        serve[0] == "serve" and _option(serve, "--queue") == queue and _option(serve, "--host") == "0.0.0.0"
    )
    audit = _argv(services["audit"])
    assert audit[0] == "audit" and _option(audit, "--queue") == queue
    db = _option(audit, "--db")
    assert db.startswith("postgresql://") and "@postgres:5432/" in db
    assert services["audit"]["profiles"] == ["audit"] and services["audit"]["restart"] == "no"
    # Everything a service depends on exists and has a health check when waited on as healthy.
    for name, service in services.items():
        for needed, how in (service.get("depends_on") or {}).items():
            assert needed in services, (name, needed)
            if how.get("condition") == "service_healthy":
                assert "healthcheck" in services[needed], needed
        for volume in service.get("volumes") or []:
            source = volume.split(":", 1)[0]
            if source.startswith("."):
                assert (DEPLOY / source).is_file(), source
            else:
                assert source in (compose.get("volumes") or {}), source
    # The configuration every container reads is valid, and names the same store as the audit.
    config = load_config(DEPLOY / "citecheck.toml", discover=False)
    assert config.audit.db == db
    dockerfile = (DEPLOY / "Dockerfile").read_text(encoding="utf-8")
    assert 'ENTRYPOINT ["citecheck"]' in dockerfile
    assert services["redis"]["image"].startswith("redis:") and services["postgres"]["image"].startswith(
        "postgres:"
    )


def _compose_client() -> list[str] | None:
    docker = shutil.which("docker")
    if docker is not None:
        probe = subprocess.run([docker, "compose", "version"], capture_output=True, timeout=30)
        if probe.returncode == 0:
            return [docker, "compose"]
    legacy = shutil.which("docker-compose")
    return [legacy] if legacy is not None else None


def test_docker_compose_accepts_the_file() -> None:
    """``docker compose config`` validates without an engine; skipped where no compose client is installed."""
    client = _compose_client()
    if client is None:
        pytest.skip("no docker compose client on this machine")
    env = {**os.environ, "CITECHECK_TOKENS": "test-token"}
    command = [*client, "-f", str(DEPLOY / "compose.yaml"), "--profile", "audit", "config", "--services"]
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert {"redis", "postgres", "service", "audit"} <= set(done.stdout.split())


def _unit(name: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string((DEPLOY / "systemd" / name).read_text(encoding="utf-8"))
    return parser


def test_the_systemd_pair_runs_the_audit_nightly(tmp_path: Path) -> None:
    service, timer = _unit("citecheck-audit.service"), _unit("citecheck-audit.timer")
    argv = shlex.split(service["Service"]["ExecStart"])
    assert argv[0].startswith("/") and argv[0].endswith("/.venv/bin/citecheck") and argv[1] == "audit"
    assert _option(argv, "--db").startswith("/var/lib/citecheck/")  # StateDirectory=citecheck
    assert service["Service"]["Type"] == "oneshot" and service["Service"]["SuccessExitStatus"] == "1"
    assert timer["Timer"]["OnCalendar"] == "*-*-* 02:30:00" and "RandomizedDelaySec" not in timer["Timer"]
    assert timer["Install"]["WantedBy"] == "timers.target"
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        return
    # verify wants the ExecStart binary to exist: point it at this checkout's citecheck.
    units = tmp_path / "units"
    units.mkdir()
    text = (DEPLOY / "systemd" / "citecheck-audit.service").read_text(encoding="utf-8")
    (units / "citecheck-audit.service").write_text(text.replace(argv[0], str(CITECHECK)))
    shutil.copy(DEPLOY / "systemd" / "citecheck-audit.timer", units / "citecheck-audit.timer")
    done = subprocess.run(
        [analyze, "verify", str(units / "citecheck-audit.service"), str(units / "citecheck-audit.timer")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
