"""The archive stage of the pipeline: keep every cited response in WARC, measure content drift
against the earliest capture, and find public copies of sources that died or changed."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

import httpx

from citecheck.archive.drift import Drift, compare_texts
from citecheck.archive.index import WaybackHits
from citecheck.archive.local import Archive
from citecheck.archive.robust import robust_link
from citecheck.archive.wayback import Lookup, WaybackCapture, WaybackClient
from citecheck.config import Config, today_for, wayback_budget_for
from citecheck.errors import ConfigError
from citecheck.fetch import make_client
from citecheck.findings import finding_at, make_finding
from citecheck.models import (
    BROKEN_STATES,
    LIVE_STATES,
    ArchiveRef,
    Capture,
    Document,
    FetchResult,
    Footnote,
    link_key,
)

# (done, total) as Wayback lookups finish.
LookupProgress = Callable[[int, int], None]

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
            if (
                footnote.url
                and link_key(footnote.url) == url
                and footnote.page is not None
                and footnote.page.text
            ):
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
    progress: LookupProgress | None = None,
) -> tuple[dict[tuple[str, dt.date], Lookup], dict[str, Lookup]]:
    """Look up copies of broken and drifted sources near each access date; save live ones if asked.

    The lookups run side by side (within the archive's rate) and all together within the run's
    Wayback budget; those still running then are cancelled and come back ``not_done``.
    """
    wanted: dict[tuple[str, dt.date], None] = {}
    for document in documents:
        for footnote in document.footnotes:
            source = sources.get(link_key(footnote.url or ""))
            if source is not None and (source.broken or source.drifted):
                wanted.setdefault((source.url, read_date(footnote, document, config)), None)
    lookups: dict[tuple[str, dt.date], Lookup] = {}
    saves: dict[str, Lookup] = {}
    if config.wayback and wanted:
        lookups = await _look_up_within_budget(wayback, list(wanted), wayback_budget_for(config), progress)
        for (url, at), lookup in lookups.items():
            if lookup.error and not lookup.not_done:
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


async def _look_up_within_budget(
    wayback: WaybackClient,
    wanted: list[tuple[str, dt.date]],
    budget: float,
    progress: LookupProgress | None,
) -> dict[tuple[str, dt.date], Lookup]:
    tasks = {key: asyncio.ensure_future(wayback.nearest(*key)) for key in wanted}
    done = 0
    if progress is not None:
        progress(0, len(tasks))

        def finished(_: object) -> None:
            nonlocal done
            done += 1
            progress(done, len(tasks))

        for task in tasks.values():
            task.add_done_callback(finished)
    await asyncio.wait(tasks.values(), timeout=budget)
    lookups: dict[tuple[str, dt.date], Lookup] = {}
    for key, task in tasks.items():
        if task.done() and not task.cancelled() and task.exception() is None:
            lookups[key] = task.result()
        else:
            task.cancel()
            lookups[key] = Lookup(
                error=f"not looked up: the {budget:g}-second Wayback budget was spent", not_done=True
            )
    await asyncio.gather(*tasks.values(), return_exceptions=True)
    await wayback.cancel_pending()
    return lookups


def unavailable_finding(
    documents: list[Document],
    sources: dict[str, Source],
    lookups: dict[tuple[str, dt.date], Lookup],
    wayback: WaybackClient,
    config: Config,
) -> None:
    """One ``wayback-unavailable`` finding for the run when some lookups were not made.

    It goes to the first document with such a footnote: a run-level note, said once.
    """
    missed = {url for (url, _), lookup in lookups.items() if lookup.not_done}
    if not missed:
        return
    dead = len({url for url in missed if sources.get(url) is not None and sources[url].broken})
    if wayback.unreachable is not None:
        message = f"Wayback unreachable: {dead} dead links without an archived copy ({wayback.unreachable})."
    else:
        budget = wayback_budget_for(config)
        message = (
            f"Wayback lookups stopped at the {budget:g}-second budget (--wayback-budget): "
            f"{dead} dead links without an archived copy were not looked up."
        )
    evidence = {
        "not_looked_up": sorted(missed),
        "dead_links": dead,
        "reason": wayback.unreachable or "budget",
    }
    for document in documents:
        if any(link_key(footnote.url or "") in missed for footnote in document.footnotes):
            document.findings.append(make_finding("wayback-unavailable", message, evidence=evidence))
            return


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
    progress: LookupProgress | None = None,
) -> None:
    """Archive every fetched response, flag drift, and attach archived copies to footnotes.

    Without ``config.archive`` nothing is written locally (and drift, which needs history, is not
    measured), but broken sources still get their Wayback copy near the access date.
    """
    if not config.archive:
        if config.wayback or config.save:
            sources = {url: Source(url, result) for url, result in results.items()}
            await _attach_public_copies(documents, sources, None, config, transport, progress)
        return
    try:
        archive = Archive(config.archive_dir, max_warc_bytes=config.warc_max_bytes)
    except (OSError, sqlite3.Error) as exc:
        raise ConfigError(f"archive directory {config.archive_dir}: {exc}") from exc
    try:
        sources = record_sources(archive, documents, results, config)
        await _attach_public_copies(documents, sources, archive, config, transport, progress)
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
    progress: LookupProgress | None = None,
) -> None:
    async with make_client(config, transport=transport) as client:
        wayback = WaybackClient.from_config(client, config)
        if archive is not None:
            wayback.cache = WaybackHits(archive.index)
        lookups, saves = await consult_wayback(wayback, documents, sources, config, progress)
    unavailable_finding(documents, sources, lookups, wayback, config)
    for document in documents:
        for footnote in document.footnotes:
            source = sources.get(link_key(footnote.url or ""))
            if source is None:
                continue
            lookup = lookups.get((source.url, read_date(footnote, document, config)))
            annotate_footnote(document, footnote, source, archive, lookup, saves.get(source.url), config)
