"""Record of the twenty-eighth held-back part of the real-material eval (issue 11).

fixtures/eval/real-heldback-28/*.toml: 6 topics, three of the product's domain (the US sanctions on Gazprombank of
21 November 2024 and the gas-payment exemptions of Hungary and Türkiye; Gazprom's halt of gas to Austria's OMV on
16 November 2024 and OMV's termination of the contract; Armenia's freeze of its participation in the CSTO, February
2024) and three outside it (the detention of Telegram's founder Pavel Durov in France, August 2024; SpaceX's Polaris
Dawn and the first commercial spacewalk, September 2024; Rafael Nadal's retirement at the Davis Cup Finals in Málaga,
November 2024), 88 correct claim-source pairs in 18 documents — 19 within one language, 69 across — cited pages in 17
languages; documents in 7 languages, written as briefs, explainers, chronologies and recaps with numbered notes; each
claim a real sentence copied as published from a real page and citing another real page that states its fact. Built
blind on branch s39-hb28 (2026-12-07): no check of citecheck was run on it (not even
``load_documents``/``build_cases``: the builder loaded the files with tomllib in a script of its own), and it shares
no topic, page, claim or document with real/ or held-back parts 2-27 (an overlap script over every
fixtures/eval/real* directory; fixtures/eval/README.md, "real-heldback-28/").

**Never measured**: ``pins=None``, so tests/verify/test_eval_heldback.py skips its two gates (no score is computed)
until the lead measures it once and pins what it scored then; its shape test runs.
``pytest tests/verify/test_eval_heldback.py -k heldback-28 -s`` prints its tables once pinned.
"""

from __future__ import annotations

from . import eval_real as real
from .heldback_gate import Part

# Same-document swaps whose "wrong" source states the claim's main fact too, read by hand by the
# builder before any check was run on the part (fixtures/eval/real-heldback-28/SUPPORTED_SWAPS.md:
# 2 of 48 set aside, 1 of them borderline; the citations were ordered while building so that few
# scored claims land on a page stating their fact — see that file).
SUPPORTED_SWAPS_HELDBACK_28 = frozenset(
    {
        "gazprombank-sanctions-brief-en/1<->2",
        "nadal-farewell-brief-en/3<->4",
    }
)

PART = Part(
    title="fixtures/eval/real-heldback-28: held back, built blind on s39-hb28, not yet measured",
    directory=real.HELDBACK_28,
    supported=SUPPORTED_SWAPS_HELDBACK_28,
    pins=None,
    min_correct=88,
    independent_of=real.built_before(real.HELDBACK_28),
    min_cross_language=69,
    min_topics=6,
)
