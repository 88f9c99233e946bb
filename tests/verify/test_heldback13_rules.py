"""The verify rules learnt from the study of real-heldback-13 (issue 11, branch v11-hb13tune), each on
invented documents shaped like the part's cases, with a near miss the rule must leave alone."""

from __future__ import annotations

import asyncio

from citecheck.config import Config
from citecheck.models import Finding
from citecheck.verify import verify_documents
from citecheck.verify.claim import SEMANTIC_SURE
from citecheck.verify.textmatch import Term, TermIndex, _compounds_written_apart, terms

from .invented import Page, invented_document


def _claim_findings(
    sentences: dict[str, str], pages: dict[str, Page], language: str, label: str
) -> list[Finding]:
    document = invented_document(sentences, pages, language=language)
    asyncio.run(verify_documents([document], Config()))
    return [f for f in document.findings if f.code == "claim-mismatch" and f.label == label]


# A French text on a (made-up) processor's benchmark, its sentence 2 copied from footnote 1's page
# (which gives its 72 cores and 47 000 years) and citing an English page that states it in other
# words, with the sentence's "3 heures" but neither figure.
PROCESSOR = {
    "1": "Le fabricant a présenté mardi son nouveau processeur Aurora, doté de 72 cœurs.",
    "2": "Résultat, le processeur, avec 72 cœurs, a terminé le calcul en moins de 3 heures, là où un "
    "ordinateur classique mettrait 47 000 années.",
    "3": "Les premières livraisons aux centres de données sont prévues pour le printemps.",
}
PROCESSOR_PAGES: dict[str, Page] = {
    "1": (
        "Le processeur Aurora dévoilé",
        "fr",
        "Le fabricant a présenté mardi son nouveau processeur Aurora, doté de 72 cœurs. Selon lui, "
        "Aurora a terminé un calcul en moins de 3 heures, là où un ordinateur classique mettrait "
        "47 000 années.",
    ),
    "2": (
        "Aurora chip finishes a computation beyond classical computers",
        "en",
        "As a result, the processor, with its many cores, completed the calculation in under 3 hours, where a classical "
        "computer would need tens of thousands of years.",
    ),
    "3": (
        "Aurora : les livraisons au printemps",
        "fr",
        "Les premières livraisons du processeur Aurora aux centres de données sont prévues pour le "
        "printemps, a indiqué le fabricant.",
    ),
}


def test_a_page_paraphrasing_the_sentence_with_one_of_its_numbers_is_not_called_pasted() -> None:
    assert _claim_findings(PROCESSOR, PROCESSOR_PAGES, "fr", "2") == []


def test_a_paraphrase_without_any_of_the_sentences_numbers_still_loses_its_figures() -> None:
    # Near miss: the same page writing the hours as a word ("in under three hours") paraphrases the
    # sentence as closely (cosine 0.63 against 0.64) but gives none of its numbers: the figures only
    # the neighbour's page gives still mark a pasted footnote.
    title, language, text = PROCESSOR_PAGES["2"]
    spelled = (title, language, text.replace("in under 3 hours", "in under three hours"))
    found = _claim_findings(PROCESSOR, {**PROCESSOR_PAGES, "2": spelled}, "fr", "2")
    assert [f.evidence["reason"] for f in found] == ["figures-elsewhere"]
    assert found[0].evidence["semantic_similarity"] >= SEMANTIC_SURE


def _name(sentence: str, word: str) -> Term:
    return next(t for t in terms(sentence, "de") if t.text == word and t.kind == "name")


def test_a_german_compound_meets_its_adjective_and_noun_written_apart() -> None:
    # "Kaltluftzufuhr" (a made-up report on a cold snap) on a page writing "kalte Luft strömte ein".
    term = _name("Es gab demnach eine starke Kaltluftzufuhr aus dem Norden.", "Kaltluftzufuhr")
    page = TermIndex.build([("In der Nacht strömte kalte Luft aus Skandinavien ein.", "de")])
    found = page.find(term, loose=True)
    assert found is not None and found.found == "kalte Luft"


def test_the_same_words_not_side_by_side_are_no_compound() -> None:
    # Near misses: the adjective and the noun apart ("Die Luft … war kalt"), and the same words side by
    # side in a text read as a language that does not capitalise its nouns (no noun to tell).
    term = _name("Es gab demnach eine starke Kaltluftzufuhr aus dem Norden.", "Kaltluftzufuhr")
    apart = TermIndex.build([("Die Luft aus Skandinavien war in der Nacht kalt.", "de")])
    assert apart.find(term, loose=True) is None
    english = TermIndex.build([("In der Nacht strömte kalte Luft aus Skandinavien ein.", "en")])
    assert english.find(term, loose=True) is None
    assert list(_compounds_written_apart("strömte kalte Luft ein", "de")) == [("kaltluft", "kalte Luft")]
