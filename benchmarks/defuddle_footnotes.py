"""Footnote markup of the real web as defuddle's test fixtures hold it (fixtures/defuddle-footnotes).

kepano/defuddle, a well-kept web-page-to-Markdown extractor, keeps a page per footnote markup it met
in the wild (Substack, Ghost, WordPress plugins, Wikipedia, pulldown-cmark, Org mode, Texinfo,
O'Reilly, LessWrong, …) with the Markdown it extracts: its "[^n]:" definitions are the page's notes
and its "[^n]" references the cited ones. Each page is parsed as ``citecheck check`` reads a saved
file; a page passes when every note defuddle finds is found, every note it finds cited is cited,
and no error finding is raised. A quarter (the smallest SHA-1 of the file names, fixed on
2026-12-07 before any parser change) is held back: counted in its aggregate only, never listed.

    python benchmarks/defuddle_footnotes.py
"""

from __future__ import annotations

import datetime as dt
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from citecheck.parse import parse_bytes  # noqa: E402

SET = ROOT / "fixtures" / "defuddle-footnotes"
TODAY = dt.date(2026, 12, 7)


@dataclass
class Part:
    pages: int = 0
    passed: int = 0
    notes: int = 0
    found: int = 0
    cited: int = 0
    linked: int = 0
    errors: int = 0

    def line(self, name: str) -> str:
        return (
            f"{name:10s} pages passed {self.passed}/{self.pages}; notes found {self.found}/{self.notes}; "
            f"cited {self.linked}/{self.cited}; error findings {self.errors}"
        )


def score() -> tuple[Part, Part, list[str]]:
    truth = tomllib.loads((SET / "truth.toml").read_text(encoding="utf-8"))
    held = set(truth["held_back"])
    studied, held_back, failing = Part(), Part(), []
    for page in truth["page"]:
        document = parse_bytes((SET / "pages" / page["file"]).read_bytes(), path=page["file"], today=TODAY)
        notes = {fn.label for fn in document.footnotes if not fn.label.startswith("L")}
        cited = {c.label for c in document.citations} & notes
        errors = sum(1 for f in document.findings if f.severity == "error")
        found, linked = min(len(notes), page["notes"]), min(len(cited), page["cited"])
        ok = found == page["notes"] and linked == page["cited"] and errors == 0
        part = held_back if page["file"] in held else studied
        part.pages += 1
        part.passed += ok
        part.notes += page["notes"]
        part.found += found
        part.cited += page["cited"]
        part.linked += linked
        part.errors += errors
        if not ok and page["file"] not in held:
            failing.append(
                f"  {page['file']}: notes {found}/{page['notes']}, cited {linked}/{page['cited']}, errors {errors}"
            )
    return studied, held_back, failing


def main() -> int:
    studied, held_back, failing = score()
    print(studied.line("studied"))
    print(*failing, sep="\n")
    print(held_back.line("held back"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
