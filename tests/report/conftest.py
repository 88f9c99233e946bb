"""Fixtures of the report tests: the two Report fixtures, a default Config, and golden files.

Set ``CITECHECK_UPDATE_GOLDEN=1`` to rewrite the golden files from the current renderers.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from citecheck.config import Config
from citecheck.models import Report

HERE = Path(__file__).parent
DATA = HERE / "data"
GOLDEN = HERE / "golden"
UPDATE_GOLDEN = os.environ.get("CITECHECK_UPDATE_GOLDEN") == "1"
REPORTS = ("seed-report", "all-codes-report")


def load_report(name: str) -> Report:
    return Report.model_validate_json((DATA / f"{name}.json").read_text(encoding="utf-8"))


@pytest.fixture
def seed_report() -> Report:
    return load_report("seed-report")


@pytest.fixture
def all_codes_report() -> Report:
    return load_report("all-codes-report")


@pytest.fixture
def config() -> Config:
    return Config()


GoldenCheck = Callable[[str, str], None]


@pytest.fixture
def golden() -> GoldenCheck:
    """Compare output with ``golden/<name>``, or rewrite it under CITECHECK_UPDATE_GOLDEN=1."""

    def check(name: str, actual: str) -> None:
        path = GOLDEN / name
        if UPDATE_GOLDEN:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(actual, encoding="utf-8", newline="")
            return
        assert path.is_file(), f"missing golden file {path}; run with CITECHECK_UPDATE_GOLDEN=1"
        expected = path.read_text(encoding="utf-8")
        assert actual == expected, (
            f"{name} differs from its golden file; rerun with CITECHECK_UPDATE_GOLDEN=1 if intended"
        )

    return check


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.fixture
def chromium() -> str:
    """The headless browser; absent is a skip on a workstation and a failure under CI."""
    found = find_chromium()
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is required under CI (make browser installs it)")
        pytest.skip("chromium is not installed (make browser installs it)")
    return found
