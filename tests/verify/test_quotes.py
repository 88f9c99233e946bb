"""quote-not-found: quoted phrases against a page in the claim's language only."""

from __future__ import annotations

import pytest

from citecheck.config import Config
from citecheck.models import Citation, PageFacts
from citecheck.verify.quotes import page_contains, quoted_phrases

from .eval_corpus import seed_document, verified


@pytest.mark.parametrize(
    ("claim", "phrases"),
    [
        ("Overchuk confirmed that “positive progress” has been achieved.", ["positive progress"]),
        ("Zakharova spoke of a «гибридная война» in Armenia.", ["гибридная война"]),
        ('Peskov called them an attempt at an "orange revolution".', ["orange revolution"]),
        ("He spoke of the ‘trump route’ at length.", ["trump route"]),
        # Apostrophes are not quotation marks; a lone scare-quoted word is the author's own.
        ("Russia’s envoy and Armenia’s minister used the “tango” metaphor.", []),
        ("The “TRIPP-2” corridor will cross Syunik.", []),
        ("They called it “more hypothetical”, the “trump route”.", ["more hypothetical", "trump route"]),
        # A quoted name or title (each word capitalised but function words) is no quotation.
        ("He spoke of the ‘Trump Route’ at length.", []),
        ("The “TRIPP” corridor will cross Syunik.", []),
        ("Its film “A Semente do Figo Sagrado” and the song “New Day Will Rise” won.", []),
        ("Die Partei „Ауыл“ and «РИА Новости» reported it.", []),
        # Near misses: a quotation in sentence case, and a capitalised run longer than a name.
        ("The law «О прозрачности иностранного влияния» passed.", ["О прозрачности иностранного влияния"]),
        (
            "He said “We Will Build It Here And Now Together”.",
            ["We Will Build It Here And Now Together"],
        ),
    ],
)
def test_quoted_phrases(claim: str, phrases: list[str]) -> None:
    assert quoted_phrases(claim) == phrases


def test_page_contains_after_normalising_quotes_case_and_spacing() -> None:
    page = PageFacts(
        title="Envoy",
        text='The so-called  "TRUMP Route" was discussed; EU membership is "more hypothetical".',
    )
    assert page_contains("Trump Route", page, 0.92) == (True, 1.0)
    assert page_contains("more hypothetical", page, 0.92)[0]
    assert not page_contains("less likely than ever", page, 0.92)[0]


def test_seed_online_only_iv_quote_is_missing() -> None:
    document = verified(seed_document(online=True), Config())
    found = [f for f in document.findings if f.code == "quote-not-found"]
    assert [(f.label, f.evidence["quote"]) for f in found] == [("iv", "positive progress")]
    citation = next(c for c in document.citations if c.label == "iv")
    assert (found[0].line, found[0].column) == (citation.line, citation.column)
    assert found[0].evidence["page_language"] == "en"


def test_english_quotes_are_not_sought_on_russian_pages() -> None:
    document = seed_document(online=True)
    # [v]'s sentence quotes “hybrid war”; the TASS page says «гибридная война»: no finding.
    assert any("“hybrid war,”" in c.claim or "“hybrid war”" in c.claim for c in document.citations)
    document = verified(document, Config())
    assert not [f for f in document.findings if f.code == "quote-not-found" and f.label == "v"]


def test_a_misquote_on_a_same_language_page_is_found() -> None:
    document = seed_document(online=True)
    ii = next(c for c in document.citations if c.label == "ii")
    document.citations = [
        Citation(
            label="ii",
            claim=ii.claim.replace("“tango” metaphor", "“a dance for two” metaphor"),
            paragraph=ii.paragraph,
            line=ii.line,
            column=ii.column,
        )
    ]
    document = verified(document, Config())
    found = [f for f in document.findings if f.code == "quote-not-found"]
    assert [f.evidence["quote"] for f in found] == ["a dance for two"]


def test_no_quote_check_offline() -> None:
    document = verified(seed_document(online=False), Config(offline=True))
    assert not [f for f in document.findings if f.code == "quote-not-found"]
