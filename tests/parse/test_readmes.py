"""Real READMEs and docs pages (fixtures/readmes, provenance in its README) and this repository's
own README: an offline check finds no error in any of them — no false markers in code, reference
links, URLs, index expressions or exponents — and finds their links as inline citations."""

from __future__ import annotations

from pathlib import Path

import pytest

from citecheck.config import Config
from citecheck.pipeline import check

ROOT = Path(__file__).resolve().parents[2]
READMES = ROOT / "fixtures" / "readmes"
CALIBRATED = sorted(p for p in READMES.glob("*.md") if p.name != "README.md")
HELD_BACK = sorted((READMES / "held-back").glob("*.md"))
OFFLINE = Config(offline=True, today="2026-01-01")


def test_the_collection_is_large_and_varied_enough() -> None:
    assert len(CALIBRATED) + len(HELD_BACK) >= 20
    provenance = (READMES / "README.md").read_text(encoding="utf-8")
    for path in [*CALIBRATED, *HELD_BACK]:
        assert path.name in provenance, f"{path.name} has no provenance row"


@pytest.mark.parametrize(
    "path",
    [ROOT / "README.md", *CALIBRATED, *HELD_BACK],
    ids=lambda p: p.name,
)
def test_no_errors_offline(path: Path) -> None:
    (doc,) = check([path], OFFLINE).documents
    errors = [f"{f.line}:{f.column} {f.code} {f.message}" for f in doc.findings if f.severity == "error"]
    assert errors == []


def test_links_of_the_readmes_are_inline_citations() -> None:
    report = check(CALIBRATED, OFFLINE)
    inline = [fn for doc in report.documents for fn in doc.footnotes if fn.kind == "inline"]
    assert len(inline) > 1000
    assert all(fn.url and fn.url.startswith(("http://", "https://")) for fn in inline)
    # Labels run L1, L2, … per document, in order of first appearance.
    for doc in report.documents:
        labels = [fn.label for fn in doc.footnotes if fn.kind == "inline"]
        assert labels == [f"L{n}" for n in range(1, len(labels) + 1)]
