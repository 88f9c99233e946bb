"""Rules learnt on the calibration documents of fixtures/parse-eval-docx2 (branch p14-docx2), each
with a minimal package or entry built here where it fires and a near miss where it must not. The
shapes are those of the set's calibration documents (provenance in its truth.toml); nothing here
was written from its held-back quarter (HELDBACK-DOCX2-RULE.md)."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

from citecheck.parse.blocks import Block, ParagraphLocator
from citecheck.parse.document import parse_bytes
from citecheck.parse.docx import read_docx
from citecheck.parse.entries import (
    EntryFields,
    _comma_year_heads,
    _ellipsis_group_heads,
    _mla_sites_named_twice,
    _unopened_closing_quotes,
    _word_in_year_slot,
    parse_entries,
    parse_entry,
)
from citecheck.parse.regions import entry_start_of, is_notes_heading
from citecheck.parse.styles import Mark
from tests.parse.test_docx_real_set import hyperlink, notes_of, package, ref, run

_W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _numbered(paragraph: str, num_id: int = 1, level: int = 0) -> str:
    return (
        f'<w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr></w:pPr>{paragraph}'
    )


def _with_numbering(data: bytes, levels: list[tuple[str, str]]) -> bytes:
    """``data`` with a numbering part: list 1 (abstract 0) whose levels have these (format, text)."""
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text) in enumerate(levels)
    )
    numbering = (
        f'<w:numbering {_W_NS}><w:abstractNum w:abstractNumId="0">{lvls}</w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
    )
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in source.namelist():
            content = source.read(name)
            if name == "word/_rels/document.xml.rels":
                content = content.replace(
                    b"</Relationships>",
                    f'<Relationship Id="rIdNum" Type="{_R_NS}/numbering" Target="numbering.xml"/>'
                    "</Relationships>".encode(),
                )
            archive.writestr(name, content)
        archive.writestr("word/numbering.xml", numbering)
    return buffer.getvalue()


# 1. Word's list numbers (docx._ListNumbers) ------------------------------------------------------

_READING_LIST = [
    run("Tutti gli articoli trattano di previsione dei prezzi; ho selezionato questi articoli."),
    _numbered(
        run("Electricity price forecasting via statistical approaches; Poggi, Aurora; 2023; ")
        + hyperlink("rId1", "https://www.mdpi.com/2673-9909/3/2/18")
    ),
    run("Questo modello, basato sul mercato tedesco, prevede l’utilizzo di dummies."),
    _numbered(
        run("Regularization for electricity price forecasting; Uniejewski, Bartosz; 2024; ")
        + hyperlink("rId2", "http://dx.doi.org/10.37190/ord240314")
    ),
    run("Le tecniche che consideriamo sono l’adaptive LASSO e la ridge regression."),
    _numbered(
        run("The very short-term price elasticity of German electricity demand; Lion Hirth; 2022; ")
        + hyperlink("rId3", "https://hdl.handle.net/10419/249570")
    ),
    run("Utilizzano due modelli: un modello ARX e un modello fARX."),
]
_READING_LINKS = {
    "rId1": "https://www.mdpi.com/2673-9909/3/2/18",
    "rId2": "http://dx.doi.org/10.37190/ord240314",
    "rId3": "https://hdl.handle.net/10419/249570",
}


def test_word_numbers_a_decimal_list_s_items_as_it_shows_them() -> None:
    # The Italian reading list of fixtures/parse-eval-docx2: entries in a Word numbered list, each
    # followed by its annotation; the numbers are Word's, not the text's.
    data = _with_numbering(package(_READING_LIST, links=_READING_LINKS), [("decimal", "%1.")])
    blocks = read_docx(data, path="file.docx").blocks
    assert [b.list_number for b in blocks if b.item] == ["1", "2", "3"]
    notes = notes_of(data)
    assert [(label, fn.title, fn.url) for label, fn in notes.items()] == [  # type: ignore[attr-defined]
        (
            "1",
            "Electricity price forecasting via statistical approaches",
            "https://www.mdpi.com/2673-9909/3/2/18",
        ),
        ("2", "Regularization for electricity price forecasting", "http://dx.doi.org/10.37190/ord240314"),
        (
            "3",
            "The very short-term price elasticity of German electricity demand",
            "https://hdl.handle.net/10419/249570",
        ),
    ]


def test_a_document_with_word_notes_takes_no_labels_from_a_numbered_list() -> None:
    # The German seminar paper of fixtures/parse-eval-docx2: Word footnotes cite the sources, and a
    # numbered list of the same sources closes the paper. Word's numbers on that list would be a
    # second note 1, 2, … (a duplicate-footnote error and mismatched claims); the notes are Word's.
    body = [
        run("Open Source ist frei.") + ref(1),
        run("Linux ist ein Kernel.") + ref(2),
        _numbered(run("Open Source, Wikipedia, https://de.wikipedia.org/wiki/Open_Source")),
        _numbered(run("Linux, Wikipedia, https://de.wikipedia.org/wiki/Linux")),
    ]
    footnotes = {
        1: run(" Open Source, Wikipedia, unter: https://de.wikipedia.org/wiki/Open_Source"),
        2: run(" Linux, Wikipedia, unter: https://de.wikipedia.org/wiki/Linux"),
    }
    data = _with_numbering(package(body, footnotes), [("decimal", "%1.")])
    assert not any(b.item for b in read_docx(data, path="file.docx").blocks)
    doc = parse_bytes(data, path="file.docx", today=dt.date(2025, 12, 1))
    assert [fn.label for fn in doc.footnotes] == ["1", "2"]
    assert not [f for f in doc.findings if f.code == "duplicate-footnote"]
    # the near miss, the same list without Word notes: its numbers are its labels
    alone = _with_numbering(package(body[2:]), [("decimal", "%1.")])
    assert [b.list_number for b in read_docx(alone, path="file.docx").blocks if b.item] == ["1", "2"]


def test_bullets_and_compound_numbers_give_no_label() -> None:
    # Near miss: a bullet list, and a second level numbered "%1.%2." (1.1, 1.2), show no number of
    # their own that a note could carry.
    data = _with_numbering(package(_READING_LIST, links=_READING_LINKS), [("bullet", "\uf0b7")])
    assert not any(b.item for b in read_docx(data, path="file.docx").blocks)
    body = [
        _numbered(run("Introduzione")),
        _numbered(run("Il mercato"), level=1),
        _numbered(run("I dati"), level=1),
    ]
    data = _with_numbering(package(body), [("decimal", "%1."), ("decimal", "%1.%2.")])
    assert [(b.text, b.list_number) for b in read_docx(data, path="file.docx").blocks] == [
        ("Introduzione", "1"),
        ("Il mercato", None),
        ("I dati", None),
    ]


def test_a_deeper_level_counts_again_under_each_item_above_it() -> None:
    body = [
        _numbered(run("A")),
        _numbered(run("a1"), level=1),
        _numbered(run("B")),
        _numbered(run("b1"), level=1),
    ]
    data = _with_numbering(package(body), [("decimal", "%1."), ("decimal", "(%2)")])
    assert [b.list_number for b in read_docx(data, path="file.docx").blocks] == ["1", "1", "2", "1"]


# 2. A year-first dotted date is no note label (regions._DOTTED_YEAR_FIRST) ----------------------


def _block(text: str) -> Block:
    return Block(text, ParagraphLocator(1))


def test_a_dotted_year_first_date_is_no_note() -> None:
    # The JavaScript bibliography of fixtures/parse-eval-docx2: name, teacher, "2019. 05. 10" and
    # course above the list; the date was read as note "2019." and hid the eleven entries.
    assert entry_start_of(_block("2019. 05. 10")) is None
    assert entry_start_of(_block("2019.05.10.")) is None
    urls = [
        "https://docs.oracle.com/javase/tutorial/java/IandI/subclasses.html",
        "https://www.merriam-webster.com/dictionary/recursion",
        "https://javaconceptoftheday.com/advantages-of-using-arraylist-over-arrays/",
        "https://www.javatpoint.com/recursion-in-java",
    ]
    heads = [
        "Inheritance. (n.d.). Retrieved from ",
        "Recursion. (n.d.). Retrieved from ",
        "Pramodbablad. (2014, October 13). Advantages Of Using ArrayList Over Arrays. Retrieved from ",
        "Recursion in Java. (n.d.). Retrieved from ",
    ]
    body = [run("Bibliography"), run("Maia Mandel"), run("2019. 05. 10")]
    body += [
        run(head) + hyperlink(f"rId{i}", url) for i, (head, url) in enumerate(zip(heads, urls, strict=True))
    ]
    notes = notes_of(package(body, links={f"rId{i}": url for i, url in enumerate(urls)}))
    assert "2019" not in notes
    assert [fn.title for fn in notes.values()][:3] == [  # type: ignore[attr-defined]
        "Inheritance",
        "Recursion",
        "Advantages Of Using ArrayList Over Arrays",
    ]


def test_a_numbered_note_opening_on_a_year_and_words_is_still_a_note() -> None:
    # Near miss: "1. 5. 10" is no year; "2019. Smith wrote …" has words after the year.
    assert entry_start_of(_block("1. 5. 10")) is not None
    assert entry_start_of(_block("12. Smith, J. Title of the work. 2019.")) is not None
    assert entry_start_of(_block("2019. 05. 10 Meeting notes of the group")) is not None


# 3. APA's "[Video]" continues an entry broken before it (docx._FORM_DESCRIPTION) -----------------


def test_an_entry_broken_before_its_form_description_is_one_entry() -> None:
    # The game-development works cited of fixtures/parse-eval-docx2: one entry broken by a typed
    # paragraph break before "[Video]"; every later title and address landed one entry early.
    body = [
        run("Works Cited"),
        run("Jabrils. (2020, December 29). ")
        + run("Fighting Games are boring [Video]", italic=True)
        + run(". YouTube. https://www.youtube.com/watch?v=hpF2CuksR64"),
        run("Brackeys. (2019, October 27). ")
        + run("FIRST PERSON MOVEMENT in Unity - FPS Controller", italic=True),
        run("[Video]. Youtube. https://www.youtube.com/watch?v=_QajrabyTJc"),
        run("Steven. (2020, May 23). ")
        + run("Attempting to Learn 3D Game Development", italic=True)
        + run(" [Video]. YouTube. https://www.youtube.com/watch?v=1mwNrMD0Lm0"),
    ]
    notes = notes_of(package(body))
    assert [(label, fn.url) for label, fn in notes.items()] == [  # type: ignore[attr-defined]
        ("1", "https://www.youtube.com/watch?v=hpF2CuksR64"),
        ("2", "https://www.youtube.com/watch?v=_QajrabyTJc"),
        ("3", "https://www.youtube.com/watch?v=1mwNrMD0Lm0"),
    ]
    assert notes["2"].title == "FIRST PERSON MOVEMENT in Unity - FPS Controller"  # type: ignore[attr-defined]


def test_a_bracketed_label_or_a_closed_entry_continues_nothing() -> None:
    # Near miss: "[2] …" is an entry's own label, and an entry closed by its full stop ends there.
    blocks = read_docx(
        package(
            [
                run("Brackeys. (2019, October 27). FIRST PERSON MOVEMENT in Unity"),
                run("[2] Steven. (2020, May 23). Attempting to Learn 3D Game Development."),
                run("Sorcerer. (2020, July 18). How to move objects using WASD in Unity 2020."),
                run("[Video]. YouTube. https://www.youtube.com/watch?v=KiVL5rfVdTw"),
            ]
        ),
        path="file.docx",
    ).blocks
    # (s41-docx: a file that is only a list is headed by the reader, docx._head_whole_list; its four
    # paragraphs stay four.)
    assert len([block for block in blocks if block.kind == "paragraph"]) == 4


# 4. Semicolon-parted records, title first (entries._semicolon_records) ---------------------------


def test_a_list_of_semicolon_records_is_titled_by_the_first_field() -> None:
    texts = [
        (
            "Regularization for electricity price forecasting; Uniejewski, Bartosz; 2024; http://dx.doi.org/10.37190/ord240314",
            "http://dx.doi.org/10.37190/ord240314",
        ),
        (
            "Elastic net with Bayesian Density Estimation model; Mohanasundaram, Venkatachalam; 2025/03/13; https://doi.org/10.1038/s41598-025-92633-1",
            "https://doi.org/10.1038/s41598-025-92633-1",
        ),
        (
            "Electricity Price Forecasting: The Dawn of Machine Learning; Jędrzejewski, Arkadiusz and Weron, Rafał; 2022; https://ieeexplore.ieee.org/document/9761111",
            "https://ieeexplore.ieee.org/document/9761111",
        ),
    ]
    fields = parse_entries([(text, [url], []) for text, url in texts])
    assert [f.title for f in fields] == [
        "Regularization for electricity price forecasting",
        "Elastic net with Bayesian Density Estimation model",
        "Electricity Price Forecasting: The Dawn of Machine Learning",
    ]
    assert all(f.publisher is None for f in fields)


def test_one_semicolon_record_or_semicolons_in_prose_titles_nothing_new() -> None:
    # Near miss: a single entry of the shape (not a list of them) keeps what the entry's own rules read.
    text = "Regularization for electricity price forecasting; Uniejewski, Bartosz; 2024; http://dx.doi.org/10.37190/ord240314"
    alone = parse_entry(text, ["http://dx.doi.org/10.37190/ord240314"], [])
    listed = parse_entries([(text, ["http://dx.doi.org/10.37190/ord240314"], [])])
    assert listed[0].title == alone.title
    prose = [
        (
            "Smith, J. (2020). Markets; prices; demand. Journal of Energy, 3, 1-10. https://doi.org/10.1/a",
            "https://doi.org/10.1/a",
        ),
        (
            "Jones, K. (2021). Forecasting; a review. Energy Economics, 4, 2-9. https://doi.org/10.1/b",
            "https://doi.org/10.1/b",
        ),
        (
            "Lee, M. (2022). Demand; supply. Energy Policy, 5, 3-8. https://doi.org/10.1/c",
            "https://doi.org/10.1/c",
        ),
    ]
    titles = [f.title for f in parse_entries([(t, [u], []) for t, u in prose])]
    assert titles == [parse_entry(t, [u], []).title for t, u in prose]


# 5. Word's German "(kein Datum)" and Spanish "(s/f-a)" are APA date groups (styles._DATE_GROUP) -----


def test_word_s_german_no_date_and_a_lettered_spanish_one_head_the_title() -> None:
    # The German seminar paper (Word's BIBLIOGRAPHY field, APA, German UI) and the Spanish bibliography
    # of fixtures/parse-eval-docx2.
    google = parse_entry(
        "Google. (kein Datum). Willkommen bei Colab! Abgerufen am 12. 1 2025 von https://colab.research.google.com/?hl=de",
        ["https://colab.research.google.com/?hl=de"],
        [],
    )
    assert google.title == "Willkommen bei Colab!"
    otto = parse_entry(
        "Otto, M., & Thornton, J. (s/f-a). Contenedores. Esdocu.com. Recuperado el 6 de mayo de 2025, de https://getbootstrap.esdocu.com/docs/5.1/layout/containers/",
        ["https://getbootstrap.esdocu.com/docs/5.1/layout/containers/"],
        [],
    )
    assert otto.title == "Contenedores"


def test_kein_datum_inside_a_title_is_no_date_group() -> None:
    # Near miss: the words in a title, not bracketed after the author, stay in it.
    entry = parse_entry(
        "Müller, K. (2020). Kein Datum ohne Zeit: Kalender im Netz. Abgerufen am 3. 4 2024 von https://example.org/kalender",
        ["https://example.org/kalender"],
        [],
    )
    assert entry.title == "Kein Datum ohne Zeit: Kalender im Netz"


# 6. A title whose opening quotation mark is missing (entries._unopened_closing_quotes) -----------


def _titles(entries: list[tuple[str, str | None]]) -> list[tuple[str | None, str | None]]:
    fields = parse_entries([(text, [url] if url else [], []) for text, url in entries])
    return [(f.title, f.publisher) for f in fields]


def test_a_title_without_its_opening_quote_ends_at_the_closing_one() -> None:
    # The Chicago works cited of fixtures/parse-eval-docx2: the writer left out the opening mark.
    got = _titles(
        [
            (
                "Do The Light Thing: David Trubridge Reimagines Iconic Cloud & Ebb Lighting Fixtures for a "
                "Sustainable Future.” wakaNINE LLC, January 8, 2021. https://wakanine.com/do-the-light-thing/",
                "https://wakanine.com/do-the-light-thing/",
            )
        ]
    )
    assert got == [
        (
            "Do The Light Thing: David Trubridge Reimagines Iconic Cloud & Ebb Lighting Fixtures for a Sustainable Future",
            "wakaNINE LLC",
        )
    ]


def test_a_quoted_title_or_a_quote_inside_a_title_is_kept() -> None:
    # Near miss: a title quoted whole, and one holding a quoted word, are read as before.
    got = _titles(
        [
            (
                "Gotter, Ana. “Marketing on Pinterest Means Rethinking the Old Playbook.” Shopify, April 9, 2021. "
                "https://www.shopify.com/blog/pinterest-marketing",
                "https://www.shopify.com/blog/pinterest-marketing",
            )
        ]
    )
    assert got[0][0] == "Marketing on Pinterest Means Rethinking the Old Playbook"
    inside = [EntryFields(title="The “Open” Web and its Readers")]
    _unopened_closing_quotes(inside)
    assert inside[0].title == "The “Open” Web and its Readers"


# 7. An APA group author after an ellipsis (entries._ellipsis_group_heads) -----------------------


def test_a_group_author_after_an_ellipsis_is_no_part_of_the_title() -> None:
    # The medical op-ed of fixtures/parse-eval-docx2: APA 7's list of more than twenty authors.
    text = (
        "Maron, D. J., Hochman, J. S., Reynolds, H. R., Maggioni, A. P., White, H. D., … ISCHEMIA Research "
        "Group (2020). Initial Invasive or Conservative Strategy for Stable Coronary Disease. The New England "
        "journal of medicine, 382(15), 1395–1407. https://doi.org/10.1056/NEJMoa1915922"
    )
    entry = parse_entries([(text, ["https://doi.org/10.1056/NEJMoa1915922"], [])])[0]
    assert entry.title == "Initial Invasive or Conservative Strategy for Stable Coronary Disease"


def test_a_title_naming_a_year_in_brackets_without_an_ellipsis_is_kept() -> None:
    # Near miss: the same words without the ellipsis before them are not taken for a cut author list.
    title = "ISCHEMIA Research Group (2020). Initial Invasive or Conservative Strategy"
    fields = [EntryFields(title=title)]
    _ellipsis_group_heads(fields, [f"White, H. D., {title}. Journal, 3, 1-9."])
    assert fields[0].title == title
    _ellipsis_group_heads(fields, [f"White, H. D., … {title}. Journal, 3, 1-9."])
    assert fields[0].title == "Initial Invasive or Conservative Strategy"


# 8. "Author., Year, Title" (entries._comma_year_heads) ------------------------------------------


def test_a_name_and_year_parted_by_commas_leave_the_title() -> None:
    # The food-access works cited of fixtures/parse-eval-docx2: a data citation.
    text = (
        "USDA., 2021, Overview of food access indicators for low-income and other census tracts. USDA data "
        "release, https://www.ers.usda.gov/data-products/food-access-research-atlas/download-the-data/"
    )
    url = "https://www.ers.usda.gov/data-products/food-access-research-atlas/download-the-data/"
    assert parse_entries([(text, [url], [])])[0].title == (
        "Overview of food access indicators for low-income and other census tracts"
    )


def test_a_title_that_opens_on_a_year_after_another_head_keeps_it() -> None:
    # Near miss: the year is the title's own ("2001, A Space Odyssey"), the head an APA date group.
    text = "Kubrick, S. (1968). 2001, A Space Odyssey revisited. Retrieved from https://example.org/2001"
    fields = parse_entries([(text, ["https://example.org/2001"], [])])
    assert fields[0].title == "2001, A Space Odyssey revisited"
    kept = [EntryFields(title="2001, A Space Odyssey revisited")]
    _comma_year_heads(kept, [text])
    assert kept[0].title == "2001, A Space Odyssey revisited"


# 9. Word's APA "Web site" fields filled the wrong way round (entries._swapped_web_page_fields) ---


def test_a_site_typed_as_the_title_and_the_title_as_the_site_are_swapped_back() -> None:
    # fixtures/parse-eval-docx's Word-made annotated bibliography: four entries of this shape.
    url = "https://news.gallup.com/poll/323582/support-legal-marijuana-inches-new-high.aspx"
    text = f"Brenan, M. (2020, November 9). Gallup. Retrieved from Support for Legal Marijuana Inches Up to New High of 68%: {url}"
    entry = parse_entries([(text, [url], [])])[0]
    assert (entry.title, entry.publisher) == (
        "Support for Legal Marijuana Inches Up to New High of 68%",
        "Gallup",
    )


def test_a_page_retrieved_from_its_site_as_usual_keeps_its_title() -> None:
    # Near miss: the title before "Retrieved from" is the longer field; the site follows it.
    url = "https://msa.maryland.gov/msa/mdmanual/01glance/economy/html/labor.html"
    text = f"Maryland State Archives. (2021, April 1). Maryland at a Glance Workforce. Retrieved from Maryland Manual On-Line: {url}"
    assert parse_entries([(text, [url], [])])[0].title == "Maryland at a Glance Workforce"


# 10. A word in an author-date list's year slot (entries._word_in_year_slot) ---------------------

_HARVARD = [
    (
        "Saisuman Revankar (2025). Minecraft Statistics By Player Demographics. [online] Sci-Tech Today. Available at: https://www.sci-tech-today.com/stats/minecraft-statistics/.",
        "https://www.sci-tech-today.com/stats/minecraft-statistics/",
    ),
    (
        "Zucconi, A. (2022). The World Generation of Minecraft. [online] Alan Zucconi. Available at: https://www.alanzucconi.com/2022/06/05/minecraft-world-generation/.",
        "https://www.alanzucconi.com/2022/06/05/minecraft-world-generation/",
    ),
    (
        "Dawnosaur (2023). How Minecraft generates Worlds you want to explore. [online] Available at: https://dawnosaur.substack.com/p/how-minecraft-generates-worlds.",
        "https://dawnosaur.substack.com/p/how-minecraft-generates-worlds",
    ),
]


def test_a_word_where_the_list_writes_its_years_leaves_the_title_after_it() -> None:
    # fixtures/parse-eval-docx's heading-less Harvard list: "(Unkown)" twice in the year's place.
    wiki = (
        "Minecraft Wiki. (Unkown). World generation. [online] Available at: https://minecraft.wiki/w/World_generation.",
        "https://minecraft.wiki/w/World_generation",
    )
    fields = parse_entries([(text, [url], []) for text, url in [*_HARVARD, wiki]])
    assert fields[-1].title == "World generation"


def test_an_editor_mark_or_a_list_without_years_in_brackets_changes_nothing() -> None:
    # Near misses: "(Ed.)" is an editor's mark, and in a list that writes no bracketed years the
    # bracketed word is no date slot.
    edited = (
        "Smith, J. (Ed.). Handbook of Maps. [online] Available at: https://example.org/maps.",
        "https://example.org/maps",
    )
    fields = parse_entries([(text, [url], []) for text, url in [*_HARVARD, edited]])
    assert fields[-1].title == parse_entries([(edited[0], [edited[1]], [])])[0].title
    kept = [EntryFields(title="Minecraft Wiki", urls=["https://minecraft.wiki/w/World_generation"])]
    _word_in_year_slot(
        kept,
        [
            "Minecraft Wiki. (Unkown). World generation. [online] Available at: https://minecraft.wiki/w/World_generation."
        ],
    )
    assert kept[0].title == "Minecraft Wiki"


# 11. MLA 7's web entry naming its site twice (entries._mla_sites_named_twice) -------------------


def test_an_mla_site_named_twice_is_no_title_and_its_medium_goes() -> None:
    # The theology bibliography of fixtures/parse-eval-docx2 (MLA 7, images on Dribbble).
    texts = [
        "Robichaud, Meg. Brain. Dribbble. Dribbble, n.d. Web. <https://dribbble.com/shots/1799332-smarts>",
        "Bale, Dan. Origin of Species. Digital image. Dribbble. Dribbble, n.d. Web. <https://dribbble.com/shots/1438389>",
    ]
    urls = ["https://dribbble.com/shots/1799332-smarts", "https://dribbble.com/shots/1438389"]
    marks = [[Mark("em", "Dribbble")], [Mark("em", "Dribbble")]]
    fields = parse_entries([(t, [u], m) for t, u, m in zip(texts, urls, marks, strict=True)])
    assert [(f.title, f.publisher) for f in fields] == [
        ("Brain", "Dribbble"),
        ("Origin of Species", "Dribbble"),
    ]


def test_a_site_followed_by_another_publisher_is_read_as_before() -> None:
    # Near miss: the sponsor differs from the site, so nothing shows the italic run to be the site.
    text = "Robichaud, Meg. Brain. Dribbble. Creative Market, n.d. Web. <https://dribbble.com/shots/1799332-smarts>"
    entry = [EntryFields(title="Dribbble", urls=["https://dribbble.com/shots/1799332-smarts"])]
    _mla_sites_named_twice(entry, [text])
    assert entry[0].title == "Dribbble"


# 12. "Final note" heads no notes (regions.is_notes_heading) -------------------------------------


def test_a_single_note_named_by_its_place_heads_no_notes() -> None:
    # The film thesis of fixtures/parse-eval-docx2: "Final note" over its closing discussion opened a
    # notes section that read 257 paragraphs as notes.
    assert not is_notes_heading("Final note")
    assert not is_notes_heading("Closing note", marked_heading=True)


def test_plural_notes_and_foot_notes_still_head_notes() -> None:
    # Near miss: the plural, and the two-word spellings of footnotes and endnotes.
    assert is_notes_heading("Final notes")
    assert is_notes_heading("Foot note")
    assert is_notes_heading("End note")
    assert is_notes_heading("Notes")


# 13. Word's IEEE bibliography table: a label cell and its entry cell (docx._label_cell) ----------


def _ieee_table(rows: list[tuple[str, str]]) -> str:
    cells = "".join(
        f"<w:tr><w:tc><w:p>{run(label)}</w:p></w:tc><w:tc><w:p>{run(entry)}</w:p></w:tc></w:tr>"
        for label, entry in rows
    )
    return f"<w:tbl>{cells}</w:tbl>"


def _with_table(table: str) -> bytes:
    body = [run("La idea es familiarizarse con el formato IEEE."), run("Trabajos citados")]
    data = package(body)
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in source.namelist():
            content = source.read(name)
            if name == "word/document.xml":
                content = content.replace(b"</w:body>", table.encode() + b"</w:body>")
            archive.writestr(name, content)
    return buffer.getvalue()


def test_a_label_cell_and_its_entry_cell_are_one_entry() -> None:
    # The Spanish proposal of fixtures/parse-eval-docx2 (Word's IEEE style, Spanish UI).
    data = _with_table(
        _ieee_table(
            [
                (
                    "[1] ",
                    "Google, «Android Developers,» [En línea]. Available: http://developer.android.com/index.html.",
                ),
                (
                    "[2] ",
                    "W. Enck, M. Ongtang y P. McDaniel, «On Lightweight Mobile Phone Application Certificacion,» 2009.",
                ),
            ]
        )
    )
    notes = notes_of(data)
    assert [(label, fn.title) for label, fn in notes.items()] == [  # type: ignore[attr-defined]
        ("1", "Android Developers"),
        ("2", "On Lightweight Mobile Phone Application Certificacion"),
    ]


def test_a_table_whose_first_cell_is_no_label_keeps_its_cells_apart() -> None:
    # Near miss: a table of a year and an event, and a label cell before a cell with its own label.
    blocks = read_docx(
        _with_table(_ieee_table([("2012", "Android 4.1 released."), ("[3]", "[4] Another entry.")])),
        path="file.docx",
    ).blocks
    texts = [b.text.strip() for b in blocks if b.table_row is not None]
    assert texts == ["2012", "Android 4.1 released.", "[3]", "[4] Another entry."]


# 14. A bibliography field's end ends the list (docx._BibliographyField) --------------------------

_BEGIN = '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> BIBLIOGRAPHY </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
_END = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
_FIELD_ENTRIES = [
    "Abraham, L. (2006). Framing news stories: The role of visual imagery. Howard Journal of Communications, 17(3), 183–203.",
    "Belton, J. (1995). Movies and Mass Culture. The Athlone Press. Retrieved from https://www.goodreads.com/book/show/1639322",
    "Whitten, S. (2019). More diversity, more money. Retrieved from https://www.cnbc.com/2019/04/04/more-diversity.html",
]


def _field_document(after: list[str], *, field: bool = True) -> bytes:
    first, *rest = _FIELD_ENTRIES
    body = [run("The films were studied (Belton, 1995)."), run("Bibliography")]
    body.append((_BEGIN if field else "") + run(first))
    body += [run(text) for text in rest[:-1]]
    body.append(run(rest[-1]) + (_END if field else ""))
    body += [run(text) for text in after]
    return package(body)


def test_the_short_line_after_a_bibliography_field_heads_the_next_section() -> None:
    # The film thesis of fixtures/parse-eval-docx2: "Appendix A: Stop word list" after Word's field,
    # its stop words then read as entries.
    after = ["Appendix A: Stop word list", '"the", "and", "a", "an", "man", "woman", "girl",', "2012", "2013"]
    notes = notes_of(_field_document(after))
    assert len(notes) == 3
    kinds = [b.kind for b in read_docx(_field_document(after), path="file.docx").blocks]
    assert kinds[-4] == "heading"


def test_prose_after_the_field_or_a_short_line_without_a_field_is_no_heading() -> None:
    # Near misses: a sentence after the field's end, and the same short line where no field ended.
    prose = ["The appendix lists the stop words used to filter the character names of the films."]
    assert read_docx(_field_document(prose), path="file.docx").blocks[-1].kind == "paragraph"
    plain = read_docx(_field_document(["Appendix A: Stop word list"], field=False), path="file.docx").blocks
    assert plain[-1].kind == "paragraph"
