"""Rules of branch s39-pages2: journal article pages' reference lists (fixtures/parse-eval-pages, the
spent part p39-pages). Each rule has a test that fails without it and a near miss it must leave alone."""

from __future__ import annotations

import datetime as dt

from lxml import html as lxml_html

from citecheck.parse import parse_bytes
from citecheck.parse.reference_html import _GLUED_AFFILIATION_NUMBER, author_institutions, find_apparatus

TODAY = dt.date(2026, 12, 7)


def _notes(body: str, head: str = "") -> dict[str, tuple[str | None, str | None, str]]:
    page = f"<html><head><title>Article</title>{head}</head><body><article>{body}</article></body></html>"
    parsed = parse_bytes(page.encode(), path="page.html", today=TODAY)
    return {fn.label: (fn.title, fn.url, fn.raw) for fn in parsed.footnotes}


_TEXT = "<p>" + "The study measured growth in several populations over two decades of sampling. " * 6 + "</p>"


# 1. HighWire writes the affiliation's number into citation_author_institution ("1Department …").
def test_numbered_institution_tag_tells_the_affiliation_line() -> None:
    head = (
        '<meta name="citation_author_institution" content="1Department of Biology, Umeå University, Sweden">'
    )
    body = (
        '<ol class="affs"><li class="aff"><address><sup>1</sup>Department of Biology, Umeå University,'
        " Sweden</address></li></ol>"
        + _TEXT
        + '<h2>References</h2><ol class="cit-list"><li>Smith, J. (2010). Growth of fish in lakes. '
        "J Fish Biol 5, 1–10.</li><li>Jones, K. (2011). Lakes and their fish. Limnology 7, 2–9.</li></ol>"
    )
    notes = _notes(body, head)
    assert notes["1"][2].startswith("Smith, J. (2010)")
    root = lxml_html.fromstring(f"<html><head>{head}</head><body></body></html>")
    assert "department of biology, umeå university, sweden" in author_institutions(root)


def test_a_street_number_or_year_is_no_affiliation_number() -> None:
    assert _GLUED_AFFILIATION_NUMBER.sub("", "10 downing street", count=1) == "10 downing street"
    assert _GLUED_AFFILIATION_NUMBER.sub("", "2019 annual report", count=1) == "2019 annual report"
    assert _GLUED_AFFILIATION_NUMBER.sub("", "1department of x", count=1) == "department of x"


# 2. A block classed "affiliations" (F1000Research) is no notes list.
def test_affiliations_block_is_not_read_as_notes() -> None:
    body = (
        '<div class="expanded-details affiliations is-hidden"><sup>1</sup> South Carolina Department of Natural'
        " Resources, Charleston, USA<br><sup>2</sup> National Marine Fisheries Service, Pascagoula, USA<br></div>"
        + _TEXT
        + '<h2>References</h2><div class="section ref-list"><ul><li>Bishop SDH, Francis MP: Age and growth of'
        " the shortfin mako shark. <i>Mar Freshwater Res.</i> 2006; 57(2): 143–154.</li><li>Fabens AJ:"
        " Properties and fitting of the Von Bertalanffy growth curve. <i>Growth.</i> 1965; 29(3): 265–89."
        "</li></ul></div>"
    )
    notes = _notes(body)
    assert "Charleston" not in (notes["1"][0] or "")
    assert notes["1"][0] == "Age and growth of the shortfin mako shark"


def test_a_notes_list_classed_otherwise_is_still_read() -> None:
    body = (
        _TEXT + '<h2>Notes</h2><ol class="footnotes affiliation-notes"><li>See the South Carolina report on'
        " fisheries, 2004.</li><li>National Marine Fisheries Service, annual survey, 2005.</li></ol>"
    )
    assert set(_notes(body)) >= {"1", "2"}


# 3-4. Look-up rows set as a list, one link an item (Wiley), and DOIs read from look-ups' queries.
_WILEY = (
    _TEXT + '<h2>References</h2><div class="bibliography"><ul class="custom">'
    '<li id="b1"><span class="bullet">1</span><div class="text"><cite><span class="author">H. W. Kroto</span>,'
    ' <span class="journalTitle">Nature</span> 1987, 329, 529.</cite><ul class="externalReferences">'
    '<li><a href="/resolve/reference/XREF?id=10.1038/329529a0">CrossRef</a>,</li>'
    '<li><a href="/resolve/reference/CAS?id=1:CAS:528:DyaL">CAS</a>,</li>'
    '<li><a href="/resolve/reference/ISI?id=A1987">Web of Science® Times Cited: 987</a></li></ul></div></li>'
    '<li id="b2"><span class="bullet">2</span><div class="text"><cite><span class="author">S. Iijima</span>,'
    ' <span class="journalTitle">Nature</span> 1991, 354, 56.</cite><ul class="externalReferences">'
    '<li><a href="/resolve/reference/XREF?id=10.1038/354056a0">CrossRef</a>,</li>'
    '<li><a href="/resolve/reference/ADS?id=1991Natur">ADS</a></li></ul></div></li></ul></div>'
)


def test_list_shaped_lookup_row_is_apparatus_and_keeps_the_doi() -> None:
    notes = _notes(_WILEY)
    assert notes["1"][0] not in ("CrossRef", "CAS", "ADS")
    assert notes["1"][1] == "https://doi.org/10.1038/329529a0"
    assert notes["2"][1] == "https://doi.org/10.1038/354056a0"


def test_a_list_of_linked_names_opening_a_reference_is_no_row() -> None:
    root = lxml_html.fromstring(
        '<html><body><ol class="references"><li>12. <ul class="authors"><li><a href="/a/1">Ann Lee</a></li>'
        '<li><a href="/a/2">Bo Chan</a></li></ul> Title of the work. Journal 3, 4.</li></ol></body></html>'
    )
    assert not find_apparatus(root, lambda element: True).links


def test_a_lookup_naming_two_dois_or_the_pages_own_gives_none() -> None:
    body = _TEXT + '<h2>References</h2><ol class="references">'
    for n, key in ((1, "10.1021%2Fcr020731c"), (2, "10.1038%2F35104644")):
        body += (
            f"<li>A. Author: <i>Chem. Rev.</i>, 2004, 104, {n}. "
            f'<a href="/servlet/linkout?suffix=C{n}&dbid=16&doi=10.1080%2F2055.2015.1&key={key}">[CrossRef]</a>, '
            f'<a href="/servlet/linkout?suffix=C{n}&dbid=8&doi=10.1080%2F2055.2015.1&key=1566">[PubMed]</a></li>'
        )
    notes = _notes(body + "</ol>")
    assert notes["1"][1] is None and notes["2"][1] is None


# 5. HighWire's data-doi on the reference's element.
def test_data_doi_gives_the_entry_its_doi() -> None:
    body = (
        _TEXT + '<h2>References</h2><div class="section ref-list"><ol class="cit-list">'
        '<li><div class="cit ref-cit" data-doi="10.1128/JB.00542-10"><cite>Dewhirst, F. E. (2010). '
        '<span class="cit-article-title">The human oral microbiome</span>. J Bacteriol 192, 5002–5017.'
        '<span class="cit-pub-id">doi:10.1128/JB.00542-10</span><span class="cit-pub-id">pmid:20656903</span>'
        "</cite></div></li>"
        '<li><div class="cit ref-cit" data-doi="unknown"><cite>Euzéby, J. P. (2013). '
        '<span class="cit-article-title">List of prokaryotic names</span>. Online.</cite></div></li></ol></div>'
    )
    notes = _notes(body)
    assert notes["1"][1] == "https://doi.org/10.1128/JB.00542-10"
    assert notes["2"][1] is None


# 6. A run the page classes as the title wins over emphasis inside it.
def test_title_class_swallows_inner_emphasis() -> None:
    body = (
        _TEXT + '<h2>References</h2><div class="section ref-list"><ol class="cit-list">'
        '<li><cite>Downes, J. (2008). <span class="cit-article-title"><em>Prevotella histicola</em> sp. nov.,'
        " isolated from the human oral cavity</span>. Int J Syst Evol Microbiol 58, 1788–1791.</cite></li>"
        "<li><cite>Hayashi, H. (2007). <em>Prevotella copri</em> in faeces. Int J Syst Evol Microbiol 57, 941."
        "</cite></li></ol></div>"
    )
    notes = _notes(body)
    assert notes["1"][0] == "Prevotella histicola sp. nov., isolated from the human oral cavity"
    assert notes["2"][0] == "Prevotella copri"  # no title class: the emphasis is the title mark still


# 7. A container named "bibliography" makes its items entries, their shown number the label.
def test_bibliography_container_items_are_entries() -> None:
    notes = _notes(_WILEY)
    assert set(notes) >= {"1", "2"}


# 8. Reference fields set as list items end with a stop (ScienceDirect); 9. pages after the year.
def test_field_items_are_stopped_and_pages_are_no_title() -> None:
    body = _TEXT + '<h2>References</h2><ol class="references">'
    for n, title in (
        (1, "Directional selection has shaped the oral jaws of cichlid fishes"),
        (2, "Gene trees"),
    ):
        body += (
            f'<li><ul class="reference"><li class="referenceLabel"><a href="#b{n}">Albertson et al., 2003</a></li>'
            '<li class="author">R.C. Albertson, J.T. Streelman</li>'
            f'<li class="title"><p>{title}</p></li>'
            '<li class="source"><p>Proc. Natl. Acad. Sci. USA, 100 (2003), pp. 5252–5257</p></li></ul></li>'
        )
    notes = _notes(body + "</ol>")
    assert notes["1"][0] == "Directional selection has shaped the oral jaws of cichlid fishes"


def test_pages_after_a_year_with_no_marked_title_stay_as_they_were() -> None:
    page = "# References\n\n1. Smith, J. (2003). A study of lakes. Publisher.\n2. Lee, K. (2004). Rivers. Press.\n"
    parsed = parse_bytes(page.encode(), path="x.md", today=TODAY)
    assert parsed.footnotes[0].title == "A study of lakes"


# 10. A bulleted reference list before the page's numbered notes is numbered on after them.
_SCIELO = (
    _TEXT + '<h2>Referencias</h2><div class="ref-list"><ul class="refList">'
    "<li><div>BRETÓN, A. Antología del humor negro. Barcelona: Anagrama, 2005.</div></li>"
    "<li><div>CHAVES, E. Michel Foucault e a verdade cínica. Campinas: PHI, 2013.</div></li>"
    "<li><div>EPICTETO. Disertaciones por Arriano. Madrid: Gredos, 1993.</div></li></ul></div>"
    '<div class="ref-list"><ul class="refList footnote">'
    "<li><sup>1</sup><div> Sobre las diferentes teorías en torno a la muerte de Diógenes.</div></li>"
    "<li><sup>2</sup><div> La alusión a los dientes se encuentra ya en Laercio.</div></li></ul></div>"
)


def test_bullets_before_written_note_numbers_are_numbered_after_them() -> None:
    notes = _notes(_SCIELO)
    assert notes["3"][0] == "Antología del humor negro"
    assert notes["5"][0] == "Disertaciones por Arriano"
    assert "Antología" not in (notes["1"][0] or "")


def test_bullets_without_a_collision_keep_their_places() -> None:
    body = (
        _TEXT + '<h2>Referencias</h2><div class="ref-list"><ul class="refList">'
        "<li><div>BRETÓN, A. Antología del humor negro. Barcelona: Anagrama, 2005.</div></li>"
        "<li><div>CHAVES, E. Michel Foucault e a verdade cínica. Campinas: PHI, 2013.</div></li></ul></div>"
        '<div class="ref-list"><ul class="refList footnote">'
        "<li><sup>7</sup><div> Sobre las diferentes teorías en torno a la muerte.</div></li>"
        "<li><sup>8</sup><div> La alusión a los dientes se encuentra ya en Laercio.</div></li></ul></div>"
    )
    notes = _notes(body)
    assert notes["1"][0] == "Antología del humor negro"


# 11. Vancouver with a colon after the authors (F1000Research).
def test_colon_closed_vancouver_authors() -> None:
    page = (
        "# References\n\n"
        "1. Carlson JK, Parsons GR: Age and growth of the bonnethead shark, *Sphyrna tiburo*, from northwest"
        " Florida. *Environ Biol Fish.* 1997; 50(3): 331–341.\n"
        "2. Driggers WB III, Carlson JK, et al.: Age and growth of the blacknose shark in the western North"
        " Atlantic Ocean. *Environ Biol Fish.* 2004; 71(2): 171–178.\n"
    )
    parsed = parse_bytes(page.encode(), path="x.md", today=TODAY)
    titles = [fn.title for fn in parsed.footnotes]
    assert titles[0] == "Age and growth of the bonnethead shark, Sphyrna tiburo, from northwest Florida"
    assert titles[1] == "Age and growth of the blacknose shark in the western North Atlantic Ocean"


def test_a_stop_closed_vancouver_entry_keeps_its_reading() -> None:
    page = (
        "# References\n\n"
        "1. Carlson JK, Parsons GR. *Age and growth of the bonnethead shark*. Environ Biol Fish. 1997;50:331.\n"
        "2. Fabens AJ. Properties of the growth curve. Growth. 1965;29:265.\n"
    )
    parsed = parse_bytes(page.encode(), path="x.md", today=TODAY)
    assert parsed.footnotes[0].title == "Age and growth of the bonnethead shark"


# 12. The chemistry journals' style prints no article title.
def test_chemistry_style_entry_has_no_title() -> None:
    page = (
        "# References\n\n"
        "1. H. W. Kroto, Nature 1987, 329, 529.\n"
        "2. Y. Kurui, Y. Oshima, M. Okamoto, Phys. Rev. B 2008, 77, 161403.\n"
        "3. K. S. Novoselov, A. K. Geim, Science 2004, 306, 666.\n"
    )
    parsed = parse_bytes(page.encode(), path="x.md", today=TODAY)
    assert [fn.title for fn in parsed.footnotes] == [None, None, None]


def test_an_entry_with_a_title_before_the_journal_keeps_it() -> None:
    page = (
        "# References\n\n"
        "1. H. W. Kroto, C60: Buckminsterfullerene. Nature 1987, 329, 529.\n"
        "2. S. Iijima, Helical microtubules of graphitic carbon. Nature 1991, 354, 56.\n"
    )
    parsed = parse_bytes(page.encode(), path="x.md", today=TODAY)
    assert parsed.footnotes[1].title == "Helical microtubules of graphitic carbon"


def test_an_affiliation_mark_is_no_note_marker() -> None:
    body = (
        '<p class="authors">A. Author<a href="#af1" class="intra_ref"><sup>a</sup></a>, B. Author'
        '<a href="#af2"><sup>b</sup></a></p><ul class="affiliation authAffil"><li id="af1"><sup>a</sup> Zoological'
        ' Institute, Basel</li><li id="af2"><sup>b</sup> Centre for Synthesis, Oslo</li></ul>'
        + _TEXT
        + '<p>As shown before<a href="#fn1"><sup>1</sup></a>.</p><ol class="footnotes"><li id="fn1">A note on the'
        " method used.</li></ol>"
    )
    page = f"<html><head><title>Article</title></head><body><article>{body}</article></body></html>"
    parsed = parse_bytes(page.encode(), path="page.html", today=TODAY)
    assert not [f for f in parsed.findings if f.code == "missing-footnote"]
    assert {c.label for c in parsed.citations} == {"1"}


def test_bullets_numbered_after_the_notes_are_no_numbering_gap() -> None:
    """The reader's count of the bulleted references (3-5, set before notes 1-2) is no disorder of
    the author's; the notes' own numbers are still checked (a note 4 after notes 1-2 is a gap)."""
    page = f"<html><head><title>Article</title></head><body><article>{_SCIELO}</article></body></html>"
    parsed = parse_bytes(page.encode(), path="page.html", today=TODAY)
    assert {fn.label for fn in parsed.footnotes} == {"1", "2", "3", "4", "5"}
    assert [f.message for f in parsed.findings if f.code == "numbering-gap"] == []
    gapped = page.replace("<sup>2</sup>", "<sup>4</sup>")
    parsed = parse_bytes(gapped.encode(), path="page.html", today=TODAY)
    gaps = [f.label for f in parsed.findings if f.code == "numbering-gap"]
    assert gaps == ["4"], gaps
