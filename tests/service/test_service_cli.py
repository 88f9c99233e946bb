"""``citecheck serve``'s flags and ``[service]`` keys reach the running service (uvicorn not started)."""

from __future__ import annotations

import socket
import sys
from pathlib import Path
from typing import Any

import pytest

from citecheck.cli import ExitCode, main
from citecheck.config import load_config


def free_port() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return str(probe.getsockname()[1])


def run_serve(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str
) -> tuple[int, str, list[Any]]:
    """Run ``citecheck serve …`` with uvicorn's server replaced; (exit code, stderr, its configs)."""
    from citecheck.service import app as service_app

    configs: list[Any] = []
    monkeypatch.setattr(
        service_app.uvicorn.Server, "run", lambda server, sockets=None: configs.append(server.config)
    )
    monkeypatch.setattr(sys, "argv", ["citecheck", "serve", *args])
    monkeypatch.delenv("CITECHECK_TOKENS", raising=False)
    with pytest.raises(SystemExit) as info:
        main()
    code = info.value.code
    return (code if isinstance(code, int) else 0), capsys.readouterr().err, configs


def test_allow_private_beyond_loopback_is_one_clear_usage_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err, configs = run_serve(
        monkeypatch, capsys, "--host", "0.0.0.0", "--token", "t", "--allow-private", "--port", free_port()
    )
    assert code == ExitCode.USAGE and configs == []
    assert err.startswith("citecheck: refusing --allow-private on 0.0.0.0")
    assert len(err.strip().splitlines()) == 1


def test_service_keys_and_flags_reach_the_server(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    toml = tmp_path / "citecheck.toml"
    toml.write_text(
        "[service]\nmax_urls_per_job = 120\nforwarded_allow_ips = ['10.0.0.1']\n", encoding="utf-8"
    )
    assert load_config(toml).service.max_urls_per_job == 120
    code, err, (config,) = run_serve(
        monkeypatch,
        capsys,
        "--config",
        str(toml),
        "--port",
        free_port(),
        "--forwarded-allow-ips",
        "10.9.0.0/16, 10.8.0.1",
        "--allow-private",
    )
    assert code == 0
    assert config.forwarded_allow_ips == ["10.9.0.0/16", "10.8.0.1"] and config.proxy_headers is True
    assert "DEVELOPMENT MODE" in err


def test_an_unknown_service_key_names_the_file_and_key(tmp_path: Path) -> None:
    from citecheck.errors import ConfigError

    toml = tmp_path / "citecheck.toml"
    toml.write_text("[service]\nmax_urls = 5\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"service\.max_urls: unknown key"):
        load_config(toml)
