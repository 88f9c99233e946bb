"""Redirects made by a stub page's script (citecheck/fetch/refresh.py, ``scripted``): the shapes the
public code index shows (a docs root's ``location.replace("latest/" + location.search + …)``, a
sign-in hand-off's ``window.location='…'``), followed as a browser would on the fixture web
(fixtures/web/refresh.test/guide/script-*), and the near misses left alone: a redirect in a
condition or an event handler, on a page with content, two targets, a script from elsewhere."""

from __future__ import annotations

import pytest

from citecheck.config import Config
from citecheck.fetch import fetch_all
from citecheck.fetch.checker import permanent_target
from citecheck.fetch.refresh import STUB_TEXT_CHARS, declared, scripted
from citecheck.models import Hop

PAGE = "https://docs.example/project/"


def _stub(script: str, body: str = "Redirecting…", head: str = "<title>Redirecting</title>") -> bytes:
    return f"<!doctype html><html><head>{head}<script>{script}</script></head><body>{body}</body></html>".encode()


@pytest.mark.parametrize(
    ("script", "target"),
    [
        (
            'window.location.replace("latest/" + window.location.search + window.location.hash);',
            PAGE + "latest/",
        ),
        (
            "window.location='https://other.example/accounts/signup/'",
            "https://other.example/accounts/signup/",
        ),
        ('window.location.href="https://other.example/"', "https://other.example/"),
        ("location.href = '../guide/';", "https://docs.example/guide/"),
        ('document.location = "/v2/index.html";', "https://docs.example/v2/index.html"),
        ("top.location.assign('stable/')", PAGE + "stable/"),
        ('<!--\n  self.location.replace("stable/");\n//-->', PAGE + "stable/"),
        ('window.location.replace("stable/#install")', PAGE + "stable/"),
    ],
)
def test_a_script_only_stub_sends_the_reader_on(script: str, target: str) -> None:
    moved = scripted(_stub(script), PAGE)
    assert moved is not None and (moved.url, moved.delay, moved.scripted) == (target, 0, True)


def test_the_page_query_follows_when_the_script_appends_it() -> None:
    moved = scripted(_stub('window.location.replace("latest/" + window.location.search)'), PAGE + "?lang=de")
    assert moved is not None and moved.url == PAGE + "latest/?lang=de"


@pytest.mark.parametrize(
    "page",
    [
        _stub("if (window.innerWidth < 600) { window.location.href = '/m/'; }"),  # a condition
        _stub("function go() { location.replace('next/'); }"),  # a function nobody calls here
        _stub("location.href = base + 'next/';"),  # a target the script computes
        _stub(
            "window.location.replace(\"a/\");</script><script>window.location.replace('b/')"
        ),  # two targets
        _stub("window.location.reload()"),  # reloads itself
        _stub("window.location.replace('./')"),  # itself
        _stub("window.location.href = 'javascript:void(0)'"),
        _stub(
            "window.location.replace('next/')", body="word " * (STUB_TEXT_CHARS // 4)
        ),  # a page with content
        _stub("console.log(location.href)"),  # reads the location, moves nobody
        b"<html><head><script src='redirect.js'></script></head><body>Redirecting</body></html>",
    ],
)
def test_a_page_that_may_not_move_the_reader_is_read_as_cited(page: bytes) -> None:
    assert scripted(page, PAGE) is None


def test_a_meta_refresh_is_read_first() -> None:
    page = _stub(
        "window.location.replace('from-script/')",
        head='<meta http-equiv="refresh" content="0; url=from-meta/">',
    )
    meta = declared(page, PAGE)
    assert meta is not None and meta.url == PAGE + "from-meta/" and not meta.scripted


def test_a_scripted_hop_is_no_permanent_move() -> None:
    hops = [Hop(url=PAGE, status=200, location=PAGE + "latest/", scripted=True)]
    assert permanent_target(hops) is None
    instant = [Hop(url=PAGE, status=200, location=PAGE + "latest/", refresh_delay=0)]
    assert permanent_target(instant) == PAGE + "latest/"


@pytest.mark.anyio
async def test_a_script_stub_on_the_fixture_web_is_followed_to_the_page_a_reader_sees(
    test_config: Config,
) -> None:
    url = "https://refresh.test/guide/script-stub"
    result = (await fetch_all([url], test_config)).results[url]
    link = result.link
    assert (link.state, link.suggestion) == ("alive", None)
    assert link.final_url is not None and link.final_url.endswith("/refresh.test/guide/new-setup")
    assert [(hop.status, hop.scripted, hop.refresh_delay) for hop in link.hops] == [(200, True, None)]
    assert result.response is not None and b"Setting up the harbour sensors" in result.response.body


@pytest.mark.anyio
async def test_a_script_stub_leading_to_a_missing_page_is_dead(test_config: Config) -> None:
    url = "https://refresh.test/guide/script-to-missing"
    link = (await fetch_all([url], test_config)).results[url].link
    assert (link.state, link.http_status) == ("dead", 404)


@pytest.mark.anyio
@pytest.mark.parametrize("page", ["script-conditional", "script-after-save"])
async def test_pages_whose_scripts_may_not_move_the_reader_are_the_cited_page(
    page: str, test_config: Config
) -> None:
    url = f"https://refresh.test/guide/{page}"
    link = (await fetch_all([url], test_config)).results[url].link
    assert (link.state, link.hops) == ("alive", [])
