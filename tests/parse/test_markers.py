"""Labels and markers: roman numerals, ordinals, entry starts, and false markers left alone."""

from __future__ import annotations

import pytest

from citecheck.parse import markers, parse_text
from citecheck.parse.markers import (
    TEXT_MARKER,
    KnownLabels,
    clean_label,
    find_text_markers,
    label_ordinal,
    looks_like_label,
    match_entry_start,
    roman_value,
    to_roman,
)


@pytest.mark.parametrize(
    ("numeral", "value"), [("i", 1), ("iv", 4), ("vii", 7), ("ix", 9), ("XIV", 14), ("xl", 40)]
)
def test_roman_values(numeral: str, value: int) -> None:
    assert roman_value(numeral) == value
    assert to_roman(value) == numeral.lower()


@pytest.mark.parametrize("text", ["iiii", "vx", "sic", "", "ic"])
def test_malformed_roman_numerals(text: str) -> None:
    assert roman_value(text) is None


def test_labels_and_ordinals() -> None:
    assert label_ordinal("iv") == 4
    assert label_ordinal("12") == 12
    assert label_ordinal("⁴") == 4
    assert label_ordinal("note") is None
    assert clean_label("[iv]") == "iv"
    assert clean_label("⁴") == "4"
    assert looks_like_label("[12]") and looks_like_label(" iv ") and not looks_like_label("st")


@pytest.mark.parametrize(
    ("line", "label", "kind"),
    [
        ("[iv]\xa0“Title”", "iv", "bracket"),
        ("[^4]: text", "4", "bracket"),
        ("4. “Title,” Publisher", "4", "number"),
        ("4) Title", "4", "number"),
        ("(4) Title", "4", "paren"),
        ("⁴ Title", "4", "sup"),
        ('4. ^ a b "Title"', "4", "caret"),
        ('^ "Title"', None, "caret"),
    ],
)
def test_entry_starts(line: str, label: str | None, kind: str) -> None:
    start = match_entry_start(line)
    assert start is not None
    assert (start.label, start.kind) == (label, kind)
    assert line[start.length :].lstrip().startswith(("“", '"', "text", "Title"))


@pytest.mark.parametrize("line", ["2025 was a year.", "4.5 percent rose", "[sic] text", "Text [1]"])
def test_not_entry_starts(line: str) -> None:
    assert match_entry_start(line) is None


def _labels(text: str, entry_labels: list[str]) -> list[str]:
    return [m.label for m in find_text_markers(text, KnownLabels.of(entry_labels), [])]


def test_markers_in_running_text() -> None:
    assert _labels("A claim.[i] Another[ii], a third⁴ and [iii].", ["i", "ii", "iii", "4"]) == [
        "i",
        "ii",
        "4",
        "iii",
    ]


def test_editorial_brackets_years_and_units_are_not_markers() -> None:
    text = "He said “[t]he [a]nd [sic] [I]t” in [2025], over 40 m² of land."
    assert _labels(text, ["i", "ii"]) == []


def test_unknown_markers_in_the_documents_style_are_missing_footnotes() -> None:
    assert _labels("Claims.[1][2][9][40]", ["1", "2"]) == ["1", "2", "9"]
    assert _labels("Claims.[i][ix][x]", ["i"]) == ["i", "ix", "x"]
    assert _labels("Claims.[1][iv]", ["i"]) == ["iv"]


def test_without_entries_only_markers_closing_a_clause_count() -> None:
    # No entry anywhere: a bracket glued to a word or after a space is a mention or an index.
    assert _labels("A claim.[1] Another,[iv] c.[2025] d.[0] e%[2]", []) == ["1", "iv", "2"]
    assert _labels("A[1] b[iv] see [3], footnote [iv] cites", []) == []


@pytest.mark.parametrize(
    "text",
    [
        "arr[1] = 5",
        "x = arr[1]",
        "print(xs[1])",
        "self.items[1] holds it",
        "row_data[1] is the second",
        "m[1][2] both",
        "if xs[1] == 0",
        "xs[1].strip()",
        "fooBar[1] here",
    ],
)
def test_index_expressions_are_not_markers_even_with_entries(text: str) -> None:
    assert _labels(text, ["1", "2"]) == []


def test_glued_markers_after_words_count_when_the_document_has_entries() -> None:
    assert _labels("Paris[1] is the capital and grew[2].", ["1", "2"]) == ["1", "2"]


def test_markers_inside_masked_spans_are_ignored() -> None:
    text = "See https://example.org/list?item[i]=7 and the claim.[i]"
    url_end = text.index(" and")
    found = find_text_markers(text, KnownLabels.of(["i"]), [(4, url_end)])
    assert [m.start for m in found] == [text.rindex("[i]")]


@pytest.mark.parametrize(
    "labels", [["9999", "10000"], ["999999999", "1000000000"], ["1", "2", "12345678901"]]
)
def test_labels_of_any_length_are_their_own_footnotes(labels: list[str]) -> None:
    """A label of ten digits and more was once no entry start: its entry ran into the one before."""
    body = " ".join(f"Sentence {label} here.[{label}]" for label in labels)
    notes = "\n".join(f"[{label}] “Title {label}”, https://acme.example/{label}" for label in labels)
    doc = parse_text(body + "\n\nNotes\n\n" + notes + "\n", path="long-labels.txt")
    assert [(fn.label, fn.url) for fn in doc.footnotes] == [
        (label, f"https://acme.example/{label}") for label in labels
    ]
    assert [c.label for c in doc.citations] == labels


@pytest.mark.parametrize(
    ("text", "paren_labels"),
    [
        ("Claim (1) and x(2) and ((3) and (4)a and ¹ and m² and [5](x) and [6].", ["1", "2", "3", "4"]),
        ("Claim (1) and ¹ and m² and (log(n))² and [12]z [13].", []),
        ("No superscripts here.[1] Nor (2) parens.[3]", []),
        ("Superscripts only¹ and², then³ ⁴⁵.", []),
    ],
)
def test_markers_of_some_kinds_are_found_as_by_the_full_pattern(
    text: str, paren_labels: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where a text has no superscript digit or the document no "(1)" list, a narrower pattern is
    used: it must find exactly what the full TEXT_MARKER finds."""
    known = KnownLabels.of(["1", "2", "3", "4", "5", "6", "12", "13"], paren_labels)
    narrow = [(m.label, m.start, m.end) for m in find_text_markers(text, known, [])]
    monkeypatch.setattr(markers, "_MARKERS_OF_KINDS", dict.fromkeys(markers._MARKERS_OF_KINDS, TEXT_MARKER))
    full = [(m.label, m.start, m.end) for m in find_text_markers(text, known, [])]
    assert narrow == full
    assert narrow  # every example has markers


def test_a_label_in_quotation_marks_of_its_own_is_named_not_cited() -> None:
    # This project's fixtures/parse-eval-docx2/README.md: 'a medical op-ed with typed "[1]" APA entries'.
    text = 'A medical op-ed with typed "[1]" APA entries, and «[2]» or “[3]” in other scripts.'
    doc = parse_text(text, fmt="text")
    assert doc.citations == []
    assert not [f for f in doc.findings if f.code == "missing-footnote"]


def test_a_marker_after_a_quoted_title_still_cites() -> None:
    text = 'He called it "the safest year"[1] and “a turning point”[2].\n\nNotes\n\n[1] A, https://a.example/1\n[2] B, https://b.example/2\n'
    doc = parse_text(text, fmt="text")
    assert [c.label for c in doc.citations] == ["1", "2"]
