"""What a run's worker processes do: read a page, verify a document.

:func:`citecheck.pipeline.page_facts_pool`'s workers run these; the main process names them when it
hands work over (a pickled function is its module and name), so this module is light: importing it
loads neither the fetch nor the verify stage. Each task imports what it needs on first use, and the
workers' forkserver has loaded that already (:mod:`citecheck.workers`). Workers that imported the
whole pipeline (the fetch stage's HTTP stack, the archive, the reports) for these two functions
carried memory they never used: the forkserver of the 800-URL end-to-end benchmark peaked at 151 MB
of RSS with the pipeline imported, 143–146 MB without (144 MB for the same imports alone).
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import TYPE_CHECKING

from citecheck.config import Config
from citecheck.models import Document, FetchResult, Finding, PageFacts

if TYPE_CHECKING:  # a worker never imports httpx (see citecheck.verify.judge)
    import httpx


def page_key(result: FetchResult) -> tuple[object, ...] | None:
    """What :func:`read_page` reads of ``result``, or None when it cannot be told cheaply.

    Two results with one key have the same page facts: the decoded body (by its sha256, the
    fetch's ``content_hash``), the content types and charset it is decoded by, and the day it was
    fetched, which bounds its dates. The page's URL is not part of it: trafilatura reads it only to
    resolve links and images, which the main text leaves out (``verify.facts._extractor``); the
    739 HTML pages of the simulated web and fixtures/web read under two unrelated URLs gave
    identical facts. Many URLs of a site answer one body — its "not found" page, a wall, the page
    a moved section redirects to: 123 of the 769 bodies of the 800-URL end-to-end benchmark
    (benchmarks/e2e.py), 439 of 2,515 at 2,608 URLs, which the run then reads once each.
    """
    response = result.response
    if response is None or not result.link.content_hash:
        return None
    header = next((value for key, value in response.response_headers if key.lower() == "content-type"), "")
    checked = result.link.checked_at
    return (
        result.link.content_hash,
        result.link.content_type,
        header,
        response.encoding,
        checked.date() if checked is not None else None,
    )


def read_page(result: FetchResult, fragments: Sequence[str] = ()) -> PageFacts | None:
    """:func:`citecheck.verify.extract_page_facts`, imported on first use; ``fragments``: the parts
    of the page (``#section``) the run's citations point at."""
    from citecheck.verify import extract_page_facts
    from citecheck.verify.textmatch import release_locale_data

    try:
        return extract_page_facts(result, fragments)
    finally:
        release_locale_data()


async def verify_documents(
    documents: Sequence[Document], config: Config, *, transport: httpx.AsyncBaseTransport | None = None
) -> None:
    """:func:`citecheck.verify.verify_documents`, imported on first use."""
    from citecheck.verify import verify_documents as verify

    await verify(list(documents), config, transport=transport)


def verify_one(document: Document, config: Config, vectors: str | None = None) -> list[Finding]:
    """Verify one document (in a worker process) and return the findings verification added.

    ``vectors``: the folder the run's workers share sentence vectors through
    (:func:`citecheck.verify.semantic.share_vectors`), or None."""
    if vectors is not None:
        from pathlib import Path

        from citecheck.verify import semantic

        semantic.share_vectors(Path(vectors))
    from citecheck.verify.textmatch import release_locale_data

    before = len(document.findings)
    try:
        asyncio.run(verify_documents([document], config))
    finally:
        release_locale_data()
    return document.findings[before:]
