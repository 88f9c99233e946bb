"""Rules learnt on branch s39-pages from the fourteen whole saved pages that were held back until then
(fixtures/parse-eval-pages, spent to calibration on 2026-12-07): each with a test that fires and a near
miss it must not fire on.
"""

from __future__ import annotations

from pathlib import Path

from lxml import html as lxml_html

from citecheck.parse.html import _VANCOUVER_DATE_VOLUME, _names_or_dates
from citecheck.parse.regions import is_notes_heading

from .conftest import saved_page, saved_page_notes

PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "parse-eval-pages" / "pages"

# --- Starred note numbers linking each other (html._star_note_pairs): tDiary's and Hatena Blog's
# "*1" markers and notes. Real data: postlight/parser's saved tDiary day (takagi-nict-passwords.html),
# 0 of 12 notes found before.

_STAR_PAGE = (
    '<article><p>Der erste Satz ist hier<span class="footnote"><a name="fm01" href="./20190211.html#f01"'
    ' title="Die Notiz">*1</a></span> und der zweite Satz<span class="footnote"><a name="fm02"'
    ' href="./20190211.html#f02" title="Noch eine">*2</a></span> folgt ihm.</p>'
    "<p>Ein weiterer Absatz mit genug Worten, damit der Artikel als solcher gelesen wird.</p>"
    '<div class="footnote"><p class="footnote"><a name="f01" href="./20190211.html#fm01">*1</a>'
    ' Yamada, "Keiho no kiso", Tokyo 1993.</p><p class="footnote"><a name="f02"'
    ' href="./20190211.html#fm02">*2</a> See <a href="https://example.org/a">the report</a>.</p></div>'
    "</article>"
)


def test_starred_note_pairs_are_notes() -> None:
    notes = saved_page_notes(saved_page(_STAR_PAGE))
    assert {"1", "2"} <= set(notes)
    assert notes["2"].url == "https://example.org/a"


def test_starred_note_pairs_saved_tdiary_day() -> None:
    html = (PAGES / "takagi-nict-passwords.html").read_text(encoding="utf-8")
    notes = saved_page_notes(html)
    assert {str(n) for n in range(1, 13)} <= set(notes)
    assert notes["7"].url == "https://www.itmedia.co.jp/news/topics/accs.html"


def test_starred_links_near_miss_one_way_link() -> None:
    # A "*1" that links a place of the page which does not link back is no note pair.
    page = _STAR_PAGE.replace('href="./20190211.html#fm01"', 'href="./20190211.html#top"').replace(
        'href="./20190211.html#fm02"', 'href="./20190211.html#top"'
    )
    notes = saved_page_notes(saved_page(page))
    assert not {"1", "2"} & set(notes)


# --- Tufte-style sidenotes whose classes name a footnote (html._inline_note_marker): "<label
# class="margin-toggle footnote-number" for="1"></label><input type="checkbox" id="1"><span
# class="footnote">…</span>" (maggieappleton.com's Astro theme; maggieappleton-xanadu.html: 0/5 before).

_SIDENOTE = (
    '<article><p>Xanadu was never finished<span class="footnote-container"><label for="1"'
    ' class="margin-toggle footnote-number"></label><input type="checkbox" id="1" class="margin-toggle">'
    '<span class="footnote">See <a href="https://example.org/demo">the working demo</a>.</span></span>'
    " and the idea lived on in many other systems that people built later.</p>"
    "<p>Another paragraph of the essay, long enough to be read as the article's text.</p></article>"
)


def test_toggled_footnote_sidenote_is_a_note() -> None:
    notes = saved_page_notes(saved_page(_SIDENOTE))
    assert notes["1"].url == "https://example.org/demo"


def test_toggled_footnote_near_miss_unnumbered_margin_note() -> None:
    # Tufte's unnumbered margin note ("⊕", a toggle without a number class) stays where it is.
    page = _SIDENOTE.replace("margin-toggle footnote-number", "margin-toggle")
    assert "1" not in saved_page_notes(saved_page(page))


def test_maggieappleton_sidenotes() -> None:
    notes = saved_page_notes((PAGES / "maggieappleton-xanadu.html").read_text(encoding="utf-8"))
    assert notes["4"].url == "https://en.wikipedia.org/wiki/The_Nature_of_Order"


# --- A review of the literature is prose, not a list of sources (regions._literature_review).


def test_literature_review_is_no_notes_heading() -> None:
    for heading in ("Literature Review", "2. Literature review and hypotheses", "Revisão de literatura"):
        assert not is_notes_heading(heading, marked_heading=True), heading


def test_literature_review_near_miss_literature_cited() -> None:
    for heading in ("Literature Cited", "Literature", "Literaturverzeichnis", "References"):
        assert is_notes_heading(heading, marked_heading=True), heading


# --- An article's <footer> holding its reference list is its back matter (html._Walker._back_matter):
# PeerJ's JATS pages (peerj-state-of-oa.html: 0/17 found once the "Literature Review" list no longer
# took the numbers).

_REFS = "".join(
    f"<li>Author{n}, A. (2017). <cite>Title number {n} of the list</cite>. Journal {n}, 4, 1-9.</li>"
    for n in range(1, 5)
)


def _article_with_footer(footer: str) -> str:
    return saved_page(
        "<article><main><p>The body of the paper, long enough to be its article, cites work"
        " of others.</p><p>A second paragraph of the paper's body text.</p></main>"
        f'<footer class="back">{footer}</footer></article><footer><p>Site footer</p></footer>'
    )


def test_article_footer_with_references_is_read() -> None:
    page = _article_with_footer(
        f'<section id="references"><h2>References</h2><ul class="ref-list">{_REFS}</ul></section>'
    )
    notes = saved_page_notes(page)
    assert notes["3"].title == "Title number 3 of the list"


def test_article_footer_near_miss_without_a_sources_heading() -> None:
    page = _article_with_footer(f"<section><h2>Related articles</h2><ul>{_REFS}</ul></section>")
    assert "3" not in saved_page_notes(page)


def test_peerj_references_in_the_back_matter() -> None:
    notes = saved_page_notes((PAGES / "peerj-state-of-oa.html").read_text(encoding="utf-8"))
    assert (
        notes["1"].title == "When the wolf finally arrives: big deal cancelations in North American Libraries"
    )
    assert notes["2"].access_date is not None and notes["2"].access_date.isoformat() == "2017-07-15"


# --- Emphasis that only holds names or dates marked so is no title mark (html._names_or_dates).


def test_bold_author_marked_by_microdata_is_no_title_mark() -> None:
    element = lxml_html.fragment_fromstring(
        '<b><span class="name" itemprop="author"><span class="surname" itemprop="familyName">Anderson'
        "</span></span>.</b>"
    )
    assert _names_or_dates(element)


def test_names_or_dates_near_miss_title_naming_a_person() -> None:
    element = lxml_html.fragment_fromstring('<i>Letters of <span itemprop="author">Rilke</span></i>')
    assert not _names_or_dates(element)
    named_work = lxml_html.fragment_fromstring('<i itemprop="name">The open access citation advantage</i>')
    assert not _names_or_dates(named_work)


# --- Soft hyphens are no letters (html._Walker._add).


def _note_with_title(title: str) -> str:
    return saved_page(
        "<article><p>Ein Absatz über Werkzeuge der Steinzeit, lang genug für einen Artikel.<sup>"
        '<a href="#fn1" id="fnref1">1</a></sup></p><ol class="footnotes"><li id="fn1">Fiedler, L. (2006). '
        f"<i>{title}</i>. Darmstadt: WBG. "
        '<a href="#fnref1">↩</a></li></ol></article>'
    )


def test_soft_hyphens_dropped_from_titles() -> None:
    soft = saved_page_notes(_note_with_title("Alt\u00adstein\u00adzeit von A bis Z"))["1"]
    plain = saved_page_notes(_note_with_title("Altsteinzeit von A bis Z"))["1"]
    assert "\u00ad" not in soft.raw
    assert soft.title == plain.title == "Altsteinzeit von A bis Z"


def test_soft_hyphen_near_miss_real_hyphen_kept() -> None:
    note = saved_page_notes(_note_with_title("Stein- und Knochenartefakte"))["1"]
    assert note.title == "Stein- und Knochenartefakte"


def test_soft_hyphens_saved_page() -> None:
    notes = saved_page_notes((PAGES / "steinzeitwissen-werkzeuge.html").read_text(encoding="utf-8"))
    assert not any("\u00ad" in (note.title or "") + note.raw for note in notes.values())


# --- A collapsed notes section's <summary> is its heading (html._notes_summary_level), and a
# Vancouver reference's linked italic journal name is no title (html._Walker._wraps_emphasis): Harvard's
# Nutrition Source (nutritionsource-healthy-eating-plate.html: 2/6 titles before).

_VANCOUVER = (
    "<li>Akbaraly TN, Ferrie JE, Berr C. Alternative Healthy Eating Index and mortality over 18 y of"
    ' follow-up: results from the Whitehall II cohort. <a href="https://academic.oup.com/ajcn/a/94">'
    "<em>The American journal of clinical nutrition</em></a>. 2011 May 25;94(1):247-53.</li>"
)


def _collapsed(summary: str, items: str) -> str:
    return saved_page(
        "<article><p>Text of the article, long enough to be read as the article of the page.</p>"
        f"<details><summary>{summary}</summary><ol>{items}</ol></details></article>"
    )


def test_collapsed_references_read_as_notes_with_their_titles() -> None:
    notes = saved_page_notes(_collapsed("References", _VANCOUVER * 3))
    assert notes["2"].title.startswith("Alternative Healthy Eating Index and mortality")
    assert notes["2"].url == "https://academic.oup.com/ajcn/a/94"


def test_collapsed_section_near_miss_summary_naming_no_notes() -> None:
    # A <summary> that names no notes ("Show more") opens no notes section: the journal link keeps
    # its mark there (as before the rule).
    notes = saved_page_notes(_collapsed("Show more", _VANCOUVER * 3))
    assert all(not (n.title or "").startswith("Alternative Healthy") for n in notes.values())


def test_linked_italic_title_near_miss_wikipedia_reference() -> None:
    # A linked italic title followed by no Vancouver date and volume keeps its link's mark: the parse
    # eval's en-apple wiki page, note 33, "<a>Plinius, Gaius Secundus</a> (1855). <a><i>The Natural
    # History of Pliny</i></a>. Vol. III. …" (benchmarks/wiki_titles.py: 50/50 titles with the guard,
    # 49/50 without it).
    assert _VANCOUVER_DATE_VOLUME.match(". Vol. III. Translated by Bostock, John") is None
    assert _VANCOUVER_DATE_VOLUME.match(". 2011 May 25;94(1):247-53.") is not None
    assert _VANCOUVER_DATE_VOLUME.match(". 2013;173(5):355-61.") is not None


def test_nutritionsource_titles() -> None:
    notes = saved_page_notes(
        (PAGES / "nutritionsource-healthy-eating-plate.html").read_text(encoding="utf-8")
    )
    assert (
        notes["6"].title == "Trends in dietary quality among adults in the United States, 1999 through 2010"
    )
