"""The verify rule for sentences of several facts (issue 11, branch v11-manyfacts): a cited page that
states one clause of the sentence better than the rival that "fits better" is not called swapped
(:func:`citecheck.verify.claim._a_clause_stated_here`), on invented pages, each with a near miss the
rule must leave alone. The measurement behind it is in fixtures/eval/README.md, "Branch v11-manyfacts"."""

from __future__ import annotations

from citecheck.models import Footnote, PageFacts
from citecheck.verify.claim import MANYFACTS_MIN_WORDS, SourceProfile, _a_clause_stated_here, source_profile

# An invented final: the sentence gathers the result (stated by the cited page) and the tournament's
# new format (stated by the neighbour's page).
SENTENCE = (
    "The English club Northbury beat the European champions in the final at the new stadium, "
    "winning 3:0, and became the first winner of the expanded tournament of 32 teams."
)
CITED = (
    "In the final at the new stadium, Northbury, the English club, beat the European champions "
    "comfortably on Sunday evening."
)
NEIGHBOUR = (
    "The expanded tournament of 32 teams got its first winner on Sunday. The final was played at "
    "the new stadium."
)


def _page(text: str, language: str = "en") -> SourceProfile:
    entry = Footnote(label="1", ordinal=1, raw="Headline", title="Headline", line=1, column=1)
    return source_profile(entry, PageFacts(text=text, language=language))


def _stated(sentence: str, cited: str, rival: str) -> bool:
    return _a_clause_stated_here(sentence, _page(cited), _page(rival), "en", lambda _: 1.0)


def test_a_clause_the_cited_page_states_better_than_the_rival_spares_the_citation() -> None:
    assert _stated(SENTENCE, CITED, NEIGHBOUR)


def test_a_rival_stating_that_clause_as_well_is_left_alone() -> None:
    # Near miss: the rival's page states the cited page's clause as closely (a page on the same
    # event that gives the result too): the rival's lead is not confined to the other clauses.
    assert not _stated(SENTENCE, CITED, CITED)
    assert not _stated(SENTENCE, CITED, CITED + " " + NEIGHBOUR)


def test_a_clause_whose_name_the_cited_page_lacks_is_not_stated_there() -> None:
    # Near miss: the clause names a club the cited page does not name: its meaning alone is a
    # same-topic page's.
    assert not _stated(SENTENCE.replace("Northbury", "Southwick"), CITED, NEIGHBOUR)


def test_clauses_too_short_to_state_a_fact_are_not_judged() -> None:
    # Near miss: no clause of MANYFACTS_MIN_WORDS words: too short to state a fact of its own.
    short = "Northbury beat the European champions, 3:0, at the new stadium."
    assert all(len(c.split()) < MANYFACTS_MIN_WORDS for c in short.split(","))
    assert not _stated(short, CITED, NEIGHBOUR)


def test_a_page_the_encoder_does_not_read_is_not_judged_by_clauses() -> None:
    # Near miss: a cited page in a language the encoder does not cover (Icelandic here) gives no
    # cosine; the rule needs meaning on both pages.
    cited = _page("Northbury vann úrslitaleikinn á nýja leikvanginum gegn Evrópumeisturunum.", "is")
    assert not _a_clause_stated_here(SENTENCE, cited, _page(NEIGHBOUR), "en", lambda _: 1.0)
