"""Dates as footnotes write them, in six languages, numeric and written out."""

from __future__ import annotations

import datetime as dt

import pytest

from citecheck.parse.dates import find_dates, parse_date, parse_iso_date

NOV_14 = dt.date(2025, 11, 14)


@pytest.mark.parametrize(
    "text",
    [
        "14.11.2025",
        "14/11/2025",
        "2025-11-14",
        "2025/11/14",
        "11/14/2025",
        "14.11.25",
        "14 November 2025",
        "14th November 2025",
        "November 14, 2025",
        "Nov. 14, 2025",
        "14 Nov 2025",
        "14 ноября 2025",
        "14 ноября 2025 г.",
        "14 Kasım 2025",
        "14 KASIM 2025",
        "14. November 2025",
        "14 novembre 2025",
        "14 de noviembre de 2025",
    ],
)
def test_every_form_reads_as_the_same_day(text: str) -> None:
    assert parse_date(text) == NOV_14


@pytest.mark.parametrize(
    "text", ["31.02.2025", "2025-13-01", "14 Smarch 2025", "no date here", "page 14, 2025"]
)
def test_impossible_or_absent_dates_are_none(text: str) -> None:
    assert parse_date(text) is None


def test_day_first_unless_only_month_first_makes_sense() -> None:
    assert parse_date("03/04/2025") == dt.date(2025, 4, 3)
    assert parse_date("04/13/2025") == dt.date(2025, 4, 13)


def test_dates_inside_urls_are_not_dates() -> None:
    assert list(find_dates("https://elpais.com/internacional/2025-11-13/corredores.html")) == []


def test_find_dates_reports_spans() -> None:
    text = "published 24 October 2025, accessed 14.11.2025"
    found = list(find_dates(text))
    assert [value for value, _, _ in found] == [dt.date(2025, 10, 24), NOV_14]
    assert [text[start:end] for _, start, end in found] == ["24 October 2025", "14.11.2025"]


def test_iso_timestamps_from_metadata() -> None:
    assert parse_iso_date("2025-11-15T09:12:44+03:00") == dt.date(2025, 11, 15)
    assert parse_iso_date("15 November 2025") == dt.date(2025, 11, 15)
    assert parse_iso_date("2025-02-30T00:00:00Z") is None


def test_worded_access_dates_in_the_labels_language() -> None:
    from citecheck.parse.dates import ACCESS_LABEL, date_after_label

    for text, expected in [
        ("URL consultato il 28 febbraio 2020.", dt.date(2020, 2, 28)),
        ("[dostęp 24 kwietnia 2012]", dt.date(2012, 4, 24)),
        ("consulté le avril 25, 2025, [https", dt.date(2025, 4, 25)),
        ("[cited 2020 Apr 20]. Available", dt.date(2020, 4, 20)),
        ("[Diakses: 02-Mei-2025].", dt.date(2025, 5, 2)),
        ("[Accessed: 06 - Feb - 2019]", dt.date(2019, 2, 6)),
    ]:
        label = ACCESS_LABEL.search(text)
        assert label is not None
        found = date_after_label(text, label.end(), label.lastgroup)
        assert found is not None and found[0] == expected, text


def test_a_month_only_access_statement_is_no_date() -> None:
    from citecheck.parse.entries import parse_entry

    assert (
        parse_entry(
            "“T”, Acme. [Online]. Available: https://acme.example/a. [Accessed: Apr. 2026]."
        ).access_date
        is None
    )


def test_slashed_dates_follow_the_documents_own_order() -> None:
    from citecheck.parse.entries import parse_entries

    us = parse_entries(
        [
            ("“A”, https://acme.example/a, accessed 12/25/2023.", [], []),
            ("“B”, https://acme.example/b, accessed 03/04/2024.", [], []),
        ]
    )
    assert [f.access_date for f in us] == [dt.date(2023, 12, 25), dt.date(2024, 3, 4)]
    elsewhere = parse_entries(
        [
            ("“A”, https://acme.example/a, accessed 25/12/2023.", [], []),
            ("“B”, https://acme.example/b, accessed 03/04/2024.", [], []),
        ]
    )
    assert [f.access_date for f in elsewhere] == [dt.date(2023, 12, 25), dt.date(2024, 4, 3)]
    # A non-English label keeps day first whatever the other dates say.
    mixed = parse_entries(
        [
            ("“A”, https://acme.example/a, accessed 12/25/2023.", [], []),
            ("“B”, https://x.example/b, Acesso em: 03/04/2024.", [], []),
        ]
    )
    assert mixed[1].access_date == dt.date(2024, 4, 3)
