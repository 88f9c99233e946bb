"""Progress of a check's phases (fetch, Wayback, verify) for a person at a terminal, never in CI.

The library only reports ``(phase, done, total)`` through a :data:`PhaseHook`; drawing it is the
CLI's job (rich lives there). Whether to draw at all is decided here, once: only when the stream
is a terminal and the run is not in CI (``CI`` set, as every CI service sets it), so CI logs
never fill with redrawn bars.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Literal, TextIO

Phase = Literal["fetch", "wayback", "verify"]
PHASE_LABELS: dict[str, str] = {
    "fetch": "checking links",
    "wayback": "asking the Wayback Machine",
    "verify": "verifying citations",
}
PhaseHook = Callable[[Phase, int, int], None]
Hook = Callable[[int, int], None]


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def interactive(stream: TextIO) -> bool:
    """True when progress may be drawn on ``stream``: a terminal, outside CI."""
    try:
        return stream.isatty() and not in_ci()
    except (AttributeError, ValueError):  # a closed or unusual stream
        return False


def for_phase(hook: PhaseHook | None, phase: Phase, also: Hook | None = None) -> Hook | None:
    """A ``(done, total)`` callback for one phase (and ``also``, an older per-phase hook), or None."""
    if hook is None:
        return also

    def report(done: int, total: int) -> None:
        hook(phase, done, total)
        if also is not None:
            also(done, total)

    return report
