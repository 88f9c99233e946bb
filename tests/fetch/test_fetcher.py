"""On the wire against the fixture web: redirects, retries, timeouts, caps and hostile servers."""

from __future__ import annotations

import json
import ssl
import time
import uuid
from collections.abc import Callable, Iterator

import pytest
import trustme

from citecheck.config import Config, HostConfig
from citecheck.devweb import DevWeb
from citecheck.fetch import BodyPolicy, FetchSession, fetch_all, make_client, make_transport
from citecheck.models import LinkResult

pytestmark = pytest.mark.anyio


def _key() -> str:
    return uuid.uuid4().hex[:10]


async def _check(url: str, config: Config) -> LinkResult:
    run = await fetch_all([url], config)
    return run.results[url].link


async def test_404_is_dead_and_200_alive(web_url: Callable[[str], str], test_config: Config) -> None:
    dead = await _check(web_url("/status/404"), test_config)
    alive = await _check(web_url("/status/200"), test_config)
    assert (dead.state, dead.http_status, alive.state, alive.http_status) == ("dead", 404, "alive", 200)
    assert alive.checked_at is not None and alive.elapsed_ms is not None and alive.attempts == 1
    assert alive.content_type == "text/html" and alive.content_hash and len(alive.content_hash) == 64


async def test_redirect_chain_is_recorded(web_url: Callable[[str], str], test_config: Config) -> None:
    link = await _check(web_url("/redirect/3?code=302"), test_config)
    assert link.state == "alive"
    assert [hop.status for hop in link.hops] == [302, 302, 302]
    assert link.hops[0].location == web_url("/redirect/2?code=302")
    assert link.final_url == web_url("/redirect/0?code=302")
    assert link.attempts == 4


async def test_redirect_loop_is_unreachable(web_url: Callable[[str], str], test_config: Config) -> None:
    link = await _check(web_url("/redirect-loop"), test_config)
    assert (link.state, link.error and link.error.kind) == ("unreachable", "redirect-loop")
    assert len(link.hops) == 2


@pytest.mark.parametrize("target", ["http://127.0.0.1:99999/", "http://xn--a.example/page"])
async def test_a_redirect_to_an_address_no_request_can_go_to_is_an_invalid_redirect(
    target: str, web_url: Callable[[str], str], test_config: Config
) -> None:
    # A port out of range, a host whose IDNA label does not decode: "internal-error" and a
    # traceback on stderr before (session 42).
    link = await _check(web_url(f"/redirect-to?url={target}"), test_config)
    assert (link.state, link.error and link.error.kind) == ("unreachable", "invalid-redirect")
    assert [hop.location for hop in link.hops] == [target]


async def test_a_cited_host_whose_idna_label_does_not_decode_is_an_invalid_url(test_config: Config) -> None:
    link = await _check("http://xn--a.example/page", test_config)
    assert (link.state, link.error and link.error.kind) == ("dead", "invalid-url")
    # The near miss: a label that decodes ("bücher") is asked for as any other host (the fixture
    # web, which --remap sends it to, answers it).
    good = await _check("http://xn--bcher-kva.example/status/200", test_config)
    assert good.http_status is not None and good.attempts >= 1


async def test_too_many_redirects(web_url: Callable[[str], str], test_config: Config) -> None:
    config = test_config.model_copy(update={"max_redirects": 2})
    link = await _check(web_url("/redirect/5"), config)
    assert (link.state, link.error and link.error.kind, len(link.hops)) == (
        "unreachable",
        "too-many-redirects",
        3,
    )


async def test_cookie_setting_self_redirect_is_not_a_loop(
    web_url: Callable[[str], str], test_config: Config
) -> None:
    link = await _check(web_url("/cookie-redirect"), test_config)
    assert link.state == "alive" and len(link.hops) == 1


async def test_flaky_server_succeeds_on_retry(web_url: Callable[[str], str], test_config: Config) -> None:
    link = await _check(web_url(f"/flaky?fail=1&key={_key()}"), test_config)
    assert (link.state, link.attempts) == ("alive", 2)
    no_retries = test_config.model_copy(update={"retries": 0})
    link = await _check(web_url(f"/flaky?fail=1&key={_key()}"), no_retries)
    assert (link.state, link.http_status, link.attempts) == ("unreachable", 503, 1)


async def test_retry_after_is_honoured(web_url: Callable[[str], str], test_config: Config) -> None:
    started = time.monotonic()
    link = await _check(web_url(f"/retry-after?s=0.3&key={_key()}"), test_config)
    assert (link.state, link.attempts) == ("alive", 2)
    assert time.monotonic() - started >= 0.3


async def test_retry_after_beyond_the_cap_is_not_waited_for(
    web_url: Callable[[str], str], test_config: Config
) -> None:
    started = time.monotonic()
    link = await _check(web_url(f"/retry-after?s=600&key={_key()}"), test_config)
    assert (link.state, link.http_status, link.attempts) == ("blocked", 429, 1)
    assert link.error is not None and link.error.kind == "rate-limited"
    assert time.monotonic() - started < 1.0


async def test_503_with_retry_after_then_success(web_url: Callable[[str], str], test_config: Config) -> None:
    link = await _check(web_url(f"/retry-after?s=0.1&code=503&key={_key()}"), test_config)
    assert (link.state, link.attempts) == ("alive", 2)


async def test_bot_wall_is_blocked(web_url: Callable[[str], str], test_config: Config) -> None:
    link = await _check(web_url("/bot-wall"), test_config)
    assert (link.state, link.http_status, link.error and link.error.kind) == ("blocked", 403, "bot-challenge")
    link = await _check(web_url("/bot-wall?status=503"), test_config)
    assert (link.state, link.attempts) == ("blocked", 1)


async def test_never_answering_server_times_out(web_url: Callable[[str], str], test_config: Config) -> None:
    config = test_config.model_copy(update={"read_timeout": 0.3, "retries": 0})
    started = time.monotonic()
    link = await _check(web_url("/never"), config)
    assert (link.state, link.error and link.error.kind) == ("unreachable", "timeout")
    assert time.monotonic() - started < 1.5


async def test_trickling_server_is_cut_by_the_total_timeout(
    web_url: Callable[[str], str], test_config: Config
) -> None:
    config = test_config.model_copy(update={"timeout": 0.5, "read_timeout": 0.3, "retries": 0})
    started = time.monotonic()
    run = await fetch_all([web_url("/trickle?ms=50")], config)
    result = run.results[web_url("/trickle?ms=50")]
    # The headers said 200; the body never finished: the status stands, the reason is kept.
    assert (result.link.state, result.link.error and result.link.error.kind) == ("alive", "timeout")
    assert result.response is not None and result.response.truncated
    assert time.monotonic() - started < 1.5


async def test_big_body_is_capped(web_url: Callable[[str], str], test_config: Config) -> None:
    started = time.monotonic()
    run = await fetch_all([web_url("/big?mb=50")], test_config)
    result = run.results[web_url("/big?mb=50")]
    assert result.link.state == "alive"
    assert result.link.error is not None and result.link.error.kind == "body-too-large"
    assert result.response is not None and len(result.response.body) == test_config.max_body_bytes
    assert result.response.truncated
    assert result.response.raw == b""  # wire bytes are kept only for the archive
    assert time.monotonic() - started < 2


async def test_wire_bytes_are_kept_when_archiving(web_url: Callable[[str], str], test_config: Config) -> None:
    config = test_config.model_copy(update={"archive": True})
    run = await fetch_all([web_url("/big?mb=50")], config)
    response = run.results[web_url("/big?mb=50")].response
    assert response is not None and len(response.raw) == config.max_body_bytes


async def test_binary_bodies_are_not_read(web_url: Callable[[str], str], test_config: Config) -> None:
    url = web_url("/big?mb=20&type=application/octet-stream")
    run = await fetch_all([url], test_config)
    result = run.results[url]
    assert (result.link.state, result.link.content_type, result.link.error) == (
        "alive",
        "application/octet-stream",
        None,
    )
    assert result.response is not None and result.response.raw == b"" and result.link.content_hash is None


async def test_gzip_bomb_stays_bounded(web_url: Callable[[str], str], test_config: Config) -> None:
    test_config = test_config.model_copy(update={"archive": True})  # keep the wire bytes too
    run = await fetch_all([web_url("/gzip-bomb?mb=16")], test_config)
    result = run.results[web_url("/gzip-bomb?mb=16")]
    assert result.link.state == "alive"
    assert result.response is not None
    assert len(result.response.body) <= test_config.max_body_bytes
    assert result.response.raw.startswith(b"\x1f\x8b") and result.response.truncated


async def test_gzipped_page_keeps_raw_and_decoded(devweb: DevWeb, test_config: Config) -> None:
    url = "https://soft404.test/news/harbour-reopens-after-storm"
    config = test_config.model_copy(update={"archive": True})
    result = (await fetch_all([url], config)).results[url]
    assert result.response is not None
    assert result.response.raw.startswith(b"\x1f\x8b")
    assert b"Harbour reopens after storm" in result.response.body
    assert ("Content-Encoding", "gzip") in result.response.response_headers
    assert any(name.lower() == "user-agent" for name, _ in result.response.request_headers)


@pytest.mark.parametrize("route", ["/malformed"])
async def test_malformed_status_line(route: str, web_url: Callable[[str], str], test_config: Config) -> None:
    link = await _check(web_url(route), test_config)
    assert (link.state, link.error and link.error.kind, link.attempts) == ("unreachable", "protocol-error", 1)


@pytest.mark.parametrize("route", ["/reset", "/empty"])
async def test_reset_and_empty_replies_are_transient(
    route: str, web_url: Callable[[str], str], test_config: Config
) -> None:
    link = await _check(web_url(route), test_config)
    assert (link.state, link.error and link.error.kind, link.attempts) == (
        "unreachable",
        "connection-reset",
        2,
    )


async def test_connection_refused_is_dead_after_retries(test_config: Config) -> None:
    link = await _check("http://127.0.0.1:9/nothing-listens", test_config.model_copy(update={"remap": []}))
    assert (link.state, link.error and link.error.kind, link.attempts) == ("dead", "connection-refused", 2)


async def test_headers_sent(devweb: DevWeb, test_config: Config) -> None:
    config = test_config.model_copy(
        update={
            "user_agent": "citecheck-test/1",
            "hosts": {"127.0.0.1": HostConfig(headers={"X-Team": "fetch"})},
        }
    )
    async with FetchSession(config) as session:
        reply = await session.get(devweb.url("/echo-headers"), params={"q": "1"})
    assert reply.ok and reply.attempts == 1
    echoed = reply.json()
    assert echoed["target"] == "/echo-headers?q=1"
    assert echoed["headers"]["user-agent"] == "citecheck-test/1"
    assert echoed["headers"]["x-team"] == "fetch"
    assert "gzip" in echoed["headers"]["accept-encoding"]
    assert "cookie" not in echoed["headers"]


async def test_cookies_stay_within_their_redirect_chain(devweb: DevWeb, test_config: Config) -> None:
    # The consent-style redirect needs its cookie on the next hop; no other link may be sent it.
    async with FetchSession(test_config) as session:
        chain = await session.follow(devweb.url("/cookie-redirect"), policy=BodyPolicy(cap=65536))
        assert chain.verdict.state == "alive" and len(chain.hops) == 1
        reply = await session.get(devweb.url("/echo-headers"))
    assert "cookie" not in reply.json()["headers"]
    async with make_client(test_config) as client:
        await client.get(devweb.url("/cookie-redirect"))
        echoed = (await client.get(devweb.url("/echo-headers"))).json()
    assert "cookie" not in echoed["headers"] and not client.cookies


async def test_get_reports_failures_as_values(test_config: Config) -> None:
    async with FetchSession(test_config.model_copy(update={"retries": 0, "remap": []})) as session:
        reply = await session.get("http://127.0.0.1:9/")
    assert not reply.ok and reply.status is None
    assert reply.error is not None and reply.error.kind == "connection-refused"
    with pytest.raises(ValueError):
        json.loads(b"")


async def test_conditional_request_gives_304(test_config: Config) -> None:
    url = "https://moved.test/2024/new-article"
    first = (await fetch_all([url], test_config)).results[url].link
    assert first.etag and first.last_modified
    run = await fetch_all([url], test_config, validators={url: (first.etag, first.last_modified)})
    again = run.results[url]
    assert (again.link.state, again.link.http_status, again.response) == ("alive", 304, None)
    assert again.link.etag == first.etag


@pytest.fixture(scope="module")
def tls_server() -> Iterator[tuple[DevWeb, trustme.CA]]:
    ca = trustme.CA()
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    with DevWeb(ssl_context=context) as web:
        yield web, ca


async def test_untrusted_certificate_is_a_tls_failure(tls_server: tuple[DevWeb, trustme.CA]) -> None:
    web, _ = tls_server
    link = await _check(web.url("/status/200"), Config(allow_private=True, retries=1, backoff_base=0.01))
    assert (link.state, link.error and link.error.kind, link.attempts) == ("unreachable", "tls", 1)


async def test_trusted_certificate_over_https(tls_server: tuple[DevWeb, trustme.CA]) -> None:
    web, ca = tls_server
    context = ssl.create_default_context()
    ca.configure_trust(context)
    config = Config(allow_private=True)
    url = web.url("/status/200")
    run = await fetch_all([url], config, transport=make_transport(config, verify=context))
    assert url.startswith("https://") and run.results[url].link.state == "alive"
