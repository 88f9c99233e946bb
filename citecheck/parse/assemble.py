"""From a reader's blocks to the Document: footnote entries, markers with their claims, title, date
and language, then the structural findings. Every format goes through here, so all agree.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from bisect import bisect_left
from dataclasses import replace

from citecheck import lazyre
from citecheck.forking import map_split
from citecheck.models import Citation, Document, DocumentFormat, Footnote
from citecheck.parse.blocks import Block, LinkSpan, ReadResult
from citecheck.parse.claims import claims_for
from citecheck.parse.entries import parse_entries
from citecheck.parse.generic import (
    Renderer,
    continued_footnotes,
    generic_footnotes,
    markdown_line,
    sectioned_labels,
    set_apart_counted,
    split_glued,
    split_run_together,
    titled_definitions,
)
from citecheck.parse.inline import InlineCitations, LinkSite, link_sites
from citecheck.parse.language import guess_language
from citecheck.parse.markers import (
    TEXT_MARKER,
    EntryStart,
    KnownLabels,
    find_text_markers,
    label_key,
    label_ordinal,
    match_entry_start,
)
from citecheck.parse.regions import (
    entry_marks,
    find_entries,
    heading_access_dates,
    is_chrome,
    is_notes_heading,
    read_header,
)
from citecheck.parse.repeated_names import names_not_titles
from citecheck.parse.structure import NothingCited, structural_findings
from citecheck.parse.url_keys import urls_from_name_block

# Wider than an entry's URL pattern: in running text "…?item[i]=7" is all URL, no marker.
_RUNNING_TEXT_URL = lazyre.compile(r"(?:https?|ftp)://\S+|(?<![\w.])www\.\S+", re.IGNORECASE)


def _renumbered(entries: list[tuple[Block, EntryStart]]) -> list[str | None]:
    """Each entry's label, with Markdown's lazy numbering resolved: an ordered list written "1.",
    "1.", "1." … is rendered 1, 2, 3 … (CommonMark numbers a list from its first item), so a run of
    two or more list items that all carry the same number is numbered on from it."""
    labels = [start.label for _, start in entries]
    index = 0
    while index < len(entries):
        end = index
        block, start = entries[index]
        while (
            end + 1 < len(entries)
            and block.item
            and start.kind == "number"
            and entries[end + 1][0].item
            and entries[end + 1][1].kind == "number"
            and entries[end + 1][1].label == start.label
        ):
            end += 1
        first = label_ordinal(start.label) if start.label else None
        if end > index and first is not None:
            for offset in range(end - index + 1):
                labels[index + offset] = str(first + offset)
        index = end + 1
    return labels


# A list item whose text opens with its own number again, the list's mark being the converter's: a
# Chinese book's notes converted to Markdown, "1.    1。  请参阅 […](URL)。", "1.  10.  参见 …" (every
# item marked "1.", the note's number after it, with the ideographic full stop or a period; branch
# s39-hunt11, part p39hunt11: the number was read into four titles). Only the number the item is
# labelled with, then a stop and a space: "1. 1.5 million …" or "2. 2020. Title" keep their text.
_REPEATED_NUMBER = lazyre.compile(r"[ \t]*(\d{1,4})[。．.][ \t]+")


def _without_repeated_number(entries: list[tuple[Block, EntryStart]], labels: list[str | None]) -> None:
    """Each list item's entry start moved past its number written again (:data:`_REPEATED_NUMBER`)."""
    for index, ((block, start), label) in enumerate(zip(entries, labels, strict=True)):
        if not block.item or start.kind != "number" or label is None:
            continue
        repeated = _REPEATED_NUMBER.match(block.text, start.length)
        if repeated is not None and repeated.group(1) == label:
            entries[index] = (block, replace(start, length=repeated.end()))


def _footnotes(entries: list[tuple[Block, EntryStart]], blocks: list[Block] | None = None) -> list[Footnote]:
    footnotes: list[Footnote] = []
    labels = _renumbered(entries)
    entries = list(entries)
    _without_repeated_number(entries, labels)
    headed = heading_access_dates(blocks, entries) if blocks is not None else [None] * len(entries)
    parsed = parse_entries(
        [
            (block.text[start.length :], [url for _, url in block.links], entry_marks(block, start.length))
            for block, start in entries
        ]
    )
    for sequence, ((block, start), fields) in enumerate(zip(entries, parsed, strict=True), start=1):
        # Wikipedia's "^ …" entries carry no number: their place in the list is their label.
        label = labels[sequence - 1] or str(sequence)
        body = block.text[start.length :]
        line, column = block.locator.position(0, "")
        footnotes.append(
            Footnote(
                label=label,
                ordinal=label_ordinal(label) or sequence,
                raw=" ".join(body.split()),
                title=fields.title,
                publisher=fields.publisher,
                url=fields.urls[0] if fields.urls else None,
                urls=fields.urls,
                access_date=fields.access_date or headed[sequence - 1],
                line=line,
                column=column,
            )
        )
    return footnotes


def _counted_positions(
    entries: list[tuple[Block, EntryStart]], footnotes: list[Footnote]
) -> frozenset[tuple[int, int]]:
    """(line, column) of the entries that write no label (their label is their place in the list),
    for :func:`citecheck.parse.structure.structural_findings`."""
    return frozenset(
        (fn.line, fn.column)
        for (block, start), fn in zip(entries, footnotes, strict=True)
        if start.label is None and block.note_label is None
    )


# (start, end, label, fixed position or None)
_Marker = tuple[int, int, str, tuple[int, int] | None]


def _masked(block: Block) -> list[tuple[int, int]]:
    """Where no marker can be: explicit anchors, code, and URLs of running text."""
    masked = [(a.start, a.end) for a in block.anchors] + block.masked
    if "://" in block.text or "www." in block.text.lower():
        masked = masked + [m.span() for m in _RUNNING_TEXT_URL.finditer(block.text)]
    return masked


def _markers(block: Block, known: KnownLabels) -> list[_Marker]:
    found = find_text_markers(block.text, known, _masked(block))
    markers: list[_Marker] = [(a.start, a.end, a.label, (a.line, a.column)) for a in block.anchors]
    markers += [(m.start, m.end, m.label, None) for m in found]
    markers.sort(key=lambda m: m[0])
    return markers


def _citations(
    block: Block, markers: list[_Marker], claimed: tuple[str, list[str]] | None = None
) -> list[Citation]:
    """The citations of ``markers``; ``claimed``: their paragraph and claims, when already known."""
    if not markers:
        return []
    paragraph, claims = claimed or claims_for(block.text, [(m[0], m[1]) for m in markers])
    citations = []
    for (start, end, label, fixed), claim in zip(markers, claims, strict=True):
        line, column = fixed if fixed is not None else block.locator.position(start, block.text[start:end])
        citations.append(Citation(label=label, claim=claim, paragraph=paragraph, line=line, column=column))
    return citations


def _row_texts(body: list[Block]) -> dict[int, str]:
    """The whole row of a table whose cells the reader gave as blocks of their own (HTML), by row.

    A cell's sentence is about its row: "A trio … relive a day in a remote cabin.[35]" describes
    the film its row's first cell names ("Blood Punch", cited as "Blood Punch - Fruity Looper").
    Read as its own paragraph the cell shared no word with its note's title, and the offline check
    warned on 114 of the 650 citations of two of mozilla/readability's saved Wikipedia pages (a list
    article's table of films among them) that the title "shares nothing" with the sentence. The row
    is the citation's paragraph: what the checks read around the sentence (citecheck.verify.case).
    Only rows of two or more cells; a Markdown table row is one block already.
    """
    cells: dict[int, list[str]] = {}
    for block in body:
        if block.table_row is not None and block.kind == "paragraph":
            cells.setdefault(block.table_row, []).append(" ".join(block.text.split()))
    return {row: " | ".join(texts) for row, texts in cells.items() if len(texts) > 1}


def _marker_like(block: Block) -> int:
    """How many bracketed labels ``block`` shows outside its masked spans (anchors, code, URLs).

    The spans are found once per block and looked up by bisection: found again for each label, a
    line of 20,000 "[1]" (60 KB) took 5 s and 100,000 took minutes (session 42)."""
    masked = sorted(_masked(block))
    starts: list[int] = []
    ends: list[int] = []
    # Merged: sorted and disjoint, so the last span starting before a label reaches furthest.
    for lo, hi in masked:
        if starts and lo <= ends[-1]:
            ends[-1] = max(ends[-1], hi)
        else:
            starts.append(lo)
            ends.append(hi)
    count = 0
    for m in TEXT_MARKER.finditer(block.text):
        # "(1)" is a marker only beside a "(1)"-labelled list: the message counts bracketed labels.
        if m.group("paren") is not None:
            continue
        at = bisect_left(starts, m.end()) - 1
        if at < 0 or ends[at] <= m.start():
            count += 1
    return count


def _seen_without_citations(blocks: list[Block], body: list[Block], inline_links: bool) -> NothingCited:
    """What a document without citations showed instead, for the ``no-citations`` message."""
    headings = [b.text.strip() for b in blocks if b.kind != "paragraph" or len(b.text) <= 60]
    notes_heading = next((h for h in headings if is_notes_heading(h)), None)
    urls = sum(len(_RUNNING_TEXT_URL.findall(b.text)) for b in body)
    links = sum(len(b.link_spans) for b in body)
    marker_like = sum(_marker_like(b) for b in body)
    return NothingCited(
        notes_heading=notes_heading,
        urls=urls,
        links=links,
        marker_like=marker_like,
        inline_links=inline_links,
    )


def _links_written(line: str, offset: int, spans: list[LinkSpan]) -> str:
    """``line`` (at ``offset`` in its block) with each of ``spans`` written as "[text](url)".

    Spans apart from each other are written in one pass; rewriting the line once per link was
    quadratic in them (a paragraph of 30,000 links: 2.3 s; session 42). Overlapping spans keep the
    one-by-one rewrite from the last, whose result they depend on."""
    ordered = sorted(spans, key=lambda s: s.start)
    if any(earlier.end > later.start for earlier, later in itertools.pairwise(ordered)):
        text = line
        for span in sorted(spans, key=lambda s: s.start, reverse=True):
            a, b = span.start - offset, span.end - offset
            text = f"{text[:a]}[{text[a:b]}]({span.url}){text[b:]}"
        return text
    pieces = []
    cursor = 0
    for span in ordered:
        a, b = span.start - offset, span.end - offset
        pieces.append(f"{line[cursor:a]}[{line[a:b]}]({span.url})")
        cursor = b
    pieces.append(line[cursor:])
    return "".join(pieces)


def _linked_lines(block: Block) -> list[tuple[str, tuple[int, int]]]:
    """A block's lines with their links written as Markdown's, and where each starts in the file."""
    out = []
    offset = 0
    locator = block.locator.fresh()
    for line in block.text.split("\n"):
        position = locator.position(offset, line[:1])
        end = offset + len(line)
        spans = [s for s in block.link_spans if offset <= s.start and s.end <= end and s.end > s.start]
        text = _links_written(line, offset, spans)
        shown = {span.url for span in spans}
        # The set first: a line is searched only for the links it does not show (searched for each
        # of a paragraph's 30,000 links, its 2 MB line took 2.5 s; session 42).
        hidden = [
            url for at, url in block.links if offset <= at <= end and url not in shown and url not in line
        ]
        out.append((" ".join([text, *dict.fromkeys(hidden)]), position))
        offset = end + 1
    return out


def _item_line(block: Block, text: str) -> str:
    """A list item's first line as Markdown writes it ("- …", "3. …"), as the page shows it.

    An HTML list item's block holds its text without the bullet or number the browser draws
    (``Block.item``, ``Block.list_number``); the readers of source lines (generic lists, continued
    lists) tell a list of sources by its "- " and "1. " as they do in Markdown. Guard: only the first
    line of a block the reader marked as an item, and not when the text opens on a label of its own
    ("[3] …", "3. …"). A heading in an item ("<li><h4>Bailey - <a …>Title</a></h4>") is written
    "- #### Bailey - [Title](…)", its level kept, as Markdown writes it. Data
    (benchmarks/parse_html.py, the parse eval's Markdown rendered to HTML): hb29's "Students' picks",
    a list of headed links, read as inline links (L1, L2, …) on the page: 20 fields.
    """
    if block.kind == "paragraph" and match_entry_start(text) is not None:
        return text
    return f"{block.list_number}. {text}" if block.list_number else f"- {text}"


def _bold_line(block: Block, text: str) -> bool:
    """Whether a paragraph of one line is set in bold whole ("<p><strong>Qaynaqlar:</strong></p>"):
    written as Markdown writes it ("**Qaynaqlar:**"), so the readers of source lines tell the
    sources' lead line as they do in the Markdown (benchmarks/parse_html.py: hb29-az-link-list-
    frontend-arasdirma-qaynaqlar's "**Qaynaqlar:**" over lists of "Name: URL" items, read as inline
    links on the page). Guard: a plain paragraph, not an item or a heading, of one line, whose whole
    text is one emphasised run with no link in it."""
    stripped = text.strip()
    return (
        block.kind == "paragraph"
        and not block.level
        and not block.item
        and "\n" not in block.text.strip()
        and bool(stripped)
        and stripped == block.text.strip()
        and not block.link_spans
        and any(kind == "em" and block.text[a:b].strip() == stripped for a, b, kind in block.spans)
    )


def _block_lines(blocks: list[Block]) -> tuple[list[str], list[tuple[int, int]]]:
    """The lines of the blocks, their links written as Markdown's ("[anchor](URL)") so that a line
    read again keeps its link text, the addresses of other links behind them appended, headings
    marked as Markdown's, a blank line between blocks; and where each line starts in the file.

    The cells of one table row (the HTML reader makes each a block) are one line again, written as a
    Markdown table row ("| 1 | Title | [link](URL) |"), so that a table of sources reads as rows,
    its header row their lead (branch p10-generic2)."""
    lines: list[str] = []
    positions: list[tuple[int, int]] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if block.table_row is not None and block.kind == "paragraph":
            row = [block]
            while (
                index + len(row) < len(blocks)
                and blocks[index + len(row)].table_row == block.table_row
                and blocks[index + len(row)].kind == "paragraph"
            ):
                row.append(blocks[index + len(row)])
            index += len(row)
            linked = [_linked_lines(cell) for cell in row]
            cells = [" ".join(text for text, _ in cell).replace("|", "/").strip() for cell in linked]
            lines.append("| " + " | ".join(cells) + " |")
            positions.append(linked[0][0][1])
            if block.table_head:
                # A header row is set apart from the rows under it as Markdown sets it.
                lines.append("|" + " --- |" * len(cells))
                positions.append(positions[-1])
        else:
            index += 1
            for number, (text, position) in enumerate(_linked_lines(block)):
                if block.kind != "paragraph" or block.level:
                    # (A heading in an HTML list item is the item's paragraph, its level kept.)
                    text = f"{'#' * max(block.level, 1)} {text}"
                if number == 0 and block.item:
                    text = _item_line(block, text)
                elif _bold_line(block, text):
                    text = f"**{text}**"
                lines.append(text)
                positions.append(position)
        lines.append("")
        positions.append(positions[-1] if positions else (1, 1))
    return lines, positions


# From this many body blocks their markers and claims are read on every core: a block with a
# marker and its claim takes ~0.1 ms (benchmarks/offline_scale.py's 20 MB text: 20,000 blocks in
# 2.2 s of CPU, 2026-12-06), a fork and the citations sent back ~20–40 ms (verify.SPLIT_MIN_WEIGHT).
SPLIT_MIN_BLOCKS = 2_000


def assemble(
    read: ReadResult,
    *,
    path: str,
    fmt: DocumentFormat,
    today: dt.date | None,
    inline_links: bool = True,
    lines: list[str] | None = None,
    render: Renderer | None = None,
    positions: list[tuple[int, int]] | None = None,
    file_lines: list[str] | None = None,
) -> Document:
    """Build the Document a reader's blocks describe, with its structural findings.

    With ``inline_links`` the links of the running text become inline citations (``L1``, …).
    ``lines``: the source's lines, where the reader may drop or flatten what holds a source list
    (front matter, code blocks, tables); ``render`` reads one of them as the reader would. Without
    them the lines of the blocks stand in (:mod:`citecheck.parse.generic`). ``positions``: where
    each of ``lines`` starts in the file, when they are not the source's lines one for one
    (``file_lines``: then the source's own lines).
    """
    found = find_entries([b for b in read.blocks if b.text.strip()])
    blocks, entries, entry_set, body_end = found.blocks, found.entries, found.indexes, found.body_end
    header = read_header(blocks, body_end)
    skipped = {header.title_index, header.dateline_index}
    body = [
        block
        for i, block in enumerate(blocks[:body_end])
        if i not in entry_set and i not in skipped and not is_chrome(block.text)
    ]
    # The text after the notes of a written document (Markdown, plain text, Word: a "License"
    # paragraph, "Further reading", an author's links) is read for its links, never for markers: a
    # link there is one the reader follows, and skipping it called the document clear without
    # having looked (lychee checks it). Reading the 1,016 visible real documents of the parse sets
    # offline: 15 links more checked in 11 Markdown documents and 5 in 2 Word files, no finding
    # changed. Not on HTML pages: a saved page's text after its notes is mostly the site's own
    # (Wikipedia's "Retrieved from" permanent link, category, authority-control and geohack links,
    # a publisher's footer: 139 links on 31 pages), and its links weighed on the other footnotes'
    # checks (four offline warnings more on en-apple.html's footnotes, "Apple" no longer distinctive).
    after = [
        block
        for i, block in enumerate(blocks[body_end:], start=body_end)
        if fmt != "html"
        and i not in entry_set
        and block.link_spans
        and block.kind != "heading"
        and not is_chrome(block.text)
    ]
    footnotes = names_not_titles(_footnotes(entries, blocks))
    counted = _counted_positions(entries, footnotes)
    # Entries whose labels the HTML reader counted from a bulleted list's items (Block.counted_label).
    bullets = frozenset(
        (fn.line, fn.column) for (block, _), fn in zip(entries, footnotes, strict=True) if block.counted_label
    )
    if lines is None:
        (lines, positions), render = _block_lines(blocks), markdown_line
    # An author-date list: no entry the finder found writes its own label.
    author_date = all(start.label is None and block.note_label is None for block, start in entries)
    footnotes = split_glued(split_run_together(footnotes, render), render, counted=author_date)
    footnotes += generic_footnotes(lines, footnotes, render, positions)
    if file_lines is not None:
        # Lists continued under the next sub-headings are read on the file's own lines, where the
        # entries found have their line numbers.
        footnotes += continued_footnotes(file_lines, footnotes, render)
    else:
        footnotes += continued_footnotes(lines, footnotes, render, positions)
    footnotes += titled_definitions(lines, footnotes)
    footnotes = set_apart_counted(sectioned_labels(footnotes, counted), counted)
    if fmt == "markdown":
        # Addresses given apart, in a block of "Name: URL" lines after the list (url_keys.py).
        urls_from_name_block("\n".join(lines), footnotes)
    known = KnownLabels.of(
        [fn.label for fn in footnotes], [s.label for _, s in entries if s.kind == "paren" and s.label]
    )
    citations: list[Citation] = []
    inline = InlineCitations({url for fn in footnotes for url in fn.urls}, {fn.label for fn in footnotes})
    rows = _row_texts([block for i, block in enumerate(blocks[:body_end]) if i not in entry_set])

    def read_block(block: Block) -> tuple[list[tuple[int, Citation]], list[LinkSite] | None]:
        """A body block's marker citations (by offset) and, with inline links, its links' sites."""
        markers = _markers(block, known)
        if inline_links and block.link_spans:
            # One pass over the paragraph's sentences for its markers and its links.
            paragraph, marker_claims, sites = link_sites(block, [(m[0], m[1]) for m in markers])
            claimed = _citations(block, markers, (paragraph, marker_claims))
            return list(zip((m[0] for m in markers), claimed, strict=True)), sites
        return list(zip((m[0] for m in markers), _citations(block, markers), strict=True)), None

    paragraph_number = 0
    # Each block is read on its own: a long body is spread over the cores (forking.map_split); the
    # inline links are numbered (L1, L2, …) here, in reading order.
    read_blocks = map_split(read_block, body, min_weight=SPLIT_MIN_BLOCKS, name="citecheck-parse")
    read_blocks += [([], link_sites(block, [])[2]) if inline_links else ([], None) for block in after]
    for block, (cited, sites) in zip([*body, *after], read_blocks, strict=True):
        paragraph_number += block.kind == "paragraph"
        if sites is not None:
            cited += inline.cite(sites)
            cited.sort(key=lambda item: item[0])
        row = rows.get(block.table_row) if block.table_row is not None else None
        for _, citation in cited:
            # For editors' "paragraph 4, sentence 2": body paragraphs in reading order.
            citation.paragraph_number = paragraph_number if block.kind == "paragraph" else None
            if row is not None:
                citation.paragraph = row
            citations.append(citation)
    footnotes += inline.entries()
    document = Document(
        path=path,
        title=read.title or header.title,
        date=read.date or header.date,
        format=fmt,
        language=read.language or guess_language(" ".join(b.text for b in body)),
        footnotes=footnotes,
        citations=citations,
    )
    nothing = _seen_without_citations(blocks, body, inline_links) if not footnotes and not citations else None
    # Markers the markup puts inside notes (a note citing its own source) cite those footnotes too.
    noted = frozenset(label_key(a.label) for i in entry_set for a in blocks[i].anchors)
    # Markdown "[^label]:" notes, which renderers number in citation order whatever their labels.
    renumbered = frozenset(
        label_key(label)
        for label in (blocks[i].note_label for i in entry_set if blocks[i].renumbered)
        if label is not None
    )
    document.findings = structural_findings(
        document,
        today=today,
        nothing_cited=nothing,
        counted=counted,
        noted=noted,
        renumbered=renumbered,
        bullets=bullets,
    )
    return document
