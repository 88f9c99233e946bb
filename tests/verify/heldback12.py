"""Regression gate for the twelfth held-back part of the real-material eval (issue 11).

fixtures/eval/real-heldback-12/*.toml: 12 topics, six outside the product's domain (Python 3.13's
release, Shingrix guidance, Kilimanjaro, the Rubin Observatory's first look, bathing in the Seine,
the 2025 Club World Cup final) and six inside it (the Iran-Russia treaty, the Rasht-Astara railway,
the Sakarya gas field, the CPC's Kropotkinskaya station, Armenia's EU accession law, TAPI's Herat
section), 187 correct claim-source pairs in 41 documents — 95 within one language, 92 across —
cited pages in 16 languages; built blind on branch v11-hb12 with no check run on it; it shares no
topic, page or claim with real/ or held-back parts 2-11 (fixtures/eval/README.md).

**It is spent:** branch v11-hb12tune (issue 11) studied its false alarms, missed swaps and missed
wrong title and changed the checks by general rules (fixtures/eval/README.md, "Branch
v11-hb12tune"), so it no longer measures generalisation. Its pins are the figures after that study
(regression only; the issue's targets are printed, not asserted).
``pytest tests/verify/test_eval_heldback.py -k heldback-12 -s`` prints the tables.
"""

from __future__ import annotations

from . import eval_real as real
from .heldback_gate import Part, Pins

# Same-document swaps whose "wrong" source states the claim's main fact too, read by hand by the
# builder before any check was run on the part (fixtures/eval/real-heldback-12/SUPPORTED_SWAPS.md:
# 21 of 110 set aside, 9 of them borderline, decided before any score was seen).
SUPPORTED_SWAPS_HELDBACK_12: frozenset[str] = frozenset(
    {
        "py313-ja/3<->4",
        "py313-ja/5<->1",
        "iranru-en/1<->2",
        "iranru-tr/5<->1",
        "iranru-ru/1<->2",
        "iranru-ru/5<->1",
        "shingles-en/3<->4",
        "kilimandscharo-de/3<->4",
        "kilimandjaro-fr/1<->2",
        "karadeniz-tr/1<->2",
        "blacksea-gas-en/1<->2",
        "blacksea-gas-en/5<->1",
        "rubin-en/3<->4",
        "cpc-en/1<->2",
        "cpc-restore-en/3<->1",
        "mundial-clubes-es/3<->4",
        "klub-wm-de/1<->2",
        "armenia-eu-en/1<->2",
        "armenia-es-ru/5<->1",
        "tapi-progress-en/1<->2",
        "tapi-tr/1<->2",
    }
)

# Measured first on main (verify checks of the merge of v11-hb9tune: the rules learnt on heldback-4
# to -9; before heldback-10's study), 2026-12-04, when the part was wired in, with the supported
# swaps above set aside:
#   with pages  false alarms 11/187 (5.9 %; target ≤ 3 %): same language 4/95, across 7/92
#               cross-document swaps caught 68/77 (37/38 same language, 31/39 across)
#               same-document swaps caught 49/89 (25/46, 24/43)
#               wrong titles caught 30/30 same language, 37/39 across languages
#   offline     error findings on correct footnotes 0/187; cross-document swaps reported 60/77
# Measured again at the merge of v11-hb10tune (the rules learnt on heldback-10), 2026-12-04: false
# alarms 11 -> 10/187 (same language 4 -> 5/95, across 7 -> 5/92), same-document swaps 49 -> 52/89,
# wrong titles across languages 37 -> 38/39, every other figure the same. Measured a third time at the
# merge of v11-hb11tune: every pinned figure the same.
# Studied on branch v11-hb12tune (2026-12-04; spent): false alarms 10 -> 9/187 (same language 5 -> 4/95:
# claim._quoted_elsewhere_stated_here), cross-document swaps 68 -> 70/77 (pages of another story that
# the encoder cannot compare: claim._page_off_the_subject), wrong titles across languages 38 -> 39/39
# (title._headline_countries_dropped); same-document swaps 52/89, offline errors 0/187 and offline
# reported 60/77 unchanged. The pins below are these figures.
# Branch v11-manyfacts (2026-12-05): false alarms 9 -> 8/187 (same language 4 -> 3/95:
# claim._a_clause_stated_here, `klub-wm-de/1`); every other figure the same. Pin lowered to 8.
# Branch v11-hb15tune (heldback-15's rules, 2026-12-05): false alarms 8 -> 7/187 (iranru-ru/1, textmatch.dated_days),
# same-document swaps 52 -> 53/89 (claim._thin_off_the_topic); pins raised to these.
PART = Part(
    title="fixtures/eval/real-heldback-12: spent, studied on v11-hb12tune",
    directory=real.HELDBACK_12,
    supported=SUPPORTED_SWAPS_HELDBACK_12,
    pins=Pins(
        max_false_alarms=6,  # 7 until v11-hb17tune (seine-fr/2: claim._rival_holds_its_own); 8 until v11-hb15tune (textmatch.dated_days: iranru-ru/1)
        min_cross_document=72,  # 70 until v11-hb18tune (claim._far_from_the_other_pages); 71 until s39-verify (textmatch._TURKIC_SOUNDS)
        min_same_document=60,  # 59 until s40-verify (claim._own_dates), 54 until s36-verify (claim._exchanged_by_own_facts), 52 until v11-hb15tune (claim._thin_off_the_topic), 53 until v11-hb19tune (claim._exchanged_by_a_missing_fact)
        min_titles_same_language=30,
        min_titles_cross_language=39,
        max_offline_errors=0,
        min_offline_cross_document=60,
    ),
    min_correct=187,
    independent_of=real.built_before(real.HELDBACK_12),
    min_cross_language=92,
    min_topics=12,
    blind=False,  # spent: opened for study
)
