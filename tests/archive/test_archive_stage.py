"""The archive stage end to end: the seed analysis with a dead source, drift between runs,
no archived copy, Save Page Now, and the failures that must not end the run."""

from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path

import httpx
import pytest
from pytest_httpx import HTTPXMock

from citecheck.archive import Archive, archive_documents
from citecheck.archive import wayback as wayback_module
from citecheck.config import Config
from citecheck.errors import ConfigError
from citecheck.models import Document, FetchResult, Footnote, PageFacts, Report, summarize

from .samples import dead_result, load_result, load_seed_document, page_result

pytestmark = pytest.mark.anyio

WAYBACK = "https://wayback.test"
DEAD = "https://russiaspivottoasia.com/armenia-considering-importing-russian-goods-via-azerbaijan/"
GRAIN = "https://tass.ru/ekonomika/25600377"
RUN_1 = dt.datetime(2025, 11, 14, 9, 0, tzinfo=dt.UTC)
RUN_2 = dt.datetime(2026, 1, 20, 9, 0, tzinfo=dt.UTC)
CDX_HEADER = ["timestamp", "original", "statuscode"]


def availability(url: str, day: str = "20251114") -> httpx.URL:
    return httpx.URL(f"{WAYBACK}/wayback/available", params={"url": url, "timestamp": day})


def snapshot(url: str, timestamp: str | None) -> dict[str, object]:
    if timestamp is None:
        return {"url": url, "archived_snapshots": {}}
    closest = {
        "status": "200",
        "available": True,
        "timestamp": timestamp,
        "url": f"http://web.archive.org/web/{timestamp}/{url}",
    }
    return {"url": url, "archived_snapshots": {"closest": closest}}


def cdx(url: str, **window: str) -> httpx.URL:
    params = {
        "url": url,
        "output": "json",
        "fl": "timestamp,original,statuscode",
        "filter": "statuscode:20[036]",
    }
    if "to" in window:
        params.update(to=window["to"], closest=f"{window['to']}235959", sort="closest", limit="1")
    else:
        params.update({"from": window["from_"], "limit": "1"})
    return httpx.URL(f"{WAYBACK}/cdx/search/cdx", params=params)


def grain_document() -> Document:
    seed = load_seed_document()
    footnote = next(fn for fn in seed.footnotes if fn.url == GRAIN)
    return Document(path="grain.txt", date=dt.date(2025, 11, 15), footnotes=[footnote])


def attach(documents: list[Document], results: dict[str, FetchResult], pages: dict[str, PageFacts]) -> None:
    """What the pipeline does before the archive stage: link verdicts and page facts on footnotes."""
    for document in documents:
        for footnote in document.footnotes:
            if footnote.url in results:
                footnote.link = results[footnote.url].link
                footnote.page = pages.get(footnote.url)


async def run_grain(config: Config, text_file: str, when: dt.datetime) -> Document:
    document = grain_document()
    result, page = page_result(GRAIN, text_file, checked_at=when)
    attach([document], {GRAIN: result}, {GRAIN: page})
    await archive_documents([document], {GRAIN: result}, config)
    return document


def footnote(document: Document, label: str) -> Footnote:
    return next(fn for fn in document.footnotes if fn.label == label)


async def test_seed_with_a_dead_source_names_the_capture_nearest_the_access_date(
    config: Config, httpx_mock: HTTPXMock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The limiter's spacing is tested on its own; here it only has to let three requests through.
    monkeypatch.setattr(wayback_module, "LOOKUPS_PER_MINUTE", 6000.0)
    document = load_seed_document()
    results: dict[str, FetchResult] = {}
    for fn in document.footnotes:
        assert fn.url is not None
        results[fn.url] = load_result("notfound" if fn.url == DEAD else "article", url=fn.url)
    attach([document], results, {})
    # The archive is busy once, then offers a capture six days *after* the access date; CDX finds
    # one four days *before* it, which is the one to cite.
    httpx_mock.add_response(url=availability(DEAD), status_code=429, headers={"Retry-After": "0"})
    httpx_mock.add_response(url=availability(DEAD), json=snapshot(DEAD, "20251120101500"))
    httpx_mock.add_response(url=cdx(DEAD, to="20251114"), json=[CDX_HEADER, ["20251110083000", DEAD, "200"]])

    await archive_documents([document], results, config)

    dead = footnote(document, "iii")
    assert dead.archive is not None
    assert dead.archive.archived_url == f"{WAYBACK}/web/20251110083000/{DEAD}"
    assert dead.archive.archived_at == dt.datetime(2025, 11, 10, 8, 30, tzinfo=dt.UTC)
    assert dead.archive.warc is None  # the only local capture is the 404 page
    assert dead.archive.robust_link == (
        f'<a href="{DEAD}" data-originalurl="{DEAD}" data-versionurl="{WAYBACK}/web/20251110083000/{DEAD}" '
        'data-versiondate="2025-11-14">Armenia Considering Importing Russian Goods Via Azerbaijan</a>'
    )
    (finding,) = document.findings
    assert (finding.code, finding.severity, finding.label, finding.line, finding.column) == (
        "archived-copy-available",
        "info",
        "iii",
        34,
        1,
    )
    assert "2025-11-10 (4 day(s) before the access date)" in finding.message
    assert finding.evidence["archived_url"] == dead.archive.archived_url

    for fn in document.footnotes:
        if fn.label != "iii":
            assert fn.archive is not None and fn.archive.warc is not None
            assert fn.archive.archived_url is None
            assert (
                fn.archive.robust_link is not None
                and 'data-versiondate="2025-11-14"' in fn.archive.robust_link
            )

    report = Report(documents=[document], summary=summarize([document]))
    as_json = json.loads(report.model_dump_json())
    archived = {fn["label"]: fn["archive"]["archived_url"] for fn in as_json["documents"][0]["footnotes"]}
    assert archived["iii"] == f"{WAYBACK}/web/20251110083000/{DEAD}"

    with Archive(config.archive_dir) as archive:
        assert len(archive.index.all_captures()) == 7
        (capture,) = archive.captures(DEAD)
        assert capture.status == 404


async def test_a_page_rewritten_between_runs_drifts(config: Config, httpx_mock: HTTPXMock) -> None:
    first = await run_grain(config, "article-v1.txt", RUN_1)
    assert first.findings == []
    httpx_mock.add_response(url=availability(GRAIN), json=snapshot(GRAIN, "20251114061000"))

    second = await run_grain(config, "article-v2-rewritten.txt", RUN_2)

    drift, copy = sorted(second.findings, key=lambda f: f.code != "content-drift")
    assert (drift.code, drift.severity, drift.label, drift.line) == ("content-drift", "warning", "vi", 40)
    assert drift.evidence["similarity"] < config.thresholds.drift_min_similarity
    earliest = drift.evidence["earliest_capture"]
    assert earliest["captured_at"] == RUN_1.isoformat()
    assert (config.archive_dir / earliest["warc"]).is_file()
    assert drift.evidence["archived_url"] == f"{WAYBACK}/web/20251114061000/{GRAIN}"
    assert "first archived on 2025-11-14" in drift.message
    assert copy.code == "archived-copy-available"
    fn = second.footnotes[0]
    assert fn.archive is not None
    # What the author read: the local capture from the access date, not today's page.
    assert fn.archive.local_captured_at == RUN_1
    with Archive(config.archive_dir) as archive:
        assert archive.read_payload(archive.captures(GRAIN)[0]).startswith(b"<html><body><p>Pashinyan")


async def test_a_page_turned_into_a_landing_page_drifts(config: Config, httpx_mock: HTTPXMock) -> None:
    await run_grain(config, "article-v1.txt", RUN_1)
    httpx_mock.add_response(url=availability(GRAIN), json=snapshot(GRAIN, None))
    httpx_mock.add_response(url=cdx(GRAIN, to="20251114"), json=[])
    httpx_mock.add_response(url=cdx(GRAIN, from_="20251114"), json=[])
    second = await run_grain(config, "article-landing.txt", RUN_2)
    assert sorted(f.code for f in second.findings) == ["content-drift", "no-archived-copy"]


async def test_changed_date_line_and_counter_are_not_drift(config: Config) -> None:
    await run_grain(config, "article-v1.txt", RUN_1)
    second = await run_grain(config, "article-v1-cosmetic.txt", RUN_2)
    # No finding, and (httpx_mock would fail on it) no Wayback request either.
    assert second.findings == []


async def test_same_page_again_is_a_revisit_and_no_drift(config: Config) -> None:
    await run_grain(config, "article-v1.txt", RUN_1)
    second = await run_grain(config, "article-v1.txt", RUN_2)
    assert second.findings == []
    with Archive(config.archive_dir) as archive:
        assert [c.record_type for c in archive.captures(GRAIN)] == ["response", "revisit"]


async def test_same_bytes_with_a_different_extraction_are_not_drift(config: Config) -> None:
    await run_grain(config, "article-v1.txt", RUN_1)
    document = grain_document()
    result, _page = page_result(GRAIN, "article-v1.txt", checked_at=RUN_2)
    _other, rewritten = page_result(GRAIN, "article-v2-rewritten.txt", checked_at=RUN_2)
    attach([document], {GRAIN: result}, {GRAIN: rewritten})
    await archive_documents([document], {GRAIN: result}, config)
    assert document.findings == []


async def test_dead_source_without_public_copy_points_to_the_local_one(
    config: Config, httpx_mock: HTTPXMock
) -> None:
    await run_grain(config, "article-v1.txt", RUN_1)
    httpx_mock.add_response(url=availability(GRAIN), json=snapshot(GRAIN, None))
    httpx_mock.add_response(url=cdx(GRAIN, to="20251114"), json=[CDX_HEADER])
    httpx_mock.add_response(url=cdx(GRAIN, from_="20251114"), json=[CDX_HEADER])
    document = grain_document()
    result = dead_result(GRAIN, checked_at=RUN_2)
    attach([document], {GRAIN: result}, {})

    await archive_documents([document], {GRAIN: result}, config)

    (finding,) = document.findings
    assert (finding.code, finding.severity, finding.label) == ("no-archived-copy", "warning", "vi")
    assert "a local copy from 2025-11-14 is kept in" in finding.message
    assert finding.evidence["local_capture"]["captured_at"] == RUN_1.isoformat()
    fn = document.footnotes[0]
    assert fn.archive is not None
    assert fn.archive.local_captured_at == RUN_1
    assert fn.archive.archived_url is None


async def test_unanswered_lookup_is_not_reported_as_no_copy(config: Config, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_exception(httpx.ConnectError("refused"), is_reusable=True)
    document = grain_document()
    result = dead_result(GRAIN, checked_at=RUN_2)
    attach([document], {GRAIN: result}, {})
    await archive_documents([document], {GRAIN: result}, config.model_copy(update={"retries": 0}))
    # No "no copy" claim about what was never answered; the run says once that Wayback was out of reach.
    assert [(f.code, f.severity, f.label) for f in document.findings] == [
        ("wayback-unavailable", "info", None)
    ]
    assert document.findings[0].message.startswith(
        "Wayback unreachable: 1 dead links without an archived copy"
    )


async def test_no_public_lookups_when_wayback_is_off(config: Config) -> None:
    document = grain_document()
    result = dead_result(GRAIN, checked_at=RUN_2)
    attach([document], {GRAIN: result}, {})
    await archive_documents([document], {GRAIN: result}, config.model_copy(update={"wayback": False}))
    assert document.findings == []
    assert document.footnotes[0].archive is not None
    assert document.footnotes[0].archive.archived_url is None


async def test_save_submits_live_sources(
    config: Config, httpx_mock: HTTPXMock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(wayback_module, "SPN_POLL_INTERVAL", 0.0)
    monkeypatch.setenv("IA_ACCESS_KEY", "env-key")
    monkeypatch.setenv("IA_SECRET_KEY", "env-secret")
    httpx_mock.add_response(
        method="POST",
        url=f"{WAYBACK}/save",
        match_headers={"Authorization": "LOW env-key:env-secret"},
        json={"url": GRAIN, "job_id": "spn2-1"},
    )
    httpx_mock.add_response(
        url=f"{WAYBACK}/save/status/spn2-1", json={"status": "success", "timestamp": "20260120090100"}
    )
    document = await run_grain(config.model_copy(update={"save": True}), "article-v1.txt", RUN_2)
    fn = document.footnotes[0]
    assert fn.archive is not None
    assert fn.archive.archived_url == f"{WAYBACK}/web/20260120090100/{GRAIN}"
    assert fn.archive.robust_link is not None and "data-versionurl" in fn.archive.robust_link
    assert document.findings == []


async def test_save_without_keys_submits_nothing(
    config: Config, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.delenv("IA_ACCESS_KEY", raising=False)
    monkeypatch.delenv("IA_SECRET_KEY", raising=False)
    with caplog.at_level(logging.WARNING):
        await run_grain(config.model_copy(update={"save": True}), "article-v1.txt", RUN_1)
    assert "IA_ACCESS_KEY" in caplog.text


async def test_an_unusable_archive_directory_is_a_config_error(config: Config, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("x")
    with pytest.raises(ConfigError, match="archive directory"):
        await run_grain(
            config.model_copy(update={"archive_dir": blocker / "archive"}), "article-v1.txt", RUN_1
        )


async def test_one_source_the_disk_refuses_does_not_stop_the_others(
    config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = Archive.record

    def refuse_tass(self: Archive, result: FetchResult, **kwargs: object) -> object:
        if "tass.ru" in result.link.url:
            raise OSError(28, "No space left on device")
        return original(self, result, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Archive, "record", refuse_tass)
    document = load_seed_document()
    results = {fn.url: load_result("article", url=fn.url) for fn in document.footnotes if fn.url}
    attach([document], results, {})
    await archive_documents([document], results, config)
    kept = {fn.label: fn.archive.warc if fn.archive else None for fn in document.footnotes}
    assert [label for label, warc in kept.items() if warc is None] == ["v", "vi", "vii"]


async def test_without_a_local_archive_dead_sources_still_get_their_wayback_copy(
    config: Config, httpx_mock: HTTPXMock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(wayback_module, "LOOKUPS_PER_MINUTE", 6000.0)
    config = config.model_copy(update={"archive": False})
    document = load_seed_document()
    results = {
        fn.url: load_result("notfound" if fn.url == DEAD else "article", url=fn.url)
        for fn in document.footnotes
        if fn.url is not None
    }
    attach([document], results, {})
    httpx_mock.add_response(url=availability(DEAD), json=snapshot(DEAD, "20251110083000"))

    await archive_documents([document], results, config)

    dead = footnote(document, "iii")
    assert dead.archive is not None and dead.archive.warc is None
    assert dead.archive.archived_url == f"{WAYBACK}/web/20251110083000/{DEAD}"
    assert [f.code for f in document.findings] == ["archived-copy-available"]
    assert not config.archive_dir.exists()  # nothing was written locally


async def test_an_archiving_run_keeps_the_cdxj_index_current(config: Config) -> None:
    await run_grain(config, "article-v1.txt", RUN_1)
    cdxj = (config.archive_dir / "index.cdxj").read_text(encoding="utf-8").splitlines()
    assert len(cdxj) == 1 and cdxj[0].startswith("ru,tass)/ekonomika/25600377 ")
