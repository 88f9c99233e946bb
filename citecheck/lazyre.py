"""Module-level regular expressions compiled when first used, not when their module is imported.

The parser and the verify stage hold ~1,050 module-level patterns. Python compiles each one at
import (its ``re`` module keeps no compiled pattern between processes), and that was the largest
single cost of a small run: of the CLI's 1.65 s of CPU checking five analyses offline (cProfile,
benchmarks/e2e.py's 25-URL corpus, 2026-12-07), 0.75 s was ``re.compile``, 0.6 s of it at import.
A text analysis uses few of them — the seed analysis 313 of 1,067, a word-salad analysis 282
(HTML's, Word's, Markdown's and most reference styles' patterns wait for documents that need
them) — so a run compiles what its documents need, in the process that needs it: the parse child
reaches its first document sooner, and a one-analysis CI check spends less before its first request.

:func:`compile` returns a :class:`LazyPattern` typed as the ``re.Pattern`` it stands for. On first
use it compiles, and the module's own names for it are rebound to the compiled ``re.Pattern``: uses
through them are then plain ``re`` uses (through the stand-in, parsing 300 parse-eval documents took
25–30 % more CPU even with every pattern compiled, 2026-12-07). A copy held elsewhere (another
module's ``from … import PATTERN``, a tuple of rules) stays the stand-in, whose methods are then the
compiled pattern's bound methods. The stand-in is not an ``re.Pattern``: module-level patterns are
used through their methods (``PATTERN.search(text)``), never passed to ``re.sub(PATTERN, …)`` or an
``isinstance`` check, and a match is tested against one with :func:`compiled`, not ``is``
(tests/test_lazyre.py reads every module to hold the package to that).
"""

from __future__ import annotations

import contextlib
import re
import sys
from collections.abc import Mapping
from typing import Any, cast

# A compiled pattern's methods: each lazy pattern holds a stand-in for each that compiles the
# pattern and calls it, until the first call puts the compiled pattern's own bound method there.
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner")


class _FirstCall:
    """A lazy pattern's method before the pattern is compiled."""

    __slots__ = ("name", "owner")

    def __init__(self, owner: LazyPattern, name: str) -> None:
        self.owner = owner
        self.name = name

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return getattr(self.owner.compiled(), self.name)(*args, **kwargs)


class LazyPattern:
    """A regular expression compiled on first use (see the module's docstring).

    Its methods are instance attributes, replaced by the compiled pattern's bound methods at the
    first call, not a ``__getattr__`` (a class with one loses CPython's fast attribute lookups on
    every use of a copy)."""

    def __init__(
        self, pattern: str | LazyPattern, flags: int = 0, home: dict[str, Any] | None = None
    ) -> None:
        self.pattern: str = pattern.pattern if isinstance(pattern, LazyPattern) else pattern
        self._flags = flags
        self._home = home
        self._compiled: re.Pattern[str] | None = None
        for name in _METHODS:
            setattr(self, name, _FirstCall(self, name))
        _MADE.append(self)

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was not yet)."""
        found = self._compiled
        if found is None:
            found = re.compile(self.pattern, self._flags)
            for name in _METHODS:
                setattr(self, name, getattr(found, name))
            self._compiled = found
            if self._home is not None:  # the module's names for it: the pattern itself now
                for name, value in list(self._home.items()):
                    if value is self:
                        self._home[name] = found
        return found

    @property
    def flags(self) -> int:
        return self.compiled().flags

    @property
    def groups(self) -> int:
        return self.compiled().groups

    @property
    def groupindex(self) -> Mapping[str, int]:
        return self.compiled().groupindex

    # A match's ``.re`` is the compiled pattern: ``match.re == PATTERN`` and ``match.re in (A, B)``
    # hold as they did for eager patterns (``is`` cannot: use :func:`compiled`).
    def __eq__(self, other: object) -> bool:
        if other is self:
            return True
        if isinstance(other, re.Pattern):
            return self.compiled() == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.compiled())

    def __reduce__(self) -> tuple[Any, ...]:
        return (compile, (self.pattern, self._flags))

    def __repr__(self) -> str:
        return f"lazyre.compile({self.pattern!r}, {self._flags})"


# Every lazy pattern made in this process (module-level ones: they live as long as their module).
_MADE: list[LazyPattern] = []


def compile_all() -> int:
    """Compile every lazy pattern this process has made; returns how many were compiled now.

    For a process that forks workers (the pool's forkserver, :mod:`citecheck.workers`): compiled
    there once, a pattern is in every worker, as eager patterns were; left lazy, each worker would
    compile what it uses itself (on the 800-URL end-to-end benchmark the two workers spent 1.8 s of
    CPU each instead of 1.5 s, 2026-12-07)."""
    waiting = [pattern for pattern in _MADE if pattern._compiled is None]
    for pattern in waiting:
        with contextlib.suppress(re.error):  # left to fail where it is used, as it would have
            pattern.compiled()
    return len(waiting)


def compiled(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The ``re.Pattern`` a module-level pattern stands for (a match's ``.re`` is that object)."""
    return pattern.compiled() if isinstance(pattern, LazyPattern) else pattern


def compile(pattern: str | re.Pattern[str], flags: int = 0) -> re.Pattern[str]:
    """``re.compile``, compiled when first used."""
    if isinstance(pattern, re.Pattern):  # a compiled pattern: nothing left to defer
        return re.compile(pattern, flags)  # re's own answer (flags with a compiled one: ValueError)
    home = sys._getframe(1).f_globals
    return cast("re.Pattern[str]", LazyPattern(cast("str | LazyPattern", pattern), flags, home))
