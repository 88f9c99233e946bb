"""Footnote entries in every citation style and language we read: Chicago notes, Harvard, APA,
Wikipedia (rendered HTML and copied text), Turkish and Russian analyses."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from citecheck.models import Document
from citecheck.parse import parse_text
from citecheck.parse.entries import parse_entry

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


# The shapes issue 10 lists (invented examples of what real documents write), one per style.
MARCH_3 = dt.date(2024, 3, 3)


@pytest.mark.parametrize(
    ("entry", "title", "publisher", "url", "accessed"),
    [
        (  # Harvard
            "Acme Institute (n.d.) Water tariffs in practice. Available at: https://acme.example/tariffs "
            "(Accessed: 3 March 2024).",
            "Water tariffs in practice",
            "Acme Institute",
            "https://acme.example/tariffs",
            MARCH_3,
        ),
        (  # APA, title first
            "Water tariffs in practice. (2023). Acme Institute. Retrieved March 3, 2024, from https://acme.example/tariffs",
            "Water tariffs in practice",
            "Acme Institute",
            "https://acme.example/tariffs",
            MARCH_3,
        ),
        (  # GOST 7.0.5
            "Тарифы на воду [Электронный ресурс] / Институт Акме // URL: https://acme.example/tariffs "
            "(дата обращения: 03.03.2024).",
            "Тарифы на воду",
            "Институт Акме",
            "https://acme.example/tariffs",
            MARCH_3,
        ),
        (  # title-first source list
            "Water tariffs in practice, Acme Institute, https://acme.example/tariffs, Erişim Tarihi: 03.03.2024",
            "Water tariffs in practice",
            "Acme Institute",
            "https://acme.example/tariffs",
            MARCH_3,
        ),
        (  # bibliography with a data file
            "Acme Institute (2023), Tariff tables [Data file] Available from: <https://acme.example/t> "
            "Access date: March 3, 2024.",
            "Tariff tables",
            "Acme Institute",
            "https://acme.example/t",
            MARCH_3,
        ),
        (  # "Title, by Author; URL:"
            "Water tariffs in practice, by J. Doe; URL: https://acme.example/t (accessed March. 03, 2024)",
            "Water tariffs in practice",
            None,
            "https://acme.example/t",
            MARCH_3,
        ),
        (  # research-assistant export, "Title - Site"
            "Water tariffs in practice - Acme Blog, accessed March 3, 2024, https://acme.example/tariffs",
            "Water tariffs in practice",
            "Acme Blog",
            "https://acme.example/tariffs",
            MARCH_3,
        ),
        (  # Vancouver
            "Doe J. Water tariffs in practice [Internet]. Acme Institute; 2023 [cited 2024 Mar 3]. "
            "Available from: https://acme.example/t",
            "Water tariffs in practice",
            "Acme Institute",
            "https://acme.example/t",
            MARCH_3,
        ),
        (  # ABNT
            "ACME INSTITUTE. Water tariffs in practice. Disponível em: https://acme.example/t. Acesso em: 3 mar. 2024.",
            "Water tariffs in practice",
            "ACME INSTITUTE",
            "https://acme.example/t",
            MARCH_3,
        ),
        (  # Italian Wikipedia
            "Water tariffs in practice, su acme.example, 2023. URL consultato il 3 marzo 2024.",
            "Water tariffs in practice",
            "acme.example",
            None,
            MARCH_3,
        ),
    ],
)
def test_issue_shapes(
    entry: str, title: str, publisher: str | None, url: str | None, accessed: dt.date
) -> None:
    fields = parse_entry(entry)
    assert fields.title == title
    if publisher is not None:
        assert fields.publisher == publisher
    assert (fields.urls[0] if fields.urls else None) == url
    assert fields.access_date == accessed


@pytest.mark.parametrize(
    ("label_text", "expected"),
    [
        ("consultato il 3 marzo 2024", MARCH_3),
        ("Acesso em: 3 mar. 2024", MARCH_3),
        ("dostęp: 3.03.2024", MARCH_3),
        ("Consultado el 3 de marzo de 2024", MARCH_3),
        ("consulté le mars 3, 2024", MARCH_3),
        ("[cited 2024 Mar 3]", MARCH_3),
        ("Accessed 3 Mar. 2024", MARCH_3),
        ("abgerufen am 3. März 2024", MARCH_3),
        ("Geraadpleegd op 3 maart 2024", MARCH_3),
        ("[Diakses: 03-Mar-2024]", MARCH_3),
        ("(дата звернення: 03.03.2024)", MARCH_3),
    ],
)
def test_access_dates_in_more_languages(label_text: str, expected: dt.date) -> None:
    assert parse_entry(f"“Title”, Acme, https://acme.example/a, {label_text}.").access_date == expected


def test_markdown_marks_give_titles_in_bold_italic_and_links(
    parse_markdown: Callable[[str], Document],
) -> None:
    doc = parse_markdown(
        "Body.[1] More.[2] And.[3]\n\n## References\n\n"
        "[1] ACME. **Water tariffs in practice**. Disponível em: https://acme.example/a. Acesso em: 3 mar. 2024.\n\n"
        "[2] Doe, J. (2023). _Tariff tables_. Acme. https://acme.example/b\n\n"
        "[3] [Tariff history](https://acme.example/c), su Acme Blog. URL consultato il 3 marzo 2024.\n"
    )
    assert [fn.title for fn in doc.footnotes] == [
        "Water tariffs in practice",
        "Tariff tables",
        "Tariff history",
    ]
    assert [fn.url for fn in doc.footnotes] == [f"https://acme.example/{c}" for c in "abc"]
    assert doc.footnotes[2].publisher == "Acme Blog"


@pytest.fixture
def parse_markdown() -> Callable[[str], Document]:
    return lambda text: parse_text(text, fmt="markdown")


def test_issue_shapes_in_a_markdown_notes_list(parse_markdown: Callable[[str], Document]) -> None:
    doc = parse_markdown(
        "Body.[1] More.[2] And.[3] Also.[4]\n\n## Notes\n\n"
        "[1] Acme Blog - Water tariffs in practice <br> https://acme.example/tariffs <br> (abgerufen am 03.03.2024)\n\n"
        '[2] ^ a b Acme Institute (March 2023). ["Water tariffs in practice"](https://acme.example/tariffs). '
        "Retrieved 3 March 2024.\n\n"
        "[3] **^** [_Water tariffs in practice_](https://acme.example/tariffs) (PDF). Acme.\n\n"
        "[4] J. Doe, ,,Water tariffs in practice'', Acme Reports 9 (2023) 297\n"
    )
    assert [fn.label for fn in doc.footnotes] == ["1", "2", "3", "4"]
    assert {fn.title for fn in doc.footnotes} == {"Water tariffs in practice"}
    assert [fn.publisher for fn in doc.footnotes[:3]] == ["Acme Blog", "Acme Institute", "Acme"]
    assert [fn.access_date for fn in doc.footnotes] == [MARCH_3, MARCH_3, None, None]


def test_trailing_material_is_not_part_of_the_title() -> None:
    fields = parse_entry(
        "Тарифы на воду [Электронный ресурс] / © Acme 2022. URL: https://acme.example/t (дата обращения: 03.03.2024)."
    )
    assert (fields.title, fields.publisher) == ("Тарифы на воду", "Acme")
    assert parse_entry(
        r"Water tariffs in practice \- Acme Blog, accessed March 3, 2024, https://acme.example/t"
    ).title == ("Water tariffs in practice")


def test_html_emphasis_marks_the_title() -> None:
    doc = parse_text(
        '<html><body><p>Tariffs rose.<sup><a href="#fn1">1</a></sup></p><h2>References</h2><ol><li id="fn1">'
        "Doe, J. (2023). <i>Water tariffs in practice</i>. Acme Institute. Retrieved March 3, 2024, from "
        '<a href="https://acme.example/t">https://acme.example/t</a></li></ol></body></html>',
        fmt="html",
    )
    assert [(fn.title, fn.publisher, fn.url, fn.access_date) for fn in doc.footnotes] == [
        ("Water tariffs in practice", "Acme Institute", "https://acme.example/t", MARCH_3)
    ]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # An author sentence in bold before the quoted title: the quote is the title.
        (
            '**Espressif Systems.** "ESP32 Technical Reference Manual". https://docs.espressif.com/ '
            "(Erişim Tarihi: 19.04.2026).",
            "ESP32 Technical Reference Manual",
        ),
        # One organisation before a title that has commas of its own.
        (
            "OECD, Policies, data and analysis for trustworthy artificial intelligence, accessed March 12, 2024.",
            "Policies, data and analysis for trustworthy artificial intelligence",
        ),
        (
            "White House, Executive Order on the Safe, Secure, and Trustworthy Development and Use of "
            "Artificial Intelligence, October 30, 2023.",
            "Executive Order on the Safe, Secure, and Trustworthy Development and Use of Artificial Intelligence",
        ),
        # "Site, Title, accessed …, URL".
        (
            "Imgur, Offensive Plus Minus vs Defensive Plus Minus, accessed March 9th, 2019. https://i.imgur.com/JJKILc7.png",
            "Offensive Plus Minus vs Defensive Plus Minus",
        ),
        # A dash after the label and an author list are not the title; a field left open is cut.
        (
            "- PAUL VEYNE, Os gregos acreditavam em seus mitos?, https://editoraunesp.com.br/catalogo/9788539305292",
            "Os gregos acreditavam em seus mitos?",
        ),
        (
            "Kaspersky (2018) What is heuristic analysis?, /. Available at: https://www.kaspersky.com/x "
            "(Accessed: 27 April 2025).",
            "What is heuristic analysis?",
        ),
        # A Vancouver book without URL still cites a work.
        (
            "Bradski G, Daebler A. Learning OpenCV. Computer vision with OpenCV library. 2008 Jan 1;222–64.",
            "Learning OpenCV",
        ),
    ],
)
def test_entry_titles_generalised_from_the_spent_held_back_part(text: str, title: str) -> None:
    from citecheck.parse.styles import Mark

    marks = [Mark("em", "Espressif Systems.")] if text.startswith("**") else []
    assert parse_entry(text.replace("**", ""), marks=marks).title == title


def test_whole_entry_in_italics_yields_the_title_marked_inside_it() -> None:
    from citecheck.parse.styles import Mark, title_and_publisher

    head = "RUSSELL, Stuart J.; NORVIG, Peter. Inteligência artificial. Rio de Janeiro: Elsevier, c2013. xxi, 988 p."
    marks = [Mark("em", head), Mark("em", "Inteligência artificial")]
    assert title_and_publisher(head, marks)[0] == "Inteligência artificial"


def test_short_citation_with_in_page_links_has_no_title() -> None:
    from citecheck.parse.styles import Mark, title_and_publisher

    head = "Cormen et al. (2001) , pp. 528-529; Goodrich & Tamassia (2015) , pp. 361-362."
    marks = [Mark("link", "Cormen et al. (2001)", "#CITEREFCormen2001")]
    assert title_and_publisher(head, marks) == (None, None)
    assert title_and_publisher("3.0^ ^3.1^] [", ())[0] is None
