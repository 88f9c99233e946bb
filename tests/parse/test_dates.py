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
