"""Crash safety: partial trailing records, a writer killed mid-record, concurrent writers."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.warcwriter import GzippingWrapper

from citecheck.archive import Archive
from citecheck.archive.index import CaptureIndex
from citecheck.archive.warc import whole_records

from .samples import TRUNCATED_WARC, load_result

WORKER = Path(__file__).with_name("archive_worker.py")
REPO = Path(__file__).resolve().parents[2]


def worker_command(root: Path, tag: str, count: int, *extra: str) -> list[str]:
    return [sys.executable, str(WORKER), str(root), tag, str(count), *extra]


def worker_env() -> dict[str, str]:
    # The worker runs as a script: make sure it imports this checkout of citecheck.
    return {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
    }


def assert_consistent(root: Path) -> int:
    """Every WARC file reads cleanly to its end and every index row reads back its own record."""
    for path in root.glob("*.warc.gz"):
        with path.open("rb") as stream:
            iterator = ArchiveIterator(stream)
            for _record in iterator:
                pass
        spans = whole_records(path)
        assert spans and spans[-1].offset + spans[-1].length == path.stat().st_size, path.name
    with Archive(root) as archive:
        rows = archive.index.all_captures()
        for row in rows:
            capture = row.capture
            stored = archive.read_record(capture)
            assert stored.startswith(b"HTTP/1.1 ")
            assert archive.read_payload(capture)
        return len(rows)


def run_worker(root: Path, tag: str, count: int, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        worker_command(root, tag, count, *extra),
        env=worker_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_truncated_sample_is_cut_back_and_indexed(archive_dir: Path) -> None:
    archive_dir.mkdir()
    sample = archive_dir / "imported.warc.gz"
    shutil.copy(TRUNCATED_WARC, sample)
    size_before = sample.stat().st_size
    with Archive(archive_dir) as archive:
        assert archive.recovery.truncated["imported.warc.gz"] > 0
        # warcinfo + four response/request pairs survive; the half-written revisit does not.
        assert archive.recovery.imported == {"imported.warc.gz": 4}
        assert [c.status for c in archive.captures("https://news.mail.ru/politics/68708661")] == [200]
        served = load_result("chunked")
        assert served.response is not None
        (capture,) = archive.captures(served.link.url)
        assert archive.read_payload(capture) == served.response.body
    assert sample.stat().st_size < size_before
    assert assert_consistent(archive_dir) == 4


def test_partial_record_after_the_last_commit_is_cut_off(archive_dir: Path) -> None:
    with Archive(archive_dir) as archive:
        first = archive.record(load_result("article"))
        archive.record(load_result("chunked"))
    path = archive_dir / first.warc
    committed = path.stat().st_size
    whole = path.read_bytes()
    with path.open("ab") as out:
        out.write(whole[first.offset : first.offset + first.length // 2])
    with Archive(archive_dir) as archive:
        assert archive.recovery.truncated == {first.warc: first.length // 2}
    assert path.stat().st_size == committed
    assert assert_consistent(archive_dir) == 2


def test_failed_index_insert_takes_the_record_back(
    archive_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Archive(archive_dir) as archive:
        kept = archive.record(load_result("article"))
        size = (archive_dir / kept.warc).stat().st_size

        def interrupted(*args: object, **kwargs: object) -> None:
            raise KeyboardInterrupt

        with monkeypatch.context() as patch:
            patch.setattr(CaptureIndex, "add_capture", interrupted)
            with pytest.raises(KeyboardInterrupt):
                archive.record(load_result("chunked"))
        assert (archive_dir / kept.warc).stat().st_size == size
        archive.record(load_result("h2"))
    assert assert_consistent(archive_dir) == 2


def test_disk_full_mid_record_leaves_the_file_whole(
    archive_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Archive(archive_dir) as archive:
        kept = archive.record(load_result("article"))
        size = (archive_dir / kept.warc).stat().st_size

        def disk_full(self: GzippingWrapper) -> None:
            self.out.write(b"\x1f\x8b partial member")
            raise OSError(errno.ENOSPC, "No space left on device")

        with monkeypatch.context() as patch:
            patch.setattr(GzippingWrapper, "flush", disk_full)
            with pytest.raises(OSError, match="No space"):
                archive.record(load_result("chunked"))
        assert (archive_dir / kept.warc).stat().st_size == size
        archive.record(load_result("h2"))
    assert assert_consistent(archive_dir) == 2


def test_writer_killed_mid_record_leaves_a_repairable_archive(archive_dir: Path) -> None:
    done = run_worker(archive_dir, "crash", 10, "--die-in-capture", "4")
    assert done.returncode == -9, done.stderr
    assert done.stdout.split() == ["1", "2", "3"]
    with Archive(archive_dir) as archive:
        assert sum(archive.recovery.truncated.values()) > 0
        urls = sorted(row.capture.url for row in archive.index.all_captures())
    assert urls == [f"https://example.org/crash/{n}" for n in (1, 2, 3)]
    assert assert_consistent(archive_dir) == 3


def test_two_processes_write_one_archive(archive_dir: Path) -> None:
    count = 25
    workers = [
        subprocess.Popen(
            worker_command(archive_dir, tag, count),
            env=worker_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag in ("left", "right")
    ]
    for worker in workers:
        _out, err = worker.communicate(timeout=60)
        assert worker.returncode == 0, err
    assert assert_consistent(archive_dir) == 2 * count
    with Archive(archive_dir) as archive:
        files = {row.capture.warc for row in archive.index.all_captures()}
        for tag in ("left", "right"):
            for n in (1, count):
                (capture,) = archive.captures(f"https://example.org/{tag}/{n}")
                assert archive.read_payload(capture)
    # Each process wrote files of its own (pid in the name), never one file together.
    pids = {name.split("-")[2] for name in files}
    assert len(pids) == 2


def test_two_threads_write_one_archive(archive_dir: Path) -> None:
    errors: list[BaseException] = []

    def write(tag: str) -> None:
        try:
            with Archive(archive_dir) as archive:
                for n in range(15):
                    archive.record(load_result("article", url=f"https://example.org/{tag}/{n}"))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(tag,)) for tag in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors
    assert assert_consistent(archive_dir) == 30


def test_recovery_leaves_a_live_writers_file_alone(archive_dir: Path) -> None:
    with Archive(archive_dir) as writer:
        capture = writer.record(load_result("article"))
        path = archive_dir / capture.warc
        committed = path.stat().st_size
        # Bytes beyond the committed size of a file whose writer is alive are not a crash.
        with path.open("ab") as out:
            out.write(b"in flight")
        with Archive(archive_dir) as other:
            assert other.recovery.clean
        assert path.read_bytes().endswith(b"in flight")
        os.truncate(path, committed)
        writer.record(load_result("chunked"))
    assert assert_consistent(archive_dir) == 2


def test_rows_of_a_deleted_file_are_dropped(archive_dir: Path) -> None:
    with Archive(archive_dir) as archive:
        capture = archive.record(load_result("article"))
    (archive_dir / capture.warc).unlink()
    with Archive(archive_dir) as archive:
        assert archive.recovery.dropped_rows == 1
        assert archive.captures(capture.url) == []


def test_an_empty_stray_file_is_removed(archive_dir: Path) -> None:
    archive_dir.mkdir()
    stray = archive_dir / "citecheck-20251114090000000000-1-abcdef.warc.gz"
    stray.write_bytes(b"\x1f\x8b\x08\x00")
    with Archive(archive_dir) as archive:
        assert archive.recovery.removed == [stray.name]
    assert not stray.exists()
