"""Whole saved web pages: how well the notes / reference list of each page is read.

What it measures. fixtures/parse-eval-pages/pages/ holds whole saved pages written by others (blog
posts, journal article pages, research-centre analyses, a health-news page; de, en, fr), each with
a notes or reference list of 5+ entries, the page's head, menus, sidebars, related-story cards,
comments and footers kept. fixtures/parse-eval-pages/truth.toml gives, for a sample of each list's
entries, the label, the title a reader would give, the URL and the access date, written by hand
before the parser was run on any page (provenance: repository, path and commit of each page).
Every page is parsed exactly as ``citecheck check`` reads a ``.html`` file
(:func:`citecheck.parse.parse_bytes`); an entry is *found* when a footnote with its label comes
out, and each truth field (title, URL, access date; a missing key is not scored) is compared as the
parse eval compares it (tests/parse/test_parse_eval.py's ``field_matches``).

The pages are split into calibration and held-back (truth.toml's ``held_back``: the last three in
alphabetical order of file name, chosen before any parser run). Held-back pages are reported as
aggregates only: their misses are never printed.

Run: ``.venv/bin/python benchmarks/page_refs.py`` (``-v`` prints the calibration misses).
"""

from __future__ import annotations

import datetime as dt
import sys
import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from citecheck.parse import parse_bytes  # noqa: E402
from tests.parse.test_parse_eval import _label, field_matches  # noqa: E402

PAGES = ROOT / "fixtures" / "parse-eval-pages"
TODAY = dt.date(2026, 12, 1)
FIELDS = ("found", "title", "url", "accessed")


@dataclass
class Tally:
    right: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    total: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def add(self, name: str, ok: bool) -> None:
        self.total[name] += 1
        self.right[name] += ok

    def rate(self, name: str) -> float | None:
        return self.right[name] / self.total[name] if self.total[name] else None

    def cell(self, name: str) -> str:
        if not self.total[name]:
            return "     –      "
        return (
            f"{self.right[name]:>3}/{self.total[name]:<3} {100 * self.right[name] / self.total[name]:5.1f}%"
        )


@dataclass
class Result:
    by_page: dict[str, Tally] = field(default_factory=dict)
    calibration: Tally = field(default_factory=Tally)
    held_back: Tally = field(default_factory=Tally)
    misses: list[str] = field(default_factory=list)


def load_truth() -> dict[str, Any]:
    with (PAGES / "truth.toml").open("rb") as handle:
        return tomllib.load(handle)


def run() -> Result:
    truth = load_truth()
    hidden = set(truth["held_back"])
    result = Result()
    for page in truth["page"]:
        path = PAGES / "pages" / page["file"]
        parsed = parse_bytes(path.read_bytes(), path=str(path), today=TODAY)
        found = {_label(fn.label): fn for fn in parsed.footnotes}
        tally = result.by_page[page["file"]] = Tally()
        part = result.held_back if page["file"] in hidden else result.calibration
        for note in page["note"]:
            footnote = found.get(_label(note["label"]))
            checks = [("found", footnote is not None)]
            checks += [
                (name, field_matches(name, note[name], footnote)) for name in FIELDS[1:] if name in note
            ]
            for name, ok in checks:
                tally.add(name, ok)
                part.add(name, ok)
                if not ok and page["file"] not in hidden:
                    got = None
                    if footnote is not None and name != "found":
                        got = getattr(footnote, "access_date" if name == "accessed" else name)
                    want = note.get(name, "(an entry)")
                    result.misses.append(
                        f"{page['file']} [{note['label']}] {name}: want {want!r}, got {got!r}"
                    )
    return result


def table(result: Result) -> str:
    truth = load_truth()
    hidden = set(truth["held_back"])
    lines = [f"{'page':38} " + " ".join(f"{name:>13}" for name in FIELDS)]
    for name, tally in result.by_page.items():
        if name in hidden:
            continue
        lines.append(f"{name:38} " + " ".join(f"{tally.cell(n):>13}" for n in FIELDS))
    for label, tally in (("calibration", result.calibration), ("held back (aggregate)", result.held_back)):
        lines.append(f"{label:38} " + " ".join(f"{tally.cell(n):>13}" for n in FIELDS))
    return "\n".join(lines)


if __name__ == "__main__":
    outcome = run()
    print(table(outcome))
    if "-v" in sys.argv:
        print("\n".join(outcome.misses))
