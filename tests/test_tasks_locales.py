"""A worker drops Babel's locale data after each task (textmatch.release_locale_data): the tables
built from it stay, the next task in another language loads only its own locale, and verdicts do
not change."""

from __future__ import annotations

import pytest
from babel import Locale, localedata
from test_tasks_vectors import _document

from citecheck import tasks
from citecheck.config import Config
from citecheck.verify import textmatch


def _loaded() -> set[str]:
    return set(localedata._cache)


def test_release_keeps_root_and_drops_every_locale() -> None:
    assert Locale.parse("de").months["format"]["wide"][3] == "März"
    assert Locale.parse("pt").months["format"]["wide"][3] == "março"
    assert {"de", "pt"} <= _loaded()
    textmatch.release_locale_data()
    assert _loaded() <= {"root"}
    assert "de" not in localedata._dict_cache
    # Babel loads a locale again on demand: a table not built yet is still right.
    assert Locale.parse("de").days["format"]["wide"][0] == "Montag"


def test_tables_built_before_a_release_stay_right() -> None:
    before = textmatch.month_names("it")
    textmatch.release_locale_data()
    assert textmatch.month_names("it") == before
    assert "marzo" in before


def test_a_workers_tasks_leave_no_locale_loaded(monkeypatch: pytest.MonkeyPatch) -> None:
    textmatch.release_locale_data()
    kept = tasks.verify_one(_document(), Config())
    assert _loaded() <= {"root"}
    # the same verdicts where nothing is released
    monkeypatch.setattr(textmatch, "release_locale_data", lambda: None)
    textmatch.month_names.cache_clear()
    assert [f.code for f in tasks.verify_one(_document(), Config())] == [f.code for f in kept]
