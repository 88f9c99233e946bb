"""Regression gate for the tenth held-back part of the real-material eval (issue 11).

fixtures/eval/real-heldback-10/*.toml: 13 topics of the product's own domain (elections in Azerbaijan,
Kazakhstan, Uzbekistan, Russia and Iran; Armenia and the ICC; Georgia's foreign-influence law;
Turkey and Sweden's NATO entry; the oil price cap; Kambarata-1; the Wagner mutiny; the AZAL crash;
the Raisi helicopter crash), 139 correct claim–source pairs in 32 documents — 81 within one
language, 58 across — cited pages in 15 languages (21 pairs outside the sentence encoder's 16);
built blind on branch v11-hb10 with no check run on it; it shares no topic, page or claim with real/
or held-back parts 2–9 (fixtures/eval/README.md).

**It is spent:** branch v11-hb10tune (issue 11) studied its false alarms and missed wrong titles and
changed the checks by general rules (fixtures/eval/README.md, "Branch v11-hb10tune"); its pins are
that branch's figures, a regression check (the issue's targets are printed, not asserted).
``pytest tests/verify/test_eval_heldback.py -k heldback-10 -s`` prints the tables.
"""

from __future__ import annotations

from . import eval_real as real
from .heldback_gate import Part, Pins

# Same-document swaps whose "wrong" source states the claim's main fact too, read by hand by the
# builder before any check was run on the part (fixtures/eval/real-heldback-10/SUPPORTED_SWAPS.md:
# 20 of 85 set aside, 13 of them borderline, decided before any score was seen).
SUPPORTED_SWAPS_HELDBACK_10: frozenset[str] = frozenset(
    {
        "mus-ru/1<->2",
        "mqd-hy/1<->2",
        "mqd-hy/3<->1",
        "icc-en/5<->1",
        "az-election-en/1<->2",
        "az-election-en/5<->1",
        "azal-az/1<->2",
        "azal-en/3<->1",
        "georgia-en/1<->2",
        "iran-vybory-ru/5<->1",
        "price-cap-en/3<->4",
        "price-cap-en/5<->1",
        "raisi-fa/1<->2",
        "raisi-fa/5<->1",
        "vybory-rf-ru/5<->1",
        "cik-ru/3<->1",
        "russia-vote-en/5<->1",
        "saylov-uz/1<->2",
        "saylov-uz/3<->1",
        "myatezh-ru/3<->4",
    }
)

# Measured first on main (verify checks of the merge of v11-hb8tune: the rules learnt on heldback-4
# to -8), 2026-12-04, when the part was wired in, with the supported swaps above set aside:
#   with pages  false alarms 9/139 (6.5 %; target ≤ 3 %): same language 1/81, across 8/58
#               cross-document swaps caught 46/54 (25/27 same language, 21/27 across)
#               same-document swaps caught 38/65 (21/39, 17/26)
#               wrong titles caught 22/22 same language, 21/31 across languages
#   offline     error findings on correct footnotes 0/139; cross-document swaps reported 43/54
# Measured again at the merge of v11-hb9tune (the rules learnt on heldback-9): wrong titles across
# languages 21 -> 23/31, every other figure the same.
# Branch v11-hb10tune then studied the part (spent since): false alarms 9 -> 2/139 (1.4 %; same
# language 0/81, across 2/58) — the Turkic dotted İ folded to i (isvec-nato-tr/4, isvec-oylama-tr/2:
# İsveç is Sweden), a sentence in another alphabet of its page's language met by transliteration and
# Uzbek's o‘ and g‘ read as letters (saylov-uz/1, /2), a name met in Arabic script by the consonants
# of the unstemmed word (myatezh-ru/5: Пригожина ~ بريغوجن), a month by its CLDR name (icc-en/3:
# February ~ лютого), a city by CLDR's exemplar cities (mqd-hy/3: Հռոմի ~ Rome); same-document swaps
# 38 -> 41/65 (25/39, 16/26: isvec-nato-tr/5<->1 and myatezh-ru/1<->2 caught, peskov-ru/3<->1 lost —
# its wrong Arabic page names Prigozhin and Lukashenko's mediation —, and kambarata-jsc-en/1<->2 and
# russia-vote-en/3<->4 by a neighbour giving the figures the cited page lacks); wrong titles across languages
# 23 -> 29/31 (title._headline_names_dropped); offline, claim findings on correct footnotes 16 -> 15
# (no error either way); cross-document swaps 46/54 and 43/54 offline unchanged. The pins below are
# these figures.
# Since the merge of v11-hb11tune: offline, a title that names only what the whole document is
# about, and what its sentence names, is unverified-offline rather than a mismatch
# (citecheck.verify.claim._on_the_documents_subject): two cross-document swaps are no longer
# reported offline (az-election-en/2 given the AZAL crash's title, sweden-nato-en/4 given the Uzbek
# election's): 43 -> 41/54.
PART = Part(
    title="fixtures/eval/real-heldback-10: spent, studied on v11-hb10tune",
    directory=real.HELDBACK_10,
    supported=SUPPORTED_SWAPS_HELDBACK_10,
    pins=Pins(
        max_false_alarms=1,  # 2 until v11-hb20tune (claim._one_sided_across_languages)
        min_cross_document=50,  # 46 until v11-hb12tune (claim._page_off_the_subject), 48 until v11-hb18tune, 49 until v11-hb19tune (FAR_MIN_HEADLINES)
        min_same_document=42,  # 43 from s40-verify to s41-verify: raisi-en/5<->1 lost to claim._foreign_meaning_on_the_same_anchors both ways round (a trade for two false alarms of parts 14 and 20); 42 until s40-verify (claim._own_dates), 41 until s37-hb26 (textmatch.vowel_shape: secki-az/1<->2)
        min_titles_same_language=22,
        min_titles_cross_language=31,  # 29 until v11-hb12tune (title._headline_countries_dropped)
        max_offline_errors=0,
        min_offline_cross_document=41,
    ),
    min_correct=139,
    independent_of=real.built_before(real.HELDBACK_10),
    min_cross_language=58,
    min_topics=13,
    blind=False,  # spent: opened for study
)
