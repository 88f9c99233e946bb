"""prepare_caches (citecheck/verify/caches.py): what a first run unpacks, written ahead where an
image is built, in a fresh process as deploy/Dockerfile runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from citecheck.verify import wordlists
from citecheck.verify.caches import prepare_caches


def test_the_module_prepares_every_cache_a_run_would_write(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "CITECHECK_ENCODER_CACHE": str(tmp_path / "enc"),
        "CITECHECK_WORDLIST_CACHE": str(tmp_path / "wl"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "citecheck.verify.caches"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "sentence encoder" in done.stdout and "word lists" in done.stdout
    assert list((tmp_path / "enc").rglob("state.marshal"))
    tries = {path.stem for path in (tmp_path / "wl").rglob("*.marisa")}
    assert tries == set(wordlists.available_languages()) and {"en", "ru", "tr"} <= tries


def test_chosen_languages_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CITECHECK_WORDLIST_CACHE", str(tmp_path))
    ready = prepare_caches(["de", "fr"])
    assert {path.stem for path in tmp_path.rglob("*.marisa")} == {"de", "fr"}
    assert any("2 languages" in line for line in ready)
