"""reStructuredText documents as Python's PEPs write them (python/peps, 740 PEPs, 2026-12-06): code in
literal blocks, doctests and inline literals, a "Reference Implementation" section before the
references, admonition directives, and the footnote reference's underscore."""

from __future__ import annotations

import datetime as dt

from citecheck.parse import parse_bytes

TODAY = dt.date(2026, 12, 1)

_REFERENCES = """

References
==========

.. [1] https://example.org/one
.. [2] https://example.org/two
"""


def _parse(text: str):  # type: ignore[no-untyped-def]
    return parse_bytes(text.encode(), path="pep.rst", today=TODAY)


def _codes(doc) -> list[str]:  # type: ignore[no-untyped-def]
    return [f.code for f in doc.findings]


def test_code_in_a_literal_block_holds_no_markers() -> None:
    text = (
        "Abstract\n========\n\nGroups are looked up by name [1]_.\n\n"
        "Translate numbers to names, falling back on the numbers::\n\n"
        "    g = (grp.getgrnam(tarinfo.gname)[2] except KeyError: tarinfo.gid)\n"
        "    u = pwd.getpwnam(tarinfo.uname)[3]\n\n"
        "The rest of the text [2]_." + _REFERENCES
    )
    doc = _parse(text)
    assert [c.label for c in doc.citations] == ["1", "2"]
    assert "missing-footnote" not in _codes(doc)


def test_a_colon_pair_without_an_indented_block_masks_nothing() -> None:
    # Near miss: "::" with the next paragraph not indented deeper: that paragraph is text.
    text = "Abstract\n========\n\nAs follows::\n\nThe value grew [2]_ in a year." + _REFERENCES
    doc = _parse(text)
    assert [c.label for c in doc.citations] == ["2"]


def test_doctests_and_inline_literals_hold_no_markers() -> None:
    text = (
        "Abstract\n========\n\nThe coder can write ``x[12]`` instead [1]_.\n\n"
        ">>> print($'BDFL = $sys.copyright.split()[4].upper()')\nBDFL = GUIDO\n\n"
        "See the list [2]_." + _REFERENCES
    )
    doc = _parse(text)
    assert [c.label for c in doc.citations] == ["1", "2"]
    assert "missing-footnote" not in _codes(doc)


def test_a_reference_implementation_section_is_not_the_references() -> None:
    text = (
        "Introduction\n============\n\nZope solves this with ExtensionClass [1]_ and acquisition [2]_.\n\n"
        "Reference Implementation\n========================\n\n"
        "The reference implementation can be found at this URL:\n\n"
        "http://sourceforge.net/patch/?func=detailpatch&patch_id=102613" + _REFERENCES
    )
    doc = _parse(text)
    assert [(fn.label, fn.url) for fn in doc.footnotes if fn.kind == "footnote"] == [
        ("1", "https://example.org/one"),
        ("2", "https://example.org/two"),
    ]
    assert "missing-footnote" not in _codes(doc)


def test_a_numbered_list_under_a_notes_word_gives_way_to_the_cited_references() -> None:
    text = (
        "Introduction\n============\n\nThe design follows C# [1]_, JavaScript [2]_ and Tornado [3]_.\n\n"
        "Reference Implementation\n========================\n\n"
        "1. A new grammar rule.\n\n2. A new opcode.\n" + _REFERENCES + ".. [3] https://example.org/three\n"
    )
    doc = _parse(text)
    assert [fn.url for fn in doc.footnotes if fn.kind == "footnote"] == [
        "https://example.org/one",
        "https://example.org/two",
        "https://example.org/three",
    ]
    assert "duplicate-footnote" not in _codes(doc)


def test_lettered_notes_over_numbered_references_are_both_read() -> None:
    # Near miss: labels apart (a, b and 1, 2): both lists are notes, as before.
    text = (
        "Introduction\n============\n\nA claim [a]_ and a source [1]_, another [b]_ and [2]_.\n\n"
        "Notes\n=====\n\n.. [a] An aside on the grammar.\n.. [b] Another aside.\n" + _REFERENCES
    )
    doc = _parse(text)
    assert [fn.label for fn in doc.footnotes if fn.kind == "footnote"] == ["a", "b", "1", "2"]


def test_an_admonition_directive_is_no_notes_heading() -> None:
    text = (
        "Specification\n=============\n\nInstallers check hashes [1]_.\n\n.. note::\n\n"
        "1. Generate a list of all files.\n\n2. Filter out files that do not match [2]_.\n" + _REFERENCES
    )
    doc = _parse(text)
    assert [fn.url for fn in doc.footnotes if fn.kind == "footnote"] == [
        "https://example.org/one",
        "https://example.org/two",
    ]


def test_the_footnote_reference_s_underscore_is_not_in_the_claim() -> None:
    doc = _parse("Status\n======\n\nRejected; see [1]_." + _REFERENCES)
    assert doc.citations[0].claim == "Rejected; see."
