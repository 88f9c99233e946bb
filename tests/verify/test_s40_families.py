"""The verify rules of branch s40-verify (issue 11: the study of real-heldback-28), on real cases and
near misses they must leave alone.

* A day written with its month that no other cited sentence of the document writes is one of the
  sentence's own facts in the two-sided exchange rule (:func:`citecheck.verify.claim._own_dates`,
  :func:`~citecheck.verify.claim._exchanged_by_own_facts`): the pages of one event share its names,
  and the day a sentence reports tells which page it was written from.
* The first day of a range written with its month once is dated too
  (:func:`citecheck.verify.textmatch.dated_days`: "dal 25 al 30 aprile" is 25 and 30 April).

Measured on every visible part (real, real-heldback-2 … -26) and part 28, verdict by verdict, with pages
and offline (fixtures/eval/README.md, "Branch s40-verify").
"""

from __future__ import annotations

from types import SimpleNamespace

from citecheck.models import Finding
from citecheck.verify.claim import _own_dates
from citecheck.verify.textmatch import dated_days

from . import eval_real as real
from . import heldback5, heldback7, heldback13, heldback14


def _verdicts(part: object, case_id: str) -> list[Finding]:
    case = next(c for c in part.cases() if c.id == case_id)  # type: ignore[attr-defined]
    document = real.verified(case, online=True)
    return [f for f in document.findings if f.label == case.label and f.code == "claim-mismatch"]


def test_the_first_day_of_a_range_takes_the_month_written_after_the_last() -> None:
    assert dated_days("dal 25 al 30 aprile", "it") == {(25, 4), (30, 4)}
    assert dated_days("vom 25. bis 30. April", "de") == {(25, 4), (30, 4)}
    assert dated_days("с 25 по 30 апреля", "ru") == {(25, 4), (30, 4)}
    assert dated_days("du 25 au 30 avril", "fr") == {(25, 4), (30, 4)}
    assert dated_days("from 25–30 April 2024", "en") == {(25, 4), (30, 4)}


def test_a_number_before_a_date_that_opens_no_range_is_no_day_of_it() -> None:
    # Near misses: a count before a date, a range running backwards, a year before a day.
    assert dated_days("25 killed, 30 April", "en") == {(30, 4)}
    assert dated_days("30 to 25 April", "en") == {(25, 4)}
    assert dated_days("In 2024 to 30 April", "en") == {(30, 4)}


def _document(*sentences: str) -> SimpleNamespace:
    claims = {
        str(i): [SimpleNamespace(citation=SimpleNamespace(claim=text))] for i, text in enumerate(sentences, 1)
    }
    return SimpleNamespace(document=SimpleNamespace(claims=claims))


def test_a_sentence_s_own_dates_are_those_no_other_sentence_writes() -> None:
    case = _document(
        "Gazprom Export notified OMV that it would halt deliveries from Saturday, 16 November.",
        "A day earlier, on 14 November, OMV announced its arbitration award.",
        "The halt of 16 November ended deliveries under the contract.",
    )
    assert _own_dates(case, "A day earlier, on 14 November, OMV announced its arbitration award.", "en") == {  # type: ignore[arg-type]
        (14, 11)
    }
    # 16 November is written by two sentences: the document's date, not one sentence's.
    assert (
        _own_dates(
            case,
            "Gazprom Export notified OMV that it would halt deliveries from Saturday, 16 November.",
            "en",
        )  # type: ignore[arg-type]
        == frozenset()
    )


def test_footnotes_exchanged_are_told_by_each_sentence_s_own_date() -> None:
    # Spent real-heldback-13: two English sentences on the snapback of UN sanctions on Iran, their
    # footnotes exchanged; the pages (Persian and English) share the event's names, and each
    # sentence's own day is on the other footnote's page only.
    found = _verdicts(heldback13.PART, "snapback-en/3<->4")
    assert [f.evidence["reason"] for f in found] == ["footnotes-exchanged"]
    assert _verdicts(heldback13.PART, "snapback-en/4") == []  # (its /3 is a false alarm of another family)
    # Spent real-heldback-5: an English sentence on the Alaska Airlines door plug, a Portuguese page.
    found = _verdicts(heldback5.PART, "alaska-en/3<->4")
    assert [f.evidence["reason"] for f in found] == ["footnotes-exchanged"]
    assert _verdicts(heldback5.PART, "alaska-en/3") == []
    assert _verdicts(heldback5.PART, "alaska-en/4") == []
    # Spent real-heldback-7: a French chronology of the Channel Tunnel.
    found = _verdicts(heldback7.PART, "chunnel-fr/1<->2")
    assert [f.evidence["reason"] for f in found] == ["footnotes-exchanged"]
    assert _verdicts(heldback7.PART, "chunnel-fr/1") == []


def test_a_page_giving_the_day_inside_a_range_keeps_its_sentence() -> None:
    # Near miss (spent real-heldback-14): "starting on 25 April" cites an Italian page of "dal 25 al
    # 30 aprile"; read without the range's first day, the page lacked the sentence's date and the two
    # correct neighbours were called exchanged.
    assert _verdicts(heldback14.PART, "venice-en/1") == []
    assert _verdicts(heldback14.PART, "venice-en/3") == []
