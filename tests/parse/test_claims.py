"""Sentences and claims: abbreviations do not end sentences, markers go with the sentence they close."""

from __future__ import annotations

import pytest

from citecheck.parse.claims import (
    _WORD_BEFORE,
    _word_before,
    claims_for,
    remove_markers,
    sentence_spans,
    tidy,
)


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. side agreed.",
        "Talks were held under Resolution No. 5 of the commission.",
        "Dr. Smith and Mr. Jones met Prof. Brown.",
        "Some goods, e.g. grain, were shipped.",
        "J. R. Hamilton led the delegation.",
        "Fees rose 3.5 percent.",
        "It began in Nov. 2025 and ended soon.",
        "Посол М. В. Захаров заявил об этом 10 ноября 2025 г. в Москве.",
        "Das betrifft z.B. Getreide bzw. Mehl.",
    ],
)
def test_one_sentence_stays_one(text: str) -> None:
    assert _sentences(text) == [text]


def test_sentences_split_on_full_stops_questions_and_quotes() -> None:
    text = "It was “settled.” Was it? Yes! The end…  New start."
    assert _sentences(text) == ["It was “settled.”", "Was it?", "Yes!", "The end…", "New start."]


def test_lowercase_after_a_full_stop_does_not_split() -> None:
    assert _sentences("See p. iv of the report and the annex.") == ["See p. iv of the report and the annex."]


def test_marker_after_the_full_stop_belongs_to_the_sentence_before() -> None:
    text = "First claim.[1] Second claim."
    paragraph, claims = claims_for(text, [(12, 15)])
    assert claims == ["First claim."]
    assert paragraph == "First claim. Second claim."


def test_marker_before_the_full_stop_and_mid_sentence() -> None:
    text = "First claim[1]. Second, “quoted,”[2] claim."
    _, claims = claims_for(text, [(11, 14), (33, 36)])
    assert claims == ["First claim.", "Second, “quoted,” claim."]


def test_marker_after_a_space_before_the_next_sentence() -> None:
    text = "First claim. [1] Second claim."
    _, claims = claims_for(text, [(13, 16)])
    assert claims == ["First claim."]


def test_marker_wedged_between_sentences_keeps_them_apart() -> None:
    cleaned, positions = remove_markers("One.[1]Two.", [(4, 7)])
    assert cleaned == "One. Two."
    assert positions == [4]
    assert claims_for("One.[1]Two.", [(4, 7)])[1] == ["One."]


def test_several_markers_together() -> None:
    text = "A claim.[1][2] Next."
    _, claims = claims_for(text, [(8, 11), (11, 14)])
    assert claims == ["A claim.", "A claim."]


def test_tidy_collapses_space_left_by_a_marker() -> None:
    assert tidy("levels .  Next\n line ,") == "levels. Next line,"


def test_a_sentence_without_end_is_cut_around_its_marker() -> None:
    text = "word " * 2000 + "claim[1] and more words " * 10
    marker = text.index("[1]")
    _, [claim] = claims_for(text, [(marker, marker + 3)])
    assert len(claim) <= 1500
    assert "claim and more words" in claim


@pytest.mark.parametrize(
    "text",
    [
        "U.S. troops. J. Smith. No. 5. 3.5. v1.2-beta. x_y. 12. Ab12. 12ab. ..., — Dr. «No.» /a/b. key=a.",
        "Москва. США. т.е. 2024. İzmir. ½. ². Ⅳ. a-b-c. -. _. $. " + "x" * 60 + ". " + "1" * 45 + ".",
    ],
)
def test_the_word_before_a_full_stop_is_read_as_the_pattern_reads_it(text: str) -> None:
    """_word_before reads backwards what _WORD_BEFORE finds forwards, at every full stop."""
    for dot in [i for i, char in enumerate(text) if char == "."]:
        match = _WORD_BEFORE.search(text, max(0, dot - 40), dot)
        assert _word_before(text, dot) == (match.start() if match else -1)
