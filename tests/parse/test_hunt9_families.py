"""Rules from the failure hunt of branch s37-hunt9 (21 new real documents of the product's core kind as publishers put
it on the web: think-tank analyses and commentaries saved as their article HTML, policy analyses exported from Word to
Markdown, named-footnote commentaries and research-assistant reports, in 6 languages): each has a case where it fires
and a near miss where it must not; the data that justifies it is named with it (fixtures/parse-eval, part
"p37hunt9 (studied)").
"""

from __future__ import annotations

import datetime as dt

from citecheck.parse import parse_text
from citecheck.parse.styles import tidy_title, title_and_publisher

TODAY = dt.date(2026, 12, 7)


def _notes(text: str, fmt: str = "html") -> dict[str, tuple[str | None, str | None, dt.date | None, str]]:
    suffix = {"html": "x.html", "text": "x.txt"}.get(fmt, "x.md")
    document = parse_text(text, path=suffix, fmt=fmt, today=TODAY)
    return {fn.label: (fn.title, fn.url, fn.access_date, fn.kind) for fn in document.footnotes}


# --- A notes section that is one item of an accordion (html._notes_section_item) ---------------------------------
# Data: the seven studied saved Brookings articles (a 'Footnotes' accordion item holding '<ol><li id="footnote-0">'):
# their 103 notes read as two entries ('Acknowledgements and disclosures …', 'Footnotes Beginning in …'), every
# label after them one off; titles 41.0 % -> 91.0 %, URLs 44.7 % -> 97.1 % of the part's chicago-notes.

_ACCORDION = """<html><body><article>
<p>Sentiment fell.<a class="citation" id="citation-1"><sup>1</sup></a> Wages rose.<a class="citation"
id="citation-2"><sup>2</sup></a></p>
<div class="byo-block footnotes acknowledgements">
<ul class="accordion">
<li class="accordion-item"><a aria-controls="a1" href="#"><span class="h3">Acknowledgements and disclosures</span></a>
<div id="a1"><p>The Brookings Institution is financed through the support of a diverse array of foundations.</p></div>
</li>
<li class="accordion-item"><a aria-controls="a2" href="#"><span class="h3">{title}</span></a>
<div id="a2"><ol>
<li{id0}>Decker, Ryan A. 2023. “Surging Business Formation in the Pandemic.” <a
href="https://doi.org/10.1353/eca.2023.a935424">https://doi.org/10.1353/eca.2023.a935424</a>.</li>
<li{id1}>Ip, Greg. 2023. “The Economy Is Great. Why Are Americans in Such a Rotten Mood?” Wall Street Journal. <a
href="https://www.wsj.com/economy/x">https://www.wsj.com/economy/x</a>.</li>
</ol></div>
</li>
</ul>
</div>
</article></body></html>
"""


def test_accordion_item_headed_footnotes_holds_the_notes() -> None:
    notes = _notes(_ACCORDION.format(title="Footnotes", id0="", id1=""))
    assert notes["1"][:2] == (
        "Surging Business Formation in the Pandemic",
        "https://doi.org/10.1353/eca.2023.a935424",
    )
    assert notes["2"][1] == "https://www.wsj.com/economy/x"


def test_accordion_item_whose_list_items_carry_note_ids_holds_the_notes() -> None:
    notes = _notes(_ACCORDION.format(title="Further reading", id0=' id="footnote-0"', id1=' id="footnote-1"'))
    assert notes["1"][1] == "https://doi.org/10.1353/eca.2023.a935424"
    assert notes["2"][1] == "https://www.wsj.com/economy/x"


_NOTE_WITH_LIST = """<html><body><article>
<p>Claim one.<sup><a href="#fn1">1</a></sup> Claim two.<sup><a href="#fn2">2</a></sup></p>
<div class="footnotes"><ol>
<li id="fn1">See:<ul><li>“First Report,” Agency A, https://a.example/one</li>
<li>“Second Report,” Agency B, https://b.example/two</li></ul></li>
<li id="fn2">“Third Report,” Agency C, https://c.example/three</li>
</ol></div>
</article></body></html>
"""


def test_a_note_carrying_a_list_of_its_own_stays_one_note() -> None:
    notes = _notes(_NOTE_WITH_LIST)
    assert notes["1"][1] == "https://a.example/one"
    assert notes["2"][1] == "https://c.example/three"


# --- A link whose text is another whole address cites the shown one (markdown.shown_address) --------------------
# Data: the studied Polish analyses converted from Word (rodm-lodz.pl): 12 of their 21 linked notes show one address
# and link the first note's ('[https://www.youtube.com/watch?v=CweqW7Pzxz8](https://washington.org/ "…")'), every one
# read as that first address; docx-notes URLs 51.9 % -> 100 %.

_WORD_NOTES = (
    "Trump odmówił debaty[\\[1\\]](#_ftn1), a sondaże spadły[\\[2\\]](#_ftn2).\n\n"
    "[\\[1\\]](#_ftnref1) Waszyngton: [https://washington.org/](https://washington.org/ "
    '"https://washington.org/"), \\[dostęp: 6.10.2020\\].\n\n'
    "[\\[2\\]](#_ftnref2) {shown}, \\[dostęp: 16.10.2020\\].\n"
)


def test_link_showing_another_whole_address_cites_the_shown_address() -> None:
    shown = '[https://www.youtube.com/watch?v=rjwWG6kJ6io](https://washington.org/ "https://washington.org/")'
    notes = _notes(_WORD_NOTES.format(shown=shown), fmt="markdown")
    assert notes["1"][1] == "https://washington.org/"
    assert notes["2"][1] == "https://www.youtube.com/watch?v=rjwWG6kJ6io"
    assert notes["2"][2] == dt.date(2020, 10, 16)


def test_link_showing_its_site_or_a_cut_address_keeps_its_target() -> None:
    site = "[https://www.youtube.com](https://www.youtube.com/watch?v=rjwWG6kJ6io)"
    assert _notes(_WORD_NOTES.format(shown=site), fmt="markdown")["2"][1] == (
        "https://www.youtube.com/watch?v=rjwWG6kJ6io"
    )
    cut = "[https://www.youtube.com/watch?v=rjw...](https://www.youtube.com/watch?v=rjwWG6kJ6io)"
    assert _notes(_WORD_NOTES.format(shown=cut), fmt="markdown")["2"][1] == (
        "https://www.youtube.com/watch?v=rjwWG6kJ6io"
    )
    title = "[Wywiad z Trumpem](https://www.youtube.com/watch?v=rjwWG6kJ6io)"
    assert _notes(_WORD_NOTES.format(shown=title), fmt="markdown")["2"][1] == (
        "https://www.youtube.com/watch?v=rjwWG6kJ6io"
    )


def test_html_link_showing_another_whole_address_cites_the_shown_address() -> None:
    page = (
        '<html><body><article><p>Claim.<a href="#_ftn1" name="_ftnref1">[1]</a></p>'
        '<p><a href="#_ftnref1" name="_ftn1">[1]</a> <a href="https://washington.org/">'
        "https://www.cnbc.com/2020/10/12/bill-gates.html</a>, [dostęp: 7.10.2020].</p>"
        "</article></body></html>"
    )
    assert _notes(page)["1"][1] == "https://www.cnbc.com/2020/10/12/bill-gates.html"
    same = page.replace("https://washington.org/", "https://www.cnbc.com/2020/10/12/bill-gates.html/")
    assert _notes(same)["1"][1] == "https://www.cnbc.com/2020/10/12/bill-gates.html/"


# --- A year inside a title is no author's year (styles._bare_year_title, styles._SHORT_CITE) ---------------------
# Data: the studied Italian research-assistant report on the 2025 referendums: "Referendum 2025: cosa prevedono i 5
# quesiti, e per cosa si vota" read as the author "Referendum" and the title "cosa prevedono …", "Referendum
# abrogativi 2025" as a short citation "Name Name 2025" with no title (3 titles); calibration's "National AI
# Initiative Act of 2020" and "Safe Actor Programming with MPST (2026)" were short citations too.


def test_lower_case_after_a_year_and_colon_keeps_the_year_in_the_title() -> None:
    assert title_and_publisher("Referendum 2025: cosa prevedono i 5 quesiti, e per cosa si vota")[0] == (
        "Referendum 2025: cosa prevedono i 5 quesiti, e per cosa si vota"
    )
    assert (
        title_and_publisher("Cua, G., 2005: Real-time earthquake detection")[0]
        == "Real-time earthquake detection"
    )
    assert title_and_publisher("Python Software Foundation, 2023. ssl — TLS/SSL wrapper for socket objects")[
        0
    ] == ("ssl — TLS/SSL wrapper for socket objects")


def test_title_with_a_year_and_lower_case_words_is_no_short_citation() -> None:
    assert title_and_publisher("Referendum abrogativi 2025")[0] == "Referendum abrogativi 2025"
    assert title_and_publisher("McHugh & de Kloet 1988") == (None, None)
    assert title_and_publisher("Smith and Jones 2001, pp. 4-5") == (None, None)


# Data: the studied Italian report's "[PDF] GLOBAL TRENDS 2025: A TRANSFORMED WORLD" and calibration's
# es-deepresearch-pdftext-webdesign "Top 50 Best Websites 2025: Get inspired." (3 titles read as their subtitles).


def test_year_run_into_capitals_or_a_number_before_a_colon_is_the_titles_own() -> None:
    assert (
        title_and_publisher("GLOBAL TRENDS 2025: A TRANSFORMED WORLD")[0]
        == "GLOBAL TRENDS 2025: A TRANSFORMED WORLD"
    )
    assert title_and_publisher("Top 25 Best-Website Designs of 2025: Digital Masterpieces")[0] == (
        "Top 25 Best-Website Designs of 2025: Digital Masterpieces"
    )
    assert title_and_publisher("O'Neil 2004: Real-time atmospheric scattering")[0] == (
        "Real-time atmospheric scattering"
    )


# --- A locator's abbreviation closing a title is no word of it (styles._LOCATOR_STUB) ----------------------------
# Data: the studied Spanish case study's "[^ue]: Reglamento (UE) 2024/1689 (Reglamento de Inteligencia Artificial),
# arts. 2, 4, 50, 111 y 113: <URL>" read as "…), arts".


def test_article_locator_stub_is_cut_from_the_title() -> None:
    assert tidy_title("Reglamento (UE) 2024/1689 (Reglamento de Inteligencia Artificial), arts") == (
        "Reglamento (UE) 2024/1689 (Reglamento de Inteligencia Artificial)"
    )
    assert (
        tidy_title("Museum Guide to Science, Technology, Arts") == "Museum Guide to Science, Technology, Arts"
    )
