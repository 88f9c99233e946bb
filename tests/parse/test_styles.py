"""Footnote entries in every citation style and language we read: Chicago notes, Harvard, APA,
Wikipedia (rendered HTML and copied text), Turkish and Russian analyses."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from citecheck.models import Document

NOV_14 = dt.date(2025, 11, 14)
SEED_URLS = [
    "https://news.mail.ru/politics/68708661",
    "https://caliber.az/en/post/envoy-russia-armenia-discuss-trump-route-at-highest-levels",
    "https://russiaspivottoasia.com/armenia-considering-importing-russian-goods-via-azerbaijan/",
    "https://qazinform.com/news/aktobe-ramps-up-efforts-to-prevent-spring-flooding-494b42",
    "https://tass.ru/politika/25584021",
    "https://tass.ru/ekonomika/25600377",
    "https://tass.ru/proisshestviya/25627687",
]
SEED_PUBLISHERS = ["Novosti", "Caliber", "Russia’s Pivot to Asia", "Kazinform", "TASS", "TASS", "TASS"]

STYLE_TITLES = {
    "chicago-style.txt": [
        "Armeniya obsuzhdayet s SSHA dva stsenariya arendy ‘marshruta Trampa’",
        "Envoy: Russia, Armenia Discuss ‘Trump Route’ at Highest Levels",
        "Armenia Considering Importing Russian Goods Via Azerbaijan",
        "Aktobe Ramps Up Efforts to Prevent Spring Flooding",
        "Zakharova prokommentirovala zayavleniya o ‘gibridnoy voyne’ protiv Armenii",
        "Pashinyan: Armeniya ne namerena otkazyvatsya ot rossiyskogo zerna",
        "Armeniya ne vydast Rossii sochinskogo biznesmena Tatulyana",
    ],
    "harvard-style.txt": [
        "Armeniya obsuzhdayet s SSHA dva stsenariya arendy “marshruta Trampa”",
        "Envoy: Russia, Armenia discuss ‘Trump Route’ at highest levels",
        "Armenia considering importing Russian goods via Azerbaijan",
        "Aktobe ramps up efforts to prevent spring flooding",
        "Zakharova prokommentirovala zayavleniya o ‘gibridnoy voyne’ protiv Armenii",
        "Pashinyan: Armeniya ne namerena otkazyvatsya ot rossiyskogo zerna",
        "Armeniya ne vydast Rossii sochinskogo biznesmena Tatulyana",
    ],
    "apa-style.txt": [
        "Armeniya obsuzhdayet s SSHA dva stsenariya arendy “marshruta Trampa”",
        "Envoy: Russia, Armenia discuss “Trump Route” at highest levels",
        "Armenia considering importing Russian goods via Azerbaijan",
        "Aktobe ramps up efforts to prevent spring flooding",
        "Zakharova prokommentirovala zayavleniya o ‘gibridnoy voyne’ protiv Armenii",
        "Pashinyan: Armeniya ne namerena otkazyvatsya ot rossiyskogo zerna",
        "Armeniya ne vydast Rossii sochinskogo biznesmena Tatulyana",
    ],
}
WIKIPEDIA_TITLES = [
    "Armeniya obsuzhdayet s SSHA dva stsenariya arendy 'marshruta Trampa'",
    'Envoy: Russia, Armenia discuss "Trump Route" at highest levels',
    "Armenia Considering Importing Russian Goods Via Azerbaijan",
    "Aktobe ramps up efforts to prevent spring flooding",
    "Zakharova prokommentirovala zayavleniya o 'gibridnoy voyne' protiv Armenii",
    "Pashinyan: Armeniya ne namerena otkazyvatsya ot rossiyskogo zerna",
    "Armeniya ne vydast Rossii sochinskogo biznesmena Tatulyana",
]


@pytest.mark.parametrize("name", sorted(STYLE_TITLES))
def test_style_entries(name: str, parse_analysis: Callable[[str], Document], seed_document: Document) -> None:
    doc = parse_analysis(name)
    assert [fn.label for fn in doc.footnotes] == ["1", "2", "3", "4", "5", "6", "7"]
    assert [fn.title for fn in doc.footnotes] == STYLE_TITLES[name]
    assert [fn.publisher for fn in doc.footnotes] == SEED_PUBLISHERS
    assert [fn.url for fn in doc.footnotes] == SEED_URLS
    assert {fn.access_date for fn in doc.footnotes} == {NOV_14}
    assert [c.claim for c in doc.citations] == [c.claim for c in seed_document.citations]
    assert doc.findings == []


def test_chicago_superscript_markers(parse_analysis: Callable[[str], Document]) -> None:
    doc = parse_analysis("chicago-style.txt")
    assert [c.label for c in doc.citations] == ["1", "2", "3", "4", "5", "6", "7"]
    vi = doc.citations[5]
    assert "“absolute misunderstanding,” and signaled" in vi.claim


def test_wikipedia_rendered_html_takes_urls_from_the_links(parse_analysis: Callable[[str], Document]) -> None:
    doc = parse_analysis("wikipedia-style.html")
    assert [fn.title for fn in doc.footnotes] == WIKIPEDIA_TITLES
    assert [fn.url for fn in doc.footnotes] == SEED_URLS
    assert [fn.publisher for fn in doc.footnotes] == [p.replace("’", "'") for p in SEED_PUBLISHERS]
    assert {fn.access_date for fn in doc.footnotes} == {NOV_14}
    # Footnote 2 is cited twice ("^ a b"): two citations, one entry, no finding.
    assert [c.label for c in doc.citations] == ["1", "2", "2", "3", "4", "5", "6", "7"]
    assert doc.citations[2].claim.startswith("The Ambassador confirmed that")
    assert doc.title == "Yerevan-Moscow Pragmatism and the Crisis of Trust"
    assert doc.findings == []


def test_wikipedia_copied_text_has_no_urls_but_is_valid(parse_analysis: Callable[[str], Document]) -> None:
    doc = parse_analysis("wikipedia-style.txt")
    assert [fn.title for fn in doc.footnotes] == WIKIPEDIA_TITLES
    assert [fn.publisher for fn in doc.footnotes] == [p.replace("’", "'") for p in SEED_PUBLISHERS]
    assert {fn.access_date for fn in doc.footnotes} == {NOV_14}
    assert all(fn.url is None for fn in doc.footnotes)
    assert [f.code for f in doc.findings] == ["missing-url"] * 7
    assert {f.severity for f in doc.findings} == {"info"}
    assert len(doc.citations) == 8


def test_turkish_analysis(parse_analysis: Callable[[str], Document]) -> None:
    doc = parse_analysis("turkish-analysis.txt")
    assert doc.language == "tr"
    assert doc.title == "Erivan-Moskova Pragmatizmi ve Güven Bunalımı"
    assert [fn.label for fn in doc.footnotes] == ["i", "ii", "iii", "iv"]
    # "14 Kasım 2025", "14.11.2025" and "14 KASIM 2025" all read as the same day.
    assert [fn.access_date for fn in doc.footnotes] == [NOV_14] * 4
    assert [fn.publisher for fn in doc.footnotes] == ["Novosti", "Caliber", "TASS", "TASS"]
    assert doc.citations[1].claim == (
        "Rusya’nın Erivan Büyükelçisi Sergey Kopırkin, 24 Ekim 2025’te iki ülke arasındaki ilişkileri "
        "“tango” benzetmesiyle tanımladı."
    )
    paragraphs = " ".join(c.paragraph for c in doc.citations)
    assert "Bu yazı şu dillerde de mevcuttur" not in paragraphs
    assert "Benzer Yazılar" not in paragraphs
    assert doc.findings == []


def test_russian_analysis_with_guillemets_and_gost(parse_analysis: Callable[[str], Document]) -> None:
    doc = parse_analysis("russian-analysis.txt")
    assert doc.language == "ru"
    assert doc.title == "Прагматизм Еревана и Москвы и кризис доверия"
    assert [fn.title for fn in doc.footnotes] == [
        "Армения обсуждает с США два сценария аренды „маршрута Трампа“",
        "Посол: Россия и Армения обсуждают „маршрут Трампа“ на высшем уровне",
        "Захарова прокомментировала заявления о «гибридной войне» против Армении",
        "Армения не выдаст России сочинского бизнесмена Татуляна",
    ]
    assert [fn.publisher for fn in doc.footnotes] == ["Новости Mail", "Caliber", "ТАСС", "ТАСС"]
    assert [fn.access_date for fn in doc.footnotes] == [NOV_14] * 4
    assert doc.footnotes[2].url == "https://tass.ru/politika/25584021"
    # Initials and "г." / "т. е." do not end sentences.
    assert doc.citations[2].claim == (
        "Официальный представитель МИД России М. В. Захарова 10 ноября 2025 г. заявила о «гибридной войне» "
        "Запада против Армении."
    )
    assert (
        doc.citations[3].claim
        == "Генпрокуратура Армении отказалась выдать России бизнесмена Рубена Татуляна, т. е. гражданина Армении."
    )
    assert doc.findings == []
