"""Inline links as citations (labels L1, L2, …), code that never holds markers, and the
``no-citations`` warning for documents with nothing citeable."""

from __future__ import annotations

from citecheck.models import Document
from citecheck.parse import parse_text

from .conftest import TODAY


def _md(source: str, *, inline_links: bool = True) -> Document:
    return parse_text(source, path="doc.md", fmt="markdown", today=TODAY, inline_links=inline_links)


def _html(source: str) -> Document:
    return parse_text(source, path="doc.html", fmt="html", today=TODAY)


def _codes(doc: Document) -> list[str]:
    return [f.code for f in doc.findings]


def _inline(doc: Document) -> list[tuple[str, str | None, str | None]]:
    return [(fn.label, fn.url, fn.title) for fn in doc.footnotes if fn.kind == "inline"]


def test_a_markdown_link_is_an_inline_citation_with_its_sentence() -> None:
    doc = _md(
        "# Tariffs\n\nWater got dearer in 2024. See [the ministry's figures](https://example.org/999999). "
        "Nothing else changed.\n"
    )
    assert _inline(doc) == [("L1", "https://example.org/999999", None)]
    (citation,) = doc.citations
    assert (citation.label, citation.claim) == ("L1", "See the ministry's figures.")
    assert (citation.line, citation.column) == (3, 32)
    # No apparatus, so none of the entry checks (access date, numbering, orphans) apply.
    assert doc.findings == []


def test_each_distinct_url_is_one_entry_cited_where_it_appears() -> None:
    doc = _md(
        "One [a](https://example.org/a). Two <https://example.org/b>. "
        'Three https://example.org/a, again.\n\nFour [again](https://example.org/b "title"). '
        "Five [https://example.org/a](https://example.org/a).\n"
    )
    assert [(label, url) for label, url, _ in _inline(doc)] == [
        ("L1", "https://example.org/a"),
        ("L2", "https://example.org/b"),
    ]
    assert [c.label for c in doc.citations] == ["L1", "L2", "L1", "L2", "L1"]
    assert doc.citations[2].claim == "Three https://example.org/a, again."
    assert [fn.ordinal for fn in doc.footnotes] == [1, 2]


def test_reference_links_are_links_not_markers() -> None:
    doc = _md(
        "The [Node.js website][] and the [report][1] say so, as does [1].\n\n"
        "[Node.js website]: https://nodejs.org/\n[1]: <https://example.org/report> 'Report'\n"
    )
    assert [url for _, url, _ in _inline(doc)] == ["https://nodejs.org/", "https://example.org/report"]
    assert "missing-footnote" not in _codes(doc)
    assert [c.label for c in doc.citations] == ["L1", "L2", "L2"]


def test_anchor_text_is_the_title_only_where_it_reads_as_one() -> None:
    doc = _md(
        "# Reading\n\nRead *[Water tariffs in practice](https://example.org/t)* first.\n\n"
        "Or click [here](https://example.org/h) and [this report](https://example.org/r).\n\n"
        "- [Netflix Tech Blog](https://example.org/n)\n"
        "- [Official website](https://example.org/o)\n"
        "- [PDF](https://example.org/p1) and [PDF](https://example.org/p2)\n\n"
        "Bare: https://example.org/u and the [“Annual Water Report”](https://example.org/q).\n\n"
        "[![A screenshot of the water search](https://example.org/s.png)](https://example.org/i)\n"
    )
    titles = {url.rsplit("/", 1)[1]: title for _, url, title in _inline(doc) if url}
    assert titles == {
        "t": "Water tariffs in practice",
        "h": None,
        "r": None,
        "n": "Netflix Tech Blog",
        "o": None,  # two words standing alone: a label, not a title
        "p1": None,
        "p2": None,
        "u": None,
        "q": "Annual Water Report",
        "i": None,  # an image's alt text describes the image
    }


def test_inline_links_can_be_turned_off() -> None:
    doc = _md("See [the figures](https://example.org/f).\n", inline_links=False)
    assert doc.footnotes == [] and doc.citations == []
    (finding,) = doc.findings
    assert finding.code == "no-citations" and finding.severity == "warning"
    assert "1 link in the text (inline links are off)" in finding.message


def test_links_inside_footnote_entries_are_not_inline_citations() -> None:
    doc = _md(
        "A claim.[^1] See [the site](https://example.org/site) and [the source](https://example.org/a).\n\n"
        "[^1]: “Title”, [Publisher](https://example.org/a), (Access Date: 14.11.2025).\n"
    )
    assert [(fn.kind, fn.label, fn.url) for fn in doc.footnotes] == [
        ("footnote", "1", "https://example.org/a"),
        ("inline", "L1", "https://example.org/site"),
    ]
    assert doc.findings == []


def test_html_body_links_are_citations_but_not_navigation_notes_or_self_links() -> None:
    doc = _html(
        """<html><head><link rel="canonical" href="https://blog.example/post"></head><body>
<nav><a href="https://blog.example/">Home</a></nav>
<div class="menu"><a href="https://blog.example/about">About</a></div>
<article>
<h1>Post</h1>
<p>Prices rose, says <a href="https://stats.example/cpi">the statistics office</a>.<sup><a href="#fn1">1</a></sup>
Write <a href="mailto:me@blog.example">me</a>, or jump <a href="#part2">below</a> or
<a href="https://blog.example/post#part2">here</a>.</p>
<p>See <cite><a href="https://example.org/w">Water tariffs in practice</a></cite>.</p>
<p>Tags: <a rel="tag" href="https://blog.example/tag/water">water</a>, licence
<a rel="license" href="https://creativecommons.org/licenses/by/4.0/">CC BY</a>.</p>
<ol class="footnotes"><li id="fn1">“Source”, https://example.org/s, (Access Date: 14.11.2025).</li></ol>
</article>
<footer><a href="https://blog.example/privacy">Privacy</a></footer>
</body></html>"""
    )
    assert _inline(doc) == [
        ("L1", "https://stats.example/cpi", None),
        ("L2", "https://example.org/w", "Water tariffs in practice"),
    ]
    assert [c.label for c in doc.citations] == ["L1", "1", "L2"]
    assert doc.citations[0].claim == "Prices rose, says the statistics office."
    assert doc.citations[0].line == 6


def test_code_never_holds_markers() -> None:
    doc = _md(
        "Intro text.\n\n"
        "Use `xs[1]` or <code>arr[2]</code> here.\n\n"
        "```python\nprint(arr[1])\n```\n\n"
        "    indented[3] code block\n\n"
        "<pre>\nitems[1]\n</pre>\n\n"
        "- a list\n\n      nested code? no, a paragraph of the item [4] with a space\n"
    )
    assert "missing-footnote" not in _codes(doc)
    html = _html("<article><p>Call <code>xs[1]</code>.</p><pre>arr[2] = 1\n</pre></article>")
    assert "missing-footnote" not in _codes(html)


def test_index_expressions_in_plain_text_are_not_markers() -> None:
    doc = parse_text("The loop reads arr[1] = 5 and then xs[2].strip() again.\n", today=TODAY)
    assert _codes(doc) == ["no-citations"]
    assert "bracketed label" in doc.findings[0].message


def test_exponents_are_not_markers() -> None:
    doc = _md(
        "| Sort | Worst |\n| --- | --- |\n| Bubble | n<sup>2</sup> |\n| Shell | (log(n))<sup>2</sup> |\n"
    )
    assert "missing-footnote" not in _codes(doc)


def test_no_citations_says_what_it_saw() -> None:
    doc = parse_text(
        # An unlabelled item under the heading that cites a year would be an entry (i10-styles).
        "A draft.\n\nIt cites https://example.org/a in passing.\n\nReferences\n\nTo be written.\n",
        today=TODAY,
    )
    (finding,) = doc.findings
    assert finding.code == "no-citations"
    assert "looked for footnote markers" in finding.message
    assert "“References” section" in finding.message
    assert "1 URL in the text not attached to any footnote" in finding.message
    assert finding.evidence["unattached_urls"] == 1


def test_a_document_with_footnotes_gets_no_no_citations() -> None:
    doc = parse_text("A claim.[1]\n\n[1] “Title”, https://example.org/a, (Access Date: 14.11.2025).\n")
    assert "no-citations" not in _codes(doc)
