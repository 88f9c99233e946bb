"""Where things are in a document: the title and dateline at the top, page furniture ("Share",
"This post is also available in:", "Similar Posts"), and the footnote section at the end.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from citecheck.parse.blocks import Block
from citecheck.parse.dates import find_dates
from citecheck.parse.markers import TEXT_MARKER, EntryStart, match_entry_start
from citecheck.parse.urls import URL_PATTERN

NOTES_HEADING = re.compile(
    r"""(?:\#+\s*)?(?:
        (?:foot|end)?notes?|references?|sources?|bibliography|works\s+cited|citations?
      | kaynaklar|kaynakça|dipnotlar|notlar|son\s?notlar
      | примечания|сноски|источники|литература|список\s+(?:литературы|источников)
      | anmerkungen|fu(?:ß|ss)noten|endnoten|quellen|einzelnachweise|literatur(?:verzeichnis)?
      | références|bibliographie|notas|referencias|fuentes|bibliografía
    )\s*:?""",
    re.IGNORECASE | re.VERBOSE,
)
CHROME = re.compile(
    r"""(?:
        paylaş|share|share\s+(?:this|on|via)\b.{0,40}|tweet|print|yazdır|поделиться|teilen|partager|compartir
      | this\s+(?:post|article|page)\s+is\s+also\s+available\s+in\b.*
      | bu\s+(?:yazı|içerik|makale)\b.{0,60}\b(?:dillerde|dilde)\b.*
      | (?:эта\s+запись|этот\s+пост|эта\s+статья|этот\s+материал)\s+также\s+доступ.*
      | dieser\s+(?:beitrag|artikel)\s+ist\s+auch\s+(?:auf|in)\b.*
      | (?:cet\s+article|ce\s+post|cette\s+publication)\s+est\s+(?:aussi|également)\s+disponible.*
      | esta\s+(?:entrada|publicación)\s+también\s+está\s+disponible.*
      | similar\s+posts|related\s+(?:posts|articles|content)|you\s+may\s+also\s+like|read\s+more
      | benzer\s+yazılar|ilgili\s+yazılar|похожие\s+(?:записи|статьи)|читайте\s+также
      | ähnliche\s+beiträge|articles\s+similaires|entradas\s+relacionadas
      | leave\s+a\s+(?:comment|reply)|(?:tags?|categor(?:y|ies)|etiketler|kategoriler)\s*:.*
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_CATEGORY = re.compile(
    r"(?:analysis|commentary|opinion|report|news|policy\s+brief|brief|article|column|"
    r"analiz|yorum|görüş|rapor|haber|makale|аналитика|анализ|комментарий|мнение|статья|"
    r"analyse|kommentar|meinung|commentaire|tribune|análisis|opinión|artículo)",
    re.IGNORECASE,
)
_DATELINE_LABEL = re.compile(
    r"(?:published|posted|updated|date|yayın\s+tarihi|tarih|yayınlanma|опубликовано|дата|"
    r"veröffentlicht|publié\s+le|publicado)\s*(?:on|:)?\s*",
    re.IGNORECASE,
)
_BIBLIOGRAPHIC = re.compile(r"[“”«»„\"]|(?<!\d)(?:19|20)\d{2}(?!\d)")
_SHORT = 200
_HEADER_BLOCKS = 8


def is_chrome(text: str) -> bool:
    stripped = text.strip()
    return len(stripped) <= _SHORT and CHROME.fullmatch(stripped) is not None


def is_notes_heading(text: str) -> bool:
    stripped = text.strip()
    return len(stripped) <= 60 and NOTES_HEADING.fullmatch(stripped) is not None


def entry_start_of(block: Block) -> EntryStart | None:
    """How ``block`` starts as a footnote entry: from the markup, or from a label at its start."""
    if block.note_label is not None:
        return EntryStart(block.note_label, "bracket", block.body_start)
    return match_entry_start(block.text)


_FAMILIES = {"bracket": "bracket", "sup": "sup", "number": "number", "paren": "number", "caret": "number"}


def same_family(first: EntryStart, other: EntryStart) -> bool:
    """Whether two entry labels are written alike ("[1]" and "[iv]" are; "[1]" and "1." are not)."""
    return _FAMILIES[first.kind] == _FAMILIES[other.kind]


def _looks_bibliographic(text: str) -> bool:
    return URL_PATTERN.search(text) is not None or _BIBLIOGRAPHIC.search(text) is not None


def _prose(block: Block) -> str:
    """The block's text without its code spans: a URL in code (`http://localhost:8080`) cites nothing."""
    text = block.text
    for start, end in sorted(block.masked, reverse=True):
        text = text[:start] + " " + text[end:]
    return text


def notes_section_start(blocks: Sequence[Block], starts: Sequence[EntryStart | None]) -> int | None:
    """Index of the first block of the footnote section, or None when there is none.

    After a notes heading ("Notes", "Kaynakça", "Примечания" …) when there is one; otherwise the
    last unbroken run of blocks that start with an entry label. A run of plain "1." items that
    cites nothing is a numbered list, not notes, and the run before it is tried: a run is notes
    when more than half its items look bibliographic (a URL, a quoted title or a year outside code).
    In the 22 public READMEs of fixtures/readmes, numbered how-to lists had at most one such item
    in three ("Visit `http://localhost:8080`", a quoted word); endnote lists have one in nearly
    every item.
    """
    for index, block in enumerate(blocks):
        # The list follows its heading: a "Note:" before a paragraph is an aside, not the notes.
        if is_notes_heading(block.text) and index + 1 < len(starts) and starts[index + 1] is not None:
            return index + 1
    runs: list[list[int]] = []
    for index, start in enumerate(starts):
        if start is None:
            continue
        if runs and runs[-1][-1] == index - 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    for run in reversed(runs):
        kinds = {start.kind for start in (starts[i] for i in run) if start is not None}
        bibliographic = sum(1 for i in run if _looks_bibliographic(_prose(blocks[i])))
        if kinds <= {"number", "paren"} and bibliographic * 2 <= len(run):
            continue
        return run[0]
    return None


@dataclass(frozen=True, slots=True)
class Header:
    """The top of a document: which block is its title and which its dateline."""

    title_index: int | None
    title: str | None
    dateline_index: int | None
    date: dt.date | None


def _dateline(text: str) -> dt.date | None:
    stripped = text.strip()
    if len(stripped) > 80:
        return None
    label = _DATELINE_LABEL.match(stripped)
    for value, start, end in find_dates(stripped):
        if label is not None or (end - start) * 2 >= len(stripped):
            return value
    return None


def read_header(blocks: Sequence[Block], stop: int) -> Header:
    """Find the title and dateline among the short blocks before the first real paragraph."""
    title_index = next((i for i, b in enumerate(blocks[:stop]) if b.kind == "title"), None)
    dateline_index: int | None = None
    date: dt.date | None = None
    for index, block in enumerate(blocks[: min(stop, _HEADER_BLOCKS)]):
        text = block.text.strip()
        if len(text) > _SHORT:
            break
        value = _dateline(text)
        if value is not None:
            if dateline_index is None:
                dateline_index, date = index, value
            continue
        if title_index is not None or "\n" in text or is_chrome(text) or _CATEGORY.fullmatch(text):
            continue
        words = len(text.split())
        # A line that carries a marker is a cited sentence, not the title.
        if block.anchors or TEXT_MARKER.search(text) is not None:
            continue
        if 2 <= words <= 30 and text[-1] not in ".,;:" and match_entry_start(text) is None:
            title_index = index
    title = (
        " ".join(blocks[title_index].text.split()).lstrip("#").strip() if title_index is not None else None
    )
    return Header(title_index, title or None, dateline_index, date)
