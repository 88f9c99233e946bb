"""The seed analysis, as the issue states it must be read: seven footnotes, seven claims, no findings."""

from __future__ import annotations

import datetime as dt

from citecheck.models import Document

from .conftest import SEED

SEED_FOOTNOTES = [
    (
        "i",
        "Armeniya obsuzhdayet s SSHA dva stsenariya arendy ‘marshruta Trampa’",
        "Novosti",
        "https://news.mail.ru/politics/68708661",
    ),
    (
        "ii",
        "Envoy: Russia, Armenia discuss “Trump Route” at highest levels",
        "Caliber",
        "https://caliber.az/en/post/envoy-russia-armenia-discuss-trump-route-at-highest-levels",
    ),
    (
        "iii",
        "Armenia Considering Importing Russian Goods Via Azerbaijan",
        "Russia’s Pivot to Asia",
        "https://russiaspivottoasia.com/armenia-considering-importing-russian-goods-via-azerbaijan/",
    ),
    (
        "iv",
        "Aktobe ramps up efforts to prevent spring flooding",
        "Kazinform",
        "https://qazinform.com/news/aktobe-ramps-up-efforts-to-prevent-spring-flooding-494b42",
    ),
    (
        "v",
        "Zakharova prokommentirovala zayavleniya o ‘gibridnoy voyne’protiv Armenii",
        "TASS",
        "https://tass.ru/politika/25584021",
    ),
    (
        "vi",
        "Pashinyan: Armeniya ne namerena otkazyvatsya ot rossiyskogo zerna",
        "TASS",
        "https://tass.ru/ekonomika/25600377",
    ),
    (
        "vii",
        "Armeniya ne vydast Rossii sochinskogo biznesmena Tatulyana",
        "TASS",
        "https://tass.ru/proisshestviya/25627687",
    ),
]

# How each claim starts and ends: the sentence the marker closes, marker removed.
SEED_CLAIMS = [
    (
        "i",
        "Pashinyan announced that extraordinarily long-term leasing",
        "the financial guarantees of the investors (the US side).",
    ),
    (
        "ii",
        "Russia’s Ambassador to Armenia, Sergey Kopyrkin, described",
        "due to existing disagreements and misunderstandings.",
    ),
    (
        "iii",
        "Prime Minister Pashinyan gave a significant signal",
        "goods from Russia via railway through Azerbaijan.",
    ),
    (
        "iv",
        "Russian Deputy Prime Minister Alexey Overchuk also confirmed",
        "transit with Azerbaijan’s approval.",
    ),
    (
        "v",
        "Russian Foreign Ministry Spokeswoman Maria Zakharova, on November 10, 2025,",
        "exert political blackmail.",
    ),
    (
        "vi",
        "In response, the Pashinyan government, on November 12, 2025, dismissed",
        "continue its Russian grain policy.",
    ),
    (
        "vii",
        "The Armenian Prosecutor General’s Office refused to extradite",
        "on the grounds that he is an Armenian citizen.",
    ),
]


def test_seed_has_exactly_the_seven_footnotes(seed_document: Document) -> None:
    found = [(fn.label, fn.title, fn.publisher, fn.url) for fn in seed_document.footnotes]
    assert found == SEED_FOOTNOTES
    assert [fn.ordinal for fn in seed_document.footnotes] == [1, 2, 3, 4, 5, 6, 7]
    assert all(fn.access_date == dt.date(2025, 11, 14) for fn in seed_document.footnotes)
    assert all(fn.urls == [fn.url] for fn in seed_document.footnotes)


def test_seed_footnote_positions_and_raw_text(seed_document: Document) -> None:
    lines = SEED.read_text(encoding="utf-8").splitlines()
    for fn in seed_document.footnotes:
        assert lines[fn.line - 1][fn.column - 1 :].startswith(f"[{fn.label}]")
        assert fn.raw.startswith("“") and fn.raw.endswith("(Access Date: 14.11.2025).")


def test_each_marker_maps_to_the_sentence_it_closes(seed_document: Document) -> None:
    claims = [(c.label, c.claim) for c in seed_document.citations]
    assert [label for label, _ in claims] == [label for label, _, _ in SEED_CLAIMS]
    for (label, claim), (_, start, end) in zip(claims, SEED_CLAIMS, strict=True):
        assert claim.startswith(start), (label, claim)
        assert claim.endswith(end), (label, claim)
        assert "[" not in claim, "the marker itself stays out of the claim"


def test_the_mid_sentence_marker_claims_the_whole_sentence(seed_document: Document) -> None:
    vi = next(c for c in seed_document.citations if c.label == "vi")
    assert vi.claim == (
        "In response, the Pashinyan government, on November 12, 2025, dismissed the claims by the Russian "
        "Foreign Intelligence Service that Armenia would prefer more expensive Ukrainian grain in exchange "
        "for EU funds as an “absolute misunderstanding,” and signaled its determination to maintain "
        "pragmatism in the economic sphere by conveying the message that it would continue its Russian "
        "grain policy."
    )
    assert vi.paragraph.startswith("This multifaceted political atmosphere")
    assert vi.claim in vi.paragraph


def test_citation_positions_point_at_the_markers_in_the_file(seed_document: Document) -> None:
    lines = SEED.read_text(encoding="utf-8").splitlines()
    for citation in seed_document.citations:
        assert lines[citation.line - 1][citation.column - 1 :].startswith(f"[{citation.label}]")


def test_chrome_and_bio_are_not_body_text(seed_document: Document) -> None:
    text = " ".join(c.paragraph for c in seed_document.citations)
    assert "This post is also available in" not in text
    assert "Paylaş" not in text
    assert "Ergün" not in text
    assert "Similar Posts" not in text


def test_seed_metadata(seed_document: Document) -> None:
    assert seed_document.title == "Yerevan-Moscow Pragmatism and the Crisis of Trust"
    assert seed_document.date is None  # the seed text carries no dateline
    assert seed_document.language == "en"
    assert seed_document.format == "text"


def test_seed_has_no_structural_findings(seed_document: Document) -> None:
    assert seed_document.findings == []
