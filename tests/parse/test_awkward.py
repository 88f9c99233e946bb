"""The awkward cases, in one fixture: wrapped and glued URLs, trailing punctuation, several URLs,
guillemets, several markers in a sentence, a repeated marker, false markers and abbreviations."""

from __future__ import annotations

import datetime as dt

import pytest

from citecheck.models import Document

from .conftest import ANALYSES, parse_fixture

NAME = "awkward-entries.txt"


@pytest.fixture(scope="module")
def awkward() -> Document:
    return parse_fixture(NAME)


def _entry(doc: Document, label: str) -> tuple[str | None, str | None, list[str], dt.date | None]:
    fn = next(fn for fn in doc.footnotes if fn.label == label)
    return fn.title, fn.publisher, fn.urls, fn.access_date


def test_url_wrapped_across_lines_is_joined(awkward: Document) -> None:
    title, publisher, urls, _ = _entry(awkward, "1")
    assert urls == ["https://caliber.az/en/post/transit-fees-agreed-in-principle-2025"]
    assert (title, publisher) == ("Transit fees agreed in principle", "Caliber")


def test_trailing_punctuation_and_brackets_are_not_part_of_the_url(awkward: Document) -> None:
    assert _entry(awkward, "2")[2] == ["https://tass.com/politics/1000001"]
    assert _entry(awkward, "3")[2] == ["https://report.az/ru/politika/baku-prokommentiroval/"]


def test_straight_quotes_nested_in_straight_quotes(awkward: Document) -> None:
    assert _entry(awkward, "2")[:2] == ('Moscow comments on "corridor" talks', "TASS")


def test_guillemets_and_german_quotes(awkward: Document) -> None:
    assert _entry(awkward, "3")[:2] == ("Баку прокомментировал переговоры", "Report.az")
    assert _entry(awkward, "4")[:2] == ("Armenien nennt Vorschlag verfrüht", "Deutsche Welle")


def test_url_glued_to_the_publisher(awkward: Document) -> None:
    title, publisher, urls, _ = _entry(awkward, "5")
    assert publisher == "Le Monde"
    assert urls == ["https://www.lemonde.fr/international/article/2025/11/13/corridors_6500001_3210.html"]
    assert title == "Les corridors du Caucase"


def test_several_urls_in_one_entry(awkward: Document) -> None:
    fn = next(fn for fn in awkward.footnotes if fn.label == "6")
    assert fn.urls == [
        "https://elpais.com/internacional/2025-11-13/corredores.html",
        "https://english.elpais.com/international/2025-11-13/corridors.html",
    ]
    assert fn.url == fn.urls[0]


def test_bare_www_url_gets_a_scheme(awkward: Document) -> None:
    assert _entry(awkward, "7")[2] == ["https://www.oc-media.org/transit-talks-resume/"]
    assert _entry(awkward, "7")[0] == "Transit talks resume"


def test_access_dates_in_every_language_and_form(awkward: Document) -> None:
    assert {fn.label: fn.access_date for fn in awkward.footnotes} == {
        str(n): dt.date(2025, 11, 14) for n in range(1, 8)
    }


def test_several_markers_in_one_sentence_and_a_repeated_marker(awkward: Document) -> None:
    labels = [c.label for c in awkward.citations]
    assert labels == ["1", "2", "3", "4", "2", "5", "6", "7"]
    both = "Both Moscow and Baku commented on the talks within hours."
    assert [c.claim for c in awkward.citations[1:3]] == [both, both]
    assert awkward.citations[1].column < awkward.citations[2].column
    assert awkward.citations[4].claim == "Moscow repeated its objections a week later."
    assert (
        awkward.citations[6].claim
        == awkward.citations[7].claim
        == "A further study reached the same conclusion."
    )


def test_marker_before_the_full_stop(awkward: Document) -> None:
    assert awkward.citations[5].claim == "Analysts expect the fees to be settled at the highest levels."


def test_abbreviations_initials_and_decimals_do_not_split_sentences(awkward: Document) -> None:
    assert awkward.citations[0].claim == (
        "It discussed transit fees of 3.5 percent, e.g. on grain, under Resolution No. 5 of the commission."
    )
    assert awkward.citations[0].paragraph.startswith(
        "The U.S. delegation, led by Dr. J. R. Hamilton, arrived"
    )


def test_false_markers_are_left_alone(awkward: Document) -> None:
    # [sic], [t]he, [a]nd, the year [2025] and the [i] inside a URL are not footnote markers.
    claim = awkward.citations[3].claim
    assert claim.startswith("Officials called the proposal “premature,” and promised a reply")
    assert "“[sic] deal”" in claim and "“[t]he route [a]nd its fees”" in claim and "[2025]" in claim
    assert {c.label for c in awkward.citations} <= {fn.label for fn in awkward.footnotes}
    assert awkward.findings == []


def test_citation_columns_point_at_markers(awkward: Document) -> None:
    lines = (ANALYSES / NAME).read_text(encoding="utf-8").splitlines()
    for citation in awkward.citations:
        assert lines[citation.line - 1][citation.column - 1 :].startswith(f"[{citation.label}]")
