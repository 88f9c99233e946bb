"""Scoring a set of whole saved pages against hand-written truth, as the parse eval scores documents.

A set is a folder with a ``truth.toml`` (a ``held_back`` list of file names, and one table per page
under ``table_key`` with its ``file`` and ``note`` rows: label, title, url, accessed; a missing key is
not scored) and the pages in ``folder``. Every page is parsed exactly as ``citecheck check`` reads a
saved file (:func:`citecheck.parse.parse_bytes`); each field is compared with the parse eval's
:func:`tests.parse.test_parse_eval.field_matches`, and "found" is whether a footnote with the note's
label came out. Held-back pages count in their aggregate only: their misses are never listed.

Used by :mod:`benchmarks.wiki_titles` (fixtures/parse-eval-wiki) and :mod:`benchmarks.page_refs`
(fixtures/parse-eval-pages).
"""

from __future__ import annotations

import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from citecheck.parse import parse_bytes  # noqa: E402
from tests.parse.test_parse_eval import TODAY, Tally, _label, field_matches, miss_line  # noqa: E402


def cell(tally: Tally, name: str) -> str:
    """``right/total  rate%`` of one field, or a dash where nothing was scored."""
    if not tally.total[name]:
        return "     –      "
    return (
        f"{tally.right[name]:>3}/{tally.total[name]:<3} {100 * tally.right[name] / tally.total[name]:5.1f}%"
    )


@dataclass
class SetResult:
    by_page: dict[str, Tally] = field(default_factory=dict)  # calibration and studied pages
    calibration: Tally = field(default_factory=Tally)
    held_back: Tally = field(default_factory=Tally)
    # a held-back part opened for study (truth.toml's ``studied``): its pages listed and their misses
    # printed, tallied on their own, outside calibration
    studied: Tally = field(default_factory=Tally)
    # named held-back parts (truth.toml's ``held_back_parts``), each an aggregate of its own as well
    parts: dict[str, Tally] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)  # calibration and studied pages


def load_truth(directory: Path) -> dict[str, Any]:
    with (directory / "truth.toml").open("rb") as handle:
        return tomllib.load(handle)


def score_set(directory: Path, *, table_key: str, folder: str, fields: tuple[str, ...]) -> SetResult:
    """Parse every page of the set and score ``fields`` ("found", "title", "url", "accessed")."""
    truth = load_truth(directory)
    hidden = set(truth["held_back"])
    studied = set(truth.get("studied", []))
    result = SetResult()
    part_of = {}
    for part_name, files in truth.get("held_back_parts", {}).items():
        result.parts[part_name] = Tally()
        part_of.update({file: part_name for file in files})
    for page in truth[table_key]:
        path = directory / folder / page["file"]
        parsed = parse_bytes(path.read_bytes(), path=str(path), today=TODAY)
        found = {_label(fn.label): fn for fn in parsed.footnotes}
        held = page["file"] in hidden
        tally = Tally()
        if not held:
            result.by_page[page["file"]] = tally
        part = result.held_back if held else result.studied if page["file"] in studied else result.calibration
        for note in page["note"]:
            footnote = found.get(_label(note["label"]))
            for name in fields:
                if name == "found":
                    ok, want = footnote is not None, "(an entry)"
                elif name in note:
                    ok, want = field_matches(name, note[name], footnote), note[name]
                else:
                    continue
                tally.add(name, ok)
                part.add(name, ok)
                if held and page["file"] in part_of:
                    result.parts[part_of[page["file"]]].add(name, ok)
                if not ok and not held:
                    result.misses.append(miss_line(page["file"], note["label"], name, want, footnote))
    return result


def table(result: SetResult, fields: tuple[str, ...], *, held_back: bool = True) -> str:
    """Per calibration page, then the calibration total and (``held_back``) the held-back aggregate."""
    lines = [f"{'page':38} " + " ".join(f"{name:>13}" for name in fields)]
    rows = [*result.by_page.items(), ("calibration", result.calibration)]
    if result.studied.total["found"]:
        rows.append(("studied (aggregate)", result.studied))
    if held_back and (result.held_back.total["found"] or result.parts):
        rows.append(("held back (aggregate)", result.held_back))
        rows.extend((f"held back: {name}", tally) for name, tally in result.parts.items())
    for name, tally in rows:
        lines.append(f"{name:38} " + " ".join(f"{cell(tally, n):>13}" for n in fields))
    return "\n".join(lines)
