"""The capture index: queries, nearest capture, stored texts, CDXJ export, Robust Links."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from citecheck.archive import Archive, format_capture_table, robust_link
from citecheck.archive.index import surt
from citecheck.archive.local import nearest_capture
from citecheck.models import Capture

from .samples import FIXED_START, load_result, page_result, write_golden_archive

ARTICLE = "https://news.mail.ru/politics/68708661"


def capture_at(when: str, status: int = 200) -> Capture:
    return Capture(
        url=ARTICLE,
        captured_at=dt.datetime.fromisoformat(when).replace(tzinfo=dt.UTC),
        status=status,
        digest="sha1:X",
        warc="a.warc.gz",
        offset=0,
        length=1,
    )


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("https://www.News.Mail.ru/politics/68708661", "ru,mail,news)/politics/68708661"),
        ("https://www2.example.org/a/b/", "org,example)/a/b"),
        ("http://example.org", "org,example)/"),
        ("https://example.org:8443/a?b=2&a=1", "org,example:8443)/a?a=1&b=2"),
        ("https://example.org:443/", "org,example)/"),
        ("http://127.0.0.1:8000/news.mail.ru/x", "127.0.0.1:8000)/news.mail.ru/x"),
    ],
)
def test_surt(url: str, key: str) -> None:
    assert surt(url) == key


def test_nearest_prefers_the_latest_capture_on_or_before_the_day() -> None:
    captures = [
        capture_at("2025-11-10T08:00"),
        capture_at("2025-11-14T23:00"),
        capture_at("2025-11-15T01:00"),
    ]
    assert nearest_capture(captures, dt.date(2025, 11, 14)) == captures[1]
    assert nearest_capture(captures, dt.date(2025, 11, 12)) == captures[0]
    assert nearest_capture(captures, dt.date(2025, 11, 1)) == captures[0]  # none before: first after
    assert nearest_capture(captures, dt.datetime(2025, 11, 14, 12, tzinfo=dt.UTC)) == captures[0]
    assert nearest_capture(captures, None) == captures[2]
    assert nearest_capture([], dt.date(2025, 11, 14)) is None


def test_archive_nearest_can_skip_error_pages(archive: Archive) -> None:
    archive.record(load_result("article"), when=FIXED_START)
    archive.record(load_result("notfound", url=ARTICLE), when=FIXED_START + dt.timedelta(days=2))
    at = dt.date(2025, 11, 20)
    nearest = archive.nearest(ARTICLE, at)
    assert nearest is not None and nearest.status == 404
    ok = archive.nearest(ARTICLE, at, ok_only=True)
    assert ok is not None and ok.status == 200


def test_a_soft_404_is_no_copy_of_the_source(archive: Archive) -> None:
    archive.record(load_result("article", state="soft-404"), text="Page not found. " * 10)
    assert archive.nearest(ARTICLE, None) is not None
    assert archive.nearest(ARTICLE, None, ok_only=True) is None
    assert archive.earliest_capture(ARTICLE) is None
    assert archive.earliest_text(ARTICLE) is None


def test_captures_are_found_by_cited_and_fetched_url(archive: Archive) -> None:
    result = load_result("article")
    assert result.response is not None
    local = "http://127.0.0.1:8000/news.mail.ru/politics/68708661"
    remapped = result.model_copy(update={"response": result.response.model_copy(update={"url": local})})
    capture = archive.record(remapped)
    assert capture.url == local
    assert archive.captures(ARTICLE) == archive.captures(local) == [capture]


def test_earliest_text_is_the_normalised_text_of_the_first_good_capture(archive: Archive) -> None:
    url = "https://tass.ru/ekonomika/25600377"
    archive.record(load_result("notfound", url=url), when=FIXED_START - dt.timedelta(days=1))
    assert archive.earliest_text(url) is None
    first, page = page_result(url, "article-v1.txt", checked_at=FIXED_START)
    archive.record(first, text=page.text)
    later, later_page = page_result(
        url, "article-v2-rewritten.txt", checked_at=FIXED_START + dt.timedelta(days=9)
    )
    archive.record(later, text=later_page.text)
    earliest = archive.earliest_text(url)
    assert earliest is not None
    assert earliest.startswith("pashinyan armenia does not intend to give up russian grain\nviews\n")
    baseline = archive.earliest_capture(url)
    assert baseline is not None and baseline.captured_at == FIXED_START


def test_cdxj_export_is_sorted_and_points_at_records(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    warc = write_golden_archive(root)
    with Archive(root) as archive:
        path = archive.write_cdxj()
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines == sorted(lines)
    assert len(lines) == 5
    rows = [line.split(" ", 2) for line in lines]
    by_key = {(key, stamp): json.loads(fields) for key, stamp, fields in rows}
    first = by_key[("ru,mail,news)/politics/68708661", "20251114090000")]
    assert first["url"] == ARTICLE
    assert (first["status"], first["mime"], first["filename"]) == ("200", "text/html", warc.name)
    revisit = by_key[("ru,mail,news)/politics/68708661", "20251115090000")]
    assert revisit["mime"] == "warc/revisit"
    assert revisit["digest"] == first["digest"]
    assert first["digest"].startswith("sha1:")
    with warc.open("rb") as stream:
        stream.seek(int(first["offset"]))
        assert stream.read(2) == b"\x1f\x8b"


def test_capture_table_lists_every_capture(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    write_golden_archive(root)
    with Archive(root) as archive:
        table = format_capture_table(archive.captures(ARTICLE))
    lines = table.splitlines()
    assert lines[0].split()[:3] == ["captured", "at", "(UTC)"]
    assert lines[1].startswith("2025-11-14 09:00:00  200")
    assert "revisit" in lines[2]
    assert format_capture_table([]) == "no captures"


def test_robust_link_escapes_and_needs_something_to_add() -> None:
    link = robust_link(
        "https://example.org/?a=1&b=2",
        version_url="https://web.archive.org/web/20251110000000/https://example.org/?a=1&b=2",
        version_date=dt.datetime(2025, 11, 14, 10, tzinfo=dt.UTC),
        text='Title with "quotes" & <tags>',
    )
    assert link == (
        '<a href="https://example.org/?a=1&amp;b=2" data-originalurl="https://example.org/?a=1&amp;b=2" '
        'data-versionurl="https://web.archive.org/web/20251110000000/https://example.org/?a=1&amp;b=2" '
        'data-versiondate="2025-11-14">Title with "quotes" &amp; &lt;tags&gt;</a>'
    )
    assert robust_link("https://example.org/", version_url=None, version_date=None) is None
