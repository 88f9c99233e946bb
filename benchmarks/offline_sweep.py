"""Every visible real document of the parse sets checked offline, as a user would: what no eval field counts.

The parse evals score fields (title, URL, access date, publisher) of the notes their truth lists; they do
not see an error a user would get on a document with no such fault (a note "defined twice" that is a
table's own, an address called invalid for a zero-width space in it), a list read as nothing ("without
citations"), or links never checked. This reads every document of fixtures/parse-eval (its held-back
parts excluded: :func:`tests.parse.test_parse_eval.held_back_documents`) and of the saved-page and Word
sets (their ``held_back`` files excluded) with ``citecheck.check`` offline, and prints the findings
counted by severity and code, then every error with its document and message, so that a change can be
compared before and after (``--json FILE`` keeps the report; ``--compare FILE`` prints what changed).

    python benchmarks/offline_sweep.py [--json FILE] [--compare FILE] [--errors]

Used on 2026-12-07 (1,016 → 1,058 documents): it found the links after a written document's notes never
read, a journal page's table notes and zero-width spaces as errors, a thesis page read as "without
citations" (fixed on main, each with tests). Held-back documents are never read here.
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from citecheck import check  # noqa: E402
from citecheck.config import Config  # noqa: E402
from tests.parse.test_parse_eval import held_back_documents  # noqa: E402

FIXTURES = ROOT / "fixtures"
SETS = (
    "parse-eval-pages",
    "parse-eval-wiki",
    "parse-eval-docx",
    "parse-eval-docx2",
    "parse-eval-docx3",
    "parse-eval-docx4",
    "parse-eval-docx5",
    "parse-eval-docx6",
    "parse-eval-docx7",
)


def visible_documents() -> list[Path]:
    """The documents of every parse set but their held-back parts, in a fixed order."""
    parse_eval = FIXTURES / "parse-eval"
    hidden = held_back_documents(tomllib.loads((parse_eval / "truth.toml").read_text(encoding="utf-8")))
    paths = [p for p in sorted((parse_eval / "documents").iterdir()) if p.name not in hidden]
    for name in SETS:
        folder = FIXTURES / name
        if not (folder / "truth.toml").exists():
            continue
        held = set(tomllib.loads((folder / "truth.toml").read_text(encoding="utf-8")).get("held_back", []))
        for sub in ("pages", "documents"):
            if (folder / sub).is_dir():
                paths += [p for p in sorted((folder / sub).iterdir()) if p.name not in held]
    return paths


def sweep(paths: list[Path]) -> dict[str, object]:
    """Each document's findings (severity, code, label, message) and its counts, by path."""
    report = check([str(p) for p in paths], Config(offline=True, today="2026-12-07"))
    out: dict[str, object] = {}
    for document in report.documents:
        out[str(Path(document.path).relative_to(ROOT))] = {
            "footnotes": len(document.footnotes),
            "inline": sum(fn.kind == "inline" for fn in document.footnotes),
            "findings": [[f.severity, f.code, f.label, f.message[:200]] for f in document.findings],
        }
    return out


def counts(result: dict[str, object]) -> Counter[tuple[str, str]]:
    tally: Counter[tuple[str, str]] = Counter()
    for entry in result.values():
        for severity, code, *_ in entry["findings"]:  # type: ignore[index]
            tally[(severity, code)] += 1
    return tally


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="write the sweep's result here")
    parser.add_argument("--compare", type=Path, help="a result written before: print what changed")
    parser.add_argument("--errors", action="store_true", help="list every error finding")
    args = parser.parse_args()
    result = sweep(visible_documents())
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    tally = counts(result)
    print(f"{len(result)} documents, {sum(e['footnotes'] for e in result.values())} footnotes")  # type: ignore[index]
    for (severity, code), n in sorted(tally.items()):
        print(f"  {severity:8} {code:28} {n}")
    if args.compare:
        before = json.loads(args.compare.read_text(encoding="utf-8"))
        old = counts(before)
        for key in sorted(set(old) | set(tally)):
            if old[key] != tally[key]:
                print(f"changed {key[0]} {key[1]}: {old[key]} -> {tally[key]}")
        for path, entry in result.items():
            if path in before and before[path] != entry:
                print(f"document changed: {path}")
    if args.errors:
        for path, entry in result.items():
            for severity, code, label, message in entry["findings"]:  # type: ignore[index]
                if severity == "error":
                    print(f"{Path(path).name[:60]} [{label}] {code}: {message}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
