"""What every held-back part of the real-material eval is gated on, written once.

Each part's record (tests/verify/heldback2.py, heldback3.py, heldback4.py) holds what the part
is, the swaps read by hand as supported, what it measured and when, and its :class:`Pins`;
tests/verify/test_eval_heldback.py runs these on every part: its shape and independence, the
with-pages gate and the offline gate, scored by the same tables as test_eval_gate.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import eval_real as real
from .test_eval_gate import RealOutcome, _error, _error_alarm, _false_alarm, _rate, real_table, run_real


@dataclass(frozen=True)
class Pins:
    """Counts of a fixed part: a change that scores lower fails; raise a pin when the checks improve."""

    max_false_alarms: int
    min_cross_document: int
    min_same_document: int
    min_titles_same_language: int
    min_titles_cross_language: int
    max_offline_errors: int
    min_offline_cross_document: int


@dataclass(frozen=True)
class Part:
    title: str  # printed above its tables
    directory: Path
    supported: frozenset[str]  # same-document swaps whose "wrong" page states the claim's main fact
    pins: Pins | None  # None: wired in blind by its builder, not yet measured (only its shape is checked)
    min_correct: int
    independent_of: tuple[Path, ...]  # parts it shares no topic, page or claim with
    min_cross_language: int = 0  # correct pairs citing a page in another language than the sentence
    min_topics: int = 14
    # Still blind: nobody may read its cases, so no case is ever named in what the gate prints or
    # asserts (only counts). A part opened for study (spent) sets it False.
    blind: bool = True
    min_page_languages: int = 10
    within_language: bool = False  # every pair within one language (real-32): no same-document swap across

    def cases(self) -> list[real.Case]:
        return real.build_cases(self.directory, self.supported)

    def run(self, online: bool) -> list[RealOutcome]:
        return run_real(online, self.cases())


def check_shape(part: Part) -> None:
    """Big, varied, real, separate from the parts it must not overlap, every supported swap real."""
    documents = real.load_documents(part.directory)
    built = part.cases()
    correct = [c for c in built if c.kind == "correct"]
    assert len(correct) >= part.min_correct
    assert len({d.topic for d in documents}) >= part.min_topics
    assert len({c.page_language for c in correct}) >= part.min_page_languages
    assert sum(c.cross_language for c in correct) >= part.min_cross_language
    assert all(c.held_back for c in built)
    assert all(cited.claim_from.startswith("http") for d in documents for cited in d.citations)
    assert all(3 <= len(d.citations) <= 6 for d in documents)
    for other in part.independent_of:
        others = real.load_documents(other)
        assert not {d.topic for d in documents} & {d.topic for d in others}
        assert not {s.url for s in real.all_sources(part.directory)} & {
            s.url for s in real.all_sources(other)
        }
        assert not {c.claim for d in documents for c in d.citations} & {
            c.claim for d in others for c in d.citations
        }
    unfiltered = {c.id for c in real.build_cases(part.directory, frozenset())}
    assert unfiltered >= part.supported
    kinds = {(c.kind, c.cross_language) for c in built if c.kind != "correct"}
    expected = {
        (k, x) for k in ("swap-same-document", "swap-cross-document", "wrong-title") for x in (False, True)
    }
    if part.within_language:
        assert not any(c.cross_language for c in correct)
        # one language per topic: same-document swaps within it, cross-document swaps and wrong
        # titles from other topics, so in other languages
        expected = {("swap-same-document", False), ("swap-cross-document", True), ("wrong-title", True)}
    assert kinds == expected


def check_with_pages(part: Part, online: list[RealOutcome], offline: list[RealOutcome]) -> None:
    assert part.pins is not None, "an unmeasured part is skipped before it is run"
    print(f"\n({part.title})\n" + real_table(online, offline, held_back=True))
    alarms = _rate(online, "correct", _false_alarm)
    cross = _rate(online, "swap-cross-document", lambda o: o.has("claim-mismatch"))
    same = _rate(online, "swap-same-document", lambda o: o.has("claim-mismatch"))
    titles_same = _rate(online, "wrong-title", lambda o: o.has("title-mismatch"), cross_language=False)
    titles_cross = _rate(online, "wrong-title", lambda o: o.has("title-mismatch"), cross_language=True)
    alarmed = [o.case.id for o in online if o.case.kind == "correct" and _false_alarm(o)]
    errors = _rate(online, "correct", _error_alarm)
    if not part.blind:
        print("  false alarms:", alarmed)
    print(
        f"  issue targets: false alarms ≤ 3 % ({alarms[0]}/{alarms[1]}; at error severity {errors[0]}), swaps ≥ 95 % "
        f"({cross[0] + same[0]}/{cross[1] + same[1]}), wrong titles ≥ 90 % per setting "
        f"({titles_same[0]}/{titles_same[1]}, {titles_cross[0]}/{titles_cross[1]})"
    )
    assert alarms[0] <= part.pins.max_false_alarms, alarms if part.blind else alarmed
    assert cross[0] >= part.pins.min_cross_document
    assert same[0] >= part.pins.min_same_document
    assert titles_same[0] >= part.pins.min_titles_same_language
    assert titles_cross[0] >= part.pins.min_titles_cross_language


def check_offline(part: Part, offline: list[RealOutcome]) -> None:
    assert part.pins is not None, "an unmeasured part is skipped before it is run"
    errors = _rate(offline, "correct", _error)
    reported = _rate(offline, "swap-cross-document", lambda o: o.has("claim-mismatch"))
    erred = [o.case.id for o in offline if o.case.kind == "correct" and _error(o)]
    print(
        f"\noffline: error findings on correct footnotes {errors[0]}/{errors[1]} (target ≤ 5 %), "
        f"cross-document swaps reported {reported[0]}/{reported[1]} (target ≥ 60 %)"
    )
    if not part.blind:
        print("  offline errors:", erred)
    assert errors[0] <= part.pins.max_offline_errors, errors if part.blind else erred
    assert reported[0] >= part.pins.min_offline_cross_document
