"""Tokens, rate limits, binding rules, and the options whitelist that keeps SSRF protection on."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient

from citecheck.config import Config, VerifyThresholds
from citecheck.errors import ConfigError
from citecheck.service import serve
from citecheck.service.app import check_binding
from citecheck.service.schemas import CheckOptions, effective_config
from citecheck.service.security import (
    Gatekeeper,
    RateLimited,
    RateLimiter,
    Unauthorized,
    bearer_token,
    is_loopback_host,
    retry_after_header,
    token_is_valid,
)
from citecheck.service.settings import ServiceSettings

AppFactory = Callable[..., Any]


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


# --- pure pieces ------------------------------------------------------------------------------


def test_token_bucket_allows_a_burst_then_refills_at_the_rate() -> None:
    clock = FakeClock()
    limiter = RateLimiter(rate=2.0, burst=3, clock=clock)
    assert [limiter.take("a") for _ in range(3)] == [0.0, 0.0, 0.0]
    assert limiter.take("a") == pytest.approx(0.5)
    assert limiter.take("b") == 0.0  # buckets are per client
    clock.now += 0.5
    assert limiter.take("a") == 0.0
    assert limiter.take("a") == pytest.approx(0.5)
    clock.now += 100
    assert [limiter.take("a") for _ in range(4)][-1] > 0  # refills up to the burst, no further


def test_token_bucket_memory_is_bounded() -> None:
    limiter = RateLimiter(rate=1.0, burst=1, max_keys=3, clock=FakeClock())
    for key in "abcde":
        limiter.take(key)
    assert len(limiter) == 3
    assert limiter.take("e") > 0  # the most recent clients keep their state
    assert limiter.take("a") == 0.0  # the evicted one starts afresh


def test_retry_after_rounds_up_to_whole_seconds() -> None:
    assert retry_after_header(0.01) == "1"
    assert retry_after_header(2.2) == "3"


@pytest.mark.parametrize(
    ("header", "token"),
    [
        ("Bearer abc", "abc"),
        ("bearer   abc ", "abc"),
        ("Basic abc", None),
        ("Bearer", None),
        ("Bearer ", None),
        ("", None),
        (None, None),
    ],
)
def test_bearer_token_parsing(header: str | None, token: str | None) -> None:
    assert bearer_token(header) == token


def test_token_validity() -> None:
    assert token_is_valid("s3cret", ["other", "s3cret"])
    assert not token_is_valid("s3cre", ["s3cret"])
    assert not token_is_valid("anything", [])


@pytest.mark.parametrize(
    ("host", "loopback"),
    [("127.0.0.1", True), ("127.8.9.1", True), ("::1", True), ("[::1]", True), ("localhost", True),
     ("0.0.0.0", False), ("::", False), ("192.168.1.4", False), ("example.org", False)],
)  # fmt: skip
def test_loopback_detection(host: str, loopback: bool) -> None:
    assert is_loopback_host(host) is loopback


def test_binding_beyond_loopback_needs_tokens() -> None:
    check_binding("127.0.0.1", ServiceSettings())
    check_binding("0.0.0.0", ServiceSettings(tokens=["t"]))
    with pytest.raises(ConfigError, match=re.escape("refusing to serve on 0.0.0.0 without API tokens")):
        check_binding("0.0.0.0", ServiceSettings())


def test_serve_refuses_an_open_public_binding_before_starting() -> None:
    with pytest.raises(ConfigError, match="CITECHECK_TOKENS"):
        serve("0.0.0.0", 0, Config(), ServiceSettings())


def test_gatekeeper_throttles_token_guessing_by_address() -> None:
    gate = Gatekeeper(ServiceSettings(tokens=["good"], request_burst=2, request_rate_per_second=1))
    with pytest.raises(Unauthorized):
        gate.admit("Bearer bad1", "10.0.0.1")
    with pytest.raises(Unauthorized):
        gate.admit("Bearer bad2", "10.0.0.1")
    with pytest.raises(RateLimited):
        gate.admit("Bearer bad3", "10.0.0.1")
    assert gate.admit("Bearer good", "10.0.0.1").startswith("token:")  # a valid token has its own bucket


# --- options whitelist ------------------------------------------------------------------------


def test_client_options_extend_but_never_loosen_the_server_config() -> None:
    base = Config(
        exclude=["^https://internal\\."],
        severity={"redirected": "off"},
        thresholds=VerifyThresholds(title_min_similarity=0.7),
        allow_private=True,
    )
    options = CheckOptions.model_validate(
        {
            "exclude": ["^https://x\\."],
            "severity": {"blocked": "warning"},
            "thresholds": {"claim_min_support": 0.2},
        }
    )
    config = effective_config(base, options, allow_private=False)
    assert config.exclude == ["^https://internal\\.", "^https://x\\."]
    assert config.severity == {"redirected": "off", "blocked": "warning"}
    assert config.thresholds.title_min_similarity == 0.7  # kept: the client set only claim_min_support
    assert config.thresholds.claim_min_support == 0.2
    assert config.allow_private is False


def test_only_the_test_setting_allows_private_addresses() -> None:
    assert effective_config(Config(), CheckOptions(), allow_private=True).allow_private is True
    assert "allow_private" not in CheckOptions.model_fields


# --- over HTTP --------------------------------------------------------------------------------


def test_missing_and_wrong_tokens_are_401(make_app: AppFactory) -> None:
    with TestClient(make_app(tokens=["s3cret"])) as client:
        response = client.post("/v1/checks", json={"text": "x"})
        assert response.status_code == 401
        assert response.headers["www-authenticate"] == "Bearer"
        assert "missing API token" in response.json()["error"]
        response = client.get("/v1/checks/any", headers={"Authorization": "Bearer nope"})
        assert response.status_code == 401
        assert response.json() == {"error": "invalid API token"}
        assert client.get("/v1/checks/any/report.html").status_code == 401
        # The page and the health check stay open: they hold no data.
        assert client.get("/").status_code == 200
        assert client.get("/healthz").json()["auth_required"] is True


def test_a_valid_token_is_served(make_app: AppFactory, wait_for: Callable[..., dict[str, Any]]) -> None:
    headers = {"Authorization": "Bearer s3cret"}
    with TestClient(make_app(tokens=["other", "s3cret"])) as client:
        response = client.post("/v1/checks", json={"text": "x"}, headers=headers)
        assert response.status_code == 202
        assert wait_for(client, response.json()["id"], headers=headers)["status"] == "done"
        assert (
            client.get(f"/v1/checks/{response.json()['id']}/report.html", headers=headers).status_code == 200
        )


def test_submissions_beyond_the_rate_are_429_with_retry_after(make_app: AppFactory) -> None:
    with TestClient(make_app(submit_burst=2, submit_rate_per_minute=1)) as client:
        codes = [client.post("/v1/checks", json={"text": "x"}).status_code for _ in range(3)]
        assert codes == [202, 202, 429]
        response = client.post("/v1/checks", json={"text": "x"})
        assert response.status_code == 429
        assert 1 <= int(response.headers["retry-after"]) <= 60
        assert "too many check submissions" in response.json()["error"]
        assert client.get("/v1/checks/unknown").status_code == 404  # polling is limited separately


def test_requests_beyond_the_rate_are_429(make_app: AppFactory) -> None:
    with TestClient(make_app(request_burst=3, request_rate_per_second=0.5)) as client:
        codes = [client.get("/v1/checks/unknown").status_code for _ in range(4)]
        assert codes == [404, 404, 404, 429]
        assert client.get("/v1/checks/unknown").headers["retry-after"] == "2"


def test_the_queue_full_answer_is_503_with_retry_after(make_app: AppFactory, make_runner: Any) -> None:
    runner = make_runner(hold=True)
    with TestClient(make_app(runner=runner, max_concurrent_jobs=1, max_queued_jobs=1, max_jobs=2)) as client:
        codes = [client.post("/v1/checks", json={"text": "x"}).status_code for _ in range(3)]
        assert codes[:2] == [202, 202]
        assert codes[2] == 503
        response = client.post("/v1/checks", json={"text": "x"})
        assert response.headers["retry-after"] == "30"
        assert "try again" in response.json()["error"]
        runner.release()


def test_serve_runs_the_app_with_uvicorn_on_the_given_address(monkeypatch: pytest.MonkeyPatch) -> None:
    from fastapi import FastAPI

    from citecheck.service import app as service_app

    configs: list[Any] = []
    monkeypatch.setattr(
        service_app.uvicorn.Server, "run", lambda server, sockets=None: configs.append(server.config)
    )
    serve("0.0.0.0", 8123, Config(), ServiceSettings(tokens=["t"]))
    (config,) = configs
    assert isinstance(config.app, FastAPI)
    assert (config.host, config.port) == ("0.0.0.0", 8123)
    # uvicorn's own default trusts X-Forwarded-For from 127.0.0.1; the service trusts nobody's.
    assert config.proxy_headers is False
    assert config.forwarded_allow_ips == []


def test_forwarded_for_is_trusted_only_from_the_configured_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    from citecheck.service import app as service_app

    configs: list[Any] = []
    monkeypatch.setattr(
        service_app.uvicorn.Server, "run", lambda server, sockets=None: configs.append(server.config)
    )
    serve("127.0.0.1", 8123, Config(), ServiceSettings(forwarded_allow_ips=["10.0.0.0/8"]))
    (config,) = configs
    assert config.proxy_headers is True
    assert config.forwarded_allow_ips == ["10.0.0.0/8"]


def test_development_mode_is_refused_beyond_loopback() -> None:
    with pytest.raises(ConfigError, match=r"--allow-private.*loopback"):
        serve("0.0.0.0", 8123, Config(), ServiceSettings(tokens=["t"], allow_private=True))


def test_development_mode_prints_a_banner(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from citecheck.service import app as service_app

    monkeypatch.setattr(service_app.uvicorn.Server, "run", lambda server, sockets=None: None)
    serve("127.0.0.1", 8123, Config(), ServiceSettings(allow_private=True))
    assert "DEVELOPMENT MODE (--allow-private)" in capsys.readouterr().err
