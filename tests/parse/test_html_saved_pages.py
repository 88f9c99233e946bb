"""Saved web pages as they are served (mozilla/readability's test-pages, 2026-12-06): note groups bound
by their links, the table of contents, table rows, revised pages and teaser articles."""

from __future__ import annotations

import datetime as dt

from citecheck.parse import parse_bytes

TODAY = dt.date(2026, 12, 1)


def _parse(html: str):  # type: ignore[no-untyped-def]
    return parse_bytes(html.encode(), path="page.html", today=TODAY)


def _codes(doc) -> list[str]:  # type: ignore[no-untyped-def]
    return [f.code for f in doc.findings]


_GROUPS = """<html><body><div id="mw-content-text">
<p>The anthem is sung at state occasions.<sup class="reference"><a href="#cite_note-2">[n 1]</a></sup>
The population grew by 2% in 2018.<sup class="reference"><a href="#cite_note-3">[2]</a></sup>
English is spoken widely.<sup class="reference"><a href="#cite_note-4">[n 2]</a></sup></p>
<h2>Footnotes</h2>
<ol class="references">
<li id="cite_note-2"><span class="mw-cite-backlink"><a href="#cite_ref-2">^</a></span>
<span class="reference-text">Used only on regal occasions.<sup class="reference"><a href="#cite_note-1">[1]</a></sup></span></li>
<li id="cite_note-4"><span class="mw-cite-backlink"><a href="#cite_ref-4">^</a></span>
<span class="reference-text">A de facto official language.</span></li>
</ol>
<h2>Citations</h2>
<ol class="references">
<li id="cite_note-1"><span class="mw-cite-backlink"><a href="#cite_ref-1">^</a></span>
<span class="reference-text"><a class="external text" href="https://example.org/protocol">"Protocol for the anthems"</a>. Ministry. Retrieved 17 February 2008.</span></li>
<li id="cite_note-3"><span class="mw-cite-backlink"><a href="#cite_ref-3">^</a></span>
<span class="reference-text"><a class="external text" href="https://example.org/census">"Census counts"</a>. Statistics. Retrieved 26 September 2019.</span></li>
</ol>
<h2>References</h2>
<ul><li>Bain, Carolyn (2006). <i>New Zealand</i>. Lonely Planet.</li>
<li>Alley, Roderic (2008). <i>New Zealand in World Affairs</i>.</li></ul>
</div></body></html>"""


def test_note_groups_are_labelled_as_their_markers_show_them() -> None:
    doc = _parse(_GROUPS)
    labels = [fn.label for fn in doc.footnotes if fn.kind == "footnote"]
    assert labels[:4] == ["n 1", "n 2", "1", "2"]
    assert {c.label for c in doc.citations} == {"n 1", "2", "n 2"}
    codes = _codes(doc)
    # [1] is cited by the note n 1, not by the text: no orphan; two groups, no numbering gap;
    # the unlabelled bibliography is not numbered into the citations' labels.
    assert "duplicate-footnote" not in codes
    assert "orphan-footnote" not in codes
    assert "numbering-gap" not in codes
    note = next(fn for fn in doc.footnotes if fn.label == "2")
    assert note.url == "https://example.org/census"


def test_markers_that_agree_with_their_list_keep_its_numbers() -> None:
    page = """<html><body><article><p>Claim one.<sup><a href="#fn1">[1]</a></sup> Claim two.<sup><a
href="#fn2">[2]</a></sup></p><h2>Notes</h2><ol><li id="fn1">"Title one", https://example.org/a</li>
<li id="fn2">"Title two", https://example.org/b</li></ol></article></body></html>"""
    doc = _parse(page)
    assert [fn.label for fn in doc.footnotes] == ["1", "2"]
    assert [c.label for c in doc.citations] == ["1", "2"]


def test_markers_showing_one_label_for_two_notes_are_not_rebound() -> None:
    # Near miss: both markers show "[1]" but link to two notes: the markers cannot label them.
    page = """<html><body><article><p>Claim one.<sup><a href="#fn1">[1]</a></sup> Claim two.<sup><a
href="#fn7">[1]</a></sup></p><h2>Notes</h2><ol><li id="fn1">"Title one", https://example.org/a</li>
<li id="fn7">"Title two", https://example.org/b</li></ol></article></body></html>"""
    doc = _parse(page)
    assert [fn.label for fn in doc.footnotes] == ["1", "2"]


_TOC = """<html><body><div id="mw-content-text">
<div id="toc" class="toc"><h2>Contents</h2><ul>
<li><a href="#History"><span class="tocnumber">1</span> <span class="toctext">History</span></a></li>
<li><a href="#Sources"><span class="tocnumber">2</span> <span class="toctext">Sources</span></a></li>
<li><a href="#External_links"><span class="tocnumber">3</span> <span class="toctext">External links</span></a></li>
</ul></div>
<h2>History</h2><p>The town was founded in 1642.<sup><a href="#cite_note-1">[1]</a></sup></p>
<p>It grew to 5,000 people by 1900.<sup><a href="#cite_note-2">[2]</a></sup></p>
<h2>Sources</h2><ol class="references">
<li id="cite_note-1"><a href="https://example.org/founding">"The founding"</a>. Retrieved 1 May 2020.</li>
<li id="cite_note-2"><a href="https://example.org/growth">"Growth of the town"</a>. Retrieved 1 May 2020.</li>
</ol></div></body></html>"""


def test_a_table_of_contents_heads_no_notes() -> None:
    doc = _parse(_TOC)
    assert [c.label for c in doc.citations] == ["1", "2"]
    assert [fn.title for fn in doc.footnotes] == ["The founding", "Growth of the town"]
    assert "orphan-footnote" not in _codes(doc)


def test_a_list_that_only_begins_like_a_toc_class_is_read() -> None:
    # Near miss: Sphinx's "toctree-wrapper" holds an index page's content, not a table of contents.
    from citecheck.parse.html import read_html

    toc = " ".join(b.text for b in read_html(_TOC).blocks)
    index = " ".join(
        b.text for b in read_html(_TOC.replace('id="toc" class="toc"', 'class="toctree-wrapper"')).blocks
    )
    assert "External links" not in toc
    assert "External links" in index


_TABLE = """<html><body><article>
<p>Films in which a day repeats.<sup><a href="#cite_note-1">[1]</a></sup></p>
<table class="wikitable"><tr><th>Film</th><th>Year</th><th>Description</th></tr>
<tr><th><a href="https://example.org/wiki/Blood_Punch">Blood Punch</a></th><td>2014</td>
<td>A trio relive one day in a remote cabin.<sup><a href="#cite_note-2">[2]</a></sup></td></tr>
<tr><th><a href="https://example.org/wiki/Source_Code">Source Code</a></th><td>2011</td>
<td>A pilot relives eight minutes of another man's life.<sup><a href="#cite_note-3">[3]</a></sup></td></tr>
</table>
<h2>References</h2><ol class="references">
<li id="cite_note-1"><a href="https://example.org/loops">"Time Loops in Film"</a>. Retrieved 1 May 2020.</li>
<li id="cite_note-2"><a href="https://example.org/bp">"Blood Punch - Fruity Looper"</a>. Retrieved 1 May 2020.</li>
<li id="cite_note-3"><a href="https://example.org/sc">"Source Code review"</a>. Retrieved 1 May 2020.</li>
</ol></article></body></html>"""


def test_a_table_cell_heads_no_notes_and_its_row_is_the_paragraph() -> None:
    doc = _parse(_TABLE)
    assert [c.label for c in doc.citations if not c.label.startswith("L")] == ["1", "2", "3"]
    blood = next(c for c in doc.citations if c.label == "2")
    assert blood.claim.startswith("A trio relive")
    assert "Blood Punch" in blood.paragraph  # the row, not the cell alone
    assert "orphan-footnote" not in _codes(doc)


def test_a_heading_named_sources_still_heads_notes() -> None:
    # Near miss: the same words as a heading of the page, not a cell of a table.
    page = _TABLE.replace("<h2>References</h2>", "<h2>Source Code</h2>")
    doc = _parse(page)
    assert [fn.title for fn in doc.footnotes if fn.kind == "footnote"][:1] == ["Time Loops in Film"]


def test_a_paragraph_outside_tables_keeps_its_own_text_as_paragraph() -> None:
    doc = _parse(_TABLE)
    first = next(c for c in doc.citations if c.label == "1")
    assert first.paragraph.strip().startswith("Films in which")
    assert "|" not in first.paragraph


_REVISED = """<html><head><meta property="article:published_time" content="2014-03-27T19:11:24Z">
<meta property="article:modified_time" content="{modified}"></head><body><article>
<p>A claim.<sup><a href="#fn1">[1]</a></sup></p><h2>Notes</h2><ol><li id="fn1">"A title",
https://example.org/a (accessed 1 May 2020).</li></ol></article></body></html>"""


def test_a_revised_page_is_dated_by_its_revision() -> None:
    doc = _parse(_REVISED.format(modified="2024-04-02T13:18:40Z"))
    assert doc.date == dt.date(2024, 4, 2)
    assert "access-date-after-document" not in _codes(doc)


def test_a_modification_date_before_publication_is_ignored() -> None:
    doc = _parse(_REVISED.format(modified="2013-01-01T00:00:00Z"))
    assert doc.date == dt.date(2014, 3, 27)
    assert "access-date-after-document" in _codes(doc)


_TEASER = """<html><body>
<article class="card"><p>Another story about the budget.</p></article>
<div class="story"><article><h1>The birth lottery</h1>
<p>Where a child is born matters more than ever, according to <a href="https://example.edu/report">a
report by the university's poverty centre</a>, which followed 2,000 families for two decades.</p>
<p>The report found that income mobility fell by a third between 1980 and 2010, and that the gap
widened most in the cities the study covered, where housing costs rose fastest.</p>
</article></div></body></html>"""


def test_the_largest_article_is_the_page_s_article() -> None:
    doc = _parse(_TEASER)
    assert [fn.url for fn in doc.footnotes] == ["https://example.edu/report"]
    assert "no-citations" not in _codes(doc)


def test_a_single_small_article_is_still_the_article() -> None:
    # Near miss: one <article> only, however short, is the page's article (nav text outside it).
    page = (
        '<html><body><nav><p>Home</p><p>News</p></nav><article><p>See <a href="https://example.org/x">'
        "the ministry's figures</a>.</p></article><footer><p>"
        + "About us. " * 200
        + "</p></footer></body></html>"
    )
    doc = _parse(page)
    assert [fn.url for fn in doc.footnotes] == ["https://example.org/x"]


_HIGHLIGHTS = """<html><body><article>
<p>The witnesses testified side by side on Tuesday. Here are some of the highlights:</p>
<h3><ol><li>"My fears have been realized"</li></ol></h3>
<p>Morrison told the committee that he feared how the call's disclosure would play in Washington.</p>
<p>He said he had raised the matter with the council's lawyers the same day.</p>
<p>He asked lawmakers not to lose sight of the war, <a href="https://example.org/statement">his
opening statement</a> said.</p>
<h3>2. Never urged an investigation</h3>
<p>Volker said the allegations were not credible.</p>
<p>He added that he had not known of the investigations at the time.</p>
<p>He later said he would have objected to them.</p>
<h3>3. "Not some irregular channel"</h3>
<p>He described his role as the official channel.</p>
<p>He said the State Department had known of his work.</p>
<p>Its leaders had approved it.</p>
<h3>4. Questioning the judgment of a colleague</h3>
<p>Republicans asked about his closed-door testimony.</p>
</article></body></html>"""


def test_numbered_highlights_of_a_story_are_no_notes() -> None:
    doc = _parse(_HIGHLIGHTS)
    assert [fn.kind for fn in doc.footnotes] == ["inline"]
    assert "orphan-footnote" not in _codes(doc)


def test_a_titled_notes_list_before_a_numbered_how_to_is_still_notes() -> None:
    # Near miss: the later numbered list starts again at 1, so it does not continue the notes.
    page = """<html><body><article><p>A claim.<sup><a href="#fn1">[1]</a></sup> Another.<sup><a
href="#fn2">[2]</a></sup></p><h2>Notes</h2><ol><li id="fn1">"Title one", https://example.org/a</li>
<li id="fn2">"Title two", https://example.org/b</li></ol><h2>How to build</h2><ol><li>Clone it</li>
<li>Run make</li><li>Open the page</li></ol></article></body></html>"""
    doc = _parse(page)
    assert [fn.title for fn in doc.footnotes if fn.kind == "footnote"][:2] == ["Title one", "Title two"]


_MENU = """<html><body><ul class="nav"><li class="dropdown-submenu"><a href="#">Fazenda</a>
<ul class="dropdown-menu"><li><a href="/legislacao">Legislação</a></li><li><a href="/formularios">Formulários</a></li>
<li><a href="/agendamento">Agendamento</a></li><li><a href="/comunicacoes">Comunicações</a></li>
<li><a href="/fujama">Fujama</a></li><li><a href="/issem">Issem</a></li><li><a href="/procon">Procon</a></li>
<li><a href="/apresentacao">Apresentação</a></li><li><a href="/precos">Pesquisa de Preços</a></li>
<li><a href="/ldo">LDO</a></li><li><a href="/loa">LOA</a></li><li><a href="/ppa">PPA</a></li></ul></li></ul>
<div class="content"><h1>Prefeitura abre inscrições</h1>
<p>A prefeitura abriu as inscrições para o programa, segundo <a href="https://example.gov.br/edital">o edital
publicado ontem</a>, com 300 vagas.</p></div></body></html>"""


def test_an_item_of_a_site_menu_heads_no_notes() -> None:
    from citecheck.parse.html import read_html
    from citecheck.parse.regions import _heads_notes

    blocks = read_html(_MENU).blocks
    legislation = next(b for b in blocks if b.text.strip() == "Legislação")
    assert legislation.menu
    assert not _heads_notes(legislation)
    # The same item outside a menu heads notes: the guard, not the word, decides.
    legislation.menu = False
    assert _heads_notes(legislation)
    doc = _parse(_MENU)
    assert [(fn.kind, fn.url) for fn in doc.footnotes] == [("inline", "https://example.gov.br/edital")]


def test_a_heading_named_legislation_outside_menus_still_heads_a_list() -> None:
    # Near miss: the same word as a heading of the article, over a list of laws with their addresses.
    page = _MENU.replace(
        "</div></body>",
        "<h2>Legislação</h2><ol><li>Lei 1.234/2020, https://example.gov.br/lei1234</li>"
        "<li>Decreto 55/2021, https://example.gov.br/dec55</li></ol></div></body>",
    )
    doc = _parse(page)
    assert [fn.url for fn in doc.footnotes if fn.kind == "footnote"] == [
        "https://example.gov.br/lei1234",
        "https://example.gov.br/dec55",
    ]


_WRAPPED = """<html><body class="single menu-type-dropdownmenu"><div class="nav"><p>Home</p></div>
<div class="content-with-sidebar-wrp"><div class="elementor-widget-container">
<p>Astronomers confirmed water vapour above the moon's surface, <a href="https://example.org/nasa">the
space agency said</a>, after a decade of searching.</p>
<p>The plumes may carry water from an ocean beneath the ice, according to <a
href="https://example.org/paper">the study</a> published on Monday.</p></div>
<div class="sidebar"><p>Most read: <a href="https://example.org/other">another story</a></p></div>
</div></body></html>"""


def test_the_article_s_wrappers_are_not_furniture_whatever_their_class() -> None:
    doc = _parse(_WRAPPED)
    assert [fn.url for fn in doc.footnotes] == ["https://example.org/nasa", "https://example.org/paper"]


def test_a_small_sidebar_is_still_furniture() -> None:
    # Near miss: the sidebar's link (a small share of the page's paragraphs) stays out.
    doc = _parse(_WRAPPED)
    assert "https://example.org/other" not in [fn.url for fn in doc.footnotes]


_NOTES_AFTER = """<html><body><article><div class="entry-content">
<p>Biden has far more endorsement points<a class="espn-footnote-link" href="#fn-1">1</a> than any rival,
according to the tracker.</p>
<p>Sanders leads among state legislators in Iowa.<a class="espn-footnote-link" href="#fn-2">2</a></p>
</div></article>
<div class="entry-footnotes"><h2>Footnotes</h2><ol class="footnotes">
<li id="fn-1"><p>See <a href="https://example.org/methodology">how the points work</a>.</p></li>
<li id="fn-2"><p>Iowa Starting Line tracks all state legislator endorsements.</p></li>
</ol></div>
<div class="comments"><ol><li id="comment-1"><p>Great piece!</p></li></ol></div>
</body></html>"""


def test_notes_printed_after_the_article_are_read_with_it() -> None:
    doc = _parse(_NOTES_AFTER)
    assert [(fn.label, fn.url) for fn in doc.footnotes if fn.kind == "footnote"] == [
        ("1", "https://example.org/methodology"),
        ("2", None),
    ]
    assert "missing-footnote" not in _codes(doc)
    assert "Great piece" not in " ".join(fn.raw for fn in doc.footnotes)


def test_the_rest_of_the_page_stays_out_when_no_marker_points_there() -> None:
    # Near miss: without links to them, notes outside the article are not read (nor anything else).
    page = _NOTES_AFTER.replace('href="#fn-1"', 'href="#top"').replace('href="#fn-2"', 'href="#top"')
    doc = _parse(page)
    assert [fn for fn in doc.footnotes if fn.kind == "footnote"] == []


def test_a_link_to_a_place_on_another_page_is_no_marker() -> None:
    page = """<html><body><article><p>The parish auctions its church furniture on Saturday.</p>
<p><a href="/Bilder/2019/10/Auktion#n31425091" class="gallery-button">Zur Galerie</a></p>
</article></body></html>"""
    doc = _parse(page)
    assert doc.citations == []
    assert "missing-footnote" not in _codes(doc)


def test_a_link_to_a_missing_note_of_this_page_is_still_a_marker() -> None:
    # Near miss: "#fn3" points into this page; its note is missing, which is worth an error.
    page = """<html><body><article><p>A claim.<sup><a href="#fn3">3</a></sup></p></article></body></html>"""
    doc = _parse(page)
    assert [c.label for c in doc.citations] == ["3"]
    assert "missing-footnote" in _codes(doc)


def test_a_dateline_written_day_first_is_no_note() -> None:
    page = """<html><body><article><h2>Microsoft spioniert nun auch Windows 7 aus</h2>
<p><span class="date">2. September 2015</span></p>
<p>Gehen Sie dazu folgendermaßen vor:</p>
<ol><li>Klicken Sie auf Start – Systemsteuerung.</li><li>Klicken Sie auf Installierte Updates.</li>
<li>Fertig</li></ol>
<p>Windows 8:</p><ol><li>Öffnen Sie den Desktop.</li><li>Klicken Sie auf Deinstallieren.</li></ol>
</article></body></html>"""
    doc = _parse(page)
    assert [fn for fn in doc.footnotes if fn.kind == "footnote"] == []
    assert "duplicate-footnote" not in _codes(doc)


def test_a_numbered_entry_that_begins_with_a_date_is_still_an_entry() -> None:
    # Near miss: "2. September 2015, “Title”, https://…" is a dated entry, not only a date.
    page = """<html><body><article><p>A claim.<sup><a href="#fn2">2</a></sup></p><h2>Notes</h2>
<p>2. September 2015, “Microsoft's update notes”, https://example.org/kb</p></article></body></html>"""
    doc = _parse(page)
    assert [fn.url for fn in doc.footnotes if fn.kind == "footnote"] == ["https://example.org/kb"]


def test_an_empty_article_body_wrapper_is_not_the_article() -> None:
    story = "".join(
        f'<p>Paragraph {i} of the story about the plague cases, reported by <a href="https://example.org/r{i}">the '
        f"health commission</a> on Tuesday, with more detail on the patients and the hospital.</p>"
        for i in range(6)
    )
    page = (
        '<html><body><div itemprop="articleBody"><span>Share</span><script>var x = "'
        + "x" * 3000
        + '";</script></div><div class="story">'
        + story
        + "</div></body></html>"
    )
    doc = _parse(page)
    assert len([fn for fn in doc.footnotes if fn.kind == "inline"]) == 6


def test_a_blog_written_in_lines_is_read_by_its_text() -> None:
    # Near miss: no paragraphs anywhere: the candidate holding the page's text is the article.
    lines = "".join(
        f'Line {i} of the post, see <a href="https://example.org/p{i}">the source</a>.<br>' for i in range(8)
    )
    page = f'<html><body><div class="sidebar">About me</div><div class="post-content">{lines}</div></body></html>'
    doc = _parse(page)
    assert len([fn for fn in doc.footnotes if fn.kind == "inline"]) == 8


def test_notes_outside_the_article_are_read_in_page_order_and_once() -> None:
    # Many notes outside the article, in two containers: each container once, in the page's order
    # (the set-based search that keeps a page of many notes linear).
    from lxml import html as lxml_html

    from citecheck.parse.html import _notes_outside, _targets

    markers = "".join(f'<p>claim {i}<sup><a href="#fn{i}">{i}</a></sup></p>' for i in range(1, 3001))
    first = "".join(f'<li id="fn{i}">note {i}</li>' for i in range(1, 1501))
    second = "".join(f'<li id="fn{i}">note {i}</li>' for i in range(1501, 3001))
    page = (
        f"<html><body><article>{markers}</article><div class='footnotes'><ol>{first}</ol></div>"
        f"<aside><ol>{second}</ol></aside></body></html>"
    )
    root = lxml_html.document_fromstring(page)
    article = next(root.iter("article"))
    found = _notes_outside(article, _targets(root))
    assert [(e.tag, e.get("class")) for e in found] == [("div", "footnotes"), ("ol", None)]
