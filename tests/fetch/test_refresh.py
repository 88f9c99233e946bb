"""Meta refresh (citecheck/fetch/refresh.py): the standard's parsing, and redirect stubs followed as
hops on the fixture web (fixtures/web/refresh.test: Jekyll-style stubs, a "this page has moved"
notice, a session timeout, a self-reload, refreshes hidden in <noscript> and in a comment)."""

from __future__ import annotations

from pathlib import Path

import pytest

from citecheck.config import Config
from citecheck.devweb import DevWeb
from citecheck.fetch import fetch_all, make_transport
from citecheck.fetch.refresh import MAX_DELAY, declared, parse_content

PAGE = "https://site.example/docs/old"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("0; url=https://site.example/new", (0, "https://site.example/new")),
        ("0;URL=new", (0, "new")),
        ("  3 , url = 'a b.html'  ", (3, "a b.html")),
        ('0; url="quoted.html" trailing', (0, "quoted.html")),
        ("0.5; index.php", (0, "index.php")),
        (".5;url=x", (0, "x")),
        ("10", (10, None)),
        ("7;", (7, None)),
        ("0; urlish-path", (0, "urlish-path")),
        ("soon; url=x", None),
        ("5x; url=/a", None),
        ("", None),
    ],
)
def test_content_is_read_as_the_standard_reads_it(
    content: str, expected: tuple[int, str | None] | None
) -> None:
    assert parse_content(content) == expected


def _page(head: str) -> bytes:
    return f"<!doctype html><html><head>{head}<title>t</title></head><body>b</body></html>".encode()


@pytest.mark.parametrize(
    ("head", "target"),
    [
        (
            '<meta http-equiv="refresh" content="0; url=https://other.example/new">',
            "https://other.example/new",
        ),
        ("<META CONTENT='0;URL=../new' HTTP-EQUIV='Refresh'>", "https://site.example/new"),
        ("<meta http-equiv=refresh content=0;url=new>", "https://site.example/docs/new"),
        (
            '<meta http-equiv="refresh" content="0; url=new?a=1&amp;b=2">',
            "https://site.example/docs/new?a=1&b=2",
        ),
        (f'<meta http-equiv="refresh" content="{MAX_DELAY}; url=new">', "https://site.example/docs/new"),
    ],
)
def test_a_refresh_that_moves_the_reader_is_found(head: str, target: str) -> None:
    found = declared(_page(head), PAGE)
    assert found is not None and found.url == target


@pytest.mark.parametrize(
    "head",
    [
        '<meta http-equiv="refresh" content="60">',  # reloads itself
        f'<meta http-equiv="refresh" content="{MAX_DELAY + 1}; url=logged-out">',  # read before it fires
        '<meta http-equiv="refresh" content="0; url=old#top">',  # itself, up to the fragment
        '<meta http-equiv="refresh" content="0; url=javascript:go()">',
        '<noscript><meta http-equiv="refresh" content="0; url=no-js"></noscript>',
        '<!-- <meta http-equiv="refresh" content="0; url=new"> -->',
        '<script>document.write(\'<meta http-equiv="refresh" content="0; url=new">\')</script>',
        '<meta name="refresh" content="0; url=new">',  # not http-equiv
        '<meta http-equiv="refresh-later" content="0; url=new">',
        "<p>Press F5 to refresh the page.</p>",
    ],
)
def test_a_refresh_that_keeps_the_reader_here_is_not(head: str) -> None:
    assert declared(_page(head), PAGE) is None


@pytest.mark.anyio
async def test_an_instant_refresh_stub_is_a_permanent_move(test_config: Config) -> None:
    url = "https://refresh.test/guide/old-setup"
    result = (await fetch_all([url], test_config)).results[url]
    link = result.link
    assert (link.state, link.http_status) == ("redirected", 200)
    assert link.suggestion == "https://refresh.test/guide/new-setup"
    assert [(hop.status, hop.refresh_delay) for hop in link.hops] == [(200, 0)]
    # The page kept for verification is the one the reader lands on, not the stub.
    assert result.response is not None and b"Setting up the harbour sensors" in result.response.body


@pytest.mark.anyio
async def test_a_delayed_refresh_is_followed_but_not_a_move_to_cite(test_config: Config) -> None:
    url = "https://refresh.test/guide/moved-notice"
    link = (await fetch_all([url], test_config)).results[url].link
    assert link.state == "alive" and link.suggestion is None
    assert link.final_url is not None and link.final_url.endswith("/refresh.test/guide/new-setup")
    assert [hop.refresh_delay for hop in link.hops] == [5]


@pytest.mark.anyio
@pytest.mark.parametrize("page", ["session-page", "reload", "noscript", "commented", "self"])
async def test_pages_that_do_not_move_the_reader_are_the_cited_page(page: str, test_config: Config) -> None:
    url = f"https://refresh.test/guide/{page}"
    link = (await fetch_all([url], test_config)).results[url].link
    assert (link.state, link.hops) == ("alive", [])


@pytest.mark.anyio
async def test_a_stub_leading_to_a_missing_page_is_dead(test_config: Config) -> None:
    url = "https://refresh.test/guide/to-missing"
    link = (await fetch_all([url], test_config)).results[url].link
    assert (link.state, link.http_status) == ("dead", 404)
    assert [hop.refresh_delay for hop in link.hops] == [0]


@pytest.mark.anyio
async def test_a_refresh_loop_ends_as_unreachable(devweb: DevWeb, test_config: Config) -> None:
    url = "https://refresh.test/guide/loop-a"
    devweb.reset_stats()
    link = (await fetch_all([url], test_config)).results[url].link
    assert (link.state, link.error and link.error.kind) == ("unreachable", "redirect-loop")
    assert sum(devweb.hits.values()) == 2


@pytest.mark.anyio
async def test_a_deep_link_refreshed_to_the_home_page_is_gone(test_config: Config) -> None:
    url = "https://refresh.test/news/old-story"
    link = (await fetch_all([url], test_config)).results[url].link
    assert (link.state, link.error and link.error.kind) == ("soft-404", "soft-404")


@pytest.mark.anyio
async def test_a_refresh_hop_is_vetted_like_a_redirect(tmp_path: Path) -> None:
    # 127.0.0.1 is allowed, 127.0.0.2 is not: the stub's target must be refused before any
    # connection is tried (nothing listens on 127.0.0.2: an unguarded client would report it refused).
    (tmp_path / "stub.test").mkdir()
    with DevWeb(root=tmp_path) as web:
        target = f"http://127.0.0.2:{web.port}/status/200"
        (tmp_path / "stub.test" / "moved").write_text(
            f'<html><head><meta http-equiv="refresh" content="0; url={target}"><title>Moved</title></head></html>',
            encoding="utf-8",
        )
        config = Config(retries=0, allow_private=False)
        transport = make_transport(config, address_allowed=lambda ip: str(ip) == "127.0.0.1")
        url = web.url("/stub.test/moved")
        link = (await fetch_all([url], config, transport=transport)).results[url].link
    assert (link.state, link.error and link.error.kind) == ("skipped", "private-address")
    assert [(hop.location, hop.refresh_delay) for hop in link.hops] == [(target, 0)]
