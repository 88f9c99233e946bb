"""Soft-404 rules: redirects home or to error pages, path shapes, and random-sibling probes."""

from __future__ import annotations

import re

import pytest

from citecheck.config import Config
from citecheck.devweb import DevWeb
from citecheck.fetch import fetch_all
from citecheck.fetch.markers import PageText
from citecheck.fetch.soft404 import (
    PageSample,
    content_reason,
    is_deep,
    path_shape,
    probe_reason,
    probe_url,
    redirect_reason,
    title_names_path,
)

HOME_TEXT = "Latest news. " + " ".join(f"Headline number {i} about the region." for i in range(40))


@pytest.mark.parametrize(
    ("url", "deep"),
    [
        ("https://tass.ru/politika/25584021", True),
        ("https://qazinform.com/news/aktobe-ramps-up-efforts-to-prevent-spring-flooding-494b42", True),
        ("https://example.org/", False),
        ("https://example.org/en", False),
        ("https://example.org/index.html", False),
        ("https://example.org/2024-report", True),
        ("https://example.org/?p=123", True),
    ],
)
def test_is_deep(url: str, deep: bool) -> None:
    assert is_deep(url) is deep


@pytest.mark.parametrize(
    ("requested", "final", "soft"),
    [
        ("https://a.test/news/story-1", "https://a.test/", True),
        ("https://a.test/news/story-1", "https://www.a.test/", True),
        ("https://a.test/news/story-1", "https://a.test/news/", True),
        ("https://a.test/news/story-1", "https://a.test/errors/404", True),
        ("https://a.test/news/story-1", "https://a.test/page-not-found?from=x", True),
        ("https://a.test/news/story-1", "https://a.test/news/story-1-updated", False),
        ("https://a.test/en", "https://a.test/", False),
        ("https://a.test/?p=12", "https://a.test/2020/01/a-post/", False),
        ("https://a.test/news/story-1", "https://a.test/news/story-1", False),
    ],
)
def test_redirect_reason(requested: str, final: str, soft: bool) -> None:
    assert (redirect_reason(requested, final) is not None) is soft


def test_content_reason_reads_title_then_heading() -> None:
    assert content_reason(PageText("Daily News", "Страница не найдена", "")) is not None
    assert content_reason(PageText("Aktobe ramps up efforts to prevent spring flooding", None, "")) is None
    assert content_reason(None) is None


@pytest.mark.parametrize(
    ("url", "pattern"),
    [
        ("https://tass.ru/politika/25584021", r"https://tass\.ru/politika/\d{13}"),
        ("https://a.test/news/some-story.html", r"https://a\.test/news/citecheck-[0-9a-f]{12}\.html"),
        ("https://a.test/news/some-story/", r"https://a\.test/news/citecheck-probe-[0-9a-f]{12}/"),
        ("https://a.test/article.php?id=77", r"https://a\.test/article\.php\?id=\d{13}"),
        ("https://a.test/view?slug=abc", r"https://a\.test/view\?slug=citecheck-[0-9a-f]{12}"),
        (
            "https://a.test/news/a-story?utm_source=x",
            r"https://a\.test/news/citecheck-probe-[0-9a-f]{12}\?utm_source=x",
        ),
    ],
)
def test_probe_url_keeps_the_shape(url: str, pattern: str) -> None:
    probe = probe_url(url)
    assert re.fullmatch(pattern, probe), probe
    assert path_shape(probe) == path_shape(url)


def test_siblings_share_a_shape_and_other_directories_do_not() -> None:
    assert path_shape("https://a.test/news/1") == path_shape("https://a.test/news/2")
    assert path_shape("https://a.test/news/1") != path_shape("https://a.test/sport/1")
    assert path_shape("https://a.test/news/1") != path_shape("https://a.test/news/slug")


def _sample(url: str, title: str, text: str, status: int = 200, final: str | None = None) -> PageSample:
    return PageSample(url, final or url, status, PageText(title, None, text))


def test_probe_catch_all_home_page_means_soft_404() -> None:
    page = _sample("https://c.test/articles/gone.html", "Courier — latest news", HOME_TEXT)
    probe = _sample("https://c.test/articles/citecheck-1.html", "Courier — latest news", HOME_TEXT)
    assert probe_reason(page, probe) is not None


def test_probe_answering_404_means_the_host_is_honest() -> None:
    page = _sample("https://c.test/articles/story.html", "Courier — latest news", HOME_TEXT)
    probe = _sample("https://c.test/articles/citecheck-1.html", "404 Not Found", "Not Found", status=404)
    assert probe_reason(page, probe) is None


def test_a_real_article_differs_from_the_catch_all_page() -> None:
    page = _sample(
        "https://c.test/articles/budget.html", "Council approves budget", "The council voted. " * 40
    )
    probe = _sample("https://c.test/articles/citecheck-1.html", "Courier — latest news", HOME_TEXT)
    assert probe_reason(page, probe) is None


def test_identical_app_shells_prove_nothing() -> None:
    shell = "Loading…"
    page = _sample("https://app.test/item/42", "App", shell)
    probe = _sample("https://app.test/item/9999999", "App", shell)
    assert probe_reason(page, probe) is None


def test_same_landing_after_redirects_means_soft_404() -> None:
    page = _sample("https://c.test/a/b", "Welcome", "x", final="https://c.test/landing")
    probe = _sample("https://c.test/a/citecheck-1", "Welcome", "x", final="https://c.test/landing")
    assert probe_reason(page, probe) is not None
    assert probe_reason(page, None) is None


@pytest.mark.parametrize(
    ("url", "title", "named"),
    [
        # The slug's words are in the title: the page is itself, no probe needed.
        ("https://n.test/news/harbour-reopens-after-storm", "Harbour reopens after storm", True),
        (
            "https://n.test/2024/05/city-council-approves-new-tram-budget-123456",
            "Council approves tram budget | N",
            True,
        ),
        (
            "https://n.test/ru/novosti/%D0%BC%D0%BE%D1%81%D1%82-%D0%BE%D1%82%D0%BA%D1%80%D1%8B%D0%BB%D0%B8-%D0%BF%D0%BE%D1%81%D0%BB%D0%B5-%D1%80%D0%B5%D0%BC%D0%BE%D0%BD%D1%82%D0%B0",
            "Мост открыли после ремонта",
            True,
        ),
        # Too few words of the slug in the title, or too few words at all: the probe decides.
        ("https://n.test/news/harbour-reopens-after-storm", "Courier — latest news", False),
        ("https://n.test/news/harbour-storm", "Harbour storm", False),
        ("https://n.test/politika/25584021", "Путин провёл переговоры", False),
        ("https://n.test/news/the-and-for-with", "The and for with", False),  # stop words only
        ("https://n.test/a/council-tram-budget-vote-delay-report", "Council tram budget", False),  # 3 of 6
    ],
)
def test_a_title_that_names_its_slug_needs_no_probe(url: str, title: str, named: bool) -> None:
    assert title_names_path(_sample(url, title, "text")) is named


def test_a_catch_all_cannot_name_a_slug_it_was_not_asked_for() -> None:
    """Why skipping the probe loses nothing: a catch-all's title is the same for every path, so a
    probe would have matched it only if it also carried the slug's words."""
    page = _sample(
        "https://c.test/articles/council-approves-tram-budget.html", "Courier — latest news", HOME_TEXT
    )
    assert not title_names_path(page)
    probe = _sample("https://c.test/articles/citecheck-1.html", "Courier — latest news", HOME_TEXT)
    assert probe_reason(page, probe) is not None


# -- parked domains (soft404.parked_reason, soft404.marketplace_reason) ---------------------------

_PARKED_SITE = ("https://akersbiosciences.com/jobs",)


@pytest.mark.parametrize(
    "title",
    [
        "AkersBiosciences.com is for sale | HugeDomains",
        "The domain name akersbiosciences.com is for sale",
        "www.akersbiosciences.com steht zum Verkauf - Sedo GmbH",
        "akersbiosciences.com est à vendre !",
    ],
)
def test_a_title_offering_the_sites_own_domain_for_sale_is_a_parked_page(title: str) -> None:
    assert content_reason(PageText(title, None, ""), _PARKED_SITE) is not None


@pytest.mark.parametrize(
    "title",
    [
        "Cottage in Kent is for sale",  # a listing, no domain
        "Why the domain name akersbiosciences.com is for sale matters",  # a headline about it
        "akersbiosciences.com is for sale, says its founder",
        "Tesla.com is for sale | HugeDomains",  # another site's domain
        "Node.js is for sale",
    ],
)
def test_headlines_and_other_domains_for_sale_are_not(title: str) -> None:
    assert content_reason(PageText(title, None, ""), _PARKED_SITE) is None


def test_a_for_sale_title_needs_the_urls_to_name_the_site() -> None:
    assert content_reason(PageText("AkersBiosciences.com is for sale", None, "")) is None


def test_a_redirect_to_a_domain_marketplace_means_the_domain_is_for_sale() -> None:
    market = "https://www.hugedomains.com/domain_profile.cfm?d=opencctv.com"
    assert redirect_reason("https://opencctv.com/", market) is not None  # even the home page
    assert redirect_reason("https://www.opencctv.com/streams/12", market) is not None
    # The marketplace's own pages moving about are not a sale.
    assert redirect_reason("https://hugedomains.com/blog/a", "https://www.hugedomains.com/blog/b") is None
    assert redirect_reason("https://opencctv.com/", "https://opencctv.org/") is None


@pytest.mark.anyio
async def test_a_parked_site_answers_every_path_with_its_sale_page(test_config: Config) -> None:
    url = "https://parked.test/2019/05/harbour-sensors-report"
    link = (await fetch_all([url], test_config)).results[url].link
    assert (link.state, link.error and link.error.kind) == ("soft-404", "soft-404")
    assert link.error is not None and "for sale" in link.error.message


@pytest.mark.anyio
async def test_a_link_sent_to_a_domain_marketplace_is_gone_without_asking_it(
    devweb: DevWeb, test_config: Config
) -> None:
    url = "https://sold.test/news/old-story"  # fixtures/web/sold.test/_redirects
    devweb.reset_stats()
    link = (await fetch_all([url], test_config)).results[url].link
    assert (link.state, link.error and link.error.kind) == ("soft-404", "soft-404")
    assert link.error is not None and "hugedomains.com" in link.error.message
    assert sum(devweb.hits.values()) == 1  # the marketplace was not asked
