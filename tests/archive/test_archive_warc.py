"""WARC writing: golden file, what warcio reads back, revisits, chunked and h2 responses, rotation."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders

from citecheck.archive import Archive
from citecheck.archive.warc import whole_records

from .samples import (
    FIXED_START,
    GOLDEN_WARC,
    RESPONSES,
    TRUNCATED_WARC,
    fixed_archive,
    load_result,
    write_golden_archive,
)

WARCIO = Path(sys.executable).parent / "warcio"
UPDATE_GOLDEN = os.environ.get("CITECHECK_UPDATE_GOLDEN") == "1"


@dataclass(frozen=True)
class ReadRecord:
    type: str
    headers: dict[str, str]
    http: StatusAndHeaders | None
    raw: bytes

    @property
    def uri(self) -> str:
        return self.headers.get("WARC-Target-URI", "")


def records(path: Path) -> list[ReadRecord]:
    """Every record as warcio's ArchiveIterator reads it."""
    with path.open("rb") as stream:
        return [
            ReadRecord(
                record.rec_type,
                dict(record.rec_headers.headers),
                record.http_headers,
                record.raw_stream.read(),
            )
            for record in ArchiveIterator(stream)
        ]


def test_golden_warc_byte_for_byte(tmp_path: Path) -> None:
    path = write_golden_archive(tmp_path / "archive")
    # Compared decompressed: the gzip bytes depend on the zlib build, the WARC bytes must not.
    written = gzip.decompress(path.read_bytes())
    if UPDATE_GOLDEN:
        GOLDEN_WARC.write_bytes(written)
        data = path.read_bytes()
        spans = whole_records(path)
        cut = spans[-2].offset + spans[-2].length // 2  # in the middle of the revisit record
        TRUNCATED_WARC.write_bytes(data[:cut])
    assert written == GOLDEN_WARC.read_bytes()
    # One gzip member per record: warcinfo, then response + request for each capture.
    assert len(whole_records(path)) == 1 + 2 * 5


def test_warcio_cli_indexes_and_checks_the_file(tmp_path: Path) -> None:
    path = write_golden_archive(tmp_path / "archive")
    index = subprocess.run([str(WARCIO), "index", str(path)], capture_output=True, text=True, check=True)
    lines = [json.loads(line) for line in index.stdout.splitlines()]
    assert [line["warc-type"] for line in lines] == [
        "warcinfo",
        *["response", "request"] * 4,
        "revisit",
        "request",
    ]
    check = subprocess.run([str(WARCIO), "check", "-v", str(path)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "digest pass" in check.stdout


def test_response_payloads_are_the_served_bytes(tmp_path: Path) -> None:
    path = write_golden_archive(tmp_path / "archive")
    responses = [r for r in records(path) if r.type == "response"]
    for record, name in zip(responses, ("article", "chunked", "h2", "notfound"), strict=True):
        served = load_result(name)
        assert served.response is not None
        assert record.raw == served.response.raw
        assert record.uri == served.response.url
        assert record.headers["WARC-Payload-Digest"].startswith("sha1:")
    with Archive(path.parent) as archive:
        for name in ("article", "chunked", "h2", "notfound"):
            served = load_result(name)
            assert served.response is not None
            (capture, *_rest) = archive.captures(served.link.url)
            assert archive.read_payload(capture) == served.response.body
            assert archive.read_record(capture).endswith(served.response.raw)


def test_unchanged_payload_is_a_revisit(tmp_path: Path) -> None:
    path = write_golden_archive(tmp_path / "archive")
    found = records(path)
    first = next(r for r in found if r.type == "response")
    revisit = next(r for r in found if r.type == "revisit")
    first_headers, headers = first.headers, revisit.headers
    assert headers["WARC-Profile"] == "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"
    assert headers["WARC-Payload-Digest"] == first_headers["WARC-Payload-Digest"]
    assert headers["WARC-Refers-To"] == first_headers["WARC-Record-ID"]
    assert headers["WARC-Refers-To-Target-URI"] == first_headers["WARC-Target-URI"]
    assert headers["WARC-Refers-To-Date"] == first_headers["WARC-Date"]
    assert revisit.raw == b""
    with Archive(path.parent) as archive:
        served = load_result("article")
        assert served.response is not None
        original, again = archive.captures(served.link.url)
        assert (original.record_type, again.record_type) == ("response", "revisit")
        assert again.captured_at == FIXED_START + dt.timedelta(days=1)
        assert archive.read_payload(again) == served.response.body
        assert archive.read_record(again) == archive.read_record(original)


def test_changed_payload_is_a_new_response(archive: Archive) -> None:
    first = load_result("article")
    assert first.response is not None
    changed = first.model_copy(
        update={"response": first.response.model_copy(update={"raw": gzip.compress(b"<p>new</p>", mtime=0)})}
    )
    archive.record(first)
    capture = archive.record(changed, when=FIXED_START + dt.timedelta(hours=1))
    assert capture.record_type == "response"
    assert archive.read_payload(capture) == b"<p>new</p>"


def test_chunked_header_is_renamed_so_replay_does_not_dechunk(tmp_path: Path) -> None:
    path = write_golden_archive(tmp_path / "archive")
    record = next(r for r in records(path) if r.type == "response" and "caliber.az" in r.uri)
    http = record.http
    assert http is not None
    assert http.get_header("Transfer-Encoding") is None
    assert http.get_header("X-Crawler-Transfer-Encoding") == "chunked"
    assert http.get_header("Content-Encoding") == "gzip"
    assert record.raw == (RESPONSES / "chunked.raw").read_bytes()


def test_http2_response_is_stored_as_http11_with_its_protocol(tmp_path: Path) -> None:
    path = write_golden_archive(tmp_path / "archive")
    record = next(r for r in records(path) if r.type == "response" and "tass.ru" in r.uri)
    assert record.http is not None
    assert (record.http.protocol, record.http.statusline) == ("HTTP/1.1", "200 OK")
    assert record.headers["WARC-Protocol"] == "h2"


def test_truncated_body_is_marked(archive: Archive) -> None:
    result = load_result("article")
    assert result.response is not None
    cut = result.model_copy(
        update={
            "response": result.response.model_copy(
                update={"raw": result.response.raw[:100], "truncated": True}
            )
        }
    )
    capture = archive.record(cut)
    with (archive.root / capture.warc).open("rb") as stream:
        response = next(r for r in ArchiveIterator(stream) if r.rec_type == "response")
        assert response.rec_headers.get_header("WARC-Truncated") == "length"


def test_decoded_only_body_drops_the_content_coding(archive: Archive) -> None:
    result = load_result("article")
    assert result.response is not None
    decoded = result.model_copy(update={"response": result.response.model_copy(update={"raw": b""})})
    capture = archive.record(decoded)
    assert archive.read_payload(capture) == result.response.body
    stored = archive.read_record(capture)
    assert b"\r\nContent-Encoding:" not in stored
    assert b"\r\nX-Crawler-Content-Encoding: gzip\r\n" in stored


def test_files_rotate_at_the_size_cap(tmp_path: Path) -> None:
    cap = 2048
    with fixed_archive(tmp_path / "archive", max_warc_bytes=cap) as archive:
        captures = [
            archive.record(load_result(name, url=f"https://example.org/{i}"))
            for i, name in enumerate(["article", "chunked", "h2", "notfound"] * 3)
        ]
    files = sorted({c.warc for c in captures})
    assert len(files) > 1
    for name in files:
        path = tmp_path / "archive" / name
        found = records(path)
        assert found[0].type == "warcinfo"
        in_file = [c for c in captures if c.warc == name]
        # A file only goes past the cap with its first capture in it.
        assert path.stat().st_size <= cap or len(in_file) == 1
    with Archive(tmp_path / "archive") as archive:
        assert archive.recovery.clean
        for capture in captures:
            assert archive.read_payload(capture)


def test_truncated_sample_is_a_cut_copy_of_the_golden_file(tmp_path: Path) -> None:
    # Guards the recovery fixture: it must be the golden file cut inside its revisit record.
    sample = tmp_path / "sample.warc.gz"
    shutil.copy(TRUNCATED_WARC, sample)
    spans = whole_records(sample)
    assert len(spans) == 9
    with pytest.raises(EOFError):
        gzip.decompress(sample.read_bytes())
