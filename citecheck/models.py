"""Every pydantic model of citecheck's public JSON contract, in one place.

Models are data, not behaviour: nothing here does network or file I/O. The shapes follow
``shared/CONTRACT.md``; fields may be added, never renamed or removed without a new
``SCHEMA_VERSION``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1"

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")
SEVERITY_RANK: dict[str, int] = {"info": 1, "warning": 2, "error": 3}

LinkState = Literal["alive", "redirected", "dead", "soft-404", "unreachable", "blocked", "skipped"]
LINK_STATES: tuple[LinkState, ...] = (
    "alive",
    "redirected",
    "dead",
    "soft-404",
    "unreachable",
    "blocked",
    "skipped",
)
BROKEN_STATES: frozenset[str] = frozenset({"dead", "soft-404"})
# The link works: a reader reaches the page (redirected: at a new address).
LIVE_STATES: frozenset[str] = frozenset({"alive", "redirected"})

DocumentFormat = Literal["text", "html", "markdown", "docx"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Hop(_Model):
    """One step of a redirect chain: the URL asked for and what it answered."""

    url: str
    status: int
    location: str | None = None
    # Seconds of the ``<meta http-equiv="refresh">`` that made this hop, on a page that answered
    # ``status`` (2xx); None for an HTTP redirect (3xx with a Location).
    refresh_delay: int | None = None
    # True for a stub page whose script sent the reader on (``window.location = …``: see
    # citecheck.fetch.refresh.scripted); such a hop is followed but is no permanent move.
    scripted: bool = False


class LinkError(_Model):
    """Why a link did not answer normally: a short machine-readable kind and a human message."""

    kind: str
    message: str


class LinkResult(_Model):
    """The verdict on one URL, as fetched once per run (``footnotes[].link``)."""

    url: str
    state: LinkState
    http_status: int | None = None
    final_url: str | None = None
    hops: list[Hop] = Field(default_factory=list)
    elapsed_ms: int | None = None
    error: LinkError | None = None
    content_type: str | None = None
    checked_at: dt.datetime | None = None
    fetched_url: str | None = Field(
        default=None, description="The URL actually requested after --remap, when it differs from url."
    )
    attempts: int = 0
    suggestion: str | None = Field(default=None, description="A replacement URL (the redirect target).")
    content_hash: str | None = Field(default=None, description="sha256 of the decoded body read.")
    etag: str | None = None
    last_modified: str | None = None


class FetchedBody(_Model):
    """What the fetcher kept of a response besides its verdict (not part of the report JSON).

    ``raw`` holds the payload as it came off the wire (content-encoded, de-chunked), for WARC;
    ``body`` the decoded payload, capped, for page facts.
    """

    url: str
    status: int
    http_version: str = "HTTP/1.1"
    reason: str = ""
    request_headers: list[tuple[str, str]] = Field(default_factory=list)
    response_headers: list[tuple[str, str]] = Field(default_factory=list)
    raw: bytes = b""
    body: bytes = b""
    truncated: bool = False
    encoding: str | None = None


class FetchResult(_Model):
    """A link verdict with the response behind it: one serialisable unit of work."""

    link: LinkResult
    response: FetchedBody | None = None

    @classmethod
    def html_page(cls, url: str, body: bytes, checked_at: dt.datetime) -> FetchResult:
        """An HTML page that answered 200 with ``body``: what the fetcher hands over for a live
        source (evals, benchmarks and tests build their pages with it)."""
        link = LinkResult(
            url=url, state="alive", http_status=200, content_type="text/html", checked_at=checked_at
        )
        response = FetchedBody(
            url=url,
            status=200,
            response_headers=[("content-type", "text/html; charset=utf-8")],
            body=body,
            raw=body,
        )
        return cls(link=link, response=response)


class PageFacts(_Model):
    """What a fetched page says about itself (``footnotes[].page``)."""

    title: str | None = None
    titles: list[str] = Field(default_factory=list, description="Every candidate title found, best first.")
    site_name: str | None = None
    published: dt.date | None = None
    modified: dt.date | None = None
    language: str | None = None
    description: str | None = None
    text: str = Field(default="", exclude=True, description="Main text; kept out of the JSON report.")
    text_hash: str | None = None
    site_names: list[str] = Field(
        default_factory=list,
        exclude=True,
        description="Every name the page gives itself (og:site_name, JSON-LD publisher, application-name…); "
        "kept out of the JSON report.",
    )
    anchors: dict[str, bool] = Field(
        default_factory=dict,
        exclude=True,
        description="For each fragment the run's citations point at (#section), whether the page holds that "
        "part; empty when the page was not judged (citecheck.verify.anchors). Kept out of the JSON report.",
    )

    def stored(self) -> dict[str, Any]:
        """Every field as JSON values, those the JSON report leaves out (``Field(exclude=True)``: the
        text, the site names, the judged parts) too: what a cache or a fleet's store keeps, so that a
        page read elsewhere or earlier is checked as the page read here. Read back with
        ``PageFacts.model_validate``. Read off the model, so that a field left out of the report later
        is not lost on the way (the site names were lost from the cache until session 41, and a fleet
        worker's page text until session 42)."""
        return {**self.model_dump(mode="json"), **{name: getattr(self, name) for name in _KEPT_OUT_OF_REPORT}}


_KEPT_OUT_OF_REPORT = tuple(name for name, info in PageFacts.model_fields.items() if info.exclude)


class ArchiveRef(_Model):
    """Where a copy of the source is kept (``footnotes[].archive``)."""

    warc: str | None = None
    archived_url: str | None = None
    archived_at: dt.datetime | None = None
    local_captured_at: dt.datetime | None = None
    robust_link: str | None = None


class Capture(_Model):
    """One response kept in the local WARC archive (a row of the capture index)."""

    url: str
    captured_at: dt.datetime
    status: int
    digest: str = Field(description="WARC-Payload-Digest, e.g. 'sha1:…'.")
    mime: str | None = None
    warc: str = Field(description="WARC file name, relative to the archive directory.")
    offset: int
    length: int
    record_type: Literal["response", "revisit"] = "response"
    text_hash: str | None = None


CitationKind = Literal["footnote", "inline"]


class Footnote(_Model):
    label: str
    ordinal: int
    raw: str
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    urls: list[str] = Field(default_factory=list, description="Every URL of the entry, first one is url.")
    access_date: dt.date | None = None
    line: int
    column: int
    link: LinkResult | None = None
    page: PageFacts | None = None
    archive: ArchiveRef | None = None
    kind: CitationKind = Field(
        default="footnote",
        description="'footnote': a note entry; 'inline': a link in the text (labels L1, L2, …).",
    )


class Citation(_Model):
    """One occurrence of a footnote marker in the body, with the claim it supports."""

    label: str
    claim: str
    paragraph: str
    line: int
    column: int
    paragraph_number: int | None = Field(
        default=None, description="1-based number of the claim's paragraph among the body's paragraphs."
    )


class Finding(_Model):
    code: str
    severity: Severity
    message: str
    label: str | None = None
    line: int | None = None
    column: int | None = None
    evidence: dict[str, Any] = Field(default_factory=dict)


class Document(_Model):
    path: str
    title: str | None = None
    date: dt.date | None = None
    format: DocumentFormat | None = None
    language: str | None = None
    footnotes: list[Footnote] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)


class FindingCounts(_Model):
    error: int = 0
    warning: int = 0
    info: int = 0


class Summary(_Model):
    documents: int = 0
    footnotes: int = 0
    findings: FindingCounts = Field(default_factory=FindingCounts)
    links: dict[str, int] = Field(default_factory=dict, description="Unique URLs per link state.")
    network_unavailable: bool = False
    elapsed_ms: int | None = None
    documents_without_citations: int = Field(
        default=0, description="Documents in which nothing citeable was found (finding no-citations)."
    )
    inline_links: int = Field(default=0, description="Of the footnotes, the inline ones (links in the text).")


class Report(_Model):
    schema_version: str = SCHEMA_VERSION
    tool: str = "citecheck"
    version: str | None = None
    generated_at: dt.datetime | None = None
    documents: list[Document] = Field(default_factory=list)
    summary: Summary = Field(default_factory=Summary)


def link_key(url: str) -> str:
    """The address a cited URL is fetched and known by in a run: the URL without its fragment.

    A fragment ("#section-2", "#page=12", a text fragment "#:~:text=…") never reaches the server,
    which answers every such URL of one page alike: an analysis citing a report's pages or a long
    article's sections has it fetched once, and each footnote keeps the URL it cites.
    """
    return url.split("#", 1)[0]


def summarize(documents: list[Document], *, network_unavailable: bool = False) -> Summary:
    """Count documents, footnotes, findings per severity and unique URLs per link state."""
    counts = FindingCounts()
    links: dict[str, str] = {}
    for doc in documents:
        for finding in doc.findings:
            setattr(counts, finding.severity, getattr(counts, finding.severity) + 1)
        for fn in doc.footnotes:
            if fn.url and fn.link is not None:
                links[link_key(fn.url)] = fn.link.state
    per_state: dict[str, int] = {}
    for state in links.values():
        per_state[state] = per_state.get(state, 0) + 1
    return Summary(
        documents=len(documents),
        footnotes=sum(len(d.footnotes) for d in documents),
        findings=counts,
        links=per_state,
        network_unavailable=network_unavailable,
        documents_without_citations=sum(1 for d in documents if not d.footnotes and not d.citations),
        inline_links=sum(1 for d in documents for fn in d.footnotes if fn.kind == "inline"),
    )


# --- Audit: the nightly run over everything a publisher has published (citecheck.audit) ---

AuditRunStatus = Literal["completed", "partial", "interrupted", "failed", "locked-out"]


class AuditCitation(_Model):
    """Where a URL is cited: the document and the footnote label."""

    document: str
    label: str


class AuditLink(_Model):
    """One URL's state in the audit: the confirmed state over time, not one check's verdict.

    ``state`` is ``dead`` (or ``soft-404``) only after repeated failures over days; until then a
    failing link is ``unreachable``. ``verdict`` is what the latest check itself answered.
    """

    url: str
    state: LinkState
    previous_state: LinkState | None = None
    verdict: LinkState | None = None
    http_status: int | None = None
    failures: int = Field(default=0, description="Separate runs that found it dead or soft-404.")
    failing_since: dt.datetime | None = None
    last_checked: dt.datetime | None = None
    similarity: float | None = Field(
        default=None, description="Page text similarity to the last copy (drift)."
    )
    reason: str | None = None
    citations: list[AuditCitation] = Field(default_factory=list)
    next_check: dt.datetime | None = Field(
        default=None, description="When the schedule checks it again (None: at the next run)."
    )
    locations: dict[str, str] = Field(
        default_factory=dict, description="Worker location → its latest verdict (a fleet's second opinions)."
    )


class AuditDocument(_Model):
    """A document the audit found in its sources."""

    path: str
    source: str
    title: str | None = None
    date: dt.date | None = None
    footnotes: int = 0


class AuditDocumentFindings(_Model):
    """What the checks found in a new or changed document's content (its links are reported apart)."""

    path: str
    status: Literal["new", "changed"]
    title: str | None = None
    findings: list[Finding] = Field(default_factory=list)


class AuditCounts(_Model):
    documents: int = 0
    new_documents: int = 0
    changed_documents: int = 0
    unchanged_documents: int = 0
    urls: int = Field(default=0, description="Distinct cited URLs across the documents.")
    due: int = Field(default=0, description="URLs due for a re-check this run.")
    checked: int = Field(default=0, description="URLs fetched this run.")
    not_modified: int = Field(default=0, description="Fetches answered 304 Not Modified.")
    deferred: int = Field(default=0, description="Due URLs left for the next run (max_urls / max_seconds).")
    failing: int = 0
    broken: int = 0


class AuditResult(_Model):
    """What one audit run found, and what changed since the runs before it."""

    run_id: int | None = None
    started_at: dt.datetime
    finished_at: dt.datetime | None = None
    status: AuditRunStatus = "completed"
    locked_out: bool = False
    message: str | None = None
    resumed_run: int | None = Field(
        default=None, description="An interrupted run whose work this one finished."
    )
    sources: list[str] = Field(default_factory=list)
    source_errors: list[str] = Field(default_factory=list)
    counts: AuditCounts = Field(default_factory=AuditCounts)
    newly_broken: list[AuditLink] = Field(default_factory=list)
    recovered: list[AuditLink] = Field(default_factory=list)
    newly_drifted: list[AuditLink] = Field(default_factory=list)
    new_documents: list[AuditDocument] = Field(default_factory=list)
    still_broken: list[AuditLink] = Field(default_factory=list)
    failing: list[AuditLink] = Field(default_factory=list, description="Failing, not (yet) dead.")
    document_findings: list[AuditDocumentFindings] = Field(
        default_factory=list,
        description="Errors and warnings about the content of new and changed documents (claims, titles, dates…).",
    )
    notify_error: str | None = None
    report: Report | None = None
