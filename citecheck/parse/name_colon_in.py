"""German humanities notes: "Surname, Given: Title, in: Container, date."

History and the other humanities in German cite so in footnotes (the "Zitierweise" of many German
history departments): the author inverted, a colon, the title, then ", in: " before the journal,
newspaper, site or edited book, often after a citation signal ("Vgl.", "Siehe z.B.:"):
"Vgl. Naughton, John: Amazon’s Echo seems great, but what does it hear?, in: The Guardian,
15.01.2017. Online: <https://…>, Stand: 18.11.2019.", "Vgl. Rehbein, Malte: Geschichtsforschung im
digitalen Raum. Über die Notwendigkeit …, in: Herbers, Klaus; Trenkle, Viktoria (Hg.): …, S. 41f."
(s34-hunt6's German digital-history essay de-fussnoten-vgl-author-title-in-site-online-stand-populismus.md:
three of its four notes read with the given name or the signal on the title — "John: Amazon’s Echo …,
in: The Guardian", "B.: Koenigsdorff, Simon: Fall Relotius: …", "Malte: Geschichtsforschung im
digitalen Raum" — and the note without the signal read with ", in: The Guardian, 15.01.2017" on).

:func:`name_colon_in_titles`: where a note's text is exactly that — an optional signal
(``styles.SIGNAL_WORDS``, "z. B." after it), one to three people "Surname, Given" joined by "; " or
" / ", a colon, then the title up to ", in: " — the title is what stands between the colon and
", in: ", whatever was read before. A title holding its own colon ("Fall Relotius: Manipulationen im
Wikipedia-Artikel") is kept whole: the title runs to ", in: ". Left alone: a note without ", in: "
("Müller, Hans: Titel. Berlin 2001": the title's end is not marked so), a name field that is no
person ("Python Software Foundation, Docs: …": three words before the comma), prose before the name
("*Vermehrt wird … Zum Beispiel in* Gredel, Eva: …": a sentence, not a signal).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from citecheck import lazyre
from citecheck.parse.styles import SIGNAL_WORDS, tidy_title

_NAME = r"[A-ZÀ-ÝÄÖÜ][\w'’\-]+"
_PERSON = rf"{_NAME}(?:\s{_NAME})?,\s(?:{_NAME}|[A-Z]\.)(?:\s(?:{_NAME}|[A-Z]\.)){{0,2}}"
_NOTE = lazyre.compile(
    rf"(?:(?:{SIGNAL_WORDS})\.?\s+)?(?:z\.\s?B\.:?\s+)?"
    rf"(?P<names>{_PERSON}(?:(?:;\s|\s/\s){_PERSON}){{0,2}}):\s+(?P<title>\S.*?),\s+in:\s+\S",
    re.IGNORECASE,
)


class _Fields(Protocol):
    title: str | None


def name_colon_in_titles(fields: Sequence[_Fields], texts: Sequence[str]) -> None:
    """Notes written "Surname, Given: Title, in: Container" (see the module's docstring) get the
    title between the colon and ", in: "."""
    for entry, text in zip(fields, texts, strict=True):
        found = _NOTE.match(text.strip())
        if found is None or not found.group("names")[:1].isupper():
            continue
        title = tidy_title(found.group("title"))
        if title:
            entry.title = title
