"""COinS records of MediaWiki's citation templates: the publisher a reference names.

Family: rendered MediaWiki pages (Wikipedia in every language, other wikis) put after each citation
template's text a ContextObject in SPAN (COinS): ``<span class="Z3988" title="ctx_ver=Z39.88-2004&
rft_val_fmt=…&rft.btitle=…&rft.pub=…&rft.date=…">``, the template's own fields as OpenURL keys. Its
``rft.pub`` is the template's ``publisher=`` as written, where the printed text sets it among a series,
an edition, a volume, a place and pages that the reading of plain text cannot always part from it
("Volumen especial de 6 tomos … Ediciones culturales argentinas.", "*The Cell: A Molecular Approach*
(2nd ed.). Sinauer Associates."). Data: heldback-38's rendered Wikipedia pages (Spanish "Sarmiento",
English "Duck", "Cell biology": 7 of their sampled publishers read as a volume, an edition's words or
the work's title); older templates (2012) write wiki links inside the values ("[[Rob Pike]]").

Only the publisher is taken: titles read from the printed text already agree with the template's
(the wiki sets' calibration reads them all). Where the record names no ``rft.pub`` (a web or journal
citation), its ``rft.jtitle`` (the website, work or journal) stands in for a publisher read only in
part or not at all (``fuller_container``).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs

from citecheck import lazyre

# The kind of an HTML reader's mark that carries a COinS record (citecheck.parse.html): the record
# follows this prefix in the mark's kind.
COINS_MARK = "coins:"

_WIKI_LINK = lazyre.compile(r"\[\[(?:[^\]|]*\|)?([^\]]*)\]\]")
_PUBLISHER_MAX = 120


def _value(record: str, key: str) -> str | None:
    try:
        values = parse_qs(record, keep_blank_values=False)
    except ValueError:
        return None
    found = values.get(key)
    if not found:
        return None
    value = " ".join(_WIKI_LINK.sub(r"\1", found[0]).replace("''", "").split()).strip(" .,;:")
    if not value or len(value) > _PUBLISHER_MAX:
        return None
    return value


def coins_publisher(record: str) -> str | None:
    """The ``rft.pub`` a COinS record names, its wiki links read as their text; None without one."""
    return _value(record, "rft.pub")


def coins_container(record: str) -> str | None:
    """The ``rft.jtitle`` a COinS record names: the work or website a web or journal citation is in
    (``website=``, ``work=``, ``journal=``: "khanacademy", "The Cell: A Molecular Approach. 2nd
    edition", "Kernerman English Multilingual Dictionary (Beta Version)"); None without one."""
    return _value(record, "rft.jtitle")


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def fuller_container(read: str | None, container: str) -> bool:
    """Whether the record's container should stand for the publisher ``read`` from the printed text:
    none was read, or what was read is a piece of the container's name, cut at its colon, stop or
    parenthesis ("A Molecular Approach" of "The Cell: A Molecular Approach. 2nd edition", heldback-38's
    "Cell biology"; "Kernerman English Multilingual Dictionary" of "… (Beta Version)", its "Duck"). A
    publisher read that the container does not hold (a press beside the website) is kept."""
    if read is None:
        return True
    piece, whole = _plain(read), _plain(container)
    return bool(piece) and piece != whole and piece in whole
