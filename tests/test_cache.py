"""The link cache across runs (--cache): successes are reused within their max age, failures never."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from citecheck.config import Config
from citecheck.devweb import DevWeb
from citecheck.pipeline import acheck

pytestmark = pytest.mark.anyio


def _analysis(tmp_path: Path, urls: list[str]) -> Path:
    lines = ["Analysis", ""]
    lines += [f"Officials said so.[{n}]" for n in range(1, len(urls) + 1)]
    lines += [""] + [
        f"[{n}] “Status”, Devweb, {url}, (Access Date: 14.11.2025)." for n, url in enumerate(urls, 1)
    ]
    path = tmp_path / "analysis.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _links(report: object) -> dict[str, object]:
    documents = report.documents  # type: ignore[attr-defined]
    return {fn.url: fn for doc in documents for fn in doc.footnotes}


async def test_successes_are_reused_and_failures_checked_again(
    tmp_path: Path, devweb: DevWeb, web_url: Callable[[str], str], test_config: Config
) -> None:
    key = uuid.uuid4().hex[:8]
    alive, dead = web_url(f"/status/200?c={key}"), web_url(f"/status/404?c={key}")
    analysis = _analysis(tmp_path, [alive, dead])
    config = test_config.model_copy(update={"cache": tmp_path / "links.json", "verify": True})
    first = _links(await acheck([analysis], config))
    stored = json.loads((tmp_path / "links.json").read_text("utf-8"))
    assert list(stored["links"]) == [alive]  # the dead link is not kept

    before = dict(devweb.hits)
    second = _links(await acheck([analysis], config))
    asked = {target: devweb.hits[target] - before.get(target, 0) for target in devweb.hits}
    assert asked.get(f"/status/200?c={key}", 0) == 0
    assert asked.get(f"/status/404?c={key}", 0) >= 1
    cached = second[alive]
    assert cached.link is not None and cached.link.state == "alive"  # type: ignore[attr-defined]
    # The verdict says when it was really checked; its page facts came along for verification.
    assert cached.link.checked_at == first[alive].link.checked_at  # type: ignore[attr-defined]
    assert cached.page is not None and cached.page.title == first[alive].page.title  # type: ignore[attr-defined]
    assert second[dead].link.state == "dead"  # type: ignore[attr-defined]


async def test_entries_older_than_the_max_age_are_fetched_again(
    tmp_path: Path, devweb: DevWeb, web_url: Callable[[str], str], test_config: Config
) -> None:
    key = uuid.uuid4().hex[:8]
    alive = web_url(f"/status/200?c={key}")
    analysis = _analysis(tmp_path, [alive])
    config = test_config.model_copy(update={"cache": tmp_path / "links.json", "cache_max_age": "2h"})
    await acheck([analysis], config)
    stored = json.loads((tmp_path / "links.json").read_text("utf-8"))
    old = (dt.datetime.now(dt.UTC) - dt.timedelta(hours=3)).isoformat()
    stored["links"][alive]["checked_at"] = old
    (tmp_path / "links.json").write_text(json.dumps(stored), encoding="utf-8")
    before = devweb.hits[f"/status/200?c={key}"]
    await acheck([analysis], config)
    assert devweb.hits[f"/status/200?c={key}"] == before + 1


async def test_an_unreadable_cache_is_ignored(
    tmp_path: Path, web_url: Callable[[str], str], test_config: Config
) -> None:
    (tmp_path / "links.json").write_text("{not json", encoding="utf-8")
    analysis = _analysis(tmp_path, [web_url(f"/status/200?c={uuid.uuid4().hex[:8]}")])
    config = test_config.model_copy(update={"cache": tmp_path / "links.json"})
    report = await acheck([analysis], config)
    assert [fn.link.state for fn in report.documents[0].footnotes if fn.link] == ["alive"]
    assert json.loads((tmp_path / "links.json").read_text("utf-8"))["version"] == 1


def test_max_age_takes_lychee_style_durations() -> None:
    from citecheck.config import duration_seconds

    assert duration_seconds("1d") == 86400 and duration_seconds("12h") == 43200
    assert duration_seconds("90") == 90
    with pytest.raises(ValueError):
        duration_seconds("soon")


def _outcome(report: object) -> list[list[tuple[str, str | None, str, str]]]:
    return [
        [(f.code, f.label, f.severity, f.message) for f in doc.findings]
        for doc in report.documents  # type: ignore[attr-defined]
    ]


def _seed_copies(tmp_path: Path, count: int) -> list[Path]:
    from citecheck.devweb import DEMO_ANALYSIS

    paths = []
    for index in range(count):
        path = tmp_path / f"seed-{index}.txt"
        path.write_text(DEMO_ANALYSIS.read_text(encoding="utf-8"), encoding="utf-8")
        paths.append(path)
    return paths


async def test_a_document_verified_as_it_is_now_is_not_verified_again(
    tmp_path: Path, test_config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    from citecheck import tasks

    first_path, second_path = _seed_copies(tmp_path, 2)
    config = test_config.model_copy(update={"cache": tmp_path / "links.json"})
    first = await acheck([first_path, second_path], config)
    assert any(f.code == "claim-mismatch" and f.label == "iv" for f in first.documents[0].findings)
    stored = json.loads((tmp_path / "links.json").read_text("utf-8"))
    assert len(stored["verified"]) == 2  # a key per document (its path is part of it)

    verified: list[str] = []
    verify = tasks.verify_documents

    async def counting(documents: Any, config: Config, **kwargs: Any) -> None:
        verified.extend(doc.path for doc in documents)
        await verify(documents, config, **kwargs)

    monkeypatch.setattr(tasks, "verify_documents", counting)
    second = await acheck([first_path, second_path], config)
    assert verified == []  # every link from the cache, every document as it was: nothing verified
    assert _outcome(second) == _outcome(first)

    # An edited claim is another document: it alone is verified again, and its own findings come.
    text = second_path.read_text(encoding="utf-8")
    assert "“positive progress”" in text  # quoted in the sentence footnote [iv] supports
    second_path.write_text(text.replace("“positive progress”", "positive progress"), encoding="utf-8")
    third = await acheck([first_path, second_path], config)
    assert verified == [str(second_path)]
    assert _outcome(third)[0] == _outcome(first)[0]
    codes = {(f.code, f.label) for f in third.documents[1].findings}
    assert ("quote-not-found", "iv") in {(f.code, f.label) for f in first.documents[1].findings}
    assert ("quote-not-found", "iv") not in codes and ("claim-mismatch", "iv") in codes

    # Another day is another key (date checks read it).
    verified.clear()
    await acheck([first_path], config.model_copy(update={"today": "2030-01-01"}))
    assert verified == [str(first_path)]


async def test_kept_findings_that_cannot_be_read_are_verified_again(
    tmp_path: Path, test_config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    (path,) = _seed_copies(tmp_path, 1)
    config = test_config.model_copy(update={"cache": tmp_path / "links.json"})
    first = await acheck([path], config)
    stored = json.loads((tmp_path / "links.json").read_text("utf-8"))
    (key,) = stored["verified"]
    stored["verified"][key]["findings"] = [{"code": "not-a-finding"}]
    (tmp_path / "links.json").write_text(json.dumps(stored), encoding="utf-8")
    second = await acheck([path], config)
    assert _outcome(second) == _outcome(first)


async def test_the_workers_skip_what_an_earlier_run_verified(
    tmp_path: Path, test_config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    from citecheck import pipeline, pool
    from citecheck.cache import LinkCache

    monkeypatch.setattr(pool, "MIN_WORK", 1)
    paths = _seed_copies(tmp_path, 2)
    paths[1].write_text(
        paths[1].read_text(encoding="utf-8").replace("Azerbaijan", "Armenia", 1), encoding="utf-8"
    )
    config = test_config.model_copy(update={"cache": tmp_path / "links.json"})
    first = await pipeline.acheck(paths, config, page_workers=True)
    caches: list[LinkCache] = []

    class Watched(LinkCache):
        def load(self) -> None:
            caches.append(self)
            super().load()

    monkeypatch.setattr(pipeline, "LinkCache", Watched)
    second = await pipeline.acheck(paths, config, page_workers=True)
    assert caches and caches[0].verified_hits == 2
    assert _outcome(second) == _outcome(first)
