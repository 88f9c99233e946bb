"""The report package's door: the registry, render() and write_outputs()."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citecheck.config import Config
from citecheck.errors import ConfigError
from citecheck.models import Report
from citecheck.report import FORMATS, RENDERERS, STDOUT, render, write_outputs


def test_formats_are_the_contracts() -> None:
    assert FORMATS == ("text", "json", "sarif", "junit", "github", "markdown", "html")
    assert set(RENDERERS) == set(FORMATS)


def test_unknown_format_is_a_clear_usage_error(seed_report: Report, config: Config) -> None:
    with pytest.raises(ConfigError, match="unknown report format 'yaml'; choose one of: text, json"):
        render(seed_report, "yaml", config)


def test_write_outputs_writes_each_format(seed_report: Report, config: Config, tmp_path: Path) -> None:
    sarif = tmp_path / "out" / "citecheck.sarif"
    page = tmp_path / "report.html"
    plain = tmp_path / "report.txt"
    write_outputs(seed_report, [("sarif", sarif), ("html", page), ("text", plain)], config)
    assert json.loads(sarif.read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert "\x1b[" not in plain.read_text(encoding="utf-8")  # files never get colour


def test_write_outputs_to_stdout(
    seed_report: Report, config: Config, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    write_outputs(seed_report, [("json", STDOUT)], config)
    assert json.loads(capsys.readouterr().out)["summary"]["footnotes"] == 7


def test_bad_format_writes_nothing(seed_report: Report, config: Config, tmp_path: Path) -> None:
    first = tmp_path / "first.json"
    with pytest.raises(ConfigError):
        write_outputs(seed_report, [("json", first), ("pdf", tmp_path / "x.pdf")], config)
    assert not first.exists()


def test_unwritable_path_is_a_clear_error(seed_report: Report, config: Config, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    with pytest.raises(ConfigError, match="cannot write the json report"):
        write_outputs(seed_report, [("json", blocker / "report.json")], config)


def test_github_output_appends_the_step_summary(
    seed_report: Report, config: Config, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = tmp_path / "step-summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    write_outputs(seed_report, [("github", tmp_path / "annotations.txt")], config)
    assert "claim-mismatch" in summary.read_text(encoding="utf-8")
    summary.unlink()
    write_outputs(seed_report, [("json", tmp_path / "r.json")], config)
    assert not summary.exists()  # only the github format writes a step summary


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_empty_run_renders_in_every_format(fmt: str, config: Config) -> None:
    output = render(Report(), fmt, config)
    assert output.endswith("\n") and output.strip()


def test_color_concerns_the_text_format_only(seed_report: Report, config: Config) -> None:
    assert "\x1b[" in render(seed_report, "text", config, color=True)
    assert "\x1b[" not in render(seed_report, "text", config, color=False)
    assert render(seed_report, "markdown", config, color=True) == render(seed_report, "markdown", config)
