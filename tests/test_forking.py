"""Work spread over forked children (citecheck.forking): same results in the same order, nothing
lost when a child dies, no fork where it is unsafe or not worth it — and a verify run split this
way finds exactly what one process finds."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from citecheck import forking, tasks, verify
from citecheck.config import Config
from citecheck.models import Document
from citecheck.parse import parse_text
from citecheck.verify import case

ROOT = Path(__file__).resolve().parents[1]
ANALYSES = ROOT / "fixtures" / "analyses"


def square_with_pid(item: int) -> tuple[int, int]:
    return item * item, os.getpid()


def test_split_points_cut_by_weight() -> None:
    assert forking.split_points([1, 1, 1, 1], 2) == [0, 2, 4]
    # one heavy item first: the cut comes right after it
    assert forking.split_points([10, 1, 1, 1, 1, 1], 2) == [0, 1, 6]
    assert forking.split_points([1] * 9, 3) == [0, 3, 6, 9]
    assert forking.split_points([5], 2) == [0, 1]


def in_a_fresh_process(scenario: str) -> None:
    """Run ``scenario`` (a function of this module) in a new interpreter: the test process has
    threads of its own (the fixture web's server), and forking.can_fork refuses to fork there."""
    done = subprocess.run(
        [sys.executable, "-c", f"import tests.test_forking as t; t.{scenario}()"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]


def test_map_split_keeps_order_and_uses_a_child() -> None:
    in_a_fresh_process("scenario_order_and_a_child")


def scenario_order_and_a_child() -> None:
    assert forking.can_fork()
    items = list(range(200))
    results = forking.map_split(square_with_pid, items, workers=2)
    assert [value for value, _ in results] == [i * i for i in items]
    pids = {pid for _, pid in results}
    assert os.getpid() in pids and len(pids) == 2  # the first part here, the rest in one child
    # the parent warmed up on the first items before it forked
    assert results[0][1] == os.getpid()


def dies_in_a_child(parent: int, item: int) -> tuple[int, int]:
    if os.getpid() != parent:
        os._exit(3)  # the child dies without a word
    return item + 1, os.getpid()


def test_a_dead_child_loses_nothing() -> None:
    in_a_fresh_process("scenario_a_dead_child")


def scenario_a_dead_child() -> None:
    import functools

    fn = functools.partial(dies_in_a_child, os.getpid())
    results = forking.map_split(fn, list(range(50)), workers=2)
    assert [value for value, _ in results] == list(range(1, 51))
    assert {pid for _, pid in results} == {os.getpid()}


def test_no_fork_below_the_minimum_or_with_threads() -> None:
    results = forking.map_split(square_with_pid, list(range(20)), min_weight=21, workers=2)
    assert {pid for _, pid in results} == {os.getpid()}
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert not forking.can_fork()
        results = forking.map_split(square_with_pid, list(range(200)), workers=2)
        assert [value for value, _ in results] == [i * i for i in range(200)]
        assert {pid for _, pid in results} == {os.getpid()}
    finally:
        stop.set()
        thread.join()


def count_forks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A list that grows by one at every child forked from now on."""
    forks: list[int] = []
    real = forking.ForkedChild.__init__

    def counted(self: forking.ForkedChild, *args: Any, **kwargs: Any) -> None:
        forks.append(1)
        real(self, *args, **kwargs)

    monkeypatch.setattr(forking.ForkedChild, "__init__", counted)
    return forks


def _seed_documents(copies: int) -> list[Document]:
    return [
        parse_text(path.read_text(encoding="utf-8"), path=str(path), today=dt.date(2025, 12, 1))
        for path in sorted(ANALYSES.glob("*.txt"))
        for _ in range(copies)
    ]


def test_a_split_verify_run_finds_what_one_process_finds() -> None:
    in_a_fresh_process("scenario_split_verify")


def scenario_split_verify() -> None:
    monkeypatch = pytest.MonkeyPatch()
    config = Config(offline=True)
    here = _seed_documents(3)
    asyncio.run(tasks.verify_documents(here, config))
    monkeypatch.setattr(verify, "SPLIT_MIN_WEIGHT", 0)
    monkeypatch.setattr(case, "SPLIT_MIN_PARAGRAPHS", 0)
    forks = count_forks(monkeypatch)
    split = _seed_documents(3)
    asyncio.run(tasks.verify_documents(split, config))
    assert forks
    assert [[f.model_dump() for f in d.findings] for d in split] == [
        [f.model_dump() for f in d.findings] for d in here
    ]
    assert any(f.code == "claim-mismatch" for d in split for f in d.findings)  # [iv], as ever


WIKI = Path(__file__).resolve().parents[1] / "fixtures" / "parse-eval-wiki" / "documents"


def test_a_page_read_on_every_core_is_the_page_read_here() -> None:
    in_a_fresh_process("scenario_split_entries")


def scenario_split_entries() -> None:
    monkeypatch = pytest.MonkeyPatch()
    # A real page with hundreds of references (Wikipedia's "Apple", calibration part of the set).
    from citecheck.parse import assemble, entries, generic

    html = (WIKI / "en-apple.html").read_text(encoding="utf-8")
    here = parse_text(html, path="apple.html", fmt=None, today=dt.date(2025, 12, 1))
    forks = count_forks(monkeypatch)
    monkeypatch.setattr(entries, "SPLIT_MIN_ENTRIES", 0)  # its references
    monkeypatch.setattr(assemble, "SPLIT_MIN_BLOCKS", 0)  # its paragraphs' markers and inline links
    monkeypatch.setattr(generic, "SPLIT_MIN_LINES", 0)  # its lines, for lists the finder missed
    split = parse_text(html, path="apple.html", fmt=None, today=dt.date(2025, 12, 1))
    assert forks
    assert len(here.footnotes) > 100
    assert len(here.citations) > 100 and any(fn.kind == "inline" for fn in here.footnotes)
    assert len(forks) >= 4  # the references, the lines (twice), the paragraphs
    assert split.model_dump() == here.model_dump()
