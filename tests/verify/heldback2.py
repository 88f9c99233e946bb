"""Gate for the second real-material part of the eval (issue 11), now **spent**: calibration data.

fixtures/eval/real-heldback-2/*.toml: 14 topics outside the first part's (science, health,
technology, sport, business, local news, culture, environment, law), 120 correct claim–source pairs
in 28 documents, pages in 22 languages, many of them outside the sentence encoder's 16 (cs, sk, hu,
ro, id, vi, fi, el, uk, sv, is, bs). Every source is a real page found with the stored-pages search
and every claim a real sentence from a real page; see fixtures/eval/README.md.

The part was held back until branch v11-tune, which studied its misses (issue 11) and changed the
checks by general rules (fixtures/eval/README.md names each, with its reason): **it is no longer
held back and no longer measures generalisation** — a fresh held-back part replaces it. It is
loaded by the same code as the first part (``eval_real.load_documents(HELDBACK_2)``), builds its
cross-document swaps and wrong titles from its own sources only, and is scored by the same tables as
test_eval_gate.py. The pins are the figures of v11-tune (a lower figure fails; the issue's targets
are printed next to them, not asserted). ``pytest tests/verify/test_eval_heldback.py -k heldback-2 -s`` prints
the tables.
"""

from __future__ import annotations

from . import eval_real as real
from .heldback_gate import Part, Pins

# Same-document swaps of this part whose "wrong" source, read by hand before any check was run on
# the part (while it was held back), states the claim's main fact too (the main clause's fact, or the fact the sentence is
# about): not wrong citations, so not counted as swaps. 16 of the 69 were set aside.
SUPPORTED_SWAPS_HELDBACK_2: frozenset[str] = frozenset(
    {
        "nobelphysics-hu/1<->2",  # raketa.hu: "Fizikai Nobel-díjat kapott Krausz Ferenc", attosecond pulses
        "nobelphysics-de/1<->2",  # ARD alpha: the three laureates, Krausz "ungarisch-österreichisch"
        "nobelphysics-de/3<->4",  # Kurier: "das Milliardstel einer Milliardstelsekunde"
        "prague-cs/1<->2",  # Wikipedie: the shooter, a 24-year-old student of the faculty
        "prague-pl/3<->1",  # Wikipedie: 14 victims and the attacker, 25 injured
        "kundera-cs/1<->2",  # tisen.tv: "Kundera se narodil v českém Brně" (the place, not the date)
        "kundera-fr/3<->4",  # Boursier/Reuters: dead at 94, confirming Czech television
        "halep-ro/1<->2",  # Ediția de Sud: "suspendarea de 4 ani primită pentru dopaj"
        "halep-de/1<->2",  # NH Nieuws: four years, "twee keer de dopingregels heeft overtreden"
        "giannis-it/3<->4",  # NBA Religion: 50 points in Game 6 (not the chicken nuggets)
        "kuhp-id/5<->1",  # BenarNews: "only if a family member lodges a complaint"
        "olkiluoto-fi/5<->1",  # Firstpost: first fed the national grid in March 2022
        "hankang-sv/3<->4",  # Hovberg: the Academy's citation, verbatim
        "kanjuruhan-id/5<->1",  # IDN Times: "kehabisan napas akibat … kepulan gas air mata"
        "dart-sk/1<->2",  # CzechCrunch: "v rychlosti přes 22 000 km/h"
        "dart-sk/3<->1",  # EuroZprávy: "poprvé vědci testují … změnit dráhu vesmírného tělesa"
    }
)

# Measured on main (e87784a, and again on 78d7988) when the part was added, with the supported swaps
# above already set aside (fixtures/eval/README.md has the tables per kind and per page language):
#   with pages  false alarms 9/120 (7.5 %; target ≤ 3 %)
#               cross-document swaps caught 42/51 (23/23 same language, 19/28 across)
#               same-document swaps caught 28/53 (16/25, 12/28)
#               wrong titles caught 14/15 same language, 21/26 across languages
#   offline     error findings on correct footnotes 1/120; cross-document swaps reported 26/51
# After the exchanged-footnotes rule of branch v11-swaps (tuned on real/ only): false alarms 7/120,
# same-document swaps 30/53, cross-document swaps 40/51, the rest unchanged.
# Branch v11-tune, which studied this part (it is spent; fixtures/eval/README.md names each rule):
#   false alarms 7 → 1/120: a footnote scored by names and numbers alone is not called swapped
#     one-sidedly against a page scored by all its words; a page stating one figure of a two-fact
#     sentence in one passage is no wrong footnote for low support alone
#   same-document swaps 30 → 32/53: the first rule lost giannis-el/1<->2 (an exchange of that shape
#     the exchange rule does not see); a page in an uncovered language lacking three of the
#     sentence's names, numbers and years for each one it has is a mismatch (+3)
#   cross-document swaps 40 → 43/51: years among the names and numbers such a page lacks
#   wrong titles 14 → 15/15 and 21 → 25/26: a title reading as the page's declared language by its
#     word list; a foreign headline's year; a foreign title dropping every name of the headline
#   offline cross-document swaps reported 26 → 39/51 (the same reading of a title's language; two
#     names or numbers across a language divide, as a warning), correct footnotes with an offline
#     warning 18 → 23/120, errors unchanged 1/120
# Branch v11-hb6tune's rules (learnt on heldback-6): every figure unchanged.
# Counts of a fixed part: a change that scores lower fails; raise a pin when the checks improve.
PART = Part(
    title="fixtures/eval/real-heldback-2: spent, studied on v11-tune",
    directory=real.HELDBACK_2,
    supported=SUPPORTED_SWAPS_HELDBACK_2,
    pins=Pins(
        max_false_alarms=1,
        min_cross_document=49,  # 43 until v11-hb12tune (claim._page_off_the_subject)
        min_same_document=33,  # 32 until v11-families (vinfast-vi/1<->2: textmatch._approximate_match)
        min_titles_same_language=15,
        min_titles_cross_language=25,
        max_offline_errors=0,  # 1 until v11-hb11tune (claim._shares_entry_words)
        min_offline_cross_document=39,
    ),
    min_correct=90,
    independent_of=real.built_before(real.HELDBACK_2),
    blind=False,  # spent: opened for study
)
