"""Probe of access-date labels over the CSL locales (branch p10-access-csl).

Usage: ``python benchmarks/access_probe.py [--off] [--locales]``

For each locale file of the installed citeproc-py and each month, four invented entries, the date
written in the locale's own text date form (``<date form="text">``), its terms read from the file:

    Title of the page. Publisher. https://example.org/x. <accessed> <date>.
    Title of the page. Publisher. <retrieved> <date>, <from> https://example.org/x.
    Title of the page. Publisher. [<accessed>: 03.mm.2024]. https://example.org/x
    Title of the page [Internet]. Publisher; 2020 [<cited> <date>]. https://example.org/x

Counts the access dates read right (and the titles of the first two shapes). ``--off`` switches the
CSL pass (citecheck/parse/access_terms.py) off: the hand list alone.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable

from lxml import etree

import citecheck.parse.entries as entries
from citecheck.parse.csl_terms import locale_roots

_CSL = "{http://purl.org/net/xbiblio/csl}"
SHAPES: dict[str, Callable[[dict[str, str], str, int], str]] = {
    "accessed": lambda t, d, m: f"Title of the page. Publisher. https://example.org/x. {t['accessed']} {d}.",
    "retrieved": lambda t, d, m: (
        f"Title of the page. Publisher. {t['retrieved']} {d}, {t.get('from', '')} https://example.org/x."
    ),
    "numeric": lambda t, d, m: (
        f"Title of the page. Publisher. [{t['accessed']}: 03.{m:02d}.2024]. https://example.org/x"
    ),
    "cited": lambda t, d, m: (
        f"Title of the page [Internet]. Publisher; 2020 [{t['cited']} {d}]. https://example.org/x"
    ),
}


def _locale_forms(root: etree._Element) -> tuple[dict[str, str], dict[int, str], list[tuple[str, str, str]]]:
    terms: dict[str, str] = {}
    months: dict[int, str] = {}
    parts: list[tuple[str, str, str]] = []
    for term in root.iter(f"{_CSL}term"):
        name, text = term.get("name") or "", (term.text or "").strip()
        if term.get("form") is not None:
            continue
        if name in ("accessed", "retrieved", "from", "cited"):
            terms[name] = text
        elif name.startswith("month-") and text:
            months[int(name[len("month-") :])] = text
    for date in root.iter(f"{_CSL}date"):
        if date.get("form") == "text":
            parts = [
                (part.get("name") or "", part.get("prefix") or "", part.get("suffix") or "")
                for part in date.iter(f"{_CSL}date-part")
            ]
    return terms, months, parts


def _date_text(parts: list[tuple[str, str, str]], months: dict[int, str], month: int) -> str:
    values = {"day": "3", "month": months[month], "year": "2024"}
    if not parts:
        return f"3 {months[month]} 2024"
    return "".join(prefix + values[name] + suffix for name, prefix, suffix in parts).strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--off", action="store_true", help="the hand list alone (the CSL pass switched off)")
    parser.add_argument("--locales", action="store_true", help="print each locale's counts")
    args = parser.parse_args()
    if args.off:
        entries.csl_access_date = lambda *_, **__: None
    totals = dict.fromkeys((*SHAPES, "title"), 0)
    complete = 0
    for locale, root in locale_roots():
        terms, months, parts = _locale_forms(root)
        counts = dict.fromkeys((*SHAPES, "title"), 0)
        for month in range(1, 13):
            date_text = _date_text(parts, months, month)
            for shape, write in SHAPES.items():
                fields = entries.parse_entry(write(terms, date_text, month))
                counts[shape] += fields.access_date == dt.date(2024, month, 3)
                counts["title"] += shape in ("accessed", "retrieved") and fields.title == "Title of the page"
        complete += all(counts[shape] == 12 for shape in SHAPES)
        for key, value in counts.items():
            totals[key] += value
        if args.locales:
            print(locale, *(f"{key} {value}" for key, value in counts.items()))
    locales = len(locale_roots())
    print(f"{locales} locales, of {12 * locales} each: " + ", ".join(f"{k} {v}" for k, v in totals.items()))
    print(f"locales with every date: {complete}")


if __name__ == "__main__":
    main()
