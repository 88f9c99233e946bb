"""Record of the thirtieth held-back part of the real-material eval (issue 11).

fixtures/eval/real-heldback-30/*.toml: 6 topics, three of the product's domain (the detention of Samvel Karapetyan and
the fight over Electric Networks of Armenia, June 2025 on; the two-year sentence of the Georgian journalist Mzia
Amaglobeli and her Sakharov Prize, 2025; Kazakhstan's ban on face-covering clothing in public, signed 30 June 2025)
and three outside it, in science and health (the 2025 Nobel Prize in Physiology or Medicine for regulatory T cells;
Alper Gezeravcı, Türkiye's first astronaut, on Axiom Mission 3, January 2024; the Uzbek verdict over the Dok-1 Max
cough syrup deaths, February 2024), 87 correct claim-source pairs in 18 documents — 43 within one language, 44 across
— cited pages in 14 languages (Armenian, Georgian, Kazakh, Kyrgyz, Uzbek, Turkish and Japanese among them); documents
in 9 languages (Armenian, Georgian, Kazakh, Uzbek, Azerbaijani, Turkish, Japanese, Russian, English), written as
briefs, explainers and chronologies with numbered notes; each claim a real sentence copied as published from a real
page and citing another real page that states its fact. Built blind on branch s41-hb30 (2026-12-07): its selection
rule (fixtures/eval/real-heldback-30/SELECTION.md) was committed before any search; no check of citecheck was run on
it while it was built (not even ``load_documents``/``build_cases``: the builder loaded the files with tomllib in a
script of its own) nor before its same-document swaps were read by hand and committed
(fixtures/eval/real-heldback-30/SUPPORTED_SWAPS.md), and it shares no topic, page, claim or document with real/ or
held-back parts 2-29 (an overlap script over every fixtures/eval/real* directory; fixtures/eval/README.md,
"real-heldback-30/").

**Measured once, blind** (2026-12-07, 21:58 UTC, every verify rule of main at 63fb0adb — the branch changes nothing in
citecheck/), by the builder after SUPPORTED_SWAPS.md and the wiring with ``pins=None`` were committed, by a script
of its own over ``PART.run`` that prints aggregate figures only (no case named): false alarms with pages 7/87 (3/43
within one language, 4/44 across), 4/87 at error severity (3/43, 1/44); offline error findings 0/87 (any claim
finding 8/87); same-document swaps caught 22/33 (8/12 within one language, 14/21 across; 20 as errors);
cross-document 34/40 (16/16, 18/24), offline 25/40; wrong titles 9/9 and 15/20. In the product's domain (Karapetyan,
Amaglobeli, Kazakhstan's ban) / outside it (Nobel, Gezeravcı, Dok-1 Max): false alarms 6/48 / 1/39 (3 / 1 at error
severity), same-document swaps 13/22 / 9/11, cross-document 17/22 / 17/18, wrong titles 13/17 / 11/12, offline errors
0/48 / 0/39. Pinned at those figures; nothing is calibrated on it. ``pytest tests/verify/test_eval_heldback.py -k
heldback-30 -s`` prints its tables.

**Studied on branch s42-verify (2026-12-08) — now spent** (calibration data, as parts 2-10, 12-17, 22-26, 28 and 29):
every verdict was dumped with the verifier's evidence, with pages and offline, and its 7 false alarms, 11 missed
same-document swaps, 6 missed cross-document swaps and 5 missed wrong titles read and grouped by cause
(fixtures/eval/README.md, "Branch s42-verify") before any rule was written; its figures at the start of that branch
were the pinned run's exactly. Its rules (words alone within one language the encoder does not read are a warning
when no page fits better; a sentence copied from a neighbour's page counts the cited page's figure updated by one; a
Georgian headline writing none of the page headline's names is another story's) took its false alarms 7 -> 6/87 (4 ->
1 at error severity; 3 -> 0 within one language) and its wrong titles across languages 15 -> 18/20, every other figure
unchanged; the pins follow.
"""

from __future__ import annotations

from . import eval_real as real
from .heldback_gate import Part, Pins

# Same-document swaps whose "wrong" source states the claim's main fact too, read by hand by the
# builder before any check was run on the part (fixtures/eval/real-heldback-30/SUPPORTED_SWAPS.md:
# 14 of 47 set aside, 7 of them borderline; 8 borderline calls kept as swaps are listed there).
SUPPORTED_SWAPS_HELDBACK_30 = frozenset(
    {
        "betti-zhabatyn-kiim-tyiym-kk/1<->2",
        "betti-zhabatyn-kiim-tyiym-kk/3<->4",
        "betti-zhabatyn-kiim-tyiym-kk/5<->1",
        "zapret-skryvat-lico-kz-ru/1<->2",
        "sakaguchi-nobel-ja/1<->2",
        "sakaguchi-nobel-ja/3<->1",
        "nobel-medicine-2025-explainer-en/1<->2",
        "nobel-medicine-2025-explainer-en/3<->4",
        "ilk-turk-astronavt-az/3<->1",
        "ax3-first-turkish-astronaut-en/3<->4",
        "dok-1-maks-ishi-uz/1<->2",
        "dok-1-maks-ishi-uz/3<->4",
        "delo-dok-1-maks-ru/1<->2",
        "delo-dok-1-maks-ru/3<->4",
    }
)

PART = Part(
    title="fixtures/eval/real-heldback-30: spent, studied on s42-verify",
    directory=real.HELDBACK_30,
    supported=SUPPORTED_SWAPS_HELDBACK_30,
    # The first measurement (blind), 2026-12-07; the part is spent since s42-verify.
    pins=Pins(
        max_false_alarms=6,  # 7 until s42-verify (studied: a sentence copied from a neighbour, a toll updated by one)
        min_cross_document=34,
        min_same_document=22,
        min_titles_same_language=9,
        min_titles_cross_language=18,  # 15 until s42-verify (Georgian headlines writing none of the page's names)
        max_offline_errors=0,
        min_offline_cross_document=25,
    ),
    min_correct=87,
    independent_of=real.built_before(real.HELDBACK_30),
    min_cross_language=44,
    min_topics=6,
    blind=False,  # spent: opened for study
)
