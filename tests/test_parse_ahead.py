"""The inputs of an online run parsed by a forked child (citecheck.parse_ahead): the same Documents,
in order, as a parse here; nothing lost when the child fails; a bad input still ends the run at it."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from citecheck.config import Config
from citecheck.devweb import DevWeb
from citecheck.errors import InputError
from citecheck.models import Document
from citecheck.parse import InputSource, expand_inputs
from citecheck.parse_ahead import ParseAhead, can_fork, parse_source, parser_for

SEED = Path(__file__).resolve().parent.parent / "fixtures" / "analyses" / "armenia-russia-analysis.txt"
TODAY = dt.date(2025, 11, 20)

pytestmark = pytest.mark.anyio


def _sources(tmp_path: Path, count: int = 4) -> list[InputSource | Document]:
    for index in range(count):
        shutil.copy(SEED, tmp_path / f"{index:02}.txt")
    return list(expand_inputs([str(tmp_path)]))


def _parse_here(source: InputSource) -> Document:
    return parse_source(source, today=TODAY, inline_links=True, max_bytes=10_000_000)


async def _all(ahead: ParseAhead) -> list[Document]:
    return [document async for document in ahead.documents()]


def _marked(source: InputSource) -> Document:
    """A parse that says which process did it."""
    document = _parse_here(source)
    document.title = f"parsed by {os.getpid()}"
    return document


async def test_the_child_parses_every_document_in_order_as_this_process_would(tmp_path: Path) -> None:
    sources = _sources(tmp_path)
    expected = [_parse_here(source) for source in sources if isinstance(source, InputSource)]
    with ParseAhead(sources, _marked, fork=True) as ahead:
        assert ahead.forked
        documents = await _all(ahead)
    assert [d.path for d in documents] == [d.path for d in expected]
    assert {d.title for d in documents} != {f"parsed by {os.getpid()}"}  # by the child
    for got, want in zip(documents, expected, strict=True):
        assert got.model_dump(exclude={"title"}) == want.model_dump(exclude={"title"})


async def test_ready_documents_keep_their_place_among_the_parsed_ones(tmp_path: Path) -> None:
    files = _sources(tmp_path, 2)
    ready = Document(path="ready.txt", format="text")
    with ParseAhead([files[0], ready, files[1]], _parse_here, fork=True) as ahead:
        documents = await _all(ahead)
    assert [d.path for d in documents] == [files[0].path, "ready.txt", files[1].path]  # type: ignore[union-attr]


async def test_an_input_past_the_cap_fails_at_its_place_after_the_documents_before_it(tmp_path: Path) -> None:
    sources = _sources(tmp_path, 2)
    cap = SEED.stat().st_size + 100
    (tmp_path / "03.txt").write_text("x" * (cap + 1), encoding="utf-8")
    sources = list(expand_inputs([str(tmp_path)]))
    config = Config(max_input_bytes=cap, today=TODAY.isoformat())
    seen: list[str] = []
    with (
        ParseAhead(sources, parser_for(config), fork=True) as ahead,
        pytest.raises(InputError, match=r"03\.txt: larger than the input cap"),
    ):
        async for document in ahead.documents():
            seen.append(Path(document.path).name)
    assert seen == ["00.txt", "01.txt"]


async def test_a_child_that_dies_leaves_the_rest_to_this_process(tmp_path: Path) -> None:
    sources = _sources(tmp_path, 4)
    parent = os.getpid()

    def die_at_the_third(source: InputSource) -> Document:
        if os.getpid() != parent and source.path.endswith("02.txt"):
            os._exit(9)  # killed mid-run (out of memory, a signal)
        return _marked(source)

    with ParseAhead(sources, die_at_the_third, fork=True) as ahead:
        documents = await _all(ahead)
        assert not ahead.forked  # the child was let go
    assert [Path(d.path).name for d in documents] == ["00.txt", "01.txt", "02.txt", "03.txt"]
    by_parent = [Path(d.path).name for d in documents if d.title == f"parsed by {parent}"]
    assert by_parent == ["02.txt", "03.txt"]


async def test_a_parse_that_fails_in_the_child_is_done_again_here_and_fails_as_it_would(
    tmp_path: Path,
) -> None:
    sources = _sources(tmp_path, 3)
    parent = os.getpid()
    calls: list[str] = []

    def fails_on_the_second(source: InputSource) -> Document:
        if source.path.endswith("01.txt"):
            if os.getpid() == parent:
                calls.append(source.path)
            raise RuntimeError("a parser bug")
        return _marked(source)

    with (
        ParseAhead(sources, fails_on_the_second, fork=True) as ahead,
        pytest.raises(RuntimeError, match="a parser bug"),
    ):
        await _all(ahead)
    assert len(calls) == 1  # parsed here once more, after the child's attempt


async def test_a_document_the_child_cannot_send_is_parsed_here(tmp_path: Path) -> None:
    sources = _sources(tmp_path, 3)
    parent = os.getpid()

    def unpicklable_second(source: InputSource) -> Document:
        document = _marked(source)
        if os.getpid() != parent and source.path.endswith("01.txt"):
            document.__dict__["hook"] = lambda: None  # pickling it fails in the child
        return document

    with ParseAhead(sources, unpicklable_second, fork=True) as ahead:
        documents = await _all(ahead)
    assert [Path(d.path).name for d in documents] == ["00.txt", "01.txt", "02.txt"]
    assert documents[1].title == f"parsed by {parent}"
    assert documents[2].title != f"parsed by {parent}"


def test_no_fork_with_other_threads_a_stream_or_a_single_file(tmp_path: Path) -> None:
    sources = _sources(tmp_path, 2)
    if sys.platform.startswith("linux"):
        import threading

        if threading.active_count() == 1:
            assert can_fork(sources)
        else:
            assert not can_fork(sources)  # a lock held by another thread would stay held in the child
    assert not can_fork(sources[:1])
    stream = InputSource(path="<stdin>", stream=sys.stdin.buffer)
    assert not can_fork([*sources, stream])


async def test_closing_stops_a_child_still_parsing(tmp_path: Path) -> None:
    sources = _sources(tmp_path, 3)

    def slow(source: InputSource) -> Document:
        import time

        time.sleep(30)
        return _parse_here(source)

    ahead = ParseAhead(sources, slow, fork=True)
    assert ahead.child is not None
    process = ahead.child.process
    ahead.close()
    assert not process.is_alive()


def test_the_cli_parses_in_a_child_and_reports_what_a_parse_here_finds(
    tmp_path: Path, devweb: DevWeb
) -> None:
    # A run of the CLI has one thread when it forks: its report is the offline parse's, document for
    # document, with every link checked against the fixture web, and no child is left behind.
    _sources(tmp_path, 3)
    (tmp_path / "extra.md").write_text(f"See [the figures]({devweb.url('/figures')}).\n", encoding="utf-8")
    online = tmp_path / "online.json"
    offline = tmp_path / "offline.json"
    base = [
        sys.executable,
        "-m",
        "citecheck",
        "check",
        str(tmp_path),
        "--today",
        "2025-11-20",
        "--no-wayback",
    ]
    subprocess.run([*base, "--offline", "--output", f"json={offline}"], capture_output=True, timeout=120)
    run = subprocess.run(
        [*base, "--allow-private", "--remap", devweb.remap_rule, "--output", f"json={online}"],
        capture_output=True,
        timeout=120,
    )
    assert run.returncode == 1, run.stderr  # the seed's [iv]

    def shape(path: Path) -> list[tuple[str, list[tuple[str, str | None, str | None]]]]:
        data = json.loads(path.read_text(encoding="utf-8"))
        return [
            (
                Path(doc["path"]).name,
                [(fn["label"], fn.get("title"), fn.get("url")) for fn in doc["footnotes"]],
            )
            for doc in data["documents"]
        ]

    assert shape(online) == shape(offline)
    assert len(shape(online)) == 4
    data = json.loads(online.read_text(encoding="utf-8"))
    states = {fn["link"]["state"] for doc in data["documents"] for fn in doc["footnotes"] if fn.get("link")}
    assert states and "skipped" not in states
