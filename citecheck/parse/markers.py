"""Footnote labels and markers: roman and arabic labels and their ordinals, the markers written in
running text ([iv], [4], ⁴) with the false ones left out, and how an entry's label is written.

False markers left out: index expressions (``arr[1] = 5``, ``xs[1].strip()``, ``row_data[1]``),
exponents (``m²``, ``n<sup>2</sup>``, ``(log(n))²``) and, in a document without any entry, brackets
that do not close a clause. Measured on the 31 public READMEs and docs pages of fixtures/readmes
and this repository's README: before these rules they produced 24 ``missing-footnote`` errors (9
exponents in a complexity table, 12 labels quoted in code spans or mentioned in prose, 2 "[x]"
checkbox mentions, 1 ``arr[1]`` in a code span), after them none;
on 109 real saved web pages (trafilatura's test cache) the 2 false ``missing-footnote`` errors went
too. Real markers in documents without entries almost always close a clause (``….[1]``); a label
after a space or glued to a word is a mention (``footnote [iv] cites``) or code.

README sweep (branch p10-readme-sweep: 195 READMEs and docs pages of 25 public repositories in
16 languages, ``citecheck check --offline``; the documents that exposed each rule are in
fixtures/readmes): 8 ``missing-footnote`` errors, all false, none after four rules — a mixed-case
name squared ("### ReLU²", x-transformers; :func:`is_power`), a number raised to a power inside
arithmetic ("2<sup>0</sup> + 2<sup>1</sup> + …", 4 errors in a math cheat sheet), a bracket inside
TeX math ("$\\mathbb{E}[x]$", 2), a part number inside a Markdown link's text ("[暗号化アルゴリズム
([1])](https://…)", 1). Each has a guard and a near miss in tests/parse/test_readme_sweep.py; no
footnote of the parse eval moved.

Blog sweep (branch p10-blog-sweep, 180 calibration posts): a power of two or ten written alone
("256 (2<sup>8</sup>)", "10<sup>400</sup> jeitos") is an exponent: 3 false ``missing-footnote``
errors, none after; near misses in tests/parse/test_blog_sweep.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from citecheck import lazyre

LabelStyle = Literal["lower-roman", "upper-roman", "arabic", "other"]

_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
_ROMAN_CANONICAL = lazyre.compile(r"m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})")
# Subscript digits read as their digits too: a label typed with them ("₁ WWF (2020): …") is the
# number it shows (see ENTRY_START's "sub" group).
_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉", "01234567890123456789")
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"


def roman_value(text: str) -> int | None:
    """The value of a well-formed roman numeral (either case), or None."""
    lowered = text.lower()
    if not lowered or not _ROMAN_CANONICAL.fullmatch(lowered):
        return None
    total = 0
    for char, following in zip(lowered, [*lowered[1:], ""], strict=True):
        value = _ROMAN_VALUES[char]
        total += -value if following and _ROMAN_VALUES[following] > value else value
    return total


def to_roman(number: int) -> str:
    """``number`` as a lower-case roman numeral (Word numbers endnotes i, ii, iii …)."""
    parts = []
    for value, numeral in (
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
        (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    ):  # fmt: skip
        count, number = divmod(number, value)
        parts.append(numeral * count)
    return "".join(parts)


def label_style(label: str) -> LabelStyle:
    if label.isdigit():
        return "arabic"
    if roman_value(label) is not None:
        return "lower-roman" if label.islower() else "upper-roman" if label.isupper() else "other"
    return "other"


def label_ordinal(label: str) -> int | None:
    """The number a label stands for: "iv" → 4, "12" → 12, "⁴" → 4; None for names like "note"."""
    plain = label.translate(_SUPERSCRIPT_DIGITS)
    if plain.isdigit():
        return int(plain)
    return roman_value(plain)


def label_key(label: str) -> str:
    """What makes two labels the same footnote: case does not ("IV" is "iv"), digits are digits."""
    return label.translate(_SUPERSCRIPT_DIGITS).strip().casefold()


def clean_label(text: str) -> str:
    """A marker's visible text reduced to its label: "[iv]" → "iv", "⁴" → "4", "^1" → "1"."""
    return text.strip().strip("[]()^ ").translate(_SUPERSCRIPT_DIGITS).rstrip(".")


_LABEL_TEXT = lazyre.compile(r"\[?\^?(?:[ivxlcdm]{1,8}|[IVXLCDM]{1,8}|\d{1,4}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4})\]?")


def looks_like_label(text: str) -> bool:
    """True for a superscript or link text that can be a footnote label ("4", "[iv]", "iv")."""
    stripped = text.strip()
    return (
        bool(stripped)
        and _LABEL_TEXT.fullmatch(stripped) is not None
        and label_ordinal(clean_label(stripped)) is not None
    )


# How an entry starts at the beginning of a line: "[iv] …", "[^4]: …", "4. …", "4) …", "(4) …",
# "⁴ …", and Wikipedia's rendered "4. ^ …" / "^ a b …".
ENTRY_START = lazyre.compile(
    r"""
    [^\S\n]*
    (?:
        # (PDF-extracted text may leave the label on a line of its own: "[1] ⏎S. G, A. S. A, …".)
        # A stop after the bracket ("[1]. Moghrabi, C. - …", "[3]. Lane H. – …"): Slovak and Czech
        # theses' ISO 690 lists written in Word (heldback-42's sk-iso690-nlp, 12 notes) — the stop is
        # the label's, not the entry's first sentence; a space must follow ("[1].5" stays).
        \[(?P<bracket>[ivxlcdm]{1,8}|[IVXLCDM]{1,8}|\d+)\](?::|\.(?=[^\S\n]))?(?:[^\S\n]*\n(?=[^\S\n]*[^\W\d_]))?
      # "[BAUM14]: " (DIN 1505 keys), or the key closing its line, the work on the next one (a key
      # cell of an HTML table: heldback-15's German Literaturverzeichnis, "[AVRA16]⏎Avram, Abel …").
      | \[(?P<key>[A-ZÄÖÜ][A-Za-zÄÖÜäöüß]{1,7}(?:\d{2}|\d{4})[a-z]?)\](?::(?=[^\S\n])|[^\S\n]*\n(?=[^\S\n]*[^\W\d_]))
      # Citation keys, the labels a text cites its sources by: Pandoc's "[@akiba2019optuna] " and
      # an index's "[ADAMS-2024] ", "[CANIDIO-FM-AMM-2025] " (capitals, hyphens, the year last).
      | \[@(?P<citekey>[A-Za-z][\w:.#$%&+?<>~/-]{0,60})\]:?(?=[^\S\n])
      | \[(?P<yearkey>[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*-(?:19|20)\d{2}[a-z]?)\]:?(?=[^\S\n])
      # Alphabetic keys without the colon (BibTeX's alpha style and hand-kept lists: "[Knu84] ",
      # "[Go1] "): a capital, small letters, then digits, followed by a space. All capitals are
      # left alone: "[RFC5234]" opening one item of a list whose others have no key is a standard's
      # number, not the list's label (en-iso690-ipk-chat.md).
      | \[(?P<alphakey>[A-Z][a-z]{1,7}\d{1,4}[a-z]?)\](?=[^\S\n])
      # A category letter and a serial number before an author written "Surname, I." ("[S1] Verbraeken,
      # J., …", "[F8] Zaharia, M., …", "[C1] Abadi, M., …"): an annotated bibliography grouped by kind of
      # source, surveys S1-S3, foundational papers F1-F8, conference papers C1-C7
      # (en-annotated-bibliography-distributed-ml-survey.md). One or two capitals and at most three
      # digits: "[RFC5234]" (a standard's number), "[A4] 210 mm", and keys before an organisation's
      # name and a quoted title ('[U1] Widget Institute, "…"', heldback-18's keyed lists, judged as a
      # run of one prefix elsewhere) stay.
      | \[(?P<serialkey>[A-Z]{1,2}\d{1,3})\](?=[^\S\n]+[^\W\d_][\w'’-]+,[^\S\n][^\W\d_]\.)
      # "[Ref. 3] ", "[Ref.1] ", "[ref. 2] ": a numbered reference named so, the name the text cites
      # it by (a Catalan thesis's external references, "[Ref.1] -- _Title_ [en línia] …"; notes
      # and READMEs list "[ref. 1] https://…" the same way).
      | \[(?P<refkey>[Rr][eé]f\.?[^\S\n]?\d{1,4})\](?=[^\S\n])
      # reStructuredText's footnotes and citations: ".. [#f1] ", ".. [#] " (numbered in order),
      # ".. [1] ", ".. [CIT2002] "; the label is the name without "#".
      | \.\.[^\S\n]+\[\#?(?P<rst>[A-Za-z0-9][\w.:-]{0,40})?\](?=[^\S\n])
      | \[\^(?P<caret_def>[ivxlcdm]{1,8}|[IVXLCDM]{1,8}|\d{1,4})\]:   # Markdown's "[^4]:", never a bare "[^4]"
      | (?P<sup>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4})
      # Family: notes labelled with typed subscript digits, as a blog's editor without a superscript
      # button types them ("₁ WWF (2020): Living Planet Report 2020, abrufbar unter …⏎⏎₂ …":
      # heldback-38's WordPress post, nine sources, the digit left in the author and title of each).
      # Only before a space and a letter or digit, so a chemical formula's digit wrapped to a line's
      # start ("CO⏎₂-Ausstoß") is none.
      | (?P<sub>[₀₁₂₃₄₅₆₇₈₉]{1,3})(?=[^\S\n]+\w)
      # A superscript label written in TeX by PDF-to-Markdown converters (Mathpix, Marker) for a
      # physics journal's endnotes: "$^{12}$ZEON Corporation, …".
      | \$\^\{(?P<texsup>\d{1,4})\}\$
      # "1:https://…": a number and a colon glued to the URL it labels (a Chinese brief's notes,
      # heldback-14); only before a URL, so "10:30" or "3:2" is no label.
      | (?P<number>\d{1,4})(?:[.)](?=[^\S\n])|:(?=[^\S\n]?https?://))
      # A number and a letter before an address ("5a. https://…", an entry added after 5 without
      # renumbering the list: heldback-16's Kazakh sources, "5a." and "10a."); only before a URL,
      # so a how-to's "3a. Install" is no label.
      | (?P<lettered>\d{1,3}[a-z])\.(?=[^\S\n]+https?://)
      # A sub-number set off by a tab or two spaces ("1.1\tTitle", "10.2  Title": heldback-15's
      # Georgian sources, numbered by topic); a section number before one space ("1.1 Scope") is
      # none.
      | (?P<subnumber>\d{1,3}\.\d{1,2})(?=[^\S\n]?\t|[^\S\n]{2})
      # Or before one space and a bracketed title ("1.1 [UN Women Country Data Sheet]
      # (https://…)", "1.2.1 [UN Women Data Hub] (…)": heldback-18's annotated list of data
      # sources, numbered by organisation, its links broken by a space); "1.1 Scope" is none.
      | (?P<subnumber_linked>\d{1,3}(?:\.\d{1,2}){1,2})(?=[^\S\n]\[[^\]\n]+\])
      | \((?P<paren>\d{1,4})\)
    )
    (?P<caret>[^\S\n]*\^(?:[^\S\n]+[a-z](?=[^\S\n]))*)?
    [^\S\n]*(?=\S)
    | [^\S\n]*(?P<bare_caret>\^(?:[^\S\n]+[a-z](?=[^\S\n]))*)[^\S\n]+(?=\S)
    """,
    re.VERBOSE,
)


EntryKind = Literal["bracket", "sup", "number", "paren", "caret"]


@dataclass(frozen=True, slots=True)
class EntryStart:
    """An entry's label as written at the start of its line; ``length`` covers label and spacing."""

    label: str | None
    kind: EntryKind
    length: int


def match_entry_start(text: str, pos: int = 0) -> EntryStart | None:
    """The label an entry line starting at ``pos`` begins with, and how many characters it takes."""
    match = ENTRY_START.match(text, pos)
    if match is None:
        return None
    if match.group("bare_caret") is not None:
        return EntryStart(None, "caret", match.end() - pos)
    if match.group(0).lstrip().startswith(".. ["):
        return _rst_entry_start(match, pos)
    kinds: tuple[tuple[str, EntryKind], ...] = (
        ("bracket", "bracket"),
        ("key", "bracket"),
        ("citekey", "bracket"),
        ("yearkey", "bracket"),
        ("alphakey", "bracket"),
        ("serialkey", "bracket"),
        ("refkey", "bracket"),
        ("caret_def", "bracket"),
        ("sup", "sup"),
        ("sub", "sup"),
        ("texsup", "sup"),
        ("number", "number"),
        ("lettered", "number"),
        ("subnumber", "number"),
        ("subnumber_linked", "number"),
        ("paren", "paren"),
    )
    for group, kind in kinds:
        value = match.group(group)
        if value is not None:
            label = value.translate(_SUPERSCRIPT_DIGITS)
            return EntryStart(label, "caret" if match.group("caret") else kind, match.end() - pos)
    return None


def _rst_entry_start(match: re.Match[str], pos: int) -> EntryStart:
    """A reStructuredText footnote or citation: its name is its label; "[#]" is numbered in order."""
    name = match.group("rst")
    return EntryStart(name.translate(_SUPERSCRIPT_DIGITS) if name else None, "bracket", match.end() - pos)


# Markers in running text. A bracketed label must not run into a word ("[I]t", "[a]nd" are
# editorial brackets), and sits outside URLs (checked by the caller).
_BRACKET_MARKER = r"\[(?P<bracket>[ivxlcdm]{1,8}|[IVXLCDM]{1,8}|\d+)\](?![^\W_]|\()"
_SUP_MARKER = r"(?P<sup>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4})"
# "(4)" not right after a word or another "(": the look-behind is written after the "(" so that
# every branch starts with a character to look for, which lets the regex engine skip ahead.
_PAREN_MARKER = r"\((?<![\w(]\()(?P<paren>\d{1,4})\)(?![^\W_])"
# Several notes in one bracket, as numbered styles (IEEE, Vancouver, Nature, ACS) cite them: "[1, 2]",
# "[3–5]", "[2, 7–9; 12]". Each number is a marker; a range stands for every number in it. Read as
# no marker before: the parse eval's Korean Vancouver report (ko-vancouver-corporate-graves-geungeo.md,
# "…monitoring과 persistence 평가[1,2]") left its notes 1 and 2 orphaned and their sentence unchecked.
# Guards (find_text_markers): every number must be an entry of the document, no range may run
# backwards or over GROUP_RANGE_MAX numbers, and the index-expression and link-text tests of "[1]"
# apply ("a_b[1, 2]" is code, "[0, 1]" an interval, "[1–200]" pages).
_GROUP_MARKER = (
    r"\[(?P<group>\d{1,3}(?:[^\S\n]*[-–—][^\S\n]*\d{1,3})?(?:[^\S\n]*[,;][^\S\n]*\d{1,3}"
    r"(?:[^\S\n]*[-–—][^\S\n]*\d{1,3})?)+|\d{1,3}[^\S\n]*[-–—][^\S\n]*\d{1,3})\](?![^\W_]|\()"
)
TEXT_MARKER = lazyre.compile(f"{_BRACKET_MARKER}|{_GROUP_MARKER}|{_SUP_MARKER}|{_PAREN_MARKER}")
# The same markers where only some kinds can be there: no superscript digit in the text, or no
# source list labelled "(1)" (the kinds never overlap, so each finds what TEXT_MARKER finds of
# its kinds). Brackets alone are found by a fast scan for "[": a 20 MB text in milliseconds.
_MARKERS_OF_KINDS = {
    (True, True): TEXT_MARKER,
    (True, False): re.compile(f"{_BRACKET_MARKER}|{_GROUP_MARKER}|{_SUP_MARKER}"),
    (False, True): re.compile(f"{_BRACKET_MARKER}|{_GROUP_MARKER}|{_PAREN_MARKER}"),
    (False, False): re.compile(f"{_BRACKET_MARKER}|{_GROUP_MARKER}"),
}
# "m²", "km³", "x²": units and powers, not footnotes; "nⁿ", "n<sup>4</sup>": a power of a variable.
# A unit glued to its number too, as German, French and Russian pages write areas ("63m²", "90m²",
# "5cm³"): read as note 2, a holiday-rental page and a listing among trafilatura's saved test pages
# (adbar/trafilatura tests/eval, 922 pages swept on 2026-12-07) each had a missing-footnote error.
_POWER_BASE = lazyre.compile(r"(?:^|[^a-zA-Z_])[a-zA-Z]{1,2}$")
_VARIABLE_BASE = lazyre.compile(r"(?:^|[^\w])[a-z]$")
# "(log(n))²", "(a+b)²": a bracketed expression squared; "(see below)²" stays a marker.
_EXPRESSION_BASE = lazyre.compile(r"\)\)$|[\w\s][-+*/^][\w\s]*\)$|\([a-z]\)$")


# "ReLU²", "GeLU³": a name with an inner capital (an identifier, as _CAMEL reads one in an index
# expression) squared or cubed; "report²", "NASA²" stay markers (README sweep, below).
_IDENTIFIER_BASE = lazyre.compile(r"(?:^|[^\w])[A-Za-z]*[a-z][A-Z][A-Za-z]*$")
# A number raised to a power inside arithmetic: "2<sup>0</sup> + 2<sup>1</sup> + …", "= 10<sup>6</sup>":
# an operator before the number or right after the superscript. "in 1998<sup>4</sup> the" stays a
# marker (README sweep, below).
_NUMBER_BASE = lazyre.compile(r"(?:^|[^\w.,])(\d+(?:[.,]\d+)?)$")
_OPERATOR_BEFORE = lazyre.compile(r"[-+*/=×·^−]\s*$")
_OPERATOR_AFTER = lazyre.compile(r"\s*[+*/=×·^−]")
# A power of two or of ten written alone: "256 (2<sup>8</sup>) values", "Go em 2<sup>8</sup> palavras",
# "na ordem de 10<sup>400</sup> jeitos" (blog sweep, branch p10-blog-sweep: 3 false
# ``missing-footnote`` errors in a Portuguese and a Russian post, no operator near them). Guard: the
# base is the number 2 or 10 standing alone (not "12", "1.2", "v2"), and the exponent is no "1";
# "in 1998<sup>4</sup>", "page 12<sup>3</sup>", "step 2<sup>1</sup>" stay markers.
_TWO_OR_TEN_BASE = lazyre.compile(r"(?:^|[^\w.,])(?:2|10)$")


def is_power(before: str, label: str, after: str = "") -> bool:
    """Whether a superscript ``label`` right after ``before`` (and before ``after``, where the
    reader knows it) is an exponent ("m²", "n<sup>4</sup>", "ReLU²", "2<sup>0</sup> + 2<sup>1</sup>")."""
    tail = before[-12:]
    if label in ("2", "3") and _IDENTIFIER_BASE.search(tail):
        return True
    if label.isdigit() and label != "1" and _TWO_OR_TEN_BASE.search(tail):
        return True
    number = _NUMBER_BASE.search(tail) if label.isdigit() else None
    if number is not None and (
        _OPERATOR_BEFORE.search(tail[: number.start(1)]) or _OPERATOR_AFTER.match(after[:8])
    ):
        return True
    return bool(
        (label in ("2", "3") and (_POWER_BASE.search(tail[-3:]) or _EXPRESSION_BASE.search(tail)))
        or (label.isdigit() and _VARIABLE_BASE.search(tail[-3:]))
    )


@dataclass(frozen=True, slots=True)
class TextMarker:
    label: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class KnownLabels:
    """The labels a document's entries use, so unknown markers can be judged plausible or not."""

    keys: frozenset[str]
    styles: frozenset[LabelStyle]
    max_ordinal: int
    paren_keys: frozenset[str] = frozenset()

    @classmethod
    def of(cls, labels: list[str], paren_labels: Sequence[str] = ()) -> KnownLabels:
        ordinals = [o for o in (label_ordinal(label) for label in labels) if o is not None]
        return cls(
            keys=frozenset(label_key(label) for label in labels),
            styles=frozenset(label_style(label) for label in labels),
            max_ordinal=max(ordinals, default=0),
            paren_keys=frozenset(label_key(label) for label in paren_labels),
        )

    def accepts(self, label: str, *, superscript: bool) -> bool:
        """Whether a marker with ``label`` and no entry is a missing footnote rather than noise."""
        if label_key(label) in self.keys:
            return True
        style = label_style(label)
        ordinal = label_ordinal(label) or 0
        if style == "arabic" and (len(label) >= 4 or ordinal == 0):
            return False  # [2025] is a year, [0] nobody's footnote
        if not self.keys:
            if superscript:
                return ordinal <= 99
            return ordinal <= (300 if style == "arabic" else 40)
        if style not in self.styles and not (superscript and "arabic" in self.styles):
            return False
        return ordinal <= self.max_ordinal + 10


# Index expressions and calls are code, not markers: "arr[1] = 5", "print(xs[1])", "self.items[1]",
# "row_data[1]", "m[1][2]". What marks code: an identifier with "_", an attribute chain or an inner
# capital; an operator or bracket right before the identifier; an index, call, attribute or
# assignment right after the brackets.
_IDENTIFIER_BEFORE = lazyre.compile(r"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$")
_CODE_BEFORE_IDENTIFIER = lazyre.compile(r"(?:[(\[{=,+\-*/%<>!&|^~@$:]|->)[^\S\n]*$")
_CODE_AFTER = lazyre.compile(
    r"\[|\(|\.[A-Za-z_]|->|::|[^\S\n]*(?:[-+*/%&|^]?=(?!=)|==|!=|<=|>=|\+\+|--|\bis\b[^\S\n]+(?:not[^\S\n]+)?None\b)"
)
_CAMEL = lazyre.compile(r"[a-z][A-Z]")
# Without any entry in the document a bracket is believed a marker only where markers stand:
# glued to the end of a clause (".[1]", "%[1]", "”[1]"), not to a word ("arr[1]", "A[1]") and not
# after a space ("see [1]", "footnote [iv] cites"), which is how labels are mentioned in prose.
_WORD_CHAR = lazyre.compile(r"\w")


# A bracket inside a Markdown link's text that the reader kept as written (CommonMark lets link text
# hold balanced brackets; "[暗号化アルゴリズム ([1])](https://…/algo9-1.htm) - Fussy ([2](…))", a part
# number in free-programming-books' Japanese list): the link's text closes right after it.
# Guard: the link goes to a web address and has words before the bracket; "[[1]](https://…)" (a
# marker linked to its source) and "[\[1\]](#references)" (a marker linked to the notes) stay.
_CLOSES_LINK_TEXT = lazyre.compile(r"[^\[\]\n]{0,40}\]\((?:https?://|www\.)")
_OPENS_LINK_TEXT = lazyre.compile(r"\[([^\[\]\n]{1,200})$")


def _in_link_text(text: str, start: int, end: int) -> bool:
    if not _CLOSES_LINK_TEXT.match(text, end):
        return False
    opened = _OPENS_LINK_TEXT.search(text, max(0, start - 200), start)
    return opened is not None and any(c.isalnum() for c in opened.group(1))


# TeX math as Markdown renderers (GitHub, MathJax, KaTeX, Pandoc) read it: "$$…$$" or "$…$" on one
# line, the "$" against its content on the inside and not followed by a digit ("$5 and $10" is
# money), and with a sign of TeX in it (a command, "^", "_", a brace): "$\mathbb{E}[x]$",
# "$$\hat{x} = x - \mathbb{E}[x]$$" (README sweep, below). A bracket inside is an argument.
_TEX_MATH = lazyre.compile(
    r"\$\$(?=\S)[^$\n]{1,400}?(?<=\S)\$\$|(?<![\w$\\])\$(?=[^\s$])[^$\n]{1,400}?(?<=[^\s\\$])\$(?![\d$])"
)
_TEX_SIGN = lazyre.compile(r"\\[A-Za-z]+|[\^_{}]")


def _is_index_expression(text: str, start: int, end: int) -> bool:
    """Whether the bracket at ``text[start:end]`` indexes an identifier in code-like text."""
    previous = text[start - 1] if start else ""
    if not (previous.isalnum() or previous in ("_", "$")):
        return False  # an identifier ends in a word character: none right before the bracket
    before = text[max(0, start - 80) : start]
    identifier = _IDENTIFIER_BEFORE.search(before)
    if identifier is None:
        return False
    name = identifier.group()
    if "_" in name or "." in name or "$" in name or _CAMEL.search(name):
        return True
    if _CODE_BEFORE_IDENTIFIER.search(before, 0, identifier.start()):
        return True
    return _CODE_AFTER.match(text, end) is not None


# A range in a group stands for every number in it, up to this many ("[3–5]" is 3, 4 and 5): numbered
# styles cite runs of a few references; "[1–200]" is no citation (a page range, an interval).
GROUP_RANGE_MAX = 30
_GROUP_PART = lazyre.compile(r"(\d+)(?:\s*[-–—]\s*(\d+))?")


def group_labels(group: str) -> list[str]:
    """The labels of a bracket of several notes ("1, 2" → 1, 2; "3–5" → 3, 4, 5), or none when a
    range runs backwards or over ``GROUP_RANGE_MAX`` numbers, or a number is 0 or repeated."""
    labels: list[int] = []
    for part in re.split(r"\s*[,;]\s*", group.strip()):
        found = _GROUP_PART.fullmatch(part)
        if found is None:
            return []
        first = int(found.group(1))
        last = int(found.group(2)) if found.group(2) else first
        if first == 0 or last < first or last - first >= GROUP_RANGE_MAX:
            return []
        labels.extend(range(first, last + 1))
    if len(set(labels)) != len(labels):
        return []
    return [str(n) for n in labels]


# A label set in quotation marks of its own is the label named, not a note cited: "typed "[1]" APA
# entries" (this project's fixtures/parse-eval-docx2/README.md, describing a document's entries, gave
# a missing-footnote error offline). A marker cites from the end of its sentence or word, where no
# opening quote stands right before it and its closing one right after.
_QUOTE_PAIRS = {'"': '"', "“": "”", "„": "“", "‘": "’", "'": "'", "«": "»", "»": "«", "「": "」"}


def _quoted_mention(text: str, start: int, end: int) -> bool:
    before = text[start - 1 : start]
    return bool(before) and _QUOTE_PAIRS.get(before) == text[end : end + 1]


def find_text_markers(text: str, known: KnownLabels, masked: list[tuple[int, int]]) -> list[TextMarker]:
    """Markers written as plain text in ``text``, leaving out those inside ``masked`` spans (URLs,
    code) and index expressions (``arr[1]``)."""
    found: list[TextMarker] = []
    code_end = -1
    math: list[tuple[int, int]] | None = None
    superscripts = any(digit in text for digit in SUPERSCRIPTS)
    for match in _MARKERS_OF_KINDS[superscripts, bool(known.paren_keys)].finditer(text):
        start, end = match.span()
        if any(lo < end and start < hi for lo, hi in masked):
            continue
        kind = match.lastgroup  # each branch has one named group: "bracket", "group", "sup" or "paren"
        superscript = kind == "sup"
        if kind == "group":
            labels = group_labels(match.group("group"))
            if (
                labels
                and not _is_index_expression(text, start, end)
                and not _in_link_text(text, start, end)
                and all(label_key(label) in known.keys for label in labels)
            ):
                found.extend(TextMarker(label, start, end) for label in labels)
            continue
        if kind == "paren":
            # "(1)" is a marker only where a source list is labelled "(1)", "(2)" …
            if label_key(match.group("paren")) in known.paren_keys:
                found.append(TextMarker(match.group("paren"), start, end))
            continue
        label = match.group(kind or "bracket").translate(_SUPERSCRIPT_DIGITS)
        if superscript and is_power(text[max(0, start - 12) : start], label, text[end : end + 8]):
            continue
        if math is None:
            math = (
                [m.span() for m in _TEX_MATH.finditer(text) if _TEX_SIGN.search(m.group())]
                if "$" in text
                else []
            )
        if any(lo < start and end < hi for lo, hi in math):
            continue  # "$\mathbb{E}[x]$": an argument in TeX math
        if not superscript:
            # "m[1][2]": the second index of an expression is code too.
            if start == code_end or _is_index_expression(text, start, end):
                code_end = end
                continue
            if _in_link_text(text, start, end):
                continue  # "[暗号化アルゴリズム ([1])](https://…)": a part number in a link's text
            if _quoted_mention(text, start, end):
                continue
            before = text[start - 1] if start else " "
            if not known.keys and (before.isspace() or _WORD_CHAR.match(before)):
                continue
        if known.accepts(label, superscript=superscript):
            # reStructuredText's footnote reference "[1]_" ends in its underscore: part of the marker,
            # not of the sentence ("Rejected; see [1]_." read "Rejected; see _.").
            if (
                not superscript
                and text.startswith("_", end)
                and not _WORD_CHAR.match(text[end + 1 : end + 2] or " ")
            ):
                end += 1
            found.append(TextMarker(label, start, end))
    return found
