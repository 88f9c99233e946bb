"""Parse throughput: 1,000 seed-sized documents (the seed analysis and its variants in every format),
reported as documents per second, the median of a few repeats.

    python benchmarks/parse.py [--documents 1000] [--repeats 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time
from pathlib import Path

from citecheck.parse import parse_bytes

ANALYSES = Path(__file__).resolve().parent.parent / "fixtures" / "analyses"
VARIANTS = {
    "text": ["armenia-russia-analysis.txt", "chicago-style.txt", "harvard-style.txt", "apa-style.txt"],
    "markdown": ["armenia-russia-analysis.md"],
    "html": [
        "armenia-russia-analysis.wordpress.html",
        "armenia-russia-analysis.page.html",
        "wikipedia-style.html",
    ],
    "docx": ["armenia-russia-analysis.endnotes.docx", "armenia-russia-analysis.typed.docx"],
}
TODAY = dt.date(2025, 11, 20)


def throughput(files: list[tuple[str, bytes]], documents: int, repeats: int) -> float:
    """Median documents per second over ``repeats`` runs of ``documents`` parses."""
    rates = []
    for _ in range(repeats):
        started = time.perf_counter()
        for index in range(documents):
            name, data = files[index % len(files)]
            document = parse_bytes(data, path=name, today=TODAY)
            assert document.footnotes, f"{name}: no footnotes parsed"
        rates.append(documents / (time.perf_counter() - started))
    return statistics.median(rates)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    loaded = {
        fmt: [(name, (ANALYSES / name).read_bytes()) for name in names] for fmt, names in VARIANTS.items()
    }
    everything = [item for files in loaded.values() for item in files]
    throughput(everything, len(everything), 1)  # warm up: imports, regex caches
    print(f"parse: {args.documents} documents per run, median of {args.repeats} runs")
    for fmt, files in loaded.items():
        rate = throughput(files, args.documents, args.repeats)
        print(f"  {fmt:<9} {rate:8.1f} documents/s")
    rate = throughput(everything, args.documents, args.repeats)
    print(f"  {'mixed':<9} {rate:8.1f} documents/s")


if __name__ == "__main__":
    main()
