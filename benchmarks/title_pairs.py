"""Wrong titles across languages, at scale: every source title of a visible part of the verify eval
cited for every page of that part in another language.

What it measures. The verify eval's parts (fixtures/eval/real and real-heldback-N) each hold a
hundred-odd real pages of some fifteen topics, in many languages. A title of another topic cited for
a page is another story's headline: the title check should call it a ``title-mismatch`` when the
languages differ (:func:`citecheck.verify.title.cross_language_verdict`). A title of the same topic
by another outlet is often a headline of the same event (a translation's nearest neighbour): the
near misses, which a rule should flag as little as it can. The eval's own wrong-title cases are one
such pair per third citation; this reads every pair, so a rule's cost shows before a blind part's.

Each pair is judged as ``check_title`` judges it: pairs whose titles are alike, or in one language,
are left out. Printed: flagged / pairs across topics and within one, by the cited title's script
(``arabic``: Arabic, Persian, Urdu; ``cased``: alphabets with letter case; ``other``).

Blind parts (real-heldback-27, -29, -30 in session 41) are never read: ``VISIBLE`` names the parts.

Run: ``PYTHONPATH=. .venv/bin/python benchmarks/title_pairs.py [--script arabic|cased|other]``.
Measured on branch s41-titles (main before it → the branch), flagged across topics / within a topic:

    arabic   6,353 → 6,674 of 7,206      154 → 176 of 619
    cased  152,451 → 152,997 of 157,532  3,528 → 3,549 of 11,996
    other    7,761 → 7,897 of 8,464      237 → 247 of 742

that is 1,003 more of the 5,638 pairs across topics main left unflagged (17.8 %), and 53 more of the
9,438 within a topic it left unflagged (0.6 %).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from citecheck.config import Config  # noqa: E402
from citecheck.verify import title as T  # noqa: E402
from citecheck.verify.textmatch import CASED_SCRIPTS, script_of  # noqa: E402
from tests.verify import eval_real as real  # noqa: E402

VISIBLE = ["real", *(f"real-heldback-{i}" for i in range(2, 27)), "real-heldback-28"]


def script_group(text: str) -> str:
    script = script_of(text)
    if script == "arabic":
        return "arabic"
    return "cased" if script in CASED_SCRIPTS else "other"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--script", choices=["arabic", "cased", "other"])
    args = parser.parse_args()
    threshold = Config().thresholds.title_min_similarity
    counts: Counter[tuple[str, bool, bool]] = Counter()
    for part in VISIBLE:
        sources = real.all_sources(ROOT / "fixtures" / "eval" / part)
        for page_source in sources:
            page = real.source_page_facts(page_source)
            if page is None:
                continue
            candidates = page.titles or ([page.title] if page.title else [])
            if not candidates:
                continue
            sites = [page.site_name] if page.site_name else []
            for cited in sources:
                group = script_group(cited.title)
                if cited.lang == page_source.lang or (args.script and group != args.script):
                    continue
                match = T.title_similarity(cited.title, candidates, site_names=sites)
                if match.similarity >= threshold or T.comparable_languages(
                    cited.title, match.page_title or candidates[0], page.language
                ):
                    continue
                flagged = T.cross_language_verdict(cited.title, page, candidates) is not None
                counts[(group, cited.topic == page_source.topic, flagged)] += 1
    for group in ("arabic", "cased", "other"):
        rows = []
        for same in (False, True):
            flagged = counts[(group, same, True)]
            total = flagged + counts[(group, same, False)]
            rows.append(f"{'within a topic' if same else 'across topics'} {flagged}/{total}")
        if any(counts[(group, s, f)] for s in (False, True) for f in (False, True)):
            print(f"{group:7} " + "   ".join(rows))


if __name__ == "__main__":
    main()
