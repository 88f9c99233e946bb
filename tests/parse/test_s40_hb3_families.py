"""Rules from heldback-p40hunt12, spent on branch s40-hb3 (studied, misses printed).

Each family's case fails on main before the branch; each near miss (a similar input the rule must not fire on)
passes before and after. The inputs are written for the test, in the shape of the documents named in the
modules' comments, not copied from them.
"""

from __future__ import annotations

import datetime as dt

from citecheck.models import Footnote
from citecheck.parse.document import parse_text

TODAY = dt.date(2026, 12, 1)


def _notes(text: str, fmt: str = "markdown") -> dict[str, Footnote]:
    document = parse_text(text, fmt=fmt, today=TODAY)  # type: ignore[arg-type]
    return {footnote.label: footnote for footnote in document.footnotes}


# --- a paragraph broken by "<br>" at every line is no hard-wrapped run (markdown._broken_at_every_line) ------

BR_NOTES = """### Notes

<sup>1</sup> <a href = http://journal.example.org/content/355/6324/515>Kennedy, Wojcik, and Lazer (2017).</a><br>
<sup>2</sup> See <a href = "http://archive.example.org/stable/439492">Lewis-Beck and Rice (1984)</a>.<br>
<sup>3</sup> See <a href = https://papers.example.com/article/S0169207008000289>Lewis-Beck and Tien (2008)</a>.<br>
<sup>4</sup> See Beauchamp, 2017; Huberty, 2013; Saleiro, Gomes, and Soares, 2016.<br>
<sup>5</sup> See <a href = https://pub.example.com/doi/full/10.1089/big.2017.0047> Sathiaraj, Cassidy, and Rohli (2017) </a>.
"""


def test_br_lines_are_one_note_each() -> None:
    notes = _notes(BR_NOTES)
    assert notes["1"].url == "http://journal.example.org/content/355/6324/515"
    assert notes["2"].url == "http://archive.example.org/stable/439492"
    assert notes["3"].url == "https://papers.example.com/article/S0169207008000289"
    assert notes["4"].url is None
    assert notes["5"].url == "https://pub.example.com/doi/full/10.1089/big.2017.0047"


# Near miss: a paragraph hard-wrapped with one "<br>" line end only is still read as wrapped text.
WRAPPED_ONE_BR = """Some text.[^1]

[^1]: Smith, J. (2020). A long title of a report that the author wrapped at the margin of the
    editor. Example Press. https://example.org/report<br>
    Accessed 3 May 2021.
"""


def test_one_br_line_keeps_the_wrap() -> None:
    note = _notes(WRAPPED_ONE_BR)["1"]
    assert note.url == "https://example.org/report"
    assert note.access_date == dt.date(2021, 5, 3)


# --- Thai "แหล่งที่มา" (sources) heads a list (regions._NOTES_WORDS) --------------------------------------------

THAI_SOURCES = """# การต่อสตริง

เนื้อหาของรายงาน

## 🧿 แหล่งที่มา

Example Site. (2024). Joining Text in Ruby. Example Site. สืบค้นเมื่อ 31 สิงหาคม 2025, จาก https://example.org/ruby-join

Docs Site. (2023). String Methods. Docs Site. สืบค้นเมื่อ 4 กันยายน 2025, จาก https://example.org/string-methods
"""


def test_thai_sources_heading_opens_a_list() -> None:
    notes = _notes(THAI_SOURCES)
    assert notes["1"].url == "https://example.org/ruby-join"
    assert notes["1"].access_date == dt.date(2025, 8, 31)
    assert notes["2"].url == "https://example.org/string-methods"


def test_thai_origin_heading_is_no_notes_heading() -> None:
    # Near miss: "ที่มา" alone or "ที่มาและความสำคัญ" (background and significance) heads prose.
    from citecheck.parse.regions import is_notes_heading

    assert not is_notes_heading("ที่มาและความสำคัญ")
    assert not is_notes_heading("ที่มา")


# --- Thai APA's written-out "no date" in the date group (styles._DATE_GROUP) ------------------------------------

THAI_NO_DATE = """# รายงาน

## แหล่งอ้างอิง

Example Site. (ไม่มีวันที่). Joining Text in Ruby. Example Site. สืบค้นเมื่อ 31 สิงหาคม 2025, จาก https://example.org/ruby-join

Docs Site. (ไม่ปรากฏปีที่พิมพ์). String Methods. Docs Site. สืบค้นเมื่อ 4 กันยายน 2025, จาก https://example.org/string-methods
"""


def test_thai_written_no_date_is_a_date_group() -> None:
    notes = _notes(THAI_NO_DATE)
    assert notes["1"].title == "Joining Text in Ruby"
    assert notes["2"].title == "String Methods"


# Near miss: a bracketed Thai remark that is no date ("(ไม่มีข้อมูล)", no data) leaves the entry as it was read.
THAI_REMARK = THAI_NO_DATE.replace("(ไม่มีวันที่)", "(ไม่มีข้อมูล)")


def test_thai_bracketed_remark_is_no_date_group() -> None:
    assert _notes(THAI_REMARK)["1"].title != "Joining Text in Ruby"


# --- an entry closing on "Retrieved from" / "จาก", its address the next paragraph (regions._FROM_LABEL_END) ----

FROM_NEXT_PARAGRAPH = """# Report

Some text.

## References

Example. (2020). First Title. Example Press. Retrieved from

https://example.org/a

Other. (2021). Second Title. Other Press. Retrieved from

https://example.org/b

Third. (2021). Third Title. Other Press. Retrieved from https://example.org/c
"""


def test_address_after_from_label_is_the_entrys() -> None:
    notes = _notes(FROM_NEXT_PARAGRAPH)
    assert notes["1"].title == "First Title"
    assert notes["1"].url == "https://example.org/a"
    assert notes["2"].title == "Second Title"
    assert notes["2"].url == "https://example.org/b"
    assert notes["3"].url == "https://example.org/c"


THAI_FROM_NEXT_PARAGRAPH = """# รายงาน

## แหล่งอ้างอิง

Example Site. (2024). Joining Text in Ruby. Example Site. สืบค้นเมื่อ 31 สิงหาคม 2025, จาก

https://example.org/ruby-join

Docs Site. (2023). String Methods. Docs Site. สืบค้นเมื่อ 4 กันยายน 2025, จาก https://example.org/string-methods
"""


def test_thai_address_after_chak_is_the_entrys() -> None:
    notes = _notes(THAI_FROM_NEXT_PARAGRAPH)
    assert notes["1"].url == "https://example.org/ruby-join"
    assert notes["1"].access_date == dt.date(2025, 8, 31)
    assert notes["2"].url == "https://example.org/string-methods"


# Near miss: an entry that does not close on a from-label keeps a bare address after it as an entry of its own.
NO_FROM_LABEL = FROM_NEXT_PARAGRAPH.replace("Example Press. Retrieved from\n", "Example Press.\n")


def test_address_after_closed_entry_stays_apart() -> None:
    notes = _notes(NO_FROM_LABEL)
    assert notes["1"].url is None
    assert notes["2"].url == "https://example.org/a"
