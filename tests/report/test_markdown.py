"""The Markdown summary: problems first, details folded, user text escaped."""

from __future__ import annotations

from citecheck.config import Config
from citecheck.models import Report
from citecheck.report import render
from citecheck.report.markdown import md, md_link


def test_problems_table_comes_before_the_details(seed_report: Report, config: Config) -> None:
    output = render(seed_report, "markdown", config)
    assert output.startswith("## :x: citecheck: 1 error, 0 warnings, 0 info\n")
    table = output.index("| | Where | Footnote | Code | Problem |")
    row = output.index(
        "| :x: | fixtures/analyses/armenia-russia-analysis.txt:17:880<br>paragraph 3, sentence 4 | \\[iv\\] | `claim-mismatch` |"
    )
    details = output.index("<details>")
    assert table < row < details
    assert output.count("<details>") == output.count("</details>") == 2


def test_problems_are_ordered_worst_first(all_codes_report: Report, config: Config) -> None:
    output = render(all_codes_report, "markdown", config)
    rows = [line for line in output.splitlines() if line.startswith("| :")]
    icons = [row.split(" | ")[0] for row in rows[:26]]
    assert icons == sorted(icons, key=["| :x:", "| :warning:", "| :information_source:"].index)


def test_exit_codes_in_the_footer(seed_report: Report, config: Config) -> None:
    output = render(seed_report, "markdown", config)
    for code in ("| 0 |", "| 1 |", "| 2 |", "| 3 |"):
        assert code in output
    assert "--fail-on error" in output


def test_clean_report_says_so(seed_report: Report, config: Config) -> None:
    clean = seed_report.model_copy(deep=True)
    clean.documents[0].findings = []
    clean.summary.findings.error = 0
    output = render(clean, "markdown", config)
    assert output.startswith("## :white_check_mark: citecheck: 0 errors")
    assert "No problems found." in output


def test_hostile_title_cannot_inject_markup(all_codes_report: Report, config: Config) -> None:
    output = render(all_codes_report, "markdown", config)
    assert "<script>" not in output
    assert "&lt;script&gt;" in output
    row = next(line for line in output.splitlines() if line.startswith("| \\[1\\] |"))
    assert row.count(" | ") == 4  # the title's pipe does not add a column


def test_escaping_helpers() -> None:
    assert md("a|b *c* [d](e)\nf") == "a\\|b \\*c\\* \\[d\\]\\(e\\) f"
    assert md_link("x", "javascript:alert(1)") == "javascript:alert\\(1\\)"
    assert (
        md_link("w", "https://en.wikipedia.org/wiki/A_(b)") == "[w](https://en.wikipedia.org/wiki/A_%28b%29)"
    )
