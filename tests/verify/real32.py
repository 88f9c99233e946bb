"""Record of real-32, a visible studied part of the real-material eval (issue 11, branch s42-cjk).

fixtures/eval/real-32/*.toml: 6 topics, one per language in which the blind real-heldback-31 measured false alarms
within one language (Korea's martial law and impeachment, December 2024; Ne Zha 2's box office, 2025; Greece's
same-sex civil marriage law, February 2024; the Ukraine–US minerals agreement, 2025; Indonesia's free meals programme,
January 2025; Joseph Aoun's election as President of Lebanon, January 2025). 47 correct claim–source pairs in 11
documents, **all within one language** (ko 9, id 9, ar 8, uk 8, el 7, zh 6), each claim a real sentence copied as
published from a real page and citing another real page in the same language that states its fact. Its selection rule
(fixtures/eval/real-32/SELECTION.md) was committed before any search, its same-document swaps read by hand before any
check ran (fixtures/eval/real-32/SUPPORTED_SWAPS.md), and it shares no topic, page, claim or document with the other
parts (an overlap script over every fixtures/eval/real* directory; fixtures/eval/README.md, "real-32/").

It is **not held back**: it was built to be studied (the verifier's evidence on every pair read on s42-cjk) and its
rules are calibrated on it. Figures and the rules it led to: docs/evaluation.md, "Session 42 (branch s42-cjk)".
"""

from __future__ import annotations

from . import eval_real as real
from .heldback_gate import Part, Pins

# Same-document swaps whose "wrong" source states the claim's main fact too, read by hand by the
# builder before any check was run on the part (fixtures/eval/real-32/SUPPORTED_SWAPS.md: 7 of 24 after the rebuild of nezha2-piaofang-jilu-zh).
SUPPORTED_SWAPS_REAL_32 = frozenset(
    {
        "nezha2-piaofang-jilu-zh/1<->2",
        "ellada-orthodoxi-isotita-gamou-el/1<->2",
        "ellada-orthodoxi-isotita-gamou-el/3<->1",
        "fond-vidbudovy-ssha-dovidka-uk/1<->2",
        "mbg-peluncuran-ringkasan-id/5<->1",
        "joseph-aoun-raees-lubnan-ar/1<->2",
        "nihayat-al-shughur-ar/3<->4",
    }
)

PART = Part(
    title="fixtures/eval/real-32: visible, studied on s42-cjk (within-language pairs in ko zh el uk id ar)",
    directory=real.REAL_32,
    supported=SUPPORTED_SWAPS_REAL_32,
    # Measured on s42-cjk (2026-12-08) after its rules: false alarms 0/47 (1/47 before them, on main's code
    # at the branch point, after the rebuild of the Chinese document; 3/47 at the very first check).
    pins=Pins(
        max_false_alarms=0,
        min_cross_document=14,
        min_same_document=15,
        min_titles_same_language=0,
        min_titles_cross_language=12,
        max_offline_errors=0,
        min_offline_cross_document=7,
    ),
    min_correct=47,
    independent_of=real.built_before(real.REAL_32),
    min_topics=6,
    min_page_languages=6,
    within_language=True,
    blind=False,  # visible: studied
)
