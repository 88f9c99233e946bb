"""Guards for the access-date labels read from the CSL locale files (citecheck/parse/access_terms.py,
branch p10-access-csl): real shapes the CSL styles print, and near misses that must not change."""

from __future__ import annotations

import datetime as dt

import pytest

from citecheck.parse.access_terms import csl_access_date, csl_access_terms
from citecheck.parse.entries import parse_entry


def test_terms_come_from_the_installed_locale_files() -> None:
    terms = {term: (languages, bracketed) for term, languages, bracketed in csl_access_terms()}
    # "accessed"/"retrieved" of locales the hand list did not know, read from citeproc-py's files.
    assert terms["hämtad"] == (("sv",), False)
    assert terms["pristupljeno"] == (("hr", "sr-Latn"), False)
    assert terms["pobrano"] == (("pl",), False)
    # "cited" only in Vancouver's brackets.
    assert terms["zitiert"] == (("de",), True)
    # Left out: terms of three letters or fewer ("set", "cit"), CJK terms, short forms, "online".
    for left_out in ("set", "cit", "参照", "见于", "vid.", "online", "aanlyn"):
        assert left_out not in terms


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # CSL "retrieved" … "from" (APA's shape) in Polish, Swedish, Croatian, Greek.
        ("Raport roczny. GUS. Pobrano 3 marca 2024, z https://stat.gov.pl/raport", dt.date(2024, 3, 3)),
        ("Årsrapport. SCB. Hämtad 3 mars 2024, från https://www.scb.se/rapport", dt.date(2024, 3, 3)),
        (
            "Godišnje izvješće. DZS. https://dzs.gov.hr/izvjesce. Pristupljeno 3. ožujka 2024.",
            dt.date(2024, 3, 3),
        ),
        (
            "Ετήσια έκθεση. ΕΛΣΤΑΤ. https://www.statistics.gr/x. ημερομηνία πρόσβασης 3 Μαρτίου 2024.",
            dt.date(2024, 3, 3),
        ),
        # Numeric dates after a Finnish and a Czech term.
        ("Vuosikertomus. Tilastokeskus [viitattu 03.04.2024]. https://stat.fi/x", dt.date(2024, 4, 3)),
        ("Výroční zpráva. ČSÚ. Získáno 03.04.2024 z https://www.czso.cz/x", dt.date(2024, 4, 3)),
        # Vancouver's "[cited <date>]" in Spanish (heldback-19's first-blind shape) and Polish.
        (
            "Academia Khan [Internet]. Khanacademy.org. [citado el 12 de marzo de 2025]. Disponible en: "
            "https://es.khanacademy.org/math/",
            dt.date(2025, 3, 12),
        ),
        (
            "Raport [Internet]. Warszawa: GUS; 2020 [cytowane 3 marca 2024]. https://stat.gov.pl/x",
            dt.date(2024, 3, 3),
        ),
    ],
)
def test_csl_terms_label_access_dates(text: str, expected: dt.date) -> None:
    assert parse_entry(text).access_date == expected


def test_the_date_only_the_title_as_before() -> None:
    # The CSL pass adds the date and nothing else: where the head and the title end is decided as it
    # was without it (a hand-list label would end the head; a CSL term does not).
    text = "Raport roczny. GUS. Pobrano 3 marca 2024, z https://stat.gov.pl/raport"
    fields = parse_entry(text)
    assert fields.title == "Raport roczny"
    assert fields.urls == ["https://stat.gov.pl/raport"]
    assert csl_access_date(text) == (dt.date(2024, 3, 3), text.index("Pobrano"), text.index(", z") + 1)


@pytest.mark.parametrize(
    "text",
    [
        # "cited" outside brackets is the notes styles' "op. cit.": no access date.
        "Dupont, Histoire de la Gaule, cité 12 mars 2024, p. 3.",
        "Müller, Geschichte, zitiert 3. März 2024. https://example.de/a",
        # An ordinary word with no date after it labels nothing and cuts no title.
        "Pobrano dane z portalu GUS. Raport roczny. https://stat.gov.pl/raport",
        # Danish "set" (three letters) is left out: "data set" before a date is no access label.
        "Climate data set 12 May 2020. Met Office.",
        # A term inside a word is no term ("hentet" in "hentetid").
        "Hentetid 3 marts 2024. Rapport.",
    ],
)
def test_near_misses_get_no_access_date(text: str) -> None:
    assert parse_entry(text).access_date is None
    assert csl_access_date(text) is None


def test_hand_list_labels_are_read_first() -> None:
    # The hand list's label wins where it finds a date: the CSL pass is not consulted.
    fields = parse_entry("Page. Site. https://example.org/x. Accessed 5 May 2025.")
    assert fields.access_date == dt.date(2025, 5, 5)
    assert fields.title == "Page"


@pytest.mark.parametrize(
    "label",
    [
        "Accessed",
        "Retrieved",
        "Erişim tarihi",
        "дата обращения",
        "дата звернення",
        "abgerufen am",
        "consulté le",
        "Acesso em",
        "consultado el",
        "consultato il",
        "dostęp",
        "geraadpleegd op",
        "diakses",
        "citováno",
        "تاريخ الاطلاع",
        "دسترسی",
        # Georgian: the hand list had its branch, but the fast search had no stem for it.
        "ბოლო ნახვა",
        "წვდომის თარიღი",
        "ნახვის თარიღი",
    ],
)
def test_every_hand_list_branch_is_searched(label: str) -> None:
    from citecheck.parse.dates import ACCESS_LABEL, iter_access_labels

    text = f"Title. {label}: 03.03.2024. https://example.org/x"
    assert (
        [m.span() for m in iter_access_labels(text)] == [m.span() for m in ACCESS_LABEL.finditer(text)] != []
    )


def test_georgian_word_alone_is_no_label() -> None:
    from citecheck.parse.dates import iter_access_labels

    assert list(iter_access_labels("ბოლო წლებში 03.03.2024")) == []
