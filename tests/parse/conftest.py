"""Fixtures of the parse tests: the analyses under fixtures/analyses, parsed with a fixed 'today'."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from citecheck.models import Document, Footnote
from citecheck.parse import parse_bytes

ANALYSES = Path(__file__).resolve().parents[2] / "fixtures" / "analyses"
TODAY = dt.date(2025, 11, 20)
SEED = ANALYSES / "armenia-russia-analysis.txt"

# Every rendering of the seed analysis, and the labels its readers should report.
SEED_VARIANTS: dict[str, list[str]] = {
    "armenia-russia-analysis.txt": ["i", "ii", "iii", "iv", "v", "vi", "vii"],
    "armenia-russia-analysis.wordpress.html": ["i", "ii", "iii", "iv", "v", "vi", "vii"],
    "armenia-russia-analysis.page.html": ["i", "ii", "iii", "iv", "v", "vi", "vii"],
    "armenia-russia-analysis.md": ["1", "2", "3", "4", "5", "6", "7"],
    "armenia-russia-analysis.endnotes.docx": ["i", "ii", "iii", "iv", "v", "vi", "vii"],
    "armenia-russia-analysis.typed.docx": ["i", "ii", "iii", "iv", "v", "vi", "vii"],
}


def parsed_notes(text: str, name: str = "doc.md") -> list[Footnote]:
    """The footnotes a document of ``text`` named ``name`` parses to (the rule tests' helper)."""
    return parse_bytes(text.encode(), path=name, today=TODAY).footnotes


def listed_notes(text: str, name: str = "doc.md") -> list[Footnote]:
    """:func:`parsed_notes` without the links of the running text (``L1``, …): the entries the
    notes lists give, where a test asks where such a list ends (a link after it is a link of the
    text, read as every other is)."""
    return [fn for fn in parsed_notes(text, name) if fn.kind != "inline"]


SAVED_PAGE_DAY = dt.date(2026, 12, 1)


def saved_page_notes(html: str) -> dict[str, Footnote]:
    """The footnotes of a saved HTML page, by label (the whole-page sets' tests)."""
    parsed = parse_bytes(html.encode(), path="page.html", today=SAVED_PAGE_DAY)
    return {fn.label: fn for fn in parsed.footnotes}


def saved_page(body: str) -> str:
    """``body`` in a minimal whole page."""
    return f"<html><head><title>A page</title></head><body>{body}</body></html>"


def source_list_titles(entries: list[str]) -> list[str | None]:
    """The titles read from ``entries`` numbered under a "## Sources" heading, one per entry (None
    where the entry was not found): the title rules' probe."""
    document = "# Report\n\nSome text [1].\n\n## Sources\n\n"
    document += "\n".join(f"{number}. {entry}" for number, entry in enumerate(entries, 1)) + "\n"
    parsed = parse_bytes(document.encode(), path="probe.md", today=dt.date(2026, 12, 1))
    found = {fn.label: fn.title for fn in parsed.footnotes}
    return [found.get(str(number)) for number in range(1, len(entries) + 1)]


def parse_fixture(name: str, today: dt.date | None = TODAY) -> Document:
    path = ANALYSES / name
    return parse_bytes(path.read_bytes(), path=str(path), today=today)


@pytest.fixture
def parse_analysis() -> Callable[[str], Document]:
    return parse_fixture


@pytest.fixture(scope="session")
def seed_document() -> Document:
    return parse_fixture(SEED.name)
