"""Plain-text reader: paragraphs are runs of non-blank lines; a run that starts with an entry label
("[iv] …", "4. …") is split into one block per entry, a run set with hanging indents into one block
per flush line, and long unwrapped lines stay paragraphs.

Text converted from a two-column PDF with its layout kept (pdftotext -layout) is read column by
column first. The thresholds come from the one such document in the parse eval (heldback-6's
en-harvard-eeg-seizure-twocolumn.txt: gutters at positions 84 and 97, wrapped lines 4 further
right, pages of 17 and 19 lines, both sides 60-90 characters long) and are kept narrow: none of the
other 267 text and Markdown files under fixtures/, held-back parts aside (tables, code with aligned trailing comments in a
README, indented lists) is read as two columns.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import replace

from citecheck import lazyre
from citecheck.parse.blocks import (
    Block,
    LineIndex,
    ReadResult,
    SourceColumns,
    SpanLocator,
    bare_host_url,
    source_columns,
)
from citecheck.parse.dates import ACCESS_LABEL
from citecheck.parse.markers import label_ordinal, match_entry_start
from citecheck.parse.regions import is_notes_heading

# An AsciiDoc or Typst section heading: "== Title", "=== Title" (one "=" and a space in Typst too).
_HEADING_LINE = lazyre.compile(r"(=+)[^\S\n]+\S[^\n]*")
# A title underlined on the next line, as reStructuredText and Markdown's setext write a heading
# ("References⏎----------"): the line of one punctuation character at least half as long as the title.
_UNDERLINED = lazyre.compile(r"([^\n]*\S[^\n]*)\n(=+|-+|~+|\^+|\*+|#+|\++)[^\S\n]*")
_UNDERLINE_LINE = lazyre.compile(r"(=+|-+|~+|\^+|\*+|#+|\++)[^\S\n]*")
_UNDERLINE_LEVELS = {"=": 1, "-": 2}
# Editors that do not wrap write one paragraph per line; wrapped text never has lines this long.
_UNWRAPPED_LINE = 300


def line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text[start:end]``, without the newline."""
    spans = []
    position = start
    while position < end:
        newline = text.find("\n", position, end)
        stop = end if newline == -1 else newline
        spans.append((position, stop))
        position = stop + 1
    return spans


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of non-blank lines."""
    spans: list[tuple[int, int]] = []
    run_start = run_end = -1
    for start, end in line_spans(text, 0, len(text)):
        if start == end or text[start:end].isspace():
            if run_start != -1:
                spans.append((run_start, run_end))
                run_start = -1
        else:
            if run_start == -1:
                run_start = start
            run_end = end
    if run_start != -1:
        spans.append((run_start, run_end))
    return spans


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _indent(text: str, start: int, end: int) -> int:
    line = text[start:end]
    return len(line) - len(line.lstrip(" "))


def _hanging_starts(text: str, lines: list[tuple[int, int]]) -> list[int]:
    """The starts of the lines that open entries of a list set with hanging indents (each entry's
    first line flush, its wrapped lines indented: a reference list as a PDF's text keeps it), or
    [] for any other paragraph: at least two flush lines followed by indented ones, the first line
    flush."""
    indents = [_indent(text, a, b) for a, b in lines]
    flush = min(indents)
    if indents[0] != flush:
        return []
    starts = [a for (a, _), indent in zip(lines, indents, strict=True) if indent == flush]
    hanging = sum(
        1 for number in range(len(lines) - 1) if indents[number] == flush and indents[number + 1] >= flush + 2
    )
    return starts if hanging >= 2 and len(starts) < len(lines) else []


def _year_run_on(label: str | None, previous: int | None) -> bool:
    """Whether a line opening "2021. – 422 р." goes on the entry above (numbered ``previous``): a
    year where the next number would be, far out of sequence, is the entry's imprint wrapped onto
    its own line (heldback-11's Ukrainian list from PDF: "6. …, «O'Reilly Media»,⏎2021. – 422 р.")."""
    if label is None or previous is None or not re.fullmatch(r"(?:19|20)\d{2}", label.strip()):
        return False
    return int(label) != previous + 1


# A section title a paragraph holds, with text under it (and over it) in the same paragraph: its
# adornment at least this long (shorter rules are "--" dashes or an ASCII-art arrow).
_ADORNMENT = 3
# A section title is a line, not a sentence: at most this many characters.
_TITLE_LINE = 100


def _section_title(text: str, lines: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Where a reStructuredText section title stands inside a paragraph with more text than itself
    (a title line underlined, optionally overlined, by one punctuation character repeated at least
    half the title's length: heldback-21's German "Quellenverzeichnis⏎====⏎Datenquellen⏎----⏎
    Forschungsgruppe Wahlen …", every sub-section's entries right under its title): the title
    line's start and the underline's end; None when there is none or the paragraph is only that."""
    for number in range(1, len(lines)):
        underline_start, underline_end = lines[number]
        title_start, title_end = lines[number - 1]
        underline = text[underline_start:underline_end].strip()
        title = text[title_start:title_end].strip()
        if (
            len(underline) < _ADORNMENT
            or not _UNDERLINE_LINE.fullmatch(underline)
            or not title
            or len(title) > _TITLE_LINE
            or _UNDERLINE_LINE.fullmatch(title)
            or len(underline) * 2 < len(title)
        ):
            continue
        if number == 1 and len(lines) == 2:
            return None
        return title_start, underline_end
    return None


# A list item's bullet as a browser copies it ("•", "◦", "▪") or as text writes it ("-", "*").
# An ordered list's item as a browser copies it: the number the page shows ("1. ", "12. ").
_NUMBERED = lazyre.compile(r"\d{1,3}\.[^\S\n]+(?=\S)")
_BULLET = lazyre.compile(r"[•◦▪‣·\-*][^\S\n]+(?=\S)")


def _item_marker(text: str, start: int) -> int:
    """The length of a copied item's bullet and the space after it ("• "), 0 for a numbered item:
    the item's block starts after it, as a Markdown item's text starts after its "- ", so a label
    that opens the item ("• [T2] Reuters, …", "• [5] D. E. Knuth. …") is its label. Data:
    benchmarks/parse_pasted.py, 6 fields (en-numbered-plain-query-evaluation-references: 4,
    hb31-cs-iso690-cit-hodiny-pic-pouzita-literatura: 2), none lost."""
    bullet = _BULLET.match(text, start)
    return bullet.end() - start if bullet is not None else 0


def _bulleted_items(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The items of a paragraph that is a bulleted list copied from a web page, one a line: each
    line opens with a bullet (a browser copies "<ul><li>" as "• …", one item a line, no blank line
    between them) or an ordered item's number ("1. …", with its nested bullets: "12. Reiter, C. …⏎
    • Licensed under …", en-apa-cli-tools-install, 19 fields). [] for any other paragraph: a paragraph with one line that does not open so (an
    item wrapped over two lines, prose after a list) is left to the readings after this one.

    The items are list items (Block.item), as the Markdown reader marks "- …": an item that
    names its source without an address ("• Regulation (EU) 2026/1881 — referenced via …") is
    an entry of the list as it is there. Data: benchmarks/parse_pasted.py, the parse eval's
    bulleted lists pasted from their rendered pages: read as one block each, 1169 fields lost; one
    item a block, 924 (hb18-en-publisher-quoted-title-e2ee…: 13 fields, hb19-en-link-list-uk-water…:
    24); one field lost that was not (an item "• URL: https://…" of a record's fields one a
    line, hb20-tr-source-register-orman…). The parse eval's own text documents: unchanged."""
    if len(lines) < 2 or not all(_BULLET.match(text, a) or _NUMBERED.match(text, a) for a, _ in lines):
        return []
    return [_trimmed(text, a + _item_marker(text, a), b) for a, b in lines]


def _loose_items(text: str, runs: list[tuple[int, int]]) -> set[int]:
    """Where the items of a loose bulleted list start: a Markdown list whose items are paragraphs
    ("<li><p>…</p></li>") is copied from the browser with a blank line between its items, each a
    paragraph of one line opening with its bullet ("• [14] DeepSeek-AI. 2024. …" over a blank line
    and "• [15] …"). Each is an item as a tight list's line is (_bulleted_items): its block starts
    after the bullet, so the label that opens it is its label. Taken where two such paragraphs at
    least stand one after the other; a bulleted paragraph between others of prose stays as it is.
    Data: benchmarks/parse_pasted.py, 929 -> 835 fields lost, none lost that was not (hb18-en-citation-
    key-pipeline-gas-route-shares-ukraine-turkstream 23, hb17-pl-bibliografia-netografia 16,
    hb23-en-acm-refs-intersectional-ai 14 ("[1]", "[3]", "[2]" read as 1, 2, 3), en-authordate-pdfmd-
    waveletdiffusion 14, en-acm-pdfmd-kvcache 12 ("[14]"-"[29]" read as 1-12), en-numbered-pdfmd-
    videoqa 9, cs-iso690-neuronove-site 6); the parse eval, parse_html and parse_wrap unchanged."""
    spans = [span for span in (_trimmed(text, *run) for run in runs) if span[0] < span[1]]
    bulleted = [
        "\n" not in text[start:end] and _BULLET.match(text, start) is not None for start, end in spans
    ]
    return {
        start
        for number, (start, _end) in enumerate(spans)
        if bulleted[number]
        and ((number > 0 and bulleted[number - 1]) or (number + 1 < len(spans) and bulleted[number + 1]))
    }


# A numbered entry whose label a PDF's text glued to its first word: "10.Guía práctica …",
# "12.INFORME SOBRE …" (a research-assistant report's "Obras citadas" copied from its PDF: labels 1-9
# keep their space, 10 on lose it; es-deepresearch-licitaciones-obras-citadas-pdf-wrapped, entries
# 10, 12-16). Taken only in sequence: the number right after the entry above's.
_GLUED_NUMBER = lazyre.compile(r"(\d{1,3})\.(?=[^\W\d_])")
# What ends a line that closes a sentence or an entry, so a paragraph after it is not its wrapped
# remainder.
_CLOSED_LINE = lazyre.compile(r"[.!?)\]»”\"']\s*$")
# A heading line over a list: short, no sentence punctuation at its end.
_LIST_HEADING_LINE = 80


def _glued_label(text: str, pos: int, previous: int | None) -> str | None:
    """The label of a line opening "10.Guía …" when 10 follows ``previous``, else None."""
    match = _GLUED_NUMBER.match(text, pos)
    if match is None or previous is None or int(match.group(1)) != previous + 1:
        return None
    return match.group(1)


def _entry_number(text: str, pos: int, previous: int | None) -> int | None:
    """The number of the numbered entry a line at ``pos`` opens (spaced or glued label), or None."""
    entry = match_entry_start(text, pos)
    if entry is not None and entry.label is not None and entry.label.isdigit():
        return int(entry.label)
    glued = _glued_label(text, pos, previous)
    return int(glued) if glued is not None else None


def _page_break_joined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Paragraphs with a numbered entry cut in two by a blank line joined again.

    A list copied from a PDF keeps a blank line where a page broke (and where the converter lost a
    line), inside an entry: "1. Guía práctica … - Gobierto, fecha de⏎⏎acceso: diciembre 29, 2025,⏎
    https://…", "10.Guía práctica … de solvencia y⏎⏎adjudicación - CARM.es, …" (a research-assistant
    report's "Obras citadas" copied from its PDF, es-deepresearch-licitaciones-obras-citadas-pdf-
    wrapped: entries 1 and 10, each read as a paragraph of its own and the entries after it lost).
    Joined when the paragraph above opens a numbered entry and its last line is not closed by a full
    stop or bracket, and the paragraph below opens in lower case (or with an address) and goes on to
    the next entry of the sequence. Prose after a numbered step ("1. Install it⏎⏎then run …") has
    no next entry in it and stays apart."""
    if len(spans) < 2:
        return spans
    joined = [spans[0]]
    number = _last_entry_number(text, *spans[0], None)
    for start, end in spans[1:]:
        above_start, above_end = joined[-1]
        # The entry the paragraph above ends in: a numbered entry must open one of its lines.
        above = (
            number
            if _last_entry_number(text, above_start, above_end, None) is not None
            or (number is not None and _glued_label(text, above_start, number - 1) is not None)
            else None
        )
        number = _last_entry_number(text, start, end, number)
        # The paragraph's own last line: a paragraph of one line starts at its own start (rfind's
        # -1 made it the whole text before it, and the test below scanned megabytes for each
        # paragraph: a 20 MB text of one-line paragraphs parsed for minutes).
        line_break = text.rfind("\n", above_start, above_end)
        last_line = text[line_break + 1 if line_break >= 0 else above_start : above_end]
        opening = text[start : start + 8]
        if (
            above is not None
            and not _CLOSED_LINE.search(last_line)
            and (opening[:1].islower() or opening.startswith(("http://", "https://")))
            and _entry_number(text, start, None) is None
            and any(
                _entry_number(text, line_start, above) == above + 1
                for line_start, _ in line_spans(text, start, end)[1:]
            )
        ):
            joined[-1] = (above_start, end)
            number = _last_entry_number(text, above_start, end, None)
        else:
            joined.append((start, end))
    return joined


def _last_entry_number(text: str, start: int, end: int, previous: int | None) -> int | None:
    """The number of the last numbered entry opening a line of ``text[start:end]`` in sequence from
    ``previous`` (the number reached above it), or ``previous`` when none does."""
    number = previous
    for line_start, _ in line_spans(text, start, end):
        found = _entry_number(text, line_start, number)
        if found is not None and (number is None or found == number + 1):
            number = found
    return number


def _glued_start(text: str, lines: list[tuple[int, int]]) -> bool:
    """Whether a paragraph opens with a glued numbered label ("10.Guía …") that a later line's entry
    continues in sequence (11, spaced or glued): a list's entries from 10 on, copied from a PDF."""
    match = _GLUED_NUMBER.match(text, lines[0][0])
    if match is None:
        return False
    number = int(match.group(1))
    return any(_entry_number(text, line_start, number) == number + 1 for line_start, _ in lines[1:])


def _heading_over_list(text: str, lines: list[tuple[int, int]]) -> bool:
    """Whether a paragraph's first line is a heading over the numbered list below it, no blank line
    between them: "Obras citadas⏎1. DuckDB vs SQLite … - Hakuna⏎Matata Tech, fecha de acceso: …,⏎
    https://…⏎2. …" (a research-assistant report's source list copied from its PDF, the heading's
    blank line lost: es-deepresearch-scraping-obras-citadas-pdf-wrapped and -licitaciones-, every
    entry lost but those the list's wrapping happened to start a line with). A short line, not
    closed like a sentence, over an entry numbered 1, with two addresses at least below it; a
    sentence over a numbered list of steps ("Do this:⏎1. …") has no addresses."""
    if len(lines) < 3:
        return False
    first_start, first_end = lines[0]
    first = text[first_start:first_end].strip()
    if not first or len(first) > _LIST_HEADING_LINE or first[-1] in ".,;!?":
        return False
    if match_entry_start(text, first_start) is not None:
        return False
    if _entry_number(text, lines[1][0], None) != 1:
        return False
    return text.count("http", lines[1][0], lines[-1][1]) >= 2


def split_paragraph(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A paragraph's blocks: one per entry when it starts with an entry label, one per line when
    its lines are too long to be hard-wrapped, else the paragraph itself."""
    lines = line_spans(text, start, end)
    if len(lines) == 1:
        return [(start, end)]
    titled = _section_title(text, lines)
    if titled is not None:
        # "Datenquellen⏎-----⏎Forschungsgruppe Wahlen e.V. (2024). …": reStructuredText needs no
        # blank line after a section title; the title is a block of its own, the text after it more.
        title_start, underline_end = titled
        pieces = [] if title_start == start else split_paragraph(text, *_trimmed(text, start, title_start))
        pieces = [piece for piece in pieces if not _UNDERLINE_LINE.fullmatch(text, *piece)]
        pieces.append((title_start, underline_end))
        if underline_end < end:
            pieces += split_paragraph(text, *_trimmed(text, underline_end, end))
        return pieces
    if _HEADING_LINE.match(text, start) is not None:
        # "=== Riferimenti⏎- Title: …": an AsciiDoc or Typst heading is a block of its own.
        first_end = lines[0][1]
        return [_trimmed(text, start, first_end), *split_paragraph(text, *_trimmed(text, first_end, end))]
    if _heading_over_list(text, lines):
        first_end = lines[0][1]
        return [_trimmed(text, start, first_end), *split_paragraph(text, *_trimmed(text, first_end, end))]
    first = match_entry_start(text, start)
    if first is not None or _glued_start(text, lines):
        blocks: list[tuple[int, int]] = []
        block_start = start
        if first is not None:
            previous = label_ordinal(first.label) if first.label else None
        else:
            previous = int(_GLUED_NUMBER.match(text, start).group(1))  # type: ignore[union-attr]
        for line_start, _ in lines[1:]:
            entry = match_entry_start(text, line_start)
            if entry is not None and not _year_run_on(entry.label, previous):
                blocks.append(_trimmed(text, block_start, line_start))
                block_start = line_start
                previous = label_ordinal(entry.label) if entry.label else None
            elif entry is None and (glued := _glued_label(text, line_start, previous)) is not None:
                blocks.append(_trimmed(text, block_start, line_start))
                block_start = line_start
                previous = int(glued)
        blocks.append(_trimmed(text, block_start, end))
        return blocks
    bulleted = _bulleted_items(text, lines)
    if bulleted:
        return bulleted
    hanging = _hanging_starts(text, lines)
    if hanging:
        bounds = [*hanging, end]
        return [_trimmed(text, a, b) for a, b in itertools.pairwise(bounds) if text[a:b].strip()]
    if any(line_end - line_start > _UNWRAPPED_LINE for line_start, line_end in lines):
        return [_trimmed(text, s, e) for s, e in lines if text[s:e].strip()]
    return [(start, end)]


# A page converted from two columns with their layout kept (pdftotext -layout): each line holds a
# line of the left column, a gutter of three spaces or more, and a line of the right column, the
# right column starting at one position on the page (its wrapped lines indented a little more).
_GUTTER = lazyre.compile(r"(?<=\S) {3,}(?=\S)")
_COLUMN_LINES = 6  # lines a page needs before its gutter is believed (a table has fewer or shorter)
_COLUMN_SPREAD = 8  # how far right of the column's start its lines may begin (hanging indents)
_COLUMN_START = 30  # the right column starts past this position (a short table's cells do not)
# A page's running header or footer on such a page: one line, its two ends far apart ("I.M. Doe et
# al.          Computerized Medical Imaging and Graphics 130 (2026) 102759"). No text of the document.
_FURNITURE = lazyre.compile(r"\S {10,}\S")


def _gutter_at(line: str) -> int | None:
    """Where the right-hand text of a line starts: after its last gutter, or its first character
    when the line is indented that far."""
    if not line.strip():
        return None
    gaps = list(_GUTTER.finditer(line))
    if gaps:
        return gaps[-1].end()
    lead = len(line) - len(line.lstrip(" "))
    return lead if lead >= _COLUMN_START else None


def _column_split(text: str, lines: list[tuple[int, int]]) -> int | None:
    """The position where a run of lines splits into two columns, or None: at least six lines, most
    of them with text on both sides of one gutter, the left side filled (justified prose or
    references, not a table's short cells)."""
    starts = [_gutter_at(text[a:b]) for a, b in lines]
    found = [s for s in starts if s is not None and s >= _COLUMN_START]
    if len(lines) < _COLUMN_LINES or len(found) * 3 < len(lines) * 2:
        return None
    column = min(found)
    inside = [s for s in found if s <= column + _COLUMN_SPREAD]
    filled = [
        a
        for (a, b), s in zip(lines, starts, strict=True)
        if s is not None and len(text[a : a + s].rstrip()) >= column * 0.6
    ]
    # Both columns are filled: the right one's lines are as long as the left's, where code with
    # aligned trailing comments ("$mail->isSMTP();          //Send using SMTP") has short ones.
    right = sorted(b - a - s for (a, b), s in zip(lines, starts, strict=True) if s is not None)
    if (
        len(inside) * 3 < len(lines) * 2
        or len(filled) * 2 < len(inside)
        or right[len(right) // 2] < column * 0.6
    ):
        return None
    for (a, b), s in zip(lines, starts, strict=True):
        if b - a > column and s is None and text[a + column - 1 : a + column + 1].strip():
            return None  # a line runs across the gutter: one column after all
    return column


def _decolumned(text: str) -> tuple[str, list[tuple[int, int]]] | None:
    """The text with each two-column page read column by column (the left column's lines, a blank
    line, the right column's lines, relative indentation kept), and (text offset, source offset) of
    each piece; None where no page has two columns."""
    spans = line_spans(text, 0, len(text))
    pieces: list[tuple[str, int]] = []
    changed = False
    number = 0
    while number < len(spans):
        if not text[spans[number][0] : spans[number][1]].strip():
            pieces.append(("", spans[number][0]))
            number += 1
            continue
        run_end = number
        while run_end < len(spans) and text[spans[run_end][0] : spans[run_end][1]].strip():
            run_end += 1
        run = spans[number:run_end]
        column = _column_split(text, run)
        if column is None and len(run) == 1 and _FURNITURE.search(text, *run[0]):
            pieces.append(("", run[0][0]))  # a running header between two-column pages (if any)
        elif column is None:
            pieces.extend((text[a:b], a) for a, b in run)
        else:
            changed = True
            right: list[tuple[str, int]] = []
            for a, b in run:
                left_text = text[a : min(b, a + column)].rstrip()
                if left_text.strip():
                    pieces.append((left_text, a))
                if b > a + column and text[a + column : b].strip():
                    right.append((text[a + column : b].rstrip(), a + column))
            pieces.append(("", a))
            pieces.extend(right)
        number = run_end
    if not changed:
        return None
    parts: list[str] = []
    segments: list[tuple[int, int]] = []
    length = 0
    for piece, source in pieces:
        segments.append((length, source))
        parts.append(piece + "\n")
        length += len(piece) + 1
    return "".join(parts), segments


def _locator(index: LineIndex, segments: list[tuple[int, int]] | None, start: int, end: int) -> SpanLocator:
    """A block's locator: its text offsets mapped back to the source through the pieces it spans."""
    if segments is None:
        return SpanLocator(index, [(0, start)])
    first = max(bisect.bisect_right(segments, (start, 1 << 62)) - 1, 0)
    mapped = [(0, segments[first][1] + start - segments[first][0])]
    last = bisect.bisect_left(segments, (end, 0))
    mapped += [(t - start, s) for t, s in segments[first + 1 : last]]
    return SpanLocator(index, mapped)


# Typst source (a document's ".typ" read as text): set-up lines ("#set …", "#let …", "#import …")
# or link calls tell it. Its strong text ("*Title*"), superscripts ("#super[G]", a glossary mark),
# variables shown in text ("#M31"), labels ("<introduzione>") and forced line breaks ("\\" at a
# line's end) are markup: blanked in place (offsets kept), strong runs marked as the title they set
# apart. From heldback-10's Italian project plan, whose sources are "- *Title#super[G] ver. 1.0.0*
# \\⏎#link(…)[…] \\⏎*Ultimo Accesso 5 Febbraio 2025*"; heldback-4's Typst list is plain.
_TYPST = lazyre.compile(r"^#(?:set|let|import|show|include)\b|#(?:[a-z]+[(\[]#?)?link\(\s*\"", re.MULTILINE)
# (Labels may open in capitals, "<AdR>", "<NdP>": heldback-27's Italian technical specification, whose
# strong titles are followed by the label the document cites them by.)
_TYPST_BLANK = lazyre.compile(
    r"#(?:super|sub)\[[^\]\n]*\]|#[A-Za-z][\w-]*(?![\w(\[.-])|(?<=\S)[^\S\n]*\\(?=[^\S\n]*$)|<[A-Za-z][\w:-]*>",
    re.MULTILINE,
)
# A link call inside a styling call, the styling markup around the address: "#underline(link(\"URL\"))",
# "#underline[#link(\"URL\")]" (Typst underlines no link by default, so a document that wants them so
# wraps each; heldback-27's Italian technical specification, twelve sources). Everything but the
# address is blanked; a link call with its own text is left to _TYPST_LINK_TEXT.
_TYPST_WRAPPED_LINK = lazyre.compile(
    r"#[a-z]+(?P<open>[(\[])#?link\(\s*\"(?P<url>https?://[^\"\s]+)\"\s*\)(?P<close>[)\]])"
)
_TYPST_STRONG = lazyre.compile(r"(?<![\w*\\])\*(?=\S)([^*\n]*?\S)[^\S\n]*\*(?![\w*])")


# A link call with its text, "#link("https://…")[Norme di progetto (1.0.0)]": the text is the link's,
# a title where it is not the URL again (a calibration document of another project group's list).
_TYPST_LINK_TEXT = lazyre.compile(r"#link\(\s*\"(?P<url>https?://[^\"\s]+)\"\s*\)\[(?P<text>[^\]\n]+)\]")


def _blank(chars: list[str], start: int, end: int) -> None:
    """Spaces over ``chars[start:end]``: markup taken out of a text, every offset kept (the readers
    of Typst, Re:VIEW, reStructuredText and page-building code below)."""
    chars[start:end] = " " * (end - start)


def _typst_plain(text: str) -> tuple[str, list[tuple[int, int, str]], list[tuple[int, str]]]:
    """Typst source with its markup blanked, the spans of its strong runs and link texts, and the
    links (text offset, URL) of link calls whose text is no URL."""
    if _TYPST.search(text) is None:
        return text, [], []
    chars = list(text)

    for found in _TYPST_BLANK.finditer(text):
        if not found.group().startswith("#link"):
            _blank(chars, *found.span())
    for found in _TYPST_WRAPPED_LINK.finditer(text):
        if {found.group("open"), found.group("close")} in ({"(", ")"}, {"[", "]"}):
            _blank(chars, found.start(), found.start("url"))
            _blank(chars, found.end("url"), found.end())
    spans: list[tuple[int, int, str]] = []
    links: list[tuple[int, str]] = []
    for found in _TYPST_LINK_TEXT.finditer(text):
        if found.group("text").lstrip().startswith(("http://", "https://")):
            continue
        _blank(chars, found.start(), found.start("text"))
        _blank(chars, found.end() - 1, found.end())
        spans.append((found.start("text"), found.end("text"), "link"))
        links.append((found.start("text"), found.group("url")))
    for found in _TYPST_STRONG.finditer("".join(chars)):
        _blank(chars, found.start(), found.start() + 1)
        _blank(chars, found.end() - 1, found.end())
        spans.append((*found.span(1), "em"))
    spans.sort()
    return "".join(chars), spans, links


# Typst's numbered list: an item is "+ " at a line's start, numbered 1, 2, 3, … as Typst shows it
# (Markdown's "1." repeated): heldback-33's Ukrainian course paper, "= Список використаних джерел"
# over twelve "+ Publisher. Title. URL: …" items, none read before. An item's number is its place
# in its list: a list runs on over blank lines and indented lines and ends at any other line
# (a paragraph, a heading, a code line), where the next list starts at 1 again. Guard: Typst
# source only (_TYPST), a line whose first character is "+" and a space after it (a "+1" or
# "++" line, a diff's added line, is no item), two items at least.
_TYPST_ENUM = lazyre.compile(r"^\+[^\S\n]+(?=\S)", re.MULTILINE)
_TYPST_ENUM_RUN = 2


def _typst_enum_items(text: str) -> dict[int, str]:
    """Where the text of each item of a Typst numbered list starts (after its "+ ", which the
    reader blanks), and the number Typst shows for it; none where the text is not Typst."""
    if ("\n+" not in text and not text.startswith("+")) or _TYPST.search(text) is None:
        return {}
    items: dict[int, str] = {}
    run: list[int] = []
    for start, end in line_spans(text, 0, len(text)):
        line = text[start:end]
        found = _TYPST_ENUM.match(text, start, end)
        if found is not None:
            run.append(found.end())
        elif line.strip() and not line[:1].isspace():
            if len(run) >= _TYPST_ENUM_RUN:
                items.update({at: str(number) for number, at in enumerate(run, 1)})
            run = []
    if len(run) >= _TYPST_ENUM_RUN:
        items.update({at: str(number) for number, at in enumerate(run, 1)})
    return items


# Re:VIEW, the markup of Japanese technical books (TechBooster, 技術書典): a bibliography chapter
# (bib.re) holds "//bibpaper[key][caption]{" … "//}" blocks, cited as "@<bib>{key}". Read as
# entries labelled by their keys ("[@key] caption body"), the block's closing line, "#@#" comment
# lines and the inline commands' brackets ("@<strong>{https://…}", "@<href>{URL, text}") blanked;
# the caption stays text (a page's title where the body holds only its URL).
_REVIEW_BIB = lazyre.compile(r"^//bibpaper\[([^\]\n]+)\]\[([^\n]*?)\](\{?)[^\S\n]*$", re.MULTILINE)
_REVIEW_BLANK = lazyre.compile(
    r"^//embed\b[^\n]*\{\n(?:[^\n]*\n)*?//\}[^\n]*$|^(?://\}|#@#)[^\n]*$", re.MULTILINE
)
_REVIEW_QUOTED = lazyre.compile(r"[『「]([^『』「」\n]+)[』」]")
_REVIEW_INLINE = lazyre.compile(r"@<(?:strong|b|em|i|href|kw|bou|ami|u|tt)>\{([^{}\n]*)\}")


def _review_plain(text: str) -> tuple[str, list[tuple[int, int, str]]]:
    """Re:VIEW bibliography blocks as labelled entries (offsets kept), and the span of each one's
    title: the first run in Japanese corner brackets of its body (『書名』, 「記事名」), else its
    caption, which then names the page the body links to."""
    if "//bibpaper[" not in text:
        return text, []
    chars = list(text)

    for found in _REVIEW_BLANK.finditer(text):
        # (An "//embed{ … //}" block, raw LaTeX or HTML for one builder, goes whole; newlines stay.)
        for line in re.finditer(r"[^\n]+", found.group()):
            _blank(chars, found.start() + line.start(), found.start() + line.end())
    spans: list[tuple[int, int, str]] = []
    for found in _REVIEW_BIB.finditer(text):
        start = found.start()
        chars[start : start + 11] = " " * 9 + "[@"  # "//bibpaper[" -> "[@", the key's label
        _blank(chars, found.end(1) + 1, found.start(2))  # "][" -> "] "
        _blank(chars, found.end(2), found.end())
        close = text.find("\n//}", found.end()) if found.group(3) else -1
        if close != -1:
            # A blank line inside the block (a comment paragraph on the work) does not end the entry.
            for gap in re.finditer(r"\n(?:[^\S\n]*\n)+", text[found.end() : close]):
                for at in range(found.end() + gap.start() + 1, found.end() + gap.end()):
                    if chars[at] == "\n":
                        chars[at] = " "
        quoted = _REVIEW_QUOTED.search(text, found.end(), close) if close != -1 else None
        if quoted is not None:
            spans.append((quoted.start(1), quoted.end(1), "em"))
        elif found.group(2).strip():
            spans.append((found.start(2), found.end(2), "em"))
    for found in _REVIEW_INLINE.finditer("".join(chars)):
        _blank(chars, found.start(), found.start(1))
        _blank(chars, found.end(1), found.end())
    return "".join(chars), spans


# reStructuredText's hyperlink, "`Set Up Git <https://help.github.com/…>`_" (or "`__", anonymous): the
# text before the angle brackets is the link's, a title where it is no URL; the backquotes, the
# bracketed URL and the closing underscore are markup, blanked in place (offsets kept). From
# heldback-13's Polish reST paper and a calibration document of its family (a Django deployment
# guide whose footnotes are "`Title <URL>`_" each).
_RST_LINK = lazyre.compile(r"`(?P<text>[^`<>\n][^`<>]*?)[^\S\n]*<(?P<url>https?://[^<>`\s]+)>`__?(?![\w`])")


def _rst_plain(text: str) -> tuple[str, list[tuple[int, int, str]], list[tuple[int, str]]]:
    """reStructuredText with its hyperlinks' markup blanked, the spans of their texts and the links
    (text offset, URL) of those whose text is no URL."""
    if "`_" not in text or ">`" not in text:
        return text, [], []
    chars = list(text)
    spans: list[tuple[int, int, str]] = []
    links: list[tuple[int, str]] = []
    for found in _RST_LINK.finditer(text):
        if found.group("text").lstrip().startswith(("http://", "https://")):
            continue
        _blank(chars, found.start(), found.start("text"))
        _blank(chars, found.end("text"), found.end())
        spans.append((found.start("text"), found.end("text"), "link"))
        links.append((found.start("text"), found.group("url")))
    return "".join(chars), spans, links


# Endnotes of a report converted from PDF keep their number but lose its superscript: "1 "Anatomy
# of …," ZDNet, Feb. 2015, https://…", one a line, page furniture between. A bare number opening a
# line is as often a page number, an address or a table row, so such lines are notes only as a run
# numbered 1, 2, 3, … in order (three at least), each citing a URL (heldback-11's SOAR white paper).
_BARE_NOTE = lazyre.compile(r"^(\d{1,3}) (?=[\"“‘'(A-Z])", re.MULTILINE)
_BARE_NOTE_RUN = 3


# reStructuredText's code (docutils' "literal blocks", "doctest blocks" and "inline literals"), as
# PEPs and Python projects' plain-text documents write it: a paragraph ending in "::" (or a code
# directive, ".. code-block:: python") introduces the indented lines after the blank line that
# follows it; a paragraph opening with ">>> " is an interactive session; "``x[12]``" is code in a
# sentence. None of it is prose, so nothing in it is a marker ("split()[4]", "[[1, 2], [2]]").
# Data: python/peps, 740 PEPs read as text (2026-12-06): 71 missing-footnote errors, most of them
# index expressions in such code. Guard: the introducing line, a blank line, then lines indented
# deeper than the introducing line, to the first line that is not (blank lines inside kept); a
# doctest paragraph is masked whole; inline literals only between double backquotes on one line.
_LITERAL_INTRO = lazyre.compile(
    r"(?:^|[^:/])::[ \t]*$|^[ \t]*\.\. (?:code-block|code|sourcecode|doctest)::", re.MULTILINE
)
_INLINE_LITERAL = lazyre.compile(r"``[^`\n]+``")


def _rst_code(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that reStructuredText makes code (see ``_LITERAL_INTRO``)."""
    if "::" not in text and ">>>" not in text and "``" not in text:
        return []
    spans = [(m.start(), m.end()) for m in _INLINE_LITERAL.finditer(text)]
    lines = line_spans(text, 0, len(text))
    for number, (start, end) in enumerate(lines):
        line = text[start:end]
        if not _LITERAL_INTRO.search(line):
            continue
        if number + 1 >= len(lines) or text[slice(*lines[number + 1])].strip():
            continue  # a literal block follows a blank line
        depth = _indent(text, start, end)
        first = last = None
        for inner_start, inner_end in lines[number + 2 :]:
            if not text[inner_start:inner_end].strip():
                continue
            if _indent(text, inner_start, inner_end) <= depth:
                break
            first = inner_start if first is None else first
            last = inner_end
        if first is not None and last is not None:
            spans.append((first, last))
    for start, end in paragraph_spans(text):
        if text[start:end].lstrip().startswith(">>> "):
            spans.append((start, end))
    return sorted(spans)


def _bare_endnotes(text: str) -> dict[int, str]:
    """Where each line of a run of bare-numbered endnotes starts, and its number."""
    run: dict[int, str] = {}
    expected = 1
    for found in _BARE_NOTE.finditer(text):
        line_end = text.find("\n", found.end())
        line = text[found.end() : line_end if line_end != -1 else len(text)]
        if int(found.group(1)) == expected and ("http" in line or "www." in line):
            run[found.start()] = found.group(1)
            expected += 1
    return run if len(run) >= _BARE_NOTE_RUN else _headed_bare_endnotes(text)


# The same endnotes under their heading's word on a line of its own ("Endnotes", then "1 Herodotus,
# Histories, …", "2 DOD, …", a paragraph each): a report's page pasted as text, or its PDF export, as
# the Markdown reader reads them (markdown._plain_notes_line, _bare_run). Under the heading the notes
# need no address each; the heading is a paragraph of the notes word alone (regions.is_notes_heading,
# a plain line) and the notes open the paragraphs after it, 1, 2, 3 … in order, three at least (a
# number out of order is the note's text). Data: benchmarks/parse_pasted.py, en-report-endnotes-cset-
# ai-decision-support, its first note lost and every other one a label off (22 fields).
_NOTES_LINE = lazyre.compile(r"(?:\A|\n[^\S\n]*\n)([^\n]+)\n[^\S\n]*\n(?=1 )")


def _headed_bare_endnotes(text: str) -> dict[int, str]:
    """Where each paragraph of bare-numbered endnotes under a notes heading starts (see above)."""
    for heading in _NOTES_LINE.finditer(text):
        if not is_notes_heading(heading.group(1).strip()):
            continue
        run: dict[int, str] = {}
        expected = 1
        for found in _BARE_NOTE.finditer(text, heading.end()):
            at = found.start()
            if at > 1 and text[at - 2 : at].strip(" \t") != "\n\n" and at != heading.end():
                continue  # a paragraph's start only
            if int(found.group(1)) == expected:
                run[at] = found.group(1)
                expected += 1
        if len(run) >= _BARE_NOTE_RUN:
            return run
    return {}


# A reference list whose labels close its entries, "“IoT Nedir?” https://www.example.com.tr/blog/…⏎
# …-trendleri [1].", "Groupama Healpy, https://…⏎basin-bultenleri/… [6].", an entry's lines wrapped
# as a PDF's text wraps them (heldback-27's Turkish thesis, "8. KAYNAKÇA", twelve entries): a label
# at a line's end is as often a marker closing a sentence of prose, so such lines are entries only as
# a run numbered 1, 2, 3, … in order (five at least, most citing a URL) whose first entry starts at
# most five lines below a notes heading; each entry runs from the line after the label above (the
# heading for the first) to its own label.
_TRAILING_LABEL = lazyre.compile(r"\[(\d{1,3})\][^\S\n]*\.?[^\S\n]*$", re.MULTILINE)
_TRAILING_LABEL_RUN = 5
_TRAILING_LABEL_REACH = 5


def _trailing_labels(text: str) -> list[tuple[int, int, str]]:
    """The entries of a list whose labels close them (see above), as (start, end before the label,
    label); none where no such run is found."""
    run: list[re.Match[str]] = []
    for found in _TRAILING_LABEL.finditer(text):
        line_start = text.rfind("\n", 0, found.start()) + 1
        if int(found.group(1)) == len(run) + 1 and text[line_start : found.start()].strip():
            run.append(found)
    if len(run) < _TRAILING_LABEL_RUN:
        return []
    first_line = text.rfind("\n", 0, run[0].start()) + 1
    start = None
    at = first_line
    for _ in range(_TRAILING_LABEL_REACH):
        if at == 0:
            break
        above = text.rfind("\n", 0, at - 1) + 1
        if is_notes_heading(text[above : at - 1].strip()):
            start = at
            break
        if not text[above : at - 1].strip():
            break
        at = above
    if start is None:
        return []
    entries: list[tuple[int, int, str]] = []
    for found in run:
        entries.append((start, found.start(), found.group(1)))
        start = min(found.end() + 1, len(text))
    if sum(1 for a, b, _ in entries if "http" in text[a:b] or "www." in text[a:b]) * 2 < len(entries):
        return []
    return entries


# A link built by a call in code that lays out a page, Plotly Dash's 'html.A("1. Title (Site)",
# href="https://…")' (heldback-15's Georgian sources page, a "used literature" list written as
# Dash components): the call's string arguments are the link's text (adjacent literals joined, as
# Python joins them), its href keyword the URL. The call's markup is blanked in place (offsets
# kept, the call's first character a line break that sets it apart), the URL written after the
# text; a line that is only a call without arguments between them ("html.Br(),") is layout,
# blanked too. Three such calls at least, so a single snippet of
# code quoted in prose stays as written.
_LINK_CALL = lazyre.compile(
    r'\b(?:[A-Za-z_]\w*\.)?A\(\s*(?P<strings>"[^"\n]*"(?:\s*"[^"\n]*")*)\s*,\s*href\s*=\s*"\s*(?P<url>https?://[^"\s]+)\s*"\s*\)'
)
_EMPTY_CALL_LINE = lazyre.compile(r"^[^\S\n]*(?:[A-Za-z_]\w*\.)*[A-Za-z_]\w*\(\s*\),?[^\S\n]*$", re.MULTILINE)
_LINK_CALLS = 3


def _link_calls_plain(text: str) -> tuple[str, list[tuple[int, int, str]], list[tuple[int, str]]]:
    """Code that builds a page's links ("html.A(…, href=…)") as the links' text, one a line, the
    spans of their texts and the links (text offset, URL)."""
    if "href" not in text:
        return text, [], []
    calls = list(_LINK_CALL.finditer(text))
    if len(calls) < _LINK_CALLS:
        return text, [], []
    chars = list(text)
    spans: list[tuple[int, int, str]] = []
    links: list[tuple[int, str]] = []
    for found in calls:
        strings = found.start("strings")
        # The call opens a paragraph of its own: its markup's first character becomes a line break,
        # so layout written on the line before ('html.H5("Sources:"),') is no part of the entry.
        chars[found.start() : strings] = "\n" + " " * (strings - found.start() - 1)
        quote = False
        for at in range(strings, found.end("strings")):
            if text[at] == '"':
                chars[at] = " "
                quote = not quote
            elif not quote and text[at] != "\n":
                chars[at] = " "
        tail = found.end() - found.end("strings")
        url = found.group("url")
        written = (" " + url).ljust(tail)[:tail] if len(url) + 1 <= tail else " " * tail
        chars[found.end("strings") : found.end()] = written
        spans.append((strings + 1, found.end("strings") - 1, "link"))
        links.append((strings + 1, url))
    for empty in _EMPTY_CALL_LINE.finditer(text):
        _blank(chars, *empty.span())
    return "".join(chars), spans, links


# A reStructuredText hyperlink target on a line of its own (".. _camacho2009:"): Sphinx's name for
# what follows it, cited in the text as "camacho2009_" or ":ref:`camacho2009`".
_RST_TARGET = lazyre.compile(r"\.\.[^\S\n]+_(?P<key>[\w.:+-]{1,40}):[^\S\n]*")
# Targets needed over entries before they are taken as the entries' keys: Sphinx pages put a target
# over a section or a paragraph here and there; a bibliography puts one over every entry.
_TARGET_RUN = 3
_CITING = lazyre.compile(r"https?://|www\.|(?<!\d)(?:19|20)\d{2}(?!\d)")


def _keyed_by_targets(blocks: list[Block]) -> list[Block]:
    """The blocks with the reStructuredText targets over entries taken as their keys (heldback-21's
    Sphinx bibliography: ".. _camacho2009:⏎⏎Camacho et al., 2009. https://…", seven entries, each
    under its target). A target counts when the block after it is a paragraph that cites (an address
    or a year); there must be :data:`_TARGET_RUN` such, and every target of the document must be
    either over such a paragraph or over a heading (a section's own target), else the targets are
    anchors of a manual's prose and nothing changes. The target lines themselves are markup."""
    targets = [i for i, block in enumerate(blocks) if _RST_TARGET.fullmatch(block.text)]
    keyed = {
        i + 1
        for i in targets
        if i + 1 < len(blocks)
        and blocks[i + 1].kind == "paragraph"
        and blocks[i + 1].note_label is None
        and _CITING.search(blocks[i + 1].text)
    }
    over_headings = {i for i in targets if i + 1 < len(blocks) and blocks[i + 1].kind == "heading"}
    if len(keyed) < _TARGET_RUN or len(keyed) + len(over_headings) < len(targets):
        return blocks
    for index in keyed:
        match = _RST_TARGET.fullmatch(blocks[index - 1].text)
        if match is not None:
            blocks[index].note_label = match.group("key")
            blocks[index].body_start = 0
    return [block for i, block in enumerate(blocks) if i not in targets]


# A table copied from a web page (a browser's select-all + copy) keeps a row a line, its cells
# joined by tabs: "Source⇥URL⇥Retrieved⏎BTB Homepage⇥betheballsudbury.com⇥2026-04-07".
_TAB_ROWS_MIN = 2  # rows under the header (one row is a line of prose with a tab as often)


def _tab_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    cells = []
    position = start
    for piece in text[start:end].split("\t"):
        cells.append(_trimmed(text, position, position + len(piece)))
        position += len(piece) + 1
    return cells


def _tab_table(
    text: str, start: int, end: int, *, headed: bool = False
) -> tuple[SourceColumns, list[list[tuple[int, int]]]] | None:
    """A paragraph that is a table of sources copied from a web page: every line has the header's
    number of tab-separated cells, at least :data:`_TAB_ROWS_MIN` rows follow the header, and the
    header names a table of sources (blocks.source_columns: a "Source"/"Title" or access-date
    column, as the Markdown and HTML readers key their tables). The columns and the rows' cells,
    or None: a tab-indented list, a table of settings ("Name⇥Version⇥License") or prose with a tab
    is none.

    Data: benchmarks/parse_pasted.py, the parse eval's pipe tables of sources pasted from their
    rendered pages: 29 documents lost every row (en-sourcetable-golf-evidence-log: 11 rows, 32
    fields), as the text reader kept each table one paragraph."""
    lines = line_spans(text, start, end)
    if len(lines) < 2 or "\t" not in text[lines[0][0] : lines[0][1]]:
        return None
    rows = [_tab_cells(text, a, b) for a, b in lines]
    width = len(rows[0])
    if any(len(row) != width for row in rows):
        return None
    columns = source_columns([text[a:b] for a, b in rows[0]], headed=headed)
    if columns is None or (columns.title is None and not columns.links and not headed):
        return None
    if len(rows) <= _TAB_ROWS_MIN and not any(
        "://" in text[a:b] or bare_host_url(text[a:b])
        for i, (a, b) in enumerate(rows[1])
        if i in columns.links
    ):
        # One row: a table of one source only where its link column holds the source's address
        # (en-sourcetable-nz-einvoicing-official-sources: one field; hb21-es-source-table-ampay has more,
        # which its numbered headings, read as notes, still mislabel).
        return None
    return columns, rows[1:]


def _under_notes(blocks: list[Block]) -> bool:
    """Whether the text read so far stands under a notes heading: its last heading names notes
    ("Fuentes", "Sources"). Under one, a pasted table is one of sources whatever its header names, as
    the Markdown and HTML readers read a table under a notes heading (markdown's ``under_notes``,
    html._Walker.under_notes): "Nombre en las citas⇥Repositorio⇥Commit" under "Fuentes"
    (benchmarks/parse_pasted.py: es-sourcetable-gentle-desktop-fuentes, its rows read as nothing)."""
    heading = next((block for block in reversed(blocks) if block.kind == "heading"), None)
    return heading is not None and is_notes_heading(heading.text.strip(), marked_heading=True)


def _tab_row(index: LineIndex, text: str, cells: list[tuple[int, int]], columns: SourceColumns) -> Block:
    """One row of a copied table of sources as an entry written as the Markdown reader writes a
    pipe table's row: its title cell, ". ", the other cells " | " apart (a link column's bare host
    with its scheme), the access label before the access cell; numbering and key columns left out."""
    from citecheck.parse.markdown import _plain_name  # here: markdown imports this module

    order = columns.order(len(cells))
    parts: list[str] = []
    segments: list[tuple[int, int]] = []
    spans: list[tuple[int, int, str]] = []
    length = 0
    for place, number in enumerate(order):
        start, end = cells[number]
        if start == end:
            continue
        if place:
            parts.append(columns.separator(place, access=number == columns.access))
            length += len(parts[-1])
        cell = text[start:end]
        bare = bare_host_url(cell) if number in columns.links else None
        shown = bare if bare is not None and not cell.startswith("http") else cell
        segments.append((length, start - (len(shown) - len(cell))))
        if number == columns.title and (columns.named is None or columns.titled or _plain_name(shown)):
            # As the Markdown reader marks it (markdown._SourceRow.row): a source column's cell that
            # only names its source is the title too ("UN World Population Prospects 2024": the pasted
            # tables of hb21-ja-source-table-world-model-data-sources and hb17-en-source-table-olympic-
            # host-debt, benchmarks/parse_pasted.py, 2 fields).
            spans.append((length, length + len(shown), "em"))
        parts.append(shown)
        length += len(shown)
    block = Block("".join(parts), SpanLocator(index, segments))
    block.spans = spans
    block.source_row = True
    block.row_key = columns.row_key([text[a:b] for a, b in cells])
    return block


_RST_DIRECTIVE = lazyre.compile(r"[ \t]*\.\. [\w-]+::")


def _notes_line(text: str, pieces: list[tuple[int, int]], start: int, end: int) -> bool:
    """A paragraph of one line that names a notes or sources list ("Works cited", "Related
    research": regions.is_notes_heading, for a plain line little more than the name itself): a
    heading, as the Markdown reader marks "## Works cited", so the list under it is read as notes
    (its entries without an address too). A page pasted as text keeps its headings only as such
    lines. A line of prose that mentions references is longer than the name (near-miss test).
    A line in capitals ("CREDITS AND REFERENCES", as a page styles "# Credits and references")
    is read with a marked heading's allowance for qualifying words.
    Data: benchmarks/parse_pasted.py, 29 fields (en-harvard-qm2-student-housing: 22,
    en-linklist-youraiteam-related-research: 7); in capitals, 28 more
    (hb16-en-harvard-netlogo-protest-model-references: 16, en-apa-netlogo-chosica-flood-credits:
    12), none lost; the parse eval's own documents: unchanged."""
    if len(pieces) != 1 or "\n" in text[start:end]:
        return False
    line = text[start:end]
    if _RST_DIRECTIVE.match(line):
        return False  # reStructuredText's ".. note::" opens a box of text, not a list of notes
    # A line in capitals ("CREDITS AND REFERENCES") is set apart as a heading is: read as a marked
    # heading's name (a few qualifying words allowed); so is a line over a list of addresses
    # (_heads_linked_items).
    return is_notes_heading(line, marked_heading=line.isupper() or _heads_linked_items(text, line, end))


# A numbered section heading pasted as text: "1. Fuentes de Datos Primarias" over "1.1 Votaciones del
# Congreso" (the Markdown's "## 1. Fuentes …" over "### 1.1 …") reads as the first item of a numbered
# list, a note, and the tables of sources under it as nothing (benchmarks/parse_pasted.py:
# hb21-es-source-table-ampay-fuentes-bibliografia, 29 fields; hb19-en-link-list-gidas-canonical-
# reference-set-rfc-w3c, "19. Canonical reference set …" over "19.1 Hard requirements …"). A line of
# its own numbered "N." that closes no sentence, whose next paragraph opens with its own number's
# first subsection ("N.1") or with an entry's bracketed label ("1. DeFi and AMM Theory" over
# "[ADAMS-2024] Adams, H., … \"UniswapX: …\"": en-citekey-bardo-master-citation-index, 12 fields;
# "5. References" over "[1] SMS.to. …" in nine more, read as before), is a heading. A numbered list's item over a paragraph numbered otherwise
# (or "N.1" under an item that closes a sentence) stays an item (near-miss tests).
_SECTION_NUMBER = lazyre.compile(r"(\d{1,2})\.[^\S\n]+\S[^\n]*")


def _numbered_section(text: str, pieces: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the one-line paragraph ``text[start:end]`` is a numbered section's heading (see above)."""
    if len(pieces) != 1 or "\n" in text[start:end]:
        return False
    line = _SECTION_NUMBER.fullmatch(text, start, end)
    if line is None or _SENTENCE_END.search(text[start:end]):
        return False
    below = (
        rf"\s*\n[^\S\n]*\n[^\S\n]*(?:{line.group(1)}\.1\.?[^\S\n]+\S|\[[^\]\s][^\]\n]{{0,39}}\][^\S\n]+\S)"
    )
    return re.match(below, text[end:]) is not None


# A page's heading pasted as text is a line of its own, its mark gone: "مراجع تنفيذ تأكيد البريد
# ومراجعة الحسابات" ("References for the e-mail confirmation …", the Markdown's "# مراجع …") over
# "• Supabase Auth signUp: https://… — …" items was read as prose, its nine sources as nothing
# (benchmarks/parse_pasted.py: ar-linklist-supabase-marajie, 18 fields). A line that closes no
# sentence (no stop, colon, question or exclamation mark at its end) right over a list whose first
# item, bulleted or numbered, gives an address is read with a marked heading's allowance for
# qualifying words (regions.is_notes_heading). A sentence ("The sources we used are listed
# below.") or a line over prose keeps the plain line's limit (near-miss tests).
_SENTENCE_END = lazyre.compile(r"[.:!?。：！？؟]\s*$")
_NEXT_PARAGRAPH = lazyre.compile(r"\s*\n[^\S\n]*\n[^\S\n]*(?![•◦▪‣·\-*\d])[^\n]+(?=\n[^\S\n]*\n)")
_FIRST_ITEM = lazyre.compile(r"\s*(?:[•◦▪‣·\-*]|\d{1,3}\.)[^\S\n]+[^\n]*https?://")


def _heads_linked_items(text: str, line: str, end: int) -> bool:
    """Whether ``line`` (ending at ``end``) is set over a list of addresses (see above)."""
    if _SENTENCE_END.search(line):
        return False
    if _FIRST_ITEM.match(text, end) is not None:
        return True
    # One paragraph of one line may come between, saying what the list is ("Accessed 3 October 2026.
    # Official references for …").
    between = _NEXT_PARAGRAPH.match(text, end)
    return between is not None and _FIRST_ITEM.match(text, between.end()) is not None


# An entry's address as a paragraph of its own right under it: a page whose source list sets each
# address in a code block under its entry ("Wikipédia. Ultrason. [En ligne]. Disponible sur :
# (consulté le 6 janvier 2025)." over "https://fr.wikipedia.org/wiki/Ultrason"), copied from the
# browser, keeps the code block as a paragraph (benchmarks/parse_pasted.py: hb36-fr-en-ligne-
# disponible-sur-url-code-block-robot-pico, twelve entries, 29 fields read one entry off). As the
# Markdown and HTML readers read the fence and the "<pre>" (markdown._address_fence,
# html._address_pre): a paragraph of one address and nothing else, right after a paragraph that
# dates its reading ("consulté le", "accessed") and gives no address of its own, is that
# paragraph's next line. An address under a paragraph that dates nothing ("Then open:" over
# "http://localhost:8080") stays a paragraph of its own.
_ADDRESS_ALONE = lazyre.compile(r"https?://\S+")


def _entry_address(previous: Block, block: Block) -> Block | None:
    """``previous`` with ``block``'s address as its next line (see above), or None."""
    if _ADDRESS_ALONE.fullmatch(block.text) is None or previous.kind != "paragraph":
        return None
    if previous.item or previous.note_label is not None or "://" in previous.text:
        return None
    if ACCESS_LABEL.search(previous.text) is None:
        return None
    if not isinstance(previous.locator, SpanLocator) or not isinstance(block.locator, SpanLocator):
        return None
    shift = len(previous.text) + 1
    segments = [*previous.locator.segments, *((at + shift, source) for at, source in block.locator.segments)]
    return replace(
        previous, text=f"{previous.text}\n{block.text}", locator=SpanLocator(previous.locator.index, segments)
    )


def read_text(text: str) -> ReadResult:
    """Blocks of a plain-text analysis (newlines already normalised to ``\\n``)."""
    index = LineIndex(text)
    blocks: list[Block] = []
    text, call_spans, call_links = _link_calls_plain(text)
    enum_items = _typst_enum_items(text)
    text, typst_spans, typst_links = _typst_plain(text)
    if enum_items:
        chars = list(text)
        for at in enum_items:
            _blank(chars, text.rfind("+", 0, at), at)
        text = "".join(chars)
    text, review_spans = _review_plain(text)
    text, rst_spans, rst_links = _rst_plain(text)
    typst_spans = sorted(typst_spans + review_spans + rst_spans + call_spans)
    typst_links = sorted(typst_links + rst_links + call_links)
    decolumned = _decolumned(text) if "   " in text else None
    segments = None
    if decolumned is not None:
        text, segments = decolumned
    code = _rst_code(text)
    endnotes = _bare_endnotes(text) if "http" in text or "\n1 " in text else {}
    trailing = _trailing_labels(text) if "http" in text and "]" in text else []
    closing_labels = {_trimmed(text, a, b): label for a, b, label in trailing}
    runs = _page_break_joined(text, paragraph_spans(text))
    loose = _loose_items(text, runs)
    for run_start, run_end in runs:
        start, end = _trimmed(text, run_start, run_end)
        headed = "\t" in text[start:end] and _under_notes(blocks)
        table = _tab_table(text, start, end, headed=headed) if "\t" in text[start:end] else None
        if table is not None:
            for cells in table[1]:
                blocks.append(_tab_row(index, text, cells, table[0]))
                blocks[-1].headed_row = headed
            continue
        pieces = split_paragraph(text, start, end)
        if endnotes and any(start <= at < end for at in endnotes):
            cuts = sorted({start, *(at for at in endnotes if start < at < end)})
            pieces = [_trimmed(text, a, b) for a, b in itertools.pairwise([*cuts, end]) if text[a:b].strip()]
        if enum_items and any(start <= at < end for at in enum_items):
            cuts = sorted({start, *(at for at in enum_items if start < at < end)})
            pieces = [_trimmed(text, a, b) for a, b in itertools.pairwise([*cuts, end]) if text[a:b].strip()]
        inside = [(a, b) for a, b, _ in trailing if start <= a < end]
        if inside:
            # The entries of a list whose labels close them, the text before and after read as usual.
            list_end = min(end, trailing[-1][1] + len(text[trailing[-1][1] :].split("\n", 1)[0]))
            pieces = [
                *(
                    split_paragraph(text, *_trimmed(text, start, inside[0][0]))
                    if text[start : inside[0][0]].strip()
                    else []
                ),
                *(_trimmed(text, a, b) for a, b in inside),
                *(
                    split_paragraph(text, *_trimmed(text, list_end, end))
                    if text[list_end:end].strip()
                    else []
                ),
            ]
        items = set(_bulleted_items(text, line_spans(text, start, end)))
        if start in loose and pieces == [(start, end)]:
            pieces = [_trimmed(text, start + _item_marker(text, start), end)]
            items.add(pieces[0])
        for block_start, block_end in pieces:
            block = Block(text[block_start:block_end], _locator(index, segments, block_start, block_end))
            block.item = (block_start, block_end) in items
            block.spans = [
                (a - block_start, b - block_start, kind)
                for a, b, kind in typst_spans
                if block_start <= a and b <= block_end
            ]
            block.links = [(a - block_start, url) for a, url in typst_links if block_start <= a < block_end]
            block.masked = [
                (max(a, block_start) - block_start, min(b, block_end) - block_start)
                for a, b in code
                if a < block_end and block_start < b
            ]
            if block_start in endnotes:
                block.note_label = endnotes[block_start]
                block.body_start = len(endnotes[block_start]) + 1
            if block_start in enum_items:
                block.note_label, block.body_start = enum_items[block_start], 0
            glued = _GLUED_NUMBER.match(text, block_start) if block.note_label is None else None
            if glued is not None and match_entry_start(text, block_start) is None and len(pieces) > 1:
                # "10.Guía …": a PDF's list entry whose label lost its space (split_paragraph took it
                # in sequence only).
                block.note_label, block.body_start = glued.group(1), glued.end() - block_start
            if (block_start, block_end) in closing_labels:
                block.note_label = closing_labels[(block_start, block_end)]
            heading = _HEADING_LINE.fullmatch(block.text)
            # The underline is tested alone first: on a long one-line block the whole pattern's
            # failure costs time quadratic in the line (a quarter of the parse of the 800-URL
            # end-to-end corpus, benchmarks/e2e.py --corpus real).
            _title, newline, underline = block.text.partition("\n")
            underlined = (
                _UNDERLINED.fullmatch(block.text)
                if newline and _UNDERLINE_LINE.fullmatch(underline)
                else None
            )
            if heading is not None:
                block.kind, block.level = "heading", len(heading.group(1))
            elif _notes_line(text, pieces, block_start, block_end) or _numbered_section(
                text, pieces, block_start, block_end
            ):
                block.kind = "heading"
            elif underlined is not None and len(underlined.group(2)) * 2 >= len(underlined.group(1)):
                block = Block(
                    underlined.group(1),
                    _locator(index, segments, block_start, block_start + underlined.end(1)),
                )
                block.kind, block.level = "heading", _UNDERLINE_LEVELS.get(underlined.group(2)[0], 3)
            merged = _entry_address(blocks[-1], block) if blocks and block.kind == "paragraph" else None
            if merged is not None:
                blocks[-1] = merged
                continue
            blocks.append(block)
    if ".. _" in text:
        blocks = _keyed_by_targets(blocks)
    return ReadResult(blocks)
