"""Labelling families generalised on branch p10-labels-residual: notes the parser read at first blind
under another label than the text cites (fixtures/parse-eval/README.md, "## Branch
p10-labels-residual"). Each rule is tested on a shape of the studied parts (names and URLs invented)
and on a near miss it must leave alone.

- T, the key column of a table of sources chosen by its values (citecheck.parse.table_keys): keys
  under "#", "No.", "Kod", "№" or an empty header were numbered; the values (unique short keys,
  bare numbers running on by one) decide now. Source tables read under another label at first
  blind in five parts (heldback-17, -19, -20, -21, -22).
- The introduction of a table whose rows carry their own keys is no entry
  (regions._drop_keyed_table_introduction): the cause of the phantom empty note "1" that made
  branch p10-residual revert its number-column attempt (a calibration Turkish ledger's
  "**Erişim tarihi:** …" dateline over "| # | Kaynak başlığı | …").
- L, an item inserted later into a numbered list as a block of its own ("8b." between "8." and
  "9.", in any of the list's label shapes: regions._inserted_entries): heldback-17's "11b." and
  heldback-26's "5b." (read at first blind as a line of the item above) generalised from a line
  inside an item to any block; probe of 23 label shapes with a list continued from 7: 0 -> 13.
- L, a number opening each entry in a shape no list reader takes as a label ("7: …", "7 - …",
  "#7 …", "^7 …"), cited by the text as markers, numbers running on by one
  (regions._cited_opening_numbers): such a list kept its labels only when it started at 1; the
  same probe 13 -> 18; capital letters ("(A)", "A.", "A)"; heldback-20's README references "(A)" …
  "(E)") likewise, 18 -> 20.
"""

from __future__ import annotations

import datetime as dt

from citecheck.parse import parse_bytes
from citecheck.parse.table_keys import keys_by_values

from .conftest import parsed_notes as _notes


def _table(header: str, keys: list[str], lead: str = "# Report\n\n## Sources\n\n") -> str:
    rows = "".join(
        f"| {key} | Widget Board, Widget report {n} | https://widgets.example/r{n} |\n"
        for n, key in enumerate(keys, 1)
    )
    return lead + f"| {header} | Source | URL |\n|---|---|---|\n" + rows


def test_a_number_headed_column_of_keys_keys_the_rows() -> None:
    # heldback-21's Turkish ledger keys its rows "W1" … under "Kod"; heldback-17's French table
    # "SRC-01", "SRC-01b" …; heldback-22's "T01" … "I02": the text cites them by those keys.
    for header in ("#", "No.", "Kod", "№", "Sıra", ""):
        notes = _notes(_table(header, ["W1", "W2", "W3", "W4"]))
        assert [fn.label for fn in notes] == ["W1", "W2", "W3", "W4"], header
        assert notes[0].url == "https://widgets.example/r1"
        assert notes[0].title == "Widget Board, Widget report 1" or "Widget report 1" in (
            notes[0].title or ""
        )
    mixed = _notes(_table("#", ["SRC-01", "SRC-01b", "SRC-02", "T01", "I02"]))
    assert [fn.label for fn in mixed] == ["SRC-01", "SRC-01b", "SRC-02", "T01", "I02"]


def test_a_numbered_column_that_runs_on_keys_a_continued_list() -> None:
    # A table continuing a list (rows 7 … 10) is cited [7] … [10], not numbered from 1.
    notes = _notes(_table("#", ["7", "8", "9", "10"]))
    assert [fn.label for fn in notes] == ["7", "8", "9", "10"]


def test_columns_of_data_are_no_keys() -> None:
    # Near misses: years (four digits), a rating repeating a value, numbers out of order, a column
    # named in a phrase: the rows stay numbered.
    for header, keys in (
        ("Year", ["2019", "2020", "2021", "2022"]),
        ("Score", ["5", "4", "5", "3"]),
        ("#", ["3", "1", "2", "4"]),
        ("Widget identifier", ["W1", "W2", "W3", "W4"]),
        ("#", ["v1.2", "v1.3", "v2.0", "v2.1"]),
    ):
        assert [fn.label for fn in _notes(_table(header, keys))] == ["1", "2", "3", "4"], header
    assert not keys_by_values(["W1", "W2"])  # two rows are no table of keys
    assert not keys_by_values(["12", "13", "13"])


def test_the_dateline_over_a_keyed_table_is_no_note() -> None:
    # The calibration Turkish ledger (tr-sourcetable-ozelapp-kaynak-ledgeri.md): a dateline, then
    # "| # | Kaynak başlığı | Kurum | Doğrudan URL |" over rows 1 … 12. With "#" read as the key
    # column the dateline stood as an empty note "1" beside row 1.
    text = (
        "# OzelAPP Kaynak Ledgeri\n\n**Erişim tarihi:** Aksi belirtilmedikçe 3 Eylül 2026.  \n"
        "**Not:** URL’ler doğrudan resmi dokümana gider.\n\n"
        "| # | Kaynak başlığı | Kurum | Doğrudan URL |\n|---:|---|---|---|\n"
        + "".join(f"| {n} | Widget guide {n} | Widget | https://widgets.example/g{n} |\n" for n in (1, 2, 3))
    )
    notes = _notes(text)
    assert [fn.label for fn in notes] == ["1", "2", "3"]
    assert all(fn.url for fn in notes)


def test_a_reference_over_a_keyed_table_stays_an_entry() -> None:
    # Near miss: a paragraph before the table that is a reference itself (an author, a year, a URL)
    # is not an introduction; whatever the parser made of it before, it makes now.
    lead = "# Report\n\n## Sources\n\nDoe, J. (2019). Widget theory. Widget Press. https://widgets.example/book\n\n"
    notes = _notes(_table("#", ["W1", "W2", "W3"], lead=lead))
    assert "https://widgets.example/book" in [fn.url for fn in notes]


def test_an_html_table_keyed_by_its_values() -> None:
    rows = "".join(
        f"<tr><td>W{n}</td><td>Widget report {n}</td><td><a href='https://widgets.example/r{n}'>link</a></td></tr>"
        for n in (1, 2, 3, 4)
    )
    html = f"<html><body><h1>R</h1><h2>Sources</h2><table><tr><th>#</th><th>Title</th><th>URL</th></tr>{rows}</table></body></html>"
    notes = parse_bytes(html.encode(), path="doc.html", today=dt.date(2026, 12, 1)).footnotes
    assert [fn.label for fn in notes] == ["W1", "W2", "W3", "W4"]
    assert notes[0].url == "https://widgets.example/r1"


def _list(lead: str, labels: list[str], cite: str = "[{}]") -> str:
    text = "# Report\n\nFacts " + " ".join(cite.format(label) for label in labels) + ".\n\n## References\n\n"
    return text + "".join(
        lead.format(label) + f"Author {n}. Widget work {n}. https://widgets.example/w{n}\n\n"
        for n, label in enumerate(labels)
    )


def test_an_inserted_item_of_its_own_is_an_entry() -> None:
    # heldback-17's "11. IAB Revises Ad Forecast …⏎11b. IAB: Retail Commerce Media …", here a block
    # of its own, in the list's shapes "8b.", "[8b]", "08b." of a list continued from 7.
    for lead, labels in (
        ("{}. ", ["7", "8", "8b", "9"]),
        ("[{}] ", ["7", "8", "8b", "9"]),
        ("{}. ", ["07", "08", "08b", "09"]),
        ("{}. ", ["4", "5", "5b"]),
    ):
        notes = _notes(_list(lead, labels))
        assert [fn.label for fn in notes] == labels, lead
        assert notes[2].url == "https://widgets.example/w2"


def test_a_lettered_block_not_between_its_neighbours_is_no_inserted_item() -> None:
    # Near misses: "3a." after entry 8 (not its number), and "8b." between 8 and 10 (the list does
    # not go on by one around it) stay as they were read.
    for labels in (["7", "8", "3a", "9"], ["7", "8", "8b", "10"]):
        got = [fn.label for fn in _notes(_list("{}. ", labels))]
        assert labels[2] not in got, labels


def test_numbers_opening_cited_entries_label_them() -> None:
    for lead in ("{}: ", "{} - ", "{} — ", "#{} ", "^{} "):
        notes = _notes(_list(lead, ["7", "8", "9", "10"]))
        assert [fn.label for fn in notes] == ["7", "8", "9", "10"], lead
        assert notes[0].url == "https://widgets.example/w0"
        assert not (notes[0].title or "").startswith(("7", "#", "^"))


def test_numbers_not_cited_or_not_running_on_keep_the_numbering() -> None:
    # Near misses: the text cites none of them; years; numbers out of order.
    uncited = _list("{}: ", ["7", "8", "9"], cite="fact {}")
    assert [fn.label for fn in _notes(uncited)] == ["1", "2", "3"]
    for labels in (["2019", "2020", "2021"], ["9", "7", "8"]):
        assert [fn.label for fn in _notes(_list("{} - ", labels))] == ["1", "2", "3"], labels


def test_letters_opening_cited_entries_label_them() -> None:
    # heldback-20's README: "(A) Author. Title. URL" … "(E) …", cited "(A)" … in the text.
    for lead, cite in (("({}) ", "({})"), ("{}. ", "[{}]"), ("{}) ", "({})")):
        notes = _notes(_list(lead, ["A", "B", "C", "D"], cite=cite))
        assert [fn.label for fn in notes] == ["A", "B", "C", "D"], lead


def test_letters_not_cited_or_not_in_order_keep_the_numbering() -> None:
    # Near misses: initials the text does not cite ("A. Smith" …), letters out of order.
    uncited = _list("{}. ", ["A", "B", "C"], cite="fact {}")
    assert [fn.label for fn in _notes(uncited)] == ["1", "2", "3"]
    assert [fn.label for fn in _notes(_list("({}) ", ["C", "A", "B"], cite="({})"))] == ["1", "2", "3"]
