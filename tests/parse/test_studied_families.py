"""Families of misses of the parse eval's studied parts below the gate (heldback-19 to -23, -31, -33),
fixed on branch p12-studied. Each test pairs a real shape (names and URLs invented) with a near miss
the rule must leave alone; the data behind each rule is named beside it in citecheck/parse.

(1) A ``<br>`` between two visible characters of a Markdown line is a break, read as a space
    (markdown._glued_break): heldback-23's Italian "Sitografia" ("…/function.password-hash.php<br>Data
    ultima visita: …"), 7 of 7 URLs read with "Data" glued on.
"""

from __future__ import annotations

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
