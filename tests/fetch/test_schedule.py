"""How a run uses a host's time: no idling behind one URL's Retry-After, and a deadline per link.

Each test runs its own fixture web with a known latency, so the ideal time of the host's work
(requests × latency ÷ per-host concurrency) is known and the schedule can be held to it.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Iterator

import httpx
import pytest

from citecheck.config import Config
from citecheck.devweb import DevWeb
from citecheck.fetch import fetch_all
from citecheck.fetch.limiter import THROTTLE_PAUSE_AT, THROTTLE_WINDOW, Throttling

pytestmark = pytest.mark.anyio

LATENCY = 0.05


@pytest.fixture(scope="module")
def slow_web() -> Iterator[DevWeb]:
    """The fixture web with every answer LATENCY seconds late."""
    with DevWeb(latency_ms={"127.0.0.1": LATENCY * 1000}) as web:
        yield web


def _config(**changes: object) -> Config:
    settings: dict[str, object] = {
        "allow_private": True,
        "timeout": 3.0,
        "connect_timeout": 1.0,
        "read_timeout": 1.0,
        "retries": 2,
        "backoff_base": 0.01,
        "retry_after_cap": 2.0,
        "max_per_host": 4,
        "soft404_probe": False,
        "wayback": False,
    }
    settings.update(changes)
    return Config.model_validate(settings)


async def test_one_rate_limited_url_does_not_idle_its_host(slow_web: DevWeb) -> None:
    key = uuid.uuid4().hex[:8]
    normal = [slow_web.url(f"/status/200?n={n}&k={key}") for n in range(40)]
    limited = [slow_web.url(f"/retry-after?s=1&key={key}-{n}") for n in range(4)]
    # One rate-limited page among every ten: each answers 429 + Retry-After: 1 once, then 200.
    urls = [*normal[:10], limited[0], *normal[10:20], limited[1], *normal[20:30], limited[2]]
    urls += [*normal[30:], limited[3]]
    started = time.monotonic()
    run = await fetch_all(urls, _config())
    elapsed = time.monotonic() - started
    assert {r.link.state for r in run.results.values()} == {"alive"}
    # The host's work: 40 + 2 × 4 requests at LATENCY, 4 at a time; a 429 URL's own chain is
    # its Retry-After plus two answers. When each 429 paused the whole host, this took 4.6 s+
    # (four pauses of 1 s); the margin over the bound is for a loaded test machine.
    bound = max((40 + 2 * 4) * LATENCY / 4, 1.0 + 2 * LATENCY)
    assert elapsed < bound + 1.5, f"{elapsed:.2f} s against a bound of {bound:.2f} s"


def test_a_host_that_throttles_everything_is_paused() -> None:
    throttling = Throttling()
    # Occasional 429s among normal answers: never a pause.
    answers = [n % 4 == 0 for n in range(40)]
    assert not any(throttling.answered("a.test", asked_to_wait=wait) for wait in answers)
    # A host answering 429 to most requests: paused from the THROTTLE_PAUSE_AT-th on.
    verdicts = [throttling.answered("b.test", asked_to_wait=True) for _ in range(THROTTLE_WINDOW)]
    assert verdicts.index(True) == THROTTLE_PAUSE_AT - 1 and all(verdicts[THROTTLE_PAUSE_AT - 1 :])


async def test_a_silent_server_costs_one_link_deadline(slow_web: DevWeb) -> None:
    config = _config(timeout=1.0, read_timeout=1.0, retries=2, link_deadline=1.5)
    url = slow_web.url(f"/never?k={uuid.uuid4().hex[:8]}")
    started = time.monotonic()
    link = (await fetch_all([url], config)).results[url].link
    elapsed = time.monotonic() - started
    # Without the deadline: three 1-second attempts plus backoff.
    assert elapsed < 1.5 + 0.6, elapsed
    assert (link.state, link.error and link.error.kind) == ("unreachable", "timeout")
    assert link.error is not None and "deadline" in link.error.message


async def test_hostile_bodies_on_one_host_end_at_their_deadlines(slow_web: DevWeb) -> None:
    key = uuid.uuid4().hex[:8]
    hostile = [
        slow_web.url(f"/never?k={key}-1"),
        slow_web.url(f"/never?k={key}-2"),
        slow_web.url(f"/trickle?ms=50&k={key}-3"),
        slow_web.url(f"/trickle?ms=50&k={key}-4"),
        slow_web.url(f"/trickle?ms=50&k={key}-5"),
        slow_web.url(f"/never?k={key}-6"),
    ]
    config = _config(timeout=0.6, read_timeout=0.6, retries=3, max_per_host=3, link_deadline=1.0)
    started = time.monotonic()
    run = await fetch_all(hostile, config)
    elapsed = time.monotonic() - started
    # Six links, three at a time: two rounds of one deadline each, whatever the retries allow.
    assert elapsed < 2 * 1.0 + 0.8, elapsed
    # Silent ones are unreachable; trickles sent their status line, which stands, with the reason kept.
    assert all(r.link.error is not None and r.link.error.kind == "timeout" for r in run.results.values())


def test_link_deadline_defaults_to_a_multiple_of_the_timeout() -> None:
    from citecheck.fetch import FetchSession

    assert FetchSession(_config(timeout=4.0)).link_deadline == 10.0
    assert FetchSession(_config(timeout=4.0, link_deadline=6.0)).link_deadline == 6.0


def _refusing_port() -> int:
    """A port on 127.0.0.1 where nothing listens: connections to it are refused."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_links_waiting_for_a_retry_give_their_host_turn_up() -> None:
    # A host that refuses every connection: each of its links is retried twice with backoff.
    # Sixteen links, one request at a time, so two workers: when each worker slept through
    # its links' backoffs one link after another, this took 8 × (0.3–0.6 + 0.6–0.9) s ≥ 7 s.
    port = _refusing_port()
    urls = [f"http://127.0.0.1:{port}/page/{n}" for n in range(16)]
    config = _config(max_per_host=1, backoff_base=0.3, retries=2)
    started = time.monotonic()
    run = await fetch_all(urls, config)
    elapsed = time.monotonic() - started
    links = [run.results[url].link for url in urls]
    assert all(link.state == "dead" and link.error is not None for link in links)
    assert {link.error.kind for link in links if link.error} == {"connection-refused"}
    # The host is asked as often as before: every link had its three attempts.
    assert run.requests == 3 * len(urls)
    # Every link's backoff runs at once: one link's chain (at most 1.5 s) and the margin of a
    # loaded test machine.
    assert elapsed < 3.0, f"{elapsed:.2f} s"


async def test_a_refused_link_is_reported_once_the_network_has_answered(slow_web: DevWeb) -> None:
    # A failure our own network would explain (a refused connection) waits for the run's end only
    # until another host has answered: then it cannot be ours, and whoever waits on it goes on.
    port = _refusing_port()
    refused = f"http://127.0.0.1:{port}/gone"
    fast = slow_web.url(f"/status/200?k={uuid.uuid4().hex[:8]}")
    slow = slow_web.url(f"/slow?ms=1500&k={uuid.uuid4().hex[:8]}")
    order: list[str] = []
    run = await fetch_all(
        [fast, refused, slow], _config(backoff_base=0.05), on_result=lambda url, result: order.append(url)
    )
    assert run.results[refused].link.state == "dead" and not run.network_unavailable
    assert order == [fast, refused, slow]  # the refused link before the slow page, and once


async def test_when_every_host_fails_as_our_network_would_the_links_are_skipped_not_dead() -> None:
    ports = [_refusing_port(), _refusing_port()]
    urls = [f"http://127.0.0.1:{ports[0]}/a", f"http://localhost:{ports[1]}/b"]
    order: list[str] = []
    run = await fetch_all(urls, _config(backoff_base=0.01), on_result=lambda url, result: order.append(url))
    # Two hosts, both refusing: our network may be down, so neither link is called dead.
    assert run.network_unavailable
    assert {r.link.state for r in run.results.values()} == {"skipped"}
    assert sorted(order) == sorted(urls)  # reported once each, at the end, as skipped


async def test_a_full_gate_lets_the_host_asked_least_go_first() -> None:
    # Three hosts, one request at a time through the global gate: each host is asked in turn
    # rather than the largest backlog first (a slow page on a small host is then asked early).
    # Every host here could bound the run (its backlog per slot is at least half the largest),
    # so all pass the gate "ahead" and only the order among them is at stake.
    asked: list[str] = []

    async def answer(request: httpx.Request) -> httpx.Response:
        asked.append(request.url.host)
        await asyncio.sleep(0.005)
        body = f"<html><head><title>Page {request.url.path}</title></head></html>".encode()
        # A stream, as a server's answer is (a Response built from content counts as read already).
        return httpx.Response(200, headers={"content-type": "text/html"}, stream=httpx.ByteStream(body))

    urls = [f"https://a.example/{n}" for n in range(6)]
    urls += [f"https://b.example/{n}" for n in range(3)] + [f"https://c.example/{n}" for n in range(3)]
    config = _config(max_concurrency=1, max_per_host=1, retries=0)
    run = await fetch_all(urls, config, transport=httpx.MockTransport(answer))
    assert {r.link.state for r in run.results.values()} == {"alive"}
    assert len(asked) == 12
    # With the largest backlog first, a.example took the first four turns.
    assert sorted(asked[:6]) == ["a.example"] * 2 + ["b.example"] * 2 + ["c.example"] * 2
