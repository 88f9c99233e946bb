"""The nightly audit run: lock, sources → documents → due URLs → pipeline → store → diff → notify.

Every URL's result is written to the store the moment it is known, so a run killed at any point
loses nothing, and the next run (whose schedule no longer finds those URLs due) picks up where it
stopped. The per-run diff is built from change events no finished run has reported yet.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import time
from collections.abc import Awaitable, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol
from urllib.parse import urlsplit

import httpx

from citecheck.audit.history import (
    CONFIRMED_BROKEN,
    FAILURE_VERDICTS,
    HEALTHY_VERDICTS,
    UrlState,
    advance,
    describe_dead_rule,
    fingerprint_similarity,
    text_fingerprint,
)
from citecheck.audit.notify import notify
from citecheck.audit.schedule import CheckPlan, LastCheck, next_check_at, plan_checks, slot_phases
from citecheck.audit.sources import SourcedDocument, collect_documents
from citecheck.audit.store import AuditStore, EventRecord, RunStatus, UrlRecord, open_store
from citecheck.config import AuditSettings, Config
from citecheck.errors import CitecheckError, InputError
from citecheck.fetch.client import make_client
from citecheck.findings import CODES
from citecheck.fragments import cited_parts
from citecheck.link_findings import CODES as LINK_CODES
from citecheck.link_findings import link_findings
from citecheck.models import (
    LINK_STATES,
    AuditCitation,
    AuditCounts,
    AuditDocument,
    AuditDocumentFindings,
    AuditLink,
    AuditResult,
    Document,
    FetchResult,
    Finding,
    LinkError,
    LinkResult,
    LinkState,
    PageFacts,
    Report,
    link_key,
    summarize,
)
from citecheck.pipeline import acheck, finalize_findings, run_sync, unique_urls

HEARTBEAT_SECONDS = 60.0
CURSOR_EVERY = 25
# Findings that need the page itself: carried over from the store when this run had no fresh copy.
_PAGE_CATEGORIES = frozenset({"verification", "archive"})
# What the summary lists about a new or changed document's content: its claims, titles, dates and
# structure. Link states have their own sections; archive hints only accompany broken links.
_CONTENT_CATEGORIES = frozenset({"structure", "verification"})
_CONTENT_CODES = frozenset({"content-drift"})
_CONTENT_SEVERITIES = frozenset({"error", "warning"})

AuditProgressHook = Callable[[str, int, "int | None"], None]
"""Called with (phase, done, total): "reading sources" (documents found so far, no total), then
"checking links" (URLs checked of those due). The CLI draws it as a progress bar on a TTY."""


RemoteResult = tuple[str, FetchResult, str | None, list[dict[str, Any]]]
"""(url, result, the worker location whose verdict counts, what each location saw)."""
RemoteResultHook = Callable[[Sequence[RemoteResult]], None]


class RemoteChecks(Protocol):
    """Checks the due URLs elsewhere (a worker fleet) and hands each result over as it is known."""

    def __call__(
        self,
        urls: Sequence[str],
        config: Config,
        validators: Mapping[str, tuple[str | None, str | None]],
        on_result: RemoteResultHook,
        parts: Mapping[str, Sequence[str]] | None = None,
    ) -> Awaitable[dict[str, tuple[FetchResult, PageFacts | None]]]:
        """``parts``: the parts of pages (``#section``) the audited documents cite, by URL, for the
        page readers to judge (:func:`citecheck.fragments.cited_parts`)."""
        ...


class _Clock:
    """Wall-clock time, or a fixed ``now`` that advances with the run (tests simulate days with it)."""

    def __init__(self, now: dt.datetime | None) -> None:
        self._base = now.astimezone(dt.UTC) if now is not None and now.tzinfo else now
        if self._base is not None and self._base.tzinfo is None:
            self._base = self._base.replace(tzinfo=dt.UTC)
        self._start = time.monotonic()

    @property
    def fixed(self) -> bool:
        return self._base is not None

    def now(self) -> dt.datetime:
        if self._base is None:
            return dt.datetime.now(dt.UTC)
        return self._base + dt.timedelta(seconds=time.monotonic() - self._start)

    def elapsed(self) -> float:
        return time.monotonic() - self._start


def _deferred(url: str, why: str) -> FetchResult:
    message = f"not checked yet: this run reached its {why} bound; a later run checks it"
    return FetchResult(
        link=LinkResult(url=url, state="skipped", error=LinkError(kind="deferred", message=message))
    )


def audit_view(verdict: str, state: UrlState) -> str:
    """The state the audit reports for a URL whose latest check answered ``verdict``."""
    if verdict in FAILURE_VERDICTS and not state.broken:
        return "unreachable"
    if verdict == "unreachable" and state.broken and state.state:
        return state.state
    return verdict


@dataclass
class _Progress:
    checked: int = 0
    not_modified: int = 0
    fresh: set[str] = field(default_factory=set)
    documents_found: int = 0
    last_cursor: float = 0.0
    last_beat: float = field(default_factory=time.monotonic)
    aborted: bool = False


class _AuditRun:
    def __init__(
        self,
        store: AuditStore,
        config: Config,
        sources: Sequence[str],
        clock: _Clock,
        transport: httpx.AsyncBaseTransport | None,
        progress: AuditProgressHook | None = None,
        remote: RemoteChecks | None = None,
    ) -> None:
        self.on_progress = progress
        self.remote = remote
        self.store = store
        self.config = config
        self.settings: AuditSettings = config.audit
        self.sources = list(sources)
        self.clock = clock
        self.transport = transport
        self.records: dict[str, UrlRecord] = {}
        self.progress = _Progress()
        self.run_id = 0
        self.plan = CheckPlan()

    # --- the run ----------------------------------------------------------------------------

    async def execute(self) -> AuditResult:
        started = self.clock.now()
        self.run_id = self.store.start_run(self.sources, started)
        self.store.heartbeat(run_id=self.run_id)
        self.store.close_abandoned_runs(except_run=self.run_id, at=started)
        before = next((r for r in self.store.runs(limit=2) if r.id != self.run_id), None)
        result = AuditResult(
            run_id=self.run_id,
            started_at=started,
            sources=self.sources,
            resumed_run=before.id
            if before is not None and before.status in {"interrupted", "failed"}
            else None,
        )
        beat = asyncio.create_task(self._heartbeat())
        try:
            await self._audit(result)
        except BaseException as exc:
            status: RunStatus = "failed" if isinstance(exc, Exception) else "interrupted"
            # The store itself may be what failed: the original error matters more than this note.
            with contextlib.suppress(CitecheckError):
                self.store.finish_run(
                    self.run_id,
                    status=status,
                    finished_at=self.clock.now(),
                    counts=self._counts_so_far(),
                    message=f"{type(exc).__name__}: {exc}"[:500],
                )
            raise
        finally:
            beat.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await beat
        result.finished_at = self.clock.now()
        self.store.finish_run(
            self.run_id,
            status="partial" if result.status == "partial" else "completed",
            finished_at=result.finished_at,
            counts=result.counts.model_dump(),
            message=result.message,
        )
        return result

    async def _heartbeat(self) -> None:
        while True:
            await asyncio.sleep(HEARTBEAT_SECONDS)
            self._beat()

    def _beat(self) -> None:
        """Renew the lock if a while has passed (also called from long stretches without awaits)."""
        if time.monotonic() - self.progress.last_beat >= HEARTBEAT_SECONDS / 2:
            self.progress.last_beat = time.monotonic()
            self.store.heartbeat()

    def _document_found(self) -> None:
        self._beat()
        self.progress.documents_found += 1
        if self.on_progress is not None:
            self.on_progress("reading sources", self.progress.documents_found, None)

    def _links_checked(self, done: int, total: int) -> None:
        if self.on_progress is not None:
            self.on_progress("checking links", done, total)

    async def _audit(self, result: AuditResult) -> None:
        async with make_client(self.config, transport=self.transport) as client:
            found = await collect_documents(
                self.sources,
                self.config,
                known=self.store.get_documents,
                client=client,
                on_document=self._document_found,
            )
        result.source_errors = found.errors
        at = self.clock.now()
        for item in found.documents:
            if self.store.save_document(item.record(), run_id=self.run_id, at=at):
                self.store.add_event(
                    EventRecord(
                        kind="new-document",
                        run_id=self.run_id,
                        at=at,
                        document=item.path,
                        detail={"source": item.source},
                    )
                )
        documents = [item.document for item in found.documents]
        urls = unique_urls(documents)
        self.records = self.store.get_urls(urls)
        priority = _urls_of(item for item in found.documents if item.status != "unchanged")
        starts = self.store.run_starts(r.run_id for r in self.records.values() if r.run_id is not None)
        history = {
            url: LastCheck(r.state, r.checked_at, starts.get(r.run_id) if r.run_id is not None else None)
            for url, r in self.records.items()
        }
        self.plan = plan_checks(
            urls, history, self.clock.now(), self.settings, priority=priority, known=self.store.known_urls()
        )
        report, timed_out = await self._check(documents, priority)
        self._apply_history(report)
        self._diff(result, report, found.documents, urls, timed_out)

    async def _check(self, documents: list[Document], priority: set[str]) -> tuple[Report, bool]:
        """Run the pipeline: fetch the due URLs, take the rest from the store, within the run's bounds."""
        prefetched = self._prefetched(self.plan.not_due, self.plan.deferred, "max_urls")
        validators = {
            url: (record.etag, record.last_modified)
            for url in self.plan.due
            if url not in priority
            and (record := self.records.get(url)) is not None
            and record.content_hash
            and (record.etag or record.last_modified)
        }
        budget = None
        if self.settings.max_seconds is not None:
            budget = self.settings.max_seconds - self.clock.elapsed()
        if budget is not None and budget <= 0:
            everything = self._prefetched([], self.plan.due, "max_seconds")
            self.plan.deferred.extend(self.plan.due)
            self.plan.due = []
            rebuilt = {**prefetched, **everything}
            return await acheck(documents, self.config, transport=self.transport, prefetched=rebuilt), True
        try:
            async with asyncio.timeout(budget):
                if self.remote is not None:
                    parts = {url: sorted(names) for url, names in cited_parts(documents).items()}
                    fresh = await self.remote(
                        self.plan.due, self.config, validators, self._persist_many, parts=parts
                    )
                    report = await acheck(
                        documents,
                        self.config,
                        transport=self.transport,
                        prefetched={**prefetched, **{url: r for url, (r, _) in fresh.items()}},
                        pages={url: page for url, (_, page) in fresh.items()},
                    )
                else:
                    report = await acheck(
                        documents,
                        self.config,
                        transport=self.transport,
                        prefetched=prefetched,
                        validators=validators,
                        on_result=self._persist,
                        progress=self._links_checked if self.on_progress is not None else None,
                    )
            return report, False
        except TimeoutError:
            # What was checked is in the store already; the report is rebuilt without the network.
            done = [
                u for u in self.plan.due if (r := self.records.get(u)) is not None and r.run_id == self.run_id
            ]
            unchecked = [u for u in self.plan.due if u not in set(done)]
            rebuilt = {**prefetched, **self._prefetched(done, unchecked, "max_seconds")}
            self.plan.deferred.extend(unchecked)
            self.plan.due = done
            return await acheck(documents, self.config, transport=self.transport, prefetched=rebuilt), True

    def _prefetched(
        self, known: Sequence[str], unchecked: Sequence[str], bound: str
    ) -> dict[str, FetchResult]:
        """Results for URLs not fetched now: the store's latest verdict, or a 'deferred' skip."""
        results: dict[str, FetchResult] = {}
        for url in [*known, *unchecked]:
            record = self.records.get(url)
            if record is not None and record.link is not None and record.state.state not in (None, "skipped"):
                results[url] = FetchResult(link=record.link)
            else:
                results[url] = _deferred(url, bound)
        return results

    def _persist_many(self, results: Sequence[RemoteResult]) -> None:
        """Keep results checked elsewhere, as they arrive, in one commit per arrival."""
        with self.store.batch():
            for url, result, location, opinions in results:
                self._persist(url, result, location, opinions)
        if self.on_progress is not None:
            self._links_checked(self.progress.checked, len(self.plan.due))

    def _persist(
        self,
        url: str,
        result: FetchResult,
        location: str | None = None,
        opinions: list[dict[str, Any]] | None = None,
    ) -> None:
        """Keep one URL's result at once (the run can die any time after this without losing it).

        From a fleet, ``location`` is the worker location whose verdict counts and ``opinions``
        what every location asked saw; the check keeps both.
        """
        link = result.link
        if link.state == "skipped" or self.progress.aborted:
            # Skipped is not a check (the URL stays due). After a failure to persist, the run is
            # dying: results of links still in flight are not trusted (their client may be closed).
            return
        at = self.clock.now()
        previous = self.records.get(url) or UrlRecord(url=url)
        not_modified = link.http_status == 304
        kept = link
        if not_modified and previous.link is not None:
            kept = previous.link.model_copy(
                update={"checked_at": link.checked_at, "elapsed_ms": link.elapsed_ms}
            )
        # 304 says the page is what it was: a soft-404 still says "not found" (it is not alive).
        verdict = kept.state
        state, change = advance(previous.state, verdict, at=at, run_id=self.run_id, settings=self.settings)
        record = UrlRecord(
            url=url,
            state=state,
            verdict=verdict,
            http_status=link.http_status,
            checked_at=at,
            run_id=self.run_id,
            content_hash=previous.content_hash if not_modified else link.content_hash,
            etag=link.etag or (previous.etag if not_modified else None),
            last_modified=link.last_modified or (previous.last_modified if not_modified else None),
            fingerprint=previous.fingerprint,
            link=kept,
        )
        event = None
        if change is not None:
            event = EventRecord(
                kind=change.kind,
                run_id=self.run_id,
                at=at,
                url=url,
                previous_state=change.previous_state,
                state=change.state,
                detail={"verdict": verdict, "http_status": link.http_status},
            )
        try:
            self.store.record_check(
                record, run_id=self.run_id, at=at, event=event, location=location, opinions=opinions
            )
        except BaseException:
            self.progress.aborted = True
            raise
        self.records[url] = record
        self.progress.checked += 1
        if not_modified:
            self.progress.not_modified += 1
        else:
            self.progress.fresh.add(url)
        if self.progress.checked % CURSOR_EVERY == 0 or time.monotonic() - self.progress.last_cursor > 5:
            self.progress.last_cursor = time.monotonic()
            self.store.update_cursor(self.run_id, {**self._counts_so_far(), "last_url": url})
            self._beat()

    def _counts_so_far(self) -> dict[str, Any]:
        return {
            "due": len(self.plan.due),
            "checked": self.progress.checked,
            "not_modified": self.progress.not_modified,
        }

    # --- after the pipeline: the audit's view of the report, and the findings' history -----

    def _apply_history(self, report: Report) -> None:
        at = self.clock.now()
        fingerprinted: set[str] = set()
        for doc in report.documents:
            stored = self.store.latest_findings(doc.path)
            for fn in doc.footnotes:
                url = link_key(fn.url) if fn.url else None
                record = self.records.get(url) if url else None
                if url is None or fn.link is None or record is None:
                    continue
                if fn.link.http_status == 304 and record.link is not None:
                    fn.link = record.link
                view = audit_view(fn.link.state, record.state)
                if view != fn.link.state:
                    fn.link = fn.link.model_copy(update={"state": view})
                self._reword_link_findings(doc, fn.label, record)
                fresh = url in self.progress.fresh
                before = stored.get(fn.label)
                if (
                    not fresh
                    and before is not None
                    and before.url == fn.url
                    and record.state.state
                    in {
                        "alive",
                        "redirected",
                    }
                ):
                    # No page this run (not due, or 304): its verification stands as last judged.
                    kept = [f for f in doc.findings if not (f.label == fn.label and _needs_page(f))]
                    kept.extend(f for f in before.findings if _needs_page(f))
                    doc.findings = kept
                healthy = record.verdict in HEALTHY_VERDICTS
                # An error page's text is not the source's text: a 404 is a broken link, not drift.
                if fresh and healthy and url not in fingerprinted and fn.page is not None and fn.page.text:
                    fingerprinted.add(url)
                    self._fingerprint(url, fn.page.text, doc.path, fn.label, at)
            doc.findings = finalize_findings(doc, self.config)
            by_label: dict[str, tuple[str | None, list[Finding]]] = {
                fn.label: (fn.url, []) for fn in doc.footnotes
            }
            for finding in doc.findings:
                if finding.label in by_label:
                    by_label[finding.label][1].append(finding)
            previous = self.store.record_findings(doc.path, by_label, run_id=self.run_id, at=at)
            for label, (url, findings) in by_label.items():
                had = label in stored
                if (
                    had
                    and "content-drift" in {f.code for f in findings}
                    and "content-drift" not in previous[label]
                ):
                    self.store.add_event(
                        EventRecord(
                            kind="drifted",
                            run_id=self.run_id,
                            at=at,
                            url=url,
                            document=doc.path,
                            detail={"label": label, "reason": "content-drift finding"},
                        )
                    )
        # The audit changed link states and findings: count them again, keeping the run's timing.
        summary = summarize(report.documents, network_unavailable=report.summary.network_unavailable)
        summary.elapsed_ms = report.summary.elapsed_ms
        report.summary = summary

    def _reword_link_findings(self, doc: Document, label: str, record: UrlRecord) -> None:
        footnote = next((fn for fn in doc.footnotes if fn.label == label), None)
        if footnote is None or footnote.link is None:
            return
        rebuilt = link_findings(footnote)
        state = record.state
        if footnote.link.state == "unreachable" and record.verdict in FAILURE_VERDICTS:
            since = state.first_failure_at.strftime("%Y-%m-%d") if state.first_failure_at else "?"
            answer = f"HTTP {record.http_status}" if record.http_status else _error_of(record.link)
            checks = "check" if state.failures == 1 else "checks"
            rebuilt = [
                f.model_copy(
                    update={
                        "message": f"[{label}] {footnote.url} looked {record.verdict} ({answer}) on "
                        f"{state.failures} {checks} since {since}; it is reported {record.verdict} after "
                        f"{describe_dead_rule(self.settings)}.",
                        "evidence": {
                            **f.evidence,
                            "verdict": record.verdict,
                            "failures": state.failures,
                            "failing_since": since,
                        },
                    }
                )
                for f in rebuilt
            ]
        elif state.state in CONFIRMED_BROKEN:
            rebuilt = [
                f.model_copy(update={"evidence": {**f.evidence, "failures": state.failures}}) for f in rebuilt
            ]
        # Every finding the link verdict gave (link_findings.CODES) is replaced by the audit's wording.
        doc.findings = [f for f in doc.findings if not (f.label == label and f.code in LINK_CODES)] + rebuilt

    def _fingerprint(self, url: str, text: str, document: str, label: str, at: dt.datetime) -> None:
        record = self.records[url]
        fingerprint = text_fingerprint(text)
        before = record.fingerprint
        if before is not None and before != fingerprint:
            similarity = fingerprint_similarity(before, fingerprint)
            if similarity < self.config.thresholds.drift_min_similarity:
                self.store.add_event(
                    EventRecord(
                        kind="drifted",
                        run_id=self.run_id,
                        at=at,
                        url=url,
                        document=document,
                        detail={
                            "label": label,
                            "similarity": round(similarity, 3),
                            "reason": "page text changed",
                        },
                    )
                )
        if before != fingerprint:
            self.store.set_fingerprint(url, fingerprint)
            record.fingerprint = fingerprint

    # --- the diff ---------------------------------------------------------------------------

    def _diff(
        self,
        result: AuditResult,
        report: Report,
        sourced: Sequence[SourcedDocument],
        urls: Sequence[str],
        timed_out: bool,
    ) -> None:
        citations: dict[str, list[AuditCitation]] = {}
        for doc in report.documents:
            for fn in doc.footnotes:
                if fn.url:
                    citations.setdefault(link_key(fn.url), []).append(
                        AuditCitation(document=doc.path, label=fn.label)
                    )
        events = self.store.unreported_events()
        latest_transition: dict[str, EventRecord] = {}
        drifted: dict[str, EventRecord] = {}
        for event in events:
            if event.kind in {"newly-broken", "recovered"} and event.url:
                latest_transition[event.url] = event
            elif event.kind == "drifted" and event.url:
                drifted.setdefault(event.url, event)
        # A page that has since failed is reported as failing or broken, not also as drifted.
        drifted = {
            url: event
            for url, event in drifted.items()
            if (r := self.records.get(url)) is None or r.verdict in HEALTHY_VERDICTS
        }

        def link(url: str, event: EventRecord | None = None) -> AuditLink:
            record = self.records.get(url) or UrlRecord(url=url)
            detail = event.detail if event is not None else {}
            return AuditLink(
                url=url,
                state=_as_state(record.state.state) or "skipped",
                previous_state=_as_state(event.previous_state) if event is not None else None,
                verdict=_as_state(record.verdict),
                http_status=_page_status(record),
                failures=record.state.failures,
                failing_since=record.state.first_failure_at if record.state.failing else None,
                last_checked=record.checked_at,
                similarity=detail.get("similarity"),
                reason=detail.get("reason"),
                citations=citations.get(url, []),
            )

        for url, event in latest_transition.items():
            target = result.newly_broken if event.kind == "newly-broken" else result.recovered
            target.append(link(url, event))
        result.newly_drifted = [link(url, event) for url, event in drifted.items()]
        by_path = {item.path: item for item in sourced}
        for event in events:
            if event.kind == "new-document" and event.document:
                item = by_path.get(event.document)
                parsed = item.document if item is not None else None
                result.new_documents.append(
                    AuditDocument(
                        path=event.document,
                        source=str(event.detail.get("source", "")),
                        title=parsed.title if parsed else None,
                        date=parsed.date if parsed else None,
                        footnotes=len(parsed.footnotes) if parsed else 0,
                    )
                )
        result.document_findings = _content_findings(report, sourced)
        reported = {x.url for x in result.newly_broken}
        for url in urls:
            record = self.records.get(url)
            if record is None:
                continue
            if record.state.broken and url not in reported:
                result.still_broken.append(link(url))
            elif record.state.failing and not record.state.broken:
                result.failing.append(link(url))
        self.store.mark_reported([e.id for e in events if e.id is not None], self.run_id)
        statuses = [item.status for item in sourced]
        result.counts = AuditCounts(
            documents=len(sourced),
            new_documents=statuses.count("new"),
            changed_documents=statuses.count("changed"),
            unchanged_documents=statuses.count("unchanged"),
            urls=len(urls),
            due=len(self.plan.due) + len(self.plan.deferred),
            checked=self.progress.checked,
            not_modified=self.progress.not_modified,
            deferred=len(self.plan.deferred),
            failing=len(result.failing),
            broken=sum(1 for url in urls if (r := self.records.get(url)) is not None and r.state.broken),
        )
        if report.summary.network_unavailable:
            result.status = "partial"
            result.message = (
                "our own network was unavailable: the links were not checked; the next run checks them"
            )
        elif self.plan.deferred or timed_out:
            result.status = "partial"
            bound = "max_seconds" if timed_out else "max_urls"
            result.message = (
                f"stopped at the {bound} bound with {len(self.plan.deferred)} due URLs left; "
                "the next run continues from there"
            )
        result.report = report


def _page_status(record: UrlRecord) -> int | None:
    """The page's HTTP status: after a 304, the status of the unchanged page it confirmed."""
    if record.http_status == 304 and record.link is not None and record.link.http_status is not None:
        return record.link.http_status
    return record.http_status


def _error_of(link: LinkResult | None) -> str:
    if link is not None and link.error is not None:
        return link.error.message
    return "no answer"


def _as_state(value: str | None) -> LinkState | None:
    for state in LINK_STATES:
        if state == value:
            return state
    return None


def _needs_page(finding: Finding) -> bool:
    spec = CODES.get(finding.code)
    return spec is not None and spec.category in _PAGE_CATEGORIES


def _is_content_finding(finding: Finding) -> bool:
    spec = CODES.get(finding.code)
    about_content = finding.code in _CONTENT_CODES or (
        spec is not None and spec.category in _CONTENT_CATEGORIES
    )
    return about_content and finding.severity in _CONTENT_SEVERITIES


def _content_findings(report: Report, sourced: Sequence[SourcedDocument]) -> list[AuditDocumentFindings]:
    """The errors and warnings about what new and changed documents say (not about their links)."""
    status = {item.path: item.status for item in sourced}
    listed: list[AuditDocumentFindings] = []
    for doc in report.documents:
        state = status.get(doc.path)
        findings = [f for f in doc.findings if _is_content_finding(f)]
        if findings and (state == "new" or state == "changed"):
            listed.append(
                AuditDocumentFindings(path=doc.path, status=state, title=doc.title, findings=findings)
            )
    return listed


def _urls_of(items: Iterator[SourcedDocument] | Sequence[SourcedDocument]) -> set[str]:
    return {link_key(fn.url) for item in items for fn in item.document.footnotes if fn.url}


async def aaudit(
    sources: list[str],
    config: Config,
    *,
    db: str | None = None,
    notify_url: str | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    now: dt.datetime | None = None,
    progress: AuditProgressHook | None = None,
    remote: RemoteChecks | None = None,
) -> AuditResult:
    """Audit everything the sources publish, keep the history, and say what changed since last time.

    ``remote`` checks the due URLs elsewhere (``citecheck audit --queue``: a worker fleet).

    ``db`` is a SQLite path or a ``postgresql://`` URL (default: ``config.audit.db``, else a file
    under the user data directory). When another audit holds the store's lock the result has
    ``locked_out=True`` and says since when. ``now`` (default ``config.audit.now``) fixes the clock
    at the run's start — tests and demos simulate days with it. ``progress`` sees the run advance.
    """
    if not sources:
        raise InputError(
            "audit needs at least one SOURCE (a directory, glob, sitemap, feed or WordPress site)"
        )
    clock = _Clock(now if now is not None else config.audit.now)
    if clock.fixed and config.today is None:
        config = config.model_copy(update={"today": clock.now().date().isoformat()})
    store = open_store(db or config.audit.db)
    try:
        holder = store.try_lock()
        if holder is not None:
            return AuditResult(
                started_at=clock.now(),
                finished_at=clock.now(),
                status="locked-out",
                locked_out=True,
                message=holder.describe(),
                sources=list(sources),
            )
        result = await _AuditRun(store, config, sources, clock, transport, progress, remote).execute()
    finally:
        store.close()
    webhook = notify_url or config.audit.notify_url
    if webhook:
        result.notify_error = await notify(webhook, result, transport=transport, user_agent=config.user_agent)
    return result


def audit(
    sources: list[str],
    config: Config | None = None,
    *,
    db: str | None = None,
    notify_url: str | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    now: dt.datetime | None = None,
    progress: AuditProgressHook | None = None,
    remote: RemoteChecks | None = None,
) -> AuditResult:
    """Synchronous twin of :func:`aaudit` for the CLI and cron scripts."""
    return run_sync(
        aaudit(
            sources,
            config or Config(),
            db=db,
            notify_url=notify_url,
            transport=transport,
            now=now,
            progress=progress,
            remote=remote,
        )
    )


def _failing(link: AuditLink) -> bool:
    return (link.state == "unreachable" or link.failures > 0) and link.state not in CONFIRMED_BROKEN


def _broken(link: AuditLink) -> bool:
    return link.state in CONFIRMED_BROKEN


def _in_state(state: str) -> Callable[[AuditLink], bool]:
    return lambda link: link.state == state


STATE_FILTERS: dict[str, Callable[[AuditLink], bool]] = {
    # A link state; "failing": failing, not (yet) confirmed broken; "broken": dead or soft-404.
    **{state: _in_state(state) for state in LINK_STATES},
    "failing": _failing,
    "broken": _broken,
}


def load_audit_state(
    db: str | None = None,
    *,
    config: Config | None = None,
    only: Sequence[str] = (),
    host: str | None = None,
) -> list[AuditLink]:
    """The full state on demand: every URL the store knows, with its audit state and failure streak.

    ``only`` keeps links matching any of the named filters (:data:`STATE_FILTERS`: a link state,
    ``failing`` or ``broken``); ``host`` keeps links on that host (or its subdomains).
    """
    unknown = [name for name in only if name not in STATE_FILTERS]
    if unknown:
        raise InputError(
            f"unknown state filter {unknown[0]!r}; choose from {', '.join(sorted(STATE_FILTERS))}"
        )
    settings = config.audit if config is not None else AuditSettings()
    store = open_store(db or settings.db)
    try:
        records = store.all_urls()
        starts = store.run_starts(r.run_id for r in records if r.run_id is not None)
    finally:
        store.close()
    # Slots depend on each host's set of URLs: computed over everything the store knows.
    phases = slot_phases(r.url for r in records)
    wanted_host = host.lower().strip(".") if host else None
    links: list[AuditLink] = []
    for record in records:
        if wanted_host is not None and not _on_host(record.url, wanted_host):
            continue
        last = LastCheck(
            record.state,
            record.checked_at,
            starts.get(record.run_id) if record.run_id is not None else None,
        )
        link = AuditLink(
            url=record.url,
            state=_as_state(record.state.state) or "skipped",
            verdict=_as_state(record.verdict),
            http_status=_page_status(record),
            failures=record.state.failures,
            failing_since=record.state.first_failure_at if record.state.failing else None,
            last_checked=record.checked_at,
            next_check=next_check_at(last, settings, phases.get(record.url, 0.0)),
            locations=dict(record.locations),
        )
        if not only or any(STATE_FILTERS[name](link) for name in only):
            links.append(link)
    return links


def _on_host(url: str, host: str) -> bool:
    try:
        name = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return False
    return name == host or name.endswith("." + host)
