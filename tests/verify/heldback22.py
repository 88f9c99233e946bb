"""Regression gate for the twenty-second held-back part of the real-material eval (issue 11).

fixtures/eval/real-heldback-22/*.toml: 8 topics outside the product's domain (Java 21's virtual
threads, SQLite 3.45's JSONB, Euclid's first images, the LK-99 superconductor claim, the FDA's approval
of the Ixchiq chikungunya vaccine, Arm's Nasdaq listing, Chepngetich's marathon world record, the Grand
Egyptian Museum's opening), 136 correct claim-source pairs in 31 documents — 58 within one language, 78
across — cited pages in 14 languages, five documents not news-style (documentation, encyclopedia,
reference notes); each claim a real sentence copied as published; built blind on branch v11-hb22 with
no check run on it; it shares no topic, page or claim with real/ or held-back parts 2-21
(fixtures/eval/README.md).

The part was held back until it was measured once blind (9/136 false alarms, same-document swaps
25/40), then **studied on branch v11-hb22tune (2026-12-06) — now spent** (calibration data, as parts
2-20): its nine false alarms and fifteen missed same-document swaps were read with the verifier's
evidence, and two families were fixed: a time of hours, minutes and seconds written with its units is
the clock time a page gives (``textmatch.durations_as_clock``: two false alarms spared), and a page in
Japanese, Chinese or Korean is measured for the thin-page rule by its width, a wide character counting
two (``claim.text_width``: one missed swap caught, one correct pair flagged). Its pins are the figures
after that branch (regression only; the issue's targets are printed, not asserted).
``pytest tests/verify/test_eval_heldback.py -k heldback-22 -s`` prints the tables.
"""

from __future__ import annotations

from . import eval_real as real
from .heldback_gate import Part, Pins

# Same-document swaps whose "wrong" source states the claim's main fact too, read by hand by the
# builder before any check was run on the part (fixtures/eval/real-heldback-22/SUPPORTED_SWAPS.md:
# 38 of 78 set aside, 23 of them borderline, decided before any score was seen).
SUPPORTED_SWAPS_HELDBACK_22 = frozenset(
    {
        "arm-ipo-en/1<->2",
        "chepngetich-record-en/1<->2",
        "chepngetich-record-en/3<->4",
        "chepngetich-record-en/5<->1",
        "chepngetich-record-es/1<->2",
        "chepngetich-weltrekord-de/1<->2",
        "chepngetich-weltrekord-de/3<->1",
        "chepngetich-sekai-ja/1<->2",
        "chepngetich-record-fr/1<->2",
        "chepngetich-record-fr/3<->4",
        "euclid-images-en/1<->2",
        "euclid-images-en/5<->1",
        "euclid-bilder-de/1<->2",
        "euclid-bilder-de/3<->4",
        "euclid-bilder-de/5<->1",
        "euclid-images-fr/3<->4",
        "gem-tut-ar/1<->2",
        "gem-inauguration-fr/1<->2",
        "gem-inauguracion-es/1<->2",
        "gem-opening-en/3<->4",
        "ixchiq-approval-en/1<->2",
        "ixchiq-explainer-en/1<->2",
        "ixchiq-vaccin-fr/1<->2",
        "ixchiq-vaccin-fr/3<->4",
        "ixchiq-vaccin-fr/5<->1",
        "vacina-chikungunya-pt/1<->2",
        "java21-release-en/1<->2",
        "virtual-threads-doc-en/1<->2",
        "java21-ja/1<->2",
        "lk99-encyclopedia-en/1<->2",
        "lk99-claim-en/1<->2",
        "lk99-claim-en/5<->1",
        "lk99-chojeondo-ko/1<->2",
        "lk99-superconduttore-it/1<->2",
        "sqlite-jsonb-doc-en/5<->6",
        "sqlite-jsonb-zh/1<->2",
        "sqlite-jsonb-zh/3<->1",
        "sqlite-jsonb-ru/1<->2",
    }
)


# Measured first on main (verify checks with every rule to v11-hb20tune's; part 21's study was under
# way on another branch), 2026-12-06 02:45, when the part was wired in, with the supported swaps above
# set aside:
#   with pages  false alarms 9/136 (6.6 %; target ≤ 3 %): same language 2/58, across 7/78
#               cross-document swaps caught 58/58 (28/28 same language, 30/30 across)
#               same-document swaps caught 25/40 (10/16, 15/24)
#               wrong titles caught 22/22 same language, 25/25 across languages
#   offline     error findings on correct footnotes 0/136; cross-document swaps reported 48/58
#               (any offline claim finding on a correct footnote, not pinned: 4/136)
# The pins below were these figures; nothing was adjusted after seeing this part's cases (the lead's
# run filtered out the line that lists the false alarms' case ids) until the part was studied on
# v11-hb22tune: false alarms 9 -> 8/136 (same language 2 -> 1/58, across 7/78: chepngetich-record-es/4
# and chepngetich-sekai-ja/4 spared by durations_as_clock, arm-ipo-encyclopedia-en/2 flagged once its
# Japanese page is no longer thin), same-document swaps 25 -> 26/40 (arm-ipo-encyclopedia-en/1<->2);
# every other figure of the part unchanged (fixtures/eval/README.md, "Branch v11-hb22tune").
PART = Part(
    title="fixtures/eval/real-heldback-22: spent, studied on v11-hb22tune",
    directory=real.HELDBACK_22,
    supported=SUPPORTED_SWAPS_HELDBACK_22,
    pins=Pins(
        max_false_alarms=7,  # 9 until v11-hb22tune (textmatch.durations_as_clock; claim.text_width +1); 8 until s42-verify (a copied sentence's near figure)
        min_cross_document=58,
        min_same_document=26,  # 25 until v11-hb22tune (claim.text_width)
        min_titles_same_language=22,
        min_titles_cross_language=25,
        max_offline_errors=0,
        min_offline_cross_document=48,
    ),
    min_correct=136,
    independent_of=real.built_before(real.HELDBACK_22),
    min_cross_language=78,
    min_topics=8,
    blind=False,  # spent: opened for study
)
