"""Regression gate for the fifth held-back part of the real-material eval (issue 11): spent, studied
on branch v11-hb5tune.

fixtures/eval/real-heldback-5/*.toml: 13 topics outside the seed's domain (science, health,
environment, local news, transport, sport, business, culture, education and law), 98 correct
claim–source pairs in 28 documents (94 across languages), cited pages in 21 languages (29 pairs
outside the sentence encoder's 16), built blind on branch v11-hb5 with no check run on it; it shares
no topic, page or claim with real/ or held-back parts 2–4 (fixtures/eval/README.md).

The part was held back (measured twice, nothing calibrated on it) until branch v11-hb5tune studied its
false alarms and changed the checks (fixtures/eval/README.md): **it is spent** and no longer measures
generalisation (real-heldback-6 does). Its pins are the figures of v11-hb5tune (regression only; the
issue's targets are printed, not asserted). ``pytest tests/verify/test_eval_heldback.py -k heldback-5
-s`` prints the tables and the ids of its false alarms.
"""

from __future__ import annotations

from . import eval_real as real
from .heldback_gate import Part, Pins

# Same-document swaps whose "wrong" source states the claim's main fact too, read by hand by the
# builder before any check was run on the part (fixtures/eval/real-heldback-5/SUPPORTED_SWAPS.md
# gives the supporting sentence of each; 17 of 58 set aside, six of them marked borderline there and
# kept as the builder judged them, decided before any score was seen).
SUPPORTED_SWAPS_HELDBACK_5: frozenset[str] = frozenset(
    {
        "alaska-de/3<->4",
        "alcaraz-es/3<->1",
        "euro-el/1<->2",
        "euro-el/3<->1",
        "euro24-hr/1<->2",
        "euro24-hr/3<->1",
        "nobelchem-en/1<->2",
        "nobelchem-en/3<->4",
        "nobelchem-de/1<->2",
        "floods-sl/3<->4",
        "kiptum-fi/3<->1",
        "kiptum-nl/1<->2",
        "phongchau-vi/3<->1",
        "phongchau-en/1<->2",
        "phongchau-en/3<->1",
        "phoneban-fi/3<->1",
        "egypt-fr/3<->1",
    }
)

# Measured first on main (verify checks of 35eb33f), 2026-12-04, when the part was wired in, with the
# supported swaps above set aside:
#   with pages  false alarms 7/98 (7.1 %; target ≤ 3 %): same language 0/4, across 7/94
#               cross-document swaps caught 33/40 (19/20 same language, 14/20 across)
#               same-document swaps caught 15/41 (1/1, 14/40)
#               wrong titles caught 9/9 same language, 18/21 across languages
#   offline     error findings on correct footnotes 0/98; cross-document swaps reported 34/40
# Measured a second time at the merge of branch v11-hb4tune (five rules learnt on real-heldback-4,
# which took its false alarms from 15 to 9/129): false alarms 6/98 (0/4, 6/94: en 1 -> 0); every
# other figure above unchanged.
# Branch v11-hb5tune then studied the part (spent since): false alarms 6 -> 1/98 (same language 0/4,
# across 1/94) — a single capital letter and its period (an initial: "Johnowi M. Jumperowi") does
# not end a passage (nobelchem-en/1), times of hours, minutes and seconds written with colons or
# periods meet (kiptum-nl/3: 2.04.02 ~ 2:04:02), Greek μπ/ντ/γκ are b/d/g and a name in Greek letters
# meets sh as s (euro-el/1: Σένγκεν ~ Шенгенската), a rival page in a close language (langcodes
# distance below 20: Norwegian for a Danish sentence) is not scored by names alone (grindavik-da/1),
# no "other footnote fits much better" by meaning alone while both cosines are in the same-topic
# band 0.3-0.45 (gloria-pt/3); wrong titles across languages 18 -> 19/21 (a title's first word naming
# a country counts among its names, and countries meet across languages by CLDR's names:
# kiruna-en/2~finland-phoneban2025); every other figure unchanged, with pages and offline (correct
# footnotes with an offline warning 26 -> 25/98). Branch v11-hb6tune's rules (learnt on heldback-6):
# same-document swaps 15 -> 16/41 (egypt-fr/1<->2: figures with their scale words meet); every other
# figure unchanged. The pins below are these figures.
# Branch v11-hb8tune's rules (learnt on heldback-8 and -7): cross-document swaps caught +1 (alaska-en/2<-grindavik2023:
# a thin page in the sentence's language with none of its names and numbers is judged in full);
# every other figure unchanged. The cross-document pin is raised to it.
PART = Part(
    title="fixtures/eval/real-heldback-5: spent, studied on v11-hb5tune",
    directory=real.HELDBACK_5,
    supported=SUPPORTED_SWAPS_HELDBACK_5,
    pins=Pins(
        max_false_alarms=1,
        min_cross_document=37,  # 34 until v11-hb12tune (claim._page_off_the_subject)
        min_same_document=20,  # 19 until s40-verify (claim._own_dates), 18 until s36-verify (claim._exchanged_by_own_facts), 16 until v11-hb10tune (claim._figures_elsewhere), 17 until v11-hb15tune (claim._thin_off_the_topic)
        min_titles_same_language=9,
        min_titles_cross_language=20,  # 19 until s41-titles (title.CROSS_LANGUAGE_MAX_COSINE 0.22)
        max_offline_errors=0,
        min_offline_cross_document=34,
    ),
    min_correct=98,
    independent_of=real.built_before(real.HELDBACK_5),
    min_cross_language=90,
    min_topics=13,
    blind=False,  # spent: opened for study
)
