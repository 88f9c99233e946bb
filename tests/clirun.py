"""Run the ``citecheck`` command in-process, as a test sees it: exit code, stdout, stderr."""

from __future__ import annotations

import sys

import pytest

from citecheck.cli import main


def run_cli(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "argv", ["citecheck", *args])
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)  # no step summary written from a test
    with pytest.raises(SystemExit) as info:
        main()
    out, err = capsys.readouterr()
    code = info.value.code
    return (code if isinstance(code, int) else 0), out, err
