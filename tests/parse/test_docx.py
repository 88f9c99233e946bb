"""The DOCX reader: real Word endnotes and footnotes (numbered as Word numbers them), typed
endnote lists, hyperlinks, and the generated fixtures staying reproducible and valid."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path

import docx
import pytest

from citecheck.models import Document

from .conftest import ANALYSES

DOCX_FIXTURES = [
    "armenia-russia-analysis.endnotes.docx",
    "armenia-russia-analysis.typed.docx",
    "rail-transit.footnotes.docx",
]


def test_footnotes_are_numbered_in_order_of_reference(parse_analysis: Callable[[str], Document]) -> None:
    doc = parse_analysis("rail-transit.footnotes.docx")
    assert doc.title == "Rail Transit via Azerbaijan"
    # Word ids 7 and 3 are referenced in that order: they show as 1 and 2; id 5 is never shown.
    assert [(fn.label, fn.publisher) for fn in doc.footnotes] == [
        ("1", "Russia’s Pivot to Asia"),
        ("2", "Kazinform"),
        ("3", "TASS"),
    ]
    assert [c.label for c in doc.citations] == ["1", "2"]
    assert doc.citations[1].claim.startswith("Russian Deputy Prime Minister Alexey Overchuk")
    assert [(f.code, f.label) for f in doc.findings] == [("orphan-footnote", "3")]


def test_urls_come_from_word_hyperlinks(parse_analysis: Callable[[str], Document]) -> None:
    doc = parse_analysis("armenia-russia-analysis.endnotes.docx")
    assert (
        doc.footnotes[3].url
        == "https://qazinform.com/news/aktobe-ramps-up-efforts-to-prevent-spring-flooding-494b42"
    )
    assert all(fn.urls == [fn.url] for fn in doc.footnotes)


def test_endnote_text_excludes_the_reference_mark(parse_analysis: Callable[[str], Document]) -> None:
    doc = parse_analysis("armenia-russia-analysis.endnotes.docx")
    assert doc.footnotes[0].raw.startswith("“Armeniya obsuzhdayet")


def _make_docx_module() -> object:
    spec = importlib.util.spec_from_file_location("make_docx", ANALYSES / "make_docx.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_docx_fixtures_are_what_the_script_makes(tmp_path: Path) -> None:
    _make_docx_module().main(tmp_path)  # type: ignore[attr-defined]
    for name in DOCX_FIXTURES:
        assert (tmp_path / name).read_bytes() == (ANALYSES / name).read_bytes(), name


@pytest.mark.parametrize("name", DOCX_FIXTURES)
def test_fixtures_are_valid_word_documents(name: str) -> None:
    document = docx.Document(str(ANALYSES / name))
    assert document.paragraphs
    assert document.core_properties.title
