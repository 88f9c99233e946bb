"""Families learnt on the spent held-back parts of the fourth and fifth Word sets
(fixtures/parse-eval-docx4 and -docx5, branch s41-docx2: their held-back files are ``studied`` now).
Each rule with a minimal input built here where it fires, and a near miss where it must not."""

from __future__ import annotations

import datetime as dt

from citecheck.parse.assemble import find_entries
from citecheck.parse.dates import ACCESS_LABEL, date_after_label
from citecheck.parse.docx import read_docx
from citecheck.parse.entries import parse_entries
from citecheck.parse.regions import _affiliation_only
from tests.parse.test_docx_real_set import notes_of, package, run
from tests.parse.test_docx_real_set2 import _numbered, _with_numbering

# 1. Word's French Chicago access date, "(accès le 05 05, 2017)" (dates._ACCESS_LABELS "fr",
# dates._WORD_NUMERIC) ----------------------------------------------------------------------------
# fr-note-de-synthese-bibliographie-couverture-mediatique.docx (docx4): Word's BIBLIOGRAPHY field in
# French Chicago, eight web sources each closed so: no access date was read.

_FR = (
    "ACPM. «Classement presse quotidienne nationale 2016.» Alliance pour les chiffres de la presse. "
    "31 12 2016. http://www.acpm.fr/Chiffres/Diffusion (accès le {date})."
)


def _accessed(text: str) -> dt.date | None:
    return parse_entries([(text, [], [])])[0].access_date


def test_word_french_chicago_access_date_is_read() -> None:
    assert _accessed(_FR.format(date="05 05, 2017")) == dt.date(2017, 5, 5)
    # Day first, as the same entries date their sources ("31 12 2016"); only month-first makes sense
    # of "04 23, 2017".
    assert _accessed(_FR.format(date="03 04, 2017")) == dt.date(2017, 4, 3)
    assert _accessed(_FR.format(date="04 23, 2017")) == dt.date(2017, 4, 23)
    assert _accessed(_FR.format(date="5 mai 2017")) == dt.date(2017, 5, 5)


def test_acces_without_a_date_or_a_loose_number_pair_is_no_access_date() -> None:
    # Near misses: "accès le" before a word is prose; "05 05, 2017" read only after a label.
    assert ACCESS_LABEL.search("L'accès le plus rapide aux archives de 2017") is None
    text = "Rapport annuel. Paris, 05 05, 2017. http://www.example.fr/rapport"
    assert _accessed(text) is None
    at = "accès le ".__len__()
    assert date_after_label("accès le 05 05 2017", at, "fr") == (dt.date(2017, 5, 5), 19)  # as before
    assert date_after_label("accès le 31 31, 2017", at, "fr") is None


# 2. An author's affiliation under the by-line is no note (regions._affiliation_only) ---------------
# research-paper-mdpi-references-depression-immune.docx (docx5): MDPI's Word template sets each
# affiliation after a superscript number and a tab under the by-line; four were read as notes 1-4,
# the references' first four pushed to "2.1"-"2.4" with their titles and DOIs.


def _sup(number: str) -> str:
    return f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>{number}</w:t></w:r>'


def _tabbed(text: str) -> str:
    return f'<w:r><w:tab/><w:t xml:space="preserve">{text}</w:t></w:r>'


_REFERENCES = [
    run("References"),
    _numbered(
        run(
            "Patalay, P.; Gage, S.H. Changes in Millennial Adolescent Mental Health over 10 Years. "
            "Int. J. Epidemiol. 2019, 48, 1650–1664. https://doi.org/10.1093/ije/dyz006."
        )
    ),
    _numbered(
        run(
            "Abbott, A. COVID’s Mental-Health Toll: How Scientists Are Tracking a Surge in Depression. "
            "Nature 2021, 590, 194–195. https://doi.org/10.1038/d41586-021-00175-z."
        )
    ),
]


def _paper(lines: list[str]) -> bytes:
    # The references a Word-numbered list, as MDPI's template numbers them (a numbering part is what
    # makes the reader keep a typed superscript number as a marker).
    body = [
        run("Effects of Two Microbes on Circulating and Hippocampal Transcripts"),
        run("Sandor Haas-Neill ") + _sup("1") + run(" and Paul Forsythe ") + _sup("2"),
        *[_sup(str(n)) + _tabbed(line) for n, line in enumerate(lines, start=1)],
        run("Anxiety and depression are common [1], and their toll grew [2]."),
        *_REFERENCES,
    ]
    return _with_numbering(package(body), [("decimal", "%1.")])


_AFFILIATIONS = (
    "The Brain Body Institute, St. Joseph’s Hospital, McMaster University, Hamilton, ON L8N 4A6, Canada;"
    " haasneis@mcmaster.ca (S.H.-N.)",
    "Alberta Respiratory Centre, University of Alberta, Edmonton, AB, Canada",
)


def test_affiliations_under_the_by_line_are_not_notes() -> None:
    notes = notes_of(_paper(list(_AFFILIATIONS)))
    assert sorted(notes) == ["1", "2"]
    assert notes["1"].url == "https://doi.org/10.1093/ije/dyz006"
    # The entry finder takes the two references only (on main the affiliations led it, as entries
    # "1" and "2" in brackets' kind; the real file's four then collided with references 1-4).
    data = _paper([_AFFILIATIONS[0], _AFFILIATIONS[1]])
    found = find_entries([block for block in read_docx(data, path="f.docx").blocks if block.text.strip()])
    assert [(start.label, start.kind) for _, start in found.entries] == [("1", "number"), ("2", "number")]


def test_a_superscript_led_note_citing_an_institution_stays_a_note() -> None:
    # Near misses: a note that cites an institution's work names its year or its address; a short
    # institution name is too little to call an affiliation; prose names no institution.
    assert _affiliation_only("Alberta Respiratory Centre, University of Alberta, Edmonton, AB, Canada")
    assert not _affiliation_only("Department of Health, Annual report on tuberculosis, London, 2019.")
    assert not _affiliation_only(
        "University of Alberta, Research Centre, Edmonton, https://www.ualberta.ca/r"
    )
    assert not _affiliation_only("University of Alberta, Edmonton")
    assert not _affiliation_only("See the discussion above, in the second part, for the details.")


# 3. A surname-initials author list of up to twenty names, "et al." after a semicolon closing it
# (author_heads._MAX_NAMES, author_heads._ET_AL) ----------------------------------------------------
# research-paper-mdpi-references-depression-immune.docx (docx5): MDPI's references name up to ten
# authors, then "; et al."; entries 1 and 60 (ten and nine names) kept the names on their titles.

_NAMES = [
    "Wittchen, H.U.",
    "Jacobi, F.",
    "Rehm, J.",
    "Gustavsson, A.",
    "Svensson, M.",
    "Jönsson, B.",
    "Olesen, J.",
    "Allgulander, C.",
    "Alonso, J.",
    "Faravelli, C.",
]


def test_ten_names_and_et_al_after_a_semicolon_end_at_the_title() -> None:
    from citecheck.parse.author_heads import author_head_end

    head = "; ".join(_NAMES) + "; et al. "
    assert author_head_end(head + "The Size and Burden of Mental Disorders.") == len(head)
    nine = "; ".join(_NAMES[:9]) + " "
    assert author_head_end(nine + "Serotonin Transporter Complexes.") == len(nine)


def test_a_name_list_going_on_in_lower_case_or_a_title_is_no_head() -> None:
    # Near misses: APA's names going on after "y" (as before), a title that opens with a capitalised
    # phrase and no initials, and a list of more than twenty names (left to the other rules).
    from citecheck.parse.author_heads import author_head_end

    assert author_head_end("Serrano, L. H. y Herrera, L. K. Title of the work.") is None
    assert author_head_end("The Size and Burden of Mental Disorders. Eur. J. 2011.") is None
    many = "; ".join(f"Name{chr(65 + i)}, {chr(65 + i)}." for i in range(21)) + " Title of the work."
    assert author_head_end(many) is None
