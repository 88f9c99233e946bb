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
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from saved_pages import ROOT, SetResult, score_set, table

WIKI = ROOT / "fixtures" / "parse-eval-wiki"
FIELDS = ("title", "url", "accessed")


def run() -> SetResult:
    return score_set(WIKI, table_key="document", folder="documents", fields=FIELDS)


def main(argv: list[str]) -> None:
    result = run()
    print(table(result, FIELDS, held_back="--held-back" in argv))
    if "-v" in argv:
        print("\n".join(result.misses))


if __name__ == "__main__":
    main(sys.argv[1:])
