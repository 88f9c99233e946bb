"""The verify checks give the same scores whatever Python's hash seed (issue: determinism).

Sets of strings iterate in an order that follows ``PYTHONHASHSEED``; a check that took the first of
a set's members that matched (a country's name in the first of a page's languages that has it)
gave a rival footnote of real-heldback-10's ``msk-az/1<->2`` a support of 0.551 under one seed and
0.561 under another. Each case here is verified in two subprocesses with different seeds, and every
finding's evidence (supports, matched terms, passages) must be the same.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from citecheck.verify.textmatch import Term, TermIndex, terms

ROOT = Path(__file__).resolve().parents[2]

# Real-shaped cases of studied parts: an Azerbaijani document whose sentences cite English and
# Azerbaijani pages (a same-document swap, a correct pair, a cross-document swap, a wrong title) and
# a Kazakh one citing Russian pages, where a country is met through the page's languages.
CASES = {
    "heldback10": ("msk-az/1<->2", "msk-az/1", "msk-az/2<-azal-crash2024", "msk-az/2~azal-crash2024"),
    "heldback8": ("kz-npp-kk/1", "kz-npp-kk/1<->2"),
}

_SCRIPT = """
import importlib, json
from tests.verify import eval_real as real
out = []
for part, ids in {cases!r}.items():
    for case in importlib.import_module("tests.verify." + part).PART.cases():
        if case.id in ids:
            document = real.verified(case, online=True)
            out.append([case.id, [[f.label, f.code, f.severity, f.evidence] for f in document.findings]])
print(json.dumps(out, default=str, sort_keys=True))
"""


def _scores(seed: int) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.Popen(
        [sys.executable, "-c", _SCRIPT.format(cases=CASES)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )


def test_scores_do_not_depend_on_the_hash_seed() -> None:
    runs = [_scores(seed) for seed in (0, 2)]  # seeds that gave 0.561 and 0.551 before the fix
    outputs = [run.communicate(timeout=120)[0] for run in runs]
    assert all(run.returncode == 0 for run in runs)
    first, second = (json.loads(output) for output in outputs)
    assert len(first) == sum(map(len, CASES.values()))
    assert first == second


def _azerbaijan() -> Term:
    sentence = (
        "Sərəncamla 2024-cü il fevralın 7-də Azərbaycanda növbədənkənar Prezident seçkiləri keçiriləcək."
    )
    return next(t for t in terms(sentence, "az") if t.text == "Azərbaycanda")


def test_a_country_is_met_by_the_best_of_the_page_s_languages() -> None:
    # An English page with a Russian passage: the English "Azerbaijan" meets the Azerbaijani
    # "Azərbaycanda" whole, the Russian "Азербайджан" only by transliterated prefix; the best wins,
    # whichever language the page's set of languages yields first.
    index = TermIndex.build(
        [
            ("Azerbaijan's Aliyev wins landslide re-election. Polling stations opened early.", "en"),
            ("Алиев победил на выборах в Азербайджане.", "ru"),
        ]
    )
    hit = index.find(_azerbaijan(), loose=True)
    assert hit is not None and (hit.how, hit.found, hit.quality) == ("country", "Azerbaijan", 0.8)


def test_a_page_in_one_language_keeps_its_own_name_for_the_country() -> None:
    # Near miss: a Russian page alone still meets the country by its Russian name, at its own quality.
    index = TermIndex.build([("Алиев победил на выборах в Азербайджане.", "ru")])
    hit = index.find(_azerbaijan(), loose=True)
    assert hit is not None and hit.how == "country" and hit.found == "Азербайджане"
    assert hit.quality < 0.8
