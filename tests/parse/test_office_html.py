"""HTML an office suite wrote (fixtures/parse-eval-pages, branch p12-office): Word's "Save as Web
Page" and filtered HTML, LibreOffice's HTML export and Google Docs' HTML export, as real pages carry
them (provenance in truth.toml). Each rule has a test that fires and a near miss; the entries are
shaped as those pages write them.
"""

from __future__ import annotations

from citecheck.parse.entries import _label_in_emphasis
from citecheck.parse.styles import (
    _BOOK,
    Mark,
    _colon_in_marked_title,
    _emphasised_book_title,
    title_and_publisher,
)

from .conftest import saved_page, saved_page_notes

_TEXT = "<p>The write-up's text, which cites its sources in passing and goes on for a while.</p>"


# 1. LibreOffice's note pairs: sdfootnoteNanc / sdfootnoteNsym (html._LIBREOFFICE_NOTE) ------------

_LO_NOTES = [
    "Mozilla, “Evolution of HTTP,” MDN Web Docs, March 19, 2022, "
    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Basics_of_HTTP/Evolution_of_HTTP.",
    "Proton Technologies AG, “Cookies, the GDPR, and the EPrivacy Directive,” GDPR.eu, May 9, 2019, "
    "https://gdpr.eu/cookies/.",
    "Tim Bray, “An HTTP Status Code to Report Legal Obstacles,” Request for Comments (Internet "
    "Engineering Task Force, February 2016), https://doi.org/10.17487/RFC7725.",
]


def _libreoffice(kind: str = "footnote", labels: tuple[str, ...] = ("1", "2", "3")) -> str:
    """A LibreOffice export: bare numbers, the note's text right after its symbol, no space."""
    text = "".join(
        f'<p class="western">Claim {label} stands here<a class="sd{kind}anc" name="sd{kind}{i}anc" '
        f'href="#sd{kind}{i}sym"><sup>{label}</sup></a> and the text goes on.</p>'
        for i, label in enumerate(labels, 1)
    )
    notes = "".join(
        f'<div id="sd{kind}{i}"><p class="sd{kind}-western"><a class="sd{kind}sym" name="sd{kind}{i}sym" '
        f'href="#sd{kind}{i}anc">{label}</a>{note}</p></div>'
        for i, (label, note) in enumerate(zip(labels, _LO_NOTES, strict=True), 1)
    )
    return saved_page(_TEXT + text + notes)


def test_libreoffice_bare_numbered_footnotes_are_read() -> None:
    notes = saved_page_notes(_libreoffice())
    assert set(notes) == {"1", "2", "3"}
    assert notes["1"].title == "Evolution of HTTP"
    assert notes["2"].url == "https://gdpr.eu/cookies/"
    assert notes["3"].url == "https://doi.org/10.17487/RFC7725"


def test_libreoffice_endnotes_keep_their_numerals() -> None:
    notes = saved_page_notes(_libreoffice("endnote", ("i", "ii", "iii")))
    assert set(notes) == {"i", "ii", "iii"}
    assert notes["ii"].title == "Cookies, the GDPR, and the EPrivacy Directive"


def test_libreoffice_near_miss_other_fragments_are_no_notes() -> None:
    # The same markup with fragments that are not LibreOffice's pairs ("#sdfootnote1" names the
    # note's div, not its symbol; "#sdfootnote1back" no anchor): no note is read from them.
    html = (
        _libreoffice()
        .replace('href="#sdfootnote1sym"', 'href="#sdfootnote1"')
        .replace('href="#sdfootnote1anc"', 'href="#sdfootnote1back"')
    )
    notes = saved_page_notes(html)
    assert "1" not in notes
    assert {"2", "3"} <= set(notes)


# 2. A Chicago book note's italic title before its edition or series (styles._emphasised_book_title)

_RHEINGOLD = (
    "Howard Rheingold, The Virtual Community: Homesteading on the Electronic Frontier, Revised Edition "
    "(Cambridge, Mass: MIT Press, 2000)."
)
_RHEINGOLD_TITLE = "The Virtual Community: Homesteading on the Electronic Frontier"


def test_italic_book_title_before_its_edition_is_the_title() -> None:
    marks = [Mark("em", _RHEINGOLD_TITLE)]
    assert title_and_publisher(_RHEINGOLD, marks) == (_RHEINGOLD_TITLE, "MIT Press")


def test_italic_book_title_on_the_page_before_its_series() -> None:
    note = (
        "Alexander Monea, <i>The Digital Closet: How the Internet Became Straight</i>, Strong Ideas "
        "Series (Cambridge, Massachusetts: The MIT Press, 2022)."
    )
    html = saved_page(
        _TEXT
        + '<p>A claim<a href="#_ftn1" name="_ftnref1" title="">[1]</a>.</p><hr>'
        + f'<div id=ftn1><p><a href="#_ftnref1" name="_ftn1" title="">[1]</a> {note}</p></div>'
    )
    assert saved_page_notes(html)["1"].title == "The Digital Closet: How the Internet Became Straight"


def test_italic_book_title_near_miss_two_fields_after_it() -> None:
    # Two comma fields between the italics and the imprint: not one edition or series, the rule
    # stands aside (the title is _BOOK's, as before).
    head = "Jane Roe, Title of a Book, Second Edition, Volume Two (London: Verso, 2001)."
    book = _BOOK.match(head)
    assert book is not None
    assert _emphasised_book_title(book, [Mark("em", "Title of a Book")]) is None
    # Nor where the italics are not the title's opening words.
    assert _emphasised_book_title(book, [Mark("em", "Second Edition")]) is None


# 3. "Access:" inside an italic title is no access label (entries._label_in_emphasis) --------------

_ELLCESSOR_TITLE = "Restricted Access: Media, Disability, and the Politics of Participation"
_ELLCESSOR = f"Elizabeth Ellcessor, {_ELLCESSOR_TITLE}, Postmillennial Pop (New York: New York University Press, 2016)."


def test_access_word_inside_an_italic_title_keeps_the_title_whole() -> None:
    note = _ELLCESSOR.replace(_ELLCESSOR_TITLE, f"<i>{_ELLCESSOR_TITLE}</i>")
    html = saved_page(
        _TEXT
        + '<p>A claim<a href="#_ftn13" name="_ftnref13" title="">[13]</a>.</p><hr>'
        + f'<div id=ftn13><p><a href="#_ftnref13" name="_ftn13" title="">[13]</a> {note}</p></div>'
    )
    note_read = saved_page_notes(html)["13"]
    assert note_read.title == _ELLCESSOR_TITLE
    assert note_read.publisher == "New York University Press"


def test_access_label_near_miss_outside_or_opening_the_run() -> None:
    text = "Site, Title of the Page. Accessed: 3 May 2022."
    at = text.index("Accessed")
    assert not _label_in_emphasis(text, [Mark("em", "Title of the Page")], at)
    # A run that opens on the label is the label's own emphasis, not a title around it.
    assert not _label_in_emphasis(text, [Mark("em", "Accessed: 3 May 2022")], at)
    assert _label_in_emphasis(_ELLCESSOR, [Mark("em", _ELLCESSOR_TITLE)], _ELLCESSOR.index("Access:"))


# 4. A colon inside an italic title ends no DIN author list (styles._colon_in_marked_title) --------


def test_colon_in_italic_title_is_no_din_authors_colon() -> None:
    head = _ELLCESSOR
    assert _colon_in_marked_title(head, head.index(":"), [Mark("em", _ELLCESSOR_TITLE)])


def test_din_near_miss_authors_colon_before_the_italics() -> None:
    # DIN 1505: the authors' colon stands before the italic title; the list is read as before.
    head = "Baumann, Ulrike: Mediennutzung im Alltag. Berlin : Springer, 2014."
    marks = [Mark("em", "Mediennutzung im Alltag")]
    assert not _colon_in_marked_title(head, head.index(":"), marks)
    assert title_and_publisher(head, marks)[0] == "Mediennutzung im Alltag"
