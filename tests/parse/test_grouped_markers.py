"""Numbered styles' grouped markers ("[1, 2]", "[3–5]") and journal pages' note links by the
reference's own id ("#B4-metabolites-04-00932"), with the ends of a range linked ("[7–9]" as two links)."""

from __future__ import annotations

import datetime as dt

from citecheck.models import Document
from citecheck.parse import parse_bytes, parse_text
from citecheck.parse.markers import group_labels

TODAY = dt.date(2025, 12, 1)


def _entries(count: int) -> str:
    return "\n\n".join(
        f"[{n}] “Report {n}”, Acme, https://acme.example/r{n}, (Access Date: 14.11.2025)."
        for n in range(1, count + 1)
    )


def _labels(doc: Document) -> list[str]:
    return [c.label for c in doc.citations]


def test_a_bracket_of_several_notes_cites_each_and_a_range_every_one_in_it() -> None:
    doc = parse_text(
        "Tariffs rose [1–3] and fell [4].\n\nThey rose again [1, 4; 5].\n\n" + _entries(5), today=TODAY
    )
    assert _labels(doc) == ["1", "2", "3", "4", "1", "4", "5"]
    assert doc.citations[0].claim == "Tariffs rose and fell."
    assert not [f for f in doc.findings if f.code in ("orphan-footnote", "missing-footnote", "numbering-gap")]


def test_brackets_of_numbers_that_are_no_notes_stay_text() -> None:
    text = (
        "The interval [0, 1] holds it; pages [1–200] were read; the array a_b[1, 2] was set; "
        "a pair [2, 9] names no note.[1]\n\n" + _entries(3)
    )
    assert _labels(parse_text(text, today=TODAY)) == ["1"]


def test_group_labels() -> None:
    assert group_labels("2, 7–9; 12") == ["2", "7", "8", "9", "12"]
    assert group_labels("3 - 5") == ["3", "4", "5"]
    assert group_labels("5–3") == []  # backwards
    assert group_labels("1–40") == []  # longer than a run of references
    assert group_labels("1, 1") == []


_REFERENCES = "".join(
    f'<li id="B{n}-metabolites-04-00932">Author {n}, A. A study of wheat number {n}. J. Cereal Sci. 2010, {n}, 1–9. '
    f'<a href="https://doi.org/10.1/w{n}">https://doi.org/10.1/w{n}</a></li>'
    for n in range(1, 10)
)


def _page(body: str) -> Document:
    html = (
        "<html><body><article><h1>Wheat</h1>"
        '<div class="art-authors">A. Author, B. Author <a href="#aff-1">2</a></div>'
        '<div><a id="aff-1"></a>2 Department of Agronomy, University of Bari, Italy</div>'
        f"<p>{body}</p></article><h2>References</h2><ol>{_REFERENCES}</ol></body></html>"
    )
    return parse_bytes(html.encode(), path="page.html", today=TODAY)


def _link(n: int) -> str:
    return f'<a href="#B{n}-metabolites-04-00932" class="html-bibr">{n}</a>'


def test_a_link_showing_a_number_to_an_item_of_the_reference_list_is_a_marker() -> None:
    doc = _page(f"Moisture drives the disease [{_link(4)},{_link(5)}]. See Table 2 for details [{_link(1)}].")
    assert [c.label for c in doc.citations if not c.label.startswith("L")] == ["4", "5", "1"]
    assert doc.citations[0].claim.startswith("Moisture drives the disease")


def test_links_to_no_reference_or_showing_no_number_are_no_markers() -> None:
    # An affiliation's number linking to "#aff-1" (no list item), and a reference linked by words.
    doc = _page(f"The pathogen spreads, as {_link(2).replace('>2<', '>Author 2<')} found, in wet years.")
    assert [c.label for c in doc.citations if not c.label.startswith("L")] == []


def test_a_range_linked_by_its_ends_cites_the_notes_between() -> None:
    doc = _page(f"Uptake falls [{_link(7)}–{_link(9)}], growth too [{_link(1)}, {_link(3)}].")
    assert [c.label for c in doc.citations if not c.label.startswith("L")] == ["7", "8", "9", "1", "3"]


def _highwire(body: str, *, institutions: bool = True) -> Document:
    """A HighWire (BMJ) page's shape: affiliations in <address>, markers "#ref-N" linking the anchor
    that opens each reference (its back arrow's own id)."""
    institution = "Division of Pharmacoepidemiology, Brigham and Women’s Hospital, Boston, MA 02120, USA"
    meta = f'<meta name="citation_author_institution" content="{institution}">' if institutions else ""
    references = "".join(
        f'<li><a class="rev-xref-ref" href="#xref-ref-{n}-1" id="ref-{n}">↵</a><div class="cit">Author {n}, '
        f"Other B. A trial of drug number {n} in atrial fibrillation. N Engl J Med 2009;{n}:1-9. "
        f'<a href="https://doi.org/10.1056/t{n}">doi:10.1056/t{n}</a></div></li>'
        for n in range(1, 5)
    )
    html = (
        f"<html><head>{meta}</head><body><article><h1>Dabigatran</h1>"
        '<ol class="affiliation-list"><li class="aff"><a id="aff-1" name="aff-1"></a>'
        f"<address><sup>1</sup>{institution}</address></li></ol>"
        f'<p>{body}</p><h2>References</h2><ol class="cit-list">{references}</ol></article></body></html>'
    )
    return parse_bytes(html.encode(), path="page.html", today=TODAY)


def _ref(n: int) -> str:
    return f'<a id="xref-ref-{n}-1" class="xref-bibr" href="#ref-{n}">{n}</a>'


def test_a_link_to_the_anchor_opening_a_reference_is_a_marker_though_its_id_reads_as_a_back_links() -> None:
    doc = _highwire(
        f"Bleeding was rare in trials.{_ref(1)} {_ref(2)} It was common in routine care.{_ref(4)}"
    )
    assert [c.label for c in doc.citations if not c.label.startswith("L")] == ["1", "2", "4"]
    assert [f.label for f in doc.footnotes] == ["1", "2", "3", "4"]  # the affiliation is no note


def test_a_back_link_in_the_notes_stays_a_back_link_and_an_unnamed_affiliation_stays_a_note() -> None:
    doc = _highwire("Bleeding was rare in trials.", institutions=False)
    assert [c.label for c in doc.citations if not c.label.startswith("L")] == []
    assert [f.label for f in doc.footnotes][:1] == ["1"] and len(doc.footnotes) == 5
