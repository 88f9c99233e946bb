"""The terminal format: 80 columns, colour only when wanted, NO_COLOR respected."""

from __future__ import annotations

import re

import pytest

from citecheck.config import Config
from citecheck.models import Report
from citecheck.report import render
from citecheck.report import text as text_format

from .conftest import REPORTS, load_report

ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.mark.parametrize("name", REPORTS)
def test_fits_an_80_column_terminal(name: str, config: Config) -> None:
    for color in (False, True):
        output = ANSI.sub("", text_format.render(load_report(name), config, color=color))
        widest = max(len(line) for line in output.splitlines())
        assert widest <= 80, f"a line is {widest} columns wide"


def test_narrower_width_is_respected(all_codes_report: Report, config: Config) -> None:
    output = text_format.render(all_codes_report, config, color=False, width=60)
    assert max(len(line) for line in output.splitlines()) <= 60


def test_one_line_per_footnote_with_its_verdict(seed_report: Report, config: Config) -> None:
    lines = text_format.render(seed_report, config, color=False).splitlines()
    footnote_lines = [line for line in lines if re.match(r"^. \[(i|ii|iii|iv|v|vi|vii)\] ", line)]
    assert len(footnote_lines) == 7
    iv = next(line for line in footnote_lines if "[iv]" in line)
    assert iv.startswith("x [iv]")
    assert re.search(r"alive\s+200\s+qazinform\.com/news/aktobe", iv)
    assert all(line.startswith("  ") for line in footnote_lines if "[iv]" not in line)


def test_finding_shows_severity_location_label_code_and_message(seed_report: Report, config: Config) -> None:
    output = text_format.render(seed_report, config, color=False)
    assert re.search(r"error\s+17:880\s+\[iv\]\s+claim-mismatch", output)
    assert "flood prevention in Kazakhstan" in output
    assert "1 error, 0 warnings, 0 info in 1 document (7 footnotes)" in output
    assert "exit 1" in output


def test_not_checked_and_document_wide_findings(all_codes_report: Report, config: Config) -> None:
    output = text_format.render(all_codes_report, config, color=False)
    assert re.search(r"\[12\]\s+not checked\s+-\s+\(no footnote entry\)", output)
    assert re.search(r"warning\s+-\s+numbering-gap", output)


def test_long_urls_are_shortened_with_an_ellipsis(all_codes_report: Report, config: Config) -> None:
    output = text_format.render(all_codes_report, config, color=False)
    line = next(line for line in output.splitlines() if "news.example.net" in line)
    assert line.endswith("…")
    assert "https://" not in line


def test_verdict_follows_fail_on(seed_report: Report) -> None:
    assert "exit 1" in text_format.render(seed_report, Config(fail_on="error"), color=False)
    relaxed = seed_report.model_copy(deep=True)
    relaxed.documents[0].findings[0].severity = "warning"
    assert "Nothing at or above --fail-on error: exit 0." in text_format.render(
        relaxed, Config(), color=False
    )
    assert "exit 1" in text_format.render(relaxed, Config(fail_on="warning"), color=False)


def test_color_true_emits_ansi(seed_report: Report, config: Config) -> None:
    assert ANSI.search(text_format.render(seed_report, config, color=True))


def test_no_color_when_not_a_tty(
    seed_report: Report, config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    # Under pytest stdout is captured, so not a terminal.
    assert not ANSI.search(render(seed_report, "text", config))


class _FakeTty:
    def isatty(self) -> bool:
        return True

    def write(self, text: str) -> int:
        return len(text)


def test_color_on_a_tty_unless_no_color(
    seed_report: Report, config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdout", _FakeTty())
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert text_format.color_wanted(None) is True
    assert ANSI.search(text_format.render(seed_report, config))
    monkeypatch.setenv("NO_COLOR", "1")
    assert text_format.color_wanted(None) is False
    assert not ANSI.search(text_format.render(seed_report, config))
    # The spec: an empty NO_COLOR does not count.
    monkeypatch.setenv("NO_COLOR", "")
    assert text_format.color_wanted(None) is True


def test_explicit_color_overrides_no_color(
    seed_report: Report, config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    assert ANSI.search(text_format.render(seed_report, config, color=True))


def test_long_paths_and_labels_still_fit(seed_report: Report, config: Config) -> None:
    report = seed_report.model_copy(deep=True)
    doc = report.documents[0]
    doc.path = "/very/deep/" + "nested-folder/" * 10 + "analysis.txt"
    doc.title = "東京" * 60
    doc.footnotes[0].label = "a-very-long-label"
    output = text_format.render(report, config, color=False)
    lines = output.splitlines()
    assert lines[0].startswith("…") and lines[0].endswith("/analysis.txt")
    assert max(len(line) for line in lines if "東京" not in line) <= 80
    title_line = next(line for line in lines if "東京" in line)
    # Wide (CJK) characters take two cells each.
    assert len(title_line) + title_line.count("東") + title_line.count("京") <= 80


def test_network_down_summary_names_exit_3_only(seed_report: Report) -> None:
    report = seed_report.model_copy(deep=True)
    report.summary.network_unavailable = True
    text = text_format.render(report, Config(fail_on="error"), color=False)
    assert "exit 3" in text
    assert "exit 1" not in text and "exit 0" not in text


@pytest.mark.parametrize("name", REPORTS)
def test_plain_output_is_what_rich_prints_without_colour(name: str, config: Config) -> None:
    """Without colour the report is its lines' plain text, bypassing rich: byte for byte what rich
    prints of the same lines with colour off (wide CJK text and a tab included)."""
    import io

    from rich.console import Console
    from rich.text import Text

    report = load_report(name)
    footnote = report.documents[0].footnotes[0]
    footnote.url = None  # the line then shows the title: wide characters and a tab
    footnote.title = "気候変動\tに関する報告書 — Отчёт о климате, with a tab"
    finding = next(f for d in report.documents for f in d.findings)
    finding.message = "気候変動に関する報告書は別の記事を引用している。 " * 6
    lines = text_format.report_lines(report, config)
    assert any("気候" in line.plain and "\t" in line.plain for line in lines)
    buffer = io.StringIO()
    Console(
        file=buffer,
        width=80,
        no_color=True,
        color_system=None,
        highlight=False,
        markup=False,
        emoji=False,
        soft_wrap=True,
    ).print(Text("\n").join(lines))
    assert text_format.render(report, config, color=False) == buffer.getvalue()
