"""Findings in words in every human format: "did you mean [iii]?", evidence sentences, paragraph
and sentence next to line:column (issue 11, item 7)."""

from __future__ import annotations

import re

import pytest

from citecheck.config import Config
from citecheck.models import Report
from citecheck.report import render
from citecheck.report.explain import evidence_lines, headline, place, words

RAW = re.compile(r"\{['\"]|\bTrue\b|\bFalse\b|\bNone\b")


def _swapped(report: Report) -> Report:
    """The seed's [iv] claim-mismatch as the swap detector words it: footnote [iii] fits better."""
    doc = report.documents[0]
    finding = next(f for f in doc.findings if f.code == "claim-mismatch")
    finding.evidence = {
        "support": 0.021,
        "matched_terms": [],
        "missing_terms": ["overchuk", "transit", "azerbaijan"],
        "best_passage": "Aktobe region is ramping up efforts to prevent spring flooding, the akimat said.",
        "basis": "page",
        "scored_against": "the page's titles, description and main text, and the cited title",
        "cross_language": False,
        "source_title": "Aktobe ramps up efforts to prevent spring flooding",
        "reason": "other-footnote-fits",
        "threshold": 0.12,
        "better_footnote": {"label": "iii", "support": 0.714},
        "judge_error": None,
    }
    return report


def test_did_you_mean_opens_the_message(seed_report: Report) -> None:
    finding = next(f for f in _swapped(seed_report).documents[0].findings if f.code == "claim-mismatch")
    assert headline(finding).startswith("Did you mean [iii]? ")
    lines = evidence_lines(finding)
    assert lines[0] == "The sentence shares no names, numbers or key terms with the page."
    assert lines[1].startswith("Closest passage: “Aktobe region is ramping up")
    assert "The source of footnote [iii] fits this sentence better (support 0.71)." in lines
    assert not any(RAW.search(line) for line in lines)


def test_place_is_paragraph_and_sentence(seed_report: Report) -> None:
    doc = seed_report.documents[0]
    finding = next(f for f in doc.findings if f.code == "claim-mismatch")
    assert place(doc, finding) == "paragraph 3, sentence 4"


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_every_human_format_explains(fmt: str, seed_report: Report, config: Config) -> None:
    output = render(_swapped(seed_report), fmt, config)
    plain = re.sub(r"<[^>]+>", " ", output) if fmt == "html" else output.replace("\\", "")
    assert "did you mean [iii]?" in plain.casefold()
    assert "paragraph 3, sentence 4" in plain
    assert "shares no names, numbers or key terms" in plain
    assert "0.714" not in plain and "better_footnote" not in plain
    assert not RAW.search(re.sub(r"<script.*?</script>|<style.*?</style>", "", plain, flags=re.DOTALL))


def test_text_first_line_of_the_finding_says_did_you_mean(seed_report: Report, config: Config) -> None:
    output = render(_swapped(seed_report), "text", config)
    head = next(line for line in output.splitlines() if "claim-mismatch" in line)
    assert head.rstrip().endswith("claim-mismatch — did you mean [iii]?")


@pytest.mark.parametrize(
    ("value", "said"),
    [
        (True, "yes"),
        (False, "no"),
        (None, None),
        (0.7142, "0.71"),
        ([], None),
        ({"label": "iii", "support": 0.714}, "label iii, support 0.71"),
    ],
)
def test_values_in_words(value: object, said: str | None) -> None:
    assert words(value) == said


def test_json_evidence_stays_machine_readable(seed_report: Report, config: Config) -> None:
    output = render(_swapped(seed_report), "json", config)
    assert '"better_footnote": {"label": "iii", "support": 0.714}' in output.replace("\n", "").replace(
        "  ", ""
    ) or ('"label": "iii"' in output and '"support": 0.714' in output)
