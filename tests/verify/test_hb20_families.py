"""The verify rule of branch v11-hb20tune (issue 11), on real-shaped cases and near misses the rule
must leave alone:

* a cited page in another language than the sentence, beaten by a neighbour's page in the sentence's
  own language (``other-footnote-fits`` or ``figures-elsewhere``), is called swapped only when the
  other half of an exchange is there — some other footnote's sentence fits the cited page better than
  its own page, by support, words or meaning (:func:`citecheck.verify.claim._one_sided_across_languages`,
  ``PARTNER_GAIN``), and only where the cited page is read as stating the sentence (the encoder's
  cosine ``ONE_SIDED_MIN_COSINE`` or more, or words alone; for ``figures-elsewhere`` words alone). A real sentence copied from a neighbour's
  page and citing a page in another language that states it is no swap; footnotes exchanged still are.

The measurement behind it is in fixtures/eval/README.md, "Branch v11-hb20tune"."""

from __future__ import annotations

from citecheck.models import Finding
from citecheck.verify.claim import ONE_SIDED_MIN_COSINE, PARTNER_GAIN

from . import eval_real as real
from . import heldback3, heldback14, heldback20


def _verdicts(case: real.Case) -> list[Finding]:
    document = real.verified(case, online=True)
    return [f for f in document.findings if f.label == case.label and f.code == "claim-mismatch"]


def _case(cases: list[real.Case], case_id: str) -> real.Case:
    return next(c for c in cases if c.id == case_id)


def test_the_bars_sit_between_the_measured_correct_pairs_and_swaps() -> None:
    # Every visible part (branch v11-hb20tune): other sentences met a correct pair's cited page at
    # most 0.03 (cosine) better than their own page; the rule's swaps were read at 0.47 at most, its
    # correct pairs from 0.50.
    assert 0.03 < PARTNER_GAIN <= 0.1
    assert 0.47 < ONE_SIDED_MIN_COSINE <= 0.5


def test_a_sentence_copied_from_a_neighbour_citing_a_page_in_another_language_is_no_swap() -> None:
    cases = heldback20.PART.cases()
    # figures-elsewhere: the laureates' ages (70, 72) copied from a neighbour's French page, citing a
    # German page with their names and schools and no ages (words 0.66: no encoder pass).
    assert _verdicts(_case(cases, "microarn-fr/2")) == []
    # heldback-14's krymmost-ru/5: a Russian sentence on an English page of the bridge read at 0.59.
    assert _verdicts(_case(heldback14.PART.cases(), "krymmost-ru/5")) == []


def test_footnotes_exchanged_across_languages_are_still_caught() -> None:
    # Near misses: exchanged footnotes whose cited page, in another language, is read inside the
    # same-topic band (heldback-3's louvre-it/3<->4 at 0.47, the rule's highest swap), or whose
    # partner fits the cited page better by meaning ("keep its key rate at 21 %" on the Russian page
    # of the December hold, 0.71 against 0.62).
    assert _verdicts(_case(heldback3.PART.cases(), "louvre-it/3<->4")) != []
    # figures-elsewhere on a page the encoder reads as a paraphrase keeps v11-hb13tune's decision (its
    # near miss in test_heldback13_rules.py): "up to 4,000 houses and 10,000 residents" on a Russian
    # page writing them in words ("более четырех тысяч домов и более десяти тысяч жителей", 0.62) is
    # still called pasted from the neighbour's page with the digits.
    found = _verdicts(_case(heldback20.PART.cases(), "orsk-en/5"))
    assert [f.evidence["reason"] for f in found] == ["figures-elsewhere"]
    cases = heldback20.PART.cases()
    for case_id in ("cbr-en/5<->6", "gurcistan-tr/3<->4", "ajedrez-es/3<->4", "microarn-fr/5<->6"):
        assert _verdicts(_case(cases, case_id)) != [], case_id
