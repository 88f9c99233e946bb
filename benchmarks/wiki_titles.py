"""Titles, URLs and access dates on whole saved MediaWiki pages (fixtures/parse-eval-wiki).

Each page (menus, sidebars, TOC and footer kept) is parsed with :func:`citecheck.parse.parse_bytes`, as
the parse eval does, and every hand-written note of ``truth.toml`` is checked with the parse eval's
:func:`tests.parse.test_parse_eval.field_matches`. Calibration pages are scored per page and in total;
the held-back pages (``held_back`` in the truth file) only in aggregate, their misses never printed.

``python -m benchmarks.wiki_titles`` prints the calibration table; ``-v`` adds every calibration miss;
``--held-back`` adds the held-back aggregate (to be run only at the start and at the end of a study).
"""

from __future__ import annotations

import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from citecheck.parse import parse_bytes
from tests.parse.test_parse_eval import TODAY, _label, field_matches

WIKI = Path(__file__).resolve().parents[1] / "fixtures" / "parse-eval-wiki"
FIELDS = ("title", "url", "accessed")


@dataclass
class Score:
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    total: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))

    def add(self, name: str, ok: bool) -> None:
        self.total[name] += 1
        self.right[name] += ok

    def rate(self, name: str) -> float | None:
        return self.right[name] / self.total[name] if self.total[name] else None

    def cells(self) -> str:
        return "  ".join(
            f"{name} {self.right[name]:>3}/{self.total[name]:<3} "
            + (f"{100 * rate:5.1f}%" if (rate := self.rate(name)) is not None else "    -")
            for name in FIELDS
        )


@dataclass
class WikiResult:
    pages: dict[str, Score] = field(default_factory=dict)
    calibration: Score = field(default_factory=Score)
    held_back: Score = field(default_factory=Score)
    misses: list[str] = field(default_factory=list)


def run() -> WikiResult:
    with (WIKI / "truth.toml").open("rb") as handle:
        truth = tomllib.load(handle)
    held = set(truth["held_back"])
    result = WikiResult()
    for document in truth["document"]:
        path = WIKI / "documents" / document["file"]
        parsed = parse_bytes(path.read_bytes(), path=str(path), today=TODAY)
        found = {_label(fn.label): fn for fn in parsed.footnotes}
        page = Score()
        part = result.held_back if document["file"] in held else result.calibration
        for note in document["note"]:
            footnote = found.get(_label(note["label"]))
            for name in FIELDS:
                ok = field_matches(name, note[name], footnote)
                page.add(name, ok)
                part.add(name, ok)
                if not ok and document["file"] not in held:
                    got = (
                        None
                        if footnote is None
                        else getattr(footnote, "access_date" if name == "accessed" else name)
                    )
                    result.misses.append(
                        f"{document['file']} [{note['label']}] {name}: want {note[name]!r}, got {got!r}"
                    )
        if document["file"] not in held:
            result.pages[document["file"]] = page
    return result


def main(argv: list[str]) -> None:
    result = run()
    for name, score in result.pages.items():
        print(f"{name:32} {score.cells()}")
    print(f"{'calibration':32} {result.calibration.cells()}")
    if "--held-back" in argv:
        print(f"{'held back (aggregate)':32} {result.held_back.cells()}")
    if "-v" in argv:
        print("\n".join(result.misses))


if __name__ == "__main__":
    main(sys.argv[1:])
