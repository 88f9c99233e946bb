"""The real PostgreSQL of the audit and fleet tests: reachability and a fresh schema per test.

Under CI (CI=true) an unreachable server fails the test instead of skipping it: CI runs where
PostgreSQL is started before the suite, so a skip there would hide a broken set-up.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
import pytest

PG_URL = os.environ.get("CITECHECK_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")


def fail_or_skip(message: str) -> None:
    """Skip, except under CI, where a missing service is a failure."""
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


def postgres_or_skip() -> None:
    try:
        psycopg.connect(PG_URL, connect_timeout=3).close()
    except psycopg.Error as exc:
        fail_or_skip(f"PostgreSQL at {PG_URL} is unreachable: {exc}")


@contextmanager
def fresh_schema(prefix: str = "citecheck_test") -> Iterator[str]:
    """A fresh PostgreSQL schema; the URL that selects it is yielded, then it is dropped."""
    postgres_or_skip()
    schema = f"{prefix}_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield f"{PG_URL}?options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(PG_URL, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")
