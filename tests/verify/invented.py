"""Documents invented for the rule tests of the verify stage: sentences citing pages by label.

Each footnote cites ``https://example.org/<label>`` with a cited title, and its link is alive with
the page given (its title, language and main text), so a test states only what a rule reads.
"""

from __future__ import annotations

import datetime as dt

from citecheck.models import Citation, Document, Footnote, LinkResult, PageFacts

CHECKED_AT = dt.datetime(2026, 1, 15, 12, 0, tzinfo=dt.UTC)

Page = tuple[str, str, str]  # cited title, page language, page text


def invented_document(
    sentences: dict[str, str],
    pages: dict[str, Page],
    *,
    language: str,
    path: str = "invented.txt",
    title: str = "invented",
) -> Document:
    """A document whose sentence ``sentences[label]`` cites the page ``pages[label]``."""
    footnotes = [
        Footnote(
            label=label,
            ordinal=i + 1,
            raw=f"“{cited}”, https://example.org/{label}",
            title=cited,
            url=f"https://example.org/{label}",
            urls=[f"https://example.org/{label}"],
            line=100 + i,
            column=1,
            link=LinkResult(
                url=f"https://example.org/{label}",
                state="alive",
                http_status=200,
                content_type="text/html",
                checked_at=CHECKED_AT,
            ),
            page=PageFacts(title=cited, titles=[cited], text=text, language=page_language),
        )
        for i, (label, (cited, page_language, text)) in enumerate(pages.items())
    ]
    citations = [
        Citation(label=label, claim=sentence, paragraph=sentence, line=10 + i, column=1)
        for i, (label, sentence) in enumerate(sentences.items())
    ]
    return Document(path=path, title=title, language=language, footnotes=footnotes, citations=citations)
