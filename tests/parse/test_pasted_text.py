"""Web pages pasted as text (a browser's select-all + copy into a .txt file or a text box): the
plain-text reader on the structures the copy keeps. Data: benchmarks/parse_pasted.py."""

from __future__ import annotations

from citecheck.parse import parse_bytes

from .conftest import TODAY


def _notes(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    parsed = parse_bytes(text.encode(), path="pasted.txt", today=TODAY)
    return [
        (fn.label, fn.title, fn.url, fn.access_date and fn.access_date.isoformat()) for fn in parsed.footnotes
    ]


def test_tab_separated_source_table_is_read_a_row_an_entry() -> None:
    text = (
        "Evidence Log\n\n"
        "Source\tURL\tRetrieved\n"
        "BTB Homepage\tbetheballsudbury.com\t2026-04-07\n"
        "Sudbury.com Spotlight\tsudbury.com/spotlight/be-the-ball-7356039\t2026-04-07\n"
        "PinHi Competitor\tpinhi.ca\t2026-04-05\n"
    )
    assert _notes(text) == [
        ("1", "BTB Homepage", "https://betheballsudbury.com", "2026-04-07"),
        ("2", "Sudbury.com Spotlight", "https://sudbury.com/spotlight/be-the-ball-7356039", "2026-04-07"),
        ("3", "PinHi Competitor", "https://pinhi.ca", "2026-04-05"),
    ]


def test_tab_separated_table_of_settings_is_no_source_table() -> None:
    # Near miss: a copied table whose header names no source, title or access column.
    text = "Name\tVersion\tLicense\nrequests\t2.31\tApache-2.0\nhttpx\t0.27\tBSD-3-Clause\nrich\t13.7\tMIT\n"
    assert _notes(text) == []


BULLETED = (
    "Sources\n\n"
    "• EDRi, “Chat Control 1.0 saga” (4 August 2026) — https://edri.org/our-work/chat-control-saga/\n"
    "• Regulation (EU) 2026/1881 (published OJ 28 July 2026) — referenced via WithoutCensorship summary\n"
    "• GDPR Art. 4 — https://eur-lex.europa.eu/eli/reg/2016/679/art_4/oj/eng\n"
    "• GDPR Art. 32 (Security of processing) — https://gdpr-info.eu/art-32-gdpr/\n"
)


def test_bulleted_lines_are_items_one_a_line() -> None:
    notes = _notes(BULLETED)
    assert [url for _, _, url, _ in notes] == [
        "https://edri.org/our-work/chat-control-saga/",
        None,
        "https://eur-lex.europa.eu/eli/reg/2016/679/art_4/oj/eng",
        "https://gdpr-info.eu/art-32-gdpr/",
    ]
    assert notes[2][1] == "GDPR Art. 4"


def test_bulleted_items_need_every_line_to_open_with_a_bullet() -> None:
    # Near miss: a line without a bullet (an item wrapped onto a second line) leaves the paragraph
    # to the readings after this one, which do not take the address-less line as an entry.
    from citecheck.parse.text import _bulleted_items, line_spans

    wrapped = BULLETED.split("\n\n", 1)[1].replace(" — referenced", "\nreferenced")
    assert _bulleted_items(wrapped, line_spans(wrapped, 0, len(wrapped.rstrip()))) == []
    whole = BULLETED.split("\n\n", 1)[1].rstrip()
    assert len(_bulleted_items(whole, line_spans(whole, 0, len(whole)))) == 4


def test_numbered_items_with_nested_bullets_are_items_one_a_line() -> None:
    text = (
        "References\n\n"
        "1. Reiter, C., & Macek, D. (2017, February 2). MSYS2-Introduction. MSYS2. Retrieved March 20, 2023,"
        " from https://www.msys2.org/wiki/MSYS2-introduction/\n"
        "• Licensed under the Creative Commons Attribution-ShareAlike 4.0 International License.\n"
        "2. Wikipedia contributors. (2023, March 14). Software build. In Wikipedia. Retrieved March 20, 2023,"
        " from https://en.wikipedia.org/w/index.php?title=Software_build&oldid=1144461115\n"
        "• Licensed under the Creative Commons Attribution-ShareAlike 4.0 International License.\n"
    )
    from citecheck.parse.text import _bulleted_items, line_spans

    body = text.split("\n\n", 1)[1].rstrip()
    assert len(_bulleted_items(body, line_spans(body, 0, len(body)))) == 4
    urls = [url for _, _, url, _ in _notes(text)]
    assert "https://en.wikipedia.org/w/index.php?title=Software_build&oldid=1144461115" in urls


def test_numbered_lines_need_a_number_and_a_space() -> None:
    # Near miss: a version or a decimal ("3.12 released") opens no ordered item.
    from citecheck.parse.text import _bulleted_items, line_spans

    body = "• Python 3.12 notes\n3.12 released on 2 October 2023\n• More notes"
    assert _bulleted_items(body, line_spans(body, 0, len(body))) == []


def test_one_row_source_table_with_an_address() -> None:
    text = "Proyectos de Ley\n\nFuente\tURL\tAcceso\nHiperderecho - Proyectos\thttps://github.com/hiperderecho/proyectos_de_ley\t2026-01-15\n"
    assert _notes(text) == [
        ("1", "Hiperderecho - Proyectos", "https://github.com/hiperderecho/proyectos_de_ley", "2026-01-15")
    ]


def test_one_row_source_table_without_an_address_is_left_as_text() -> None:
    # Near miss: one row whose link column holds no address ("pending") is no table of sources.
    from citecheck.parse.text import _tab_table

    text = "Source\tURL\tAccessed\nInternal memo\tpending\t2026-01-15"
    assert _tab_table(text, 0, len(text)) is None
    linked = text + "\nPublic page\texample.org/page\t2026-01-16"
    assert _tab_table(linked, 0, len(linked)) is not None


WORKS_CITED = (
    "Bibliography and Repository\n\n"
    "Works cited\n\n"
    "Bradshaw, T. (2023) Russell Group comments on rising student accommodation costs, The Russell Group."
    " Available at: https://russellgroup.ac.uk/news/russell-group-comments/ (Accessed: 18 December 2023).\n\n"
    "Dianati, K., Zimmermann, N. and Davies, M. (2018) London’s Housing Crisis: a perspective based on the"
    " role of financial markets and the UK’s economic growth model [Preprint].\n\n"
    "GOVUK. (2023) Mayor’s Academic Forum: strategic planning issues for student housing in London [Preprint].\n"
)


def test_notes_heading_on_a_line_of_its_own_heads_the_list() -> None:
    titles = [title for _, title, _, _ in _notes(WORKS_CITED)]
    assert titles[:3] == [
        "Russell Group comments on rising student accommodation costs",
        "London’s Housing Crisis: a perspective based on the role of financial markets and the UK’s economic"
        " growth model",
        "Mayor’s Academic Forum: strategic planning issues for student housing in London",
    ]


def test_a_line_naming_sources_in_a_sentence_is_no_heading() -> None:
    # Near miss: a one-line paragraph that mentions references is prose, not a notes heading.
    from citecheck.parse.text import _notes_line

    line = "The works cited below were read in December 2023 for this report."
    assert not _notes_line(line, [(0, len(line))], 0, len(line))
    assert _notes_line("Works cited", [(0, 11)], 0, 11)


def test_notes_heading_in_capitals_with_a_qualifying_word() -> None:
    from citecheck.parse.text import _notes_line

    line = "CREDITS AND REFERENCES"
    assert _notes_line(line, [(0, len(line))], 0, len(line))


def test_same_words_in_lower_case_are_no_plain_heading() -> None:
    # Near miss: written in lower case the line gets a plain line's allowance only, which
    # regions.is_notes_heading gives "credits and references" no more than before.
    from citecheck.parse.regions import is_notes_heading
    from citecheck.parse.text import _notes_line

    line = "Credits and references"
    assert _notes_line(line, [(0, len(line))], 0, len(line)) == is_notes_heading(line)
    assert not _notes_line("SEE THE APPENDIX FOR DETAILS", [(0, 28)], 0, 28)


def test_bracketed_label_after_a_bullet_is_the_items_label() -> None:
    text = (
        "References\n\n"
        "• [7] A. Moffat and J. Zobel. Self-indexing inverted files for fast text retrieval. ACM Trans. Inf."
        " Syst., 14(4):349-379, 1996.\n"
        "• [8] H. Turtle and J. Flood. Query evaluation: strategies and optimizations. Information"
        " Processing and Management, 31(6):831-850, 1995.\n"
    )
    assert [label for label, _, _, _ in _notes(text)] == ["7", "8"]


def test_numbered_item_keeps_its_number() -> None:
    # Near miss: an ordered item's number is its label, not a bullet to leave out.
    from citecheck.parse.text import _item_marker

    assert _item_marker("12. Reiter, C. (2017).", 0) == 0
    assert _item_marker("• [8] H. Turtle", 0) == 2
