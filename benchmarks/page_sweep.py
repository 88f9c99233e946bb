"""Sweep a folder of saved web pages written elsewhere and count what the parser reports, to compare
two versions of citecheck on pages with no truth: error findings (missing-footnote, duplicate-footnote)
on pages nobody wrote for this project are mostly false markers or notes read wrong, and a page whose
notes are all uncited ("orphan-footnote") often has markers the parser did not see.

    python benchmarks/page_sweep.py DIR --json now.json
    PYTHONPATH=/path/to/other/checkout python benchmarks/page_sweep.py DIR --json base.json
    python benchmarks/page_sweep.py --diff base.json now.json

Folders used (2026-12-07; fetch them with git, they are not part of this repository):
adbar/trafilatura tests/eval (922 pages), mozilla/readability test/test-pages (130 pages, each a
source.html and an expected.html), scrapinghub/article-extraction-benchmark html (181 news pages,
gunzipped). Session 37's figures are in docs/evaluation.md.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

TODAY = dt.date(2026, 12, 7)


def sweep_one(path: str) -> tuple[str, dict[str, Any]]:
    from citecheck.parse import parse_bytes

    try:
        document = parse_bytes(Path(path).read_bytes(), path=path, today=TODAY)
    except Exception as exc:  # an input refused (binary, too large) is a line of the table, not a crash
        return path, {"refused": type(exc).__name__, "codes": {}, "notes": 0, "cited": 0}
    notes = [fn for fn in document.footnotes if not fn.label.startswith("L")]
    cited = {c.label for c in document.citations}
    codes = collections.Counter(f.code for f in document.findings if f.severity in ("error", "warning"))
    return path, {"codes": dict(codes), "notes": len(notes), "cited": sum(fn.label in cited for fn in notes)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("folder", nargs="?", type=Path)
    parser.add_argument("--json", type=Path, help="write every page's counts here")
    parser.add_argument("--diff", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args(argv)
    if args.diff:
        before, after = (json.loads(p.read_text(encoding="utf-8")) for p in args.diff)
        for path in sorted(before.keys() & after.keys()):
            if before[path] != after[path]:
                print(f"{Path(path).name}: {before[path]} -> {after[path]}")
        return 0
    if args.folder is None:
        parser.error("a folder to sweep, or --diff")
    files = sorted(str(p) for p in args.folder.rglob("*") if p.suffix.lower() in (".html", ".htm"))
    with ProcessPoolExecutor(2) as pool:
        results = dict(pool.map(sweep_one, files, chunksize=8))
    totals: collections.Counter[str] = collections.Counter()
    for result in results.values():
        totals.update(result["codes"])
    print(f"{len(results)} pages; findings: {dict(totals.most_common())}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=0), encoding="utf-8")
    return 0


if __name__ == "__main__":
    # citecheck is the installed one, or PYTHONPATH's (another checkout to compare with).
    raise SystemExit(main())
