"""Rules of branch s40-pages: journal article pages' reference lists (fixtures/parse-eval-pages, the
spent part p39b-pages: ACS, AIP, IOP, Nature pages). Each rule has a test that fails without it and a
near miss it must leave alone."""

from __future__ import annotations

import datetime as dt

from citecheck.parse import parse_bytes

TODAY = dt.date(2026, 12, 7)


def _notes(body: str, suffix: str = "html") -> dict[str, tuple[str | None, str | None, str]]:
    if suffix == "html":
        page = f"<html><head><title>Article</title></head><body>{body}</body></html>"
    else:
        page = body
    parsed = parse_bytes(page.encode(), path=f"page.{suffix}", today=TODAY)
    return {fn.label: (fn.title, fn.url, fn.raw) for fn in parsed.footnotes}


_TEXT = (
    '<div class="article"><p>'
    + "The films were grown by pulsed laser deposition and measured at room temperature. " * 6
    + 'As reported before <a href="#bib001" id="fnref-bib001">[1]</a> and since'
    ' <a href="#bib002" id="fnref-bib002">[2]</a>.</p></div>'
)


# 1. IOPscience: the item opens on its back link "[1]", the reference in a <div> after it.
def test_back_link_label_carries_to_the_entry_block_after_it() -> None:
    body = (
        _TEXT + '<h2 id="references">References</h2><div><ul class="clear-list">'
        '<li><a class="indices-id" id="bib001" href="#fnref-bib001">[1]</a><div class="indices-content">'
        "<cite>Willets K A and Duyne R P V 2007 <i>Annu. Rev. Phys. Chem.</i> <b>58</b> 267–97</cite>"
        '<p><a href="http://dx.doi.org/10.1146/annurev.physchem.58.032806.104607">CrossRef</a></p></div></li>'
        '<li><a class="indices-id" id="bib002" href="#fnref-bib002">[2]</a><div class="indices-content">'
        "<cite>Anker J N and Hall W P 2008 <i>Nat. Mater.</i> <b>7</b> 442–53</cite>"
        '<p><a href="http://dx.doi.org/10.1038/nmat2162">CrossRef</a></p></div></li></ul></div>'
    )
    notes = _notes(body)
    assert notes["1"][2].startswith("Willets K A")
    assert notes["2"][2].startswith("Anker J N")


def test_back_link_label_before_inline_text_labels_its_own_block() -> None:
    # Near miss: the usual "[1] Text" entry, its text inline after the back link, as before.
    body = (
        _TEXT + '<h2>References</h2><ol class="references">'
        '<li id="bib001"><a href="#fnref-bib001">[1]</a> Smith J 2007 Growth of films. J. Appl. Phys. 5 1–9</li>'
        '<li id="bib002"><a href="#fnref-bib002">[2]</a> Jones K 2008 Films again. J. Appl. Phys. 6 2–8</li></ol>'
    )
    notes = _notes(body)
    assert notes["1"][2].startswith("Smith J 2007")
    assert notes["2"][2].startswith("Jones K 2008")


# 2. AIP Scitation: the number in a block of its own ("1. "), the reference in the next; its DOI link
# after the reference's <div>, in the same element.
def _aip(number: str, body: str, link: str) -> str:
    return (
        '<div class="refcontainer"><div class="refnumbercontainer"><span class="refnumber">'
        f'{number}</span></div><div class="refbody"><span><div class="citation">{body}</div></span>'
        f'<a href="{link}" class="externallink">{link}</a></div></div>'
    )


def test_lone_number_block_labels_the_reference_beside_it() -> None:
    body = (
        '<div class="article"><p>'
        + "Spin resonance was measured with a quasi-optical setup. " * 8
        + "</p></div>"
        '<div class="references"><div id="articlereference">'
        + _aip(
            "1. ",
            "C. Di Valentin and G. Pacchioni, J. Phys. Chem. B 109, 11414 (2005).",
            "http://dx.doi.org/10.1021/jp051756t",
        )
        + _aip(
            "2. ",
            "A. M. Kolpak and S. Ismail-Beigi, Phys. Rev. B 85, 195318 (2012).",
            "http://dx.doi.org/10.1103/PhysRevB.85.195318",
        )
        + "</div></div>"
    )
    notes = _notes(body)
    assert notes["1"][2].startswith("C. Di Valentin")
    assert notes["1"][1] == "http://dx.doi.org/10.1021/jp051756t"
    assert notes["2"][1] == "http://dx.doi.org/10.1103/PhysRevB.85.195318"
    # 3. (entries) AIP's and the APS's style prints no article title: the authors are none.
    assert notes["1"][0] is None
    assert notes["2"][0] is None


def test_lone_number_outside_notes_labels_nothing() -> None:
    # Near miss: a step's number in a block of its own in the article, not in a notes container.
    body = (
        '<div class="article"><p>' + "Follow the steps below to set the spectrometer up. " * 8 + "</p>"
        '<div class="step"><div class="stepnumber">1. </div><div class="stepbody">Cool the magnet.</div></div>'
        "</div>"
    )
    notes = _notes(body)
    assert "1" not in notes


def test_aps_entry_with_an_article_title_keeps_it() -> None:
    # Near miss of 3: an article title between the authors and the journal.
    text = (
        "Text cites it.[1]\n\n## References\n\n1. A. M. Kolpak and S. Ismail-Beigi, Thickness dependence of"
        " the ordering in oxides, Phys. Rev. B 85, 195318 (2012).\n"
    )
    notes = _notes(text, "md")
    assert notes["1"][0] is not None and notes["1"][0].startswith("Thickness dependence")


# 4. IOP's physics style: "Names Year Journal Vol Pages", the journal in italics, no article title.
def test_iop_physics_entry_has_no_title() -> None:
    text = (
        "Text cites it.[1][2]\n\n## References\n\n1. Willets K A and Duyne R P V 2007 *Annu. Rev. Phys. Chem.* 58"
        " 267–97\n2. Leong E S P, Wu S J and Liu Y J 2014 *Nanotechnology* 25 055203\n"
    )
    notes = _notes(text, "md")
    assert notes["1"][0] is None
    assert notes["2"][0] is None


def test_physics_entry_with_a_title_case_title_keeps_it() -> None:
    # Near miss: a title-case article title before the journal is read with the journal by the
    # pattern, so the title read is not the journal and stays.
    text = "Text cites it.[1]\n\n## References\n\n1. Smith J 2007 *Quantum Dots In Cells* Nature 455 376\n"
    notes = _notes(text, "md")
    assert notes["1"][0] == "Quantum Dots In Cells"


# 5. ACS: the reference's only links are CAS look-ups; its written DOI is its address.
def test_written_doi_before_index_lookups() -> None:
    text = (
        "Text cites it.[1]\n\n## References\n\n1. Lin, X.; Jia, J. CrystEngComm 2007, 9, 438– 448, DOI: 10.1039/"
        "b706207a [CAS](https://chemport.cas.org/services/resolver?origin=ACS&coi=1%3ACAS%3A528) "
        "[SciFinder](https://scifinder.cas.org/scifinder/view/link_v1/reference.jsf?l=Bmxx)\n"
    )
    notes = _notes(text, "md")
    assert notes["1"][1] == "https://doi.org/10.1039/b706207a"


def test_written_doi_after_a_publisher_link_keeps_the_link() -> None:
    # Near miss: a link to the publisher's page (no index look-up) keeps its place.
    text = (
        "Text cites it.[1]\n\n## References\n\n1. Lin, X.; Jia, J. CrystEngComm 2007, 9, 438– 448, DOI: 10.1039/"
        "b706207a [Full text](https://pubs.rsc.org/en/content/articlelanding/2007/ce/b706207a)\n"
    )
    notes = _notes(text, "md")
    assert notes["1"][1] == "https://pubs.rsc.org/en/content/articlelanding/2007/ce/b706207a"


# 6. ACS: the list item prints its own number ("4. ") before the reference; ACS's style has no title.
def test_printed_number_of_the_item_is_no_part_of_the_entry() -> None:
    body = (
        '<div class="article"><p>'
        + "Frameworks were synthesised and their sorption measured. " * 8
        + "</p></div>"
        '<h2>References</h2><ol id="references">'
        '<li id="ref1"><div class="reference"><strong class="refLabel"><a href="JavaScript:void(0);">1. </a>'
        '</strong><div class="NLM_citation">Smith, J. Frameworks of copper: a review. Dalton Trans. 2011, 40, 5.'
        "</div></div></li>"
        '<li id="ref2"><div class="reference"><strong class="refLabel"><a href="JavaScript:void(0);">2. </a>'
        '</strong><div class="NLM_citation">O’Keeffe, M.; Yaghi, O. M. Chem. Rev. 2012, 112, 675– 702, DOI:'
        " 10.1021/cr200205j</div></div></li></ol>"
    )
    notes = _notes(body)
    assert notes["1"][0] == "Frameworks of copper: a review"
    assert notes["2"][0] is None


def test_entry_opening_with_a_bare_number_keeps_it() -> None:
    # Near miss: an entry whose text opens with its number bare, no stop ("3 ways …"), keeps the words.
    body = (
        '<div class="article"><p>' + "Readers asked for tips on saving energy at home. " * 8 + "</p></div>"
        '<h2>Sources</h2><ol class="references"><li>First source, <a href="https://a.example/x">A page</a>'
        '</li><li>2 ways to save, <a href="https://b.example/y">B page</a></li></ol>'
    )
    notes = _notes(body)
    assert notes["2"][2].startswith("2 ways to save")


# 7. Nature: two authors joined by "&", the first with two initials, before the emphasised title.
def test_two_authors_with_ampersand_are_no_title() -> None:
    text = (
        "Text cites it.[1]\n\n## References\n\n1. Karp, J. M. & Teo, G. *Mesenchymal stem cell homing: the devil"
        " is in the details*. *Cell Stem Cell* 4, 206–216 (2009).\n"
    )
    notes = _notes(text, "md")
    assert notes["1"][0] == "Mesenchymal stem cell homing: the devil is in the details"


def test_title_sentence_after_two_authors_stays_the_title() -> None:
    # Near miss: a plain title sentence after the authors, the journal emphasised.
    text = (
        "Text cites it.[1]\n\n## References\n\n1. Karp, J. M. & Teo, G. Mesenchymal stem cell homing."
        " *Cell Stem Cell* 4, 206–216 (2009).\n"
    )
    notes = _notes(text, "md")
    assert notes["1"][0] == "Mesenchymal stem cell homing"


# 8. (calibration page pmc-autocorpus.html) Frontiers' Vancouver: "Journal. (Year) Vol:Pages".
def test_vancouver_with_bracketed_year_after_the_journal() -> None:
    text = (
        "Text cites it.[1][2]\n\n## References\n\n1. Sheikhalishahi S, Miotto R, Osmani V. Natural language"
        " processing of clinical notes on chronic diseases: systematic review. JMIR Med Inform. (2019) 7:e12239."
        " 10.2196/12239\n2. Ceusters W. An information artifact ontology perspective on data collections."
        " Stud Health Technol Inform. (2012) 180:68–72.\n"
    )
    notes = _notes(text, "md")
    assert (
        notes["1"][0]
        == "Natural language processing of clinical notes on chronic diseases: systematic review"
    )
    assert notes["2"][0] == "An information artifact ontology perspective on data collections"


def test_apa_entry_with_bracketed_year_keeps_its_title() -> None:
    # Near miss: APA's year in brackets after the authors, not after the journal.
    text = (
        "Text cites it.[1]\n\n## References\n\n1. Smith, J., & Roe, K. (2019). Reading clinical notes at scale."
        " Journal of Biomedical Informatics, 7(2), 1–9.\n"
    )
    notes = _notes(text, "md")
    assert notes["1"][0] == "Reading clinical notes at scale"


# 9. (calibration page tandf-licoo2.html) Taylor & Francis's colon-closed authors before the journal.
def test_colon_closed_authors_then_journal_have_no_title() -> None:
    text = (
        "Text cites it.[1]\n\n## References\n\n1. P. G. Bruce, B. Scrosati and J. M. Tarascon: Angew. Chem. Int."
        " Ed., 2008, 47, 2930–2946.\n"
    )
    notes = _notes(text, "md")
    assert notes["1"][0] is None


def test_colon_closed_authors_then_a_title_keep_it() -> None:
    # Near miss: a quoted article title after the colon, the journal after it.
    text = (
        "Text cites it.[1]\n\n## References\n\n1. P. G. Bruce and J. M. Tarascon: 'Growth of the crystals in"
        " cells', J. Cryst. Growth, 2010, 20, 38.\n"
    )
    notes = _notes(text, "md")
    assert notes["1"][0] is not None and notes["1"][0].startswith("Growth of the crystals")


# 10. (calibration page steinzeitwissen-werkzeuge.html) A citation signal before the author: "vergl.", "Vgl.".
def test_leading_signal_is_no_part_of_the_head() -> None:
    text = (
        "Text cites it.[^1][^2]\n\n[^1]: vergl. Gerken, Klaus 2001: Studien zur Besiedlung im Gebiet zwischen"
        " Wümme und Oste. Archäologische Berichte 9, Oldenburg, 2001, S. 29\n"
        "[^2]: Vgl. Müller, Hans: Die Geschichte der Stadt. Berlin 2003, S. 12.\n"
    )
    notes = _notes(text, "md")
    assert notes["1"][0] == "Studien zur Besiedlung im Gebiet zwischen Wümme und Oste"
    assert notes["2"][0] == "Die Geschichte der Stadt"


def test_leading_signal_before_a_linked_title_leaves_the_link_the_title() -> None:
    # Near miss: a head with a marked title is read as before, the signal and all.
    text = (
        "Text cites it.[^1]\n\n[^1]: vgl. DeRouchy, Bill: [History of the Button](https://youtu.be/zdwUbhm-8Mw)"
        " UXLx/Youtube\n"
    )
    notes = _notes(text, "md")
    assert notes["1"][0] == "History of the Button"


def test_title_opening_on_a_signal_word_keeps_it() -> None:
    # Near miss: "See" opening a title, no name closed by a comma or colon after it.
    text = "Text cites it.[^1]\n\n[^1]: See You Again Tonight. Sony Music, 2015. https://example.com/song\n"
    notes = _notes(text, "md")
    assert notes["1"][0] == "See You Again Tonight"


def test_values_and_units_in_blocks_are_no_numbered_entries() -> None:
    # Near miss of 2: a recipe card's nutrition label in a "notes" container, each value and its unit
    # in blocks of their own (trafilatura's saved elavegan.com page).
    cells = "".join(
        f'<div class="nutrient"><div class="value">{value}</div><div class="unit">{unit}</div></div>'
        for value, unit in (("11", "g"), ("17", "%"), ("4", "g"), ("20", "%"))
    )
    body = (
        '<div class="article"><p>' + "Mix the peanut butter with the flour and roll the balls. " * 8 + "</p>"
        f'<div class="recipe-notes">{cells}</div></div>'
    )
    notes = _notes(body)
    assert "11" not in notes and "4" not in notes
