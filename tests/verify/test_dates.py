"""Date checks: access date, document date and dated claims against the page's publication date."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from citecheck.config import Config
from citecheck.models import Document
from citecheck.verify.dates import announces, claim_dates

from .eval_corpus import seed_document, verified

DATE_CODES = {"access-date-before-publication", "source-after-document", "source-predates-claim"}


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("on November 14, 2025, Armenia refused", [dt.date(2025, 11, 14)]),
        ("on 14 November 2025", [dt.date(2025, 11, 14)]),
        ("14 ноября 2025 года", [dt.date(2025, 11, 14)]),
        ("19 Mart 2025'te açıldı", [dt.date(2025, 3, 19)]),
        ("am 14. November 2025", [dt.date(2025, 11, 14)]),
        ("le 14 novembre 2025", [dt.date(2025, 11, 14)]),
        ("el 4 de abril de 2025", [dt.date(2025, 4, 4)]),
        ("2025-11-14 and 07.11.2025", [dt.date(2025, 11, 14), dt.date(2025, 11, 7)]),
        ("Nov. 7, 2025", [dt.date(2025, 11, 7)]),
        ("le 1er janvier 2026", [dt.date(2026, 1, 1)]),
        ("14 листопада 2025 року", [dt.date(2025, 11, 14)]),
        ("em 14 de novembro de 2025", [dt.date(2025, 11, 14)]),
        ("il 1 gennaio 2026", [dt.date(2026, 1, 1)]),
        # A month or a year alone, a date without a year, or an impossible date: not an event date.
        ("in March 2024, by August 1, in 2028, on February 30, 2025", []),
    ],
)
def test_claim_dates(text: str, dates: list[dt.date]) -> None:
    assert claim_dates(text) == dates


def date_findings(document: Document) -> list[tuple[str, str | None]]:
    return [(f.code, f.label) for f in document.findings if f.code in DATE_CODES]


def test_seed_dates_are_consistent() -> None:
    document = seed_document(online=True)
    document.date = dt.date(2025, 11, 15)
    assert date_findings(verified(document, Config())) == []


def test_access_date_before_publication() -> None:
    document = seed_document(online=True)
    document.footnotes[6].access_date = dt.date(2025, 11, 10)  # [vii] was published on 2025-11-14
    found = [f for f in verified(document, Config()).findings if f.code == "access-date-before-publication"]
    assert [f.label for f in found] == ["vii"]
    assert found[0].evidence["published"] == "2025-11-14"
    assert (found[0].line, found[0].column) == (document.footnotes[6].line, document.footnotes[6].column)


def test_a_day_of_time_zone_is_tolerated() -> None:
    document = seed_document(online=True)
    document.footnotes[6].access_date = dt.date(2025, 11, 13)
    assert date_findings(verified(document, Config())) == []


def test_source_after_document() -> None:
    document = seed_document(online=True)
    document.date = dt.date(2025, 11, 11)
    found = date_findings(verified(document, Config()))
    # [i] appeared on 11-13 and [vii] on 11-14; [vi] on 11-12 is within the day of tolerance.
    assert sorted(str(label) for code, label in found if code == "source-after-document") == ["i", "vii"]


def test_source_predates_claim() -> None:
    document = seed_document(online=True)
    # [v]'s page was published on 2025-11-10; the sentence now dates the statement four days later.
    v = next(c for c in document.citations if c.label == "v")
    v.claim = v.claim.replace("November 10, 2025", "November 14, 2025")
    document.date = dt.date(2025, 11, 15)
    found = [f for f in verified(document, Config()).findings if f.code == "source-predates-claim"]
    assert [f.label for f in found] == ["v"]
    assert found[0].evidence["claim_date"] == "2025-11-14"
    assert (found[0].line, found[0].column) == (v.line, v.column)


def test_a_page_dated_only_by_its_year_does_not_predate_an_event_of_that_year() -> None:
    """A publication date of 1 January (htmldate's completion of a bare year) stands for the whole
    year against the sentence's event; a year before the event's still predates it."""

    def predating(published: dt.date) -> list[str]:
        document = seed_document(online=True)
        v = next(c for c in document.citations if c.label == "v")
        v.claim = v.claim.replace("November 10, 2025", "November 14, 2025")
        document.date = dt.date(2025, 11, 15)
        footnote = next(f for f in document.footnotes if f.label == "v")
        assert footnote.page is not None  # a copy: the pages are shared between tests
        footnote.page = footnote.page.model_copy(update={"published": published})
        return [f.label for f in verified(document, Config()).findings if f.code == "source-predates-claim"]

    assert predating(dt.date(2025, 1, 1)) == []
    # Near misses: the year before, and a full date other than 1 January in the event's year.
    assert predating(dt.date(2024, 1, 1)) == ["v"]
    assert predating(dt.date(2025, 1, 2)) == ["v"]


def test_a_page_dated_only_by_its_year_is_not_after_the_document_or_the_access() -> None:
    """A year alone (1 January: htmldate's completion of a copyright year) bounds no day, so it is
    no evidence that the page came after the document or the reading; a full date is."""

    def dated(published: dt.date) -> list[tuple[str, str]]:
        document = seed_document(online=True)
        document.date = dt.date(2025, 11, 11)
        page = document.footnotes[0].page
        assert page is not None  # a copy: the pages are shared between tests
        document.footnotes[0].page = page.model_copy(update={"published": published})
        document.footnotes[0].access_date = dt.date(2025, 11, 14)
        return [
            (code, str(label)) for code, label in date_findings(verified(document, Config())) if label == "i"
        ]

    assert dated(dt.date(2026, 1, 1)) == []
    # Near miss: a full date after both.
    assert sorted(dated(dt.date(2026, 1, 2))) == [
        ("access-date-before-publication", "i"),
        ("source-after-document", "i"),
    ]


def test_a_planned_date_after_the_document_is_not_an_event() -> None:
    document = seed_document(online=True)
    v = next(c for c in document.citations if c.label == "v")
    v.claim = v.claim + " The next round is set for January 20, 2026."
    document.date = dt.date(2025, 11, 15)
    assert date_findings(verified(document, Config())) == []


def test_no_date_checks_without_the_page() -> None:
    document = seed_document(online=False)
    document.footnotes[6].access_date = dt.date(2020, 1, 1)
    assert date_findings(verified(document, Config(offline=True))) == []


# --- issue 11: announcements precede what they announce -----------------------------------------

CLAIMS_EVAL = Path(__file__).parents[2] / "fixtures" / "eval" / "dates" / "claims.jsonl"


@pytest.mark.parametrize(
    "sentence",
    [
        "The new tariff on imported steel takes effect on 14 November 2025, the ministry said.",
        "The tariff will apply from 14 November 2025.",
        "Die Maut wird ab dem 14. November 2025 erhoben.",
        "Пошлины вступят в силу 14 ноября 2025 года.",
        "Новые тарифы действуют с 14 ноября 2025 года.",
        "Yeni tarifeler 14 Kasım 2025 tarihinde yürürlüğe girecek.",
        "Los aranceles entrarán en vigor el 14 de noviembre de 2025.",
        "Les droits de douane entreront en vigueur le 14 novembre 2025.",
    ],
)
def test_an_announced_date_after_the_source_is_no_finding(sentence: str) -> None:
    """[v]'s page of 2025-11-10 may announce what takes effect on 2025-11-14."""
    document = seed_document(online=True)
    v = next(c for c in document.citations if c.label == "v")
    v.claim = sentence
    document.date = dt.date(2025, 11, 15)
    assert [code for code, _ in date_findings(verified(document, Config()))] == []


def test_a_reported_past_event_after_the_source_is_still_found() -> None:
    document = seed_document(online=True)
    v = next(c for c in document.citations if c.label == "v")
    v.claim = "The tariff took effect on 14 November 2025, a month after it was announced."
    document.date = dt.date(2025, 11, 15)
    assert [code for code, _ in date_findings(verified(document, Config()))] == ["source-predates-claim"]


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The bridge is set to open on 15 June 2026.", "is set to"),
        ("Ab 1.3.2026 gelten die neuen Gebühren.", "Ab "),
        ("Закон вступит в силу с 1 января 2026 года.", "вступит"),
        ("Köprü 15 Haziran 2026'da trafiğe açılacak.", "açılacak"),
        ("Parliament approved the budget on 14 November 2025.", None),
        ("Путин подписал закон 14 ноября 2025 года.", None),
        ("Anlaşma 14 Kasım 2025 tarihinde imzalandı.", None),
    ],
)
def test_announcing_words(sentence: str, cue: str | None) -> None:
    assert announces(sentence) == cue


@pytest.mark.parametrize("split", ["calibrate", "held-back"])
def test_dated_claims_eval_gate(split: str) -> None:
    """Real dated sentences (saved pages of mozilla/readability and adbar/trafilatura) and
    real-shaped news sentences in 9 languages. Figures (announcing still flagged / past suppressed):
    calibrate 1/21 and 3/23, held-back 1/10 and 1/12 (misses: German passive "werden", reported
    speech "would"/"will" inside a sentence that reports a past announcement)."""
    rows = [json.loads(line) for line in CLAIMS_EVAL.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [row for row in rows if row["split"] == split]
    assert all(claim_dates(row["sentence"]) for row in rows)
    announcing = [row for row in rows if row["label"] == "announces"]
    past = [row for row in rows if row["label"] == "past"]
    flagged = [row["id"] for row in announcing if not announces(row["sentence"])]
    suppressed = [row["id"] for row in past if announces(row["sentence"])]
    assert len(flagged) <= 0.10 * len(announcing), flagged
    assert len(suppressed) <= 0.15 * len(past), suppressed
