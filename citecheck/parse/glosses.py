"""Glosses an author writes into a source list's "Name: URL" lines, which are no part of the name.

A project plan, a design brief or a research note often lists its sources as one line each, the
source named before a colon and its address after it ("- Hallucination detection paper list:
https://…"). Its author glosses some names with what the source is for in the project or who made
it, and those words are no part of the source's name (heldback-28's English hackathon plan, "##
12. Sources & inspiration", twelve such lines):

* a closing purpose clause, ", for" and a name in capitals ("HalluLens, non-existent entity tests,
  for Phantom Twin: https://…", "…, for the Fame Meter: https://…": four of its twelve lines, the
  project's components each source feeds);
* a closing bracket that is a remark in lower case or an author and a year ("Gemini Double-check
  (what we go beyond): https://…", "Existing fact-check extensions (the competition): …",
  "Fabricated citations (Walters & Wilder 2023), for Citation Autopsy: …": three of the twelve;
  the truth gives each title without it, or accepts both). Initials and versions in brackets stay
  ("Kazakhstan AI usage (KazISS)" loses its title so, as before; a calibration list's "LightWare
  GitHub (ROS)" and "SF20 Product Guide (Rev. 13)" keep theirs, as their truth has them).

:func:`without_head_glosses` blanks them (spaces, so every offset of the entry's marks stays) in
the lines of a list written so: four entries at least, most of the list, each one line "Name:
URL" with no link markup before the colon. A line of any other list keeps its words, as does a
name that is only a bracket, and a bracket inside the name ("Target Size (Minimum) Explained"). A
mark inside a gloss ("(*Nature* 2024)") goes with it.
"""

from __future__ import annotations

from collections.abc import Sequence

from citecheck import lazyre
from citecheck.parse.styles import Mark

# "Name: URL" on one line: the name (no link markup, no colon, no address), the colon, the address.
_NAMED_LINE = lazyre.compile(
    r"^[\s\-*•]*(?P<head>[^:\n\[\]()<>]*(?:\([^()\n]*\)[^:\n\[\]()<>]*)*?)\s*:\s+<?https?://\S+"
)
# The glosses closing a name: ", for [the] Name In Capitals" and a bracket, in either order.
_PURPOSE = lazyre.compile(r",\s+for\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s*$")
# A closing bracket that is a remark (opening in lower case, two words at least: "(what we go
# beyond)") or an author and a year ("(Walters & Wilder 2023)", "(Smith et al. 2021)"). Initials
# ("(KazISS)", "(ROS)") and a version ("(Rev. 13)") may be part of the name: a calibration list of
# "LightWare GitHub (ROS): https://…", "SF20 Product Guide (Rev. 13): https://…" keeps them.
_BRACKET = lazyre.compile(
    r"\s*\((?:[a-z][^()\n]{0,58}\s[^()\n]{1,58}"
    r"|[A-Z][\w'’-]+(?:\s+(?:&|and)\s+[A-Z][\w'’-]+|\s+et\s+al\.?)?,?\s+(?:19|20)\d{2})\)\s*$"
)
_NAMED_LINES = 4
# What every "Name: URL" line holds: a colon, a space and an address. Looked for first, so that
# _NAMED_LINE's nested run (slow on a long entry without one: 0.26 ms an entry, 11 % of parsing 300
# of the parse eval's documents) is tried only where it can match; the same lines match.
_COLON_URL = lazyre.compile(r":\s+<?https?://")


def _gloss_start(head: str) -> int | None:
    """Where the glosses closing ``head`` start, or None where it has none (or only a gloss)."""
    end = len(head)
    for _ in range(2):
        cut = _PURPOSE.search(head, 0, end) or _BRACKET.search(head, 0, end)
        if cut is None or not head[: cut.start()].strip(" ,"):
            break
        end = cut.start()
    return end if end < len(head) else None


def without_head_glosses(
    items: Sequence[tuple[str, Sequence[str], Sequence[Mark]]],
) -> list[tuple[str, Sequence[str], Sequence[Mark]]]:
    """The entries with the glosses of their "Name: URL" lines blanked, where most of the list is
    written so (see the module's docstring); unchanged otherwise."""
    named = [
        _NAMED_LINE.match(text) if "\n" not in text.strip() and _COLON_URL.search(text) else None
        for text, _, _ in items
    ]
    count = sum(match is not None for match in named)
    if count < _NAMED_LINES or count * 2 <= len(items):
        return list(items)
    result: list[tuple[str, Sequence[str], Sequence[Mark]]] = []
    for (text, links, marks), match in zip(items, named, strict=True):
        start = _gloss_start(match.group("head")) if match is not None else None
        if match is None or start is None:
            result.append((text, links, marks))
            continue
        at, end = match.start("head") + start, match.end("head")
        blanked = text[:at] + " " * (end - at) + text[end:]
        result.append((blanked, links, [mark for mark in marks if mark.text in blanked]))
    return result
