"""A fault of the parser on one document does not cost the run's other documents their results
(citecheck.parse_ahead.parse_source): that document gets one parse-failed error."""

from __future__ import annotations

from pathlib import Path

import pytest

import citecheck.parse.document as parse_document
from citecheck.config import Config
from citecheck.errors import InputError
from citecheck.pipeline import acheck, run_sync

ENTRY = "Claim one.[1]\n\nNotes\n\n[1] “A title”, Pub, https://a.example/x, (Access Date: 1.1.2025).\n"


def test_a_parser_fault_on_one_document_leaves_the_others_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text(ENTRY, encoding="utf-8")
    bad.write_text(ENTRY, encoding="utf-8")
    real = parse_document.parse_bytes

    def faulty(data: bytes, *, path: str, **options: object) -> object:
        if path.endswith("bad.txt"):
            raise IndexError("string index out of range")
        return real(data, path=path, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(parse_document, "parse_bytes", faulty)
    report = run_sync(acheck([str(good), str(bad)], Config(offline=True)))
    by_path = {Path(d.path).name: d for d in report.documents}
    assert [f.label for f in by_path["good.txt"].footnotes] == ["1"]
    assert [(f.code, f.severity) for f in by_path["bad.txt"].findings] == [("parse-failed", "error")]
    assert "IndexError" in by_path["bad.txt"].findings[0].message


def test_an_input_error_still_stops_the_run(tmp_path: Path) -> None:
    # Near miss: an input the parser refuses (too large) is a usage error, as before.
    big = tmp_path / "big.txt"
    big.write_text(ENTRY * 10, encoding="utf-8")
    with pytest.raises(InputError):
        run_sync(acheck([str(big)], Config(offline=True, max_input_bytes=50)))
