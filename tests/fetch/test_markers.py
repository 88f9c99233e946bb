"""Error-page and bot-wall titles in many languages, and the cheap page reader."""

from __future__ import annotations

from pathlib import Path

import pytest

from citecheck.fetch.markers import bot_wall_phrase, not_found_phrase, read_page

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "fetch"


def _titles() -> list[tuple[str, str]]:
    rows = []
    for line in (FIXTURES / "titles.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            expected, title = line.split("\t", 1)
            rows.append((expected, title))
    return rows


@pytest.mark.parametrize(("expected", "title"), _titles())
def test_titles_are_classified(expected: str, title: str) -> None:
    kind = "not-found" if not_found_phrase(title) else "bot-wall" if bot_wall_phrase(title) else "none"
    assert kind == expected


def test_read_page_uses_the_meta_charset_and_skips_scripts() -> None:
    page = read_page((FIXTURES / "pages" / "cp1251-not-found.html").read_bytes())
    assert page.title == "Страница не найдена"
    assert page.heading == "Ошибка 404"
    assert "Такой страницы нет." in page.text
    assert "not text" not in page.text


def test_read_page_prefers_the_declared_charset() -> None:
    body = "<title>Sayfa bulunamadı</title>".encode("iso-8859-9")
    assert read_page(body, "iso-8859-9").title == "Sayfa bulunamadı"


def test_read_page_without_title_or_heading() -> None:
    page = read_page(b"<html><body><p>Plain &amp; simple</p></body></html>")
    assert (page.title, page.heading, page.text) == (None, None, "Plain & simple")
