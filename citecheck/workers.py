"""What the forkserver of a run's worker pool loads once, before it forks the workers.

:func:`citecheck.pipeline.page_facts_pool` names these modules as the forkserver's preload. A
worker unpickles Documents and FetchResults and runs :func:`~citecheck.tasks.verify_one` or
:func:`~citecheck.tasks.read_page`; what it needs for that — the verify stage (not the parser:
workers never parse), and the tables the page readers and claim checks load on first use — is
loaded here, in one process, and every worker forks with it (copy-on-write) instead of loading it
again. Measured
on the end-to-end benchmark (800 URLs, py-spy over the whole run): workers that forked from a
server that had imported only the page readers spent ~1.8 s importing and ~2.5 s loading the
sentence encoder between them, on the two cores the fetch's event loop needed too.

:mod:`citecheck.workers_encoder` adds the sentence encoder (runs that verify claims).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging

import citecheck.tasks  # noqa: F401  (what a worker runs; not the pipeline: see citecheck.tasks)
from citecheck import lazyre
from citecheck.config import Config
from citecheck.models import Citation, Document, FetchedBody, FetchResult, Footnote, LinkResult
from citecheck.pool import built_once, yield_cpu
from citecheck.verify import extract_page_facts, verify_documents

log = logging.getLogger(__name__)

# The server, and the workers it forks, yield the CPU to the run's main process (pool.NICENESS).
yield_cpu()

_PAGE = (
    b'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Grain exports resume | News</title>'
    b'<meta property="article:published_time" content="2025-11-03T09:00:00Z"></head><body><main><article>'
    b"<h1>Grain exports resume</h1><p>The ministry said on Monday that grain exports through the port "
    b"resumed after talks between the two governments, officials told reporters.</p></article></main>"
    b"</body></html>"
)
_CLAIM = "Grain exports through the port resumed after talks, the ministry said."


def warm() -> None:
    """Read one small page and verify one small document, so that what the page readers and the
    checks load on first use (language data, word lists, compiled patterns) is loaded here."""
    url = "https://news.example/grain"
    result = FetchResult(
        link=LinkResult(url=url, state="alive", http_status=200, checked_at=dt.datetime.now(dt.UTC)),
        response=FetchedBody(url=url, status=200, body=_PAGE, encoding="utf-8"),
    )
    footnote = Footnote(
        label="1",
        ordinal=1,
        raw=f"“Grain exports resume”, News, {url}, (Access Date: 14.11.2025).",
        title="Grain exports resume",
        publisher="News",
        url=url,
        urls=[url],
        access_date=dt.date(2025, 11, 14),
        line=3,
        column=1,
        link=result.link,
        page=extract_page_facts(result),
    )
    citation = Citation(label="1", claim=_CLAIM, paragraph=_CLAIM, line=1, column=71, paragraph_number=1)
    # The document the parser reads from "<claim>[1]" and that footnote, built here: workers never
    # parse, and importing the parser for it cost the server 0.2 s of CPU in every run.
    document = Document(
        path="warm-up.txt", format="text", language="en", footnotes=[footnote], citations=[citation]
    )
    asyncio.run(verify_documents([document], Config(offline=True)))


# A warm-up that fails costs the workers time, never the run. Then everything the server holds,
# which every worker forks with, is frozen out of the collector's walks (citecheck.pool.built_once).
with built_once():
    with contextlib.suppress(Exception):
        warm()
    # What the warm-up did not use, compiled here once rather than in each worker (citecheck.lazyre).
    with contextlib.suppress(Exception):
        lazyre.compile_all()
