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

Only the publisher is taken, and only where the record names one: titles read from the printed
text already agree with the template's (the wiki sets' calibration reads them all), and a record
of a journal article or a web page has no ``rft.pub`` to give.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs

# The kind of an HTML reader's mark that carries a COinS record (citecheck.parse.html): the record
# follows this prefix in the mark's kind.
COINS_MARK = "coins:"

_WIKI_LINK = re.compile(r"\[\[(?:[^\]|]*\|)?([^\]]*)\]\]")
_PUBLISHER_MAX = 120


def coins_publisher(record: str) -> str | None:
    """The ``rft.pub`` a COinS record names, its wiki links read as their text; None without one."""
    try:
        values = parse_qs(record, keep_blank_values=False)
    except ValueError:
        return None
    found = values.get("rft.pub")
    if not found:
        return None
    publisher = " ".join(_WIKI_LINK.sub(r"\1", found[0]).replace("''", "").split()).strip(" .,;:")
    if not publisher or len(publisher) > _PUBLISHER_MAX:
        return None
    return publisher
