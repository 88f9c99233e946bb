"""The archive stage of the pipeline: keep every cited response in WARC, measure content drift
against the earliest capture, and find public copies of sources that died or changed."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import os
import sqlite3
from dataclasses import dataclass

import httpx

from citecheck.archive.drift import Drift, compare_texts
from citecheck.archive.local import Archive
from citecheck.archive.robust import robust_link
from citecheck.archive.wayback import Lookup, WaybackCapture, WaybackClient
from citecheck.config import Config, today_for
from citecheck.errors import ConfigError
from citecheck.fetch import make_client
from citecheck.findings import finding_at
from citecheck.models import BROKEN_STATES, ArchiveRef, Capture, Document, FetchResult, Footnote

LIVE_STATES = frozenset({"alive", "redirected"})

log = logging.getLogger(__name__)


@dataclass
class Source:
    """One cited URL as this run saw it: its capture, and its drift from the earliest capture."""

    url: str
    result: FetchResult
    capture: Capture | None = None
    baseline: Capture | None = None
    drift: Drift | None = None

    @property
    def broken(self) -> bool:
        return self.result.link.state in BROKEN_STATES

    @property
    def drifted(self) -> bool:
        return self.drift is not None and self.drift.drifted


def read_date(footnote: Footnote, document: Document, config: Config) -> dt.date:
    """When the author read the source: the access date, else the document's date, else today."""
    return footnote.access_date or document.date or today_for(config)


def _page_text(documents: list[Document], url: str) -> str | None:
    for document in documents:
        for footnote in document.footnotes:
            if footnote.url == url and footnote.page is not None and footnote.page.text:
                return footnote.page.text
    return None


def record_sources(
    archive: Archive, documents: list[Document], results: dict[str, FetchResult], config: Config
) -> dict[str, Source]:
    """Write every response to the archive and compare each live page with its earliest capture."""
    sources: dict[str, Source] = {}
    for url, result in results.items():
        source = Source(url, result)
        sources[url] = source
        text = _page_text(documents, url)
        try:
            source.baseline = archive.earliest_capture(url)
            earliest = archive.earliest_text(url)
            if result.response is not None:
                source.capture = archive.record(result, text=text)
        except (OSError, sqlite3.Error, ValueError) as exc:
            # A source the disk (or warcio) would not take must not cost the others their copy.
            log.warning("archive: could not keep %s: %s", url, exc)
            continue
        unchanged = (
            source.capture is not None
            and source.baseline is not None
            and source.capture.digest == source.baseline.digest
        )
        # The same bytes as the baseline cannot have drifted, whatever today's text extraction says.
        if earliest is not None and text and not unchanged and result.link.state in LIVE_STATES:
            source.drift = compare_texts(earliest, text, config.thresholds.drift_min_similarity)
    return sources


def _credentials(config: Config) -> tuple[str, str] | None:
    access = config.ia_access_key or os.environ.get("IA_ACCESS_KEY")
    secret = config.ia_secret_key or os.environ.get("IA_SECRET_KEY")
    return (access, secret) if access and secret else None


async def consult_wayback(
    wayback: WaybackClient,
    documents: list[Document],
    sources: dict[str, Source],
    config: Config,
) -> tuple[dict[tuple[str, dt.date], Lookup], dict[str, Lookup]]:
    """Look up copies of broken and drifted sources near each access date; save live ones if asked."""
    wanted: dict[tuple[str, dt.date], None] = {}
    for document in documents:
        for footnote in document.footnotes:
            source = sources.get(footnote.url or "")
            if source is not None and (source.broken or source.drifted):
                wanted.setdefault((source.url, read_date(footnote, document, config)), None)
    lookups: dict[tuple[str, dt.date], Lookup] = {}
    saves: dict[str, Lookup] = {}
    if config.wayback and wanted:
        answers = await asyncio.gather(*(wayback.nearest(url, at) for url, at in wanted))
        lookups = dict(zip(wanted, answers, strict=True))
        for (url, at), lookup in lookups.items():
            if lookup.error:
                log.warning("wayback: no answer for %s near %s: %s", url, at, lookup.error)
    if config.save:
        credentials = _credentials(config)
        live = [url for url, source in sources.items() if source.result.link.state in LIVE_STATES]
        if credentials is None and live:
            log.warning("save: Save Page Now needs IA_ACCESS_KEY and IA_SECRET_KEY; nothing submitted")
        elif credentials is not None and live:
            access, secret = credentials
            answers = await asyncio.gather(
                *(wayback.save(url, access_key=access, secret_key=secret) for url in live)
            )
            saves = dict(zip(live, answers, strict=True))
            for lookup in saves.values():
                if lookup.error:
                    log.warning("save: %s", lookup.error)
    return lookups, saves


def _capture_evidence(capture: Capture) -> dict[str, object]:
    return {
        "url": capture.url,
        "captured_at": capture.captured_at.isoformat(),
        "warc": capture.warc,
        "offset": capture.offset,
        "digest": capture.digest,
    }


def _when(copy: WaybackCapture, at: dt.date) -> str:
    day = copy.captured_at.date()
    if day == at:
        return "on the access date"
    if day < at:
        return f"{(at - day).days} day(s) before the access date"
    return f"{(day - at).days} day(s) after the access date"


def annotate_footnote(
    document: Document,
    footnote: Footnote,
    source: Source,
    archive: Archive | None,
    lookup: Lookup | None,
    saved: Lookup | None,
    config: Config,
) -> None:
    """Set ``footnote.archive`` and add this footnote's archive findings to the document."""
    at = read_date(footnote, document, config)
    local = archive.nearest(source.url, at, ok_only=True) if archive is not None else None
    public = lookup.capture if lookup is not None else None
    if public is None and saved is not None:
        public = saved.capture
    footnote.archive = ArchiveRef(
        warc=local.warc if local else None,
        local_captured_at=local.captured_at if local else None,
        archived_url=public.archived_url if public else None,
        archived_at=public.captured_at if public else None,
        robust_link=robust_link(
            source.url,
            version_url=public.archived_url if public else None,
            version_date=footnote.access_date or (public.captured_at if public else None),
            text=footnote.title,
        ),
    )
    if source.drifted and source.drift is not None and source.baseline is not None:
        drift, baseline = source.drift, source.baseline
        evidence: dict[str, object] = {
            "similarity": drift.similarity,
            "jaccard": drift.jaccard,
            "threshold": drift.threshold,
            "earliest_capture": _capture_evidence(baseline),
        }
        if source.capture is not None:
            evidence["current_capture"] = _capture_evidence(source.capture)
        if public is not None:
            evidence["archived_url"] = public.archived_url
        document.findings.append(
            finding_at(
                "content-drift",
                f"The page has changed since it was first archived on {baseline.captured_at.date()}: "
                f"only {drift.similarity:.0%} of that text is still there (threshold {drift.threshold:.0%}); "
                f"the earlier copy is in {baseline.warc}.",
                footnote,
                evidence=evidence,
            )
        )
    if lookup is None or not (source.broken or source.drifted):
        return
    if lookup.capture is not None:
        copy = lookup.capture
        document.findings.append(
            finding_at(
                "archived-copy-available",
                f"The Wayback Machine has a copy from {copy.captured_at.date()} "
                f"({_when(copy, at)}): {copy.archived_url}",
                footnote,
                evidence={
                    "archived_url": copy.archived_url,
                    "archived_at": copy.captured_at.isoformat(),
                    "access_date": at.isoformat(),
                    "status": copy.status,
                    "robust_link": footnote.archive.robust_link,
                },
            )
        )
    elif lookup.answered:
        message = f"The Wayback Machine has no copy of {source.url} near {at}"
        evidence = {"url": source.url, "access_date": at.isoformat()}
        if local is not None:
            message += f"; a local copy from {local.captured_at.date()} is kept in {local.warc}"
            evidence["local_capture"] = _capture_evidence(local)
        document.findings.append(finding_at("no-archived-copy", message + ".", footnote, evidence=evidence))


async def archive_documents(
    documents: list[Document],
    results: dict[str, FetchResult],
    config: Config,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
) -> None:
    """Archive every fetched response, flag drift, and attach archived copies to footnotes.

    Without ``config.archive`` nothing is written locally (and drift, which needs history, is not
    measured), but broken sources still get their Wayback copy near the access date.
    """
    if not config.archive:
        if config.wayback or config.save:
            sources = {url: Source(url, result) for url, result in results.items()}
            await _attach_public_copies(documents, sources, None, config, transport)
        return
    try:
        archive = Archive(config.archive_dir, max_warc_bytes=config.warc_max_bytes)
    except (OSError, sqlite3.Error) as exc:
        raise ConfigError(f"archive directory {config.archive_dir}: {exc}") from exc
    try:
        sources = record_sources(archive, documents, results, config)
        await _attach_public_copies(documents, sources, archive, config, transport)
        # Keep the CDXJ index beside the WARCs current, so pywb / ReplayWeb.page can open the folder.
        try:
            archive.write_cdxj()
        except (OSError, sqlite3.Error) as exc:
            log.warning("archive: could not write the CDXJ index: %s", exc)
    finally:
        archive.close()


async def _attach_public_copies(
    documents: list[Document],
    sources: dict[str, Source],
    archive: Archive | None,
    config: Config,
    transport: httpx.AsyncBaseTransport | None,
) -> None:
    async with make_client(config, transport=transport) as client:
        wayback = WaybackClient.from_config(client, config)
        lookups, saves = await consult_wayback(wayback, documents, sources, config)
    for document in documents:
        for footnote in document.footnotes:
            source = sources.get(footnote.url or "")
            if source is None:
                continue
            lookup = lookups.get((source.url, read_date(footnote, document, config)))
            annotate_footnote(document, footnote, source, archive, lookup, saves.get(source.url), config)
