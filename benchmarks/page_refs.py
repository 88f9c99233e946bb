"""Whole saved web pages: how well the notes / reference list of each page is read.

What it measures. fixtures/parse-eval-pages/pages/ holds whole saved pages written by others (blog
posts, journal article pages (SciELO among them), research-centre analyses, a health-news page,
newsletters and forum posts, an encyclopedia site; de, en, es, fr, ja, pt, zh), each with
a notes or reference list of 5+ entries, the page's head, menus, sidebars, related-story cards,
comments and footers kept. fixtures/parse-eval-pages/truth.toml gives, for a sample of each list's
entries, the label, the title a reader would give, the URL and the access date, written by hand
before the parser was run on any page (provenance: repository, path and commit of each page).
Every page is parsed exactly as ``citecheck check`` reads a ``.html`` file
(:func:`citecheck.parse.parse_bytes`); an entry is *found* when a footnote with its label comes
out, and each truth field (title, URL, access date; a missing key is not scored) is compared as the
parse eval compares it (tests/parse/test_parse_eval.py's ``field_matches``).

The pages are split into calibration, studied and held-back (truth.toml's ``studied`` and ``held_back``).
Since branch s41-pages no page is held back: the part ``p40-pages`` (six whole pages chosen before any
parser run, fixtures/parse-eval-pages/HELDBACK-P40-RULE.md) was spent there and is studied (listed, misses
printed, its own aggregate line), and the part meant to replace it, ``p41-pages``, could not be built
(HELDBACK-P41-RULE.md). Held-back pages, when a part is held back, are reported as aggregates only: their
misses are never printed.

Run: ``.venv/bin/python benchmarks/page_refs.py`` (``-v`` prints the calibration misses).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from saved_pages import ROOT, SetResult, score_set
from saved_pages import table as set_table

PAGES = ROOT / "fixtures" / "parse-eval-pages"
FIELDS = ("found", "title", "url", "accessed")


def run() -> SetResult:
    return score_set(PAGES, table_key="page", folder="pages", fields=FIELDS)


def table(result: SetResult) -> str:
    return set_table(result, FIELDS)


if __name__ == "__main__":
    outcome = run()
    print(table(outcome))
    if "-v" in sys.argv:
        print("\n".join(outcome.misses))
