"""Regression gate for the twenty-first held-back part of the real-material eval (issue 11).

fixtures/eval/real-heldback-21/*.toml: 8 topics outside the product's domain (the Jeju Air crash at
Muan, the Hualien earthquake of April 2024, Ohtani's 50-50 season, the Al Haouz earthquake of 2023,
Sheinbaum's election, the Kartalkaya hotel fire, the Titan submersible's implosion, Prabowo's
election), 129 correct claim-source pairs in 27 documents — 9 within one language, 120 across — cited
pages in 17 languages; each claim a real sentence copied as published (as parts 2-18 and 20); built
blind on branch v11-hb21 with no check run on it; it shares no topic, page or claim with real/ or
held-back parts 2-20 (fixtures/eval/README.md).

The part was held back until it was measured twice blind (5/129 false alarms both times), then
**studied on branch v11-hb21tune (2026-12-06) — now spent** (calibration data, as parts 2-20): its five
false alarms, seventeen missed same-document swaps, three missed wrong titles and three missed
cross-document swaps were read with the verifier's evidence, and five families were fixed
(``textmatch.TermIndex._rounding_match``: a precise figure of the sentence on the page's hedged round
one, "40.971.906 suara" on "nearly 41 million votes"; ``claim._truncated``: "58-60%" on "entre un 58,3%
y 60,7%"; ``claim._thin_exchange_possible``: a thin page across languages lacking every name and
number of the sentence may be one half of two footnotes exchanged; ``claim._thin_swap_margin``: a thin
page in the sentence's language sharing none of its words yields to a neighbour's page by a smaller
lead; ``title._figures_on_both_sides``: a cited title and a headline in other languages giving
different figures are two stories). Its pins are the figures after that branch (regression only; the issue's targets are printed, not asserted).
``pytest tests/verify/test_eval_heldback.py -k heldback-21 -s`` prints the tables.
"""

from __future__ import annotations

from . import eval_real as real
from .heldback_gate import Part, Pins

# Same-document swaps whose "wrong" source states the claim's main fact too, read by hand by the
# builder before any check was run on the part (fixtures/eval/real-heldback-21/SUPPORTED_SWAPS.md:
# 38 of 75 set aside, 22 of them borderline, decided before any score was seen).
SUPPORTED_SWAPS_HELDBACK_21 = frozenset(
    {
        "seisme-maroc-fr/3<->4",
        "seisme-maroc-fr/5<->1",
        "zilzal-alhouz-ar/5<->1",
        "terremoto-marocco-it/1<->2",
        "morocco-quake-en/3<->4",
        "hualien-quake-en/5<->1",
        "hualien-dizhen-zh/1<->2",
        "taiwan-jishin-ja/1<->2",
        "taiwan-jishin-ja/3<->4",
        "taiwan-beben-de/3<->4",
        "taiwan-beben-de/5<->1",
        "jeju-crash-en/1<->2",
        "muan-chamsa-ko/1<->2",
        "muan-jiko-ja/1<->2",
        "muan-jiko-ja/5<->1",
        "muan-absturz-de/1<->2",
        "muan-absturz-de/3<->4",
        "ohtani-5050-en/1<->2",
        "ohtani-5050-ja/1<->2",
        "ohtani-5050-es/3<->4",
        "ohtani-5050-es/5<->1",
        "ohtani-5050-ko/1<->2",
        "prabowo-wins-en/5<->1",
        "pilpres-id/1<->2",
        "pilpres-id/5<->1",
        "sheinbaum-win-en/1<->2",
        "sheinbaum-win-en/3<->4",
        "sheinbaum-win-en/5<->1",
        "sheinbaum-gana-es/1<->2",
        "sheinbaum-gana-es/3<->4",
        "sheinbaum-gana-es/5<->1",
        "sheinbaum-eleita-pt/1<->2",
        "sheinbaum-eleita-pt/5<->1",
        "titan-sousmarin-fr/1<->2",
        "titan-sousmarin-fr/3<->4",
        "titan-sousmarin-fr/5<->1",
        "titan-tauchboot-de/1<->2",
        "titan-tauchboot-de/5<->1",
    }
)


# Measured first on main (verify checks with every rule to v11-hb19tune's), 2026-12-06 01:13, when the
# part was wired in, with the supported swaps above set aside:
#   with pages  false alarms 5/129 (3.9 %; target ≤ 3 %): same language 0/9, across 5/120
#               cross-document swaps caught 51/54 (19/20 same language, 32/34 across)
#               same-document swaps caught 20/37 (0/2, 20/35)
#               wrong titles caught 18/18 same language, 27/30 across languages
#   offline     error findings on correct footnotes 0/129; cross-document swaps reported 39/54
#               (any offline claim finding on a correct footnote, not pinned: 10/129)
# The pins below were these figures; nothing was adjusted after seeing this part's cases (the first
# run's output listed the five false alarms' case ids, which the lead saw; nothing was changed for them)
# until the part was studied on v11-hb21tune: false alarms 5 -> 3/129 (pilpres-id/5, sheinbaum-win-en/1
# spared; across languages 5/120 -> 3/120), same-document swaps 20 -> 22/37 (ohtani-5050-en/3<->4,
# titan-tauchboot-de/3<->4), cross-document swaps 51 -> 52/54 (ohtani-5050-ko/2 on a thin Korean page
# of the crash), wrong titles across languages 27 -> 28/30 (muan-absturz-de/5's French title on a
# Japanese page); every other figure of the part unchanged (fixtures/eval/README.md,
# "Branch v11-hb21tune").
PART = Part(
    title="fixtures/eval/real-heldback-21",
    directory=real.HELDBACK_21,
    supported=SUPPORTED_SWAPS_HELDBACK_21,
    pins=Pins(
        max_false_alarms=3,  # 5 until v11-hb21tune (rounding_match, claim._truncated)
        min_cross_document=52,  # 51 until v11-hb21tune (claim._thin_swap_margin)
        min_same_document=24,  # 23 until s41-verify (kartalkaya-yangin-tr/3<->4: textmatch._HOUR_MINUTE), 20 until v11-hb21tune (claim._thin_exchange_possible), 22 until v11-hb22tune (claim.text_width)
        min_titles_same_language=18,
        min_titles_cross_language=29,  # 27 until v11-hb21tune (title._figures_on_both_sides); 28 until s39-verify (textmatch._frequent_content_word)
        max_offline_errors=0,
        min_offline_cross_document=39,
    ),
    min_correct=129,
    independent_of=real.built_before(real.HELDBACK_21),
    min_cross_language=120,
    min_topics=8,
    blind=False,  # spent: opened for study
)
