"""Record of the twenty-seventh held-back part of the real-material eval (issue 11).

fixtures/eval/real-heldback-27/*.toml: 5 topics, three of the product's domain (Ukraine's incursion into Russia's
Kursk region from 6 August 2024; the damage to the Balticconnector gas pipeline between Finland and Estonia on
8 October 2023; Poland's presidential run-off of 1 June 2025) and two outside it (the asteroid 2024 YR4's impact odds,
February–April 2025; the 2025 Ryder Cup at Bethpage Black), 84 correct claim-source pairs in 15 documents — 19 within
one language, 65 across — cited pages in 16 languages; documents in 8 languages, written as briefs, explainers,
chronologies and recaps with numbered notes; each claim a real sentence copied as published from a real page and
citing another real page that states its fact. Built blind on branch s37-hb27 (2026-12-07): no check of citecheck was
run on it (not even ``load_documents``/``build_cases``: the builder loaded the files with tomllib in a script of its
own), and it shares no topic, page, claim or document with real/ or held-back parts 2-26 (an overlap script over every
fixtures/eval/real* directory; fixtures/eval/README.md, "real-heldback-27/").

**Measured once, blind** (2026-12-07, 10:59 UTC, main at its merge: the session's parse rule for footnote-script
markers in, nothing of issue 11 changed since session 36), by the lead, aggregate lines only: false alarms with pages
3/84 (0/19 within one language, 3/65 across), offline error findings 0/84, same-document swaps caught 27/42 (8/12,
19/30), cross-document 40/40, offline 35/40, wrong titles 10/10 and 19/19. Pinned at those figures; nothing is
calibrated on it. Measured again after real-heldback-26's study was merged (s37-hb26, the vowel-shape name rule):
every figure the same. ``pytest tests/verify/test_eval_heldback.py -k heldback-27 -s`` prints its tables.
"""

from __future__ import annotations

from . import eval_real as real
from .heldback_gate import Part, Pins

# Same-document swaps whose "wrong" source states the claim's main fact too, read by hand by the
# builder before any check was run on the part (fixtures/eval/real-heldback-27/SUPPORTED_SWAPS.md:
# 2 of 44 set aside, 1 of them borderline; the citations were ordered while building so that few
# scored claims land on a page stating their fact — see that file).
SUPPORTED_SWAPS_HELDBACK_27 = frozenset(
    {
        "vybory-prezydenta-polshchi-uk/3<->4",
        "ryder-cup-bethpage-bilanz-de/5<->6",
    }
)

PART = Part(
    title="fixtures/eval/real-heldback-27: held back, built blind on s37-hb27",
    directory=real.HELDBACK_27,
    supported=SUPPORTED_SWAPS_HELDBACK_27,
    # The first measurement (blind), 2026-12-07.
    pins=Pins(
        max_false_alarms=3,
        min_cross_document=40,
        min_same_document=27,
        min_titles_same_language=10,
        min_titles_cross_language=19,
        max_offline_errors=0,
        min_offline_cross_document=35,
    ),
    min_correct=84,
    independent_of=real.built_before(real.HELDBACK_27),
    min_cross_language=65,
    min_topics=5,
)
