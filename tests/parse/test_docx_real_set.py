"""Rules learnt on the real Word documents of fixtures/parse-eval-docx (branch p13-docx), each with a
minimal package built here where it fires and a near miss where it must not. The shapes are those of
the set's calibration documents (provenance in its truth.toml)."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from xml.sax.saxutils import escape

from citecheck.parse import parse_bytes
from citecheck.parse.docx import read_docx
from citecheck.parse.regions import EMPHASISED_SIGNAL

TODAY = dt.date(2026, 12, 1)
_W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_REL_NS = f'xmlns:r="{_R_NS}"'


def package(
    body: list[str],
    footnotes: dict[int, str] | None = None,
    links: dict[str, str] | None = None,
    note_links: dict[str, str] | None = None,
    styles: str = "",
) -> bytes:
    """A Word package: ``body`` holds each body ``w:p``'s inner XML, ``footnotes`` each note's
    paragraph inner XML (by Word id), ``links``/``note_links`` external hyperlink relationships of
    the document and of its notes (id -> target), ``styles`` extra ``w:style`` elements."""
    footnotes = footnotes or {}
    rels = "".join(
        f'<Relationship Id="{rid}" Type="{_R_NS}/hyperlink" Target="{target}" TargetMode="External"/>'
        for rid, target in (links or {}).items()
    )
    note_rels = "".join(
        f'<Relationship Id="{rid}" Type="{_R_NS}/hyperlink" Target="{target}" TargetMode="External"/>'
        for rid, target in (note_links or {}).items()
    )
    notes = "".join(
        f'<w:footnote w:id="{note_id}"><w:p><w:r><w:footnoteRef/></w:r>{inner}</w:p></w:footnote>'
        for note_id, inner in footnotes.items()
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
        paragraphs = "".join(f"<w:p>{p}</w:p>" for p in body)
        archive.writestr(
            "word/document.xml", f"<w:document {_W_NS} {_REL_NS}><w:body>{paragraphs}</w:body></w:document>"
        )
        archive.writestr(
            "word/_rels/document.xml.rels",
            f'<Relationships xmlns="{_PKG_NS}"><Relationship Id="rIdFn" Type="{_R_NS}/footnotes" '
            f'Target="footnotes.xml"/><Relationship Id="rIdSt" Type="{_R_NS}/styles" Target="styles.xml"/>'
            f"{rels}</Relationships>",
        )
        archive.writestr(
            "word/_rels/footnotes.xml.rels", f'<Relationships xmlns="{_PKG_NS}">{note_rels}</Relationships>'
        )
        archive.writestr(
            "word/footnotes.xml",
            f'<w:footnotes {_W_NS} {_REL_NS}><w:footnote w:type="separator" w:id="-1"><w:p/></w:footnote>'
            f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p/></w:footnote>{notes}</w:footnotes>',
        )
        archive.writestr("word/styles.xml", f"<w:styles {_W_NS}>{styles}</w:styles>")
    return buffer.getvalue()


def run(text: str, *, italic: bool = False, style: str = "") -> str:
    props = ""
    if italic or style:
        props = (
            "<w:rPr>"
            + (f'<w:rStyle w:val="{style}"/>' if style else "")
            + ("<w:i/>" if italic else "")
            + "</w:rPr>"
        )
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def ref(note_id: int) -> str:
    return (
        f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{note_id}"/></w:r>'
    )


def notes_of(data: bytes) -> dict[str, object]:
    doc = parse_bytes(data, path="file.docx", today=TODAY)
    return {fn.label: fn for fn in doc.footnotes}


# 1. Italic runs are emphasis, as <i> is in HTML (docx._Paragraph._emphasise, docx._italic) ---------


def test_an_italic_title_in_a_word_footnote_is_its_title() -> None:
    # The FCC order's Bluebook notes: "comScore, *comScore Reports …*, Nov. 6, 2014, http://…".
    data = package(
        [run("Smartphones grew.") + ref(1)],
        {
            1: run(" comScore, ")
            + run("comScore Reports September U.S. Smartphone ", italic=True)
            + run("Subscriber Market Share", italic=True)
            + run(", Nov. 6, 2014, http://www.comscore.com/Insights/a (last visited Feb. 4, 2015).")
        },
    )
    note = notes_of(data)["1"]
    assert note.title == "comScore Reports September U.S. Smartphone Subscriber Market Share"  # type: ignore[attr-defined]
    assert note.access_date == dt.date(2015, 2, 4)  # type: ignore[attr-defined]


def test_a_character_style_that_sets_italics_is_emphasis_too() -> None:
    styles = '<w:style w:type="character" w:styleId="BookTitle"><w:rPr><w:i/></w:rPr></w:style>'
    data = package(
        [run("Claim.") + ref(1)],
        {
            1: run(" FCC, ")
            + run("Auction 97 – Advanced Wireless Services (AWS-3)", style="BookTitle")
            + run(", http://wireless.fcc.gov/a.")
        },
        styles=styles,
    )
    assert notes_of(data)["1"].title == "Auction 97 – Advanced Wireless Services (AWS-3)"  # type: ignore[attr-defined]


def test_italics_switched_off_and_plain_runs_mark_nothing() -> None:
    # Near miss: <w:i w:val="0"/> is no emphasis, and two italic runs with plain words between them
    # stay two marks, not one.
    data = package(
        [run("Claim.") + ref(1)],
        {
            1: run(" Comcast, ")
            + '<w:r><w:rPr><w:i w:val="0"/></w:rPr><w:t>XFINITY</w:t></w:r>'
            + run(", http://www.comcast.com/internet-service.html (last visited Feb. 22, 2015).")
        },
    )
    note = notes_of(data)["1"]
    assert note.title != "Comcast"  # type: ignore[attr-defined]


# 2. An italic citation signal is no title (regions.EMPHASISED_SIGNAL) ---------------------------------


def test_an_italic_signal_before_an_italic_title_is_passed_over() -> None:
    data = package(
        [run("Sites.") + ref(1)],
        {
            1: run(" ")
            + run("See,", italic=True)
            + run(" ")
            + run("e.g", italic=True)
            + run(".,  Alexa,")
            + run(" Top Sites in United States", italic=True)
            + run(", http://www.alexa.com/topsites/countries/US (last visited Jan. 22, 2015).")
        },
    )
    assert notes_of(data)["1"].title == "Top Sites in United States"  # type: ignore[attr-defined]


def test_the_signal_pattern_takes_signals_only() -> None:
    for signal in ("See", "See, e.g", "See also ", "But see", "Cf.", "Compare", "e.g.,", "with"):
        assert EMPHASISED_SIGNAL.fullmatch(signal), signal
    # Near misses: titles that open on a signal word are more than it.
    for title in ("See You Again", "Compare and Contrast", "Seeing Like a State", "Also Sprach Zarathustra"):
        assert not EMPHASISED_SIGNAL.fullmatch(title), title


# 3. A link showing its address without a scheme gives the scheme (entries._merge_links) ----------


def hyperlink(rid: str, text: str) -> str:
    return f'<w:hyperlink r:id="{rid}">{run(text)}</w:hyperlink>'


def _list(entries: list[str], links: dict[str, str]) -> dict[str, object]:
    body = [run("The essay cites its sources (BBC News) below."), run("Works Cited"), *entries]
    return notes_of(package(body, links=links))


def test_a_link_showing_www_takes_its_target_s_scheme() -> None:
    notes = _list(
        [
            run("BBC News. “India Partition: Roots and Legacy.” News, 4 Aug. 2017, ")
            + hyperlink("rId7", "www.bbc.co.uk/news/resources/idt-d88680d1")
            + run("."),
            run("“8 Stunning Storytelling Websites and Why They Shine.” Vev Blog, ")
            + hyperlink("rId8", "www.vev.design/blog/storytelling-website")
            + run("."),
        ],
        {
            "rId7": "http://www.bbc.co.uk/news/resources/idt-d88680d1",
            "rId8": "http://www.vev.design/blog/storytelling-website",
        },
    )
    assert notes["1"].url == "http://www.bbc.co.uk/news/resources/idt-d88680d1"  # type: ignore[attr-defined]
    assert notes["2"].url == "http://www.vev.design/blog/storytelling-website"  # type: ignore[attr-defined]


def test_a_schemeless_address_without_a_link_still_reads_https() -> None:
    # Near miss: no link gives a scheme, so the address is fetched as a browser would (https).
    notes = _list(
        [
            run(
                "Gupta, Saurabh. “India Centered Design.” ZEUX Innovation, 7 Feb. 2023, www.zeuxinnovation.com/articles/india."
            ),
            run(
                "“8 Stunning Storytelling Websites and Why They Shine.” Vev Blog, www.vev.design/blog/storytelling-website."
            ),
        ],
        {},
    )
    assert notes["1"].url == "https://www.zeuxinnovation.com/articles/india"  # type: ignore[attr-defined]


# 4. An entry split over two paragraphs by hand is one entry (docx._continues, docx._join) ----------


def _indented(text: str) -> str:
    return '<w:pPr><w:ind w:left="720" w:firstLine="0"/></w:pPr>' + run(text)


_SPLIT = [
    run("Aral, S. O., Torrone, E., & Bernstein, K. (2015). Geographical targeting to improve progression   "),
    _indented(
        "through the sexually transmitted infection/HIV treatment continua in different populations. "
        "Current opinion in HIV and AIDS, 10(6), 477–482. https://doi.org/10.1097/COH.0000000000000195"
    ),
    run(
        "Koenig, L. J., Hoyer, D., Purcell, D. W., Zaza, S., & Mermin, J. (2016). Young People and HIV:     "
    ),
    run("          A Call to Action. American journal of public health, 106(3), 402–405.        "),
    run("          https://doi.org/10.2105/AJPH.2015.302979"),
    run("U.S. Department of Health and Human Services. (2021, June 2). U.S. Statistics. Retrieved from"),
    run("        https://www.hiv.gov/hiv-basics/overview/data-and-trends/statistics"),
    run("Strathdee, S. A., & Stockman, J. K. (2010). Epidemiology of HIV among injecting and non-"),
    _indented(
        "injecting drug users: current trends. Current HIV/AIDS reports, 7(2), 99–106. https://doi.org/10.1007/s11904-010-0043-7"
    ),
]


def test_an_entry_s_first_line_and_its_indented_rest_are_one_entry() -> None:
    notes = notes_of(package([run("HIV testing grew (Aral et al., 2015)."), run("References"), *_SPLIT]))
    assert [
        (label, fn.title, fn.url)  # type: ignore[attr-defined]
        for label, fn in notes.items()
    ] == [
        (
            "1",
            "Geographical targeting to improve progression through the sexually transmitted infection/HIV treatment continua in different populations",
            "https://doi.org/10.1097/COH.0000000000000195",
        ),
        ("2", "Young People and HIV: A Call to Action", "https://doi.org/10.2105/AJPH.2015.302979"),
        ("3", notes["3"].title, "https://www.hiv.gov/hiv-basics/overview/data-and-trends/statistics"),  # type: ignore[attr-defined]
        (
            "4",
            "Epidemiology of HIV among injecting and non-injecting drug users: current trends",
            "https://doi.org/10.1007/s11904-010-0043-7",
        ),
    ]


def test_headings_closed_sentences_and_real_hanging_indents_stay_apart() -> None:
    # Near misses: "References" (a heading's few words) above an entry with a real hanging indent;
    # an IEEE entry indented under its heading, opening on its label; an entry that ends its
    # sentence above an indented annotation.
    hanging = '<w:pPr><w:ind w:left="720" w:hanging="720"/></w:pPr>'
    body = [
        run("Claims are made in the text (Wenker, 2022)."),
        run("Ethics Statement"),
        '<w:pPr><w:ind w:left="720"/></w:pPr>'
        + run("\tOur research adheres to four principles of research ethics."),
        run("References"),
        hanging
        + run(
            "Wenker, K. (2022) A systematic literature review on persuasive technology at the workplace. Patterns, 3(8)."
        ),
        _indented("This review gathers the studies of persuasive technology at work and sorts them by aim."),
        hanging
        + run(
            "Hummel, D. and Maedche, A. (2019) How effective is nudging? Journal of Behavioral and Experimental Economics, 80."
        ),
    ]
    blocks = [block.text for block in read_docx(package(body), path="file.docx").blocks]
    assert blocks[1:4] == [
        "Ethics Statement",
        "\tOur research adheres to four principles of research ethics.",
        "References",
    ]
    assert blocks[4].endswith("Patterns, 3(8).") and blocks[5].startswith("This review gathers")
    ieee = [
        run("Claim [1]."),
        run("References"),
        '<w:pPr><w:ind w:left="360"/></w:pPr>'
        + run(
            "[1] R. Re and A. Solow-Niederman, “Developing Artificially Intelligent Justice”, 2019. Available: https://ssrn.com/abstract=3390854."
        ),
    ]
    notes = notes_of(package(ieee))
    assert notes["1"].title == "Developing Artificially Intelligent Justice"  # type: ignore[attr-defined]


# 5. An annotated bibliography's book entry without an address (regions._annotated_book) ----------


def _br(first: str, rest: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{escape(first)}</w:t><w:br/><w:t xml:space="preserve">{escape(rest)}</w:t></w:r>'


_ANNOTATION = (
    "{who}’s book explores how art, religion, theater, and education shaped revolutionary identity and "
    "culture in late eighteenth-century France. Rather than focusing solely on politics, the author examines "
    "how cultural institutions reflected and reinforced revolutionary ideals. The analysis offers a "
    "multidimensional view of how citizens internalized liberty and equality, and the academic tone and "
    "extensive documentation make it a reliable source. For the travel blog, it deepens understanding of "
    "sites such as Parisian theaters and schools that served as centers of revolutionary propaganda."
)


def test_a_book_entry_on_its_own_line_above_its_annotation_is_an_entry() -> None:
    body = [
        run("A travel blog on the French Revolution."),
        run("Annotated Bibliography"),
        _br(
            "“Documents of the French Revolution.” Columbia University, 2024, https://www.columbia.edu/~iw6/doc_frv.html.",
            _ANNOTATION.format(who="The collection"),
        ),
        _br(
            "Kennedy, Emmet. A Cultural History of the French Revolution. Yale University Press, 1989.",
            _ANNOTATION.format(who="Kennedy"),
        ),
        _br(
            "Doyle, William. The Oxford History of the French Revolution. Oxford University Press, 1989.",
            _ANNOTATION.format(who="Doyle"),
        ),
    ]
    notes = notes_of(package(body))
    assert [(label, fn.title) for label, fn in notes.items()] == [  # type: ignore[attr-defined]
        ("1", "Documents of the French Revolution"),
        ("2", "A Cultural History of the French Revolution"),
        ("3", "The Oxford History of the French Revolution"),
    ]


def test_a_long_paragraph_opening_on_a_name_is_no_book_entry() -> None:
    # Near misses: a first line that goes on as a sentence, and a book line with no annotation
    # under it in a paragraph of prose.
    from citecheck.parse.regions import _annotated_book

    assert _annotated_book(
        "Kennedy, Emmet. A Cultural History of the French Revolution. Yale University Press, 1989.\n"
        + _ANNOTATION.format(who="Kennedy")
    )
    assert not _annotated_book(
        "Kennedy, Emmet. A Cultural History, which Yale University Press printed in 1989, is long.\n"
        + _ANNOTATION.format(who="Kennedy")
    )
    assert not _annotated_book(
        "Kennedy, Emmet. A Cultural History of the French Revolution. Yale University Press, 1989. "
        + _ANNOTATION.format(who="Kennedy")
    )
    assert not _annotated_book(
        "In 1989, Kennedy wrote a history of the French Revolution.\n" + _ANNOTATION.format(who="Kennedy")
    )


# 6. Chicago author-date's access date without its year (entries._yearless_access) -----------------


def test_an_access_date_without_a_year_takes_the_entry_s_year() -> None:
    body = [
        run("Housing mattered in 2017 (Akehurst 2019)."),
        run("Bibliography"),
        run(
            "Akehurst, Steve. 2019. “Housing and the 2017 Election: What the Numbers Say.” Accessed November 23. "
            "https://blog.shelter.org.uk/2017/06/housing-and-the-2017-election-what-the-numbers-say/."
        ),
        run(
            "“Ecological Fallacy.” 2019. Encyclopedia Britannica. Accessed Nov. 3. https://www.britannica.com/science/ecological-fallacy."
        ),
    ]
    notes = notes_of(package(body))
    assert notes["1"].access_date == dt.date(2019, 11, 23)  # type: ignore[attr-defined]
    assert notes["2"].access_date == dt.date(2019, 11, 3)  # type: ignore[attr-defined]


def test_no_year_closing_a_field_gives_no_access_date() -> None:
    # Near misses: a year only inside the title, and "Accessed November 2019" (a month and a year).
    body = [
        run("Housing mattered (Shelter, n.d.)."),
        run("Bibliography"),
        run(
            "Shelter. n.d. “Housing and the 2017 Election.” Accessed November 23. https://blog.shelter.org.uk/a/."
        ),
        run("Shelter. 2019. “What the Numbers Say.” Accessed November 2019. https://blog.shelter.org.uk/b/."),
    ]
    notes = notes_of(package(body))
    assert notes["1"].access_date is None  # type: ignore[attr-defined]
    assert notes["2"].access_date != dt.date(2019, 11, 20)  # type: ignore[attr-defined]


# 7. HYPERLINK fields: the instruction read whole, its result a link (docx._Paragraph._field_char) --


def _field(instruction_pieces: list[str], shown: str) -> str:
    instr = "".join(
        f'<w:r><w:instrText xml:space="preserve">{escape(piece)}</w:instrText></w:r>'
        for piece in instruction_pieces
    )
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        + instr
        + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + run(shown)
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def test_a_field_instruction_cut_over_runs_gives_the_whole_address() -> None:
    body = [
        run("Weight management is hard (Ali et al., 2020)."),
        run("References"),
        run(
            "Ali, H. I., Baynouna, L. M., & Bernsen, R. M. (2020). Barriers and facilitators of weight management. Health & Social Care in the Community, 18(2), 219–228. "
        )
        + _field(
            [' HYPERLINK "https://doi.org/10.1111/j.1365-', '2524.2009.00896.x" '],
            "doi:10.1111/j.1365-2524.2009.00896.x",
        ),
        run("Liu, C. F. (2025). Exploring the impact of AI technostress. iScience. ")
        + _field(
            [' HYPERLINK "https://www.cell.com/iscience/fulltext/S2589-0042(25)02655-0" \\t "_blank" '],
            "the article",
        ),
    ]
    notes = notes_of(package(body))
    assert notes["1"].url == "https://doi.org/10.1111/j.1365-2524.2009.00896.x"  # type: ignore[attr-defined]
    assert notes["2"].url == "https://www.cell.com/iscience/fulltext/S2589-0042(25)02655-0"  # type: ignore[attr-defined]


def test_a_simple_field_and_a_text_fragment_anchor_are_read() -> None:
    body = [
        run("Tradition subordinates rights (Reid)."),
        run("Works Cited"),
        run("Reid, Graeme. “The Trouble with Tradition”. Human Rights Watch, Jan. 2013, ")
        + _field(
            [' HYPERLINK "https://www.hrw.org/news/2013/01/11/trouble-tradition" \\l ":~:text=But" '],
            "hrw.org",
        ),
        run("Bhattacharjee, Puja, “The complicated gender history of pink.” CNN Health, Jan 2018. ")
        + "<w:fldSimple w:instr=' HYPERLINK \"https://www.cnn.com/2018/01/12/health/pink.html\" '>"
        + run("cnn.com")
        + "</w:fldSimple>",
    ]
    notes = notes_of(package(body))
    assert notes["1"].url == "https://www.hrw.org/news/2013/01/11/trouble-tradition#:~:text=But"  # type: ignore[attr-defined]
    assert notes["2"].url == "https://www.cnn.com/2018/01/12/health/pink.html"  # type: ignore[attr-defined]


def test_a_field_in_the_text_is_an_inline_link_and_other_fields_are_no_address() -> None:
    from citecheck.parse.docx import field_address

    # Near misses: a bookmark within the document, a cross-reference, a page number.
    assert field_address('HYPERLINK \\l "_Toc123456"') is None
    assert field_address("REF _Ref412551735 \\r \\h") is None
    assert field_address("PAGE") is None
    blocks = read_docx(
        package(
            [
                run("The index rose, as ")
                + _field([' HYPERLINK "https://example.org/report" '], "the report")
                + run(" shows.")
            ]
        ),
        path="file.docx",
    ).blocks
    assert [(s.url, blocks[0].text[s.start : s.end]) for s in blocks[0].link_spans] == [
        ("https://example.org/report", "the report")
    ]


# 8. An address label inside a quoted title is the title's word (entries._inside_quotation) --------


def test_online_inside_a_quoted_title_is_no_address_label() -> None:
    from citecheck.parse.entries import parse_entry

    fields = parse_entry(
        "Quinlan-Gagnon, Wendy. “Art Museums Online: Using Interactive Websites to Build Cultural Capital.” "
        "The International Journal of the Inclusive Museum, vol. 5, no. 2, 2013, pp. 23–32, https://doi.org/10.18848/44398."
    )
    assert fields.title == "Art Museums Online: Using Interactive Websites to Build Cultural Capital"
    # Near miss: after the closing quote, "Online:" still introduces the address.
    fields = parse_entry(
        "Smith, Jane. “A Study of Museums.” Museum Journal, 2013. Online: https://example.org/museums"
    )
    assert fields.title == "A Study of Museums" and fields.urls == ["https://example.org/museums"]


# 9. MLA's ", edited by …" after a title (styles._CONTRIBUTORS_AFTER) --------------------------------


def test_mla_contributors_are_cut_from_the_title() -> None:
    from citecheck.parse.entries import parse_entry

    fields = parse_entry(
        "Design and Modernity in Asia : National Identity and Transnational Exchange 1945-1990, edited by "
        "Yunah Lee, and Megha Rajguru, Bloomsbury Publishing USA, 2022. ProQuest Ebook Central, https://ebookcentral.proquest.com/a."
    )
    assert (
        fields.title
        == "Design and Modernity in Asia : National Identity and Transnational Exchange 1945-1990"
    )
    # Near miss: no comma before the role, the words are the title's.
    assert parse_entry("Smith, Anne. Poems Edited by Women. Penguin, 2001.").title == "Poems Edited by Women"


# 10. A "#" glued to a title's first word is the title's (styles._HEADING_HASHES) --------------------


def test_a_hashtag_title_keeps_its_hash_and_heading_marks_go() -> None:
    from citecheck.parse.styles import tidy_title

    assert tidy_title("#Republic: Divided Democracy in the Age of Social Media") == (
        "#Republic: Divided Democracy in the Age of Social Media"
    )
    assert tidy_title("Programming in C#") == "Programming in C#"
    # Near misses: Markdown's heading marks, set apart by a space, are no title's.
    assert tidy_title("## Divided Democracy") == "Divided Democracy"
    assert tidy_title("Divided Democracy ##") == "Divided Democracy"


# 11. Words pointing to a bare address are no title (entries._introduces_address) ------------------


def test_a_pointer_before_a_bare_address_is_no_title() -> None:
    from citecheck.parse.entries import parse_entry

    for note in (
        "s. http://www.railway-stations.org/",
        "Für weitere Informationen siehe https://de.wikipedia.org/wiki/3-S-Zentrale",
        "For more information see https://example.org/elections",
    ):
        fields = parse_entry(note)
        assert fields.title is None and fields.urls, note
    # Near misses: a title that ends on "See" (capitalised), a name set apart by a comma.
    assert parse_entry("What You See https://example.org/x").title == "What You See"
    assert parse_entry("Ionic Framework, see https://ionicframework.com/about").title is not None


# 12. A German short note "Autor: Titel, S. 5" (entries._short_note_title) ---------------------------


def test_a_german_short_note_s_title_is_after_the_author() -> None:
    from citecheck.parse.entries import parse_entry

    assert parse_entry("Chris Griffith: Mobile App Development with Ionic 2, S.5").title == (
        "Mobile App Development with Ionic 2"
    )
    # Near misses: no page closing it, an address in it.
    assert parse_entry("Chris Griffith: Mobile App Development with Ionic 2").title != (
        "Mobile App Development with Ionic 2"
    )
    with_address = parse_entry(
        "Chris Griffith: Mobile App Development with Ionic 2, S.5, https://example.org/ionic"
    )
    assert with_address.title != "Mobile App Development with Ionic 2"


# 13. A cell of a Word table is a datum of its row (docx._table_row) ----------------------------------


def _table(rows: list[list[str]], *, header: bool = False) -> str:
    head = "<w:trPr><w:tblHeader/></w:trPr>" if header else ""
    body = "".join(
        f"<w:tr>{head if number == 0 else ''}"
        + "".join(f"<w:tc><w:p>{run(cell)}</w:p></w:tc>" for cell in row)
        + "</w:tr>"
        for number, row in enumerate(rows)
    )
    return f"<w:tbl>{body}</w:tbl>"


def _document_with_table(table: str) -> bytes:
    """A body whose table sits between two paragraphs (the helper wraps each body item in w:p, so
    the table goes in its own package)."""
    data = package([run("Cities use AI in transport (Debnath et al., 2011).")])
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "word/document.xml":
                refs = "".join(
                    f"<w:p>{run(text)}</w:p>"
                    for text in (
                        "References",
                        "Debnath, A.K., Haque, M.M., Chin, H.C., and Yuen, B. (2011) 'Sustainable urban transport: Smart technology initiatives in Singapore', Transportation Research Record, 2243(1), pp. 38-45.",
                        "Transport for London (2024) 'Underground services performance'. Available at: https://tfl.gov.uk/corporate/a (Accessed: 13 November 2024).",
                    )
                )
                content = content.replace(b"</w:body>", (table + refs).encode() + b"</w:body>")
            archive.writestr(item, content)
    return buffer.getvalue()


_CASES = [
    ["City", "Main Features", "Source"],
    [
        "Singapore",
        "The Smart Nation initiative uses AI to monitor traffic and manage public transport routes.",
        "Debnath et al. (2011)",
    ],
    [
        "London",
        "AI optimizes train frequencies and manages congestion in the rail network.",
        "Transport for London (2024)",
    ],
]


def test_a_source_column_s_header_cell_heads_no_notes() -> None:
    notes = notes_of(_document_with_table(_table(_CASES)))
    assert [(label, fn.title) for label, fn in notes.items()] == [  # type: ignore[attr-defined]
        ("1", "Sustainable urban transport: Smart technology initiatives in Singapore"),
        ("2", "Underground services performance"),
    ]


def test_a_one_column_table_is_layout_and_its_paragraphs_the_page_s() -> None:
    # Near miss: a framed box of one column holding the list keeps it (its heading heads notes).
    box = _table([["References"], ["Smith, J. (2020) 'A study of buses', Transport Review, 3(1), pp. 1-9."]])
    blocks = read_docx(_document_with_table(box), path="file.docx").blocks
    assert all(block.table_row is None for block in blocks)
    rows = read_docx(_document_with_table(_table(_CASES, header=True)), path="file.docx").blocks
    assert [(b.text, b.table_row, b.table_head) for b in rows if b.table_row is not None][:3] == [
        ("City", 0, True),
        ("Main Features", 0, True),
        ("Source", 0, True),
    ]


def test_an_entry_indented_by_mistake_after_an_address_is_its_own() -> None:
    # Word's bibliography: the last entry indented (left 720, no hanging) under one ending on its
    # address; it opens on its author head. It stays an entry of its own.
    hanging = '<w:pPr><w:ind w:left="720" w:hanging="720"/></w:pPr>'
    body = [
        run("Segmentation is hard (Caines et al., 2019)."),
        run("References"),
        hanging
        + run(
            "Kürzinger, L., & Rigoll, G., (2022, february 2). CTC - segmentation. Github: https://github.com/lumaku/ctc-segmentation"
        ),
        '<w:pPr><w:ind w:left="720"/></w:pPr>'
        + run(
            "Caines, A., & Buttery, P., (2019, october 11). The cross-linguistic performance of word segmentation models over time. Journal of Child Language. https://www.cambridge.org/core/a"
        ),
    ]
    notes = notes_of(package(body))
    assert [fn.url for fn in notes.values()] == [  # type: ignore[attr-defined]
        "https://github.com/lumaku/ctc-segmentation",
        "https://www.cambridge.org/core/a",
    ]


def test_an_indented_paragraph_opening_on_an_author_head_continues_nothing() -> None:
    from citecheck.parse.docx import _AUTHOR_LEAD

    assert _AUTHOR_LEAD.match("Caines, A., Altmann-Richer, E., & Buttery, P., (2019, october 11).")
    assert _AUTHOR_LEAD.match("Dupoux, Emmanuel. Cognitive Science in the era of Artificial Intelligence.")
    # Near misses: the rest of a split title or an imprint is no author head.
    assert not _AUTHOR_LEAD.match(
        "Reducing Sexually Transmitted Diseases in Youth of Color. Healthcare, 9(6)."
    )
    assert not _AUTHOR_LEAD.match("clustering in Indonesia of the risk of the COVID-19 pandemic")
    body = [
        run("Segmentation is hard (Tsay, 2010)."),
        run("References"),
        run(
            "Goodfellow, I., Bengio, Y., & Courville, A. (2016). Deep learning, MIT Press, Cambridge, Massachusetts and London"
        ),
        '<w:pPr><w:ind w:left="720"/></w:pPr>'
        + run("Tsay, R. S. (2010). Analysis of financial time series (3rd ed.). Wiley."),
    ]
    blocks = [b.text for b in read_docx(package(body), path="file.docx").blocks]
    assert blocks[-1].startswith("Tsay, R. S. (2010)")


# 14. A title-cased container after a sentence-case title (entries._without_container_after_comma) --


def test_a_journal_joined_by_a_comma_to_a_sentence_case_title_is_cut() -> None:
    from citecheck.parse.entries import parse_entry

    fields = parse_entry(
        "Choudhary, P., Velaga, N. (2017). Modelling driver distraction effects due to mobile phone use on "
        "reaction time, Transportation Research Part C: Emerging Technologies, Available From: "
        "https://doi.org/10.1016/j.trc.2017.02.007."
    )
    assert fields.title == "Modelling driver distraction effects due to mobile phone use on reaction time"
    fields = parse_entry(
        "Chaturvedi, A. (2015) BCG allows consultants, partners to take time off every week to pursue their "
        "interests, The Economic Times India, 2 October. Available at https://economictimes.indiatimes.com/a "
        "(Accessed: 19 March 2025)"
    )
    assert (
        fields.title
        == "BCG allows consultants, partners to take time off every week to pursue their interests"
    )


def test_a_title_cased_title_with_a_comma_keeps_it() -> None:
    from citecheck.parse.entries import _without_container_after_comma

    # Near misses: a title in title case, a title without an author-date head, a short first part.
    text = "Arora, S. (2024) Persuasive Technology: The Technology That Connects, Controls Us. Available at https://a.org"
    title = "Persuasive Technology: The Technology That Connects, Controls Us"
    assert _without_container_after_comma(title, text) == title
    title = "Modelling driver distraction effects due to mobile phone use, Transportation Research"
    assert _without_container_after_comma(title, title + ". 2017.") == title
    text = "Smith, J. (2019) Love, Actually Revisited. London: Faber."
    assert _without_container_after_comma("Love, Actually Revisited", text) == "Love, Actually Revisited"


# 15. An italic title broken over two paragraphs, its rest in lower case (docx._continues, _join) ---


def test_a_title_broken_by_a_line_break_is_joined_with_its_emphasis() -> None:
    body = [
        run("Prevention works (Dunigan and Hinkel, 1999)."),
        run("References"),
        run("Tom Dunigan., Greg Hinkel. (1999) ")
        + run("Intrusion Detection and Intrusion Prevention", italic=True),
        run("on a Large Network: A Case Study", italic=True)
        + run(". Available from: https://www.usenix.org/legacy/dunigan.pdf [Accessed 23 September 2021]."),
    ]
    note = notes_of(package(body))["1"]
    assert note.title == "Intrusion Detection and Intrusion Prevention on a Large Network: A Case Study"  # type: ignore[attr-defined]
    assert note.url == "https://www.usenix.org/legacy/dunigan.pdf"  # type: ignore[attr-defined]
    assert note.access_date == dt.date(2021, 9, 23)  # type: ignore[attr-defined]


def test_a_lower_case_paragraph_after_prose_is_its_own() -> None:
    # Near miss: no author-date head above it (prose), so a paragraph opening in lower case stays apart.
    body = [
        run("The firewall logs were read for the whole of the study period"),
        run("and the alerts were then sorted by the hour they came in."),
    ]
    blocks = [b.text for b in read_docx(package(body), path="file.docx").blocks]
    assert len(blocks) == 2


# 16. An inverted author whose given name ends on a middle initial (styles._INVERTED_INITIAL_NAME) --


def test_an_inverted_author_with_a_middle_initial_is_no_title() -> None:
    from citecheck.parse.entries import parse_entry

    assert (
        parse_entry(
            "Ghosh, Monica G. Tiger Files: Textual and Visual Representations of Tigers in South Asian Contexts. "
            "ProQuest Dissertations Publishing, 2013."
        ).title
        == "Tiger Files: Textual and Visual Representations of Tigers in South Asian Contexts"
    )
    assert parse_entry("Smith, John A. The Book of Things. Penguin, 2013.").title == "The Book of Things"
    # Near misses: no initial (the rule before it reads it), and a short sentence after the name.
    assert parse_entry("Tietz, Tabea. Johann Carolus and the First Newspaper. Scihi, 2021.").title == (
        "Johann Carolus and the First Newspaper"
    )
    assert parse_entry("Smith, John A. Short. Penguin, 2013.").title != "Short"


# 17. A US date closing a title (styles._MONTH_DAY_BEFORE) -------------------------------------------


def test_a_title_ending_on_a_us_date_keeps_it_and_a_date_field_goes_whole() -> None:
    from citecheck.parse.styles import tidy_title

    assert tidy_title("Internet Access Services: Status as of December 31, 2013") == (
        "Internet Access Services: Status as of December 31, 2013"
    )
    # Near misses: the date as a field of its own after a comma goes whole; a year alone goes.
    assert tidy_title("FOMC press release, May 5, 2013") == "FOMC press release"
    assert tidy_title("Pattern: Microservice Architecture, 2017") == "Pattern: Microservice Architecture"


# 18. An italic title whose colon was left upright; a journal's volume run on (docx, styles) --------


def test_italic_runs_around_an_upright_colon_are_one_title() -> None:
    body = [
        run("Hospitality grows (Ecole Hoteliere Lausanne, 2018)."),
        run("References"),
        run("Ecole Hoteliere Lausanne. (2018). ")
        + run("A Promising Outlook for The Hospitality Industry", italic=True)
        + run(": ")
        + run("WTTC publishes 2017 World Economic Impact on Travel & Tourism Report", italic=True)
        + run(". Retrieved from http://www.ehl.edu/en/news/promising-outlook"),
    ]
    assert notes_of(package(body))["1"].title == (  # type: ignore[attr-defined]
        "A Promising Outlook for The Hospitality Industry: WTTC publishes 2017 World Economic Impact on Travel & Tourism Report"
    )
    # Near miss: a comma between two italic runs parts two fields.
    blocks = read_docx(
        package([run("Title One", italic=True) + run(", ") + run("Journal Two", italic=True)]),
        path="file.docx",
    ).blocks
    assert [blocks[0].text[a:b] for a, b, _ in blocks[0].spans] == ["Title One", "Journal Two"]


def test_a_journal_volume_issue_and_pages_close_no_title() -> None:
    from citecheck.parse.styles import without_journal_volume_tail

    assert (
        without_journal_volume_tail(
            "Internet security: a case study of firewall selection: Information Management & Computer Security 6(4): 178-184"
        )
        == "Internet security: a case study of firewall selection"
    )
    # Near misses: no volume(issue): pages, or too little title left.
    assert without_journal_volume_tail("Chapter 6(4): Results") == "Chapter 6(4): Results"
    assert without_journal_volume_tail("Security: Computer Security 6(4): 178-184") == (
        "Security: Computer Security 6(4): 178-184"
    )


# 19. A text box is read once, not again from its VML fallback (docx._MC_FALLBACK) --------------------

_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _text_box(caption: str) -> str:
    box = f"<w:txbxContent><w:p>{run(caption)}</w:p></w:txbxContent>"
    return (
        f'<w:r><mc:AlternateContent xmlns:mc="{_MC}"><mc:Choice Requires="wps"><w:drawing>{box}</w:drawing>'
        f"</mc:Choice><mc:Fallback><w:pict>{box}</w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )


def test_a_text_box_caption_is_read_once() -> None:
    body = [
        run("The home page is shown below.")
        + _text_box("Abbildung 8: Screenshot der Home Page, Quelle: selbst aufgenommen")
    ]
    texts = [b.text for b in read_docx(package(body), path="file.docx").blocks]
    assert texts.count("Abbildung 8: Screenshot der Home Page, Quelle: selbst aufgenommen") == 1
    # Near miss: a text box written once (no fallback) is read, once.
    single = [
        run("See the box.")
        + f"<w:r><w:drawing><w:txbxContent><w:p>{run('Box text here')}</w:p></w:txbxContent></w:drawing></w:r>"
    ]
    assert [b.text for b in read_docx(package(single), path="file.docx").blocks].count("Box text here") == 1


# 20. An address broken inside its angle brackets, or set under its label (docx._continues) ---------


def test_an_angle_bracketed_address_broken_over_two_paragraphs_is_whole() -> None:
    body = [
        run("Retrieval can be multimodal (Revuelta-Martínez et al., 2013)."),
        run("References"),
        run(
            "Revuelta-Martínez, Alejandro; Rodríguez, Luis. (2013) Multimodal interaction for information retrieval "
            "using natural language. Computer Standards & Interfaces. [Online] 35(5), pp.428-441 [Accessed 19 October "
            "2014] Accessed at: <http://ac.els-cdn.co"
        ),
        run("m.ezproxy.wlv.ac.uk/S0920548912001262/main.pdf?_tid=6f4bc884&acdnat=1413900990>"),
        run(
            "Dredze, M. (2012). How Social Media Will Change Public Health. IEEE Intelligent Systems. [Online] "
            "27(4), pp.81–84 [Accessed 30 October 2014]  Available at:"
        ),
        run("<http://ieeexplore.ieee.org/lpdocs/epic03/wrapper.htm?arnumber=6285937>"),
    ]
    notes = notes_of(package(body))
    assert [(fn.url, fn.access_date) for fn in notes.values()] == [  # type: ignore[attr-defined]
        (
            "http://ac.els-cdn.com.ezproxy.wlv.ac.uk/S0920548912001262/main.pdf?_tid=6f4bc884&acdnat=1413900990",
            dt.date(2014, 10, 19),
        ),
        ("http://ieeexplore.ieee.org/lpdocs/epic03/wrapper.htm?arnumber=6285937", dt.date(2014, 10, 30)),
    ]


def test_a_closed_address_or_a_sentence_after_a_label_stays_apart() -> None:
    # Near misses: the address closed its brackets already; the paragraph after "Available at:" is
    # prose, not an address alone.
    body = [
        run("Available at: <http://ieeexplore.ieee.org/a> and more of the sentence here"),
        run("m.ezproxy.wlv.ac.uk/S0920548912001262/main.pdf>"),
        run("The database is Available at:"),
        run("the library, on request, to every student."),
    ]
    assert len(read_docx(package(body), path="file.docx").blocks) == 4


# 21. Author-date lines in a headless list of linked entries (generic._AUTHOR_YEAR_HEAD) ----------

_ANNOTATION_LINE = (
    "The source describes crowd sourcing as well as annotation programs and gives opinions on the "
    "possibilities crowd sourcing has for the future of the field."
)


def test_a_long_author_date_entry_and_one_without_an_address_are_entries() -> None:
    body = [
        run("7C009 Literature Survey"),
        run("Can social media be reliably analysed to provide useful statistical data?"),
        run(
            "Ahmed, S., Pasquier, M., & Qadah, G. (2013). Key issues in conducting sentiment analysis on Arabic social "
            "media text. [Online] pp.72–77 [Accessed 29 October 2014] Available at: <http://ieeexplore.ieee.org/a>"
        ),
        run(_ANNOTATION_LINE),
        run(
            "Wan, S., & Paris, C. (2014). Improving government services with social media feedback. In Proceedings "
            "of the 19th international conference on intelligent user interfaces, Haifa, Israel, 24-27 February "
            "2014. New York: Association for Computing Machinery. [Online] ACM. "
            "doi:10.1145/2557500.2557513, pp.27–36 [Accessed 30 October 2014] Available at: "
            "<Y6BR4ZMFv6Gd__Mvhl5za27t19uT4uN__5B_CCwB5rxJ5fm1EyjKFLZ3qfLWlNVFhCT3EI40hSbcp41FwHcFMKohrg4La>"
        ),
        run(_ANNOTATION_LINE),
        run(
            "Alhanini, Y. (2011). The Enhancement of Arabic Stemming by Using Light Stemming and Dictionary-Based "
            "Stemming. Journal of Software Engineering and Applications, 04(09), pp.522–526."
        ),
        run(
            "Dredze, M. (2012). How Social Media Will Change Public Health. IEEE Intelligent Systems. [Online] "
            "27(4), pp.81–84 [Accessed 30 October 2014] Available at: <http://ieeexplore.ieee.org/b>"
        ),
        run(_ANNOTATION_LINE),
    ]
    # Empty paragraphs between the items, as the survey has them.
    spaced = [part for paragraph in body for part in (paragraph, "")]
    notes = notes_of(package(spaced))
    assert [fn.title for fn in notes.values()] == [  # type: ignore[attr-defined]
        "Key issues in conducting sentiment analysis on Arabic social media text",
        "Improving government services with social media feedback",
        "The Enhancement of Arabic Stemming by Using Light Stemming and Dictionary-Based Stemming",
        "How Social Media Will Change Public Health",
    ]


def test_prose_lines_between_linked_entries_stay_out() -> None:
    from citecheck.parse.generic import _AUTHOR_YEAR_HEAD

    # Near misses: an annotation, a sentence naming an author and a year in prose.
    assert not _AUTHOR_YEAR_HEAD.match(_ANNOTATION_LINE)
    assert not _AUTHOR_YEAR_HEAD.match("In 2013, Ahmed and others showed (2013) that sentiment is hard.")
    assert _AUTHOR_YEAR_HEAD.match("Alhanini, Y. (2011). The Enhancement of Arabic Stemming.")


# 22. An annotation indented as a block between hanging entries is no entry (docx._asides) ----------


def _hang(text: str) -> str:
    return '<w:pPr><w:ind w:left="720" w:hanging="720"/></w:pPr>' + run(text)


def _block_in(text: str) -> str:
    return '<w:pPr><w:ind w:left="360"/></w:pPr>' + run(text)


def test_annotations_set_in_between_hanging_entries_are_no_entries() -> None:
    body = [
        run("Marijuana policy is changing (Brenan, 2020)."),
        '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>' + run("Bibliography"),
        _hang(
            "Berke, J., & Lee, Y. J. (2022, November 9). Business Insider. Retrieved from States: https://www.businessinsider.com/a"
        ),
        _block_in(
            "The authors summarize the legality status of Marijuana use in each state, namely recreational, medicinal, or illegal."
        ),
        "",
        _hang(
            "Brenan, M. (2020, November 9). Gallup. Retrieved from Support for Legal Marijuana: https://news.gallup.com/b"
        ),
        _block_in(
            "Brenan describes the demographics of the populations who do and do not support legalization, by age and party."
        ),
        "",
        _hang(
            "MacCoun, R., & Reuter, P. (2001). Evaluating alternative cannabis regimes. British Journal of Psychiatry, 123-128."
        ),
        _block_in(
            "This article examines legal options for treatment of cannabis, including legalization and decriminalization."
        ),
        "",
        _hang(
            "Maryland State Archives. (2021, April 1). Maryland at a Glance Workforce. Retrieved from https://msa.maryland.gov/c"
        ),
    ]
    styles = '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>'
    notes = notes_of(package(body, styles=styles))
    assert [fn.url for fn in notes.values()] == [  # type: ignore[attr-defined]
        "https://www.businessinsider.com/a",
        "https://news.gallup.com/b",
        None,
        "https://msa.maryland.gov/c",
    ]


def test_a_list_of_hanging_entries_alone_marks_nothing_aside() -> None:
    # Near misses: every paragraph hangs (no annotation), or none does (plain paragraphs).
    hanging = [
        _hang(f"Author{n}, A. ({2000 + n}). Title number {n}. Publisher, {2000 + n}.") for n in range(4)
    ]
    assert not any(b.aside for b in read_docx(package(hanging), path="file.docx").blocks)
    plain = [_block_in(f"Paragraph {n} of an indented quotation, set in from the margin.") for n in range(4)]
    assert not any(b.aside for b in read_docx(package(plain), path="file.docx").blocks)


def test_a_heading_line_over_a_first_line_indented_paragraph_stays_apart() -> None:
    # Near miss of the split-entry rule: a heading typed as a plain line (four words, no stop) over
    # a body paragraph set in by a first-line indent only.
    body = [
        run("Results of the Survey Study"),
        '<w:pPr><w:ind w:firstLine="720"/></w:pPr>'
        + run("The survey was answered by forty students in two weeks."),
    ]
    assert len(read_docx(package(body), path="file.docx").blocks) == 2
