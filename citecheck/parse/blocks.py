"""What every reader hands the assembler: paragraphs of visible text, the markers and links the
markup already made explicit, and a way back from a text offset to the original file's line/column.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal, Protocol

from citecheck import lazyre
from citecheck.parse.dates import ACCESS_LABEL

BlockKind = Literal["paragraph", "heading", "title"]


class Locator(Protocol):
    def position(self, offset: int, token: str) -> tuple[int, int]:
        """The 1-based (line, column) in the original file of ``token`` found at ``offset`` in the text.

        Callers ask in increasing ``offset`` order within one block.
        """
        ...

    def fresh(self) -> Locator:
        """A locator for a second pass over the same block (again in increasing offset order)."""
        ...


class LineIndex:
    """Line starts of a source text, to turn a character offset into a 1-based line and column."""

    __slots__ = ("starts",)

    def __init__(self, source: str) -> None:
        starts = [0]
        index = source.find("\n")
        while index != -1:
            starts.append(index + 1)
            index = source.find("\n", index + 1)
        self.starts = starts

    def line_col(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1

    def line_start(self, line: int) -> int:
        return self.starts[min(max(line, 1), len(self.starts)) - 1]


class SpanLocator:
    """Text built from runs of the source: ``segments`` are (text offset, source offset) pairs."""

    __slots__ = ("index", "segments", "text_starts")

    def __init__(self, index: LineIndex, segments: list[tuple[int, int]]) -> None:
        self.index = index
        self.segments = segments or [(0, 0)]
        self.text_starts = [s[0] for s in self.segments]

    def position(self, offset: int, token: str) -> tuple[int, int]:
        segment = self.segments[max(bisect_right(self.text_starts, offset) - 1, 0)]
        return self.index.line_col(segment[1] + offset - segment[0])

    def fresh(self) -> SpanLocator:
        return self


class ParagraphLocator:
    """DOCX: the paragraph's index stands for the line, the character offset for the column."""

    __slots__ = ("line",)

    def __init__(self, line: int) -> None:
        self.line = line

    def position(self, offset: int, token: str) -> tuple[int, int]:
        return self.line, offset + 1

    def fresh(self) -> ParagraphLocator:
        return self


class SearchLocator:
    """HTML text differs from its source (tags, entities), so find each token in the source itself,
    searching forward from where the block's element starts."""

    __slots__ = ("cursor", "index", "source", "start")

    def __init__(self, source: str, index: LineIndex, start: int) -> None:
        self.source = source
        self.index = index
        self.start = start
        self.cursor = start

    def position(self, offset: int, token: str) -> tuple[int, int]:
        if not token:
            return self.index.line_col(self.start)
        found = self.source.find(token, self.cursor)
        if found == -1:
            return self.index.line_col(self.start)
        self.cursor = found + len(token)
        return self.index.line_col(found)

    def fresh(self) -> SearchLocator:
        return SearchLocator(self.source, self.index, self.start)


@dataclass(slots=True)
class Anchor:
    """A marker the markup made explicit (an HTML note link, ``[^4]``, a Word reference)."""

    label: str
    start: int
    end: int
    line: int
    column: int


@dataclass(slots=True)
class LinkSpan:
    """A link in running text: its anchor text at ``start:end`` of the block's text and its URL.

    ``anchor_is_url`` is set when what the reader sees is the URL itself (an autolink, a bare URL);
    ``emphasised`` when the markup sets the anchor apart as a title (quoted, italic, ``<cite>``);
    ``image`` when the anchor is an image's alt text (a badge, a screenshot), never a title.
    """

    url: str
    start: int
    end: int
    anchor_is_url: bool = False
    emphasised: bool = False
    image: bool = False


@dataclass(slots=True)
class Block:
    """One paragraph as a reader saw it.

    ``note_label`` is set when the markup says the block is a footnote entry (a Word endnote, an
    ``<li id="fn4">``, a ``[^4]:`` definition); ``body_start`` is where the entry's own text starts
    after its label. ``links`` are URLs behind link text ((text offset, URL)) that the text itself
    may not show. ``link_spans`` are the links of running text with their anchor text (the inline
    citations); ``masked`` are spans of text that are code, where nothing is a marker.
    """

    text: str
    locator: Locator
    kind: BlockKind = "paragraph"
    anchors: list[Anchor] = field(default_factory=list)
    links: list[tuple[int, str]] = field(default_factory=list)
    note_label: str | None = None
    body_start: int = 0
    # A Markdown "[^label]:" definition: every renderer numbers these notes 1, 2, 3 … in the order
    # they are first cited, so the label as written is never shown and no gap in it is seen.
    renumbered: bool = False
    # ``note_label`` is the reader's count of a bulleted list's items, not a number the page prints
    # (html.py numbers bullets under a notes heading on from the notes before them, or after the
    # notes written after them): no gap or disorder in it is the author's.
    counted_label: bool = False
    # Runs the markup set apart, as (start, end, kind): "link" text and "em"phasis (bold, italic);
    # entries take titles from them. Readers that cannot tell leave it empty.
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    link_spans: list[LinkSpan] = field(default_factory=list)
    masked: list[tuple[int, int]] = field(default_factory=list)
    # A heading's level (1 for "#", 2 for "##" …; 0 where the reader cannot tell), and whether the
    # markup made the block a list item ("- …", "1. …", ``<li>``): notes sections use both.
    level: int = 0
    item: bool = False
    # A row of a table of sources (a column named "Source", "資料", "Accessed" …): one entry each,
    # and its key when a column gives one ("Q1", "S-03"): the entry's label.
    source_row: bool = False
    row_key: str | None = None
    # A row of a table under a notes heading: an entry though it neither links nor dates its source.
    headed_row: bool = False
    # A paragraph the layout sets apart from the list around it: a DOCX annotation indented as a block
    # between entries that share a hanging indent (docx._asides). It is no entry of that list.
    aside: bool = False
    # The table row a cell's block was read from (HTML: each cell is a block of its own), numbered
    # in reading order: the generic fallback reads the cells of one row as one line again.
    table_row: int | None = None
    # That row is a header row (its cells are "<th>"): the lead of the rows after it.
    table_head: bool = False
    # That row is a group of rows under a first cell spanning them (HTML ``rowspan``): one entry,
    # its key cell then its fields a line each (citecheck.parse.html's ``_spanning_row``).
    spanned_row: bool = False
    # The number a browser shows before an item of an ordered list (HTML "<ol><li>", counted from
    # the list's ``start``), which the block's text does not hold as Markdown's "1. …" does.
    list_number: str | None = None
    # How deep the item is nested in lists (HTML: 1 for an item of a top list, 2 for one of a list in
    # an item …), where the source's columns do not show it (citecheck.parse.regions's ``_column``).
    list_depth: int | None = None
    # Read inside a site's menu (HTML: a "nav", "menu", "navbar" container): its items name the
    # site's pages, and none heads a notes section (citecheck.parse.regions's ``_heads_notes``).
    menu: bool = False
    # Every line of the paragraph is inside a block quote (Markdown "> …"): under an entry of a
    # source list, its annotation (citecheck.parse.regions's ``_quoted_annotation``).
    quoted: bool = False


@dataclass(slots=True)
class ReadResult:
    """A reader's output: the blocks in reading order, and what the markup said about the document."""

    blocks: list[Block]
    title: str | None = None
    date: dt.date | None = None
    language: str | None = None
    # The offsets of the source's line ends read as spaces where a Markdown paragraph's lines were
    # hard-wrapped (citecheck.parse.markdown._wrapped_breaks), for the readers of its lines.
    soft_breaks: frozenset[int] = frozenset()


# The column names of a table of sources (Markdown or HTML): the source or its title, its link, the
# date it was read (any access label of citecheck.parse.dates, or 閲覧日 …), a numbering column.
# The German "Quellen" is read beside "Quelle", as "Sources" beside "Source" (benchmarks/parse_html.py:
# hb24-de's "| Quellen | Datum |" table rendered, 14 fields; "Quellcode", "Quellenlage" are not).
_TITLE_COLUMN = lazyre.compile(
    r"(?i)^(?:sources?|references?|resources?|ressources?|recursos?|ресурс|resurs|mənbə|title|work|document|publication|quellen?|titel|fuente|fonte|título|titre|"
    r"source\s+(?:title|name)|источник|название|kaynak|başlık|źródło|tytuł|bron|titolo|fonti?|資料|出典|文献|"
    r"参考資料|参考文献|来源|出处|文献名|タイトル|标题|منبع|منابع|مصدر|المصدر|"
    # Georgian "source(s)", "title" ("| მაჩვენებელი | მნიშვნელობა | ტეგი | წყარო |": heldback-20's
    # Georgian desk research, a table of facts citing their sources in its last column).
    r"წყარო|წყაროები|სათაური)$"
)
_DATASET_COLUMN = lazyre.compile(r"(?i)^(?:datasets?|data\s+sets?|data\s+sources?)$")
_LINK_COLUMN = lazyre.compile(
    r"(?i)^(?:link|links|url|web|website|enlace|lien|ссылка|bağlantı|リンク|链接|ბმული)$"
)
# A column named in two or three words, one of them the title's or the link's ("Kaynak başlığı",
# "Source title", "Doğrudan URL", "Official link": heldback-9's Turkish ledger of sources).
_TITLE_WORD = lazyre.compile(
    r"(?i)^(?:title|titel|titre|título|titolo|başlık|başlığı|tytuł|название|заголовок|標題|标题|タイトル|عنوان)$"
)
_LINK_WORD = lazyre.compile(r"(?i)^(?:urls?|links?|enlace|lien|bağlantı|bağlantısı|ссылка|لینک|رابط)$")


# A source column named with a qualifier ("Primary source", "Official source", "Primary / official
# source": heldback-12's English source register, ten rows, one or two URLs in the cell): the same
# column as "Source".
_QUALIFIED_SOURCE = lazyre.compile(
    r"(?i)^(?:primary|official|original|cited|main)(?:\s*/\s*(?:primary|official|original|secondary))?"
    r"\s+sources?$"
)


# A column of the works' full bibliographic records, named for the record rather than the title or
# source ("Full citation", "Bibliographic data", "Повні вихідні дані", "Выходные данные",
# "Bibliografische Angaben", "Référence complète"): a table of sources as much as "Source" names
# one. heldback-35's Ukrainian ledger of checked sources ("| № | Перевірка | Повні вихідні дані |
# Для чого |", two tables, twelve DSTU records keyed "N1" … "N12", eight without a link or date: not
# found before). Each name is the record's own term in its language (the words of a citation
# manager's or a library's field), optionally qualified "full"; a bare "Data" or "Details" is not.
_RECORD_COLUMN = lazyre.compile(
    r"(?i)^(?:(?:full|complete|повні|повний|полные|полное|vollständige)\s+)?"
    r"(?:citations?|bibliographic\s+(?:data|details|records?|descriptions?|references?)|"
    r"full\s+references?|références?\s+complètes?|notices?\s+bibliographiques?|"
    r"bibliografische\s+angaben|вихідні\s+дані|бібліографічний\s+опис|"
    r"выходные\s+данные|библиографическое\s+описание)$"
)


# A column name's closing bracketed word or two ("Source (date)", "Quelle (Stand)").
_BRACKETED_TAIL = lazyre.compile(r"\s+\([^()]{1,20}\)$")


def _compound(name: str, word: re.Pattern[str]) -> bool:
    words = name.split()
    return 2 <= len(words) <= 3 and any(word.match(w) for w in words)


_NUMBER_COLUMN = lazyre.compile(r"(?i)^(?:#|no\.?|nr\.?|№|n\.?º?)$")
# A column of the sources' keys, the labels the text cites them by ("ID", "Ref", "Kürzel").
_REPOSITORY_COLUMN = lazyre.compile(r"(?i)^(?:repositor(?:y|ies|io|ios|ium)|repositório|repo|dépôt)$")
# "SRC-ID", "Source ID", "Ref ID" name the same column with the keys' prefix or kind before "ID"
# (heldback-17's French table of sources, "| SRC-ID | Source | … | URL |", eleven rows keyed
# "SRC-01", "SRC-01b" …: the text cites them by those keys).
# "Identifier" in the languages of the eval ("Kimlik", "Kennung", "Identifiant", "Identificador",
# "Azonosító", "Идентификатор", "标识"/"編號"): heldback-28's Turkish report, "| Kimlik | Kaynak |
# Commit kapsamı |" over twelve rows keyed "R01" … "R12", cited by those keys.
_KEY_COLUMN = lazyre.compile(
    r"(?i)^(?:(?:[a-z]{1,6}[-\s])?id|ref\.?|key|kürzel|sigle|clave|código|code|nº ref\.?"
    r"|kimlik|kennung|identifiant|identificador|identificativo|identyfikator|azonosító|идентификатор"
    r"|ідентифікатор|标识|編號|编号)$"
)
# A key: a few letters and a number ("Q1", "S-03", "R12a"), or a number, optionally in brackets.
_ROW_KEY = lazyre.compile(r"\[?((?:[A-Za-z]{1,3}[-.]?)?\d{1,4}[a-z]?)\]?")
# A column of the commits a table of repository sources pins ("Commit", "Commit kapsamı", "Revision",
# "SHA"): a version of the source, no field of its entry. In a row that links the source (the
# address names the file, often at that commit) the cell is left out, as a numbering cell is
# (markdown's row reader): heldback-28's Turkish report ("| Kimlik | Kaynak | Commit kapsamı |",
# "[README.md](…/blob/9cf018dd…/README.md) | `9cf018d`" in all twelve rows, the hash read as the
# title's tail or as the publisher before). Rows without a link keep it: the two calibration tables
# of pinned repositories ("| ID | Repository | Commit | … |", "| Nombre en las citas | Repositorio |
# Commit |") link none, and there the hash stands where a publisher would be read otherwise.
_COMMIT_COLUMN = lazyre.compile(r"(?i)^(?:commit|revision|révision|revisión|revisão|sha(?:-?1)?)(?:\s+\w+)?$")
_ACCESS_COLUMN = lazyre.compile(
    r"(?i)^(?:閲覧日|アクセス日|参照日|访问日期|访问时间|查阅日期|accessed|access\s+date|date\s+accessed)$"
)


# The field names of a table describing one work, a field a row (citecheck.parse.markdown's
# _record_table): the row of its title, and the row of its source or link.
RECORD_TITLE = lazyre.compile(r"(?i)^(?:title|titel|titre|título|titolo|başlık|tytuł|название)$")
RECORD_LINK = lazyre.compile(
    r"(?i)^(?:source|quelle|fuente|fonte|источник|kaynak|źródło|url|link|lien|enlace)$"
)


@dataclass(frozen=True, slots=True)
class SourceColumns:
    """What the columns of a table of sources hold: its title (or source), the access date, links,
    and a numbering column to leave out."""

    title: int | None
    access: int | None
    links: tuple[int, ...]
    skip: tuple[int, ...]
    key: int | None = None
    # The column the header names as the title's; None where it names none (a table under a notes
    # heading, whose first column is taken).
    named: int | None = None
    # Whether that column is named the title's ("Title", "Kaynak başlığı"), not the source's: its
    # cell is the title as written, though it reads like "Surname AB." ("SetupIntents API").
    titled: bool = False
    # Whether the access column also holds the sources' links ("Source + access date"): its date
    # is the last thing in the cell, after the links.
    dated_sources: bool = False
    # The columns of the commits a table of repository sources pins (:data:`_COMMIT_COLUMN`).
    commits: tuple[int, ...] = ()

    def order(self, width: int, left_out: tuple[int, ...] = ()) -> list[int]:
        """A row's cells in the order its entry is written: the title (or source) cell first, then
        every other cell but the numbering and key columns (``skip``) and ``left_out``, the cell
        that dates the reading last (the Markdown, HTML and text readers' table rows)."""
        order = [i for i in range(width) if i == self.title]
        order += [i for i in range(width) if i not in (self.title, self.access, *self.skip, *left_out)]
        order += [i for i in range(width) if i == self.access]
        return order

    def separator(self, place: int, *, access: bool) -> str:
        """What stands before the cell at ``place`` (one or more) of :meth:`order`: the access label
        before the dating cell (``access``), ". " after the title cell, " | " between the others."""
        if access:
            return ACCESS_CELL
        return ". " if place == 1 and self.title is not None else " | "

    def row_key(self, cells: list[str]) -> str | None:
        """The row's key, when the table has a key column and this row's cell is one ("Q1")."""
        if self.key is None or self.key >= len(cells):
            return None
        match = _ROW_KEY.fullmatch(cells[self.key].strip(" *_`"))
        return match.group(1) if match else None


# What the readers write before a table row's access-date cell (the entry parser reads it as the
# label "accessed").
ACCESS_CELL = " | accessed: "
# A record table read as one row: the title's value cell, then the source's link.
RECORD_COLUMNS = SourceColumns(title=0, access=None, links=(1,), skip=(), named=0, titled=True)


# A link column's cell that is a host name alone, or with a path, written without its scheme
# ("pinhi.ca", "sudbury.com/spotlight/…"): in that column it can only be the source's address.
_BARE_HOST_CELL = lazyre.compile(
    r"(?i)(?:www\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}(?:/\S*)?"
)


# A file name is no host: "README.md", "indodax.js" in a table's URL column name local files.
_FILE_ENDING = lazyre.compile(
    r"(?i)\.(?:md|js|ts|py|json|html?|txt|pdf|ya?ml|toml|csv|sh|rs|go|java|c|h|cpp|xml|zip)$"
)


def text_since(parts: list[str], length: int, start: int) -> str:
    """``"".join(parts)[start:]`` for ``parts`` whose lengths sum to ``length``, joining only the
    parts that reach past ``start``. The readers ask for a link's shown text this way as they build
    a block; joining the whole block for each link was quadratic in its links: an HTML page of
    10,000 links in one paragraph spent 3.7 s joining (100,000: minutes; session 42)."""
    need = length - start
    if need <= 0:
        return ""
    taken = 0
    index = len(parts)
    while index > 0 and taken < need:
        index -= 1
        taken += len(parts[index])
    if taken < need:  # the lengths do not add up: read it the long way
        return "".join(parts)[start:]
    tail = "".join(parts[index:])
    return tail[len(tail) - need :]


def bare_host_url(cell: str) -> str | None:
    """The URL a link column's cell names without a scheme (https assumed), or None. A code span
    ("`server/x.js`") or a file name ("README.md") is none."""
    cell = cell.strip()
    if not _BARE_HOST_CELL.fullmatch(cell) or ("/" not in cell and _FILE_ENDING.search(cell)):
        return None
    return "https://" + cell


def _source_and_access(name: str) -> bool:
    parts = [part.strip() for part in re.split(r"\s[+/&]\s", name)]
    return (
        len(parts) == 2
        and any(_TITLE_COLUMN.match(part) for part in parts)
        and any(_ACCESS_COLUMN.match(part) or ACCESS_LABEL.fullmatch(part) for part in parts)
    )


def source_columns(header: list[str], *, headed: bool = False) -> SourceColumns | None:
    """What the columns of a table with this header row hold, when it is a table of sources: one
    that names a title or source column or an access-date column, or (``headed``: it stands under a
    notes heading) one that names a repository column, the repositories a text pins and cites ("##
    Fuentes" over "| Nombre en las citas | Repositorio | Commit |"), its first column the title. None
    otherwise."""
    names = [" ".join(name.strip(" *_`").split()) for name in header]
    dated_sources = False
    access = next(
        (i for i, name in enumerate(names) if _ACCESS_COLUMN.match(name) or ACCESS_LABEL.fullmatch(name)),
        None,
    )
    if access is None:
        # One column for both, "Source + access date" ("منبع + تاریخ دسترسی", "Source / accessed"):
        # a table of facts citing, in its last column, the links each row rests on and the day
        # they were read (heldback-9's Persian table). Its cells are read as an access-date cell
        # whose links are the row's sources.
        access = next((i for i, name in enumerate(names) if _source_and_access(name)), None)
        dated_sources = access is not None
    title = next((i for i, name in enumerate(names) if _TITLE_COLUMN.match(name)), None)
    if title is None and any(_LINK_COLUMN.match(name) for name in names):
        # A table of data sources: "| # | Dataset | Coverage | Format | License | URL |", each row a
        # dataset cited by its publisher and title and linked in the URL column (heldback-17's
        # Olympic host-debt data sources, eight rows). Only with a column of links.
        title = next((i for i, name in enumerate(names) if _DATASET_COLUMN.match(name)), None)
    if title is None:
        # A source column that says in brackets what else its cells give: "Source (date)" over
        # "[Google, contenu IA](…) (maj 2025-12-10)" (heldback-15's French table of claims).
        title = next(
            (i for i, name in enumerate(names) if _TITLE_COLUMN.match(_BRACKETED_TAIL.sub("", name))), None
        )
    if title is None:
        title = next((i for i, name in enumerate(names) if _QUALIFIED_SOURCE.match(name)), None)
    if title is None:
        title = next((i for i, name in enumerate(names) if _compound(name, _TITLE_WORD)), None)
    if title is None:
        title = next((i for i, name in enumerate(names) if _RECORD_COLUMN.match(name)), None)
    links = tuple(
        i for i, name in enumerate(names) if _LINK_COLUMN.match(name) or _compound(name, _LINK_WORD)
    )
    keys = tuple(i for i, name in enumerate(names) if _KEY_COLUMN.match(name))
    skip = tuple(i for i, name in enumerate(names) if _NUMBER_COLUMN.match(name)) + keys[:1]
    named = title
    if access is None and title is None and headed and len(names) == 2 and keys == (0,) and links == (1,):
        # A registry of sources' keys and addresses, nothing else ("### Web Source Registry" over
        # "| ID | URL |⏎| WEB-1 | https://… |": heldback-19's benchmark report, twelve rows the text
        # cites by key): each row a source keyed by its first cell, untitled.
        return SourceColumns(None, None, links, skip, 0, None)
    if access is None and title is None:
        first = next((i for i in range(len(names)) if i not in skip and i not in links), None)
        # Under a notes heading, a table whose first column is named and whose rows link out in a
        # link column ("# Bibliography" > "| Collection | Location | URL |": heldback-21's
        # declassified-documents bibliography, its collections each a source) is a table of the
        # sources; its first column names them. A first column without a name ("|   | Name | Link
        # |", a calibration README's numbered table) is left as before.
        listed = headed and bool(links) and first == 0 and bool(names[0])
        if not (listed or (headed and any(_REPOSITORY_COLUMN.match(name) for name in names))):
            # A link column alone is a README's table of tools or projects, not of sources; and under
            # "## Sources" a README's table is as often of data sources ("| name | Q1_log_loss |",
            # feeds, build inputs: nine of ten hits of '## Sources⏎⏎| Name |' in the public-code
            # index), so only a table of pinned repositories ("| Nombre en las citas | Repositorio |
            # Commit |") counts there.
            return None
        title = first
        if title is None:
            return None
    titled = named is not None and any(_TITLE_WORD.match(word) for word in names[named].split())
    commits = tuple(i for i, name in enumerate(names) if _COMMIT_COLUMN.match(name) and i != title)
    return SourceColumns(
        title, access, links, skip, keys[0] if keys else None, named, titled, dated_sources, commits
    )


def sub_closing_run(pattern: re.Pattern[str], text: str, in_run: Callable[[str], bool]) -> str:
    """``pattern.sub("", text)`` for a pattern anchored at the end (``…$``) whose matches hold only
    characters ``in_run`` accepts: tried on the text's closing run of such characters (with the
    character before it, which a look-behind may read, and a final line break, before which ``$``
    matches too), not from every position of the text, where a long text that ends in no such run
    made the pattern's failed attempts quadratic in its length (tests/parse/test_hostile_inputs.py)."""
    end = len(text) - 1 if text.endswith("\n") and not in_run("\n") else len(text)
    start = end
    while start and in_run(text[start - 1]):
        start -= 1
    cut = max(0, start - 1)
    return text[:cut] + pattern.sub("", text[cut:])
