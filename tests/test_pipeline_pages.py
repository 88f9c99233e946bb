"""A body that many URLs answer (a site's "not found" page, a wall) is read for page facts once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import httpx
import pytest

from citecheck import pipeline, tasks
from citecheck.config import Config
from citecheck.models import FetchedBody, FetchResult, LinkResult

pytestmark = pytest.mark.anyio

_PAGE = (
    b"<!doctype html><html lang='en'><head><title>Page not found | News</title></head><body><main>"
    b"<h1>Page not found</h1><p>The page you asked for has moved or never existed here.</p></main></body></html>"
)


def _web(request: httpx.Request) -> httpx.Response:
    kind = "text/plain" if request.url.path.startswith("/plain") else "text/html; charset=utf-8"
    return httpx.Response(200, headers={"content-type": kind}, stream=httpx.ByteStream(_PAGE))


async def test_one_body_under_many_urls_is_read_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    analysis = tmp_path / "a.txt"
    urls = ["https://news.example/a", "https://news.example/b", "https://news.example/plain/c"]
    notes = "\n".join(
        f"[{i}] “Story {i}”, News, {url}, (Access Date: 14.11.2025)." for i, url in enumerate(urls, 1)
    )
    analysis.write_text(f"One claim.[1] Two.[2] Three.[3]\n\n{notes}\n", encoding="utf-8")
    read: list[str] = []
    real = tasks.read_page

    def counted(result: FetchResult, fragments: Sequence[str] = ()) -> object:
        read.append(result.link.url)
        return real(result, fragments)

    monkeypatch.setattr(tasks, "read_page", counted)
    config = Config(wayback=False, soft404_probe=False, retries=0)
    report = await pipeline.acheck([analysis], config, transport=httpx.MockTransport(_web))
    pages = {fn.url: fn.page for fn in report.documents[0].footnotes}
    # The second HTML URL shares the first's facts; the same bytes served as text are another page.
    assert read == [urls[0], urls[2]]
    assert pages[urls[1]] is not None and pages[urls[1]] == pages[urls[0]]
    assert pages[urls[0]].title == "Page not found"  # type: ignore[union-attr]
    assert pages[urls[2]] != pages[urls[0]]


def test_the_page_key_holds_what_the_facts_depend_on() -> None:
    def result(url: str, kind: str = "text/html", day: int = 14, body: bytes = _PAGE) -> FetchResult:
        checked = dt.datetime(2025, 11, day, 9, tzinfo=dt.UTC)
        link = LinkResult(
            url=url,
            state="alive",
            http_status=200,
            content_type=kind,
            checked_at=checked,
            content_hash=str(hash(body)),
        )
        headers = [("Content-Type", f"{kind}; charset=utf-8")]
        return FetchResult(
            link=link, response=FetchedBody(url=url, status=200, response_headers=headers, body=body)
        )

    key = tasks.page_key(result("https://a.example/1"))
    assert key is not None and key == tasks.page_key(result("https://b.example/2"))  # the URL is not read
    assert key != tasks.page_key(result("https://a.example/1", kind="text/plain"))
    assert key != tasks.page_key(result("https://a.example/1", day=15))  # the fetch day bounds the dates
    assert key != tasks.page_key(result("https://a.example/1", body=_PAGE + b" "))
    no_hash = result("https://a.example/1")
    no_hash.link.content_hash = None
    assert tasks.page_key(no_hash) is None
