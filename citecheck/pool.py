"""The worker pool's process server: what it preloads, and starting it early.

Workers fork from a ``forkserver`` that has imported what every worker needs once
(:mod:`citecheck.workers`; with the sentence encoder, :mod:`citecheck.workers_encoder` too). That
import costs the server 1.5–2 s of CPU. Started when the fetch begins, it competed with the event
loop for the machine's cores during the fetch, and pages waited for workers. The CLI can know
before it has imported the rest of the package (0.5–1 s of CPU on one core, the other idle) that a
run will want workers, so it starts the server then (:func:`start_early`): its imports run on the
idle core, and the pool finds it ready.

Objects a process builds once and keeps to its end — its imported modules, the tables the page
readers and checks load, the sentence encoder — are frozen out of the garbage collector's reach
once built (:func:`built_once`): CPython's collector otherwise walks all of them again in every
older-generation collection, and in a forked worker that walk writes to the shared pages and
copies them (the ``gc.freeze`` advice of the :mod:`gc` documentation for processes that fork).

This module imports nothing of citecheck's, so the CLI can call it before anything heavy.
"""

from __future__ import annotations

import contextlib
import gc
import glob
import multiprocessing
import os
from collections.abc import Iterator, Sequence
from multiprocessing.context import BaseContext

from citecheck.config import DIRECTORY_EXTENSIONS

# Below this much work (pages to read plus footnotes to verify) everything runs in this process:
# a worker pool costs more to start. Footnotes count too: a re-run whose links come from --cache
# reads few pages but verifies every document (800 URLs: 130 fetched, 897 footnotes verified).
MIN_WORK = 200
# As many workers as cores (at most four): during the fetch the event loop needs little CPU, and
# during verification (documents are verified in the pool too) it needs none.
WORKERS = min(4, os.cpu_count() or 2)
# How much lower the server and its workers run than the main process (``os.nice``): on two cores
# the fetch's event loop, which starts every request, shares the machine with the server's preload
# and workers reading pages, and each delay there starts the web's slow pages later. On the 800-URL
# end-to-end benchmark (benchmarks/e2e.py, interleaved with the same code at niceness 0, two
# batches on a machine loaded by other work): median wall 5.29 vs 5.77 s and 6.53 vs 7.04 s, the
# busiest host idle 0.64 vs 1.41 s. At the end of a run the main process waits, and the workers
# have the cores whatever their niceness. The server started early (start_early) is lowered as it
# starts, not by its own preload after ~0.6 s of imports at full priority: 800 URLs 4.35 vs 4.50 s,
# 2,608 URLs 9.05 vs 9.42 s (medians of 5 and 3, interleaved with the code that lowered it late;
# 2026-12-06, this machine).
NICENESS = 5
# How much of the inputs :func:`start_early` reads to count their links (the parse reads them
# again, from the page cache); a run past this many bytes has work for a pool anyway.
_SCAN_BYTES = 4 * 1024 * 1024
_EXTENSIONS = tuple(DIRECTORY_EXTENSIONS)


# After :func:`built_once`, the youngest generation is collected once this many more container
# objects were allocated than freed (CPython's default is 700). A fetch allocates and keeps its
# responses' objects for a while, so at 700 the main process ran ~250 young and ~25 middle
# collections per 800 links, each walking the objects of the requests still in flight, and a full
# one (70 ms). Measured on the 800-URL end-to-end benchmark (benchmarks/e2e.py, gc callbacks in
# the main process, two runs each): 0.40 s of collection with neither change, 0.23–0.26 s frozen,
# 0.04–0.06 s frozen and at 10,000 (97 young collections, no full one), of ~2.5–3 s of CPU.
YOUNG_COLLECTION = 10_000


def wanted(work: int) -> bool:
    """Whether a run with this much work (pages to read plus footnotes to verify) gets a pool."""
    return work >= MIN_WORK and (os.cpu_count() or 1) >= 2


def forkserver(encoder: bool) -> BaseContext:
    """The ``forkserver`` context whose server preloads what the workers need.

    ``forkserver``: forking a process with running threads (the service's, sqlite's) is unsafe.
    Only programs that guard their main module (the CLI) may use it: the server imports ``__main__``.
    """
    context = multiprocessing.get_context("forkserver")
    os.environ[_NICENESS_ENV] = str(_pool_niceness())
    context.set_forkserver_preload(["citecheck.workers", *(["citecheck.workers_encoder"] if encoder else [])])
    return context


# start_early's verdict on its inputs, kept for the run that follows (:func:`judged`).
_early: tuple[tuple[str, ...], bool] | None = None


def start_early(paths: Sequence[str], *, encoder: bool) -> bool:
    """Start the pool's server now when :func:`looks_big` says the inputs will want workers; a
    server started for a run that ends up without a pool only idles, and stops with the process.
    Returns whether it was started."""
    global _early
    big = looks_big(paths)
    _early = (tuple(paths), big)
    if not big:
        return False
    from multiprocessing import forkserver as server

    forkserver(encoder)
    server.ensure_running()
    # Lowered at once, not after the server's preload: its imports (~0.6 s of CPU) run while this
    # process imports the fetch stage and its parse child reads the first documents.
    pid = getattr(server._forkserver, "_forkserver_pid", None)
    if isinstance(pid, int):
        yield_cpu(pid)
    return True


# The niceness the run's main process gives its pool (set in the environment the server is spawned
# with, so that the server, lowered by the main process at its start, does not lower itself again).
_NICENESS_ENV = "CITECHECK_POOL_NICENESS"


def _pool_niceness() -> int:
    return min(19, os.getpriority(os.PRIO_PROCESS, 0) + NICENESS)


def yield_cpu(pid: int = 0) -> None:
    """Run process ``pid`` (0: this one) :data:`NICENESS` below the run's main process; a process
    already that low or lower is left as it is (the server is lowered by the main process as it
    starts, and again by its own preload when the pool started it: once either way)."""
    with contextlib.suppress(OSError, ValueError):
        target = int(os.environ.get(_NICENESS_ENV) or _pool_niceness())
        if os.getpriority(os.PRIO_PROCESS, pid) < target:
            os.setpriority(os.PRIO_PROCESS, pid, target)


def judged(paths: Sequence[str]) -> bool:
    """:func:`looks_big` of ``paths``, taken from :func:`start_early` when it judged the same inputs
    just before (the CLI: the inputs are read once, not again when the run starts), once."""
    global _early
    early, _early = _early, None
    if early is not None and early[0] == tuple(paths):
        return early[1]
    return looks_big(paths)


def looks_big(paths: Sequence[str]) -> bool:
    """Whether inputs look like a run that will get a worker pool, judged before they are parsed.

    Each link appears in the text as ``://``, and a link with its footnote is two units of work, so
    half of :data:`MIN_WORK` links is enough. Standard input and unreadable paths count nothing; at
    most the first :data:`_SCAN_BYTES` are read (a run past that has work for a pool anyway).
    """
    links = 0
    budget = _SCAN_BYTES
    for path in _files(paths):
        if budget <= 0:
            break
        try:
            with open(path, "rb") as handle:
                data = handle.read(budget)
        except OSError:
            continue
        budget -= len(data)
        links += data.count(b"://")
    return wanted(MIN_WORK if budget <= 0 else 2 * links)


def _files(paths: Sequence[str]) -> list[str]:
    found: list[str] = []
    for path in paths:
        if path == "-":
            continue
        candidates = glob.glob(path, recursive=True) if glob.has_magic(path) else [path]
        for candidate in candidates:
            if os.path.isdir(candidate):
                for root, _dirs, names in os.walk(candidate):
                    found.extend(
                        os.path.join(root, n) for n in sorted(names) if n.lower().endswith(_EXTENSIONS)
                    )
            elif os.path.isfile(candidate):
                found.append(candidate)
    return found


@contextlib.contextmanager
def built_once() -> Iterator[None]:
    """Build what the process keeps to its end (imports, preloaded tables) without garbage
    collection, then freeze everything the process holds so that later collections skip it.

    A collection during imports finds next to no garbage (modules, classes and functions stay),
    yet each one walks every object built so far. Frozen (``gc.freeze``), those objects are never
    walked again: the fetch's event loop and the workers collect only what they allocate
    themselves, and a worker forked from the pool's server no longer copies the server's pages by
    touching their objects' collector headers. Collection then resumes, its youngest generation
    collected less often (:data:`YOUNG_COLLECTION`).
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        first, *older = gc.get_threshold()
        gc.set_threshold(max(first, YOUNG_COLLECTION), *older)
        if collecting:
            gc.enable()
