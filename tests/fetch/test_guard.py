"""SSRF guard: non-public addresses are refused on the first request and on every hop."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Sequence
from typing import Any

import pytest

from citecheck.config import Config
from citecheck.devweb import DevWeb
from citecheck.fetch import fetch_all, make_transport
from citecheck.fetch.guard import BAD_PORTS, CachingResolver, NameResolutionFailed, is_public_address

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("93.184.215.14", True),
        ("2606:4700::6810:84e5", True),
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("172.16.0.1", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),
        ("100.64.0.1", False),
        ("0.0.0.0", False),
        ("224.0.0.1", False),
        ("240.0.0.1", False),
        ("::1", False),
        ("fe80::1", False),
        ("fc00::1", False),
        ("::ffff:127.0.0.1", False),
        # Special-purpose blocks Python 3.11.7 calls global (session 42), and near misses beside them.
        ("192.0.0.8", False),
        ("192.0.1.1", True),
        ("fec0::1", False),
        ("2002:7f00:1::1", False),
        ("2002:a00:1::1", False),
        ("2003::1", True),
        ("3fff::1", False),
        ("2001:4860:4860::8888", True),
        ("::ffff:192.0.0.8", False),
    ],
)
def test_public_addresses(address: str, public: bool) -> None:
    assert is_public_address(ipaddress.ip_address(address)) is public


def _fake_dns(table: dict[str, str], calls: list[str]) -> Callable[[str, int], Any]:
    async def getaddrinfo(host: str, port: int) -> Sequence[tuple[Any, ...]]:
        calls.append(host)
        if host not in table:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (table[host], port))]

    return getaddrinfo


async def test_resolver_caches_answers_and_failures() -> None:
    calls: list[str] = []
    resolver = CachingResolver(_fake_dns({"a.test": "192.0.2.1"}, calls))
    assert [str(a) for a in await resolver.resolve("a.test", 80)] == ["192.0.2.1"]
    await resolver.resolve("A.test", 443)
    for _ in range(2):
        with pytest.raises(NameResolutionFailed) as failed:
            await resolver.resolve("gone.invalid", 80)
        assert failed.value.missing
    assert await resolver.resolve("198.51.100.7", 80) == [ipaddress.ip_address("198.51.100.7")]
    assert calls == ["a.test", "gone.invalid"]


async def test_loopback_is_refused_without_allow_private(devweb: DevWeb) -> None:
    config = Config(retries=0)
    url = devweb.url("/status/200")
    devweb.reset_stats()
    run = await fetch_all([url, f"http://localhost:{devweb.port}/status/200"], config)
    for result in run.results.values():
        assert result.link.state == "skipped"
        assert result.link.error is not None and result.link.error.kind == "private-address"
    assert devweb.server.requests == 0
    assert not run.network_unavailable


async def test_a_name_resolving_to_a_private_address_is_refused(devweb: DevWeb) -> None:
    # DNS rebinding's first half: a harmless-looking name that points inside.
    calls: list[str] = []
    transport = make_transport(
        Config(), resolver=CachingResolver(_fake_dns({"rebind.test": "127.0.0.1"}, calls))
    )
    run = await fetch_all(
        [f"http://rebind.test:{devweb.port}/status/200"], Config(retries=0), transport=transport
    )
    link = run.results[f"http://rebind.test:{devweb.port}/status/200"].link
    assert (link.state, link.error and link.error.kind) == ("skipped", "private-address")


async def test_every_redirect_hop_is_vetted(devweb: DevWeb) -> None:
    # 127.0.0.1 is allowed, 127.0.0.2 is not: the hop must be refused before any connection is
    # tried (nothing listens on 127.0.0.2, so an unguarded client would report a refused connection).
    config = Config(retries=0, allow_private=False)
    transport = make_transport(config, address_allowed=lambda ip: str(ip) == "127.0.0.1")
    target = f"http://127.0.0.2:{devweb.port}/status/200"
    url = devweb.url(f"/redirect-to?url={target}")
    run = await fetch_all([url], config, transport=transport)
    link = run.results[url].link
    assert link.state == "skipped"
    assert link.error is not None and link.error.kind == "private-address"
    assert [hop.location for hop in link.hops] == [target]


async def test_another_protocol_s_port_is_never_asked_at_any_hop(devweb: DevWeb) -> None:
    # As browsers refuse them (Fetch's "bad ports"): SMTP's 25, IRC's 6667…, on the first request and
    # after a redirect. 127.0.0.1 stands for a public host here (the policy allows it alone).
    config = Config(retries=0, allow_private=False)
    transport = make_transport(config, address_allowed=lambda ip: str(ip) == "127.0.0.1")
    first = "http://127.0.0.1:25/"
    target = "http://127.0.0.1:6667/channels/news"
    hop = devweb.url(f"/redirect-to?url={target}")
    run = await fetch_all([first, hop], config, transport=transport)
    for url in (first, hop):
        link = run.results[url].link
        assert (link.state, link.error and link.error.kind) == ("skipped", "bad-port")
    assert [h.location for h in run.results[hop].link.hops] == [target]
    # The near miss: the fixture web's own (ephemeral) port is asked as ever.
    assert devweb.port not in BAD_PORTS and run.results[hop].link.hops[0].status == 302


async def test_an_operator_s_own_run_may_ask_any_port(devweb: DevWeb) -> None:
    # --allow-private: the machines are the operator's; a closed port 9 is refused, not skipped.
    config = Config(retries=0, allow_private=True)
    link = (await fetch_all(["http://127.0.0.1:9/"], config)).results["http://127.0.0.1:9/"].link
    assert link.error is not None and link.error.kind == "connection-refused"
