"""Regression gate for the fourth held-back part of the real-material eval (issue 11): now spent.

fixtures/eval/real-heldback-4/*.toml: 15 topics (transport, sport, law, local news, culture,
education, business, environment, health, technology), 129 correct claim–source pairs in 33
documents, cited pages in 27 languages (54 pairs outside the sentence encoder's 16), built blind on
branch v11-hb4 with no check run on it. Two topics are shared with heldback-3 (oder2022, tempi2023;
see fixtures/eval/README.md), so a session that studies heldback-3 has seen them.

It was held back and measured twice (when it was wired in, and at the merge of the branch that
studied heldback-3); **branch v11-hb4tune then studied it** (its false alarms, missed swaps and
scores) and changed the checks by general rules, so it no longer measures generalisation
(real-heldback-5 does). Its pins are the figures of v11-hb4tune, a regression check
(the issue's targets are printed, not asserted).
``pytest tests/verify/test_eval_heldback.py -k heldback-4 -s`` prints the tables.
"""

from __future__ import annotations

from . import eval_real as real
from .heldback_gate import Part, Pins

# Same-document swaps whose "wrong" source states the claim's main fact too, read by hand by the
# builder before any check was run on the part (fixtures/eval/real-heldback-4/SUPPORTED_SWAPS.md
# gives the supporting sentence of each; 28 of 67 set aside, five of them marked borderline there and
# kept as the builder judged them, decided before any score was seen).
SUPPORTED_SWAPS_HELDBACK_4: frozenset[str] = frozenset(
    {
        "borsen-da/3<->4",
        "borsen-en/1<->2",
        "borsen-en/3<->4",
        "borsen-de/3<->4",
        "djokovic-hr/3<->1",
        "duplantis-hu/1<->2",
        "flow-lv/1<->2",
        "krejcikova-cs/1<->2",
        "krejcikova-cs/3<->4",
        "krejcikova-cs/5<->1",
        "krejcikova-sk/1<->2",
        "malaria-es/5<->1",
        "malaria-sw/1<->2",
        "morandi-it/3<->4",
        "oder-pl/1<->2",
        "oder-de/3<->4",
        "popovici-it/1<->2",
        "rubik-hu/1<->2",
        "rubik-hu/5<->1",
        "skype-en/1<->2",
        "skype-en/3<->4",
        "skype-ru/1<->2",
        "skype-uk/1<->2",
        "tempi-el/1<->2",
        "tempi-el/3<->4",
        "whoosh-id/1<->2",
        "whoosh-id/3<->4",
        "wirecard-de/1<->2",
    }
)

# Measured first on main (verify checks of c644a76 and the publisher change after it), when the
# part was wired in, with the supported swaps above set aside:
#   with pages  false alarms 15/129 (11.6 %; target ≤ 3 %): same language 5/31, across 10/98
#               cross-document swaps caught 42/57 (19/19 same language, 23/38 across)
#               same-document swaps caught 18/39 (6/11, 12/28)
#               wrong titles caught 10/10 same language, 28/29 across languages
#   offline     error findings on correct footnotes 1/129; cross-document swaps reported 46/57
# Measured a second time at the merge of branch v11-hb3tune (three rules learnt on heldback-3, which
# took its false alarms from 19 to 16/127): every figure above unchanged. Without the two topics
# heldback-3 shares (oder2022, tempi2023: 17 correct pairs), false alarms 13/112.
# Branch v11-hb4tune then studied the part (spent since): false alarms 15 -> 9/129 (same language
# 2/31, across 7/98; 7/112 without the shared topics) — a wordfreq list only for its own language or
# macrolanguage (malaria-sw/3), times with a seconds mark and decimals found by their parts
# (popovici-it/1), German compounds are common nouns whose absence does not discount a passage
# above the same-topic band (borsen-de/4), a day written as an ordinal before its month does not end
# a passage (wirecard-de/3), no exchange by words where each own page states its sentence's facts
# (morandi-it/1, /4); same-document swaps 18 -> 17/39 (6/11, 11/28: malaria-sw/3<->1 had been
# caught only because a Swahili "Malaria" read as an English common name); every other figure
# unchanged, with pages and offline. Branch v11-hb6tune's rules (learnt on heldback-6): false alarms
# 9 -> 8/129 (malaria-en/1: a figure with its scale word meets the page's), offline errors 1 -> 0/129
# (whoosh-id/4: the title shares a name with another sentence of the document); every other figure
# unchanged. The pins below are these figures.
PART = Part(
    title="fixtures/eval/real-heldback-4: spent, studied on v11-hb4tune",
    directory=real.HELDBACK_4,
    supported=SUPPORTED_SWAPS_HELDBACK_4,
    pins=Pins(
        max_false_alarms=5,  # 6 until v11-residual (borsen-de/3: claim._absence_tells); 7 until v11-hb17tune (pisa-fi/5: claim._rival_holds_its_own); 8 until v11-hb11tune (claim._clause_windows)
        min_cross_document=47,  # 42 until v11-hb12tune (claim._page_off_the_subject)
        min_same_document=22,  # 18 until s36-verify (claim._exchanged_by_own_facts), 17 until v11-hb9tune (a rival with the anchors: claim._rival_has_the_anchors)
        min_titles_same_language=10,
        min_titles_cross_language=29,  # 28 until v11-hb10tune (title._headline_names_dropped)
        max_offline_errors=0,
        min_offline_cross_document=46,
    ),
    min_correct=120,
    independent_of=(real.REAL, real.HELDBACK_2),  # built beside heldback-3, not after it
    min_cross_language=40,
    blind=False,  # spent: opened for study
)
