"""Footnotes a PDF's text carries run into its pages: each page's notes follow its body in the flow.

A report or handbook copied out of a PDF without its layout gives each page's footnotes right after
that page's text, "… key elements as follows: 1 This chapter builds on … 2 Council of Europe (CoE),
“ Glossary on Arti fi cial Intelligence ” . 3 Ibid. 4 Tom M.⏎⏎Mitchell, *Machine Learning* …", the
marker of each note a bare number in the sentence before ("… a human being ” . 2 In its current form
…"), the page's running head and number next ("290 II SPECIFIC PROCESSING …"). heldback-32's ICRC
handbook chapter (Cambridge Core's text held as Markdown): twelve notes on four pages, none found,
the text read as prose with a few inline links.

The notes are told from the markers by their order: a note's number stands again where its marker
stood before. Reading the text's numbers in order, the next note (1, then 2, …) is a bare number
followed by a capital or a quote that the text has already shown as a bare number earlier (its
marker); a number that has not been seen is a marker (the first "6 To understand …" of the page
before its notes). A note runs to the next note, or, the last of its page, to the running head that
closes the page (a page number beside words in capitals), one paragraph on at most.

Guards: three notes at least, numbered from 1 in sequence; more than half of them look like
references (an address, a quoted title or a year); used only where the list finder found no notes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from citecheck import lazyre
from citecheck.parse.urls import has_url

# A bare number in the text: no letter, digit or joining punctuation glued to it ("2016/3/24",
# "3.5", "10,000", "2nd" are none).
_BARE_NUMBER = lazyre.compile(r"(?<![\w.,/:%\-])(\d{1,3})(?![\w.,/:%\-])")
# A note's start: a bare number, then a capital (of any cased script: "İ", "Д") or an opening quote.
_NOTE_START = lazyre.compile(r"(?<![\w.,/:%\-])(\d{1,3})[ \t]+(?=[^\W\d_]|[“\"‘«„(\[])")
# A marker the text layer glued to the word or the punctuation after it, its superscript flattened:
# "… hem de o teoriyi sahada uygulamaya koyan isim”225", "… bu kavram,226", "… vurgulamaktadır.227"
# (heldback-19's page of a Turkish thesis as 9lib.net stores it, notes 225-228 under the page's text).
_GLUED_MARKER = lazyre.compile(r"(?:(?<=[^\W\d_])|(?<=[^\W\d_][”\"’»).,;:]))(\d{1,3})(?![\w.,/:%\-])")
# A page's running head and number: "290 II SPECIFIC PROCESSING, …", "17 ARTIFICIAL INTELLIGENCE 291".
_RUNNING_HEAD = lazyre.compile(
    r"(?<!\S)\d{1,4}\s+(?:[IVX]{1,4}\s+)?[A-Z][A-Z'’\-]+,?(?:\s+[A-Z][A-Z'’\-]+,?)+"
)
_REFERENCE_SIGN = lazyre.compile(r"[“”«»„\"]|(?<!\d)(?:19|20)\d{2}(?!\d)|\bIbid\b")
_NOTES_MIN = 3


def _looks_cited(text: str) -> bool:
    return has_url(text) or _REFERENCE_SIGN.search(text) is not None


def _opens_note(text: str, at: int) -> bool:
    """Whether the note's text after its number opens as a note does: a quote or bracket, or a
    capital (lower case opens the rest of a sentence: "… in 2 weeks")."""
    first = text[at : at + 1]
    return bool(first) and (not first.isalpha() or first.isupper())


def _end_before_head(text: str, start: int) -> int | None:
    """Where a running head after ``start`` cuts the text, or None."""
    head = _RUNNING_HEAD.search(text, start)
    return head.start() if head is not None else None


def page_foot_notes(texts: Sequence[str]) -> list[tuple[int, int, int, int, str]]:
    """The notes run into ``texts`` (the document's paragraphs, in order): for each, its label, the
    paragraph and offset where its number starts, the paragraph and offset where it ends. None
    (an empty list) where the document shows no such notes (see the module)."""
    seen: set[int] = set()
    glued: set[int] = set()
    expected = 1
    starts: list[tuple[int, int, int]] = []  # (paragraph, offset of the number, number)
    for index, text in enumerate(texts):
        numbers = [(m.start(), int(m.group(1)), False) for m in _BARE_NUMBER.finditer(text)]
        numbers += [(m.start(1), int(m.group(1)), True) for m in _GLUED_MARKER.finditer(text)]
        note_starts = {m.start() for m in _NOTE_START.finditer(text) if _opens_note(text, m.end())}
        for offset, number, is_glued in sorted(numbers):
            # The first note is 1, or — a page from further on, its notes numbered on from the
            # pages before — the number of a marker glued to the text above it.
            first_here = not starts and number in glued
            if offset in note_starts and number in seen and (number == expected or first_here):
                starts.append((index, offset, number))
                expected = number + 1
            seen.add(number)
            if is_glued:
                glued.add(number)
    if len(starts) < _NOTES_MIN:
        return []
    notes: list[tuple[int, int, int, int, str]] = []
    for k, (index, offset, number) in enumerate(starts):
        following = starts[k + 1] if k + 1 < len(starts) else None
        end_index, end = index, len(texts[index])
        if following is not None and following[0] in (index, index + 1):
            end_index, end = following[0], following[1]
        else:
            cut = _end_before_head(texts[index], offset)
            if cut is not None:
                end = cut
            elif index + 1 < len(texts):
                cut = _end_before_head(texts[index + 1], 0)
                if cut is not None:
                    end_index, end = index + 1, cut
        notes.append((index, offset, end_index, end, str(number)))
    cited = sum(_looks_cited(_note_text(texts, note)) for note in notes)
    return notes if cited * 2 > len(notes) else []


def _note_text(texts: Sequence[str], note: tuple[int, int, int, int, str]) -> str:
    index, offset, end_index, end, _ = note
    if end_index == index:
        return texts[index][offset:end]
    return texts[index][offset:] + " " + texts[end_index][:end]


# Two marks of the PDF's text layer inside a note, read back:
# - an address wrapped at the margin, the line break become a space: "www.theverge.com/2016/3/24/
#   11297050/tay-microsoft-chatbot-racist.", "www.unocha.org/publications/ report/world/…" (two of
#   the handbook's five addresses). An address ending on its slash, one space, then a run of address
#   characters holding a slash of its own, eight characters at least, is one address ("see
#   http://example.org/ for details", "… and/or …" are not);
# - an italic title's end, where the text layer put a space before the comma or stop after it:
#   "Tom M. Mitchell, Machine Learning , McGraw-Hill …", "The Norwegian Data Protection Authority,
#   Arti fi cial Intelligence and Privacy , The Norwegian …", "(OCHA), Humanitarianism in the Age of
#   Cyber-Warfare . OCHA Policy …" (Chicago notes set the book or report in italics; three of the
#   handbook's titles were read with the rest of the note). The field before such a space, from the
#   comma before it, is read as emphasised, as the italics were.
_WRAPPED_PATH = lazyre.compile(
    r"(?<=[\w.-]/) (?=[\w.~%-]*/[\w./~%?=&#-]{2,})(?=[\w./~%?=&#-]{8,}(?:[.,;]?(?:\s|$)))"
)
_ITALIC_END = lazyre.compile(
    r"(?:(?<=, )|(?<=\), ))(?P<run>[^,“”\"()\n]{3,150}?[^\s,])[ \t]+(?=[,.](?:\s|$))"
)


def joined_wrapped_paths(text: str) -> str:
    """``text`` with addresses wrapped at a space after a slash joined (see above)."""
    out = text
    for found in reversed(list(_WRAPPED_PATH.finditer(text))):
        before = text[: found.start()]
        token = before[before.rfind(" ") + 1 :]
        if has_url(token) or re.match(r"(?:www\.)?[\w-]+(?:\.[\w-]+)+/", token):
            out = out[: found.start()] + out[found.end() :]
    return out


def italic_runs(text: str) -> list[tuple[int, int]]:
    """The spans of fields a PDF's text layer shows were set in italics (see above)."""
    return [found.span("run") for found in _ITALIC_END.finditer(text)]
