"""Regression gate for the third held-back part of the real-material eval (issue 11).

fixtures/eval/real-heldback-3/*.toml: 14 topics outside both other parts' (science, technology,
business and health, sport, local news, culture, law, environment), 127 correct claim–source pairs
in 30 documents, cited pages in 24 languages, 16 of them outside the sentence encoder's 16 (ro, vi,
hu, et, da, sl, el, hr, no, sw, fa, gl, sv, sk, cs, bg; 50 pairs). Every source is a real page found
with the stored-pages search and every claim a real sentence from a real page; see
fixtures/eval/README.md.

**The part is spent** (since branch v11-hb3tune, issue 11): it was held back while the checks were
tuned elsewhere and measured twice without tuning (at 87547f6 and at the v11-tune merge); then
v11-hb3tune studied its false alarms (each one's support, best passage and better-fitting rival)
and changed the checks by general rules, so it no longer measures generalisation —
fixtures/eval/real-heldback-4 does. It is loaded by the same code as the other parts
(``eval_real.load_documents(HELDBACK_3)``), builds its cross-document swaps and wrong titles from its
own sources only, and is scored by the same tables as test_eval_gate.py. Its floors are pinned at
what v11-hb3tune scored (a regression check; the issue's targets are printed next to them, not
asserted): a lower figure fails, a higher one should raise the pin.
``pytest tests/verify/test_eval_heldback3.py -s`` prints the tables.
"""

from __future__ import annotations

import pytest

from . import eval_real as real
from .test_eval_gate import RealOutcome, _error, _false_alarm, _rate, real_table, run_real

# Same-document swaps of this part whose "wrong" source, read by hand before any check was run on
# the part, states the claim's main fact too (the main clause's fact, or the fact the sentence is
# about; a missing detail such as a second date does not count): not wrong citations, so not
# counted as swaps. Each maps to the sentence of the wrong page that supports the claim. 9 of the
# 68 were set aside.
SUPPORTED_SWAPS_HELDBACK_3: dict[str, str] = {
    "colectiv-ro/5<->1": "Wikipedia: the fire 'killed 64 people (26 on site, 38 in hospitals)'",
    "estonia-et/3<->4": "Vikervaade: 'Vastu võetud seadusega kehtestatakse alates 2024. aasta 1. jaanuarist "
    "abieluvõrdsus.' (the same sentence)",
    "krasznahorkai-hu/3<->4": "Mfor: 'Csütörtökön jelentette be a Svéd Királyi Tudományos Akadémia, hogy "
    "2025-ben Krasznahorkai László kapta az irodalmi Nobel-díjat.' (the same sentence)",
    "lapalma-es/5<->1": "¡HOLA!: the eruption 'provocó que tuvieran que ser evacuadas más de cinco mil "
    "personas. Por suerte, no hay que lamentar ningún herido'",
    "novo-de/1<->2": "World Today Journal: 'has become the largest European company by market "
    "capitalisation, dethroning the French luxury group LVMH'",
    "novo-de/3<->4": "B.T.: 'Novo Nordisk har fredag taget førstepladsen på listen over Europas mest "
    "værdifulde selskaber'",
    "novo-da/1<->2": "CNN: 'Novo Nordisk has dethroned Bernard Arnault's luxury goods giant LVMH as "
    "Europe's most valuable company.'",
    "oder-de/3<->4": "BR24: 'ein hoher Salzgehalt im Fluss ein wesentlicher Grund ... Dazu noch "
    "Niedrigwasser, hohe Temperaturen und eine giftige Algenart'",
    "xz-de/1<->2": "Backupart: 'The vulnerability, discovered almost accidentally by a Microsoft developer, "
    "is present in versions 5.6.0 – 5.6.1'",
}

# Measured once on main (verify checks of 87547f6) when the part was added, with the supported swaps
# above already set aside (fixtures/eval/README.md has the tables per kind and per page language):
#   with pages  false alarms 20/127 (15.7 %; target ≤ 3 %): same language 2/33, across 18/94
#               cross-document swaps caught 50/58 (27/28 same language, 23/30 across)
#               same-document swaps caught 34/59 (8/13, 26/46)
#               wrong titles caught 15/15 same language, 24/24 across languages
#   offline     error findings on correct footnotes 1/127; cross-document swaps reported 35/58
# Measured a second time at the merge of branch v11-tune (rules learnt on the spent heldback-2,
# nothing looked at here): false alarms 19/127 (2/33, 17/94); cross-document 50/58; same-document
# 35/59 (8/13, 27/46); wrong titles 15/15, 24/24; offline errors 1/127, cross-document reported
# 40/58 (20/28, 20/30). The heldback-2 false alarms fixed there (7 -> 1/120) did not carry over.
# Branch v11-hb3tune then studied the part (spent since): false alarms 19 -> 16/127 (same language
# 2/33, across 14/94) — the encoder reads on through a page in another language (oder-pl/4), no
# exchange by words against a foreign page the encoder read (lapalma-es/4), digits of other scripts
# meet ASCII ones (krasznahorkai-de/2); every other figure unchanged. The pins are these figures.
# Counts of a fixed part: a change that scores lower fails; raise a pin when the checks improve.
PINS_MAX_FALSE_ALARMS = 16
PINS_MIN_CROSS_DOCUMENT = 50
PINS_MIN_SAME_DOCUMENT = 35
PINS_MIN_TITLES_SAME_LANGUAGE = 15
PINS_MIN_TITLES_CROSS_LANGUAGE = 24
PINS_MAX_OFFLINE_ERRORS = 1
PINS_MIN_OFFLINE_CROSS_DOCUMENT = 40

TIMEOUT = pytest.mark.timeout(900)


def cases() -> list[real.Case]:
    return real.build_cases(real.HELDBACK_3, frozenset(SUPPORTED_SWAPS_HELDBACK_3))


def run(online: bool) -> list[RealOutcome]:
    return run_real(online, cases())


@pytest.fixture(scope="module")
def online() -> list[RealOutcome]:
    return run(online=True)


@pytest.fixture(scope="module")
def offline() -> list[RealOutcome]:
    return run(online=False)


def test_part_is_big_varied_real_and_separate() -> None:
    documents = real.load_documents(real.HELDBACK_3)
    built = cases()
    correct = [c for c in built if c.kind == "correct"]
    assert len(correct) >= 120
    assert len({d.topic for d in documents}) >= 14
    assert len({c.page_language for c in correct}) >= 10
    assert sum(c.cross_language for c in correct) >= 40  # many cite a page in another language
    assert all(c.held_back for c in built)
    assert all(cited.claim_from.startswith("http") for d in documents for cited in d.citations)
    assert all(3 <= len(d.citations) <= 6 for d in documents)
    # Independent of both other parts: no shared topic, page or claim.
    for other in (real.REAL, real.HELDBACK_2):
        others = real.load_documents(other)
        assert not {d.topic for d in documents} & {d.topic for d in others}
        assert not {s.url for s in real.all_sources(real.HELDBACK_3)} & {
            s.url for s in real.all_sources(other)
        }
        assert not {c.claim for d in documents for c in d.citations} & {
            c.claim for d in others for c in d.citations
        }
    # Every hand-checked supported swap names a swap the part really builds.
    unfiltered = {c.id for c in real.build_cases(real.HELDBACK_3, frozenset())}
    assert unfiltered >= set(SUPPORTED_SWAPS_HELDBACK_3)
    kinds = {(c.kind, c.cross_language) for c in built if c.kind != "correct"}
    assert kinds == {
        (k, x) for k in ("swap-same-document", "swap-cross-document", "wrong-title") for x in (False, True)
    }


@TIMEOUT
def test_heldback3_gate_with_pages(online: list[RealOutcome], offline: list[RealOutcome]) -> None:
    print(
        "\n(fixtures/eval/real-heldback-3: spent, studied on v11-hb3tune)\n"
        + real_table(online, offline, held_back=True)
    )
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
def test_heldback3_gate_offline(offline: list[RealOutcome]) -> None:
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
