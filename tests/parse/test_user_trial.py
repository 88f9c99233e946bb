"""Regression tests from the user trial (README, "User trial"): real documents nobody here wrote,
run through ``citecheck check --offline`` as a new user would. Each test rebuilds the shape of one
real document in miniature (the originals' licences are unknown), with a near miss that must not
change.

- Word-exported notes converted without their paragraphs: every ``<a name="_ftnN"
  href="#_ftnrefN">[N]</a>`` note ran into one block, so notes 2 and 3 of a course handout
  (assignmentchef.com's copy of a University of Copenhagen "scicomp" project, found in the code
  index) were "missing" (two false errors) and note 1 carried the text of all three.
- Exponents typed in superscript in a Word thesis (MarekMatejak/dissertation, thesis.docx at
  2207f3c0: "10" "-" "1027" as three runs, "mol" "2" ".J" "-1") were read as markers: two false
  ``missing-footnote`` errors, a false numbering gap, and 226 orphans from the markers they made
  look cited.
- An essay exported from Google Docs (chahakoka/pesahim100a, mafsikim.docx at 47c9bbeb) types its
  14 endnotes "[n] …" at the end, three of them a bare "[1]" paragraph, then the quoted source and
  a comment in paragraphs of their own: only [14] was found, so 26 false ``missing-footnote``
  errors for the other 13 notes' markers.
- A PhD proposal (Avnerus/ma_thesis, phd_proposal.docx at 122f33c6) has ten unnumbered APA
  references and then Word's footnotes 1-3: the notes were relabelled "2.1"-"2.3" as a second list,
  markers [1]-[3] went to the references, 7 references were "orphans".
- The same proposal's Papers/Mendeley hyperlinks join a work's addresses with a written "\n"
  ("…/dolezal09.html\npapers2://publication/uuid/…"): the footnote's URL was that whole string, a
  link that would be reported dead online.
- An OpenDocument text (Avnerus/ma_thesis, strcture_test.odt) was refused as "a zip archive that is
  not a DOCX": true, but it does not say what to do.
- A police scorecard page made from a Google Docs export (found in the code index, no repository
  named) keeps Google's redirect tail on its notes' links ("…small.pdf&sa=D&ust=1553928833143000"):
  every such link would be checked as written and found dead.
- The same thesis's Word footnotes 1 and 2 and its author–date bibliography (which the reader
  numbers 1, 2, … by place) were "defined twice": three false ``duplicate-footnote`` errors per
  document, and an orphan warning for every bibliography entry of the summary (97).
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from xml.sax.saxutils import escape

import pytest

from citecheck.errors import InputError
from citecheck.parse import parse_bytes
from citecheck.parse.docx import _first_address

TODAY = dt.date(2026, 12, 1)

_W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_NS = "http://schemas.openxmlformats.org/package/2006/relationships"


def _docx(paragraphs: list[str], footnotes: dict[int, str]) -> bytes:
    """A minimal Word package: ``paragraphs`` are the inner XML of each body ``w:p``; ``footnotes``
    maps Word ids to their text."""
    body = "".join(f"<w:p>{p}</w:p>" for p in paragraphs)
    notes = "".join(
        f'<w:footnote w:id="{note_id}"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> '
        f"{escape(text)}</w:t></w:r></w:p></w:footnote>"
        for note_id, text in footnotes.items()
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        )
        archive.writestr(
            "_rels/.rels",
            f'<Relationships xmlns="{_PKG_NS}"><Relationship Id="rId1" '
            f'Type="{_R_NS}/officeDocument" Target="word/document.xml"/></Relationships>',
        )
        archive.writestr("word/document.xml", f"<w:document {_W_NS}><w:body>{body}</w:body></w:document>")
        archive.writestr(
            "word/_rels/document.xml.rels",
            f'<Relationships xmlns="{_PKG_NS}"><Relationship Id="rId2" '
            f'Type="{_R_NS}/footnotes" Target="footnotes.xml"/></Relationships>',
        )
        archive.writestr(
            "word/footnotes.xml",
            f'<w:footnotes {_W_NS}><w:footnote w:type="separator" w:id="-1"><w:p/></w:footnote>'
            f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p/></w:footnote>{notes}</w:footnotes>',
        )
    return buffer.getvalue()


def _run(text: str, *, sup: bool = False) -> str:
    props = '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>' if sup else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


_FOOTNOTE_REF = '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{}"/></w:r>'


def _codes(doc: object) -> list[tuple[str, str | None]]:
    return [(f.code, f.label) for f in doc.findings]  # type: ignore[attr-defined]


# Word _ftn notes in one block ------------------------------------------------------------------

_HANDOUT = """<p>The sand settles in the nodes.<a href="#_ftn1" name="_ftnref1"><sup>[1]</sup></a> But it took
a hundred years to solve the equations.</p>
<p>The full calculation of the plate is beyond the scope of this week:<a href="#_ftn2"
name="_ftnref2"><sup>[2]</sup></a> you will only compute eigenvalues.</p>
<p>Check that the transformation is diagonal.<a href="#_ftn3" name="_ftnref3"><sup>[3]</sup></a></p>
<div>
<a href="#_ftnref1" name="_ftn1">[1]</a> The same principle is used today in acoustic levitation.

<a href="#_ftnref2" name="_ftn2">[2]</a> If you are interested in how it is done, <a
href="https://www.unige.ch/~gander/Preprints/Ritz.pdf">Gander and Wanner's From Euler, Ritz, and
Galerkin to Modern Computing</a> has an excellent treatment.

<a href="#_ftnref3" name="_ftn3">[3]</a> You may use the system library inverse for this.
</div>
"""


def test_word_notes_run_into_one_block_are_each_an_entry() -> None:
    doc = parse_bytes(_HANDOUT.encode(), path="handout.html", today=TODAY)
    notes = [fn for fn in doc.footnotes if fn.kind == "footnote"]
    assert [fn.label for fn in notes] == ["1", "2", "3"]
    assert notes[0].raw == "The same principle is used today in acoustic levitation."
    assert notes[1].url == "https://www.unige.ch/~gander/Preprints/Ritz.pdf"
    assert notes[2].raw == "You may use the system library inverse for this."
    assert not [c for c, _ in _codes(doc) if c in ("missing-footnote", "orphan-footnote")]


def test_wikipedia_back_links_inside_one_note_stay_one_note() -> None:
    # Near miss: several back links in one note ("^ a b") are that note's, not new notes.
    page = """<p>Claim one.<sup><a href="#cite_note-a-1">[1]</a></sup> Claim two.<sup><a
href="#cite_note-a-1">[1]</a></sup></p>
<ol class="references"><li id="cite_note-a-1"><span class="mw-cite-backlink">^ <a href="#cite_ref-a_1-0">
<sup>a</sup></a> <a href="#cite_ref-a_1-1"><sup>b</sup></a></span> <cite>"A report on things"</cite>,
Example News, https://example.org/report</li></ol>"""
    doc = parse_bytes(page.encode(), path="wiki.html", today=TODAY)
    assert [fn.label for fn in doc.footnotes if fn.kind == "footnote"] == ["1"]


# Typed superscript exponents in DOCX ------------------------------------------------------------


def test_typed_superscript_exponents_are_not_markers() -> None:
    data = _docx(
        [
            _run("The double format has 11 bits of exponent (a range from 10")
            + _run("-", sup=True)
            + _run("1027", sup=True)
            + _run(" to 10")
            + _run("1027", sup=True)
            + _run(").")
            + _FOOTNOTE_REF.format(2),
            _run("mol") + _run("2", sup=True) + _run(".J") + _run("-1", sup=True) + _run(".s"),
        ],
        {2: "IEEE 754 describes the binary formats."},
    )
    doc = parse_bytes(data, path="thesis.docx", today=TODAY)
    assert [c.label for c in doc.citations] == ["1"]
    assert _codes(doc) == [("missing-url", "1")]


def test_a_typed_superscript_after_a_sentence_stays_a_marker() -> None:
    # Near miss: a raised "2" after a full stop and before a space is a note marker.
    data = _docx(
        [
            _run("Word notes are numbered in order.") + _FOOTNOTE_REF.format(2),
            _run("Typed markers exist too.") + _run("2", sup=True) + _run(" And more text."),
        ],
        {2: "See the manual."},
    )
    doc = parse_bytes(data, path="typed.docx", today=TODAY)
    assert [c.label for c in doc.citations] == ["1", "2"]


# Word footnotes next to an author-date bibliography -----------------------------------------


def _thesis(bibliography: list[str]) -> bytes:
    return _docx(
        [
            _run("Hemoglobin binds oxygen (Adair, 1925).") + _FOOTNOTE_REF.format(2),
            _run("Flows into a component are positive (Atha and Ackers, 1974).") + _FOOTNOTE_REF.format(3),
            _run("References"),
            *(_run(entry) for entry in bibliography),
        ],
        {2: "Hemoglobin A makes up 97% of total hemoglobin in adults.", 3: "The flow outgoing is negative."},
    )


_AUTHOR_DATE = [
    "Adair, G.S. The hemoglobin system VI. The oxygen dissociation curve of hemoglobin. "
    "Journal of Biological Chemistry 1925;63(2):529-545.",
    "Atha, D.H. and Ackers, G.K. Calorimetric determination of the heat of oxygenation of human "
    "hemoglobin. Biochemistry 1974;13(11):2376-2382.",
    "Bassingthwaighte, J.B. Strategies for the physiome project. Annals of Biomedical Engineering "
    "2000;28(8):1043-1058.",
]


def test_word_notes_and_an_author_date_bibliography_are_not_duplicates() -> None:
    doc = parse_bytes(_thesis(_AUTHOR_DATE), path="thesis.docx", today=TODAY)
    codes = [code for code, _ in _codes(doc)]
    assert "duplicate-footnote" not in codes
    assert "orphan-footnote" not in codes
    assert [c.label for c in doc.citations] == ["1", "2"]
    assert len([fn for fn in doc.footnotes if fn.kind == "footnote"]) == 5


def test_unnumbered_references_before_word_notes_give_the_notes_their_labels() -> None:
    # avnerus/ma_thesis phd_proposal.docx: ten unnumbered references, then Word's footnotes 1-3;
    # the references were numbered 1-10, the notes became "2.1"-"2.3" and 7 references orphans.
    references = [
        "Ahmed, S. (2000). Strange encounters. Retrieved from https://aalto.finna.fi/Record/alli.752377",
        "Dolezal, L. (2009). The Remote Body. Human Technology, 5, 208-226.",
        "Edgar, O. (2012). Things seen and unseen: the logic of incarnation. University of Nottingham.",
        "Hoffman, G., & Ju, W. (2014). Designing Robots With Movement in Mind. https://doi.org/10.5898/JHRI.3.1",
    ]
    data = _docx(
        [
            _run("A telepresence lab at IDC")
            + _FOOTNOTE_REF.format(2)
            + _run(" and its conflict cluster")
            + _FOOTNOTE_REF.format(3)
            + _run(" host the study (Hoffman & Ju, 2014)."),
            _run("References"),
            *(_run(entry) for entry in references),
        ],
        {2: "http://milab.idc.ac.il/", 3: "https://www.idc.ac.il/en/schools/rris/global-conflict.aspx"},
    )
    doc = parse_bytes(data, path="proposal.docx", today=TODAY)
    by_label = {fn.label: fn for fn in doc.footnotes}
    assert by_label["1"].url == "http://milab.idc.ac.il/"
    assert by_label["2"].url == "https://www.idc.ac.il/en/schools/rris/global-conflict.aspx"
    assert sorted(label for label in by_label if label.startswith("1.")) == ["1.1", "1.2", "1.3", "1.4"]
    assert not [code for code, _ in _codes(doc) if code in ("duplicate-footnote", "orphan-footnote")]


def test_numbered_entries_written_twice_are_still_duplicates() -> None:
    # Near miss: entries that write their own labels keep duplicate and orphan findings.
    text = (
        "Rail transit grew.[1] Trade rose.[2]\n\nNotes\n\n"
        "[1] “Rail transit”, TASS, https://tass.ru/a\n"
        "[2] “Trade rises”, TASS, https://tass.ru/b\n"
        "[2] “Trade rises again”, TASS, https://tass.ru/c\n"
        "[3] “Never cited”, TASS, https://tass.ru/d\n"
    )
    doc = parse_bytes(text.encode(), path="notes.txt", today=TODAY)
    codes = _codes(doc)
    assert ("duplicate-footnote", "2") in codes
    assert ("orphan-footnote", "3") in codes


# Typed endnotes that run on into paragraphs of their own ------------------------------------

_ESSAY = """Interrupting a Meal for Shabbat

The sages were reclining in Acre when the Sabbath arrived. [1] They spoke of Kiddush.

The Gemarah is usually explained this way. [2] R. Yehuda was present. [3]

They started the meal early on Friday afternoon. [4]

[1]

Ma'aseh be-Rabban Shimon ben Gamliel ve-Rabbi Yehuda ve-Rabbi Yosei she-hayu mesubin be-Akko.

I have copied from Columbia 294-295, a Yemenite manuscript at genizah.org.

[2] This explanation is given by R. Shaul Lieberman in Tosefta Ki-fshutah Berakhot page 73.

[3] The Venice Edition of the Talmud omits R. Yehuda's name.

Seven out of eight Bavli manuscripts include it.

[4] It was common to begin a meal early enough on Friday afternoon.
"""


def test_typed_endnotes_with_paragraphs_of_their_own_are_all_found() -> None:
    doc = parse_bytes(_ESSAY.encode(), path="essay.txt", today=TODAY)
    assert [fn.label for fn in doc.footnotes] == ["1", "2", "3", "4"]
    assert doc.footnotes[0].raw.startswith("Ma'aseh be-Rabban")
    assert not [code for code, _ in _codes(doc) if code == "missing-footnote"]


def test_a_body_paragraph_citing_notes_between_definitions_stays_body() -> None:
    # Near miss: Markdown defines notes anywhere; a paragraph with markers between two
    # definitions (hb20's Bluebook study) is text, not a note's continuation.
    text = (
        "Results came first.[^1]\n\n"
        "[^1]: Linux Foundation, _urandom(4)_, https://linux.die.net/man/4/urandom\n\n"
        "Harvey was the most permissive,[^2] and Lexis the most restrictive.\n\n"
        "[^2]: Harvey, _Vault_, https://help.harvey.ai/articles/vault\n"
    )
    doc = parse_bytes(text.encode(), path="study.md", today=TODAY)
    assert [c.label for c in doc.citations] == ["1", "2"]
    assert not [code for code, _ in _codes(doc) if code in ("missing-footnote", "orphan-footnote")]


def test_empty_bracketed_labels_in_a_row_are_not_joined() -> None:
    # Near miss: "[4]", "[5]" each alone (a converted page whose notes lost their text) stay apart.
    text = (
        "Central Asia is large.[1]\n\n[1] Central Asia on Britannica.com\n\n[2]\n\n[3]\n\n[4] Steppe Nomads\n"
    )
    doc = parse_bytes(text.encode(), path="region.txt", today=TODAY)
    assert [(fn.label, fn.raw) for fn in doc.footnotes] == [
        ("1", "Central Asia on Britannica.com"),
        ("2", ""),
        ("3", ""),
        ("4", "Steppe Nomads"),
    ]


# Several addresses in one Word hyperlink ----------------------------------------------------


def test_a_hyperlink_joining_a_reference_managers_addresses_links_to_the_first() -> None:
    data = _docx([_run("Telepresence re-embodies the remote body.") + _FOOTNOTE_REF.format(2)], {2: "x"})
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    joined = (
        r"http://www.humantechnology.jyu.fi/current/abstracts/dolezal09.html\npapers2://publication/uuid/2F26"
    )
    parts["word/footnotes.xml"] = parts["word/footnotes.xml"].replace(
        b'<w:t xml:space="preserve"> x</w:t></w:r>',
        b'<w:t xml:space="preserve"> Dolezal, L. (2009). The Remote Body. Retrieved from </w:t></w:r>'
        b'<w:hyperlink r:id="rId9" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        b"<w:r><w:t>http://www.humantechnology.jyu.fi/current/abstracts/dolezal09.html</w:t></w:r></w:hyperlink>",
    )
    parts["word/_rels/footnotes.xml.rels"] = (
        f'<Relationships xmlns="{_PKG_NS}"><Relationship Id="rId9" Type="{_R_NS}/hyperlink" '
        f'Target="{joined}" TargetMode="External"/></Relationships>'
    ).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    doc = parse_bytes(buffer.getvalue(), path="proposal.docx", today=TODAY)
    assert doc.footnotes[0].url == "http://www.humantechnology.jyu.fi/current/abstracts/dolezal09.html"


def test_a_hyperlink_with_a_space_keeps_it() -> None:
    # Near miss: only a written "\n" or a line break joins addresses; a space may be the address's.
    assert _first_address("https://example.org/My Report.pdf") == "https://example.org/My Report.pdf"


# An OpenDocument file -----------------------------------------------------------------------


def test_an_opendocument_text_is_refused_by_name() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
    with pytest.raises(InputError) as raised:
        parse_bytes(buffer.getvalue(), path="structure_test.odt", today=TODAY)
    assert str(raised.value) == (
        "structure_test.odt: binary file, not an analysis "
        "(OpenDocument text (.odt); save it as DOCX, HTML or Markdown)"
    )


# A list of links whose item reads like a heading ------------------------------------------


def test_a_link_item_named_resources_opens_no_notes_section() -> None:
    # sindresorhus/awesome readme.md at 7cb5c837: "- [Stock Resources](…)" under "## Media"
    # made the 280 links after it footnotes, each "without an access date".
    text = (
        "# Awesome\n\n## Media\n\n"
        "- [Fonts](https://github.com/brabadu/awesome-fonts#readme)\n"
        "- [Stock Resources](https://github.com/neutraltone/awesome-stock-resources#readme)\n"
        "- [GIF](https://github.com/davisonio/awesome-gif#readme) - Image format known for animated images.\n"
        "- [Music](https://github.com/ciconia/awesome-music#readme)\n"
        "- [Audio Visualization](https://github.com/willianjusten/awesome-audio-visualization#readme)\n"
    )
    doc = parse_bytes(text.encode(), path="readme.md", today=TODAY)
    assert [fn.kind for fn in doc.footnotes] == ["inline"] * 5
    assert not doc.findings


def test_a_resources_heading_still_opens_a_source_list() -> None:
    # Near miss: a heading that says "Resources" over a list of dated sources is a source list.
    text = (
        "# Report\n\nRail transit grew in 2024.\n\n## Resources\n\n"
        "- “Rail transit via Azerbaijan”, TASS, https://tass.ru/ekonomika/25600377, accessed 14.11.2025\n"
        "- “Aktobe floods”, Kazinform, https://qazinform.com/news/aktobe, accessed 14.11.2025\n"
    )
    doc = parse_bytes(text.encode(), path="report.md", today=TODAY)
    assert [fn.kind for fn in doc.footnotes] == ["footnote", "footnote"]


# Google Docs' redirect around every link ----------------------------------------------------

_SCORECARD = """<p>Force used in shootings was reviewed by hand.<sup><a href="#ftnt7" id="ftnt_ref7">[7]</a></sup>
Two departments counted force differently.<sup><a href="#ftnt8" id="ftnt_ref8">[8]</a></sup></p><hr>
<div><p><a href="#ftnt_ref7" id="ftnt7">[7]</a><span>&nbsp;Sources for each determination can be found
</span><a href="https://www.google.com/url?q=https://docs.google.com/spreadsheets/d/1Rte9Ko/edit&amp;sa=D&amp;source=editors&amp;ust=1600000000000&amp;usg=AOvVaw0abc">here</a>.</p></div>
<div><p><a href="#ftnt_ref8" id="ftnt8">[8]</a><span>&nbsp;Use of force reports from </span><a
href="http://assets.lapdonline.org/assets/pdf/2016-use-of-force-year-end-review-small.pdf&amp;sa=D&amp;ust=1553928833143000">Los
Angeles</a> counted all uses of one type of force as one.</p></div>"""


def test_google_docs_redirects_are_unwrapped() -> None:
    doc = parse_bytes(_SCORECARD.encode(), path="scorecard.html", today=TODAY)
    assert [(fn.label, fn.url) for fn in doc.footnotes] == [
        ("7", "https://docs.google.com/spreadsheets/d/1Rte9Ko/edit"),
        ("8", "http://assets.lapdonline.org/assets/pdf/2016-use-of-force-year-end-review-small.pdf"),
    ]


def test_an_address_ending_in_its_own_sa_parameter_is_kept() -> None:
    # Near miss: only the redirect's full tail ("&sa=D…&ust=<digits>") is Google's.
    href = "https://example.org/search?q=maps&sa=D"
    page = f'<p>See the maps.<sup><a href="#fn1" id="fnref1">1</a></sup></p><ol><li id="fn1"><a href="{href}">Maps</a></li></ol>'
    doc = parse_bytes(page.encode(), path="maps.html", today=TODAY)
    assert doc.footnotes[0].url == href
