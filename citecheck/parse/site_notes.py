"""Notes that site generators, exporters and themes leave in a Markdown file in their own syntax.

Each reader below writes the notes of one family as the Markdown reader reads notes: a note becomes a
``[^label]:`` definition (or, where its line has no room for that, a *note start*: the line offset
where the note opens, its label and where its text begins, which the reader opens a note at), and a
marker becomes ``[^label]``, every replacement padded with spaces (line breaks kept) so that every
offset after it stays where it was. Nothing is done in a document that has Markdown notes of its own
(``[^x]:``), so two numberings never mix, and a family is read only where its notes and its markers
agree (a marker names a note, or two notes at least show the family's sign).

Families, each seen in several public repositories (branch s38-md, fixtures/parse-eval part
"p38md (studied)"; tests/parse/test_site_notes.py has a case where each fires and a near miss):

- Liquid notes of Octopress and Jekyll blogs (the footnote plugin): markers ``{% fn_ref 1 %}``, the
  notes ``{% footnotes %} {% fn Text %} … {% endfootnotes %}``, numbered in order (a Japanese Ruby
  blog, two English engineering blogs; seven more posts of the same plugin seen by the search).
- Hugo shortcodes for notes, which themes name alike: a note ``{{< footnote 1 "Title" "URL" >}}``
  or ``{{< footnoteitem 1 "Title" "URL" >}}`` (title and address as the shortcode's arguments), or a
  paired ``{{< footnote "1" >}}Text{{< /footnote >}}``; a marker ``{{< footref 1 "" >}}``,
  ``{{< footnote 3 >}}`` or ``{{< ref "1" >}}`` (a number only, and only where that note exists:
  Hugo's own ``{{< ref "posts/x.md" >}}`` is a page link).
- Footnote lists an HTML-to-Markdown converter kept from a rendered page (WordPress exports, saved
  feeds, pkgdown): an ordered or bulleted list whose items close on a back link to their marker,
  ``1.  Text [↩](#fnref:1)``, the markers links to the items, ``[1](#fn:1)``. The label is the number
  the marker shows (a Korean WordPress export numbered its list 2, 4, 6, … while its markers and
  back links say 1, 2, 3; a guide's notes are named, ``#fnref:kanban-dev``, shown as 1 and 2).
- Notes opened by an HTML anchor that their marker links to, ``<a name="fn1"></a>`` or
  ``<a id="fn1"></a>``, the note's text after it on its line or on the next line, behind the number
  it shows (``¹:``, ``[1]``, ``(1)``, ``[1](#fn1)``); markers ``[¹](#fn1)``, ``<sup>[1](#fn1)</sup>``.
- Asterisk notes under a table or figure: a paragraph opening with an escaped asterisk run,
  ``\\* Source: [Name](URL)`` or ``*\\*\\* Source: …*`` (emphasised), labelled by its asterisks, read
  only where a word elsewhere carries the same run as its mark (``Hello World*``, ``Size
  Comparison**``): a documentation page of a WebAssembly runtime, a post-quantum PKI lab. Only a
  note that cites an address: this repository's fixtures/parse-eval/README.md has a remark so under a
  table ("\\* One studied document's truth was corrected …"), and read as the file's one note it made
  21 bracketed numbers of its prose into markers without entries (tests/parse/test_readmes.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from citecheck import lazyre
from citecheck.parse.markup_notes import asciidoc_notes, latex_notes, org_inline_notes, org_notes

# A document's own Markdown notes: none of the families below is read beside them.
_MARKDOWN_NOTE = lazyre.compile(r"^ {0,3}\[\^[^\]\s]+\]:", re.MULTILINE)


@dataclass(slots=True)
class SiteNotes:
    """The source with a family's notes and markers written as Markdown notes, and the notes whose
    line had no room for a ``[^label]:``: line start offset -> (label, offset of the note's text)."""

    source: str
    starts: dict[int, tuple[str, int]] = field(default_factory=dict)
    # Notes written where they are cited (a Hugo shortcode in running text): (label, start, end) of
    # their text in ``inline_source``, the source as it was before their shortcodes became markers.
    inline: list[tuple[str, int, int]] = field(default_factory=list)
    inline_source: str = ""


def _blank(text: str) -> str:
    """``text`` as spaces, its line breaks kept."""
    return "".join("\n" if char == "\n" else " " for char in text)


def _written(text: str, replacement: str) -> str:
    """``replacement`` padded with spaces (the line breaks of ``text`` kept after it) to the length of
    ``text``; ``text`` itself when the replacement does not fit."""
    breaks = text.count("\n")
    if len(replacement) + breaks > len(text):
        return text
    return replacement + _blank(text[len(replacement) :]) if breaks else replacement.ljust(len(text))


def _replace(source: str, pieces: list[tuple[int, int, str]]) -> str:
    """``source`` with each (start, end, text) piece put in place (pieces do not overlap)."""
    out: list[str] = []
    last = 0
    for start, end, text in sorted(pieces):
        if start < last:
            continue
        out += [source[last:start], text]
        last = end
    out.append(source[last:])
    return "".join(out)


def read_site_notes(source: str) -> SiteNotes:
    """Every family's notes written as Markdown notes (see the module's docstring). Code is no note:
    each family is read with fenced blocks and code spans hidden (a README that shows the syntax,
    "`{% fn_ref 1 %}`", documents it), and what they hold is put back afterwards."""
    if _MARKDOWN_NOTE.search(source) is not None:
        return SiteNotes(source)
    real = source
    source = _without_code(source)
    source = _liquid_notes(source)
    # Org's and AsciiDoc's notes (markup_notes.py).
    source = org_notes(source)
    asciidoc = asciidoc_notes(source) or org_inline_notes(source) or latex_notes(source)
    if asciidoc is not None:
        source, before, inline = asciidoc
    else:
        before = source
        source, inline = _hugo_notes(source)
    notes = SiteNotes(source, inline=inline, inline_source=before)
    _backlink_lists(notes)
    _anchor_notes(notes)
    _asterisk_notes(notes)
    if source == real and notes.source == real:
        return notes
    notes.source = _with_code(notes.source, real)
    notes.inline_source = _with_code(notes.inline_source, real)
    return notes


_HIDDEN = "\x00"
_FENCE_OPEN = lazyre.compile(r"^ {0,3}(`{3,}|~{3,})[^\n]*$", re.MULTILINE)
_CODE_SPAN = lazyre.compile(r"(?<!`)(`+)(?!`)((?:(?!\n[ \t]*\n)[^`]|`(?!\1))+?)(?<!`)\1(?!`)")


def _without_code(source: str) -> str:
    """``source`` with what fenced blocks and code spans hold written as hidden characters (line
    breaks kept), so no family reads it."""
    if "`" not in source and "~~~" not in source:
        return source
    pieces: list[tuple[int, int, str]] = []
    at = 0
    while True:
        fence = _FENCE_OPEN.search(source, at)
        if fence is None:
            break
        mark = fence.group(1)
        closing = re.compile(
            r"^ {0,3}" + re.escape(mark[0]) + "{" + str(len(mark)) + r",}[ \t]*$", re.MULTILINE
        )
        end_match = closing.search(source, fence.end())
        end = end_match.end() if end_match is not None else len(source)
        pieces.append((fence.end(), end, _hide(source[fence.end() : end])))
        at = end
    hidden = _replace(source, pieces)
    return _CODE_SPAN.sub(lambda m: m.group(1) + _hide(m.group(2)) + m.group(1), hidden)


def _hide(text: str) -> str:
    return "".join("\n" if char == "\n" else _HIDDEN for char in text)


def in_code(source: str, offset: int) -> bool:
    """Whether ``offset`` of ``source`` lies in a fenced block or a code span (read as
    :func:`read_site_notes` hides code)."""
    return _without_code(source)[offset : offset + 1] != source[offset : offset + 1]


def _with_code(written: str, real: str) -> str:
    """``written`` with the code :func:`_without_code` hid put back from ``real``."""
    if _HIDDEN not in written:
        return written
    return "".join(r if w == _HIDDEN else w for w, r in zip(written, real, strict=True))


# ---- Liquid (Octopress's footnote plugin) -------------------------------------------------------

_LIQUID_BLOCK = lazyre.compile(r"\{%-?\s*footnotes\s*-?%\}(.*?)\{%-?\s*endfootnotes\s*-?%\}", re.DOTALL)
_LIQUID_NOTE = lazyre.compile(r"^([ \t]*)\{%-?[ \t]*fn[ \t]+(.*?)[ \t]*-?%\}", re.DOTALL | re.MULTILINE)
_LIQUID_MARKER = lazyre.compile(r"\{%-?\s*fn_ref\s+(\d{1,3})\s*-?%\}")


def _liquid_notes(source: str) -> str:
    """Octopress's ``{% fn … %}`` notes as ``[^n]:`` and its ``{% fn_ref n %}`` markers as ``[^n]``."""
    if "fn_ref" not in source:
        return source
    block = _LIQUID_BLOCK.search(source)
    if block is None:
        return source
    pieces: list[tuple[int, int, str]] = []
    opened = block.start(1)
    numbers: set[str] = set()
    for number, note in enumerate(_LIQUID_NOTE.finditer(source, opened, block.end(1)), 1):
        head = source[note.start() : note.start(2)]
        label = f"[^{number}]:"
        if "\n" in head or len(label) > len(head):
            return source
        pieces.append((note.start(), note.start(2), label.ljust(len(head))))
        pieces.append((note.end(2), note.end(), " " * (note.end() - note.end(2))))
        numbers.add(str(number))
    markers = [m for m in _LIQUID_MARKER.finditer(source) if m.group(1) in numbers]
    if not markers:
        return source
    for marker in markers:
        pieces.append((marker.start(), marker.end(), _written(marker.group(), f"[^{marker.group(1)}]")))
    pieces.append((block.start(), block.start(1), _blank(source[block.start() : block.start(1)])))
    pieces.append((block.end(1), block.end(), _blank(source[block.end(1) : block.end()])))
    return _replace(source, pieces)


# ---- Hugo shortcodes --------------------------------------------------------------------------

_SHORTCODE = lazyre.compile(
    r"\{\{[<%][ \t]*(/?)(footnote|footnoteitem|footref|ref)((?:[ \t]+(?:\"[^\"\n]*\"|[^\s\"{}<>%]+))*)"
    r"[ \t]*[>%]\}\}"
)
_WRAPPER_LINE = lazyre.compile(r"^[ \t]*\{\{[<%][ \t]*/?[\w-]+[ \t]*[>%]\}\}[ \t]*$", re.MULTILINE)
_ARGUMENT = lazyre.compile(r"\"([^\"\n]*)\"|([^\s\"]+)")
_ITEM_MARK = lazyre.compile(r"[ \t]*(?:\d{1,3}[.)]|[-*+])[ \t]+")
_WEB = lazyre.compile(r"(?:https?://|www\.)\S+")


def _arguments(text: str) -> list[str]:
    return [m.group(1) if m.group(1) is not None else m.group(2) for m in _ARGUMENT.finditer(text)]


def _line_start(source: str, at: int) -> int:
    return source.rfind("\n", 0, at) + 1


def _in_running_text(source: str, code: re.Match[str], start: int) -> bool:
    """Whether a shortcode stands in a paragraph's text, not alone on its line as a list's note: text
    before it on its line (a list item's mark aside), text after it, or its line continuing a
    paragraph ("…carbon monoxide⏎{{< footnote "1" "Haldane J. …" >}}.")."""
    before = source[start : code.start()]
    if before.strip() and _ITEM_MARK.fullmatch(before) is None:
        return True
    line_end = source.find("\n", code.end())
    if source[code.end() : len(source) if line_end < 0 else line_end].strip():
        return True
    if before.strip() or start == 0:
        return False
    previous = source[_line_start(source, start - 1) : start - 1].strip()
    return bool(previous) and not previous.startswith("{{") and _ITEM_MARK.match(previous) is None


def _hugo_note_text(arguments: list[str]) -> str | None:
    """A note's text from its shortcode's arguments after the number: "Title" "URL" as a linked title."""
    texts = [a for a in arguments if a]
    if not texts:
        return None
    if len(texts) == 2 and _WEB.fullmatch(texts[1]) and not re.search(r"[\[\]]", texts[0]):
        return f"[{texts[0]}]({texts[1]})"
    return ", ".join(texts)


def _hugo_notes(source: str) -> tuple[str, list[tuple[str, int, int]]]:
    """Hugo's note shortcodes as ``[^n]:`` notes and ``[^n]`` markers (see the module's docstring),
    and the notes written where they are cited, "…carbon monoxide {{< footnote "1" "Haldane J. The
    Action of Carbonic Oxide on Man. …" >}}." or unnumbered, "{{< footnote "The exact definition is
    debated." >}}" (the theme numbers them in order and lists them where "{{< footnote_list >}}"
    stands): each becomes its marker, its text read as the note (label, start, end)."""
    if "{{" not in source:
        return source, []
    codes = list(_SHORTCODE.finditer(source))
    if not codes:
        return source, []
    pieces: list[tuple[int, int, str]] = []
    defined: set[str] = set()
    inline: list[tuple[str, int, int]] = []
    closers = [c for c in codes if c.group(1) == "/" and c.group(2) == "footnote"]
    for code in codes:
        if code.group(1) or code.group(2) not in ("footnote", "footnoteitem"):
            continue
        arguments = _arguments(code.group(3))
        start = _line_start(source, code.start())
        if _in_running_text(source, code, start):
            # In running text: a marker ("{{< footnote 3 >}}"), or a note written where it is cited.
            texts = [m for m in _ARGUMENT.finditer(code.group(3)) if m.group(1) or m.group(2)]
            numbered = bool(arguments) and arguments[0].isdigit()
            said = texts[1:] if numbered else texts
            if code.group(2) == "footnote" and said and all(m.group(1) is not None for m in said):
                label = arguments[0] if numbered else str(len(inline) + 1)
                if label in defined:
                    continue
                offset = code.start(3)
                inline.append((label, offset + said[0].start(1), offset + said[-1].end(1)))
                pieces.append((code.start(), code.end(), _written(code.group(), f"[^{label}]")))
                defined.add(label)
            continue
        if not arguments or not arguments[0].isdigit():
            continue
        number = arguments[0]
        line_end = source.find("\n", code.end())
        line_end = len(source) if line_end < 0 else line_end
        text = _hugo_note_text(arguments[1:])
        if text is not None:
            replacement = f"[^{number}]: {text}"
            if len(replacement) > line_end - start:
                continue
            pieces.append((start, line_end, replacement.ljust(line_end - start)))
        else:
            closer = next((c for c in closers if c.start() > code.end()), None)
            if code.group(2) != "footnote" or closer is None or source[code.end() : line_end].strip():
                continue
            if len(f"[^{number}]:") > line_end - start:
                continue
            pieces.append((start, line_end, f"[^{number}]:".ljust(line_end - start)))
            pieces.append((closer.start(), closer.end(), " " * (closer.end() - closer.start())))
        defined.add(number)
    if not defined:
        return source, []
    for wrapper in _WRAPPER_LINE.finditer(source):
        # "{{< footnotelist >}}", "{{< /references >}}": a theme's wrapper round the notes prints no
        # text, and a line of it after a note would be read as the note's last words.
        pieces.append((wrapper.start(), wrapper.end(), " " * (wrapper.end() - wrapper.start())))
    taken = {(start, end) for start, end, _ in pieces}
    for code in codes:
        if code.group(1) or any(start <= code.start() < end for start, end in taken):
            continue
        arguments = _arguments(code.group(3))
        if not arguments or arguments[0] not in defined:
            continue
        name = code.group(2)
        if name == "footref" or (name in ("footnote", "ref") and len(arguments) == 1):
            # "{{< footref 5 "two-factor authentication" >}}": the theme prints the words, then the mark.
            shown = " ".join(arguments[1:]).strip() if name == "footref" else ""
            pieces.append((code.start(), code.end(), _written(code.group(), f"{shown}[^{arguments[0]}]")))
    return _replace(source, pieces), inline


# ---- footnote lists kept from a rendered page (back links) -------------------------------------

_ITEM = lazyre.compile(r"^( {0,3})(?:(\d{1,3})[.)]|[-*+])[ \t]+", re.MULTILINE)
_BACK_LINK = lazyre.compile(
    r"(?:[ \t]|&nbsp;|&#160;)*\[(?:↩\ufe0e?\ufe0f?|↑|⤴\ufe0f?|&#8617;\ufe0e?|&#x21a9;\ufe0e?)\]\(#(fnref\d*[-:_]?[\w:.-]*)\)"
)
_NOTE_LINK = lazyre.compile(r"\[(\d{1,3}|[ivxlc]{1,6})\]\(#(fn(?!ref)[-:_]?[\w:.-]+)\)")


def _item_end(source: str, start: int) -> int:
    """The end of the list item (or paragraph) opening at ``start``: its first blank line or the next
    item's line."""
    at = source.find("\n", start)
    while at >= 0:
        following = source.find("\n", at + 1)
        line = source[at + 1 : following if following >= 0 else len(source)]
        if not line.strip() or _ITEM.match(line):
            return at
        at = following
    return len(source)


def _backlink_lists(notes: SiteNotes) -> None:
    """Items closing on a back link to their marker, read as the notes their markers name."""
    source = notes.source
    if "(#fnref" not in source:
        return
    shown: dict[str, str] = {}
    for link in _NOTE_LINK.finditer(source):
        shown.setdefault(link.group(2), link.group(1))
    found: list[tuple[re.Match[str], re.Match[str], int]] = []
    for item in _ITEM.finditer(source):
        end = _item_end(source, item.end())
        back = _BACK_LINK.search(source, item.end(), end)
        if back is not None:
            found.append((item, back, end))
    linked = sum(1 for _, back, _ in found if "fn" + back.group(1)[len("fnref") :] in shown)
    if len(found) < 2 and not linked:
        return
    pieces: list[tuple[int, int, str]] = []
    labels: dict[str, str] = {}
    for item, back, _ in found:
        target = "fn" + back.group(1)[len("fnref") :]
        label = shown.get(target)
        if label is None:
            tail = re.search(r"(\d{1,3})$", back.group(1))
            label = tail.group(1) if tail is not None else item.group(2)
        if label is None or label in labels.values():
            continue
        labels[target] = label
        pieces.append((back.start(), back.end(), " " * (back.end() - back.start())))
        head = source[item.start() : item.end()]
        definition = f"[^{label}]:"
        if len(definition) < len(head):
            pieces.append((item.start(), item.end(), definition.ljust(len(head))))
        else:
            notes.starts[item.start()] = (label, item.end())
    for link in _NOTE_LINK.finditer(source):
        if link.group(2) in labels:
            pieces.append((link.start(), link.end(), _written(link.group(), f"[^{labels[link.group(2)]}]")))
    notes.source = _replace(source, pieces)


# ---- notes opened by an HTML anchor ------------------------------------------------------------

_ANCHOR = lazyre.compile(
    r"^( {0,3}(?:(?:\d{1,3}[.)]|[-*+])[ \t]+)?)<a[ \t]+(?:name|id)[ \t]*=[ \t]*[\"']fn[-:_]?(\d{1,3})[\"'][ \t]*>"
    r"[ \t]*</a>[ \t]*",
    re.MULTILINE,
)
_SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹"
# The number a note shows before its text: "¹:", "[1]", "(1)", "1.", "^1", or a link to itself.
_SHOWN_NUMBER = lazyre.compile(
    r"(?:\[(?:\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})\]\(#fn[-:_]?\d{1,3}\)|\[\d{1,3}\]|\(\d{1,3}\)|\^\d{1,3}|"
    r"[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}|\d{1,3}\.)[:.]?[ \t]+"
)
_ANCHOR_MARKER = lazyre.compile(
    r"\[([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}|\d{1,3})\]\(#fn[-:_]?(\d{1,3})\)|<a[ \t]+href=[\"']#fn[-:_]?(\d{1,3})[\"'][^<>]*>[^<>]{1,6}</a>"
)


def _anchor_text_start(source: str, anchor: re.Match[str]) -> int:
    """Where the text of the note an anchor opens begins: after the number it shows, on the anchor's
    line or (the anchor alone on its line) on the next."""
    line_end = source.find("\n", anchor.end())
    line_end = len(source) if line_end < 0 else line_end
    at = anchor.end() if source[anchor.end() : line_end].strip() else min(line_end + 1, len(source))
    shown = _SHOWN_NUMBER.match(source, at)
    return shown.end() if shown is not None else at


def _anchor_notes(notes: SiteNotes) -> None:
    """Notes behind ``<a name="fn1"></a>`` anchors their markers link to, as ``[^n]:``."""
    source = notes.source
    if "fn" not in source or "<a" not in source:
        return
    anchors = list(_ANCHOR.finditer(source))
    if not anchors:
        return
    openings = [(a.start(), _anchor_text_start(source, a)) for a in anchors]
    markers = [
        m
        for m in _ANCHOR_MARKER.finditer(source)
        if not any(start <= m.start() < end for start, end in openings)
    ]
    linked = {m.group(2) or m.group(3) for m in markers}
    numbers = [a.group(2) for a in anchors]
    if len(set(numbers)) != len(numbers) or not (len(anchors) >= 2 or numbers[0] in linked):
        return
    if not linked & set(numbers):
        return
    pieces: list[tuple[int, int, str]] = []
    for anchor in anchors:
        number = anchor.group(2)
        line_end = source.find("\n", anchor.end())
        line_end = len(source) if line_end < 0 else line_end
        if source[anchor.end() : line_end].strip():
            shown = _SHOWN_NUMBER.match(source, anchor.end())
            text_start = shown.end() if shown is not None else anchor.end()
            pieces.append(
                (anchor.start(), text_start, _written(source[anchor.start() : text_start], f"[^{number}]:"))
            )
            if len(f"[^{number}]:") > text_start - anchor.start():
                notes.starts[anchor.start()] = (number, text_start)
            continue
        next_start = line_end + 1
        next_end = source.find("\n", next_start)
        next_end = len(source) if next_end < 0 else next_end
        following = source[next_start:next_end]
        if next_start >= len(source) or not following.strip() or _ITEM.match(following):
            continue
        shown = _SHOWN_NUMBER.match(source, next_start)
        text_start = shown.end() if shown is not None else next_start
        pieces.append((anchor.start(), line_end, f"[^{number}]:".ljust(line_end - anchor.start())))
        pieces.append((next_start, text_start, " " * (text_start - next_start)))
    if not pieces:
        return
    for marker in markers:
        number = marker.group(2) or marker.group(3)
        if number in numbers:
            pieces.append((marker.start(), marker.end(), _written(marker.group(), f"[^{number}]")))
    notes.source = _replace(source, pieces)


# ---- asterisk notes ----------------------------------------------------------------------------

_ASTERISK_NOTE = lazyre.compile(r"^(\*?)((?:\\\*){1,3})[ \t]+(?=\S)", re.MULTILINE)


def _asterisk_notes(notes: SiteNotes) -> None:
    """Paragraphs opening on an escaped asterisk run whose mark a word carries elsewhere (see above)."""
    source = notes.source
    if "\\*" not in source:
        return
    for note in _ASTERISK_NOTE.finditer(source):
        start = note.start()
        previous = source[_line_start(source, start - 1) : start - 1] if start else ""
        if previous.strip() and not previous.lstrip().startswith("|"):
            continue  # inside a paragraph: no note of its own
        stars = note.group(2).count("*")
        end = _item_end(source, start)
        if _WEB.search(source, note.end(), end) is None:
            continue  # a remark, not a source: read as the paragraph it is
        elsewhere = source[:start] + source[end:]
        if not any(_is_mark(elsewhere, m) for m in _ASTERISK_MARK[stars].finditer(elsewhere)):
            continue
        notes.starts[start] = ("*" * stars, note.end())


# A word carrying an asterisk run as its mark: "World*", "Comparison**", "`wasi`*".
_ASTERISK_MARK = {
    stars: re.compile(r"(?<=[\w)\]`])(?<![*\\])\*{" + str(stars) + r"}(?![*\w])") for stars in (1, 2, 3)
}


def _is_mark(text: str, mark: re.Match[str]) -> bool:
    """Whether an asterisk run after a word is a mark, not the closer of an emphasis opened before it
    on its line ("**bold**", "*word*")."""
    line = text[_line_start(text, mark.start()) : mark.start()]
    run = mark.group()
    return re.search(r"(?:^|[\s(|])(?<![*\\])" + re.escape(run) + r"(?=[^\s*])", line) is None
