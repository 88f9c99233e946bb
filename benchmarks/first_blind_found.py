"""Which notes of each studied part the parser did not find at the part's first blind measurement.

Usage: ``python benchmarks/first_blind_found.py [--now] [--labels [--other]]``

For each part first measured blind and studied since (heldback-17 and -19 to -29; heldback-28 and
-29 added on branch p10-found-residual3; the parts held back now are never read), the parser of the commit that wired the part into the parse eval is extracted
(``git archive <commit> citecheck``) to a temporary directory and run, in a subprocess with that
tree first on ``PYTHONPATH``, over the part's documents; a note is *found* when a footnote carries
its label (the eval's label matching). Prints, per part, its notes and how many were found then
(and, with ``--now``, by the working tree's parser), and with ``--labels`` each document's labels
not found. The families these fall into are in fixtures/parse-eval/README.md, "## Branch
p10-residual" (at first blind), and "## Branch p10-found-residual3" (those still not found on main).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# The commit that wired each part into tests/parse/test_parse_eval.py and measured it first.
FIRST_BLIND = {
    17: "cb7c115",
    19: "8571588",
    20: "2cbb241",
    21: "827803f",
    22: "d98fb5a",
    23: "1e6acdb",
    24: "3d06edf",
    25: "60082ac",
    26: "19733ac",
    27: "bc6c3f4",
    28: "712a65f",
    29: "f5cc091",
}

# The start of every measuring script run with one citecheck tree first on sys.path (this one's and
# first_blind_titles.py's): the eval's label matching, then each document of one part, parsed by that
# tree (``document``, ``parsed``); the body that follows reads them and prints JSON.
MEASURE_HEAD = r"""
import datetime as dt, json, sys, tomllib
from pathlib import Path
from citecheck.parse import parse_bytes
from citecheck.parse.markers import label_key, label_ordinal

def _label(value):
    ordinal = label_ordinal(value)
    return str(ordinal) if value.strip().isdigit() and ordinal is not None else label_key(value)

def _parsed_documents():
    evaluation = Path(sys.argv[1])
    truth = tomllib.loads((evaluation / "truth.toml").read_text(encoding="utf-8"))
    names = set(truth[sys.argv[2]])
    for document in truth["document"]:
        if document["file"] not in names:
            continue
        path = evaluation / "documents" / document["file"]
        yield document, parse_bytes(path.read_bytes(), path=str(path), today=dt.date(2026, 12, 1))
"""

_MEASURE = (
    MEASURE_HEAD
    + r"""
out = {}
for document, parsed in _parsed_documents():
    found = {_label(fn.label) for fn in parsed.footnotes}
    labels = [note["label"] for note in document["note"]]
    by_url = {}
    for fn in parsed.footnotes:
        for url in getattr(fn, "urls", None) or ([fn.url] if fn.url else []):
            by_url.setdefault(url.rstrip("/"), fn.label)
    other = {
        note["label"]: next(
            (by_url[u.rstrip("/")] for u in ([note["url"]] if isinstance(note["url"], str) else note["url"])
             if u.rstrip("/") in by_url), "")
        for note in document["note"]
        if _label(note["label"]) not in found and note.get("url")
    }
    out[document["file"]] = [label for label in labels if _label(label) not in found], len(labels), other
print(json.dumps(out))
"""
)


def measure(script: str, tree: Path, part: int) -> Any:
    """What ``script`` (:data:`MEASURE_HEAD` and a body) prints as JSON, run with ``tree``'s citecheck
    over heldback-``part``'s documents."""
    run = subprocess.run(
        [sys.executable, "-c", script, str(ROOT / "fixtures" / "parse-eval"), f"held_back_{part}"],
        env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"},
        cwd=tree,  # "python -c" puts the working directory first on sys.path
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(run.stdout)


def _missing(tree: Path, part: int) -> dict[str, tuple[list[str], int, dict[str, str]]]:
    return {
        name: (missing, total, other)
        for name, (missing, total, other) in measure(_MEASURE, tree, part).items()
    }


def _extract(commit: str, into: Path) -> Path:
    archive = subprocess.run(
        ["git", "archive", commit, "citecheck"], cwd=ROOT, capture_output=True, check=True
    )
    with tarfile.open(fileobj=BytesIO(archive.stdout)) as tar:
        tar.extractall(into, filter="data")
    return into


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--now", action="store_true", help="also count what the working tree's parser finds")
    parser.add_argument("--labels", action="store_true", help="print each document's labels not found")
    parser.add_argument(
        "--other",
        action="store_true",
        help="with --labels, the label each not-found note's URL was read under",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        for part, commit in FIRST_BLIND.items():
            then = _missing(_extract(commit, Path(scratch) / commit), part)
            notes = sum(total for _, total, _ in then.values())
            found = notes - sum(len(missing) for missing, _, _ in then.values())
            line = f"heldback-{part} ({commit}): {notes} notes, {found} found at first blind"
            if args.now:
                now = _missing(ROOT, part)
                line += f", {notes - sum(len(missing) for missing, _, _ in now.values())} now"
            print(line)
            if args.labels:
                for name, (missing, total, other) in then.items():
                    if missing:
                        print(f"  {name}: {len(missing)}/{total} not found: {' '.join(missing)}")
                    if args.other and any(other.values()):
                        read = " ".join(f"{note}->{label}" for note, label in other.items() if label)
                        print(f"    read under another label (by URL): {read}")


if __name__ == "__main__":
    main()
