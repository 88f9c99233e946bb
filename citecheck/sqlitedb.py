"""Open a SQLite file that several processes share: WAL mode, a busy timeout, and a safe switch.

The capture index and the audit's history store both live in SQLite files that two runs may
open at once; this is the one place that knows how to open them so.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from pathlib import Path
from typing import Literal

log = logging.getLogger(__name__)


def open_wal_database(
    path: Path,
    *,
    busy_timeout: float,
    synchronous: Literal["NORMAL", "FULL"] = "NORMAL",
) -> sqlite3.Connection:
    """A connection in autocommit mode (callers use explicit BEGIN IMMEDIATE), WAL journal."""
    db = sqlite3.connect(path, timeout=busy_timeout, isolation_level=None, check_same_thread=False)
    try:
        db.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
        _use_wal(db, path, busy_timeout)
        db.execute(f"PRAGMA synchronous = {synchronous}")
    except BaseException:
        db.close()
        raise
    return db


def _use_wal(db: sqlite3.Connection, path: Path, busy_timeout: float) -> None:
    # Switching a new database to WAL needs an exclusive lock and SQLite does not call the busy
    # handler for it, so two runs opening a fresh file at once retry here instead of failing.
    deadline = time.monotonic() + busy_timeout
    while True:
        try:
            mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)
            continue
        if str(mode).lower() != "wal":
            # Some file systems (network mounts) cannot do WAL; the busy timeout still serialises
            # writers, only readers wait longer.
            log.warning("%s: journal mode %s, not WAL", path, mode)
        return
