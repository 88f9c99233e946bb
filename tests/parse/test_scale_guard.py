"""Parsing grows with the text, not with its square: a text of many one-line paragraphs (the offline
benchmark's shape, benchmarks/offline_scale.py) parses in seconds. The page-break joiner of the text
reader once took a one-line paragraph's "last line" for the whole text before it and scanned it for
every paragraph: 2 MB took 29 s, 20 MB minutes. A deadline far above the linear time (4 MB: ~4 s on a
loaded two-core machine) and far below the quadratic one (~120 s) tells them apart."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from citecheck.parse import parse_text

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from offline_scale import build


@pytest.mark.timeout(45)
def test_many_one_line_paragraphs_parse_in_linear_time() -> None:
    doc = parse_text(build(4000, 4), today=dt.date(2025, 12, 1))
    assert len(doc.footnotes) == 4000
    assert len(doc.citations) == 4000
