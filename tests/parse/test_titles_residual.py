"""Guard tests for branch p10-titles-residual: titles inside found entries, by mechanism across parts.

The family x part table and the data behind each rule are in fixtures/parse-eval/README.md, "Branch
p10-titles-residual", and in the rule's module docstring (citecheck/parse/author_heads.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from citecheck.parse import parse_bytes
from citecheck.parse.author_heads import author_head_end, surname_initials_heads


def _titles(heading: str, entries: list[str]) -> list[str | None]:
    document = "# Report\n\nSome text [1].\n\n" + heading + "\n\n"
    document += "\n".join(f"{number}. {entry}" for number, entry in enumerate(entries, 1)) + "\n"
    parsed = parse_bytes(document.encode(), path="probe.md", today=dt.date(2026, 12, 1))
    found = {fn.label: fn.title for fn in parsed.footnotes}
    return [found.get(str(number)) for number in range(1, len(entries) + 1)]


def test_surname_initials_heads_real_shapes() -> None:
    # heldback-19's Ukrainian DSTU list, heldback-22's Russian GOST thesis, heldback-23's DSTU list.
    titles = _titles(
        "## Список використаних джерел",
        [
            "López de Prado M. Advances in Financial Machine Learning. Wiley, 2018.",
            "Garey M. R., Johnson D. S. Computers and Intractability: A Guide to the Theory of "
            "NP-Completeness. – New York: W. H. Freeman and Company, 1979. – 340 p.",
            "Fielding R. T. Architectural Styles and the Design of Network-based Software Architectures. "
            "Doctoral dissertation. University of California, Irvine, 2000.",
            "Hull J. Options, Futures, and Other Derivatives. Pearson, 2018.",
        ],
    )
    assert titles == [
        "Advances in Financial Machine Learning",
        "Computers and Intractability: A Guide to the Theory of NP-Completeness",
        "Architectural Styles and the Design of Network-based Software Architectures",
        "Options, Futures, and Other Derivatives",
    ]


def test_surname_initials_heads_invented_variants() -> None:
    # The same shape with particles, three initials, three authors, Polish semicolons, Spanish.
    titles = _titles(
        "## Bibliografía",
        [
            "Van der Aalst W. M. P. Process Mining: Data Science in Action. Berlin: Springer, 2016. 467 p.",
            "Goodfellow I., Bengio Y., Courville A. Deep Learning. Cambridge: MIT Press, 2016. 800 p.",
            "de la Cruz J. M., Pérez A. Métodos numéricos aplicados. Madrid: Síntesis; 2015.",
            "Kowalski J.; Nowak P. Podstawy automatyki. Warszawa: PWN; 2012.",
        ],
    )
    assert titles == [
        "Process Mining: Data Science in Action",
        "Deep Learning",
        "Métodos numéricos aplicados",
        "Podstawy automatyki",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "World War I. The Aftermath of the Conflict. History Press, 2014.",  # a title, not a name
        "Chapter V. Results and Discussion. Internal report, 2020.",  # a Roman numeral
        "Cómbita-Pulido, J. E., Uribe, P. C., Serrano, L. H. y Herrera, L. K. (2020).",  # APA goes on
        "Pre-Trained Models A. Survey of the Field.",  # several capitalised words, one initial
    ],
)
def test_author_head_near_misses(text: str) -> None:
    assert author_head_end(text) is None


@dataclass
class _Entry:
    title: str | None


def test_one_list_one_style_and_quoted_titles() -> None:
    # A lone given-name-first link in a list of other shapes keeps its title (heldback-8's link list).
    lone = [_Entry("George R.R. Martin Quotes, Goodreads"), _Entry("Title Two"), _Entry("Title Three")]
    surname_initials_heads(
        lone, ["George R.R. Martin Quotes, Goodreads", "Title Two. Site, 2020.", "Title Three. Site."]
    )
    assert lone[0].title == "George R.R. Martin Quotes, Goodreads"
    # A quoted title read after the names stands (a calibration German footnote list).
    quoted = [_Entry("Little's Law"), _Entry("Theory of Games")]
    surname_initials_heads(
        quoted,
        [
            'John D. C. Little, Stephen C. Graves, "Little\'s Law", Chapter 5,',
            "Neumann J. Theory of Games. Princeton, 1944.",
        ],
    )
    assert quoted[0].title == "Little's Law"


@dataclass
class _Linked:
    title: str | None
    urls: list[str]


def test_trailing_month_dates_real_and_invented() -> None:
    from citecheck.parse.trailing_dates import month_names, trailing_month_dates

    assert {"february", "październik", "października", "май", "мая", "červen"} <= month_names()
    entries = [
        # heldback-17's numbered references, heldback-27's publisher list.
        _Linked(
            "NIST Cybersecurity Framework 2.0 (CSWP 29), February 2024",
            ["https://csrc.nist.gov/pubs/cswp/29/final"],
        ),
        _Linked(
            "BACH User Guide Summary, January 2022", ["https://www.eccbso.org/BACH_Summary_Userguide.pdf"]
        ),
        # The same shape in other languages (CLDR's names, format and stand-alone forms).
        _Linked("Raport o stanie gospodarki, październik 2022", ["https://example.pl/raport"]),
        _Linked("Relatório de inflação, dezembro de 2023", ["https://example.br/relatorio"]),
        _Linked("Обзор финансовой стабильности, май 2024", ["https://example.ru/obzor"]),
    ]
    trailing_month_dates(entries)
    assert [e.title for e in entries] == [
        "NIST Cybersecurity Framework 2.0 (CSWP 29)",
        "BACH User Guide Summary",
        "Raport o stanie gospodarki",
        "Relatório de inflação",
        "Обзор финансовой стабильности",
    ]


def test_trailing_month_dates_near_misses() -> None:
    from citecheck.parse.trailing_dates import trailing_month_dates

    entries = [
        # The address repeats the date: the page's own name (heldback-2, heldback-21).
        _Linked(
            "World Economic Outlook Database, October 2024",
            ["https://www.imf.org/en/Publications/WEO/weo-database/2024/October"],
        ),
        _Linked("Report on the events of May 2024", ["https://example.org/report"]),  # no comma
        _Linked("Energy Outlook, 2024", ["https://example.org/outlook"]),  # a bare year
        _Linked("Minutes, March 2024", ["https://example.org/minutes"]),  # one word would be left
    ]
    trailing_month_dates(entries)
    assert [e.title for e in entries] == [
        "World Economic Outlook Database, October 2024",
        "Report on the events of May 2024",
        "Energy Outlook, 2024",
        "Minutes, March 2024",
    ]
