"""Addresses that lead elsewhere, unwrapped at parse time (parse/urls.unwrap_redirect): Google's and YouTube's consent
reader in Europe copies from the bar is the page behind the gate."""

from __future__ import annotations

import pytest

from citecheck.parse import parse_bytes
from citecheck.parse.urls import unwrap_redirect


@pytest.mark.parametrize(
    ("href", "target"),
    [
        (
            "https://consent.google.com/ml?continue=https://news.google.com/rss/articles/CBMiaWh0dHBz&gl=BE",
            "https://news.google.com/rss/articles/CBMiaWh0dHBz",
        ),
        (
            "https://consent.youtube.com/m?continue=https%3A%2F%2Fwww.youtube.com%2Fwatch%3Fv%3Dabc&gl=DE",
            "https://www.youtube.com/watch?v=abc",
        ),
    ],
)
def test_the_consent_gate_unwraps_to_the_page_behind_it(href: str, target: str) -> None:
    assert unwrap_redirect(href) == target


@pytest.mark.parametrize(
    "href",
    [
        "https://consent.google.com/ml?continue=javascript:alert(1)",  # no web address behind it
        "https://consent.google.com/terms",
        "https://consent.example.org/ml?continue=https://a.example/",  # not Google's gate
    ],
)
def test_other_links_stay_as_written(href: str) -> None:
    assert unwrap_redirect(href) == href


def test_a_markdown_link_through_the_gate_cites_the_page() -> None:
    text = (
        "Bitcoin traders favour options.[^1]\n\n"
        "[^1]: [“Cryptoverse: Bitcoin traders like their options”](https://consent.google.com/ml?"
        "continue=https://www.reuters.com/technology/cryptoverse-bitcoin-traders-2023-06-20/&gl=BE), Reuters.\n"
    )
    document = parse_bytes(text.encode(), path="notes.md")
    assert [f.url for f in document.footnotes] == [
        "https://www.reuters.com/technology/cryptoverse-bitcoin-traders-2023-06-20/"
    ]


# -- AMP viewer and AMP cache addresses (urls._AMP_VIEWER, urls._AMP_CACHE) --------------------------------


@pytest.mark.parametrize(
    ("href", "target"),
    [
        (
            "https://www.google.com/amp/s/www.geeksforgeeks.org/what-is-web-socket/amp/",
            "https://www.geeksforgeeks.org/what-is-web-socket/amp/",
        ),
        (
            "https://www.google.com/amp/s/searchnetworking.techtarget.com/definition/Seebeck-effect%3famp=1",
            "https://searchnetworking.techtarget.com/definition/Seebeck-effect?amp=1",
        ),
        ("https://www.google.co.uk/amp/www.example.com/a", "http://www.example.com/a"),
        (
            "https://www-bbc-com.cdn.ampproject.org/c/s/www.bbc.com/news/amp/world-1",
            "https://www.bbc.com/news/amp/world-1",
        ),
    ],
)
def test_an_amp_address_leads_to_the_publishers_page(href: str, target: str) -> None:
    assert unwrap_redirect(href) == target


@pytest.mark.parametrize(
    "href",
    [
        "https://www.google.com/amp/s/",  # no page in it
        "https://www.google.com/ampere/x",
        "https://developers.google.com/amp/s/x.com",  # AMP's documentation, not the viewer
        "https://amp.dev/documentation/guides-and-tutorials/",
    ],
)
def test_other_amp_looking_addresses_stay(href: str) -> None:
    assert unwrap_redirect(href) == href


def test_a_plain_address_in_an_entry_is_unwrapped_too() -> None:
    text = (
        "WebSockets keep one connection open.[1]\n\n"
        "Notes\n\n"
        "[1] What is web socket, GeeksforGeeks, "
        "https://www.google.com/amp/s/www.geeksforgeeks.org/what-is-web-socket/amp/ (accessed 3 March 2024).\n"
    )
    document = parse_bytes(text.encode(), path="notes.txt")
    assert [f.url for f in document.footnotes] == ["https://www.geeksforgeeks.org/what-is-web-socket/amp/"]
