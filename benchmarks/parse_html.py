"""Metamorphic check: the parse eval's Markdown documents, rendered to HTML, must parse as they do as Markdown.

What it measures. For every Markdown document of fixtures/parse-eval that is not in a part held back
unseen (the parse eval's HELD_BACK: skipped, never opened), the document is parsed as it is and after
rendering it to HTML as common site generators do (markdown-it-py's "gfm-like" preset: tables,
strikethrough, linkify; mdit_py_plugins' footnote plugin, so "[^1]: …" becomes
``<section class="footnotes"><ol><li id="fn1">…`` with "↩" back links; link reference definitions
resolved into hrefs), wrapped in ``<html><body><article>…</article></body></html>`` and read as
``.html``; YAML front matter is left out, as the generators read it as settings, but for its
``title``, which the page layout prints as the page's ``<h1>``. Every truth field (title, URL, access date) right on the Markdown and wrong on the HTML
copy is a field LOST (and the reverse GAINED).

Fairness. A rendering that changes what a reader of the page sees is the generator's, not the
parser's: a document is an ARTIFACT (reported, not scored) when a paragraph of the rendering joins
source lines that the source shows as separate entries, with no ``<br>`` between them: two or more
of its lines open like an entry (a label "[1]", "1.", "^1", "1)" or a pipe "|" of a table without a
delimiter row) or carry an address each. Written one a line with no blank line between them, such
entries are one run-on paragraph in any browser. A document is an artifact too when the rendering
drops footnote definitions nothing cites (the footnote plugin, like most generators, leaves them
out). Footnotes are renumbered by first reference, as the page shows them; the truth's labels are
mapped to the rendered numbers.

Figures (branch p10-html, 2026-12-06; 690 Markdown documents, the held-back parts skipped: 582
scored, 15,741 truth fields; 108 artifacts: 56 with entry lines joined, 52 with notes the page does
not show (uncited footnotes, link reference definitions, sources in the front matter), 4 with
pandoc/kramdown attributes shown as text):

* main at af597b5: 1377 fields lost (title 733, URL 515, access date 129), 39 gained, 159 documents
  worse;
* branch p10-html: 665 lost (title 368, URL 240, access date 57), 18 gained, 117 documents worse.
  Fixed, by cause: an "<ol>" item's number, which its text does not hold (Block.list_number, from
  the list's ``start``), and a loose item's first "<p>" as the item; "<br>" a new line of the block
  (entries kept one a line in one paragraph); a table under a notes heading read as one of sources;
  an item of paragraphs only kept as one block; a run-in numbered list in one "<ol>" item split
  from the item's shown number; an item's bullet or number and a heading's level written again in
  the lines the readers of source lines read ("- #### Bailey - [Title](…)"). The parse eval itself: every footnote of the 763 documents read
  (title, URL, access date, publisher) identical to main's.

* branch p10-html2: 508 lost (title 303, URL 168, access date 37), 22 gained, 108 documents worse.
  Fixed, by cause: a table under a notes heading keyed by its first column's values (hb21-tr's
  "W1" ledger, rows with two links); bold field labels opening lines of one "<p>" (hb17's record
  register "CV01"); rows under a first cell spanning them ("rowspan", hb15-de-html-table); list
  items' nesting depth where markdown-it writes nested "<li>" flush left (bold topics over nested
  items: hb33-fr, hb18-en, hb33-sv; bold topic items over nested links: hb28-fr); a heading first in a list item read as the item's paragraph
  (the de-bsi keyed headings); "Quellen" a source column's name as "Quelle" is (hb24-de). The parse eval: every part's figures identical to main's.

Left (the 508, by cause, from the largest documents): a front-matter "<h1>" title before an
author-title list (en-titlefirst-ebm-classics: the same page written with "# Title" loses its first
entry as Markdown too, a regions matter); source numbering the rendering renumbers ("2." "3." "3."
in hb15-ru-gost: the browser shows 1 … n); publisher-quoted titles whose Markdown emphasis the HTML
spans place otherwise (hb27); fr-html-cidoc.

    .venv/bin/python benchmarks/parse_html.py [-v] [--show FILE] [--artifacts]

``-v`` prints every lost field; ``--show FILE`` prints one document's HTML and its footnotes
before/after (labels, titles, URLs, access dates); ``--artifacts`` scores the artifacts too.
"""

from __future__ import annotations

import argparse
import html
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
UNSEEN = tuple(HELD_BACK)

# A source line that opens like an entry of its own, or carries an address.
_ENTRY_LINE = re.compile(r"\s*(?:>\s*)*(?:\[\^?\w{1,4}\]|\^?\d{1,4}[.):\]]|\|)")
_ADDRESS = re.compile(r"https?://|www\.")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?:.*\n)*?(?:---|\.\.\.)[ \t]*(?:\n|\Z)")
_TITLE_SETTING = re.compile(r"^title:[ \t]*(\S.*)$", re.MULTILINE)
_KRAMDOWN_ATTRIBUTES = re.compile(r"^\s*\{:[^{}\n]*\}\s*$", re.MULTILINE)
_HARD_BREAK = re.compile(r"(?: {2,}|\\)$")
_PANDOC_ATTRIBUTES = re.compile(r"\]\{[#.][^{}\s]+(?:\s[^{}]*)?\}")


@cache
def _renderer() -> Any:
    from markdown_it import MarkdownIt
    from mdit_py_plugins.footnote import footnote_plugin

    return MarkdownIt("gfm-like").use(footnote_plugin)


def front_matter(text: str) -> str:
    """``text`` without its YAML front matter ("---⏎layout: page⏎…⏎---"), which site generators
    (Jekyll, Hugo, Eleventy) read as the page's settings, never show."""
    found = _FRONT_MATTER.match(text)
    return text[found.end() :] if found else text


def render(text: str) -> str:
    body = _renderer().render(front_matter(text))
    settings = text[: len(text) - len(front_matter(text))]
    titled = _TITLE_SETTING.search(settings)
    if titled:
        # The page layout prints the front matter's title as the page's heading (Jekyll's
        # "<h1 class="post-title">{{ page.title }}</h1>", Hugo's and Eleventy's alike).
        title = html.escape(titled.group(1).strip().strip("\"'"))
        body = f"<h1>{title}</h1>\n{body}"
    return f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body><article>\n{body}</article></body></html>\n'


def footnote_numbers(text: str) -> tuple[dict[str, str], list[str]]:
    """The number each footnote label is rendered with, and the labels the rendering drops.

    The footnote plugin numbers notes by their first reference ("[^7]" cited first is note 1) and, as
    markdown-it and most generators do, leaves out a definition nothing cites."""
    env: dict[str, Any] = {}
    _renderer().parse(text, env)
    refs = env.get("footnotes", {}).get("refs", {})
    numbers = {label[1:]: str(at + 1) for label, at in refs.items() if at >= 0}
    dropped = [label[1:] for label, at in refs.items() if at < 0]
    return numbers, dropped


def joined_entries(text: str) -> list[int]:
    """Source lines (1-based) the rendering joins to the line before though the source shows them as
    separate entries: a paragraph's line, with no hard break before it, that opens like an entry
    after a line that did, or carries an address after a line that did."""
    lines = text.split("\n")
    found = []
    for token in _renderer().parse(text):
        if token.type != "paragraph_open" or not token.map:
            continue
        start, end = token.map
        for at in range(start + 1, end):
            before, line = lines[at - 1], lines[at]
            if _HARD_BREAK.search(before):
                continue
            if (_ENTRY_LINE.match(before) and _ENTRY_LINE.match(line)) or (
                _ADDRESS.search(before) and _ADDRESS.search(line)
            ):
                found.append(at + 1)
                break
    return found


def hidden_entries(text: str, labels: list[str]) -> list[str]:
    """Labels of truth notes the rendering does not show: link reference definitions ("[3]: https://…")
    are no text of the page, only the hrefs of the links that use them."""
    env: dict[str, Any] = {}
    _renderer().parse(text, env)
    defined = {key.upper() for key in env.get("references", {})}
    return [label for label in labels if str(label).strip("[]").upper() in defined]


def pandoc_attributes(page: str) -> bool:
    """The page shows pandoc's or kramdown's attribute syntax as text ("[]{#_Toc23 .anchor}Literatur…",
    "{: .fs-2}" between notes): a source of another flavour, which this generator does not read, so
    its headings, spans and paragraphs read otherwise."""
    shown = re.sub(r"<[^>]+>", "", page)
    return bool(_PANDOC_ATTRIBUTES.search(shown) or _KRAMDOWN_ATTRIBUTES.search(shown))


def _footnotes(data: str, path: Path) -> dict[str, Any]:
    parsed = parse_bytes(data.encode(), path=str(path), today=TODAY)
    return {_label(fn.label): fn for fn in parsed.footnotes}


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    options.add_argument("-v", action="store_true", help="print every lost field")
    options.add_argument("--show", help="one document's HTML and footnotes before/after")
    options.add_argument("--artifacts", action="store_true", help="score artifacts too (reported apart)")
    args = options.parse_args()
    truth = load_truth()
    unseen = {name for key in UNSEEN for name in truth.get(key, [])}
    lost: Counter[str] = Counter()
    gained: Counter[str] = Counter()
    worse: list[tuple[str, int]] = []
    artifacts: list[tuple[str, list[int], list[str], bool]] = []
    total = documents = 0
    for document in truth["document"]:
        name = document["file"]
        if name in unseen or not name.endswith(".md"):
            continue
        if args.show and name != args.show:
            continue
        path = DOCUMENTS / name
        text = path.read_text(encoding="utf-8")
        joined = joined_entries(text)
        numbers, dropped = footnote_numbers(text)
        dropped += hidden_entries(text, [str(note["label"]) for note in document["note"]])
        settings = text[: len(text) - len(front_matter(text))]
        dropped += [  # sources listed in the front matter ("sources:⏎  - https://…"): not on the page
            str(note["label"])
            for note in document["note"]
            if isinstance(note.get("url"), str) and note["url"] and note["url"] in settings
        ]
        page = render(text)
        pandoc = pandoc_attributes(page)
        if (joined or dropped or pandoc) and not args.show:
            artifacts.append((name, joined, dropped, pandoc))
            if not args.artifacts:
                continue
        documents += 1
        before, after = _footnotes(text, path), _footnotes(page, path.with_suffix(".html"))
        if args.show:
            print(page, "\n" + "=" * 80)
            show_notes(before, after)
        count = 0
        for note in document["note"]:
            label = _label(note["label"])
            rendered = _label(numbers.get(str(note["label"]).strip("[]^ "), note["label"]))
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
    print(
        f"rendered to HTML: {documents} documents, fields lost {sum(lost.values())} {dict(lost)}, "
        f"gained {sum(gained.values())} {dict(gained)} of {total}; documents worse {len(worse)}; "
        f"artifacts {'(scored too)' if args.artifacts else '(not scored)'} {len(artifacts)}"
    )
    for name, count in sorted(worse, key=lambda item: -item[1]):
        print(f"    {count:4d}  {name}")
    causes: Counter[str] = Counter()
    for name, joined, dropped, pandoc in artifacts:
        why = [f"lines {', '.join(map(str, joined[:5]))} joined"] if joined else []
        why += [f"notes not shown (uncited or link definitions): {len(dropped)}"] if dropped else []
        why += ["pandoc/kramdown attributes shown as text"] if pandoc else []
        causes.update("entry lines joined" if w.startswith("lines") else w.split(" (")[0] for w in why)
        print(f"    ARTIFACT {name} ({'; '.join(why)})")
    print(f"    artifact causes: {dict(causes)}")


if __name__ == "__main__":
    main()
