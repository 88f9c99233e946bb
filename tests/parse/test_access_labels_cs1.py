"""Access labels of the Wikipedias whose "Retrieved" the parse eval has no list in (citecheck.parse.dates,
_ACCESS_LABELS): each wiki's citation templates print their own word before the access date."""

from __future__ import annotations

import datetime as dt

import pytest

from citecheck.parse.entries import parse_entry

MARCH_5 = dt.date(2024, 3, 5)


@pytest.mark.parametrize(
    "entry",
    [
        "“Katter”. SVT. Läst 5 mars 2024.",
        "“Кіт”. Укрінформ. Процитовано 5 березня 2024.",
        "“Katter”. NRK. Besøkt 5. mars 2024.",
        "“Katter”. NRK. Lest 5. mars 2024.",
        "“Macska”. Index. Hozzáférés: 2024. március 5.",
        "“Pisici”. Digi24. Accesat în 5 martie 2024.",
        "“Γάτα”. Kathimerini. Ανακτήθηκε στις 5 Μαρτίου 2024.",
        "“Mèo”. VnExpress. Truy cập ngày 5 tháng 3 năm 2024.",
        "“חתול”. הארץ. אוחזר ב-5 במרץ 2024.",
        "“Mačka”. Index.hr. Pristupljeno 5. ožujka 2024.",
        "“Мачка”. РТС. Приступљено 5. марта 2024.",
    ],
)
def test_a_wikis_own_retrieved_label_gives_the_access_date(entry: str) -> None:
    fields = parse_entry(entry)
    assert fields.access_date == MARCH_5
    assert fields.title is not None and fields.title in entry


@pytest.mark.parametrize(
    "entry",
    [
        # Near misses: the same words without a date after them label nothing.
        "“Boken”. Läst av många. 2020.",
        "“Boka”. Lest av mange. Oslo, 2020.",
        "“Könyv”. Hozzáférés nélkül, 2020.",
    ],
)
def test_the_words_without_a_date_after_them_label_nothing(entry: str) -> None:
    assert parse_entry(entry).access_date is None
