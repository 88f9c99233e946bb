"""A second list numbered from 1 again (citecheck.parse.structure._second_numbered_list): one warning
that the numbers are ambiguous, not an error per entry; a label written twice stays an error."""

from __future__ import annotations

from pathlib import Path

from citecheck.models import Finding
from citecheck.parse import parse_bytes, parse_text

FIXTURES = Path(__file__).parents[2] / "fixtures" / "parse-eval-pages" / "pages"
DLIB = FIXTURES / "dlib-crowdsourcing.html"


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


def test_a_one_entry_box_before_the_references_is_a_second_list() -> None:
    # SciELO's pages: a funding box read as note 1, then the references 1-40 (here 1-3).
    page = FIXTURES / "scielo-ress-vacinacao.html"
    document = parse_bytes(page.read_bytes(), path=str(page))
    (finding,) = [f for f in document.findings if f.code == "duplicate-footnote"]
    assert (finding.severity, finding.label) == ("warning", "1")
    assert "[1] is also the entry of the list" in finding.message


def test_a_first_entry_pasted_again_at_the_end_stays_an_error() -> None:
    # Near miss: "[1]" written again after the list ends opens no list of its own.
    text = (
        "Mills ran on the tide [1], on rivers [2], on wind [3].\n\nNotes\n\n"
        "[1] “Tidal mills”, Mill Review, https://a.example.org/1\n"
        "[2] “River mills”, Mill Review, https://a.example.org/2\n"
        "[3] “Wind mills”, Mill Review, https://a.example.org/3\n"
        "[1] “Tidal mills, again”, Mill Review, https://a.example.org/4\n"
    )
    assert _duplicates(parse_text(text).findings) == [("error", "1")]


# --- an organisation as author and publisher (entries._corporate_author_titles) ---


def test_an_organisation_first_that_is_also_the_publisher_is_the_author() -> None:
    from citecheck.parse.entries import parse_entries

    texts = [
        "United Nations Children’s Fund (UNICEF). The State of the World’s Children 2023: For every "
        "child, vaccination. Florence: UNICEF; 2023.",
        "The World Bank. World Development Report 2022: Finance for an Equitable Recovery. "
        "Washington, DC: World Bank; 2022.",
        # Near miss: a first sentence that is not the imprint's publisher.
        "Wikipedia. The free encyclopedia page on cats. San Francisco: Wikimedia; 2020.",
    ]
    titles = [f.title for f in parse_entries([(t, [], []) for t in texts])]
    assert titles[0] == "The State of the World’s Children 2023: For every child, vaccination"
    assert titles[1] == "World Development Report 2022: Finance for an Equitable Recovery"
    assert titles[2] == "Wikipedia"
