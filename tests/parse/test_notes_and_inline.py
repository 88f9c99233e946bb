"""Where notes sections found by heading (unlabelled and "(1)" lists) meet inline links, code
masking and ``no-citations``: each keeps working with the other in place."""

from __future__ import annotations

import pytest

from citecheck.models import Document
from citecheck.parse import parse_text
from citecheck.parse.blocks import Block, LinkSpan, ParagraphLocator
from citecheck.parse.regions import split_entry_lines

from .conftest import TODAY


def _md(source: str) -> Document:
    return parse_text(source, path="doc.md", fmt="markdown", today=TODAY)


def _codes(doc: Document) -> list[str]:
    return [f.code for f in doc.findings]


def test_a_note_aside_before_a_paragraph_does_not_open_a_notes_section() -> None:
    # gin-gonic/gin docs/doc.md: "Note:" then prose, and numbered how-to lists far below.
    doc = _md(
        "# Binding\n\nNote:\n\nBinding reads the body once, so a second bind sees nothing at all here.\n\n"
        "## Reuse\n\nSome text.\n\n1. Store the body before binding it.\n2. Bind again from the store.\n\n"
        "## Custom JSON\n\nMore text.\n\n1. Define a struct for the codec.\n2. Assign it before the engine starts.\n"
    )
    assert [fn for fn in doc.footnotes if fn.kind != "inline"] == []
    assert "duplicate-footnote" not in _codes(doc)


def test_a_reference_heading_over_links_does_not_take_later_numbered_lists() -> None:
    # gin-gonic/gin README: "API Reference" over one link, a "(1)" legend and a numbered list later.
    doc = _md(
        "# Gin\n\n## API Reference\n\n- **[Go.dev API Documentation](https://pkg.go.dev/x)** - API reference\n\n"
        "## Benchmarks\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n"
        "- (1): Total repetitions, higher is better\n- (2): Duration per repetition, lower is better\n\n"
        "## Contributing\n\n1. Check out our guidelines first\n2. Join the community discussions\n"
    )
    assert "duplicate-footnote" not in _codes(doc)
    assert [(fn.label, fn.url) for fn in doc.footnotes if fn.kind != "inline"] == [
        ("1", "https://pkg.go.dev/x")
    ]


def test_sub_headings_may_stand_between_the_heading_and_a_numbered_list() -> None:
    doc = _md(
        "Body sentence.[1] Another.[2]\n\n## References\n\n### Books\n\n"
        "1. Doe, J. (2020). *Water tariffs*. Acme.\n\n### Websites\n\n"
        "2. Acme (2023) “Tariff tables”. https://acme.example/b (Accessed: 3 March 2024).\n"
    )
    assert [(fn.label, fn.title) for fn in doc.footnotes] == [("1", "Water tariffs"), ("2", "Tariff tables")]
    assert [c.label for c in doc.citations] == ["1", "2"]


def test_links_of_an_unlabelled_reference_list_are_entries_not_inline_links() -> None:
    doc = _md(
        "# Report\n\nTariffs rose, as [the ministry](https://gov.example/t) said.\n\n## References\n\n"
        "- [Water tariffs in practice](https://acme.example/a) (Accessed: 3 March 2024).\n"
    )
    assert [(fn.label, fn.kind, fn.url) for fn in doc.footnotes] == [
        ("1", "footnote", "https://acme.example/a"),
        ("L1", "inline", "https://gov.example/t"),
    ]
    assert [c.label for c in doc.citations] == ["L1"]


def test_code_and_links_stay_with_a_block_split_into_entries() -> None:
    text = "[1] See `x[3]` here\n[2] A [page](https://a.example) too"
    block = Block(
        text=text,
        locator=ParagraphLocator(1),
        masked=[(9, 13)],
        link_spans=[LinkSpan("https://a.example", text.index("page"), text.index("page") + 4)],
    )
    first, second = split_entry_lines(block)
    assert [first.text[a:b] for a, b in first.masked] == ["x[3]"]
    assert [second.text[s.start : s.end] for s in second.link_spans] == ["page"]
    assert second.masked == [] and first.link_spans == []


def test_no_citations_still_fires_and_counts_only_bracketed_labels() -> None:
    doc = _md("Two steps: (1) ask, (2) check. See `x.[3]` in the code.\n")
    assert _codes(doc) == ["no-citations"]
    assert doc.findings[0].evidence["marker_like"] == 0
    assert "bracketed label" not in doc.findings[0].message


def test_bracketed_labels_are_counted_against_masked_spans_found_once_per_block(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Found again for every label, the spans made a line of 20,000 "[1]" take 5 s (100,000: minutes).
    from citecheck.parse import assemble

    calls = []
    found = assemble._masked
    monkeypatch.setattr(assemble, "_masked", lambda block: calls.append(1) or found(block))
    text = "Claim" + "[1]" * 300 + " in x[3] at https://a.example/[4] and [5].\n"
    doc = parse_text(text, fmt="text", today=TODAY)
    assert _codes(doc) == ["no-citations"]
    # The near miss: the label in the URL is not counted, the others all are.
    assert doc.findings[0].evidence["marker_like"] == 302
    assert len(calls) <= 3


def test_code_under_a_paren_labelled_list_is_still_no_marker() -> None:
    doc = _md(
        "Tariffs rose (1). The call `f (2)` is code.\n\n## Sources\n\n"
        "(1) https://acme.example/a\n\n(2) https://acme.example/b\n"
    )
    assert [c.label for c in doc.citations] == ["1"]
    assert "orphan-footnote" in _codes(doc)


def test_html_inline_link_titles_keep_their_own_emphasis_rule() -> None:
    # html.py holds two tag sets: <cite>/<q> make a link's anchor a title; <b>/<strong> only mark
    # entry titles. A merge once let the second set replace the first.
    doc = parse_text(
        "<html><body><p>A claim, see <cite><a href='https://a.example/x'>Water tariffs</a></cite>.</p>"
        "<p>Another, see <strong><a href='https://a.example/y'>here and there</a></strong>.</p></body></html>",
        path="doc.html",
        fmt="html",
        today=TODAY,
    )
    assert [(fn.url, fn.title) for fn in doc.footnotes if fn.kind == "inline"] == [
        ("https://a.example/x", "Water tariffs"),
        ("https://a.example/y", None),
    ]


_AFTER_THE_NOTES = (
    "# Widget tariffs\n\nTariffs rose in March.[1] Gadgets followed.[2]\n\n"
    "## Notes\n\n"
    "[1] “Widget tariffs rise”, Acme News, https://news.example/widgets (Accessed: 03.03.2024).\n\n"
    "[2] “Gadgets follow”, Acme News, https://news.example/gadgets (Accessed: 03.03.2024).\n\n"
    "## About the author\n\n"
    "She writes at [her blog](https://blog.example/jane) and keeps the data on "
    "[the lab's site](https://lab.example/data). See also [3].\n"
)


def test_links_after_the_notes_are_links_of_the_text_and_markers_there_cite_nothing() -> None:
    # A "License", "About the author" or "Further reading" paragraph after the notes: its links are
    # followed by readers and were checked by no one (lychee checks them); a "[3]" there is no
    # marker of a missing note.
    doc = _md(_AFTER_THE_NOTES)
    assert [(fn.label, fn.kind, fn.url) for fn in doc.footnotes] == [
        ("1", "footnote", "https://news.example/widgets"),
        ("2", "footnote", "https://news.example/gadgets"),
        ("L1", "inline", "https://blog.example/jane"),
        ("L2", "inline", "https://lab.example/data"),
    ]
    assert "missing-footnote" not in _codes(doc)
    assert [c.label for c in doc.citations] == ["1", "2", "L1", "L2"]


def test_links_after_the_notes_of_a_saved_page_stay_unread() -> None:
    # Near miss: on an HTML page the text after the notes is mostly the site's own (Wikipedia's
    # "Retrieved from" permanent link, category and authority-control links, a publisher's footer).
    html = (
        "<html><body><p>Tariffs rose in March.<sup><a href='#n1'>[1]</a></sup></p>"
        "<h2>References</h2><ol><li id='n1'>“Widget tariffs rise”, Acme News, "
        "<a href='https://news.example/widgets'>https://news.example/widgets</a>.</li></ol>"
        "<p>Retrieved from <a href='https://wiki.example/w/index.php?oldid=1'>https://wiki.example/w/index.php?oldid=1</a></p>"
        "</body></html>"
    )
    doc = parse_text(html, path="page.html", fmt="html", today=TODAY)
    assert [fn.kind for fn in doc.footnotes] == ["footnote"]
