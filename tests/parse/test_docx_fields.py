"""Rules learnt on the first Word set's studied quarter (fixtures/parse-eval-docx, HELDBACK-DOCX-RULE.md,
studied on branch p15-docxstudy): Word's field codes and what programs write through them (a table
of contents, a reference manager's bibliography and citations). Each rule with a minimal package
built here where it fires and a near miss where it must not."""

from __future__ import annotations

from xml.sax.saxutils import escape

from citecheck.parse.docx import read_docx
from tests.parse.test_docx_real_set import notes_of, package, run


def _styled(style: str, inner: str) -> str:
    return f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>{inner}'


def _begin(instruction: str) -> str:
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve">{escape(instruction)}</w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
    )


_END = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'


def _styles(*pairs: tuple[str, str]) -> str:
    return "".join(
        f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/></w:style>'
        for sid, name in pairs
    )


# 1. A table of contents is no text (docx._CONTENTS_FIELD) -----------------------------------------

_REFERENCES = [
    run("8. References"),
    run("Brod, C. (1984). Technostress: The human cost of the computer revolution. Addison-Wesley."),
    run("Ford, M. (2015). Rise of the robots: Technology and the threat of a jobless future. Basic Books."),
]


def _contents_lines(style: str = "") -> list[str]:
    lines = ["1. Introduction\t2", "2. Research Objectives\t3", "3. Background\t4", "8. References\t9"]
    paragraphs = [run(line) for line in lines]
    paragraphs[0] = _begin(' TOC \\o "1-3" \\h \\z \\u ') + paragraphs[0]
    paragraphs[-1] += _END
    return [_styled(style, p) if style else p for p in paragraphs]


def test_a_table_of_contents_field_is_no_list_of_notes() -> None:
    # The master's proposal's shape: a TOC field over numbered headings with page numbers, then the
    # unnumbered reference list.
    body = [
        run("Table of Contents"),
        *_contents_lines(),
        run("1. Introduction"),
        run("AI helps (Brod, 1984)."),
        *_REFERENCES,
    ]
    texts = [block.text for block in read_docx(package(body), path="p.docx").blocks]
    assert "1. Introduction\t2" not in texts and "8. References\t9" not in texts
    notes = notes_of(package(body))
    assert notes["1"].title == "Technostress: The human cost of the computer revolution"  # type: ignore[attr-defined]
    assert notes["2"].title == "Rise of the robots: Technology and the threat of a jobless future"  # type: ignore[attr-defined]


def test_paragraphs_in_word_s_contents_styles_are_dropped_without_the_field() -> None:
    styles = _styles(("Verzeichnis1", "toc 1"), ("TOCHeading", "TOC Heading"))
    body = [
        _styled("TOCHeading", run("Inhaltsverzeichnis")),
        *[_styled("Verzeichnis1", run("1. Einleitung\t2"))],
    ]
    texts = [block.text for block in read_docx(package(body, styles=styles), path="p.docx").blocks]
    assert texts == []


def test_other_fields_and_a_field_left_open_keep_their_text() -> None:
    # Near misses: a numbered list inside another field (an INDEX-less REF field), a TOC field that
    # never ends (a damaged document), a style merely named like a table ("Tocata"), are text.
    body = [_begin(" REF _Ref1 \\h ") + run("1. Introduction\t2") + _END]
    assert [b.text for b in read_docx(package(body), path="p.docx").blocks] == ["1. Introduction\t2"]
    body = [_begin(' TOC \\o "1-3" ') + run("1. Introduction\t2"), run("The text goes on.")]
    assert len(read_docx(package(body), path="p.docx").blocks) == 2
    styles = _styles(("Tocata", "Tocata"))
    body = [_styled("Tocata", run("1. Introduction"))]
    assert [b.text for b in read_docx(package(body, styles=styles), path="p.docx").blocks] == [
        "1. Introduction"
    ]


# 2. A long address is no prose (regions._prose_length) ---------------------------------------------

_SUMMON = (
    "http://uwe.summon.serialssolutions.com/2.0.0/link/0/eLvHCXMwbV09TwMxDLWqdmGDFkQprTLC0F6ay"
    + "-UuElvV6iohBsTEUl1ysZgQEqr4" * 15
)


def _zotero_bibliography(first: str) -> list[str]:
    return [
        run("References"),
        _begin(' ADDIN ZOTERO_BIBL {"uncited":[],"omitted":[],"custom":[]} CSL_BIBLIOGRAPHY ') + run(first),
        run(
            "Bourgeault, I.L. (2010) The SAGE handbook of qualitative methods in health research. London: SAGE. "
            "Available at: https://go.exlibris.link/GWhRGCQZ."
        ),
        run(
            "Brown, A.P. (2010) ‘Qualitative method and compromise in applied social research’, Qualitative research, 10(2), pp. 229–248."
        )
        + _END,
    ]


def test_an_entry_with_a_discovery_service_link_of_hundreds_of_characters_is_an_entry() -> None:
    first = (
        "Barbour, R.S. (2008) Introducing qualitative research: a student’s guide to the craft of doing "
        "qualitative research. London;Thousand Oaks, California; SAGE Publications (Book, Whole). "
        f"Available at: {_SUMMON}."
    )
    assert len(first) > 600
    notes = notes_of(package([run("Sampling matters (Barbour, 2008)."), *_zotero_bibliography(first)]))
    assert notes["1"].title.startswith("Introducing qualitative research")  # type: ignore[attr-defined]
    assert notes["2"].url == "https://go.exlibris.link/GWhRGCQZ"  # type: ignore[attr-defined]


def test_a_long_paragraph_of_prose_with_ordinary_addresses_stays_prose() -> None:
    # Near miss: over the limit by its words, not by one address's query string.
    sites = " ".join(
        f"https://example.org/guides/wordpress-on-aws-getting-started-part-{n}/" for n in range(4)
    )
    prose = (
        "For our project we mostly used the official web site of the provider, and to make sure the "
        "variants we found could be carried out in our own environment we tried each of them on a test "
        "machine first, then wrote down what worked and what did not, which took most of a week. "
    ) * 2 + sites
    assert len(prose) > 600
    first = "Barbour, R.S. (2008) Introducing qualitative research. London: SAGE."
    notes = notes_of(
        package([run("Sampling matters (Barbour, 2008)."), run("References"), run(prose), run(first)])
    )
    assert notes["1"].title == "Introducing qualitative research"  # type: ignore[attr-defined]


# 3. A bibliography field is a list whatever heads it (docx._head_field_lists) ----------------------

_ESSAY = [
    run("Sampling matters in qualitative work (Barbour, 2008; Brown, 2010)."),
    run("The essay's last paragraph ends here, straight above the list."),
]


def test_a_bibliography_field_without_a_heading_is_the_list() -> None:
    first = "Barbour, R.S. (2008) Introducing qualitative research. London: SAGE."
    notes = notes_of(package([*_ESSAY, *_zotero_bibliography(first)[1:]]))
    assert notes["1"].title == "Introducing qualitative research"  # type: ignore[attr-defined]
    assert notes["3"].title == "Qualitative method and compromise in applied social research"  # type: ignore[attr-defined]
    # Word's own field under words that name no list of notes.
    word = [
        run("Sources cited in this essay"),
        _begin(" BIBLIOGRAPHY \\l 1033 ")
        + run(
            "Ford, M. (2015). Rise of the robots: Technology and the threat of a jobless future. Basic Books."
        ),
        run("Brod, C. (1984). Technostress: The human cost of the computer revolution. Addison-Wesley.")
        + _END,
    ]
    notes = notes_of(package([*_ESSAY, *word]))
    assert notes["2"].title == "Technostress: The human cost of the computer revolution"  # type: ignore[attr-defined]


def test_a_headed_list_elsewhere_and_other_fields_open_no_list() -> None:
    # Near misses: part one's field under no heading, part two's list under "References" (the Zotero
    # model answer's shape): the headed list is read alone, numbered from 1.
    part_one = _zotero_bibliography(
        "Anderson, C. (2010) ‘Presenting and evaluating qualitative research’, AJPE, 74(8)."
    )
    part_two = [
        run("References"),
        run("Barbour, R.S. (2008) Introducing qualitative research. London: SAGE."),
        run("Crotty, M. (1998) The foundations of social research. London: SAGE."),
    ]
    notes = notes_of(package([*_ESSAY, *part_one[1:], run("Part two of the essay begins here."), *part_two]))
    assert notes["1"].title == "Introducing qualitative research"  # type: ignore[attr-defined]
    assert notes["2"].title == "The foundations of social research"  # type: ignore[attr-defined]
    # A citation field (Zotero's ADDIN ZOTERO_ITEM) is no list, nor are the paragraphs after it.
    cited = _begin(' ADDIN ZOTERO_ITEM CSL_CITATION {"citationID":"a"} ') + run("(Barbour, 2008)") + _END
    body = [
        run("Sampling matters ") + cited,
        run("Barbour, R.S. (2008) Introducing qualitative research. London: SAGE."),
    ]
    assert notes_of(package(body)) == {}


# 4. An address in italics is no emphasis (docx._ADDRESS_ONLY) --------------------------------------

_PROPOSAL_LIST = [
    (
        "Autor, D. H. (2015). ",
        "Why are there still so many jobs The history and future of workplace automation",
        ". Journal of Economic Perspectives, 29(3), 3–30.",
    ),
    (
        "Brod, C. (1984). ",
        "Technostress: The human cost of the computer revolution",
        ". Addison-Wesley Publishing Company.",
    ),
    (
        "Ford, M. (2015). ",
        "Rise of the robots: Technology and the threat of a jobless future",
        ". Basic Books.",
    ),
]


def test_an_address_set_in_italics_is_no_title() -> None:
    url = "https://scholars.unh.edu/honors/856/"
    first = run("Alkalay, S. (2024). From IT to AI... University of New Hampshire. ") + (
        f'<w:hyperlink r:id="rId9">{run(url, italic=True)}</w:hyperlink>'
    )
    body = [run("AI changes work (Alkalay, 2024)."), run("8. References"), first]
    body += [run(a) + run(t, italic=True) + run(rest) for a, t, rest in _PROPOSAL_LIST]
    data = package(body, links={"rId9": url})
    assert read_docx(data, path="p.docx").blocks[2].spans == []
    notes = notes_of(data)
    assert notes["1"].title == "From IT to AI..."  # type: ignore[attr-defined]
    assert notes["1"].url == url  # type: ignore[attr-defined]


def test_an_italic_title_with_its_address_keeps_its_emphasis() -> None:
    # Near miss: a title in italics before its address, and an italic run that holds more than an
    # address ("see https://… for the data"), stay emphasis.
    body = [
        run("Brod, C. (1984). ")
        + run("Technostress: the human cost", italic=True)
        + run(". https://example.org/brod")
    ]
    body.append(run("see https://example.org/data for the data", italic=True))
    blocks = read_docx(package(body), path="p.docx").blocks
    assert blocks[0].spans == [(17, 45, "em")]
    assert blocks[1].spans and blocks[1].spans[0][2] == "em"


def test_word_s_contents_control_is_dropped_and_other_controls_kept() -> None:
    # Fires: the content control Word wraps its table of contents in, its lines in no TOC style and
    # no field (a copy whose field was unlinked). Near miss: a control of another gallery
    # ("Bibliographies", Word's own wrapper of its bibliography field) is read.
    def control(gallery: str, lines: list[str]) -> str:
        paragraphs = "".join(f"<w:p>{run(line)}</w:p>" for line in lines)
        return (
            f'<w:r/></w:p><w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="{gallery}"/></w:docPartObj>'
            f"</w:sdtPr><w:sdtContent>{paragraphs}</w:sdtContent></w:sdt><w:p>"
        )

    body = [run("Essay text."), control("Table of Contents", ["1. Introduction\t2", "2. Methods\t3"])]
    texts = [b.text for b in read_docx(package(body), path="p.docx").blocks if b.text.strip()]
    assert texts == ["Essay text."]
    body = [
        run("Essay text."),
        control("Bibliographies", ["References", "Brod, C. (1984). Technostress. Addison-Wesley."]),
    ]
    texts = [b.text for b in read_docx(package(body), path="p.docx").blocks if b.text.strip()]
    assert texts == ["Essay text.", "References", "Brod, C. (1984). Technostress. Addison-Wesley."]


def _bibliography_styled(text: str) -> str:
    return _styled("Bibliography", run(text))


_ENTRY_STYLES = _styles(("Bibliography", "Bibliography"), ("Heading1", "heading 1"))


def test_entries_left_in_word_s_bibliography_style_are_the_list() -> None:
    # Fires: a Zotero bibliography unlinked (no field), its entries still in the "Bibliography"
    # style, under no heading.
    body = [
        *_ESSAY,
        _bibliography_styled("Barbour, R.S. (2008) Introducing qualitative research. London: SAGE."),
        _bibliography_styled("Crotty, M. (1998) The foundations of social research. London: SAGE."),
    ]
    notes = notes_of(package(body, styles=_ENTRY_STYLES))
    assert notes["2"].title == "The foundations of social research"  # type: ignore[attr-defined]


def test_other_styles_and_a_headed_list_elsewhere_are_left_as_they_were() -> None:
    # Near misses: the same paragraphs in the "Normal" style under no heading stay body text; in the
    # style but with a "References" list elsewhere, that list is read alone.
    plain = [
        *_ESSAY,
        run("Barbour, R.S. (2008) Introducing qualitative research. London: SAGE."),
        run("Crotty, M. (1998) The foundations of social research. London: SAGE."),
    ]
    assert notes_of(package(plain, styles=_ENTRY_STYLES)) == {}
    body = [
        *_ESSAY,
        _bibliography_styled(
            "Anderson, C. (2010) Presenting and evaluating qualitative research. AJPE, 74(8)."
        ),
        run("Part two."),
        _styled("Heading1", run("References")),
        run("Barbour, R.S. (2008) Introducing qualitative research. London: SAGE."),
    ]
    notes = notes_of(package(body, styles=_ENTRY_STYLES))
    assert list(notes) == ["1"] and notes["1"].title == "Introducing qualitative research"  # type: ignore[attr-defined]


# 5. APA's page without an author, titled with a subtitle (styles._SUBTITLED_TITLE) ------------------


def test_a_subtitled_title_before_the_date_is_the_title() -> None:
    from citecheck.parse.entries import parse_entry

    entry = parse_entry(
        "Countdown to Zero Day: Stuxnet and the Launch of the World’s First Digital Weapon. (2021, June 2). "
        "Cybersecurity & Digital Trust. https://icdt.osu.edu/countdown-zero-day"
    )
    assert entry.title == "Countdown to Zero Day: Stuxnet and the Launch of the World’s First Digital Weapon"
    assert entry.publisher == "Cybersecurity & Digital Trust"


def test_a_body_s_name_with_a_colon_or_an_author_list_stays_the_author() -> None:
    # Near misses: a body's short name with a colon before the date, and authors with commas.
    from citecheck.parse.entries import parse_entry

    entry = parse_entry(
        "Mozilla Developer Network: MDN Web Docs. (2023). Using fetch. https://developer.mozilla.org/x"
    )
    assert entry.title == "Using fetch"
    entry = parse_entry(
        "Rid, T., & Buchanan, B. (2014). Attributing cyber attacks: The case of the Sony hack and its aftermath. "
        "Journal of Strategic Studies, 38(1-2), 4–37."
    )
    assert entry.title == "Attributing cyber attacks: The case of the Sony hack and its aftermath"


# 6. A name with a lower-case first letter opens a sentence (claims.sentence_spans) -------------------


def test_a_journal_named_in_camel_case_after_a_stop_is_a_field_of_its_own() -> None:
    from citecheck.parse.claims import sentence_spans
    from citecheck.parse.entries import parse_entry

    entry = parse_entry(
        "Liu, C. F., et al. (2025). Exploring the impact of AI technostress... iScience. "
        "https://www.cell.com/iscience/fulltext/S2589-0042(25)02655-0"
    )
    assert entry.title == "Exploring the impact of AI technostress..."
    text = "Sales fell. iPhone sales fell most."
    assert [text[a:b] for a, b in sentence_spans(text)] == ["Sales fell.", "iPhone sales fell most."]


def test_a_lower_case_word_or_an_abbreviation_before_a_camel_case_name_opens_nothing() -> None:
    # Near misses: "ebooks" (no capital after its first letter) and "vs. iPad" (an abbreviation).
    from citecheck.parse.claims import sentence_spans

    text = "An ebook. ebooks sell. The score was 4 vs. iPad users."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "An ebook. ebooks sell.",
        "The score was 4 vs. iPad users.",
    ]


# 7. Mendeley Cite's and Citavi's bibliography content controls are lists (docx._BIBLIOGRAPHY_TAGS) ---


def _control(tag: str, lines: list[str]) -> str:
    paragraphs = "".join(f"<w:p>{run(line)}</w:p>" for line in lines)
    return (
        f'<w:r/></w:p><w:sdt><w:sdtPr><w:tag w:val="{tag}"/><w:id w:val="1"/></w:sdtPr>'
        f"<w:sdtContent>{paragraphs}</w:sdtContent></w:sdt><w:p>"
    )


_MENDELEY_ENTRIES = [
    "Barbour, R.S. (2008) Introducing qualitative research. London: SAGE.",
    "Crotty, M. (1998) The foundations of social research. London: SAGE.",
]


def test_mendeley_cite_s_bibliography_control_under_no_heading_is_the_list() -> None:
    body = [*_ESSAY, _control("MENDELEY_BIBLIOGRAPHY", _MENDELEY_ENTRIES)]
    notes = notes_of(package(body))
    assert notes["1"].title == "Introducing qualitative research"  # type: ignore[attr-defined]
    assert notes["2"].title == "The foundations of social research"  # type: ignore[attr-defined]
    body = [*_ESSAY, _control("CitaviBibliography", _MENDELEY_ENTRIES)]
    assert notes_of(package(body))["2"].title == "The foundations of social research"  # type: ignore[attr-defined]


def test_other_content_controls_are_no_list() -> None:
    # Near miss: a citation's control, or a template's own, holds no list.
    body = [*_ESSAY, _control("MENDELEY_CITATION_v3_eyJjaXRhdGlvbklEIjoiIn0=", _MENDELEY_ENTRIES)]
    assert notes_of(package(body)) == {}
    body = [*_ESSAY, _control("Abstract", _MENDELEY_ENTRIES)]
    assert notes_of(package(body)) == {}
