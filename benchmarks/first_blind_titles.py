"""Titles inside found entries at each studied part's first blind measurement, by mechanism.

Usage: ``python benchmarks/first_blind_titles.py [--now] [--dump FILE]``

For each part first measured blind and studied since (heldback-17 and -19 to -29; heldback-30 is held
back and never read here), the parser of the commit that wired the part into the parse eval (the
commits of ``first_blind_found.FIRST_BLIND``, 712a65f for heldback-28, f5cc091 for heldback-29) is extracted with ``git
archive <commit> citecheck`` and run, in a subprocess with that tree first on ``PYTHONPATH``, over the
part's documents. A note counts when a footnote carries its label (the eval's label matching) and
its truth has a title; its title is right when the eval's ``field_matches`` accepts it. Each wrong
title is put in one family by :func:`family` (mechanism, from the truth, the title read and the
entry's raw text; no word lists). Prints the family x part table (and, with ``--now``, how many of
each family today's parser gets right); ``--dump`` writes every wrong title as JSON for reading.
The tables and what was generalised are in fixtures/parse-eval/README.md, "Branch p10-titles-residual"
(-residual2, and "titles residual 3" for the families by entry structure still wrong in 2026-12-06).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from types import SimpleNamespace
from typing import cast

sys.path.insert(0, str(Path(__file__).resolve().parent))
from first_blind_found import FIRST_BLIND, MEASURE_HEAD, ROOT, _extract, measure

sys.path.insert(0, str(ROOT))
from citecheck.models import Footnote
from tests.parse.test_parse_eval import _accepted, _normal_text, field_matches

PARTS = {**FIRST_BLIND, 28: "712a65f", 29: "f5cc091"}

_MEASURE = (
    MEASURE_HEAD
    + r"""
out = []
for document, parsed in _parsed_documents():
    found = {_label(fn.label): fn for fn in parsed.footnotes}
    for note in document["note"]:
        if "title" not in note:
            continue
        fn = found.get(_label(note["label"]))
        if fn is None:
            continue
        out.append({"file": document["file"], "label": note["label"], "truth": note["title"],
                    "got": fn.title, "raw": fn.raw, "url": fn.url, "publisher": fn.publisher})
print(json.dumps(out))
"""
)
QUOTE_CHARS = "\"'“”„«»‘’「」『』《》‹›"


def right(truth: object, got: str | None) -> bool:
    """The eval's own ``field_matches`` for titles (tests/parse/test_parse_eval.py)."""
    return field_matches("title", truth, cast(Footnote, SimpleNamespace(title=got)))


_INITIAL = re.compile(r"(?:^|[\s,;.])[^\W\d_]{1,2}\.(?=\s|$|,|;|[^\W\d_]\.)")
_DATE = re.compile(r"\b(?:1[5-9]|20)\d\d\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b")


def _people(text: str) -> bool:
    """Whether a piece reads as people's names (an initial, or names set apart by semicolons)."""
    return bool(_INITIAL.search(" " + text)) or text.count(";") >= 1


def _residue_kind(residue: str, side: str) -> str:
    people = _people(residue)
    residue = residue.strip(" .,;:-–—|/\"'“”«»")
    if people:
        return f"author list {side}"
    if residue.startswith(("(", "[")) and side == "after":
        return "bracketed gloss after (type, acronym, medium, note)"
    if _DATE.search(residue) and len(residue.split()) <= 3:
        return f"date {side}"
    return (
        f"site, organisation or container {side}"
        if side == "before"
        else "publisher, site or description after"
    )


def family(truth: object, got: str | None, raw: str) -> str:
    """The mechanism of one wrong title (first matching test wins)."""
    expected = next((t for t in _accepted(truth) if t), "")
    t, g, r = _normal_text(expected), _normal_text(got or ""), _normal_text(raw or "")
    if not expected:
        return "X: a title read where the truth has none (prose notes, names, remarks)"
    quoted = bool(t) and re.search("[" + QUOTE_CHARS + r"]\s*" + re.escape(t[:20]), r) is not None
    if not g:
        return "Q: quoted title missed" if quoted else "E: no title read"
    if t in g:
        before, after = g.split(t, 1)
        if before.strip(" .,;:-–—|\"'"):
            return "H: " + _residue_kind(before, "before") + " left on"
        return "T: " + _residue_kind(after, "after") + " left on"
    if g in t:
        return "C: title cut at an inner separator (colon, dash, stop, comma, bracket)"
    position_t, position_g = r.find(t), r.find(g)
    if position_t >= 0 and position_g >= 0:
        if position_g < position_t:
            return "W: " + _residue_kind(g, "before") + " taken for the title"
        return "W: " + (
            "quoted title missed, a later part taken"
            if quoted
            else "a part after the title taken (site, container, description)"
        )
    return "N: title not in the entry as written (hyphenation, truth normalised, link text vs entry)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--now", action="store_true", help="also score the working tree's parser")
    parser.add_argument("--dump", type=Path, help="write every wrong title (first blind) as JSON")
    args = parser.parse_args()
    table: dict[str, Counter[int]] = defaultdict(Counter)
    fixed: dict[str, Counter[int]] = defaultdict(Counter)
    dump = []
    with tempfile.TemporaryDirectory() as scratch:
        for part, commit in PARTS.items():
            tree = _extract(commit, Path(scratch) / commit)
            then = _run(tree, part)
            now = {(n["file"], n["label"]): n for n in _run(ROOT, part)} if args.now else {}
            wrong = [n for n in then if not right(n["truth"], n["got"])]
            for note in wrong:
                name = family(note["truth"], note["got"], note["raw"])
                table[name][part] += 1
                later = now.get((note["file"], note["label"]))
                if later is not None and right(later["truth"], later["got"]):
                    fixed[name][part] += 1
                dump.append({"part": part, "family": name, **note})
            line = (
                f"heldback-{part} ({commit}): {len(then)} titled notes found, {len(then) - len(wrong)} right"
            )
            if args.now:
                line += f"; of the {len(wrong)} wrong then, {sum(fixed[f][part] for f in fixed)} right now"
            print(line)
    parts = list(PARTS)
    print(
        "| family | "
        + " | ".join(str(p) for p in parts)
        + " | all | parts |"
        + (" right now |" if args.now else "")
    )
    for name in sorted(table):
        row = table[name]
        cells = " | ".join(str(row[p]) if row[p] else "·" for p in parts)
        extra = f" {sum(fixed[name].values())} |" if args.now else ""
        print(f"| {name} | {cells} | {sum(row.values())} | {sum(1 for p in parts if row[p])} |{extra}")
    if args.dump:
        args.dump.write_text(json.dumps(dump, ensure_ascii=False, indent=1), encoding="utf-8")


def _run(tree: Path, part: int) -> list[dict[str, object]]:
    return list(measure(_MEASURE, tree, part))


if __name__ == "__main__":
    main()
