"""DOCX reader: body paragraphs from word/document.xml, real Word footnotes and endnotes from their
own parts (numbered as Word numbers them), hyperlinks from the relationships. Typed endnote lists
at the end of the body are left to the assembler, as in plain text. Line = paragraph index.

Rules of the sixth Word set (fixtures/parse-eval-docx6, tests/parse/test_s37_docx6_families.py): a
link Word stretched over the words typed after its address (target = the shown text with "%20" for
its spaces) is the address alone (:func:`_typed_on_address`: three of seven sources of a Polish
thesis' "wykaz źródeł"); a paragraph Word numbers is never the rest of a Word-numbered paragraph
before it, whatever their indents (the same list's sixth item, its hanging indent 11 twips off the
list's, had swallowed the seventh); a typed superscript number that raises a number before an
operator is a power, judged with what follows it as the Markdown reader judges one (a Dutch
report's "4²⁷/4": two false ``missing-footnote`` errors). No threshold.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
import zlib
from dataclasses import dataclass, field, replace
from io import BytesIO
from typing import Any

from lxml import etree

from citecheck import lazyre
from citecheck.errors import InputError
from citecheck.parse.blocks import (
    Anchor,
    Block,
    BlockKind,
    LinkSpan,
    ParagraphLocator,
    ReadResult,
    text_since,
)
from citecheck.parse.dates import AUTHOR_DATE_GROUP
from citecheck.parse.markers import clean_label, is_power, label_style, looks_like_label, to_roman
from citecheck.parse.regions import is_notes_heading, reads_as_entry

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True, huge_tree=False)
_MAX_PART_BYTES = 64 * 1024 * 1024
_PART_PIECE = 1 << 20
_CONTAINERS = frozenset(
    _W + name for name in ("ins", "smartTag", "customXml", "sdt", "sdtContent", "bdo", "dir", "moveTo")
)
_NOTE_KINDS = (("footnote", "footnotes"), ("endnote", "endnotes"))
# Typed superscripts that are exponents, not markers: a power of ten ("10" "-" "15", each a run of
# its own in matejak-thesis.docx: "10-1027 to 101027"), or a unit's power glued to the next unit
# ("mol2.J-1.s-1").
_POWER_OF_TEN = lazyre.compile(r"(?:^|[^\w.,])10[-\u2212\u2013+]?$")
_GLUED_AFTER = lazyre.compile(r"^(?:\w|[.\u00b7]\w)")
_DEFAULT_FORMATS = {"footnote": "decimal", "endnote": "lowerRoman"}


def _format_number(number: int, fmt: str) -> str:
    if fmt == "lowerRoman":
        return to_roman(number)
    if fmt == "upperRoman":
        return to_roman(number).upper()
    if fmt in ("lowerLetter", "upperLetter"):
        letters = ""
        while number > 0:
            number, rest = divmod(number - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt == "chicago":
        symbols = "*†‡§"
        return symbols[(number - 1) % 4] * ((number - 1) // 4 + 1)
    return str(number)


# Reference managers (Papers, Mendeley) write a work's several addresses into one link target,
# joined by a written "\n": "http://…/dolezal09.html\npapers2://publication/uuid/2F26…" in
# avnerus's PhD proposal (user trial). The link is the first address.
_JOINED_ADDRESSES = lazyre.compile(r"\\n|[\r\n\t]")


def _first_address(target: str) -> str:
    """The first of the addresses a hyperlink target may join (see _JOINED_ADDRESSES)."""
    return next((part for part in _JOINED_ADDRESSES.split(target.strip()) if part), "")


# Word makes a typed address a link and goes on extending the link over what is typed after it on
# the same line: the link shows "http://www.fao.org/3/a-I7695e.pdf z dnia 09.11.2018" and its target
# is that text with its spaces written "%20" ("…a-I7695e.pdf%20z%20dnia%2009.11.2018"). Data:
# fixtures/parse-eval-docx6's Polish thesis, three of seven sources in its "wykaz źródeł" (their
# addresses read with the date glued on, and the access date lost). The link is the address the text
# shows when the target is exactly the shown text, spaces as "%20", and the shown text opens on an
# address and the words after it open a word (_WORDS_AFTER); a link whose text and target differ
# otherwise (a title shown, a target of its own) keeps its target.
_SHOWN_ADDRESS = lazyre.compile(r"https?://\S+")
# What is typed after the address opens a word, a number or a bracket; a space inside a query
# ("…,428459.html?FromPartnership =indeed" targeting "…?FromPartnership%20=indeed", a job listing of
# fixtures/parse-eval-docx) is followed by the query's "=", "&" or "/" and the address goes on.
_WORDS_AFTER = lazyre.compile(r"[^\W_]|[(\[]")


def _typed_on_address(target: str | None, shown: str) -> str | None:
    """The address alone where a link's target is its shown text, words typed after the address
    included (see _SHOWN_ADDRESS); None where the link is not one of those."""
    if not target or not any(space in shown for space in " \u00a0"):
        return None
    address = _SHOWN_ADDRESS.match(shown)
    if address is None or target.replace("%20", " ") != shown.replace("\u00a0", " "):
        return None
    if not _WORDS_AFTER.match(shown[address.end() :].lstrip()):
        return None  # "…?FromPartnership =indeed": a query's space, the address goes on
    return address.group(0)


class _Package:
    """The parts of a DOCX zip, parsed safely (no entities, no network, bounded size)."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive = archive
        self.names = set(archive.namelist())

    def xml(self, name: str) -> Any:
        if name not in self.names:
            return None
        return etree.fromstring(self.read(name), _PARSER)

    def read(self, name: str, limit: int = _MAX_PART_BYTES) -> bytes:
        """Part ``name``'s bytes; ``ValueError`` past ``limit``.

        The size a zip states for a part is the zip's word, not the part's: ``ZipFile.read``
        inflates the whole deflate stream in one call before cutting it to the stated size, so a
        part stated as 1,000 bytes that inflates to 300 MB (a 340 KB file) took the parse to 715 MB
        before the CRC check refused it (session 42). Read in pieces and stopped past the limit,
        a part costs at most the limit whatever it states.
        """
        info = self.archive.getinfo(name)
        if info.file_size > limit:
            raise ValueError(f"{name} is too large")
        data = bytearray()
        with self.archive.open(info) as part:
            while len(data) <= limit:
                piece = part.read(_PART_PIECE)
                if not piece:
                    return bytes(data)
                data += piece
        raise ValueError(f"{name} is too large")

    def relationships(self, part: str) -> dict[str, tuple[str, str, bool]]:
        """id → (type, resolved target, external) for ``part``."""
        directory, base = posixpath.split(part)
        root = self.xml(posixpath.join(directory, "_rels", base + ".rels"))
        found: dict[str, tuple[str, str, bool]] = {}
        if root is None:
            return found
        for rel in root.iter(_REL):
            target = rel.get("Target") or ""
            external = (rel.get("TargetMode") or "").lower() == "external"
            if external:
                target = _first_address(target)
            else:
                target = (
                    target.lstrip("/")
                    if target.startswith("/")
                    else posixpath.normpath(posixpath.join(directory, target))
                )
            found[rel.get("Id") or ""] = ((rel.get("Type") or "").rsplit("/", 1)[-1], target, external)
        return found


@dataclass(slots=True)
class _Numbering:
    """Word numbers notes in order of first reference, in each kind's number format."""

    formats: dict[str, str]
    starts: dict[str, int]
    labels: dict[tuple[str, str], str] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=lambda: {"footnote": 0, "endnote": 0})
    # The body's anchors of notes marked by hand (w:customMarkFollows), by note: _typed_custom_mark.
    custom: dict[tuple[str, str], list[Anchor]] = field(default_factory=dict)

    def label(self, kind: str, note_id: str, custom: str | None = None) -> str:
        key = (kind, note_id)
        if key not in self.labels:
            if custom:
                self.labels[key] = custom
            else:
                number = self.starts.get(kind, 1) + self.counts[kind]
                self.counts[kind] += 1
                self.labels[key] = _format_number(number, self.formats.get(kind, _DEFAULT_FORMATS[kind]))
        return self.labels[key]


@dataclass(slots=True)
class _Field:
    """A field being read: its instruction's pieces, its address once read, where its result starts."""

    instruction: list[str] = field(default_factory=list)
    url: str | None = None
    result: int | None = None


_FIELD_TOKEN = lazyre.compile(r'\\[A-Za-z]|"[^"]*"|\S+')


def field_address(instruction: str) -> str | None:
    """The address of a HYPERLINK field's instruction: 'HYPERLINK "https://…" \\l "anchor" \\t
    "_blank"'. The target may be quoted or bare; ``\\l`` names a place in it (a bookmark, a text
    fragment: "#:~:text=…"), joined to it with "#", and alone (no target) a place in this document,
    no address; ``\\o`` (a tooltip) and ``\\t`` (a frame) take an argument that is no address."""
    tokens = _FIELD_TOKEN.findall(instruction)
    if not tokens or tokens[0].upper() != "HYPERLINK":
        return None
    target: str | None = None
    place = ""
    position = 1
    while position < len(tokens):
        token = tokens[position]
        if token.lower() in ("\\l", "\\o", "\\t"):
            argument = tokens[position + 1].strip('"') if position + 1 < len(tokens) else ""
            if token.lower() == "\\l":
                place = argument
            position += 2
            continue
        if not token.startswith("\\") and target is None:
            target = token.strip('"').strip()
        position += 1
    if not target:
        return None
    address = _first_address(target)
    return f"{address}#{place}" if place and "#" not in address else address


class _Paragraph:
    """The visible text of one ``w:p``, with note references as anchors and hyperlinks."""

    def __init__(
        self,
        links: dict[str, str],
        numbering: _Numbering | None,
        line: int,
        italic_styles: frozenset[str] = frozenset(),
    ) -> None:
        self.links_by_id = links
        self.italic_styles = italic_styles
        self.numbering = numbering
        self.line = line
        self.parts: list[str] = []
        self.length = 0
        self.anchors: list[Anchor] = []
        self.links: list[tuple[int, str]] = []
        # Hyperlinks of the text with what they show: a Word analysis cites by link as a web page
        # does (inline citations, citecheck.parse.inline). Note paragraphs' links are entries'.
        self.link_spans: list[LinkSpan] = []
        self.link_starts: list[int] = []  # where the w:hyperlink elements open (innermost last)
        self.custom_mark: tuple[str, str] | None = None
        self.typed: set[int] = set()  # indexes of anchors typed in superscript (not Word references)
        # Italic runs as "em" spans, as the HTML and Markdown readers set <i>/*…*: entries take titles
        # from them (citecheck.parse.regions.entry_marks). See _italic.
        self.spans: list[tuple[int, int, str]] = []
        self.fields: list[_Field] = []  # the fields open (w:fldChar begin … end), innermost last

    def add(self, text: str) -> None:
        if not text:
            return
        if self.custom_mark is not None and text.strip():
            kind, note_id = self.custom_mark
            self.custom_mark = None
            assert self.numbering is not None
            self._anchor(self.numbering.label(kind, note_id, text.strip()), text)
            self.numbering.custom.setdefault((kind, note_id), []).append(self.anchors[-1])
            return
        self.parts.append(text)
        self.length += len(text)

    def _anchor(self, label: str, shown: str) -> None:
        start = self.length
        self.parts.append(shown)
        self.length += len(shown)
        self.anchors.append(Anchor(label, start, self.length, self.line, start + 1))

    def visit(self, element: Any) -> None:
        for child in element:
            tag = child.tag
            if tag == _W + "r":
                self._run(child)
            elif tag == _W + "hyperlink":
                url = _without_tabs(self.links_by_id.get(child.get(_R_ID) or ""))
                start = self.length
                if url:
                    self.links.append((self.length, url))
                self.link_starts.append(start)
                self.visit(child)
                self.link_starts.pop()
                shown = text_since(self.parts, self.length, start).strip()
                typed_on = _typed_on_address(url, shown)
                if typed_on is not None:
                    url = typed_on
                    self.links[-1] = (start, url)
                if url and shown and url.lower().startswith(("http://", "https://")):
                    self.link_spans.append(LinkSpan(url, start, self.length, anchor_is_url=shown == url))
            elif tag == _W + "fldSimple":
                # A field written whole in one element: <w:fldSimple w:instr='HYPERLINK "…"'>.
                self._field_char("begin")
                self.fields[-1].instruction.append(child.get(f"{_W}instr") or "")
                self._field_char("separate")
                self.visit(child)
                self._field_char("end")
            elif tag in _CONTAINERS:
                self.visit(child)

    def _field_char(self, kind: str) -> None:
        """A field's begin, separate or end mark (w:fldChar). Word writes a field's instruction in
        as many w:instrText runs as edits cut it into ('HYPERLINK "https://doi.org/10.1111/j.1365-'
        in one, '2524.2009.00896.x" ' in the next), so the instruction is read whole at the
        separate mark, where the field's shown result begins; a HYPERLINK field is then a link
        like w:hyperlink, its result the link text (an inline citation in the text)."""
        if kind == "begin":
            self.fields.append(_Field())
        elif kind == "separate" and self.fields:
            field = self.fields[-1]
            field.url = field_address("".join(field.instruction))
            field.result = self.length
            if field.url is not None:
                self.links.append((self.length, field.url))
        elif kind == "end" and self.fields:
            field = self.fields.pop()
            if field.result is None:  # no result shown: the instruction alone
                field.url = field_address("".join(field.instruction))
                if field.url is not None:
                    self.links.append((self.length, field.url))
                return
            shown = self.text[field.result :].strip()
            if field.url and shown and field.url.lower().startswith(("http://", "https://")):
                self.link_spans.append(
                    LinkSpan(field.url, field.result, self.length, anchor_is_url=shown == field.url)
                )

    def _run(self, run: Any) -> None:
        align = run.find(f"{_W}rPr/{_W}vertAlign")
        superscript = align is not None and align.get(f"{_W}val") == "superscript"
        start = self.length
        italic = _italic(run.find(f"{_W}rPr"), self.italic_styles)
        anchors_before = len(self.anchors)
        for child in run:
            tag = child.tag
            if tag == _W + "t":
                self.add(child.text or "")
            elif tag == _W + "tab":
                if not _HYPHEN_BROKEN.search(self.text[-2:]) and not self._in_shown_address():
                    self.add("\t")
            elif tag in (_W + "br", _W + "cr"):
                self.add("\n")
            elif tag == _W + "noBreakHyphen":
                self.add("-")
            elif tag == _W + "fldChar":
                self._field_char(child.get(f"{_W}fldCharType") or "")
            elif tag == _W + "instrText":
                if self.fields:
                    self.fields[-1].instruction.append(child.text or "")
                else:
                    # The field began in an earlier paragraph: its instruction read from this piece.
                    field_url = field_address(child.text or "")
                    if field_url is not None:
                        self.links.append((self.length, field_url))
            elif tag in (_W + "footnoteReference", _W + "endnoteReference") and self.numbering is not None:
                kind = "footnote" if tag == _W + "footnoteReference" else "endnote"
                note_id = child.get(f"{_W}id") or ""
                if child.get(f"{_W}customMarkFollows") in ("1", "true", "on"):
                    self.custom_mark = (kind, note_id)
                else:
                    label = self.numbering.label(kind, note_id)
                    self._anchor(label, label)
        if italic and self.length > start:
            self._emphasise(start)
        if superscript and self.numbering is not None and len(self.anchors) == anchors_before:
            text = "".join(self.parts)
            typed = text[start:]
            if looks_like_label(typed) and not _is_exponent(text[:start], clean_label(typed)):
                # A marker typed in superscript: a raised "4" rather than a Word reference.
                self.anchors.append(Anchor(clean_label(typed), start, self.length, self.line, start + 1))
                self.typed.add(len(self.anchors) - 1)

    def _emphasise(self, start: int) -> None:
        """Mark ``start:length`` (one italic run) as emphasis: Word cuts one italic phrase into
        several runs wherever an edit, a spell check or a field fell, so a run that follows the last
        italic run with nothing between them, or only spaces, extends it, as one ``<i>`` would hold
        them; so does one after a colon left upright between title and subtitle ("*A Promising
        Outlook for The Hospitality Industry*: *WTTC publishes 2017 …*", an APA list of
        fixtures/parse-eval-docx, read with the title cut at the colon). A comma between two
        italic runs parts two fields. A run of spaces alone starts nothing."""
        text = self.text
        if self.spans and _EMPHASIS_GAP.fullmatch(text[self.spans[-1][1] : start]):
            first = self.spans[-1][0]
            self.spans[-1] = (first, self.length, "em")
        elif text[start : self.length].strip():
            lead = len(text[start : self.length]) - len(text[start : self.length].lstrip())
            self.spans.append((start + lead, self.length, "em"))

    def finish(self) -> None:
        """Drop typed superscript "markers" glued to what follows them: a unit's power ("mol2.J"),
        never a note marker, which a space or punctuation follows; and the emphasis of an address
        alone (_ADDRESS_ONLY)."""
        text = self.text
        self.spans = [
            span for span in self.spans if not _ADDRESS_ONLY.fullmatch(text[span[0] : span[1]].strip())
        ]
        kept = [
            (index in self.typed, anchor)
            for index, anchor in enumerate(self.anchors)
            if index not in self.typed
            or not (
                _GLUED_AFTER.match(text[anchor.end : anchor.end + 2]) or _power_before_operator(text, anchor)
            )
        ]
        self.anchors = [anchor for _, anchor in kept]
        self.typed = {index for index, (typed, _) in enumerate(kept) if typed}

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def _in_shown_address(self) -> bool:
        """Whether the text shown so far by the link open here is an address (see _without_tabs)."""
        return (
            bool(self.link_starts)
            and _SHOWN_ADDRESS.fullmatch(text_since(self.parts, self.length, self.link_starts[-1]))
            is not None
        )


# A tab typed inside a link's address to wrap the line by hand ("…/Fahrzeugklass<TAB>enAufbauarten/…"):
# Word keeps it in the shown text and writes it into the link's target as "%09". No address holds a
# tab; the address is the one with the tab left out. Data: fixtures/parse-eval-docx7's German seminar
# paper, two of nine sources in its "Literaturverzeichnis" (a Federal Statistical Office PDF cut at
# "?__bl", a Federal Motor Transport Authority page read with a space inside). A tab after the link's
# text (between the address and a date) is not inside the address and stays.
def _without_tabs(target: str | None) -> str | None:
    """A link target with the tabs Word wrote into it ("%09", a raw tab) left out."""
    if not target:
        return target
    return target.replace("%09", "").replace("\t", "")


# A word broken at its own hyphen by a tab typed as a line end ("SARS-<TAB>CoV-2", "COVID-<TAB>19"):
# writers who wrap an entry's lines by hand with tabs (a LibreOffice thesis template's Chicago list,
# fixtures/parse-eval-docx5 es-tesina-referencias-chicago-covid-dea.docx, six such tabs in nine
# entries, one inside "SARS-CoV-2": the title read "SARS- CoV-2") break a hyphenated word there as at a
# line's end. The word is joined whole, as two paragraphs are that break a word at its hyphen (_join).
_HYPHEN_BROKEN = lazyre.compile(r"[^\W\d_]-$")
# An address set in italics, alone ("https://scholars.unh.edu/honors/856/" in italics at the end of an
# APA entry, the writer's own formatting of the link): no title, and read as emphasis it drew the
# list's title rule to the wrong field (fixtures/parse-eval-docx, a master's proposal: "From IT to
# AI... University of New Hampshire" for "From IT to AI"). The address stays a link.
_ADDRESS_ONLY = lazyre.compile(r"(?:https?://|www\.|doi:\s?10\.)\S+", re.IGNORECASE)
_OFF = ("0", "false", "off", "none")
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# What may stand upright between two italic runs of one emphasis: spaces, or a colon (see _emphasise).
_EMPHASIS_GAP = lazyre.compile(r"\s*(?::\s*)?")


def _italic(properties: Any, italic_styles: frozenset[str]) -> bool:
    """Whether a run's properties set it in italics: directly (``w:i``, not switched off) or by a
    character style that does ("Emphasis", "Book Title", a user's own)."""
    if properties is None:
        return False
    direct = properties.find(f"{_W}i")
    if direct is not None:
        return (direct.get(f"{_W}val") or "1").lower() not in _OFF
    style = properties.find(f"{_W}rStyle")
    return style is not None and (style.get(f"{_W}val") or "") in italic_styles


def _drop_stray_typed(blocks: list[Block], typed: list[set[int]], numbering: _Numbering) -> None:
    """In a document whose notes Word numbers (real note references), a raised label typed by hand
    in another numbering style than all of Word's, naming none of its notes, is an index, not a
    marker: "the components vⁱ of a column vector" in a tensor primer with one arabic-numbered
    footnote (jgm/pandoc's docx-with-equations example) read as a marker [i] with no note, an
    error. Guard: only where the document has Word note references; a document whose markers are
    all typed keeps them (the typed-marker rule's own documents), and a typed label that names one
    of its notes, or is written as Word writes its notes' ("2" beside Word's "1"), stays a
    marker."""
    if not numbering.labels:
        return
    known = set(numbering.labels.values())
    styles = {label_style(label) for label in known}
    for block, ids in zip(blocks, typed, strict=True):
        if ids:
            block.anchors = [
                a
                for a in block.anchors
                if id(a) not in ids or a.label in known or label_style(a.label) in styles
            ]


def _power_before_operator(text: str, anchor: Anchor) -> bool:
    """Whether a typed superscript number raises a number and an operator follows it, as the
    Markdown and plain-text readers judge one with what comes after it ("4²⁷/4", "2¹⁰ × 3"): a
    Dutch report's state-space sizes, "de toestandsgrootte voor Oekraïne 4<sup>27</sup>/4, … voor
    Rusland 4<sup>83</sup>/4" (fixtures/parse-eval-docx6), were two markers and two
    ``missing-footnote`` errors. The operator must follow: "in 2014⁵." stays a marker."""
    before = text[max(0, anchor.start - 12) : anchor.start]
    after = text[anchor.end : anchor.end + 8]
    return is_power(before, anchor.label, after)


def _is_exponent(before: str, label: str) -> bool:
    """Whether a typed superscript ``label`` after ``before`` is an exponent: "10⁻¹⁵", "m²"."""
    return bool(_POWER_OF_TEN.search(before[-12:])) or is_power(before, label)


def _italic_styles(package: _Package, styles_part: str | None) -> frozenset[str]:
    """The ids of the character styles that set their text in italics (w:rPr/w:i on)."""
    root = package.xml(styles_part) if styles_part else None
    if root is None:
        return frozenset()
    return frozenset(
        style.get(f"{_W}styleId") or ""
        for style in root.iter(f"{_W}style")
        if style.get(f"{_W}type") == "character" and _italic(style.find(f"{_W}rPr"), frozenset())
    )


def _table_row(paragraph: Any, rows: dict[Any, int]) -> tuple[int | None, bool]:
    """The row of a table of two columns or more that holds ``paragraph`` (numbered in reading
    order in ``rows``), and whether Word repeats it as the table's header row (w:tblHeader), as the
    HTML reader marks a cell's row (``Block.table_row``, ``Block.table_head``): a cell of a table's
    body is a datum of its row, never the heading of a notes list. Data: fixtures/parse-eval-docx, a
    Harvard literature review whose table of case studies (City | Main Features | Source) opened
    "notes" at its "Source" cell, its ten cells numbered before the real reference list. A table of
    one column is a page's layout (a box, a framed list), not rows of data: its paragraphs stay
    the page's."""
    cell = next(paragraph.iterancestors(f"{_W}tc"), None)
    row = cell.getparent() if cell is not None else None
    if row is None or row.tag != f"{_W}tr" or len(row.findall(f"{_W}tc")) < 2:
        return None, False
    number = rows.setdefault(row, len(rows))
    header = row.find(f"{_W}trPr/{_W}tblHeader")
    return number, header is not None and (header.get(f"{_W}val") or "1").lower() not in _OFF


def _layout(paragraph: Any) -> tuple[int, int]:
    """A paragraph's own (left, hanging) indentation in twentieths of a point, (0, 0) unset."""
    ind = paragraph.find(f"{_W}pPr/{_W}ind")
    if ind is None:
        return 0, 0

    def value(*names: str) -> int:
        raw = next((ind.get(f"{_W}{name}") for name in names if ind.get(f"{_W}{name}")), "0") or "0"
        return int(raw) if raw.lstrip("-").isdigit() else 0

    return value("left", "start"), value("hanging")


def _asides(blocks: list[Block], layouts: list[tuple[int, int]]) -> None:
    """Mark the annotations of an annotated bibliography laid out by indentation: a paragraph set
    in as a block (a left indent, no hanging one) between two entries that share one hanging
    indent, empty paragraphs aside (``Block.aside``). Data: fixtures/parse-eval-docx, a Word
    annotated bibliography (entries left 720 hanging 720, each annotation left 360): its eleven
    annotations were read as entries between the entries, every label after the first shifted.
    Guard: both neighbours hang alike and the paragraph does not; a list whose paragraphs all
    hang, or none, marks nothing."""
    shown = [i for i, block in enumerate(blocks) if block.text.strip()]
    for before, here, after in zip(shown, shown[1:], shown[2:], strict=False):
        left, hanging = layouts[here]
        if hanging or left <= 0 or blocks[here].kind != "paragraph":
            continue
        if layouts[before][1] > 0 and layouts[before] == layouts[after]:
            blocks[here].aside = True


def _first_line_only(paragraph: Any) -> bool:
    """Whether a paragraph is set in by a first-line indent only (w:firstLine, no left indent)."""
    left, _ = _layout(paragraph)
    ind = paragraph.find(f"{_W}pPr/{_W}ind")
    first = ind.get(f"{_W}firstLine") if ind is not None else None
    return left <= 0 and bool(first) and (first or "0").lstrip("-").isdigit() and int(first or "0") > 0


def _first_line_indent(paragraph: Any) -> int:
    """Where a paragraph's first line starts, in twentieths of a point, from its own indentation
    (``w:ind``: left or start, less a hanging indent, plus a first-line indent); 0 when it sets
    none. A reference list's real hanging indent (left 720, hanging 720) starts at 0."""
    ind = paragraph.find(f"{_W}pPr/{_W}ind")
    if ind is None:
        return 0

    def value(*names: str) -> int:
        raw = next((ind.get(f"{_W}{name}") for name in names if ind.get(f"{_W}{name}")), "0") or "0"
        return int(raw) if raw.lstrip("-").isdigit() else 0

    return value("left", "start") - value("hanging") + value("firstLine")


# The end of a paragraph that may go on in the next: a word, a number or a comma, no sentence end.
_OPEN_END = lazyre.compile(r"[\w,&\-–(]$")
# An entry's own label at its start: "[1]", "1.", "1)".
_LABEL_LEAD = lazyre.compile(r"(?:\[\d{1,3}\]|\d{1,3}[.)]\s)")
# A new entry's author head: "Caines, A., …", "Dupoux, E. (2018" (an entry indented by mistake
# under the one before it, Word's own bibliography in fixtures/parse-eval-docx).
_AUTHOR_LEAD = lazyre.compile(r"[A-ZÀ-Ý][^\W\d_]+(?:[-’'][A-ZÀ-Ý]?[^\W\d_]+)*,\s[A-ZÀ-Ý](?:\.|[^\W\d_]+[,.])")
# An address in angle brackets left open at a paragraph's end ("Available at: <http://ac.els-cdn.co"),
# and the rest of it closing the next paragraph's first word ("m.ezproxy.wlv.ac.uk/…>"): Word broke
# the line inside the address (a UK Harvard literature survey of fixtures/parse-eval-docx, three
# addresses so broken and read cut short).
_OPEN_ANGLE_ADDRESS = lazyre.compile(r"<(?:https?://|www\.)[^\s<>]*$")
_ANGLE_ADDRESS_REST = lazyre.compile(r"[^\s<>]+>")
# An address label closing a paragraph, its address alone in the next ("Available at:" ⏎ "<http://…>").
_ADDRESS_LABEL_END = lazyre.compile(
    r"(?:available\s+(?:at|from|online)|accessed\s+at|retrieved\s+from|url)\s*:?$", re.IGNORECASE
)
# An author-date entry's head: its bracketed year.
_DATED_HEAD = lazyre.compile(r"\((?:19|20)\d{2}[a-z]?\)")
# APA 7's description of a work's form in square brackets right after its title ("[Video]",
# "[Blog post]", "[Computer software]"), and the head of an entry dated to the day, "(2019, October
# 27)". An entry broken by a typed paragraph break before its description ("Brackeys. (2019, October
# 27). FIRST PERSON MOVEMENT in Unity - FPS Controller" ⏎ "[Video]. Youtube. https://…": p14-docx2's
# game-development works cited, whose later titles and addresses all landed one entry early).
_FORM_DESCRIPTION = lazyre.compile(r"\[[^\W\d_][^\[\]\d]{1,40}\][.,]")
_DAY_DATED_HEAD = lazyre.compile(rf"{AUTHOR_DATE_GROUP}\.")
# An entry closed by its address: a paragraph ending on a URL or DOI goes on in no other.
_ADDRESS_END = lazyre.compile(r"(?:https?://|doi:\s?10\.|www\.)\S+$")
# A paragraph that is one address alone: the last line of an entry set under it.
_ADDRESS_ALONE = lazyre.compile(r"(?:https?://|doi:\s?10\.)\S+")


# A list laid out in two columns with tabs: the author (or the issuer) in the first, "Kramper,
# Wolfgang<TAB>Simulation von Schwarmverhalten. Berlin: …", "Unity<TAB><TAB><TAB>2015: Profiler Physics",
# and an entry's further lines led by tabs to stand in the second column under it ("<TAB>Online unter:",
# "<TAB>http://docs.unity3d.com/…", "<TAB>(Zuletzt überprüft am 04.03.2016)"), empty paragraphs between
# entries. Data: fixtures/parse-eval-docx4 de-facharbeit-schwarmverhalten-unity.docx (a German school
# paper's "Literaturverzeichnis"): each of its web entries' three tab-led lines was read as an entry of
# its own, every entry after the sixth numbered one to three off. Guard: the entry's first line opens
# on a head of at most four words before its tabs, and the line is an address (its rest after tabs: a
# piece of it, the access date), a short label closed by a colon ("Online unter:", "Available at:")
# or a parenthesised remark (the access date): a body
# paragraph indented by a tab under a tabbed line is none of these.
_TAB_COLUMN_HEAD = lazyre.compile(r"[^\t\n]{1,40}?\t+\S")
_TAB_LED_LINE = lazyre.compile(
    r"\t+(?:(?:https?://|doi:\s?10\.|www\.)\S+(?:\t+\S+)*(?:\s*\([^()\n]{1,80}\))?\s*|[^\W\d_][^\t\n:]{0,30}:\s*|\([^()\n]{1,80}\)\.?\s*)"
)
_TAB_COLUMN_WORDS = 4


def _tab_column_line(previous: str, line: str) -> bool:
    """Whether ``line`` is a further line of the entry ``previous`` opens, in a list laid out in two
    columns with tabs (see _TAB_COLUMN_HEAD)."""
    head = _TAB_COLUMN_HEAD.match(previous)
    return (
        head is not None
        and len(previous[: head.end()].split()) <= _TAB_COLUMN_WORDS + 1
        and _TAB_LED_LINE.fullmatch(line) is not None
    )


# An entry wrapped by hand with paragraph marks at its lines' ends, every line at the same margin:
# an author run cut after a comma ("Perroteau, A., Nanquette, M.A., Rousseau, A., Renolleau, S.," ⏎
# "Bérard, L., Mitanchez, D. & Leblanc, J. (2018). Efficacy of …"), or a title cut after a dated head
# on a word ("Hartley, K. A., Miller, C. S., Gephart, S. M. (2015). Facilitated Tucking to Reduce Pain
# in" ⏎ "Neonates: Evidence for Best Practice. …"). Data: fixtures/parse-eval-docx7's German nursing
# thesis, four of eight entries in its "Literaturverzeichnis" wrapped so (every entry after the second
# read one to three off, titles, addresses and access dates with it). Guard: the author run is names
# and initials only, closed by a comma, and the next line opens on an author head; the cut title's line
# holds a dated head ("(2015)"), no address, and ends on a word, and the next line holds no dated head
# nor opens on a label or an author head (the next entry of an author-date list opens on its own head).
_AUTHOR_RUN_CUT = lazyre.compile(
    r"(?:[A-ZÀ-Ý][^\W\d_]+(?:[-’'][^\W\d_]+)*,\s?(?:[A-ZÀ-Ý]\.\s?){1,3}(?:,|\s?&)\s?)+"
)
_WORD_END = lazyre.compile(r"[^\W\d_]$")


def _unfinished_entry(previous: str, line: str) -> bool:
    """Whether ``line`` goes on the entry ``previous`` opens, wrapped by hand (see _AUTHOR_RUN_CUT)."""
    head, line = previous.strip(), line.strip()
    if not head or not line or _LABEL_LEAD.match(line):
        return False
    if _AUTHOR_RUN_CUT.fullmatch(head + " ") and head.endswith(","):
        return _AUTHOR_LEAD.match(line) is not None
    return (
        _DATED_HEAD.search(head) is not None
        and _WORD_END.search(head) is not None
        and _ADDRESS_ALONE.search(head) is None
        and "www." not in head
        and _DATED_HEAD.search(line) is None
        and _AUTHOR_LEAD.match(line) is None
    )


def _continues(
    previous: Block, previous_indent: int, block: Block, indent: int, *, first_line_only: bool = False
) -> bool:
    """Whether ``block`` is the rest of ``previous``, split off by a typed line break: a reference
    entry laid out as a hanging indent by hand, its first line a paragraph of its own and the rest
    a second paragraph indented under it, or led by spaces ("Abdullah, D., … The application of
    K-means clustering for province" ⏎ [indented] "clustering in Indonesia of the risk … Qual Quant
    (2021). https://doi.org/…"), sometimes with the DOI on a third ("…, 106(3), 402–405." ⏎
    "https://doi.org/10.2105/…"). Data: fixtures/parse-eval-docx, a Google Docs APA list whose
    twelve entries are each split so (twelve titles and eleven URLs landed in the wrong entry).

    Guard: ``previous`` is a plain paragraph that ends open (a word, a comma; no full stop, colon
    or other sentence end), and ``block``'s first line starts further right than ``previous``'s
    (``_first_line_indent``) or, led by spaces, follows a line that ends in a space. A heading, a
    paragraph that ends its sentence, an entry with a real hanging indent after its list's heading
    (both first lines at the margin) and a body paragraph led by a tab after a heading stay apart.
    An address alone, indented or led by spaces, goes on the entry above it when that has no address
    yet ("… 402–405." or "… Retrieved from" ⏎ "␣␣␣https://…"). A heading of fewer than four words
    and a paragraph that opens on its own label ("[1] …") or on an author head ("Caines, A., …")
    are never continued (an IEEE list's entries, indented under their heading; an entry indented
    by mistake under the one before), nor is a paragraph that ends on its address."""
    if previous.kind != "paragraph" or not previous.text.strip() or not block.text.strip():
        return False
    if _OPEN_ANGLE_ADDRESS.search(previous.text) and _ANGLE_ADDRESS_REST.match(block.text.strip()):
        return True  # "<http://ac.els-cdn.co" ⏎ "m.ezproxy.wlv.ac.uk/…pdf?…>": one address
    if _ADDRESS_LABEL_END.search(previous.text.rstrip()) and _ADDRESS_ALONE.fullmatch(
        block.text.strip().strip("<>")
    ):
        return True  # "… [Accessed 19 October 2014] Available at:" ⏎ "<http://…>"
    if _tab_column_line(previous.text, block.text):
        return True  # "Unity<TAB>2015: Profiler Physics" ⏎ "<TAB>Online unter:" ⏎ "<TAB>http://…"
    if _unfinished_entry(previous.text, block.text):
        return True  # "… (2015). Facilitated Tucking to Reduce Pain in" ⏎ "Neonates: Evidence for …"
    # (Or, not moved at all, the rest of a title broken by a typed line break, in lower case, under
    # a first line that opens an author-date entry: "Tom Dunigan., Greg Hinkel. (1999) Intrusion
    # Detection and Intrusion Prevention" ⏎ "on a Large Network: A Case Study. Available from: …",
    # a Harvard list of fixtures/parse-eval-docx.)
    broken_title = (block.text.lstrip(" ")[:1].islower() or block.text[:2] == " (") and _DATED_HEAD.search(
        previous.text
    ) is not None
    broken_title = broken_title or (
        _FORM_DESCRIPTION.match(block.text.lstrip(" ")) is not None
        and _DAY_DATED_HEAD.search(previous.text) is not None
    )
    # Set further right by a left indent: a first-line indent alone is a body paragraph's own
    # ("Results of the Survey Study" ⏎ [first line indented] "The survey was …"), no continuation.
    shifted = indent > previous_indent and not first_line_only
    moved = shifted or block.text[:2].isspace() or broken_title
    head = previous.text.rstrip()
    # A heading's few words ("References", "Works Cited") and an entry that opens on its own label
    # ("[1] R. Re …", "2. …") start no continuation.
    if (
        not moved
        or len(head.split()) < 4
        or _LABEL_LEAD.match(block.text.lstrip())
        or _AUTHOR_LEAD.match(block.text.lstrip())
        or _ADDRESS_END.search(head)
    ):
        return False
    if _ADDRESS_ALONE.fullmatch(block.text.strip()):
        return not _ADDRESS_ALONE.search(head)
    # A colon ends a first line padded with spaces to the margin ("Young People and HIV:␣␣␣"): the
    # subtitle follows under it.
    padded = previous.text[-2:].isspace()
    if not (_OPEN_END.search(head) or (padded and head.endswith(":"))):
        return False
    return shifted or previous.text[-1:].isspace() or broken_title


# A list item its writer marked by typing a bullet ("- ", "– ", "• ") rather than letting Word number
# or bullet it: an item of a list as a Word-bulleted paragraph is, as a Markdown "- " line is, so the
# rules that read one list's items alike reach it (regions._item_among_entries: a title named
# without a link among linked sources). Data: fixtures/parse-eval-docx7's Russian school project,
# "Список используемой литературы" over eight "- " lines, a course's name then seven links: the
# name was dropped and the seven read one off. A dash opening a sentence without its space
# ("-based …") or a number ("- 5 %") marks no item.
_TYPED_BULLET = lazyre.compile(r"[-–•·]\s+[^\W\d_]")


# Word's IEEE bibliography (the BIBLIOGRAPHY field in its IEEE style) is a table: each row a cell
# holding the entry's label "[1]" and a cell holding the entry (p14-docx2's Spanish proposal, read
# as two blocks a row: the labels alone and the entries without them, so no note was found). The
# label cell and the cell after it in the same row are one entry. Guard: the first block of the row
# is that label alone, and the second opens on no label of its own.
_LABEL_CELL = lazyre.compile(r"\s*\[\d{1,3}\]\s*")


def _label_cell(previous: Block, block: Block) -> bool:
    return (
        previous.table_row is not None
        and previous.kind == "paragraph"
        and _LABEL_CELL.fullmatch(previous.text) is not None
        and bool(block.text.strip())
        and _LABEL_LEAD.match(block.text.lstrip()) is None
    )


# A bibliography a program writes into the document as a field: Word's own BIBLIOGRAPHY field, and
# the reference managers' (Zotero's "ADDIN ZOTERO_BIBL", Mendeley's "ADDIN Mendeley Bibliography",
# EndNote's "ADDIN EN.REFLIST"). The field's end is the list's end: the short line after it heads
# what follows though its writer set it as plain text (p14-docx2's film thesis: "Appendix A: Stop
# word list" after Word's bibliography field, its stop words and years then read as more entries).
_BIBLIOGRAPHY_FIELD = lazyre.compile(
    r"^\s*(?:BIBLIOGRAPHY|ADDIN\s+(?:ZOTERO_BIBL|Mendeley\s+Bibliography|EN\.REFLIST|CSL_BIBLIOGRAPHY))\b"
)
_AFTER_FIELD_HEADING_WORDS = 12
# The heading a bibliography field's list is read under where its writer gave it none the reader
# knows (see _read_package): the field says what its paragraphs are.
_FIELD_LIST_HEADING = "Bibliography"


def _heads_after_field(text: str) -> bool:
    """Whether ``text``, the first paragraph with text after a bibliography field's end, is a heading."""
    stripped = text.strip()
    return len(stripped.split()) <= _AFTER_FIELD_HEADING_WORDS and stripped[-1:] not in ".;,"


def _field_paragraphs(paragraphs: list[Any], instruction: re.Pattern[str]) -> set[int]:
    """The indexes of the paragraphs that hold part of a field whose instruction ``instruction``
    matches, counted only where that field is outermost (not nested in another) and ends: a field
    left open by a damaged document covers nothing. Word writes a field spanning paragraphs as
    w:fldChar begin … separate … end marks in runs of different paragraphs, its instruction in
    w:instrText runs between begin and separate."""
    covered: set[int] = set()
    depth = 0
    pieces: list[str] = []
    started: int | None = None  # where the outermost field began
    for index, paragraph in enumerate(paragraphs):
        for element in paragraph.iter(f"{_W}fldChar", f"{_W}instrText", f"{_W}fldSimple"):
            if element.tag == f"{_W}instrText":
                if depth == 1:
                    pieces.append(element.text or "")
                continue
            if element.tag == f"{_W}fldSimple":
                if depth == 0 and instruction.match(element.get(f"{_W}instr") or ""):
                    covered.add(index)
                continue
            kind = element.get(f"{_W}fldCharType")
            if kind == "begin":
                depth += 1
                if depth == 1:
                    started, pieces = index, []
            elif kind == "end" and depth:
                depth -= 1
                if depth == 0 and started is not None and instruction.match("".join(pieces)):
                    covered.update(range(started, index + 1))
    return covered


# Word's table of contents: a TOC field ('TOC \o "1-3" \h \z \u') whose result is one paragraph a
# heading, "1. Introduction<tab>2", each styled with Word's built-in "toc 1" … "toc 9" (LibreOffice's
# "Contents 1" …), under a "TOC Heading" paragraph. It repeats the headings with their page numbers
# and cites nothing: read as text, its numbered lines were the notes of a list ("1. Introduction",
# "8. References" read as notes 1-8, the reference list after them numbered on from 9: a master's
# research proposal of fixtures/parse-eval-docx, 20 entries, every title and URL off by eight). Five
# more documents of that set have one (German and English seminar papers, a report, the FCC order).
_CONTENTS_FIELD = lazyre.compile(r"\s*TOC\b")
_CONTENTS_STYLE = lazyre.compile(r"(?i)(?:toc|contents)\s?(?:[1-9]|heading)")
# The paragraph style Word's bibliography field and Zotero give each entry they write ("Bibliography",
# built in), and EndNote's ("EndNote Bibliography"): the entries stay in it when the field is gone
# (Zotero's "Unlink Citations", Word's "Convert Bibliography to Static Text"), a list all the same
# (_head_field_lists). Data: the studied Zotero model answer, all 29 entries of its "References" in
# the "Bibliography" style (and the heading too, which stays the list's).
_ENTRY_STYLE = lazyre.compile(r"(?i)(?:endnote\s+)?bibliography")


def _in_contents_control(paragraph: Any) -> bool:
    """Whether ``paragraph`` is in the content control Word wraps its table of contents in (w:sdt
    whose w:docPartGallery is "Table of Contents"), as it writes it with the field and the styles."""
    for control in paragraph.iterancestors(f"{_W}sdt"):
        gallery = control.find(f"{_W}sdtPr/{_W}docPartObj/{_W}docPartGallery")
        if gallery is not None and (gallery.get(f"{_W}val") or "").lower() == "table of contents":
            return True
    return False


# Mendeley Cite (Mendeley Reference Manager 2.x's Word add-in) writes no fields: each citation is a
# content control tagged "MENDELEY_CITATION_v3_" and its CSL JSON in base64, the bibliography one
# tagged "MENDELEY_BIBLIOGRAPHY", one paragraph an entry; Citavi's add-in likewise ("CitaviPlaceholder#…"
# citations, a "CitaviBibliography" control). That control is a list as a bibliography field's
# result is (_head_field_lists).
_BIBLIOGRAPHY_TAGS = frozenset(("MENDELEY_BIBLIOGRAPHY", "CitaviBibliography"))


def _in_bibliography_control(paragraph: Any) -> bool:
    """Whether ``paragraph`` is in a reference manager's bibliography content control."""
    for control in paragraph.iterancestors(f"{_W}sdt"):
        tag = control.find(f"{_W}sdtPr/{_W}tag")
        if tag is not None and (tag.get(f"{_W}val") or "").strip() in _BIBLIOGRAPHY_TAGS:
            return True
    return False


def _styles_named(package: _Package, styles_part: str | None, names: re.Pattern[str]) -> frozenset[str]:
    """The ids of the paragraph styles whose names ``names`` matches whole (by their names, which
    Word writes in English whatever the language of its interface: "toc 1", the ids "TOC1" or
    "Verzeichnis1")."""
    root = package.xml(styles_part) if styles_part else None
    if root is None:
        return frozenset()
    found = set()
    for style in root.iter(f"{_W}style"):
        name = style.find(f"{_W}name")
        if name is not None and names.fullmatch((name.get(f"{_W}val") or "").strip()):
            found.add(style.get(f"{_W}styleId") or "")
    return frozenset(found)


def _head_field_lists(blocks: list[Block], unheaded: list[tuple[int, int]]) -> None:
    """A bibliography field's result (or paragraphs in its entries' style, _ENTRY_STYLE) is the
    document's list of sources, one paragraph an entry, whatever heads it: Zotero's "Add/Edit
    Bibliography" and Word's "Insert Bibliography" write the field where the cursor stands, with
    no heading, and a writer may head it with words no list of notes is named by ("Sources cited
    in this essay"), or with none (the essay's last paragraph straight above it): nothing at all
    was found in such a document. There the list is read under a heading of its own
    (_FIELD_LIST_HEADING, inserted at each such list's first block), as the field names it.

    Guard: only in a document where no paragraph is a notes heading. Data: fixtures/parse-eval-docx's
    Zotero model answer has two bibliography fields, the first (part one's) under no heading, the
    second under "References": the document names that one its list, read alone as before (a
    second list before it would number it on). Every bibliography field of both Word sets'
    calibration has a heading ("References", "Works Cited", "Literaturverzeichnis")."""
    if not unheaded or any(
        block.text.strip() and is_notes_heading(block.text, marked_heading=block.kind != "paragraph")
        for block in blocks
    ):
        return
    for at, line in reversed(unheaded):
        blocks.insert(at, Block(_FIELD_LIST_HEADING, ParagraphLocator(line), kind="heading"))


# Family: a file that is nothing but its list of sources ("Works Cited.docx"), one entry a paragraph
# and no heading at all: a writer keeps the list in a file of its own. Nothing was read from such a
# document (no notes heading, no field). Data: fixtures/parse-eval-docx2's
# works-cited-mla-print-commentaries.docx (spent by branch s41-docx), 16 MLA entries, 0/16 read; 15
# of them read as entries (regions.reads_as_entry), the sixteenth typed "Romans. . Ed." (the stray
# stop). Guards: at least _WHOLE_LIST_MIN paragraphs with text, none a heading, none with a note
# reference, no paragraph that would head notes were it styled a heading (the same set's
# works-cited-apa-retrieved-accessed-mascots.docx opens on a plain "Works Cited Page", read as its
# heading), and at most one paragraph in _WHOLE_LIST_SLACK that does not
# read as an entry (an essay whose paragraphs cite, or a memo with a few entries, stays as it was).
_WHOLE_LIST_MIN = 4
_WHOLE_LIST_SLACK = 10


def _head_whole_list(blocks: list[Block]) -> None:
    """Head a document that is only a list of sources with _FIELD_LIST_HEADING (see above)."""
    texts = [(at, block) for at, block in enumerate(blocks) if block.text.strip()]
    if len(texts) < _WHOLE_LIST_MIN or any(
        block.kind != "paragraph"
        or block.anchors
        or block.table_row is not None
        or is_notes_heading(block.text, marked_heading=True)
        for _, block in texts
    ):
        return
    misses = sum(1 for _, block in texts if not reads_as_entry(block))
    if misses * _WHOLE_LIST_SLACK > len(texts) or not reads_as_entry(texts[0][1]):
        return
    blocks.insert(texts[0][0], Block(_FIELD_LIST_HEADING, texts[0][1].locator, kind="heading"))


def _join(previous: Block, block: Block, typed: list[Anchor]) -> list[Anchor]:
    """Append ``block`` to ``previous`` with one space between, moving its anchors, links and spans;
    the anchors of ``typed`` as moved."""
    head = previous.text.rstrip()
    rest = block.text.lstrip()
    # A word broken at its own hyphen ("non-" ⏎ "injecting") is joined whole, and so is an address
    # broken inside its angle brackets.
    gap = " "
    if (head.endswith("-") and head[-2:-1].isalpha()) or (
        _OPEN_ANGLE_ADDRESS.search(head) and _ANGLE_ADDRESS_REST.match(rest)
    ):
        gap = ""
    shift = len(head) + len(gap) - (len(block.text) - len(rest))
    previous.text = head + gap + rest
    moved = {
        id(a): replace(a, start=a.start + shift, end=a.end + shift, column=a.column + shift)
        for a in block.anchors
    }
    previous.anchors.extend(moved[id(a)] for a in block.anchors)
    previous.links.extend((max(0, at + shift), url) for at, url in block.links)
    moved_spans = [(a + shift, b + shift, kind) for a, b, kind in block.spans]
    if (
        previous.spans
        and moved_spans
        and previous.spans[-1][2] == moved_spans[0][2] == "em"
        and previous.spans[-1][1] >= len(head)
        and moved_spans[0][0] <= len(head) + len(gap)
    ):
        # One italic title broken over the two paragraphs is one emphasis again.
        previous.spans[-1] = (previous.spans[-1][0], moved_spans[0][1], "em")
        moved_spans = moved_spans[1:]
    previous.spans.extend(moved_spans)
    previous.link_spans.extend(replace(s, start=s.start + shift, end=s.end + shift) for s in block.link_spans)
    return [moved[id(a)] for a in typed]


# Family: reference entries set in a heading style. Word users paste a list with its web formatting
# or click a heading style by mistake: fixtures/parse-eval-docx3's Russian essay
# ru-referat-url-first-dash-site-uml.docx sets all eight entries under "Список литературы" in
# "heading 3" ("https://profspo.ru/books/83601 - Проектирование …", none read: headings end a list),
# and ru-references-gost-url-data-obrashcheniya-databases.docx its tenth of 17 GOST entries in
# "heading 1" ("Elmasri R., Navathe S. Fundamentals of Database Systems, … 2015. 1242 p.", the
# entries after it lost). Under a notes heading, until a heading that cites nothing, a heading-styled
# paragraph that reads as an entry (regions.reads_as_entry) and is longer than a heading
# (_ENTRY_HEADING_MIN characters: the longest section heading of these documents is 83 characters
# of prose, which cites nothing) is a paragraph.
_ENTRY_HEADING_MIN = 40


def _entry_headings(blocks: list[Block]) -> None:
    """Read as paragraphs the heading-styled entries of a notes list (see above)."""
    listing = False
    for block in blocks:
        if not block.text.strip():
            continue
        if block.kind == "paragraph":
            listing = listing or is_notes_heading(block.text, marked_heading=False)
        elif block.kind == "heading":
            if listing and len(block.text.strip()) >= _ENTRY_HEADING_MIN and reads_as_entry(block):
                block.kind = "paragraph"
            else:
                listing = is_notes_heading(block.text, marked_heading=True)


def _style_kinds(package: _Package, styles_part: str | None) -> dict[str, BlockKind]:
    kinds: dict[str, BlockKind] = {}
    root = package.xml(styles_part) if styles_part else None
    if root is None:
        return kinds
    for style in root.iter(f"{_W}style"):
        name_element = style.find(f"{_W}name")
        name = (name_element.get(f"{_W}val") if name_element is not None else "") or ""
        style_id = style.get(f"{_W}styleId") or ""
        lowered = name.lower()
        if lowered == "title":
            kinds[style_id] = "title"
        elif lowered.startswith("heading"):
            kinds[style_id] = "heading"
    return kinds


def _note_formats(settings: Any, body: Any) -> tuple[dict[str, str], dict[str, int]]:
    formats: dict[str, str] = {}
    starts: dict[str, int] = {}
    section = body.find(f"{_W}sectPr") if body is not None else None
    for kind, _ in _NOTE_KINDS:
        for holder in (settings, section):
            properties = holder.find(f"{_W}{kind}Pr") if holder is not None else None
            if properties is None:
                continue
            fmt = properties.find(f"{_W}numFmt")
            if fmt is not None and fmt.get(f"{_W}val"):
                formats[kind] = fmt.get(f"{_W}val") or ""
            start = properties.find(f"{_W}numStart")
            value = start.get(f"{_W}val") if start is not None else None
            if value and value.isdigit():
                starts[kind] = int(value)
    return formats, starts


@dataclass(slots=True)
class _ListNumbers:
    """The numbers Word draws before the items of its numbered lists (w:numPr), which the text does
    not hold: a "1." typed by hand is text, one Word counts is not. Only a level numbered in decimal
    whose number text is that level's own number ("%1.", "(%2)") is counted; bullets, letters and
    compound numbers ("%1.%2.") give none. Each list (w:numId) counts its levels from their w:start
    (or the list's w:startOverride); an item of a level restarts the deeper levels.

    Data: p14-docx2's Italian reading list (fixtures/parse-eval-docx2), 27 sources in a Word
    numbered list with annotation paragraphs between them: read without their numbers, its first
    three unannotated entries were taken for notes 1-3 of a list of their own.
    """

    levels: dict[str, dict[int, tuple[int, str]]]  # numId -> ilvl -> (start, number text)
    counts: dict[str, dict[int, int]] = field(default_factory=dict)

    def number(self, paragraph: Any) -> str | None:
        properties = paragraph.find(f"{_W}pPr/{_W}numPr")
        if properties is None:
            return None
        num = properties.find(f"{_W}numId")
        num_id = num.get(f"{_W}val") if num is not None else None
        level_element = properties.find(f"{_W}ilvl")
        level_value = (level_element.get(f"{_W}val") or "0") if level_element is not None else "0"
        if not num_id or num_id not in self.levels or not level_value.isdigit():
            return None
        level = int(level_value)
        counts = self.counts.setdefault(num_id, {})
        for deeper in [d for d in counts if d > level]:
            del counts[deeper]
        start, text = self.levels[num_id].get(level, (1, ""))
        counts[level] = counts.get(level, start - 1) + 1
        if text.count("%") != 1 or f"%{level + 1}" not in text:
            return None
        return str(counts[level])

    @classmethod
    def of(cls, root: Any) -> _ListNumbers:
        if root is None:
            return cls({})
        abstract: dict[str, dict[int, tuple[int, str]]] = {}
        for element in root.iter(f"{_W}abstractNum"):
            levels: dict[int, tuple[int, str]] = {}
            for lvl in element.iter(f"{_W}lvl"):
                level_value = lvl.get(f"{_W}ilvl") or ""
                fmt = lvl.find(f"{_W}numFmt")
                if not level_value.isdigit() or fmt is None or fmt.get(f"{_W}val") != "decimal":
                    continue
                start = lvl.find(f"{_W}start")
                text = lvl.find(f"{_W}lvlText")
                start_value = (start.get(f"{_W}val") or "1") if start is not None else "1"
                levels[int(level_value)] = (
                    int(start_value) if start_value.isdigit() else 1,
                    (text.get(f"{_W}val") or "") if text is not None else "",
                )
            abstract[element.get(f"{_W}abstractNumId") or ""] = levels
        lists: dict[str, dict[int, tuple[int, str]]] = {}
        for num in root.iter(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            levels = dict(abstract.get((ref.get(f"{_W}val") or "") if ref is not None else "", {}))
            for override in num.iter(f"{_W}lvlOverride"):
                level_value = override.get(f"{_W}ilvl") or ""
                start = override.find(f"{_W}startOverride")
                value = (start.get(f"{_W}val") or "") if start is not None else ""
                if level_value.isdigit() and value.isdigit() and int(level_value) in levels:
                    levels[int(level_value)] = (int(value), levels[int(level_value)][1])
            lists[num.get(f"{_W}numId") or ""] = levels
        return cls(lists)


# Zip packages that say what they are in a "mimetype" member (OpenDocument, EPUB), named so that a
# user who gave one knows what to save it as (an .odt in the user trial was "a zip archive").
_PACKAGE_KINDS = (
    (
        "application/vnd.oasis.opendocument.text",
        "OpenDocument text (.odt); save it as DOCX, HTML or Markdown",
    ),
    ("application/vnd.oasis.opendocument", "OpenDocument file, not a text document"),
    ("application/epub+zip", "EPUB book; save its chapters as HTML or DOCX"),
)


# A note marked by hand whose mark a converter cut in two: WordPerfect's footnotes saved by Word as
# custom marks (w:customMarkFollows) keep only the last digit after the reference ("could1" +
# reference + "0" for note 10), while the note itself opens with its whole mark typed ("10  Under
# certain, …"). Data: fixtures/parse-eval-docx3 chapter-footnotes-author-date-parenthetical-
# philosophy.docx, notes 10-13 read as "0"-"3" (three labels colliding with notes 1-3). The note's
# typed mark is its label when it ends with the mark read after the reference and is longer.
_TYPED_MARK = lazyre.compile(r"(\d{1,4})\s")


def _typed_custom_mark(numbering: _Numbering, kind: str, note_id: str, text: str) -> str:
    """The label of a note (see _TYPED_MARK): its custom mark completed by the note's typed one."""
    label = numbering.label(kind, note_id)
    anchors = numbering.custom.get((kind, note_id))
    typed = _TYPED_MARK.match(text)
    if anchors and typed and len(typed.group(1)) > len(label) and typed.group(1).endswith(label):
        label = numbering.labels[(kind, note_id)] = typed.group(1)
        for anchor in anchors:
            anchor.label = label
    return label


def _other_package(package: _Package) -> str:
    """What a zip archive that is no DOCX is, for the refusal's one line."""
    if "mimetype" in package.names and package.archive.getinfo("mimetype").file_size <= 200:
        declared = package.read("mimetype", 200).decode("ascii", "replace").strip()
        for prefix, kind in _PACKAGE_KINDS:
            if declared.startswith(prefix):
                return kind
    return "zip archive that is not a DOCX"


def _read_package(package: _Package, path: str) -> ReadResult:
    root_rels = package.relationships("")
    main = next(
        (target for kind, target, _ in root_rels.values() if kind == "officeDocument"), "word/document.xml"
    )
    document = package.xml(main)
    if document is None:
        raise InputError(f"{path}: binary file, not an analysis ({_other_package(package)})")
    rels = package.relationships(main)
    parts = {kind: target for kind, target, external in rels.values() if not external}
    body = document.find(f"{_W}body")
    formats, starts = _note_formats(package.xml(parts["settings"]) if "settings" in parts else None, body)
    numbering = _Numbering(formats, starts)
    list_numbers = _ListNumbers.of(package.xml(parts["numbering"]) if "numbering" in parts else None)
    style_kinds = _style_kinds(package, parts.get("styles"))
    italic_styles = _italic_styles(package, parts.get("styles"))
    hyperlinks = {
        rid: target for rid, (kind, target, external) in rels.items() if external and kind == "hyperlink"
    }
    blocks: list[Block] = []
    typed: list[set[int]] = []  # per block, the anchors typed in superscript (by id)
    previous_indent = 0
    rows: dict[Any, int] = {}  # the table rows met (their elements, kept alive), in reading order
    layouts: list[tuple[int, int]] = []  # per block, its paragraph's (left, hanging) indentation
    line = 0
    paragraphs = list(body.iter(f"{_W}p")) if body is not None else []
    contents = _field_paragraphs(paragraphs, _CONTENTS_FIELD)
    fields = _field_paragraphs(paragraphs, _BIBLIOGRAPHY_FIELD)
    listed = set(fields)
    field_ended = False  # a bibliography field ended, and no paragraph with text has come since
    # (block index, line) where each bibliography field's list starts (_head_field_lists)
    unheaded: list[tuple[int, int]] = []
    contents_styles = _styles_named(package, parts.get("styles"), _CONTENTS_STYLE)
    entry_styles = _styles_named(package, parts.get("styles"), _ENTRY_STYLE)
    listed |= {
        index
        for index, paragraph in enumerate(paragraphs)
        if (
            (style := paragraph.find(f"{_W}pPr/{_W}pStyle")) is not None
            and (style.get(f"{_W}val") or "") in entry_styles
        )
        or _in_bibliography_control(paragraph)
    }
    for index, paragraph in enumerate(paragraphs):
        line += 1
        style = paragraph.find(f"{_W}pPr/{_W}pStyle")
        if (
            index in contents
            or (style is not None and (style.get(f"{_W}val") or "") in contents_styles)
            or _in_contents_control(paragraph)
        ):
            continue  # a table of contents (_CONTENTS_FIELD)
        if next(paragraph.iterancestors(_MC_FALLBACK), None) is not None:
            # Word writes a text box twice: as a drawing (mc:Choice) and, for older readers, as
            # VML (mc:Fallback). The copy is read once (a German seminar paper of
            # fixtures/parse-eval-docx: its eight figure captions, "Abbildung 8: …, Quelle: …",
            # each read twice).
            continue
        if index in listed and index - 1 not in listed:
            unheaded.append((len(blocks), line))
        reader = _Paragraph(hyperlinks, numbering, line, italic_styles)
        reader.visit(paragraph)
        reader.finish()
        kind: BlockKind = "paragraph"
        styled = style_kinds.get(style.get(f"{_W}val") or "") if style is not None else None
        if styled is not None:
            kind = styled
        elif field_ended and reader.text.strip():
            field_ended = False
            if _heads_after_field(reader.text):
                kind = "heading"
        field_ended = field_ended or (index in fields and index + 1 not in fields)
        indent = _first_line_indent(paragraph)
        layouts.append(_layout(paragraph))
        table_row, table_head = _table_row(paragraph, rows)
        list_number = list_numbers.number(paragraph)
        block = Block(
            reader.text,
            ParagraphLocator(line),
            kind=kind,
            anchors=reader.anchors,
            links=reader.links,
            link_spans=reader.link_spans,
            spans=reader.spans,
            table_row=table_row,
            table_head=table_head,
            item=list_number is not None or _TYPED_BULLET.match(reader.text) is not None,
            list_number=list_number,
        )
        if (
            blocks
            and kind == "paragraph"
            and blocks[-1].table_row == table_row
            # Two paragraphs Word numbers are two items, whatever their indents (a hanging indent
            # set by hand on one item of fixtures/parse-eval-docx6's Polish "wykaz źródeł").
            and not (list_number is not None and blocks[-1].list_number is not None)
            and (
                _continues(
                    blocks[-1], previous_indent, block, indent, first_line_only=_first_line_only(paragraph)
                )
                or _label_cell(blocks[-1], block)
            )
        ):
            typed[-1] |= {id(a) for a in _join(blocks[-1], block, [reader.anchors[i] for i in reader.typed])}
            layouts.pop()
        else:
            blocks.append(block)
            typed.append({id(reader.anchors[i]) for i in reader.typed})
            previous_indent = indent
    _asides(blocks, layouts)
    _entry_headings(blocks)
    _drop_stray_typed(blocks, typed, numbering)
    _head_field_lists(blocks, unheaded)
    _head_whole_list(blocks)
    body = len(blocks)
    for note_kind, part_type in _NOTE_KINDS:
        part = parts.get(part_type)
        root = package.xml(part) if part else None
        if root is None:
            continue
        assert part is not None
        part_links = {
            rid: target
            for rid, (rel_kind, target, external) in package.relationships(part).items()
            if external and rel_kind == "hyperlink"
        }
        entries: list[tuple[int, Block]] = []
        for note in root.iter(f"{_W}{note_kind}"):
            if note.get(f"{_W}type") in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            line += 1
            note_line = line
            pieces: list[_Paragraph] = []
            for paragraph in note.iter(f"{_W}p"):
                reader = _Paragraph(part_links, None, line, italic_styles)
                reader.visit(paragraph)
                reader.finish()
                pieces.append(reader)
                line += 1
            line -= 1
            joined = "\n".join(piece.text for piece in pieces)
            text = joined.strip()
            # Offsets into the stripped text: a note opens with the space after its mark.
            offset = -(len(joined) - len(joined.lstrip()))
            links: list[tuple[int, str]] = []
            spans: list[tuple[int, int, str]] = []
            for piece in pieces:
                links.extend((max(0, offset + at), url) for at, url in piece.links)
                spans.extend(
                    (max(0, offset + a), min(len(text), offset + b), kind)
                    for a, b, kind in piece.spans
                    if offset + b > 0
                )
                offset += len(piece.text) + 1
            label = _typed_custom_mark(numbering, note_kind, note.get(f"{_W}id") or "", text)
            entries.append(
                (
                    len(numbering.labels),
                    Block(text, ParagraphLocator(note_line), links=links, note_label=label, spans=spans),
                )
            )
        # Referenced notes in order of reference, then the ones never referenced.
        order = {label: position for position, label in enumerate(numbering.labels.values())}
        blocks.extend(
            block for _, block in sorted(entries, key=lambda e: order.get(e[1].note_label or "", e[0]))
        )
    if len(blocks) > body:
        # A document with Word's own notes cites by them: a numbered list of its body (a source
        # list Word numbers, "1." … "24.") gives no labels, which would be the notes' own (p14-docx2's
        # German seminar paper: 48 footnotes and a numbered list of 24 sources, read as a second
        # note 1…24: a duplicate-footnote error and three claim mismatches on notes that were right).
        for block in blocks[:body]:
            if block.list_number is not None:
                block.list_number, block.item = None, False
    title = None
    core = next((target for kind, target, _ in root_rels.values() if kind == "core-properties"), None)
    core_root = package.xml(core) if core else None
    if core_root is not None:
        title_element = core_root.find(_DC_TITLE)
        if title_element is not None and title_element.text and title_element.text.strip():
            title = " ".join(title_element.text.split())
    return ReadResult(blocks, title=title)


def read_docx(data: bytes, *, path: str) -> ReadResult:
    """Blocks of a DOCX file; :class:`InputError` when it is not a readable DOCX."""
    try:
        archive = zipfile.ZipFile(BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError):
        # NotImplementedError: zipfile's answer to a (damaged) header claiming a newer zip version.
        raise InputError(f"{path}: binary file, not an analysis (not a valid DOCX zip archive)") from None
    try:
        with archive:
            return _read_package(_Package(archive), path)
    except InputError:
        raise
    except (
        etree.XMLSyntaxError,
        zipfile.BadZipFile,
        zlib.error,
        ValueError,
        KeyError,
        EOFError,
        OSError,
        NotImplementedError,
        RuntimeError,
    ) as exc:
        # One clear line instead of a traceback: a damaged or encrypted document.
        raise InputError(f"{path}: unreadable DOCX ({type(exc).__name__}: {exc})") from None
