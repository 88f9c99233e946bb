"""Source registers whose entries open on a kind tag, then name the publisher before a colon.

A register of sources kept by hand often opens each entry on what kind of source it is, one word
closed by a stop, then names the publisher before a colon and the work after it: "1. Oficial. Banco
Central do Brasil: Caderno de Educação Financeira: Gestão de Finanças Pessoais (Conteúdo Básico),
2013. <https://…>. Trecho: …", "2. Oficial. CVM, Portal do Investidor: Guia de Planejamento
Financeiro. <https://…>", and an entry of the register's own notes without the tag, "4. Clarevo:
D-024." (heldback-28's Portuguese source register: the entries' own rules read the tag "Oficial" as
the title, three of four, and the last whole).

:func:`tagged_name_colon_titles` reads such a list: where three entries at least, half the list or
more, open on the same tag (a capitalised word of three to twenty letters and a stop), every entry
of the list written "Name: Title" (after the tag, if any: the name up to six words, opening in a
capital, with no digit, stop or colon; the title what follows up to the address, a closing year and
stop left out, with no stop or bracket inside), whose title was read as the tag, as nothing, or
from the name on, gets that title and the name as its publisher. A list whose repeated opening is
no tag but a note's word ("Ibid., p. 4", "Vgl. Müller, S. 5": no "Name: Title" after it) keeps its
readings, and so does a GOST list whose entries open on the same author ("[6] GitHub. GitHub CLI
Manual: gh issue create; … [Электронный ресурс]. GitHub CLI. Дата обращения: …": more fields after
the colon's part, a calibration Russian list); so does every entry not written "Name: Title".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Protocol

from citecheck import lazyre

_TAG = lazyre.compile(r"(?P<tag>[A-ZÀ-Ý][^\W\d_]{2,19})\.\s+(?P<rest>\S.*)")
_NAME_COLON = lazyre.compile(r"(?P<name>[A-ZÀ-Ý][^\d.:;<>()\[\]]{1,60}?):\s+(?P<title>\S.*)")
_ADDRESS = lazyre.compile(r"\s*<?(?:https?://|www\.)")
_CLOSING_YEAR = lazyre.compile(r",\s*(?:19|20)\d{2}\s*$")
_TAGGED = 3
_NAME_WORDS = 6


class _Fields(Protocol):
    title: str | None
    publisher: str | None


def _name_and_title(text: str) -> tuple[str, str] | None:
    found = _NAME_COLON.fullmatch(text)
    if found is None or len(found.group("name").split()) > _NAME_WORDS:
        return None
    title = found.group("title")
    address = _ADDRESS.search(title)
    title = title[: address.start()] if address else title
    title = _CLOSING_YEAR.sub("", title.strip().rstrip(".").rstrip()).strip()
    if len(title) < 2 or ". " in title or "[" in title:
        return None  # more fields after the title: "Title [Электронный ресурс]. GitHub CLI. Дата …"
    return found.group("name").strip(), title


def tagged_name_colon_titles(fields: Sequence[_Fields], texts: Sequence[str]) -> None:
    """The entries of a register tagged by kind and written "Name: Title" (see the module's
    docstring) get the title after the colon and the name as the publisher."""
    tags = [_TAG.match(text.strip()) for text in texts]
    counts = Counter(tag.group("tag") for tag in tags if tag is not None)
    if not counts:
        return
    tag, count = counts.most_common(1)[0]
    if count < _TAGGED or count * 2 < len(texts):
        return
    for entry, text, found in zip(fields, texts, tags, strict=True):
        rest = found.group("rest") if found is not None and found.group("tag") == tag else text.strip()
        named = _name_and_title(rest)
        if named is not None and (entry.title in (None, tag) or entry.title.startswith(named[0])):
            entry.publisher, entry.title = named
