"""Fixtures of the archive tests: an archive directory, an open Archive, and a Config for the stage.

Set ``CITECHECK_UPDATE_GOLDEN=1`` to rewrite fixtures/warc/golden.warc and truncated.warc.gz.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from citecheck.archive import Archive
from citecheck.config import Config


@pytest.fixture
def archive_dir(tmp_path: Path) -> Path:
    return tmp_path / "archive"


@pytest.fixture
def archive(archive_dir: Path) -> Iterator[Archive]:
    with Archive(archive_dir) as opened:
        yield opened


@pytest.fixture
def config(archive_dir: Path) -> Config:
    return Config(archive=True, archive_dir=archive_dir, wayback_url="https://wayback.test", retries=2)


@pytest.fixture
def anyio_backend() -> str:
    # The archive stage is asyncio code (asyncio.Lock, asyncio.gather): no trio run.
    return "asyncio"
