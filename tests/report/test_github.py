"""GitHub Actions workflow commands, their escaping, and the step summary."""

from __future__ import annotations

from pathlib import Path

import pytest

from citecheck.config import Config
from citecheck.models import Report
from citecheck.report import render
from citecheck.report.github import escape_data, escape_property, workflow_command, write_step_summary


def test_data_escaping_follows_actions_toolkit() -> None:
    assert escape_data("100% done\r\nnext: a, b") == "100%25 done%0D%0Anext: a, b"


def test_property_escaping_also_covers_colon_and_comma() -> None:
    assert escape_property("a:b,c%\nd") == "a%3Ab%2Cc%25%0Ad"


def test_percent_is_escaped_first_so_escapes_are_not_double_read() -> None:
    assert escape_data("%0A") == "%250A"


def test_command_shape() -> None:
    line = workflow_command("error", {"file": "a, b.md", "line": 3, "col": 7, "title": "t: x"}, "m\nn")
    assert line == "::error file=a%2C b.md,line=3,col=7,title=t%3A x::m%0An"


def test_one_annotation_per_finding(seed_report: Report, config: Config) -> None:
    lines = render(seed_report, "github", config).splitlines()
    [annotation] = [line for line in lines if line.startswith("::")]
    assert annotation.startswith(
        "::error file=fixtures/analyses/armenia-russia-analysis.txt,line=17,col=880,"
        "title=citecheck claim-mismatch [iv]::"
    )
    assert "%0ASource: https://qazinform.com/" in annotation
    assert lines[-1].startswith("citecheck: 1 error, 0 warnings, 0 info")


def test_severities_map_to_error_warning_notice(all_codes_report: Report, config: Config) -> None:
    lines = render(all_codes_report, "github", config).splitlines()
    commands = {line.split(" ", 1)[0] for line in lines if line.startswith("::")}
    assert commands == {"::error", "::warning", "::notice"}
    notice = next(line for line in lines if "archived-copy-available" in line)
    assert notice.startswith("::notice ")


def test_user_text_cannot_break_out_of_a_command(all_codes_report: Report, config: Config) -> None:
    report = all_codes_report.model_copy(deep=True)
    report.documents[0].findings[0].message = "evil\n::error file=x::injected"
    output = render(report, "github", config)
    assert "\n::error file=x::injected" not in output
    assert "evil%0A::error file=x::injected" in output


def test_step_summary_is_appended(seed_report: Report, config: Config, tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    written = write_step_summary(seed_report, config, {"GITHUB_STEP_SUMMARY": str(summary)})
    assert written == summary
    content = summary.read_text(encoding="utf-8")
    assert content.startswith("earlier step\n## ")
    assert "`claim-mismatch`" in content


def test_no_step_summary_outside_actions(
    seed_report: Report, config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    assert write_step_summary(seed_report, config) is None
