"""Metamorphic check: the parse eval's Markdown documents, hard-wrapped, must parse as they do unwrapped.

Figures (branch p10-wrap; every Markdown document but the two unseen parts, 690 documents, 18,763
truth fields):

* the lead's first transform (/work/wt/_brief/meta.py: every line over 100 columns cut at 80, list
  items' continuation indented) on main at e9f3fd3: 763 fields lost, 87 documents worse; but 61 of
  its wrapped copies render differently from the original (a cut before "2." or "-" opening a list,
  before "#" or ">", a quotation inside a list item losing its container, a hard break's "\\"
  losing its space, a link definition cut after its destination), so part of that was the
  transform's, not the parser's;
* this careful transform on main at e9f3fd3: 454 lost (title 191, URL 175, access date 88), 8
  gained, 51 documents worse, no artifact;
* branch p10-wrap (markdown._wrapped_breaks read by the Markdown reader and, through
  document._joined_lines, by the readers of source lines; regions._sentence_stops): 187 lost (title
  74, URL 88, access date 25), 20 gained, 31 documents worse; the unwrapped eval: one document
  changes (two fields gained), no field lost in any part;
* after merging main at 4265960 (704 documents, 19,214 fields): main 469 lost, 9 gained, 51
  documents worse; the branch 191 lost (title 76, URL 88, access date 27), 9 gained, 31 documents
  worse; the unwrapped eval against main: the same one document changes, every other footnote of
  the 778 documents read (title, URL, access date, publisher) identical.

* branch p10-wrap2 (main at af597b5: 183 lost, 8 gained, 30 documents worse): a paragraph of
  Markdown hard breaks ("  " or "\\" at two line ends at least) reads its other line ends as spaces
  but after a link or an address (markdown._soft_breaks); a line end inside a link's text is a space
  in a list item of any length (markdown._linked_breaks); a line indented under a list item opening
  a line above it in the paragraph goes on with it (markdown._item_continues, an outliner's nested
  "    - 4. …"): 149 lost (title 55, URL 69, access date 25), 8 gained, 27 documents worse; then a
  paragraph of short lines and address-long ones takes the document's wrap width
  (markdown._document_width) and a link closed on its line ("](…),") leaves no address cut: 114
  lost (title 49, URL 49, access date 16), 8 gained, 23 documents worse; then a label alone on its
  line ("(4)⏎https://…") is no piece of an address cut above it (markdown._LABEL_ALONE): 106 lost
  (title 49, URL 41, access date 16), 8 gained, 22 documents worse; then a list item of two or
  three lines goes on before a word in lower case that did not fit within the document's width,
  but after an address or a cut word (markdown._short_item_breaks): 94 lost (title 44, URL 34,
  access date 16), 8 gained, 21 documents worse; then a quotation's "> " markers count as no
  blank line between its lines (and the reader puts the space where it reads one), and a line
  opening on an access label ("Acessado em: 18/09/2021") goes on with the entry: 65 lost (title
  33, URL 25, access date 7), 8 gained, 16 documents worse (quoted ABNT lists, 16; lists whose
  access label was wrapped down, 13); then a short item's first address after a colon goes on
  ("… AI human capital:⏎  https://…"): 50 lost (title 26, URL 18, access date 6), 8 gained, 12
  documents worse (bare-address notes and link lists, 15); the unwrapped eval's
  per-part tables identical to main's, and every footnote (label, title, URL, access date,
  publisher) of the 690 Markdown documents not held back identical to main's.

Left after p10-wrap2 (the 50): a GB/T list whose "【turn0search3】" source marker wrapped to a
line of its own (12), records one field a line ("**Limit:** …⏎auto-updating …", 10), a pandoc CSL
div list (8), a biblatex list translated to Chinese ("(访问于⏎04/13/2020)", 7), an ABNT list (4),
and single fields in seven documents. Before p10-wrap2 (the 187, by cause): list items of two or three lines whose lines got wrapped (an outliner's
nested "- 5. Author … (2009). "Title⏎…"", an item heading "(novelty, …,⏎written description):",
numbered annotated items: the item reader's own line rules read them, and reading them whole cost
a publisher elsewhere); records written one field a line ("**Use here:** …", "- URL:⏎  https://…"
with several addresses); Word footnotes whose underscore emphasis spans the wrap after a link
destination holding "_" ("[\\[2\\]](#_ftnref2) _Rola …⏎…_,"); entries one a line whose wrapped
line opens on a capital with no other sign that the entry goes on.

What it measures. For every Markdown document of fixtures/parse-eval that is not in a part held back
unseen (heldback-30, heldback-32: skipped, never opened), the document is parsed as it is and after
hard-wrapping its long lines (over 100 columns) at 80 columns, as a careful editor (or Prettier's
``proseWrap: always``) wraps Markdown; every truth field (title, URL, access date) right on the
original and wrong on the wrapped copy is a field LOST (and the reverse GAINED). Hard-wrapped
Markdown (READMEs, docs, notes kept at 80-100 columns) is common, so what breaks here breaks on
unseen documents.

The wrap keeps what the Markdown means:

* only lines of paragraphs are wrapped (markdown-it's block parser, CommonMark + tables + footnotes,
  says which); headings, tables, fences, indented code, HTML blocks (comments among them) and link
  reference definitions are left whole, and so is a line framed by pipes though no delimiter row
  makes it a table (a one-column table of references written without one: a table to its writer);
* a continuation line keeps its container: the item's content column under a list item, "> " under
  a quotation, four spaces under a footnote definition ("[^1]: "), the line's own indent otherwise;
* it breaks only at spaces of text: never inside a code span, an HTML tag, an autolink or a link's
  destination, and never before a word that would open a block at a line's start ("-", "+", "*",
  "2.", "3)", "#", ">", "|", an HTML tag (an autolink "<https://…>" may open a line), "```",
  "~~~", "[^x]:", "[x]:", "=", a thematic break, "{:", ":");
* a line's hard break ("  " or "\\" at its end) stays at the end of its last piece.

Every wrapped copy is checked: its rendering (markdown-it, whitespace runs read as one space) must
equal the original's; a copy that differs is reported as an ARTIFACT and not scored.

    .venv/bin/python benchmarks/parse_wrap.py [-v] [--show FILE] [--width 80] [--longer 100]

``-v`` prints every lost field; ``--show FILE`` prints one document's wrapped text and its footnotes
before/after (labels, titles, URLs, access dates).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from metamorphic import score_note, show_notes

from citecheck.parse import parse_bytes
from tests.parse.test_parse_eval import HELD_BACK, TODAY, _label, load_truth

DOCUMENTS = Path(__file__).resolve().parent.parent / "fixtures" / "parse-eval" / "documents"
# Parts held back unseen (the parse eval's HELD_BACK, whichever they are now): never opened, never scored.
UNSEEN = tuple(HELD_BACK)

# What opens a line: a block quotation's markers, then a list item's or a footnote definition's.
_QUOTE_PREFIX = re.compile(r"(?: {0,3}>[ \t]?)*")
_ITEM = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)")
_FOOTNOTE = re.compile(r" {0,3}\[\^[^\]\s]+\]:[ \t]*")
# A word that would open a block (or end a paragraph) at a line's start.
_OPENS_BLOCK = re.compile(
    r"""(?:[-*+](?:\s|$)|\d{1,9}[.)](?:\s|$)|\#{1,6}(?:\s|$)|>|\||<(?:[!?/]|[A-Za-z][A-Za-z0-9-]*(?:[\s/>]|$))
    |`{3}|~{3}|\[[^\]]*\]:|=+\s*$
    |-{2,}|_{3,}|\*{3,}|\{:|:(?:\s|$)|\+{3})""",
    re.VERBOSE,
)
# Spans a break never falls inside: code spans, HTML tags, autolinks, a link's "](destination)".
_ATOMIC = re.compile(r"(`+).*?\1|<[^<>\n]*>|\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+\"[^\"]*\")?\)")
_HARD_BREAK = re.compile(r"(?: {2,}| *\\)$")
# A line a link reference definition could be read from ("[3]: <a href=…>…</a>" cut after the tag).
_DEFINITION = re.compile(
    r" {0,3}\[[^\]]+\]:\s*(?:<[^<>\n]*>|\S+)(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^()]*\)))?\s*"
)


@cache
def _renderer() -> Any:
    from markdown_it import MarkdownIt
    from mdit_py_plugins.footnote import footnote_plugin

    return MarkdownIt("commonmark").enable("table").use(footnote_plugin)


def _paragraph_lines(text: str) -> set[int]:
    """The (0-based) lines markdown-it reads as a paragraph's text."""
    lines: set[int] = set()
    for token in _renderer().parse(text):
        if token.type == "paragraph_open" and token.map:
            lines.update(range(*token.map))
    return lines


def _continuation(line: str) -> tuple[str, str]:
    """The line's container prefix and the prefix its continuation lines take."""
    quote = _QUOTE_PREFIX.match(line)
    at = quote.end() if quote else 0
    quoted = line[:at]
    rest = line[at:]
    item = _ITEM.match(rest)
    if item:
        return line[: at + item.end()], quoted + " " * item.end()
    note = _FOOTNOTE.match(rest)
    if note:
        return line[: at + note.end()], quoted + "    "
    indent = len(rest) - len(rest.lstrip(" "))
    return line[: at + indent], quoted + " " * indent


def _breaks(body: str) -> list[tuple[int, int]]:
    """Where ``body`` may break: (start, end) of each run of spaces outside atomic spans."""
    atomic = [(m.start(), m.end()) for m in _ATOMIC.finditer(body)]
    spaces = []
    for match in re.finditer(r" +", body):
        if any(start < match.start() < end for start, end in atomic):
            continue
        if _OPENS_BLOCK.match(body, match.end()):
            continue
        spaces.append((match.start(), match.end()))
    return spaces


def wrap_line(line: str, width: int) -> list[str]:
    """One paragraph line wrapped at ``width`` columns, as a careful editor wraps it."""
    prefix, cont = _continuation(line)
    body = line[len(prefix) :]
    hard = _HARD_BREAK.search(body)
    tail = hard.group() if hard else ""
    body = body[: len(body) - len(tail)].rstrip(" ")
    pieces: list[str] = []
    lead = prefix
    while len(lead) + len(body) > width:
        room = width - len(lead)
        fits = [
            b
            for b in _breaks(body)
            if 0 < b[0] <= room and not (lead == prefix and _DEFINITION.fullmatch(lead + body[: b[0]]))
        ]
        if not fits:
            later = [
                b
                for b in _breaks(body)
                if b[0] > 0 and not (lead == prefix and _DEFINITION.fullmatch(lead + body[: b[0]]))
            ]
            if not later:
                break
            fits = later[:1]
        start, end = fits[-1]
        pieces.append(lead + body[:start])
        body, lead = body[end:], cont
    pieces.append(lead + body + tail)
    return pieces


def wrap(text: str, width: int = 80, longer: int = 100) -> str:
    """``text`` with every paragraph line longer than ``longer`` columns wrapped at ``width``."""
    lines = text.split("\n")
    paragraph = _paragraph_lines(text)
    out: list[str] = []
    for number, line in enumerate(lines):
        if number in paragraph and len(line) > longer and not line.lstrip(" >").startswith("|"):
            out.extend(wrap_line(line, width))
        else:
            out.append(line)
    return "\n".join(out)


def rendered(text: str) -> str:
    return re.sub(r"\s+", " ", _renderer().render(text)).replace("> <", "><").strip()


def _footnotes(text: str, path: Path) -> dict[str, Any]:
    parsed = parse_bytes(text.encode(), path=str(path), today=TODAY)
    return {_label(fn.label): fn for fn in parsed.footnotes}


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    options.add_argument("-v", action="store_true", help="print every lost field")
    options.add_argument("--show", help="one document's wrapped text and footnotes before/after")
    options.add_argument("--width", type=int, default=80)
    options.add_argument("--longer", type=int, default=100)
    args = options.parse_args()
    truth = load_truth()
    unseen = {name for key in UNSEEN for name in truth.get(key, [])}
    lost: Counter[str] = Counter()
    gained: Counter[str] = Counter()
    worse: list[tuple[str, int]] = []
    artifacts: list[str] = []
    total = documents = 0
    for document in truth["document"]:
        name = document["file"]
        if name in unseen or not name.endswith(".md"):
            continue
        if args.show and name != args.show:
            continue
        path = DOCUMENTS / name
        text = path.read_text(encoding="utf-8")
        wrapped = wrap(text, args.width, args.longer)
        if rendered(wrapped) != rendered(text):
            artifacts.append(name)
            continue
        documents += 1
        before, after = _footnotes(text, path), _footnotes(wrapped, path)
        if args.show:
            print(wrapped, "\n" + "=" * 80)
            show_notes(before, after)
        count = 0
        for note in document["note"]:
            label = _label(note["label"])
            scored, missed = score_note(
                note,
                before.get(label),
                after.get(label),
                lost,
                gained,
                shown=name if args.v or args.show else None,
            )
            total += scored
            count += missed
        if count:
            worse.append((name, count))
    print(
        f"wrap at {args.width} (lines over {args.longer}): {documents} documents, fields lost "
        f"{sum(lost.values())} {dict(lost)}, gained {sum(gained.values())} {dict(gained)} of {total}; "
        f"documents worse {len(worse)}; artifacts (not scored) {len(artifacts)}"
    )
    for name, count in sorted(worse, key=lambda item: -item[1]):
        print(f"    {count:4d}  {name}")
    for name in artifacts:
        print(f"    ARTIFACT {name}")


if __name__ == "__main__":
    main()
