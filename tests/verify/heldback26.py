"""Regression gate for the twenty-sixth held-back part of the real-material eval (issue 11).

fixtures/eval/real-heldback-26/*.toml: 6 topics, three of the product's domain (the fall of Assad's
government, Moldova's parliamentary election of 2025, the annulment of Romania's presidential election)
and three outside it (Pogačar's fourth Tour de France, Panahi's Palme d'Or, the end of the Nissan-Honda
merger talks), 92 correct claim-source pairs in 18 documents — 29 within one language, 63 across —
cited pages in 13 languages, five documents not news-style (three briefs, two explainers); each claim a
real sentence copied as published; built blind on branch v11-hb26 with no check run on it; it shares no
topic, page or claim with real/ or held-back parts 2-25 (fixtures/eval/README.md).

The part is **held back: nothing is calibrated on it.** It has **no pins yet** (``pins=None``): only its
shape is checked (tests/verify/test_eval_heldback.py skips its two gates, so no score is computed) until
the lead measures it once, pins what it scored then and records the figures here.
``pytest tests/verify/test_eval_heldback.py -k heldback-26 -s`` will print the tables once it has pins.
"""

from __future__ import annotations

from . import eval_real as real
from .heldback_gate import Part

# Same-document swaps whose "wrong" source states the claim's main fact too, read by hand by the
# builder before any check was run on the part (fixtures/eval/real-heldback-26/SUPPORTED_SWAPS.md:
# 24 of 52 set aside, 19 of them borderline, decided before any score was seen).
SUPPORTED_SWAPS_HELDBACK_26 = frozenset(
    {
        "assad-fall-explainer-en/1<->2",
        "assad-fall-explainer-en/5<->6",
        "suqut-al-assad-ar/1<->2",
        "suqut-al-assad-ar/3<->4",
        "suqut-al-assad-ar/5<->1",
        "panahi-palme-dor-en/1<->2",
        "panahi-goldene-palme-de/1<->2",
        "panahi-goldene-palme-de/3<->4",
        "moldova-vote-brief-en/1<->2",
        "moldova-vote-brief-en/3<->4",
        "moldova-vybory-parlament-ru/3<->4",
        "moldova-vybory-parlament-ru/5<->1",
        "nissan-honda-breakup-brief-en/5<->1",
        "nissan-honda-tougou-ja/1<->2",
        "nissan-honda-tougou-ja/3<->4",
        "romania-annulment-explainer-en/1<->2",
        "romania-annulment-explainer-en/5<->1",
        "romania-anulare-alegeri-ro/1<->2",
        "romania-anulare-alegeri-ro/3<->4",
        "romania-anulare-alegeri-ro/5<->1",
        "romania-court-ruling-brief-en/3<->4",
        "romania-court-ruling-brief-en/5<->1",
        "pogacar-quatrieme-tour-fr/1<->2",
        "pogacar-quatrieme-tour-fr/3<->4",
    }
)


# Never measured: no pins. The measurer replaces ``pins=None`` with ``Pins(…)`` of its first run.
PART = Part(
    title="fixtures/eval/real-heldback-26",
    directory=real.HELDBACK_26,
    supported=SUPPORTED_SWAPS_HELDBACK_26,
    pins=None,
    min_correct=92,
    independent_of=real.built_before(real.HELDBACK_26),
    min_cross_language=63,
    min_topics=6,
)
