"""Two marks of journal article pages that are no part of their citations: a table's own notes,
lettered from "a" under each table (JATS "<fn id="table2fn3">" as JMIR's pages keep it; "c" read as the
roman numeral 100 and reported as one note defined twice), and the zero-width spaces a page sets
inside an address so that it may wrap ("http:/\u200b/www.\u200bexample…", reported as an invalid URL).
Shapes from fixtures/parse-eval-pages/pages/jmir-calm-app.html; the pages below are invented."""

from __future__ import annotations

from citecheck.models import Document
from citecheck.parse import parse_text
from citecheck.parse.urls import normalise_url

from .conftest import TODAY


def _page(body: str) -> Document:
    return parse_text(
        f"<html><body><article>{body}</article></body></html>", path="p.html", fmt="html", today=TODAY
    )


_TABLE = (
    "<table><tr><td>PSS<sup>a</sup></td><td>12</td></tr><tr><td>SCS<sup>c</sup></td><td>3</td></tr></table>"
    '<fn id="table{n}fn1"><p><sup>a</sup>PSS: Perceived Stress Scale.</p></fn>'
    '<fn id="table{n}fn3"><p><sup>c</sup>SCS: Self-Compassion Scale.</p></fn>'
)
_REFERENCES = (
    '<p>Stress fell in the app group.<sup><a href="#ref1">1</a></sup></p>'
    + _TABLE.format(n=2)
    + _TABLE.format(n=3)
    + '<h2>References</h2><ol><li id="ref1">Doe J. Apps and stress. Acme J. 2019. '
    "URL: http:/\u200b/www.\u200bacme.\u200bexample/\u200bstress.\u200bpdf</li></ol>"
)


def test_table_notes_are_the_tables_own() -> None:
    doc = _page(_REFERENCES)
    assert [fn.label for fn in doc.footnotes] == ["1"]
    assert not [f for f in doc.findings if f.severity == "error"], doc.findings


def test_zero_width_spaces_leave_the_address() -> None:
    doc = _page(_REFERENCES)
    assert doc.footnotes[0].url == "http://www.acme.example/stress.pdf"
    assert normalise_url("https://example.org/a\u00adb") == "https://example.org/ab"


def test_a_lettered_note_outside_a_table_is_still_a_note() -> None:
    # Near miss: notes lettered by the document itself ("[c]" in the text, "c." in its list) stay notes.
    doc = _page(
        "<p>Stress fell.<sup>c</sup> It rose again.<sup>d</sup></p><h2>Notes</h2>"
        "<p><sup>c</sup>Doe J. Apps and stress. 2019.</p><p><sup>d</sup>Roe R. Stress again. 2020.</p>"
    )
    assert [fn.label for fn in doc.footnotes] == ["c", "d"]
