"""Word files as others write them (jgm/pandoc's test/docx files, 2026-12-06): a heading naming notes
over the text that cites them, raised indices beside real notes, hyperlinks in the text."""

from __future__ import annotations

import io
import zipfile

from citecheck.parse import parse_bytes

from .test_user_trial import _FOOTNOTE_REF, _R_NS, TODAY, _docx, _run


def _with_hyperlink(package: bytes, rid: str, url: str) -> bytes:
    """``package`` with one more relationship: an external hyperlink ``rid`` to ``url``."""
    source = zipfile.ZipFile(io.BytesIO(package))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/_rels/document.xml.rels":
                data = data.replace(
                    b"</Relationships>",
                    f'<Relationship Id="{rid}" Type="{_R_NS}/hyperlink" Target="{url}" '
                    'TargetMode="External"/></Relationships>'.encode(),
                )
            archive.writestr(item, data)
    return buffer.getvalue()


def _parse(data: bytes):  # type: ignore[no-untyped-def]
    return parse_bytes(data, path="file.docx", today=TODAY)


_HEADING = '<w:pPr><w:pStyle w:val="Heading2"/></w:pPr>'


def test_a_heading_naming_notes_over_the_text_that_cites_them_heads_the_text() -> None:
    data = _docx(
        [
            _HEADING + _run("A footnote"),
            _run("Test footnote.") + _FOOTNOTE_REF.format(1) + _run(" More text."),
        ],
        {1: "My note."},
    )
    doc = _parse(data)
    assert [c.label for c in doc.citations] == ["1"]
    assert "orphan-footnote" not in [f.code for f in doc.findings]


def test_a_notes_heading_over_typed_notes_still_heads_them() -> None:
    # Near miss: no Word notes follow, so the heading over typed entries heads notes as before.
    data = _docx(
        [
            _run("A claim.") + _run("1", sup=True),
            _HEADING + _run("Notes"),
            _run('1. "A title", https://example.org/a'),
        ],
        {},
    )
    doc = _parse(data)
    assert [(fn.label, fn.url) for fn in doc.footnotes] == [("1", "https://example.org/a")]
    assert [c.label for c in doc.citations] == ["1"]


def test_a_raised_index_beside_real_notes_is_no_marker() -> None:
    data = _docx(
        [
            _run("The summation convention applies.") + _FOOTNOTE_REF.format(26),
            _run("The components v") + _run("i", sup=True) + _run(" of a column vector transform."),
        ],
        {26: "The Einstein summation convention."},
    )
    doc = _parse(data)
    assert [c.label for c in doc.citations] == ["1"]
    assert "missing-footnote" not in [f.code for f in doc.findings]


def test_a_raised_label_naming_a_real_note_stays_a_marker() -> None:
    # Near miss: typed "1" names the Word note 1: a second marker of it.
    data = _docx(
        [
            _run("A claim.") + _FOOTNOTE_REF.format(5),
            _run("The same source again.") + _run("1", sup=True),
        ],
        {5: "A note."},
    )
    doc = _parse(data)
    assert [c.label for c in doc.citations] == ["1", "1"]


def test_hyperlinks_of_the_text_are_inline_citations() -> None:
    link = (
        '<w:hyperlink r:id="rId9" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        + _run("the ministry's figures")
        + "</w:hyperlink>"
    )
    data = _with_hyperlink(
        _docx([_run("Exports rose by a third, according to ") + link + _run(".")], {}),
        "rId9",
        "https://example.org/figures",
    )
    doc = _parse(data)
    assert [(fn.kind, fn.label, fn.url) for fn in doc.footnotes] == [
        ("inline", "L1", "https://example.org/figures")
    ]
    assert doc.citations[0].claim.startswith("Exports rose by a third")


def test_a_link_to_a_place_in_the_file_is_no_citation() -> None:
    # Near miss: an internal link (w:anchor, no relationship) cites nothing.
    link = '<w:hyperlink w:anchor="_Toc1">' + _run("see section 2") + "</w:hyperlink>"
    doc = _parse(_docx([_run("As shown above, ") + link + _run(".")], {}))
    assert doc.footnotes == []
