"""Markers drawn by footnote scripts (bigfoot.js, littlefoot.js) in pages saved after the script ran:
the button is the marker (citecheck.parse.html._script_marker). Shapes from bigfoot's default button
markup and littlefoot's default and site templates (provenance in the rule's comment) and from
fixtures/parse-eval-pages' danwang-2020-letter.html.
"""

from __future__ import annotations

import datetime as dt

from citecheck.parse import parse_bytes

from .conftest import saved_page

_NOTES = (
    '<div class="footnotes"><hr><ol>'
    '<li id="footnote-1-88" class="footnote"><p>Ministry of Transport, “Rail transit through Georgia '
    "rose by a third”, https://transport.example/2025/rail-transit "
    '<a href="#note-1-88" class="footnote-return">↩</a></p></li>'
    '<li id="footnote-2-88" class="footnote"><p>Port Authority, “Cargo volumes in 2025”, '
    'https://port.example/cargo-2025 <a href="#note-2-88" class="footnote-return">↩</a></p></li>'
    "</ol></div>"
)
_FILLER = "<p>" + "The corridor carried more freight than in any year before, officials said. " * 6 + "</p>"


def _bigfoot(number: int) -> str:
    return (
        '<div class="bigfoot-footnote__container"><button class="bigfoot-footnote__button" '
        f'id="note-{number}-88" data-footnote-number="{number}" data-footnote-identifier="{number}" '
        f'alt="See Footnote {number}" rel="footnote" data-bigfoot-footnote="&lt;p&gt;note&lt;/p&gt;">'
        '<svg class="bigfoot-footnote__button__circle" viewbox="0 0 6 6"><circle r="3" cx="3" cy="3">'
        "</circle></svg></button></div>"
    )


def _parse(body: str):  # type: ignore[no-untyped-def]
    return parse_bytes(saved_page(body).encode(), path="page.html", today=dt.date(2026, 12, 7))


def test_a_bigfoot_button_that_replaced_the_marker_cites_its_note() -> None:
    # As the browser saved it: the script's <div> closed the paragraph the marker was in.
    body = (
        "<article>"
        + _FILLER
        + "<p>Rail transit through Georgia rose by a third in 2025, the ministry reported</p>"
        + _bigfoot(1)
        + " in its annual review.<p>Cargo volumes at the port reached a record.</p>"
        + _bigfoot(2)
        + _NOTES
        + "</article>"
    )
    document = _parse(body)
    cited = {c.label: c.claim for c in document.citations}
    assert set(cited) == {"1", "2"}
    assert "Rail transit through Georgia rose by a third" in cited["1"]
    assert "Cargo volumes at the port reached a record" in cited["2"]
    assert [fn.label for fn in document.footnotes] == ["1", "2"]  # no entry made of "1 in its annual review"
    assert not [f for f in document.findings if f.code == "orphan-footnote"]


def test_a_littlefoot_button_numbered_in_its_title_cites_its_note() -> None:
    button = (
        '<span class="littlefoot"><button class="littlefoot__button" id="fnref:{n}" '
        'title="See Footnote {n}" aria-expanded="false"><svg viewBox="0 0 31 6"><title>Footnote {n}'
        "</title></svg></button></span>"
    )
    body = (
        "<article>"
        + _FILLER
        + f"<p>Rail transit through Georgia rose by a third in 2025.{button.format(n=1)} "
        + f"Cargo volumes at the port reached a record.{button.format(n=2)}</p>"
        + _NOTES
        + "</article>"
    )
    cited = {c.label: c.claim for c in _parse(body).citations}
    assert set(cited) == {"1", "2"}
    assert cited["2"].startswith("Cargo volumes")


def test_near_miss_the_original_marker_kept_after_the_button_is_the_only_marker() -> None:
    # littlefoot keeps the original reference (hidden on screen, shown in print) right after its button.
    body = (
        "<article>"
        + _FILLER
        + '<p>Rail transit through Georgia rose by a third in 2025.<button class="littlefoot__button" '
        'id="lf-fnref:1" title="See Footnote 1"></button><sup class="littlefoot--print" id="note-1-88">'
        '<a href="#footnote-1-88">1</a></sup> Cargo volumes at the port reached a record.'
        '<sup id="note-2-88"><a href="#footnote-2-88">2</a></sup></p>' + _NOTES + "</article>"
    )
    document = _parse(body)
    assert [c.label for c in document.citations] == ["1", "2"]
    assert [fn.label for fn in document.footnotes] == ["1", "2"]


def test_near_miss_other_buttons_are_no_markers() -> None:
    body = (
        "<article>"
        + _FILLER
        + '<p>Rail transit through Georgia rose by a third in 2025.<button class="share-button" '
        'title="Share 1">1</button> Cargo volumes at the port reached a record.'
        '<button class="copy" data-footnote-number="2">2</button></p>' + _NOTES + "</article>"
    )
    document = _parse(body)
    assert [fn.label for fn in document.footnotes] == ["1", "2"]  # the notes are read
    assert [c.label for c in document.citations] == []  # but cited by no button


# Notes written in the text right after their markers (citecheck.parse.html._INLINE_NOTE_CLASS):
# Modern Footnotes' markup as its plugin writes it (with and without aria-describedby), the
# "footnotes" plugin's tooltip, Tufte CSS's counted sidenotes.
def _modern(number: int, note: str, *, described: bool = True) -> str:
    scope = "00000000000007aa0000000000000000_753"
    link = f' aria-describedby="mfn-content-{scope}-{number}"' if described else ""
    return (
        f'<sup class="modern-footnotes-footnote " data-mfn="{number}" data-mfn-post-scope="{scope}">'
        f'<a href="javascript:void(0)" role="button" aria-pressed="false"{link}>{number}</a></sup>'
        f'<span id="mfn-content-{scope}-{number}" role="tooltip" class="modern-footnotes-footnote__note" '
        f'tabindex="0" data-mfn="{number}">{note}</span>'
    )


_NOTE_1 = (
    "Ministry of Transport, “Rail transit through Georgia rose by a third”, "
    '<a href="https://transport.example/2025/rail-transit">https://transport.example/2025/rail-transit</a>, '
    "(Access Date: 14.11.2025)."
)
_NOTE_2 = 'Port Authority, “Cargo volumes in 2025”, <a href="https://port.example/cargo-2025">https://port.example/cargo-2025</a>'


def test_modern_footnotes_notes_in_the_text_are_the_notes_of_their_markers() -> None:
    body = (
        "<article>"
        + _FILLER
        + f"<p>Rail transit through Georgia rose by a third in 2025{_modern(1, _NOTE_1)}, the ministry said. "
        + f"Cargo volumes at the port reached a record.{_modern(2, _NOTE_2, described=False)}</p></article>"
    )
    document = _parse(body)
    notes = {fn.label: fn for fn in document.footnotes}
    assert set(notes) == {"1", "2"}  # before: two inline links (L1, L2) and two missing-footnote errors
    assert notes["1"].title == "Rail transit through Georgia rose by a third"
    assert notes["1"].url == "https://transport.example/2025/rail-transit"
    assert notes["1"].access_date == dt.date(2025, 11, 14)
    cited = {c.label: c.claim for c in document.citations}
    assert cited["1"] == "Rail transit through Georgia rose by a third in 2025, the ministry said."
    assert "Ministry" not in cited["1"]  # the note is no longer part of its sentence
    assert not [f for f in document.findings if f.code == "missing-footnote"]


def test_a_tufte_sidenote_numbered_by_its_counter_is_a_note() -> None:
    sidenote = (
        '<label for="sn-{n}" class="margin-toggle sidenote-number"></label>'
        '<input type="checkbox" id="sn-{n}" class="margin-toggle"/><span class="sidenote">{note}</span>'
    )
    body = (
        "<article>"
        + _FILLER
        + f"<p>Rail transit through Georgia rose by a third in 2025.{sidenote.format(n=1, note=_NOTE_1)} "
        + f"Cargo volumes at the port reached a record.{sidenote.format(n=2, note=_NOTE_2)}</p></article>"
    )
    document = _parse(body)
    assert [fn.label for fn in document.footnotes] == ["1", "2"]
    assert [c.label for c in document.citations] == ["1", "2"]


def test_near_miss_a_note_the_page_also_lists_after_the_post_is_read_from_the_list() -> None:
    # The "footnotes" plugin shows each note as a tooltip and again in its reference list.
    tooltip = (
        '<span class="footnote_referrer"><a role="button" tabindex="0"><sup id="footnote_plugin_tooltip_1" '
        'class="footnote_plugin_tooltip_text">[1]</sup></a><span id="footnote_plugin_tooltip_text_1" '
        f'class="footnote_tooltip">{_NOTE_1}</span></span>'
    )
    body = (
        "<article>"
        + _FILLER
        + f"<p>Rail transit through Georgia rose by a third in 2025.{tooltip}</p>"
        + f'<div class="footnotes"><ol><li id="footnote_plugin_reference_1">{_NOTE_1}</li></ol></div></article>'
    )
    document = _parse(body)
    assert [fn.label for fn in document.footnotes].count("1") == 1  # one note 1, not a copy of it
    assert "Ministry" not in document.citations[0].claim  # and the copy is out of its sentence


def test_near_miss_a_span_after_a_superscript_is_no_note_by_its_place_alone() -> None:
    body = (
        "<article>"
        + _FILLER
        + '<p>The area is 12 km<sup>2</sup><span class="unit-note">(about 4.6 square miles)</span> '
        "around the port.</p></article>"
    )
    assert _parse(body).footnotes == []  # a unit's gloss, not a note of a marker "2"


# Substack's notes: each a <div class="footnote"> the marker links into, its number a link back and
# the note in a <div class="footnote-content"> (citecheck.parse.html._NoteLinks.wholes).
def _substack_marker(number: int) -> str:
    return (
        f'<a data-component-name="FootnoteAnchorToDOM" id="footnote-anchor-{number}-158324559" '
        f'href="https://x.substack.com/p/post#footnote-{number}-158324559" target="_self" rel="" '
        f'class="footnote-anchor">{number}</a>'
    )


def _substack_note(number: int, note: str) -> str:
    return (
        f'<div class="footnote" data-component-name="FootnoteToDOM"><a id="footnote-{number}-158324559" '
        f'href="https://x.substack.com/p/post#footnote-anchor-{number}-158324559" class="footnote-number" '
        f'contenteditable="false" target="_self" rel="">{number}</a><div class="footnote-content"><p>{note}</p>'
        "</div></div>"
    )


def test_a_substack_note_is_its_number_and_its_content_together() -> None:
    body = (
        "<article>"
        + _FILLER
        + f"<p>Rail transit through Georgia rose by a third in 2025.{_substack_marker(1)} "
        + f"Cargo volumes at the port reached a record.{_substack_marker(2)}</p>"
        + _substack_note(1, _NOTE_1)
        + _substack_note(2, _NOTE_2)
        + "</article>"
    )
    notes = {fn.label: fn for fn in _parse(body).footnotes}
    assert set(notes) == {"1", "2"}  # before: both read empty, their links inline citations L1, L2
    assert notes["1"].url == "https://transport.example/2025/rail-transit"
    assert notes["1"].title == "Rail transit through Georgia rose by a third"
    assert notes["2"].url == "https://port.example/cargo-2025"


def test_near_miss_a_div_holding_several_notes_is_not_one_note() -> None:
    # Markers linking to anchors in one container of notes (Word's and old CMSs' "<a name=…>"): the
    # container is no note of its own, and its notes stay apart.
    body = (
        "<article>"
        + _FILLER
        + '<p>Rail transit through Georgia rose by a third in 2025.<sup><a href="#fn1">1</a></sup> '
        + 'Cargo volumes at the port reached a record.<sup><a href="#fn2">2</a></sup></p>'
        + '<h3>Notes</h3><div class="notes"><a id="fn1"></a>1. '
        + _NOTE_1
        + '<br><a id="fn2"></a>2. '
        + _NOTE_2
        + "</div></article>"
    )
    notes = {fn.label: fn for fn in _parse(body).footnotes}
    assert notes["1"].url == "https://transport.example/2025/rail-transit"
    assert notes["2"].url == "https://port.example/cargo-2025"


# Families of kepano/defuddle's footnote fixtures (tests/fixtures, MIT): a reference list written in
# blocks, a note named by its class only, notes beside the article under a "Footnotes" heading.
def test_a_reference_list_written_in_blocks_is_linked_by_its_numbers() -> None:
    refs = "".join(
        f'<div class="reference"><a class="reference-number" id="ref{n}">{n}.</a>'
        f'<div class="reference-content">{note}</div></div>'
        for n, note in ((1, _NOTE_1), (2, _NOTE_2), (3, "Customs Service, “Annual report 2025”, 2025."))
    )
    body = (
        "<article>"
        + _FILLER
        + f'<p>{"Rail transit through Georgia rose by a third in 2025."} <a href="#ref1">[1]</a> '
        + 'Cargo volumes at the port reached a record. <a href="#ref2">[2]</a></p>'
        + f'<div class="references"><h3>References</h3>{refs}</div></article>'
    )
    document = _parse(body)
    assert {c.label for c in document.citations} == {"1", "2"}  # before: read as back links, none cited


def test_near_miss_an_author_date_list_in_blocks_gives_no_markers_to_its_years() -> None:
    refs = "".join(
        f'<div class="References"><p id="B{n}">{name} ({year}). A study of cooperation. J Ethol {n}, 1-9.</p></div>'
        for n, name, year in ((1, "Bräuer, J.", 2006), (2, "Call, J.", 2014), (3, "Hare, B.", 2010))
    )
    body = (
        "<article>"
        + _FILLER
        + '<p>Dogs cooperate with people (Bräuer et al., <a href="#B1">2006</a>; Call, <a href="#B2">2014</a>).</p>'
        + f"<h2>References</h2>{refs}</article>"
    )
    document = _parse(body)
    assert not [f for f in document.findings if f.code == "missing-footnote"]


def test_a_note_named_by_its_class_is_linked_by_its_number() -> None:
    # pulldown-cmark (mdBook, Zola): the note's id is its number alone.
    body = (
        "<article>"
        + _FILLER
        + '<p>Rail transit through Georgia rose by a third in 2025.<sup class="footnote-reference">'
        + '<a href="#1">1</a></sup></p><hr><div class="footnote-definition" id="1">'
        + f'<sup class="footnote-definition-label">1</sup><p>{_NOTE_1}</p></div></article>'
    )
    document = _parse(body)
    assert [fn.label for fn in document.footnotes] == ["1"]
    assert document.footnotes[0].url == "https://transport.example/2025/rail-transit"
    assert [c.label for c in document.citations] == ["1"]


def test_notes_beside_the_article_under_a_footnotes_heading_are_read() -> None:
    body = (
        "<article>"
        + _FILLER
        + '<p>Rail transit through Georgia rose by a third in 2025.<sup class="caption">1</sup> '
        + 'Cargo volumes at the port reached a record.<sup class="caption">2</sup></p></article>'
        + '<div class="page"><div class="PostDetail__x1__footnotes"><h4>Footnotes</h4><ol>'
        + f'<li id="footnote-1">{_NOTE_1}</li><li id="footnote-2">{_NOTE_2}</li></ol></div></div>'
    )
    document = _parse(body)
    assert {fn.label: fn.url for fn in document.footnotes} == {
        "1": "https://transport.example/2025/rail-transit",
        "2": "https://port.example/cargo-2025",
    }
    assert not [f for f in document.findings if f.code == "missing-footnote"]


def test_near_miss_a_footnotes_box_beside_an_article_without_superscripts_is_not_read() -> None:
    body = (
        "<article>"
        + _FILLER
        + "<p>Rail transit through Georgia rose by a third in 2025.</p></article>"
        + '<div class="sidebar-footnotes"><h4>Footnotes</h4><ol>'
        + f'<li id="footnote-1">{_NOTE_1}</li></ol></div>'
    )
    assert _parse(body).footnotes == []


def test_a_note_nested_in_its_marker_is_its_note() -> None:
    def marker(n: int, note: str) -> str:
        return (
            f'<span title="note" class="inline-footnote">{n}<span class="footnoteContent" '
            f'style="display:none;">{note}</span></span>'
        )

    body = (
        "<article>"
        + _FILLER
        + f"<p>Rail transit through Georgia rose by a third in 2025.{marker(1, _NOTE_1)}</p>"
        + f"<p>Cargo volumes at the port reached a record.{marker(2, _NOTE_2)}</p></article>"
    )
    document = _parse(body)
    assert {fn.label: fn.url for fn in document.footnotes} == {
        "1": "https://transport.example/2025/rail-transit",
        "2": "https://port.example/cargo-2025",
    }
    assert {c.label: c.claim for c in document.citations} == {
        "1": "Rail transit through Georgia rose by a third in 2025.",
        "2": "Cargo volumes at the port reached a record.",
    }


def test_a_note_id_ending_on_its_number_after_a_prefix_is_linked() -> None:
    # dhammatalks.org's sutta pages: "<span class="fn"><a href="#mn37note01">1</a></span>".
    body = (
        "<article>"
        + _FILLER
        + '<p>Rail transit through Georgia rose by a third in 2025.<span class="fn"><a href="#mn37note01">1</a>'
        + '</span> Cargo volumes at the port reached a record.<span class="fn"><a href="#mn37note02">2</a></span></p>'
        + f'<h3>Notes</h3><p id="mn37note01">1. {_NOTE_1}</p><p id="mn37note02">2. {_NOTE_2}</p></article>'
    )
    document = _parse(body)
    assert {c.label for c in document.citations} == {"1", "2"}  # before: notes read, none cited


def test_near_miss_a_link_whose_number_is_not_its_id_s_is_no_marker() -> None:
    body = (
        "<article>"
        + _FILLER
        + '<p>See the third chapter, <a href="#chapter-note3">2</a>, for the method.</p>'
        + '<h3 id="chapter-note3">Chapter 3</h3><p>The method is described here at length.</p></article>'
    )
    assert not [f for f in _parse(body).findings if f.code == "missing-footnote"]


def test_a_table_s_own_notes_are_neither_markers_nor_notes() -> None:
    # A finance guide's tables (trafilatura's saved test pages): each numbers its notes from 1.
    def table(title: str) -> str:
        return (
            f"<h4>{title}<sup>1</sup></h4><table><tr><td>Monatsbrutto<sup>2</sup></td><td>3.380 €</td></tr>"
            "<tr><td>Einkommensteuer<sup>3</sup></td><td>510 €</td></tr></table>"
            '<p class="font-size-xs"><sup>1</sup> Ein Single hat 30 Jahre verdient.<br><sup>2</sup> Brutto im '
            "Monat.<br><sup>3</sup> Mit Solidaritätszuschlag.<br>Quelle: Finanztip-Berechnung</p>"
        )

    body = "<article>" + _FILLER + table("Beispiel A") + _FILLER + table("Beispiel B") + "</article>"
    document = _parse(body)
    assert [
        f.code for f in document.findings if f.severity == "error"
    ] == []  # before: 2 duplicate, 4 missing
    assert document.footnotes == []


def test_near_miss_a_table_citing_the_document_s_notes_keeps_its_markers() -> None:
    body = (
        "<article>"
        + _FILLER
        + '<table><tr><td>Rail transit rose by a third<sup><a href="#fn1">1</a></sup></td></tr></table>'
        + f'<p>The year was a record.</p><ol class="footnotes"><li id="fn1">{_NOTE_1}</li></ol></article>'
    )
    document = _parse(body)
    assert [c.label for c in document.citations] == ["1"]


def test_short_notes_in_one_div_each_opening_on_its_number_are_notes_not_a_card() -> None:
    # O'Reilly's chapters: "<div data-type="footnotes"><p data-type="footnote" id="fn1"><sup><a …>1</a></sup> …".
    body = (
        "<article>"
        + _FILLER
        + '<p>Rail transit through Georgia rose by a third.<sup><a href="ch02.html#fn1" id="fn1-marker">1</a></sup> '
        + 'Cargo volumes reached a record.<sup><a href="ch02.html#fn2" id="fn2-marker">2</a></sup></p>'
        + '<div data-type="footnotes"><p data-type="footnote" id="fn1"><sup><a href="ch02.html#fn1-marker">1</a>'
        + '</sup> A minor caveat on the figures.</p><p data-type="footnote" id="fn2"><sup>'
        + '<a href="ch02.html#fn2-marker">2</a></sup> An exception for transit cargo.</p></div></article>'
    )
    document = _parse(body)
    assert [fn.label for fn in document.footnotes] == ["1", "2"]  # before: one card holding both
    assert not [f for f in document.findings if f.severity == "error"]


def test_a_marker_and_its_note_number_linking_each_other_are_a_marker_and_its_note() -> None:
    # Texinfo (GNU manuals): "<a class="footnote" id="DOCF1" href="#FOOT1"><sup>1</sup></a>" and a heading
    # "<h5><a id="FOOT1" href="#DOCF1">(1)</a></h5>" above the note's paragraph.
    body = (
        "<article>"
        + _FILLER
        + '<p>Rail transit through Georgia rose by a third<a class="footnote" id="DOCF1" href="#FOOT1"><sup>1</sup>'
        + '</a> in 2025.</p><div class="footnotes-segment"><hr><h4>Footnotes</h4>'
        + f'<h5 class="footnote-body-heading"><a id="FOOT1" href="#DOCF1">(1)</a></h5><p>{_NOTE_1}</p></div></article>'
    )
    document = _parse(body)
    assert [(fn.label, fn.url) for fn in document.footnotes] == [
        ("1", "https://transport.example/2025/rail-transit")
    ]
    assert [c.label for c in document.citations] == ["1"]


def test_near_miss_a_heading_linking_elsewhere_stays_a_heading() -> None:
    body = (
        "<article>"
        + _FILLER
        + '<p>See <a id="back" href="#part-2">the second part</a>.</p>'
        + '<h5><a id="part-2" href="#top">(2)</a></h5><p>The second part of the report.</p></article>'
    )
    assert _parse(body).footnotes == []
