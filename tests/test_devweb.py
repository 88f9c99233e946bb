"""The fixture web itself: routing by prefix and Host header, fixture files, and the control routes."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from citecheck.devweb import DEMO_ANALYSIS, DevWeb, FixtureServer, demo_command

ARTICLE = "/soft404.test/news/harbour-reopens-after-storm"


@pytest.fixture
def client(devweb: DevWeb) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=devweb.base_url, follow_redirects=False) as opened:
        yield opened


def test_fixture_page_by_path_prefix(client: httpx.Client) -> None:
    response = client.get(ARTICLE)
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert response.headers["content-encoding"] == "gzip"
    assert "<h1>Harbour reopens after storm</h1>" in response.text


def test_fixture_page_by_host_header(client: httpx.Client) -> None:
    response = client.get("/news/harbour-reopens-after-storm", headers={"Host": "soft404.test"})
    assert response.status_code == 200 and "Harbour reopens" in response.text


def test_conditional_requests(client: httpx.Client) -> None:
    first = client.get(ARTICLE)
    assert client.get(ARTICLE, headers={"If-None-Match": first.headers["etag"]}).status_code == 304
    since = client.get(ARTICLE, headers={"If-Modified-Since": first.headers["last-modified"]})
    assert since.status_code == 304


@pytest.mark.parametrize(
    "path",
    ["/moved.test/_redirects", "/_devweb/page.html", "/moved.test/%2e%2e/%2e%2e/pyproject.toml", "/nowhere"],
)
def test_private_and_unknown_paths_are_404(client: httpx.Client, path: str) -> None:
    assert client.get(path).status_code == 404


def test_directory_without_slash_redirects(client: httpx.Client) -> None:
    response = client.get("/moved.test/2024/section")
    assert (response.status_code, response.headers["location"]) == (301, "/moved.test/2024/section/")


def test_site_settings(client: httpx.Client) -> None:
    soft = client.get("/soft404.test/news/missing")
    assert soft.status_code == 200 and "Page not found" in soft.text
    home = client.get("/home-redirect.test/news/missing")
    assert (home.status_code, home.headers["location"]) == (302, "/home-redirect.test/")
    catchall = client.get("/catchall.test/articles/missing.html")
    assert catchall.status_code == 200 and "Catch-All Courier" in catchall.text
    moved = client.get("/moved.test/2023/old-article")
    assert (moved.status_code, moved.headers["location"]) == (301, "/moved.test/2024/new-article")


def test_control_routes(client: httpx.Client) -> None:
    assert client.get("/status/418").status_code == 418
    assert client.get("/moved.test/redirect/2").headers["location"] == "/moved.test/redirect/1?code=302"
    assert client.get("/redirect-loop").headers["location"] == "/redirect-loop/next"
    wall = client.get("/bot-wall")
    assert (wall.status_code, wall.headers["cf-mitigated"]) == (403, "challenge")
    assert "Just a moment..." in wall.text
    key = uuid.uuid4().hex
    first, second = client.get(f"/retry-after?s=2&key={key}"), client.get(f"/retry-after?s=2&key={key}")
    assert (first.status_code, first.headers["retry-after"], second.status_code) == (429, "2", 200)
    assert [client.get(f"/flaky?fail=2&key={key}").status_code for _ in range(3)] == [503, 503, 200]
    assert client.get("/echo-headers", headers={"X-Probe": "1"}).json()["headers"]["x-probe"] == "1"
    big = client.head("/big?mb=50")
    assert big.headers["content-length"] == str(50 << 20)


def test_misbehaving_routes(client: httpx.Client) -> None:
    with pytest.raises(httpx.RemoteProtocolError):
        client.get("/malformed")
    with pytest.raises(httpx.RemoteProtocolError):
        client.get("/empty")
    with pytest.raises(httpx.ReadTimeout):
        client.get("/never", timeout=httpx.Timeout(1.0, read=0.2))


def test_latency_and_extra_addresses() -> None:
    # The extra address is served with its latency; the main one is not. The fast side is the
    # best of three requests so a loaded machine (parallel suites) does not make it look slow.
    with DevWeb(extra_hosts=["127.0.0.2"], latency_ms={"127.0.0.2": 300}) as web, httpx.Client() as client:
        started = time.monotonic()
        response = client.get(f"http://127.0.0.2:{web.port}/status/204")
        slow = time.monotonic() - started
        fast = []
        for _ in range(3):
            started = time.monotonic()
            client.get(web.url("/status/204"))
            fast.append(time.monotonic() - started)
    assert response.status_code == 204
    assert slow >= 0.3 > min(fast)


def test_site_latency_from_site_settings(client: httpx.Client) -> None:
    started = time.monotonic()
    assert client.get("/slow.test/").status_code == 200
    assert time.monotonic() - started >= 0.3


@pytest.mark.anyio
async def test_async_server(tmp_path: Path) -> None:
    site = tmp_path / "tiny.test"
    site.mkdir()
    (site / "index.html").write_text("<title>Tiny</title>", encoding="utf-8")
    async with FixtureServer(tmp_path) as server, httpx.AsyncClient() as http:
        response = await http.get(f"http://127.0.0.1:{server.port}/tiny.test/")
    assert response.text == "<title>Tiny</title>"
    assert server.hits["/tiny.test/"] == 1


def test_url_helper_and_remap_rule(devweb: DevWeb) -> None:
    assert devweb.url("https://tass.ru/politika/1") == f"{devweb.base_url}/tass.ru/politika/1"
    assert (
        devweb.url("/redirect-to?url=http://x.test/") == f"{devweb.base_url}/redirect-to?url=http://x.test/"
    )
    command = demo_command(devweb)
    assert command[1:4] == ["-m", "citecheck", "check"]
    assert str(DEMO_ANALYSIS) in command and "--allow-private" in command
    assert command[command.index("--remap") + 1] == devweb.remap_rule


def test_serve_command_line() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "citecheck.devweb", "serve", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line.startswith("devweb listening on http://127.0.0.1:")
        base = line.split()[3]
        assert httpx.get(base + "/status/200").status_code == 200
    finally:
        process.terminate()
        process.wait(timeout=10)
    assert process.returncode == 0


def test_demo_runs_end_to_end_and_judges_its_outcome(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from citecheck.devweb import demo, demo_outcome

    assert demo(out=tmp_path) == 0
    printed = capsys.readouterr().out
    assert "claim-mismatch" in printed and "Demo outcome as expected" in printed
    assert (tmp_path / "demo-report.html").is_file()
    assert list((tmp_path / "archive").rglob("*.warc.gz"))
    # The judge of the outcome is not a rubber stamp: a report flagging a good footnote fails it.
    report = json.loads((tmp_path / "demo-report.json").read_text(encoding="utf-8"))
    report["documents"][0]["findings"].append({"code": "dead-link", "severity": "error", "label": "v"})
    (tmp_path / "bad.json").write_text(json.dumps(report), encoding="utf-8")
    assert demo_outcome(tmp_path / "bad.json") == [
        "findings on footnotes ['iv', 'v'], expected on ['iv'] only"
    ]


def test_base_placeholder_is_the_servers_own_address(devweb: DevWeb) -> None:
    response = httpx.get(devweb.url("https://analyses.example/sitemap.xml"))
    assert response.status_code == 200
    assert "{{BASE}}" not in response.text
    assert f"{devweb.base_url}/analyses.example/" in response.text


@pytest.mark.parametrize(
    ("path", "content_type", "marker"),
    [
        ("https://analyses.example/feed/", "xml", "<rss"),
        ("https://analyses.example/wp-json/wp/v2/posts?per_page=10&page=1", "application/json", '"content"'),
    ],
)
def test_feeds_and_the_wordpress_api_are_served(
    devweb: DevWeb, path: str, content_type: str, marker: str
) -> None:
    response = httpx.get(devweb.url(path))
    assert response.status_code == 200
    assert content_type in response.headers["content-type"]
    assert marker in response.text
