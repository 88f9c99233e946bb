"""Regression gate for the twenty-fifth held-back part of the real-material eval (issue 11).

fixtures/eval/real-heldback-25/*.toml: 6 topics, three of the product's domain (Türkiye's name change
at the UN, Kyrgyzstan's seizure of the Kumtor gold mine, the Sakhalin-2 decree) and three outside it
(Hamilton's move to Ferrari, the Starliner crew's return, the end of Rwanda's Marburg outbreak), 92
correct claim-source pairs in 22 documents — 41 within one language, 51 across — cited pages in 14
languages, three documents not news-style (a newsletter brief, an explainer, a situation brief); each
claim a real sentence copied as published; built blind on branch v11-hb25 with no check run on it; it
shares no topic, page or claim with real/ or held-back parts 2-24 (fixtures/eval/README.md).

The part was held back and measured blind (at its merge, then after the session's merges, s37-hb26
and s38-verify: false alarms 6, 6, 6, 6/92; 5/92 at error severity after s38-verify), then **studied
on branch s39-verify (2026-12-07) — now spent** (calibration data, as parts 2-10, 12-17, 22, 23 and
26): its false alarms and missed same-document swaps were read with the verifier's evidence and put in
the cross-part families of fixtures/eval/README.md before any rule was written, and one mechanism
fixed: a name in Turkish spelling keeps its letters' sounds in a text of any language (ş is sh, ç is ch
beside ş, ğ or ı: ``textmatch.sound_key``), so "Çavuşoğlu" in an English sentence meets "Чавушоглу"
(two false alarms spared, the two halves of one "exchange"). Its pins are the figures after that
branch (regression only; the issue's targets are printed, not asserted).
``pytest tests/verify/test_eval_heldback.py -k heldback-25 -s`` prints the tables.
"""

from __future__ import annotations

from . import eval_real as real
from .heldback_gate import Part, Pins

# Same-document swaps whose "wrong" source states the claim's main fact too, read by hand by the
# builder before any check was run on the part (fixtures/eval/real-heldback-25/SUPPORTED_SWAPS.md:
# 27 of 51 set aside, 14 of them borderline, decided before any score was seen).
SUPPORTED_SWAPS_HELDBACK_25 = frozenset(
    {
        "hamilton-ferrari-move-en/1<->2",
        "hamilton-ferrari-move-en/5<->1",
        "hamilton-ferrari-ufficiale-it/1<->2",
        "hamilton-ferrari-fichaje-es/1<->2",
        "hamilton-ferrari-fichaje-es/3<->4",
        "hamilton-ferrari-fichaje-es/5<->1",
        "hamilton-ferrari-oficial-es/3<->4",
        "kumtor-geumgwang-ko/1<->2",
        "kumtor-geumgwang-ko/3<->1",
        "marburg-end-brief-en/1<->2",
        "marburg-fin-epidemie-fr/1<->2",
        "marburg-fin-epidemie-fr/3<->4",
        "marburg-outbreak-timeline-en/3<->4",
        "sakhalin2-operator-en/1<->2",
        "sakhalin2-operator-en/5<->1",
        "sakhalin2-decree-explainer-en/1<->2",
        "starliner-crew-home-en/1<->2",
        "starliner-crew-home-en/5<->1",
        "starliner-rueckkehr-de/1<->2",
        "turkiye-rename-en/1<->2",
        "turkiye-rename-en/3<->4",
        "turkiye-rename-en/5<->1",
        "turkiye-adi-bm-tr/1<->2",
        "turtsiya-nazvanie-oon-ru/1<->2",
        "turtsiya-nazvanie-oon-ru/3<->4",
        "turtsiya-nazvanie-oon-ru/5<->1",
        "turkiye-tescil-bm-tr/3<->1",
    }
)


# Measured first on main (every verify rule to the previous session's; this session's cross-part work
# not yet merged), 2026-12-06 05:17, when the part was wired in, with the supported swaps above set aside:
#   with pages  false alarms 6/92 (6.5 %; target ≤ 3 %): same language 0/41, across 6/51
#               cross-document swaps caught 41/41 (14/14 same language, 27/27 across)
#               same-document swaps caught 12/24 (6/11, 6/13)
#               wrong titles caught 10/10 same language, 18/19 across languages
#   offline     error findings on correct footnotes 0/92; cross-document swaps reported 29/41
#               (any offline claim finding on a correct footnote, not pinned: 5/92)
# The pins were these figures, nothing adjusted after seeing this part's cases (the lead's run
# filtered out the lines that list case ids). Measured blind again at every session since (6/92; at
# error severity 5/92 after s38-verify). Then studied on s39-verify (fixtures/eval/README.md, "Branch
# s39-verify"): false alarms 6 -> 4/92 (at error severity 5 -> 3; across languages 6 -> 4/51:
# turkiye-rename-en/1 and /5 spared), every other figure unchanged.
PART = Part(
    title="fixtures/eval/real-heldback-25: spent, studied on s39-verify",
    directory=real.HELDBACK_25,
    supported=SUPPORTED_SWAPS_HELDBACK_25,
    pins=Pins(
        max_false_alarms=4,  # 6 while held back; 4 after s39-verify (textmatch._TURKIC_SOUNDS)
        min_cross_document=41,
        min_same_document=12,
        min_titles_same_language=10,
        min_titles_cross_language=18,
        max_offline_errors=0,
        min_offline_cross_document=29,
    ),
    min_correct=92,
    independent_of=real.built_before(real.HELDBACK_25),
    min_cross_language=51,
    min_topics=6,
    blind=False,  # spent: opened for study
)
