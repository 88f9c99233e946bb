"""Is it them or us? Telling dead sources from our own network being down.

A run in which every host failed to resolve or connect — with at least two hosts tried — says more
about our network than about the sources, and the canary URLs (``config.canary_urls``), when set,
settle the question before any source is judged. Either way the links are ``skipped`` with error
kind ``network-unavailable``: never report every source dead because our cable is out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from citecheck.fetch.fetcher import BodyPolicy, FetchSession
from citecheck.fetch.hosts import host_of
from citecheck.models import LinkError

CANARY_BODY_BYTES = 64 * 1024


@dataclass(frozen=True)
class Attempt:
    """How one link's fetch went, as far as the network is concerned."""

    host: str
    answered: bool  # some server sent an HTTP response
    ours: bool  # the failure is one our own network could explain (DNS, connect, unreachable)


def looks_down(attempts: Iterable[Attempt]) -> bool:
    """True when at least two hosts were tried and every one failed in a way ours could explain."""
    hosts: dict[str, bool] = {}
    for attempt in attempts:
        explained = not attempt.answered and attempt.ours
        hosts[attempt.host] = hosts.get(attempt.host, True) and explained
    return len(hosts) >= 2 and all(hosts.values())


async def canaries_unreachable(session: FetchSession, urls: Sequence[str]) -> bool:
    """True when no canary URL answers at all and their failures could all be our network's."""
    if not urls:
        return False
    failures: list[Attempt] = []
    for url in urls:
        chain = await session.follow(url, policy=BodyPolicy(cap=CANARY_BODY_BYTES), retries=1)
        if chain.answered:
            return False
        failures.append(Attempt(host_of(url), answered=False, ours=chain.verdict.ours))
    return all(f.ours for f in failures)


def unavailable_error(detail: str) -> LinkError:
    return LinkError(kind="network-unavailable", message=f"our own network seems unavailable: {detail}")
