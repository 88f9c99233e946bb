"""Reference lists of journal article pages (fixtures/parse-eval-pages, branch p12-refhtml): the rules
learnt on the calibration pages of MDPI, Frontiers, Pensoft, Hindawi, BMJ (HighWire) and PubMed
Central (citecheck/parse/reference_html.py and its hooks in citecheck/parse/html.py), each with a test
where it fires and a near miss where it must not. Entries are shaped as those pages write them
(provenance in fixtures/parse-eval-pages/truth.toml).
"""

from __future__ import annotations

from urllib.parse import quote

from lxml import html as lxml_html

from citecheck.parse.html import _reference_context, _reference_list_item
from citecheck.parse.reference_html import (
    back_arrow_link,
    cited_title_span,
    cited_titles,
    doi_of_text,
    find_apparatus,
)

from .conftest import saved_page, saved_page_notes

_notes = saved_page_notes
_PROSE = "<p>" + "The article reports a study of fungi in cereals and what it found. " * 6 + "</p>"


def _with_head(head: str, body: str) -> str:
    return f"<html><head><title>An article</title>{head}</head><body>{body}</body></html>"


# 1. Look-up rows after a reference (reference_html.find_apparatus) ------------------------------
# Data: mdpi-durum-wheat.html (12 of 12 sampled URLs a Google Scholar search, 3 titles "Google
# Scholar"), hindawi-jointvetch.html ("View at Publisher · View at Google Scholar · View at Scopus",
# a lone "View at Scopus" read as a URL), pmc-autocorpus.html ("[DOI] [PMC free article] [PubMed]").

_SCHOLAR = "http://scholar.google.com/scholar_lookup?title=Within-field+variability+of+Fusarium+head+blight+pathogens"


def _mdpi(rows: list[str]) -> str:
    items = "".join(
        f'<li id="B{n}">Xu, X.M.; Parry, D.W. Within-field variability of <i>Fusarium</i> head blight '
        f"pathogens and their associated mycotoxins. <i>Eur. J. Plant Pathol.</i> <b>2008</b>, 120, 21–34. "
        f"{row}</li>"
        for n, row in enumerate(rows, 1)
    )
    return saved_page(
        f'<article>{_PROSE}<section id="html-references_list"><h2>References</h2><ol>{items}</ol></section></article>'
    )


def test_lookup_row_links_are_no_source_but_the_doi_is_kept() -> None:
    notes = _notes(
        _mdpi(
            [
                f'[<a href="{_SCHOLAR}" class="google-scholar">Google Scholar</a>] '
                '[<a href="http://dx.doi.org/10.1007/s10658-007-9189-6" class="cross-ref">CrossRef</a>]',
                f'[<a href="{_SCHOLAR}" class="google-scholar">Google Scholar</a>]',
            ]
        )
    )
    assert notes["1"].url == "http://dx.doi.org/10.1007/s10658-007-9189-6"
    assert notes["1"].title != "Google Scholar"
    # A lone look-up whose query repeats the reference's own words is a search for it.
    assert notes["2"].url is None


def test_lookup_row_near_miss_a_link_ending_the_reference_is_kept() -> None:
    # One link with a short label, not a search for the entry, not a DOI, no row of its class: the
    # reference's own address ("Full report" to the report itself).
    notes = _notes(_mdpi(['<a href="https://example.org/reports/fungi-2008.pdf">Full report</a>']))
    assert notes["1"].url == "https://example.org/reports/fungi-2008.pdf"


def test_lookup_row_near_miss_linked_words_ending_a_sentence() -> None:
    # LessWrong's "… are not <a>wrapper</a> <a>minds</a>": two linked words close a note's sentence;
    # no stop or bracket opens them as a row (lesswrong-simulators.html notes 8 and 12 kept their URLs).
    page = saved_page(
        '<article><p>Text.</p><ol class="footnotes"><li id="fn1">Simulators are not '
        '<a href="https://example.org/posts/wrapper">wrapper</a> <a href="https://example.org/posts/minds">minds'
        "</a></li></ol></article>"
    )
    root = lxml_html.document_fromstring(page)
    assert not find_apparatus(root, _reference_context)


def test_lookup_row_with_separator_elements_and_a_row_of_one_by_its_class() -> None:
    # Hindawi: '<span class="reflinks"><a>View at Publisher</a><span class="sep"> · </span>…', and a
    # reference whose row holds only "View at Scopus" in a span of the same class.
    scopus = "http://www.scopus.com/scopus/inward/record.url?eid=2-s2.0-1"
    page = saved_page(
        f"<article>{_PROSE}<h4>References</h4><ol>"
        "<li>B. Choi, “Role of belowground parts of green manure legumes,” <i>Plant Production Science</i>, "
        'vol. 11, pp. 116–123, 2008. <span class="reflinks"><a href="http://dx.doi.org/10.1626/pps.11.116">'
        'View at Publisher</a><span class="sep"> · </span><a href="http://scholar.google.com/scholar?q=x">'
        f'View at Google Scholar</a><span class="sep"> · </span><a href="{scopus}">View at Scopus</a></span></li>'
        "<li>H. Daimon, “Advance in the studies on tropical legumes used as green manure,” <i>Japanese "
        f'Journal of Crop Science</i>, vol. 68, pp. 337–347, 1999. <span class="reflinks"><a href="{scopus}2">'
        "View at Scopus</a></span></li></ol></article>"
    )
    notes = _notes(page)
    assert notes["1"].url == "http://dx.doi.org/10.1626/pps.11.116"
    assert notes["2"].url is None


def test_lookup_row_closed_by_an_icon_link() -> None:
    # BMC's rows end on an image link to a link resolver ("<a …><img alt="OpenURL"></a>"): the icon no
    # longer breaks the row (ContentMine/norma's saved BMC Evolutionary Biology article, not in the
    # fixtures: 33 of its 94 references read a PubMed record as their URL before, 0 after).
    page = saved_page(
        f'<article>{_PROSE}<h3>References</h3><ol id="references"><li id="B1"><p>Mellows A, Larson G: '
        "<strong>The impact of past climate change on genetic variation in the Icelandic arctic fox."
        "</strong></p><p><em>Proc Biol Sci</em> 2012, 279:4568-4573. "
        '<a href="http://www.biomedcentral.com/pubmed/22977155">PubMed&nbsp;Abstract</a> | '
        '<a href="http://www.ncbi.nlm.nih.gov/entrez/eutils/elink.fcgi?id=22977155">Publisher&nbsp;Full&nbsp;Text</a> '
        '<a href="http://www.biomedcentral.com/sfx_links?bibl=B1"><img src="sfx.gif" alt="OpenURL"></a></p></li>'
        "</ol></article>"
    )
    notes = _notes(page)
    assert notes["1"].url is None
    # Near miss: an icon link alone after a reference is no row (no labelled look-up beside it).
    root = lxml_html.document_fromstring(
        saved_page(
            f"<article>{_PROSE}<h3>References</h3><ol><li>Mellows A. The arctic fox. Proc Biol Sci 2012. "
            '<a href="https://example.org/fox.pdf"><img src="pdf.gif" alt="PDF"></a></li></ol></article>'
        )
    )
    assert not find_apparatus(root, _reference_context)


# 2. A row set in a paragraph of its own ------------------------------------------------------------
# Data: frontiers-dog-cooperation.html ("<p class="ReferencesCopy2">Pubmed Abstract | … | CrossRef Full
# Text | Google Scholar</p>" after each reference: PubMed records read as URLs), pensoft-flatworm.html
# (a "Search via ReFindit" block after each reference: ten of eleven titles shifted by one).


def test_row_paragraph_joins_its_reference_and_gives_its_doi() -> None:
    refs = (
        '<div class="References"><p class="ReferencesCopy1">Bräuer, J., and Call, J. (2013). Domestic dogs '
        "coordinate their actions in a problem-solving task. <i>Anim. Cogn.</i> 16, 273–285.</p>"
        '<p class="ReferencesCopy2"><a href="http://www.ncbi.nlm.nih.gov/sites/entrez?TermToSearch=23090682">'
        'Pubmed Abstract</a> | <a href="http://dx.doi.org/10.1007/s10071-012-0571-1">CrossRef Full Text</a> | '
        '<a href="http://scholar.google.com/scholar_lookup?title=Domestic+dogs">Google Scholar</a></p></div>'
        '<div class="References"><p class="ReferencesCopy1">Derr, M. (2011). <i>How the Wolf Became the '
        "Dog</i>. New York, NY: The Overlook Press.</p></div>"
    )
    notes = _notes(saved_page(f"<article>{_PROSE}<h2>References</h2>{refs}</article>"))
    assert notes["1"].url == "http://dx.doi.org/10.1007/s10071-012-0571-1"
    assert notes["2"].title == "How the Wolf Became the Dog"
    assert "3" not in notes


def test_search_row_of_one_link_is_no_entry() -> None:
    # Each entry's look-up carries that entry's own text in its query (Pensoft's ReFindit links).
    refs = "".join(
        f'<div class="holder"><div class="bibr"><li class="ref-list-item">{text}</li></div>'
        '<div class="refinder-link-holder"><a class="refinder-link" '
        f'href="http://www.refindit.org/?search=simple&text={quote(text)}">Search via ReFindit</a>'
        "</div></div>"
        for text in (
            "Ferreira RL (2005) A vida subterrânea nos campos ferruginosos. O Carste 3: 106–115.",
            "Godoy NM (1986) Nota sobre a fauna cavernícola de Bonito. Espeleo-tema 15: 80–92.",
        )
    )
    page = saved_page(f'<article>{_PROSE}<div class="AOF-ref-list"><h2>References</h2>{refs}</div></article>')
    notes = _notes(page)
    assert notes["1"].url is None
    assert notes["2"].title == "Nota sobre a fauna cavernícola de Bonito"
    assert "Search via ReFindit" not in {note.title for note in notes.values()}


def test_row_of_one_link_near_miss_a_query_of_other_words() -> None:
    # A lone short link after a reference whose query does not repeat the reference (a site search
    # for a subject) is not taken for a look-up of it.
    page = saved_page(
        f'<article>{_PROSE}<div class="AOF-ref-list"><h2>References</h2><div class="holder"><div class="bibr">'
        '<li class="ref-list-item">Godoy NM (1986) Nota sobre a fauna cavernícola de Bonito. Espeleo-tema 15.</li>'
        '</div><div class="more"><a href="https://example.org/?q=bats">Related</a></div></div></div></article>'
    )
    root = lxml_html.document_fromstring(page)
    assert not find_apparatus(root, _reference_context)


# 3. A list of references named by its class (html._reference_list_item) ---------------------------
# Data: pmc-autocorpus.html (PubMed Central: "<span class="label">1.</span><cite>…" glued, "1.Sheikh…",
# references 6-12 lost), bmj-dabigatran-warfarin.html (HighWire's items split in three blocks).


def test_reference_list_item_by_class() -> None:
    items = "".join(
        f'<li id="B{n}"><span class="label">{n}.</span><cite>Comeau DC, Wei CH, Lu Z. {title}. '
        f"Bioinformatics. (2019) 35:3533–5.</cite> "
        f'[<a href="https://doi.org/10.1093/bioinformatics/btz07{n}">DOI</a>] '
        f'[<a href="/articles/PMC674874{n}/">PMC free article</a>] '
        f'[<a href="https://pubmed.ncbi.nlm.nih.gov/3071522{n}/">PubMed</a>]</li>'
        for n, title in ((1, "PMC text mining subset in BioC"), (2, "BioC: a minimalist approach"))
    )
    page = saved_page(
        f'<article>{_PROSE}<section class="ref-list"><h2>References</h2><ul class="ref-list">{items}</ul>'
        "</section></article>"
    )
    notes = _notes(page)
    assert notes["1"].url == "https://doi.org/10.1093/bioinformatics/btz071"
    assert notes["2"].url == "https://doi.org/10.1093/bioinformatics/btz072"
    root = lxml_html.document_fromstring(page)
    assert _reference_list_item(root.find(".//li"))


def test_reference_list_item_near_miss_a_list_of_the_text() -> None:
    # A list of the article's own (no class naming references) is no list of entries.
    root = lxml_html.document_fromstring(
        saved_page('<div class="results"><ul class="findings"><li>One</li></ul></div>')
    )
    assert not _reference_list_item(root.find(".//li"))


# 4. A back arrow into the page (reference_html.back_arrow_link) ------------------------------------
# Data: bmj-dabigatran-warfarin.html ('<a class="rev-xref-ref" href="#xref-ref-1-1">↵</a>' first in
# every reference: a block "↵" of its own before each).


def test_back_arrow_link() -> None:
    assert back_arrow_link(lxml_html.fragment_fromstring('<a href="#xref-ref-1-1">↵</a>'))
    # Near misses: an arrow to another page, a link into the page that shows a label.
    assert not back_arrow_link(lxml_html.fragment_fromstring('<a href="https://example.org/">↵</a>'))
    assert not back_arrow_link(lxml_html.fragment_fromstring('<a href="#ref-1">1</a>'))


# 5. A link whose text is a DOI (reference_html.doi_of_text) ----------------------------------------
# Data: bmj-dabigatran-warfarin.html ("<a href="/lookup/doi/http://dx.doi.org/doi:10.1378/chest.09-1584">
# doi:10.1378/chest.09-1584</a>": the site's look-up read as the URL for eleven of twelve).


def test_doi_text_link_reads_as_the_doi() -> None:
    assert doi_of_text("doi:10.1378/chest.09-1584") == "https://doi.org/10.1378/chest.09-1584"
    assert doi_of_text(" 10.1056/NEJMoa0905561 ") == "https://doi.org/10.1056/NEJMoa0905561"
    page = _with_head(
        '<link rel="canonical" href="https://journal.example.org/content/353/i2607">',
        f'<article>{_PROSE}<div class="section ref-list"><h2>References</h2><ol class="cit-list">'
        '<li><a class="rev-xref-ref" href="#xref-ref-1-1">↵</a><div class="cit"><div class="cit-metadata"><cite>'
        "Hart RG, Pearce LA. Meta-analysis: antithrombotic therapy to prevent stroke. Ann Intern Med 2007;146:857-67. "
        '<a href="/lookup/doi/http://dx.doi.org/doi:10.7326/0003-4819-146-12-200706190-00007">'
        "doi:10.7326/0003-4819-146-12-200706190-00007</a>.</cite></div></div></li></ol></div></article>",
    )
    notes = _notes(page)
    assert notes["1"].url == "https://doi.org/10.7326/0003-4819-146-12-200706190-00007"


def test_doi_text_near_miss() -> None:
    # Text that says more than the DOI is no DOI's text; a label is none.
    assert doi_of_text("see doi:10.1378/chest.09-1584 for the data") is None
    assert doi_of_text("Full text") is None


# 6. Authors' affiliations (reference_html.affiliation_line, html._Walker._unshown) ----------------
# Data: frontiers-dog-cooperation.html ('<ul class="notes"><li><sup>1</sup>Comparative Cognition, …'
# read as notes 1 and 2, every reference's label shifted by two), pmc-autocorpus.html.

_INSTITUTION = '<meta name="citation_author_institution" content="Wolf Science Centre, Ernstbrunn, Austria">'
_AFFILIATION_BODY = (
    '<article><div>Friederike Range<sup>1</sup></div><ul class="notes"><li><span><sup>1</sup></span>'
    "Wolf Science Centre, Ernstbrunn, Austria</li></ul>"
    f"{_PROSE}<h2>References</h2>"
    '<div class="References"><p>Derr, M. (2011). <i>How the Wolf Became the Dog</i>. New York, NY: '
    "The Overlook Press.</p></div></article>"
)


def test_affiliation_line_is_no_note() -> None:
    notes = _notes(_with_head(_INSTITUTION, _AFFILIATION_BODY))
    assert notes["1"].title == "How the Wolf Became the Dog"


def test_affiliation_near_miss_without_the_page_metadata() -> None:
    # Without the page's citation_author_institution tags the line is read as before (a note).
    notes = _notes(_with_head("", _AFFILIATION_BODY))
    assert notes["1"].title != "How the Wolf Became the Dog"


# 7. Hidden descriptions (html._Walker._unshown) ----------------------------------------------------
# Data: pmc-autocorpus.html (each author's '<div hidden="hidden" id="id3">' card, named by the name's
# aria-describedby, repeats the affiliations as "<sup>3</sup>Section of Bioinformatics, …": notes 1-5);
# near miss: lesswrong-simulators.html (React's streamed '<div hidden id="S:1">' holds the page's text).


def test_hidden_description_is_not_read() -> None:
    card = (
        '<a href="/a" aria-describedby="id3">Yan Hu</a><div hidden="hidden" id="id3"><div class="p">'
        "<sup>3</sup>Section of Bioinformatics, Imperial College London</div></div>"
    )
    notes = _notes(saved_page(f"<article>{card}{_PROSE}</article>"))
    assert "3" not in notes


def test_hidden_near_miss_streamed_content_is_read() -> None:
    body = (
        '<div hidden id="S:1"><article><p>A claim<sup><a href="#fn1" id="fnref1">1</a></sup>.</p>'
        f'{_PROSE}<ol class="footnotes"><li id="fn1">See the report, <a href="https://example.org/r">'
        "Annual report on fungi</a>.</li></ol></article></div>"
    )
    notes = _notes(saved_page(body))
    assert notes["1"].url == "https://example.org/r"


# 8. Titles the page's metadata gives its references (reference_html.cited_titles) ----------------
# Data: bmj-dabigatran-warfarin.html (citation_reference tags carry the titles of references 3-7;
# "Connolly SJ, …, et al. RE-LY Steering Committee and Investigators. Dabigatran versus warfarin …"
# took the group as its title).


def test_cited_title_span() -> None:
    root = lxml_html.document_fromstring(
        '<html><head><meta name="citation_reference" content="citation_journal_title=Chest;'
        'citation_title=Why Do Patients With Atrial Fibrillation Not Receive Warfarin?;citation_year=2000">'
        '<meta name="citation_reference" content="citation_title=Dog;citation_year=1984">'
        "</head><body></body></html>"
    )
    titles = cited_titles(root)
    assert titles == ("why do patients with atrial fibrillation not receive warfarin?",)  # "Dog": too short
    text = "Bungard TJ, Ghali WA. Why do patients with atrial fibrillation not receive warfarin? Arch Intern Med."
    start, end = cited_title_span(text, titles) or (0, 0)
    assert text[start:end] == "Why do patients with atrial fibrillation not receive warfarin?"


def test_cited_title_span_near_miss() -> None:
    # A reference that does not hold the whole title is left alone.
    titles = ("why do patients with atrial fibrillation not receive warfarin?",)
    assert (
        cited_title_span("Bungard TJ. Why patients with atrial fibrillation receive warfarin.", titles)
        is None
    )


# 9. An emphasised "et al." (reference_html.author_list_mark) -----------------------------------------
# Data: bmc-trials-drug-monitoring.html ("Grad R, <em>et al</em>.: <strong>A randomized trial …</strong>":
# five of twelve sampled titles read "et al").


def test_emphasised_et_al_is_no_title_mark() -> None:
    page = saved_page(
        f'<article>{_PROSE}<h3>References</h3><ol id="references"><li id="B3"><p>Tamblyn R, Huang A, '
        "<em>et al</em>.: <strong>A randomized trial of the effectiveness of on-demand versus computer-triggered "
        "drug decision support in primary care.</strong></p><p><em>J Am Med Inform Assoc</em> 2008, 15:430-8.</p>"
        "</li></ol></article>"
    )
    notes = _notes(page)
    assert notes["1"].title == (
        "A randomized trial of the effectiveness of on-demand versus computer-triggered drug decision support "
        "in primary care"
    )


def test_emphasised_et_al_near_miss() -> None:
    from citecheck.parse.reference_html import author_list_mark

    assert author_list_mark("et al") and author_list_mark(" et al. ")
    # A title that only begins so, or a longer emphasised run, is still a title mark.
    assert not author_list_mark("Et alia: the others in Roman law")
    assert not author_list_mark("Smith et al. revisited")
