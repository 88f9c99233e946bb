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

Wired in blind with ``pins=None`` (only its shape is checked); measured once by its builder after this wiring was
committed (see the pins and fixtures/eval/README.md, "real-heldback-31/").
"""

from __future__ import annotations

from . import eval_real as real
from .heldback_gate import Part

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
    pins=None,
    min_correct=107,
    independent_of=real.built_before(real.HELDBACK_31),
    min_cross_language=53,
    min_topics=6,
)
