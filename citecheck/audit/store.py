"""The audit's history store, and the only module that speaks SQL: SQLite by default, PostgreSQL for a URL.

SQLite is one file in WAL mode with a busy timeout; PostgreSQL (psycopg 3) gets the same tables.
Two overlapping cron runs are kept apart by a lock: a row with host, pid, heartbeat and expiry in
SQLite, ``pg_try_advisory_lock`` in PostgreSQL (the row is kept there too, to say who holds it).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import socket
import sqlite3
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

import platformdirs
import psycopg

from citecheck import lazyre
from citecheck.audit.history import UrlState
from citecheck.errors import CitecheckError, ConfigError
from citecheck.models import Document, Finding, LinkResult
from citecheck.sqlitedb import open_wal_database

SCHEMA_VERSION = 1
# A holder renews its lock every minute; one that stops (a crash on another host) loses it after this.
LOCK_TTL = dt.timedelta(minutes=30)
SQLITE_BUSY_TIMEOUT_MS = 15_000
_PREFIX = lazyre.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,30}$")
_IN_CHUNK = 500

_DB_ERRORS = (sqlite3.Error, psycopg.Error)

Dialect = Literal["sqlite", "postgresql"]
RunStatus = Literal["running", "completed", "partial", "interrupted", "failed"]


class StoreError(CitecheckError):
    """The history database failed: locked beyond the busy timeout, connection lost, corrupt file."""


def default_db_path() -> Path:
    """Where the history lives when no ``--db`` is given."""
    return Path(platformdirs.user_data_dir("citecheck")) / "audit.sqlite3"


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class LockHolder:
    """Who holds the audit lock, to say so: "another audit is running since …"."""

    host: str
    pid: int
    since: dt.datetime
    run_id: int | None = None

    def describe(self) -> str:
        run = f" (run {self.run_id})" if self.run_id is not None else ""
        return (
            f"another audit is running since {self.since.strftime('%Y-%m-%d %H:%M:%S UTC')}"
            f" on {self.host}, pid {self.pid}{run}"
        )


@dataclass
class RunRecord:
    id: int
    started_at: dt.datetime
    finished_at: dt.datetime | None
    status: str
    sources: list[str]
    cursor: dict[str, Any]
    counts: dict[str, Any]
    message: str | None


@dataclass
class DocumentRecord:
    """A document as last seen: enough to tell whether it changed without parsing it again."""

    path: str
    source: str
    content_hash: str
    modified: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    document: Document | None = None
    first_seen_at: dt.datetime | None = None
    first_run_id: int | None = None
    last_seen_at: dt.datetime | None = None
    last_run_id: int | None = None


@dataclass
class UrlRecord:
    """A URL's current audit state and its latest check."""

    url: str
    state: UrlState = field(default_factory=UrlState)
    verdict: str | None = None
    http_status: int | None = None
    checked_at: dt.datetime | None = None
    run_id: int | None = None
    content_hash: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    fingerprint: tuple[int, ...] | None = None
    link: LinkResult | None = None
    # Where the latest checks were made from (worker location → verdict), when a fleet records it.
    locations: dict[str, str] = field(default_factory=dict)


@dataclass
class CheckRecord:
    """One check of one URL, as kept forever."""

    run_id: int
    url: str
    checked_at: dt.datetime
    verdict: str
    state: str | None
    http_status: int | None
    content_hash: str | None
    etag: str | None
    last_modified: str | None
    elapsed_ms: int | None
    error_kind: str | None
    location: str | None = None
    opinions: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class FindingsRecord:
    """The findings of one citation (document, label) over a span of runs in which they did not change."""

    document: str
    label: str
    url: str | None
    codes: list[str]
    findings: list[Finding]
    first_run_id: int
    first_seen_at: dt.datetime
    last_run_id: int
    last_seen_at: dt.datetime


@dataclass
class EventRecord:
    """A change the publisher is told about once: newly broken, recovered, drifted, new document."""

    kind: str
    run_id: int
    at: dt.datetime
    url: str | None = None
    document: str | None = None
    previous_state: str | None = None
    state: str | None = None
    detail: dict[str, Any] = field(default_factory=dict)
    id: int | None = None
    reported_run_id: int | None = None


def _tables(dialect: Dialect, p: str) -> list[str]:
    ident = (
        "INTEGER PRIMARY KEY"
        if dialect == "sqlite"
        else "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"
    )
    ts = "TEXT" if dialect == "sqlite" else "TIMESTAMPTZ"
    big = "INTEGER" if dialect == "sqlite" else "BIGINT"
    return [
        f"CREATE TABLE IF NOT EXISTS {p}meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        f"""CREATE TABLE IF NOT EXISTS {p}runs (
            id {ident}, started_at {ts} NOT NULL, finished_at {ts}, status TEXT NOT NULL,
            sources TEXT NOT NULL, cursor TEXT NOT NULL, counts TEXT NOT NULL, message TEXT,
            host TEXT NOT NULL, pid INTEGER NOT NULL)""",
        f"""CREATE TABLE IF NOT EXISTS {p}documents (
            path TEXT PRIMARY KEY, source TEXT NOT NULL, content_hash TEXT NOT NULL, modified TEXT,
            etag TEXT, last_modified TEXT, document TEXT,
            first_seen_at {ts} NOT NULL, first_run_id {big} NOT NULL,
            last_seen_at {ts} NOT NULL, last_run_id {big} NOT NULL)""",
        f"""CREATE TABLE IF NOT EXISTS {p}urls (
            url TEXT PRIMARY KEY, state TEXT, failures INTEGER NOT NULL, first_failure_at {ts},
            last_failure_run {big}, verdict TEXT, http_status INTEGER, checked_at {ts}, run_id {big},
            content_hash TEXT, etag TEXT, last_modified TEXT, fingerprint TEXT, link TEXT)""",
        f"""CREATE TABLE IF NOT EXISTS {p}checks (
            id {ident}, run_id {big} NOT NULL, url TEXT NOT NULL, checked_at {ts} NOT NULL,
            verdict TEXT NOT NULL, state TEXT, http_status INTEGER, content_hash TEXT, etag TEXT,
            last_modified TEXT, elapsed_ms INTEGER, error_kind TEXT)""",
        f"CREATE INDEX IF NOT EXISTS {p}checks_url ON {p}checks (url, checked_at)",
        f"CREATE INDEX IF NOT EXISTS {p}checks_run ON {p}checks (run_id)",
        f"""CREATE TABLE IF NOT EXISTS {p}citation_findings (
            id {ident}, document TEXT NOT NULL, label TEXT NOT NULL, url TEXT, codes TEXT NOT NULL,
            findings TEXT NOT NULL, first_run_id {big} NOT NULL, first_seen_at {ts} NOT NULL,
            last_run_id {big} NOT NULL, last_seen_at {ts} NOT NULL)""",
        f"CREATE INDEX IF NOT EXISTS {p}citation_findings_key ON {p}citation_findings (document, label, id)",
        f"""CREATE TABLE IF NOT EXISTS {p}events (
            id {ident}, run_id {big} NOT NULL, kind TEXT NOT NULL, at {ts} NOT NULL, url TEXT,
            document TEXT, previous_state TEXT, state TEXT, detail TEXT NOT NULL,
            reported_run_id {big})""",
        f"CREATE INDEX IF NOT EXISTS {p}events_unreported ON {p}events (reported_run_id, id)",
        f"""CREATE TABLE IF NOT EXISTS {p}locks (
            name TEXT PRIMARY KEY, token TEXT NOT NULL, run_id {big}, host TEXT NOT NULL,
            pid INTEGER NOT NULL, acquired_at {ts} NOT NULL, heartbeat_at {ts} NOT NULL,
            expires_at {ts} NOT NULL)""",
    ]


# Added by the worker fleet: which worker location's verdict a check keeps, and what each location saw.
_ADDED_COLUMNS = (
    ("checks", "location", "TEXT"),
    ("checks", "opinions", "TEXT"),
    ("urls", "locations", "TEXT"),
)
_TABLE_NAMES = ("meta", "runs", "documents", "urls", "checks", "citation_findings", "events", "locks")
_URL_COLUMNS = (
    "url, state, failures, first_failure_at, last_failure_run, verdict, http_status, checked_at, run_id, "
    "content_hash, etag, last_modified, fingerprint, link"
)
# The fleet's column is read with the rest but written on its own (record_check, from opinions).
_URL_READ_COLUMNS = _URL_COLUMNS + ", locations"
_DOC_COLUMNS = (
    "path, source, content_hash, modified, etag, last_modified, document, first_seen_at, first_run_id, "
    "last_seen_at, last_run_id"
)
_EVENT_COLUMNS = "id, run_id, kind, at, url, document, previous_state, state, detail, reported_run_id"


def _chunks(items: Sequence[str], size: int = _IN_CHUNK) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class AuditStore:
    """The audit's data access: runs, documents, URL states and checks, citation findings, events, lock.

    Open one with :func:`open_store`. Every write commits at once, so a run killed at any point
    leaves a consistent history that the next run resumes from.
    """

    def __init__(self, conn: Any, dialect: Dialect, *, prefix: str = "", location: str = "") -> None:
        if prefix and not _PREFIX.match(prefix):
            raise ConfigError(f"invalid table prefix {prefix!r}")
        self._conn = conn
        self.dialect: Dialect = dialect
        self.prefix = prefix
        self.location = location
        self._lock_token: str | None = None
        namespace = prefix
        if dialect == "postgresql":
            # One lock per set of tables: the schema (search_path) and prefix name them.
            database, schema = self._rows("SELECT current_database(), current_schema()")[0]
            namespace = f"{database}.{schema}.{prefix}"
        self._advisory_key = int.from_bytes(
            hashlib.blake2b(f"citecheck-audit:{namespace}".encode(), digest_size=8).digest(),
            "big",
            signed=True,
        )
        self._migrate()

    # --- plumbing ---------------------------------------------------------------------------

    def _sql(self, sql: str) -> str:
        # Written with sqlite's "?" placeholders; psycopg wants "%s" (no literal % appears in our SQL).
        return sql.replace("?", "%s") if self.dialect == "postgresql" else sql

    def _ts(self, value: dt.datetime | None) -> Any:
        if value is None:
            return None
        value = value.astimezone(dt.UTC) if value.tzinfo else value.replace(tzinfo=dt.UTC)
        return value.isoformat(timespec="microseconds") if self.dialect == "sqlite" else value

    @staticmethod
    def _dt(value: Any) -> dt.datetime | None:
        if value is None:
            return None
        parsed = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        try:
            return list(self._conn.execute(self._sql(sql), tuple(params)).fetchall())
        except _DB_ERRORS as exc:
            raise StoreError(f"history database {self.location}: {exc}") from exc

    def _run(self, sql: str, params: Sequence[Any] = ()) -> None:
        try:
            self._conn.execute(self._sql(sql), tuple(params))
        except _DB_ERRORS as exc:
            raise StoreError(f"history database {self.location}: {exc}") from exc

    @contextmanager
    def _tx(self) -> Iterator[None]:
        try:
            if self.dialect == "sqlite":
                # IMMEDIATE takes the write lock up front, so two writers queue on the busy timeout
                # instead of failing halfway through with SQLITE_BUSY on upgrade.
                self._conn.execute("BEGIN IMMEDIATE")
                try:
                    yield
                except BaseException:
                    with suppress(sqlite3.Error):
                        self._conn.execute("ROLLBACK")
                    raise
                self._conn.execute("COMMIT")
            else:
                with self._conn.transaction():
                    yield
        except _DB_ERRORS as exc:
            raise StoreError(f"history database {self.location}: {exc}") from exc

    def _migrate(self) -> None:
        p = self.prefix
        with self._tx():
            if self.dialect == "postgresql":
                # CREATE TABLE IF NOT EXISTS races with itself in PostgreSQL: two first runs queue here.
                self._rows("SELECT pg_advisory_xact_lock(?)", (self._advisory_key ^ 1,))
            for statement in _tables(self.dialect, p):
                self._run(statement)
            self._add_columns(_ADDED_COLUMNS)
            found = self._rows(f"SELECT value FROM {p}meta WHERE key = 'schema_version'")
            if not found:
                self._run(
                    f"INSERT INTO {p}meta (key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
                )
            elif int(found[0][0]) > SCHEMA_VERSION:
                raise ConfigError(
                    f"{self.location}: history store has schema version {found[0][0]}, "
                    f"newer than this citecheck understands ({SCHEMA_VERSION})"
                )

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Many writes, one commit: in PostgreSQL the writes inside become savepoints of one
        transaction (a worker fleet hands results over by the hundred); SQLite commits each."""
        if self.dialect == "postgresql":
            with self._tx():
                yield
        else:
            yield

    def _add_columns(self, added: Sequence[tuple[str, str, str]]) -> None:
        """Columns added after a table was first created (old stores gain them; readers stay compatible).

        Only a missing column is added: ALTER TABLE locks the table exclusively even when the column
        exists, which would deadlock against concurrent writers of an up-to-date store.
        """
        for table, column, kind in added:
            name = f"{self.prefix}{table}"
            if self.dialect == "postgresql":
                present = self._rows(
                    "SELECT 1 FROM information_schema.columns "
                    "WHERE table_schema = current_schema() AND table_name = ? AND column_name = ?",
                    (name, column),
                )
            else:
                present = [row for row in self._rows(f"PRAGMA table_info({name})") if row[1] == column]
            if not present:
                self._run(f"ALTER TABLE {name} ADD COLUMN {column} {kind}")

    def close(self) -> None:
        try:
            self.unlock()
        finally:
            self._conn.close()

    def __enter__(self) -> AuditStore:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def drop_all(self) -> None:
        """Remove every table of this store (tests clean up their own prefix with it)."""
        self.unlock()
        with self._tx():
            for name in _TABLE_NAMES:
                self._run(f"DROP TABLE IF EXISTS {self.prefix}{name}")

    # --- lock -------------------------------------------------------------------------------

    def try_lock(self, *, ttl: dt.timedelta = LOCK_TTL) -> LockHolder | None:
        """Take the audit lock; None when taken, else who holds it.

        SQLite: a row that expires unless its holder's heartbeat renews it, and that a holder on
        this host whose process is gone forfeits at once. PostgreSQL: a session advisory lock,
        released by the server when the holder's connection dies.
        """
        p, now = self.prefix, utcnow()
        host, pid, token = socket.gethostname(), os.getpid(), uuid.uuid4().hex
        if self.dialect == "postgresql":
            got = self._rows("SELECT pg_try_advisory_lock(?)", (self._advisory_key,))[0][0]
            if not got:
                return self._lock_holder() or LockHolder(host="?", pid=0, since=now)
        with self._tx():
            if self.dialect == "sqlite":
                holder = self._lock_holder()
                row = self._rows(f"SELECT expires_at FROM {p}locks WHERE name = 'audit'")
                if holder is not None and row:
                    expires = self._dt(row[0][0])
                    alive = holder.host != host or _process_alive(holder.pid)
                    if alive and expires is not None and expires > now:
                        return holder
            self._run(f"DELETE FROM {p}locks WHERE name = 'audit'")
            self._run(
                f"INSERT INTO {p}locks (name, token, run_id, host, pid, acquired_at, heartbeat_at, expires_at) "
                "VALUES ('audit', ?, NULL, ?, ?, ?, ?, ?)",
                (token, host, pid, self._ts(now), self._ts(now), self._ts(now + ttl)),
            )
        self._lock_token = token
        return None

    def _lock_holder(self) -> LockHolder | None:
        rows = self._rows(
            f"SELECT host, pid, acquired_at, run_id FROM {self.prefix}locks WHERE name = 'audit'"
        )
        if not rows:
            return None
        host, pid, since, run_id = rows[0]
        return LockHolder(host=host, pid=int(pid), since=self._dt(since) or utcnow(), run_id=run_id)

    def heartbeat(self, *, run_id: int | None = None, ttl: dt.timedelta = LOCK_TTL) -> None:
        """Renew the lock (and name the run holding it)."""
        if self._lock_token is None:
            return
        now = utcnow()
        with self._tx():
            self._run(
                f"UPDATE {self.prefix}locks SET heartbeat_at = ?, expires_at = ?, run_id = COALESCE(?, run_id) "
                "WHERE name = 'audit' AND token = ?",
                (self._ts(now), self._ts(now + ttl), run_id, self._lock_token),
            )

    @property
    def locked(self) -> bool:
        return self._lock_token is not None

    def unlock(self) -> None:
        if self._lock_token is None:
            return
        token, self._lock_token = self._lock_token, None
        with self._tx():
            self._run(f"DELETE FROM {self.prefix}locks WHERE name = 'audit' AND token = ?", (token,))
        if self.dialect == "postgresql":
            self._rows("SELECT pg_advisory_unlock(?)", (self._advisory_key,))

    # --- runs -------------------------------------------------------------------------------

    def start_run(self, sources: Sequence[str], started_at: dt.datetime) -> int:
        with self._tx():
            rows = self._rows(
                f"INSERT INTO {self.prefix}runs (started_at, status, sources, cursor, counts, host, pid) "
                "VALUES (?, 'running', ?, '{}', '{}', ?, ?) RETURNING id",
                (self._ts(started_at), json.dumps(list(sources)), socket.gethostname(), os.getpid()),
            )
        return int(rows[0][0])

    def update_cursor(self, run_id: int, cursor: dict[str, Any]) -> None:
        """Record how far the run got, so an interrupted run says where it stopped."""
        with self._tx():
            self._run(f"UPDATE {self.prefix}runs SET cursor = ? WHERE id = ?", (json.dumps(cursor), run_id))

    def finish_run(
        self,
        run_id: int,
        *,
        status: RunStatus,
        finished_at: dt.datetime,
        counts: dict[str, Any],
        message: str | None = None,
    ) -> None:
        with self._tx():
            self._run(
                f"UPDATE {self.prefix}runs SET status = ?, finished_at = ?, counts = ?, message = ? WHERE id = ?",
                (status, self._ts(finished_at), json.dumps(counts), message, run_id),
            )

    def _run_record(self, row: tuple[Any, ...]) -> RunRecord:
        return RunRecord(
            id=int(row[0]),
            started_at=self._dt(row[1]) or utcnow(),
            finished_at=self._dt(row[2]),
            status=row[3],
            sources=json.loads(row[4]),
            cursor=json.loads(row[5]),
            counts=json.loads(row[6]),
            message=row[7],
        )

    def get_run(self, run_id: int) -> RunRecord | None:
        rows = self._rows(
            f"SELECT id, started_at, finished_at, status, sources, cursor, counts, message "
            f"FROM {self.prefix}runs WHERE id = ?",
            (run_id,),
        )
        return self._run_record(rows[0]) if rows else None

    def runs(self, *, limit: int = 20) -> list[RunRecord]:
        """The latest runs, newest first."""
        rows = self._rows(
            f"SELECT id, started_at, finished_at, status, sources, cursor, counts, message "
            f"FROM {self.prefix}runs ORDER BY id DESC LIMIT ?",
            (limit,),
        )
        return [self._run_record(row) for row in rows]

    def run_starts(self, run_ids: Iterable[int]) -> dict[int, dt.datetime]:
        """When each of these runs started (the schedule times a run's checks from its start)."""
        starts: dict[int, dt.datetime] = {}
        ids = sorted({int(i) for i in run_ids})
        for start in range(0, len(ids), _IN_CHUNK):
            chunk = ids[start : start + _IN_CHUNK]
            marks = ", ".join("?" for _ in chunk)
            rows = self._rows(f"SELECT id, started_at FROM {self.prefix}runs WHERE id IN ({marks})", chunk)
            for run_id, started in rows:
                when = self._dt(started)
                if when is not None:
                    starts[int(run_id)] = when
        return starts

    def close_abandoned_runs(self, *, except_run: int, at: dt.datetime) -> list[int]:
        """Mark runs still 'running' (their process died; we hold the lock) as interrupted."""
        p = self.prefix
        with self._tx():
            rows = self._rows(f"SELECT id FROM {p}runs WHERE status = 'running' AND id <> ?", (except_run,))
            ids = [int(r[0]) for r in rows]
            for run_id in ids:
                self._run(
                    f"UPDATE {p}runs SET status = 'interrupted', finished_at = COALESCE(finished_at, ?), "
                    "message = COALESCE(message, 'stopped before the end; resumed by a later run') WHERE id = ?",
                    (self._ts(at), run_id),
                )
        return ids

    # --- documents --------------------------------------------------------------------------

    def _document_record(self, row: tuple[Any, ...]) -> DocumentRecord:
        return DocumentRecord(
            path=row[0],
            source=row[1],
            content_hash=row[2],
            modified=row[3],
            etag=row[4],
            last_modified=row[5],
            document=Document.model_validate_json(row[6]) if row[6] else None,
            first_seen_at=self._dt(row[7]),
            first_run_id=row[8],
            last_seen_at=self._dt(row[9]),
            last_run_id=row[10],
        )

    def get_documents(self, paths: Iterable[str]) -> dict[str, DocumentRecord]:
        rows = self._rows_where_in(_DOC_COLUMNS, "documents", "path", paths)
        records = [self._document_record(row) for row in rows]
        return {record.path: record for record in records}

    def _rows_where_in(
        self, columns: str, table: str, key: str, values: Iterable[str]
    ) -> list[tuple[Any, ...]]:
        """Rows whose ``key`` is one of ``values``, in chunks that stay under the bind-parameter limit."""
        rows: list[tuple[Any, ...]] = []
        for chunk in _chunks(list(dict.fromkeys(values))):
            marks = ", ".join("?" for _ in chunk)
            rows.extend(
                self._rows(f"SELECT {columns} FROM {self.prefix}{table} WHERE {key} IN ({marks})", chunk)
            )
        return rows

    def documents(self) -> list[DocumentRecord]:
        rows = self._rows(f"SELECT {_DOC_COLUMNS} FROM {self.prefix}documents ORDER BY path")
        return [self._document_record(row) for row in rows]

    def save_document(self, record: DocumentRecord, *, run_id: int, at: dt.datetime) -> bool:
        """Insert or update a document seen in this run; True when it is new to the store."""
        p = self.prefix
        body = record.document.model_dump_json() if record.document is not None else None
        with self._tx():
            existing = self._rows(f"SELECT 1 FROM {p}documents WHERE path = ?", (record.path,))
            if existing:
                self._run(
                    f"UPDATE {p}documents SET source = ?, content_hash = ?, modified = ?, etag = ?, "
                    "last_modified = ?, document = COALESCE(?, document), last_seen_at = ?, last_run_id = ? "
                    "WHERE path = ?",
                    (
                        record.source,
                        record.content_hash,
                        record.modified,
                        record.etag,
                        record.last_modified,
                        body,
                        self._ts(at),
                        run_id,
                        record.path,
                    ),
                )
            else:
                self._run(
                    f"INSERT INTO {p}documents ({_DOC_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        record.path,
                        record.source,
                        record.content_hash,
                        record.modified,
                        record.etag,
                        record.last_modified,
                        body,
                        self._ts(at),
                        run_id,
                        self._ts(at),
                        run_id,
                    ),
                )
        return not existing

    # --- URLs and checks --------------------------------------------------------------------

    def _url_record(self, row: tuple[Any, ...]) -> UrlRecord:
        return UrlRecord(
            url=row[0],
            state=UrlState(
                state=row[1], failures=int(row[2]), first_failure_at=self._dt(row[3]), last_failure_run=row[4]
            ),
            verdict=row[5],
            http_status=row[6],
            checked_at=self._dt(row[7]),
            run_id=row[8],
            content_hash=row[9],
            etag=row[10],
            last_modified=row[11],
            fingerprint=tuple(json.loads(row[12])) if row[12] else None,
            link=LinkResult.model_validate_json(row[13]) if row[13] else None,
            locations=json.loads(row[14]) if len(row) > 14 and row[14] else {},
        )

    def get_urls(self, urls: Iterable[str]) -> dict[str, UrlRecord]:
        records = [
            self._url_record(row) for row in self._rows_where_in(_URL_READ_COLUMNS, "urls", "url", urls)
        ]
        return {record.url: record for record in records}

    def known_urls(self) -> list[str]:
        """Every URL the store has a state for (cheap: no link bodies)."""
        return [row[0] for row in self._rows(f"SELECT url FROM {self.prefix}urls ORDER BY url")]

    def all_urls(self) -> list[UrlRecord]:
        rows = self._rows(f"SELECT {_URL_READ_COLUMNS} FROM {self.prefix}urls ORDER BY url")
        return [self._url_record(row) for row in rows]

    def record_check(
        self,
        record: UrlRecord,
        *,
        run_id: int,
        at: dt.datetime,
        event: EventRecord | None = None,
        location: str | None = None,
        opinions: Sequence[dict[str, Any]] | None = None,
    ) -> None:
        """Keep one check: the URL's new state, the check in its history, and the change it made.

        One transaction, committed at once: this is what makes an interrupted run resumable.
        ``location`` and ``opinions`` (from a worker fleet) say which worker location's verdict
        this is and what each location asked saw.
        """
        p, state = self.prefix, record.state
        link = record.link
        values = (
            record.url,
            state.state,
            state.failures,
            self._ts(state.first_failure_at),
            state.last_failure_run,
            record.verdict,
            record.http_status,
            self._ts(record.checked_at),
            record.run_id,
            record.content_hash,
            record.etag,
            record.last_modified,
            json.dumps(list(record.fingerprint)) if record.fingerprint is not None else None,
            link.model_dump_json() if link is not None else None,
        )
        updates = ", ".join(f"{c.strip()} = excluded.{c.strip()}" for c in _URL_COLUMNS.split(",")[1:])
        with self._tx():
            self._run(
                f"INSERT INTO {p}urls ({_URL_COLUMNS}) VALUES ({', '.join('?' for _ in values)}) "
                f"ON CONFLICT (url) DO UPDATE SET {updates}",
                values,
            )
            self._run(
                f"INSERT INTO {p}checks (run_id, url, checked_at, verdict, state, http_status, content_hash, "
                "etag, last_modified, elapsed_ms, error_kind, location, opinions) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    run_id,
                    record.url,
                    self._ts(at),
                    record.verdict or "skipped",
                    state.state,
                    record.http_status,
                    record.content_hash,
                    record.etag,
                    record.last_modified,
                    link.elapsed_ms if link is not None else None,
                    link.error.kind if link is not None and link.error is not None else None,
                    location,
                    json.dumps(list(opinions), sort_keys=True) if opinions else None,
                ),
            )
            # The latest check's view from each worker location (what `audit --state` shows).
            seen = {str(o.get("location")): str(o.get("state")) for o in opinions or ()}
            self._run(
                f"UPDATE {p}urls SET locations = ? WHERE url = ?",
                (json.dumps(seen, sort_keys=True) if seen else None, record.url),
            )
            if event is not None:
                self._insert_event(event)

    def set_fingerprint(self, url: str, fingerprint: Sequence[int]) -> None:
        with self._tx():
            self._run(
                f"UPDATE {self.prefix}urls SET fingerprint = ? WHERE url = ?",
                (json.dumps(list(fingerprint)), url),
            )

    def checks(self, url: str | None = None, *, run_id: int | None = None) -> list[CheckRecord]:
        """Every check of a URL (or of a run), oldest first."""
        where: list[str] = []
        params: list[Any] = []
        if url is not None:
            where.append("url = ?")
            params.append(url)
        if run_id is not None:
            where.append("run_id = ?")
            params.append(run_id)
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        rows = self._rows(
            f"SELECT run_id, url, checked_at, verdict, state, http_status, content_hash, etag, last_modified, "
            f"elapsed_ms, error_kind, location, opinions FROM {self.prefix}checks {clause} "
            "ORDER BY checked_at, id",
            params,
        )
        return [
            CheckRecord(
                run_id=int(r[0]),
                url=r[1],
                checked_at=self._dt(r[2]) or utcnow(),
                verdict=r[3],
                state=r[4],
                http_status=r[5],
                content_hash=r[6],
                etag=r[7],
                last_modified=r[8],
                elapsed_ms=r[9],
                error_kind=r[10],
                location=r[11],
                opinions=json.loads(r[12]) if r[12] else [],
            )
            for r in rows
        ]

    # --- citation findings ------------------------------------------------------------------

    def latest_findings(self, document: str) -> dict[str, FindingsRecord]:
        """The newest findings record of each citation label in ``document``."""
        return {record.label: record for record in self._all_findings(document)}

    def findings_history(self, document: str, label: str) -> list[FindingsRecord]:
        """A citation's findings over time: one record per span of runs with the same findings."""
        return [record for record in self._all_findings(document) if record.label == label]

    def _all_findings(self, document: str) -> list[FindingsRecord]:
        rows = self._rows(
            f"SELECT document, label, url, codes, findings, first_run_id, first_seen_at, last_run_id, "
            f"last_seen_at FROM {self.prefix}citation_findings WHERE document = ? ORDER BY id",
            (document,),
        )
        return [
            FindingsRecord(
                document=r[0],
                label=r[1],
                url=r[2],
                codes=json.loads(r[3]),
                findings=[Finding.model_validate(f) for f in json.loads(r[4])],
                first_run_id=int(r[5]),
                first_seen_at=self._dt(r[6]) or utcnow(),
                last_run_id=int(r[7]),
                last_seen_at=self._dt(r[8]) or utcnow(),
            )
            for r in rows
        ]

    def record_findings(
        self,
        document: str,
        findings_by_label: dict[str, tuple[str | None, list[Finding]]],
        *,
        run_id: int,
        at: dt.datetime,
    ) -> dict[str, list[str]]:
        """Keep each citation's findings of this run; returns the codes each label had before.

        Unchanged findings extend the latest record's span; changed ones open a new record, so the
        history grows with changes, not with runs.
        """
        p = self.prefix
        latest = self.latest_findings(document)
        previous: dict[str, list[str]] = {}
        with self._tx():
            for label, (url, findings) in findings_by_label.items():
                codes = sorted({f.code for f in findings})
                before = latest.get(label)
                previous[label] = before.codes if before is not None else []
                body = json.dumps([f.model_dump(mode="json") for f in findings], sort_keys=True)
                same = before is not None and before.codes == codes and before.url == url
                if same:
                    self._run(
                        f"UPDATE {p}citation_findings SET last_run_id = ?, last_seen_at = ?, findings = ? "
                        f"WHERE id = (SELECT MAX(id) FROM {p}citation_findings WHERE document = ? AND label = ?)",
                        (run_id, self._ts(at), body, document, label),
                    )
                else:
                    self._run(
                        f"INSERT INTO {p}citation_findings (document, label, url, codes, findings, first_run_id, "
                        "first_seen_at, last_run_id, last_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (
                            document,
                            label,
                            url,
                            json.dumps(codes),
                            body,
                            run_id,
                            self._ts(at),
                            run_id,
                            self._ts(at),
                        ),
                    )
        return previous

    # --- events -----------------------------------------------------------------------------

    def _insert_event(self, event: EventRecord) -> None:
        self._run(
            f"INSERT INTO {self.prefix}events (run_id, kind, at, url, document, previous_state, state, detail) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                event.run_id,
                event.kind,
                self._ts(event.at),
                event.url,
                event.document,
                event.previous_state,
                event.state,
                json.dumps(event.detail, sort_keys=True, default=str),
            ),
        )

    def add_event(self, event: EventRecord) -> None:
        with self._tx():
            self._insert_event(event)

    def _event_record(self, row: tuple[Any, ...]) -> EventRecord:
        return EventRecord(
            id=int(row[0]),
            run_id=int(row[1]),
            kind=row[2],
            at=self._dt(row[3]) or utcnow(),
            url=row[4],
            document=row[5],
            previous_state=row[6],
            state=row[7],
            detail=json.loads(row[8]),
            reported_run_id=row[9],
        )

    def unreported_events(self) -> list[EventRecord]:
        """Changes no finished run has reported yet (an interrupted run's included), oldest first."""
        rows = self._rows(
            f"SELECT {_EVENT_COLUMNS} FROM {self.prefix}events WHERE reported_run_id IS NULL ORDER BY id"
        )
        return [self._event_record(row) for row in rows]

    def events(self, *, reported_run_id: int | None = None) -> list[EventRecord]:
        if reported_run_id is None:
            rows = self._rows(f"SELECT {_EVENT_COLUMNS} FROM {self.prefix}events ORDER BY id")
        else:
            rows = self._rows(
                f"SELECT {_EVENT_COLUMNS} FROM {self.prefix}events WHERE reported_run_id = ? ORDER BY id",
                (reported_run_id,),
            )
        return [self._event_record(row) for row in rows]

    def mark_reported(self, event_ids: Sequence[int], run_id: int) -> None:
        with self._tx():
            for chunk in _chunks([str(i) for i in event_ids]):
                marks = ", ".join("?" for _ in chunk)
                self._run(
                    f"UPDATE {self.prefix}events SET reported_run_id = ? WHERE id IN ({marks})",
                    (run_id, *(int(i) for i in chunk)),
                )


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def open_store(db: str | Path | None = None, *, prefix: str = "") -> AuditStore:
    """Open (and create) the history store: a SQLite file path, or a ``postgresql://`` URL."""
    target = str(db) if db is not None else str(default_db_path())
    if target.startswith(("postgresql://", "postgres://")):
        try:
            conn = psycopg.connect(target, autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            detail = " ".join(str(exc).split())  # libpq's message spans lines; ours is one
            raise ConfigError(f"cannot connect to the history database {_redact(target)}: {detail}") from exc
        try:
            return AuditStore(conn, "postgresql", prefix=prefix, location=_redact(target))
        except (psycopg.Error, StoreError) as exc:
            conn.close()
            raise ConfigError(f"cannot use the history database {_redact(target)}: {exc}") from exc
    scheme = re.match(r"^([a-zA-Z][a-zA-Z0-9+.-]*)://", target)
    if scheme is not None:
        raise ConfigError(
            f"history database {_redact(target)}: {scheme.group(1)}:// is not supported; "
            "use a SQLite file path or a postgresql:// URL"
        )
    path = Path(target).expanduser()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        lite = open_wal_database(path, busy_timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)
        return AuditStore(lite, "sqlite", prefix=prefix, location=str(path))
    except (OSError, sqlite3.Error, StoreError) as exc:
        raise ConfigError(f"cannot open the history database {path}: {exc}") from exc


def _redact(url: str) -> str:
    """A database URL fit for messages: any password removed."""
    return re.sub(r"//([^:/@]+):[^@/]*@", r"//\1:***@", url)
