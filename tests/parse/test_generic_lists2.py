"""Entries inside source lists, read the generic way (citecheck/parse/generic.py, branch
p10-generic2): a second list numbered again from 1, entries run together in one paragraph (a list
pasted from a PDF), HTML table rows, author-date entries glued at an address. Invented entries, each
shape beside a near miss the rule must leave alone."""

from __future__ import annotations

import datetime as dt

from citecheck.models import Document
from citecheck.parse import parse_text

TODAY = dt.date(2026, 12, 1)


def _parse(text: str) -> Document:
    return parse_text(text, path="x.md", fmt="markdown", today=TODAY)


def _notes(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {fn.label: (fn.title, fn.url) for fn in _parse(text).footnotes if fn.kind != "inline"}


# -- (b) a second list numbered again from 1 -------------------------------------------------------

_TWO_LISTS = (
    "# Sources\n\n### Literature we drew on:\n\n"
    "1. Moreau, L. (2019). *Tidal Mills of Brittany.* Rennes: PUR. [DOI](https://doi.org/10.9999/tm.1)\n\n"
    "2. Varga, P. (2021). *Millstones and Markets.* Leiden: Brill. [DOI](https://doi.org/10.9999/mm.2)\n\n"
    "3. Okafor, N. (2017). *Water Power in Europe.* London: Routledge. [Link](https://books.example.org/wp)\n\n\n"
    "### Further tutorials:\n\n"
    "1. [Grinding basics](https://mills.example.com/basics)\n\n"
    "2. [Sluice gates explained](https://water.example.net/sluice)\n\n"
    "3. [Mill pond surveys](https://survey.example.org/ponds)\n\n"
    "4. [Building a model mill](https://hobby.example.com/model-mill)\n"
)


def test_second_list_from_one_keeps_the_first_lists_labels() -> None:
    notes = _notes(_TWO_LISTS)
    assert notes["1"][1] == "https://doi.org/10.9999/tm.1"
    assert notes["3"][1] == "https://books.example.org/wp"
    # The second list's labels the first holds are qualified by the list's place; "4" is its own.
    assert notes["2.1"] == ("Grinding basics", "https://mills.example.com/basics")
    assert notes["2.3"][1] == "https://survey.example.org/ponds"
    assert notes["4"] == ("Building a model mill", "https://hobby.example.com/model-mill")
    duplicates = [f for f in _parse(_TWO_LISTS).findings if f.code == "duplicate-footnote"]
    assert duplicates == []


def test_near_miss_a_stray_repeated_label_stays_a_duplicate() -> None:
    # One list 1-4 and a second "2." alone: no second list, the duplicate is reported as before.
    text = (
        "Mills ran on the tide [1] and on rivers [2], [3], [4].\n\n## References\n\n"
        "1. Moreau, L. (2019). Tidal Mills of Brittany. https://a.example.org/1\n"
        "2. Varga, P. (2021). Millstones and Markets. https://b.example.org/2\n"
        "3. Okafor, N. (2017). Water Power in Europe. https://c.example.org/3\n"
        "4. Lind, K. (2015). Sluices. https://d.example.org/4\n\n"
        "## Appendix\n\n2. Varga, P. (2021). Millstones and Markets, 2nd ed. https://e.example.org/5\n"
    )
    labels = [fn.label for fn in _parse(text).footnotes if fn.kind != "inline"]
    assert not any("." in label for label in labels)


# -- (c) entries run together in one paragraph ------------------------------------------------------

_JOINED = (
    "Region systems were studied widely [2, 5].\n\n## 7. REFERENCES\n\n"
    "[1 A. Lindqvist, B. Ortega, and C. Mbeki. Static regions for functional programs. In Proceedings "
    "of the Symposium on Language Design, Oslo, June 1997. [2]D. Novak. Escape analysis for objects. "
    "In Proceedings of the Conference on Object Systems, Lyon, May 2001. [3| E. Haddad and F. Kim. "
    "The Pocket Benchmarks. 2003. http://bench.example.org/pocket [4] G. Rossi. Scoped memory in "
    "practice. Master's thesis, University of Pisa, 2005 [5] H. Tanaka. Explicit regions revisited. "
    "In Proceedings of the Workshop on Memory, Tokyo, 2008.\n"
)


def test_entries_run_together_split_at_labels_in_sequence() -> None:
    notes = _notes(_JOINED)
    assert list(notes) == ["1", "2", "3", "4", "5"]
    assert notes["3"][1] == "http://bench.example.org/pocket"
    assert notes["2"][0] == "Escape analysis for objects"
    assert notes["5"][0] == "Explicit regions revisited"


def test_near_miss_prose_citing_in_order_is_not_split() -> None:
    # A paragraph citing [1], [2], [3] in order, under no sources lead and undated: prose.
    text = (
        "# Design notes\n\n[1] is where the first idea came from, which the team later extended as "
        "described in [2] because the original approach did not scale to large heaps, and then "
        "refined again in [3] once measurements from the deployment showed where the time went; the "
        "rest of this note explains how these ideas fit together in the current allocator.\n"
    )
    # The list finder's own reading (one note "1") stands: nothing is split off it.
    assert list(_notes(text)) == ["1"]


def test_near_miss_labels_out_of_sequence_are_text() -> None:
    # "[3, 9]" cited inside an entry is not a boundary; only "[2]" after "[1]" is.
    notes = _notes(
        "## References\n\n[1] A. Lindqvist. Static regions, as in [3, 9]. Oslo, 1997. [2] D. Novak. "
        "Escape analysis for objects. Lyon, 2001. [3] E. Haddad. The Pocket Benchmarks, an extended "
        "report with many details on the suite. Seoul, 2003.\n"
    )
    assert list(notes) == ["1", "2", "3"]
    assert notes["2"][0] == "Escape analysis for objects"


# -- (a) HTML tables read as rows ---------------------------------------------------------------------


def _html_notes(html: str) -> dict[str, tuple[str | None, str | None]]:
    document = parse_text(html, path="x.html", fmt="html", today=TODAY)
    return {fn.label: (fn.title, fn.url) for fn in document.footnotes if fn.kind != "inline"}


_ROWS = "<tr><td>{n}</td><td>{title}</td><td><a href='{url}'>{host}</a></td></tr>"


def _table(header: str, rows: list[tuple[str, str, str]]) -> str:
    body = "".join(
        _ROWS.format(n=n, title=title, url=url, host=url.split("/")[2])
        for n, (title, url, _) in enumerate(rows, start=1)
    )
    return f"<table><tr>{header}</tr>{body}</table>"


_HARBOUR = [
    ("Satamatilasto vuodelta", "https://stat.example.fi/satama", ""),
    ("Kauppa ja merenkulku", "https://meri.example.fi/kauppa", ""),
    ("Ruoppausraportti", "https://ruoppaus.example.fi/raportti.pdf", ""),
]


def test_html_table_rows_under_a_header_naming_sources() -> None:
    # Each cell is a block of the HTML reader's; the row is one line again, its header row the lead
    # ("Lähde": Finnish for source), a link whose text is a host name giving its address only.
    html = (
        "<html><body><h1>Satama</h1><p>Satama kasvoi [1] ja kauppa seurasi [2].</p>"
        + _table("<th>#</th><th>Lähde</th><th>Linkki</th>", _HARBOUR)
        + "</body></html>"
    )
    notes = _html_notes(html)
    assert notes == {
        "1": ("Satamatilasto vuodelta", "https://stat.example.fi/satama"),
        "2": ("Kauppa ja merenkulku", "https://meri.example.fi/kauppa"),
        "3": ("Ruoppausraportti", "https://ruoppaus.example.fi/raportti.pdf"),
    }


def test_near_miss_html_table_of_downloads() -> None:
    # The same rows under a header naming no sources, uncited and undated: a downloads table.
    html = (
        "<html><body><h1>Tool</h1><p>Pick a build.</p>"
        + _table("<th>#</th><th>Build</th><th>Mirror</th>", _HARBOUR)
        + "</body></html>"
    )
    assert _html_notes(html) == {}


# -- (c') an author-date list whose entries are glued at their addresses -----------------------------

_GLUED_LIST = (
    "# Dredging\n\nThe port grew (Moreau, 2019) and trade followed (Varga, 2021).\n\n## References\n\n"
    "Moreau, L. 2019. Tidal Mills of Brittany. [Online]. Available from: https://mills.example.org/"
    "brittany/.Port Authority of Lyon 2020. Annual Dredging Report. [Online]. Available from: "
    "https://port.example.fr/report.\n\n"
    "Varga, P. 2021. Millstones and Markets. [Online]. Available from: https://markets.example.net/mm.\n\n"
    "Okafor, N. 2017. Water Power in Europe. [Online]. Available from: https://water.example.com/wp.\n"
)


def test_entries_glued_at_an_address_are_split_and_counted_on() -> None:
    notes = _notes(_GLUED_LIST)
    assert notes["1"] == ("Tidal Mills of Brittany", "https://mills.example.org/brittany/")
    assert notes["2"] == ("Annual Dredging Report", "https://port.example.fr/report")
    assert notes["3"][1] == "https://markets.example.net/mm"
    assert notes["4"][1] == "https://water.example.com/wp"


def test_near_miss_a_dotted_path_segment_is_no_glue() -> None:
    # "/.NET Guide" is followed by no reference of its own (no year): the entry stays whole.
    text = _GLUED_LIST.replace(
        "https://mills.example.org/brittany/.Port Authority of Lyon 2020. Annual Dredging Report. [Online]. "
        "Available from: https://port.example.fr/report.",
        "https://mills.example.org/brittany/.Net notes",
    )
    notes = _notes(text)
    assert list(notes) == ["1", "2", "3"]
    assert notes["2"][1] == "https://markets.example.net/mm"


def test_near_miss_a_numbered_list_is_not_renumbered() -> None:
    # Entries that write their labels ("1.", "2.") keep them: a glued entry is not split there.
    text = (
        "# Dredging\n\nThe port grew [1] and trade followed [2], [3].\n\n## References\n\n"
        "1. Moreau, L. 2019. Tidal Mills of Brittany. Available from: https://mills.example.org/b/.Port "
        "Authority of Lyon 2020. Annual Dredging Report. Available from: https://port.example.fr/report.\n"
        "2. Varga, P. 2021. Millstones and Markets. Available from: https://markets.example.net/mm.\n"
        "3. Okafor, N. 2017. Water Power in Europe. Available from: https://water.example.com/wp.\n"
    )
    notes = _notes(text)
    assert list(notes) == ["1", "2", "3"]
    assert notes["2"][1] == "https://markets.example.net/mm"
