"""Pages read and documents verified in worker processes give the same report as in the loop."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from citecheck import pipeline, pool
from citecheck.config import Config
from citecheck.devweb import DEMO_ANALYSIS, DevWeb

pytestmark = pytest.mark.anyio


async def test_worker_processes_change_nothing_in_the_report(
    tmp_path: Path, devweb: DevWeb, test_config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    analysis = tmp_path / "seed.txt"
    shutil.copy(DEMO_ANALYSIS, analysis)
    inline = await pipeline.acheck([analysis], test_config)
    monkeypatch.setattr(pool, "MIN_WORK", 1)
    short = await pipeline.acheck([analysis], test_config, page_workers=True)
    # Texts under PACK_MIN_CHARS are kept as they are (compressing them cost the event loop more
    # than they weigh); every text is packed below.
    assert all(
        fn.page.text == inline_fn.page.text
        for fn, inline_fn in zip(short.documents[0].footnotes, inline.documents[0].footnotes, strict=True)
        if fn.page is not None
        and inline_fn.page is not None
        and len(inline_fn.page.text) < pipeline.PACK_MIN_CHARS
    )
    assert any(fn.page is not None and fn.page.text for fn in short.documents[0].footnotes)
    monkeypatch.setattr(pipeline, "PACK_MIN_CHARS", 1)
    seen: list[str] = []
    pooled = await pipeline.acheck(
        [analysis], test_config, page_workers=True, phases=lambda phase, done, total: seen.append(phase)
    )
    assert "verify" in seen

    def outcome(report: pipeline.Report) -> list[object]:
        document = report.documents[0]
        return [
            [(f.code, f.label, f.severity, f.message) for f in document.findings],
            [
                (fn.link.state if fn.link else None, fn.page.title if fn.page else None)
                for fn in document.footnotes
            ],
        ]

    assert outcome(pooled) == outcome(inline)
    assert any(f.code == "claim-mismatch" for f in pooled.documents[0].findings)
    # The texts the claims were checked against went to the workers; this process kept them
    # compressed and holds none now (no cache, no archive: nothing reads them after the run).
    pages = [fn.page for fn in pooled.documents[0].footnotes if fn.page is not None]
    # (A document the workers failed to verify is verified here with its texts put back.)
    assert pages and all(page.text == "" and page.text_hash for page in pages)
    assert any(fn.page is not None and fn.page.text for fn in inline.documents[0].footnotes)


def test_a_packed_document_pickles_as_the_document_with_its_texts() -> None:
    import pickle
    import zlib

    from citecheck.models import Document, Footnote, PageFacts

    text = "Ереван и Москва обсудили коридор — 2025 年"
    page = PageFacts(title="T", text="", text_hash="h")
    other = PageFacts(title="U", text="kept as it is")
    document = Document(
        path="a.txt",
        format="text",
        footnotes=[
            Footnote(label="1", ordinal=1, raw="r", line=1, column=1, url="https://a.example/1", page=page),
            Footnote(label="2", ordinal=2, raw="r", line=2, column=1, url="https://a.example/2", page=other),
            Footnote(label="3", ordinal=3, raw="r", line=3, column=1),
        ],
    )
    packed = {id(page): zlib.compress(text.encode("utf-8"), 1)}
    sent = pickle.loads(pickle.dumps(pipeline._Packed(document, packed)))
    assert isinstance(sent, Document)
    assert [fn.page.text if fn.page else None for fn in sent.footnotes] == [text, "kept as it is", None]
    assert sent.footnotes[0].page is not None and sent.footnotes[0].page.text_hash == "h"
    assert page.text == "" and document.footnotes[0].page is page  # the document here is unchanged
    assert pipeline._unpacked(page, packed).text == text  # type: ignore[union-attr]
    assert pipeline._unpacked(other, packed) is other and pipeline._unpacked(None, packed) is None


async def test_pages_wait_for_the_workers_not_read_in_the_loop(
    tmp_path: Path, devweb: DevWeb, test_config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every body fills the queue (one byte allowed): the fetch waits for the workers to read it
    # (fetch_all's gate) instead of this process reading the next pages itself, as it did before —
    # importing the page readers into the main process and stalling every request in flight.
    import citecheck.verify

    analysis = tmp_path / "seed.txt"
    shutil.copy(DEMO_ANALYSIS, analysis)
    monkeypatch.setattr(pool, "MIN_WORK", 1)
    monkeypatch.setattr(pipeline, "MAX_BYTES_QUEUED", 1)
    read_here: list[str] = []
    real = citecheck.verify.extract_page_facts

    def counted(result: pipeline.FetchResult) -> pipeline.PageFacts | None:
        read_here.append(result.link.url)
        return real(result)

    monkeypatch.setattr(citecheck.verify, "extract_page_facts", counted)
    report = await pipeline.acheck([analysis], test_config, page_workers=True)
    footnotes = [fn for fn in report.documents[0].footnotes if fn.link and fn.link.state == "alive"]
    assert len(footnotes) > 5
    assert read_here == []  # the workers' processes read every page
    assert all(fn.page is not None and fn.page.title for fn in footnotes)


def test_the_server_starts_early_only_for_inputs_that_will_want_workers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pool.os, "cpu_count", lambda: 2)
    small = tmp_path / "small.txt"
    small.write_text("A claim.[1]\n\n[1] “Title”, Site, https://example.org/a, (Access Date: 14.11.2025).\n")
    big = tmp_path / "folder" / "big.md"
    big.parent.mkdir()
    big.write_text(
        "".join(f"Claim {i}.[^{i}]\n\n[^{i}]: https://example.org/{i}\n" for i in range(pool.MIN_WORK))
    )
    assert not pool.looks_big([str(small)])
    assert pool.looks_big([str(tmp_path / "folder")])  # directories are walked
    assert pool.looks_big([str(tmp_path / "*" / "*.md")])  # globs are expanded
    assert not pool.looks_big(["-", str(tmp_path / "missing.txt")])
    monkeypatch.setattr(pool.os, "cpu_count", lambda: 1)
    assert not pool.looks_big([str(big)])  # one core: no pool at all


def test_workers_yield_the_cpu_to_the_main_process(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    monkeypatch.setattr(pool, "MIN_WORK", 1)
    monkeypatch.setattr(pool.os, "cpu_count", lambda: 2)
    executor = pipeline.page_facts_pool(10, True)
    assert executor is not None
    with executor:
        niceness = executor.submit(os.nice, 0).result(timeout=120)
    assert niceness == min(19, os.nice(0) + pool.NICENESS)


def test_the_run_takes_the_early_verdict_on_its_inputs_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The CLI judges its inputs when it starts the server (start_early); the run that follows takes
    # that verdict instead of reading the inputs again, for the same inputs only, and only once.
    small = tmp_path / "small.txt"
    small.write_text("A claim.[1]\n\n[1] “Title”, Site, https://example.org/a, (Access Date: 14.11.2025).\n")
    read: list[tuple[str, ...]] = []
    looks_big = pool.looks_big

    def counted(paths: list[str]) -> bool:
        read.append(tuple(paths))
        return looks_big(paths)

    monkeypatch.setattr(pool, "looks_big", counted)
    assert not pool.start_early([str(small)], encoder=False)
    assert not pool.judged([str(small)])
    assert read == [(str(small),)]
    assert not pool.judged([str(small)])  # taken once: judged again
    assert not pool.judged([str(tmp_path / "other.txt")])
    assert read == [(str(small),), (str(small),), (str(tmp_path / "other.txt"),)]


def test_the_early_server_yields_the_cpu_from_its_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The server the CLI starts early is lowered as it starts, not after its preload (~0.6 s of
    # imports that ran beside the main process's own and its parse child's at full priority).
    import os
    from multiprocessing import forkserver as server

    monkeypatch.setattr(pool.os, "cpu_count", lambda: 2)
    big = tmp_path / "big.md"
    big.write_text(
        "".join(f"Claim {i}.[^{i}]\n\n[^{i}]: https://example.org/{i}\n" for i in range(pool.MIN_WORK))
    )
    assert pool.start_early([str(big)], encoder=False)
    pid = server._forkserver._forkserver_pid  # type: ignore[attr-defined]
    assert os.getpriority(os.PRIO_PROCESS, pid) == min(19, os.nice(0) + pool.NICENESS)
