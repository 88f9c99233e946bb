"""A page of a thesis or report copied out of its PDF: the page's footnotes under its text, numbered on
from the pages before (225, 226, …), their markers glued to the words ("isim”225", "kavram,226",
"vurgulamaktadır.227"); and notes that send the reader back to a work cited before ("a.g.e.", "Ibid.",
"op. cit.") with no title of their own. Shapes from heldback-19's page of a Turkish thesis
(hb19-tr-chicago-notes-stratejik-derinlik-tez-dipnotlar.txt: before, no note found and the document
called one without citations); the texts below are invented in that shape."""

from __future__ import annotations

from citecheck.parse.entries import parse_entry
from citecheck.parse.page_foot_notes import page_foot_notes

from .conftest import parsed_notes

_PAGE = (
    "4.1 Doctrine\n\n"
    "The concept, described as “both the theory and the man who applied it”41\n\n"
    "is at the heart of the new policy. The book of 2001 gave the concept its name,42\n\n"
    "and it frames the country's place in its region.43\n\n"
    "41 “Portrait: A Minister”, Acme Turk, http://acme.example/portrait, (30.06.2014).\n\n"
    "42 “Strategic Depth” is the book read as the policy's reference since 2009. See Doe, a.g.e.\n\n"
    "43 Roe-Poe, a.g.m., s. 12.\n"
)


def test_a_page_of_notes_numbered_on_from_the_pages_before_is_read() -> None:
    notes = {fn.label: fn for fn in parsed_notes(_PAGE, "page.txt")}
    assert sorted(notes) == ["41", "42", "43"]
    assert notes["41"].title == "Portrait: A Minister" and notes["41"].url == "http://acme.example/portrait"
    assert notes["43"].title is None  # "a.g.m.": the article cited before, no title here


def test_numbers_glued_to_no_marker_open_no_notes() -> None:
    # Near miss: paragraphs opening "41 …", "42 …" with no marker glued to the text above them, and a
    # run of model numbers ("COVID19") that no note answers.
    texts = [
        "Cases rose with COVID19 in the spring.",
        "41 Cases were counted in March 2020.",
        "42 Cases were counted in April 2020.",
        "43 Cases were counted in May 2020.",
    ]
    assert page_foot_notes(texts) == []


def test_back_references_name_no_title() -> None:
    for text in (
        "Ibid., p. 12.",
        "Smith, op. cit., p. 45.",
        "Müller, a.a.O., S. 12 ff.",
        "Ahmet Davutoğlu, a.g.e., s. 45.",
        "Иванов И.И. Указ. соч. С. 12.",
        "Там же. С. 5.",
        "Doe, ob. cit., p. 3.",
    ):
        assert parse_entry(text).title is None, text


def test_a_work_named_like_a_back_reference_keeps_its_title() -> None:
    # Near misses: a publisher whose name opens with one, and a note that goes on to cite a work.
    assert parse_entry("Ibidem Press, Stuttgart, 2019.").title == "Ibidem Press"
    assert parse_entry("Idem, “Another title”, 2004.").title == "Another title"
