"""Metamorphic check: the parse eval's Markdown documents, rendered to HTML and copied from the
browser as text (a page pasted into a .txt file or a text box), must parse as the Markdown does.

What it measures. Every Markdown document of fixtures/parse-eval not in a part held back unseen
(the parse eval's HELD_BACK: skipped, never opened) is rendered to HTML exactly as
benchmarks/parse_html.py renders it (markdown-it "gfm-like" + footnote plugin, front-matter title
as "<h1>"), then turned into the text a browser's select-all + copy gives (``pasted``): block
elements on lines of their own, a blank line around paragraphs and headings, list items one a line
with their bullet "•" ("<ul>") or the number the page shows ("1.", from the "<ol>"'s ``start``),
table cells joined by tabs, one row a line, "<br>" a new line, links as their text only (so an
address survives only where the link text is the address), footnote references as their numbers
("[1]" shown as "1") and the "↩︎" back links as the arrow. That text is parsed as ``.txt``; every truth
field (title, URL, access date) right on the Markdown and wrong on the paste is LOST (the reverse
GAINED).

Fairness. Documents parse_html.py calls artifacts (entry lines joined by the rendering, notes the
page does not show, pandoc attributes) are left out here too. A note whose truth URL appears nowhere
in the pasted text (it was only an href behind link text: nothing can recover it) is an ARTIFACT
note: its fields are not scored, and are reported apart (``artifact notes``, by document).

Figures (branch p10-pasted, 2026-12-06; 690 Markdown documents, the held-back parts skipped: 108
left out as parse_html.py's artifacts, 582 scored, 12,308 truth fields scored; 1200 artifact notes
(no truth URL, nor any of its alternatives, in the paste) in 180 documents, 3433 fields, not scored):

* main at 278ec35 (baseline): 1435 fields lost (title 786, URL 497, access date 152), 22 gained,
  178 documents worse.
* tab-separated tables of sources read a row an entry (text._tab_table): 1169 lost (title 671,
  URL 380, access date 118), 22 gained, 166 documents worse.
* bulleted lines one item a line (text._bulleted_items, Block.item): 924 lost (title 523, URL 309,
  access date 92), 21 gained, 151 documents worse.
* ordered items ("1. ") with nested bullets one item a line too: 905 lost (title 517, URL 301,
  access date 87), 21 gained, 151 documents worse.
* a table of one source row with its address: 904 lost (title 516, URL 301, access date 87), 21
  gained, 150 documents worse.
* a notes heading on a line of its own a heading (text._notes_line): 875 lost (title 501, URL 290,
  access date 84), 21 gained, 148 documents worse.
* such a line in capitals read with a marked heading's allowance: 847 lost (title 484, URL 280,
  access date 83), 21 gained, 146 documents worse.
* a bulleted item's block starts after its bullet (a label after it is the item's): 841 lost
  (title 480, URL 278, access date 83), 21 gained, 145 documents worse.

Branch s35-pasted (2026-12-07; 756 documents, 137 left out, 15,258 fields scored): main at d8ff0af
970 lost (title 548, URL 339, access date 83), 26 gained, 177 documents worse; a numbered section
heading over its first subsection ("1. Fuentes …" over "1.1 …") or over keyed entries
("1. DeFi and AMM Theory" over "[ADAMS-2024] …") a heading: 929 lost; a loose bulleted list's
items (a blank line between them) read as a tight list's, each label its item's: 835 lost (title
478, URL 285, access date 72), 20 gained, 170 documents worse.

Left (841, by cause): numbered section headings pasted as "9. Fuentes y Fechas de Consulta" (read
as a note, or, made headings, costing hb28-pt's numbered list: tried, not taken); titles set apart
only by bold or link text, which the paste drops (hb34-es, "• **Evans Data Corporation**: …");
nested lists flattened (a parent item "• Patentability statutes …:" read as a note); footnote
sections whose truth URL is a web.archive.org copy behind "参照" link text (artifacts).

    .venv/bin/python benchmarks/parse_pasted.py [-v] [--show FILE]

``-v`` prints every lost field; ``--show FILE`` prints one document's pasted text and its lost
fields.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from metamorphic import FIELDS, score_note
from parse_html import (  # type: ignore[import-not-found]
    DOCUMENTS,
    UNSEEN,
    footnote_numbers,
    front_matter,
    hidden_entries,
    joined_entries,
    pandoc_attributes,
    render,
)

from citecheck.parse import parse_bytes
from tests.parse.test_parse_eval import TODAY, _label, load_truth

# Line breaks a block asks for around it, as a browser's copied text (innerText) has them.
_PARAGRAPH = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "pre", "blockquote", "hr", "section"}
_LINE = {"div", "li", "tr", "ul", "ol", "dl", "dt", "dd", "article", "header", "footer", "figure"}
_SKIP = {"head", "script", "style"}


class _Copy(HTMLParser):
    """The text of a rendered page as a browser copies it (see the module docstring)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.pending = 0  # line breaks owed before the next text
        self.lists: list[list[Any]] = []  # per open list: [ordered, next number]
        self.marker = ""  # an item's bullet or number, written before its first text
        self.pre = 0
        self.skip = 0
        self.cell = 0  # cells seen in the current row
        self.sup = 0
        self.table = 0  # open tables; whitespace between their cells is no text
        self.in_cell = 0

    def _break(self, count: int) -> None:
        self.pending = max(self.pending, count)

    def _text(self, text: str) -> None:
        if not text:
            return
        if self.out and self.pending:
            while self.out and self.out[-1].endswith(" "):
                self.out[-1] = self.out[-1].rstrip(" ")
            self.out.append("\n" * self.pending)
        self.pending = 0
        if self.marker:
            self.out.append(self.marker)
            self.marker = ""
        self.out.append(text)

    def _at_line_start(self) -> bool:
        return bool(self.pending) or not self.out or self.out[-1].endswith("\n")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
            return
        if tag in ("ul", "ol"):
            start = dict(attrs).get("start")
            self.lists.append([tag == "ol", int(start) if start and start.isdigit() else 1])
        if tag == "li":
            self._break(1)
            if self.lists:
                ordered, number = self.lists[-1]
                self.marker = f"{number}. " if ordered else "• "
                self.lists[-1][1] += 1
            return
        if tag == "table":
            self.table += 1
        if tag in ("td", "th"):
            self.in_cell += 1
            if self.cell:
                self._text("\t")
            self.cell += 1
            return
        if tag == "tr":
            self.cell = 0
        if tag == "br":
            self.out.append("\n")
            return
        if tag == "sup":
            self.sup += 1
        if tag == "pre":
            self.pre += 1
        if tag in _PARAGRAPH:
            # An item's first paragraph follows its marker on the marker's line.
            self._break(0 if self.marker else 2)
        elif tag in _LINE:
            self._break(0 if self.marker else 1)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip -= 1
            return
        if tag in ("ul", "ol") and self.lists:
            self.lists.pop()
        if tag == "table":
            self.table -= 1
        if tag in ("td", "th"):
            self.in_cell -= 1
            while self.out and self.out[-1].endswith(" "):
                self.out[-1] = self.out[-1].rstrip(" ")
        if tag == "sup":
            self.sup -= 1
        if tag == "pre":
            self.pre -= 1
        if tag in _PARAGRAPH:
            self._break(2)
        elif tag in _LINE:
            self._break(1)

    def handle_data(self, data: str) -> None:
        if self.skip or (self.table and not self.in_cell and not data.strip()):
            return
        if not self.pre:
            data = re.sub(r"\s+", " ", data)
            if self._at_line_start() or (self.in_cell and self.out and self.out[-1].endswith("\t")):
                data = data.lstrip(" ")
        if self.sup:  # a footnote reference "[1]" shows as its number
            data = re.sub(r"^\[(\w+)\]$", r"\1", data)
        self._text(data)


def pasted(page: str) -> str:
    """The text a browser's select-all + copy gives for ``page``."""
    copy = _Copy()
    copy.feed(page)
    copy.close()
    text = "".join(copy.out)
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n") + "\n"


def _bare(url: str) -> str:
    return re.sub(r"^(?:https?://)?(?:www\.)?", "", url.strip()).rstrip("/")


def url_shown(url: str, text: str) -> bool:
    """Whether the address ``url`` is written in ``text`` (scheme, "www." and a final "/" aside)."""
    return _bare(url).lower() in text.lower()


def _footnotes(data: str, path: Path) -> dict[str, Any]:
    parsed = parse_bytes(data.encode(), path=str(path), today=TODAY)
    return {_label(fn.label): fn for fn in parsed.footnotes}


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    options.add_argument("-v", action="store_true", help="print every lost field")
    options.add_argument("--show", help="one document's pasted text and lost fields")
    args = options.parse_args()
    truth = load_truth()
    unseen = {name for key in UNSEEN for name in truth.get(key, [])}
    lost: Counter[str] = Counter()
    gained: Counter[str] = Counter()
    worse: list[tuple[str, int]] = []
    artifacts: list[str] = []
    url_artifacts: list[tuple[str, int]] = []
    total = documents = artifact_fields = 0
    for document in truth["document"]:
        name = document["file"]
        if name in unseen or not name.endswith(".md"):
            continue
        if args.show and name != args.show:
            continue
        path = DOCUMENTS / name
        text = path.read_text(encoding="utf-8")
        numbers, dropped = footnote_numbers(text)
        dropped += hidden_entries(text, [str(note["label"]) for note in document["note"]])
        settings = text[: len(text) - len(front_matter(text))]
        dropped += [
            str(note["label"])
            for note in document["note"]
            if isinstance(note.get("url"), str) and note["url"] and note["url"] in settings
        ]
        page = render(text)
        if (joined_entries(text) or dropped or pandoc_attributes(page)) and not args.show:
            artifacts.append(name)
            continue
        documents += 1
        copied = pasted(page)
        before, after = _footnotes(text, path), _footnotes(copied, path.with_suffix(".txt"))
        if args.show:
            print(copied, "\n" + "=" * 80)
        count = hidden = 0
        for note in document["note"]:
            label = _label(note["label"])
            rendered = _label(numbers.get(str(note["label"]).strip("[]^ "), note["label"]))
            urls = note.get("url") or []
            urls = [urls] if isinstance(urls, str) else urls
            if urls and not any(url_shown(url, copied) for url in urls):
                hidden += 1
                artifact_fields += sum(field in note for field in FIELDS)
                continue
            scored, missed = score_note(
                note,
                before.get(label),
                after.get(rendered),
                lost,
                gained,
                shown=name if args.v or args.show else None,
            )
            total += scored
            count += missed
        if count:
            worse.append((name, count))
        if hidden:
            url_artifacts.append((name, hidden))
    print(
        f"pasted as text: {documents} documents, fields lost {sum(lost.values())} {dict(lost)}, "
        f"gained {sum(gained.values())} {dict(gained)} of {total}; documents worse {len(worse)}; "
        f"artifact notes (URL only behind link text) {sum(n for _, n in url_artifacts)} in "
        f"{len(url_artifacts)} documents, {artifact_fields} fields not scored; "
        f"documents left out as parse_html.py's artifacts {len(artifacts)}"
    )
    for name, count in sorted(worse, key=lambda item: -item[1]):
        print(f"    {count:4d}  {name}")
    for name, count in sorted(url_artifacts, key=lambda item: -item[1]):
        print(f"    URL-ARTIFACT {count:4d}  {name}")


if __name__ == "__main__":
    main()
