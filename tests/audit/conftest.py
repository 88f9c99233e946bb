"""Fixtures of the audit tests: a history store on each back end, and a small publisher's site.

The site is served by audit_site.serve_site (fixtures/web/analyses.example and sources.example).
Under CI (CI=true) an unreachable PostgreSQL fails the store tests instead of skipping them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from audit_site import FixtureSite, serve_site
from pgschema import fresh_schema

from citecheck.audit.store import AuditStore, open_store

BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.fixture
def pg_schema() -> Iterator[str]:
    """A fresh PostgreSQL schema for one test; the URL that selects it is yielded, then it is dropped."""
    with fresh_schema() as url:
        yield url


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The ``db`` argument of an audit: a SQLite file, or a PostgreSQL URL on a schema of its own."""
    if request.param == "sqlite":
        yield str(tmp_path / "history.sqlite3")
    else:
        yield request.getfixturevalue("pg_schema")


@pytest.fixture
def store(db_url: str) -> Iterator[AuditStore]:
    opened = open_store(db_url)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def site() -> Iterator[FixtureSite]:
    """The fixture publisher's site on 127.0.0.1, with fresh request counts for each test."""
    with serve_site() as served:
        yield served
