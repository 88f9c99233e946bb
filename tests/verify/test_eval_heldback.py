"""Regression gates of the held-back parts of the real-material eval (issue 11): one set of tests,
run on each part (tests/verify/heldback2.py, heldback3.py, heldback4.py hold each part's record —
what it is, the swaps read by hand as supported, what it measured and when — and its pins).

``pytest tests/verify/test_eval_heldback.py -k heldback-4 -s`` prints a part's tables.
"""

from __future__ import annotations

import pytest

from . import (
    heldback2,
    heldback3,
    heldback4,
    heldback5,
    heldback6,
    heldback7,
    heldback8,
    heldback9,
    heldback10,
    heldback11,
    heldback12,
    heldback13,
    heldback14,
    heldback15,
    heldback16,
    heldback17,
    heldback18,
    heldback19,
    heldback20,
    heldback21,
    heldback22,
    heldback23,
    heldback24,
    heldback25,
    heldback26,
    heldback27,
    heldback28,
    heldback29,
    heldback30,
    heldback31,
    real32,
)
from .heldback_gate import Part, check_offline, check_shape, check_with_pages
from .test_eval_gate import RealOutcome

PARTS = {
    "heldback-2": heldback2.PART,
    "heldback-3": heldback3.PART,
    "heldback-4": heldback4.PART,
    "heldback-5": heldback5.PART,
    "heldback-6": heldback6.PART,
    "heldback-7": heldback7.PART,
    "heldback-8": heldback8.PART,
    "heldback-9": heldback9.PART,
    "heldback-10": heldback10.PART,
    "heldback-11": heldback11.PART,
    "heldback-12": heldback12.PART,
    "heldback-13": heldback13.PART,
    "heldback-14": heldback14.PART,
    "heldback-15": heldback15.PART,
    "heldback-16": heldback16.PART,
    "heldback-17": heldback17.PART,
    "heldback-18": heldback18.PART,
    "heldback-19": heldback19.PART,
    "heldback-20": heldback20.PART,
    "heldback-21": heldback21.PART,
    "heldback-22": heldback22.PART,
    "heldback-23": heldback23.PART,
    "heldback-24": heldback24.PART,
    "heldback-25": heldback25.PART,
    "heldback-26": heldback26.PART,
    "heldback-27": heldback27.PART,
    "heldback-28": heldback28.PART,
    "heldback-29": heldback29.PART,
    "heldback-30": heldback30.PART,
    "heldback-31": heldback31.PART,
    "real-32": real32.PART,
}

# Each part verifies ~300 documents; on a loaded two-core machine that outlasts the suite's default
# per-test timeout, which the first test using a fixture pays for.
TIMEOUT = pytest.mark.timeout(900)


@pytest.fixture(scope="module", params=list(PARTS))
def part(request: pytest.FixtureRequest) -> Part:
    return PARTS[request.param]


def _unmeasured(part: Part) -> None:
    """A part wired in blind by its builder has no pins yet: it is not run (no score is seen) until the
    lead measures it once and pins what it scored then; only its shape is checked meanwhile."""
    if part.pins is None:
        pytest.skip(f"{part.title}: held back, not yet measured (no pins)")


@pytest.fixture(scope="module")
def online(part: Part) -> list[RealOutcome]:
    _unmeasured(part)
    return part.run(online=True)


@pytest.fixture(scope="module")
def offline(part: Part) -> list[RealOutcome]:
    _unmeasured(part)
    return part.run(online=False)


def test_part_is_big_varied_real_and_separate(part: Part) -> None:
    check_shape(part)


@TIMEOUT
def test_gate_with_pages(part: Part, online: list[RealOutcome], offline: list[RealOutcome]) -> None:
    check_with_pages(part, online, offline)


@TIMEOUT
def test_gate_offline(part: Part, offline: list[RealOutcome]) -> None:
    check_offline(part, offline)
