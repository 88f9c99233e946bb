"""Parse throughput on real READMEs and docs pages (fixtures/readmes, both parts): MB/s and links/s,
the median of a few repeats, with inline links on and off.

    python benchmarks/readmes.py [--repeats 5]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from citecheck.parse import parse_bytes

READMES = Path(__file__).resolve().parent.parent / "fixtures" / "readmes"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    files = sorted(p for p in READMES.rglob("*.md") if p.name != "README.md")
    data = [(str(p), p.read_bytes()) for p in files]
    megabytes = sum(len(d) for _, d in data) / 1e6
    for inline in (True, False):
        times = []
        links = 0
        for _ in range(args.repeats):
            started = time.perf_counter()
            docs = [parse_bytes(d, path=path, inline_links=inline) for path, d in data]
            times.append(time.perf_counter() - started)
            links = sum(1 for doc in docs for fn in doc.footnotes if fn.kind == "inline")
        median = statistics.median(times)
        print(
            f"inline_links={inline!s:5}  {len(files)} files, {megabytes:.2f} MB: median {median:.2f} s "
            f"({megabytes / median:.2f} MB/s), {links} inline entries"
        )


if __name__ == "__main__":
    main()
