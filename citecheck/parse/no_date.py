"""A title's closing "no date" field, in every language of the Citation Style Language's locales.

Why (branch p10-hb29tune, fixtures/parse-eval/README.md "heldback-29: studied on branch
p10-hb29tune"): ISO 690 and Harvard write a work without a date "Title, [no date]. Online. Available
from: …" (heldback-29's Portuguese ISO 690 list, exported in English by a reference manager), and the
title read kept ", [no date]". The rule that takes a closing date field off a title
(``styles._CLOSING_DATE_FIELD``: ", 2017", ", 12.03.2020") knew dates only. Rather than the one
English designation, the designations come from the data a citation processor prints them from: the
CSL locale files shipped inside citeproc-py (``citeproc/data/locales/locales-*.xml``), each locale's
``<term name="no date">`` in its long and short forms ("no date", "n.d.", "sem data", "s.d.", "sans
date", "s. d.", "ohne Datum", "o. J.", "sin fecha", "s. f.", "brak daty", "b.d.", "без даты", "б. д.",
"日付なし" …: 76 distinct in citeproc-py 0.11.1, spaces taken out and folded). They are read the first time a title ends in a short
field after a comma or in brackets, not at import; without the package no designation is known and
titles are read as before.

A designation closes a title only as its own field: after a comma (", n.d.", ", [s.d.]") or in
brackets after a space ("Title [no date]", "Title (s.d.)"); "No Date Night" or "a tarih yok
sayımı" inside a title stay.

A title that is nothing but a bracketed designation ("(n.d.)", "[s.d.]") is no title: APA's entry
for a page with neither author nor title a generator could find opens on its date ("(n.d.). Retrieved
from https://…": heldback-33's English "Works Cited" list, two of twelve entries, whose truth gives
them no title). Only bracketed, the whole title: "N.d. Press" or "No Date" unbracketed stay.
"""

from __future__ import annotations

from functools import cache

from citecheck import lazyre
from citecheck.parse.csl_terms import CSL_NAMESPACE as _CSL
from citecheck.parse.csl_terms import locale_roots

# The last field of a title: after a comma, or bracketed after a space; short (a designation is one
# to three words).
_CLOSING_FIELD = lazyre.compile(
    r"(?:,\s*(?P<plain>[^,\[\]()]{1,24})|,?\s+[\[(](?P<bracketed>[^\[\]()]{1,24})[\])])\s*\.?$"
)


def _key(text: str) -> str:
    return "".join(text.split()).rstrip(".").casefold()


@cache
def no_date_written() -> frozenset[str]:
    """Every locale's "no date" term (long and short forms) as written, spaces (no-break ones too)
    as single spaces: "n.d.", "s. f.", "o. J.", "χ.χ.", "u.å.", "ม.ป.ป.", "sem data", "不详"."""
    return frozenset(
        " ".join((term.text or "").split())
        for _, root in locale_roots()
        for term in root.iter(f"{_CSL}term")
        if term.get("name") == "no date" and (term.text or "").strip()
    )


@cache
def no_date_terms() -> frozenset[str]:
    """Every locale's "no date" term (long and short forms), spaces taken out, folded."""
    return frozenset(term for term in map(_key, no_date_written()) if term)


def without_closing_no_date(title: str) -> str:
    """``title`` without a closing "no date" field (", [no date]", ", s.d.", " (o. J.)")."""
    field = _CLOSING_FIELD.search(title)
    if field is None or field.start() == 0:
        return title
    designation = field.group("plain") or field.group("bracketed") or ""
    if _key(designation) not in no_date_terms():
        return title
    return title[: field.start()].rstrip(" ,;:–—-")


_ONLY_BRACKETED = lazyre.compile(r"\s*[\[(](?P<designation>[^\[\]()]{1,24})[\])]\s*\.?\s*")


def only_no_date(title: str) -> bool:
    """Whether ``title`` is only a bracketed "no date" designation ("(n.d.)", "[s. d.]")."""
    found = _ONLY_BRACKETED.fullmatch(title)
    return found is not None and _key(found.group("designation")) in no_date_terms()
