"""Markdown reader: front matter, headings, paragraphs, list items and ``[^label]:`` footnote
definitions, with inline markup stripped while every character keeps its place in the file.

Which lines are code (fenced, indented, ``<pre>`` blocks) and which link references are defined
comes from markdown-it-py's CommonMark block parser, so lists, lazy lines and nested fences are
read as GitHub reads them; code spans and ``<code>`` are kept as text but masked, so nothing in
them is a marker. Links of running text (inline, reference, autolinks, bare URLs, ``<a href>``)
are kept with their anchor text: the assembler turns them into inline citations.

A GFM task list item's checkbox ("- [x] done", "- [ ] todo") is no text of the item, so never an
entry's label "[x]" (README sweep, branch p10-readme-sweep: ethereum/EIPs' EIP-2657 read its fifteen
ticked lines as notes "x", one ``duplicate-footnote`` error; tests/parse/test_readme_sweep.py).
reStructuredText read as Markdown: a section title's "~~~" underline is a title, not a fence that
swallows the rest of the file (:func:`rst_underlines`; README sweep: PEP 654, 13 footnotes found
where none were; guarded to files with reStructuredText directives, footnotes or targets).

Blog sweep (branch p10-blog-sweep: 240 blog posts, essays and notes of 12 public repositories in 8
languages, 180 for calibration; tests/parse/test_blog_sweep.py): a "[^label]" with text before it
on its line is a reference even when a colon follows (4 of 6 ``orphan-footnote`` warnings), and a
code span in a table row framed by pipes closes within its cell (1 orphan: a Racket post's marker
masked by an unclosed tick in the row above). A "[^label]:" note is marked ``renumbered``: renderers
number such notes in citation order, so no ``numbering-gap`` is found in their labels (structure).
"""

from __future__ import annotations

import bisect
import functools
import html
import itertools
import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from citecheck import lazyre
from citecheck.parse.blocks import (
    ACCESS_CELL,
    RECORD_COLUMNS,
    RECORD_LINK,
    RECORD_TITLE,
    Anchor,
    Block,
    BlockKind,
    LineIndex,
    LinkSpan,
    ReadResult,
    SourceColumns,
    SpanLocator,
    bare_host_url,
    source_columns,
    text_since,
)
from citecheck.parse.dates import ACCESS_LABEL, parse_date, parse_iso_date
from citecheck.parse.link_tables import link_table_columns, markdown_links
from citecheck.parse.markers import clean_label, is_power, label_ordinal, looks_like_label, match_entry_start
from citecheck.parse.regions import is_notes_heading, is_notes_title
from citecheck.parse.site_notes import in_code, read_site_notes
from citecheck.parse.table_keys import key_column_by_values
from citecheck.parse.text import line_spans
from citecheck.parse.urls import URL_PATTERN, unwrap_redirect, unwrap_urls, without_glued_word

if TYPE_CHECKING:
    from collections.abc import Sequence

    from markdown_it import MarkdownIt
    from markdown_it.token import Token

_FENCE = lazyre.compile(r" {0,3}(`{3,}|~{3,})")
# A line wholly in strong emphasis ("**Orquestación Multi-Agente**"), and a line that opens with a
# numbered entry's label ("[1] Google DeepMind. …").
_BOLD_LINE = lazyre.compile(r"[ \t]{0,3}(?:\*\*[^*\n]+\*\*|__[^_\n]+__):?[ \t]*")
_NUMBERED_ENTRY_START = lazyre.compile(r"[ \t]{0,3}\[\d{1,3}\][ \t]+\S")
_FOOTNOTE_DEFINITION = lazyre.compile(r" {0,3}\[\^([^\]\s]+)\]:[ \t]?")
# The same inside a list item, any indent in (only where the block parser found one: _BlockStructure).
_NESTED_FOOTNOTE_DEFINITION = lazyre.compile(r" *\[\^([^\]\s]+)\]:[ \t]?")
_ATX = lazyre.compile(r" {0,3}(#{1,6})(?:[ \t]+|$)")
_ATX_CLOSE = lazyre.compile(r"[ \t]+#+[ \t]*$|[ \t]+$")
_SETEXT = lazyre.compile(r" {0,3}(=+|-+)[ \t]*")
_RULE = lazyre.compile(r" {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})")
# A list item that is one link alone ("- [Title](url)", "1. [Title](url)") followed, after a blank
# line, by a paragraph indented to its content: the paragraph is a note on what the work was used for
# (heldback-34's Japanese README, five entries "- [Python socket - …](…)⏎⏎  `TCP・UDP通信`の基本構文と
# 使い方を参照"), no part of the entry, whose publisher it was read as. The item ends at the blank
# line. Guard: only where the item's lines are exactly a link; an item with text beside its link, or
# a line wrapped mid-entry (PDF-to-Markdown's continuation paragraphs), goes on as before.
_LINK_ALONE_ITEM = lazyre.compile(r"[ \t]*(?:\d{1,9}[.)][ \t]+)?\[[^\]\n]+\]\([^)\s]+\)[ \t]*")
_BULLET = lazyre.compile(r" {0,3}[-*+][ \t]+")
# A GFM task list item's checkbox, "- [ ] todo", "- [x] done" (ethereum/EIPs' EIP-2657, fifteen
# "- [x] EIP 2537 Commit Hash - [5edff4…](…)" lines read as notes labelled "x", one "defined twice"):
# a box the renderer draws, not a label. Guard: "[x]" after an item labelled "[ix]" is the tenth of
# a roman-numbered list.
_TASK_BOX = lazyre.compile(r"\[[ xX]\][ \t]+(?=\S)")
_NINTH = lazyre.compile(r"[ \t]*\[(?:ix|IX)\]")
_ORDERED = lazyre.compile(r" {0,3}\d{1,9}[.)][ \t]+")
# (Not a heading that opens on a bracketed key, "* #### [27001] ISO/IEC 27001:2013": an entry of a keyed
# list set as headings, two BSI Grundschutz literature lists in the calibration part.)
_BULLET_HEADING = lazyre.compile(r" {0,3}[-*+][ \t]+(?=#{1,6}[ \t]+[^\s\[])")
_QUOTE = lazyre.compile(r"(?: {0,3}>[ \t]?)+")
# A link reference definition, as CommonMark has it: the label, the destination, an optional quoted
# title, nothing else on the line. "[@Marques2010]: Marques, J.P., et al. (2010). Title." runs on: it
# is a keyed reference entry, not a definition.
_LINK_DEFINITION = lazyre.compile(
    r" {0,3}\[[^\]^][^\]]*\]:[ \t]*(?:<[^>\n]*>|\S+)(?:[ \t]+(?:\"[^\"]*\"?|'[^']*'?|\([^)]*\)?))?[ \t]*"
)
# A kramdown block attribute list on a line of its own ("{: .no_toc }", "{:toc}", "{: #id}"), as
# Jekyll sites write them (heldback-21's just-the-docs references page: "# References⏎{: .no_toc }",
# "1. TOC⏎{:toc}"): markup that qualifies the block above, no text of the document.
_KRAMDOWN_ATTRIBUTES = lazyre.compile(r" {0,3}\{:[^{}\n]*\}[ \t]*")
_KRAMDOWN_TOC = lazyre.compile(r" {0,3}\{:\s*toc\s*\}[ \t]*")
_FRONT_MATTER_KEY = lazyre.compile(r"(title|date)\s*:\s*(.+?)\s*$", re.IGNORECASE)
_INDENTED = lazyre.compile(r"(?: {2,}|\t)")
# A GFM table's delimiter row ("|---|:---:|"), and a link cell of a table of sources.
_TABLE_DELIMITER = lazyre.compile(r" {0,3}\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*")
_LINK_CELL = lazyre.compile(r"\[[^\]]*\]\((\S+?)\)|<(\S+)>")
# A Pandoc fenced div's fence ("::: {#refs}", ":::"): markup, no text of the document.
_DIV_FENCE = lazyre.compile(r" {0,3}:{3,}[ \t]*(?:\{[^{}\n]*\}|[\w-]+)?[ \t]*:*[ \t]*")
# A link's or image's text is read to 1,000 characters at most: read to the next "]" however far, a
# line of many "[" without one cost a scan to the line's end from each (12,000 "[" took 11 s to
# parse; tests/parse/test_hostile_inputs.py). No link text of the eval's documents is near it.
# A superscript holding one in-page link, "<sup><a id="fn.1" class="footnum" href="#fnr.1">1</a></sup>"
# (Org mode's HTML export kept in Markdown: heldback-34's Spanish practice README, its markers and
# its six footnotes' numbers, the notes read as "1 ETSIINF-UPM" with the number in the title), is a
# superscript label as "<sup>1</sup>" is (group "suplink"). Guard: the link's href must be a fragment
# ("#…"); "<sup><a href=https://…>1</a></sup>" cites the address itself and stays a link.
# A footnote reference followed by a colon is a reference, not a definition, when text stands before
# it on its line ("keyword generics" [^name]: the ability to …", "Epicterus [^b_01_01_03]:"): a
# definition opens its line (GFM, Pandoc). Blog sweep (branch p10-blog-sweep, 180 real posts): 4 of
# 6 ``orphan-footnote`` warnings were such markers (rust-lang's blog, a German 1776 translation).
# Guard: a character other than a space or a quote's ">" right before the marker, or one space or
# tab after one; "[^1]: text" opening a line (or a block quote) stays a definition.
# An address wrapped as "<URL:http://…>" (RFC 3986, appendix C, and ISO 690-2's electronic sources) is an
# autolink as "<http://…>" is; French typography spaces its colon ("Disponible à : <URL : https://…>":
# a reference manager's French ISO 690, s42-hunt16's criminology project, two addresses), and "<URL" with
# a space after it opened an HTML tag that vanished, address and all.
# A link's text may open with a bracketed tag, as CommonMark allows brackets in pairs ("[[Markdown] An
# option to highlight a 「Note」 …](https://github.com/…/discussions/16925)", a GitHub discussion titled so:
# s42-hunt17's Chinese blog post, whose note read the link as text, brackets and author on its title);
# "[[key]](…)", a citation key's link, is still read as one (group "keylink"). Only a leading tag: a
# bracket later in the text ("… Visualization [+ Guide]](…)", "… [dostęp: 18.09.2026]](…)") is read as
# before, where the link lists of heldback-16 and heldback-23 keep their titles.
_INLINE = lazyre.compile(
    r"""
    (?P<url>https?://[^\s<>]+)
  | (?P<fnref>(?:(?<=[^\s>])|(?<=[^\s>][ \t]))\[\^(?P<fnlabel>[^\]\s]+)\]|\[\^(?P<fnlabel_b>[^\]\s]+)\](?!:))
  | (?P<sup><sup>(?P<suptext>[^<]{1,12})</sup>)
  | (?P<suplink><sup>[ \t]*<a\b[^<>]*\bhref\s*=\s*["']?\#[^<>]*>(?P<suplinktext>[^<]{1,12})</a>[ \t]*</sup>)
  | (?P<imagelink>\[!\[(?P<ialt>[^\]]{0,1000})\]\([^)]*\)\]\((?P<ihref>[^()\s]*)(?:\s+(?:"[^"]*"|'[^']*'))?\))
  | (?P<image>!\[(?P<alt>[^\]]{0,1000})\]\([^)]*\))
  | (?P<link>(?!\[\[[^\]\[\n]{1,100}\]\]\()\[(?P<ltext>\[[^\[\]\n]{1,200}\][^\]]{0,1000}|[^\]]{0,1000})\]\((?P<href><[^<>\n]*>|[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:\s+(?:"[^"]*"|'[^']*'))?\))
  | (?P<keylink>\[(?P<ktext>\[[^\]\[\n]{1,100}\])\]\((?P<khref>[^()\s]+)\))
  | (?P<wikilink>\[\[(?P<wtarget>[^\]|\n]{1,1000})(?:\|(?P<walias>[^\]\n]{1,1000}))?\]\])
  | (?P<span>\[(?P<stext>[^\]\[\n]+)\]\{[ \t]*[.#][\w:-]+(?:[ \t]+[.#][\w:-]+)*[ \t]*\})
  | (?P<reflink>\[(?P<rtext>[^\]\[]+)\](?:\[(?P<rref>[^\]\[]*)\])?)
  | (?P<autolink><(?:(?i:url)[ \t]*:[ \t]*)?(?P<auto>(?:https?|ftp)://[^>\s]+)[ \t]*>)
  | (?P<code>`+)
  | (?P<attrs>\{:?[ \t]*(?:-|[#.][\w:-]+|[\w-]+=(?:"[^"\n]*"|'[^'\n]*'|[^\s}]+))(?:[ \t]+(?:[#.][\w:-]+|[\w-]+=(?:"[^"\n]*"|'[^'\n]*'|[^\s}]+)))*[ \t]*\})
  | (?P<escape>\\[\\`*_{}\[\]()\#+\-.!<>~|"'])
  | (?P<nbsp>\\[ ](?=\S))
  | (?P<entity>&(?:[A-Za-z][A-Za-z0-9]{1,7}|\#[0-9]{1,7}|\#[xX][0-9A-Fa-f]{1,6});)
  | (?P<tag></?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>)
  | (?P<emphasis>\*+|~~|(?<!\w)_+|(?<!_)_+(?!\w))
    """,
    re.VERBOSE,
)
# Where inline markup can start; the full pattern is only tried there (much faster on prose).
_MARKUP_START = lazyre.compile(r"[\[<!`\\*~_{&]|https?://")
# An underscore run is emphasis only where it is not inside a word, and it is read whole: "Arduino__SKU"
# (a URL's tail after a space, heldback-24's GOST list; "snake__case") is text, as CommonMark reads it.
_EMPHASIS = lazyre.compile(r"\*+|~~|(?<!\w)_+|(?<!_)_+(?!\w)")


def _dated_reference_text(text: str) -> bool:
    """Link text that is a whole reference, its access date included: "Угловая команда. _Структурные
    директивы_ . Google. Доступ к 28 мая 2018 года" (the Russian freeCodeCamp guides link every source
    so; heldback-p39hunt11, spent on branch s40-hb2), "Angular team. _Structural directives_. Google.
    Accessed 28 May 2018". Two sentences at least before an access label, and a date right after
    the label; a title's link text ("[*Structural directives*](…)") has neither."""
    label = ACCESS_LABEL.search(text)
    if label is None or text[: label.start()].count(". ") < 1:
        return False
    dated = parse_date(text[label.end() :])
    return dated is not None and _EMPHASIS.search(text[: label.start()]) is not None


# Link text that names who issued the work, a comma, then its title in italics, the run closing the
# text: "[W3C WAI, *Authoring Tool Accessibility Guidelines (ATAG) 2.0*](https://www.w3.org/TR/ATAG20/)"
# (a Polish model procurement specification's "Źródła i opracowania", four such links, branch
# s41-hunt14's p41hunt14; the titles were read with the issuer on). The issuer: one to five words, no
# markup; the emphasis marks the title, not the whole link. Emphasis that opens the text or does not
# close it ("[*Title*, 2nd ed.](…)", "[Using *asyncio* well](…)") marks the whole link, as before.
_ISSUER_EMPHASISED_TITLE = lazyre.compile(
    r"[^\W\d_][^*_\[\]<>,]{0,60}?(?: [^*_\[\]<>,\s]+){0,4},\s+(?P<mark>\*{1,2}|_{1,2})(?=\S)[^*_]+?(?<=\S)(?P=mark)\s*"
)


def issuer_before_emphasised_title(text: str) -> bool:
    """Whether link text is "Issuer, *Title*" (:data:`_ISSUER_EMPHASISED_TITLE`)."""
    return _ISSUER_EMPHASISED_TITLE.fullmatch(text) is not None


_TAG_NAME = lazyre.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)")
_HREF = lazyre.compile(r"""\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.IGNORECASE)
_CODE_TAGS = frozenset({"code", "kbd", "samp", "tt", "var", "pre"})
_EMPHASIS_TAGS = frozenset({"i", "em", "cite", "b", "strong"})
# A line that opens or closes an HTML table row: in an HTML block inside Markdown (a bibliography
# laid out as a table, one work a row), each row is a block of its own, as a list item is.
_ROW_TAG = lazyre.compile(r"\s*</?tr\b[^>]*>\s*$", re.IGNORECASE)
_ROWSPAN = lazyre.compile(r"<t[dh]\b[^>]*\browspan\s*=\s*[\"']?(\d{1,2})", re.IGNORECASE)
_ROWSPAN_MAX = 4
# A line opened by a block-level HTML element with text after it, as citeproc's bibliography is
# printed into Markdown by Pandoc, ox-hugo and Quarto ("<div class="csl-entry"><a
# id="citeproc_bib_item_1"></a>1.	Welsh, C. …</div>", one work a line, no blank line between):
# each such line is a block of its own, read from after its opening tags (and an empty anchor),
# so its number is the item's label, as in the rendered page.
_BLOCK_OPEN = lazyre.compile(
    r" {0,3}(?:<(?:div|p|li|dd|dt)\b[^<>]*>[ \t]*)+(?:<a\s[^<>]*\b(?:id|name)\s*=[^<>]*>[ \t]*</a>[ \t]*)*",
    re.IGNORECASE,
)
# A Markdown backslash escape (any ASCII punctuation, CommonMark's rule) inside a bare URL.
_URL_ESCAPE = lazyre.compile(r"\\([!-/:-@\[-`{-~])")
# An HTML entity closing angle bracket, escaped or not, after a bare URL opened by "&lt;".
_ENTITY_GT = lazyre.compile(r"\\?&gt;?", re.IGNORECASE)
# GFM leaves these off the end of a bare URL ("see https://example.org/a." ends at "a").
_URL_TRAILING = ".,:;!?*_~'\""
_CLOSING_QUOTES = "”’»"
_QUOTES_AROUND = lazyre.compile(r"^[\"“„«‘'].*[\"”»’']$", re.DOTALL)


_DESTINATION_ESCAPE = lazyre.compile(r"\\([!-/:-@\[-`{-~])")


def is_web_url(url: str) -> bool:
    """An absolute http(s) URL: what an inline link must point to to be a citation."""
    return url[:8].lower().startswith(("http://", "https://")) and len(url) > 8


# A link whose text is itself a whole address, another than the one it points to: Word keeps a
# hyperlink's target when its shown address is typed over or pasted from elsewhere, so a note
# "[https://www.youtube.com/watch?v=CweqW7Pzxz8](https://washington.org/ "https://washington.org/")"
# shows (and a printed or PDF copy keeps) one source while the link holds another, often the first
# note's, copied down the notes. The address cited is the one shown. Data: fixtures/parse-eval
# p37hunt9's Polish analyses converted from Word (Instytut Spraw Obywatelskich's rodm-lodz.pl): 12
# of their 21 linked notes point at the first note's address, every one read as that address.
# Guard: only a text that is one complete web address with no space (a title, "here", a bare host
# "example.org/x" or an address cut short with "…" or "..." keeps the link's target), only when the
# two differ past a closing slash and the case of scheme and host, and not when the link's target
# goes on from the shown address: "[https://ifs.org.uk](https://ifs.org.uk/publications/…)", a
# research assistant's source list showing each page's site (hb20-en-link-list-uk-occupations, 12
# entries), cites the page.
_SHOWN_ADDRESS = lazyre.compile(r"https?://[^\s<>\[\]()]+", re.IGNORECASE)
# A link whose target is a placeholder left from a template — a word with no dot or slash ("URL",
# "link", "lien") or a bare "#" — and whose text is a whole address: "_Listes en compréhension_, Python
# Software Foundation, [https://docs.python.org/fr/3.12/tutorial/…](URL) (consulté le 11-02-2024)." (a
# French tutorial's bibliography, heldback-p34hunt5, studied on branch s39-hb34: four addresses of five
# read as none). The address cited is the one shown. Not a relative page ("about", "./x", "x.html"):
# those hold a dot or a slash, or their text is no address.
_PLACEHOLDER_TARGET = lazyre.compile(r"#?|[A-Za-z]{1,12}")


def _address_key(url: str) -> str:
    """An address as compared: scheme and host in lower case, escapes decoded, no closing slash."""
    parts = urlsplit(url)
    path = unquote(parts.path).rstrip("/")
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}{path}?{unquote(parts.query)}#{unquote(parts.fragment)}"


def shown_address(text: str, href: str, *, escaped: bool = True) -> str | None:
    """The address a link's ``text`` shows when it is a whole address other than ``href`` (see above);
    the HTML reader asks the same of an ``<a href>``'s text, which has no Markdown escapes
    (``escaped=False``)."""
    shown = _URL_ESCAPE.sub(r"\1", text.strip()) if escaped else text.strip()
    if not _SHOWN_ADDRESS.fullmatch(shown) or shown.endswith(("…", "...")):
        return None
    if _PLACEHOLDER_TARGET.fullmatch(href.strip()):
        return shown
    if not is_web_url(href):
        return None
    try:
        shown_key, href_key = _address_key(shown), _address_key(href)
        if shown_key == href_key or href_key.startswith(shown_key.split("?")[0]):
            return None  # the same address, or the shown one cut short (a site's root for its page)
    except ValueError:  # an address urlsplit refuses (a broken IPv6 literal): keep the link's target
        return None
    return shown


_FULL_WIDTH_STOP = lazyre.compile(r"[，；！？、。（）《》「」『』]")


def _trim_bare_url(url: str) -> str:
    """A bare URL without the punctuation that ends the sentence around it (GFM's rule), and
    without what follows an unbalanced "]" ("[https://a.org/x](Title)" written the wrong way round:
    the URL is the bracket's text, as the entry parser's URL pattern reads it)."""
    close = url.find("]")
    if close != -1 and url.count("]") > url.count("["):
        url = url[:close]
    # A word glued after an unbalanced bracket is the text after the URL, as the entry parser reads
    # it ("…/putas.html(访问于 2020 年 4 月 17 日)": heldback-33's translated biblatex list, where the
    # bare link's longer address replaced the entry's right one).
    url = without_glued_word(url)
    # Full-width punctuation closes the URL, as the entry parser's URL pattern has it
    # ("…/inner-class-fake-friends.html，2019-06-18.": urls.URL_PATTERN).
    stop = _FULL_WIDTH_STOP.search(url)
    if stop is not None:
        url = url[: stop.start()]
    while url and (
        url[-1] in _URL_TRAILING
        or url[-1] in _CLOSING_QUOTES
        or (url[-1] == ")" and url.count(")") > url.count("("))
    ):
        # Closing quotation marks are no URL's (a URL holds them percent-encoded): "“RFC 7763
        # (https://www.rfc-editor.org/info/rfc7763)”", Wikipedia's printed "Title (URL)" in quotes.
        url = url[:-1]
    # The glued word may end in the label's own colon, stripped only now ("https://kosis.kr(접속일: …)":
    # urls.trim_url, p13-hunt3's ko-html-author-year-url-glued-jeopsogil-ai.html written as Markdown).
    unglued = without_glued_word(url)
    return _trim_bare_url(unglued) if unglued != url else url


def _outer_underline(pending: _Pending, line: str) -> bool:
    """Whether a setext-looking line ("-", "---", "===") under a Markdown list item stands outside
    the item's content column, where CommonMark reads no underline of the item's paragraph: a "-"
    there is an empty item ("- Anonim. (2021). _Title_. Diakses pada …, dari URL" over "- ", the list's
    trailing empty bullet: s42-hunt17's Indonesian stock-prediction report, whose last reference read
    as a heading and was lost), a "---" a thematic break. Indented to the content column, the line
    underlines the item's paragraph as before."""
    return pending.marked and pending.indent > 0 and len(line) - len(line.lstrip(" ")) < pending.indent


@dataclass(slots=True)
class _BlockStructure:
    """What markdown-it's block parser says about the source: code lines and link references."""

    code_lines: set[int] = field(default_factory=set)
    # The fence lines round an entry's address set in a code block under it (_address_fence), each
    # line's number to whether it closes the fence.
    address_fences: dict[int, bool] = field(default_factory=dict)
    definition_lines: set[int] = field(default_factory=set)
    references: dict[str, str] = field(default_factory=dict)
    # The lines where a footnote definition opens inside a list item, indented to the item's content
    # ("+   Alerts，[^mdr]语法是：" over "        [^mdr]:  《[Markdown reference](…)》, …"): markdown-it's
    # footnote plugin reads them as definitions, four spaces or more in though they are.
    nested_definitions: set[int] = field(default_factory=set)


@cache
def _block_parser() -> MarkdownIt:
    """markdown-it's block parser, built on first use: a plain-text or HTML run never imports it
    (35 ms of the CLI's start, measured with ``python -X importtime``). Footnote definitions are
    known to it, so their indented paragraphs are not code."""
    from markdown_it import MarkdownIt
    from mdit_py_plugins.footnote import footnote_plugin

    parser = MarkdownIt("commonmark").use(footnote_plugin)
    parser.disable(["inline", "footnote_tail", "text_join"])
    return parser


def normalizeReference(label: str) -> str:
    """markdown-it's ``normalizeReference``: a link label as its definitions are keyed."""
    from markdown_it.common.utils import normalizeReference as normalize

    return normalize(label)


_PRE_BLOCK = lazyre.compile(r"\s*<(?:pre|code)[\s>]|\s*<!--", re.IGNORECASE)


# Where code can be: an indented line, a fence, a <pre>/<code> block (and an HTML comment, no more
# text than code is: an author's note to self, "<!-- … https://tex.stackexchange.com/… -->"). A document without any is read
# without the block parser (the reader's own rules see everything else), which keeps long prose
# fast: markdown-it's block pass costs about as much as the rest of the reading.
_MAYBE_CODE = lazyre.compile(
    r"^(?: {4}|\t| {0,3}(?:```|~~~)| {0,3}<(?:pre|code)\b| {0,3}<!--)", re.MULTILINE | re.IGNORECASE
)
_REFERENCE = lazyre.compile(
    r"^ {0,3}\[([^\]^][^\]]*)\]:[ \t]*(<[^<>\n]*>|\S+)(?:[ \t]+(?:\"[^\"\n]*\"?|'[^'\n]*'?|\([^)\n]*\)?))?[ \t]*$",
    re.MULTILINE,
)


# A fenced block that is a list of sources, not code (heldback-15: an answer's "**Sources:**" pasted
# into a bare fence): no language named (or a plain-text one), and at least two lines, every line a
# numbered entry "[n] …" that carries a web address. Code has no such lines (a "[1]" line of a log or
# an array literal carries no address on every line); a fence naming a language stays code.
_FENCED_ENTRY = lazyre.compile(r"\[\d{1,3}\][ \t]+\S[^\n]*https?://\S+[^\n]*")
_PLAIN_INFO = frozenset({"", "text", "txt", "plaintext", "plain"})


def _fenced_reference_list(info: str, content: str) -> bool:
    if info.strip().casefold() not in _PLAIN_INFO:
        return False
    lines = [line.strip() for line in content.splitlines() if line.strip()]
    if lines and not _FENCED_ENTRY.fullmatch(lines[0]) and is_notes_heading(lines[0]):
        # The list's own heading pasted with it ("Quellenangabe:" over "[01] - Author: Title. …,
        # URL: https://… abgerufen am 02.01.2018": heldback-19's German blockchain course, seven
        # entries in a bare fence after the page's navigation).
        lines = lines[1:]
    return len(lines) >= 2 and all(_FENCED_ENTRY.fullmatch(line) for line in lines)


# A README's "## Citation" over its references indented six spaces (heldback-20's cardiac-model
# README, eight Vancouver entries, "Dubin D. Ion Adventure in the Heartland: …⏎Tampa, Florida: Cover
# Publishing; 2015."): Markdown reads an indented block as code, but right under a notes heading a
# block of paragraphs (two at least, blank-line separated) each giving a year or an address, none a
# line of code (an assignment, a call, a brace or a prompt), is the list. Code under "## Citation"
# (a BibTeX record, "pip install …") has braces, "=" or a prompt.
_ENTRY_EVIDENCE = lazyre.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)|https?://|\bdoi:")
_CODE_LINE = lazyre.compile(r"[{}=;]\s*$|^\s*(?:[$>#]|@\w+\{|\w+\(|import |from |def |pip |npm )|[{}]|\s=\s")
_INDENTED_ENTRIES = 2


# A source list may set each entry's address in a code block of its own right under the entry, so it
# shows whole and is not made a link (heldback-36's French README of a robot project: twelve ISO 690
# entries "Org. Title. [En ligne]. Disponible sur : (consulté le 6 janvier 2025)." each over "```⏎
# https://…⏎```", every URL lost as code). A fence holding one address and nothing else, opened on the
# line after a paragraph that dates its reading ("consulté le", "accessed", "дата обращения") and gives
# no address of its own, is that paragraph's next line. Code under a paragraph that dates nothing ("Then
# open:⏎```⏎http://localhost:8080⏎```") stays code.
_ADDRESS_ONLY = lazyre.compile(r"[ \t]*https?://\S+[ \t]*\n?")


def _address_fence(tokens: Sequence[Token], number: int) -> bool:
    """Whether the fence token at ``number`` is an entry's address under it (see above)."""
    fence = tokens[number]
    if fence.map is None or fence.map[1] - fence.map[0] != 3 or number < 3:  # opened, one line, closed
        return False
    if _ADDRESS_ONLY.fullmatch(fence.content) is None:
        return False
    opening, inline = tokens[number - 3], tokens[number - 2]
    if opening.type != "paragraph_open" or opening.map is None or opening.map[1] != fence.map[0]:
        return False
    text = inline.content
    return "://" not in text and ACCESS_LABEL.search(text) is not None


def _indented_reference_list(content: str) -> bool:
    paragraphs = [p for p in re.split(r"\n\s*\n", content) if p.strip()]
    return (
        len(paragraphs) >= _INDENTED_ENTRIES
        and all(_ENTRY_EVIDENCE.search(p) for p in paragraphs)
        and not any(_CODE_LINE.search(line) for line in content.splitlines())
    )


# A bare-numbered endnote opening a paragraph ("1 Terms that may be …"), and how many such
# paragraphs, numbered in order from the first, a run needs (a lone "1 Introduction" is no run).
# The note opens on a capital or a quotation mark, or on a mark a code-page slip made of the quotation
# mark ("3 ôARCAS,ö Elbit Systems": cp1252's curly quotes read as cp437 in a report exported from PDF,
# en-report-endnotes-cset-ai-decision-support.md).
_BARE_NOTE = lazyre.compile(r" {0,3}(\d{1,3}) (?=[\"“‘(A-Z]|ô\S)")
_BARE_RUN = 3


def _bare_run(source: str, lines: list[tuple[int, int]], at: int) -> bool:
    """Whether the paragraphs from line ``at`` on open with bare numbers in order, three at least."""
    first = _BARE_NOTE.match(source, lines[at][0], lines[at][1])
    if first is None:
        return False
    expected, found, previous_blank = int(first.group(1)), 0, True
    for start, end in lines[at:]:
        line = source[start:end]
        if not line.strip():
            previous_blank = True
            continue
        if previous_blank:
            bare = _BARE_NOTE.match(source, start, end)
            if bare is None or int(bare.group(1)) != expected:
                break
            expected, found = expected + 1, found + 1
            if found >= _BARE_RUN:
                return True
        previous_blank = False
    return False


# A bare note's number inside a paragraph of notes run together: after a space, before a quotation
# mark or a capital ("…-2023.pdf 2 “Summary Report…”", "…Semiconductors) 4 “Incentives…").
_INLINE_BARE_NOTE = lazyre.compile(r"(?<=\s)(\d{1,3}) (?=[\"“‘A-Z])")
_JOINED_NOTES = 3


def _joined_bare_notes(line: str, expected: int) -> list[tuple[int, int, str, int]]:
    """The notes of a line that runs bare-numbered endnotes together, "1 “…” (2023), https://… 2 “…”
    (2024), https://… 3 P.L. 117-167, …", as (start, end, label, body start within the piece): the
    line opens on note ``expected`` and holds the next ones in order, three notes at least, each
    number after a space and before a quotation mark or a capital (en-report-endnotes-nist-chips-
    digital-twin.md: a workshop report's twelve endnotes in two paragraphs, exported from PDF, read
    as none). A number out of order ("Act of 2022", "28 (1): 27-48") is the note's text."""
    first = _BARE_NOTE.match(line)
    if first is None or int(first.group(1)) != expected:
        return []
    cuts = [(first.start(1), first.group(1), first.end())]
    for found in _INLINE_BARE_NOTE.finditer(line, first.end()):
        if int(found.group(1)) == int(cuts[-1][1]) + 1:
            cuts.append((found.start(1), found.group(1), found.end()))
    # Three notes at least open a run; a run already going (a page's first paragraph, "5 … 6 …") needs two.
    if len(cuts) < (_JOINED_NOTES if expected == 1 else 2):
        return []
    bounds = [*(at for at, _, _ in cuts[1:]), len(line)]
    return [(at, end, label, body - at) for (at, label, body), end in zip(cuts, bounds, strict=True)]


_URL_TAIL = lazyre.compile(r"[\w.~%/=&?#+-]+")
_CUT_URL_END = lazyre.compile(r"https?://\S+[/-]\s*$")


def _url_tail_heading(source: str, note: _Pending, line: str) -> bool:
    """Whether an ATX heading line is the rest of the URL the note just read ends on: the note (one
    whose number the reader read, :func:`_joined_bare_notes` or a bare note) stops on a URL cut after
    a slash or a hyphen, and the heading is one run of URL characters, no space, no word of its own
    (en-report-endnotes-nist-chips-digital-twin.md: "…, NIST SP 1282, https://doi.org/10.6028/" ⏎
    "## NIST.SP.1282" ⏎ "5 DOC CHIPS activities …", the heading closing the notes after note 4)."""
    heading = _ATX.match(line)
    if heading is None or note.note_label is None or not note.lines:
        return False
    tail = line[heading.end() :].strip()
    if not tail or _URL_TAIL.fullmatch(tail) is None or not any(c in tail for c in "./"):
        return False
    last_start, last_end = note.lines[-1]
    return _CUT_URL_END.search(source, last_start, last_end) is not None


def _plain_notes_line(source: str, lines: list[tuple[int, int]], at: int) -> bool:
    """Whether line ``at`` is a notes heading without its mark, a paragraph of its own ("Endnotes",
    "Notes"), over a run of bare-numbered endnotes (:func:`_bare_run`, three at least from the next
    paragraph on): a think-tank report exported from PDF to text keeps the word and loses the
    heading's markup (en-report-endnotes-cset-ai-decision-support.md, "Endnotes" over "1 Herodotus,
    …", its fifteen notes read from the second on, each one a note off). A notes word over prose, or
    over a list numbered "1.", is left to the rules that read those."""
    start, end = lines[at]
    if (at > 0 and source[slice(*lines[at - 1])].strip()) or not is_notes_heading(source[start:end]):
        return False
    following = at + 1
    if following >= len(lines) or source[slice(*lines[following])].strip():
        return False
    while following < len(lines) and not source[slice(*lines[following])].strip():
        following += 1
    return following < len(lines) and _bare_run(source, lines, following)


def _wrapped_at_dash(source: str, lines: list[tuple[int, int]], content: str) -> bool:
    """Whether a bullet's ``content`` is the rest of the item in ``lines``, wrapped at a spaced dash:
    the item leaves a round bracket open and a straight or curly quotation too, and the content opens
    in lower case and closes that bracket before it opens another, then the quotation."""
    text = " ".join(source[a:b] for a, b in lines)
    if text.count("(") <= text.count(")") or not (text.count('"') % 2 or text.count("“") > text.count("”")):
        return False
    closing = re.match(r"[a-zà-ÿß][^()\n]*\)[\"”]", content)
    return closing is not None


def _next_ordered_value(
    source: str, lines: list[tuple[int, int]], after: int, ordered: re.Pattern[str]
) -> int | None:
    """The number of the next ordered-list line after line ``after`` (0-based index of the line
    following it), or None."""
    for start, end in lines[after:]:
        found = ordered.match(source, start, end)
        if found is not None:
            return int(found.group().strip()[:-1])
    return None


def _block_structure(source: str) -> _BlockStructure:
    structure = _BlockStructure()
    if not _MAYBE_CODE.search(source):
        for match in _REFERENCE.finditer(source):
            key = normalizeReference(match.group(1))
            if key and key not in structure.references:
                structure.references[key] = match.group(2).strip("<>")
        return structure
    env: dict[str, object] = {}
    tokens = _block_parser().parse(source, env)
    for number, token in enumerate(tokens):
        if token.map is None:
            continue
        if token.type == "fence" and _address_fence(tokens, number):
            # An entry's address in a code block right under it: read as the entry's next line.
            structure.address_fences.update({token.map[0]: False, token.map[1] - 1: True})
        elif token.type == "fence" and _fenced_reference_list(token.info, token.content):
            # A list of sources pasted into a fence is read; only its fence lines are markup.
            structure.code_lines.update({token.map[0], token.map[1] - 1})
        elif (
            token.type == "code_block"
            and number >= 2
            and tokens[number - 1].type == "heading_close"
            and is_notes_heading(tokens[number - 2].content, marked_heading=True)
            and _indented_reference_list(token.content)
        ):
            # A reference list indented under its heading, which Markdown takes for code (see
            # _indented_reference_list): read as the list it is.
            continue
        elif (
            token.type == "code_block"
            and number >= 1
            and tokens[number - 1].type in ("footnote_reference_open", "footnote_open")
            and tokens[number - 1].map is not None
            and tokens[number - 1].map[0] == token.map[0]  # type: ignore[index]
        ):
            # A note's text on its definition's own line, after a label padded to the width of the
            # link it replaced ("[^ii]:              As it turned out …", _kept_lines): the padding
            # indents it four spaces or more, which the footnote plugin reads as code. Read before only
            # where no other line of the document could be code (the block parser was not run):
            # heldback-p13seed2's Pandoc-converted blog post, spent on branch s40-hb2, has an indented
            # rule over its notes, and its two endnotes were lost as code.
            continue
        elif token.type in ("fence", "code_block") or (
            token.type == "html_block" and _PRE_BLOCK.match(token.content)
        ):
            structure.code_lines.update(range(token.map[0], token.map[1]))
        elif token.type == "footnote_reference_open" and token.level > 0:
            # A definition inside a list item, written under the sentence that calls it (s42-hunt17's
            # Chinese blog post on Markdown: five of its eight notes defined eight spaces in, in the
            # nested items that name each dialect; all five were lost).
            structure.nested_definitions.add(token.map[0])
    references = env.get("references")
    if isinstance(references, dict):
        for key, value in references.items():
            if isinstance(value, dict) and isinstance(value.get("href"), str):
                structure.references[str(key)] = value["href"]
                line_map = value.get("map")
                if isinstance(line_map, list) and len(line_map) == 2:
                    structure.definition_lines.update(range(line_map[0], line_map[1]))
    return structure


@dataclass(slots=True)
class _Pending:
    """A block being gathered: its source lines as (start offset, end offset)."""

    lines: list[tuple[int, int]] = field(default_factory=list)
    kind: BlockKind = "paragraph"
    note_label: str | None = None
    body_start: int = 0
    level: int = 0
    item: bool = False
    renumbered: bool = False  # a "[^label]:" definition (Block.renumbered)
    # Opened by a Markdown list marker ("-", "1."), not by an HTML row or block tag.
    marked: bool = False
    # A list item's content column: a paragraph after a blank line indented to it is the item's own
    # (CommonMark's continuation paragraph).
    indent: int = 0


# The date closing a "Source + access date" cell ("[npm](…)، دسترسی 2026-09-06").
_CELL_DATE = lazyre.compile(
    r"(?:19|20)\d{2}-\d{2}-\d{2}(?=[\s.)]*(?:\||$))|\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}(?=[\s.)]*(?:\||$))",
    re.M,
)


# A row of a GFM table framed by pipes ("| equal? | 複合データ型[^3]を… | `(equal? …)` |"). GFM splits a
# row into cells before it reads code spans, so a span never runs past its cell: an unclosed "`#t'"
# in one row is a literal backtick, not the start of a span that swallows the next rows' markers.
# Blog sweep (branch p10-blog-sweep): a Japanese Racket post's "[^3]" in the row after such a tick was
# masked as code, one false ``orphan-footnote``. Guard: only in a line that opens and closes with "|"
# (after up to three spaces); a span over two lines of a paragraph, and "\|" inside a cell, stay.
_TABLE_ROW_LINE = lazyre.compile(r" {0,3}\|.*\|[ \t]*")
_CELL_BAR = lazyre.compile(r"(?<!\\)\|")


def _cell_end(source: str, position: int, end: int) -> int:
    """Where a code span opening at ``position`` must close: the end of its table cell when its line
    is a table row framed by pipes, else ``end``."""
    line_start = source.rfind("\n", 0, position) + 1
    line_end = source.find("\n", position, end)
    line_end = end if line_end == -1 else line_end
    if not _TABLE_ROW_LINE.fullmatch(source, line_start, line_end):
        return end
    bar = _CELL_BAR.search(source, position, line_end)
    return bar.start() if bar is not None else line_end


class _Inline:
    """Accumulates a block's visible text from source runs, remembering where each run came from."""

    def __init__(self, source: str, index: LineIndex, references: dict[str, str]) -> None:
        self.source = source
        self.index = index
        self.references = references
        self.parts: list[str] = []
        self.length = 0
        self.segments: list[tuple[int, int]] = []
        self.anchors: list[Anchor] = []
        self.links: list[tuple[int, str]] = []
        self.spans: list[tuple[int, int, str]] = []
        self.open_emphasis: dict[str, int] = {}
        self.link_spans: list[LinkSpan] = []
        self.masked: list[tuple[int, int]] = []
        self.open_link: tuple[str, int] | None = None
        self.open_code: int | None = None
        self.open_em: dict[str, int] = {}
        self.link_depth = 0
        # Where a numbered entry's "[n]" opens a line (see :func:`_entry_numbers`): text, no link.
        self.entry_numbers: set[int] = set()
        # Source offsets of line ends read as spaces (see :func:`_soft_breaks`), and those of them
        # that a hard-wrapped paragraph's are (:func:`_wrapped_breaks`).
        self.soft_breaks: set[int] = set()
        self.wrapped_breaks: set[int] = set()

    def emit(self, text: str, source_offset: int) -> None:
        if text and self.soft_breaks and "\n" in text:
            # A source line end that "<br>" lines make soft (see _soft_breaks): a space, same length.
            text = "".join(
                " " if c == "\n" and source_offset + i in self.soft_breaks else c for i, c in enumerate(text)
            )
        if text:
            self.segments.append((self.length, source_offset))
            self.parts.append(text)
            self.length += len(text)

    def anchor(self, label: str, text: str, source_offset: int) -> None:
        start = self.length
        self.emit(text, source_offset)
        line, column = self.index.line_col(source_offset)
        self.anchors.append(Anchor(label, start, self.length, line, column))

    def link(
        self,
        href: str,
        text_start: int,
        text_end: int,
        *,
        emphasised: bool = False,
        literal: bool = False,
        image: bool = False,
    ) -> None:
        """Link text shown in place (its own markup read: code, emphasis), and the link kept for
        entries and inline citations. ``literal``: the text is shown as written (a URL)."""
        if href.startswith("<") and href.endswith(">"):
            href = href[1:-1]
        # CommonMark reads a backslash before ASCII punctuation in a destination as an escape
        # ("(http://www.getty.edu/vow/AATFullDisplay?find=document\&logic=AND\&note=)": heldback-23's
        # French bibliography, a Jekyll page, 19 such addresses).
        href = _DESTINATION_ESCAPE.sub(r"\1", href)
        if not literal:
            href = shown_address(self.source[text_start:text_end], href) or href
            # A platform's outbound redirect leads to the address in its parameter (urls.unwrap_redirect).
            href = unwrap_redirect(href)
        start = self.length
        self.links.append((start, href))
        if literal:
            self.emit(self.source[text_start:text_end], text_start)
        else:
            # Link text is one title mark: emphasis inside it marks the whole link, not a run of it —
            # save in a whole reference linked with its access date (_dated_reference_text), where
            # the emphasis sets its title apart as it would unlinked.
            whole = _dated_reference_text(self.source[text_start:text_end]) or issuer_before_emphasised_title(
                self.source[text_start:text_end]
            )
            outer_emphasis, outer_spans = self.open_emphasis, len(self.spans)
            self.open_emphasis = {}
            self.link_depth += 1
            self.line(text_start, text_end)
            self.link_depth -= 1
            if not whole:
                del self.spans[outer_spans:]
            self.open_emphasis = outer_emphasis
            self.spans.append((start, self.length, "link"))
            if _EMPHASIS.search(self.source[text_start:text_end]) and not whole:
                self.spans.append((start, self.length, "em"))
        if is_web_url(href) and self.length > start and not self.link_depth:
            shown = text_since(self.parts, self.length, start).strip()
            raw = self.source[text_start:text_end].strip()
            self.link_spans.append(
                LinkSpan(
                    href,
                    start,
                    self.length,
                    anchor_is_url=shown == href,
                    emphasised=emphasised or _emphasised(raw),
                    image=image,
                )
            )

    def code_span(self, ticks: str, position: int, end: int) -> int:
        """A code span from ``position``: shown, masked; returns where it ends (CommonMark's rule:
        the closing run has exactly as many backticks; without one the ticks are text)."""
        length = len(ticks)
        search = position + length
        end = _cell_end(self.source, position, end)
        while True:
            close = self.source.find(ticks, search, end)
            if close == -1:
                self.emit(ticks, position)
                return position + length
            after = close + length
            if (close == 0 or self.source[close - 1] != "`") and (after >= end or self.source[after] != "`"):
                start = self.length
                self.emit(self.source[position + length : close], position + length)
                self.masked.append((start, self.length))
                return after
            search = after
            while search < end and self.source[search] == "`":
                search += 1

    def tag(self, text: str, position: int) -> None:
        """HTML inside Markdown: ``<a href>`` links and ``<code>`` spans; other tags vanish."""
        name = _TAG_NAME.match(text)
        if name is None:
            return
        closing, tag = name.group(1) == "/", name.group(2).lower()
        if tag == "br" and _glued_break(self.source, position, position + len(text)):
            self.emit(" ", position)
        elif tag == "a":
            if closing and self.open_link is not None:
                href, start = self.open_link
                self.open_link = None
                self.links.append((start, href))
                if is_web_url(href) and self.length > start:
                    shown = text_since(self.parts, self.length, start).strip()
                    self.link_spans.append(LinkSpan(href, start, self.length, anchor_is_url=shown == href))
                    # "<strong>[1] Ophelos France</strong> · <a href=…>Title</a>": an HTML anchor's
                    # text marks a title as "[Title](…)" does.
                    self.spans.append((start, self.length, "link"))
            elif not closing:
                found = _HREF.search(text)
                href = next((g for g in found.groups() if g is not None), "") if found else ""
                self.open_link = (href.strip(), self.length) if href.strip() else None
        elif tag in _EMPHASIS_TAGS:
            # "<i>La divine comédie</i>": emphasis, as "*…*" is.
            if closing and tag in self.open_em:
                opened = self.open_em.pop(tag)
                if self.length > opened:
                    self.spans.append((opened, self.length, "em"))
            elif not closing:
                self.open_em[tag] = self.length
        elif tag in _CODE_TAGS:
            if closing and self.open_code is not None:
                self.masked.append((self.open_code, self.length))
                self.open_code = None
            elif not closing and not text.endswith("/>"):
                self.open_code = self.length

    def line(self, start: int, end: int) -> None:
        source = self.source
        position = start
        for candidate in _MARKUP_START.finditer(source, start, end):
            if candidate.start() < position:
                continue
            match = _INLINE.match(source, candidate.start(), end)
            if match is None or match.end() == match.start():
                continue
            group = match.lastgroup
            if group == "reflink":
                ref = match.group("rref") or match.group("rtext")
                href = self.references.get(normalizeReference(ref)) if ref.strip() else None
                if href is None:
                    continue  # "[1]" with no definition: text, and perhaps a marker
                if candidate.start() in self.entry_numbers and match.group("rref") is None:
                    continue  # "[1] Go Memory Model: …" in a numbered list: its number
            self.emit(source[position : match.start()], position)
            position = match.end()
            if group == "url":
                url = match.group()
                if source[match.start() - 1 : match.start()] == "{" and "}" in url:
                    # An address opened right after "{" is a LaTeX argument ("\\href{https://…}{svpng}",
                    # "\\url{https://…}" left in Markdown): it ends at the "}" that closes it, as no
                    # address holds a "}" unencoded (RFC 3986). Read with "}{svpng}来输出…" glued on
                    # before, an address no server has: 12 links of two documents of branch s41-hunt13
                    # (fixtures/parse-eval part "p41hunt13 (studied)"), a Chinese R Markdown report and
                    # a README written for both GitHub and LaTeX.
                    url = url[: url.index("}")]
                url = _trim_bare_url(url)
                if url.endswith("\\") and source.startswith(">", match.start() + len(url)):
                    # Pandoc's escaped angle brackets round an address, "\<https://en.wikipedia.org/
                    # wiki/Chipset\>" (Word's ISO 690 "Dostupné na internete: <URL>" converted to
                    # Markdown: heldback-42's sk-iso690-pandoc, 4 of its 6 notes): the backslash
                    # escapes the closing bracket, no part of the address.
                    url = url[:-1]
                if source[max(0, match.start() - 4) : match.start()].lower() == "&lt;":
                    # "\&lt;https://freshman.tech/pomodoro-timer\&gt;": angle brackets a converter wrote
                    # as escaped entities (urls._without_entity_bracket); the closing one is no part
                    # of the address.
                    closing = _ENTITY_GT.search(url)
                    url = url[: closing.start()] if closing is not None else url
                if self.link_depth:  # a URL shown as a link's text: the link is the citation
                    self.emit(url, match.start())
                else:
                    # A backslash before ASCII punctuation is a Markdown escape, also inside a bare
                    # URL (CommonMark reads escapes before GFM finds the URL): research exports
                    # print "?sequence=2\\&isAllowed=y", rendered and followed as "…=2&isAllowed=y".
                    href = _URL_ESCAPE.sub(r"\1", url)
                    # An entity reference is read as the character it names, in a bare URL as in the
                    # text around it: "…LmNvbS8&amp;guce_referrer_sig=…" (a converter's escaped "&",
                    # en-harvard-entity-brackets-pomodoro-app.md entry 10) goes to "…&guce_…".
                    href = href.replace("&amp;", "&")
                    self.link(href, match.start(), match.start() + len(url), literal=True)
                position = match.start() + len(url)
            elif group == "keylink":
                # "[[Dea07]](…/bibliography/#Dea07)": a link whose text is a bracketed key (CommonMark
                # reads it so), not a wiki link followed by a parenthesis (p38md's Vietnamese SRE book
                # notes: the key read as the title "Dea07" and the address lost as text).
                self.link(
                    match.group("khref"),
                    match.start("ktext"),
                    match.end("ktext"),
                    emphasised=_emphasis_around(source, match.start(), match.end()),
                )
            elif group == "wikilink":
                # An Obsidian or wiki link to a note, "[[path/01 - Note title|Alias]]": the alias (else
                # the note's name) is shown and names the work cited, as a title would; no URL.
                name = "walias" if match.group("walias") else "wtarget"
                shown = match.group(name)
                offset = match.start(name)
                if name == "wtarget" and "/" in shown:
                    offset += shown.rindex("/") + 1
                    shown = shown[shown.rindex("/") + 1 :]
                shown_at = self.length
                self.emit(shown, offset)
                self.spans.append((shown_at, self.length, "em"))
            elif group == "span":
                # A Pandoc bracketed span, "[Harvey Support]{.smallcaps}" (heldback-20's Bluebook
                # footnotes set each site's name so): its text, without the brackets, which would
                # read as a bracketed remark or a title of their own.
                self.emit(match.group("stext"), match.start("stext"))
            elif group == "attrs":
                pass  # a kramdown/Pandoc attribute list ('{:target="_blank"}', "{.unnumbered}"): markup
            elif group == "escape":
                self.emit(match.group()[1:], match.start() + 1)
            elif group == "nbsp":
                self.emit("\u00a0", match.start() + 1)  # Pandoc's escaped space: "v\\ Praze"
            elif group == "entity":
                # CommonMark decodes entity references in text ("10&nbsp;November&nbsp;2014",
                # "AT&amp;T"); one that names nothing ("&foo;") stays as written.
                self.emit(html.unescape(match.group()), match.start())
            elif group == "code":
                position = self.code_span(match.group(), match.start(), end)
            elif group == "fnref":
                self.anchor(match.group("fnlabel") or match.group("fnlabel_b"), match.group(), match.start())
            elif group in ("sup", "suplink"):
                name = "suptext" if group == "sup" else "suplinktext"
                text = match.group(name)
                before = source[max(start, match.start() - 12) : match.start()]
                after = source[match.end() : min(end, match.end() + 8)]
                if looks_like_label(text) and not is_power(before, clean_label(text), after):
                    self.anchor(clean_label(text), text, match.start(name))
                else:
                    self.emit(text, match.start(name))
            elif group == "image":
                self.emit(match.group("alt"), match.start("alt"))
            elif group == "imagelink":
                self.link(
                    match.group("ihref"), match.start("ialt"), match.end("ialt"), literal=True, image=True
                )
            elif group in ("link", "reflink"):
                text_group = "ltext" if group == "link" else "rtext"
                self.link(
                    match.group("href") if group == "link" else str(href),
                    match.start(text_group),
                    match.end(text_group),
                    emphasised=_emphasis_around(source, match.start(), match.end()),
                )
                if _address_link_glued(source, match.start(text_group), match.end(text_group), match.end()):
                    self.emit(" ", match.end())
            elif group == "emphasis":
                opened = self.open_emphasis.pop(match.group(), None)
                if opened is None and source[match.end() : match.end() + 1] in ("", " ", "\t", "\n"):
                    # A closing delimiter that closes nothing is text (CommonMark): "…models-Robert_ Nau.pdf".
                    self.emit(match.group(), match.start())
                elif opened is None and _never_closed(source, match):
                    # An opening delimiter that nothing closes in its paragraph is text (CommonMark):
                    # "MicroPython Development Team. _thread — Multi-threading support." (heldback-36's
                    # French robot README, the module's name lost its underscore).
                    self.emit(match.group(), match.start())
                elif opened is None:
                    self.open_emphasis[match.group()] = self.length
                elif self.length > opened:
                    self.spans.append((opened, self.length, "em"))
            elif group == "autolink":
                self.link(match.group("auto"), match.start("auto"), match.end("auto"), literal=True)
            elif group == "tag":
                self.tag(match.group(), match.start())
        self.emit(source[position:end], position)

    def row(self, cells: list[tuple[int, int]], columns: SourceColumns) -> Block:
        """One row of a table of sources as an entry written like a reference: the title (or
        source) cell first, then the other cells but a numbering one, " | " between them, each link
        column's URL shown as such, and an access label before the cell that dates the reading."""
        order = columns.order(len(cells), left_out=_linked_row_commits(self.source, cells, columns))
        # A cell of symbols only ("◈", "🎓": a role or kind column keyed by a legend, heldback-27's
        # French source table) holds no text of the entry: left out, the cells around it meet.
        order = [
            i
            for i in order
            if i in (columns.title, columns.access)
            or any(c.isalnum() for c in self.source[cells[i][0] : cells[i][1]])
            or not self.source[cells[i][0] : cells[i][1]].strip()
        ]
        for place, number in enumerate(order):
            start, end = cells[number]
            dated = _CELL_DATE.search(self.source, start, end) if columns.dated_sources else None
            if place:
                self.emit(
                    columns.separator(place, access=number == columns.access and dated is None), start - 1
                )
            if number == columns.access and dated is not None:
                # "[npm](https://…)، 2026-09-06": the links, then the access label before the date.
                self.line(start, dated.start())
                self.emit(ACCESS_CELL, dated.start())
                self.line(dated.start(), end)
                continue
            link = _LINK_CELL.fullmatch(self.source, start, end) if number in columns.links else None
            bare = bare_host_url(self.source[start:end]) if number in columns.links else None
            if link is not None:
                href = link.group(1) or link.group(2)
                self.emit(href, link.start(1) if link.group(1) else link.start(2))
            elif bare is not None:
                self.emit(bare, start)  # shown with the scheme, as a link column's href is
            else:
                links, spans, title_at = len(self.links), len(self.spans), self.length
                self.line(start, end)
                if number == columns.title:
                    # The title column names the source: its first link's text is the title even
                    # where the link points to a local copy ("[`html.dtd` RCS ChangeLog](../raw/…)").
                    local = [at for at, href in self.links[links:] if not is_web_url(href)]
                    first = [
                        (a, b)
                        for a, b, kind in self.spans[spans:]
                        if kind == "link" and local and a == local[0]
                    ]
                    self.spans.extend((a, b, "em") for a, b in first[:1])
                    if (
                        columns.named is None or columns.titled or _plain_name(self.source[start:end])
                    ) and end > start:
                        # A table under a notes heading names its sources in its first column, a
                        # column named "Title" holds titles, and a source column's cell that only
                        # names its source (_plain_name) is one: the cell is the title, as markup
                        # would mark it.
                        self.spans.append((title_at, self.length, "em"))
        block = self.block(_Pending())
        block.source_row = True
        block.row_key = columns.row_key([self.source[a:b] for a, b in cells])
        return block

    def plain_row(self, cells: list[tuple[int, int]]) -> Block:
        """A row of a layout table (:func:`_layout_rows`) as the line it lays out: its cells, a
        space between them."""
        for place, (start, end) in enumerate(cells):
            if place:
                self.emit(" ", start - 1)
            self.line(start, end)
        return self.block(_Pending())

    def block(self, pending: _Pending) -> Block:
        # Lines that follow each other in the source with only indentation between them are read
        # as one run, so a link or code span wrapped over two lines ("[please\ndonate today]") is
        # one link; lines apart (a quote's "> " between them) are read one by one.
        self.entry_numbers = _entry_numbers(self.source, pending.lines)
        runs: list[list[int]] = []
        for start, end in pending.lines:
            if runs and not self.source[runs[-1][1] : start].strip():
                runs[-1][1] = end
            else:
                runs.append([start, end])
        self.soft_breaks = _soft_breaks(self.source, pending.lines)
        if (
            not self.soft_breaks
            and not _broken_at_every_line(self.source, pending.lines)
            and (
                not pending.item
                or (pending.marked and _FIELD_LABEL.match(self.source, pending.lines[0][0]) is None)
            )
        ):
            self.soft_breaks = self.wrapped_breaks = (
                _wrapped_breaks(self.source, pending.lines)
                if not pending.item or len(pending.lines) >= _ITEM_LINES_MIN
                else _linked_breaks(self.source, pending.lines)
                | _short_item_breaks(self.source, pending.lines)
            )
        for number, (start, end) in enumerate(runs):
            if number:
                # The line end before the run (a quotation's run starts after its "> ").
                newline = self.source.rfind("\n", 0, start)
                if self.source[newline + 1 : start].strip(" \t>"):
                    newline = start - 1
                self.emit(" " if newline in self.soft_breaks else "\n", start - 1)
            self.line(start, end)
        if self.open_code is not None:
            self.masked.append((self.open_code, self.length))
        return Block(
            text="".join(self.parts),
            locator=SpanLocator(self.index, self.segments),
            kind=pending.kind,
            anchors=self.anchors,
            links=self.links,
            note_label=pending.note_label,
            body_start=pending.body_start,
            spans=sorted(self.spans),
            link_spans=self.link_spans,
            masked=self.masked,
            level=pending.level,
            item=pending.item,
            renumbered=pending.renumbered,
        )


# A link whose text is its address, the text after it glued to its closing parenthesis
# ("[https://www.oecd-ilibrary.org/economics/inflation-forecast](…)2020 年 9 月 9 日检索", "[http://www .
# copladebc . gob . MX/…](http://…Ene14.pdf)pdf(2020 年 4 月 13 日访问)": machine-translated Chinese
# lists, heldback-23's and heldback-33's, one URL each): rendered, the address ends where the link
# does, but read as text it ran on into the date. A space parts them. Only a link whose text opens
# with a scheme or "www.", and a letter or digit right after it; a link with a title for its text
# ("[Title](…)s") is left as written.
_ADDRESS_TEXT = lazyre.compile(r"\s*(?:https?://|www\.)", re.IGNORECASE)


@functools.lru_cache(maxsize=2)
def _underscore_closers(source: str, run: str) -> tuple[int, ...]:
    """Where a run of ``run`` underscores could close emphasis in ``source`` (not followed by a
    letter, digit or another underscore), in order; found once per source and run."""
    return tuple(m.start() for m in re.finditer(rf"(?<!_){re.escape(run)}(?![\w_])", source))


@functools.lru_cache(maxsize=2)
def _paragraph_breaks(source: str) -> tuple[int, ...]:
    return tuple(m.start() for m in re.finditer(r"\n[ \t]*\n", source))


def _never_closed(source: str, opener: re.Match[str]) -> bool:
    """Whether an underscore run opening emphasis has no same run after it in its paragraph that
    could close it. (Positions found once per source: a paragraph of thousands of unclosed "_x"
    costs no scan to its end from each.)"""
    run = opener.group()
    if not run.startswith("_"):
        return False
    breaks = _paragraph_breaks(source)
    at = bisect.bisect_left(breaks, opener.end())
    stop = breaks[at] if at < len(breaks) else len(source)
    closers = _underscore_closers(source, run)
    at = bisect.bisect_left(closers, opener.end())
    return at >= len(closers) or closers[at] >= stop


def _address_link_glued(source: str, text_start: int, text_end: int, end: int) -> bool:
    """Whether a link shown as its address is glued to a word after it (see above)."""
    after = source[end : end + 1]
    return bool(after) and after.isalnum() and _ADDRESS_TEXT.match(source, text_start, text_end) is not None


def _glued_break(source: str, start: int, end: int) -> bool:
    """Whether a ``<br>`` at ``source[start:end]`` stands between two visible characters on one
    source line ("…/function.password-hash.php<br>Data ultima visita: 23.12.2021"): rendered, the
    break parts them, so it is read as a space where other tags vanish; read as nothing, it glued
    the next line's first word onto an address ("…password-hash.phpData", every URL of
    heldback-23's Italian "Sitografia", 7 of 7). A break at a line's end or beside a space or
    another tag is left to the line rules (_soft_breaks)."""
    before = source[start - 1 : start]
    after = source[end : end + 1]
    return all(side and not side.isspace() and side not in "<>" for side in (before, after))


# A paragraph whose author ends lines with "<br>" breaks lines there and nowhere else: its other
# line ends are the source's wrapping, which Markdown renders as spaces ("ALMEIDA, S. **Familiares
# questionam demora … médico⏎pelo SUS**. … Acesso em: 02/12/2020.<br>⏎YAHN, N. …": an ABNT list one
# entry a "<br>" line, hard-wrapped at 80 columns). Read as line breaks, they cut every wrapped entry
# into pieces: hard-wrapping the parse eval's Markdown documents at 80 columns lost 808 of 18,462
# fields, 239 of them in paragraphs of "<br>" lines. Only where two lines or more end with the tag;
# Markdown's own hard break (two spaces, a backslash) is read so too, but never at a line that closes
# on a link or an address (trailing spaces are left in copied link lists by accident): _soft_breaks.
_BR_END = lazyre.compile(r"<br\s*/?>(?:\s*</br>)?[ \t]*$", re.IGNORECASE)
_BR_LINES_MIN = 2
# A line that ends on Markdown's hard break: two spaces or more, or a backslash, before its line end.
_HARD_BREAK_END = lazyre.compile(r"(?: {2,}|(?<!\\)\\)\n")
_LINK_END = lazyre.compile(r"(?:\]\([^()\s]*\)|https?://\S*|>)\W{0,3}$")


def _broken_at_every_line(source: str, lines: list[tuple[int, int]]) -> bool:
    """Whether every line of a paragraph but its last ends with "<br>" (two at least): its author broke
    each line by hand, so none of its line ends is a hard wrap's, whatever the lines' widths. Without
    this, :func:`_soft_breaks` finding no soft end left the paragraph to :func:`_wrapped_breaks`,
    which read lines of like width as one wrapped run: a README's notes one a line, "<sup>1</sup>
    <a href=…>Kennedy, Wojcik, and Lazer (2017).</a><br>⏎<sup>2</sup> See …<br>⏎…" (heldback-p40hunt12's
    election README, spent on branch s40-hb3: notes 2-5 joined to note 1, three addresses lost).
    Guard: a paragraph with one "<br>" line end, or one whose other line ends lack the tag, is read
    as before (_soft_breaks makes those ends soft)."""
    ends = [bool(_BR_END.search(source, start, end)) for start, end in lines[:-1]]
    return len(ends) >= _BR_LINES_MIN and all(ends)


def _soft_breaks(source: str, lines: list[tuple[int, int]]) -> set[int]:
    """The source offsets of a paragraph's line ends that are soft, where the paragraph breaks its
    lines with "<br>" (see above): each line end not preceded by the tag, but the last line's.
    (Without "<br>", a paragraph not in a list item may be hard-wrapped: :func:`_wrapped_breaks`.)"""
    ends = [bool(_BR_END.search(source, start, end)) for start, end in lines]
    if sum(ends) < _BR_LINES_MIN:
        # Markdown's own hard break, two spaces or a backslash at a line's end ("1\\. UN Climate
        # Change Conference …,⏎[https://…](…)  ⏎2\\. …", a Google Docs export): read as "<br>" is.
        # Data: parse_wrap, heldback-35's Portuguese report (its notes ended on "  ", wrapped at 80:
        # nine fields lost, none now); the unwrapped eval's per-part tables unchanged.
        ends = [_HARD_BREAK_END.search(source, start, end + 2) is not None for start, end in lines]
        if sum(ends) < _BR_LINES_MIN:
            return set()
        # A line closing on a link or an address ends an entry of a link list one a line, whatever
        # its line end (heldback-23's Serbian link list, some lines ending on a no-break space).
        opening = _opens_next_numbered_entry(source, lines)
        return {
            end
            for index, ((start, end), hard) in enumerate(zip(lines[:-1], ends, strict=False))
            if not hard
            and source[end : end + 1] == "\n"
            and _LINK_END.search(source[start:end].rstrip()) is None
            and not opening[index + 1]
            # A notes heading as the paragraph's first line, the entries under it with no blank line
            # between and each closed by a hard break ("参考文献：⏎[1]Hu Bing,…  ⏎[2]…", a PDF's text
            # pasted with its heading): the heading ends its line. Found by rewriting the visible
            # documents' "# Heading⏎⏎entries" so (branch s35-notes): three Chinese GB/T lists (zh-gbt-
            # shigong-lwt.md, zh-gbt-pdf-time-series.md, zh-gbt-pdfmd-horqin-lulc-cankao.md) lost every
            # note, the heading read as wrapped onto the first entry.
            and not (index == 0 and is_notes_heading(source[start:end]))
        }
    return {
        end
        for (_, end), hard in zip(lines[:-1], ends, strict=False)
        if not hard and source[end : end + 1] == "\n"
    }


def _opens_next_numbered_entry(source: str, lines: list[tuple[int, int]]) -> list[bool]:
    """For each line of a paragraph: whether it opens with a label numbered one after the last label
    that opened a line above it ("(3) … GigaScience. 2021 Jan 29;10(2):giab008⏎(4) Broad Institute.
    …"): the next entry of a numbered list, whatever the line above ends on. A line end before it is
    no soft break even where the paragraph's other entries close on Markdown's hard break: a list
    whose author ended some lines with two spaces and not others (a genome course README's
    Vancouver "(n)" list, eight of twelve entries run into the one above; branch p12-numbered).
    Guard: only a label in sequence; a "(2014)" or "3." that does not continue the numbering above
    is the entry's text."""
    opening = [False] * len(lines)
    previous: int | None = None
    for index, (start, _end) in enumerate(lines):
        entry = match_entry_start(source, start)
        ordinal = label_ordinal(entry.label) if entry is not None and entry.label else None
        if ordinal is None:
            continue
        opening[index] = previous is not None and ordinal == previous + 1
        previous = ordinal
    return opening


# A paragraph hard-wrapped at a fixed width (a README or notes file kept at 72-80 columns, a PDF's
# text): Markdown renders its line ends as spaces, but a reference list often writes one entry a line
# with no blank line between, so a line end is read as a space only where the structure says the
# line was wrapped there and the entry goes on, never where a line may open an entry:
#   - the paragraph's wrap width (its longest line but those an unbreakable token, an address of more
#     than 30 characters, made longer) is 60 columns at least, and the next line's first word would
#     not have fitted on the line within it (an editor's greedy wrap; a word the editor kept off a
#     line's start, "2." or "-", moves down with the word before it): a line broken by hand short
#     of the margin keeps its line end;
#   - the next line opens no entry (no label: "[2]", "3.", "11b.", "21\.", "•"), and no blank line
#     comes between (a list item's continuation paragraph is read by its own rules);
#   - the line above does not end on a word cut at its hyphen or on an address cut at the margin
#     (a PDF's text: joined without a space further on, urls.unwrap_urls);
#   - the text runs on: the next line opens on an address where the entry has none yet or after a
#     comma, colon or label ("Available:⏎https://help.ubuntu.com."; an address after an address is
#     a list of them); or, not on an address, the paragraph is wrapped whole (three lines at least,
#     each but the last filled to the width: running text, "… Works cited 1. Title, accessed …,
#     https://… 2. Title …" run into one paragraph), or the next line opens in lower case or on a
#     digit ("Retrieved⏎from …", "accessed March⏎9th, 2019."), or on a bracket after a word ("…
#     тренды⏎[Электронный ресурс]"), or the entry so far ends on a comma, a colon, a joining dash, a
#     word that ends no entry (an article, a conjunction, a preposition: "running: A⏎Step-By-Step
#     Guide"), or an access label ("Accessed⏎March 11, 2015."), or leaves a bracket or an emphasis
#     open ("(Zugriff am 30.⏎August 2014).");
#     An access date in brackets opens no entry ("…/issledovanie⏎(дата обращения: 03.12.2024)"), and
#     where three lines at least close on one (a GOST list one entry a line), a line that does not
#     goes on ("… Models Through The Supply⏎Chain // International Journal …");
#   - whatever the width, a line end inside a link's text ("[Quelle: Financial Times über den⏎
#     Deal](https://…)") is a space: it is inside one inline element.
# A list item ("-", "1.": not an HTML row, whose cells are lines of their own) is read so only when it
# has four lines at least (a "Works cited" run into one numbered item) and gives no record's field
# ("- **Kaynak:** …"): shorter items are left as the item reader reads them (read whole, an item
# "Publisher, Series "Title⏎(…)", date:⏎https://…" lost its publisher in heldback-27's dossier, and
# a source register's field items, read whole, were counted one more than the files they list in
# heldback-20's Turkish register).
# The readers of the source's lines (a generic list's entries, one a line) see the same lines joined
# (ReadResult.soft_breaks, document._joined_lines).
# Data: benchmarks/parse_wrap.py (the eval's 690 Markdown documents wrapped at 80 columns as a careful
# editor wraps them): fields lost 454 -> 187 (documents worse 51 -> 31); in the unwrapped eval one
# document changes, a German bibliography hard-wrapped at 72 columns in its source (its entry 10,
# "… (Zugriff am 30.⏎August 2014).", whole again: title and access date gained); no other footnote of
# the 763 documents read changes, nor any of the README corpus and the analyses.
# Branch p10-wrap2 (parse_wrap 183 -> 50 lost, 30 -> 12 documents worse; every footnote of the 690
# non-held-back Markdown documents read identical to main's): Markdown hard breaks (_soft_breaks),
# link text in short items (_linked_breaks), an outliner's nested items (_item_continues), the
# document's width for a paragraph that tells none (_document_width), _LINK_CLOSED, _LABEL_ALONE,
# short items (_short_item_breaks), quotation markers, a line opening on an access label.
_WRAP_WIDTH_MIN = 60
_WRAPPED_LINES_MIN = 3
_ITEM_LINES_MIN = 4
_CLOSED_LINES_MIN = 3
_LABEL_REACH = 40
_TOKEN_MAX = 30
# A line that ends on a comma, colon, semicolon, an opening bracket, "&", a spaced dash, or a word
# that cannot end an entry: an article, a conjunction or a preposition (the languages of the eval).
_RUNS_ON_END = lazyre.compile(
    r"(?:[,:;(\[&]|\s[-–—]|\s(?:a|an|and|or|the|of|in|to|for|with|on|at|by|from|into|et|und|der|die|das"
    r"|den|dem|von|zu|für|mit|de|la|le|les|des|du|van|het|een|en|voor|op|met|y|e|el|los|las|del|para|con"
    r"|por|do|da|em|com|di|della|il|per|и|в|на|с|по|для|о|w|z|i))$",
    re.IGNORECASE,
)
# A list item that gives one field of a record ("- **Kaynak:** OGM, Tablo 1.6 …", "- **URL:** https://…",
# heldback-20's Turkish source register, a file a heading): its lines are left as the item reader
# reads them (read whole, the register's entries were counted one more than the files it lists).
_FIELD_LABEL = lazyre.compile(r"(?:\*\*|__)[^*_\n]{1,30}:(?:\*\*|__)|(?:\*\*|__)[^*_\n]{1,30}(?:\*\*|__):")
# A line that closes on an access date in brackets: "(дата обращения: 03.12.2024)", "[Accessed 3 May
# 2020]." (the label and a date of digits or words, the bracket closed, a full stop at most after).
_ACCESS_CLOSE = lazyre.compile(r"[(\[][^()\[\]\n]{0,40}\d{4}[^()\[\]\n]{0,3}[)\]]\.?[ \t]*$")
_BRACKETS = (("(", ")"), ("[", "]"), ("«", "»"), ("“", "”"))
_WORD_CUT = lazyre.compile(r"\w-$")
_LIST_NUMBER = lazyre.compile(r"\d{1,3}[a-z]?\\?[.)]")


# A word that an editor's wrap keeps off a line's start, because there it would open a block ("2.",
# "-", "#", ">"): the word before it moves down with it.
_BLOCK_WORD = lazyre.compile(r"\d{1,9}[.)]|[-*+>]|#{1,6}")


def _first_unit(line: str) -> int:
    """How long the first piece of ``line`` is that a greedy wrap would move up whole."""
    words = line.split(None, 2)
    if not words:
        return 0
    if len(words) > 1 and _BLOCK_WORD.fullmatch(words[1]):
        return len(words[0]) + 1 + len(words[1])
    return len(words[0])


def _closes_entry(line: str) -> bool:
    """A line that ends as an entry of a list one a line does: on a full stop (not a list number's,
    "… 2."), having given an address or an access label ("… Disponível em: <https://…>. Último
    acesso em: 15/04/2021."): an ABNT list whose lines are all about as long as the longest
    (heldback-16's architecture document) is no paragraph wrapped whole."""
    stripped = line.rstrip()
    return (
        stripped.endswith(".")
        and _LIST_NUMBER.fullmatch(stripped.rsplit(None, 1)[-1]) is None
        and (URL_PATTERN.search(stripped) is not None or ACCESS_LABEL.search(stripped) is not None)
    )


def _closes_on_access_date(line: str) -> bool:
    """Whether a line closes on an access date in brackets (:data:`_ACCESS_CLOSE`, with its label)."""
    found = _ACCESS_CLOSE.search(line)
    return found is not None and ACCESS_LABEL.search(found.group()) is not None


def _inside_link_text(source: str, end: int, following: str) -> bool:
    """Whether a line ends inside a link's text: a "[" the line opened and left open, closed by
    "](" on the next line."""
    line = source[source.rfind("\n", 0, end) + 1 : end]
    opened = line.rfind("[")
    return opened != -1 and "]" not in line[opened:] and re.match(r"[^\[\]\n]*\]\(", following) is not None


def _linked_breaks(source: str, lines: list[tuple[int, int]]) -> set[int]:
    """A line end inside a link's text ("▶ [Quelle: Financial Times über den⏎Deal](https://…)") is
    inside one inline element: a space, however short the line, in a list item of any length too
    ("1. NASA. [NASA Systems Engineering Handbook, Revision⏎2](https://…). 2016.": the Turkish
    numbered list's titles, cut at the wrap, were read to the line end; parse_wrap)."""
    return {
        end
        for (_, end), (following_start, following_end) in itertools.pairwise(lines)
        if source[end : end + 1] == "\n"
        and _inside_link_text(source, end, source[following_start:following_end])
    }


# A list marker opening a source line, nested or not ("    - 1. Gorwa, R. …", an outliner's item
# numbered in its text): the item's content column is where its text starts.
_MARKER_LINE = lazyre.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?=\S)")


# A year in brackets opening a line ("(2022). "ToxiGen: …"): an entry's label "(n)" to the entry
# reader, but under a list item's text, indented to it, the item's date wrapped down (an APA item
# "- 4. Hartvigsen, T., …, & Kamar, E.⏎      (2022). …": heldback-27's outline).
_YEAR_OPENING = lazyre.compile(r"\((?:1[5-9]|20)\d{2}[a-z]?\)")


def _item_continues(source: str, paragraph_start: int, following_start: int) -> bool:
    """Whether a line is indented under a list item opening a line above it in the paragraph, to
    the item's content column at least, as every line between is: in Markdown a paragraph's next
    line goes on with it, and an editor's wrap indents it so (an outliner's nested "    - 4.
    Hartvigsen, T., … Implicit and⏎      Adversarial Hate Speech Detection." *ACL 2022*.⏎
    https://…", read as one paragraph of lines, a line each: heldback-27's outline lost its twelve
    titles and nine addresses wrapped). Only where the rest of the wrap rules hold (the width, no
    entry opening the line) and not on a record's field ("  **URL:** …", a line of its own)."""
    following_line = source.rfind("\n", 0, following_start) + 1
    if source[following_line:following_start].strip():
        return False
    text = source[following_start : following_start + 40]
    if _FIELD_LABEL.match(text.lstrip(" \t")) or _BOLD_LINE.match(text):
        return False
    indent = len(source[following_line:following_start]) + len(text) - len(text.lstrip(" \t"))
    line_start = following_line
    while line_start > paragraph_start:
        line_start = source.rfind("\n", 0, line_start - 1) + 1
        marker = _MARKER_LINE.match(source, line_start)
        if marker is not None:
            return indent >= marker.end() - line_start
        line = source[line_start : source.find("\n", line_start)]
        if len(line) - len(line.lstrip(" \t")) < indent:
            return False
    return False


# A line closing a Markdown link with its title ("](https://… "https://…")") or with a comma or stop
# after it ("](https://…),"): the address is whole (a link whose address is cut at a hyphen,
# "[https://…/machismo-](https://…/machismo-)⏎fabrica-putas.html", heldback-33, goes on joined).
_LINK_CLOSED = lazyre.compile(r"\]\([^()\s]*(?:\s+\"[^\"\n]*\"\)[,;.]?|\)[,;.])$")


# A line that is an entry's label alone ("(4)", "[12]", "7."), its text wrapped down to the next line
# ("(4)⏎https://www.prnewswire.com/…"): no piece of an address cut at the margin above it.
# Data: parse_wrap, a parenthesized list of evidence addresses (eight addresses lost wrapped).
_LABEL_ALONE = lazyre.compile(r"[(\[]?\d{1,3}[a-z]?[.)\]]")


@functools.lru_cache(maxsize=4)
def _document_width(source: str) -> int:
    """The longest line of the document made only of words (no token over 30 characters, no table's
    pipe): the width a hard-wrapped document was wrapped at, and a long one where it was not (an
    unwrapped document's paragraphs are lines of hundreds of columns), so that a paragraph that
    tells no width of its own is read as wrapped only where the whole document is. Data:
    parse_wrap, heldback-22's Polish Word footnotes ("[\\[3\\]](#_ftnref3)⏎[https://…](…),⏎
    22.11.2020.": the access date glued to the address, nine addresses and nine access dates
    lost)."""
    return max(
        (
            len(line)
            for line in source.split("\n")
            if "|" not in line and all(len(token) <= _TOKEN_MAX for token in line.split())
        ),
        default=0,
    )


def _short_item_breaks(source: str, lines: list[tuple[int, int]]) -> set[int]:
    """A list item of two or three lines (read line by line otherwise, :func:`_wrapped_breaks`)
    goes on over a line end where the next line opens on a word in lower case that would not have
    fitted on the line within the document's wrap width (:func:`_document_width`, 60 columns at
    least): a heading item wrapped ("- Patentability statutes / examination guidance (novelty,
    non-obviousness,⏎  written description, eligibility):", heldback-18's packet, whose nested
    sources were numbered one off). Never before an address or a bracket (an item "Publisher,
    Series "Title⏎(…)", date:⏎https://…" keeps its lines: heldback-27's dossier)."""
    width = _document_width(source)
    if width < _WRAP_WIDTH_MIN:
        return set()
    soft: set[int] = set()
    for (start, end), (following_start, following_end) in itertools.pairwise(lines):
        following = source[following_start:following_end]
        line_width = end - (source.rfind("\n", 0, start) + 1)
        if (
            (
                source[end : end + 1] == "\n"
                and not source[end + 1 : following_start].strip(" \t")
                and following[:1].isalpha()
                and following[:1].islower()
                and URL_PATTERN.match(following) is None
                and not following.startswith("www.")
                and line_width + 1 + _first_unit(following) > width
                # Not after an address or a word cut at the margin ("URL: https://docs.⏎coingecko.com/…",
                # heldback-19's DSTU list): joined without a space further on.
                and not _address_or_cut(source[start:end])
            )
            or (
                # The item's first address, after a colon ("… with stronger pre-existing AI human
                # capital:⏎  https://arxiv.org/abs/…", heldback-25's bare-address notes).
                source[end : end + 1] == "\n"
                and not source[end + 1 : following_start].strip(" \t")
                and source[start:end].rstrip().endswith(":")
                and URL_PATTERN.match(following) is not None
                and URL_PATTERN.search(source[lines[0][0] : end]) is None
            )
        ):
            soft.add(end)
    return soft


def _address_or_cut(line: str) -> bool:
    """Whether a line ends on an address (or a piece of one) or on a word cut at its hyphen."""
    words = line.split()
    last = words[-1] if words else ""
    return bool(
        URL_PATTERN.search(last) or _WORD_CUT.search(last) or "www." in last or "/" in last or "://" in last
    )


def _wrapped_breaks(source: str, lines: list[tuple[int, int]]) -> set[int]:
    """The line ends of a hard-wrapped paragraph that are soft (see above)."""
    if len(lines) < 2:
        return set()
    widths = [end - (source.rfind("\n", 0, start) + 1) for start, end in lines]
    # The wrap width: the longest line but one that a long unbreakable token (an address) made
    # longer ("from <https://…>", "https://…/fits.html 9." run past the margin).
    plain = [
        w
        for w, (a, b) in zip(widths, lines, strict=True)
        if all(len(token) <= _TOKEN_MAX for token in source[a:b].split())
    ]
    width = max(plain, default=max(widths))
    if width < _WRAP_WIDTH_MIN and len(plain) < len(widths):
        # A paragraph of short lines and lines an address made longer (a Word footnote "[\\[10\\]](#_ftnref10)⏎
        # [https://…](https://… "https://…"),⏎22.11.2020.") tells no width of its own: the
        # document's wrap width (:func:`_document_width`) is its.
        width = _document_width(source)
    linked = _linked_breaks(source, lines)
    if width < _WRAP_WIDTH_MIN:
        return linked
    # Every line but the last wrapped at the width, three lines at least: the paragraph is running
    # text wrapped whole (a "Works cited" run into one paragraph, "… 1. Title, accessed October 23,
    # 2025, https://… 2. Title …"), and its line ends are spaces wherever no entry opens. The width
    # must be a line's of words (lines each ending on an address, "Site - Title - https://…", one
    # entry a line, tell no width), and a line that ends on an address ends an entry.
    whole = (
        len(lines) >= _WRAPPED_LINES_MIN
        and bool(plain)
        and all(
            line_width + 1 + _first_unit(source[a:b]) > width
            for line_width, (a, b) in zip(widths, lines[1:], strict=False)
        )
    )
    # Entries that all close on their access date in brackets ("… (дата обращения: 03.12.2024)", a
    # GOST list one entry a line): where three lines at least close so, a line that does not goes on
    # to the next ("… Models Through The Supply⏎Chain // International Journal …").
    closing = [_closes_on_access_date(source[a:b]) for a, b in lines]
    closed_list = sum(closing) >= _CLOSED_LINES_MIN
    soft: set[int] = set()
    entry_start = lines[0][0]
    for (start, end), (following_start, following_end), line_width, closes in zip(
        lines, lines[1:], widths, closing, strict=False
    ):
        following = source[following_start:following_end]
        words = following.split(None, 1)
        if end in linked:
            soft.add(end)
            continue
        if (
            source[end : end + 1] != "\n"
            # Nothing but a quotation's markers between (its lines are "> " each, heldback-27's
            # ABNT list quoted whole: no line end read as a space before).
            or source[end + 1 : following_start].strip(" \t>")
            or not words
            or line_width + 1 + _first_unit(following) <= width
            or (
                match_entry_start(following) is not None
                and not (
                    _YEAR_OPENING.match(following) and _item_continues(source, lines[0][0], following_start)
                )
            )
            # A line framed by pipes is a table's row, written without a delimiter row or not.
            or following.startswith("|")
            or source[end - 1 : end] == "|"
        ):
            entry_start = following_start
            continue
        above = source[entry_start:end].rstrip()
        last = above.rsplit(None, 1)[-1] if above.strip() else ""
        if _WORD_CUT.search(last) or (
            URL_PATTERN.search(last)
            # A link's markup closed on the line ("[https://…](https://… "title"),") leaves no address cut.
            and _LINK_CLOSED.search(above) is None
            and _LABEL_ALONE.fullmatch(following.strip()) is None
            and (len(words) == 1 or unwrap_urls(f"{last}\n{following}").startswith(last + words[0]))
        ):
            # A word cut at its hyphen ("vision-⏎based") or an address cut at the margin (a PDF's
            # text): joined as they are written, without a space (urls.unwrap_urls, the styles); the
            # entry goes on.
            continue
        first = following[0]
        tail = above[-_LABEL_REACH:]
        runs_on = (
            (URL_PATTERN.search(above) is None or _RUNS_ON_END.search(above) is not None)
            if URL_PATTERN.match(following.lstrip("<")) is not None
            else (whole and URL_PATTERN.search(last) is None and not _closes_entry(source[start:end]))
            or first.islower()
            or (first in "[(" and last[-1:].isalpha() and URL_PATTERN.search(last) is None)
            # An access date in brackets opens no entry ("…/issledovanie⏎(дата обращения: 03.12.2024)").
            or (first in "[(" and ACCESS_LABEL.match(following, 1) is not None)
            # Nor does an access label ("…/Prototype#:~:text=…⏎Acessado em: 18/09/2021", an address
            # too long for the line before it: heldback-27's quoted ABNT list).
            or ACCESS_LABEL.match(following) is not None
            or (closed_list and not closes)
            or (first.isdigit() and _LIST_NUMBER.match(following) is None)
            or _item_continues(source, lines[0][0], following_start)
            or _RUNS_ON_END.search(above) is not None
            or any(label.end() == len(tail) for label in ACCESS_LABEL.finditer(tail))
            or any(above.count(opening) > above.count(closing) for opening, closing in _BRACKETS)
            or above.count("*") % 2 == 1
        )
        if runs_on:
            soft.add(end)
        else:
            entry_start = following_start
    return soft


# A numbered list of works whose numbers are bracketed, "[1] Go Memory Model: explains …
# ([Go][1])⏎[2] Go Language Specification: …", above link reference definitions that share its
# numbers ("[1]: https://go.dev/ref/mem"): a chat assistant's answer copied as Markdown cites its
# sources as "([Go][2])" and defines them by number under its own numbered reference list, so each
# "[n]" opening a line is a shortcut reference link in CommonMark, and the list would be read as
# one linked run, its entries lost (heldback-31's Go concurrency note, twelve entries over four
# definitions). A "[n]" opening a line is the entry's number where at least this many lines of the
# block open so, numbered 1, 2, 3, … in order; a lone "[1]" opening a line, or numbers out of
# order, stay links.
_ENTRY_NUMBER = lazyre.compile(r"[ \t]{0,3}\[(\d{1,4})\][ \t]+\S")
_ENTRY_NUMBERS_MIN = 2


def _entry_numbers(source: str, lines: list[tuple[int, int]]) -> set[int]:
    """The offsets of the "[n]" that number a block's lines as entries, or none (see above)."""
    found: list[tuple[int, int]] = []
    for start, end in lines:
        match = _ENTRY_NUMBER.match(source, start, end)
        if match is not None:
            found.append((int(match.group(1)), match.start(1) - 1))
    numbers = [number for number, _ in found]
    if len(found) < _ENTRY_NUMBERS_MIN or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return set()
    return {offset for _, offset in found}


# A source column's cell that is a name and nothing else ("JNE Plataforma Electoral 2026",
# "Congreso - Votaciones Pleno", "Church Committee: Covert Action in Chile 1963-1973"): no link, no
# field stops (a comma, a semicolon, a full stop between words, brackets, markup), at most this many
# words (the longest such cell of heldback-21's three source tables has eight).
_NAME_WORDS = 8
_FIELD_STOP = lazyre.compile(r"[,;()\[\]<>`*_]|\.\s|\.$|https?://|www\.")


# A cell that repeats the source above it ("idem", "ibid.", "ebd."): no name of its own (heldback-15's
# French table of claims, "| … | idem |").
_DITTO = lazyre.compile(r"(?i)(?:idem|ibid(?:em)?|id|ebd|ebenda|dto|ditto|same|〃|″|—|–|-)\.?")


def _plain_name(cell: str) -> bool:
    """Whether a source column's cell only names its source (heldback-21's Spanish, Japanese and
    English source tables): the cell is the title as written, though it ends in a year, holds a
    dash or a subtitle's colon ("Name 2026" reads as an author and a year, "Org - Title" as an
    organisation and a title), and though the link cell beside it has a text of its own ("[Senate
    Intelligence](…)": the site). A citation in the cell ("Smith J. 2020.", "Doe, J. (2019)") has
    field stops and is read as one. A bracketed gloss ("Rettig Report (Informe Rettig)") stops it
    too: allowing one cost heldback-17's data-source table a title."""
    text = cell.strip()
    return (
        bool(text)
        and _FIELD_STOP.search(text) is None
        and len(text.split()) <= _NAME_WORDS
        and _DITTO.fullmatch(text) is None
    )


def _cells(source: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of a table row as source spans, without the outer pipes ("\\|" is no pipe)."""
    line = source[start:end]
    left = start + len(line) - len(line.lstrip())
    right = start + len(line.rstrip())
    if left < right and source[left] == "|":
        left += 1
    if right > left and source[right - 1] == "|" and source[right - 2 : right] != "\\|":
        right -= 1
    cells: list[tuple[int, int]] = []
    cell_start = left
    for position in range(left, right):
        if source[position] == "|" and source[position - 1] != "\\":
            cells.append((cell_start, position))
            cell_start = position + 1
    cells.append((cell_start, right))
    return [
        (a + len(source[a:b]) - len(source[a:b].lstrip()), a + len(source[a:b].rstrip())) for a, b in cells
    ]


def _continues_item(
    source: str, lines: list[tuple[int, int]], number: int, indent: int, structure: _BlockStructure
) -> bool:
    """Whether the line after a blank line goes on the list item above it: indented at least to the
    item's content column (CommonMark's continuation paragraph), not code and not a nested list.
    PDF-to-Markdown converters write an entry whose line wrapped this way ("1. “Markdown
    (http://www.aaronsw.com/weblog/00118⏎⏎    9)”. 2018年12月12日閲覧。")."""
    if not indent or number >= len(lines) or number in structure.code_lines:
        return False
    following = source[lines[number][0] : lines[number][1]]
    stripped = following.lstrip(" ")
    if not stripped.strip() or len(following) - len(stripped) < indent:
        return False
    return _BULLET.match(stripped) is None and _ORDERED.match(stripped) is None


def _record_table(
    source: str, lines: list[tuple[int, int]], first: int, code_lines: set[int] | frozenset[int]
) -> tuple[list[tuple[int, int]], int] | None:
    """A two-column table that describes one work, a field a row ("| Field | Value |" over "| **Title**
    | … |", "| **Photographer** | … |", "| **Source** | [Flickr](…) |", "| **License** | … |": an image
    credits file, heldback-14, seven images): the title row's value cell and the source row's (a
    source or link field holding a link), and the line after the table. None for any other table,
    and for one without both rows (a table of settings, of licences, of people)."""
    title: tuple[int, int] | None = None
    link: tuple[int, int] | None = None
    rows, number = _table_rows(source, lines, first, code_lines)
    for cells in rows:
        if len(cells) != 2:
            return None
        name = " ".join(source[cells[0][0] : cells[0][1]].strip(" *_`:").split())
        value = source[cells[1][0] : cells[1][1]]
        if title is None and RECORD_TITLE.match(name):
            title = cells[1]
        elif link is None and RECORD_LINK.match(name) and "](" in value:
            link = cells[1]
    if title is None or link is None:
        return None
    return [title, link], number


# The first cell of a layout table's row: a reference list's label ("[1]", "1.", "12").
_LAYOUT_LABEL = lazyre.compile(r"\[\d{1,4}\]|\d{1,4}\.?")
_LAYOUT_ROWS = 3


def _layout_rows(
    source: str, lines: list[tuple[int, int]], first: int, code_lines: set[int], header: tuple[int, int]
) -> tuple[list[list[tuple[int, int]]], int] | None:
    """The rows of a layout table and the line after it, or None for another table.

    A reference list converted from a word processor or a rendered page keeps its two columns, the
    labels and the entries, as a table with an empty header row: "|   |   |⏎|---|---|⏎|[1]|M. A.
    Weiss, _Data Structures …_|" (heldback-17's Spanish IEEE list, nine rows: the converter's
    left-margin and right-inline columns). Such a table lays out lines, it is no table of data:
    every header cell is blank, every row (three or more) has two cells, the first a label ("[1]",
    "1.") and the second the entry. A table with a header that names its columns, or whose first
    column holds anything else, is left alone."""
    if any(source[a:b].strip() for a, b in _cells(source, *header)):
        return None
    rows, number = _table_rows(source, lines, first, code_lines)
    for cells in rows:
        if len(cells) != 2 or not _LAYOUT_LABEL.fullmatch(source[cells[0][0] : cells[0][1]]):
            return None
        if not source[cells[1][0] : cells[1][1]].strip():
            return None
    return (rows, number) if len(rows) >= _LAYOUT_ROWS else None


def _table_rows(
    source: str, lines: list[tuple[int, int]], first: int, code_lines: AbstractSet[int]
) -> tuple[list[list[tuple[int, int]]], int]:
    """The cells of each row of a table from line ``first`` (the line after its delimiter row) to
    its last, and the line after it."""
    rows: list[list[tuple[int, int]]] = []
    number = first
    while number < len(lines):
        row_start, row_end = lines[number]
        if "|" not in source[row_start:row_end] or number in code_lines:
            break
        rows.append(_cells(source, row_start, row_end))
        number += 1
    return rows, number


_BRACKET_NUMBER = lazyre.compile(r"\[\d{1,4}\]")
_URL_CELL = lazyre.compile(r"(?:\[[^\]]*\]\()?<?https?://\S+")


def _keyed_reference_columns(
    source: str, lines: list[tuple[int, int]], first: int, code_lines: set[int]
) -> SourceColumns | None:
    """The columns of a table of references under a notes heading whose header names no source or
    title column, told by its rows: every first cell a bracketed number ("[1]"), the key the text
    cites; a column of addresses, the links; the first other column, the title. "## References"
    over "|   |  Name | Link  |⏎|---|---|---|⏎|[1]| Sentinel-1  |https://…" (a calibration README of
    heldback-17's table family, added on p10-hb17tune; heldback-17's Spanish IEEE list is the same
    list with an empty header, read by :func:`_layout_rows`). At least three rows; a table whose
    first column holds anything but bracketed numbers ("| Widget | 3 |") is left alone."""
    rows, _ = _table_rows(source, lines, first, code_lines)
    if len(rows) < _LAYOUT_ROWS or len({len(cells) for cells in rows}) != 1 or len(rows[0]) < 3:
        return None
    if not all(_BRACKET_NUMBER.fullmatch(source[cells[0][0] : cells[0][1]]) for cells in rows):
        return None
    width = len(rows[0])
    links = tuple(
        i
        for i in range(1, width)
        if all(_URL_CELL.fullmatch(source[cells[i][0] : cells[i][1]]) for cells in rows)
    )
    title = next(
        (
            i
            for i in range(1, width)
            if i not in links and all(b > a for a, b in (cells[i] for cells in rows))
        ),
        None,
    )
    if not links or title is None:
        return None
    return SourceColumns(title=title, access=None, links=links, skip=(0,), key=0, named=None)


def _linked_works_table(
    source: str,
    lines: list[tuple[int, int]],
    first: int,
    code_lines: AbstractSet[int],
    header: tuple[int, int],
    headed: bool,
) -> SourceColumns | None:
    """A table whose rows each link one work (citecheck.parse.link_tables), read as its sources."""
    rows, _ = _table_rows(source, lines, first, code_lines)
    return link_table_columns(
        [source[a:b] for a, b in _cells(source, *header)],
        [[(source[a:b], markdown_links(source[a:b])) for a, b in cells] for cells in rows],
        headed=headed,
    )


def _source_table(source: str, header: tuple[int, int], *, headed: bool = False) -> SourceColumns | None:
    """The columns of a table whose header row names a table of sources, or of any table under a
    notes heading (``headed``); None for another table."""
    return source_columns([source[a:b] for a, b in _cells(source, *header)], headed=headed)


def _linked_row_commits(source: str, cells: list[tuple[int, int]], columns: SourceColumns) -> tuple[int, ...]:
    """The commit columns (blocks._COMMIT_COLUMN) of a table row that links its source in another
    cell: the row's link names the source, the pinned commit adds no field to its entry."""
    if not columns.commits:
        return ()
    others = [source[a:b] for i, (a, b) in enumerate(cells) if i not in columns.commits]
    return columns.commits if any(_URL_CELL.search(cell) for cell in others) else ()


def _emphasised(text: str) -> bool:
    """Link text that is itself a quoted or emphasised title ("“Title”", "*Title*")."""
    return bool(
        _QUOTES_AROUND.match(text)
        or (len(text) > 2 and text[0] in "*_" and text[-1] == text[0])
        or (text.startswith("<em>") or text.startswith("<i>") or text.startswith("<cite>"))
    )


def _emphasis_around(source: str, start: int, end: int) -> bool:
    """A link wrapped in emphasis or quotation marks in the source: ``*[Title](url)*``."""
    before = source[max(0, start - 2) : start]
    after = source[end : end + 2]
    for opening, closing in (("*", "*"), ("_", "_"), ("“", "”"), ('"', '"'), ("«", "»"), ("„", "“")):
        if before.endswith(opening) and after.startswith(closing):
            return True
    return False


def _title_heading(
    source: str, lines: list[tuple[int, int]], index: LineIndex, structure: _BlockStructure
) -> Block:
    """The front matter's title as the document's title heading (where it stands in the source)."""
    span = next(
        (
            (match.start(2), match.end(2))
            for match in (_FRONT_MATTER_KEY.match(source, start, end) for start, end in lines)
            if match is not None and match.group(1).lower() == "title"
        ),
        (0, 0),
    )
    return _Inline(source, index, structure.references).block(_Pending([span], kind="title", level=1))


# YAML front matter is a mapping: a block between "---" lines that holds text but no "key:" line
# at all is Markdown opened and closed by thematic breaks, not front matter (heldback-34's Japanese
# README reference section, "---⏎## 参考文献⏎…⏎- [Title](url)⏎…⏎---": its eight entries were
# dropped as front matter). Guard: any line "key: value" or "key:" (or an empty block) keeps the
# block front matter as before; a block of headings, list items and paragraphs only is text.
_YAML_KEY = lazyre.compile(r"[ \t]*[\"']?[A-Za-z_][\w .-]*[\"']?[ \t]*:(?:[ \t]|$)")


def _front_matter(source: str, lines: list[tuple[int, int]]) -> tuple[int, dict[str, str]]:
    """How many lines the YAML front matter takes, and its title/date (none where the block
    between the "---" lines has text but no YAML key: see _YAML_KEY)."""
    if not lines or source[lines[0][0] : lines[0][1]].rstrip() != "---":
        return 0, {}
    values: dict[str, str] = {}
    keyed = text = False
    for number, (start, end) in enumerate(lines[1:], start=1):
        line = source[start:end]
        if line.rstrip() in ("---", "..."):
            return (number + 1, values) if keyed or not text else (0, {})
        if line.strip() and not line.lstrip().startswith("#"):
            text = True
            keyed = keyed or _YAML_KEY.match(line) is not None
        match = _FRONT_MATTER_KEY.match(line)
        if match is not None:
            values.setdefault(match.group(1).lower(), match.group(2).strip("\"'"))
    return 0, {}


# A note's front matter may list the sources it drew on under a key that names them ("sources_used:"
# over "  - https://doi.org/…", twelve addresses: heldback-20's English research note, whose body
# cites none of them by marker): the list is the document's source list, read after its text as a
# list of bare addresses under a heading named by the key. The key's words must head notes
# ("sources used", "references"; not "tags" or "related") and every item under it must be one
# address alone, two at least.
_FRONT_LIST_KEY = lazyre.compile(r"([A-Za-z][\w-]{1,40})\s*:\s*$")
_FRONT_LIST_ITEM = lazyre.compile(r"[ \t]*-[ \t]+[\"']?(https?://\S+?)[\"']?[ \t]*$")
_FRONT_SOURCES = 2


def _front_matter_sources(
    source: str, lines: list[tuple[int, int]], skip: int, index: LineIndex, structure: _BlockStructure
) -> list[Block]:
    """The front matter's list of source addresses (see above) as a heading and its items; none
    where it has no such list."""
    number = 1
    while number < skip - 1:
        start, end = lines[number]
        key = _FRONT_LIST_KEY.fullmatch(source, start, end)
        number += 1
        if key is None or not is_notes_heading(
            key.group(1).replace("_", " ").replace("-", " "), marked_heading=True
        ):
            continue
        items = []
        while number < skip - 1 and (item := _FRONT_LIST_ITEM.fullmatch(source, *lines[number])) is not None:
            items.append((item.start(1), item.end(1)))
            number += 1
        if len(items) < _FRONT_SOURCES:
            continue
        pending = [_Pending([(key.start(1), key.end(1))], kind="heading", level=2)]
        pending += [_Pending([span], item=True) for span in items]
        return [_Inline(source, index, structure.references).block(one) for one in pending]
    return []


# Pandoc's example lists: "(@)" or "(@key)" opening a line is an item numbered 1, 2, … through the
# whole document, and "(@key)" in the text refers to that number.
_EXAMPLE_ITEM = lazyre.compile(r"^ {0,3}\(@([\w-]*)\)(?=[ \t])", re.MULTILINE)
_EXAMPLE_REFERENCE = lazyre.compile(r"\(@([\w-]+)\)")


def _number_examples(source: str) -> str:
    """The source with Pandoc's example labels written as the numbers Pandoc gives them ("(@zezulka)"
    as "(1)" padded with spaces, so every offset stays); a label too short for its number stays."""
    items = list(_EXAMPLE_ITEM.finditer(source))
    if len(items) < 2:
        return source
    numbers = {match.group(1): str(n) for n, match in enumerate(items, 1) if match.group(1)}

    def written(match: re.Match[str], number: str | None) -> str:
        label = match.group()
        at = label.index("(")
        shown = f"({number})"
        if number is None or len(shown) > len(label) - at:
            return label
        return label[:at] + shown + " " * (len(label) - at - len(shown))

    counter = iter(range(1, len(items) + 1))
    source = _EXAMPLE_ITEM.sub(lambda m: written(m, str(next(counter))), source)
    return _EXAMPLE_REFERENCE.sub(lambda m: written(m, numbers.get(m.group(1))), source)


# Pandoc's inline notes: "text.^[Author. (2026). *Title*. https://…]" — the note written where it is
# cited, numbered 1, 2, … in the order they stand (heldback-12's Spanish course text, ten notes in
# prose and table cells). Read where a document defines no "[^x]:" notes, so the two numberings never
# mix; the brackets inside a note must balance, a note ends at a blank line at the latest, and it
# holds at least two words or a link alone ("finding.^[https://pubmed.ncbi.nlm.nih.gov/42660839/]",
# as research wikis cite: a calibration page of 16 such notes, p10-hb11gate2).
_INLINE_NOTE = lazyre.compile(r"(?<![\\`])\^\[")
_INLINE_NOTES_MIN = 2
_INLINE_NOTE_LINK = lazyre.compile(r"<?(?:https?://|www\.)\S+>?")


def _inline_note_text(text: str) -> bool:
    """Whether an inline note's text is a note: two words at least, or a link alone."""
    text = text.strip()
    return " " in text or _INLINE_NOTE_LINK.fullmatch(text) is not None


def _inline_notes(source: str) -> list[tuple[int, int, int]]:
    """(start of "^[", start of the note's text, end of the note's text) of each inline note."""
    notes: list[tuple[int, int, int]] = []
    position = 0
    while True:
        found = _INLINE_NOTE.search(source, position)
        if found is None:
            return notes
        depth, at = 1, found.end()
        while at < len(source) and depth:
            char = source[at]
            if char == "\n" and source[at + 1 : at + 2] == "\n":
                break
            depth += (char == "[") - (char == "]")
            at += 1
        # "^[3.0](#cite_ref-…)^": a superscript link (backlinks of a copied wiki page), no note.
        # Two notes written back to back, "…]^[…]", are two notes.
        linked = source[at : at + 1] == "(" or (source[at : at + 1] == "^" and source[at + 1 : at + 2] != "[")
        if depth == 0 and not linked and _inline_note_text(source[found.end() : at - 1]):
            notes.append((found.start(), found.end(), at - 1))
        position = max(at, found.end())


def _mark_inline_notes(source: str) -> tuple[str, list[tuple[int, int, int]]]:
    """The source with each inline note written as its marker "[^n]", padded with spaces so every
    offset stays (a newline inside the note stays a newline), and the notes found."""
    if "^[" not in source or _FOOTNOTE_DEFINITION.search(source) is not None:
        return source, []
    notes = _inline_notes(source)
    if len(notes) < _INLINE_NOTES_MIN and not (
        len(notes) == 1
        and _INLINE_NOTE_LINK.fullmatch(source[notes[0][1] : notes[0][2]].strip())
        and not in_code(source, notes[0][1])
    ):
        # One note is read alone where its text is a web address alone: no formula or code writes
        # "^[https://…]" (an Obsidian note's one "…of a set.^[https://ru.wikipedia.org/wiki/…]" in a
        # callout, read as a link of the prose before: branch s41-hunt13, fixtures/parse-eval part
        # "p41hunt13 (studied)"). One note of words stays text ("$x^[a, b]$", "^[sic]").
        return source, []
    pieces: list[str] = []
    last = 0
    for number, (start, _, end) in enumerate(notes, 1):
        marker = f"[^{number}]"
        span = source[start : end + 1]
        if len(marker) > len(span):
            return source, []
        padding = "".join("\n" if char == "\n" else " " for char in span[len(marker) :])
        pieces += [source[last:start], marker, padding]
        last = end + 1
    pieces.append(source[last:])
    return "".join(pieces), notes


# Word's notes carried into Markdown (a Word document saved as HTML, then converted by turndown or
# Pandoc): the marker in the text is a link to the note, "[\\[4\\]](#_ftn4)", and each note opens
# with a link back to it, "[\\[4\\]](#_ftnref4) Text…" ("_edn"/"_ednref" for endnotes), the anchors
# html.py reads in the HTML itself. Read where a document defines no "[^x]:" notes and at least two
# lines open with such a back link (heldback-22's Polish paper, twelve notes). Endnotes numbered
# in Word's default for them, lower-case roman ("[\\[iv\\]](#_ednref4)"), and links written with
# the address of the page they were pasted in before the anchor ("(https://…/post.php?…#_ednref9)"):
# heldback-28's French blog post, see :func:`_word_note_label`. Word's own HTML wraps the numeral
# shown in a downlevel-revealed conditional comment, "<![if !supportFootnotes]>[i]<![endif]>", which
# a converter that keeps raw HTML carries into the link text as it is: the numeral is read inside it
# (heldback-31's English paper, twelve endnotes "i" to "xii"; a link whose text is anything else
# than a numeral, bare or so wrapped, is still no note link).
_WORD_CONDITIONAL_OPEN = r"(?:<!\[if [^\]<>]{1,40}\]>)?"
_WORD_CONDITIONAL_CLOSE = r"(?:<!\[endif\]>)?"
# Branch p13-seed2's seed-family documents (analyses converted from Word) show five more ways a
# converter writes the same links, each read as the plain one:
# - the numeral in bold, "[**[1]**](#_ftnref1)" (a French internship report, three notes);
# - the numeral in full-width brackets, "[【1】](#_ftn1)" (a Chinese translation of a Medium
#   analysis, two notes: Chinese text brackets numbers so);
# - the numeral inside the HTML spans Word puts round it, kept by a converter that keeps raw HTML,
#   "[<span class="MsoFootnoteReference">…[1]</span></span>](#_ftn1)", over several lines (a
#   GEOPHIRES note on the US tax credits, four notes): tags only, each under 600 characters;
# - a link title after the anchor, "[\[i]](#_ednref1 "#_ednref1")" (a Spanish project plan);
# - the back link after the empty anchor Word names the note with, '<a name="_edn1"></a>[\[i\]]
#   (#_ednref1)', or as a heading's first words, "###### [[1]](#_ftnref1) …" (a converter that made
#   every paragraph a sixth-level heading: The Replication Network's guest post).
# - the numeral in Pandoc's superscript, "[^[ii]^](#_ednref2)" (Word's HTML, its "<sup>" numerals converted
#   by Pandoc: heldback-p13seed2's English blog post on a Research Data Australia demo, spent on branch
#   s40-hb2 — neither of its two endnotes found, the second's address read as an inline link).
_WORD_NUMERAL_TAGS = r"\s*(?:</?[A-Za-z][^<>]{0,600}>\s*)*"
_WORD_NOTE_LINK = (
    r"\["
    + _WORD_CONDITIONAL_OPEN
    + _WORD_NUMERAL_TAGS
    + r"(?:\*\*)?\^?\\?[\[【]?(\d{1,4}|[ivxlcIVXLC]{1,7})\\?[\]】]?\^?(?:\*\*)?"
    + _WORD_NUMERAL_TAGS
    + _WORD_CONDITIONAL_CLOSE
    + r'\]\((?:https?://[^\s()#]*)?#_(?:ftn|edn)%s(\d{1,4})(?:[ \t]+"[^"\n]{0,200}")?\)'
)
_WORD_NOTE = lazyre.compile(
    r'^( {0,3})((?:#{1,6}[ \t]+)?(?:<a (?:name|id)="_?(?:ftn|edn)\d{1,4}"></a>[ \t]*)?)'
    + _WORD_NOTE_LINK % "ref",
    re.MULTILINE,
)
# A marker is a link to the note; a converter that took the anchor Word names the marker with
# wrote some as the back link itself, "…페이지[[3\]](#_ftnref3)로…" (a Korean book chapter): a back
# link inside a line (the notes' own, at a line's start, are read first) is a marker too.
_WORD_MARKER = lazyre.compile(_WORD_NOTE_LINK % "(?:ref)?")
_WORD_NOTES_MIN = 2


def _word_notes_read(source: str) -> bool:
    """Whether the source's Word note links are read: two notes at least open with a back link, or
    one does and the text links to it (a post with a single note: The Replication Network's, the
    Spanish plan's "[\\[i]](#_edn1 …)")."""
    notes = list(_WORD_NOTE.finditer(source))
    if len(notes) >= _WORD_NOTES_MIN:
        return True
    if len(notes) != 1:
        return False
    anchor = notes[0].group(4)
    return any(
        marker.group(2) == anchor and "ref" not in marker.group()[marker.group().rfind("#_") :]
        for marker in _WORD_MARKER.finditer(source)
    )


def _kept_lines(text: str, replacement: str, first: bool = False) -> str:
    """``replacement`` padded with spaces to the length of ``text``, keeping its line breaks: at
    the front (``first``: a note's label then starts the line its text is on) or where they were."""
    breaks = text.count("\n")
    if not breaks:
        return replacement + " " * (len(text) - len(replacement))
    if first:
        body = replacement + " " * (len(text) - breaks - len(replacement))
        return "\n" * breaks + body
    kept = "".join("\n" if char == "\n" else " " for char in text[len(replacement) :])
    return replacement + kept


def _mark_word_notes(source: str) -> str:
    """The source with Word's note links written as "[^n]:" (a note) and "[^n]" (a marker), padded
    with spaces (and the line breaks they spanned) so every offset stays; unchanged unless the notes
    are read (:func:`_word_notes_read`)."""
    if "(#_" not in source or _FOOTNOTE_DEFINITION.search(source) is not None:
        return source
    source = _EMPTY_BACK_LINK.sub(_numeral_into_link, source)
    if not _word_notes_read(source):
        return source

    return _marked_word_markers(_notes_defined(source, _WORD_NOTE))


# A back link left empty with the note's number after it, "[](#_ftnref1)1 Drinkwater, Doug. “…”" (a
# converter that dropped Word's superscript from the link text but kept the number: p35hunt7's CA
# Security Council post, both notes missed): the numeral is moved into the link, "[1](#_ftnref1)",
# the same length, so every offset stays. Only a number equal to the anchor's is so moved.
_EMPTY_BACK_LINK = lazyre.compile(r"(?m)^( {0,3})\[\]\((#_(?:ftn|edn)ref(\d{1,4}))\)(\d{1,4})(?!\d)")


def _numeral_into_link(match: re.Match[str]) -> str:
    if match.group(3) != match.group(4):
        return match.group()
    return f"{match.group(1)}[{match.group(4)}]({match.group(2)})"


def _notes_defined(source: str, notes: re.Pattern[str]) -> str:
    """``source`` with each note link ``notes`` finds (group 1 what stays before it, groups 3 and 4 its
    number) written as a Markdown note definition "[^n]:", padded so every offset stays. A note whose
    back link repeats an anchor an earlier note already links to, while it shows a numeral of its own,
    is labelled by that numeral (:func:`_word_note_label`)."""
    anchors: set[str] = set()

    def defined(m: re.Match[str]) -> str:
        label = _word_note_label(m.group(3), m.group(4), repeated=m.group(4) in anchors)
        anchors.add(m.group(4))
        return m.group(1) + _kept_lines(m.group()[len(m.group(1)) :], f"[^{label}]:", first=True)

    return notes.sub(defined, source)


# LibreOffice's "Save as HTML" notes (html._LIBREOFFICE_NOTE) converted to Markdown by Pandoc: each
# note a fenced div "::: {#sdfootnote3}" opening on its number linked back to its marker,
# "[3](#sdfootnote3anc){#sdfootnote3sym .sdfootnotesym}^^", each marker a superscript linked to its
# note, "^[^3^](#sdfootnote3sym){#sdfootnote3anc .sdfootnoteanc}^" (endnotes "sdendnote", numbered
# i, ii, …). heldback-36's Portuguese course paper (twelve notes, nine of them bare URLs): only the
# first three were found, read from the text around them. They are written "[^n]:" and "[^n]" as
# Word's note links are (:func:`_mark_word_notes`), the number shown the label; two notes at least
# must open with their back link, and a document with Markdown footnotes of its own is left alone.
_OFFICE_NUMERAL = (
    r"\[\^?(\d{1,4}|[ivxlcIVXLC]{1,7})\^?\]\(#sd(?:foot|end)note(\d{1,4})%s\)(?:\{[^{}]{0,200}\})?"
)
_OFFICE_NOTE = lazyre.compile(r"^( {0,3})()" + _OFFICE_NUMERAL % "anc" + r"(?:\^\^)?", re.MULTILINE)
_OFFICE_MARKER = lazyre.compile(_OFFICE_NUMERAL % "sym")


# A footnote list kept as raw HTML in a Markdown file, as site generators and Markdown renderers
# write it (markdown-it-footnote, kramdown, Python-Markdown, Pandoc: '<li id="fn-1">…<a
# href="#fnref-1">↩</a></li>', "fn1"/"fnref1", "fn:1"/"fnref:1"), its markers '<a href="#fn-4"
# id="fnref-4"><sup>4</sup></a>' (heldback-36's German Ethereum chapter: twelve notes in '<div
# class="fn-list"><ol>', four found — only those with a URL, numbered 1 to 4 as a plain list). Each
# item that opens a line and whose back link names its own number is written "[^n]:", padded with
# spaces so every offset stays; two such items at least, and no Markdown footnote of its own. An
# "<li>" without its back link ("<li id="step-1">") is no note.
_HTML_NOTE_ITEM = lazyre.compile(
    r"""^( {0,3})<li\b[^<>\n]{0,200}?\bid\s*=\s*["']?fn[-:_]?(\d{1,4})["']?[^<>\n]{0,200}>(?=[^\n]*?"""
    r"""href\s*=\s*["']?#fnref[-:_]?\2["'>\s])""",
    re.MULTILINE,
)


def _mark_html_notes(source: str) -> str:
    """The source with a raw HTML footnote list's items written "[^n]:" (see above)."""
    if 'id="fn' not in source or _FOOTNOTE_DEFINITION.search(source) is not None:
        return source
    if len(_HTML_NOTE_ITEM.findall(source)) < _WORD_NOTES_MIN:
        return source
    return _HTML_NOTE_ITEM.sub(
        lambda m: m.group(1) + _kept_lines(m.group()[len(m.group(1)) :], f"[^{m.group(2)}]:"), source
    )


# Pandoc, converting an HTML or Word document, wraps a link's text in a bracketed span of its
# attributes, "[[https://www.python.org/]{lang="en-US"}](https://www.python.org/)" (heldback-36's
# Portuguese course paper: two of its bare-URL notes so, the URL read on into ")]{.underline}["): the
# span inside the link's brackets hid the link. Such a span, the whole text of a link, is written as
# its text padded with spaces (every offset stays), so the link reads as a link. A span outside a
# link ("[Harvey Support]{.smallcaps}") is read by the inline reader as before.
_LINK_TEXT_SPAN = lazyre.compile(
    r'(?<=\[)\[([^\]\[\n]+)\]\{[ \t]*(?:[.#][\w:-]+|[\w-]+="[^"\n]*")(?:[ \t]+(?:[.#][\w:-]+|[\w-]+="[^"\n]*"))*[ \t]*\}(?=\]\()'
)


def _unwrapped_link_spans(source: str) -> str:
    """The source with each bracketed span that is a link's whole text written as its text (above)."""
    if "]{" not in source:
        return source
    return _LINK_TEXT_SPAN.sub(
        lambda m: " " + m.group(1) + " " * (len(m.group()) - len(m.group(1)) - 1), source
    )


def _mark_office_notes(source: str) -> str:
    """The source with LibreOffice's note links as Pandoc wrote them written "[^n]:" (a note) and
    "[^n]" (a marker), padded so every offset stays (see above); unchanged unless two notes open so."""
    if "(#sd" not in source or _FOOTNOTE_DEFINITION.search(source) is not None:
        return source
    if len(_OFFICE_NOTE.findall(source)) < _WORD_NOTES_MIN:
        return source
    return _marked_word_markers(_notes_defined(source, _OFFICE_NOTE), _OFFICE_MARKER)


def _marked_word_markers(source: str, markers: re.Pattern[str] = _WORD_MARKER) -> str:
    """The source with each Word marker link written "[^n]", padded with spaces. A marker whose
    link spans lines (Word's HTML spans round the numeral) keeps no line break inside the sentence,
    where the blank-looking lines would end its paragraph: its breaks move to the paragraph's end,
    the padding shortened as much, so the offsets and lines after the paragraph stay."""
    pieces: list[str] = []
    last = 0
    owed = 0
    for match in markers.finditer(source):
        start, end = match.span()
        if owed and start > last:
            gap = source[last:start]
            cut = gap.find("\n\n")
            if cut >= 0:
                gap = gap[:cut] + "\n" * owed + gap[cut:]
                owed = 0
            pieces.append(gap)
        else:
            pieces.append(source[last:start])
        label = f"[^{_word_note_label(match.group(1), match.group(2))}]"
        breaks = match.group().count("\n")
        pieces.append(label + " " * (len(match.group()) - breaks - len(label)))
        owed += breaks
        last = end
    rest = source[last:]
    if owed:
        cut = rest.find("\n\n")
        rest = rest[:cut] + "\n" * owed + rest[cut:] if cut >= 0 else rest + "\n" * owed
    pieces.append(rest)
    return "".join(pieces)


def _word_note_label(shown: str, anchor: str, *, repeated: bool = False) -> str:
    """The label of a Word note link: its anchor's number ("#_ftnref4"), or the roman numeral it
    shows where Word numbered the notes so ("[\\[iv\\]](#_ednref4)": endnotes, Word's default), as
    the reader sees it and cites it. heldback-28's French blog post (ten endnotes "i" to "x", the
    last two linked back through the editor's page address, one of them to "#_ednref1" by mistake:
    the numeral shown is the label either way). So too a note whose anchor an earlier note already
    links back to (``repeated``): a copied note's link left pointing at the first one, "[【3】]
    (#_ftnref1)页岩分析，…" (p35hunt7's Chinese translation of a Medium analysis on explainable AI,
    its third note read as a second note 1 and the first lost)."""
    return anchor if shown.isdigit() and not repeated else shown


# reStructuredText section titles underlined (and overlined) with "~" (PEPs, Sphinx docs: "Caught
# Exception Objects⏎~~~~~~~~~~~~~~~~~~~~~~~~"): read as Markdown the underline opens a "~~~" fence
# that runs to the end of the file (README sweep: PEP 654's last 1,100 lines and its 13 footnotes
# were code). An underline is a line of "~" only, at least as long as the title line above it
# (reStructuredText's rule), the title at the margin and no list item, a blank line (or the end)
# after it, and no fence open; it becomes a setext "-" underline of the same length, so every
# offset stays. A Markdown fence after a line of text ("Output:⏎~~~") is shorter than its line, or
# has code, not a blank line, after it, or closes a fence, and a Markdown file shows no
# reStructuredText (:data:`_RST_SIGN`).
_TILDE_LINE = lazyre.compile(r"~{3,}[ \t]*")
# Guard: only in a document that shows reStructuredText, a directive, footnote, target or
# substitution at a line's start (".. code-block::", ".. [1] ", ".. _name:", ".. |x|").
_RST_SIGN = lazyre.compile(r"^\.\.[ \t]+(?:[\w-]+::|\[|_|\|)", re.MULTILINE)


def _closes_fence(line: str, fence: str) -> bool:
    """Whether ``line`` closes a fence opened with ``fence`` ("```", "~~~~"): as long a run of its
    character at least, and nothing else on the line."""
    stripped = line.strip()
    return stripped.startswith(fence) and not stripped.strip(fence[0])


def rst_underlines(source: str) -> str:
    if _RST_SIGN.search(source) is None:
        return source  # no reStructuredText: "~~~" lines are Markdown's fences
    lines = source.split("\n")
    fence: str | None = None
    for number, line in enumerate(lines):
        if fence is not None:
            if _closes_fence(line, fence):
                fence = None
            continue
        opened = _FENCE.match(line)
        if opened is None:
            continue
        title = lines[number - 1] if number else ""
        after = lines[number + 1] if number + 1 < len(lines) else ""
        if (
            _TILDE_LINE.fullmatch(line)
            and title.strip()
            and not title[0].isspace()
            and _BULLET.match(title) is None
            and _ORDERED.match(title) is None
            and _FENCE.match(title) is None
            and len(title.rstrip()) <= len(line.rstrip())
            and not after.strip()
        ):
            lines[number] = "-" * len(line.rstrip()) + line[len(line.rstrip()) :]
            if number >= 2 and lines[number - 2].rstrip() == line.rstrip():
                lines[number - 2] = lines[number]  # its overline
            continue
        following = lines[number + 2] if number + 2 < len(lines) else ""
        if (
            _TILDE_LINE.fullmatch(line)
            and not (lines[number - 1].strip() if number else "")
            and after.strip()
            and not after[0].isspace()
            and following.rstrip() == line.rstrip()
        ):
            continue  # an overline: its underline, two lines down, is read next
        fence = opened.group(1)
    return "\n".join(lines)


# Zeste de Savoir's zmarkdown blocks: a line "[[secret]]" (or "[[information]]", "[[attention]]",
# "[[erreur]]", "[[question]]", a heading after a bar: "[[secret|Sources, références, et crédits]]"), then
# the block's lines, each opened by a bar ("| ## Sources et références pour aller plus loin", "| 1. Hardy,
# G. H., …"). French tutorials and articles of that site put their sources in such a block
# (s34-hunt6's fr-sources-secret-block-apa-consulte-cesaro.md: its six sources, behind the bars, were
# read as nothing). The bars are the block's frame, not table cells: each becomes a space, so the
# lines read as the block holds them and every offset stays. Only the lines right after such a marker
# that open on a bar then a space (or nothing): a table ("| a | b |") elsewhere is untouched.
_ZMARKDOWN_BLOCK = lazyre.compile(
    r"^\[\[(?:secret|information|attention|erreur|question)(?:\s*\|[^\]\n]*)?\]\][ \t]*$", re.MULTILINE
)
_ZMARKDOWN_LINE = lazyre.compile(r"\|(?=[ \t\n]|$)")


def _zmarkdown_blocks(source: str) -> str:
    """``source`` with the bars framing zmarkdown blocks' lines turned into spaces (see above)."""
    for marker in reversed(list(_ZMARKDOWN_BLOCK.finditer(source))):
        at = marker.end() + 1
        while at < len(source) and _ZMARKDOWN_LINE.match(source, at):
            source = source[:at] + " " + source[at + 1 :]
            end = source.find("\n", at)
            if end < 0:
                break
            at = end + 1
    return source


# A bare fence never closed, with Markdown footnote definitions after it: "LINK --- C\n```\n\n---\n[^1]:
# Ver [Title](URL)." (a Portuguese handbook post, heldback-p34hunt6, studied on branch s39-hb34: the text
# begins inside the diagram's code block, so its closing fence reads as an opening one and every note
# after it as code; three notes lost). A document cut from a longer one, or written with one fence too
# many (a model's answer), has one. CommonMark runs an unclosed fence to the end; a renderer shows the
# notes as code. The notes are what the writer cited: the fence line is read as a blank line. Only a
# fence without an info string (a "```python" opens code the writer meant) whose run to the end holds a
# line opening "[^label]:"; a closed fence, or one before code only, stays code.
_FOOTNOTE_DEFINITION_LINE = lazyre.compile(r"^\[\^[^\]\s]+\]:", re.MULTILINE)


def _stray_fences(source: str) -> str:
    """``source`` with an unclosed bare fence before footnote definitions blanked (see above)."""
    lines = source.split("\n")
    fence: str | None = None
    opened_at = 0
    for number, line in enumerate(lines):
        if fence is not None:
            if _closes_fence(line, fence):
                fence = None
            continue
        opened = _FENCE.match(line)
        if opened is not None:
            fence, opened_at = opened.group(1), number
    if fence is None or lines[opened_at].strip().strip(fence[0]):
        return source
    if not _FOOTNOTE_DEFINITION_LINE.search("\n".join(lines[opened_at + 1 :])):
        return source
    lines[opened_at] = " " * len(lines[opened_at])
    return "\n".join(lines)


def read_markdown(source: str) -> ReadResult:
    """Blocks and metadata of a Markdown analysis (newlines already normalised to ``\\n``)."""
    source = _stray_fences(source) if "```" in source or "~~~" in source else source
    source = _zmarkdown_blocks(source) if "[[" in source else source
    source = _number_examples(source) if "(@" in source else source
    source = rst_underlines(source) if "\n~~~" in source else source
    source = _unwrapped_link_spans(_mark_office_notes(_mark_html_notes(_mark_word_notes(source))))
    site_notes = read_site_notes(source)
    source = site_notes.source
    original = source
    source, inline_notes = _mark_inline_notes(source)
    index = LineIndex(source)
    lines = line_spans(source, 0, len(source))
    skip, front = _front_matter(source, lines)
    structure = _block_structure(source)
    blocks: list[Block] = []
    pending = _Pending()
    fence: str | None = None
    seen_title = "title" in front

    soft_breaks: set[int] = set()

    flushed = _Pending()

    def flush() -> None:
        nonlocal pending, flushed
        if pending.lines:
            inline = _Inline(source, index, structure.references)
            blocks.append(inline.block(pending))
            if pending.kind == "paragraph" and all(
                source[source.rfind("\n", 0, line_start) + 1 : line_start].lstrip().startswith(">")
                for line_start, _ in pending.lines
            ):
                blocks[-1].quoted = True
            soft_breaks.update(inline.wrapped_breaks)
            flushed = pending
        pending = _Pending()

    number = skip
    last_ordered = 0
    # Whether the lines read are under a notes heading ("## Fuentes"; its sub-headings keep it), and
    # that heading's level: a table there is a table of sources, whatever its header names.
    under_notes, notes_level = False, 0
    spanned_rows = 0
    bare_expected = 1
    while number < len(lines):
        start, end = lines[number]
        line = source[start:end]
        number += 1
        if number - 1 in structure.address_fences:
            # The fence round an entry's address (_address_fence): the address goes on the entry,
            # which the closing fence ends.
            if structure.address_fences[number - 1]:
                flush()
            continue
        if number - 1 >= skip and (
            number - 1 in structure.code_lines or number - 1 in structure.definition_lines
        ):
            # Code (fenced, indented, <pre>) and link reference definitions are not prose.
            flush()
            continue
        if fence is not None:
            if line.strip().startswith(fence):
                fence = None
            continue
        fence_match = _FENCE.match(line)
        if fence_match is not None:
            flush()
            fence = fence_match.group(1)
            continue
        if "<" in line and _ROW_TAG.fullmatch(line):
            if spanned_rows:
                # A row under a cell that spans it goes on the entry the spanning row opened.
                spanned_rows -= not line.lstrip().startswith("</")
                continue
            flush()
            pending.item = not line.lstrip().startswith("</")
            continue
        if pending.item and "rowspan" in line:
            # An HTML table row whose first cell spans the rows below ('<td rowspan="2">[AVRA16]</td>'
            # then the work, the next row its "URL: … (abgerufen am …)": heldback-15's German
            # Literaturverzeichnis): one entry over all the rows the cell spans.
            span = _ROWSPAN.search(line)
            spanned_rows = (
                int(span.group(1)) - 1 if span is not None and int(span.group(1)) <= _ROWSPAN_MAX else 0
            )
        if not line.strip():
            # A blank line ends a block, unless an indented line carries a footnote on.
            if pending.note_label is not None and number < len(lines):
                following = source[lines[number][0] : lines[number][1]]
                if following.strip() and _INDENTED.match(following):
                    continue
            if (
                pending.item
                and _continues_item(source, lines, number, pending.indent, structure)
                and not _LINK_ALONE_ITEM.fullmatch(source[pending.lines[0][0] : pending.lines[-1][1]])
            ):
                continue
            flush()
            continue
        if start in site_notes.starts:
            # A note a site generator or exporter wrote in its own syntax, whose line had no room for
            # "[^label]:" (citecheck/parse/site_notes.py): read as that definition would be.
            flush()
            label, body = site_notes.starts[start]
            pending = _Pending([(start, end)], note_label=label, body_start=body - start, renumbered=True)
            continue
        if not under_notes and not pending.lines and _plain_notes_line(source, lines, number - 1):
            # "Endnotes" on a line of its own over "1 Herodotus, …", "2 DOD, …": a report exported
            # from PDF keeps the heading's word but not its mark (_plain_notes_line).
            under_notes, notes_level, bare_expected = True, 6, 1
        bare = _BARE_NOTE.match(line) if under_notes and not pending.lines else None
        joined = _joined_bare_notes(line, bare_expected) if bare is not None else []
        if joined:
            # "1 “Title” (2023), https://… 2 “Summary Report: …” (2024), https://… 3 P.L. 117-167, …":
            # endnotes a PDF export ran into one paragraph (_joined_bare_notes); each is a note.
            for piece, (piece_start, piece_end, label, body) in enumerate(joined):
                pending = _Pending(
                    [(start + piece_start, start + piece_end)], note_label=label, body_start=body
                )
                if piece < len(joined) - 1:
                    flush()
            bare_expected = int(joined[-1][2]) + 1
            continue
        if (
            bare is not None
            and int(bare.group(1)) == bare_expected
            and (bare_expected > 1 or _bare_run(source, lines, number - 1))
        ):
            # "## Endnotes" over "1 Terms that may be used …", "2 This section was influenced by …":
            # endnotes that lost their superscript when the report was converted (heldback-15's
            # disk-image report), a paragraph each, numbered 1, 2, 3, … without a full stop: each
            # is the note its number names, whether it cites anything or not.
            bare_expected += 1
            pending = _Pending([(start, end)], note_label=bare.group(1), body_start=bare.end())
            continue
        definition = _FOOTNOTE_DEFINITION.match(line)
        if definition is None and number - 1 in structure.nested_definitions:
            definition = _NESTED_FOOTNOTE_DEFINITION.match(line)
        if definition is not None:
            flush()
            indent = len(line) - len(line.lstrip(" "))
            pending = _Pending(
                [(start + indent, end)],
                note_label=definition.group(1),
                body_start=definition.end() - indent,
                renumbered=True,
            )
            continue
        outline = _BULLET_HEADING.match(line)
        if outline is not None:
            # "- ## Research & Literature": an outliner's page (Logseq writes every block as a bullet)
            # holds its headings in list items, which CommonMark renders as headings (heldback-27's
            # content-moderation page: "- ### Definition", "  - ## About", "  - ## Research &
            # Literature" over its numbered references). The bullet is no part of the heading.
            start += outline.end()
            line = source[start:end]
        heading = _ATX.match(line)
        if (
            heading is not None
            and under_notes
            and not pending.lines
            and _url_tail_heading(source, flushed, line)
        ):
            # "https://doi.org/10.6028/" ⏎ "## NIST.SP.1282": the rest of a note's URL, which a PDF
            # export set on the next page's first line and read as a heading (_url_tail_heading). It
            # goes back on the note, and the notes go on.
            blocks.pop()
            pending = _Pending(
                [*flushed.lines, (start + heading.end(), end)],
                note_label=flushed.note_label,
                body_start=flushed.body_start,
            )
            flush()
            continue
        if heading is not None:
            flush()
            content_start = start + heading.end()
            close = _ATX_CLOSE.search(line, heading.end())
            content_end = start + close.start() if close is not None else end
            kind: BlockKind = "heading"
            if len(heading.group(1)) == 1 and not seen_title:
                kind, seen_title = "title", True
            pending = _Pending(
                [(content_start, max(content_start, content_end))], kind=kind, level=len(heading.group(1))
            )
            flush()
            if not under_notes or len(heading.group(1)) <= notes_level:
                under_notes = is_notes_heading(blocks[-1].text, marked_heading=True)
                notes_level = len(heading.group(1))
                bare_expected = 1
            continue
        if (
            pending.lines
            and pending.note_label is None
            and pending.kind == "paragraph"
            and _SETEXT.fullmatch(line)
            and not _outer_underline(pending, line)
        ):
            underline = line.strip()[0]
            pending.kind = "title" if underline == "=" and not seen_title else "heading"
            pending.level = 1 if underline == "=" else 2
            seen_title = seen_title or pending.kind == "title"
            flush()
            continue
        if pending.lines and line.strip() == "-" and _outer_underline(pending, line):
            flush()  # an empty list item ("-" alone): it ends the item before it (_outer_underline)
            continue
        if _KRAMDOWN_ATTRIBUTES.fullmatch(line):
            if _KRAMDOWN_TOC.fullmatch(line) and pending.item and len(pending.lines) == 1:
                # kramdown puts the generated table of contents in place of the list item before
                # "{:toc}" ("1. TOC⏎{:toc}"): the item is a placeholder, no text of the document.
                pending = _Pending()
            flush()
            continue
        if _RULE.fullmatch(line) or _LINK_DEFINITION.fullmatch(line) or _DIV_FENCE.fullmatch(line):
            flush()
            continue
        quote = _QUOTE.match(line)
        if quote is not None:
            start += quote.end()
            line = source[start:end]
        if "|" in line and number < len(lines) and not pending.lines:
            following = source[lines[number][0] : lines[number][1]]
            columns = (
                _source_table(source, (start, end), headed=under_notes)
                if _TABLE_DELIMITER.fullmatch(following)
                else None
            )
            record = (
                None
                if columns is not None or not _TABLE_DELIMITER.fullmatch(following)
                else _record_table(source, lines, number + 1, structure.code_lines)
            )
            if columns is None and record is None and _TABLE_DELIMITER.fullmatch(following):
                layout = _layout_rows(source, lines, number + 1, structure.code_lines, (start, end))
                if layout is not None:
                    rows, number = layout
                    blocks.extend(_Inline(source, index, structure.references).plain_row(r) for r in rows)
                    continue
            if columns is None and record is None and under_notes and _TABLE_DELIMITER.fullmatch(following):
                columns = _keyed_reference_columns(source, lines, number + 1, structure.code_lines)
            if columns is None and record is None and _TABLE_DELIMITER.fullmatch(following):
                columns = _linked_works_table(
                    source, lines, number + 1, structure.code_lines, (start, end), under_notes
                )
            if record is not None:
                # A record of one work, one field a row ("| **Title** | … |", "| **Source** | [Site](…) |"):
                # one entry, its title and its source's link.
                cells, number = record
                blocks.append(_Inline(source, index, structure.references).row(cells, RECORD_COLUMNS))
                continue
            if columns is not None:
                # The rows after the delimiter row.
                rows, number = _table_rows(source, lines, number + 1, structure.code_lines)
                columns = key_column_by_values(
                    columns,
                    [source[a:b] for a, b in _cells(source, start, end)],
                    [[source[a:b] for a, b in cells] for cells in rows],
                )
                for cells in rows:
                    blocks.append(_Inline(source, index, structure.references).row(cells, columns))
                    blocks[-1].headed_row = under_notes
                continue
        framed = line.strip()
        if len(framed) > 2 and framed[0] == framed[-1] == "|" and framed.count("|") == 2:
            # A line framed by pipes with no table around it (no delimiter row: one cell a line, as
            # a list of references pasted into a one-column table): the pipes are no text.
            start += line.index("|") + 1
            end = start + len(framed) - 2
            line = source[start:end]
        if line.lstrip(" ").startswith("<"):
            opened = _BLOCK_OPEN.match(line)
            if opened is not None and line[opened.end() :].strip():
                flush()
                pending.item = True
                start += opened.end()
                line = source[start:end]
        bullet = _BULLET.match(source, start, end)
        if (
            bullet is not None
            and pending.item
            and _wrapped_at_dash(source, pending.lines, source[bullet.end() : end])
        ):
            # "- Deutsche Bundesbank, Statistische Fachreihe "Jahresabschlussstatistik (Verhaeltniszahlen⏎
            #   - vorlaeufig)", Mai 2026 (data 2023/2024):": a line wrapped at a spaced dash of the text, so
            # the dash opens the line like a bullet; it closes the bracket and the quotation the item
            # left open, in lower case (heldback-27's inventory dossier, two items run together with
            # the next nine off by one). The line goes on the item, the dash with it.
            pending.lines.append((start + len(line) - len(line.lstrip(" \t")), end))
            continue
        if bullet is not None:
            box = _TASK_BOX.match(source, bullet.end(), end)
            if (
                box is not None
                and box.group()[1] in "xX"
                and pending.item
                and pending.lines
                and _NINTH.match(source, pending.lines[0][0], pending.lines[0][1])
            ):
                box = None
            flush()
            pending.item = pending.marked = True
            pending.indent = bullet.end() - start
            pending.lines.append((box.end() if box is not None else bullet.end(), end))
            continue
        ordered = _ORDERED.match(source, start, end)
        if ordered is not None and pending.lines and pending.kind == "paragraph":
            value = int(ordered.group().strip()[:-1])
            if (not pending.item and value != 1) or (pending.item and value >= last_ordered + 10):
                # CommonMark: only a list that starts at 1 interrupts a paragraph ("… O’Reilly Media,⏎
                # 2005. 354 с." goes on the paragraph); and in a list, a number far out of its
                # sequence at a line's start is a year or a page count run on from the item above.
                ordered = None
        if (
            ordered is not None
            and pending.item
            and pending.lines
            and source[pending.lines[-1][0] : pending.lines[-1][1]].rstrip().endswith(",")
            and _next_ordered_value(source, lines, number, _ORDERED) == int(ordered.group().strip()[:-1])
        ):
            # "… Malykh V., Mikhailov V.,⏎3. Tikhonova M., … Benchmark. – 2020.⏎3. Бенчмарк …"
            # (heldback-15's Russian GOST list): a number set on a wrapped author list, the line
            # above ending in a comma and the next item bearing the same number, runs on.
            ordered = None
        if ordered is not None:
            flush()
            last_ordered = int(ordered.group().strip()[:-1])
            pending.item = pending.marked = True
            pending.indent = ordered.end() - start
            indent = len(line) - len(line.lstrip(" "))
            pending.lines.append((start + indent, end))
            continue
        if (
            _BOLD_LINE.fullmatch(line)
            and number < len(lines)
            and _NUMBERED_ENTRY_START.match(source, lines[number][0], lines[number][1])
        ):
            # A line all in bold over a numbered entry ("**Orquestación Multi-Agente**" then "[1] …"):
            # a sub-heading of the list written as bold text, a block of its own, not the first
            # line of the entries' paragraph.
            flush()
            pending.lines.append((start + len(line) - len(line.lstrip(" \t")), end))
            flush()
            continue
        pending.lines.append((start + len(line) - len(line.lstrip(" \t")), end))
    flush()
    for number, (_, text_start, text_end) in enumerate(inline_notes, 1):
        # The notes themselves, read from the source as written, after the text that cites them.
        note = _Pending([(text_start, text_end)], note_label=str(number))
        blocks.append(_Inline(original, index, structure.references).block(note))
    for label, text_start, text_end in site_notes.inline:
        # Notes a Hugo shortcode wrote where they are cited (site_notes._hugo_notes), read so too.
        note = _Pending([(text_start, text_end)], note_label=label)
        blocks.append(_Inline(site_notes.inline_source, index, structure.references).block(note))
    blocks += _front_matter_sources(source, lines, skip, index, structure) if skip else []
    if (
        "title" in front
        and is_notes_title(front["title"])
        and not any(b.kind in ("heading", "title") for b in blocks)
    ):
        # A site's page titled "Bibliographie de la traduction" or "References" in its front matter,
        # the layout printing the title, whose body has no heading at all: the page is the list. (A
        # "References" page with headings of its own, "## OpenAI", "## Ollama", is read as written.)
        blocks.insert(0, _title_heading(source, lines[:skip], index, structure))
    blocks = _without_host_captions(_without_contents_lists(blocks))
    title = front.get("title")
    date = None
    if "date" in front:
        date = parse_iso_date(front["date"]) or parse_date(front["date"])
    return ReadResult(blocks, title=title or None, date=date, soft_breaks=frozenset(soft_breaks))


# A table of contents of in-page anchors, "1. [1.أبرز النقاط الجوهرية](#heading-1)" … "13.
# [13.المصادر والمراجع](#heading-13)" (an Arabic analysis exported from an answer engine, branch
# s42-hunt15's p42hunt15): under its line "41+ Sources" (a notes heading) its thirteen items were read as
# notes 1-13, so the sources below were numbered on from 14. An item that is its number and one link
# to a place in the page, nothing else, cites no work; three such items in a row, at least, are the
# page's contents and no block of the document. One such item ("2. [Appendix](#appendix)") among notes,
# or an item saying more than its link ("3. See [Part 2](#part-2) and …"), is read as before.
_CONTENTS_ITEM = lazyre.compile(r"\s*(?:\d{1,3}[.)]|[-*+])\s+")
_CONTENTS_ITEMS = 3


def _contents_item(block: Block) -> bool:
    """Whether ``block`` is a list item that is one link to an in-page anchor and nothing more."""
    if block.kind != "paragraph" or block.note_label is not None or len(block.links) != 1:
        return False
    at, href = block.links[0]
    found = _CONTENTS_ITEM.match(block.text)
    return found is not None and href.startswith("#") and at == found.end() and "\n" not in block.text


def _without_contents_lists(blocks: list[Block]) -> list[Block]:
    """``blocks`` without the runs of :data:`_CONTENTS_ITEMS` contents items or more."""
    flags = [_contents_item(block) for block in blocks]
    kept: list[Block] = []
    run: list[Block] = []
    for block, flag in zip(blocks, flags, strict=True):
        if flag:
            run.append(block)
            continue
        if len(run) < _CONTENTS_ITEMS:
            kept += run
        run = []
        kept.append(block)
    if len(run) < _CONTENTS_ITEMS:
        kept += run
    return kept


# The same export prints each source as its site's icon, its host on a line of its own, then the link:
# "![](…favicon…&url=https://hafryat.com)⏎hafryat.com⏎⏎[«الاستبداد والعلم» … - حفريات](https://hafryat.com/…)"
# (p42hunt15's Arabic analysis, 41 sources): each host line was read as a note of its own, "hafryat.com"
# with the address https://hafryat.com, so every source took two labels. A paragraph that is a bare host
# name and nothing else, the next paragraph linking to that host (or to one of its subdomains), is the
# caption of that link and no block of its own. A host name alone with no link to it after it (a site
# named as a source, "example.org" over a different link) is read as before.
_HOST_CAPTION = lazyre.compile(r"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,24}")


def _caption_of_next(block: Block, following: Block) -> bool:
    """Whether ``block`` is a bare host name the link opening ``following`` points to."""
    text = block.text.strip()
    if (
        block.kind != "paragraph"
        or block.note_label is not None
        or block.links
        or not _HOST_CAPTION.fullmatch(text)
    ):
        return False
    if following.kind != "paragraph" or not following.links or following.links[0][0] != 0:
        return False
    host = (urlsplit(following.links[0][1]).hostname or "").lower()
    return host == text or host.endswith("." + text)


def _without_host_captions(blocks: list[Block]) -> list[Block]:
    """``blocks`` without the host lines that caption the link after them (:func:`_caption_of_next`)."""
    return [
        block
        for at, block in enumerate(blocks)
        if at + 1 >= len(blocks) or not _caption_of_next(block, blocks[at + 1])
    ]
