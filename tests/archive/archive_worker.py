"""A separate process that writes captures into an archive, for the crash and concurrency tests.

    python archive_worker.py ROOT TAG COUNT [--die-in-capture N]

Writes COUNT captures of fixture responses under URLs tagged with TAG. With ``--die-in-capture N``
it kills itself with SIGKILL halfway through writing capture N: no handler, no cleanup, like a
power cut or ``kill -9``.
"""

from __future__ import annotations

import argparse
import os
import signal
from pathlib import Path
from typing import Any

from samples import load_result  # type: ignore[import-not-found]
from warcio.warcwriter import GzippingWrapper

from citecheck.archive import Archive

NAMES = ("article", "chunked", "h2", "notfound")


def die_halfway_through_next_record() -> None:
    """Make the next gzip member reach the file only half written, then die."""

    def flush_half_and_die(self: Any) -> None:
        tail = self.compressor.flush()
        self.out.write(tail[: len(tail) // 2])
        self.out.flush()
        os.kill(os.getpid(), signal.SIGKILL)

    GzippingWrapper.flush = flush_half_and_die


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("root", type=Path)
    parser.add_argument("tag")
    parser.add_argument("count", type=int)
    parser.add_argument("--die-in-capture", type=int, default=0)
    args = parser.parse_args()
    with Archive(args.root, max_warc_bytes=64 * 1024) as archive:
        for number in range(1, args.count + 1):
            if number == args.die_in_capture:
                die_halfway_through_next_record()
            name = NAMES[number % len(NAMES)]
            archive.record(load_result(name, url=f"https://example.org/{args.tag}/{number}"))
            print(number, flush=True)


if __name__ == "__main__":
    main()
