"""HTML reader: a WordPress post body or a whole saved page. Picks the article's content, drops page
furniture, and turns note links (``#_ftn4``, ``#_edn4``, ``#fn4``, ``#cite_note-4``) and ``<sup>`` labels
into markers; note paragraphs and note lists become entries. Positions are found in the HTML source.

Links of the article's text (``<a href="https://…">``) are kept with their anchor text for inline
citations, except in navigation (``role="navigation"``, menus, tables of contents, breadcrumbs),
links to the page itself and the note apparatus; ``<code>``, ``<pre>`` and their kin are masked
so nothing in them is a marker.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import unquote, urlsplit

from lxml import etree
from lxml import html as lxml_html

from citecheck import lazyre
from citecheck.parse.blocks import (
    RECORD_COLUMNS,
    RECORD_LINK,
    RECORD_TITLE,
    Anchor,
    Block,
    BlockKind,
    LineIndex,
    LinkSpan,
    ReadResult,
    SearchLocator,
    SourceColumns,
    bare_host_url,
    source_columns,
    text_since,
)
from citecheck.parse.coins import COINS_MARK
from citecheck.parse.dates import ACCESS_LABEL, parse_iso_date
from citecheck.parse.link_tables import link_table_columns
from citecheck.parse.markdown import _plain_name, shown_address
from citecheck.parse.markers import (
    GROUP_RANGE_MAX,
    clean_label,
    is_power,
    label_key,
    label_ordinal,
    looks_like_label,
    to_roman,
)
from citecheck.parse.reference_html import (
    BACK_ARROWS,
    Apparatus,
    affiliation_line,
    author_institutions,
    author_list_mark,
    back_arrow_link,
    cited_title_span,
    cited_titles,
    doi_of_text,
    doi_resolver,
    find_apparatus,
    trim_trailing_separators,
)
from citecheck.parse.regions import is_notes_heading
from citecheck.parse.table_keys import _key_header, key_column_by_values, keys_by_values
from citecheck.parse.urls import unwrap_redirect


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_BLOCK_TAGS = _words(
    "p div li h1 h2 h3 h4 h5 h6 blockquote section article main header footer aside nav ul ol dl dt dd "
    "table thead tbody tfoot tr td th caption figure figcaption pre hr address details summary center "
    "body html form fieldset"
)
_HEADINGS = _words("h1 h2 h3 h4 h5 h6")
_SKIP_TAGS = _words(
    "script style noscript template svg iframe button select textarea object embed canvas video audio "
    "map head title meta link input label"
)
_FURNITURE_TAGS = _words("nav aside header footer form")
# Fragments a marker link points to, and the back links an entry points home with.
_BACKREF = lazyre.compile(
    r"^(?:_?(?:ftn|edn)ref\d+|fnref[:\-_]?[\w.:-]*|cite_ref-[\w.:-]+|footnote-ref-?[\w-]*|noteref-?\d+|"
    r"easy-footnote-\d+[\w-]*|ref-?\d+|r\d+|ftnt_ref\d+|bodyftn\d+|footnote-anchor-\d+|fn-?ref[\w-]*|"
    # SPIP (the French CMS of La Vie des idées and Le Monde diplomatique's blogs) links a note
    # "#nb4-2" (note basse) and back "#nh4-2" (note haute); "#nb2"/"#nh2" on older sites.
    r"nh\d+(?:-\d+)?|"
    # LibreOffice's HTML export pairs a note's symbol with its anchor in the text: the symbol
    # links back to "#sdfootnote4anc" ("#sdendnote4anc" for an endnote), see _LIBREOFFICE_NOTE.
    r"sd(?:foot|end)note\d+anc)$",
    re.IGNORECASE,
)
_NOTEREF = lazyre.compile(
    r"^(?:_?(?:ftn|edn)\d+|fn[:\-_]?[\w.:-]+|cite_note-[\w.:-]+|foot-?note-?[\w-]+|endnote-?[\w-]+|"
    r"easy-footnote-bottom-\d+[\w-]*|note-?\d+|n\d+|ftnt\d+|nb\d+(?:-\d+)?|"
    # LibreOffice's marker in the text links to its note's symbol, "#sdfootnote4sym".
    r"sd(?:foot|end)note\d+sym)$",
    re.IGNORECASE,
)
_WORD_NOTE_ID = lazyre.compile(r"^_?(?:edn|ftn)\d+$", re.IGNORECASE)
# A marker a footnote script drew: bigfoot.js and littlefoot.js (the footnote plugins of WordPress,
# Jekyll, Ghost, Hugo and Astro blogs) put before or in place of "<sup id="fnref:1"><a
# href="#fn:1">1</a></sup>" in a page's text a button showing dots (SVG circles) or the number:
# bigfoot's "<button class="bigfoot-footnote__button" rel="footnote" data-footnote-number="1"
# data-bigfoot-footnote="<p>the note</p>">", set in a <div> of its own, littlefoot's "<button
# class="littlefoot__button" id="fnref:1" title="See Footnote 1" aria-label="Footnote 1">". A page
# saved after the script ran keeps the button. Buttons are not text (_SKIP_TAGS), so where the
# script removed the original marker (bigfoot's default) none of the page's notes was cited:
# fixtures/parse-eval-pages' danwang-2020-letter.html (a WordPress blog saved by a read-it-later
# app) read its 21 notes with no marker, "None of the 21 entries is cited". The templates: bigfoot's
# own default and those of blogs using it, littlefoot's default and seven sites' own templates in
# the public-code index (2026-12-07), all a <button> with "foot" in its class and the number in
# data-footnote-number, in its title or aria-label ("See Footnote 1", "脚注 1") or as its text. Guard:
# such a button only, outside the notes; where the script kept the original marker right after it
# (littlefoot hides it for print), the original is the marker and the button is passed over.
_SCRIPT_MARKER_NUMBER = ("data-footnote-number", "data-footnote-identifier")
_SCRIPT_MARKER_CLASS = lazyre.compile(r"foot", re.IGNORECASE)


def _element_label(element: Any) -> str | None:
    """The label ``element``'s text shows ("4", "[iv]"), cleaned, or None when it shows none."""
    shown = " ".join(element.text_content().split())
    return clean_label(shown) if looks_like_label(shown) else None


def _script_marker(element: Any) -> str | None:
    """The label of a footnote script's marker button (see _SCRIPT_MARKER_NUMBER), or None."""
    if not isinstance(element.tag, str) or element.tag.lower() != "button":
        return None
    if (element.get("rel") or "").lower() != "footnote" and not _SCRIPT_MARKER_CLASS.search(
        element.get("class") or ""
    ):
        return None
    for name in _SCRIPT_MARKER_NUMBER:
        value = (element.get(name) or "").strip()
        if value and looks_like_label(value):
            return clean_label(value)
    for name in ("aria-label", "title"):
        words = (element.get(name) or "").split()
        if len(words) >= 2 and looks_like_label(words[-1]):
            return clean_label(words[-1])
    return _element_label(element)


def _original_marker_follows(element: Any) -> bool:
    """Whether right after ``element`` (nothing but space between) comes the original marker a
    footnote script kept: a <sup>, <a> or <span> showing a label and linking within the page."""
    following = element.getnext()
    if following is None or (element.tail or "").strip() or not isinstance(following.tag, str):
        return False
    if following.tag.lower() not in ("sup", "a", "span"):
        return False
    if _element_label(following) is None:
        return False
    links = [following] if following.tag.lower() == "a" else list(following.iter("a"))
    return any((link.get("href") or "").startswith("#") for link in links)


def _script_marker_holder(element: Any) -> Any | None:
    """The script's button when ``element`` is the <div> or <span> it sets its button in alone."""
    children = [child for child in element if isinstance(child.tag, str)]
    if len(children) != 1 or (element.text or "").strip() or (children[0].tail or "").strip():
        return None
    return children[0] if _script_marker(children[0]) is not None else None


# LibreOffice (and OpenOffice) "Save as HTML": the marker in the text is "<a class="sdfootnoteanc"
# name="sdfootnote4anc" href="#sdfootnote4sym"><sup>4</sup></a>", each note a "<div
# id="sdfootnote4">" whose paragraph opens on "<a class="sdfootnotesym" name="sdfootnote4sym"
# href="#sdfootnote4anc">4</a>Text…" (endnotes "sdendnote", numbered i, ii, …), the number shown
# bare, with no bracket and often no space before the note's text. Read by their text alone such
# notes were not found at all ("4Text" opens no note; fixtures/parse-eval-pages'
# pkiraly-subject-term-usage.html, LibreOffice's notes written "[4]" with a space, was read from its
# "Notes" heading and its "[n]" labels only). Data: that page's nine notes; LibreOffice's own
# bare-number exports as the search index holds them (two Spanish university forms, a Hugo essay),
# none with 5+ cited sources. The note's <div> is one entry, as Word's "<div id=ftn4>" is (_block);
# the pair is read as Word's "_ftn4"/"_ftnref4" (_NOTEREF, _BACKREF, _OFFICE_BACKREF).
_LIBREOFFICE_NOTE = lazyre.compile(r"^sd(?:foot|end)note\d+$", re.IGNORECASE)
# The back link Word ("_ftnref4", "_ednref4") and Google Docs ("ftnt_ref4") put before each note: one
# per note, so a second one inside a block is the start of the next note.
_OFFICE_BACKREF = lazyre.compile(
    r"^(?:(?:_?(?:ftn|edn)ref|ftnt_ref)\d+|sd(?:foot|end)note\d+anc)$", re.IGNORECASE
)
_NOTE_ITEM_ID = lazyre.compile(
    r"^(?:fn[:\-_]?[\w.:-]+|cite_note-[\w.:-]+|foot-?note-?[\w-]+|endnote-?[\w-]+|ftnt\d+)$", re.IGNORECASE
)
_NOTES_ATTR = lazyre.compile(
    r"foot-?notes?|end-?notes?|reflist|references|(?:^|[\s_-])notes(?:$|[\s_-])", re.IGNORECASE
)
# A block holding a reference's number alone ("1. ", "[12]", "3)"), and the words the block after it must
# hold to be the entry it numbers (the shortest reference, "A. Author, J. Phys. 9, 245 (1945).", has
# eight): _Walker._number_block.
_LONE_NUMBER = lazyre.compile(r"\[?(\d{1,4})[.)\]]?")
_NUMBERED_ENTRY_WORDS = 4
_BACKLINK_ATTR = lazyre.compile(
    r"mw-cite-backlink|footnote-backref|fn-backref|backlink|reversefootnote|footnote-return", re.IGNORECASE
)
# The arrow a back link shows before or after its number ("↑1", "1 ↩", "^ 2").
_BACK_ARROWS = lazyre.compile(rf"[{BACK_ARROWS}^]|\u21a9\ufe0e?")
_CHROME_ATTR = lazyre.compile(
    r"(?:^|[\s_-])(?:share|sharing|sharedaddy|social|addtoany|a2a_kit|wpml|wpml-ls|language-switcher|"
    r"lang-switch|langswitch|post-translations|trp-language|polylang|related|similar|yarpp|author-bio|"
    r"author-box|authorbox|about-author|author-info|comments?|comment-respond|respond|breadcrumbs?|"
    r"sidebar|widget|navigation|nav-links|post-nav|newsletter|subscribe|advert|cookie|tags-links|"
    r"cat-links|post-tags|jp-relatedposts)(?:$|[\s_-])",
    re.IGNORECASE,
)
# Containers whose links are site navigation, not citations (their text is still read). Roles are
# WAI-ARIA's landmark and widget roles for navigation; class and id tokens are those of common CMS
# themes and documentation generators (WordPress, Drupal, Sphinx, MkDocs, MediaWiki's navbox/toc).
# "header"/"footer" as class tokens mirror the <header>/<footer> elements: a post's byline and its
# tag line ("entry-header", "entry-footer") link the site's own pages, not sources.
_NAV_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "menu", "menubar", "tablist", "doc-toc", "search"}
)
_NAV_ATTR = lazyre.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navbox|menu|menubar|toc|breadcrumbs?|pagination|pager|skip-link|"
    r"masthead|header|footer|toolbar|tabs|sphinxsidebar|md-nav|mw-jump-link)(?:$|[\s_-])",
    re.IGNORECASE,
)
# A page's table of contents: the headings of the page again, as links to them. Its text is not the
# article's: read, its items ("12 Further reading", "13 External links") were headings of notes
# before the article began, and every marker of the article's body fell after the notes
# (mozilla/readability's saved Wikipedia pages: wikipedia-2's 445 markers gave 15 citations). Whole
# class or id tokens of the generators that write one (MediaWiki "toc", pandoc "TOC" with the
# doc-toc role, Hugo "TableOfContents", kramdown "markdown-toc", Docusaurus/Jekyll
# "table-of-contents", MkDocs' labelled nav); a token only beginning so ("toc-wrapper", Sphinx's
# "toctree-wrapper", whose list is an index page's content) is not one.
_TOC_TOKENS = frozenset({"toc", "mw-toc", "markdown-toc", "tableofcontents", "table-of-contents"})


def _table_of_contents(element: Any) -> bool:
    if (element.get("role") or "").strip().lower() == "doc-toc":
        return True
    if (element.get("aria-label") or "").strip().lower() == "table of contents":
        return True
    tokens = f"{element.get('class') or ''} {element.get('id') or ''}".lower().split()
    return any(token in _TOC_TOKENS for token in tokens)


# The containers of a site's menus (a subset of _NAV_ATTR and _NAV_ROLES: not headers, footers or
# toolbars, where an article's sources may stand): an item of one heads no notes. A Brazilian
# city's site (scrapinghub/article-extraction-benchmark, 2026-12-06) has "Legislação" in its
# "dropdown-menu": read as the heading of a list of laws, the menu's 235 items and the article
# after them became notes.
_FRAME_TAGS = frozenset({"html", "body", "main", "article"})
_MENU_ROLES = frozenset({"navigation", "menu", "menubar"})
_MENU_ATTR = lazyre.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navbox|menu|menubar|submenu|breadcrumbs?|pagination|pager)(?:$|[\s_-])",
    re.IGNORECASE,
)
# Link types (WHATWG HTML "link types", microformats rel values) that mark a site's own apparatus:
# a post's tags and category, its author page, permalink, trackback, licence, paging, feeds.
_APPARATUS_REL = _words(
    "tag author category bookmark trackback pingback license prev next search help edit me alternate "
    "privacy-policy terms-of-service"
)
_CODE_TAGS = frozenset({"code", "kbd", "samp", "tt", "var"})
_EMPHASIS_TAGS = frozenset({"em", "i", "cite", "q"})
_QUOTED = lazyre.compile(r"^[\"“„«‘'].*[\"”»’']$", re.DOTALL)
_CONTENT_PATHS = tuple(
    etree.XPath(path)
    for path in (
        "//*[@itemprop='articleBody']",
        "//*[contains(concat(' ', normalize-space(@class), ' '), ' entry-content ')]",
        "//*[contains(concat(' ', normalize-space(@class), ' '), ' post-content ')]",
        "//*[contains(concat(' ', normalize-space(@class), ' '), ' article-content ')]",
        "//*[contains(concat(' ', normalize-space(@class), ' '), ' article-body ')]",
        "//*[contains(concat(' ', normalize-space(@class), ' '), ' td-post-content ')]",
        "//*[@id='mw-content-text']",
        "//article",
        "//main",
    )
)
_DATE_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "dc.date",
    "dc.date.issued",
    "dcterms.issued",
    "citation_publication_date",
    "parsely-pub-date",
    "sailthru.date",
)
_TITLE_SEPARATORS = lazyre.compile(r"\s+[|–—-]\s+|\s+::\s+")
# When the page says it was last revised (Open Graph, schema.org, WordPress, Dublin Core): the
# document as it stands was written then. A wiki page's "datePublished" is its first version's
# (mozilla/readability's saved "List of films featuring time loops": 2014, modified 2024), and its
# notes were read in the years between: against the first date 62 of them read as accessed "after
# the document". The later of the two dates is the document's (``_metadata``).
_MODIFIED_META = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dcterms.modified",
    "last-modified",
)
_XML_DECLARATION = lazyre.compile(r"^\s*<\?xml[^>]*\?>")
_UNSAFE_CHARS = lazyre.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Runs of whitespace and lone non-space whitespace (a single " " is left alone: far fewer substitutions).
_SPACES = lazyre.compile(r"\s\s+|[^\S ]")
_MAX_DEPTH = 200
# React's explicit space between inline elements, ``{" "}`` (or ``{' '}``), as JSX formatters
# (Prettier) write it at a line break: a component's markup read as HTML keeps it as text ("Coblin,
# W. S. (1994). Title.{" "} <i>Journal</i>", heldback-9's JSX reference lists). It is a space; so is
# a JSX comment, ``{/* … */}``, between elements.
_JSX_SPACE = lazyre.compile(r"""\{\s*(?:"\s*"|'\s*'|/\*.*?\*/)\s*\}""", re.DOTALL)
# A JSX component's conditional rendering read as text: "{expanded === "science" && (" opening a
# list shown on a condition, ")}" closing it, ") : (" between its two branches (heldback-16's
# Armenian sources page: three lists, each inside such a condition, whose opening read as an entry
# titled "science"). A text node that is only such code is no text; a node holding words beside
# it ("Sources (see below)}") is left alone.
_JSX_CONDITION = lazyre.compile(
    r"\s*(?:\{[^{}<>\n]*?(?:&&|\?)\s*\(|\)\s*\}|\)\s*:\s*\(|\)\s*:\s*null\s*\})\s*"
)
# How many lines a start tag may span (lxml reports the line where it ends).
_TAG_LINES = 8
_TAG_PATTERNS: dict[str, re.Pattern[str]] = {}


# Runs an entry's title may be set in (citecheck.parse.styles); not _EMPHASIS_TAGS, which says
# when an inline link's anchor reads as a title. "<u>" is the underline that stands for italics on
# pages typed by hand (MLA before 2009: the Genders article's WORKS CITED underlines its 12 book and
# journal titles, fixtures/parse-eval-pages/pages/genders-maeshowe.html). ("<cite>" is not: MediaWiki
# wraps a whole citation in one.)
_TITLE_MARK_TAGS = frozenset({"i", "em", "b", "strong", "u"})
# The text of a MediaWiki reference (Cite's span.reference-text, Parsoid's span.mw-reference-text).
_REFERENCE_TEXT = frozenset({"reference-text", "mw-reference-text"})


def _tag_pattern(tag: str) -> re.Pattern[str]:
    pattern = _TAG_PATTERNS.get(tag)
    if pattern is None:
        pattern = _TAG_PATTERNS[tag] = re.compile(rf"<{re.escape(tag)}(?=[\s>/])", re.IGNORECASE)
    return pattern


def _attrs(element: Any) -> str:
    return f"{element.get('class') or ''} {element.get('id') or ''}"


# A table's own notes, lettered from "a" under each table ("<fn id="table2fn3"><p><sup>c</sup>FFMQ: Five
# Facet Mindfulness Questionnaire.</p></fn>", JATS markup as JMIR's article pages keep it inside the
# table's figure: fixtures/parse-eval-pages/pages/jmir-calm-app.html, whose tables 2 and 3 both have a
# note "c", read as the roman numeral 100 and reported as one note defined twice). Their labels are
# the table's, not the document's notes': a note element named for a table, or the foot of a table.
_TABLE_NOTE_ID = lazyre.compile(r"t(?:able|bl|ab)?[-_]?\d+[-_]?(?:fn|note|tfn)[-_]?\d*", re.IGNORECASE)
_TABLE_FOOT_CLASSES = frozenset(
    {"table-wrap-foot", "table-foot", "table-footnote", "table-footnotes", "tablefoot"}
)


def _table_note_mark(element: Any) -> bool:
    """Whether the superscript ``element`` is a table's own note mark (see above): it stands in the
    table's notes, or in a cell of the table as one letter ("PSS<sup>a</sup>", "SCS-SF<sup>c</sup>",
    the cells' references to them)."""
    letter = re.fullmatch(r"[a-z]", (element.text_content() or "").strip()) is not None
    for ancestor in element.iterancestors():
        tag = ancestor.tag.lower() if isinstance(ancestor.tag, str) else ""
        if tag in ("td", "th"):
            return letter
        if tag == "tfoot":
            return True
        if tag == "fn" and _TABLE_NOTE_ID.fullmatch(ancestor.get("id") or ""):
            return True
        if not _TABLE_FOOT_CLASSES.isdisjoint((ancestor.get("class") or "").lower().split()):
            return True
        if tag in ("body", "article", "main", "table"):
            return False
    return False


def _fragment(href: str | None) -> str:
    return href.rpartition("#")[2] if href and "#" in href else ""


# A note marker's shown label where it names its note group: "[n 1]", "[note 3]", "[nb 2]", "[a]",
# "[ab]" (MediaWiki's groups), besides the numbers and numerals looks_like_label reads.
_GROUP_LABEL = lazyre.compile(r"\[?\^?\s*((?:[A-Za-z]{1,6}\s?)?\d{1,4}|[a-z]{1,3}|[A-Z]{1,3})\s*\]?")
_ENTRY_TAGS = _words("li p div dd dt td")


@dataclass(frozen=True)
class _NoteLinks:
    """Note markers bound to their notes by the link between them, as a reader follows it.

    A marker is a link to its note (``<a href="#cite_note-2">[n 1]</a>`` to ``<li
    id="cite_note-2">``); the number a list shows is not always the marker's. A page with two note
    lists (MediaWiki's "Footnotes", a group whose markers read "[n 1]" or "[a]", above "Citations")
    numbers both lists from 1: read by their list numbers the two lists' entries are each other's
    duplicates and the group's markers point nowhere, or, read by the digits of their link ("[n 1]" to
    "#cite_note-2"), at the wrong note. So where markers link to an entry by its id, the label the
    markers show is the entry's (``entries``) and theirs (``markers``, by fragment).

    Guard: only where the entries' labels as listed would collide or disagree with their markers'
    shown labels is anything relabelled (:func:`_note_links`); every marker linking to one entry must
    show the same label, a short one (``_GROUP_LABEL``: a number, a numeral, "n 1", "note 3",
    "a"), and no two entries may take the same label. Data: the saved pages of mozilla/readability's
    test-pages (130 real pages, 2026-12-06): the English Wikipedia "New Zealand" page (wikipedia-2)
    read 19 duplicate-footnote errors and 358 orphan warnings; every footnote of the parse eval, the
    READMEs and the analyses identical.
    """

    entries: dict[Any, str]
    markers: dict[str, str]
    # The labels of every entry a marker links to, relabelled or not: an unlabelled bullet of a
    # bibliography under the notes (MediaWiki's "References" under its numbered "Citations") is not
    # numbered into them (_Walker._block).
    taken: frozenset[str] = frozenset()
    # Notes set each in a <div> of its own that a marker links into (its target, or the target's
    # parent): Substack's '<div class="footnote"><a class="footnote-number" href="…#footnote-anchor-1-…"
    # id="footnote-1-…">1</a><div class="footnote-content"><p>The note …</p></div></div>'. The
    # number and the note's paragraphs are one entry, as a list item's are; read as blocks the
    # number stood alone as note 1 and the note's text, its title and its address, in a paragraph
    # of its own after it: every note of a Substack post was read empty (fixtures/parse-eval-pages'
    # 12gramsofcarbon-vlaes.html: six notes with no text; its truth holds no address, so the page
    # set scored it whole). Guard: a <div> that one label's markers link into and that holds no
    # other marker's target.
    wholes: frozenset[Any] = frozenset()


def _shown_label(text: str) -> str | None:
    """The label a marker link shows, if it shows one ("[n 1]" → "n 1", "[4]" → "4")."""
    shown = " ".join(text.split())
    if looks_like_label(shown):
        return clean_label(shown)
    match = _GROUP_LABEL.fullmatch(shown)
    return " ".join(match.group(1).split()) if match else None


def _listed_labels(entries: Any) -> dict[Any, str | None]:
    """The number an ``<ol>`` shows beside each of ``entries`` (its ``start`` and ``type``), None for
    an entry that is no item of an ordered list; each list counted once, however many items."""
    numbered: dict[Any, str] = {}
    counted: set[Any] = set()
    for entry in entries:
        parent = entry.getparent()
        if entry.tag.lower() != "li" or parent is None or not isinstance(parent.tag, str):
            continue
        if parent.tag.lower() != "ol" or parent in counted:
            continue
        counted.add(parent)
        start = parent.get("start")
        number = int(start) if start and start.strip().lstrip("-").isdigit() else 1
        for sibling in parent:
            if isinstance(sibling.tag, str) and sibling.tag.lower() == "li":
                numbered[sibling] = _list_label(number, parent.get("type"))
                number += 1
    return {entry: numbered.get(entry) for entry in entries}


# A marker of a journal page links to its reference by the item's own id, in whatever scheme the
# publisher's XML gave it: "#B4-metabolites-04-00932" (MDPI), "#B12" (PubMed Central, BMC, Hindawi),
# "#CR12" (Springer), "#bib12" (Elsevier) — schemes no list of note ids can keep up with. So an
# in-page link that shows a label ("4", "[12]") and points at an item of a list of entries is a
# marker whatever its id: the item is an ``<li>`` of a list of three or more items, most with an id of
# their own, that holds an entry's worth of text. Data: the calibration pages of fixtures/parse-eval-
# pages (2026-12-06): 225 such markers on four journal pages (Hindawi 114, MDPI 66, PubMed Central 25,
# BMC 20) were read as plain digits, their claims never tied to their references, while the page's
# own numbered reference list stood orphaned. Guards: a link to anything but a list item (an
# affiliation's "<a id="aff-1">", a figure, a section of the contents) or showing no label ("Table
# 2"), and lists of few or id-less items, keep their reading.
_ENTRY_LIST_MIN = 3
_ENTRY_MIN_CHARS = 30


def _entry_item(target: Any) -> Any:
    """The list item ``target`` is, or opens (an anchor or a block at its start: HighWire's
    "<li><a id="ref-1">↵</a><div class="cit">…"), else None. A list written in blocks counts too:
    "<div class="references"><div class="reference"><a class="reference-number" id="ref1">1.</a>
    <div class="reference-content">…" (a journal site's template, defuddle's footnote fixtures,
    kepano/defuddle tests/fixtures/footnotes--numeric-anchor-id.html: its three markers "[1]" linking
    "#ref1" were read as back links and its references stood orphaned) — an item is a <div> or <p>
    with a class that three or more of its siblings share (_block_item)."""
    element = target
    for _ in range(3):
        if not isinstance(element.tag, str):
            return None
        if element.tag.lower() == "li" or _block_item(element):
            return element
        parent = element.getparent()
        if parent is None or next((c for c in parent if isinstance(c.tag, str)), None) is not element:
            return None  # not at the start of its container
        element = parent
    return None


def _block_item(element: Any) -> bool:
    """Whether ``element`` is a <div> or <p> whose class _ENTRY_LIST_MIN or more of its siblings
    share (with it): an item of a list written in blocks."""
    if element.tag.lower() not in ("div", "p") or not (element.get("class") or "").strip():
        return False
    parent = element.getparent()
    if parent is None:
        return False
    return sum(1 for c in parent if _alike(c, element)) >= _ENTRY_LIST_MIN


def _alike(element: Any, item: Any) -> bool:
    """Whether ``element`` is an item of the same list as ``item``: a <li> beside it, or, in a list
    written in blocks, a block of its tag and class."""
    if not isinstance(element.tag, str) or element.tag.lower() != item.tag.lower():
        return False
    return item.tag.lower() == "li" or element.get("class") == item.get("class")


def _entry_target(fragment: str, targets: dict[str, Any], shown: str = "") -> bool:
    """Whether ``fragment`` names an item of a list of entries, or what opens one (see above). An
    item of a list written in blocks must open on the label the link shows (``shown``): an
    author-date journal's references are such blocks too (Frontiers' "div.References"), and its
    links showing a year ("2006") are no markers (fixtures/parse-eval-pages
    frontiers-dog-cooperation.html: six missing-footnote errors and 109 orphans without this)."""
    target = targets.get(fragment)
    item = _entry_item(target) if target is not None else None
    if item is None:
        return False
    parent = item.getparent()
    if parent is None or not isinstance(parent.tag, str):
        return False
    if item.tag.lower() == "li" and parent.tag.lower() not in ("ol", "ul"):
        return False
    if item.tag.lower() != "li":
        label = clean_label(shown) if shown and looks_like_label(shown) else None
        opening = " ".join(item.text_content().split())
        if label is None or not re.match(rf"[\[(]?{re.escape(label)}(?!\w)", opening):
            return False
    # Each list is judged once (a page of 5,000 references and 5,000 markers judged its list for
    # every marker: 27 s).
    lists = getattr(targets, "lists", None)
    listed = lists.get(parent) if lists is not None else None
    if listed is None:
        items = [child for child in parent if _alike(child, item)]
        named = sum(1 for child in items if child.get("id") or child.find(".//*[@id]") is not None)
        listed = len(items) >= _ENTRY_LIST_MIN and 2 * named > len(items)
        if lists is not None:
            lists[parent] = listed
    return listed and len(" ".join(item.text_content().split())) >= _ENTRY_MIN_CHARS


def _note_link(link: Any, targets: dict[str, Any]) -> str | None:
    """The fragment of ``link`` when it links a note: by a note id's form (``_NOTEREF``), or by
    pointing at an item of a list of entries while showing a label (:func:`_entry_target`)."""
    fragment = _fragment(link.get("href"))
    if not fragment:
        return None
    if _NOTEREF.match(fragment):
        return fragment
    shown = " ".join(link.text_content().split())
    if looks_like_label(shown) and (
        _entry_target(fragment, targets, shown)
        or _named_note(targets.get(fragment))
        or _numbered_note_id(fragment, shown, targets)
        or _links_back(link, targets.get(fragment))
    ):
        return fragment
    return None


# A marker that is the cited words themselves, linked to the source, with the note's number set after
# them in the same link: the Substance/Lens reader's reports (OVD-Info's, ovdinfo/reports: "<span
# class='reference'><a href="#web_resource_…">could be equated with criminal cases<sup>1</sup></a>
# </span>" to "<div class="citation" id="web_resource_…"><div class="citation-url"><a href=URL>Title</a>
# </div><div class="citation-description">…</div></div>"). The list is in its own order, not the
# markers', and prints no number: the only number is the one the marker shows. Read as plain text
# the links were no markers of their notes, the list's entries were numbered by their places (or
# read as unnumbered items, each line an entry), every title under another entry's number
# (fixtures/parse-eval-pages: the three OVD-Info reports, 7/21 entries found under their numbers,
# 1/21 titles). Guard: the link's last element is a <sup> showing a label with nothing after it, it
# has words of its own before it, and it points into the page at an item of a list of entries (a
# list item, or a block whose class three or more siblings share: _entry_item).


def _wrapped_marker(link: Any, targets: dict[str, Any]) -> tuple[str, str] | None:
    """(fragment, label) of a link that wraps cited words and ends on its note's number (see above)."""
    href = (link.get("href") or "").strip()
    fragment = _fragment(href)
    if not href.startswith("#") or not fragment or fragment not in targets:
        return None
    children = [child for child in link if isinstance(child.tag, str)]
    if not children or children[-1].tag.lower() != "sup" or (children[-1].tail or "").strip():
        return None
    shown = " ".join(children[-1].text_content().split())
    words = " ".join(link.text_content().split())[: -len(shown) or None].strip() if shown else ""
    if not shown or not looks_like_label(shown) or not re.search(r"\w{2}", words):
        return None
    if _entry_item(targets[fragment]) is None:
        return None
    return fragment, clean_label(shown)


def _label_headings_to_paragraphs(content: Any) -> None:
    """A note's number set as a heading of its own above the note's paragraph (Texinfo's "<h5
    class="footnote-body-heading"><a id="FOOT1" href="#DOCF1">(1)</a></h5><p>The note …</p>") is
    put at the front of that paragraph, so that the two read as one entry. Guard: the heading holds
    only a link showing a label, which links back to a link pointing at it (_links_back), and a
    paragraph follows it at once."""
    candidates = []
    for heading in content.iter(*_HEADINGS):
        children = [child for child in heading if isinstance(child.tag, str)]
        following = heading.getnext()
        if len(children) != 1 or children[0].tag.lower() != "a" or (heading.text or "").strip():
            continue
        if following is None or not isinstance(following.tag, str) or following.tag.lower() != "p":
            continue
        label_link = children[0]
        shown = " ".join(label_link.text_content().split()).strip("()")
        if not (label_link.tail or "").strip() and looks_like_label(shown):
            candidates.append((heading, label_link, following))
    if not candidates:
        return  # the page's link ids are read only for a page with such a heading
    ids: dict[str, Any] = {}
    for link in content.iter("a"):
        own = link.get("id") or link.get("name")
        if own:
            ids.setdefault(own, link)
    for heading, label_link, following in candidates:
        marker = ids.get(_fragment(label_link.get("href")))
        if marker is None or not _links_back(marker, label_link):
            continue
        label_link.tail = " " + (following.text or "")
        following.text = None
        following.insert(0, label_link)
        _drop_keeping_tail(heading)


# A blank line in text: where WordPress's wpautop() ends a paragraph when it renders a post.
_BLANK_LINE = lazyre.compile(r"[ \t]*\n[ \t]*\n\s*")


def _blank_line_paragraphs(content: Any) -> None:
    """A post body as WordPress stores it (``post_content``, exported by its WXR export or imported
    so into Jekyll or Hugo): paragraphs apart by blank lines, no ``<p>`` at all — wpautop() adds
    those only when the post is shown. Read as HTML, the blank lines were spaces and a list of bare
    addresses, one a paragraph, ran into one block (heldback-37's Portuguese post, spent on branch
    s40-hb2: six addresses and a linked video under "Referências" read as one note). Each blank
    line in the content's own text (not inside a list, a table or any element) becomes two line
    breaks, which end a paragraph as wpautop's ``</p><p>`` does (``_inline``'s rule for
    "<br><br>"). Guards: only a body without one ``<p>`` or ``<br>`` (a page written or rendered
    with them says where its paragraphs are); only text standing directly in the content (a
    heading's tail, the body's own text), never an element's inner text."""
    if next(content.iter("p", "br"), None) is not None:
        return
    for holder in [content, *content]:
        own_text = holder is content
        if not own_text and not isinstance(holder.tag, str):
            continue
        text = holder.text if own_text else holder.tail
        if not text or not _BLANK_LINE.search(text.strip()):
            continue
        # The source line each piece starts on (lxml's sourceline is where a start tag ends).
        line = holder.sourceline or 1
        if not own_text:
            line += sum(part.count("\n") for part in holder.itertext())
        pieces = _BLANK_LINE.split(text)
        separators = _BLANK_LINE.findall(text)
        target, at = (holder, 0) if own_text else (holder.getparent(), holder.getparent().index(holder) + 1)
        if own_text:
            holder.text = pieces[0]
        else:
            holder.tail = pieces[0]
        line += pieces[0].count("\n")
        for separator, piece in zip(separators, pieces[1:], strict=True):
            line += separator.count("\n")
            for tail in (None, piece):
                br = etree.Element("br")
                br.sourceline = line
                br.tail = tail
                target.insert(at, br)
                at += 1
            line += piece.count("\n")


# A note marker and its note's number shown with a star, "*1" (the Japanese blog engines' way: tDiary's
# "<span class="footnote"><a name="fm01" href="./20190211.html#f01" title="…">*1</a></span>" in the
# text and "<p class="footnote"><a name="f01" href="./20190211.html#fm01">*1</a> Note …</p>" at the
# day's foot; Hatena Blog's "<a href="#f-…" name="fn-…">*1</a>" and "<p class="footnote"><a
# href="#fn-…" name="f-…">*1</a>: Note …</p>"), each linking the other by the page's own address
# and a fragment. A star is no label (markers.looks_like_label), so the twelve notes of postlight/
# parser's saved tDiary day (fixtures/parse-eval-pages takagi-nict-passwords.html) were not read
# at all. Guard: the two links show the same starred number and name each other (_links_back both
# ways), and exactly one of them opens its block (the note; the other, in the running text, is the
# marker); then both show the bare number and the note's link is read as its way back.
_STAR_LABEL = lazyre.compile(r"[*＊※]\s?(\d{1,3})")


def _star_note_pairs(content: Any, targets: dict[str, Any]) -> frozenset[Any]:
    """Rewrite starred marker/note number pairs (see _STAR_LABEL) to their numbers; the note-side
    links, to be read as back links."""
    backs: set[Any] = set()
    for link in content.iter("a"):
        shown = _STAR_LABEL.fullmatch(" ".join(link.text_content().split()))
        target = targets.get(_fragment(link.get("href")))
        if shown is None or target is None or target is link or not _links_back(link, target):
            continue
        if not _links_back(target, link):
            continue
        other = _STAR_LABEL.fullmatch(" ".join(target.text_content().split()))
        if other is None or other.group(1) != shown.group(1):
            continue
        opens = [_opens_block(link), _opens_block(target)]
        if opens.count(True) != 1:
            continue
        note = target if opens[1] else link
        for element in (link, target):
            for child in list(element):
                _drop_keeping_tail(child)
            element.text = shown.group(1)
        backs.add(note)
    return frozenset(backs)


def _opens_block(link: Any) -> bool:
    """Whether ``link`` (or the inline element it sits in) is the first thing of its block."""
    element = link
    while True:
        parent = element.getparent()
        if parent is None or not isinstance(parent.tag, str):
            return False
        if (parent.text or "").strip():
            return False
        first = next((c for c in parent if isinstance(c.tag, str)), None)
        if first is not element:
            return False
        if parent.tag.lower() in _ENTRY_TAGS:
            return True
        element = parent


def _links_back(link: Any, target: Any) -> bool:
    """Whether ``target`` is a link back to ``link`` (its href names ``link``'s id): a marker and its
    note's number linking each other, whatever the ids say — Texinfo's "<a class="footnote"
    id="DOCF1" href="#FOOT1"><sup>1</sup></a>" and "<h5><a id="FOOT1" href="#DOCF1">(1)</a></h5>"
    (defuddle's fixture issues--280-texinfo-footnotes: three markers without notes)."""
    own = link.get("id") or link.get("name")
    return (
        bool(own)
        and target is not None
        and isinstance(target.tag, str)
        and target.tag.lower() == "a"
        and _fragment(target.get("href")) == own
    )


# A note's id that ends on a note's word and number after a prefix of the page's own: "#mn37note01"
# (dhammatalks.org's sutta pages: "<span class="fn"><a href="#mn37note01">1</a></span>" to "<p
# id="mn37note01">1. …"; defuddle's fixture issues--120-dhammatalks-footnotes: seven notes, none
# cited), "#post-12-fn3", "#ch2-footnote-4". Guard: the number the id ends on is the one the link
# shows, and the id names an element of the page.
_NUMBERED_NOTE_ID = lazyre.compile(r"(?:foot-?note|end-?note|note|fn|ftn)[-_:.]?0*(\d{1,4})$", re.IGNORECASE)


def _numbered_note_id(fragment: str, shown: str, targets: dict[str, Any]) -> bool:
    number = _NUMBERED_NOTE_ID.search(fragment)
    label = clean_label(shown)
    return (
        number is not None and fragment in targets and label.isdigit() and int(label) == int(number.group(1))
    )


# A note named so by its class where its id says nothing: pulldown-cmark's (mdBook's, Zola's)
# "<div class="footnote-definition" id="1"><sup class="footnote-definition-label">1</sup><p>…" linked
# by "<sup class="footnote-reference"><a href="#1">1</a></sup>" (defuddle's footnote fixtures,
# kepano/defuddle tests/fixtures/footnotes--pulldown-cmark-footnote-definition.html: its note was not
# found and its marker pointed nowhere). Guard: the link shows a label (the caller) and its target's
# class names a footnote or endnote, not a list of them.
_NOTE_CLASS = lazyre.compile(
    r"(?:^|[\s_-])(?:foot|end)-?note(?:-?(?:definition|def|item|body|content))?(?:$|[\s_-])", re.I
)


def _named_note(target: Any) -> bool:
    return (
        target is not None
        and isinstance(target.tag, str)
        and bool(_NOTE_CLASS.search(target.get("class") or ""))
    )


class _Targets(dict[str, Any]):
    """The page's link targets by id or name, with what :func:`_entry_target` found of their lists."""

    def __init__(self) -> None:
        super().__init__()
        self.lists: dict[Any, bool] = {}


# A note written in the text right after its marker, shown as a tooltip or in the margin: WordPress's
# Modern Footnotes plugin ("<sup class="modern-footnotes-footnote" data-mfn="1"><a
# aria-describedby="mfn-content-…-1" href="javascript:void(0)">1</a></sup><span
# class="modern-footnotes-footnote__note" id="mfn-content-…-1" role="tooltip">Note.</span>": law
# reviews, think-tank and news blogs), the "footnotes" plugin's tooltips ("<span
# class="footnote_tooltip">"), Tufte CSS's numbered sidenotes ("<label class="sidenote-number"> … <span
# class="sidenote">"; its unnumbered margin notes are left where they are). Read where it stands, every marker was a missing-footnote error and the note's
# words and links ran into the sentence, its links read as inline citations whose "claim" was the
# note. Each such note is moved, before the page is walked, into a list of notes after the article,
# and its marker links to it: it is read as the note of that marker, its sentence as the claim.
# Guard: the note follows its marker with nothing but space between (the marker a <sup>, <a>, or a
# sidenote's <label>/<input>, showing a label or naming one in data-mfn), it is named a note's by its
# class or by the marker's aria-describedby, and its words are nowhere else on the page: a plugin
# that lists the notes after the post too (the "footnotes" plugin's reference table, whose tooltips
# are copies, often cut short with "… Continue reading") is read by that list, and the copy is
# dropped from the sentence it ran into. Data: the plugin's markup as the public-code
# index holds it (its own script, three crawlers' cleaning rules, a law-review scraper's notes on 134-372
# notes an article; 2026-12-07); none of the parse eval's documents or saved pages has one.
_INLINE_NOTE_CLASS = lazyre.compile(
    r"modern-footnotes-footnote__note|footnote_tooltip|(?:^|\s)sidenote(?:$|\s)", re.IGNORECASE
)
# Tufte CSS numbers its sidenotes by a counter: the marker, "<label class="sidenote-number">", is empty.
# Sites that take Tufte's markup over name the pair a footnote's: maggieappleton.com's Astro theme
# writes "<label for="1" class="margin-toggle footnote-number"></label><input type="checkbox" id="1"
# class="margin-toggle"><span class="footnote">Note …</span>" (kepano/defuddle's fixture
# footnotes--maggieappleton.com-xanadu-patterns, fixtures/parse-eval-pages maggieappleton-xanadu.html:
# its five notes ran into their sentences, none found). A note classed only "footnote" is taken so
# when its marker is such a counted label that toggles the checkbox right before the note
# (_TOGGLED_NOTE_CLASS); a span classed "footnote" elsewhere (tDiary's marker) is no note.
_COUNTED_MARKER_CLASS = lazyre.compile(r"(?:^|\s)(?:side|foot)note-number(?:$|\s)", re.IGNORECASE)
_TOGGLED_NOTE_CLASS = lazyre.compile(r"(?:^|\s)(?:side|foot)note(?:$|\s)", re.IGNORECASE)
_INLINE_MARKER_TAGS = frozenset({"sup", "a", "label", "input", "span"})


def _inline_note_marker(note: Any, ordinal: int) -> tuple[Any, str] | None:
    """The marker right before the inline note ``note`` (see _INLINE_NOTE_CLASS) and its label
    (``ordinal``, the note's place among the page's inline notes, for a counted marker)."""
    nested = _nested_inline_note(note)
    if nested is not None:
        return nested
    marker = note.getprevious()
    toggles: set[str] = set()
    while marker is not None and isinstance(marker.tag, str) and marker.tag.lower() == "input":
        if (marker.tail or "").strip():
            return None
        toggles.add(marker.get("id") or "")
        marker = marker.getprevious()  # Tufte's "<label …>1</label><input type=checkbox …><span …>"
    if marker is None or not isinstance(marker.tag, str) or (marker.tail or "").strip():
        return None
    if marker.tag.lower() not in _INLINE_MARKER_TAGS:
        return None
    named = (note.get("id") or "") and any(
        note.get("id") in (link.get("aria-describedby") or "").split() for link in marker.iter()
    )
    toggled = (
        marker.tag.lower() == "label"
        and bool(marker.get("for"))
        and marker.get("for") in toggles
        and bool(_COUNTED_MARKER_CLASS.search(marker.get("class") or ""))
        and bool(_TOGGLED_NOTE_CLASS.search(note.get("class") or ""))
    )
    if not (_INLINE_NOTE_CLASS.search(note.get("class") or "") or named or toggled):
        return None
    for value in (marker.get("data-mfn"), " ".join(marker.text_content().split())):
        if value and looks_like_label(value):
            return marker, clean_label(value)
    if _COUNTED_MARKER_CLASS.search(marker.get("class") or "") and not marker.text_content().strip():
        return marker, str(ordinal)
    return None


# A note nested in its marker: "<span class="inline-footnote" title="…">1<span class="footnoteContent"
# style="display:none;">The note …</span></span>" (a blog theme's inline footnotes; defuddle's fixture
# footnotes--inline-footnote-span, kepano/defuddle tests/fixtures: the notes ran into their
# sentences and none was found). Guard: the marker shows a label before the note and nothing else,
# its class names a footnote, and the note's class names a footnote's content; nothing inside a
# list of notes (Substack's "div.footnote > div.footnote-content" is a note of the list, read whole).
_NESTED_NOTE_CLASS = lazyre.compile(r"footnote-?content|footnote__content", re.IGNORECASE)


def _nested_inline_note(note: Any) -> tuple[Any, str] | None:
    marker = note.getparent()
    if marker is None or note.getprevious() is not None or (note.tail or "").strip():
        return None
    if not _NESTED_NOTE_CLASS.search(note.get("class") or ""):
        return None
    if not re.search(r"foot-?note", marker.get("class") or "", re.IGNORECASE) or marker.tag.lower() not in (
        "span",
        "sup",
    ):
        return None
    if any(_NOTES_ATTR.search(_attrs(a)) for a in marker.iterancestors() if isinstance(a.tag, str)):
        return None
    label = " ".join((marker.text or "").split())
    return (marker, clean_label(label)) if label and looks_like_label(label) else None


# A table's own notes: plain superscript numbers in its cells ("Einkommensteuer<sup>2</sup>") and the
# small paragraph right after it that explains them ("<p class="font-size-xs"><sup>1</sup> Dazu zählen
# …<br><sup>2</sup> Einkommensteuer inklusive …<br>Quelle: …"). Every table numbers its notes from 1, so
# read as the document's notes they were notes defined twice and markers without notes: a finance
# guide among trafilatura's saved test pages (adbar/trafilatura tests/eval, swept on 2026-12-07) had
# five missing-footnote and two duplicate-footnote errors from its three tables. Both are left out of
# the document's notes and markers (their text is a table's, not the document's); so are the marks of
# a heading right before the table, which names it. Guard: superscripts without a link (a reference's "<sup><a href="#cite_note-1">" in a table is a citation), and a
# paragraph that follows the table (or the wrapper it ends) at once, opens on one of the table's
# superscript labels and labels nothing the table does not.
def _table_notes(content: Any) -> frozenset[Any]:
    found: set[Any] = set()
    for table in content.iter("table"):
        title = table.getprevious()  # a heading naming the table carries its notes' marks too
        titled = (
            [title]
            if title is not None and isinstance(title.tag, str) and title.tag.lower() in _HEADINGS
            else []
        )
        marked = {
            sup: label
            for part in (*titled, table)
            for sup in part.iter("sup")
            if sup.find(".//a") is None and (label := _element_label(sup)) is not None
        }
        labels = set(marked.values())
        if not labels:
            continue
        holder = table
        following = holder.getnext()
        while following is None and holder.getparent() is not None and holder.getparent() is not content:
            holder = holder.getparent()
            following = holder.getnext()
        if (
            following is None
            or not isinstance(following.tag, str)
            or following.tag.lower() not in ("p", "div")
        ):
            continue
        first = next((child for child in following if isinstance(child.tag, str)), None)
        if first is None or first.tag.lower() != "sup" or (following.text or "").strip():
            continue
        noted = {label for sup in following.iter("sup") if (label := _element_label(sup)) is not None}
        if noted and noted <= labels:
            found.update(marked)
            found.add(following)
    return frozenset(found)


# A collapsed notes section: "<details><summary class="h6" role="heading" aria-level="6">References
# </summary><ol>…</ol></details>" (Harvard's Nutrition Source, WordPress; fixtures/parse-eval-pages
# nutritionsource-healthy-eating-plate.html). The summary names the section as a heading would; read
# as a paragraph, the list under it was no notes section's. Guard: the <summary> of a <details>, and
# its whole text names notes or sources (regions.is_notes_heading); its level is its aria-level, else 6.
def _notes_summary_level(element: Any, tag: str) -> int:
    if tag != "summary":
        return 0
    parent = element.getparent()
    if parent is None or not isinstance(parent.tag, str) or parent.tag.lower() != "details":
        return 0
    if not is_notes_heading(" ".join(element.text_content().split()), marked_heading=True):
        return 0
    level = (element.get("aria-level") or "").strip()
    return int(level) if level.isdigit() and 1 <= int(level) <= 6 else 6


def _drop_keeping_tail(element: Any) -> None:
    """Take ``element`` out of its parent; the text after it (its tail) stays where it was."""
    parent, previous = element.getparent(), element.getprevious()
    if element.tail:  # the sentence goes on after it
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
        element.tail = None
    parent.remove(element)


def _inline_notes_to_list(content: Any) -> None:
    """Move the notes written in the text after their markers into a list after the article (see
    _INLINE_NOTE_CLASS), each marker linking to its note."""
    found: list[tuple[Any, Any, str]] = []
    copies: list[tuple[Any, Any, str]] = []
    page_text: str | None = None
    for note in content.iter("span", "aside", "small", "div"):
        if note.getparent() is None:
            continue
        marked = _inline_note_marker(note, len(found) + 1)
        if marked is None:
            continue
        # A plugin that also lists its notes after the post (the "footnotes" plugin's reference
        # table, Modern Footnotes' optional list) shows each note twice: the list is read then.
        page_text = " ".join(content.text_content().split()) if page_text is None else page_text
        words = " ".join(note.text_content().split())
        words = re.split(r"…|\.\.\.", words, maxsplit=1)[0].strip()[:40]  # a tooltip may cut it short
        if words and page_text.count(words) > 1:
            copies.append((note, *marked))
            continue
        found.append((note, *marked))
    for copy, _marker, _label in copies:
        _drop_keeping_tail(copy)
    if not found:
        return
    notes = etree.SubElement(content, "ol", {"class": "footnotes"})
    for number, (note, marker, label) in enumerate(found, 1):
        anchor = f"fn-inline-{number}"
        _drop_keeping_tail(note)
        item = etree.SubElement(notes, "li", {"id": anchor})
        item.text = f"{label}. "
        item.append(note)
        links = [marker] if marker.tag.lower() == "a" else list(marker.iter("a"))
        if links:
            links[0].set("href", f"#{anchor}")
        elif marker.tag.lower() in ("label", "input"):  # not read as text: a marker of ours after it
            shown = etree.Element("sup")
            etree.SubElement(shown, "a", {"href": f"#{anchor}"}).text = label
            marker.addnext(shown)
        else:  # a <sup> or <span> showing the label without a link: it links now
            link = etree.SubElement(marker, "a", {"href": f"#{anchor}"})
            link.text, marker.text = marker.text, None
            for child in list(marker):
                if child is not link:
                    marker.remove(child)
                    link.append(child)


def _targets(root: Any) -> dict[str, Any]:
    """Every element a link can point to, by its ``id`` or ``name``."""
    targets: dict[str, Any] = _Targets()
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for key in ("id", "name"):
            value = element.get(key)
            if value and value not in targets:
                targets[value] = element
    return targets


def _notes_outside(content: Any, targets: dict[str, Any]) -> list[Any]:
    """The note lists the article's markers link to that stand outside the article's element.

    A theme may print a post's notes after its ``<article>`` (FiveThirtyEight's "entry-footnotes"
    beside its "entry-content"; trafilatura's saved test pages, 2026-12-06): read without them, the
    article's four markers pointed nowhere, four missing-footnote errors. Each such note is read
    with the outermost container around it that says it holds notes (its class or id: "footnotes",
    "references", …), else its list, after the article. Guard: only targets of note links
    (``_NOTEREF``) from inside the article, and only outside it; nothing else of the page is read.
    """
    candidates: set[Any] = set()
    for link in content.iter("a"):
        wrapped = _wrapped_marker(link, targets)
        fragment = _note_link(link, targets) or (wrapped[0] if wrapped else None)
        if not fragment:
            continue
        target = targets.get(fragment)
        if target is None or target is content or any(a is content for a in target.iterancestors()):
            continue
        container = None
        for ancestor in (target, *target.iterancestors()):
            if not isinstance(ancestor.tag, str) or ancestor.tag.lower() in ("body", "html"):
                break
            if _NOTES_ATTR.search(_attrs(ancestor)) or (
                container is None and ancestor.tag.lower() in ("ol", "ul")
            ):
                container = ancestor
        candidates.add(container if container is not None else target)
    candidates.update(_unlinked_notes_outside(content))
    # The outermost of them, in the page's order; each found once (a set, then one walk of the
    # page), so that a page of many notes costs time in proportion (60,000 notes outside the
    # article: minutes when each was compared with every other).
    found = {c for c in candidates if not any(a in candidates for a in c.iterancestors())}
    return [element for element in content.getroottree().iter() if element in found] if found else []


# Notes after the article that its markers do not link: superscript numbers in the text, and the
# notes under a "Footnotes" heading in an element of their own beside the <article> (a company news
# page's "<div class="PostDetail__…__footnotes"><h4>Footnotes</h4><p><sup>1</sup> …" or "<ol><li
# id="footnote-1">…"; defuddle's fixtures footnotes--external-labeled-section and
# footnotes--labeled-section-ol, kepano/defuddle tests/fixtures: every marker a missing-footnote
# error). Guard: the article shows two or more plain superscript labels (not inside a link), and the
# element outside it says it holds notes by its class or id (_NOTES_ATTR) and opens on a notes
# heading; only the first such element is read.
_SUPERSCRIPT_MARKERS_MIN = 2


def _unlinked_notes_outside(content: Any) -> list[Any]:
    shown = sum(
        1
        for sup in content.iter("sup")
        if sup.find(".//a") is None
        and not any(isinstance(a.tag, str) and a.tag.lower() == "a" for a in sup.iterancestors())
        and _element_label(sup) is not None
    )
    if shown < _SUPERSCRIPT_MARKERS_MIN:
        return []
    for element in content.itersiblings():
        for holder in (element, *element.iterdescendants()):
            if not isinstance(holder.tag, str) or not _NOTES_ATTR.search(_attrs(holder)):
                continue
            heading = next((c for c in holder if isinstance(c.tag, str)), None)
            if (
                heading is not None
                and heading.tag.lower() in _HEADINGS
                and is_notes_heading(" ".join(heading.text_content().split()), marked_heading=True)
            ):
                return [holder]
    return []


def _note_links(content: Any, targets: dict[str, Any]) -> _NoteLinks:
    """Bind note markers to the entries their links point to (see :class:`_NoteLinks`)."""
    shown: dict[Any, set[str | None]] = {}
    first: dict[Any, str | None] = {}  # the label the first marker of each entry shows
    plain: set[Any] = set()  # entries a link other than a wrapped marker points to
    fragments: dict[Any, set[str]] = {}
    wrapped_entries = 0
    for link in content.iter("a"):
        fragment = _note_link(link, targets)
        wrapped = None if fragment else _wrapped_marker(link, targets)
        if wrapped is not None:
            fragment = wrapped[0]
        if not fragment or fragment not in targets:
            continue
        target = targets[fragment]
        entry = next(
            (a for a in target.iterancestors() if isinstance(a.tag, str) and a.tag.lower() == "li"),
            None,
        )
        if target.tag.lower() == "li":
            entry = target
        elif entry is None:
            entry = target if target.tag.lower() in _ENTRY_TAGS else target.getparent()
        if entry is None:
            continue
        wrapped_entries += wrapped is not None
        label = wrapped[1] if wrapped else _shown_label(link.text_content())
        shown.setdefault(entry, set()).add(label)
        first.setdefault(entry, label)
        if wrapped is None:
            plain.add(entry)
        fragments.setdefault(entry, set()).add(fragment)
    labels: dict[Any, str] = {}
    for entry, seen in shown.items():
        label = first[entry]
        if label is not None and (len(seen) == 1 or (entry not in plain and None not in seen)):
            # A source the text cites twice under two numbers (the Lens reader numbers every marker
            # anew: OVD-Info's criminal-prosecution report, ovdinfo/reports 2014/cr-report, five such
            # entries, each marker a missing-footnote error) is one entry: it takes its first marker's
            # number, and its later markers are bound to it (_Walker._inline).
            labels[entry] = label
    wholes = frozenset(
        entry
        for entry, seen in shown.items()
        if entry.tag.lower() == "div"
        and (len(seen) == 1 or (entry in labels and entry not in plain))
        and not any(inner in shown for inner in entry.iterdescendants())
    )
    listed = _listed_labels(list(labels))
    counts: dict[str, int] = {}
    for label in listed.values():
        if label is not None:
            counts[label] = counts.get(label, 0) + 1
    disagree = any(
        label is not None and (counts[label] > 1 or label_key(label) != label_key(labels[entry]))
        for entry, label in listed.items()
    )
    # Entries that print no number of their own, numbered only by their markers (_wrapped_marker):
    # the markers' numbers are theirs.
    unprinted = (
        wrapped_entries >= _ENTRY_LIST_MIN
        and len(labels) >= _ENTRY_LIST_MIN
        and all(label is None for label in listed.values())
    )
    shown_keys = [label_key(label) for label in labels.values()]
    if not (disagree or unprinted) or len(set(shown_keys)) != len(shown_keys):
        return _NoteLinks({}, {}, frozenset(label for label in listed.values() if label is not None), wholes)
    markers = {fragment: labels[entry] for entry in labels for fragment in fragments[entry]}
    return _NoteLinks(labels, markers, frozenset(labels.values()), wholes)


# A reference laid out as a card: a <div> of a few short paragraphs, author, title, imprint (and
# the link shown), as React and Tailwind bibliography pages write one ("<div className="p-4 …"><p>
# Levi, Primo</p><p><em>Il sistema periodico</em></p><p>Einaudi, Torino, 1975</p></div>":
# heldback-9's Italian 'Sitografia e Bibliografia'). It is one block, its paragraphs its lines.
_CARD_PARTS = frozenset({"p", "span"})
_CARD_MAX = 400


def _opens_on_label(paragraph: Any) -> bool:
    """Whether ``paragraph`` opens on a superscript (or its link) showing a label, nothing before it."""
    first = next((child for child in paragraph if isinstance(child.tag, str)), None)
    return (
        first is not None
        and not (paragraph.text or "").strip()
        and first.tag.lower() in ("sup", "a")
        and _element_label(first) is not None
    )


def _card(element: Any, tag: str) -> bool:
    if tag != "div":
        return False
    children = [child for child in element if isinstance(child.tag, str)]
    parts = [child for child in children if child.tag.lower() in _CARD_PARTS]
    if len(parts) != len(children) or not 2 <= sum(child.tag.lower() == "p" for child in parts) <= 5:
        return False
    if sum(_opens_on_label(child) for child in parts) >= 2:
        # Notes, each its paragraph opening on its number: O'Reilly's "<div data-type="footnotes"><p
        # data-type="footnote"><sup><a …>1</a></sup> …" (defuddle's fixture
        # issues--296-oreilly-noteref-footnotes: two short notes read as one card, note 2 lost).
        return False
    text = " ".join(element.text_content().split())
    return len(text) <= _CARD_MAX and all(len(" ".join(p.text_content().split())) <= 200 for p in parts)


# A page laid out in a table (the pre-CSS way: the article's text in one cell beside a cell of
# navigation) is no table of data: a block inside such a cell is a paragraph of the page, and a
# "WORKS CITED" paragraph in it heads the notes as it would outside the table. A cell is layout
# when it holds this many block children of its own (paragraphs, headings, lists, divisions): a
# data cell holds a value or a line or two. Data: internetarchive/sandcrawler's saved Genders
# article (fixtures/parse-eval-pages/pages/genders-maeshowe.html): the article's cell holds 78
# paragraphs, its "WORKS CITED" paragraph was read as a datum of a row and its 20 entries lost to
# the article's "[n]"-numbered paragraphs. Guard: cells of fewer block children keep their row
# (no cell of the 27 visible HTML documents of the parse eval holds a block child at all: their
# tables of sources hold text and links).
_LAYOUT_CELL_BLOCKS = 6
_LAYOUT_BLOCK_TAGS = _words("p h1 h2 h3 h4 h5 h6 ul ol dl div blockquote table")


def _layout_cell(element: Any) -> bool:
    """Whether ``element`` is (or is inside) a table cell that lays out a page (_LAYOUT_CELL_BLOCKS)."""
    cell = element if element.tag in ("td", "th") else next(element.iterancestors("td", "th"), None)
    if cell is None:
        return False
    blocks = sum(
        1 for child in cell if isinstance(child.tag, str) and child.tag.lower() in _LAYOUT_BLOCK_TAGS
    )
    return blocks >= _LAYOUT_CELL_BLOCKS


# A journal page names the parts of each reference by class, the title's "title" ("reference__title"
# on eLife, "article-title" on PeerJ and in JATS-made HTML): inside a note (a notes list's item),
# an element so named marks the title as emphasis does, though the page sets it in plain type
# (eLife's reference to a work with no DOI: "<div class="reference__title">Evolution of eyes and
# photoreceptor cell types</div>", fixtures/parse-eval-pages/pages/elife-basal-chordate.html).
# Guard: only inside a note item (``flat_depth``); a class token ending in "title", whole.
_TITLE_CLASS = lazyre.compile(r"(?:^|\s)(?:[\w-]*[_-])?title(?:$|\s)", re.IGNORECASE)


# Markup that says what a run of a reference is: schema.org's microdata ("itemprop="author"",
# "familyName", "datePublished") and JATS-derived classes ("surname", "given-names", "year"). A
# journal's template that sets a reference's authors and year in bold says by them that the bold is
# no title: PeerJ's "<b><span class="name" itemprop="author"><span class="surname"
# itemprop="familyName">Anderson</span></span>.</b> <b class="year" itemprop="datePublished">2017a</b>.
# <cite class="article-title">…" (fixtures/parse-eval-pages peerj-state-of-oa.html: the author read as
# the title of 14 of 17 sampled references). Guard: every word of the emphasised run is inside such
# an element (a title that names a person, "<i>Letters of <span itemprop="author">…</span></i>",
# keeps its mark).
_NAME_OR_DATE_PROPS = frozenset({"author", "creator", "editor", "familyname", "givenname", "datepublished"})
_NAME_OR_DATE_CLASS = lazyre.compile(r"(?:^|\s)(?:surname|given-names?|year|citation-authors?)(?:$|\s)", re.I)


def _names_or_dates(element: Any) -> bool:
    """Whether all the words of ``element`` stand in elements marked as names or dates (see above)."""

    def marked(node: Any) -> bool:
        props = {p.lower() for p in (node.get("itemprop") or "").split()}
        return not props.isdisjoint(_NAME_OR_DATE_PROPS) or bool(
            _NAME_OR_DATE_CLASS.search(node.get("class") or "")
        )

    if marked(element):
        return bool(element.text_content().strip())
    if re.search(r"\w", element.text or ""):
        return False
    found = False
    for child in element:
        if not isinstance(child.tag, str):
            if re.search(r"\w", child.tail or ""):
                return False
            continue
        if not marked(child) and not _names_or_dates(child):
            return False
        found = True
        if re.search(r"\w", child.tail or ""):
            return False
    return found


# A journal page prints each reference's number in an element of its own, the list's own numbers
# hidden ("<li><span class="reference-list__ordinal_number">49</span><div class="reference">…",
# eLife; Springer's "c-article-references__counter"), and a saved page may hold only some of the
# references (eLife's saved article: 1-5, then 49-60), so the item's place in the list is not its
# number. An element alone at the start of a notes list's item that shows only a number (one to
# three digits, bracketed or closed by a stop) is the entry's label. Data:
# fixtures/parse-eval-pages/pages/elife-basal-chordate.html (12 of 17 references labelled by their
# place: 6-17 for 49-60). Guard: only in an item already read as a note (a notes list's item), only
# an inline element with no child elements, only before any text of the item; a year ("2019")
# has four digits.
_SHOWN_NUMBER = lazyre.compile(r"[\[(]?\d{1,3}[.)\]]?")
_SHOWN_NUMBER_TAGS = _words("span strong b")


def _item_paragraph(element: Any, tag: str) -> bool:
    """The first paragraph of a list item is the item, as the Markdown reader tells it.

    A "loose" list (items apart by blank lines, as most reference lists are written) is rendered
    ``<li><p>…</p></li>`` by every Markdown generator (markdown-it, Python-Markdown, pandoc), and the
    ``<li>`` holds no text of its own: without this the item would read as a plain paragraph.
    A heading as the item's first child ("<li><h4>…</h4></li>", Markdown's "- #### …") is the item
    too. Guard: only a ``<p>`` or heading that is the ``<li>``'s first child with no text before it; a second
    paragraph of the item (an annotation) stays a paragraph, and a ``<p>`` anywhere else is
    untouched. Data (benchmarks/parse_html.py, the parse eval's Markdown rendered to HTML): the
    rendered loose lists' items lost their place (ru-gost-django-activity-tracker: 36 fields).
    """
    if tag != "p" and tag not in _HEADINGS:
        return False
    parent = element.getparent()
    if parent is None or not isinstance(parent.tag, str) or parent.tag.lower() != "li":
        return False
    if (parent.text or "").strip():
        return False
    first = next((child for child in parent if isinstance(child.tag, str)), None)
    return first is element


def _loose_item(element: Any) -> bool:
    """A list item of two or more paragraphs and nothing else ("<li><p>…</p><p>…</p></li>").

    The Markdown reader keeps a list item's paragraphs in one block ("1. Swartz, A. “Markdown
    (http://www.aaronsw.com/weblog/00118⏎⏎    9)”. 2018年12月12日閲覧。"); rendered, they were
    blocks apart, the entry cut. Guard: only ``<p>`` children, at least two, no text of the item's
    own outside them; an item holding a list, a quotation or a table stays as it was. Data
    (benchmarks/parse_html.py): ja-wikipedia-pdfmd-markdown-chushaku (addresses cut across the
    item's paragraphs by a PDF's line ends).
    """
    children = [child for child in element if isinstance(child.tag, str)]
    if len(children) < 2 or any(child.tag.lower() != "p" for child in children):
        return False
    return not (element.text or "").strip() and not any((child.tail or "").strip() for child in children)


# An entry's address set in a code block of its own right under it ("<p>Wikipédia. Ultrason. [En
# ligne]. Disponible sur : (consulté le 6 janvier 2025).</p><pre><code>https://…</code></pre>"), as
# a source list does so the address shows whole: a Markdown README's "```⏎https://…⏎```" under each
# entry, rendered (benchmarks/parse_html.py: hb36-fr-en-ligne-disponible-sur-url-code-block-robot-pico,
# twelve ISO 690 entries, and hb36-ru-deep-research-istochniki-url-code-block-bioetl-spec, 40 fields
# lost as code). The Markdown reader's rule (markdown._address_fence), by structure: a "<pre>" holding
# one address and nothing else, right after a "<p>" that dates its reading ("consulté le",
# "accessed", "дата обращения") and gives no address of its own, is that paragraph's next line. A
# "<pre>" under a paragraph that dates nothing ("Then open:" over "http://localhost:8080") stays code.
_PRE_ADDRESS = lazyre.compile(r"\s*(https?://\S+)\s*")


# A link whose text is its own address ("<a href="https://www.vs.gov.cz/">https://www.vs.gov.cz/</a>"):
# what a site's generator makes of a bare address in the source (markdown-it's linkify, GitHub's
# autolinks, WordPress's make_clickable). The reader sees the address, as the source shows it, and
# no text set apart as a title: read as link text, it stood in the entry where the Markdown has a
# bare address, and the entries' titles were read against it (benchmarks/parse_html.py: hb40-cs-
# harm-reduction-model-zdroje-chicago, "… Výroční zpráva 2024. Praha: …, 2025. https://…"; 83 fields
# over 31 documents, en-harvard-protest-data-analysis 11, hb19-en-citation-key-relay 9, …; 5 fields
# of 4 documents whose Markdown wrote "<https://…>" links read otherwise). The link itself is kept
# (its URL, and as an inline citation whose anchor is its address). Guard: only a link after text on
# its line; an address on a line of its own ("<span>Overweight & obesity statistics.(2021).</span>
# <br><a>https://…</a>", fixtures/parse-eval-pages healthline-plant-based) keeps its span, which
# the readers of a title line over its link line read by.
def _autolink(shown: str, href: str) -> bool:
    """Whether link text ``shown`` is the address ``href`` itself (see above)."""
    shown = shown.strip()
    return bool(shown) and " " not in shown and shown.rstrip("/") == href.strip().rstrip("/")


def _address_pre(element: Any) -> str | None:
    """The address a "<pre>" gives its entry above (see above), or None."""
    found = _PRE_ADDRESS.fullmatch(element.text_content())
    if found is None:
        return None
    before = element.getprevious()
    while before is not None and not isinstance(before.tag, str):  # comments between
        before = before.getprevious()
    if before is None or str(before.tag).lower() != "p" or (element.text or "").strip():
        return None
    text = before.text_content()
    if "://" in text or ACCESS_LABEL.search(text) is None:
        return None
    return found.group(1)


def _list_label(number: int, list_type: str | None) -> str:
    if list_type == "i":
        return to_roman(number)
    if list_type == "I":
        return to_roman(number).upper()
    return str(number)


def _linked_works(header: list[Any], rows: list[Any], *, headed: bool = False) -> SourceColumns | None:
    """A table whose rows each link one work (citecheck.parse.link_tables), read as its sources."""
    body = [[c for c in row if isinstance(c.tag, str) and c.tag.lower() in ("th", "td")] for row in rows]
    return link_table_columns(
        [cell.text_content() for cell in header],
        [
            [
                (
                    cell.text_content(),
                    [
                        a.text_content()
                        for a in cell.iter("a")
                        if str(a.get("href") or "").startswith(("http://", "https://"))
                    ],
                )
                for cell in cells
            ]
            for cells in body
        ],
        headed=headed,
    )


# A record's field label set in bold: "Authors:", "Source:", "Publication/version:", "Quelle :".
_FIELD_LABEL = lazyre.compile(r"[^\W\d_][\w/ .-]{0,30}?\s?:")


def _line_start(element: Any) -> bool:
    """Whether the element opens a line of the HTML source (the text before it ends at a newline)."""
    previous = element.getprevious()
    before = previous.tail if previous is not None else element.getparent().text
    return before is not None and before.rstrip(" \t").endswith("\n")


def _record_field(element: Any) -> bool:
    """A bold field label ("<strong>Source:</strong>") that opens a line of a paragraph of a record,
    one field a line ("<p><strong>Authors:</strong> UK Cabinet Office.⏎<strong>Source:</strong> <a
    …>Title</a>⏎<strong>Inspected:</strong> …</p>", Markdown's record lines rendered without
    breaks): a new line of the block, as the Markdown reader reads the lines (benchmarks/parse_html.py:
    hb17's source register "CV01" …, 20 fields). Guard: two such labels in the paragraph at least,
    each a short label ending in a colon and opening a line of the source; a bold phrase or a label
    written on with the text before it ("… as <strong>Note:</strong> …") stays in the line."""
    if not _FIELD_LABEL.fullmatch(element.text_content().strip()) or not _line_start(element):
        return False
    parent = element.getparent()
    fields = [
        child
        for child in parent
        if isinstance(child.tag, str)
        and child.tag.lower() in ("strong", "b")
        and _FIELD_LABEL.fullmatch(child.text_content().strip())
        and (child is element or _line_start(child))
    ]
    return len(fields) >= 2


_MAX_ROWSPAN = 6


def _spanning_row(row: Any) -> Any:
    """The row whose first cell spans down over this one (``<td rowspan="2">[AVRA16]</td>``), else
    the row itself: a key cell spanning rows makes them one entry, its fields a row each ("[AVRA16]
    | Avram, Abel ; InfoQ …" over "URL: … (abgerufen am 27.06.2018)"), one line of the table as the
    browser shows it beside the key (benchmarks/parse_html.py: hb15-de-html-table's raw-HTML
    bibliography, 34 fields). Guard: only the first cell of an earlier row, its ``rowspan`` reaching
    this row (at most six rows); a table without row spans, or spanning a later column, keeps its
    rows apart."""
    previous = row
    for distance in range(1, _MAX_ROWSPAN):
        previous = previous.getprevious()
        while previous is not None and not isinstance(previous.tag, str):
            previous = previous.getprevious()
        if previous is None or previous.tag.lower() != "tr":
            return row
        if _first_cell_rowspan(previous) > distance:
            return previous
    return row


def _first_cell_rowspan(row: Any) -> int:
    """How many rows the row's first cell spans (its ``rowspan``; 1 without one)."""
    first = next((cell for cell in row if isinstance(cell.tag, str)), None)
    span = (first.get("rowspan") or "").strip() if first is not None else ""
    return int(span) if span.isdigit() else 1


def _spans_rows(row: Any) -> bool:
    """Whether the row's first cell spans the rows under it (``rowspan`` above one)."""
    return _first_cell_rowspan(row) > 1


def _keyed_rows(header: list[Any], rows: list[Any]) -> SourceColumns | None:
    """A table under a notes heading whose header names no source column but whose first column keys
    its rows ("| Kod | Birincil kaynak … |" over "| W1 | [Xu vd., 2026, …](…): … |"), read a row an
    entry, keyed by that cell, its second cell the source, as the Markdown reader's pipe rows read
    (benchmarks/parse_html.py: hb21-tr-source-table's ledger, hb17's register "CV01"). Guard: the
    caller asks only under a notes heading; the first column's values must be keys
    (``table_keys.keys_by_values``: unique, three rows at least, bare numbers running on by one) under
    an empty or one-word header, every row as wide as the header and two columns at least; a data
    table (years, ratings, unordered numbers, a phrase header) is left as it was."""
    names = [cell.text_content() for cell in header]
    body = [[c for c in row if isinstance(c.tag, str) and c.tag.lower() in ("th", "td")] for row in rows]
    if len(names) < 2 or any(len(cells) != len(names) for cells in body):
        return None
    if not _key_header(names[0]) or not keys_by_values([cells[0].text_content() for cells in body]):
        return None
    return SourceColumns(title=1, access=None, links=(), skip=(0,), key=0, named=None)


def _keyed_first_row(header: list[Any], rows: list[Any]) -> bool:
    """Whether the first row of a keyed table (_keyed_rows) is its first entry, not a header: no
    cell of it is a ``<th>`` and its key opens the run of keys ("[1]" over "[2]" … "[7]"). D-Lib
    Magazine sets its notes and references so, a row each, the label in the first cell
    (fixtures/parse-eval-pages/pages/dlib-crowdsourcing.html: the first note and the first
    reference were lost as headers). Guard: a header that names its column ("Kod", "#") is none
    of the keys; a ``<th>`` row is a header."""
    if any(cell.tag.lower() == "th" for cell in header):
        return False
    keys = [header[0].text_content()]
    keys += [
        cells[0].text_content()
        for cells in ([c for c in row if isinstance(c.tag, str)] for row in rows)
        if cells
    ]
    return bool(keys_by_values(keys)) and bool(_SHOWN_NUMBER.fullmatch(keys[0].strip()))


# What follows a Vancouver reference's journal name: its date and volume (". 2011 May 25;94(1)").
_VANCOUVER_DATE_VOLUME = lazyre.compile(r"\.\s*(?:19|20)\d{2}(?:\s+[A-Z][a-z]{2,8}(?:\s+\d{1,2})?)?\s*;\s*\d")


class _Walker:
    """Walks the content tree in document order, cutting it into blocks of visible text."""

    def __init__(
        self,
        source: str,
        index: LineIndex,
        self_url: str | None,
        *,
        note_links: _NoteLinks,
        targets: dict[str, Any],
        paragraphs: dict[Any, int],
        article: Any,
    ) -> None:
        self.source = source
        self.note_links = note_links
        self.targets = targets  # the page's link targets by id or name (_targets)
        # The paragraph text under each element of the page, counted once (_paragraph_lengths), and
        # the article's element (_content).
        self.paragraphs = paragraphs
        self.article = article
        self.index = index
        self.self_url = self_url
        self.blocks: list[Block] = []
        self.cursor = 0
        self.flat_depth = 0
        self.pre_depth = 0
        self.notes_depth = 0
        self.reference_text_depth = 0  # inside a MediaWiki reference's text (_REFERENCE_TEXT)
        self.nav_depth = 0
        self.menu_depth = 0
        self.bullet_count = 0
        self.row_label: tuple[Any, str] | None = None  # a back link's number for its row's next cell
        self.number_label: tuple[str, Any] | None = None  # a lone number for the next block (_number_block)
        self.last_note_number = 0  # the highest number labelling a note read so far (_notes_start)
        self.bullet_blocks: list[Block] = []  # entries numbered by their place in bulleted lists
        self.card_depth = 0
        self.card_first_end: int | None = None
        self.rows: dict[str, int] = {}
        self.item_numbers: dict[Any, str] = {}
        # Whether the text is under a notes heading, and that heading's level (as the Markdown reader
        # tracks them: a deeper heading under it keeps it).
        self.under_notes = False
        self.item_depth = 0
        self.notes_level = 0
        # Journal pages' look-up rows after each reference (reference_html.find_apparatus) and the
        # institutions the page names for its authors (reference_html.author_institutions).
        self.apparatus = Apparatus()
        self.institutions: frozenset[str] = frozenset()
        self.descriptions: frozenset[str] = frozenset()  # ids named by aria-describedby
        self.cited_lists: list[Any] = []  # lists of cited works read from outside the article
        self.cited_titles: tuple[str, ...] = ()  # the page's citation_reference titles
        self.table_notes: frozenset[Any] = frozenset()  # a table's own notes and their marks (_table_notes)
        self.section_lists: dict[Any, bool] = {}  # lists of page sections, not notes (_section_list)
        self.star_backlinks: frozenset[Any] = frozenset()  # starred notes' own links (_star_note_pairs)
        self._reset(0, "paragraph")

    def _reset(self, origin: int, kind: BlockKind) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.last_char = " "
        self.anchors: list[Anchor] = []
        self.links: list[tuple[int, str]] = []
        self.site_links: set[str] = set()  # links to the site's own pages (_site_path_href)
        self.link_spans: list[LinkSpan] = []
        self.masked: list[tuple[int, int]] = []
        self.spans: list[tuple[int, int, str]] = []
        self.note_label: str | None = None
        self.bound_label = False  # note_label from the markers linking to the block (_NoteLinks)
        self.bullet_label = False  # note_label is the item's place in a bulleted list
        self.body_start = 0
        self.label_item: Any = None  # the list item a back link labelled at its start (_carried_label)
        self.origin = origin
        self.kind: BlockKind = kind
        self.has_text = False
        self.level = 0
        self.item = False
        self.break_at = -1
        self.table_row: int | None = None
        self.table_head = False
        self.spanned_row = False
        self.list_depth: int | None = None
        self.list_number: str | None = None
        self.menu = False
        self.quoted = False

    # Positions in the source -------------------------------------------------------------
    def _locate(self, element: Any, pattern: re.Pattern[str] | None = None, token: str | None = None) -> int:
        """Offset of ``element``'s start tag in the source.

        lxml knows the line on which a start tag *ends*; the tag is the first one after the cursor
        (everything before it has been placed) that closes on that line. Elements the parser made
        up (an implied ``<p>``) are not in the source: they get the start of their line and leave
        the cursor where it was.
        """
        line = element.sourceline or 1
        line_end = self.index.line_start(line + 1) if line < len(self.index.starts) else len(self.source)
        window = max(self.cursor, self.index.line_start(line - _TAG_LINES))
        if token:
            at = self.source.find(token, window, line_end + len(token))
            if at != -1:
                opening = self.source.rfind("<", window, at)
                found = at if opening == -1 else opening
                self.cursor = found + 1
                return found
        search = pattern or _tag_pattern(str(element.tag))
        for match in search.finditer(self.source, window, line_end):
            closing = self.source.find(">", match.end())
            if closing == -1 or self.index.line_col(closing)[0] >= line:
                self.cursor = match.start() + 1
                return match.start()
        return self.index.line_start(line)

    # Building blocks ---------------------------------------------------------------------
    def _add(self, text: str | None) -> None:
        if not text:
            return
        if self.pre_depth == 0:
            if _JSX_CONDITION.fullmatch(text):
                text = " "
            # A soft hyphen ("&shy;") only says where a word may break; it is no letter of the word.
            # A WordPress theme's hyphenation filter writes one into every long word ("Alt&shy;stein&shy;zeit
            # von A bis Z": trafilatura's saved steinzeitwissen.de page, fixtures/parse-eval-pages
            # steinzeitwissen-werkzeuge.html: 0 of 7 sampled titles read as written).
            text = _SPACES.sub(" ", _JSX_SPACE.sub(" ", text.replace("\u00ad", "")))
            if self.last_char.isspace() and text.startswith(" "):
                text = text[1:]
            if not text:
                return
        self.parts.append(text)
        self.length += len(text)
        self.last_char = text[-1]
        self.has_text = self.has_text or not text.isspace()

    def _clamp_spans(self) -> None:
        """Spans recorded before trailing blanks were trimmed (``self.length`` went back) end where
        the text now ends, not past it. SciELO's reference tooltips ("…20200001</span><br><a>URL…⏎
        </a>"): the link's trailing newline was trimmed at the next break and its span pointed one
        character past the block, which crashed the claim split (IndexError in remove_markers)."""
        end = self.length
        if any(span.end > end for span in self.link_spans):
            self.link_spans = [
                replace(span, start=min(span.start, end), end=min(span.end, end)) for span in self.link_spans
            ]
        if any(b > end for _, b, _ in self.spans):
            self.spans = [(min(a, end), min(b, end), kind) for a, b, kind in self.spans]

    def _line_break(self) -> None:
        """A ``<br>``: a new line of the block, as Markdown's hard break ("  ⏎") is one.

        Entries kept one a line in one paragraph ("1. UN Climate … https://unfccc.int/cop30<br>⏎2. …",
        a Markdown source's hard-broken lines rendered) are told apart by their lines, as the
        Markdown reader's are; as a space they ran into one. Guard: not at a block's start, not in a
        ``<pre>`` (its text keeps its own newlines), and a break after a break adds nothing (two end
        the paragraph: _inline). Data (benchmarks/parse_html.py): hb35's COP30 notes, zh-gbt's
        "[1]…<br>[2]…" list.
        """
        if not self.has_text or self.pre_depth:
            self._add("\n")
            return
        while self.parts and self.parts[-1].endswith(" "):
            kept = self.parts[-1].rstrip(" ")
            self.length -= len(self.parts[-1]) - len(kept)
            if kept:
                self.parts[-1] = kept
                break
            self.parts.pop()
        self._clamp_spans()
        self.last_char = self.parts[-1][-1] if self.parts else " "
        if self.last_char == "\n":
            return
        self.parts.append("\n")
        self.length += 1
        self.last_char = "\n"

    def _flush(self, next_origin: int, next_kind: BlockKind = "paragraph") -> None:
        text = "".join(self.parts)
        if (
            text.strip()
            and self.kind == "heading"
            and self.level
            and (not self.under_notes or self.level <= self.notes_level)
        ):
            # Guard: headings only; a deeper heading under a notes heading keeps it. Data
            # (benchmarks/parse_html.py): rendered tables of sources under "Sources"/"Fuentes"
            # (hb21-en-source-table-chile, es-sourcetable-gentle-desktop, hb27-fr, hb35-uk: 22 fields).
            self.under_notes = is_notes_heading(text.strip(), marked_heading=True)
            self.notes_level = self.level
        if self.site_links and any(url not in self.site_links for _, url in self.links):
            # An entry linking a source elsewhere is read by that link: its links to the site's own
            # pages (_site_path_href) are the page's apparatus there (a journal's own look-ups beside
            # a reference's DOI, say), kept as link text only. Without this guard the parse eval's
            # heldback-38 lost two Vancouver URLs (95.8 -> 87.5 %, its aggregate line only: the
            # document was not opened); with it nothing drops and the LessWrong notes keep theirs.
            self.links = [(at, url) for at, url in self.links if url not in self.site_links]
            self.link_spans = [span for span in self.link_spans if span.url not in self.site_links]
        if (
            text.strip()
            and self.cited_titles
            and (self.note_label is not None or self.notes_depth or self.under_notes)
        ):
            span = cited_title_span(text, self.cited_titles)
            if span is not None and not any(kind == "em" and a <= span[0] < b for a, b, kind in self.spans):
                # The page's metadata names this reference's title (reference_html.cited_title_span).
                self.spans.append((*span, "em"))
        if text.strip():
            if self.note_label is not None and self.note_label.isdigit():
                self.last_note_number = max(self.last_note_number, int(self.note_label))
            self._printed_label(text)
            self.blocks.append(
                Block(
                    text=text,
                    locator=SearchLocator(self.source, self.index, self.origin),
                    kind=self.kind,
                    anchors=self.anchors,
                    links=self.links,
                    note_label=self.note_label,
                    body_start=self.body_start,
                    link_spans=self.link_spans,
                    masked=self.masked,
                    spans=sorted(self.spans),
                    level=self.level,
                    item=self.item,
                    table_row=self.table_row,
                    table_head=self.table_head,
                    spanned_row=self.spanned_row,
                    list_depth=self.list_depth,
                    list_number=self.list_number,
                    menu=self.menu,
                    quoted=self.quoted,
                )
            )
            if self.bullet_label and self.note_label is not None:
                self.blocks[-1].counted_label = True
                self.bullet_blocks.append(self.blocks[-1])
        self._reset(next_origin, next_kind)

    def _printed_label(self, text: str) -> None:
        """An entry labelled by its list item (its place, or its id) that prints the same number first
        as text: the entry starts after it. ACS Publications print each reference's number in the item,
        "<li id="ref4"><div class="reference"><strong class="refLabel"><a href="JavaScript:void(0);"
        class="refNumLink">4. </a></strong><div class="NLM_citation">O’Keeffe, M.; Yaghi, O. M. …"
        (fixtures/parse-eval-pages acs-jacs-mof-linkers.html: the title read "4. O’Keeffe"). Guards: the
        number is the entry's own label, with its stop or brackets ("4.", "[4]", "4)"), and a space after
        it; an entry whose text opens with another number, or with its number bare ("3 ways to …"),
        keeps its text."""
        if self.note_label is None or self.body_start != 0 or not self.note_label.isdigit():
            return
        printed = re.match(
            rf"\s*(?:\[{self.note_label}\]|\({self.note_label}\)|{self.note_label}[.)])\s", text
        )
        if printed is not None:
            self.body_start = printed.end()

    def _at_block_start(self) -> bool:
        return not self.has_text

    # The walk ----------------------------------------------------------------------------
    def walk(self, element: Any, depth: int = 0, list_state: list[Any] | None = None) -> None:
        tag = element.tag
        if not isinstance(tag, str):  # comments, processing instructions
            self._add(element.tail)
            return
        tag = tag.lower()
        if self.apparatus and (element in self.apparatus.links or element in self.apparatus.separators):
            self._apparatus(element)
            return
        if self._unshown(element, tag) or element in self.table_notes:
            self._add(element.tail)
            return
        if self.notes_depth == 0 and tag in ("button", "div", "span"):
            button = element if tag == "button" else _script_marker_holder(element)
            label = _script_marker(button) if button is not None else None
            if label is not None and _original_marker_follows(element):
                self._add(element.tail)
                return
            if label is not None:
                self._place_script_marker(button, label)
                self._add(element.tail)
                return
        attrs = _attrs(element)
        notes_like = bool(_NOTES_ATTR.search(attrs))
        if self.flat_depth > 0:
            self._data_doi(element)
        if tag == "a" and _BACKLINK_ATTR.search(attrs) and self._backlink_label(element):
            self._add(element.tail)
            return
        if (
            tag in _SKIP_TAGS
            or _table_of_contents(element)
            or _BACKLINK_ATTR.search(attrs)
            or (
                not notes_like
                and (tag in _FURNITURE_TAGS or _CHROME_ATTR.search(attrs))
                and not self._holds_the_article(element)
                and not self._back_matter(element, tag)
            )
        ):
            self._add(element.tail)
            return
        if depth > _MAX_DEPTH:
            self._add(element.text_content())
            self._add(element.tail)
            return
        # The page's own frame is never navigation by its class: themes write their settings there
        # ("menu-type-dropdownmenu" on a news site's <body>, scrapinghub's benchmark page on Europa's
        # plumes: every link of the article dropped as a menu's).
        role = (element.get("role") or "").strip().lower()
        navigation = role in _NAV_ROLES or (
            tag not in _FRAME_TAGS and bool(_NAV_ATTR.search(attrs)) and not self._holds_the_article(element)
        )
        menu = navigation and (role in _MENU_ROLES or bool(_MENU_ATTR.search(attrs)))
        self.nav_depth += navigation
        self.menu_depth += menu
        try:
            self._element(element, tag, depth, notes_like, list_state)
        finally:
            self.nav_depth -= navigation
            self.menu_depth -= menu
        self._add(element.tail)

    def _marks_entry(self, element: Any, href: str | None, fragment: str) -> bool:
        """A link whose id reads as a back link's ("#ref-1") but which points from outside the
        notes at an entry of them, showing its number: BMJ's (HighWire's) markers,
        "<a class="xref-bibr" href="#ref-1">1</a>", link the anchor opening each reference (the
        back arrow's own id). Read as back links, none of the page's 28 references was cited
        (fixtures/parse-eval-pages bmj-dabigatran-warfarin.html). A back link lives in the notes and
        points at the text, where no list of entries is."""
        if self.notes_depth > 0 or not looks_like_label(" ".join(element.text_content().split())):
            return False
        shown = " ".join(element.text_content().split())
        return _entry_target(fragment, self.targets, shown) and self._in_page(href, fragment)

    def _in_page(self, href: str | None, fragment: str) -> bool:
        """Whether a link to ``fragment`` points into this page: a bare "#…", or a place the page
        has. A link to another page's place ("/Mehr/Bilder/…/Auktion#n31425091", a news site's
        gallery button; trafilatura's saved test pages, 2026-12-06) is no note marker: read as one
        it was a marker [31425091] without a note, an error."""
        return (href or "").strip().startswith("#") or fragment in self.targets

    def _back_matter(self, element: Any, tag: str) -> bool:
        """Whether ``element`` is a ``<footer>`` of the article holding its reference list: the
        back matter of a journal article rendered from JATS, "<article><main>…</main><footer
        class="back"><section id="references"><h2>References</h2><ul class="ref-list">…" (PeerJ's
        pages; fixtures/parse-eval-pages peerj-state-of-oa.html: its 52 references were dropped with
        the footer as page furniture, 0 of 17 sampled entries found). Guard: inside the article's
        element (the page's own footer stays furniture), and it holds a heading that names notes or
        sources (regions.is_notes_heading) followed by a list of three or more items."""
        if tag != "footer" or self.article is None or element is self.article:
            return False
        if not any(a is self.article for a in element.iterancestors()):
            return False
        for heading in element.iter(*_HEADINGS):
            if not is_notes_heading(" ".join(heading.text_content().split()), marked_heading=True):
                continue
            following = heading.getnext()
            while following is not None and not (
                isinstance(following.tag, str) and following.tag.lower() in ("ol", "ul")
            ):
                following = following.getnext()
            if (
                following is not None
                and sum(1 for c in following if isinstance(c.tag, str)) >= _ENTRY_LIST_MIN
            ):
                return True
        return False

    def _holds_the_article(self, element: Any) -> bool:
        """Whether ``element`` holds most of the article's paragraphs (``_ARTICLE_SHARE``): then its
        class names the layout, not furniture. Page builders and themes name the article's own
        wrappers with furniture's words ("content-with-sidebar-wrp", Elementor's
        "elementor-widget-container", "article-body pagination-first", a theme's
        "section-footer-1" around the story); read as furniture, the article was dropped whole.
        Data: scrapinghub/article-extraction-benchmark's 181 saved pages (2026-12-06): 11 of the
        17 pages whose article links sources in its paragraphs read "no citations" for it."""
        article = self.paragraphs.get(self.article, 0)
        inside = element is self.article or any(a is self.article for a in element.iterancestors())
        if article <= 0 or not inside:
            return False  # only inside the article (not in notes read from outside it: _notes_outside)
        return self.paragraphs.get(element, 0) >= _ARTICLE_SHARE * article

    def _element(
        self, element: Any, tag: str, depth: int, notes_like: bool, list_state: list[Any] | None
    ) -> None:
        if (
            tag == "table"
            and self.flat_depth == 0
            and (self._record_table(element) or self._source_table(element, depth))
        ):
            return
        if tag in _BLOCK_TAGS and self.flat_depth == 0:
            self._block(element, tag, depth, notes_like, list_state)
        elif tag in _BLOCK_TAGS:
            if tag == "li" and self.has_text and _field_item(element):
                self._field_stop()
            elif self.card_depth and self.has_text:
                # A card's paragraphs are its fields: "Levi, Primo. Il sistema periodico. Einaudi …"
                self._trim_trailing_space()
                if self.card_first_end is None:
                    self.card_first_end = self.length
                self._add(" " if self.last_char in ".!?:" else ". ")
            elif self.item_depth and tag == "p":
                self._line_break()
            elif not self.last_char.isspace():
                self._add("\n")
            start = self.length
            self._children(element, depth, tag)
            if _TITLE_CLASS.search(element.get("class") or ""):
                self.spans.append((start, self.length, "em"))
        else:
            self._inline(element, tag, depth)

    def _children(self, element: Any, depth: int, tag: str) -> None:
        counter: list[Any] | None = None
        if tag in ("ol", "ul"):
            start = element.get("start")
            first = int(start) if start and start.strip().lstrip("-").isdigit() else 1
            counter = [first, element.get("type"), tag]
        self._add(element.text)
        for child in element:
            self.walk(child, depth + 1, counter)

    def _block(
        self, element: Any, tag: str, depth: int, notes_like: bool, list_state: list[Any] | None
    ) -> None:
        # A heading first in a list item ("<li><h4>[BSICS052] Title</h4></li>", Markdown's "* ####
        # [BSICS052] Title") is the item's paragraph, its level kept for its lines, as the Markdown
        # reader reads the item (a paragraph "#### [BSICS052] …", the details under it its entry's).
        # Data (benchmarks/parse_html.py): the two de-bsi-grundschutz documents' keyed headings in
        # items, 30 fields. Guard: only a heading that is the first child of an "<li>"
        # (``_item_paragraph``); a heading anywhere else stays a heading.
        summary_level = _notes_summary_level(element, tag)
        heading = (tag in _HEADINGS and not _item_paragraph(element, tag)) or summary_level > 0
        kind: BlockKind = "heading" if heading else "paragraph"
        origin = self._locate(element)
        if tag == "pre" and self._entry_address(element):
            return
        carried = self._carried_label(element)
        if self.number_label is not None:
            number, follower = self.number_label
            self.number_label = None
            if element is follower or any(a is follower for a in element.iterancestors()):
                carried = (number, follower)
        self._flush(origin, kind)
        self.menu = self.menu_depth > 0
        # A paragraph of a block quote ("<blockquote><p>Vstupy: …</p></blockquote>", Markdown's "> …"):
        # under an entry of a source list, its annotation, as the Markdown reader marks it
        # (Block.quoted, regions._quoted_annotation). Data: benchmarks/parse_html.py, hb40-cs-harm-
        # reduction-model-zdroje-chicago (each source's "> Vstupy: …" read as an entry of its own).
        self.quoted = tag == "p" and any(
            isinstance(a.tag, str) and a.tag.lower() == "blockquote" for a in element.iterancestors()
        )
        # A heading's level and a list item, as the Markdown reader tells them ("<h2>", "<li>"):
        # notes sections use both (citecheck.parse.regions).
        self.level = int(tag[1]) if tag in _HEADINGS else summary_level
        self.item = tag == "li"
        if _item_paragraph(element, tag):
            self.item = True
            self.list_number = self.item_numbers.get(element.getparent())
        if self.item:
            self.list_depth = sum(
                1 for a in element.iterancestors() if isinstance(a.tag, str) and a.tag.lower() in ("ul", "ol")
            )
        # A cell (or a block inside one) keeps its row, so that the row can be read whole again;
        # a block of a page laid out in a table (_layout_cell) is the page's, not a row's.
        row = element if tag == "tr" else next(element.iterancestors("tr"), None)
        if row is not None and tag != "tr" and _layout_cell(element):
            row = None
        if row is not None:
            lead = _spanning_row(row)
            self.spanned_row = lead is not row or _spans_rows(row)
            row = lead
            self.table_row = self.rows.setdefault(row.getroottree().getpath(row), len(self.rows))
            cells = [cell.tag.lower() for cell in row if isinstance(cell.tag, str)]
            self.table_head = bool(cells) and all(tag == "th" for tag in cells)
        if self.row_label is not None and tag in ("td", "th"):
            if self.row_label[0] is element.getparent():
                self._entry_label(self.row_label[1])
            self.row_label = None
        if carried is not None:
            self._entry_label(carried[0])
            self.label_item = carried[1]
        element_id = element.get("id") or ""
        note_item = (
            tag == "li"
            and list_state is not None
            and not self._section_list(element.getparent())
            and (
                self.notes_depth > 0
                or bool(_NOTE_ITEM_ID.match(element_id))
                or _reference_list_item(element)
                or any(element.getparent() is cited for cited in self.cited_lists)
            )
        )
        card = _card(element, tag)
        word_note = (
            (
                tag in ("div", "p")
                and bool(_WORD_NOTE_ID.match(element_id) or _LIBREOFFICE_NOTE.match(element_id))
            )
            or card
            or element in self.note_links.wholes
        )
        loose_item = tag == "li" and not note_item and _loose_item(element)
        if tag == "li" and list_state is not None:
            number = list_state[0]
            list_state[0] += 1
            if note_item and list_state[2] == "ul":
                # Bullets carry no number: the items of several unordered lists in one notes
                # section (a "References" section's lists, each after a sentence saying what it
                # is for: heldback-9's JSX page) are counted on across the section.
                self.bullet_count += 1
                self.note_label = str(self.bullet_count)
                self.bullet_label = True
                self.body_start = 0
                if self.note_label in self.note_links.taken:
                    self.note_label = None
            elif note_item:
                self.note_label = _list_label(number, list_state[1])
                self.body_start = 0
            elif list_state[2] == "ol":
                # The number the browser shows ("3." of ``<ol start="3">``'s first item): an
                # ordinary list's item is labelled as Markdown's "3. …" is (regions.entry_start_of).
                self.list_number = _list_label(number, list_state[1])
                self.item_numbers[element] = self.list_number
        bound = self.note_links.entries.get(element)
        if bound is not None:
            self.note_label, self.bound_label = bound, True
            self.body_start = 0
        if tag == "pre":
            self.pre_depth += 1
        if notes_like:
            if self.notes_depth == 0:
                # A later notes section's bullets are numbered on after the notes already read
                # ("Notas" 1-12, then an unnumbered "Referências" list: 13, 14, …), as a reader
                # tells them apart and as First Monday's bold "Notes" then "References" are
                # numbered (fixtures/parse-eval-pages truth); restarting at 1 gave two entries
                # each label 1-12 (SciELO's Bakhtiniana page: 12 notes, 15 references).
                self.bullet_count = self.last_note_number
            self.notes_depth += 1
        if loose_item:
            # An item of paragraphs only, one block as the Markdown reader keeps it, a line apart.
            self.flat_depth += 1
            self.item_depth += 1
            self._children(element, depth, tag)
            self.item_depth -= 1
            self.flat_depth -= 1
        elif note_item or word_note:
            # One note, one entry: its inner paragraphs do not split it.
            self.flat_depth += 1
            self.card_depth += card
            card_start, self.card_first_end = self.length, None
            self._children(element, depth, tag)
            if card and not any(kind == "em" and a >= card_start for a, _, kind in self.spans):
                # A card that sets no title apart names its source first ("NASA Climate Change -
                # Carbon Cycle", then what the site offers, then its address), as a table of
                # sources does in its first column.
                first_end = self.card_first_end if self.card_first_end is not None else self.length
                self.spans.append((card_start, first_end, "em"))
            self.card_depth -= card
            self.flat_depth -= 1
        else:
            self._children(element, depth, tag)
        if tag == "pre":
            self.pre_depth -= 1
            self.masked.append((0, self.length))
        self._number_block(element)
        if notes_like:
            self.notes_depth -= 1
        if (
            self.label_item is not None
            and self.has_text
            and any(ancestor is self.label_item for ancestor in element.iterancestors())
        ):
            # A block inside an entry whose label was carried to it (_carried_label) closes, and the
            # entry's element goes on: what follows is the same entry's (AIP's DOI link after the
            # reference's <div>, in the same "refbody"), a line of it.
            self._line_break()
            return
        self._flush(self.cursor)

    def _section_list(self, parent: Any) -> bool:
        """Whether ``parent`` lists sections of the page rather than notes (``_notes_section_item``):
        one of its items holds a list of notes of its own. Judged once a list."""
        if parent is None:
            return False
        known = self.section_lists.get(parent)
        if known is None:
            known = any(
                isinstance(child.tag, str) and child.tag.lower() == "li" and _notes_section_item(child)
                for child in parent
            )
            self.section_lists[parent] = known
        return known

    def _entry_address(self, element: Any) -> bool:
        """A "<pre>" holding the address of the entry just read (``_address_pre``): added to that
        entry's block as its next line, as the Markdown reader reads the fence under it."""
        address = _address_pre(element)
        if address is None or self.has_text or not self.blocks:
            return False
        last = self.blocks[-1]
        if last.kind != "paragraph" or last.item or last.table_row is not None or "://" in last.text:
            return False
        text = last.text.rstrip()
        self.blocks[-1] = replace(last, text=f"{text}\n{address}")
        return True

    def _record_table(self, table: Any) -> bool:
        """A two-column table that describes one work, a field a row ("Title | DC Street / Sunset in
        Logan Circle …", "Photographer | …", "Source | <a href=…>Flickr</a>", "License | …"): one
        entry, its title and its source's link, as the Markdown reader reads it (markdown._record_table:
        an image-credits file, its seven images, benchmarks/parse_html.py hb14-en-imagecredits-dc-
        abundance-web-images, 14 fields). Guard: every row two cells, a row named "Title" (``RECORD_TITLE``)
        and a row named "Source"/"URL"/"Link" (``RECORD_LINK``) whose value holds one web link; a table
        of settings, licences or people has no such pair."""
        rows = [
            [c for c in row if isinstance(c.tag, str) and c.tag.lower() in ("th", "td")]
            for row in table.iter("tr")
        ]
        if len(rows) < 2 or any(len(cells) != 2 for cells in rows):
            return False
        title: Any = None
        link: str | None = None
        for name_cell, value in rows:
            name = " ".join(name_cell.text_content().split()).strip(" *_`:")
            if title is None and RECORD_TITLE.match(name):
                title = value
            elif link is None and RECORD_LINK.match(name):
                anchors = [
                    (a.get("href") or "").strip()
                    for a in value.iter("a")
                    if (a.get("href") or "").strip().startswith(("http://", "https://"))
                ]
                if len(anchors) == 1:
                    link = anchors[0]
        if title is None or link is None or not title.text_content().strip():
            return False
        self._flush(self._locate(table))
        start = self.length
        self._add(" ".join(title.text_content().split()))
        self.spans.append((start, self.length, "em"))
        self._add(RECORD_COLUMNS.separator(1, access=False))
        self.links.append((self.length, link))
        self._add(link)
        count = len(self.blocks)
        self._flush(self.cursor)
        if len(self.blocks) > count:
            self.blocks[-1].source_row = True
        return True

    def _source_table(self, table: Any, depth: int) -> bool:
        """A table whose header names its sources' columns ("Title", "Link", "Accessed", "資料"):
        each body row one entry, read as a reference (as the Markdown reader reads one)."""
        rows = [row for row in table.iter("tr") if isinstance(row.tag, str)]
        if len(rows) < 2:
            return False
        if any(_NOTEREF.match(_fragment(a.get("href"))) for a in table.iter("a")):
            # A table whose cells cite notes is the article's text (a wiki list article's table of
            # films, each row linking its film and citing its note: mozilla/readability's saved
            # "List of films featuring time loops", 78 rows read as sources, 49 notes orphaned), not
            # a table of sources, which cites nothing.
            return False
        header = [cell for cell in rows[0] if isinstance(cell.tag, str) and cell.tag.lower() in ("th", "td")]
        # Under a notes heading ("Kaynak kayıtları", "References") any table is one of sources, as
        # the Markdown reader reads it (markdown.read_markdown's ``under_notes``).
        headed = self.under_notes
        columns = source_columns([cell.text_content() for cell in header], headed=headed) or _linked_works(
            header, rows[1:], headed=headed
        )
        first = 1
        if columns is None and headed:
            columns = _keyed_rows(header, rows[1:])
            if columns is not None and _keyed_first_row(header, rows[1:]):
                first = 0
        if columns is None:
            return False
        self._flush(self._locate(table))
        body = [
            [c for c in row if isinstance(c.tag, str) and c.tag.lower() in ("th", "td")] for row in rows[1:]
        ]
        names = [cell.text_content() for cell in header]
        columns = key_column_by_values(columns, names, [[c.text_content() for c in cells] for cells in body])
        for row in rows[first:]:
            cells = [cell for cell in row if isinstance(cell.tag, str) and cell.tag.lower() in ("th", "td")]
            order = columns.order(len(cells))
            self._reset(self._locate(row), "paragraph")
            self.flat_depth += 1
            for place, number in enumerate(order):
                if place:
                    self._add(columns.separator(place, access=number == columns.access))
                cell = cells[number]
                anchors = [
                    a for a in cell.iter("a") if (a.get("href") or "").startswith(("http://", "https://"))
                ]
                bare = bare_host_url(cell.text_content()) if number in columns.links and not anchors else None
                if number in columns.links and len(anchors) == 1:
                    href = (anchors[0].get("href") or "").strip()
                    self.links.append((self.length, href))
                    self._add(href)
                elif bare is not None:
                    self.links.append((self.length, bare))
                    self._add(bare)
                else:
                    title_at = self.length
                    self._add(cell.text)
                    for child in cell:
                        self.walk(child, depth + 1)
                    if (
                        number == columns.title
                        and self.length > title_at
                        and (columns.titled or _plain_name(cell.text_content()))
                        and not any(kind == "em" and a >= title_at for a, _, kind in self.spans)
                    ):
                        # The title column's cell is the entry's title, as the Markdown reader marks
                        # it (markdown._SourceRow.row): a column named "Title", or a cell that only
                        # names its source (markdown._plain_name). Not a whole reference in a table
                        # read under a notes heading (D-Lib's "[1] | Clay Shirky, "How …", June
                        # 2010." rows, fixtures/parse-eval-pages dlib-crowdsourcing). Unmarked,
                        # the row's next cells ran into it ("UART. peripherals/esp-idf-v4.4-uart.html
                        # |", benchmarks/parse_html.py: en-sourcetable-esp32-docs-index, …).
                        self.spans.append((title_at, self.length, "em"))
            self.flat_depth -= 1
            count = len(self.blocks)
            self._flush(self.cursor)
            if len(self.blocks) > count:
                self.blocks[-1].source_row = True
                self.blocks[-1].row_key = columns.row_key([cell.text_content() for cell in cells])
                self.blocks[-1].headed_row = headed
        return True

    def _inline(self, element: Any, tag: str, depth: int) -> None:
        if tag == "br":
            # Two line breaks with nothing between them end a paragraph ("Entry.<br><br>Entry.": a
            # reference list kept in one <p>, each entry a paragraph of its own; heldback-14's JSX
            # page, where "<br></br><br></br>" parts twelve APA entries). One break stays a space.
            if (
                self.flat_depth == 0
                and self.pre_depth == 0
                and self.has_text
                and not text_since(self.parts, self.length, self.break_at).strip()
                and self.break_at >= 0
            ):
                if self.parts and self.parts[-1] == "\n":  # the first break's line: none follows
                    self.parts.pop()
                    self.length -= 1
                    self._clamp_spans()
                self._flush(self._locate(element))
                return
            self._line_break()
            self.break_at = self.length
            return
        if tag == "a":
            href = element.get("href")
            fragment = _fragment(href)
            if element in self.star_backlinks:
                self._backlink(element)
                return
            backref = bool(fragment) and _BACKREF.match(fragment) is not None
            marks_entry = backref and self._marks_entry(element, href, fragment)
            if backref and not marks_entry:
                self._backlink(element)
                return
            if fragment and _into_affiliations(self.targets.get(fragment)):
                # An author's affiliation mark ("<a href="#af015"><sup>c</sup></a>"): the list it points
                # into is not read (_affiliation_list), so neither is the mark (ScienceDirect: "[c]"
                # reported as a marker without its note).
                self._add(element.tail)
                return
            if fragment and (
                marks_entry
                or (_note_link(element, self.targets) == fragment and self._in_page(href, fragment))
            ):
                self._marker(element, token="#" + fragment, fallback=fragment)
                return
            wrapped = _wrapped_marker(element, self.targets) if fragment in self.note_links.markers else None
            if wrapped is not None:
                # The cited words, then the number they end on: the marker of the entry the link points
                # to, under that entry's number (_wrapped_marker, _note_links).
                sup = [child for child in element if isinstance(child.tag, str)][-1]
                self._add(element.text)
                for child in element:
                    if child is sup:
                        self._marker(child, token="#" + fragment, fallback=wrapped[1])
                        self._add(child.tail)
                    else:
                        self.walk(child, depth + 1)
                return
            if back_arrow_link(element):
                return  # the way back to the text (reference_html.back_arrow_link)
            web = None if _interwiki(element) else _web_href(element, href, self.self_url)
            in_notes = (
                self.notes_depth > 0 or self.under_notes or self.bound_label or _in_reference_list(element)
            )
            doi = doi_of_text(element.text_content()) if in_notes and not doi_resolver(web) else None
            if doi:
                web = doi  # the DOI the link shows, not the site's look-up of it (reference_html.doi_of_text)
            site_path = in_notes and not web and not _wikilink(element, href)
            if site_path:
                web = _site_path_href(href, self.self_url)
                if web:
                    self.site_links.add(web)
            if web:
                # A link whose text is another whole address cites that one (markdown.shown_address).
                web = shown_address(element.text_content(), web, escaped=False) or web
                self._link(element, unwrap_redirect(web), depth)
                return
            if site_path and _SITE_PATH.match(href or "") and self._site_path_title(element, depth):
                return
        elif tag in _CODE_TAGS or (tag == "pre" and self.flat_depth > 0):
            start = self.length
            self._add(element.text)
            for child in element:
                self.walk(child, depth + 1)
            self.masked.append((start, self.length))
            return
        elif (
            tag == "sup"
            and looks_like_label(element.text_content())
            and not is_power("".join(self.parts[-3:])[-12:], clean_label(element.text_content()))
            and not _table_note_mark(element)
        ):
            inner = [
                a
                for a in element.iter("a")
                if _NOTEREF.match(_fragment(a.get("href"))) or _BACKREF.match(_fragment(a.get("href")))
            ]
            if not inner:
                if self._at_block_start():
                    self._entry_label(clean_label(element.text_content()))
                else:
                    self._marker(element, token=None, fallback="")
                return
        if (
            tag in _SHOWN_NUMBER_TAGS
            and self.note_label is not None
            and self._at_block_start()
            and len(element) == 0
            and _SHOWN_NUMBER.fullmatch(element.text_content().strip())
        ):
            # The number a notes list prints itself (_SHOWN_NUMBER) labels the entry, as a label
            # written at an entry's start does, instead of the item's place in the list.
            self._entry_label(clean_label(element.text_content()))
            return
        if tag in ("strong", "b") and self.pre_depth == 0 and self.has_text and _record_field(element):
            self._line_break()
        start = self.length
        classes = (element.get("class") or "").split()
        if "Z3988" in classes and self.reference_text_depth and self.length:
            coins = element.get("title") or ""
            if coins.startswith("ctx_ver=Z39.88"):
                # A citation template's COinS record (see COINS_MARK): kept as a mark over the
                # character before it, its kind carrying the record.
                self.spans.append((self.length - 1, self.length, COINS_MARK + coins))
        reference_text = not _REFERENCE_TEXT.isdisjoint(classes)
        self.reference_text_depth += reference_text
        self._add(element.text)
        for child in element:
            self.walk(child, depth + 1)
        self.reference_text_depth -= reference_text
        # Emphasis, like link text (see _link), is where entries' titles are marked (citecheck.parse.styles).
        # Not bold inside a MediaWiki reference's text: the wikis' citation templates set no title in
        # bold (CS1 sets a journal's volume so: "411", "687"), and an editor's note sets a term so
        # ("Also known as the <b>Rayleigh–Ritz ratio</b>; named after …"). In the 329 reference texts
        # of the calibration pages of fixtures/parse-eval-wiki, 50 bold runs, none a title (two notes'
        # terms were read as their titles); in the parse eval's calibration HTML, 2, neither a title.
        if (
            tag in _TITLE_MARK_TAGS
            and not (tag in ("b", "strong") and self.reference_text_depth)
            and not author_list_mark(text_since(self.parts, self.length, start))
            and not _names_or_dates(element)
        ) or (self.flat_depth > 0 and _TITLE_CLASS.search(" ".join(classes))):
            if self.flat_depth > 0 and _TITLE_CLASS.search(" ".join(classes)):
                # The page names this run the title: emphasis inside it is a species' or a term's
                # ("<span class="cit-article-title"><em>Prevotella histicola</em> sp. nov., isolated
                # from …</span>", HighWire; the genus read as the title), not a title of its own.
                self.spans = [
                    span
                    for span in self.spans
                    if not (span[2] == "em" and start <= span[0] and span[1] <= self.length)
                ]
            self.spans.append((start, self.length, "em"))
        elif "reference-accessdate" in classes:
            # MediaWiki's citation templates (CS1) set the access date in a span of its own, whatever
            # the wiki's language writes around it: ". Retrieved 2012-08-18", ". Consultado el 20 de
            # septiembre de 2014", " [2020-01-11]" (entries.parse_entries).
            self.spans.append((start, self.length, "accessed"))

    def _link(self, element: Any, href: str, depth: int) -> None:
        """A web link: its text shown, the link kept for entries and, in the article's running
        text, as an inline citation (not in navigation, not a link to this very page)."""
        self.links.append((self.length, href))
        start = self.length
        # A link opening a line of its own ("<br><a href=URL>URL</a>", a reference's address under it).
        line_start = not self.has_text or self.last_char == "\n"
        blocks = len(self.blocks)
        self._add(element.text)
        for child in element:
            self.walk(child, depth + 1)
        if len(self.blocks) != blocks:
            return  # a link around whole blocks (a card, a teaser): page furniture, not a citation
        # Link text is where entries' titles are marked (citecheck.parse.styles); an address shown as
        # its own link text sets no title apart (_autolink).
        if (
            line_start or not _autolink(text_since(self.parts, self.length, start), href)
        ) and not self._wraps_emphasis(element):
            self.spans.append((start, self.length, "link"))
        rel = set((element.get("rel") or "").lower().split())
        if self.nav_depth or self.length <= start or self._is_self_link(href) or rel & _APPARATUS_REL:
            return
        shown = text_since(self.parts, self.length, start).strip()
        parent = element.getparent()
        emphasised = bool(_QUOTED.match(shown)) or any(
            isinstance(child.tag, str) and child.tag.lower() in _EMPHASIS_TAGS for child in element
        )
        if not emphasised and parent is not None and isinstance(parent.tag, str):
            emphasised = parent.tag.lower() in _EMPHASIS_TAGS and " ".join(
                parent.text_content().split()
            ) == " ".join(shown.split())
        self.link_spans.append(
            LinkSpan(href, start, self.length, anchor_is_url=shown == href, emphasised=emphasised)
        )

    def _wraps_emphasis(self, element: Any) -> bool:
        """Whether a link of a notes list only wraps one emphasised run ("<a href=…><em>The American
        journal of clinical nutrition</em></a>"): the emphasis marks the run (_inline) as the same
        words set in italics without the link would be, and the link adds no mark of its own. Read
        with both, a Vancouver reference's linked journal name, after the title sentence, was taken
        for the title ("Authors. Title. <a><em>Journal</em></a>. 2011 May 25;94(1):247-53.":
        fixtures/parse-eval-pages nutritionsource-healthy-eating-plate.html, 4 of 6 titles), where
        the italics alone read right. Guard: notes only; the link holds nothing but that element, and
        a Vancouver journal's date and volume follow it (". 2011 May 25;94(1)", ". 2013;173(5)"): a
        Wikipedia reference's linked italic title after its linked author ("<a>Plinius, Gaius
        Secundus</a> (1855). <a><i>The Natural History of Pliny</i></a>. Vol. III.", the parse eval's
        en-apple wiki page) keeps its link's mark."""
        if not (self.notes_depth > 0 or self.under_notes or _in_reference_list(element)):
            return False
        if not _VANCOUVER_DATE_VOLUME.match(element.tail or ""):
            return False
        if (element.text or "").strip():
            return False
        children = [child for child in element if isinstance(child.tag, str)]
        return (
            len(children) == 1
            and children[0].tag.lower() in ("em", "i")
            and not (children[0].tail or "").strip()
        )

    def _site_path_title(self, element: Any, depth: int) -> bool:
        """A note's link to a path of the site whose address the page does not give
        (``_site_path_href`` had no base): its text still sets the entry's title apart, as any link
        text does (``_link``), with no URL read from it (an unresolvable path is no address to
        check). Baidu Baike's "参考资料" list links each title to "/reference/<id>/<token>" and says
        nothing of its own host (fixtures/parse-eval-pages baike-cai-jianya.html: 63 entries, no
        title read before; 11 of the 12 sampled read with this). Guard: within a notes list or
        section only, a text-only link (no block inside it) opening the entry (nothing but the
        entry's printed number before it: an ISBN's link at the end of the Spanish "$" page's note
        5 of fixtures/parse-eval-wiki took its title else), not a link whose text is an address."""
        if any(isinstance(child.tag, str) and child.tag.lower() in _BLOCK_TAGS for child in element.iter()):
            return False
        if not _ENTRY_OPENING.fullmatch(text_since(self.parts, self.length, self.body_start)):
            return False  # a title leads its entry; a link further on (an identifier's) marks none
        start = self.length
        self._add(element.text)
        for child in element:
            self.walk(child, depth + 1)
        shown = text_since(self.parts, self.length, start).strip()
        if self.length > start and shown and not shown.lower().startswith(("http://", "https://", "www.")):
            # Marked as emphasis is (a "link" mark without its URL names no source: entries.py), as
            # the Markdown reader marks a title column's link to a local copy.
            self.spans.append((start, self.length, "em"))
        return True

    def _is_self_link(self, href: str) -> bool:
        if not self.self_url:
            return False
        return href.split("#", 1)[0].rstrip("/") == self.self_url.split("#", 1)[0].rstrip("/")

    def _trim_trailing_space(self) -> None:
        """Drop the whitespace the text read so far ends with (its spans kept within it)."""
        while self.parts and self.parts[-1].isspace():
            self.length -= len(self.parts.pop())
        if self.parts and self.parts[-1] != self.parts[-1].rstrip():
            kept = self.parts[-1].rstrip()
            self.length -= len(self.parts[-1]) - len(kept)
            self.parts[-1] = kept
        self._clamp_spans()
        self.last_char = self.parts[-1][-1] if self.parts else " "

    def _field_stop(self) -> None:
        """End the field read so far with a stop, as a card's paragraphs are ended (_element)."""
        self._trim_trailing_space()
        self._add(" " if self.last_char in ".!?:,;" else ". ")

    def _data_doi(self, element: Any) -> None:
        """A reference's element that carries the cited work's DOI as data (HighWire's ``<div class="cit
        ref-cit ref-journal" data-doi="10.1128/JB.00542-10">``, whose text runs the DOI into the next
        field, "doi:10.1128/JB.00542-10pmid:20656903", and whose only look-up may be "Abstract/FREE
        Full Text"): the DOI's address is a link of the entry, where the element starts (fixtures/
        parse-eval-pages ijsem-prevotella-jejuni.html: three of eight sampled references without a
        URL). Guards: inside a note item only; the whole value a DOI."""
        doi = (element.get("data-doi") or "").strip()
        if doi and _WHOLE_DOI.fullmatch(doi):
            self.links.append((self.length, "https://doi.org/" + doi))

    def _apparatus(self, element: Any) -> None:
        """A link (or separator) of a reference's look-up row (reference_html.find_apparatus): its label
        and the separators around it are dropped; a DOI resolver's link stays the entry's link, in the
        block read so far or, where the row is a paragraph of its own, in the reference before it."""
        dropped = trim_trailing_separators(self.parts)
        if dropped:
            self.length -= dropped
            self._clamp_spans()
            self.last_char = self.parts[-1][-1] if self.parts else " "
            self.has_text = any(not part.isspace() for part in self.parts)
        href = self.apparatus.links.get(element)
        if href and self.has_text:
            self.links.append((self.length, href))
        elif href and self.blocks:
            last = self.blocks[-1]
            self.blocks[-1] = replace(last, links=[*last.links, (len(last.text.rstrip()), href)])
        if element not in self.apparatus.tails:
            self._add(element.tail)

    def _unshown(self, element: Any, tag: str) -> bool:
        """An element the page does not show as text of its own: a hidden description of another
        element (``hidden`` and named by an ``aria-describedby``: PubMed Central's author cards,
        ``<div hidden="hidden" id="id3">`` after each name, hold the affiliations again as
        "<sup>3</sup>Section of Bioinformatics, …", read as notes 1-5), or an author's affiliation
        line (reference_html.affiliation_line). Guards: ``hidden`` alone is not enough (React's
        streamed pages keep their whole text in ``<div hidden id="S:1">`` until a script moves it:
        LessWrong's notes, fixtures/parse-eval-pages lesswrong-simulators.html, were lost with it);
        an affiliation line is a list item or a paragraph-like element without block children."""
        if element.get("hidden") is not None and (element.get("id") or "") in self.descriptions:
            return True
        if tag in ("div", "ul", "ol", "p", "section") and _affiliation_list(element):
            return True
        # An <address> too: HighWire's BMJ pages set each affiliation as "<li class="aff"><a
        # id="aff-1"></a><address><sup>1</sup>Division of …</address></li>", whose item holds a
        # block, the address (fixtures/parse-eval-pages bmj-dabigatran-warfarin.html: the
        # affiliation read as note 1, and six duplicate-footnote errors with it).
        if not self.institutions or tag not in ("li", "div", "p", "address"):
            return False
        if any(isinstance(child.tag, str) and child.tag.lower() in _BLOCK_TAGS for child in element):
            return False
        return affiliation_line(element, self.institutions)

    def _entry_label(self, label: str) -> None:
        # A label as written ("[iv]") beats the number of the list item it sits in.
        if label and not self.bound_label and (self.note_label is None or label_ordinal(label) is not None):
            self.note_label = label
            self.bullet_label = False
        self.body_start = self.length

    def _backlink(self, element: Any) -> None:
        """A link back to the text. At the start of a paragraph it labels the entry; elsewhere (the
        trailing "↩" of markdown-it) it is dropped, unless it is a second note's Word or Google Docs
        back link in the same block (:meth:`_next_office_note`)."""
        if self._next_office_note(element):
            self._flush(self._locate(element))
        if not self._at_block_start():
            if "".join(self.parts).strip() in ("[", "(") and looks_like_label(element.text_content()):
                # "[<a href="#nh4-2">2</a>] Note …" (SPIP): the back link in brackets opens the
                # note; its number is kept as written, a label the entry's text shows.
                self._add(element.text_content())
            return
        text = element.text_content()
        if looks_like_label(text):
            label = clean_label(text)
        elif self.note_label is not None:
            label = self.note_label  # a "^" in a numbered note list
        else:
            digits = re.search(r"\d+", _fragment(element.get("href")))
            label = digits.group() if digits else ""
        if label:
            self._entry_label(label)
            self.label_item = next(element.iterancestors("li"), None)

    def _carried_label(self, element: Any) -> tuple[str, Any] | None:
        """The label of an entry whose text starts in a block of its own after it: a list item
        opening on its back link ("[1]") and holding the reference in a ``<div>`` after it.
        IOPscience prints its references so ("<li><a class="indices-id" href="#fnref-…">[1]</a><div
        class="indices-content"><cite>Willets K A … 2007 …</cite><p><a>CrossRef</a></p></div></li>",
        fixtures/parse-eval-pages iop-jpcm-ito-plasmonics.html: 0/6 entries found, the label lost
        with the empty block the link stood in). Guard: only a label a back link set at the start of
        the block (:meth:`_backlink`), nothing read after it, and only for a block inside the same
        list item; a label with text after it labels its own block as before."""
        if self.has_text or self.note_label is None or self.label_item is None:
            return None
        if not any(ancestor is self.label_item for ancestor in element.iterancestors()):
            return None
        return self.note_label, self.label_item

    def _number_block(self, element: Any) -> None:
        """A block holding an entry's number alone, closing: the number labels the block that comes
        next, its own block dropped. AIP's Scitation pages set each reference as "<div
        class="refcontainer"><div class="refnumbercontainer"><span class="refnumber">1. </span></div><div
        class="refbody">E. Zavoisky, J. Phys. (USSR) 9, 245 (1945).</div></div>" (fixtures/parse-eval-
        pages aip-aplphotonics-esr-spectrometer.html: 5 of 7 sampled entries not found, two tab labels
        after the list read as notes 1 and 2). Guards: inside a notes container (``notes_depth``); the
        block holds the number alone ("1.", "[1]", "1)") and no label of its own; and the next block
        must start in the element right after the number's (its pair), else the number is dropped
        with nothing labelled — as a lone number between two blocks labels nothing either way; and
        that element must say a reference's worth (``_NUMBERED_ENTRY_WORDS`` words): a recipe card's
        nutrition label in a "notes" container sets each value and its unit in blocks of their own
        ("<div>11</div><div>g</div>", trafilatura's saved elavegan.com page: twelve "notes" read
        so, caught by benchmarks/page_sweep.py)."""
        if self.notes_depth == 0 or self.note_label is not None:
            return
        found = _LONE_NUMBER.fullmatch("".join(self.parts).strip())
        follower = element.getnext()
        while follower is not None and not isinstance(follower.tag, str):
            follower = follower.getnext()
        if found is None or follower is None or len(follower.text_content().split()) < _NUMBERED_ENTRY_WORDS:
            return
        self.parts, self.length, self.has_text = [], 0, False
        self.number_label = (found.group(1), follower)

    def _backlink_label(self, element: Any) -> bool:
        """A back link classed as one ("footnote_backlink") that opens its note and shows its number
        ("↑1", "1", "^ 2"): the number labels the note, as an unclassed back link's does
        (:meth:`_backlink`). The WordPress "footnotes" plugin writes each note as a table row
        "<th><a class="footnote_backlink" href="#r+253+1+1">↑1</a></th><td>Note…</td>" (postlight/parser's
        saved sect.iij.ad.jp post: 5 notes, none found before). Guard: only a link (a classed span
        such as Wikipedia's "mw-cite-backlink" stays dropped), only at the block's start (a trailing
        "↩" is dropped), and only when what it shows, its arrow taken off, is a label."""
        if not self._at_block_start():
            return False
        text = _BACK_ARROWS.sub("", element.text_content()).strip()
        if not text or not looks_like_label(text):
            return False
        cell = next(element.iterancestors("td", "th"), None)
        if cell is not None and " ".join(cell.text_content().split()) == " ".join(
            element.text_content().split()
        ):
            # The number's own cell ("<th>↑1</th><td>Note …</td>"): it labels the next cell of its
            # row, the note's text (_block).
            self.row_label = (cell.getparent(), clean_label(text))
        else:
            self._entry_label(clean_label(text))
        return True

    def _next_office_note(self, element: Any) -> bool:
        """Whether ``element`` is the back link of the next Word/Google Docs note, in a block that
        already is a note: notes pasted or converted without their paragraphs ("<a name="_ftn1">[1]</a>
        Note one.␤␤<a name="_ftn2">[2]</a> Note two." in one block) are each an entry, as Word showed
        them. Only these generators' back links count: Wikipedia's "^ a b" back links all sit in one
        note."""
        if self._at_block_start() or self.note_label is None:
            return False
        text = element.text_content()
        return bool(_OFFICE_BACKREF.match(_fragment(element.get("href")))) and looks_like_label(text)

    def _place_script_marker(self, button: Any, label: str) -> None:
        """A footnote script's marker (_script_marker). Its <div> breaks the paragraph it was set
        in ("… Brady has pointed out</p><div><button>…</button></div>that the leadership …"), so at
        the start of a block it closes the paragraph before it, as the original "<sup>" did; the
        words after it would otherwise open a block read as note 1's entry ("1 that the …")."""
        last = self.blocks[-1] if self.blocks else None
        if (
            not self._at_block_start()
            or last is None
            or last.kind != "paragraph"
            or last.note_label is not None
            or last.item
            or self.under_notes
        ):
            self._marker(button, token=None, fallback=label)
            return
        line, column = self.index.line_col(self._locate(button, _tag_pattern("button")))
        text = last.text.rstrip()
        last.text = f"{text}{label}"
        last.anchors.append(Anchor(label, len(text), len(text) + len(label), line, column))

    def _marker(self, element: Any, *, token: str | None, fallback: str) -> None:
        text = element.text_content()
        bound = self.note_links.markers.get(token[1:]) if token else None
        if bound is not None:
            label = bound
        elif looks_like_label(text):
            label = clean_label(text)
        else:
            digits = re.search(r"\d+", fallback)
            if digits is None:
                self._add(text)
                return
            label = digits.group()
        offset = self._locate(element, _tag_pattern(str(element.tag).lower()), token)
        line, column = self.index.line_col(offset)
        shown = _SPACES.sub(" ", text).strip() or label
        start = self.length
        self.parts.append(shown)
        self.length += len(shown)
        self.last_char = shown[-1]
        self.has_text = True
        self._range_between(label, start, line, column)
        self.anchors.append(Anchor(label, start, self.length, line, column))

    def _range_between(self, label: str, start: int, line: int, column: int) -> None:
        """ "[<a>7</a>–<a>9</a>]": two note links joined by a dash cite the notes between them too
        (8 here), as a range written in text does (markers.group_labels). Hindawi, PubMed Central
        and BMC link only a range's ends: on their calibration pages of fixtures/parse-eval-pages
        the notes inside ranges stood orphaned and later citations of them read as out of order.
        Guard: the two links are the last two markers of the paragraph with nothing but a dash
        between them, both numbers, the second above the first by at most markers.GROUP_RANGE_MAX."""
        if not self.anchors or not label.isdigit():
            return
        previous = self.anchors[-1]
        if not previous.label.isdigit() or not 0 < start - previous.end <= 12:
            return
        gap, tail = "", start - previous.end
        for part in reversed(self.parts[:-1]):  # the last part is this marker's own text
            gap = part + gap
            if len(gap) >= tail:
                break
        if gap[len(gap) - tail :].strip() not in ("–", "-", "—"):
            return
        first, last = int(previous.label), int(label)
        if not 1 < last - first <= GROUP_RANGE_MAX:
            return
        for number in range(first + 1, last):
            self.anchors.append(Anchor(str(number), start, start + len(label), line, column))


def _json_ld_date(root: Any, key: str = "datePublished") -> dt.date | None:
    for script in root.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        stack: list[Any] = [data]
        seen = 0
        while stack and seen < 500:
            seen += 1
            item = stack.pop()
            if isinstance(item, dict):
                value = item.get(key)
                if isinstance(value, str):
                    parsed = parse_iso_date(value)
                    if parsed is not None:
                        return parsed
                stack.extend(item.values())
            elif isinstance(item, list):
                stack.extend(reversed(item))
    return None


def _metadata(root: Any) -> tuple[str | None, dt.date | None, str | None]:
    meta: dict[str, str] = {}
    for element in root.iter("meta"):
        key = (
            (element.get("property") or element.get("name") or element.get("itemprop") or "").strip().lower()
        )
        content = element.get("content")
        if key and content and key not in meta:
            meta[key] = content.strip()
    title = meta.get("og:title") or meta.get("twitter:title") or meta.get("citation_title")
    if not title:
        heading = next(iter(root.iter("h1")), None)
        if heading is not None:
            title = heading.text_content()
    if not title:
        title_element = next(iter(root.iter("title")), None)
        if title_element is not None and title_element.text:
            title = _TITLE_SEPARATORS.split(title_element.text.strip())[0]
    date = None
    for key in _DATE_META:
        if key in meta:
            date = parse_iso_date(meta[key])
            if date is not None:
                break
    if date is None:
        for element in root.iter("time"):
            attrs = _attrs(element) + " " + (element.get("itemprop") or "")
            value = element.get("datetime")
            if value and (
                "publish" in attrs.lower()
                or "entry-date" in attrs.lower()
                or "datepublished" in attrs.lower()
            ):
                date = parse_iso_date(value)
                break
        if date is None:
            first = next((t for t in root.iter("time") if t.get("datetime")), None)
            date = parse_iso_date(first.get("datetime")) if first is not None else None
    if date is None:
        date = _json_ld_date(root)
    modified = next((d for d in (parse_iso_date(meta[k]) for k in _MODIFIED_META if k in meta) if d), None)
    modified = modified or _json_ld_date(root, "dateModified")
    if date is not None and modified is not None and modified > date:
        date = modified
    language = root.get("lang") or root.get("xml:lang") or meta.get("og:locale") or meta.get("language")
    language = re.split(r"[-_]", language.strip().lower())[0] if language and language.strip() else None
    title = " ".join(title.split()) if title else None
    return title or None, date, language or None


# The article's share of the page's paragraph text below which a candidate is a teaser, not the
# article (see _content).
_CONTENT_MIN_SHARE = 0.15
# The share of the content's paragraph text a container holds above which it is the article's, not
# furniture, whatever its class says (_Walker._holds_the_article).
_ARTICLE_SHARE = 0.5
# A page with less paragraph text than this writes in lines, not paragraphs (see _content).
_PARAGRAPH_PAGE = 500


def _paragraph_lengths(root: Any) -> dict[Any, int]:
    """The paragraph text under every element of ``root`` (``root`` included), in one pass: each
    paragraph's length added to it and its ancestors up to ``root``, so that asking it of nested
    containers costs nothing more (150 nested "nav" wrappers over 3,000 paragraphs: 0.86 s when
    each container counted its own); the article's choice (_content) and its furniture
    (_Walker._holds_the_article) read the same counts."""
    lengths: dict[Any, int] = {}
    for paragraph in root.iter("p"):
        size = len(paragraph.text_content())
        if not size:
            continue
        for element in (paragraph, *paragraph.iterancestors()):
            lengths[element] = lengths.get(element, 0) + size
            if element is root:
                break
    return lengths


def _text_length(element: Any) -> int:
    return len(element.text_content())


def _content(root: Any, paragraphs: dict[Any, int]) -> Any:
    """The element holding the article: the first of ``_CONTENT_PATHS`` that matches, its largest
    match by paragraph text, where that holds a fair share of the page's (``_CONTENT_MIN_SHARE``);
    else the body. ``paragraphs``: the paragraph text under each element (_paragraph_lengths).

    A news page's first ``<article>`` is often a card of another story ("Wilbur Ross pledges not to
    intimidate climate scientists" above CNN Money's story on the birth lottery, whose text links
    Stanford's report): taken as the article, the page had one block and no citation. Data: the
    130 saved pages of mozilla/readability's test-pages (2026-12-06): 50 read "no citations";
    with the largest match, a teaser no longer stands for the article.
    """
    body = root.find("body")
    page = body if body is not None else root
    page_paragraphs, text = paragraphs.get(page, 0), len(page.text_content())
    for path in _CONTENT_PATHS:
        found = path(root)
        if not isinstance(found, list) or not found:
            continue
        # By its text: a blog's posts are often lines and "<br>"s, not paragraphs.
        best: Any = max(found, key=_text_length)
        best_paragraphs = paragraphs.get(best, 0)
        if best_paragraphs >= _CONTENT_MIN_SHARE * page_paragraphs or (
            # By its text where the page writes little in paragraphs (a blog's posts in lines and
            # "<br>"s); a candidate with no paragraph of a page written in them is no article (an
            # empty "articleBody" wrapper beside a story: 0 of its page's 8,145 paragraph
            # characters, scrapinghub's benchmark).
            (page_paragraphs < _PARAGRAPH_PAGE or best_paragraphs > 0)
            and _text_length(best) >= _CONTENT_MIN_SHARE * text
        ):
            return best
    return page


# A network-path reference ("//host/path", RFC 3986 section 4.2): the address of another site
# without its scheme, which the page's own scheme completes.
_NETWORK_PATH = lazyre.compile(r"^//([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?::\d+)?(?:[/?#]|$)", re.IGNORECASE)


def _interwiki(element: Any) -> bool:
    """Whether a link is MediaWiki's link to a page of another wiki (an interlanguage or interwiki
    link: class "extiw", Parsoid's rel "mw:WikiLink/Interwiki"): a wiki link, as a link to the wiki's
    own pages is, not a web source. In the Arabic "رياضيات" page of fixtures/parse-eval-wiki (Parsoid's
    HTML) an explanatory note's one interwiki link, "وأُسطات" to the English article "Eustathius", was
    read as the note's title and URL. A source on another wiki cited as such is an external link
    (class "external"), which stays one.

    Parsoid marks every link to one of the wiki's own pages rel "mw:WikiLink" (its external links
    are rel "mw:ExtLink"); in HTML fetched from the REST API those hrefs are absolute
    ("https://en.wikipedia.org/wiki/Sepp_Hochreiter", "…/wiki/Doi_(identifier)", a missing page's
    "…/wiki/Sam_Altman?action=edit&redlink=1"), so ``_web_href`` took an author's article or the
    identifier's explanation for the source: 10 of heldback-37's URL misses (spent on branch s40-hb2:
    two rendered Wikipedia pages, en and ar, every CS1 citation with a linked author or an
    identifier). A wiki link is never the source, whatever its href spells."""
    rel = (element.get("rel") or "").split()
    return (
        "extiw" in (element.get("class") or "").split()
        or "mw:WikiLink/Interwiki" in rel
        or "mw:WikiLink" in rel
    )


def _web_href(element: Any, href: str | None, self_url: str | None) -> str | None:
    """The web address a link points to: an ``http(s)://`` href as written, or a protocol-relative
    one ("//books.google.co.uk/books?id=…") that MediaWiki marks as a link to another site (its
    class "external"), completed with the page's own scheme (https when the page's address is not
    known).

    MediaWiki writes a citation's link without a scheme when the wikitext gives one ("[//host/… ]"):
    readability's saved English Wikipedia "Mozilla" page (fixtures/parse-eval-wiki) has 5 such
    class-"external" links, one the book title of its note 5 (lost with its URL before), three the
    "edit" links of its navigation boxes, to the wiki's own host (en.wikipedia.org). Guards: the
    page's own host is its apparatus (edit links, mobile view), not a source, so it stays out; a
    protocol-relative link without the "external" class (footer links to the foundation's sites,
    interwiki links, class "extiw") is left as before; the six calibration pages have 49
    protocol-relative links, 44 of them without the class."""
    href = (href or "").strip()
    if href.lower().startswith(("http://", "https://")):
        return href
    match = _NETWORK_PATH.match(href)
    if not match or "external" not in (element.get("class") or "").split():
        return None
    own = _NETWORK_PATH.match((self_url or "").partition(":")[2])
    if own and own.group(1).lower() == match.group(1).lower():
        return None
    scheme = (self_url or "").partition(":")[0].lower()
    return f"{scheme if scheme in ('http', 'https') else 'https'}:{href}"


# A list of references or one of its items named by its class or id ("reference-list",
# "reference-item", "ref-list", "bibliography-entry"), where _NOTES_ATTR's plural "references" and
# "notes" do not name it: Baidu Baike's "参考资料" (ul.reference-list > li.reference-item).
# Also a container named "bibliography" and nothing more (Wiley Online Library's
# ``<div class="bibliography"><ul class="custom"><li><span class="bullet">1</span><div class="text">…``:
# each item split into a "1" block and the reference, the label lost; fixtures/parse-eval-pages
# wiley-advs-perovskite.html). Whole class token or id only: "bibliography-note" stays out.
_REFERENCE_LIST_ATTR = lazyre.compile(
    r"(?:^|[\s_-])(?:refs?|references?|bibliography|citations?)[-_](?:list|items?|entry|entries)(?:$|[\s_-])"
    r"|(?:^|\s)bibliography(?:$|\s)",
    re.IGNORECASE,
)


def _in_reference_list(element: Any) -> bool:
    """Whether ``element`` sits in a list of references named so (``_REFERENCE_LIST_ATTR``): an
    item ("<li>") whose own or whose list's class or id says it, at most four levels up."""
    for depth, ancestor in enumerate(element.iterancestors()):
        if depth > 4 or not isinstance(ancestor.tag, str):
            return False
        if ancestor.tag.lower() in ("li", "ul", "ol") and _REFERENCE_LIST_ATTR.search(
            f"{ancestor.get('class') or ''} {ancestor.get('id') or ''}"
        ):
            return True
    return False


# A list of cited works by HTML's own word for one: every item (three at least) holds a ``<cite>``,
# the element for the title or citation of a work. Healthline's "Sources" panel (fixtures/
# parse-eval-pages healthline-plant-based.html: "<ul><li><cite><span>Aleksandrowicz L, ET AL.
# (2016). Title. <a>URL</a></span></cite></li>…", 22 entries) is such a list, headed by a tab's
# button, not a heading, and set beside the article, not in it: none of its URLs was read, ten of
# them cited nowhere else on the page. A list where some item holds no ``<cite>`` (a reading list
# quoting one book title among links, a comment thread citing one) is not one.
_CITED_LIST_MIN = 3


def _cited_list(element: Any) -> bool:
    """Whether ``element`` is a ``<ul>``/``<ol>`` each of whose items (``_CITED_LIST_MIN`` at least)
    holds a ``<cite>`` (see above)."""
    if not isinstance(element.tag, str) or element.tag.lower() not in ("ul", "ol"):
        return False
    items = [child for child in element if isinstance(child.tag, str) and child.tag.lower() == "li"]
    return len(items) >= _CITED_LIST_MIN and all(next(item.iter("cite"), None) is not None for item in items)


def _cited_lists_outside(content: Any, taken: list[Any]) -> list[Any]:
    """The lists of cited works (``_cited_list``) that stand outside the article's element and
    outside the notes already read from outside it (``taken``), in the page's order: read after
    the article, as _notes_outside's notes are, each item a note numbered in order.

    Guard: only where the article's text links no note (``_NOTEREF``): a page whose notes are
    numbered by its markers (a Wikipedia copy, whose "Works cited" lists hold a ``<cite>`` in every
    item) numbers its notes so, and a list numbered 1, 2, 3 … beside them read other works under
    the notes' numbers (the parse eval's held-back wikipedia-rendered pages: titles 93.8 -> 91.4 %
    with the list read on such pages too)."""
    if taken or any(_NOTEREF.match(_fragment(link.get("href")) or "") for link in content.iter("a")):
        return []
    found: list[Any] = []
    for element in content.getroottree().iter("ul", "ol"):
        if element is content or any(a is content for a in element.iterancestors()):
            continue
        if any(t is element or any(a is t for a in element.iterancestors()) for t in taken):
            continue
        if any(f is a for f in found for a in element.iterancestors()):
            continue
        if _cited_list(element):
            found.append(element)
    return found


# A list of the article's sources kept outside the article's element, in a container the page names
# so by its class or id ("sources": Dotdash Meredith's sites, Treehugger, Verywell, Investopedia, The
# Spruce …, "<div class="comp mntl-article-sources …"><span class="…heading…">View Article
# Sources</span>…<div class="mntl-citation-sources mntl-sources"><ol class="mntl-sources__content"><li
# class="mntl-sources__source" id="citation-5"><p>Names. "<a href=…>Title</a>." <em>Journal</em> …",
# the article's own citation spans left empty). Headed by a toggle's label, not a heading, and named
# neither notes nor references, it was not read: fixtures/parse-eval-pages treehugger-low-light-plants
# .html, 0/7 entries. Each item is read as a note numbered in order, as _cited_lists_outside's are.
# Guards: as theirs, only where the article's text links no note and nothing was read from outside
# it already; the list has three items or more, and most of them (an email interview cites no
# address: Treehugger's item 15 of 17) link an address of another site than the page's (a menu of
# "data sources" pages links the site's own) and say a word beyond their links ('"Prayer Plant."
# ASPCA.'; a blogroll's items are their links alone: trafilatura's saved telemedicus.info review keeps
# its sidebar's 54 links in a <div class="sources">, read as 54 notes by the first version of this
# rule, found by benchmarks/page_sweep.py); the name is a whole class or id token ("sources",
# "mntl-sources", "article-sources", "sources-and-citation"), not "resources", within four levels.
_SOURCES_ATTR = lazyre.compile(r"(?:^|[\s_-])sources(?:$|[\s_])", re.IGNORECASE)


def _host(url: str | None) -> str:
    """The host of ``url`` without "www." ("" where it has none or is malformed)."""
    try:
        host = urlsplit((url or "").strip()).hostname or ""
    except ValueError:
        return ""
    return host.rstrip(".").removeprefix("www.")


def _cites_another_site(item: Any, own: str) -> bool:
    """Whether the list item ``item`` links an address of another site than ``own`` and says a word
    beyond its links (a blogroll's item is its link alone)."""
    links = [
        a
        for a in item.iter("a")
        if (a.get("href") or "").strip().lower().startswith(("http://", "https://"))
        and _host(a.get("href")) != own
    ]
    if not links:
        return False
    rest = " ".join(item.text_content().split())
    for link in item.iter("a"):
        rest = rest.replace(" ".join(link.text_content().split()), "", 1)
    return re.search(r"[^\W\d_]{2,}", rest) is not None


def _named_source_lists_outside(content: Any, taken: list[Any], self_url: str | None) -> list[Any]:
    """The lists of sources in containers named so outside the article (see above), page order."""
    if taken or any(_NOTEREF.match(_fragment(link.get("href")) or "") for link in content.iter("a")):
        return []
    own = _host(self_url)
    found: list[Any] = []
    for element in content.getroottree().iter("ul", "ol"):
        if element is content or any(a is content for a in element.iterancestors()):
            continue
        if any(f is a for f in found for a in element.iterancestors()):
            continue
        named = [element, *itertools.islice(element.iterancestors(), 4)]
        if not any(isinstance(a.tag, str) and _SOURCES_ATTR.search(_attrs(a)) for a in named):
            continue
        items = [child for child in element if isinstance(child.tag, str) and child.tag.lower() == "li"]
        citing = sum(1 for item in items if _cites_another_site(item, own))
        if citing >= _CITED_LIST_MIN and 2 * citing > len(items):
            found.append(element)
    return found


# A box of sources beside the article: a heading outside the article's element that names notes or
# sources (regions.is_notes_heading), then, as its next element, a run of at least three entries
# (paragraphs or list items), each citing its source by a link to another site and saying more than
# the link. PolitiFact prints its fact checks' "Sources:" so, in the page's <aside> ("<h3
# class='widget__header'>Sources:</h3><div><p>Publisher, "<a href=…>Title</a>," date</p>…",
# scrapinghub/article-extraction-benchmark's saved pages; fixtures/parse-eval-pages
# politifact-border-drugs.html: 0/8 entries read before). Near misses: a sidebar blogroll under
# "Quellen" whose items are only their links (trafilatura's saved telemedicus.info review: 22
# links, no source cited), a "Related" heading's cards (no notes heading).
_SOURCE_BOX_MIN = 3


def _source_box_entries(box: Any) -> list[Any]:
    """The entries of a box under a sources heading: its paragraphs or list items (itself if it is
    one), each linking an outside address and holding words beyond its links."""
    tag = box.tag.lower() if isinstance(box.tag, str) else ""
    entries = [box] if tag in ("p", "li") else [e for e in box.iter("p", "li") if e is not box]
    kept = []
    for entry in entries:
        links = [
            a for a in entry.iter("a") if (a.get("href") or "").lower().startswith(("http://", "https://"))
        ]
        rest = " ".join(entry.text_content().split())
        for link in entry.iter("a"):
            rest = rest.replace(" ".join(link.text_content().split()), "", 1)
        if links and len(re.findall(r"[^\W\d_]{2,}", rest)) >= 2:
            kept.append(entry)
    return kept


def _source_boxes_outside(content: Any, taken: list[Any]) -> list[Any]:
    """Headed source boxes outside the article (see above): each heading, then its box, in the
    page's order, to be read after the article. Guard: as _cited_lists_outside's, only where the
    article's text links no note and nothing was read from outside it already."""
    if taken or any(_NOTEREF.match(_fragment(link.get("href")) or "") for link in content.iter("a")):
        return []
    found: list[Any] = []
    for heading in content.getroottree().iter(*_HEADINGS):
        if any(a is content for a in heading.iterancestors()):
            continue
        if not is_notes_heading(" ".join(heading.text_content().split()), marked_heading=True):
            continue
        box = heading.getnext()
        if (
            box is None
            or not isinstance(box.tag, str)
            or any(box is e or any(a is e for a in box.iterancestors()) for e in found)
        ):
            continue
        if len(_source_box_entries(box)) >= _SOURCE_BOX_MIN:
            found.extend([heading, box])
    return found


# A notes section laid out as one item of an accordion (or tabs): "<ul class="accordion"><li
# class="accordion-item"><a aria-controls=…><span>Footnotes</span></a><div …><ol><li
# id="footnote-0">…</li>…</ol></div></li></ul>", the list of items the page's sections, the item
# holding the notes its own list under a title. Read with the notes container's class
# ("footnotes acknowledgements") as a list of notes, each accordion item was one note: a page's 15
# footnotes read as two entries, "Acknowledgements and disclosures …" and "Footnotes Beginning in
# May 2021 …" (the saved Brookings Institution articles of fixtures/parse-eval's p37hunt9: 87 of
# their notes lost, every label after them one off). An item is such a section when it holds a list
# of two or more items and what it says outside that list is a notes heading ("Footnotes",
# "Endnotes", "Notes", … regions.is_notes_heading), or that list's items carry note ids
# ("footnote-0", "fn3": _NOTE_ITEM_ID) for most of them; then no item of its list is a note, the
# inner list's items are. Guard: a note that carries a list of its own (a note "See:" over two
# sources) says no notes heading and its sources carry no note ids; it stays one note.
_SECTION_ITEM_MIN = 2


def _notes_section_item(item: Any) -> bool:
    """Whether the list item ``item`` is a section holding a list of notes (see above)."""
    for inner in item.iter("ol", "ul"):
        if inner is item:
            continue
        entries = [child for child in inner if isinstance(child.tag, str) and child.tag.lower() == "li"]
        if len(entries) < _SECTION_ITEM_MIN:
            continue
        noted = sum(1 for child in entries if _NOTE_ITEM_ID.match(child.get("id") or ""))
        if 2 * noted > len(entries):
            return True
        outside = " ".join(
            text
            for node in item.iter()
            if isinstance(node.tag, str) and not any(a is inner for a in (node, *node.iterancestors()))
            for text in (node.text,)
            if text and text.strip()
        )
        if is_notes_heading(" ".join(outside.split()), marked_heading=True):
            return True
    return False


# A block whose class names it the authors' affiliations, as a journal page's template names the list
# under its by-line: F1000Research's ``<div class="expanded-details affiliations is-hidden"><sup>1</sup>
# South Carolina Department of Natural Resources, …<br><sup>2</sup>National Marine Fisheries …`` (no
# ``citation_author_institution`` tags to tell the lines by): read as notes 1-2, note 1 pushed the
# references' numbers on by one, every sampled reference reading its neighbour's title and URL
# (fixtures/parse-eval-pages f1000-sharpnose-longevity.html). Guards: a whole class token
# ("affiliation(s)", "author-affiliation(s)"; "aff" alone is a common abbreviation of others); a
# short block (an affiliation list, not an article that a theme so classes: at most _AFFILIATION_CHARS).
_WHOLE_DOI = lazyre.compile(r"10\.\d{4,9}/\S+")
_AFFILIATION_CLASS = lazyre.compile(r"(?:^|\s)(?:author-?)?affiliations?(?:$|\s)", re.IGNORECASE)
_AFFILIATION_CHARS = 3000


# A reference whose fields are the items of a list inside the reference's own item (ScienceDirect's
# ``<ul class="reference"><li class="author">R.C. Albertson, …</li><li class="title"><p>Directional
# selection has shaped …</p></li><li class="source"><p>Proc. Natl. Acad. Sci. USA, 100 (2003), pp.
# 5252–5257</p></li>``): the fields ran into one another with no stop between ("… T.D. Kocher
# Directional selection … fishes Proc. Natl. Acad. Sci. …"), and the title came out as "pp. 5252–5257"
# (fixtures/parse-eval-pages sciencedirect-cichlid-phylogeny.html: 7 of 8 sampled titles). Each field
# item after the first now ends the one before with a stop. Guard: the item's class names a field of a
# reference (author, title, source, …), the list sits inside a note item already.
_FIELD_ITEM_CLASS = lazyre.compile(
    r"(?:^|\s)(?:authors?|title|source|publisher|year|date|volume|pages|doi|journal|editors?|host)(?:$|\s)",
    re.IGNORECASE,
)


def _field_item(element: Any) -> bool:
    return bool(_FIELD_ITEM_CLASS.search(element.get("class") or ""))


def _into_affiliations(target: Any) -> bool:
    """Whether a link's target sits in an affiliation list (_affiliation_list), a few levels up."""
    for level, element in enumerate(target.iterancestors() if target is not None else ()):
        if level > _AFFILIATION_LEVELS:
            return False
        if isinstance(element.tag, str) and _affiliation_list(element):
            return True
    return target is not None and _affiliation_list(target)


_AFFILIATION_LEVELS = 3


def _affiliation_list(element: Any) -> bool:
    if not _AFFILIATION_CLASS.search(element.get("class") or ""):
        return False
    return len(element.text_content()) <= _AFFILIATION_CHARS


def _reference_list_item(element: Any) -> bool:
    """Whether a list item belongs to a list of references that its class or id names
    (``_REFERENCE_LIST_ATTR``: "ref-list"), on the list itself or on one of its two containers: one
    item, one entry, as a notes list's item is (its inner blocks do not split it). PubMed Central's
    ``<section class="ref-list"><ul class="ref-list">`` items print their number in a span glued to
    the reference ("1.Sheikhalishahi S, …": no label read, entries 6-12 lost); HighWire's
    ``<div class="section ref-list"><ol class="cit-list">`` items split into a "↵" block, the
    reference and its look-up row (fixtures/parse-eval-pages pmc-autocorpus.html,
    bmj-dabigatran-warfarin.html)."""
    parent = element.getparent()
    for depth, ancestor in enumerate((parent, *(parent.iterancestors() if parent is not None else ()))):
        if depth > 2 or ancestor is None or not isinstance(ancestor.tag, str):
            return False
        if depth == 0 and ancestor.tag.lower() not in ("ul", "ol"):
            return False
        if _REFERENCE_LIST_ATTR.search(f"{ancestor.get('class') or ''} {ancestor.get('id') or ''}"):
            return True
    return False


def _reference_context(element: Any) -> bool:
    """Whether ``element`` sits among a page's references: a container whose class or id names notes
    or references (``_NOTES_ATTR``, ``_REFERENCE_LIST_ATTR``), or a list right under a notes heading
    ("<h4>References</h4><ol>", Hindawi), at most eight levels up."""
    for depth, ancestor in enumerate((element, *element.iterancestors())):
        if depth > 8 or not isinstance(ancestor.tag, str) or ancestor.tag.lower() in ("body", "html"):
            return False
        attrs = _attrs(ancestor)
        if _NOTES_ATTR.search(attrs) or _REFERENCE_LIST_ATTR.search(attrs):
            return True
        if ancestor.tag.lower() in ("ol", "ul"):
            heading = ancestor.getprevious()
            while heading is not None and not isinstance(heading.tag, str):
                heading = heading.getprevious()
            if (
                heading is not None
                and heading.tag.lower() in _HEADINGS
                and is_notes_heading(" ".join(heading.text_content().split()), marked_heading=True)
            ):
                return True
    return False


def _wikilink(element: Any, href: str | None) -> bool:
    """Whether a link is a wiki's link to one of its own pages: MediaWiki sets the page's name as
    the link's title ("/wiki/Mozilla_Foundation", title "Mozilla Foundation"; a missing page's
    "/w/index.php?title=X&action=edit", title "X (page does not exist)"). In a reference the wiki's
    own pages are its apparatus (an author's, a publisher's article), never the source: read as
    the note's URL (``_site_path_href``) they took 29 URLs of fixtures/parse-eval-wiki's
    calibration notes. So is a link of class "internal", the counterpart of the "external" class
    ``_web_href`` reads (an ISBN's link to the wiki's book sources, "/wiki/Especial:FuentesDeLibros/…"
    in es-signo-dolar.html). A link without a title, or with one its address does not spell
    (LessWrong's links to other posts, Baidu Baike's reference links: no title), is no wiki link."""
    if "internal" in (element.get("class") or "").split():
        return True  # MediaWiki's class for its own links ("ISBN 84-300-9090-8" to its book sources)
    title = " ".join((element.get("title") or "").split())
    if not title:
        return False
    spelled = unquote(href or "").replace("_", " ").casefold()
    name = re.sub(r"\s*\([^()]*\)$", "", title).casefold()
    return bool(name) and name in spelled


# What may come before an entry's title in its block: its printed number ("1.", "[2]") at most.
_ENTRY_OPENING = lazyre.compile(r"\s*(?:\[?\d{1,4}[.)\]]?)?\s*")


# A path on the page's own site: "/posts/…", not "//host/…" (_NETWORK_PATH), "#…" nor "/" (the home page).
_SITE_PATH = lazyre.compile(r"^/(?!/)\S+$")


def _site_path_href(href: str | None, self_url: str | None) -> str | None:
    """A note's link to a path of the page's own site ("/posts/jiBFC…/conservation-of-expected-evidence"),
    completed with the page's address when the page gives one (canonical link, og:url) with an
    http(s) scheme.

    LessWrong's notes link the forum's other posts so (fixtures/parse-eval-pages
    lesswrong-simulators.html notes 8, 10, 12; lesswrong-predictable-updating.html note 3: no URL
    read before), as KOF's Ökonomenstimme links its own articles. Guards: only a note's link
    (the caller: inside a notes list or under a notes heading); a root-relative path, never a
    relative one ("../x") or a protocol-relative one; only when the page's own address is an
    absolute http(s) URL; a link to the page itself stays out (``_link``'s self-link test)."""
    href = (href or "").strip()
    if not _SITE_PATH.match(href):
        return None
    base = urlsplit((self_url or "").strip())
    if base.scheme.lower() not in ("http", "https") or not base.netloc:
        return None
    return f"{base.scheme.lower()}://{base.netloc}{href}"


def _self_url(root: Any) -> str | None:
    """The page's own address (canonical link, og:url, base), so links to itself are not citations."""
    for element in root.iter("link"):
        if "canonical" in (element.get("rel") or "").lower().split() and element.get("href"):
            return str(element.get("href")).strip()
    for element in root.iter("meta"):
        if (element.get("property") or "").lower() == "og:url" and element.get("content"):
            return str(element.get("content")).strip()
    return None


def _spanned_rows_joined(blocks: list[Block]) -> list[Block]:
    """The cells of a group of rows under a spanning key cell (``_spanning_row``) joined into one
    block, a line each, as the Markdown reader keeps the raw-HTML rows one entry ("[AVRA16]⏎Avram,
    Abel ; InfoQ …⏎URL: … (abgerufen am 27.06.2018)")."""
    joined: list[Block] = []
    for block in blocks:
        last = joined[-1] if joined else None
        if (
            last is None
            or not block.spanned_row
            or not last.spanned_row
            or last.table_row != block.table_row
            or last.kind != "paragraph"
            or block.kind != "paragraph"
        ):
            joined.append(block)
            continue
        offset = len(last.text) + 1
        joined[-1] = replace(
            last,
            text=last.text + "\n" + block.text,
            anchors=last.anchors
            + [replace(a, start=a.start + offset, end=a.end + offset) for a in block.anchors],
            links=last.links + [(at + offset, url) for at, url in block.links],
            link_spans=last.link_spans
            + [replace(span, start=span.start + offset, end=span.end + offset) for span in block.link_spans],
            masked=last.masked + [(a + offset, b + offset) for a, b in block.masked],
            spans=last.spans + [(a + offset, b + offset, kind) for a, b, kind in block.spans],
        )
    return joined


# Endnotes of a report converted from PDF to a page keep their numbers as plain text, each note a
# paragraph of its own: "<p>Endnotes</p><p>1 Herodotus, Histories, …</p><p>2 DOD, …</p>". The
# Markdown reader reads the same paragraphs by their numbers (markdown._bare_run,
# _plain_notes_line); here they were read one a label off, the first lost (benchmarks/parse_html.py:
# en-report-endnotes-cset-ai-decision-support, 24 fields). Guard, as there: right after a notes
# heading (a heading, or a paragraph of the heading's word alone), paragraphs opening on "1 ", "2 ",
# "3 " … in order, three at least, each number before a capital, a quotation mark or a bracket (or
# "ô", cp1252's curly quote read as cp437); a paragraph numbered out of order ("2019 Report") or
# a page's furniture between notes ("Center for … | 31") is left as it is. A lone "1 Introduction"
# is no run.
_BARE_NOTE = lazyre.compile(r"(\d{1,3}) (?=[\"“‘(A-Z]|ô\S)")
_BARE_RUN = 3


def _bare_notes(blocks: list[Block]) -> None:
    """Labels the bare-numbered endnote paragraphs after a notes heading (see above), in place."""
    for at, heading in enumerate(blocks):
        if heading.note_label is not None or heading.item or heading.table_row is not None:
            continue
        if heading.kind not in ("heading", "paragraph") or not is_notes_heading(heading.text.strip()):
            continue
        run: list[tuple[Block, str, int]] = []
        expected = 1
        for block in blocks[at + 1 :]:
            if block.kind == "heading":
                break
            if block.note_label is not None or block.item or block.table_row is not None:
                break
            found = _BARE_NOTE.match(block.text)
            if found is None or int(found.group(1)) != expected:
                if not run:
                    break
                continue
            run.append((block, found.group(1), found.end()))
            expected += 1
        if len(run) >= _BARE_RUN:
            for block, label, body in run:
                block.note_label, block.body_start = label, body
            return


# A list, not a stray block read as a bulleted note (SciELO's funding statement before a numbered
# Vancouver list: renumbered, it broke the list's order), and two labels shared at least.
_BULLETED_LIST = 3
_COLLISIONS = 2


def _bullets_after_written_labels(blocks: list[Block], bulleted: list[Block]) -> None:
    """Number a bulleted reference list on after the notes whose numbers the page writes, when the
    list comes first and its places collide with those numbers. SciELO's pages print the unnumbered
    "Referencias" list, then the notes ("<sup>2</sup> Sobre las diferentes teorías …", 2-9; "1"-"6"
    on another page), whose numbers are the markers of the text: numbered 1, 2, … by place, the
    references took the notes' labels (two entries each label 2-9, every sampled reference beside a
    note of its number; fixtures/parse-eval-pages scielo-transformacao-es.html,
    scielo-novaeconomia-latex.html). As a later bulleted list is numbered on after the notes read
    before it (_Walker: last_note_number), an earlier one is numbered on after the notes that follow.
    Guards: every bulleted entry comes before the first written one; at least two written labels;
    three bulleted entries or more, two of whose labels the written notes share (no collision,
    nothing changes)."""
    if not bulleted:
        return
    ids = {id(block) for block in bulleted}
    written = [
        block
        for block in blocks
        if block.note_label is not None and block.note_label.isdigit() and id(block) not in ids
    ]
    if len(written) < 2:
        return
    place = {id(block): at for at, block in enumerate(blocks)}
    first_written = min(place.get(id(block), len(blocks)) for block in written)
    kept = [block for block in bulleted if id(block) in place]
    if not kept or any(place[id(block)] > first_written for block in kept):
        return
    labels = {block.note_label for block in written}
    if len(kept) < _BULLETED_LIST or sum(block.note_label in labels for block in kept) < _COLLISIONS:
        return
    top = max(int(block.note_label or 0) for block in written)
    for offset, block in enumerate(kept, start=1):
        block.note_label = str(top + offset)


def read_html(source: str) -> ReadResult:
    """Blocks and metadata of an HTML document (newlines already normalised to ``\\n``)."""
    # lxml refuses str input with an encoding declaration, and control characters; blank them
    # out with spaces of the same length so every offset stays true to the file.
    declaration = _XML_DECLARATION.match(source)
    if declaration is not None:
        source = " " * declaration.end() + source[declaration.end() :]
    source = _UNSAFE_CHARS.sub(" ", source)
    if not source.strip():
        return ReadResult([])
    try:
        root = lxml_html.document_fromstring(source)
    except (etree.ParserError, ValueError):
        return ReadResult([])
    title, date, language = _metadata(root)
    paragraphs = _paragraph_lengths(root)
    content: Any = _content(root, paragraphs)
    _inline_notes_to_list(content)
    _label_headings_to_paragraphs(content)
    _blank_line_paragraphs(content)
    targets = _targets(root)
    star_backlinks = _star_note_pairs(content, targets)
    walker = _Walker(
        source,
        LineIndex(source),
        _self_url(root),
        note_links=_note_links(content, targets),
        targets=targets,
        paragraphs=paragraphs,
        article=content,
    )
    walker.star_backlinks = star_backlinks
    walker.apparatus = find_apparatus(root, _reference_context)
    walker.institutions = author_institutions(root)
    walker.cited_titles = cited_titles(root)
    walker.table_notes = _table_notes(content)
    walker.descriptions = frozenset(
        name
        for element in root.iterfind(".//*[@aria-describedby]")
        for name in (element.get("aria-describedby") or "").split()
    )
    walker.walk(content)
    outside = _notes_outside(content, targets)
    walker.cited_lists = _cited_lists_outside(content, outside)
    walker.cited_lists += _named_source_lists_outside(
        content, [*outside, *walker.cited_lists], walker.self_url
    )
    boxes = _source_boxes_outside(content, [*outside, *walker.cited_lists])
    for notes in [*outside, *walker.cited_lists, *boxes]:
        walker._flush(walker.cursor)
        walker.walk(notes)
    walker._flush(walker.cursor)
    blocks = _spanned_rows_joined(walker.blocks)
    _bullets_after_written_labels(blocks, walker.bullet_blocks)
    _bare_notes(blocks)
    # The first <h1> of the content is its title (kept out of the body).
    for block in blocks:
        if block.kind == "heading" and title and " ".join(block.text.split()) == title:
            block.kind = "title"
            break
    return ReadResult(blocks, title=title, date=date, language=language)
