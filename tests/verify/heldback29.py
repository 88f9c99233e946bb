"""Record of the twenty-ninth held-back part of the real-material eval (issue 11).

fixtures/eval/real-heldback-29/*.toml: 6 topics, three of the product's domain (the US sanctions on the Moscow
Exchange of 12 June 2024 and the halt of its dollar and euro trading; the restart of Kurdish oil exports through the
Kirkuk–Ceyhan pipeline to Türkiye on 27 September 2025; Kazakhstan's accession to the Abraham Accords announced at the
C5+1 summit, November 2025) and three outside it (the Bybit theft of February 2025; Ousmane Dembélé's Ballon d'Or,
September 2025; the death and funeral of Pope Francis, April 2025), 113 correct claim-source pairs in 22 documents —
17 within one language, 96 across — cited pages in 16 languages; documents in 10 languages, written as briefs,
explainers, chronologies and recaps with numbered notes; each claim a real sentence copied as published from a real
page and citing another real page that states its fact. Built blind on branch s40-hb29 (2026-12-07): no check of
citecheck was run on it while it was built (not even ``load_documents``/``build_cases``: the builder loaded the files
with tomllib in a script of its own) nor before its same-document swaps were read by hand and committed
(fixtures/eval/real-heldback-29/SUPPORTED_SWAPS.md), and it shares no topic, page, claim or document with real/ or
held-back parts 2-28 (an overlap script over every fixtures/eval/real* directory; fixtures/eval/README.md,
"real-heldback-29/").

Not yet measured: pins=None until the builder's single blind run (aggregate lines only).
"""

from __future__ import annotations

from . import eval_real as real
from .heldback_gate import Part

# Same-document swaps whose "wrong" source states the claim's main fact too, read by hand by the
# builder before any check was run on the part (fixtures/eval/real-heldback-29/SUPPORTED_SWAPS.md:
# 6 of 63 set aside, all borderline; the citations were ordered while building so that few
# scored claims land on a page stating their fact — see that file).
SUPPORTED_SWAPS_HELDBACK_29 = frozenset(
    {
        "moex-sanctions-brief-en/1<->2",
        "kirkuk-dzheikhan-ru/3<->4",
        "kirkuk-dzheikhan-ru/5<->1",
        "irak-turkiye-petrol-hatti-tr/5<->1",
        "pallone-doro-dembele-it/1<->2",
        "dembele-ballon-dor-brief-en/3<->4",
    }
)

PART = Part(
    title="fixtures/eval/real-heldback-29: held back, built blind on s40-hb29",
    directory=real.HELDBACK_29,
    supported=SUPPORTED_SWAPS_HELDBACK_29,
    pins=None,
    min_correct=113,
    independent_of=real.built_before(real.HELDBACK_29),
    min_cross_language=96,
    min_topics=6,
)
