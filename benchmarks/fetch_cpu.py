"""CPU of the fetch stage per request, in process: ``citecheck.fetch.fetch_all`` on the simulated web.

Starts the simulated web (:mod:`simweb`, as :mod:`e2e` does, a fresh server per run so 429s and
503-then-200s replay alike), then in a child process imports citecheck (from this checkout, or from
``--source DIR`` holding another checkout's ``citecheck`` package, e.g.
``git archive main citecheck | tar -x -C /tmp/main``) and runs ``fetch_all`` on every URL of the
corpus with e2e's limits (64 in flight, 4 per host, 10 s timeout, allow private). Printed: the
child's ``time.process_time()`` across ``fetch_all`` (imports excluded), median of ``--runs``,
the two sources alternating; with ``--profile``, cProfile's top functions of one more run.
``--verdicts`` prints a digest of every result (state, status, final URL, findings) so two
sources can be compared for identical verdicts.

    python benchmarks/fetch_cpu.py [--urls 2600] [--runs 5] [--source DIR] [--profile N]

Measured 2026-12-06 on the 2,608-URL word corpus (seed 7, 2,885 requests), on two cores shared
with other jobs (load average 2.5–3.6), this branch against main at its branch point
(``--source``): the verdict digest is the same for every run of both; CPU of ``fetch_all``

    =====================  ==========================  ==========================
    runs                   main                        this branch
    =====================  ==========================  ==========================
    7, alternating order   5.59 s (4.62–6.89)          5.39 s (3.98–6.52)
    5, branch first        4.83 s (4.62–5.77)          5.24 s (4.35–6.16)
    cProfile (one run)     8,794,327 function calls    8,669,033 function calls
    =====================  ==========================  ==========================

The run-to-run spread (±20 %) on this machine is far wider than the change measured (paired
by round, the branch used less CPU in 6 of 7 rounds of the first row, 2 of 5 of the second), so only
the call count (−1.4 %: 34,796 ``httpx.Headers`` look-ups, each decoding every header, become
3,053) is a firm figure. About 1.7 ms of CPU per request; under cProfile the largest shares are
httpx/httpcore/h11 (request building, URL parsing: a check of every character of each URL, the
connection pool's scans), ``read_capped`` and the response's close, then ``_url_problem``
(httpx's URL parse, cached and reused by the request), the page judges (``classify_status``,
soft-404) at about 5 % together.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

CHILD = r"""
import asyncio, cProfile, hashlib, io, json, pstats, re, sys, time
urls = json.loads(sys.stdin.read())
import citecheck
from citecheck.config import Config
from citecheck.fetch import fetch_all
config = Config(allow_private=True, timeout=10, max_concurrency=64, max_per_host=4)
profile = int(sys.argv[1])
profiler = cProfile.Profile(time.process_time) if profile else None
start = time.process_time()
if profiler:
    profiler.enable()
run = asyncio.run(fetch_all(urls, config))
if profiler:
    profiler.disable()
cpu = time.process_time() - start
rows = []
for url in sorted(run.results):
    result = run.results[url]
    data = result.link.model_dump(mode="json", exclude={"elapsed_ms", "checked_at"})
    response = result.response
    if response is not None:
        data["response"] = [response.url, response.status, response.truncated, response.encoding,
                            hashlib.sha256(response.body).hexdigest(), len(response.raw)]
    rows.append([url, data])
# A soft-404 probe's path is random: the same for every run once masked.
text = re.sub(r"citecheck-probe-[0-9a-f]+", "citecheck-probe-*", json.dumps(rows, sort_keys=True, default=str))
rows = json.loads(text)
digest = hashlib.sha256(text.encode()).hexdigest()[:16]
out = {"cpu": cpu, "file": citecheck.__file__, "results": len(run.results), "digest": digest, "rows": rows}
if profiler:
    buffer = io.StringIO()
    pstats.Stats(profiler, stream=buffer).sort_stats("tottime").print_stats(profile)
    pstats.Stats(profiler, stream=buffer).sort_stats("cumulative").print_stats("citecheck", profile)
    if len(sys.argv) > 2:  # callers of the functions named
        pstats.Stats(profiler, stream=buffer).print_callers(sys.argv[2])
    out["profile"] = buffer.getvalue()
print(json.dumps(out, default=str))
"""


def run_once(
    corpus: object, urls: list[str], source: Path | None, profile: int = 0, callers: str = ""
) -> dict:
    from e2e import Web

    env = {**os.environ, "PYTHONHASHSEED": "0"}
    if source is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(source), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    else:
        env["PYTHONPATH"] = os.pathsep.join([str(HERE.parent), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    log = corpus.root / "requests.json"  # type: ignore[attr-defined]
    with Web(corpus, log):  # type: ignore[arg-type]
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(profile), *([callers] if callers else [])],
            input=json.dumps(urls),
            capture_output=True,
            text=True,
            env=env,
            cwd=corpus.root,  # type: ignore[attr-defined]
            check=False,
        )
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-3000:])
    result: dict = json.loads(done.stdout)
    result["requests"] = len(json.loads(log.read_text(encoding="utf-8")))
    return result


def main(argv: list[str] | None = None) -> int:
    from e2e import _free_port, compile_package
    from simweb import build_corpus

    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--urls", type=int, default=2600)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--source", type=Path, help="a folder holding another citecheck package, run in turn")
    parser.add_argument(
        "--profile", type=int, default=0, help="print cProfile's top N functions (one more run)"
    )
    parser.add_argument("--callers", default="", help="with --profile: print the callers of these (a regex)")
    parser.add_argument("--verdicts", type=Path, help="write every result (minus timings) here as JSON")
    args = parser.parse_args(argv)
    compile_package(HERE.parent / "citecheck")
    sources: list[tuple[str, Path | None]] = [("this checkout", None)]
    if args.source is not None:
        compile_package(args.source / "citecheck")
        sources.append((str(args.source), args.source))
    with tempfile.TemporaryDirectory(prefix="citecheck-fetchcpu-") as folder:
        corpus = build_corpus(Path(folder), _free_port(), args.urls, args.seed)
        urls = sorted(corpus.truth)
        cpus: dict[str, list[float]] = {label: [] for label, _ in sources}
        digests: dict[str, set[str]] = {label: set() for label, _ in sources}
        for index in range(args.runs):
            # Each source goes first in every other round: the first of a pair may run on a colder
            # machine (or a busier one) than the second.
            for label, source in sources if index % 2 == 0 else sources[::-1]:
                out = run_once(corpus, urls, source)
                cpus[label].append(out["cpu"])
                digests[label].add(out["digest"])
                print(
                    f"run {index + 1} {label}: {out['cpu']:.2f} s CPU, {out['requests']} requests, "
                    f"{out['results']} results, digest {out['digest']}",
                    file=sys.stderr,
                    flush=True,
                )
                if args.verdicts is not None and index == 0:
                    name = "this" if source is None else "source"
                    path = args.verdicts.with_name(f"{args.verdicts.stem}-{name}.json")
                    path.write_text(json.dumps(out["rows"], indent=1, sort_keys=True, default=str))
        print(f"{len(urls)} URLs, median of {args.runs} runs (process_time of fetch_all, imports excluded):")
        for label, values in cpus.items():
            print(
                f"  {label:40} {statistics.median(values):6.2f} s  "
                f"(min {min(values):.2f}, max {max(values):.2f})  digests {sorted(digests[label])}"
            )
        if args.profile:
            for label, source in sources[:1]:
                out = run_once(corpus, urls, source, args.profile, args.callers)
                print(f"\ncProfile, {label} (tottime):\n{out['profile']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
