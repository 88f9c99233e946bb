"""fetch_all end to end on the fixture web: verdicts per behaviour host, dedupe, progress, network down."""

from __future__ import annotations

import asyncio
import socket
import time
import uuid
from collections.abc import Callable, Sequence
from typing import Any

import httpx
import pytest

from citecheck.config import Config, HostConfig
from citecheck.devweb import DevWeb
from citecheck.fetch import fetch_all, make_transport
from citecheck.fetch.checker import _host_queues
from citecheck.fetch.guard import CachingResolver
from citecheck.fetch.hosts import host_of
from citecheck.fetch.network import Attempt, looks_down
from citecheck.models import FetchResult

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("url", "state", "kind"),
    [
        ("https://soft404.test/news/harbour-reopens-after-storm", "alive", None),
        ("https://soft404.test/news/harbour-closed-forever", "soft-404", "soft-404"),
        ("https://soft404-ru.test/politika/25584021", "alive", None),
        ("https://soft404-ru.test/politika/99999999", "soft-404", "soft-404"),
        ("https://catchall.test/articles/council-approves-budget.html", "alive", None),
        ("https://catchall.test/articles/deleted-story.html", "soft-404", "soft-404"),
        ("https://home-redirect.test/news/freight-trains-resume", "alive", None),
        ("https://home-redirect.test/news/removed-story", "soft-404", "soft-404"),
        ("https://moved.test/2023/temporary", "alive", None),
        ("https://moved.test/2023/deleted-story", "soft-404", "soft-404"),
        ("https://moved.test/2024/section", "alive", None),
        ("https://moved.test/2024/no-such-page", "dead", "http-status"),
    ],
)
async def test_behaviour_hosts(url: str, state: str, kind: str | None, test_config: Config) -> None:
    run = await fetch_all([url], test_config)
    link = run.results[url].link
    assert (link.state, link.error and link.error.kind) == (state, kind)
    assert link.fetched_url is not None and link.fetched_url != url


async def test_a_deep_link_sent_home_is_gone_without_fetching_the_home_page(
    devweb: DevWeb, test_config: Config
) -> None:
    url = f"https://home-redirect.test/news/removed-{uuid.uuid4().hex[:8]}"
    devweb.reset_stats()
    link = (await fetch_all([url], test_config)).results[url].link
    assert (link.state, link.error and link.error.kind) == ("soft-404", "soft-404")
    assert link.error is not None and "redirected to" in link.error.message
    assert len(link.hops) == 1 and (link.hops[0].location or "").endswith("/home-redirect.test/")
    assert sum(devweb.hits.values()) == 1  # the article's redirect only; the home page was not asked for


async def test_permanent_move_suggests_the_new_url(test_config: Config) -> None:
    url = "https://moved.test/2023/old-article"
    link = (await fetch_all([url], test_config)).results[url].link
    assert (link.state, link.http_status) == ("redirected", 200)
    assert link.suggestion == "https://moved.test/2024/new-article"
    assert [hop.status for hop in link.hops] == [301]


async def test_each_url_is_fetched_once(devweb: DevWeb, test_config: Config) -> None:
    key = uuid.uuid4().hex[:8]
    target = f"/status/200?key={key}"
    direct = devweb.url(target)
    urls = [direct, direct, f"https://127.0.0.1:{devweb.port}{target}".replace("https", "http")]
    devweb.reset_stats()
    run = await fetch_all(urls, test_config)
    assert set(run.results) == {direct}
    assert devweb.hits[target] == 1
    spelled = f"http://mirror.test{target}"
    config = test_config.model_copy(update={"remap": [rf"^http://mirror\.test/ {devweb.base_url}/"]})
    run = await fetch_all([direct + "&x=1", spelled + "&x=1"], config)
    assert devweb.hits[target + "&x=1"] == 1
    assert run.results[spelled + "&x=1"].link.fetched_url == direct + "&x=1"
    assert run.results[spelled + "&x=1"].link.url == spelled + "&x=1"


async def test_an_article_titled_as_its_slug_is_not_probed(test_config: Config) -> None:
    url = "https://catchall.test/articles/council-approves-budget.html"
    run = await fetch_all([url], test_config)
    assert run.results[url].link.state == "alive"
    assert run.probes == 0


async def test_soft404_probe_runs_once_per_shape(devweb: DevWeb, test_config: Config) -> None:
    urls = [f"https://catchall.test/articles/story-{i}-{uuid.uuid4().hex[:6]}.html" for i in range(5)]
    run = await fetch_all([*urls, "https://catchall.test/articles/council-approves-budget.html"], test_config)
    assert run.probes == 1
    assert [run.results[u].link.state for u in urls] == ["soft-404"] * 5
    assert run.requests == 7


async def test_progress_is_reported(web_url: Callable[[str], str], test_config: Config) -> None:
    calls: list[tuple[int, int]] = []
    urls = [web_url(f"/status/{code}") for code in (200, 404, 410)]
    await fetch_all(urls, test_config, progress=lambda done, total: calls.append((done, total)))
    assert calls[0] == (0, 3) and calls[-1] == (3, 3)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


async def test_links_that_are_not_fetched(test_config: Config) -> None:
    config = test_config.model_copy(update={"exclude": [r"example\.com"]})
    urls = [
        "mailto:press@example.org",
        "ftp://files.example.org/a.pdf",
        "https://example.com/x",
        "http://bad host/x",
    ]
    run = await fetch_all(urls, config)
    kinds = [(run.results[u].link.state, run.results[u].link.error.kind) for u in urls]  # type: ignore[union-attr]
    assert kinds == [
        ("skipped", "unsupported-scheme"),
        ("skipped", "unsupported-scheme"),
        ("skipped", "excluded"),
        ("dead", "invalid-url"),
    ]
    assert run.requests == 0


async def test_offline_run_fetches_nothing(test_config: Config, web_url: Callable[[str], str]) -> None:
    run = await fetch_all([web_url("/status/200")], test_config.model_copy(update={"offline": True}))
    link = run.results[web_url("/status/200")].link
    assert (link.state, link.error and link.error.kind, run.requests) == ("skipped", "offline", 0)


async def test_missing_domain_is_dead(web_url: Callable[[str], str], test_config: Config) -> None:
    config = test_config.model_copy(update={"remap": []})
    urls = ["https://no-such-host.invalid/article", web_url("/status/200")]
    run = await fetch_all(urls, config)
    link = run.results[urls[0]].link
    assert (link.state, link.error and link.error.kind) == ("dead", "dns")
    assert not run.network_unavailable


def _failing_dns(code: int) -> Callable[[str, int], Any]:
    async def getaddrinfo(host: str, port: int) -> Sequence[tuple[Any, ...]]:
        raise socket.gaierror(code, "Temporary failure in name resolution")

    return getaddrinfo


async def test_our_network_down_skips_instead_of_killing_sources(test_config: Config) -> None:
    config = test_config.model_copy(update={"remap": [], "allow_private": False})
    transport = make_transport(config, resolver=CachingResolver(_failing_dns(socket.EAI_AGAIN)))
    urls = [
        "https://tass.ru/politika/25584021",
        "https://caliber.az/en/post/x",
        "https://news.mail.ru/politics/1",
    ]
    seen: dict[str, FetchResult] = {}
    run = await fetch_all(urls, config, transport=transport, on_result=lambda u, r: seen.__setitem__(u, r))
    assert run.network_unavailable
    for url in urls:
        link = run.results[url].link
        assert (link.state, link.error and link.error.kind) == ("skipped", "network-unavailable")
        assert seen[url].link.state == "skipped"


async def test_everything_failing_through_a_transport_is_network_down(test_config: Config) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno 101] Network is unreachable", request=request)

    urls = ["https://a.example/1", "https://b.example/2", "https://c.example/3"]
    config = test_config.model_copy(update={"remap": [], "retries": 0})
    run = await fetch_all(urls, config, transport=httpx.MockTransport(refuse))
    assert run.network_unavailable
    assert {run.results[u].link.state for u in urls} == {"skipped"}


async def test_dead_canary_skips_the_run(devweb: DevWeb, test_config: Config) -> None:
    config = test_config.model_copy(
        update={"canary_urls": ["http://127.0.0.1:9/"], "remap": [], "retries": 0}
    )
    devweb.reset_stats()
    url = devweb.url("/status/200")
    run = await fetch_all([url], config)
    assert run.network_unavailable and run.results[url].link.state == "skipped"
    assert devweb.server.requests == 0


async def test_live_canary_lets_real_failures_stand(devweb: DevWeb, test_config: Config) -> None:
    config = test_config.model_copy(update={"canary_urls": [devweb.url("/status/204")], "remap": []})
    urls = ["http://127.0.0.1:9/a", "http://127.0.0.1:7/b"]
    run = await fetch_all(urls, config)
    assert not run.network_unavailable
    assert {run.results[u].link.state for u in urls} == {"dead"}


def test_looks_down_needs_two_hosts_all_failing_our_way() -> None:
    down = Attempt("a.test", answered=False, ours=True)
    assert not looks_down([down])
    assert looks_down([down, Attempt("b.test", answered=False, ours=True)])
    assert not looks_down([down, Attempt("b.test", answered=True, ours=False)])
    assert not looks_down([down, Attempt("b.test", answered=False, ours=False)])


async def test_per_host_limit_is_kept(devweb: DevWeb, test_config: Config) -> None:
    config = test_config.model_copy(update={"max_per_host": 2})
    urls = [devweb.url(f"/slow?ms=100&n={i}") for i in range(6)]
    devweb.reset_stats()
    started = time.monotonic()
    run = await fetch_all(urls, config)
    assert {r.link.state for r in run.results.values()} == {"alive"}
    assert devweb.server.peak_in_flight == 2
    assert time.monotonic() - started >= 0.3


def test_workers_start_round_robin_busiest_host_first() -> None:
    config = Config(max_per_host=2, hosts={"slow.test": HostConfig(max_per_host=1)})
    urls = [f"https://big.test/{n}" for n in range(9)] + ["https://slow.test/1", "https://slow.test/2"]
    urls += ["https://one.test/1"]
    queues = _host_queues(urls, {url: host_of(url) for url in urls}, config)
    # Twice the host's concurrency in workers (never more than its links), handed out one per host
    # per round, so every host's first request goes out in the first round.
    assert [host_of(queue[0]) for queue in queues] == [
        "big.test",
        "slow.test",
        "one.test",
        "big.test",
        "slow.test",
        "big.test",
        "big.test",
    ]
    assert len({id(queue) for queue in queues}) == 3  # the workers of a host share its queue


async def test_a_failing_on_result_stops_the_run_without_bogus_verdicts(
    devweb: DevWeb, test_config: Config
) -> None:
    """The audit persists in on_result; when that fails the run ends, and no check still in flight
    reports a closed client as an 'unreachable' source."""
    urls = [devweb.url(f"/slow?ms=300&k={i}") for i in range(6)] + [devweb.url("/status/200")]
    seen: list[FetchResult] = []

    class StoreDown(Exception):
        pass

    def save(url: str, result: FetchResult) -> None:
        seen.append(result)
        raise StoreDown(url)

    with pytest.raises(StoreDown):
        await fetch_all(urls, test_config, on_result=save)
    reported = len(seen)
    await asyncio.sleep(0.8)  # any check left running would have finished (and been reported) by now
    assert len(seen) == reported < len(urls)
    # Checks that finished in the same instant are real verdicts; none is a closed-client artefact.
    assert {result.link.state for result in seen} == {"alive"}


async def test_responses_can_be_released_after_on_result(devweb: DevWeb, test_config: Config) -> None:
    url = "https://soft404.test/news/harbour-reopens-after-storm"
    bodies: dict[str, int] = {}

    def read(seen_url: str, result: FetchResult) -> None:
        bodies[seen_url] = len(result.response.body) if result.response else 0

    run = await fetch_all([url], test_config, on_result=read, keep_responses=False)
    assert bodies[url] > 1000  # on_result saw the page …
    assert run.results[url].response is None  # … and the run did not keep it
    assert run.results[url].link.state == "alive"


@pytest.mark.parametrize("streamed", [False, True])
async def test_no_link_starts_while_the_gate_is_closed(
    devweb: DevWeb, test_config: Config, streamed: bool
) -> None:
    # The pipeline closes the gate while its page readers are behind (pipeline.MAX_BYTES_QUEUED):
    # the fetch then starts nothing, and goes on once it opens.
    urls = [
        "https://tass.ru/politika/25584021",
        "https://catchall.test/articles/council-approves-budget.html",
        "https://moved.test/2023/temporary",
    ]

    async def stream() -> Any:
        for url in urls:
            yield url

    room = asyncio.Event()
    devweb.reset_stats()
    run = asyncio.ensure_future(fetch_all(stream() if streamed else urls, test_config, gate=room.wait))
    await asyncio.sleep(0.4)
    assert sum(devweb.hits.values()) == 0 and not run.done()
    room.set()
    results = (await run).results
    assert [results[url].link.state for url in urls] == ["alive", "alive", "alive"]


async def test_links_coming_while_the_gate_is_closed_wait_for_it(devweb: DevWeb, test_config: Config) -> None:
    # Closed by the first answer (as the pipeline closes it when a body fills its queue) and opened
    # 0.3 s later: the links that came meanwhile start only then, and none is lost.
    urls = [f"https://catchall.test/articles/council-approves-budget.html?n={n}" for n in range(3)]
    room = asyncio.Event()
    room.set()
    first = asyncio.Event()
    answered: dict[str, float] = {}
    loop = asyncio.get_running_loop()

    async def stream() -> Any:
        yield urls[0]
        await first.wait()
        for url in urls[1:]:
            yield url

    def close_at_the_first(url: str, result: FetchResult) -> None:
        answered[url] = time.monotonic()
        if not first.is_set():
            room.clear()
            loop.call_later(0.3, room.set)
            first.set()

    run = await fetch_all(stream(), test_config, gate=room.wait, on_result=close_at_the_first)
    assert all(run.results[url].link.state == "alive" for url in urls)
    assert all(answered[url] - answered[urls[0]] >= 0.25 for url in urls[1:])
