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
