"""The capture index: a SQLite file in the archive directory, and its CDXJ export for replay tools.

WAL mode and a busy timeout let two runs share one index. A capture row goes in only after its
record is on disk, in the same transaction that advances its WARC file's committed size, so the
index never points past what was fsynced.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from citecheck import lazyre
from citecheck.archive.warc import WrittenCapture, as_utc, parse_warc_date, warc_date
from citecheck.archive.wayback import WaybackCapture
from citecheck.models import BROKEN_STATES, Capture
from citecheck.sqlitedb import open_wal_database

INDEX_FILE = "captures.sqlite3"
SCHEMA_VERSION = 1
CDXJ_FILE = "index.cdxj"
BUSY_TIMEOUT_SECONDS = 30.0
# A Wayback capture found in an earlier run is trusted this long without asking again: captures
# are rarely withdrawn, and a month bounds the damage when one is. Failures are never kept.
WAYBACK_HIT_MAX_AGE = dt.timedelta(days=30)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS warc_files (
    name TEXT PRIMARY KEY,
    committed_size INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS texts (
    text_hash TEXT PRIMARY KEY,
    text TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS captures (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL,
    original_url TEXT,
    surt TEXT NOT NULL,
    captured_at TEXT NOT NULL,
    status INTEGER NOT NULL,
    digest TEXT NOT NULL,
    mime TEXT,
    warc TEXT NOT NULL REFERENCES warc_files(name),
    offset INTEGER NOT NULL,
    length INTEGER NOT NULL,
    record_type TEXT NOT NULL,
    record_id TEXT NOT NULL,
    refers_to TEXT,
    text_hash TEXT,
    link_state TEXT
);
CREATE TABLE IF NOT EXISTS wayback_hits (
    url TEXT NOT NULL,
    day TEXT NOT NULL,
    original TEXT NOT NULL,
    timestamp TEXT NOT NULL,
    archived_url TEXT NOT NULL,
    status INTEGER,
    found_at TEXT NOT NULL,
    PRIMARY KEY (url, day)
);
CREATE INDEX IF NOT EXISTS captures_url ON captures(url, captured_at);
CREATE INDEX IF NOT EXISTS captures_original ON captures(original_url, captured_at);
CREATE INDEX IF NOT EXISTS captures_surt ON captures(surt, captured_at);
CREATE INDEX IF NOT EXISTS captures_digest ON captures(digest);
CREATE INDEX IF NOT EXISTS captures_record ON captures(record_id);
"""

log = logging.getLogger(__name__)

_WWW = lazyre.compile(r"^www\d*\.")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def surt(url: str) -> str:
    """Sort-friendly URL key as pywb expects it: ``org,example)/path?a=1&b=2``.

    A small version of the Internet Archive's canonicalisation (as the ``surt`` package does it):
    lower case, ``www.`` dropped, host labels reversed (not for IP addresses), default port and
    trailing slash dropped, query arguments sorted.
    """
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().strip(".")
    host = _WWW.sub("", host)
    try:
        ipaddress.ip_address(host)
        key = host
    except ValueError:
        key = ",".join(reversed(host.split(".")))
    try:
        port = parts.port
    except ValueError:
        port = None
    if port is not None and port != _DEFAULT_PORTS.get(parts.scheme.lower()):
        key += f":{port}"
    path = parts.path or "/"
    if len(path) > 1:
        path = path.rstrip("/") or "/"
    query = "&".join(sorted(parts.query.split("&"))) if parts.query else ""
    return (f"{key}){path}" + (f"?{query}" if query else "")).lower()


def cdx_timestamp(when: dt.datetime) -> str:
    return as_utc(when).strftime("%Y%m%d%H%M%S")


@dataclass(frozen=True)
class IndexedCapture:
    """A capture row with what only the archive needs: record ids, the cited URL, the verdict."""

    capture: Capture
    record_id: str
    refers_to: str | None
    original_url: str | None
    link_state: str | None = None

    @property
    def shows_the_source(self) -> bool:
        """A 2xx answer that the link check did not judge an error page (soft 404)."""
        return 200 <= self.capture.status < 300 and self.link_state not in BROKEN_STATES


_COLUMNS = (
    "url, original_url, captured_at, status, digest, mime, warc, offset, length, "
    "record_type, record_id, refers_to, text_hash, link_state"
)


def _row_to_capture(row: sqlite3.Row) -> IndexedCapture:
    capture = Capture(
        url=row["url"],
        captured_at=parse_warc_date(row["captured_at"]),
        status=row["status"],
        digest=row["digest"],
        mime=row["mime"],
        warc=row["warc"],
        offset=row["offset"],
        length=row["length"],
        record_type=row["record_type"],
        text_hash=row["text_hash"],
    )
    return IndexedCapture(capture, row["record_id"], row["refers_to"], row["original_url"], row["link_state"])


class CaptureIndex:
    """The SQLite index of one archive directory. One connection per instance, thread-safe."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.RLock()
        # FULL: a committed row must survive a power cut, like the record it points at.
        self._db = open_wal_database(path, busy_timeout=BUSY_TIMEOUT_SECONDS, synchronous="FULL")
        self._db.row_factory = sqlite3.Row
        with self._write():
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    self._db.execute(statement)
            if self._db.execute("PRAGMA user_version").fetchone()[0] == 0:
                self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        # BEGIN IMMEDIATE takes the write lock up front, so two runs queue on the busy timeout
        # instead of failing when a read transaction tries to upgrade.
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    # WARC files -----------------------------------------------------------------------------

    def register_file(self, name: str, size: int) -> None:
        with self._write() as db:
            db.execute(
                "INSERT INTO warc_files(name, committed_size) VALUES (?, ?) "
                "ON CONFLICT(name) DO UPDATE SET committed_size = excluded.committed_size",
                (name, size),
            )

    def committed_sizes(self) -> dict[str, int]:
        with self._lock:
            rows = self._db.execute("SELECT name, committed_size FROM warc_files").fetchall()
        return {row["name"]: row["committed_size"] for row in rows}

    def forget_file(self, name: str) -> int:
        """Drop a WARC file and every capture in it (the file is gone); returns rows dropped."""
        with self._write() as db:
            dropped = db.execute("DELETE FROM captures WHERE warc = ?", (name,)).rowcount
            db.execute("DELETE FROM warc_files WHERE name = ?", (name,))
        return dropped

    def cut_file(self, name: str, size: int) -> int:
        """The file now ends at ``size``: drop captures beyond it; returns rows dropped."""
        with self._write() as db:
            dropped = db.execute(
                "DELETE FROM captures WHERE warc = ? AND offset + length > ?", (name, size)
            ).rowcount
            db.execute("UPDATE warc_files SET committed_size = ? WHERE name = ?", (size, name))
        return dropped

    # Captures ---------------------------------------------------------------------------------

    def add_capture(
        self,
        written: WrittenCapture,
        *,
        url: str,
        original_url: str | None,
        refers_to: str | None,
        text: str | None,
        text_hash: str | None,
        link_state: str | None = None,
    ) -> Capture:
        """Index a capture whose records are on disk, and advance its file's committed size."""
        with self._write() as db:
            if text is not None and text_hash is not None:
                db.execute("INSERT OR IGNORE INTO texts(text_hash, text) VALUES (?, ?)", (text_hash, text))
            db.execute(
                f"INSERT INTO captures({_COLUMNS}, surt) VALUES ({', '.join('?' * 15)})",
                (
                    url,
                    original_url if original_url != url else None,
                    warc_date(written.captured_at),
                    written.status,
                    written.digest,
                    written.mime,
                    written.warc,
                    written.offset,
                    written.length,
                    written.record_type,
                    written.record_id,
                    refers_to,
                    text_hash,
                    link_state,
                    surt(url),
                ),
            )
            db.execute(
                "UPDATE warc_files SET committed_size = MAX(committed_size, ?) WHERE name = ?",
                (written.end, written.warc),
            )
        return Capture(
            url=url,
            captured_at=written.captured_at,
            status=written.status,
            digest=written.digest,
            mime=written.mime,
            warc=written.warc,
            offset=written.offset,
            length=written.length,
            record_type=written.record_type,
            text_hash=text_hash,
        )

    def captures(self, url: str) -> list[IndexedCapture]:
        """Every capture of ``url`` (as fetched, or as cited), oldest first."""
        with self._lock:
            rows = self._db.execute(
                f"SELECT {_COLUMNS} FROM captures WHERE url = ? OR original_url = ? ORDER BY captured_at, id",
                (url, url),
            ).fetchall()
        return [_row_to_capture(row) for row in rows]

    def by_record_id(self, record_id: str) -> IndexedCapture | None:
        with self._lock:
            row = self._db.execute(
                f"SELECT {_COLUMNS} FROM captures WHERE record_id = ? LIMIT 1", (record_id,)
            ).fetchone()
        return _row_to_capture(row) if row else None

    def response_with_digest(self, digest: str) -> IndexedCapture | None:
        with self._lock:
            row = self._db.execute(
                f"SELECT {_COLUMNS} FROM captures WHERE digest = ? AND record_type = 'response' "
                "ORDER BY captured_at LIMIT 1",
                (digest,),
            ).fetchone()
        return _row_to_capture(row) if row else None

    def text(self, text_hash: str) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT text FROM texts WHERE text_hash = ?", (text_hash,)).fetchone()
        return row["text"] if row else None

    # Wayback lookups of earlier runs ---------------------------------------------------------

    def wayback_hit(self, url: str, day: dt.date, since: dt.datetime) -> WaybackCapture | None:
        """The capture an earlier run found for (url, access day), if found after ``since``."""
        with self._lock:
            row = self._db.execute(
                "SELECT original, timestamp, archived_url, status FROM wayback_hits "
                "WHERE url = ? AND day = ? AND found_at >= ?",
                (url, day.isoformat(), warc_date(since)),
            ).fetchone()
        if row is None:
            return None
        return WaybackCapture(row["original"], row["timestamp"], row["archived_url"], row["status"])

    def keep_wayback_hit(
        self, url: str, day: dt.date, capture: WaybackCapture, found_at: dt.datetime
    ) -> None:
        with self._write() as db:
            db.execute(
                "INSERT OR REPLACE INTO wayback_hits(url, day, original, timestamp, archived_url, status, "
                "found_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    url,
                    day.isoformat(),
                    capture.original,
                    capture.timestamp,
                    capture.archived_url,
                    capture.status,
                    warc_date(found_at),
                ),
            )

    def all_captures(self) -> list[IndexedCapture]:
        with self._lock:
            rows = self._db.execute(
                f"SELECT {_COLUMNS} FROM captures ORDER BY surt, captured_at, id"
            ).fetchall()
        return [_row_to_capture(row) for row in rows]


def cdxj_line(indexed: IndexedCapture) -> str:
    """``<surt> <timestamp> {json}`` with the fields webrecorder's cdxj-indexer (pywb) writes."""
    capture = indexed.capture
    fields = {
        "url": capture.url,
        "mime": "warc/revisit" if capture.record_type == "revisit" else (capture.mime or "unk"),
        "status": str(capture.status),
        "digest": capture.digest,
        "length": str(capture.length),
        "offset": str(capture.offset),
        "filename": capture.warc,
    }
    return (
        f"{surt(capture.url)} {cdx_timestamp(capture.captured_at)} {json.dumps(fields, ensure_ascii=False)}"
    )


class WaybackHits:
    """The :class:`~citecheck.archive.wayback.LookupCache` of an archive directory: the captures
    found in earlier runs, trusted for ``max_age``."""

    def __init__(self, index: CaptureIndex, max_age: dt.timedelta = WAYBACK_HIT_MAX_AGE) -> None:
        self.index = index
        self.max_age = max_age

    def found(self, url: str, at: dt.date) -> WaybackCapture | None:
        try:
            return self.index.wayback_hit(url, at, dt.datetime.now(dt.UTC) - self.max_age)
        except sqlite3.Error as exc:
            log.warning("archive: could not read the Wayback cache: %s", exc)
            return None

    def keep(self, url: str, at: dt.date, capture: WaybackCapture) -> None:
        try:
            self.index.keep_wayback_hit(url, at, capture, dt.datetime.now(dt.UTC))
        except sqlite3.Error as exc:
            log.warning("archive: could not keep a Wayback capture: %s", exc)
