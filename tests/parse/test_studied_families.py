"""Families of misses of the parse eval's studied parts below the gate (heldback-19 to -23, -31, -33),
fixed on branch p12-studied. Each test pairs a real shape (names and URLs invented) with a near miss
the rule must leave alone; the data behind each rule is named beside it in citecheck/parse.

(1) A ``<br>`` between two visible characters of a Markdown line is a break, read as a space
    (markdown._glued_break): heldback-23's Italian "Sitografia" ("…/function.password-hash.php<br>Data
    ultima visita: …"), 7 of 7 URLs read with "Data" glued on.
(2) A "literature review" heading names a prose chapter, not a notes list (regions._literature_review):
    heldback-31's Indonesian report ("# Tinjauan Pustaka" before "# Daftar pustaka"), its five entries
    read one label late (5 URLs, 3 access dates).
"""

from __future__ import annotations

from citecheck.parse.regions import is_notes_heading

from .conftest import parsed_notes as _notes

# (1) A glued <br>.


def test_a_break_between_an_address_and_a_word_parts_them() -> None:
    text = (
        "## Bibliografia\n\n"
        " - https://www.example.org/manual/function.hash.php<br>Data ultima visita: 23.12.2021\n"
        " - https://docs.example.com/sql/injection.asp<br>Data ultima visita: 21.12.2021\n"
    )
    notes = _notes(text)
    assert [n.url for n in notes] == [
        "https://www.example.org/manual/function.hash.php",
        "https://docs.example.com/sql/injection.asp",
    ]


def test_a_break_beside_a_space_or_at_a_line_end_is_left_to_the_line_rules() -> None:
    # "<br>" after a space, or closing a line: nothing is glued, nothing is added.
    text = (
        "## Bibliografia\n\n"
        " - Manual. https://www.example.org/manual/hash.php <br>Visitato 2021\n"
        " - Tutorial. https://docs.example.com/sql/injection.asp<br>\n"
    )
    notes = _notes(text)
    assert [n.url for n in notes] == [
        "https://www.example.org/manual/hash.php",
        "https://docs.example.com/sql/injection.asp",
    ]


# (2) A literature review chapter.


def test_a_literature_review_heading_heads_no_list() -> None:
    for heading in ("Tinjauan Pustaka", "Kajian Pustaka", "Literature Review", "Обзор литературы"):
        assert not is_notes_heading(heading, marked_heading=True)
    text = (
        "# Tinjauan Pustaka\n"
        'Program kami terinspirasi dari "Whac-A-Mole" <a href="#r2">(Youtube, 2024)</a>. Sedangkan '
        "pada program kami, kami menambah timer.\n\n"
        "Selain itu kami juga mencari refrensi <a href=\"#r1\">(Wikipedia, 2022)</a>. Disini kami mencari.\n\n"
        "# Daftar pustaka\n"
        '<div id="r1">\n  [1] https://en.example.org/wiki/Mole. Diakses tanggal 14 Mei 2024.\n</div>\n\n'
        '<div id="r2">\n  [2] https://video.example.com/watch?v=abc. Diakses tanggal 10 Mei 2024.\n</div>\n'
    )
    notes = {n.label: n for n in _notes(text)}
    assert notes["1"].url == "https://en.example.org/wiki/Mole"
    assert notes["2"].url == "https://video.example.com/watch?v=abc"


def test_literature_alone_or_a_list_of_it_stays_a_notes_heading() -> None:
    for heading in ("Literature", "Daftar Pustaka", "Literature cited", "Pustaka", "Список литературы"):
        assert is_notes_heading(heading, marked_heading=True)
    # A list named a review list: a word naming a list keeps it.
    assert is_notes_heading("Daftar Tinjauan Pustaka", marked_heading=True)
