"""Content drift: rewritten or replaced pages drift; dates, counters, menus and ads do not."""

from __future__ import annotations

import pytest

from citecheck.archive.drift import compare_texts, normalise_main_text, shingles

from .samples import DRIFT

THRESHOLD = 0.6


def text(name: str) -> str:
    return (DRIFT / name).read_text(encoding="utf-8")


def test_normalising_drops_digits_dates_and_case() -> None:
    assert normalise_main_text("Updated 21 November 2025, 08:40 · 98 311 views") == "updated views"
    assert normalise_main_text("Обновлено 14 ноября 2025 г.") == "обновлено г"
    assert normalise_main_text("ＡＢＣ Déjà-vu") == "abc déjà vu"


def test_date_line_counter_menu_and_ads_are_not_drift() -> None:
    drift = compare_texts(text("article-v1.txt"), text("article-v1-cosmetic.txt"), THRESHOLD)
    assert drift is not None
    # Only the date line itself ("views" → "updated views comments") is not found again.
    assert drift.similarity > 0.97
    assert not drift.drifted


@pytest.mark.parametrize("later", ["article-v2-rewritten.txt", "article-landing.txt"])
def test_rewritten_or_replaced_page_is_drift(later: str) -> None:
    drift = compare_texts(text("article-v1.txt"), text(later), THRESHOLD)
    assert drift is not None
    assert drift.drifted
    assert drift.similarity < 0.1


def test_a_partly_rewritten_page_sits_between() -> None:
    original = text("article-v1.txt").splitlines()
    # The last paragraph replaced: most of what the author read is still there.
    edited = "\n".join([*original[:-1], text("article-v2-rewritten.txt").splitlines()[-1]])
    drift = compare_texts(text("article-v1.txt"), edited, THRESHOLD)
    assert drift is not None
    assert 0.6 < drift.similarity < 0.9
    assert not drift.drifted
    assert drift.jaccard < drift.similarity


def test_too_little_text_is_not_judged() -> None:
    assert compare_texts("Breaking news", text("article-v1.txt"), THRESHOLD) is None
    assert compare_texts(text("article-v1.txt"), "", THRESHOLD) is None
    assert compare_texts(text("article-v1.txt"), "12 345", THRESHOLD) is None


def test_short_texts_make_one_shingle() -> None:
    assert shingles("two words") == {("two", "words")}
    assert shingles("") == set()
    assert len(shingles("a b c d")) == 2
    assert shingles("a b c\nd e") == {("a", "b", "c"), ("d", "e")}
