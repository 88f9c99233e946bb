"""Cookie-consent gates (fetch/walls.consent_gate): a link sent to a consent page is blocked
(consent-wall), the gate is not fetched, and its text is never the cited page's."""

from __future__ import annotations

import pytest

from citecheck.config import Config
from citecheck.devweb import DevWeb
from citecheck.fetch import fetch_all
from citecheck.fetch.walls import consent_gate


@pytest.mark.parametrize(
    "gate",
    [
        "https://consent.yahoo.com/v2/collectConsent?sessionId=3_cc-session_0f2b",
        "https://guce.yahoo.com/consent?brandType=eu&gcrumb=g1",
        "https://consent.google.com/ml?continue=https://news.example/a&gl=BE",
        "https://consent.youtube.com/m?continue=https://www.youtube.com/watch?v=x",
        "https://myprivacy.dpgmedia.nl/consent?siteKey=x&callbackUrl=https%3a%2f%2fwww.ad.nl%2f",
        "https://myprivacy.dpgmedia.be/consent?siteKey=y",
    ],
)
def test_a_redirect_to_a_consent_page_is_a_gate(gate: str) -> None:
    assert consent_gate("https://news.example/2024/markets-rally", gate) is not None


@pytest.mark.parametrize(
    ("requested", "next_url"),
    [
        ("https://news.example/a", "https://news.example/consent?next=/a"),  # the site's own path: not known
        ("https://news.example/a", "https://www.google.com/search?q=consent"),
        ("https://consent.google.com/ml", "https://consent.google.com/ml?continue=x"),  # cited as such
        ("https://news.example/a", "https://consent.example.org/"),
    ],
)
def test_other_redirects_are_not(requested: str, next_url: str) -> None:
    assert consent_gate(requested, next_url) is None


@pytest.mark.anyio
@pytest.mark.parametrize("path", ["news/markets-rally", "nieuws/binnenland"])
async def test_a_link_sent_to_a_consent_page_is_blocked_without_fetching_it(
    path: str, devweb: DevWeb, test_config: Config
) -> None:
    url = f"https://consent.test/{path}"  # fixtures/web/consent.test/_redirects
    run = await fetch_all([url], test_config)
    result = run.results[url]
    link = result.link
    assert (link.state, link.error and link.error.kind) == ("blocked", "consent-wall")
    assert link.error is not None and "consent" in link.error.message
    assert len(link.hops) == 1 and result.response is None
