"""Regression gate for the fourth held-back part of the real-material eval (issue 11).

fixtures/eval/real-heldback-4/*.toml: 15 topics (transport, sport, law, local news, culture,
education, business, environment, health, technology), 129 correct claim–source pairs in 33
documents, cited pages in 27 languages (54 pairs outside the sentence encoder's 16), built blind on
branch v11-hb4 with no check run on it. Two topics are shared with heldback-3 (oder2022, tempi2023;
see fixtures/eval/README.md), so a session that studies heldback-3 has seen them.

The part is **held back: nothing is calibrated on it.** It was measured first on main's checks
when it was wired in, and again at the merge of the branch that studied heldback-3; its floors are
pinned at those figures (regression only; the issue's targets are printed, not asserted).
``pytest tests/verify/test_eval_heldback4.py -s`` prints the tables.
"""

from __future__ import annotations

import pytest

from . import eval_real as real
from .test_eval_gate import RealOutcome, _error, _false_alarm, _rate, real_table, run_real

# Same-document swaps whose "wrong" source states the claim's main fact too, read by hand by the
# builder before any check was run on the part (fixtures/eval/real-heldback-4/SUPPORTED_SWAPS.md
# gives the supporting sentence of each; 28 of 67 set aside, five of them marked borderline there and
# kept as the builder judged them, decided before any score was seen).
SUPPORTED_SWAPS_HELDBACK_4: frozenset[str] = frozenset(
    {
        "borsen-da/3<->4",
        "borsen-en/1<->2",
        "borsen-en/3<->4",
        "borsen-de/3<->4",
        "djokovic-hr/3<->1",
        "duplantis-hu/1<->2",
        "flow-lv/1<->2",
        "krejcikova-cs/1<->2",
        "krejcikova-cs/3<->4",
        "krejcikova-cs/5<->1",
        "krejcikova-sk/1<->2",
        "malaria-es/5<->1",
        "malaria-sw/1<->2",
        "morandi-it/3<->4",
        "oder-pl/1<->2",
        "oder-de/3<->4",
        "popovici-it/1<->2",
        "rubik-hu/1<->2",
        "rubik-hu/5<->1",
        "skype-en/1<->2",
        "skype-en/3<->4",
        "skype-ru/1<->2",
        "skype-uk/1<->2",
        "tempi-el/1<->2",
        "tempi-el/3<->4",
        "whoosh-id/1<->2",
        "whoosh-id/3<->4",
        "wirecard-de/1<->2",
    }
)

# Measured first on main (verify checks of c644a76 and the publisher change after it), when the
# part was wired in, with the supported swaps above set aside:
#   with pages  false alarms 15/129 (11.6 %; target ≤ 3 %): same language 5/31, across 10/98
#               cross-document swaps caught 42/57 (19/19 same language, 23/38 across)
#               same-document swaps caught 18/39 (6/11, 12/28)
#               wrong titles caught 10/10 same language, 28/29 across languages
#   offline     error findings on correct footnotes 1/129; cross-document swaps reported 46/57
# Measured a second time at the merge of branch v11-hb3tune (three rules learnt on heldback-3, which
# took its false alarms from 19 to 16/127): every figure above unchanged. Without the two topics
# heldback-3 shares (oder2022, tempi2023: 17 correct pairs), false alarms 13/112.
# The pins below are these figures; nothing was adjusted after seeing this part's cases.
PINS_MAX_FALSE_ALARMS = 15
PINS_MIN_CROSS_DOCUMENT = 42
PINS_MIN_SAME_DOCUMENT = 18
PINS_MIN_TITLES_SAME_LANGUAGE = 10
PINS_MIN_TITLES_CROSS_LANGUAGE = 28
PINS_MAX_OFFLINE_ERRORS = 1
PINS_MIN_OFFLINE_CROSS_DOCUMENT = 46


TIMEOUT = pytest.mark.timeout(900)


def cases() -> list[real.Case]:
    return real.build_cases(real.HELDBACK_4, SUPPORTED_SWAPS_HELDBACK_4)


def run(online: bool) -> list[RealOutcome]:
    return run_real(online, cases())


@pytest.fixture(scope="module")
def online() -> list[RealOutcome]:
    return run(online=True)


@pytest.fixture(scope="module")
def offline() -> list[RealOutcome]:
    return run(online=False)


def test_part_is_big_varied_real_and_separate() -> None:
    documents = real.load_documents(real.HELDBACK_4)
    built = cases()
    correct = [c for c in built if c.kind == "correct"]
    assert len(correct) >= 120
    assert len({d.topic for d in documents}) >= 14
    assert len({c.page_language for c in correct}) >= 10
    assert sum(c.cross_language for c in correct) >= 40  # many cite a page in another language
    assert all(c.held_back for c in built)
    assert all(cited.claim_from.startswith("http") for d in documents for cited in d.citations)
    assert all(3 <= len(d.citations) <= 6 for d in documents)
    # Independent of real/ and heldback-2: no shared topic, page or claim (heldback-3 shares two
    # topics and some pages, said in the README).
    for other in (real.REAL, real.HELDBACK_2):
        others = real.load_documents(other)
        assert not {d.topic for d in documents} & {d.topic for d in others}
        assert not {s.url for s in real.all_sources(real.HELDBACK_4)} & {
            s.url for s in real.all_sources(other)
        }
        assert not {c.claim for d in documents for c in d.citations} & {
            c.claim for d in others for c in d.citations
        }
    # Every hand-checked supported swap names a swap the part really builds.
    unfiltered = {c.id for c in real.build_cases(real.HELDBACK_4, frozenset())}
    assert unfiltered >= set(SUPPORTED_SWAPS_HELDBACK_4)
    kinds = {(c.kind, c.cross_language) for c in built if c.kind != "correct"}
    assert kinds == {
        (k, x) for k in ("swap-same-document", "swap-cross-document", "wrong-title") for x in (False, True)
    }


@TIMEOUT
def test_heldback4_gate_with_pages(online: list[RealOutcome], offline: list[RealOutcome]) -> None:
    print("\n(fixtures/eval/real-heldback-4)\n" + real_table(online, offline, held_back=True))
    alarms = _rate(online, "correct", _false_alarm)
    cross = _rate(online, "swap-cross-document", lambda o: o.has("claim-mismatch"))
    same = _rate(online, "swap-same-document", lambda o: o.has("claim-mismatch"))
    titles_same = _rate(online, "wrong-title", lambda o: o.has("title-mismatch"), cross_language=False)
    titles_cross = _rate(online, "wrong-title", lambda o: o.has("title-mismatch"), cross_language=True)
    print("  false alarms:", [o.case.id for o in online if o.case.kind == "correct" and _false_alarm(o)])
    print(
        f"  issue targets: false alarms ≤ 3 % ({alarms[0]}/{alarms[1]}), swaps ≥ 95 % "
        f"({cross[0] + same[0]}/{cross[1] + same[1]}), wrong titles ≥ 90 % per setting "
        f"({titles_same[0]}/{titles_same[1]}, {titles_cross[0]}/{titles_cross[1]})"
    )
    assert alarms[0] <= PINS_MAX_FALSE_ALARMS, [
        o.case.id for o in online if o.case.kind == "correct" and _false_alarm(o)
    ]
    assert cross[0] >= PINS_MIN_CROSS_DOCUMENT
    assert same[0] >= PINS_MIN_SAME_DOCUMENT
    assert titles_same[0] >= PINS_MIN_TITLES_SAME_LANGUAGE
    assert titles_cross[0] >= PINS_MIN_TITLES_CROSS_LANGUAGE


@TIMEOUT
def test_heldback4_gate_offline(offline: list[RealOutcome]) -> None:
    errors = _rate(offline, "correct", _error)
    reported = _rate(offline, "swap-cross-document", lambda o: o.has("claim-mismatch"))
    print(
        f"\noffline: error findings on correct footnotes {errors[0]}/{errors[1]} (target ≤ 5 %), "
        f"cross-document swaps reported {reported[0]}/{reported[1]} (target ≥ 60 %)"
    )
    print("  offline errors:", [o.case.id for o in offline if o.case.kind == "correct" and _error(o)])
    assert errors[0] <= PINS_MAX_OFFLINE_ERRORS, [
        o.case.id for o in offline if o.case.kind == "correct" and _error(o)
    ]
    assert reported[0] >= PINS_MIN_OFFLINE_CROSS_DOCUMENT
