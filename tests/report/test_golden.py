"""Every format, byte for byte, on the seed report and on a report with every finding code."""

from __future__ import annotations

import pytest

from citecheck.config import Config
from citecheck.report import FORMATS, render
from citecheck.report import text as text_format

from .conftest import REPORTS, GoldenCheck, load_report

SUFFIXES = {
    "text": "txt",
    "json": "json",
    "sarif": "sarif",
    "junit": "junit.xml",
    "github": "github.txt",
    "markdown": "md",
    "html": "html",
}


def test_every_format_has_a_golden_suffix() -> None:
    assert set(SUFFIXES) == set(FORMATS)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", REPORTS)
def test_format_matches_golden(name: str, fmt: str, config: Config, golden: GoldenCheck) -> None:
    report = load_report(name)
    # The terminal format's colour depends on the terminal; goldens hold the plain text.
    output = text_format.render(report, config, color=False) if fmt == "text" else render(report, fmt, config)
    assert output.endswith("\n")
    golden(f"{name}.{SUFFIXES[fmt]}", output)
