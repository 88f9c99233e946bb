"""A table of sources known by its structure, not by its header's words.

``blocks.source_columns`` takes a table as one of sources when its header names a source, title,
link or access column ("Source", "Kaynak", "URL" …). A table whose header names its columns
otherwise ("| Topic | Link |", "| Area | What to read |", "| Thema | Artikel |", an HTML
``<th>Link</th>``) was read as running text, each row's link a running-text link "L1", "L2" …:
branch p10-labels-residual's family T-links (38 notes at first blind in heldback-17, -19, -20, all
read on main by header words added per part: the Georgian "წყარო", "| ID | URL |" under a notes
heading). Probe (branch p10-found-residual2): a three- or four-row table of linked works under eight
two-column headers ("Topic | Link", "Area | What to read", "Thema | Artikel", "Tema | Lectura",
"Konu | Okuma" …), as Markdown, Markdown with a "#" column, and HTML: main read 4 of the 48 as a
list, 44 as running-text links "L1" …; with this rule 48 of 48. The studied tables that fit the
structure (heldback-19's Turkish "| Kaynak | Bu araştırmadaki kullanım |", twelve rows) were already
read by their header; heldback-20's Georgian table of facts (figures beside each link) and
heldback-19's untitled "| ID | URL |" registry do not fit it and are left to the header rules.

Such a table is a list of sources when its rows say so:

- three body rows at least, every row carries exactly one link (Markdown ``[text](http…)`` or a
  bare ``http…`` address; in HTML one ``<a href="http…">``), all in one column;
- each link's text reads as a title: two words with letters at least, apart by a space (an address
  or host name, "stat.example.fi", is none: a calibration guard's downloads table);
- no cell outside the link column is a number or figure ("$499", "4.5", "12 %", "2024"): a data
  table or a product comparison with a link column ("| Product | Price | Rating | Link |") keeps
  being read as before. A key column (``table_keys.keys_by_values``: "1", "2" … or "S1", "S2" …,
  the first or second column) is no figure.

Near misses read as before (six probed): a data table ("| City | Trees | Budget | Report |"), two
product comparisons (prices and ratings beside the links), one-word link texts ("[docs](…)"), two
rows only, a row with two links. Over the eval's 706 readable documents (heldback-30 held back, not
read) no footnote's label, title, URL, access date or publisher moved.

Under a notes heading (``headed``), two rows are enough. The link column becomes the title column
(as a "Source" column is); the key column is chosen after, by ``table_keys.key_column_by_values``;
rows without a key are numbered.
"""

from __future__ import annotations

from citecheck import lazyre
from citecheck.parse.blocks import SourceColumns
from citecheck.parse.table_keys import keys_by_values

_MARKDOWN_LINK = lazyre.compile(r"\[([^\]]*)\]\((https?://[^)\s]+)[^)]*\)")
_BARE_URL = lazyre.compile(r"(?<![(<\[])https?://\S+")
# A figure: a cell that is a number with its unit or currency ("$499", "4.5/5", "12 %", "2024").
_FIGURE = lazyre.compile(r"[^\w]{0,3}\d[\d.,\s/:%-]*[^\s\d]{0,4}")
_WORD = lazyre.compile(r"[^\W\d_]{2,}")


def markdown_links(cell: str) -> list[str]:
    """The link texts of a Markdown cell (a bare address counts, with its address as its text)."""
    texts = [m.group(1) for m in _MARKDOWN_LINK.finditer(cell)]
    rest = _MARKDOWN_LINK.sub(" ", cell)
    return texts + _BARE_URL.findall(rest)


def _title_like(text: str) -> bool:
    text = text.strip(" *_`")
    return sum(1 for word in text.split() if _WORD.search(word)) >= 2


def link_table_columns(
    header: list[str], rows: list[list[tuple[str, list[str]]]], *, headed: bool = False
) -> SourceColumns | None:
    """The columns of a table of linked works (its link column its title), or None. Each row is its
    cells as (text, link texts)."""
    if len(rows) < (2 if headed else 3):
        return None
    width = min(len(cells) for cells in rows)
    keyed = {i for i in range(min(width, 2)) if keys_by_values([cells[i][0] for cells in rows])}
    columns: set[int] = set()
    for cells in rows:
        linked = [i for i, (_, links) in enumerate(cells) if links]
        if len(linked) != 1 or len(cells[linked[0]][1]) != 1 or not _title_like(cells[linked[0]][1][0]):
            return None
        columns.add(linked[0])
        others = [
            text.strip(" *_`") for i, (text, _) in enumerate(cells) if i != linked[0] and i not in keyed
        ]
        if any(_FIGURE.fullmatch(text) for text in others if text):
            return None
    if len(columns) != 1:
        return None
    (title,) = columns
    if title >= len(header):
        return None
    return SourceColumns(title=title, access=None, links=(), skip=(), named=title)
