"""Citations without a footnote apparatus: endnote and source lists under a heading, numbered
"1.", "1)", "(1)", "[1]" or "¹", or not numbered at all, with the markers that point to them."""

from __future__ import annotations

import datetime as dt

import pytest

from citecheck.parse import parse_text

MARCH_3 = dt.date(2024, 3, 3)


def test_notes_list_after_the_body() -> None:
    doc = parse_text(
        "Body sentence.[1]\n\nNotes\n\n1. “Title”, https://acme.example/a, (Accessed: 3 March 2024).\n"
    )
    assert [(fn.label, fn.title, fn.url, fn.access_date) for fn in doc.footnotes] == [
        ("1", "Title", "https://acme.example/a", MARCH_3)
    ]
    assert [(c.label, c.claim) for c in doc.citations] == [("1", "Body sentence.")]
    assert doc.findings == []


def test_parenthesised_source_list_and_its_markers() -> None:
    doc = parse_text(
        "The ministry raised tariffs (1). Exports fell (2).\n\nSources\n\n(1) https://acme.example/a\n(2) https://acme.example/b\n"
    )
    assert [fn.url for fn in doc.footnotes] == ["https://acme.example/a", "https://acme.example/b"]
    assert [(c.label, c.claim) for c in doc.citations] == [
        ("1", "The ministry raised tariffs."),
        ("2", "Exports fell."),
    ]


def test_parenthesised_numbers_in_prose_without_such_a_list_are_no_markers() -> None:
    doc = parse_text("Two steps: (1) ask, (2) check.[1]\n\n[1] “T”, https://acme.example/a\n")
    assert [c.label for c in doc.citations] == ["1"]


@pytest.mark.parametrize(
    "heading",
    ["References", "Kaynakça", "Источники", "Литература", "Quellen", "Einzelnachweise", "Références",
     "Fuentes", "Referencias", "Bibliografia", "Przypisy", "6. REFERÊNCIAS", "## Works cited", "Bronnen:"],
)  # fmt: skip
def test_unnumbered_references_under_a_heading(heading: str) -> None:
    doc = parse_text(
        f"# Report\n\nTariffs rose in 2023.\n\n{heading}\n\n"
        "- Acme Institute (2023) Water tariffs in practice. Available at: https://acme.example/a (Accessed: 3 March 2024).\n"
        "- Doe, J. (2022). *Tariff tables*. Acme. https://acme.example/b\n",
        fmt="markdown",
    )
    assert [(fn.label, fn.title, fn.url) for fn in doc.footnotes] == [
        ("1", "Water tariffs in practice", "https://acme.example/a"),
        ("2", "Tariff tables", "https://acme.example/b"),
    ]
    assert doc.footnotes[0].access_date == MARCH_3


def test_superscript_labels() -> None:
    doc = parse_text(
        "Body sentence.¹ Another.²\n\nReferences\n\n¹ “Title one”, https://acme.example/a\n² “Title two”, https://acme.example/b\n"
    )
    assert [fn.title for fn in doc.footnotes] == ["Title one", "Title two"]
    assert [c.label for c in doc.citations] == ["1", "2"]


def test_a_five_digit_label_is_its_own_footnote() -> None:
    doc = parse_text(
        "Body sentence.[10000]\n\n[9999] “A”, https://acme.example/a\n[10000] “B”, https://acme.example/b\n"
    )
    assert [(fn.label, fn.title) for fn in doc.footnotes] == [("9999", "A"), ("10000", "B")]
    assert [c.label for c in doc.citations] == ["10000"]


def test_prose_under_a_sources_heading_is_not_an_entry() -> None:
    doc = parse_text(
        "# Report\n\nText.\n\n## Sources\n\nWe read the reports of the ministry and spoke to officials over "
        "several weeks; none of them wanted to be named.\n",
        fmt="markdown",
    )
    assert doc.footnotes == []


def test_a_remark_under_a_notes_heading_is_not_a_reference() -> None:
    doc = parse_text(
        "# Report\n\nText.\n\n## Notes\n\nThe 2023 data were revised. See the methodology.\n", fmt="markdown"
    )
    assert doc.footnotes == []


def test_references_separated_by_line_breaks() -> None:
    doc = parse_text(
        "# 6. REFERÊNCIAS\nALMEIDA, S. **Title one**. Disponível em https://acme.example/a Acesso em: 02/12/2020.<br>\n"
        "**Title two**. Disponível em G1 https://acme.example/b Acessado em: 02/12/2020.<br>\n",
        fmt="markdown",
    )
    assert [(fn.title, fn.url, fn.access_date) for fn in doc.footnotes] == [
        ("Title one", "https://acme.example/a", dt.date(2020, 12, 2)),
        ("Title two", "https://acme.example/b", dt.date(2020, 12, 2)),
    ]


def test_page_foot_notes_of_a_converted_pdf_are_one_sequence() -> None:
    doc = parse_text(
        "Page one text.\n\n1. OECD, Policies for trustworthy AI, accessed March 12, 2024.\n"
        "2. Deloitte, The regulations nobody talks about, accessed March 12, 2024.\n\n"
        "Page two text.\n\n3. CNBC, Singapore plans an AI investment, February 19, 2024.\n",
        fmt="markdown",
    )
    assert [(fn.label, fn.title, fn.publisher) for fn in doc.footnotes] == [
        ("1", "Policies for trustworthy AI", "OECD"),
        ("2", "The regulations nobody talks about", "Deloitte"),
        ("3", "Singapore plans an AI investment", "CNBC"),
    ]
