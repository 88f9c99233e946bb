"""Whole saved pages added on branch s34-pages (fixtures/parse-eval-pages, truth.toml's pages from
scrapinghub/article-extraction-benchmark and Murrough-Foley/web-content-extraction-benchmark): the
families learnt on the studied pages, each with a test that fires and a near miss.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from lxml import html as lxml_html

from citecheck.parse import parse_bytes
from citecheck.parse.entries import _Access, _access_year_group
from citecheck.parse.html import _content, _paragraph_lengths, _source_box_entries, _source_boxes_outside

from .conftest import saved_page_notes, source_list_titles

TODAY = dt.date(2026, 12, 1)
PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "parse-eval-pages" / "pages"

# A headed box of sources beside the article (html._source_boxes_outside). Real data: PolitiFact's
# fact checks print "<h3 class='widget__header'>Sources:</h3><div><p>Publisher, "<a>Title</a>,"
# date</p>…" in the page's <aside>, outside its <article> (fixtures/parse-eval-pages
# politifact-border-drugs.html: 0/8 entries read before, 6/8 after; the two email interviews cite
# no link).


def test_sources_box_beside_the_article_is_read() -> None:
    html = (PAGES / "politifact-border-drugs.html").read_text(encoding="utf-8")
    root = lxml_html.document_fromstring(html)
    boxes = _source_boxes_outside(_content(root, _paragraph_lengths(root)), [])
    assert [element.tag for element in boxes] == ["h3", "div"]
    notes = saved_page_notes(html)
    assert notes["1"].title == "Rep. David McKinley Calls for Increase in Border Patrol Agent Ranks"
    assert notes["6"].url == "http://atforum.com/documents/wausid_results_report.pdf"


def test_sources_box_entries_near_miss_blogroll_of_bare_links() -> None:
    # trafilatura's saved telemedicus.info review: a sidebar "Quellen" whose 22 items are only
    # links to news sites, no source cited: no entry of a source box.
    box = lxml_html.fragment_fromstring(
        "<ul>"
        + "".join(f"<li><a href='https://news{n}.example.org/'>Heise online {n}</a></li>" for n in range(7))
        + "</ul>"
    )
    assert _source_box_entries(box) == []


def test_sources_box_entries_fire_on_cited_sources() -> None:
    box = lxml_html.fragment_fromstring(
        "<div>"
        + "".join(
            f'<p>Agency {n}, "<a href="https://agency{n}.gov/r">Report {n}</a>," Oct. {n}, 2019</p>'
            for n in range(3)
        )
        + "</div>"
    )
    assert len(_source_box_entries(box)) == 3


def test_sources_box_near_miss_not_a_notes_heading() -> None:
    html = (
        (PAGES / "politifact-border-drugs.html")
        .read_text(encoding="utf-8")
        .replace(">Sources:<", ">Related:<")
    )
    root = lxml_html.document_fromstring(html)
    assert _source_boxes_outside(_content(root, _paragraph_lengths(root)), []) == []


# APA's date group holding the year a page was read, "(Retrieved 2025)" (entries._access_year_group).
# Real data: Security.org's "Citations" (fixtures/parse-eval-pages securityorg-best-vpn.html: "Netflix.
# (Retrieved 2025). <em>Netflix-recommended internet speeds.</em> <a>URL</a>", three of five entries
# titled by their author before; titles 2/5 -> 5/5).


def test_retrieved_year_group_is_the_date_not_the_head_end() -> None:
    assert source_list_titles(
        [
            "Netflix. (Retrieved 2025). *Netflix-recommended internet speeds.* https://help.netflix.com/en/node/306",
            "Ookla Speedtest. (Retrieved 2025). Speedtest by Ookla – The Global Broadband Speed Test. https://www.speedtest.net/",
        ]
    ) == ["Netflix-recommended internet speeds", "Speedtest by Ookla – The Global Broadband Speed Test"]


def test_retrieved_year_group_near_miss_full_access_date() -> None:
    # A full date after the label is an access date, read as before (the head ends at its label).
    text = "Netflix. Internet speeds. (Retrieved March 3, 2025). https://help.netflix.com/en/node/306"
    parsed = parse_bytes(f"# R\n\nText [1].\n\n## Sources\n\n1. {text}\n".encode(), path="p.md", today=TODAY)
    (note,) = parsed.footnotes
    assert note.access_date == dt.date(2025, 3, 3)
    assert not _access_year_group(text, _Access(None, text.find("Retrieved"), None))
    year_only = "Netflix. (Retrieved 2025). Internet speeds. https://help.netflix.com/en/node/306"
    assert _access_year_group(year_only, _Access(None, year_only.find("Retrieved"), None))
    assert not _access_year_group("Netflix. Retrieved 2025 from https://x.org", _Access(None, 9, None))
