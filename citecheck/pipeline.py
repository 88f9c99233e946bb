"""parse → fetch → archive → verify → Report: the only module that knows the order of the stages.

The CLI, the service and the audit all call :func:`acheck` (or :func:`check`, its sync twin).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import re
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import httpx

from citecheck._version import __version__
from citecheck.archive import archive_documents
from citecheck.config import Config, today_for
from citecheck.fetch import HostLimiter, fetch_all
from citecheck.link_findings import link_findings
from citecheck.models import SEVERITY_RANK, Document, FetchResult, Finding, PageFacts, Report, summarize
from citecheck.parse import expand_inputs, parse_input
from citecheck.verify import extract_page_facts, verify_documents

ProgressHook = Callable[[int, int], None]
ResultHook = Callable[[str, FetchResult], None]
Input = str | Path | Document


def parse_inputs(inputs: Sequence[Input], config: Config) -> list[Document]:
    """Parse every input (paths, globs, directories, ``-`` for stdin, or ready Documents)."""
    today = today_for(config)
    documents: list[Document] = []
    for item in inputs:
        if isinstance(item, Document):
            documents.append(item)
            continue
        for source in expand_inputs([str(item)]):
            documents.append(
                parse_input(
                    source, today=today, inline_links=config.inline_links, max_bytes=config.max_input_bytes
                )
            )
    return documents


def unique_urls(documents: Sequence[Document]) -> list[str]:
    """Every distinct cited URL, in order of first appearance across the run."""
    seen: dict[str, None] = {}
    for doc in documents:
        for fn in doc.footnotes:
            if fn.url:
                seen.setdefault(fn.url, None)
    return list(seen)


async def acheck(
    inputs: Sequence[Input],
    config: Config,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    progress: ProgressHook | None = None,
    prefetched: Mapping[str, FetchResult] | None = None,
    validators: Mapping[str, tuple[str | None, str | None]] | None = None,
    on_result: ResultHook | None = None,
    limiter: HostLimiter | None = None,
) -> Report:
    """Run the whole pipeline over ``inputs`` and return the Report.

    ``prefetched`` supplies results for URLs that must not be fetched again (the audit's
    not-yet-due links); ``validators`` (etag, last-modified) make conditional requests;
    ``on_result`` sees each fresh result as soon as it is known (the audit persists it);
    ``limiter`` shares per-host politeness across runs (the service, a worker fleet).
    """
    started = time.monotonic()
    documents = parse_inputs(inputs, config)
    network_unavailable = False
    if not config.offline:
        known = dict(prefetched or {})
        to_fetch = [url for url in unique_urls(documents) if url not in known]
        facts: dict[str, PageFacts | None] = {
            url: extract_page_facts(result) for url, result in known.items() if result.response is not None
        }

        def read_page(url: str, result: FetchResult) -> None:
            # Page facts are read as each response arrives, so bodies need not outlive the fetch
            # (unless the archive wants them).
            if result.response is not None:
                facts[url] = extract_page_facts(result)
            if on_result is not None:
                on_result(url, result)

        run = await fetch_all(
            to_fetch,
            config,
            transport=transport,
            progress=progress,
            validators=validators,
            on_result=read_page,
            keep_responses=config.archive,
            limiter=limiter,
        )
        network_unavailable = run.network_unavailable
        results = {**known, **run.results}
        for doc in documents:
            for fn in doc.footnotes:
                if fn.url and fn.url in results:
                    fn.link = results[fn.url].link
                    fn.page = facts.get(fn.url)
                    doc.findings.extend(link_findings(fn))
        if not network_unavailable:
            await archive_documents(documents, run.results, config, transport=transport)
    if config.verify:
        await verify_documents(documents, config, transport=transport)
    for doc in documents:
        doc.findings = finalize_findings(doc, config)
    summary = summarize(documents, network_unavailable=network_unavailable)
    summary.elapsed_ms = int((time.monotonic() - started) * 1000)
    return Report(
        version=__version__,
        generated_at=dt.datetime.now(dt.UTC).replace(microsecond=0),
        documents=documents,
        summary=summary,
    )


def check(
    inputs: Sequence[Input],
    config: Config | None = None,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    progress: ProgressHook | None = None,
) -> Report:
    """Synchronous twin of :func:`acheck` for library and CLI users."""
    return asyncio.run(acheck(inputs, config or Config(), transport=transport, progress=progress))


def _ignored(finding: Finding, doc: Document, config: Config) -> bool:
    url = None
    if finding.label is not None:
        url = next((fn.url for fn in doc.footnotes if fn.label == finding.label), None)
    for rule in config.ignore:
        if rule.code and rule.code != finding.code:
            continue
        if rule.url and not (url and re.search(rule.url, url)):
            continue
        if rule.document and not (doc.path == rule.document or doc.path.endswith("/" + rule.document)):
            continue
        if rule.label and rule.label != finding.label:
            continue
        return True
    return False


def finalize_findings(doc: Document, config: Config) -> list[Finding]:
    """Apply severity overrides and the ignore list; order findings by location then severity."""
    kept: list[Finding] = []
    for finding in doc.findings:
        override = config.severity.get(finding.code)
        if override is None and finding.code == "no-citations" and config.require_citations:
            override = "error"
        if override == "off" or _ignored(finding, doc, config):
            continue
        if override is not None:
            finding = finding.model_copy(update={"severity": override})
        kept.append(finding)
    kept.sort(key=lambda f: (f.line or 0, f.column or 0, -SEVERITY_RANK[f.severity], f.code))
    return kept


def worst_severity_at_least(report: Report, threshold: str) -> bool:
    """True when any finding is at or above ``threshold`` (the CLI's exit code 1)."""
    floor = SEVERITY_RANK[threshold]
    return any(SEVERITY_RANK[f.severity] >= floor for d in report.documents for f in d.findings)
