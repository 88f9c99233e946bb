"""Rules learnt from the studied heldback-38 part (branch p15-hb38tune), by family of shapes.
heldback-38 holds whole web pages as served or saved (rendered Wikipedia articles, a WordPress blog
post, two journal article pages, a specification), head, menus, sidebars and footers kept; at the
branch's start it read titles 80.2 %, URLs 95.0 %, access dates 99.2 %, publishers 76.9 %. Each family
below was read for its cause and a rule written for the mechanism, not the page:

1. A specification's "Normative references" clause (ISO/IEC Directives' wording, copied by Ecma and
   national bodies): its fixed lead-in ("The following referenced documents are indispensable for
   the application of this document. For dated references, only the edition cited applies. …") was
   read as the first unlabelled entry ("cited" an access hint), every reference numbered one off
   (ECMA-262 6th edition: 6 titles, 5 URLs). The lead-in is no entry (regions._NORMATIVE_LEAD).

Names and URLs below are invented; each test pairs the shape with a near miss.
"""

from __future__ import annotations

from citecheck.models import Footnote

from .conftest import parsed_notes as _notes


def _entries(text: str, name: str = "page.html") -> list[Footnote]:
    return [fn for fn in _notes(text, name) if fn.kind != "inline"]


# 1. A specification's normative references clause ---------------------------------------------


def _normative(lead: str) -> str:
    refs = (
        '<p class="formal-reference">WSO Std 101-2008: <i>Widget Format Specification, Part 1</i>. Widget'
        " Standards Organisation, Geneva (2008)</p>"
        '<p class="formal-reference">ISO/IEC 99999:2003: <i>Widget Character Set</i>, plus additional amendments and'
        " corrigenda, or successor</p>"
    ) + "".join(
        f'<p class="formal-reference"><i>Widget Annex {n}, version 5.1.0</i>, or successor.<br>'
        f'<a href="https://standards.example.org/widget/{n}">https://standards.example.org/widget/{n}</a></p>'
        for n in range(3, 5)
    )
    return (
        "<html><body><h1>Widget language</h1><p>This standard defines widgets.</p>"
        f"<section><h1>3 Normative references</h1><p>{lead}</p>{refs}</section>"
        "<section><h1>4 Overview</h1><p>Widgets are small.</p></section></body></html>"
    )


def test_normative_references_lead_in_is_no_entry() -> None:
    lead = (
        "The following referenced documents are indispensable for the application of this document. For dated"
        " references, only the edition cited applies. For undated references, the latest edition of the"
        " referenced document (including any amendments) applies."
    )
    entries = _entries(_normative(lead))
    assert entries[0].label == "1"
    assert entries[0].title == "Widget Format Specification, Part 1"
    assert entries[2].url == "https://standards.example.org/widget/3"


def test_newer_normative_lead_in_is_no_entry_either() -> None:
    lead = (
        "The following documents are referred to in the text in such a way that some or all of their"
        " content constitutes requirements of this document (as cited)."
    )
    assert _entries(_normative(lead))[0].title == "Widget Format Specification, Part 1"


def test_an_entry_naming_such_documents_later_stays_an_entry() -> None:
    # Near miss: the phrase inside a reference, not opening the paragraph, is no lead-in.
    lead = (
        "Smith, J. (2020). Why the following documents are indispensable. Archive Press."
        " https://archive.example.org/why"
    )
    entries = _entries(_normative(lead))
    assert entries[0].url == "https://archive.example.org/why"
    assert len(entries) == 5
