"""The verify rules of branch v11-hb19tune (issue 11), each on a real-shaped case and a near miss
the rule must leave alone:

* two footnotes on one event exchanged, told by a fact: the sentence's name or number missing from
  the cited page is on a neighbour's page, which fits no worse by words and meaning, *and* the
  neighbour's sentence is supported by the cited page better than by its own
  (:func:`citecheck.verify.claim._exchanged_by_a_missing_fact`). One side alone is a sentence copied
  from a neighbour's fuller page, which a correct citation can be;
* a page the sentence cannot be compared with, naming nothing any other page names, is off the
  document's subject when its headline is far from the other headlines the encoder reads — one is
  enough (:func:`citecheck.verify.claim._far_from_the_other_pages`, ``FAR_MIN_HEADLINES``).

The measurement behind them is in fixtures/eval/README.md, "Branch v11-hb19tune"."""

from __future__ import annotations

from citecheck.models import Finding, Footnote, PageFacts
from citecheck.verify.claim import (
    FACT_EXCHANGE_LEAD,
    SEMANTIC_SURE,
    ClaimScore,
    SourceProfile,
    _far_from_the_other_pages,
    _lacks_a_fact_by_meaning,
    _rival_has_the_missing_facts,
    source_profile,
)

from . import eval_real as real
from . import heldback3, heldback19


def _score(
    support: float,
    lexical: float,
    semantic: float | None,
    anchors: int,
    found: int,
    figures: frozenset[str] = frozenset(),
) -> ClaimScore:
    return ClaimScore(
        support=support,
        lexical=lexical,
        semantic=semantic,
        cross_language=True,
        details={"anchors": anchors, "anchors_found": found},
        figures=figures,
    )


# The shape of real-heldback-19's chikunguna-es/1<->2: "Con 3.195 casos en Foshan a finales de
# julio …" given a German page of "fast 8.000 Fälle" in Foshan (words 0.24, cosine 0.49, support 0.67,
# Foshan found, 3.195 not), one footnote over the English page with "3,195" (0.80, 0.62, 1.0).
OWN = _score(0.672, 0.245, 0.486, 2, 1)
RIVAL = _score(1.0, 0.80, 0.62, 2, 2, frozenset({"#3195"}))


def test_a_neighbour_with_the_missing_fact_is_the_first_side_of_an_exchange() -> None:
    assert _lacks_a_fact_by_meaning(OWN)
    assert _rival_has_the_missing_facts(OWN, RIVAL)


def test_no_missing_fact_a_paraphrase_or_a_weaker_neighbour_is_no_first_side() -> None:
    # The cited page has every name and number of the sentence.
    assert not _rival_has_the_missing_facts(_score(0.672, 0.245, 0.486, 2, 2), RIVAL)
    # The cited page paraphrases the sentence (the encoder's cosine from SEMANTIC_SURE).
    assert not _rival_has_the_missing_facts(_score(1.0, 0.245, SEMANTIC_SURE, 2, 1), RIVAL)
    # A page the encoder does not read is not judged by meaning at all.
    assert not _lacks_a_fact_by_meaning(_score(0.3, 0.3, None, 2, 1))
    # The neighbour has no more of the sentence's names and numbers, or fits worse by words, or
    # does not lead by FACT_EXCHANGE_LEAD.
    assert not _rival_has_the_missing_facts(OWN, _score(1.0, 0.80, 0.62, 2, 1))
    assert not _rival_has_the_missing_facts(OWN, _score(1.0, 0.20, 0.62, 2, 2))
    assert not _rival_has_the_missing_facts(
        OWN, _score(OWN.support + FACT_EXCHANGE_LEAD / 2, 0.80, 0.62, 2, 2)
    )
    # The cited page gives a figure of the sentence that the neighbour lacks.
    giving = _score(0.672, 0.245, 0.486, 2, 1, frozenset({"#8000"}))
    assert not _rival_has_the_missing_facts(giving, RIVAL)


def _verdicts(case: real.Case) -> list[Finding]:
    document = real.verified(case, online=True)
    return [f for f in document.findings if f.label == case.label and f.code == "claim-mismatch"]


def _case(cases: list[real.Case], case_id: str) -> real.Case:
    return next(c for c in cases if c.id == case_id)


def test_footnotes_exchanged_on_one_event_are_told_by_the_missing_fact() -> None:
    cases = heldback19.PART.cases()
    found = _verdicts(_case(cases, "chikunguna-es/1<->2"))
    assert [f.evidence["reason"] for f in found] == ["footnotes-exchanged"]
    assert found[0].evidence["better_footnote"]["label"] == "2"
    assert "3.195" in found[0].evidence["found_only_in_better_footnote"]
    # A German "zu Marktpreisen" on an English page of the memorandum, the German page with
    # "Marktpreise" one footnote over.
    found = _verdicts(_case(cases, "kraft-sibiriens-de/3<->4"))
    assert [f.evidence["reason"] for f in found] == ["footnotes-exchanged"]
    # The same documents with their footnotes in place draw nothing.
    assert _verdicts(_case(cases, "chikunguna-es/1")) == []
    assert _verdicts(_case(cases, "kraft-sibiriens-de/3")) == []


def test_a_sentence_copied_from_a_fuller_neighbour_page_is_no_exchange() -> None:
    # real-heldback-3's novo-de/2: the German sentence on Novo Nordisk passing LVMH was copied from
    # [1]'s page (support 1.0 there, all four names and numbers), while its own English page names
    # one of them (0.70). The first side holds; [1]'s own sentence is supported by its own page, so
    # it is a correct citation.
    found = _verdicts(_case(heldback3.PART.cases(), "novo-de/2"))
    assert found == []


# --- a page headed far from the one other headline the encoder reads ------------------------


def _headed(title: str, language: str) -> SourceProfile:
    entry = Footnote(label="1", ordinal=1, raw=title, title=title, line=1, column=1)
    return source_profile(entry, PageFacts(title=title, titles=[title], text=title, language=language))


# The shape of real-heldback-19's chabahar-fa/2 given a page on Djokovic: a Persian document on
# India's Chabahar contract, its other pages headed in German and Persian (which the encoder does
# not read).
CHABAHAR_PAGES = [
    _headed("Indien bestätigt sechsmonatige US-Sanktionsausnahme für Hafen Tschahbahar", "de"),
    _headed("بندر چابهار", "fa"),
]


def test_one_other_headline_read_is_enough_to_tell_a_page_off_the_subject() -> None:
    djokovic = _headed("A Ginevra Djokovic conquista il centesimo titolo in carriera", "it")
    assert _far_from_the_other_pages(djokovic, CHABAHAR_PAGES)


def test_a_page_on_the_subject_beside_one_read_headline_is_not_off_it() -> None:
    # Another report of the contract, in another language: close to the German headline.
    port = _headed("L'India firma un contratto decennale per il porto iraniano di Chabahar", "it")
    assert not _far_from_the_other_pages(port, CHABAHAR_PAGES)
    # No other headline the encoder reads: not judged so.
    djokovic = _headed("A Ginevra Djokovic conquista il centesimo titolo in carriera", "it")
    assert not _far_from_the_other_pages(djokovic, CHABAHAR_PAGES[1:])
