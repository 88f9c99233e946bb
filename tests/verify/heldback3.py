"""Regression gate for the third held-back part of the real-material eval (issue 11).

fixtures/eval/real-heldback-3/*.toml: 14 topics outside both other parts' (science, technology,
business and health, sport, local news, culture, law, environment), 127 correct claim–source pairs
in 30 documents, cited pages in 24 languages, 16 of them outside the sentence encoder's 16 (ro, vi,
hu, et, da, sl, el, hr, no, sw, fa, gl, sv, sk, cs, bg; 50 pairs). Every source is a real page found
with the stored-pages search and every claim a real sentence from a real page; see
fixtures/eval/README.md.

**The part is spent** (since branch v11-hb3tune, issue 11): it was held back while the checks were
tuned elsewhere and measured twice without tuning (at 87547f6 and at the v11-tune merge); then
v11-hb3tune studied its false alarms (each one's support, best passage and better-fitting rival)
and changed the checks by general rules, so it no longer measures generalisation —
fixtures/eval/real-heldback-4 does. It is loaded by the same code as the other parts
(``eval_real.load_documents(HELDBACK_3)``), builds its cross-document swaps and wrong titles from its
own sources only, and is scored by the same tables as test_eval_gate.py. Its floors are pinned at
what v11-hb3tune scored (a regression check; the issue's targets are printed next to them, not
asserted): a lower figure fails, a higher one should raise the pin.
``pytest tests/verify/test_eval_heldback.py -k heldback-3 -s`` prints the tables.
"""

from __future__ import annotations

from . import eval_real as real
from .heldback_gate import Part, Pins

# Same-document swaps of this part whose "wrong" source, read by hand before any check was run on
# the part, states the claim's main fact too (the main clause's fact, or the fact the sentence is
# about; a missing detail such as a second date does not count): not wrong citations, so not
# counted as swaps. Each maps to the sentence of the wrong page that supports the claim. 9 of the
# 68 were set aside.
SUPPORTED_SWAPS_HELDBACK_3: dict[str, str] = {
    "colectiv-ro/5<->1": "Wikipedia: the fire 'killed 64 people (26 on site, 38 in hospitals)'",
    "estonia-et/3<->4": "Vikervaade: 'Vastu võetud seadusega kehtestatakse alates 2024. aasta 1. jaanuarist "
    "abieluvõrdsus.' (the same sentence)",
    "krasznahorkai-hu/3<->4": "Mfor: 'Csütörtökön jelentette be a Svéd Királyi Tudományos Akadémia, hogy "
    "2025-ben Krasznahorkai László kapta az irodalmi Nobel-díjat.' (the same sentence)",
    "lapalma-es/5<->1": "¡HOLA!: the eruption 'provocó que tuvieran que ser evacuadas más de cinco mil "
    "personas. Por suerte, no hay que lamentar ningún herido'",
    "novo-de/1<->2": "World Today Journal: 'has become the largest European company by market "
    "capitalisation, dethroning the French luxury group LVMH'",
    "novo-de/3<->4": "B.T.: 'Novo Nordisk har fredag taget førstepladsen på listen over Europas mest "
    "værdifulde selskaber'",
    "novo-da/1<->2": "CNN: 'Novo Nordisk has dethroned Bernard Arnault's luxury goods giant LVMH as "
    "Europe's most valuable company.'",
    "oder-de/3<->4": "BR24: 'ein hoher Salzgehalt im Fluss ein wesentlicher Grund ... Dazu noch "
    "Niedrigwasser, hohe Temperaturen und eine giftige Algenart'",
    "xz-de/1<->2": "Backupart: 'The vulnerability, discovered almost accidentally by a Microsoft developer, "
    "is present in versions 5.6.0 – 5.6.1'",
}

# Measured once on main (verify checks of 87547f6) when the part was added, with the supported swaps
# above already set aside (fixtures/eval/README.md has the tables per kind and per page language):
#   with pages  false alarms 20/127 (15.7 %; target ≤ 3 %): same language 2/33, across 18/94
#               cross-document swaps caught 50/58 (27/28 same language, 23/30 across)
#               same-document swaps caught 34/59 (8/13, 26/46)
#               wrong titles caught 15/15 same language, 24/24 across languages
#   offline     error findings on correct footnotes 1/127; cross-document swaps reported 35/58
# Measured a second time at the merge of branch v11-tune (rules learnt on the spent heldback-2,
# nothing looked at here): false alarms 19/127 (2/33, 17/94); cross-document 50/58; same-document
# 35/59 (8/13, 27/46); wrong titles 15/15, 24/24; offline errors 1/127, cross-document reported
# 40/58 (20/28, 20/30). The heldback-2 false alarms fixed there (7 -> 1/120) did not carry over.
# Branch v11-hb3tune then studied the part (spent since): false alarms 19 -> 16/127 (same language
# 2/33, across 14/94) — the encoder reads on through a page in another language (oder-pl/4), no
# exchange by words against a foreign page the encoder read (lapalma-es/4), digits of other scripts
# meet ASCII ones (krasznahorkai-de/2); every other figure unchanged. Branch v11-hb4tune's rules
# (learnt on heldback-4, which shares two of its topics) took the false alarms 16 -> 15/127
# (northvolt-de/3: a German compound, absent from a Polish page at cosine 0.50, no longer lowers
# its support), every other figure unchanged. Branch v11-hb6tune's rules (learnt on heldback-6): false
# alarms 15 -> 14/127 (krasznahorkai-de/4: a figure with its scale word, "Millionen", meets the page's),
# offline errors 1 -> 0/127 (duplantis-de/2: an Estonian headline the guesser read as German is no
# same-language title for an error); every other figure unchanged. The pins are these figures.
# Counts of a fixed part: a change that scores lower fails; raise a pin when the checks improve.
# Branch v11-hb8tune's rules (learnt on heldback-8 and -7): cross-document swaps caught +1 (northvolt-de/2<-lapalma2021:
# a thin page in the sentence's language with none of its names and numbers is judged in full);
# every other figure unchanged. The cross-document pin is raised to it.
PART = Part(
    title="fixtures/eval/real-heldback-3: spent, studied on v11-hb3tune",
    directory=real.HELDBACK_3,
    supported=frozenset(SUPPORTED_SWAPS_HELDBACK_3),
    pins=Pins(
        max_false_alarms=10,  # 11 until v11-hb17tune (kipchoge-nl/5: claim._rival_holds_its_own); 14 until v11-families (lapalma-es/1: textmatch._spelled_match; duplantis-de/4, philae-de/1: claim._main_clause_stated_here)
        min_cross_document=56,  # 51 until v11-hb12tune (claim._page_off_the_subject), 54 until v11-hb18tune, 55 until v11-hb19tune (FAR_MIN_HEADLINES)
        min_same_document=39,  # 38 until s40-verify (claim._own_dates), 36 until s36-verify (claim._exchanged_by_own_facts), 35 until v11-hb10tune (claim._figures_elsewhere)
        min_titles_same_language=15,
        min_titles_cross_language=24,
        max_offline_errors=0,
        min_offline_cross_document=40,
    ),
    min_correct=120,
    independent_of=real.built_before(real.HELDBACK_3),
    min_cross_language=40,
    blind=False,  # spent: opened for study
)
