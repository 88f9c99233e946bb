"""An author-date reference list copied from a PDF's text layer, each printed line a paragraph.

Family: Springer's author-date lists ("Alonso Robisco A, Carbó Martínez JM (2022) Measuring the model
risk‑adjusted performance of machine learning algo‑⏎⏎rithms in credit default prediction. Financ Innov
8:70. https:// doi. org/ …") converted from PDF to Markdown with a blank line after every printed
line: the second line of an entry ("rithms in credit …", "Serv Mark 27:264–275. https://…", "105(5):
481–485") was read as an entry of its own, every label after it shifted and the title cut at the
margin. Data: heldback-p12hunt's mobile-payments reference list (Financial Innovation, 2024), 10
notes, 9 titles and 8 addresses read wrong.

Rule (:func:`joined_author_date_lines`): in a text where three lines at least open as such an entry
opens — names written "Surname Initials" (Springer's, Vancouver's: "Ba S, Pavlou P", "Bailey AA,
Bonifield CM, …", "et al") or a body's name of one to four capitalised words ("Bizum"), then the year
in brackets and a space — the next non-blank line after an entry's line goes on that entry when the
entry does not end there (its line closes neither on an address nor on a journal's "volume:pages",
"36(8):1058–1075") and that line opens no entry itself and is no markup (a heading, a rule, an HTML
comment, a list item) and no page furniture ("Page 28 of 30"). A word broken at the margin with a
hyphen ("algo‑⏎rithms") is closed up. The line joined is left blank, so every line keeps its number.
Left alone: a list whose lines open with fewer than three such heads (prose, other styles), an entry
whose line ends on its pages or address (the running header after it: "Antonio et al. Financial
Innovation (2024) 10:94"), lines after a non-entry line.
"""

from __future__ import annotations

import re

from citecheck import lazyre

_NAME_CHARS = r"[\w'’\u2011-]"
# "Surname Initials" (one to four surname words, one to three capital initials), or "et al".
_PERSON = lazyre.compile(rf"[^\W\d_]{_NAME_CHARS}*(?: [^\W\d_]{_NAME_CHARS}*){{0,3}} [A-Z]{{1,3}}|et al\.?")
# A body as author: one to four capitalised words.
_BODY = lazyre.compile(rf"[A-Z]{_NAME_CHARS}*(?: [A-Z&]{_NAME_CHARS}*){{0,3}}")
# The names (bounded, no bracket or line break in them), then the bracketed year and a space.
_HEAD = lazyre.compile(r"(?P<names>[^()\n]{2,300}?) \((?:19|20)\d\d[a-z]?\) \S")
_HEADS_MIN = 3
# An entry's line that ends it: an address, or a journal's "volume(issue):pages" / "volume:number".
_ENDS_ENTRY = lazyre.compile(r"(?:https?://\S+|\d+(?:\([\w–-]{1,10}\))?:\d+(?:[–-]\d+)?\.?)[ \t]*$")
_NOT_TEXT = lazyre.compile(r"[ \t]*(?:#|---|\*\*\*|<!--|[-*+•][ \t]|\d{1,3}[.)][ \t]|\[\d)")
_PAGE_FURNITURE = lazyre.compile(
    r"[ \t]*(?:Page|Seite|Página|Strana)[ \t]+\d+[ \t]+(?:of|von|de|z)[ \t]+\d+[ \t]*$", re.I
)
_CONTINUATION_MAX = 300
_HYPHEN_BREAK = lazyre.compile(r"(?<=[^\W\d_])-$")


def _opens_entry(line: str) -> str | None:
    """ "person" where ``line`` opens with "Surname Initials" names and the year, "body" where with a
    body's name and the year, "other" where with anything else before a bracketed year ("Martin,
    R.C. (2017)": Harvard's names), None where no year in brackets opens it."""
    found = _HEAD.match(line)
    if found is None:
        return None
    names = [n.strip() for n in found.group("names").split(",")]
    if all(_PERSON.fullmatch(n) for n in names):
        return "person"
    return "body" if len(names) == 1 and _BODY.fullmatch(names[0]) is not None else "other"


# A PDF exporter's page break inside the list: "<!-- PAGE 28 -->", the journal's running head ("Antonio
# et al. Financial Innovation           (2024) 10:94") and "Page 28 of 30" (the mobile-payments list
# above: the running head read as a note between notes 6 and 7, every label after shifted). The lines
# from the page mark to the page's number, four at most, are no text of the list: left blank.
_PAGE_MARK = lazyre.compile(r"[ \t]*<!--[ \t]*PAGE[ \t]+\d+[ \t]*-->[ \t]*$", re.I)
_PAGE_REACH = 4


def _without_running_heads(lines: list[str]) -> bool:
    """Blank each page break's running head and page number in ``lines`` (above); whether any was."""
    changed = False
    for index, line in enumerate(lines):
        if not _PAGE_MARK.match(line):
            continue
        end = next(
            (
                j
                for j in range(index + 1, min(len(lines), index + 1 + _PAGE_REACH))
                if _PAGE_FURNITURE.match(lines[j])
            ),
            None,
        )
        if end is None:
            continue
        for j in range(index + 1, end + 1):
            if lines[j].strip():
                lines[j] = ""
                changed = True
    return changed


def joined_author_date_lines(text: str) -> str:
    """``text`` with each printed line of an author-date entry put back on the entry (see above)."""
    if "\n\n" not in text or ") " not in text:
        return text
    lines = text.split("\n")
    kinds = [_opens_entry(line) for line in lines]
    persons = kinds.count("person")
    # Springer's names make the list: three at least, and more than every other head together (a
    # Harvard list, "Martin, R.C. (2017) …" under "Locust (2024) …", "Stripe (2024) …", is not one).
    if persons < _HEADS_MIN or persons <= len(kinds) - kinds.count(None) - persons:
        return text
    heads = [kind in ("person", "body") for kind in kinds]
    changed = _without_running_heads(lines)
    for index, head in enumerate(heads):
        if head and "\u2011" in lines[index]:
            # The same text layer's non-breaking hyphens ("risk‑adjusted", "m‑payment") are hyphens.
            lines[index] = lines[index].replace("\u2011", "-")
            changed = True
    entry: int | None = None  # the line of the entry open now
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        if heads[index]:
            entry = index
        elif (
            entry is not None
            and kinds[index] is None
            and not _ENDS_ENTRY.search(lines[entry])
            and len(line) <= _CONTINUATION_MAX
            and not _NOT_TEXT.match(line)
            and not _PAGE_FURNITURE.match(line)
        ):
            opened = lines[entry].rstrip()
            rest = line.strip().replace("\u2011", "-")
            if _HYPHEN_BREAK.search(opened) and rest[:1].islower():
                lines[entry] = opened[:-1] + rest
            else:
                lines[entry] = f"{opened} {rest}"
            lines[index] = ""
            changed = True
            continue
        else:
            entry = None
        if entry is not None and _ENDS_ENTRY.search(lines[entry]):
            entry = None
    # Two entries on adjacent lines are one paragraph to the reader: the later one moves down into
    # the blank line after it ("Bailey AA, … 36(8):1058–1075⏎Bajari P, … (2015) … Am Econ Rev⏎⏎
    # 105(5):481–485": its continuation joined, a blank line follows), or the earlier one up into
    # the blank line before it ("⏎Bishop CM (2006) … Springer, Berlin⏎Bizum (2022) https://…"). The
    # entry moved keeps its line's number within one.
    for index in range(1, len(lines)):
        if not (heads[index] and lines[index].strip() and lines[index - 1].strip()):
            continue
        if index + 1 < len(lines) and not lines[index + 1].strip():
            if index + 2 >= len(lines) or not lines[index + 2].strip():
                lines[index], lines[index + 1] = "", lines[index]
                heads[index], heads[index + 1] = False, True
                changed = True
        elif index >= 2 and heads[index - 1] and not lines[index - 2].strip():
            lines[index - 2], lines[index - 1] = lines[index - 1], ""
            changed = True
    return "\n".join(lines) if changed else text
