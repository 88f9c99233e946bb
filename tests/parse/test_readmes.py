"""Real READMEs and docs pages (fixtures/readmes, provenance in its README) and this repository's
own README: an offline check finds no error in any of them — no false markers in code, reference
links, URLs, index expressions or exponents — and finds their links as inline citations."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin

from citecheck.config import Config
from citecheck.parse import parse_bytes
from citecheck.parse.markdown import read_markdown
from citecheck.pipeline import check

ROOT = Path(__file__).resolve().parents[2]
READMES = ROOT / "fixtures" / "readmes"
CALIBRATED = sorted(p for p in READMES.glob("*.md") if p.name != "README.md")
HELD_BACK = sorted((READMES / "held-back").glob("*.md"))
# This repository's own documentation besides its README: the fixtures' READMEs (provenance, eval
# records) and docs/ (the evaluation and benchmark records), which quote markers and URLs in prose and tables.
OWN_DOCS = sorted(p for p in (ROOT / "fixtures").rglob("README.md") if "documents" not in p.parts) + sorted(
    (ROOT / "docs").glob("*.md")
)
OFFLINE = Config(offline=True, today="2026-01-01")


def test_the_collection_is_large_and_varied_enough() -> None:
    assert len(CALIBRATED) + len(HELD_BACK) >= 20
    provenance = (READMES / "README.md").read_text(encoding="utf-8")
    for path in [*CALIBRATED, *HELD_BACK]:
        assert path.name in provenance, f"{path.name} has no provenance row"


@pytest.mark.parametrize(
    "path",
    [ROOT / "README.md", *OWN_DOCS, *CALIBRATED, *HELD_BACK],
    ids=lambda p: str(p.relative_to(ROOT)),
)
def test_no_errors_offline(path: Path) -> None:
    (doc,) = check([path], OFFLINE).documents
    errors = [f"{f.line}:{f.column} {f.code} {f.message}" for f in doc.findings if f.severity == "error"]
    assert errors == []


def test_links_of_the_readmes_are_inline_citations() -> None:
    documents = [parse_bytes(path.read_bytes(), path=str(path)) for path in CALIBRATED]
    inline = [fn for doc in documents for fn in doc.footnotes if fn.kind == "inline"]
    assert len(inline) > 1000
    assert all(fn.url and fn.url.startswith(("http://", "https://")) for fn in inline)
    # Labels run L1, L2, … per document, in order of first appearance.
    for doc in documents:
        labels = [fn.label for fn in doc.footnotes if fn.kind == "inline"]
        assert labels == [f"L{n}" for n in range(1, len(labels) + 1)]


def _commonmark_links(source: str) -> Counter[str]:
    """The web links CommonMark's reference parser (markdown-it-py) finds: the truth to meet."""
    parser = MarkdownIt("commonmark").use(footnote_plugin)
    return Counter(
        str(child.attrs.get("href", ""))
        for token in parser.parse(source)
        for child in token.children or []
        if child.type == "link_open"
        and str(child.attrs.get("href", "")).lower().startswith(("http://", "https://"))
    )


@pytest.mark.parametrize("part", ["calibrated", "held-back"])
def test_links_found_are_commonmarks_links(part: str) -> None:
    """Recall of Markdown links against markdown-it-py's full inline parse (links wrapped over
    lines, reference links, links in lists and quotes); bare URLs and <a href> come on top."""
    normalize = MarkdownIt("commonmark").normalizeLink
    truth: Counter[str] = Counter()
    found: Counter[str] = Counter()
    for path in CALIBRATED if part == "calibrated" else HELD_BACK:
        source = path.read_text(encoding="utf-8")
        expected = _commonmark_links(source)
        mine = Counter(normalize(link.url) for b in read_markdown(source).blocks for link in b.link_spans)
        truth += expected
        found += expected & mine
    assert sum(found.values()) / sum(truth.values()) >= 0.995
