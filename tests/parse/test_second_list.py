"""A second list numbered from 1 again (citecheck.parse.structure._second_numbered_list): one warning
that the numbers are ambiguous, not an error per entry; a label written twice stays an error."""

from __future__ import annotations

from pathlib import Path

from citecheck.models import Finding
from citecheck.parse import parse_bytes, parse_text

DLIB = Path(__file__).parents[2] / "fixtures" / "parse-eval-pages" / "pages" / "dlib-crowdsourcing.html"


def _duplicates(findings: list[Finding]) -> list[tuple[str, str | None]]:
    return [(f.severity, f.label) for f in findings if f.code == "duplicate-footnote"]


def test_notes_then_references_numbered_alike_are_one_warning() -> None:
    # D-Lib Magazine's article: "Notes" 1-5 in one table, "References" [1]-[7] in another.
    document = parse_bytes(DLIB.read_bytes(), path=str(DLIB))
    assert _duplicates(document.findings) == [("warning", "1")]
    (finding,) = [f for f in document.findings if f.code == "duplicate-footnote"]
    assert "second list" in finding.message and finding.evidence["entries"] == 5


def test_a_label_written_twice_stays_an_error() -> None:
    # Near misses: one entry pasted twice, and a repeated run that does not start the list again.
    pasted = (
        "Mills ran on the tide [1], on rivers [2], on wind [3].\n\nNotes\n\n"
        "[1] “Tidal mills”, Mill Review, https://a.example.org/1\n"
        "[2] “River mills”, Mill Review, https://a.example.org/2\n"
        "[3] “Wind mills”, Mill Review, https://a.example.org/3\n"
        "[2] “River mills again”, Mill Review, https://a.example.org/4\n"
    )
    assert _duplicates(parse_text(pasted).findings) == [("error", "2")]
    tail = (
        "Mills ran on the tide [1], on rivers [2], on wind [3], on horses [4].\n\nNotes\n\n"
        "[1] “Tidal mills”, Mill Review, https://a.example.org/1\n"
        "[2] “River mills”, Mill Review, https://a.example.org/2\n"
        "[3] “Wind mills”, Mill Review, https://a.example.org/3\n"
        "[4] “Horse mills”, Mill Review, https://a.example.org/4\n"
        "[2] “River mills”, Mill Review, https://a.example.org/5\n"
        "[3] “Wind mills”, Mill Review, https://a.example.org/6\n"
        "[4] “Horse mills”, Mill Review, https://a.example.org/7\n"
    )
    assert _duplicates(parse_text(tail).findings) == [("error", "2"), ("error", "3"), ("error", "4")]
