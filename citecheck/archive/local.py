"""The local archive: a directory of WARC files plus the capture index that finds records in them.

Opening an archive first repairs what a crash or Ctrl-C may have left behind: trailing partial
records are cut off, WARC files the index does not know are scanned and indexed, and index rows
for files that are gone are dropped. Files another live run is writing (it holds their lock) are
left alone.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from warcio.archiveiterator import ArchiveIterator

from citecheck.archive.drift import normalise_main_text, text_hash
from citecheck.archive.index import CDXJ_FILE, INDEX_FILE, CaptureIndex, IndexedCapture, cdxj_line
from citecheck.archive.warc import (
    WARC_SUFFIX,
    Clock,
    NameFactory,
    RecordIdFactory,
    RevisitTarget,
    WarcFileWriter,
    WrittenCapture,
    as_utc,
    default_file_name,
    mime_of,
    new_record_id,
    parse_warc_date,
    payload_digest,
    read_record_at,
    response_parts,
    try_lock,
    utc_now,
    whole_records,
)
from citecheck.models import Capture, FetchResult

DEFAULT_MAX_WARC_BYTES = 100 * 1024 * 1024

log = logging.getLogger(__name__)


@dataclass
class Recovery:
    """What opening the archive had to repair."""

    truncated: dict[str, int] = field(default_factory=dict)
    removed: list[str] = field(default_factory=list)
    imported: dict[str, int] = field(default_factory=dict)
    dropped_rows: int = 0

    @property
    def clean(self) -> bool:
        return not (self.truncated or self.removed or self.imported or self.dropped_rows)


def _cutoff(at: dt.date | dt.datetime) -> dt.datetime:
    # A date means "some time that day": a capture later the same day still counts as before.
    if isinstance(at, dt.datetime):
        return as_utc(at)
    return dt.datetime.combine(at + dt.timedelta(days=1), dt.time(), tzinfo=dt.UTC)


def nearest_capture(captures: list[Capture], at: dt.date | dt.datetime | None) -> Capture | None:
    """The latest capture at or before ``at``, else the first after (the rule of the Wayback lookup)."""
    ordered = sorted(captures, key=lambda c: as_utc(c.captured_at))
    if not ordered:
        return None
    if at is None:
        return ordered[-1]
    cutoff = _cutoff(at)
    if isinstance(at, dt.datetime):
        before = [c for c in ordered if as_utc(c.captured_at) <= cutoff]
    else:
        before = [c for c in ordered if as_utc(c.captured_at) < cutoff]
    if before:
        return before[-1]
    return ordered[0]


class Archive:
    """A local archive directory: ``record`` captures, find them, read them back, export CDXJ."""

    def __init__(
        self,
        root: Path,
        *,
        max_warc_bytes: int = DEFAULT_MAX_WARC_BYTES,
        clock: Clock = utc_now,
        file_names: NameFactory = default_file_name,
        record_ids: RecordIdFactory = new_record_id,
    ) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        self._clock = clock
        self._lock = threading.RLock()
        self.index = CaptureIndex(self.root / INDEX_FILE)
        self._writer = WarcFileWriter(
            self.root,
            max_bytes=max_warc_bytes,
            on_file_started=self.index.register_file,
            clock=clock,
            file_names=file_names,
            record_ids=record_ids,
        )
        try:
            self.recovery = self.recover()
        except BaseException:
            self.index.close()
            raise

    def __enter__(self) -> Archive:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            self._writer.close()
            self.index.close()

    # Writing --------------------------------------------------------------------------------

    def record(
        self, result: FetchResult, *, when: dt.datetime | None = None, text: str | None = None
    ) -> Capture:
        """Write ``result``'s response (or a revisit, when the payload is unchanged) and index it.

        ``text`` is the page's main text; its normalised form is kept in the index so a later
        run can measure drift against the earliest capture without re-extracting it.
        """
        body = result.response
        if body is None:
            raise ValueError(f"{result.link.url}: no response to archive")
        target = body.url or result.link.final_url or result.link.url
        original = result.link.url
        moment = as_utc(when or result.link.checked_at or self._clock())
        digest = payload_digest(response_parts(body)[1])
        normalised = normalise_main_text(text) if text else None
        with self._lock:
            latest = self._latest(target, original)
            revisit_of = self._revisit_target(latest, digest)
            text_key = text_hash(normalised) if normalised else None
            if text_key is None and revisit_of is not None and latest is not None:
                # Same payload, same text: the revisit inherits what the earlier capture said.
                text_key = latest.capture.text_hash
            written = self._writer.write_capture(body, target_uri=target, when=moment, revisit_of=revisit_of)
            try:
                return self.index.add_capture(
                    written,
                    url=target,
                    original_url=original,
                    refers_to=revisit_of.record_id if revisit_of else None,
                    text=normalised,
                    text_hash=text_key,
                    link_state=result.link.state,
                )
            except BaseException:
                self._writer.discard(written)
                raise

    def _latest(self, target: str, original: str) -> IndexedCapture | None:
        rows = self.index.captures(target)
        if original != target:
            rows += self.index.captures(original)
        return max(rows, key=lambda r: as_utc(r.capture.captured_at), default=None)

    def _revisit_target(self, latest: IndexedCapture | None, digest: str) -> RevisitTarget | None:
        if latest is None or latest.capture.digest != digest:
            return None
        origin: IndexedCapture | None = latest
        if latest.capture.record_type == "revisit":
            origin = self.index.by_record_id(latest.refers_to) if latest.refers_to else None
        if origin is None:
            origin = self.index.response_with_digest(digest)
        if origin is None:
            return None
        return RevisitTarget(origin.capture.url, origin.capture.captured_at, origin.record_id)

    # Reading --------------------------------------------------------------------------------

    def captures(self, url: str) -> list[Capture]:
        """Every capture of ``url`` (as cited or as fetched), oldest first."""
        return [row.capture for row in self.index.captures(url)]

    def nearest(self, url: str, at: dt.date | dt.datetime | None, *, ok_only: bool = False) -> Capture | None:
        """The capture closest before ``at`` (else the first after; the latest when ``at`` is None).

        ``ok_only`` keeps to captures that show the source: 2xx answers not judged a soft 404.
        """
        rows = self.index.captures(url)
        if ok_only:
            rows = [row for row in rows if row.shows_the_source]
        return nearest_capture([row.capture for row in rows], at)

    def earliest_capture(self, url: str) -> Capture | None:
        """The earliest capture that shows the source and has a stored text: drift's baseline."""
        for row in self.index.captures(url):
            if row.shows_the_source and row.capture.text_hash:
                return row.capture
        return None

    def earliest_text(self, url: str) -> str | None:
        """The normalised main text of :meth:`earliest_capture`."""
        capture = self.earliest_capture(url)
        return self.index.text(capture.text_hash) if capture and capture.text_hash else None

    def _payload_capture(self, capture: Capture) -> Capture:
        if capture.record_type == "response":
            return capture
        origin = self.index.response_with_digest(capture.digest)
        if origin is None:
            raise LookupError(
                f"no response record with payload {capture.digest} for revisit of {capture.url}"
            )
        return origin.capture

    def read_payload(self, capture: Capture) -> bytes:
        """The decoded HTTP payload (content coding undone) a capture stands for."""
        source = self._payload_capture(capture)
        return read_record_at(self.root / source.warc, source.offset, source.length).payload

    def read_record(self, capture: Capture) -> bytes:
        """The HTTP response as stored: status line, headers and raw payload.

        For a revisit, its own headers with the payload of the response it refers to.
        """
        stored = read_record_at(self.root / capture.warc, capture.offset, capture.length)
        if capture.record_type == "response":
            return stored.block
        source = self._payload_capture(capture)
        payload = read_record_at(self.root / source.warc, source.offset, source.length).raw_payload
        return stored.block + payload

    def write_cdxj(self, path: Path | None = None) -> Path:
        """Write the CDXJ index (sorted, as pywb and ReplayWeb.page expect); atomic replace."""
        target = Path(path) if path is not None else self.root / CDXJ_FILE
        lines = sorted(cdxj_line(row) for row in self.index.all_captures())
        temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        temporary.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
        os.replace(temporary, target)
        return target

    # Recovery -------------------------------------------------------------------------------

    def recover(self) -> Recovery:
        """Bring every WARC file not being written by a live run in line with the index."""
        report = Recovery()
        committed = self.index.committed_sizes()
        for path in sorted(self.root.glob(f"*{WARC_SUFFIX}")):
            if path.name == self._writer.current_file:
                continue
            try:
                fd = os.open(path, os.O_RDWR)
            except FileNotFoundError:
                continue
            try:
                if try_lock(fd):
                    self._repair(path, fd, committed.get(path.name), report)
            finally:
                os.close(fd)
        for name in committed:
            if not (self.root / name).exists():
                report.dropped_rows += self.index.forget_file(name)
                log.warning("archive: %s is gone; dropped its index entries", name)
        return report

    def _repair(self, path: Path, fd: int, known: int | None, report: Recovery) -> None:
        size = os.fstat(fd).st_size
        if known is not None and size == known:
            return
        if known is not None and size > known:
            # Written after the last committed capture and never indexed: a crash mid-capture.
            os.ftruncate(fd, known)
            os.fsync(fd)
            report.truncated[path.name] = size - known
            log.warning("archive: cut %d bytes of a partial record off %s", size - known, path.name)
            return
        spans = whole_records(path)
        end = spans[-1].offset + spans[-1].length if spans else 0
        if known is None and end == 0:
            path.unlink()
            report.removed.append(path.name)
            return
        if end < size:
            os.ftruncate(fd, end)
            os.fsync(fd)
            report.truncated[path.name] = size - end
            log.warning("archive: cut %d bytes of a partial record off %s", size - end, path.name)
        if known is None:
            report.imported[path.name] = self._import(path, end)
        else:
            report.dropped_rows += self.index.cut_file(path.name, end)

    def _import(self, path: Path, end: int) -> int:
        """Index the response and revisit records of a WARC file the index did not know."""
        self.index.register_file(path.name, end)
        count = 0
        with path.open("rb") as stream:
            iterator = ArchiveIterator(stream)
            for record in iterator:
                if record.rec_type not in ("response", "revisit") or record.http_headers is None:
                    continue
                headers = record.rec_headers
                uri = headers.get_header("WARC-Target-URI")
                record_id = headers.get_header("WARC-Record-ID")
                date = headers.get_header("WARC-Date")
                payload = record.raw_stream.read()
                offset = iterator.get_record_offset()
                length = iterator.get_record_length()
                if not uri or not record_id or not date or offset + length > end:
                    continue
                try:
                    status = int(record.http_headers.get_statuscode())
                except ValueError:
                    continue
                written = WrittenCapture(
                    warc=path.name,
                    offset=offset,
                    length=length,
                    end=offset + length,
                    record_id=record_id,
                    record_type=record.rec_type,
                    digest=headers.get_header("WARC-Payload-Digest") or payload_digest(payload),
                    captured_at=parse_warc_date(date),
                    status=status,
                    mime=mime_of(list(record.http_headers.headers)),
                )
                self.index.add_capture(
                    written,
                    url=uri,
                    original_url=None,
                    refers_to=headers.get_header("WARC-Refers-To"),
                    text=None,
                    text_hash=None,
                )
                count += 1
        return count


def format_capture_table(captures: list[Capture]) -> str:
    """A plain-text table of captures for ``citecheck archive list`` (no terminal styling here)."""
    if not captures:
        return "no captures"
    rows = [("captured at (UTC)", "status", "type", "digest", "record")]
    for capture in captures:
        rows.append(
            (
                as_utc(capture.captured_at).strftime("%Y-%m-%d %H:%M:%S"),
                str(capture.status),
                capture.record_type,
                capture.digest,
                f"{capture.warc}@{capture.offset}",
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() for row in rows)
