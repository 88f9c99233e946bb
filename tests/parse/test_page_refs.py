"""Whole saved web pages (fixtures/parse-eval-pages, branch p11-pagerefs): the rules learnt on the
calibration pages, each with a test that fires and a near miss, and the pages' gate.

The entries below are shaped as the calibration pages write them (provenance in
fixtures/parse-eval-pages/truth.toml); the near misses are the shapes each rule must leave alone.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from lxml import html as lxml_html

from citecheck.parse.blocks import Block, LineIndex, SpanLocator
from citecheck.parse.dates import ACCESS_LABEL, date_after_label
from citecheck.parse.entries import Mark, _linked_title_first, _without_container_tail, parse_entry
from citecheck.parse.html import _layout_cell
from citecheck.parse.regions import _REFERENCE_SHAPE, _unlabelled_entry

from .conftest import saved_page, saved_page_notes

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 12, 1)


_notes = saved_page_notes
_page = saved_page


# 1. A page laid out in a table (html._layout_cell) ---------------------------------------------

_PROSE = "".join(
    f"<p>[{n}] Paragraph {n} of the essay, which discusses the monument and its poets at length, "
    "as the journal numbers its paragraphs.</p>"
    for n in range(1, 8)
)


def test_layout_cell_works_cited_paragraph_heads_the_notes() -> None:
    html = _page(
        "<table><tr><td><a href='/'>Home</a></td><td>" + _PROSE + "<p align='center'>WORKS CITED</p>"
        "<p>Bevan, Archie, and Brian Murray. Eds. <u>The Collected Poems of George Mackay Brown</u>. "
        "London: John Murray, 2005. Print.</p>"
        "<p>Hall, Simon W. <u>The History of Orkney Literature</u>. Edinburgh: John Donald, 2010. Print.</p>"
        "<p>Mitchison, Naomi. <u>Early in Orcadia</u>. Glasgow: Richard Drew, 1987. Print.</p>"
        "</td></tr></table>"
    )
    notes = _notes(html)
    assert notes["1"].title == "The Collected Poems of George Mackay Brown"
    assert notes["3"].title == "Early in Orcadia"


def test_layout_cell_near_miss_data_cell_keeps_its_row() -> None:
    root = lxml_html.fromstring(
        "<table><tr><td><p>Source Code</p><p>2011</p></td></tr>"
        "<tr><td>" + "<p>x</p>" * 6 + "</td></tr></table>"
    )
    cells = root.findall(".//td")
    assert not _layout_cell(cells[0].find("p"))
    assert _layout_cell(cells[1].find("p"))


# 2. <u> marks titles (html._TITLE_MARK_TAGS) ---------------------------------------------------


def test_underlined_title_is_the_title() -> None:
    html = _page(
        "<p>Text.</p><h2>Works Cited</h2>"
        "<p>Garnham, Trevor. <u>Lines on the Landscape, Circles from the Sky: Monuments of Neolithic "
        "Orkney</u>. Stroud: Tempus, 2004. Print.</p>"
        "<p>Mitchison, Naomi. <u>Early in Orcadia</u>. Glasgow: Richard Drew, 1987. Print.</p>"
    )
    notes = _notes(html)
    assert notes["1"].title == "Lines on the Landscape, Circles from the Sky: Monuments of Neolithic Orkney"
    assert notes["2"].title == "Early in Orcadia"


def test_underlined_journal_near_miss_quoted_article_title_kept() -> None:
    html = _page(
        "<p>Text.</p><h2>Works Cited</h2>"
        "<p>Crawford, Robert. &ldquo;Maes Howe Sappho.&rdquo; <u>Yale Review</u> 95.1 (2007): 60-65. Print.</p>"
        "<p>Rose, Dilys. &ldquo;Maes Howe Nipple.&rdquo; <u>Bodywork</u>. Edinburgh: Luath Press, 2007. Print.</p>"
    )
    notes = _notes(html)
    assert notes["1"].title == "Maes Howe Sappho"
    assert notes["2"].title == "Maes Howe Nipple"


# 3. MLA 7 "Web. <date>" (dates._ACCESS_LABELS) -------------------------------------------------


def _access(text: str) -> dt.date | None:
    for label in ACCESS_LABEL.finditer(text):
        found = date_after_label(text, label.end(), label.lastgroup)
        if found is not None:
            return found[0]
    return None


def test_mla_web_date_is_the_access_date() -> None:
    text = "World Archaeology 39.3 (2007): 417-435. EBSCO Academic Search Complete. Web. 29 Jun. 2011."
    assert _access(text) == dt.date(2011, 6, 29)
    html = _page(
        "<p>Text.</p><h2>Works Cited</h2>"
        "<p>Riddoch, Lesley. &ldquo;Stone Age Marvels Which Inspire and Astonish.&rdquo; <u>The Scotsman</u>. "
        "13 Feb. 2006. Web. 30 Jun. 2011.</p>"
        "<p>Card, Nick. &ldquo;Bringing a Landscape to Life?&rdquo; <u>World Archaeology</u> 39.3 (2007): "
        "417-435. Web. 29 Jun. 2011.</p>"
    )
    assert _notes(html)["1"].access_date == dt.date(2011, 6, 30)


def test_mla_web_near_miss_no_full_date_after_it() -> None:
    assert _access("Berners-Lee, Tim. Weaving the Web. 1999.") is None
    assert _access("O'Reilly, Tim. What Is Web 2.0. 30 Sep. 2005.") is None


# 4. A notes list's own printed number (html._SHOWN_NUMBER) --------------------------------------

_ELIFE_ITEM = (
    '<li class="reference-list__item"><span class="reference-list__ordinal_number">{n}</span>'
    '<div class="reference" id="bib{n}"><a href="https://doi.org/10.1/{n}" class="reference__title">{title}</a>'
    '<ol class="reference__authors_list"><li class="reference__author"><a href="https://scholar.google.com/'
    'scholar?q=M+Adler" class="reference__authors_link">M Adler</a></li><li class="reference__author"><a '
    'href="https://scholar.google.com/scholar?q=U+Alon" class="reference__authors_link">U Alon</a></li></ol>'
    '<span class="reference__authors_list_suffix">(2018)</span>'
    "<div><i>Current Opinion in Systems Biology</i> <b>8</b>:81–89.</div></div></li>"
)


def _elife(numbers: list[int]) -> str:
    titles = {n: f"Fold-change detection in biological systems number {n}" for n in numbers}
    items = "".join(_ELIFE_ITEM.format(n=n, title=titles[n]) for n in numbers)
    return _page(
        "<article><p>Text.</p><section class='article-section' id='references'><h2>References</h2>"
        f"<ol class='reference-list'>{items}</ol></section></article>"
    )


def test_printed_number_labels_the_item() -> None:
    notes = _notes(_elife([1, 2, 49, 50]))
    assert {"1", "2", "49", "50"} <= set(notes)
    assert notes["49"].url == "https://doi.org/10.1/49"


def test_printed_number_near_miss_a_year_is_no_label() -> None:
    html = _page(
        "<p>Text.</p><h2>Notes</h2><ol class='footnotes'>"
        "<li id='fn1'><span>2019</span> Smith, J. Report on rivers. https://example.org/a</li>"
        "<li id='fn2'><span>2020</span> Smith, J. Report on lakes. https://example.org/b</li></ol>"
    )
    notes = _notes(html)
    assert "2019" not in notes and "1" in notes


# 5. A reference opening on its linked title (entries._linked_title_first) ----------------------


def test_linked_title_first_fires() -> None:
    notes = _notes(_elife([1, 2, 3]))
    assert notes["1"].title == "Fold-change detection in biological systems number 1"
    head = (
        "Network motifs: theory and experimental approaches U Alon (2007) Nature Reviews Genetics 8:450–461."
    )
    marks = [
        Mark("link", "Network motifs: theory and experimental approaches", "https://doi.org/10.1038/nrg2102")
    ]
    assert _linked_title_first(head, marks) == "Network motifs: theory and experimental approaches"


def test_linked_title_first_near_miss() -> None:
    # No names and bracketed year after the link: another rule's.
    head = "Network motifs: theory and experimental approaches. Nature Reviews Genetics 8:450–461."
    marks = [
        Mark("link", "Network motifs: theory and experimental approaches", "https://doi.org/10.1038/nrg2102")
    ]
    assert _linked_title_first(head, marks) is None
    # An author's linked name opening an APA entry: two words.
    head = "M Adler U Alon (2018) Fold-change detection. Current Opinion 8:81–89."
    assert _linked_title_first(head, [Mark("link", "M Adler", "https://scholar.google.com/x")]) is None
    # A publisher or site before the year holds no initial: the entry keeps its publisher
    # (heldback-27's Markdown footnotes).
    head = "*AI and the Biological Threat Landscape*, RAND Corporation (2024). https://www.rand.org/x.html"
    assert _linked_title_first(head, [Mark("em", "AI and the Biological Threat Landscape")]) is None
    fields = parse_entry(head, marks=[Mark("em", "AI and the Biological Threat Landscape")])
    assert fields.publisher == "RAND Corporation"


def test_title_class_and_doi_linked_two_word_title() -> None:
    # eLife's reference to a work without a DOI sets its title in "<div class="reference__title">";
    # a two-word title ("Ciona genetics") linked to its DOI is the title too.
    items = (
        '<li class="reference-list__item"><span class="reference-list__ordinal_number">3</span>'
        '<div class="reference"><div class="reference__title">Evolution of eyes and photoreceptor cell types</div>'
        '<ol class="reference__authors_list"><li><a href="https://scholar.google.com/scholar?q=D+Arendt">D Arendt'
        "</a></li></ol> <span>(2003)</span> <div><i>The International Journal of Developmental Biology</i> "
        "<b>47</b>:563–571.</div></div></li>"
        '<li class="reference-list__item"><span class="reference-list__ordinal_number">54</span>'
        '<div class="reference"><a href="https://doi.org/10.1007/978-1-61779-210-6_15" class="reference__title">'
        'Ciona genetics</a> <ol class="reference__authors_list"><li><a href="https://scholar.google.com/scholar?'
        'q=MT+Veeman">MT Veeman</a></li></ol> <span>(2011)</span> <div><i>Methods in Molecular Biology</i> '
        "<b>770</b>:401–422.</div></div></li>"
    )
    html = _page(
        "<article><p>Text.</p><section id='references'><h2>References</h2>"
        f"<ol class='reference-list'>{items}</ol></section></article>"
    )
    notes = _notes(html)
    assert notes["3"].title == "Evolution of eyes and photoreceptor cell types"
    assert notes["54"].title == "Ciona genetics"


def test_title_class_near_miss_outside_a_note() -> None:
    # A page's "entry-title" heading is no entry's title: nothing is read as a note from it.
    html = _page("<div class='entry-title'>Ciona genetics</div><p>Text without notes.</p>")
    assert not _notes(html)
    # Two words linked elsewhere than a DOI (an author's scholar page) open no title.
    head = "MT Veeman S Chiba (2011) Methods in Molecular Biology 770:401–422."
    assert _linked_title_first(head, [Mark("link", "MT Veeman", "https://scholar.google.com/x")]) is None


# 6. A link over "Title. Journal, 22(4), 1-11" (entries._without_container_tail) ----------------


def test_container_tail_cut_from_link_text() -> None:
    html = _page(
        "<p>Text.</p><p><strong>Quellen</strong></p><ul>"
        "<li>Chatigny, F. (2018): <a href='https://doi.org/10.1080/10888705.2018.1530596'>The Controversy on "
        "Fish Pain: A Veterinarian’s Perspective. Journal of Applied Animal Welfare Science, 22(4), S. 1-11</a></li>"
        "<li>Key, B. (2016): <a href='https://example.org/key'>Why fish do not feel pain. Animal Sentience, "
        "3(1), S. 1-33</a></li>"
        "<li>Sneddon, L.U. (2019): <a href='https://example.org/sn'>Evolution of nociception and pain: evidence "
        "from fish models. Phil. Trans. R. Soc. B 374, 20190290</a></li></ul>"
    )
    notes = _notes(html)
    assert notes["1"].title == "The Controversy on Fish Pain: A Veterinarian’s Perspective"
    assert notes["3"].title == "Evolution of nociception and pain: evidence from fish models"


def test_container_tail_near_miss() -> None:
    plain = Mark("link", "Why fish do not feel pain", "https://example.org")
    assert _without_container_tail(plain) == plain
    report = Mark("link", "Chapter 3. Results of the survey, 2019", "https://example.org")
    assert _without_container_tail(report) == report


# 7-8. German "S." pages close an entry; a copyright line is none (regions) ---------------------


def _block(text: str) -> Block:
    return Block(text=text, locator=SpanLocator(LineIndex(text), 0))


def test_german_pages_close_an_entry_and_copyright_is_none() -> None:
    assert _REFERENCE_SHAPE.search("Blanchard, Olivier/Illing, Gerhard: Makroökonomik. 2004. S.136f.")
    assert _unlabelled_entry(_block("Blanchard, Olivier/Illing, Gerhard: Makroökonomik. 2004. S.136f."))
    assert not _unlabelled_entry(_block("©KOF ETH Zürich, 21. Jan. 2015"))


def test_german_pages_and_copyright_near_misses() -> None:
    assert not _REFERENCE_SHAPE.search("Siehe S. 12 im Anhang für die Einzelheiten der Rechnung")
    assert _unlabelled_entry(_block("Copyright law in the digital age (2015)"))
    # A list lettered "(A)" … "(D)": "(C)" opens an entry, no copyright.
    assert _unlabelled_entry(_block("(C) Author 2. Widget work 2. https://widgets.example/w2"))


# 9. "Surname, Given/Surname, Given:" and "Dieselben:" (entries._SURNAME_FIRST_LEAD) -------------

_KOF = [
    "Blanchard, Olivier/Illing, Gerhard: Makroökonomik. 2004. S.136f.",
    "Olson, Mancur: Aufstieg und Niedergang von Nationen. Ökonomisches Wachstum, Stagflation und soziale "
    "Starrheit. Tübingen 1991.",
    "Quaas, Georg/Klein, Mathias: Multiplikatoren der deutschen Volkswirtschaft. Berlin 2012.",
    "Dieselben: Einnahmen- und ausgabenseitige Multiplikatoren der deutschen Volkswirtschaft. In: "
    "Wirtschaftsdienst, 92. Jahrgang, Heft 10, Oktober 2012, S.692-698.",
    "Saris, Willem/Stronkhorst, Henk: Causal Modelling in Nonexperimentel Research. Amsterdam 1984.",
]


def test_slash_authors_and_ditto_leads() -> None:
    html = _page("<p>Text.</p><h1>Literatur</h1>" + "".join(f"<p>{e}</p>" for e in _KOF))
    notes = _notes(html)
    assert notes["1"].title == "Makroökonomik"
    assert (
        notes["2"].title
        == "Aufstieg und Niedergang von Nationen. Ökonomisches Wachstum, Stagflation und soziale Starrheit"
    )
    assert notes["3"].title == "Multiplikatoren der deutschen Volkswirtschaft"
    assert notes["4"].title == "Einnahmen- und ausgabenseitige Multiplikatoren der deutschen Volkswirtschaft"


def test_surname_first_near_miss_subtitle_before_place_kept() -> None:
    entries = [
        "Gredel, Eva: Digitale Diskurse und Wikipedia. Wie das Social Web Interaktion im digitalen Zeitalter "
        "verwandelt, Tübingen 2018.",
        "Pentzold, Christian: Wikipedia. Diskussionsraum und Informationsspeicher im neuen Netz, München 2007.",
        "Stegbauer, Christian: Wikipedia. Das Rätsel der Kooperation, Wiesbaden 2009.",
    ]
    notes = _notes(_page("<p>Text.</p><h1>Literatur</h1>" + "".join(f"<p>{e}</p>" for e in entries)))
    assert (
        notes["1"].title
        == "Digitale Diskurse und Wikipedia. Wie das Social Web Interaktion im digitalen Zeitalter verwandelt"
    )


# 10. SPIP notes (#nbN / #nhN) --------------------------------------------------------------------


def test_spip_notes_are_read() -> None:
    # The notes sit outside the article's container, as La Vie des idées' page has them.
    prose = "".join(
        f"<p>Paragraphe {n} de l’article, sur l’évaluation et les listes de revues.</p>" for n in range(8)
    )
    html = _page(
        "<article><div class='texte'>" + prose + "<p>Une phrase<span class='spip_note_ref'>&nbsp;[<a "
        "href='#nb4-1' class='spip_note' rel='appendix' id='nh4-1'>1</a>]</span> et une autre<span "
        "class='spip_note_ref'>&nbsp;[<a href='#nb4-2' class='spip_note' id='nh4-2'>2</a>]</span>.</p></div>"
        "</article><div class='conteneur'><div class='notes'><h2>Notes</h2>"
        "<div id='nb4-1'><p><span class='spip_note_ref'>[<a href='#nh4-1' class='spip_note'>1</a>]&nbsp;</span>"
        "« Objectifs et principes », <i>Catégorisation des revues</i>, Octobre 2007.</p></div>"
        "<div id='nb4-2'><p><span class='spip_note_ref'>[<a href='#nh4-2' class='spip_note'>2</a>]&nbsp;</span>"
        "Voir « Les revues prises dans le piège », <a href='http://www.slru.ehess.org/x'>http://www.slru.ehess.org/x</a></p></div>"
        "</div></div>"
    )
    notes = _notes(html)
    assert notes["1"].title == "Objectifs et principes"
    assert notes["2"].url == "http://www.slru.ehess.org/x"


def test_spip_near_miss_bracketed_backlink_inside_text_is_dropped() -> None:
    html = _page(
        "<p>Texte<a href='#nb1' id='nh1'>1</a>.</p><h2>Notes</h2>"
        "<div id='nb1'><p>Une note qui renvoie [<a href='#nh1'>1</a>] au texte, https://example.org/n</p></div>"
    )
    notes = _notes(html)
    assert all("[1]" not in fn.raw for fn in notes.values())


# 11. A list's shared opening word before a colon (entries._shared_opening_colon_leads) ----------

_OMEDA = [
    ("Online-Informationen des Robert Koch-Instituts (RKI): COVID-19: Bereitstellung ausgewählter Arzneimittel",
     "https://www.rki.de/a"),
    ("Online-Informationen des Ärzteblatts: COVID-19: Oraler Wirkstoff Molnupiravir halbiert Sterberate",
     "https://www.aerzteblatt.de/b"),
    ("Fact Sheet for healthcare providers: emergency use authorization for Molnupiravir", "https://www.fda.gov/c"),
    ("Online-Informationen der Tagesschau: Corona-Medikament. EMA empfiehlt Paxlovid von Pfizer",
     "https://www.tagesschau.de/d"),
]  # fmt: skip


def _sources(rows: list[tuple[str, str]]) -> str:
    return _page(
        "<p>Text.</p><h2>Quellen</h2>"
        + "".join(f"<p>{t}: <a href='{u}'>{u}</a> (Abruf: 01/22)</p>" for t, u in rows)
    )


def test_shared_opening_word_is_the_source() -> None:
    notes = _notes(_sources(_OMEDA))
    assert notes["1"].title == "COVID-19: Bereitstellung ausgewählter Arzneimittel"
    assert notes["4"].title == "Corona-Medikament. EMA empfiehlt Paxlovid von Pfizer"
    assert (
        notes["3"].title
        == "Fact Sheet for healthcare providers: emergency use authorization for Molnupiravir"
    )


def test_shared_opening_near_miss_two_entries_only() -> None:
    rows = [
        _OMEDA[0],
        _OMEDA[2],
        ("Pfizer press release: Novel oral antiviral candidate", "https://www.pfizer.com/e"),
    ]
    notes = _notes(_sources(rows))
    assert notes["1"].title != "COVID-19: Bereitstellung ausgewählter Arzneimittel"


# 12. A keyed notes table's first row (html._keyed_first_row) -----------------------------------


def _dlib(first: str) -> str:
    rows = [
        ("[2]", "Tim Berners-Lee, <i>Weaving the Web</i> (San Francisco: Harper, 1999)."),
        (
            "[3]",
            "Roberta Kwok, \"<a href='http://www.newyorker.com/x'>Crowdsourcing For Shakespeare</a>\", 2017.",
        ),
        ("[4]", "Katie Mika, \"<a href='http://library.mcz.harvard.edu/y'>Transcription Tools</a>\", 2016."),
    ]
    body = "".join(f"<tr><td><a id='{k}'>{k}</a></td><td>{v}</td></tr>" for k, v in rows)
    return _page(f"<p>Text.</p><h3>References</h3><table>{first}{body}</table>")


def test_keyed_table_first_row_is_an_entry() -> None:
    first = (
        "<tr><td><a id='1'>[1]</a></td><td>Clay Shirky, \"<a href='https://www.ted.com/talks/x'>How Cognitive "
        'Surplus Will Change the World</a>", June 2010.</td></tr>'
    )
    notes = _notes(_dlib(first))
    assert notes["1"].title == "How Cognitive Surplus Will Change the World"
    assert notes["1"].url == "https://www.ted.com/talks/x"


def test_keyed_table_near_miss_header_row() -> None:
    notes = _notes(_dlib("<tr><td>#</td><td>Source</td></tr>"))
    assert "1" not in notes or notes["1"].title != "Source"


# 13. OJS's bold-paragraph "References" after numbered "Notes" (regions._bold_notes_line) and the
# "Given Surname, year. Title." book (regions._REFERENCE_SHAPE, name_runs._NAME_COMMA_YEAR) --------

_FM_REFS = [
    "Barry D. Adam and Ken English, 2014. &ldquo;Impacts of criminalization on the everyday lives of people "
    "living with HIV in Canada,&rdquo; <em>Sexuality Research and Social Policy</em>, volume 11, pp. 39–49.doi: "
    "<a href='https://doi.org/10.1007/s13178-013-0131-8'>https://doi.org/10.1007/s13178-013-0131-8</a>, "
    "accessed 5 September 2020.",
    "Allan M Brandt, 1987. No magic bullet: A social history of venereal disease in the United States since "
    "1880. Expanded edition. Oxford: Oxford University Press.",
    "David M. Halperin and Trevor Hoppe (editors), 2017. The war on sex. Durham, N.C.: Duke University Press.",
    "Center for Disease Control and Prevention, 2019c. &ldquo;HIV and women,&rdquo; at "
    "<a href='https://www.cdc.gov/hiv/group/gender/women/'>https://www.cdc.gov/hiv/group/gender/women/</a>, "
    "accessed 5 September 2020.",
]


def _first_monday(heading: str) -> str:
    notes = "".join(
        f"<p><a name='{n}'></a><a href='#{n}a'>{n}.</a> Halperin and Hoppe, 2017, p. {n}49.</p>"
        for n in (1, 2, 3)
    )
    return _page(
        "<p>Text.</p><p><strong>Notes</strong></p>"
        + notes
        + "<p>&nbsp;</p>"
        + heading
        + "".join(f"<p>{r}</p>" for r in _FM_REFS)
    )


def test_bold_references_after_numbered_notes_go_on() -> None:
    notes = _notes(_first_monday("<p><strong>References</strong></p>"))
    assert notes["4"].url == "https://doi.org/10.1007/s13178-013-0131-8"
    assert notes["4"].access_date == dt.date(2020, 9, 5)
    assert (
        notes["5"].title
        == "No magic bullet: A social history of venereal disease in the United States since 1880"
    )
    assert notes["6"].title == "The war on sex"
    assert notes["7"].title == "HIV and women"


def test_bold_references_near_miss_plain_paragraph() -> None:
    # A paragraph that merely says "References" in running type heads nothing after a labelled list.
    notes = _notes(_first_monday("<p>References to the law are to the 2017 statutes.</p>"))
    assert "4" not in notes
    assert not _REFERENCE_SHAPE.search("In the summer we went to Paris and saw the museum again.")


# The pages' gate -------------------------------------------------------------------------------


def test_whole_pages_gate() -> None:
    sys.path.insert(0, str(ROOT))
    from benchmarks.page_refs import run, table

    result = run()
    report = table(result)
    for name, floor in CALIBRATION_FLOOR.items():
        rate = result.calibration.rate(name)
        assert rate is not None and rate >= floor, f"calibration {name} {rate}\n{report}"
    # No part is held back since branch s41-pages (p41-pages could not be built); the studied part
    # p40-pages is gated at its figures after that branch's rules.
    assert not result.held_back.total["found"], report
    for name, floor in P40_STUDIED_FLOOR.items():
        rate = result.studied.rate(name)
        assert rate is not None and rate >= floor, f"p40-pages (studied) {name} {rate}\n{report}"


# Measured on branch p11-pagerefs (fixtures/parse-eval-pages, 2026-12-06). At the start (main at
# 9f77631): calibration (8 pages) found 56/93, titles 9/85, URLs 59/89, access dates 64/83; held back
# (3 pages) 21/35, 3/29, 14/30, 32/35. With this branch's rules: calibration 93/93, 77/85 (90.6 %),
# 87/89 (97.8 %), 79/83 (95.2 %); held back 23/35 (65.7 %), 5/29 (17.2 %), 14/30 (46.7 %), 32/35
# (91.4 %). Floors at those figures (rounded down).
# Branch p11-pagerefs2 added eight calibration pages (seven SciELO article pages, pt/es/en, and a
# Japanese WordPress "footnotes" plugin post; 79 sampled entries): with its rules
# (tests/parse/test_page_refs2.py) calibration (16 pages) is found 172/172, titles 142/157 (90.4 %),
# URLs 166/168 (98.8 %), access dates 150/154 (97.4 %). Held-back floors unchanged.
# With entries._corporate_author_titles (UNICEF as author and publisher): titles 143/157 (91.1 %).
# Branch p12-office added five pages of office-suite HTML (Word, LibreOffice, Google Docs exports;
# en, pt), four to calibration (31 sampled notes) and one held back (policescorecard-methodology,
# the last in alphabetical order, 9 notes). Before its rules: calibration (20 pages) 203/203,
# titles 169/185 (91.4 %), URLs 196/198 (99.0 %), access dates 179/183 (97.8 %); held back (4 pages)
# 32/44 (72.7 %), 5/29 (17.2 %), 21/38 (55.3 %), 35/38 (92.1 %). With them
# (tests/parse/test_office_html.py): calibration titles 171/185 (92.4 %), the rest and the held-back
# aggregate unchanged. Held-back floors re-set at the four pages' figures (rounded down).
# Branch p12-blogs added seven blog and site-platform pages (Substack, WordPress with bigfoot.js,
# two LessWrong posts, Baidu Baike; held back: an Astro page's sidenotes and a tDiary day), five to
# calibration and two to the held-back part: with its rules (tests/parse/test_blog_footnotes.py)
# calibration (21 pages) is found 226/226, titles 158/177 (89.3 %), URLs 210/222 (94.6 %), access
# dates 204/208 (98.1 %); the old sixteen lost nothing (URLs 168/168 with KOF's own-site links).
# The held-back aggregate (5 pages) is 23/52, 5/33, 26/47, 49/52, the same before and after the
# rules; the floors move down only because the two new held-back pages join it.
# Both merged on main (2026-12-06): calibration (25 pages) found 257/257, titles 186/205 (90.7 %),
# URLs 240/252 (95.2 %), access dates 233/237 (98.3 %); held back (6 pages) 32/61, 5/33, 33/55, 52/55.
# Then policescorecard-methodology.html left the held-back part for calibration: an earlier session had
# seen that page (tests/parse/test_user_trial.py fixes its Google redirect tails on an excerpt of it),
# so it was never blind. Calibration (26 pages) 266/266, 186/205 (90.7 %), 247/260 (95.0 %), 236/240
# (98.3 %); held back (5 pages) 23/52, 5/33, 26/47, 49/52.
# Branch p12-refhtml added eight journal article pages (BMJ, Frontiers, Hindawi, MDPI, Pensoft, PubMed
# Central to calibration, 71 sampled entries; SpringerOpen and Taylor & Francis held back, 24, chosen
# before any parser run as the last two in alphabetical order). Before its rules: calibration (32
# pages) 330/337, titles 208/276 (75.4 %), URLs 267/331 (80.7 %), access dates 307/311 (98.7 %); held
# back (7 pages) 47/76, 15/57, 38/71, 73/76. With them (tests/parse/test_reference_html.py):
# calibration 337/337, 240/276 (87.0 %), 317/331 (95.8 %), 307/311 (98.7 %); held back 47/76
# (61.8 %), 26/57 (45.6 %), 50/71 (70.4 %), 73/76 (96.1 %). The old 26 calibration pages read as
# before (186/205 titles); the title floor moves down only because the new pages join it.
# A ninth page (BMC Trials, calibration, truth written before the parser ran on it, after the rules
# above): 12/12, titles 7/12, URLs 12/12, access 12/12 with them; with html's emphasised "et al."
# rule (reference_html.author_list_mark) 12/12 titles. Calibration (33 pages) 349/349, 252/288
# (87.5 %), 329/343 (95.9 %), 319/323 (98.8 %).
# Branch p13-html added twelve pages of analyses, reports, newsletters, health and education sites
# (WCXB's and trafilatura's saved pages; en, de), nine to calibration (81 sampled entries) and three
# held back (chosen before any parser run as the last three in alphabetical order; their own
# aggregate line "held back: p13-html"). Before its rules: calibration (42 pages) 418/430, titles
# 293/365 (80.3 %), URLs 396/422 (93.8 %), access dates 400/404 (99.0 %); held back (10 pages) 72/101,
# 26/60, 71/96, 97/101. The floors move down only because the new pages join the parts. With its
# rules (tests/parse/test_page_notes_html.py) and two more calibration pages (Korean and Japanese
# Hugo posts, truth by hand before the parser ran on them): calibration (44 pages) 447/447, titles
# 327/365 (89.6 %), URLs 425/439 (96.8 %), access dates 417/421 (99.0 %); the held-back aggregate
# is unchanged (72/101, 26/60, 71/96, 97/101), its three new pages 25/25, 0/3, 21/25, 24/25.
#
# Branch s34-pages added twelve pages (source boxes of a fact-checker, APA "Citations" of a review
# site, JMIR, two PubMed Central articles, bare-URL and site-name lists …; en), eight to calibration
# (55 sampled entries) and four held back (the smallest sha1 of file name, HELDBACK-P34-RULE.md; part
# "p34-pages"). First read: the eight 47/55, 44/55, 49/55, 51/52; p34-pages 19/27, 15/27, 19/27,
# 26/27. With the source-box and "(Retrieved 2025)" rules (tests/parse/test_s34_pages_families.py):
# calibration (52 pages) 500/502 (the found floor moves down only because PolitiFact's two email
# interviews, which cite no link, joined the part), titles 381/420 (90.7 %), URLs 481/494 (97.4 %), access 469/473 (99.2 %);
# held back (14 pages) 99/128, 49/87, 98/123, 124/128; p34-pages 27/27, 23/27, 27/27, 27/27. The
# old 44 calibration pages and the old ten held-back pages read as before.
# Session 37 (2026-12-07): notes each in a <div> a marker links into read whole (Substack's
# div.footnote: html._NoteLinks.wholes), learnt on the calibration page 12gramsofcarbon-vlaes.html
# (its notes read empty) and measured on the held-back parts once, aggregate lines only: held back
# 99/128, 49/87 -> 52/87, 98/123 -> 102/123, 124/128 -> 125/128; its p13-html line 25/25, 0/3 -> 3/3,
# 21/25 -> 25/25, 24/25 -> 25/25 (three saved newsletter pages, never opened). Calibration identical.
# Branch s39-pages (2026-12-07): a new held-back part first, "p39-pages" (eight journal-article pages:
# F1000Research, Wiley, IJSEM on HighWire, ScienceDirect 2014, four SciELO pages in es and pt; 64
# entries; HELDBACK-P39-RULE.md), read once before any change: 64/64, titles 9/56 (16.1 %), URLs
# 40/64 (62.5 %), access dates 53/56 (94.6 %). Then the fourteen pages held back until then were spent
# to calibration; blind, they read 99/128, 52/87, 102/123, 125/128 (p13-html 25/25, 3/3, 25/25,
# 25/25; p34-pages 27/27, 23/27, 27/27, 27/27). With this branch's rules
# (tests/parse/test_s39_pages_rules.py) the fourteen read 128/128, 74/87, 123/123, 128/128, the old 52
# calibration pages as before (500/502, 381/420, 481/494, 469/473): calibration (66 pages) 628/630
# (99.7 %), 455/507 (89.7 %), 604/617 (97.9 %), 597/601 (99.3 %). The held-back part is p39-pages
# alone, read again at the end: unchanged, 64/64, 9/56, 40/64, 53/56 (the spent pages' families —
# starred tDiary notes, toggled sidenotes, a "Literature Review" heading, an article's <footer> back
# matter, microdata-marked author names, soft hyphens, a collapsed <details> reference list — are not
# among its pages). Floors at those figures (rounded down); the calibration title floor moves down
# only because the spent pages joined the part.
# Branch s39-pages2 (2026-12-07): a new held-back part first, "p39b-pages" (six journal-article pages
# from generators the set lacked: ACS, AIP Scitation, APA PsycARTICLES, Cambridge Core, IOPscience,
# nature.com; 37 entries; HELDBACK-P39B-RULE.md), read once before any change: found 26/37, titles
# 25/32, URLs 19/37, access dates 37/37. Then p39-pages was spent to calibration (blind: 64/64, 9/56,
# 40/64, 53/56); with this branch's rules (tests/parse/test_s39_pages2_rules.py) it reads 64/64, 46/56,
# 64/64, 56/56, the 66 earlier calibration pages as before (628/630, 455/507, 604/617, 597/601):
# calibration (74 pages) 692/694 (99.7 %), 501/563 (89.0 %), 668/681 (98.1 %), 653/657 (99.4 %).
# p39b-pages read again at the end: 26/37, 30/32 (93.8 %), 25/37 (67.6 %), 37/37. Floors at those
# figures (rounded down); the calibration title floor moves down only because p39-pages joined it.
# Branch s40-pages (2026-12-07): a new held-back part first, "p40-pages" (six whole pages of generators
# and kinds the set lacked: three Russian NGO reports rendered by the Substance/Lens reader, a Write.as
# blog, Dotdash Meredith's "Article Sources", a WordPress page with WP-Footnotes; 42 entries;
# HELDBACK-P40-RULE.md), read once before any change: found 22/42, titles 15/42, URLs 15/42, access
# dates 42/42. Then p39b-pages was spent to calibration (blind first read 26/37, 25/32, 19/37, 37/37;
# 26/37, 30/32, 25/37, 37/37 at this branch's start); with this branch's rules (tests/parse/
# test_s40_pages_rules.py) it reads 37/37, 32/32, 37/37, 37/37, and the 74 earlier calibration pages
# 692/694, 512/563 (pmc-autocorpus 5 -> 12/12, tandf 9 -> 12/12, steinzeitwissen 1 -> 2/7), 668/681,
# 653/657: calibration (80 pages) 729/731 (99.7 %), 544/595 (91.4 %), 705/718 (98.2 %), 690/694
# (99.4 %). p40-pages read again at the end: unchanged, 22/42, 15/42, 15/42, 42/42. Floors at those
# figures (rounded down).
CALIBRATION_FLOOR = {"found": 0.997, "title": 0.914, "url": 0.981, "accessed": 0.994}
HELD_BACK_FLOOR = {"found": 0.523, "title": 0.357, "url": 0.357, "accessed": 1.0}
P40_PAGES_FLOOR = {"found": 0.523, "title": 0.357, "url": 0.357, "accessed": 1.0}
# Branch s41-pages (2026-12-07): the new held-back part p41-pages could not be built (no page met its
# rule in the pools and indexes reachable: HELDBACK-P41-RULE.md). p40-pages was spent and is studied
# since (truth.toml's ``studied``): blind 22/42, 15/42, 15/42, 42/42; with this branch's rules
# (tests/parse/test_s41_pages_rules.py: a link wrapping the cited words and ending on the note's <sup>
# number numbers the unnumbered reference it points to, a source cited twice under its first number; a list of sources outside the article in a
# container named "sources"; a trailing arrow glyph after a linked title) 42/42, 41/42 (97.6 %), 42/42,
# 42/42. Calibration (80 pages) unchanged: 729/731, 544/595, 705/718, 690/694.
P40_STUDIED_FLOOR = {"found": 1.0, "title": 0.976, "url": 1.0, "accessed": 1.0}
