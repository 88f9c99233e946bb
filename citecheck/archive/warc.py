"""WARC/1.1 files of the local archive: writing captures, finding where a file stops being whole,
and reading one record back.

Records are built with warcio's record builder from the bytes the fetcher kept as they came off the
wire (``FetchedBody.raw``), gzip-compressed one member per record. Each writer owns one file at a
time under an exclusive ``flock``, so concurrent runs never write the same file, and every capture
is fsynced before the capture index may point at it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import gzip
import io
import logging
import os
import secrets
import uuid
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path
from typing import IO, Any, Literal
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.utils import Digester
from warcio.warcwriter import WARCWriter

from citecheck._version import __version__
from citecheck.models import FetchedBody

WARC_VERSION = "1.1"
WARC_SUFFIX = ".warc.gz"
SOFTWARE = f"citecheck/{__version__}"
WARC_1_1_SPEC = "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"

log = logging.getLogger(__name__)

RecordType = Literal["response", "revisit"]
Clock = Callable[[], dt.datetime]
NameFactory = Callable[[dt.datetime], str]
RecordIdFactory = Callable[[], str]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def as_utc(when: dt.datetime) -> dt.datetime:
    """Naive datetimes are taken as UTC (the fetcher records UTC)."""
    return when.replace(tzinfo=dt.UTC) if when.tzinfo is None else when.astimezone(dt.UTC)


def warc_date(when: dt.datetime) -> str:
    """WARC 1.1 allows (and we keep) microseconds, so two captures in one second stay ordered."""
    return as_utc(when).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_warc_date(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(dt.UTC)


def new_record_id() -> str:
    return f"<urn:uuid:{uuid.uuid4()}>"


def default_file_name(now: dt.datetime) -> str:
    """Process-private names: timestamp, pid and a random suffix (two writers in one process)."""
    stamp = as_utc(now).strftime("%Y%m%d%H%M%S%f")
    return f"citecheck-{stamp}-{os.getpid()}-{secrets.token_hex(3)}{WARC_SUFFIX}"


def payload_digest(payload: bytes) -> str:
    """The WARC-Payload-Digest warcio writes (``sha1:`` + base32)."""
    digester = Digester("sha1")
    digester.update(payload)
    return str(digester)


def mime_of(headers: list[tuple[str, str]]) -> str | None:
    for name, value in headers:
        if name.lower() == "content-type":
            return value.split(";", 1)[0].strip().lower() or None
    return None


def try_lock(fd: int) -> bool:
    """Take the exclusive writer lock on an open WARC file without waiting."""
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _status_line(body: FetchedBody) -> str:
    reason = body.reason
    if not reason:
        try:
            reason = HTTPStatus(body.status).phrase
        except ValueError:
            reason = "Unknown"
    return f"{body.status} {reason}"


def _http_protocol(body: FetchedBody) -> str:
    # A WARC holds HTTP/1.x messages ("application/http"); replay tools (warcio, pywb) reject an
    # "HTTP/2" status line, so h2 responses are written as HTTP/1.1 and the real protocol goes in
    # WARC-Protocol.
    return body.http_version if body.http_version in ("HTTP/1.0", "HTTP/1.1") else "HTTP/1.1"


def _warc_protocol(body: FetchedBody) -> str | None:
    version = body.http_version.upper()
    if version.startswith("HTTP/2"):
        return "h2"
    if version.startswith("HTTP/3"):
        return "h3"
    return None


def response_parts(body: FetchedBody) -> tuple[StatusAndHeaders, bytes]:
    """The HTTP headers and payload to store for a response, fixed up so replay works.

    ``raw`` is content-encoded but already de-chunked by httpx. Left as is, a
    ``Transfer-Encoding: chunked`` header would make replay tools try to de-chunk a payload that
    has no chunk framing and serve garbage; like Common Crawl we keep the fact but rename the
    header to ``X-Crawler-Transfer-Encoding``. When the fetcher kept only the decoded body, the
    content coding and length no longer describe the stored bytes, so those are renamed too.
    """
    payload = body.raw
    decoded_only = not body.raw and bool(body.body)
    if decoded_only:
        payload = body.body
    renamed = {"transfer-encoding"}
    if decoded_only:
        renamed |= {"content-encoding", "content-length"}
    headers: list[tuple[str, str]] = []
    for name, value in body.response_headers:
        if name.lower() in renamed:
            headers.append((f"X-Crawler-{name}", value))
        else:
            headers.append((name, value))
    return StatusAndHeaders(_status_line(body), headers, protocol=_http_protocol(body)), payload


def request_parts(body: FetchedBody, target_uri: str) -> StatusAndHeaders:
    parts = urlsplit(target_uri)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    headers = list(body.request_headers)
    if not any(name.lower() == "host" for name, _ in headers):
        headers.insert(0, ("Host", parts.netloc))
    return StatusAndHeaders(f"GET {path} {_http_protocol(body)}", headers, protocol="")


@dataclass(frozen=True)
class RevisitTarget:
    """The earlier response an identical payload refers to."""

    url: str
    captured_at: dt.datetime
    record_id: str


@dataclass(frozen=True)
class WrittenCapture:
    """Where a capture landed: the response/revisit record, and the end of its request record."""

    warc: str
    offset: int
    length: int
    end: int
    record_id: str
    record_type: RecordType
    digest: str
    captured_at: dt.datetime
    status: int
    mime: str | None


class WarcFileWriter:
    """Appends captures to process-private WARC files in ``root``, rotating at ``max_bytes``.

    ``on_file_started(name, size)`` is called once the new file's warcinfo record is on disk, so
    the index knows the file (and its committed size) before any capture goes in.
    """

    def __init__(
        self,
        root: Path,
        *,
        max_bytes: int,
        on_file_started: Callable[[str, int], None],
        clock: Clock = utc_now,
        file_names: NameFactory = default_file_name,
        record_ids: RecordIdFactory = new_record_id,
    ) -> None:
        self.root = root
        self.max_bytes = max_bytes
        self._on_file_started = on_file_started
        self._clock = clock
        self._file_names = file_names
        self._record_ids = record_ids
        self._file: IO[bytes] | None = None
        self._name: str | None = None
        self._captures_in_file = 0

    @property
    def current_file(self) -> str | None:
        return self._name

    def write_capture(
        self,
        body: FetchedBody,
        *,
        target_uri: str,
        when: dt.datetime,
        revisit_of: RevisitTarget | None = None,
    ) -> WrittenCapture:
        """Write a response (or a revisit, when ``revisit_of`` is given) and its request record."""
        http_headers, payload = response_parts(body)
        digest = payload_digest(payload)
        estimate = len(payload) + 4096 if revisit_of is None else 4096
        out = self._file_for(estimate)
        assert self._name is not None
        date = warc_date(when)
        response_id = self._record_ids()
        writer = WARCWriter(out, gzip=True, warc_version=WARC_VERSION)
        warc_headers: dict[str, str] = {"WARC-Record-ID": response_id, "WARC-Date": date}
        protocol = _warc_protocol(body)
        if protocol:
            warc_headers["WARC-Protocol"] = protocol
        if revisit_of is None:
            warc_headers["WARC-Payload-Digest"] = digest
            if body.truncated:
                warc_headers["WARC-Truncated"] = "length"
            record = writer.create_warc_record(
                target_uri,
                "response",
                payload=io.BytesIO(payload),
                length=len(payload),
                http_headers=http_headers,
                warc_headers_dict=warc_headers,
            )
        else:
            warc_headers["WARC-Refers-To"] = revisit_of.record_id
            record = writer.create_revisit_record(
                target_uri,
                digest,
                revisit_of.url,
                warc_date(revisit_of.captured_at),
                http_headers=http_headers,
                warc_headers_dict=warc_headers,
            )
        request = writer.create_warc_record(
            target_uri,
            "request",
            payload=io.BytesIO(b""),
            length=0,
            http_headers=request_parts(body, target_uri),
            warc_headers_dict={
                "WARC-Record-ID": self._record_ids(),
                "WARC-Date": date,
                "WARC-Concurrent-To": response_id,
            },
        )
        start = out.tell()
        try:
            writer.write_record(record)
            middle = out.tell()
            writer.write_record(request)
            end = out.tell()
            out.flush()
            os.fsync(out.fileno())
        except BaseException:
            # Disk full, Ctrl-C, …: cut the half-written capture off so the file stays whole. If
            # even that fails, leave the file: recovery cuts it back to its committed size.
            if not self._cut_back(out, start):
                self._abandon()
            raise
        self._captures_in_file += 1
        return WrittenCapture(
            warc=self._name,
            offset=start,
            length=middle - start,
            end=end,
            record_id=response_id,
            record_type="response" if revisit_of is None else "revisit",
            digest=digest,
            captured_at=as_utc(when),
            status=body.status,
            mime=mime_of(body.response_headers),
        )

    def discard(self, written: WrittenCapture) -> None:
        """Take back the capture just written (its index row could not be committed)."""
        if self._file is not None and self._name == written.warc and self._file.tell() == written.end:
            if self._cut_back(self._file, written.offset):
                self._captures_in_file -= 1
            else:
                self._abandon()

    def close(self) -> None:
        """Flush, fsync and unlock the current file (closing the descriptor releases the flock)."""
        if self._file is None:
            return
        try:
            self._file.flush()
            os.fsync(self._file.fileno())
        except OSError as exc:
            # Every indexed capture was fsynced when written; what failed here is not indexed.
            log.warning("archive: closing %s: %s", self._name, exc)
        self._abandon()

    def _abandon(self) -> None:
        if self._file is not None:
            with contextlib.suppress(OSError):
                self._file.close()
        self._file, self._name, self._captures_in_file = None, None, 0

    @staticmethod
    def _cut_back(out: IO[bytes], size: int) -> bool:
        try:
            with contextlib.suppress(OSError):
                out.flush()
            out.truncate(size)
            out.seek(size)
            os.fsync(out.fileno())
        except OSError:
            return False
        return True

    def _file_for(self, estimate: int) -> IO[bytes]:
        if self._file is not None:
            size = self._file.tell()
            if self._captures_in_file == 0 or size + estimate <= self.max_bytes:
                return self._file
            self.close()
        return self._open_new_file()

    def _open_new_file(self) -> IO[bytes]:
        self.root.mkdir(parents=True, exist_ok=True)
        for _attempt in range(8):
            now = self._clock()
            name = self._file_names(now)
            path = self.root / name
            try:
                fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                continue
            # Another run's recovery may take the lock (and remove the empty file) between our
            # create and our lock: then pick another name rather than write to an unlinked file.
            if not try_lock(fd) or not _still_linked(fd, path):
                os.close(fd)
                continue
            out = os.fdopen(fd, "r+b")
            try:
                self._write_warcinfo(out, name, now)
                out.flush()
                os.fsync(fd)
                _fsync_directory(self.root)
                self._on_file_started(name, out.tell())
            except BaseException:
                out.close()
                path.unlink(missing_ok=True)
                raise
            self._file, self._name, self._captures_in_file = out, name, 0
            return out
        raise OSError(f"could not create a new WARC file in {self.root}")

    def _write_warcinfo(self, out: IO[bytes], name: str, now: dt.datetime) -> None:
        writer = WARCWriter(out, gzip=True, warc_version=WARC_VERSION)
        fields = {
            "software": SOFTWARE,
            "format": "WARC File Format 1.1",
            "conformsTo": WARC_1_1_SPEC,
            "description": "Sources cited in analyses, kept by citecheck",
        }
        info = "".join(f"{key}: {value}\r\n" for key, value in fields.items()).encode("utf-8")
        record = writer.create_warc_record(
            "",
            "warcinfo",
            payload=io.BytesIO(info),
            length=len(info),
            warc_content_type="application/warc-fields",
            warc_headers_dict={
                "WARC-Record-ID": self._record_ids(),
                "WARC-Filename": name,
                "WARC-Date": warc_date(now),
            },
        )
        writer.write_record(record)


def _still_linked(fd: int, path: Path) -> bool:
    try:
        return os.fstat(fd).st_ino == os.stat(path).st_ino
    except FileNotFoundError:
        return False


def _fsync_directory(folder: Path) -> None:
    # The new file's directory entry must survive a crash too, or the index could name a file
    # that never reached the disk.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@dataclass(frozen=True)
class RecordSpan:
    """One whole gzip member (one WARC record) of a file."""

    offset: int
    length: int


def whole_records(path: Path, *, chunk_size: int = 1 << 16) -> list[RecordSpan]:
    """Every complete record at the start of a WARC file, stopping at the first broken one.

    A record is whole when its gzip member ends cleanly and the decompressed bytes hold the WARC
    headers, exactly Content-Length bytes of block and the closing CRLF CRLF.
    """
    spans: list[RecordSpan] = []
    with path.open("rb") as raw:
        member_start = 0
        position = 0
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        head = b""
        produced = 0
        while True:
            data = raw.read(chunk_size)
            if not data:
                return spans
            while data:
                try:
                    out = inflater.decompress(data)
                except zlib.error:
                    return spans
                produced += len(out)
                if len(head) < 65536:
                    head += out[: 65536 - len(head)]
                if not inflater.eof:
                    position += len(data)
                    break
                used = len(data) - len(inflater.unused_data)
                member_end = position + used
                if not _is_whole_record(head, produced):
                    return spans
                spans.append(RecordSpan(member_start, member_end - member_start))
                member_start = position = member_end
                data = inflater.unused_data
                inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
                head, produced = b"", 0


def _is_whole_record(head: bytes, produced: int) -> bool:
    if not head.startswith(b"WARC/"):
        return False
    header_end = head.find(b"\r\n\r\n")
    if header_end < 0:
        return False
    length = None
    for line in head[:header_end].split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            try:
                length = int(value.strip())
            except ValueError:
                return False
    return length is not None and produced == header_end + 4 + length + 4


@dataclass(frozen=True)
class StoredRecord:
    """One record read back: its WARC headers, its raw block and its decoded HTTP payload."""

    rec_type: str
    warc_headers: dict[str, str]
    block: bytes
    http_status: int | None
    http_headers: list[tuple[str, str]]
    raw_payload: bytes
    payload: bytes


def read_record_at(path: Path, offset: int, length: int) -> StoredRecord:
    """Read the record stored at ``offset`` (``length`` compressed bytes) of a WARC file."""
    with path.open("rb") as raw:
        raw.seek(offset)
        member = raw.read(length)
    if len(member) != length:
        raise OSError(f"{path.name}: record at {offset} is cut short")
    data = gzip.decompress(member)
    header_end = data.index(b"\r\n\r\n") + 4
    records = iter(ArchiveIterator(io.BytesIO(member)))
    record: Any = next(records)
    block = data[header_end : header_end + int(record.rec_headers.get_header("Content-Length"))]
    http_status = None
    http_headers: list[tuple[str, str]] = []
    raw_payload = b""
    payload = b""
    if record.http_headers is not None:
        http_headers = list(record.http_headers.headers)
        try:
            http_status = int(record.http_headers.get_statuscode())
        except ValueError:
            http_status = None
        split = block.find(b"\r\n\r\n")
        raw_payload = block[split + 4 :] if split >= 0 else b""
        payload = record.content_stream().read()
    return StoredRecord(
        rec_type=record.rec_type,
        warc_headers=dict(record.rec_headers.headers),
        block=block,
        http_status=http_status,
        http_headers=http_headers,
        raw_payload=raw_payload,
        payload=payload,
    )
