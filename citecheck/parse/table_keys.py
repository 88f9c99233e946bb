"""The key column of a table of sources chosen by its values, not by its header's word.

A table of sources often keys its rows in a column the header names by a number word ("#", "No.",
"Nr.", "Lp.", "№", "Kod", "S/N") or by nothing, and the text cites the rows by those keys. Chosen
by the header's name alone (``blocks._KEY_COLUMN``: "ID", "Ref", "Kürzel", "Kimlik" …), such keys
were numbered instead: 80 of the 190 probe tables of branch p10-residual (the same table, its key
header varied over the number words of 19 languages) lost their keys so.

The first-blind reconstruction (``benchmarks/first_blind_found.py --labels --other``) shows the
source-table family T read under another label in five parts: heldback-17 (the French "SRC-01"
table read as 1 … 11, the Korean register 10 -> 3), heldback-19 ("WEB-1" … read as "L1" …),
heldback-20 (the Georgian source table read as "L1" …), heldback-21 (the Turkish "W1" … ledger,
the Spanish table 7 -> 9) and heldback-22 (the "T01" … "I02" security ledger). The label the text
cites is in a cell of the row; where the header does not name that column, its values do:

- every row of the table has a cell in it, each a key: a short number ("7", "07") or a few letters
  and a number ("W1", "SRC-01b", "T01"), optionally bracketed or set in bold or code;
- the keys are unique (a column repeating a value is data: a year, a rating, a count);
- bare numbers must run on by one (1, 2, 3 … or 13, 14 …) and stay below 1000, so a column of
  years, page counts or prices is not taken; keys with letters need no order ("T01" … "T10",
  "I01", "I02");
- the column is the table's first or second (keys lead a row), neither its title's, its links',
  its access date's nor a commit column, and the table has three rows at least;
- its header is empty or one short word ("#", "No.", "Kod", "№", "Sıra", "Номер"): a column named
  in a phrase ("Widget identifier", heldback-17's guard) describes data the rows hold, not keys.

With the key column taken, its cell is left out of the row's text, as a named key column's is.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

from citecheck import lazyre
from citecheck.parse.blocks import SourceColumns

# A key cell's value: a number, or a few letters and a number ("Q1", "S-03", "SRC-01b"), optionally
# bracketed, as ``blocks._ROW_KEY`` reads it in each row.
_KEY_VALUE = lazyre.compile(r"\[?((?:[A-Za-z]{1,3}[-.]?)?\d{1,4}[a-z]?)\]?")
_KEY_ROWS = 3
_KEY_COLUMNS = 2
_LARGEST_NUMBER_KEY = 999
_KEY_HEADER_MAX = 10


def _keys(cells: list[str]) -> list[str] | None:
    """The keys of a column's cells, or None where one is not a key."""
    keys = []
    for cell in cells:
        match = _KEY_VALUE.fullmatch(cell.strip(" *_`"))
        if match is None:
            return None
        keys.append(match.group(1))
    return keys


def keys_by_values(cells: list[str]) -> bool:
    """Whether a column's cells, top to bottom, are the keys of the rows: unique, and numbers running
    on by one below 1000 where they are bare numbers."""
    keys = _keys(cells)
    if keys is None or len(keys) < _KEY_ROWS or len(set(keys)) != len(keys):
        return False
    if all(key.isdigit() for key in keys):
        numbers = [int(key) for key in keys]
        return numbers[-1] <= _LARGEST_NUMBER_KEY and all(b == a + 1 for a, b in itertools.pairwise(numbers))
    return True


def _key_header(name: str) -> bool:
    """A header that can stand over keys: empty, or one word of at most ten characters."""
    name = " ".join(name.strip(" *_`").split())
    return " " not in name and len(name) <= _KEY_HEADER_MAX


def key_column_by_values(columns: SourceColumns, header: list[str], rows: list[list[str]]) -> SourceColumns:
    """``columns`` with the column whose values key the rows (:func:`keys_by_values`) as its key
    column, where the header named none; ``columns`` itself otherwise."""
    if columns.key is not None or len(rows) < _KEY_ROWS:
        return columns
    taken = {columns.title, columns.access, *columns.links, *columns.commits}
    for place in range(_KEY_COLUMNS):
        if place in taken or place >= len(header) or not _key_header(header[place]):
            continue
        if any(place >= len(cells) for cells in rows):
            continue
        if keys_by_values([cells[place] for cells in rows]):
            skip = columns.skip if place in columns.skip else (*columns.skip, place)
            return replace(columns, key=place, skip=skip)
    return columns
