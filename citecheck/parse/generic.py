"""A container-agnostic fallback for source lists the list finder did not see.

Why (branch p10-generic, fixtures/parse-eval/README.md "## Branch p10-generic"): each blind part of
the parse eval first reads ~60 % of its titles and ~70 % of its URLs, and most of its misses are
*structural*: a source list not found at all, or read as running-text links (``L1``, ``L2`` …),
because every new document brings its own container — YAML front matter, "▶" pointer lines, an
indented code block, "(A)"-"(E)" labels, a table whose columns are named in a new language, a lead
sentence instead of a heading (heldback-20: 42 of 67 title misses and 62 of 63 URL misses were
structural; heldback-17 and -19 alike). One rule per container does not generalise, so this module
looks for what every such list has in common, whatever holds it:

* **Lines, not blocks.** The document is read as lines (Markdown and plain text: the source lines,
  so front matter, code blocks and tables the readers drop or flatten are seen; HTML and DOCX: the
  lines of the readers' blocks, their links written back as Markdown's "[text](URL)" so that an item
  read again by :func:`markdown_line` keeps its link text as a title). A line's container decoration is taken off first: indentation,
  quote marks ">", a YAML/list bullet, a pointer glyph ("▶", "►", "→", "•" …), table pipes (a row
  keeps its short key cell and the cells that cite: the one with the address, the title cell before
  a bare address, dated cells after it — a table of facts citing one column keeps that column).
* **An item** is such a line carrying a web address (or DOI) that no entry the list finder found
  cites, that is neither code (the address in quotes, after "=" or "(", a shell or import line) nor
  running prose (more than :data:`_PROSE_WORDS` words besides the address, or more than
  :data:`_MAX_URLS` addresses: a paragraph or a menu line). An address alone on its line takes the
  line before it as its text ("RFC 2119 — Key words …⏎  https://…").
* **A run** is items near each other (at most :data:`_GAP` other non-blank lines between two, no
  heading), at least :data:`_MIN_ITEMS` of them, written alike: every item with a label of one
  family ("[1]", "1.", "(A)", "S1", "[key]") or none.
* **A run is a source list** only with one of three signs (navigation menus, link collections of
  READMEs, changelogs and code samples have none): (1) its lead — the nearest non-blank line before
  it, a heading within :data:`_LEAD_REACH` lines above, a table's header row, a front-matter key —
  names sources in any language the notes headings know ("Sources", "sources_used:", "წყარო",
  "Quellen", "Kaynaklar" …) or :data:`_SOURCE_WORDS` adds (~30 more languages, and "Dataset"), a
  bracketed gloss left out ("Widget tuning (3 sources)" names none); (2) the body cites its labels ("[3]", "[^a]", "(B)") for at least
  half of them; (3) it reads as a bibliography: at least two thirds of its items date themselves
  as references do ("(2020)", ", 2020.", not "written in 2001 by": PHPMailer's README history) in
  at least :data:`_BIB_WORDS` words, and its addresses are spread over at
  least half as many hosts as it has items (a changelog's or a menu's links stay on one site).
* **Entries without an address** of the same list (the same table, bullet or label family, among
  the run's items or next to them up to :data:`_SIBLING_REACH` lines, two blank lines or a label the
  run already has ending the list) are taken with it, so that ordinals count every entry
  (heldback-17's Spanish table: a book first, then web pages; its Polish "Netografia").
* **Labels** are the items' own when every item has one and none repeats; otherwise ordinals, on
  from the last ordinal of the entries already found. A run whose labels would collide with an entry
  already found is left alone (never re-read an entry found, never shadow one).
* **Fields** come from the existing entry readers (``entries.parse_entries``): title, publisher,
  addresses, access date, exactly as for entries the list finder found.

What it did (fixtures/parse-eval/README.md, "## Branch p10-generic"): on main (95b0c32) no field
of calibration or of the studied parts 17, 19, 20 moved (their containers already have rules). On
the parsers from *before* each study, where those containers were unknown, it alone lifted
heldback-17 URLs 175 -> 191/245, heldback-19 181 -> 200/233, heldback-20 163 -> 195/226 (access dates
+8, +7, +5; titles +5, 0, 0), calibration unchanged at each: YAML front matter, "(A)"-lettered
Harvard lines, a "… sources:" sentence, a fenced "Quellenangabe:" list, source tables with columns in
Spanish, Georgian or named "Dataset", a web-source registry.

Entries inside lists (branch p10-generic2, fixtures/parse-eval/README.md "## Branch p10-generic2"):
:func:`sectioned_labels` keeps a second list numbered again from 1 apart ("2.1" …, the first list
keeping its labels: the eval's truth for heldback-20's quiz sources); :func:`split_run_together` and
:func:`_joined_runs` split entries run together in one paragraph at labels in strict sequence
(heldback-19's IEEE list pasted from a PDF); :func:`split_glued` splits author-date entries glued at
an address ("…/cbp-8392/.Government of UK 2018. …": heldback-20's Harvard list); the HTML reader's
table cells are joined into rows in ``assemble._block_lines``. They reuse :data:`_MIN_ITEMS` (three
labels in sequence: the IEEE list's first three read as a list, two "[1] … [2]" are as often a
sentence citing twice), :data:`_BIB_WORDS` (a segment or a glued remainder of fewer words, "Wikipedia
2019.", is a fragment whose rest is in the next paragraph) and :data:`_BIB_SHARE` (two thirds of the
segments dated: eleven of twelve in the IEEE list, none in a paragraph of prose citing in order).

Thresholds and the data behind them (measured on main at 95b0c32 over calibration and the studied
parts 17, 19, 20, and on the pre-study parsers above):
:data:`_MIN_ITEMS` = 3: the smallest unseen lists of heldback-19 and -20 had three to five items
(the GIDAS sub-lists: three to five); two links under a heading are as often "see also" as sources.
:data:`_PROSE_WORDS` = 45: the longest single-line entries of the calibration lists (Chicago notes
with a comment) run to about 40 words besides the address; a running paragraph runs longer.
:data:`_MAX_URLS` = 2: a table row of the calibration CI-runs table carries two addresses (truth
accepts either); a menu or a paragraph line with links carries more.
:data:`_GAP` = 2: an entry wrapped over two lines before its address, or a table row separator,
leaves at most two lines between two addresses of one list.
:data:`_BIB_WORDS` = 4: an author, a title and a year ("Smith J. Big Report. 2020").
:data:`_TAIL_WORDS` = 3: words after an item's last address without a date ("[PDF]", "(in German)")
are an entry's tail; more ("(see page 4 for the figures)") make a sentence that links — the guard
heldback-20's lead-sentence rule set (tests/parse/test_heldback20_rules.py).
:data:`_SIBLING_REACH` = 12: lines looked at beyond a run's first and last address, the eval's
per-document cap of entries (a list of twelve with one address at an end still counts whole).

Lists continued under the next sub-headings (branch p10-found-residual3, fixtures/parse-eval/README.md
"## Branch p10-found-residual3"; :func:`_continued_lists`, :func:`continued_footnotes`): a source
list read in one sub-section goes on under the next sub-heading when the lines there are held as its
are — a table under the very same header row, or bullets of its kind under a sub-heading that names
sources — with or without addresses (heldback-22's two-row Iran register under the header of its
Taiwan register, heldback-24's "### 7.2 Dokumentquellen" handouts, heldback-25's "5.2. Bibliografia"
books: 9 notes of the first-blind misses still not found on main). Probe: 124 invented documents,
main 0/124 read whole, after 124/124; eight near misses unchanged; no other eval document and no
README of fixtures/readmes moved. :data:`_CONTINUED_WORDS` = 25: an unlinked reference runs 8 to 20
words, heldback-27's remark under "## Notes" 44. :data:`_SECTION_WORDS` = 8 and
:data:`_CONTINUATION_LEAD` = 3: the sub-sections' leads were 0 and 1 lines, "5.2. Bibliografia" two
words. Thresholds and tests: tests/parse/test_found_residual3.py.

README sweep (branch p10-readme-sweep: 195 READMEs and docs pages of 25 public repositories, offline
check): 25 of its 41 ``orphan-footnote`` warnings were link lists this fallback took for sources, by
a lead that named none or a label "cited" in code. Four guards (:func:`_names_sources`, :func:`_body`):
an emoji shortcode is no word (":information_source:" over a Russian book list: 3); "source code"
and "open source" name software (BERT's "released under the same license as the source code" over
its model downloads: 10); "dataset" names sources only opening a lead of at most
:data:`_DATASET_LEAD_WORDS` words ("Dataset", "Datasets used:"; not "ASR Dataset" over a results
table, 6, nor a sentence, 3); fenced code and code spans cite nothing ("tokens[1], tokens[2],
tokens[3]" in a Python block, 3). No footnote of the parse eval moved; tests/parse/test_readme_sweep.py.
A second batch of 80 documents (FastAPI's docs in ten languages, tldr pages in eight, ruff, mermaid,
bitcoin/bips, llm.c, public-apis, build-your-own-x), read only after these rules were written:
126 ``orphan-footnote`` warnings on main, 11 after them ("open-source projects like:" over ruff's
106 users, "### Open Source Projects" over public-apis' table, 10), 0 after
:data:`_READING_MAX_RUNS` (build-your-own-x's tutorial sections read as reading lists, 11).
A third batch of 68 (d2l-zh, es6tutorial, You-Dont-Know-JS, kubernetes/community, awesome-go,
awesome-selfhosted): 21 warnings on main, 17 after the rules above; two guards took 7 more — siblings only at the run's
depth (:func:`_depth`: a meeting-minutes archive's agenda lines taken with links nested under
"Resources:", 3 orphans and 2 numbering gaps on invented ordinals) and a table's "Notes" column
names no sources (:func:`_remark_cell`: a team roster, 4).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from urllib.parse import urlsplit

from citecheck import lazyre
from citecheck.forking import map_split
from citecheck.models import Footnote
from citecheck.parse.blocks import Block, ReadResult, sub_closing_run
from citecheck.parse.dates import ACCESS_LABEL
from citecheck.parse.entries import parse_entries
from citecheck.parse.markdown import read_markdown, rst_underlines
from citecheck.parse.markers import label_ordinal
from citecheck.parse.regions import _notes_word as notes_word
from citecheck.parse.regions import entry_marks, heading_words, is_notes_heading
from citecheck.parse.urls import find_urls

Renderer = Callable[[str], Block | None]

_MIN_ITEMS = 3
_PROSE_WORDS = 45
_MAX_URLS = 2
_GAP = 2
_LEAD_REACH = 6
_BIB_WORDS = 4
_TAIL_WORDS = 3
_SIBLING_REACH = 12
_BIB_SHARE = 2 / 3
_CITED_SHARE = 0.5

_DOI = lazyre.compile(r"(?<![\w/.])(?:doi:\s*)?(10\.\d{4,9}/\S+)", re.IGNORECASE)
_ADDRESS_HINT = lazyre.compile(r"://|www\.|(?<![\w/.])(?:doi:\s*)?10\.\d{4,9}/", re.IGNORECASE)
# Container decoration at a line's start: indentation, quote marks, list bullets and glyphs.
# Bullets and pointer glyphs, Western and East Asian ("・", "●", "■", "◆"), and pointing hands and
# link emoji.
_GLYPHS = "-*+•·▪▫◦‣⁃–—→⇒➜➤►▶▸▹▷❯»✓✔☞"
_BULLET = rf"(?:(?:[{re.escape(_GLYPHS)}]|👉|🔗|📎)\ufe0f?\s+|[・●○■□◆◇]\s*)"
_DECORATION = lazyre.compile(rf"^[\s>]*(?:{_BULLET}|\d+\\?\.\s+)?")
_BULLET_ONLY = lazyre.compile(rf"^[\s>]*{_BULLET}")
# An item's own label after the decoration: "[1]", "[^key]", "(A)", "1.", "1)", "S1", "SRC-03".
_LABEL = lazyre.compile(
    r"^(?:\[\^?(?P<bracket>[\w.-]{1,24})\]:?"
    r"|\((?P<paren>[A-Za-z]|\d{1,3})\)"
    r"|(?P<number>\d{1,3})[.)]"
    r"|(?P<key>[A-Z]{1,4}-?\d{1,3}[a-z]?)[.:)]?"
    r")\s+"
    # East Asian labels need no space after them: "【1】", "［1］", "1．", "1、", "①".
    r"|^(?:[【［]\s*(?P<cjk_bracket>[\w.-]{1,12})\s*[】］]|(?P<cjk_number>\d{1,3})[．、]|(?P<circled>[①-⑳]))\s*"
)
_ORDERED = lazyre.compile(r"^[\s>]*(?P<n>\d{1,3})\\?[.)]\s+")
_HEADING = lazyre.compile(r"^\s{0,3}#{1,6}\s|^\s*(?:=+|-+)\s*$")
# A paragraph wholly in bold, a colon inside or after it, heads what follows as a heading does
# ("**Qaynaqlar:**" over sub-leads "Resmi Dokumentasiya:", "Video Dersler:" and their "- Title: URL"
# items: heldback-29's Azerbaijani study guide). Read for a run's lead only.
_BOLD_HEADING = lazyre.compile(r"^(?:\*\*|__)(?=\S)[^*_\n]{1,80}?(?<=\S)(?:\*\*|__)\s*:?$")
_TABLE_RULE = lazyre.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_FENCE = lazyre.compile(r"^\s*(?:```|~~~)")
_CODE_BEFORE_URL = lazyre.compile(r"""(?:["'`=]|(?<!\])\()\s*$""")
_CODE_LINE = lazyre.compile(
    r"^\s*(?:\$\s|>>>\s|curl\s|wget\s|git\s|pip3?\s|npm\s|npx\s|yarn\s|go\s+(?:get|install)\s|docker\s|"
    r"import\s|from\s+\S+\s+import|const\s|let\s|var\s|#include|require\(|<(?:script|link|a|img|iframe)\b|"
    r"[\w.]+\s*=\s*[\"'(\[{]|\w+\(\s*[\"'])"
)
# A Markdown link reference definition ("[docs]: https://… "Title""): the target of a link in the
# text, not an entry (READMEs write dozens).
_REFERENCE_DEFINITION = lazyre.compile(
    r'^\s{0,3}\[[^\]]+\]:\s*<?\S+>?(?:\s+(?:"[^"]*"|\'[^\']*\'|\([^)]*\)))?\s*$'
)
# A year where a reference writes it: in brackets, or between field stops ("(2020)", ", 2020.",
# "2020;22(1)"), not inside a sentence ("written in 2001 by").
_YEAR = lazyre.compile(r"(?:[(\[]|[,.;:]\s*)(?:19|20)\d{2}[a-z]?(?:[)\].,;:]|$)")
_YEAR_ANY = lazyre.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_WORD = lazyre.compile(r"[^\W\d_]{2,}")
# A link's text to 1,000 characters (parse/markdown.py's _INLINE says why).
_MARKDOWN_LINK = lazyre.compile(r"\[([^\]\n]{0,1000})\]\(\s*<?([^()\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
# A link text that is only a host name or an address without its scheme ("stat.example.fi",
# "www.who.int/data").
_HOST_LINK = lazyre.compile(
    r"\[\s*((?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/[^\s\]]*)?)\s*\]\(\s*<?([^()\s>]+)>?\s*\)",
    re.IGNORECASE,
)
_GLOSS = lazyre.compile(r"\([^()]*\)|\[[^\[\]]*\]")
# Words split at spaces and punctuation, not at \W: the vowel signs of Indic scripts are no \w.
_LEAD_SPLIT = lazyre.compile(r"[\s.,;:!?()\[\]{}|/\\\"'«»“”„‘’*#>_=+~-]+")


@dataclass(slots=True)
class _Item:
    line: int  # the line the item starts at
    last: int  # the line its address is on
    text: str  # the item's text, decoration and label off
    label: str | None
    family: str | None
    urls: list[str]


def _addresses(text: str) -> list[str]:
    urls = [url for url, _, _ in find_urls(text)]
    for match in _DOI.finditer(text):
        doi = match.group(1).rstrip(".,;:)")
        if not any(doi in url for url in urls):
            urls.append(f"https://doi.org/{doi}")
    return list(dict.fromkeys(urls))


def _cells(line: str) -> list[str] | None:
    stripped = line.strip()
    if stripped.startswith("|") and stripped.count("|") >= 2:
        return [cell.strip() for cell in stripped.strip("|").split("|")]
    return None


def _source_cells(cells: list[str]) -> list[str]:
    """The cells of a table row that cite: the first holding an address, the cell before it when
    that one is only the address ("| Title | https://… |"), and dated cells after it ("| 2024-05-01
    |"); a row of facts citing its source in one column ("| fact | value | [Title](URL) |") keeps
    only that column."""
    at = next((i for i, cell in enumerate(cells) if _ADDRESS_HINT.search(cell)), None)
    if at is None:
        return cells
    first = at
    # A link whose text is only a host name ("[who.int](…)") gives its address, not a title.
    cells = [*cells[:at], _HOST_LINK.sub(lambda m: f" {m.group(2)} ", cells[at]).strip(), *cells[at + 1 :]]
    visible, behind = _visible(cells[at])
    if at > 0 and not _words_besides(visible, [*behind, *_addresses(visible)]):
        first = at - 1
    after = [cell for cell in cells[at + 1 :] if _YEAR_ANY.search(cell) and len(cell) <= 40]
    return [*cells[first : at + 1], *after]


def _undecorated(line: str) -> tuple[str, bool]:
    """The line without its container decoration, and whether a bullet or glyph led it."""
    cells = _cells(line)
    if cells is not None:
        # A table row: a short first cell is the row's key ("| 1 | Title | URL |", "| A | …").
        parts = [cell for cell in cells if cell]
        key = None
        if (
            len(parts) >= 2
            and len(parts[0]) <= 8
            and " " not in parts[0]
            and not _ADDRESS_HINT.search(parts[0])
        ):
            key, parts = parts[0], parts[1:]
        text = ". ".join(p.rstrip(".") for p in _source_cells(parts))
        return (f"[{key}] {text}" if key is not None else text), False
    bullet = _BULLET_ONLY.match(line) is not None
    ordered = _ORDERED.match(line)
    if ordered is not None:
        return f"{ordered.group('n')}. " + line[ordered.end() :], False
    return _DECORATION.sub("", line, count=1), bullet


def _visible(text: str) -> tuple[str, list[str]]:
    """Markdown link syntax as its text, with the addresses behind the links."""
    behind: list[str] = []

    def keep(match: re.Match[str]) -> str:
        behind.append(match.group(2))
        return f"{match.group(1)} {match.group(2)}" if match.group(1).strip() else match.group(2)

    return _MARKDOWN_LINK.sub(keep, text).replace("**", "").replace("__", ""), behind


def _label_of(text: str) -> tuple[str | None, str | None, str]:
    match = _LABEL.match(text)
    if match is None:
        return None, None, text
    family = match.lastgroup
    label = match.group(family or 0)
    if family == "circled":
        label = str(ord(label) - ord("①") + 1)
    return label, family, text[match.end() :]


def _words_besides(text: str, urls: Sequence[str]) -> list[str]:
    for url in sorted(urls, key=len, reverse=True):
        text = text.replace(url, " ")
    return _WORD.findall(text)


_SCHEME_LETTERS = lazyre.compile(r"[a-z][a-z0-9+.-]*$", re.IGNORECASE)
_SCHEME_CHAR = lazyre.compile(r"[a-z0-9+.-]", re.IGNORECASE)


def _scheme_char(char: str) -> bool:
    return _SCHEME_CHAR.fullmatch(char) is not None


def _is_code(raw: str, text: str) -> bool:
    if _CODE_LINE.match(text) or _CODE_LINE.match(raw.strip()):
        return True
    hint = _ADDRESS_HINT.search(text)
    before = text[: hint.start()] if hint else ""
    # "http" of the address may be preceded by its scheme's letters: look before the scheme.
    before = sub_closing_run(_SCHEME_LETTERS, before, _scheme_char)
    return bool(_CODE_BEFORE_URL.search(before)) and not before.rstrip().endswith(("](", "<"))


def _runs_on(visible: str, urls: Sequence[str]) -> bool:
    """Whether the line's words run on after its last address ("… https://… (see page 4 for the
    figures)"): a sentence that links, not an entry (heldback-20's lead-sentence guard). A closing
    access date or a short remark ("(accessed 3 May 2024)", "[PDF]") is an entry's tail."""
    last = max((visible.rfind(url) + len(url) for url in urls if url in visible), default=-1)
    if last < 0:
        return False
    tail = visible[last:]
    dated = _YEAR_ANY.search(tail) or ACCESS_LABEL.search(tail)
    return len(_WORD.findall(tail)) > _TAIL_WORDS and not dated


def _core(url: str) -> str:
    """An address without its scheme, "www." and DOI resolver, to compare with what entries hold."""
    core = re.sub(r"^(?:https?://)?(?:www\.)?(?:(?:dx\.)?doi\.org/)?", "", url.strip(), flags=re.IGNORECASE)
    return core.rstrip("/").casefold()


def _known(found: Sequence[Footnote]) -> set[str]:
    """What the entries already found cite: their addresses and every address or DOI in their text."""
    entries = [fn for fn in found if fn.kind != "inline"]
    known: set[str] = set()
    for cited in map_split(_cited_cores, entries, min_weight=SPLIT_MIN_LINES, name="citecheck-parse"):
        known |= cited
    return known


def _cited_cores(fn: Footnote) -> set[str]:
    return {_core(url) for url in fn.urls} | {_core(url) for url in _addresses(fn.raw)}


# From this many lines (or entries) the lines are read on every core (citecheck.forking.map_split):
# a line that holds an address takes ~0.1 ms (benchmarks/offline_scale.py's 20 MB text: 40,000
# lines, half of them entries, in ~2 s, 2026-12-06), a fork and its answer ~20–40 ms.
SPLIT_MIN_LINES = 2_000


# An author-date reference's head: authors inverted ("Wan, S., & Paris, C."), then the bracketed year.
# A line so opened is an entry, not prose, up to _ENTRY_WORDS words besides its address (a
# proceedings paper with its venue, publisher, DOI and access note: 47 words in a UK Harvard survey
# of fixtures/parse-eval-docx, over _PROSE_WORDS), and, with no address, an entry of a plain run
# of such lines that it stands inside (_siblings).
_AUTHOR_YEAR_HEAD = lazyre.compile(
    r"[A-ZÀ-Ý][^\W\d_]+(?:[-’'][A-ZÀ-Ý]?[^\W\d_]+)*,\s(?:[A-ZÀ-Ý]\.|[A-ZÀ-Ý][^\W\d_]+)[^()\n]{0,200}?"
    r"\((?:19|20)\d{2}[a-z]?\)"
)
_ENTRY_WORDS = 80


# A line that is a Markdown image and nothing else shows a picture and cites no source: an answer
# engine's export sets each source's site icon on a line of its own before the source's link
# ("![](https://t3.gstatic.com/faviconV2?client=SOCIAL&type=FAVICON&…&url=https://hafryat.com)":
# p42hunt15's Arabic analysis, ten icons read as notes 11-20 after its ten sources, branch
# s42-hunt15b). A linked image ("[![badge](…)](https://…)") and an image beside words are read as before.
_IMAGE_LINE = lazyre.compile(r"\s*(?:[-*+]\s+)?(?:!\[[^\[\]]*\]\([^()\s]*\)\s*)+")


def _item(raw: str, index: int, known: set[str]) -> _Item | None:
    if not _ADDRESS_HINT.search(raw) or _TABLE_RULE.match(raw) or _REFERENCE_DEFINITION.match(raw):
        return None
    if _IMAGE_LINE.fullmatch(raw):
        return None
    text, _ = _undecorated(raw)
    label, family, body = _label_of(text.strip())
    if _is_code(raw, body):
        return None
    visible, behind = _visible(body)
    urls = list(dict.fromkeys([*behind, *_addresses(visible)]))
    urls = [url for url in urls if url.lower().startswith(("http://", "https://", "www."))]
    if not urls or len(urls) > _MAX_URLS or any(_core(url) in known for url in urls):
        return None
    words = len(_words_besides(visible, urls))
    if words > _PROSE_WORDS and not (words <= _ENTRY_WORDS and _AUTHOR_YEAR_HEAD.match(body.strip())):
        return None
    if _cells(raw) is None and _runs_on(visible, urls):
        return None
    return _Item(index, index, body.strip(), label, family, urls)


def _lead_names_sources(lines: Sequence[str], first: int) -> bool:
    """Whether the nearest non-blank line before a run (a heading, a lead sentence, a table's header
    row, a front matter key) or the nearest heading above it names sources."""
    nearest = True
    for index in range(first - 1, max(first - 1 - _LEAD_REACH, -1), -1):
        line = lines[index].strip()
        if not line or _TABLE_RULE.match(line) or _FENCE.match(line) or line == "---":
            continue
        heading = _HEADING.match(lines[index]) is not None or _BOLD_HEADING.match(line) is not None
        if nearest or heading:
            cells = _cells(line)
            if cells is not None:
                # A table's "Notes" column holds a remark on each row, not its sources ("| Area &
                # Handbook Link | Team | Notes |": README sweep, third batch, a team roster).
                cells = [text for text in cells if not _remark_cell(text)]
            if any(_names_sources(text) for text in (cells if cells is not None else [line])):
                return True
        if heading:
            return False
        nearest = False
    return False


_REMARK_CELLS = frozenset(
    [
        *("note", "notes", "remark", "remarks", "comment", "comments", "anmerkung", "anmerkungen"),
        *("nota", "notas", "remarque", "remarques", "備考", "备注", "비고", "примечание", "примечания"),
    ]
)


def _remark_cell(text: str) -> bool:
    words = [w.casefold() for w in _LEAD_SPLIT.split(text.strip()) if w]
    return bool(words) and all(word in _REMARK_CELLS for word in words)


# "Source(s)", "reference(s)", "bibliography", "literature" in languages the notes headings of
# citecheck.parse.regions do not list yet: a lead in any language names its list (heldback-19's and
# -20's Georgian lists and table column were each missed until their language's word was added;
# this list adds the word for the languages of Europe and the largest of Asia and Africa at once,
# for the lead of a generic list only).
_SOURCE_WORDS = frozenset(
    [
        "πηγές",
        "πηγή",
        "βιβλιογραφία",
        "αναφορές",
        "παραπομπές",
        "források",
        "forrás",
        "irodalom",
        "hivatkozások",
        "szakirodalom",
        "lähteet",
        "lähde",
        "kirjallisuus",
        "viitteet",
        "källor",
        "källa",
        "referenser",
        "litteratur",
        "kilder",
        "kilde",
        "kildeliste",
        "referanser",
        "henvisninger",
        "heimildir",
        "surse",
        "sursa",
        "bibliografie",
        "referințe",
        "referinte",
        "източници",
        "източник",
        "литература",
        "извори",
        "джерела",
        "izvori",
        "izvor",
        "viri",
        "literatura",
        "šaltiniai",
        "literatūra",
        "avoti",
        "literatūra",
        "allikad",
        "kirjandus",
        "zdroje",
        "zdroj",
        "irodalomjegyzék",
        "nguồn",
        "khảo",
        "sumber",
        "pustaka",
        "rujukan",
        "sanggunian",
        "स्रोत",
        "संदर्भ",
        "सन्दर्भ",
        "ग्रंथसूची",
        "উৎস",
        "তথ্যসূত্র",
        "மூலங்கள்",
        "ஆதாரங்கள்",
        "מקורות",
        "ביבליוגרפיה",
        "fonts",
        "referències",
        "bibliografia",
        "iturriak",
        "erreferentziak",
        "fontes",
        "vyanzo",
        "marejeo",
        "来源",
        "資料來源",
        "出处",
        "參考",
        "參考資料",
        "參考文獻",
        "出處",
        "参照",
        "引用",
        "сурвалж",
        "manbalar",
        "manbaa",
        "manba",
        "kaynakça",
        # The Turkic languages beside Turkish and Uzbek (heldback-29's Azerbaijani "**Qaynaqlar:**"
        # was read by none): Azerbaijani, Kazakh, Kyrgyz, Tatar, Turkmen.
        "qaynaqlar",
        "qaynaq",
        "mənbələr",
        "дереккөздер",
        "дереккөз",
        "булактар",
        "чыганаклар",
        "çeşmeler",
        # A table or list of the data sets a text draws on cites them as sources (heldback-17's
        # Olympic debt table: "| # | Dataset | Coverage | Format | License | URL |").
        "dataset",
        "datasets",
        "datensätze",
        "datenquellen",
        # A corpus is the data set a study of texts draws on: the documents listed under it are its
        # sources (heldback-29's German "# Korpus" over nine party manifestos' addresses).
        "korpus",
        "corpus",
        "corpora",
        "korpusz",
        "корпус",
    ]
)


def _names_sources(text: str) -> bool:
    # A gloss in brackets only qualifies a heading ("Widget tuning (3 sources: …)" heads no list).
    # An emoji shortcode is a picture, no word (":information_source:"), and "source code" /
    # "open source" name software, not sources (README sweep, module docstring).
    plain = _GLOSS.sub(" ", _EMOJI_SHORTCODE.sub(" ", text)).strip().strip("#*_:>-").strip()
    if not plain or len(plain) > 200:
        return False
    software = _SOFTWARE_SOURCE.sub(" ", plain)
    if is_notes_heading(software.strip(), marked_heading=True):
        return True
    words = [w.casefold() for w in _LEAD_SPLIT.split(software) if w]
    leading = list(words)
    words += heading_words(software)
    if len(leading) > _DATASET_LEAD_WORDS or (leading and leading[0] not in _DATASET_WORDS):
        # "Dataset" names a table's column of data sources ("| # | Dataset | … | URL |") or a list
        # ("Datasets used:"), first in a lead of a few words; in a sentence ("… does not seem to
        # link to the v1.1 datasets any longer, but …") or after another word ("ASR Dataset"
        # beside "STOP Eval WER") it names what a README's links download.
        words = [word for word in words if word not in _DATASET_WORDS]
    return any(notes_word(word) or word in _SOURCE_WORDS for word in words[:12])


# README sweep (module docstring): leads that named no sources but read as if they did.
_EMOJI_SHORTCODE = lazyre.compile(r"(?<![\w:]):[a-z0-9_+-]{2,40}:(?![\w:])")
_SOFTWARE_SOURCE = lazyre.compile(r"\bsource[\s-]+code\b|\bopen[\s-]+source\b", re.IGNORECASE)
_DATASET_WORDS = frozenset(["dataset", "datasets", "datensätze"])
_DATASET_LEAD_WORDS = 3


def _cited(labels: Sequence[str], body: str) -> bool:
    cited = sum(
        1
        for label in labels
        if re.search(rf"(?:\[\^?|\(|【|［){re.escape(label)}(?:\]|\)|】|］)", body) is not None
    )
    return cited >= _CITED_SHARE * len(labels)


def _bibliographic(items: Sequence[_Item]) -> bool:
    dated = sum(
        1
        for item in items
        if _YEAR.search(_visible(item.text)[0]) and len(_words_besides(item.text, item.urls)) >= _BIB_WORDS
    )
    hosts = {
        urlsplit(item.urls[0] if "://" in item.urls[0] else "http://" + item.urls[0]).netloc for item in items
    }
    return dated >= _BIB_SHARE * len(items) and len(hosts) * 2 >= len(items)


# A reading list (the fourth sign): at least :data:`_READING_ITEMS` items, each one Markdown link
# whose text is a work's title (:data:`_TITLE_WORDS` words at least) to an article's page (a path of
# :data:`_ARTICLE_PATH` characters at least, not a site's home), over at least two thirds as many
# hosts as items. heldback-29's "### Students' picks:" — ten "#### Name - [Long title](https://…/
# article/…)" items, eight hosts — named no sources and dated none. A menu links short names to one
# site; an awesome list links a project's name (one or two words) to its repository's home.
_READING_ITEMS = 5
_TITLE_WORDS = 3
_ARTICLE_PATH = 15
# Guard (README sweep, second batch): a document of more than :data:`_READING_MAX_RUNS` runs of link
# items is a link collection whose sections each list tutorials (build-your-own-x: 25 runs, two read
# as reading lists, 11 orphan notes; jwasham's study plans in fixtures/readmes: 53 and 56 runs);
# heldback-29's reading list was its document's one run.
_READING_MAX_RUNS = 5


def _reading_list(items: Sequence[_Item]) -> bool:
    if len(items) < _READING_ITEMS:
        return False
    hosts = set()
    for item in items:
        links = _MARKDOWN_LINK.findall(item.text)
        if len(item.urls) != 1 or len(links) != 1 or len(_WORD.findall(links[0][0])) < _TITLE_WORDS:
            return False
        parts = urlsplit(item.urls[0] if "://" in item.urls[0] else "http://" + item.urls[0])
        if len(parts.path.strip("/")) < _ARTICLE_PATH:
            return False
        hosts.add(parts.netloc.removeprefix("www."))
    return len(hosts) * 3 >= 2 * len(items)


def _runs(lines: Sequence[str], known: set[str]) -> list[list[_Item]]:
    runs: list[list[_Item]] = []
    current: list[_Item] = []
    gap = 0
    previous_text: tuple[int, str] | None = None

    def line_item(index: int) -> _Item | None:
        raw = lines[index]
        return None if _HEADING.match(raw) else _item(raw, index, known)

    items = map_split(line_item, range(len(lines)), min_weight=SPLIT_MIN_LINES, name="citecheck-parse")
    for index, raw in enumerate(lines):
        item = items[index]
        if (
            item is not None
            and previous_text is not None
            and not _words_besides(_visible(item.text)[0], item.urls)
            and not _undecorated(raw)[1]
            and item.label is None
            and _cells(raw) is None
        ):
            # An address alone on its line: the line before it is the entry's text (not for a
            # table's row: the line above it is the table's, its header or delimiter row).
            before_index, before = previous_text
            if before_index == index - 1 or (before_index == index - 2 and not lines[index - 1].strip()):
                label, family, body = _label_of(_undecorated(before)[0].strip())
                if label is not None or item.label is None:
                    item = _Item(
                        before_index,
                        index,
                        f"{body.strip()} {item.text}",
                        label or item.label,
                        family or item.family,
                        item.urls,
                    )
                    if current and current[-1].last >= before_index:
                        item = None
        if item is not None:
            if current and (gap > _GAP or current[-1].family != item.family):
                runs.append(current)
                current = []
            current.append(item)
            gap = 0
            previous_text = None
            continue
        if not raw.strip():
            continue
        if _HEADING.match(raw):
            if current:
                runs.append(current)
            current, gap = [], 0
            previous_text = None
            continue
        gap += 1
        stripped = raw.strip()
        # A line that leads a list ("Sources:", "sources_used:") is no entry's text.
        previous_text = (
            (index, raw)
            if len(stripped) <= 300 and not _ADDRESS_HINT.search(raw) and not stripped.endswith(":")
            else None
        )
        if current and gap > _GAP:
            runs.append(current)
            current, gap = [], 0
    if current:
        runs.append(current)
    return [run for run in runs if len(run) >= _MIN_ITEMS]


def _shape(raw: str) -> tuple[str, str] | None:
    """How a line is held: a table row of n cells, a bullet or glyph, a label's family; None for
    a plain line."""
    stripped = raw.strip()
    if not stripped or _TABLE_RULE.match(raw) or _HEADING.match(raw):
        return None
    cells = _cells(raw)
    if cells is not None:
        return ("table", str(len(cells)))
    if _BULLET_ONLY.match(raw):
        return ("bullet", stripped[0])
    if _ORDERED.match(raw):
        return ("ordered", "")
    family = _label_of(stripped)[1]
    return ("label", family) if family is not None else None


def _with_siblings(run: list[_Item], lines: Sequence[str]) -> list[_Item]:
    """The run with the entries of the same list that cite no address (a book in a list of web
    pages): lines held as the run's items are (the same table, bullet or label family) among
    them and next to them, so that ordinals count every entry of the list."""
    listed, end = _siblings(run, lines)
    shape = _common_shape(lines, [item.line for item in listed])
    if shape is None:
        return listed
    return listed + _continued_lists(listed, lines, shape, end)


def _common_shape(lines: Sequence[str], indices: Sequence[int]) -> tuple[str, str] | None:
    """How most of the lines at ``indices`` are held (:func:`_shape`), where at least
    :data:`_BIB_SHARE` of them are held so; else None."""
    shape, count = Counter(_shape(lines[index]) for index in indices).most_common(1)[0]
    return shape if shape is not None and count >= _BIB_SHARE * len(indices) else None


def _depth(raw: str) -> int:
    """A line's indentation, tabs as four spaces."""
    return len(raw.expandtabs(4)) - len(raw.expandtabs(4).lstrip(" "))


def _plain_siblings(run: list[_Item], lines: Sequence[str]) -> list[_Item]:
    """A run of plain lines (no bullet, label or table) with the lines inside it that open as its
    items do, an author-date head (_AUTHOR_YEAR_HEAD), and cite no address: a journal article
    among linked ones ("Alhanini, Y. (2011). The Enhancement of Arabic Stemming …, 04(09),
    pp.522–526.", a UK Harvard survey of fixtures/parse-eval-docx whose entries alternate with
    annotations; lost, the entries after it were numbered one short). Guard: only between the
    run's first and last items, only where most items open so, and only lines of
    :data:`_CONTINUED_WORDS` words at most; an annotation's prose opens on no such head."""
    heads = sum(1 for item in run if _AUTHOR_YEAR_HEAD.match(lines[item.line].strip()))
    if heads * 3 < len(run) * 2:
        return run
    covered = {i for item in run for i in range(item.line, item.last + 1)}
    found = [
        _Item(index, index, lines[index].strip(), None, None, [])
        for index in range(run[0].line, run[-1].last + 1)
        if index not in covered
        and _AUTHOR_YEAR_HEAD.match(lines[index].strip())
        and len(lines[index].split()) <= _CONTINUED_WORDS
    ]
    return sorted([*run, *found], key=lambda item: item.line)


def _siblings(run: list[_Item], lines: Sequence[str]) -> tuple[list[_Item], int]:
    """:func:`_with_siblings` within the list: the run with its siblings, and the line after it."""
    shapes = {_shape(lines[item.line]) for item in run}
    if shapes == {None}:
        return _plain_siblings(run, lines), run[-1].last + 1
    if len(shapes) != 1 or None in shapes:
        return run, run[-1].last + 1
    shape = shapes.pop()
    covered = {i for item in run for i in range(item.line, item.last + 1)}
    taken = {item.label for item in run if item.label is not None}
    # A sibling stands at the run's own depth: "*   **Note Taker**: …" at the margin is no entry of
    # the "        *   KubeCon … https://…" links nested two levels under it (README sweep, third
    # batch: a meeting-minutes archive whose "Resources:" links took its agenda lines along).
    depths = {_depth(lines[item.line]) for item in run}

    def sibling(index: int) -> _Item | None:
        raw = lines[index]
        if index in covered or _shape(raw) != shape or _ADDRESS_HINT.search(raw):
            return None
        if shape is not None and shape[0] == "bullet" and _depth(raw) not in depths:
            return None
        label, family, body = _label_of(_undecorated(raw)[0].strip())
        if label in taken or not body.strip():
            # A label the run already has belongs to another list ("(A) was used to …" over "(A)
            # Tjihero, N. (2018) …": heldback-20's lettered references).
            return None
        return _Item(index, index, body.strip(), label, family, [])

    found = [s for s in (sibling(i) for i in range(run[0].line, run[-1].last + 1)) if s is not None]
    end = run[-1].last + 1
    for step, start in ((-1, run[0].line - 1), (1, run[-1].last + 1)):
        index, reach, blank = start, 0, 0
        while 0 <= index < len(lines) and reach < _SIBLING_REACH and blank < 2:
            if lines[index].strip():
                extra = sibling(index)
                if extra is None:
                    break
                found.append(extra)
                blank = 0
            else:
                # Two blank lines in a row end a list.
                blank += 1
            index += step
            reach += 1
        if step == 1:
            end = max(end, index)
    return sorted([*run, *found], key=lambda item: item.line), end


# A sub-heading that only numbers a section ("5.2. Bibliografia", "7.2 Dokumentquellen" written
# as a plain line: a report converted from a PDF or a word processor keeps its section numbers but
# not its heading marks).
_SECTION_LINE = lazyre.compile(r"^\s*\d{1,2}(?:\.\d{1,2})+\.?\s+\S")
_SECTION_WORDS = 8
# The words of an entry without an address in a continued list: an unlinked reference (authors,
# title, year, publisher) runs 8 to 20 ("Craig Walls (2022). *Spring in Action* (6ª edición).
# Manning Publications.": 11); heldback-27's remark under "## Notes" after its citations, 44.
_CONTINUED_WORDS = 25
# The lines of a sub-section's own lead before its list (heldback-24's "### 7.2 Dokumentquellen"
# says in one paragraph where its documents came from).
_CONTINUATION_LEAD = 3


def _sub_heading(line: str) -> bool:
    """A heading line, or a plain line that only numbers and names a section."""
    stripped = line.strip()
    if _HEADING.match(line) is not None or _BOLD_HEADING.match(stripped) is not None:
        return True
    return (
        _SECTION_LINE.match(line) is not None
        and len(stripped.split()) <= _SECTION_WORDS
        and not _ADDRESS_HINT.search(line)
    )


def _header_row(lines: Sequence[str], first: int) -> tuple[str, ...] | None:
    """The header row of the table whose body starts at line ``first`` (its cells, spaces and case
    folded), or None where no delimiter row and header stand right above it."""
    index = first - 1
    while index >= 0 and _cells(lines[index]) is not None and not _TABLE_RULE.match(lines[index]):
        index -= 1  # rows of the same table above its first item
    if index < 1 or not _TABLE_RULE.match(lines[index]):
        return None
    return _folded_cells(lines[index - 1])


def _folded_cells(line: str) -> tuple[str, ...] | None:
    """A table row's cells, spaces and case folded (a header row compared with another)."""
    cells = _cells(line)
    return tuple(" ".join(cell.split()).casefold() for cell in cells) if cells is not None else None


def _continued_lists(
    listed: list[_Item],
    lines: Sequence[str],
    shape: tuple[str, str],
    start: int,
    held: AbstractSet[int] = frozenset(),
) -> list[_Item]:
    """The entries of the lists that go on a source list under the next sub-headings (see the module
    docstring of tests/parse/test_found_residual3.py: heldback-22's Iran register under "## 3." after
    its Taiwan register under "## 2.", heldback-24's "### 7.2 Dokumentquellen" after "### 7.1
    Internetquellen", heldback-25's "5.2. Bibliografia" after "5.1. Netografia").

    After the list (``listed``, its lines held alike: ``shape``) ends at line ``start``, a
    sub-heading (:func:`_sub_heading`), at most :data:`_CONTINUATION_LEAD` lines of its own lead,
    then lines held as the list's are: a table under the very header row of the list's table (the
    same columns), or, for a list of bullets or labels, under a sub-heading that itself names
    sources. Each such line is an entry, with its address or without (then of at most
    :data:`_CONTINUED_WORDS` words: a remark under "## Notes" runs longer); the sub-sections go on
    one after another. A table under another header, a list under a sub-heading naming no sources,
    a label the list already has, a line an entry already found stands on (``held``), or a longer
    lead, ends it."""
    header = _header_row(lines, listed[0].line) if shape[0] == "table" else None
    if shape[0] == "table" and header is None:
        return []
    taken = {item.label for item in listed if item.label is not None}
    added: list[_Item] = []
    index = start
    while True:
        while index < len(lines) and not lines[index].strip():
            index += 1
        if index >= len(lines) or not _sub_heading(lines[index]):
            return added
        heading = lines[index]
        index += 1
        lead = 0
        while index < len(lines) and lead <= _CONTINUATION_LEAD:
            raw = lines[index]
            if raw.strip() and (_shape(raw) == shape or _cells(raw) is not None or _sub_heading(raw)):
                break
            lead += bool(raw.strip())
            index += 1
        if index >= len(lines) or lead > _CONTINUATION_LEAD:
            return added
        if header is not None:
            if index + 1 >= len(lines) or not _TABLE_RULE.match(lines[index + 1]):
                return added
            if _folded_cells(lines[index]) != header:
                return added
            index += 2
        elif not _names_sources(heading):
            return added
        items: list[_Item] = []
        while index < len(lines) and _shape(lines[index]) == shape:
            raw = lines[index]
            label, family, body = _label_of(_undecorated(raw)[0].strip())
            linked = _item(raw, index, set()) if _ADDRESS_HINT.search(raw) else None
            if (
                index in held
                or label in taken
                or not body.strip()
                or (_ADDRESS_HINT.search(raw) and linked is None)
                or (linked is None and len(_WORD.findall(body)) > _CONTINUED_WORDS)
            ):
                return added
            items.append(linked or _Item(index, index, body.strip(), label, family, []))
            index += 1
            if index + 1 < len(lines) and not lines[index].strip() and _shape(lines[index + 1]) == shape:
                index += 1  # a loose list: one blank line between its items
        if not items:
            return added
        added += items
        taken |= {item.label for item in items if item.label is not None}


def only_block(read: ReadResult) -> Block | None:
    """The one block a reader made of a line, or None where it made none or several."""
    return read.blocks[0] if len(read.blocks) == 1 else None


def markdown_line(text: str) -> Block | None:
    """One line read as Markdown (the lines of HTML and DOCX blocks carry their links so)."""
    return only_block(read_markdown(text))


def _body(lines: Sequence[str], run: Sequence[_Item]) -> str:
    """The document's text without the run's own lines (where its labels would be cited), nor its
    fenced code and code spans: "sent1, sent2, target = tokens[1], tokens[2], tokens[3]" in a
    README's Python block cites no "1.", "2.", "3." list (README sweep, module docstring)."""
    covered = {i for item in run for i in range(item.line, item.last + 1)}
    kept = []
    fenced = False
    # (A reStructuredText title's "~~~" underline opens no fence: markdown.rst_underlines.)
    read = (
        rst_underlines("\n".join(lines)).split("\n")
        if any(line.startswith("~~~") for line in lines)
        else lines
    )
    for i, line in enumerate(read):
        if _FENCE.match(line):
            fenced = not fenced
            continue
        if i not in covered and not fenced:
            kept.append(_CODE_SPAN.sub(" ", line))
    return "\n".join(kept)


_CODE_SPAN = lazyre.compile(r"(`+)[^`\n]+?\1")


# A label inside a paragraph of entries run together (a reference list copied from a PDF with its
# line breaks lost): "[12]", and the OCR's "[12|" and "[12 " (hb19's region-analysis references:
# "[1 A. Aiken …", "[11| M. Deters …"); only ever taken in strict sequence (see _run_together).
_JOINED_LABEL = lazyre.compile(r"\[(\d{1,3})(?:\]|\|(?=\s)|\s(?=\S))\s*")


def _run_together(line: str, first: int, min_items: int = _MIN_ITEMS) -> list[tuple[str, str]] | None:
    """A line holding several entries run together, split at their labels: it starts with the label
    ``first`` (after its decoration) and holds the labels that follow it one by one, at least
    ``min_items`` of them, each entry of :data:`_BIB_WORDS` words or more. Labels out of
    sequence ("[3, 9, 25]" cited in an entry, "[7]" after "[5]") are text, not boundaries."""
    text = _undecorated(line)[0].strip()
    start = _JOINED_LABEL.match(text)
    if start is None or int(start.group(1)) != first:
        return None
    cuts = [(start.start(), start.end(), start.group(1))]
    for match in _JOINED_LABEL.finditer(text, start.end()):
        if int(match.group(1)) == int(cuts[-1][2]) + 1:
            cuts.append((match.start(), match.end(), match.group(1)))
    if len(cuts) < min_items:
        return None
    entries = []
    for (_, body_start, label), (next_start, _, _) in zip(cuts, [*cuts[1:], (len(text), 0, "")], strict=True):
        body = text[body_start:next_start].strip()
        if len(_WORD.findall(body)) < _BIB_WORDS:
            return None
        entries.append((label, body))
    return entries


def _joined_runs(lines: Sequence[str], known: set[str], first: int) -> list[list[_Item]]:
    """Runs of entries run together in one line (:func:`_run_together`), each item a segment of it;
    a line is taken when its lead names sources or at least two thirds of its entries carry a year
    (a reference list; a paragraph of prose opening with "[1]" has neither)."""
    runs: list[list[_Item]] = []
    for index, raw in enumerate(lines):
        if len(raw) < 200 or _HEADING.match(raw) or _cells(raw) is not None:
            continue
        entries = _run_together(raw, first) or _run_together(raw, 1)
        if entries is None:
            continue
        items = []
        for label, body in entries:
            urls = [
                u
                for u in _addresses(_visible(body)[0])
                if u.lower().startswith(("http://", "https://", "www."))
            ]
            if any(_core(url) in known for url in urls):
                break
            items.append(_Item(index, index, body, label, "bracket", urls))
        else:
            dated = sum(1 for item in items if _YEAR_ANY.search(item.text))
            if _lead_names_sources(lines, index) or dated >= _BIB_SHARE * len(items):
                runs.append(items)
    return runs


def _entry_notes(
    run: Sequence[_Item],
    names: Sequence[str],
    render: Renderer | None,
    positions: Sequence[tuple[int, int]] | None,
    next_ordinal: int,
    line: tuple[int, int] | None = None,
    *,
    keep: bool = False,
) -> list[Footnote]:
    """The notes of a run's items, read by ``entries.parse_entries`` (an item with neither address
    nor title gives none, but keeps its place, unless ``keep``: an entry of a list continued under a
    sub-heading, a course handout's file name, is one of the list's sources though nothing in it
    reads as a title); ``line``: where every item is, when known."""
    items = []
    for item in run:
        block = render(item.text) if render is not None else None
        if block is not None and block.text.strip():
            items.append((block.text, [url for _, url in block.links], entry_marks(block, 0)))
        else:
            visible, behind = _visible(item.text)
            items.append((visible, behind, []))
    notes = []
    for offset, (item, name, fields) in enumerate(zip(run, names, parse_entries(items), strict=True)):
        urls = fields.urls or item.urls
        if line is not None:
            at_line, column = line
        else:
            at_line, column = positions[item.line] if positions is not None else (item.line + 1, 1)
        if not urls and not fields.title and not (keep and _WORD.search(item.text)):
            continue
        notes.append(
            Footnote(
                label=name,
                ordinal=label_ordinal(name) or next_ordinal + offset,
                raw=" ".join(_visible(item.text)[0].split()),
                title=fields.title,
                publisher=fields.publisher,
                url=urls[0] if urls else None,
                urls=urls,
                access_date=fields.access_date,
                line=at_line,
                column=column,
            )
        )
    return notes


def generic_footnotes(
    lines: Sequence[str],
    found: Sequence[Footnote],
    render: Renderer | None = None,
    positions: Sequence[tuple[int, int]] | None = None,
) -> list[Footnote]:
    """Entries of the source lists in ``lines`` that the list finder missed (see the module).

    ``render`` reads an item's text as the document's reader would; ``positions``: the (line,
    column) in the file where each of ``lines`` starts, when they are not the file's own lines."""
    known = _known(found)
    taken = {fn.label for fn in found if fn.kind != "inline"}
    next_ordinal = max((fn.ordinal for fn in found if fn.kind != "inline"), default=0) + 1
    notes: list[Footnote] = []
    joined = _joined_runs(lines, known, next_ordinal)
    plain_runs = _runs(lines, known)
    candidates = [(run, True) for run in joined] + [(run, False) for run in plain_runs]
    # A reading list stands alone; many runs of link items make a link collection (below).
    collection = len(plain_runs) > _READING_MAX_RUNS
    joined_lines = {run[0].line for run in joined}
    for run, is_joined in candidates:
        if not is_joined and any(item.line in joined_lines for item in run):
            continue
        labels = [item.label for item in run]
        own = all(labels) and len(set(labels)) == len(labels)
        if not is_joined and not (
            _lead_names_sources(lines, run[0].line)
            or (own and _cited([label for label in labels if label], _body(lines, run)))
            or _bibliographic(run)
            or (_reading_list(run) and not collection)
        ):
            continue
        if not is_joined:
            run = _with_siblings(run, lines)
        labels = [item.label for item in run]
        own = all(labels) and len(set(labels)) == len(labels)
        names = [str(label) for label in labels] if own else [str(next_ordinal + n) for n in range(len(run))]
        if taken & set(names):
            continue
        made = _entry_notes(run, names, render, positions, next_ordinal)
        notes += made
        next_ordinal += len(run)
        taken |= set(names)
        known |= {_core(url) for item in run for url in item.urls}
    return notes


# A numbered link reference definition with a title ("[3]: https://… "South Korean Shipbuilders
# Rally on Brisk Contract Wins""): the form a chat assistant's answer exported as Markdown gives its
# sources, cited in the text as reference links ("([Reuters][3])"). CommonMark's title may be in
# double or single quotes or in parentheses.
_TITLED_DEFINITION = lazyre.compile(
    r"^\s{0,3}\[(?P<label>\d{1,3})\]:\s*<?(?P<url>https?://[^\s>]+)>?\s+"
    r"(?:\"(?P<double>[^\"]+)\"|'(?P<single>[^']+)'|\((?P<paren>[^()]+)\))\s*$"
)


def titled_definitions(lines: Sequence[str], found: Sequence[Footnote]) -> list[Footnote]:
    """Sources given as numbered link reference definitions with titles (heldback-21's Korean
    equity report: twelve "[n]: URL "Title"" lines under the text, the text citing "[Reuters][1]";
    the form every Markdown export of a ChatGPT answer with sources takes). Each definition is an
    entry: its number the label, its title the title, its destination the address. Only a run of
    at least :data:`_MIN_ITEMS` such lines, one after another, whose titles are words, not their
    own address (the sibling export "[1]: URL "URL"" names its sources in a list of its own above),
    at least one cited in the text as a reference link ("][n]"), and none of whose labels an entry
    already found holds. A README's definitions ("[docs]: https://… "Docs"", "[1]: https://…"
    without a title) are named, or untitled, and stay link targets."""
    taken = {fn.label for fn in found if fn.kind != "inline"}
    known = _known(found)
    runs: list[list[tuple[int, re.Match[str]]]] = []
    for index, line in enumerate(lines):
        match = _TITLED_DEFINITION.match(line)
        if match is None:
            continue
        if runs and runs[-1][-1][0] == index - 1:
            runs[-1].append((index, match))
        else:
            runs.append([(index, match)])
    body = "\n".join(line for line in lines if _TITLED_DEFINITION.match(line) is None)
    notes: list[Footnote] = []
    for run in runs:
        labels = [match.group("label") for _, match in run]
        titles = [
            (match.group("double") or match.group("single") or match.group("paren")).strip()
            for _, match in run
        ]
        if (
            len(run) < _MIN_ITEMS
            or len(set(labels)) != len(labels)
            or taken & set(labels)
            or any(not _WORD.search(title) or _ADDRESS_HINT.search(title) for title in titles)
            or any(_core(match.group("url")) in known for _, match in run)
            or not any(re.search(rf"\]\[{label}\]", body) for label in labels)
        ):
            continue
        for (index, match), label, title in zip(run, labels, titles, strict=True):
            url = match.group("url")
            notes.append(
                Footnote(
                    label=label,
                    ordinal=int(label),
                    raw=f"{title} {url}",
                    title=title,
                    url=url,
                    urls=[url],
                    line=index + 1,
                    column=1,
                )
            )
        taken |= set(labels)
    return notes


def _numbered_lists(notes: Sequence[Footnote]) -> list[list[Footnote]]:
    """The notes as lists numbered 1, 2, 3 …: a list ends where a label does not follow the one
    before it by one; a label that is no number ends it too."""
    lists: list[list[Footnote]] = []
    current: list[Footnote] = []
    for fn in notes:
        number = int(fn.label) if fn.label.isdigit() else None
        if current and number is not None and number == int(current[-1].label) + 1:
            current.append(fn)
            continue
        if current:
            lists.append(current)
        current = [fn] if number is not None else []
    if current:
        lists.append(current)
    return lists


def sectioned_labels(
    footnotes: list[Footnote], counted: frozenset[tuple[int, int]] = frozenset()
) -> list[Footnote]:
    """A second list numbered again from 1 (a "Further sources" list under its own heading after the
    references): its labels that an earlier list already holds are qualified by the list's place
    ("2.1", "2.2" …), so the first list keeps its labels, as markers in the text mean it, and the
    later entries are kept apart instead of shadowing it. The parse eval's truth reads such a
    document so (heldback-20's German quiz sources: "1."-"3." of the first list, "4."-"9." of the
    second). Only lists of :data:`_MIN_ITEMS` or more, each entry with an address or a title, both
    starting at 1, count: a stray repeated label (an empty note, a list item read twice) is a
    duplicate the structure findings report. ``counted``: (line, column) of entries that write no
    label (an author-date bibliography the reader numbered by place): no list of theirs holds a
    label, so a later list (Word's footnotes 1-3 after the references of avnerus's PhD proposal in
    the user trial) keeps its own."""
    notes = [fn for fn in footnotes if fn.kind != "inline" and (fn.line, fn.column) not in counted]
    lists = [
        run
        for run in _numbered_lists(notes)
        if len(run) >= _MIN_ITEMS and run[0].label == "1" and all(fn.url or fn.title for fn in run)
    ]
    held: set[str] = set()
    for place, run in enumerate(lists, start=1):
        labels = {fn.label for fn in run}
        if place > 1 and labels & held:
            for fn in run:
                if fn.label in held:
                    fn.label = f"{place}.{fn.label}"
        held |= {fn.label for fn in run}
    return footnotes


def set_apart_counted(footnotes: list[Footnote], counted: frozenset[tuple[int, int]]) -> list[Footnote]:
    """Entries that write no label (``counted``: their (line, column); an author-date bibliography
    the reader numbered 1, 2, … by place) qualified by their list's place ("1.1", "1.2" …, as
    :func:`sectioned_labels` does) where a note writes one of the same labels: Word's footnotes 1-3
    of avnerus's PhD proposal and its ten unnumbered references (user trial). The markers in the
    text mean the notes; without this, the references would share their labels, and the claim
    check would judge reference 3 by the sentence of footnote 3."""
    notes = [fn for fn in footnotes if fn.kind != "inline"]
    unlabelled = [fn for fn in notes if (fn.line, fn.column) in counted]
    labelled = [fn for fn in notes if (fn.line, fn.column) not in counted]
    written = {fn.label for fn in labelled}
    if not unlabelled or not written & {fn.label for fn in unlabelled}:
        return footnotes
    first_written = min((fn.line, fn.column) for fn in labelled)
    place = 1 if (unlabelled[0].line, unlabelled[0].column) < first_written else 2
    for fn in unlabelled:
        fn.label = f"{place}.{fn.label}"
    return footnotes


# "…, vol. 7, no. 3, pp. 535–547,⏎2021.[3]N. Reimers and I. Gurevych, “Sentence-BERT: …”" (a PDF's
# IEEE list copied as text, its labels glued to the entries: heldback-33's English privacy-audit
# paper, one entry of twelve run into the one before): a single next label inside a note, where the
# list has no note of that number and has the one after it. Two entries are then enough (three are
# asked of a line otherwise, :data:`_MIN_ITEMS`): the label must close a full stop right after a
# year or a page range's last digit, so "[3]" cited in a note's text ("as shown in [3], …") is text.
_GAP_LABEL_AFTER = lazyre.compile(r"\d\.\s*$")


def _gap_filled(raw: str, label: int, taken: set[str]) -> list[tuple[str, str]] | None:
    """The note ``raw`` split in two at the label after its own, where the list lacks that note
    and has the next one (see above); None otherwise."""
    gap = str(label + 1)
    if gap in taken or str(label + 2) not in taken:
        return None
    entries = _run_together(raw, label, min_items=2)
    if entries is None or len(entries) != 2:
        return None
    text = _undecorated(raw)[0].strip()
    at = text.find(f"[{gap}]")
    if at == -1 or _GAP_LABEL_AFTER.search(text[:at]) is None or text.count(f"[{gap}]") != 1:
        return None
    return entries


def split_run_together(found: list[Footnote], render: Renderer | None = None) -> list[Footnote]:
    """The entries the list finder found, with each that holds several entries run together (a list
    pasted from a PDF, its line breaks lost: "[1] A. Aiken … 1995. [2] L. Birkedal … 1996. [3] …")
    split at its labels (:func:`_run_together`, starting at its own label). A note is split only
    when none of the labels it holds is another note's, and at least two thirds of its entries
    carry a year (a reference's date), so that a long note citing "[2]" and "[3]" in its text
    stays whole."""
    taken = {fn.label for fn in found if fn.kind != "inline"}
    result: list[Footnote] = []
    for fn in found:
        raw = fn.raw if _JOINED_LABEL.match(fn.raw.strip()) else f"[{fn.label}] {fn.raw}"
        entries = (
            _run_together(raw, int(fn.label))
            if fn.kind != "inline" and fn.label.isdigit() and len(fn.raw) >= 200
            else None
        )
        if entries is None and fn.kind != "inline" and fn.label.isdigit() and len(fn.raw) >= 200:
            entries = _gap_filled(raw, int(fn.label), taken)
        labels = [label for label, _ in entries or []]
        if (
            entries is None
            or (taken - {fn.label}) & set(labels)
            or sum(1 for _, body in entries if _YEAR_ANY.search(body)) < _BIB_SHARE * len(entries)
        ):
            result.append(fn)
            continue
        items = [_Item(0, 0, body, label, "bracket", []) for label, body in entries]
        result += _entry_notes(items, labels, render, None, fn.ordinal, line=(fn.line, fn.column))
    return result


# An address glued to the next entry by a lost line break: "…/cbp-8392/.Government of UK 2018. Data
# Protection Act …" (heldback-20's Harvard list copied from a PDF). Only after a "/" that ends the
# path: a dot and a capital opening a path segment is no address ("/.well-known" is lower case).
_GLUED = lazyre.compile(r"(?<=/)\.(?=[A-Z][^\W\d_]+[\s,])")


def _glued_pieces(raw: str) -> tuple[list[str], bool]:
    """An entry's text cut where the next entry is glued to its address, and whether it was glued
    at all; a glued start too short to be a reference (its rest in the next paragraph: "…/.Wikipedia
    2019.") stays with the entry, set apart from the address by a space."""
    parts = _GLUED.split(raw)
    pieces = [parts[0]]
    for part in parts[1:]:
        if len(_WORD.findall(part)) >= _BIB_WORDS and _YEAR_ANY.search(part):
            pieces.append(part)
        else:
            pieces[-1] += ". " + part
    return [piece.strip() for piece in pieces], len(parts) > 1


def split_glued(
    found: list[Footnote], render: Renderer | None = None, *, counted: bool = False
) -> list[Footnote]:
    """The entries the list finder found, with each that holds the next entry glued to its address
    split in two, and the ordinals after it moved on by one. Only in a list whose labels the finder
    counted (no entry writes its label: an author–date list), and only where what follows the glue
    reads as a reference of its own (:data:`_BIB_WORDS` words or more and a year); once a list has
    such an entry, a shorter glued start in it is set apart from its address too. ``counted``: the
    finder's entries carry no label of their own (it counted them)."""
    notes = [fn for fn in found if fn.kind != "inline"]
    if (
        not counted
        or not notes
        or any(
            not fn.label.isdigit() or fn.label != str(fn.ordinal) or re.match(rf"\W*{fn.label}\W", fn.raw)
            for fn in notes
        )
    ):
        return found
    cut = {id(fn): _glued_pieces(fn.raw) for fn in notes}
    if not any(len(pieces) > 1 for pieces, _ in cut.values()):
        return found
    result: list[Footnote] = []
    shift = 0
    for fn in found:
        pieces, glued = cut.get(id(fn), ([], False))
        if fn.kind == "inline" or not glued:
            if shift and fn.kind != "inline":
                fn.label, fn.ordinal = str(fn.ordinal + shift), fn.ordinal + shift
            result.append(fn)
            continue
        start = fn.ordinal + shift
        names = [str(start + n) for n in range(len(pieces))]
        items = [_Item(0, 0, piece, name, None, []) for piece, name in zip(pieces, names, strict=True)]
        made = _entry_notes(items, names, render, None, start, line=(fn.line, fn.column))
        if len(made) != len(pieces):
            if shift:
                fn.label, fn.ordinal = str(fn.ordinal + shift), fn.ordinal + shift
            result.append(fn)
            continue
        result += made
        shift += len(pieces) - 1
    return result


def continued_footnotes(
    lines: Sequence[str],
    found: Sequence[Footnote],
    render: Renderer | None = None,
    positions: Sequence[tuple[int, int]] | None = None,
) -> list[Footnote]:
    """The entries of lists that go on a source list the list finder found, under the next
    sub-headings (:func:`_continued_lists`; the generic runs of :func:`generic_footnotes` take their
    own continuations in :func:`_with_siblings`). Only where ``lines`` are the file's own lines (the
    found entries' line numbers are theirs): each group of at least :data:`_MIN_ITEMS` found entries
    on nearby lines (at most :data:`_GAP` lines between one's line and the next's) whose lines are
    held alike, two thirds of them at least, is such a list. The entries taken are numbered on from
    the last ordinal found, or keep their own labels when each has one none holds."""
    if positions is not None:
        return []
    notes = sorted(
        (fn for fn in found if fn.kind != "inline" and 1 <= fn.line <= len(lines)), key=lambda fn: fn.line
    )
    groups: list[list[Footnote]] = []
    for fn in notes:
        if groups and fn.line - groups[-1][-1].line <= _GAP + 1:
            groups[-1].append(fn)
        else:
            groups.append([fn])
    known: set[str] | None = None  # what the entries found cite: read only once a list goes on
    taken = {fn.label for fn in found if fn.kind != "inline"}
    held = {fn.line - 1 for fn in notes}
    next_ordinal = max((fn.ordinal for fn in found if fn.kind != "inline"), default=0) + 1
    made: list[Footnote] = []
    for group in groups:
        if len(group) < _MIN_ITEMS:
            continue
        shape = _common_shape(lines, [fn.line - 1 for fn in group])
        if shape is None:
            continue
        listed = [_Item(fn.line - 1, fn.line - 1, fn.raw, fn.label, None, list(fn.urls)) for fn in group]
        end = group[-1].line
        wrapped = 0
        while end < len(lines) and lines[end].strip() and not _sub_heading(lines[end]) and wrapped < _GAP:
            end, wrapped = end + 1, wrapped + 1  # the last entry's wrapped lines
        run = _continued_lists(listed, lines, shape, end, held)
        if not run:
            continue
        if known is None:
            known = _known(found)
        if any(_core(url) in known for item in run for url in item.urls):
            continue
        labels = [item.label for item in run]
        own = all(labels) and len(set(labels)) == len(labels)
        names = [str(label) for label in labels] if own else [str(next_ordinal + n) for n in range(len(run))]
        if taken & set(names):
            continue
        made += _entry_notes(run, names, render, positions, next_ordinal, keep=True)
        next_ordinal += len(run)
        taken |= set(names)
        known |= {_core(url) for item in run for url in item.urls}
    return made
