"""Record of the thirty-first held-back part of the real-material eval (issue 11).

fixtures/eval/real-heldback-31/*.toml: 6 topics, four outside the product's domain (sport: Olympiacos's Conference League
final against Fiorentina in Athens, 29 May 2024; business: the death sentence of Truong My Lan of Van Thinh Phat for
embezzlement from SCB, 11 April 2024, and its appeals; culture and technology: the launch of the video game Black Myth:
Wukong, 20 August 2024; local news: the eruption of Mount Lewotobi Laki-laki on Flores, 3-4 November 2024, and the
Bali flights cancelled after it) and two in it (the armed attack on Azerbaijan's embassy in Tehran, 27 January 2023;
Ukraine's operation "Spiderweb" against Russian strategic bombers, 1 June 2025), 107 correct claim-source pairs in 19
documents — 54 within one language, 53 across — cited pages in 19 languages (Greek, Arabic, Vietnamese, Chinese, Korean,
Indonesian, Persian, Azerbaijani, Ukrainian, Polish, Romanian and Macedonian among them); documents in 11 languages
(English, Arabic, Korean, Indonesian, Greek, Vietnamese, Chinese, Persian, Azerbaijani, Ukrainian, Polish), written as
briefs, explainers and chronologies with numbered notes; each claim a real sentence copied as published from a real
page and citing another real page that states its fact. Built blind on branch s42-hb31 (2026-12-08): its selection
rule (fixtures/eval/real-heldback-31/SELECTION.md) was committed before any search; no check of citecheck was run on
it while it was built (not even ``load_documents``/``build_cases``: the builder loaded the files with tomllib in a
script of its own) nor before its same-document swaps were read by hand and committed
(fixtures/eval/real-heldback-31/SUPPORTED_SWAPS.md), and it shares no topic, page, claim or document with real/ or
held-back parts 2-30 (an overlap script over every fixtures/eval/real* directory; fixtures/eval/README.md,
"real-heldback-31/").

**Measured once, blind** (2026-12-08, 00:43 UTC, every verify rule of main at c83d49b5 — the branch changes nothing in
citecheck/), by the builder after SUPPORTED_SWAPS.md and the wiring with ``pins=None`` were committed, by a script
of its own over ``PART.run`` that prints aggregate figures only (no case named): false alarms with pages 13/107 (8/54
within one language, 5/53 across), 12/107 at error severity (8/54, 4/53); offline error findings 0/107 (any claim
finding 13/107); same-document swaps caught 21/34 (10/16 within one language, 11/18 across; 20 as errors);
cross-document 47/52 (25/25, 22/27), offline 42/52; wrong titles 14/14 and 21/22. In the product's domain (the Tehran
embassy attack, Spiderweb) / outside it (Olympiacos, Truong My Lan, Black Myth: Wukong, Lewotobi): false alarms 2/39 /
11/68 (2 / 10 at error severity), same-document swaps 3/10 / 18/24, cross-document 18/19 / 29/33, wrong titles 13/13 /
22/23, offline errors 0/39 / 0/68. Pinned at those figures; nothing is calibrated on it. ``pytest
tests/verify/test_eval_heldback.py -k heldback-31 -s`` prints its tables.
"""

from __future__ import annotations

from . import eval_real as real
from .heldback_gate import Part, Pins

# Same-document swaps whose "wrong" source states the claim's main fact too, read by hand by the
# builder before any check was run on the part (fixtures/eval/real-heldback-31/SUPPORTED_SWAPS.md:
# 21 of 55 set aside, 12 of them borderline; 7 borderline calls kept as swaps are listed there).
SUPPORTED_SWAPS_HELDBACK_31 = frozenset(
    {
        "azerbaijan-embassy-tehran-attack-brief-en/3<->4",
        "azerbaijan-embassy-tehran-attack-brief-en/5<->6",
        "hamle-sefarat-azarbaijan-fa/3<->4",
        "hamle-sefarat-azarbaijan-fa/5<->1",
        "heishenhua-wukong-shangxian-zh/3<->4",
        "kronologi-erupsi-lewotobi-id/1<->2",
        "lewotobi-eruption-bali-flights-en/3<->4",
        "olympiakos-conference-league-el/1<->2",
        "olympiakos-conference-league-el/3<->4",
        "olympiakos-conference-league-el/5<->1",
        "operacja-pajeczyna-analiza-pl/1<->2",
        "operacja-pajeczyna-analiza-pl/3<->4",
        "operation-spiderweb-explainer-en/3<->4",
        "operation-spiderweb-explainer-en/5<->6",
        "operatsiia-pavutyna-khronika-uk/1<->2",
        "penerbangan-bali-lewotobi-id/1<->2",
        "penerbangan-bali-lewotobi-id/3<->4",
        "penerbangan-bali-lewotobi-id/5<->1",
        "tehran-sefirliyine-hucum-xronologiya-az/1<->2",
        "truong-my-lan-sahyeong-ko/5<->6",
        "truong-my-lan-verdict-brief-en/5<->6",
    }
)

PART = Part(
    title="fixtures/eval/real-heldback-31: held back, built blind on s42-hb31",
    directory=real.HELDBACK_31,
    supported=SUPPORTED_SWAPS_HELDBACK_31,
    # The first measurement (blind), 2026-12-08.
    pins=Pins(
        max_false_alarms=13,
        min_cross_document=47,
        min_same_document=21,
        min_titles_same_language=14,
        min_titles_cross_language=21,
        max_offline_errors=0,
        min_offline_cross_document=42,
    ),
    min_correct=107,
    independent_of=real.built_before(real.HELDBACK_31),
    min_cross_language=53,
    min_topics=6,
)
