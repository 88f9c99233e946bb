"""Work on the machine's other cores by forking this process: a child that has everything the
parent built (modules, parsed documents, shared indexes) without pickling or importing it again.

Fork, not spawn or forkserver: the child starts from the parent's memory as it is, so what the
parent built once (a 20 MB document, its 20,000 citations' shared indexes) costs the child nothing
to get. It is safe only on Linux and while this process runs no other thread — a lock another
thread held at the fork would stay held in the child (:func:`can_fork`). Children ignore SIGINT
(the parent stops them), send their results through a pipe, and are killed and joined when done.

Nothing is lost when a child fails: :func:`map_split` computes any part a child did not send back
in this process, as it would have without the child.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

# The share of the work :func:`map_split` does here before it forks (see there). On
# benchmarks/offline_scale.py's 20,000 citations (2026-12-06, quiet machine) 0.5 % and 3 % gave
# the same verify time within the machine's noise (15.3–15.7 against 15.8–17.1 s, two runs each),
# and cutting the parent's share by what it did first (so that both halves weigh the same) was no
# faster: the child, which has none of the parent's warm caches, became the slower half.
WARM_SHARE = 0.03


def can_fork() -> bool:
    """Whether this process may fork a child that runs Python: Linux, no thread but this one, and
    not itself a daemonic worker (multiprocessing gives those no children)."""
    return (
        sys.platform.startswith("linux")
        and threading.active_count() == 1
        and not multiprocessing.current_process().daemon
    )


def cores() -> int:
    """The cores this process may run on (its affinity, not the machine's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


class ForkedChild:
    """A child forked from this process running ``target(*args, outbox)``; it sends its messages
    through ``outbox``, read here with :meth:`recv` (EOF once it has closed its end or died)."""

    def __init__(self, target: Callable[..., None], args: tuple[Any, ...], name: str) -> None:
        context = multiprocessing.get_context("fork")
        for stream in (sys.stdout, sys.stderr):  # the child flushes what it inherits when it ends
            with contextlib.suppress(Exception):
                stream.flush()
        self.inbox, outbox = context.Pipe(duplex=False)
        self.process: BaseProcess = context.Process(
            target=_run_child, args=(target, (*args, outbox)), name=name, daemon=True
        )
        self.process.start()
        outbox.close()  # the child's end: EOF here once the child has closed it or died

    def recv(self) -> Any:
        """The child's next message; raises EOFError (or another error) when there is none."""
        return self.inbox.recv()

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)
        with contextlib.suppress(OSError):
            self.inbox.close()


def _run_child(target: Callable[..., None], args: tuple[Any, ...]) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    target(*args)


def _mapped(fn: Callable[[T], R], items: Sequence[T], out: Connection) -> None:
    """A child's part of :func:`map_split`: ``[fn(item) for item in items]`` as one message."""
    try:
        out.send([fn(item) for item in items])
    except Exception:  # the parent computes this part itself
        pass
    finally:
        out.close()


def split_points(weights: Sequence[int], parts: int) -> list[int]:
    """Where to cut a sequence of ``weights`` into ``parts`` contiguous runs of about equal weight
    (the cut indexes, first 0 and last ``len(weights)``)."""
    total = sum(weights)
    cuts = [0]
    running = 0
    for index, weight in enumerate(weights):
        if len(cuts) < parts and running >= total * len(cuts) / parts and index > cuts[-1]:
            cuts.append(index)
        running += weight
    cuts.append(len(weights))
    return cuts


def map_split(
    fn: Callable[[T], R],
    items: Sequence[T],
    *,
    weights: Sequence[int] | None = None,
    min_weight: int = 0,
    workers: int | None = None,
    name: str = "citecheck-worker",
) -> list[R]:
    """``[fn(item) for item in items]``, its later parts computed by children forked from this
    process, one per other core, while this process computes the first part.

    Only where the work is worth a fork (``sum(weights) >= min_weight``) and :func:`can_fork`;
    otherwise, and for any part whose child fails, here. ``fn`` must not raise (a child that
    raises sends nothing, and its part is then computed here, where it raises).

    The parent's objects are frozen out of the garbage collector before the fork (``gc.freeze``,
    the :mod:`gc` documentation's advice for processes that fork), so a collection in a child does
    not write to, and so copy, every page the parent holds.
    """
    weights = list(weights) if weights is not None else [1] * len(items)
    parts = min(workers or cores(), len(items))
    if parts < 2 or sum(weights) < min_weight or not can_fork():
        return [fn(item) for item in items]
    # The first items are done here before the fork: what ``fn`` loads on first use (the sentence
    # encoder, word-frequency tables, a date parser's locales: ~1 s of CPU) is then loaded once,
    # not again in every child.
    head: list[R] = []
    warm, done = sum(weights) * WARM_SHARE, 0
    while len(head) < len(items) and done < warm:
        done += weights[len(head)]
        head.append(fn(items[len(head)]))
    items, weights = items[len(head) :], weights[len(head) :]
    parts = min(parts, len(items))
    if parts < 2:
        return head + [fn(item) for item in items]
    cuts = split_points(weights, parts)
    children: list[tuple[int, int, ForkedChild | None]] = []
    gc.freeze()
    try:
        for start, stop in itertools.pairwise(cuts[1:]):
            try:
                child: ForkedChild | None = ForkedChild(_mapped, (fn, items[start:stop]), name)
            except OSError:  # no fork here (out of processes or memory): done here
                child = None
            children.append((start, stop, child))
        results = [fn(item) for item in items[cuts[0] : cuts[1]]]
        for start, stop, child in children:
            part: list[R] | None = None
            if child is not None:
                try:
                    part = child.recv()
                except Exception:  # EOF (the child failed or died) or an unreadable message
                    part = None
                finally:
                    child.stop()
            if part is None or len(part) != stop - start:
                part = [fn(item) for item in items[start:stop]]
            results.extend(part)
        return head + results
    finally:
        for _, _, child in children:
            if child is not None:
                child.stop()
        gc.unfreeze()


def run_script(path: str, *args: str, timeout: float) -> bool:
    """Run the Python file ``path`` with ``args`` in a fresh interpreter and wait for it, quietly:
    True when it exited 0. For work whose memory must not stay in this process (a cache written
    once: word-list tries, the sentence encoder's table). ``-P``: the file's folder, a package of
    citecheck's, is not put on the child's ``sys.path``, so it imports only what it names."""
    import subprocess

    try:
        done = subprocess.run(
            [sys.executable, "-P", path, *args],
            check=False,
            timeout=timeout,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0
