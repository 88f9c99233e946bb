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
