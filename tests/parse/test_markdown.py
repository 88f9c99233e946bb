"""The Markdown reader: front matter, footnote definitions (named, multi-paragraph, with links),
code fences, inline markup stripped without losing positions."""

from __future__ import annotations

import datetime as dt

from citecheck.models import Document
from citecheck.parse import parse_text

from .conftest import ANALYSES, TODAY

SEED_MD = (ANALYSES / "armenia-russia-analysis.md").read_text(encoding="utf-8")


def _parse_md(source: str) -> Document:
    return parse_text(source, path="analysis.md", fmt="markdown", today=TODAY)


def test_front_matter_title_and_date() -> None:
    doc = _parse_md('---\ntitle: "Front Matter Title"\ndate: 2025-11-15\n---\n\n' + SEED_MD)
    assert doc.title == "Front Matter Title"
    assert doc.date == dt.date(2025, 11, 15)
    assert len(doc.footnotes) == 7
    # Positions still count the front matter lines.
    lines = ("x\n" * 5 + SEED_MD).splitlines()
    for citation in doc.citations:
        assert lines[citation.line - 1][citation.column - 1 :].startswith(f"[^{citation.label}]")


def test_markers_in_code_are_not_markers() -> None:
    doc = _parse_md(
        SEED_MD + "\n```\nexample[^8] and [^9]: not a note\n```\n\n    indented[^1] code is still text here\n"
    )
    assert [fn.label for fn in doc.footnotes] == ["1", "2", "3", "4", "5", "6", "7"]
    assert "missing-footnote" not in {f.code for f in doc.findings}


def test_named_and_multi_paragraph_definitions_with_links() -> None:
    source = (
        "# Corridors\n\n"
        "The **ministry** confirmed the _route_.[^route] It was [reported](https://example.org/report) widely.[^2]\n\n"
        "[^route]: “Route confirmed”, [Example News](https://news.example.org/route),\n"
        "    (Access Date: 14.11.2025).\n\n"
        "    A second paragraph of the same note.\n\n"
        "[^2]: “Wide coverage”, Example Wire, <https://wire.example.org/coverage>, Accessed 14 November 2025.\n"
    )
    doc = _parse_md(source)
    assert doc.title == "Corridors"
    route, second, inline = doc.footnotes
    # The link in the body is an inline citation; "reported" is no title.
    assert (inline.kind, inline.label, inline.url, inline.title) == (
        "inline",
        "L1",
        "https://example.org/report",
        None,
    )
    assert (route.label, route.ordinal, route.title, route.url) == (
        "route",
        1,
        "Route confirmed",
        "https://news.example.org/route",
    )
    assert route.access_date == dt.date(2025, 11, 14)
    assert "A second paragraph of the same note." in route.raw
    assert (second.label, second.url) == ("2", "https://wire.example.org/coverage")
    assert [(c.label, c.claim) for c in doc.citations] == [
        ("route", "The ministry confirmed the route."),
        ("L1", "It was reported widely."),
        ("2", "It was reported widely."),
    ]
    lines = source.splitlines()
    assert lines[doc.citations[0].line - 1][doc.citations[0].column - 1 :].startswith("[^route]")
    assert doc.findings == []


def test_html_superscripts_inside_markdown() -> None:
    doc = _parse_md(
        "A claim.<sup>1</sup> Another.\n\n1. “Title”, Publisher, https://example.org/a, (Access Date: 14.11.2025).\n"
    )
    assert [c.label for c in doc.citations] == ["1"]
    assert doc.citations[0].claim == "A claim."
    assert doc.footnotes[0].title == "Title"


def test_setext_title_and_typed_bracket_notes() -> None:
    source = "Corridors\n=========\n\nA claim.[1]\n\n[1] “Title”, Publisher, https://example.org/a, (Access Date: 14.11.2025).\n"
    doc = _parse_md(source)
    assert doc.title == "Corridors"
    assert [(fn.label, fn.title) for fn in doc.footnotes] == [("1", "Title")]
    assert doc.findings == []


def test_a_paragraph_opening_with_a_marker_is_body_text() -> None:
    doc = _parse_md(
        "[^1] Opening with a marker is odd but legal.\n\n[^1]: “Title”, P, https://example.org/a, Accessed 14.11.2025.\n"
    )
    assert [(c.label, c.claim) for c in doc.citations] == [("1", "Opening with a marker is odd but legal.")]
    assert [fn.label for fn in doc.footnotes] == ["1"]


def test_a_url_in_brackets_before_parentheses_ends_at_the_bracket() -> None:
    # "[URL](Title)": link text and target swapped (en-ieee-test-pyramid.md of the parse eval); the
    # bare URL must not run on into "](Title", for the entry nor for an inline link.
    doc = _parse_md(
        "A claim.[1] See [https://example.org/b](Other Page) too.\n\n"
        "[1] Site, 'Page', 2018. Available: [https://example.org/a](Page Title). [Accessed: 06 - Feb - 2019]\n"
    )
    assert [fn.url for fn in doc.footnotes] == ["https://example.org/a", "https://example.org/b"]


def test_plain_text_runs_never_import_the_markdown_block_parser() -> None:
    # The CLI's start pays for every module the check of a text or HTML input imports:
    # markdown-it is built on first use by a Markdown input only (parse/markdown.py).
    import subprocess
    import sys

    probe = (
        "import sys, datetime as dt\n"
        "import citecheck.cli, citecheck.pipeline\n"
        "from citecheck.parse import parse_text\n"
        "parse_text('Grain exports resumed.[1]\\n\\n[1] \"Grain\", News, https://news.example/g', "
        "path='a.txt', today=dt.date(2025, 11, 14))\n"
        "print('markdown_it' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
    document = parse_text(
        "Text.[^1]\n\n    code = xs[1]\n\n[^1]: A note, https://a.example/x\n", path="a.md", today=TODAY
    )
    assert [f.url for f in document.footnotes] == ["https://a.example/x"]  # the parser, built on first use
