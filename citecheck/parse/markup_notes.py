r"""Notes written in Org mode's, AsciiDoc's and LaTeX's syntax, rewritten as the Markdown reader reads notes.

Two lightweight markups write notes their own way, and authors carry that syntax into the files
citecheck reads: Org files themselves (``.org``, sniffed as Markdown or text), Markdown blog posts
written by Org users (Hugo front matter, ``#`` headings, Org notes and links), AsciiDoc files
(``.adoc``) and Markdown wiki pages that paste AsciiDoc's macro into a bullet. Found with the public
search tools on branch s39-hunt11 (fixtures/parse-eval part "p39hunt11 (studied)"; seven Chinese
blog posts of one Org author, three English Org and Org-export files, four AsciiDoc documents, one
Markdown page with AsciiDoc macros). Read as prose before, an Org note's link "[[URL][Title]]" gave
the address with "][Title" glued on and no title, a bare "[fn:1] URL" the title "fn:1", and an
AsciiDoc macro no note at all (first read: org-notes 0/15 titles, asciidoc-notes 1/12 addresses).

- Org (:func:`org_notes`): a definition is a line opening with ``[fn:LABEL]`` at its first column,
  its text after it; a marker is ``[fn:LABEL]`` anywhere else. Read where a definition's label is
  also a marker in the text (Org itself lists a definition nobody cites, but an unreferenced
  ``[fn:1]`` at a line's start is as likely a bracketed remark); the definitions become ``[^LABEL]:``
  notes and the markers ``[^LABEL]``. Org links, ``[[URL][Text]]`` and ``[[URL]]`` with a web
  address, are written as Markdown's ``[Text](URL)`` and ``<URL>`` in such a document (an Org link
  whose target is a heading, ``[[*Intro]]``, or a wiki page's ``[[Page]]`` is no web link and stays).
  Org's inline notes, ``[fn::Text]`` and ``[fn:name:Text]`` (:func:`org_inline_notes`), are read
  where they stand as AsciiDoc's macro is (below): numbered 1, 2, … in order, the text ending at the
  bracket that balances the note's opening one, before a blank line at the latest, a named one cited
  again by ``[fn:name]``; its Org links written as Markdown's. Read only where the source defines no
  Org note (``[fn:N] …`` at a line's start), so two numberings never mix, and only a note with text
  (``[fn::]`` is none). Data: branch s40-hunt12's German Jekyll page on causal inference (fixtures/
  parse-eval part "p40hunt12 (studied)"), one note ``…ausgedrückt[fn::https://…]:`` written in its
  Markdown, read as no note before (the address glued to "fn::" was no link either); the macro is
  explicit, so one note is read, as one AsciiDoc note is.
- AsciiDoc (:func:`asciidoc_notes`): a note is the inline macro ``footnote:[Text]`` (or
  ``footnote:id[Text]``, which names it; ``footnote:id[]`` cites a named note again), numbered 1, 2,
  … in the order they stand, its text ending at the bracket that balances its opening one (a link
  macro inside holds brackets of its own), before a blank line at the latest. The macro is explicit,
  so one note is read (Pandoc's "^[…]" needs two, markdown._INLINE_NOTES_MIN: a caret and a bracket
  stand in code and formulas too). AsciiDoc's links inside a note, ``link:URL[Text]`` and
  ``URL[Text]``, are written as Markdown links; a Markdown link there (a wiki page pasting the
  macro into Markdown, "footnote:[see [Cortex-A53 on arm.com](URL)]") stays as written. The
  malformed ``footnote[…]`` without its colon is no macro (AsciiDoc prints it as text).
- LaTeX (:func:`latex_notes`): Markdown written for a LaTeX build (Pandoc, R Markdown, Beamer slides)
  keeps LaTeX's ``\footnote{Text}`` (or ``\footnote[n]{Text}``), which Pandoc passes to LaTeX as it
  stands. Read where it stands as AsciiDoc's macro is: numbered 1, 2, … in order, its text ending at
  the brace that balances its opening one (``\href{URL}{Title}`` and ``\url{URL}`` inside hold
  braces of their own), before a blank line at the latest. Its links are written as Markdown's:
  ``\href{URL}{Title}`` as "[Title](URL)", as "<URL>" where the text only shows the address
  ("\href{https://en.wikipedia.org/wiki/Cron}{en.wikipedia.org/wiki/Cron}"); ``\url{URL}`` and a
  bare address as "<URL>", LaTeX's escapes undone ("NL\_DF0Klepc"); styled text (``\emph{…}``) as
  plain text. ``\footnotetext``/``\footnotemark`` (a text and a marker set apart) are no such note.
  Read only where the source has no Pandoc inline note "^[…]" (two numberings would mix). Data:
  branch s41-hunt13's seven documents of the family (fixtures/parse-eval part "p41hunt13
  (studied)": a Statistics Netherlands working paper in R Markdown, Beamer slides with a note at the
  end of six slide headings, a Chinese rendering report whose notes are mostly remarks, a German
  exercise sheet, a README written for both GitHub and LaTeX), 16 notes read as none before.

Every rewrite keeps each offset where it was (replacements padded with spaces, line breaks kept),
as site_notes.py's families do; both run only where the document has no Markdown notes of its own.
A document the text reader would read (an ``.adoc`` file is sniffed as text) is read by the Markdown
reader when it holds any family's notes (:func:`has_markup_notes`, document.parse_text).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from citecheck import lazyre

# ---- Org ------------------------------------------------------------------------------------------

_ORG_DEFINITION = lazyre.compile(r"^\[fn:([\w-]{1,40})\][ \t]+(?=\S)", re.MULTILINE)
_ORG_MARKER = lazyre.compile(r"\[fn:([\w-]{1,40})\]")
# An Org link to a web address, with its description or without: "[[https://…][Title]]",
# "[[https://…]]"; the description may run onto the next line (not over a blank one).
_ORG_LINK = lazyre.compile(r"\[\[((?:https?://|www\.)[^\s\[\]]+)\](?:\[((?:(?!\n[ \t]*\n)[^\[\]])+)\])?\]")


def _padded(text: str, replacement: str) -> str:
    """``replacement`` padded with spaces to the length of ``text``, with as many line breaks as
    ``text`` has (a replacement that keeps them all, a link whose text runs onto the next line, is
    padded after them; else the breaks of ``text`` follow it); ``text`` itself when it does not fit."""
    breaks = text.count("\n")
    if replacement.count("\n") == breaks:
        return replacement.ljust(len(text)) if len(replacement) <= len(text) else text
    if "\n" in replacement or len(replacement) + breaks > len(text):
        return text
    return replacement + "".join("\n" if char == "\n" else " " for char in text[len(replacement) :])


def _replace(source: str, pieces: list[tuple[int, int, str]]) -> str:
    """``source`` with each (start, end, text) piece put in place (pieces that overlap are skipped)."""
    out: list[str] = []
    last = 0
    for start, end, text in sorted(pieces):
        if start < last:
            continue
        out += [source[last:start], text]
        last = end
    out.append(source[last:])
    return "".join(out)


def _org_link(link: re.Match[str]) -> str:
    target, text = link.group(1), link.group(2)
    if text is None or not text.strip():
        return f"<{target}>"
    return f"[{text}]({target})"


def org_notes(source: str) -> str:
    """``source`` with Org's notes, markers and web links written in Markdown (see the docstring);
    ``source`` itself where no definition's label is cited."""
    if "[fn:" not in source:
        return source
    definitions = list(_ORG_DEFINITION.finditer(source))
    if not definitions:
        return source
    opened = {definition.start() for definition in definitions}
    markers = [m for m in _ORG_MARKER.finditer(source) if m.start() not in opened]
    labels = {definition.group(1) for definition in definitions}
    if not labels & {marker.group(1) for marker in markers}:
        return source
    pieces: list[tuple[int, int, str]] = []
    for definition in definitions:
        head = source[definition.start() : definition.end()]
        pieces.append((definition.start(), definition.end(), _padded(head, f"[^{definition.group(1)}]: ")))
    for marker in markers:
        if marker.group(1) in labels:
            pieces.append((marker.start(), marker.end(), _padded(marker.group(), f"[^{marker.group(1)}]")))
    for link in _ORG_LINK.finditer(source):
        pieces.append((link.start(), link.end(), _padded(link.group(), _org_link(link))))
    return _replace(source, pieces)


# ---- AsciiDoc -------------------------------------------------------------------------------------

# The macro's opening: "footnote:[", or "footnote:name[" naming the note. Not inside a word
# ("myfootnote:[") but right after one ("platform.footnote:[", "Skater,footnote:[").
_ASCIIDOC_NOTE = lazyre.compile(r"(?<![A-Za-z0-9_])footnote:([\w-]{0,40})\[")
# AsciiDoc's links: "link:URL[Text]" and a bare web address with its text, "https://…[Text]".
_ASCIIDOC_LINK = lazyre.compile(r"(?:link:)?((?:https?://|www\.)[^\s\[\]]+)\[([^\[\]\n]*)\]")


# The rest of a line holding nothing but blanks: matched where it stands (a slice of the source from
# there at each line break of a note was a copy of the whole rest of the document each time).
_BLANK_REST = lazyre.compile(r"[ \t]*\n")


def _closing_bracket(source: str, opened: int, pair: str = "[]") -> int | None:
    """The offset of the "]" that balances the "[" before ``opened``, or None (a blank line first,
    or the text's end). A backslash escapes the bracket after it. ``pair`` names another pair of
    brackets ("{}": a LaTeX argument)."""
    depth, at = 1, opened
    while at < len(source):
        char = source[at]
        if char == "\\" and source[at + 1 : at + 2] in (pair[0], pair[1]):
            at += 2
            continue
        if char == "\n" and _BLANK_REST.match(source, at + 1) is not None:
            return None
        depth += (char == pair[0]) - (char == pair[1])
        if depth == 0:
            return at
        at += 1
    return None


def _asciidoc_links(text: str) -> str:
    """A note's AsciiDoc links as Markdown links; its Markdown links as they are."""

    def written(link: re.Match[str]) -> str:
        if text[link.end() : link.end() + 1] == "(":
            return link.group()  # "[Title](URL)": the "URL[" is no AsciiDoc link's
        target, shown = link.group(1), link.group(2).strip()
        return f"[{shown}]({target})" if shown else f"<{target}>"

    return _ASCIIDOC_LINK.sub(written, text)


_Edits = list[tuple[int, int, str]]
_Notes = list[tuple[str, int, int]]


def _notes_in_place(
    source: str,
    opening: re.Pattern[str],
    shown_of: Callable[[str], str],
    *,
    empty_cites_again: bool,
    pair: str = "[]",
) -> tuple[_Edits, _Edits, _Notes, dict[str, str]]:
    """The inline notes ``opening`` opens (its group 1 a name, maybe empty), each text ending at the
    bracket that balances the note's opening one: the edits writing each as its marker ``[^n]``, the
    edits writing each as its text (``shown_of``), each note's (label, start, end), and the labels of
    the named ones. With ``empty_cites_again``, a named note without text cites that note again."""
    marked: _Edits = []
    written: _Edits = []
    notes: _Notes = []
    named: dict[str, str] = {}
    position = 0
    while True:
        found = opening.search(source, position)
        if found is None:
            break
        closing = _closing_bracket(source, found.end(), pair)
        if closing is None:
            position = found.end()
            continue
        position = closing + 1
        name, text = found.group(1), source[found.end() : closing]
        span = source[found.start() : closing + 1]
        if not text.strip():
            again = named.get(name) if name and empty_cites_again else None
            if again is not None:
                marked.append((found.start(), closing + 1, _padded(span, f"[^{again}]")))
            continue
        shown = shown_of(text)
        replacement = _padded(span, shown)
        if replacement == span:
            continue  # no room for the links written out (a note of many bare links)
        label = str(len(notes) + 1)
        if name:
            named[name] = label
        notes.append((label, found.start(), found.start() + len(shown)))
        written.append((found.start(), closing + 1, replacement))
        marked.append((found.start(), closing + 1, _padded(span, f"[^{label}]")))
    return marked, written, notes, named


def asciidoc_notes(source: str) -> tuple[str, str, list[tuple[str, int, int]]] | None:
    """AsciiDoc's notes read where they stand: (``source`` with each macro written as its marker
    ``[^n]``, ``source`` with each macro's text written with Markdown links in place of the macro,
    and each note's (label, start, end) in the latter); None where the source has no such note."""
    if "footnote:" not in source:
        return None
    marked, written, notes, _ = _notes_in_place(
        source, _ASCIIDOC_NOTE, _asciidoc_links, empty_cites_again=True
    )
    if not notes:
        return None
    return _replace(source, marked), _replace(source, written), notes


# Org's inline note: "[fn::" or "[fn:name:" (the name as a definition's label is written).
_ORG_INLINE_NOTE = lazyre.compile(r"\[fn:([\w-]{0,40}):")


def _org_note_links(text: str) -> str:
    """An inline note's Org links as Markdown links."""
    return _ORG_LINK.sub(_org_link, text)


def org_inline_notes(source: str) -> tuple[str, str, list[tuple[str, int, int]]] | None:
    """Org's inline notes read where they stand, as :func:`asciidoc_notes` reads AsciiDoc's: (``source``
    with each note written as its marker ``[^n]``, ``source`` with each note's text in its place, and
    each note's (label, start, end) in the latter); None where the source has no such note or defines
    Org notes of its own (see the docstring)."""
    if "[fn:" not in source or _ORG_DEFINITION.search(source) is not None:
        return None
    marked, written, notes, named = _notes_in_place(
        source, _ORG_INLINE_NOTE, lambda text: _org_note_links(text.strip()), empty_cites_again=False
    )
    if not notes:
        return None
    if named:  # "[fn:name]": a named inline note cited again
        taken = [(start, end) for start, end, _ in marked]
        for marker in _ORG_MARKER.finditer(source):
            again = named.get(marker.group(1))
            inside = any(start <= marker.start() < end for start, end in taken)
            if again is not None and not inside:
                marked.append((marker.start(), marker.end(), _padded(marker.group(), f"[^{again}]")))
    return _replace(source, marked), _replace(source, written), notes


# ---- LaTeX ---------------------------------------------------------------------------------------

# LaTeX's note command left in Markdown: "\footnote{", or "\footnote[3]{" numbering it by hand (the
# empty group is the name _notes_in_place asks for: a LaTeX note has none). Not "\footnotetext{" nor
# "\footnotemark" (a text or a marker set apart), not "\\footnote{" (a backslash escaped in Markdown).
_LATEX_NOTE = lazyre.compile(r"(?<!\\)\\footnote(?:\[[^\]\n]{0,8}\])?()\{")
# Inside a note: "\href{URL}{Text}", "\url{URL}", and the markup a note's text carries.
_LATEX_HREF = lazyre.compile(r"\\href\{([^{}\s]+)\}\{((?:[^{}]|\{[^{}]*\})*)\}")
_LATEX_URL = lazyre.compile(r"\\url\{([^{}\s]+)\}")
_LATEX_STYLED = lazyre.compile(
    r"\\(?:emph|textit|textsl|textbf|texttt|textsc|mbox|justify)\s*\{((?:[^{}]|\{[^{}]*\})*)\}"
)
_LATEX_BARE_URL = lazyre.compile(r"(?:https?://|www\.)[^\s<>{}]+")
# The characters LaTeX needs escaped in an address ("NL\_DF0Klepc", "100\%", "\#fragment").
_LATEX_ESCAPE = lazyre.compile(r"\\([_%#&$~])")
# A command left once its argument is read ("\\justify", "\\newline"): dropped.
_LATEX_COMMAND = lazyre.compile(r"\\[A-Za-z]+\*?[ \t]*")


def _latex_plain(text: str) -> str:
    r"""A note's LaTeX markup as plain text: styled text without its command, escaped characters and
    "~" (a tie) as they print."""
    for _ in range(3):  # nested: "\texttt{{\justify}name}"
        text = _LATEX_STYLED.sub(lambda styled: styled.group(1), text)
    text = _LATEX_COMMAND.sub("", text.replace("{", "").replace("}", ""))
    return _LATEX_ESCAPE.sub(lambda escaped: escaped.group(1), text).replace("~", " ")


def _latex_address(text: str) -> str:
    return _LATEX_ESCAPE.sub(lambda escaped: escaped.group(1), text)


def _bare_address(target: str) -> str:
    r"""An address without its scheme, "www." and closing slash: how a link text that only shows the
    address writes it ("en.wikipedia.org/wiki/Cron")."""
    bare = re.sub(r"^(?:https?://)?(?:www\.)?", "", target.casefold())
    return bare.rstrip("/")


def _latex_links(text: str) -> str:
    r"""A LaTeX note's text with its links as Markdown's: "\href{URL}{Title}" as "[Title](URL)" (as
    "<URL>" where the text only shows the address), "\url{URL}" and a bare address as "<URL>", their
    LaTeX escapes undone; the rest as plain text."""
    pieces: list[tuple[int, int, str]] = []
    for link in _LATEX_HREF.finditer(text):
        target, shown = _latex_address(link.group(1)), _latex_plain(link.group(2)).strip()
        same = _bare_address(shown) == _bare_address(target)
        written = f"<{target}>" if not shown or same else f"[{shown}]({target})"
        pieces.append((link.start(), link.end(), written))
    for link in _LATEX_URL.finditer(text):
        pieces.append((link.start(), link.end(), f"<{_latex_address(link.group(1))}>"))
    taken = [(start, end) for start, end, _ in pieces]
    for bare in _LATEX_BARE_URL.finditer(text):
        if any(start <= bare.start() < end for start, end in taken):
            continue
        address = _latex_address(bare.group()).rstrip(".,;:")
        end = bare.start() + len(bare.group().rstrip(".,;:"))
        pieces.append((bare.start(), end, f"<{address}>"))
    out: list[str] = []
    last = 0
    for start, end, written in sorted(pieces):
        if start < last:
            continue
        out += [_latex_plain(text[last:start]), written]
        last = end
    out.append(_latex_plain(text[last:]))
    return " ".join("".join(out).split())


def latex_notes(source: str) -> tuple[str, str, list[tuple[str, int, int]]] | None:
    r"""LaTeX's notes left in Markdown read where they stand, as :func:`asciidoc_notes` reads
    AsciiDoc's (see the docstring): (``source`` with each note written as its marker ``[^n]``,
    ``source`` with each note's text in its place, its links as Markdown's, and each note's (label,
    start, end) in the latter); None where the source has no such note, or has Pandoc inline notes
    "^[…]" too (two numberings would mix)."""
    if "\\footnote" not in source or "^[" in source:
        return None
    marked, written, notes, _ = _notes_in_place(
        source, _LATEX_NOTE, _latex_links, empty_cites_again=False, pair="{}"
    )
    if not notes:
        return None
    return _replace(source, marked), _replace(source, written), notes


def has_markup_notes(text: str) -> bool:
    r"""Whether ``text`` holds Org, AsciiDoc or LaTeX notes the Markdown reader reads (see the docstring)."""
    if "footnote:" in text and asciidoc_notes(text) is not None:
        return True
    if "\\footnote" in text and latex_notes(text) is not None:
        return True
    return "[fn:" in text and (org_notes(text) != text or org_inline_notes(text) is not None)
