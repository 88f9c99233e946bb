"""The presentation view every renderer shares: footnotes paired with their claims and findings.

Renderers differ in shape only; which finding belongs to which footnote, where a finding sits in
the file, how problems are ordered and how a URL is shortened are decided here, once.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from citecheck.models import (
    LINK_STATES,
    SEVERITY_RANK,
    Citation,
    Document,
    Finding,
    FindingCounts,
    Footnote,
    Report,
    Severity,
    Summary,
)

NOT_CHECKED = "not checked"

# The CLI's exit codes (shared/CONTRACT.md), repeated in the summaries CI users read.
EXIT_CODES: tuple[tuple[int, str], ...] = (
    (0, "no finding at or above --fail-on"),
    (1, "findings at or above --fail-on"),
    (2, "usage, configuration or input error"),
    (3, "could not check: our own network is unavailable"),
)


@dataclass
class FootnoteView:
    """One footnote entry (or a cited label that has none) with everything said about it."""

    label: str
    footnote: Footnote | None
    citations: list[Citation] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    @property
    def worst(self) -> Severity | None:
        return worst_severity(self.findings)

    @property
    def state(self) -> str:
        if self.footnote is None or self.footnote.link is None:
            return NOT_CHECKED
        return self.footnote.link.state

    @property
    def url(self) -> str | None:
        return self.footnote.url if self.footnote is not None else None

    @property
    def http_status(self) -> int | None:
        if self.footnote is None or self.footnote.link is None:
            return None
        return self.footnote.link.http_status


@dataclass
class DocumentView:
    """A document's footnotes in reading order, plus the findings that belong to no footnote."""

    document: Document
    footnotes: list[FootnoteView]
    general: list[Finding]

    @property
    def counts(self) -> FindingCounts:
        return count_findings(self.document.findings)

    def problems_first(self) -> list[FootnoteView]:
        """Footnotes ordered worst first, keeping reading order among equals."""
        return sorted(self.footnotes, key=lambda view: -severity_rank(view.worst))


def severity_rank(severity: str | None) -> int:
    return SEVERITY_RANK.get(severity, 0) if severity is not None else 0


def worst_severity(findings: list[Finding]) -> Severity | None:
    worst: Severity | None = None
    for finding in findings:
        if severity_rank(finding.severity) > severity_rank(worst):
            worst = finding.severity
    return worst


def count_findings(findings: list[Finding]) -> FindingCounts:
    counts = FindingCounts()
    for finding in findings:
        setattr(counts, finding.severity, getattr(counts, finding.severity) + 1)
    return counts


def document_view(doc: Document) -> DocumentView:
    """Pair each footnote with its citations and findings.

    A finding goes to the entry with its label; when entries share a label (a duplicate), to the
    one on the finding's line, else the first. Labels cited but never defined get a view of their
    own so their findings (``missing-footnote``) stay next to the claim.
    """
    views: list[FootnoteView] = []
    by_label: dict[str, list[FootnoteView]] = {}
    for fn in sorted(doc.footnotes, key=lambda f: (f.ordinal, f.line)):
        view = FootnoteView(label=fn.label, footnote=fn)
        views.append(view)
        by_label.setdefault(fn.label, []).append(view)
    for citation in doc.citations:
        if citation.label not in by_label:
            orphan = FootnoteView(label=citation.label, footnote=None)
            views.append(orphan)
            by_label[citation.label] = [orphan]
        by_label[citation.label][0].citations.append(citation)
    general: list[Finding] = []
    for finding in doc.findings:
        candidates = by_label.get(finding.label) if finding.label is not None else None
        if not candidates:
            if finding.label is not None:
                orphan = FootnoteView(label=finding.label, footnote=None, findings=[finding])
                views.append(orphan)
                by_label[finding.label] = [orphan]
            else:
                general.append(finding)
            continue
        target = next(
            (v for v in candidates if v.footnote is not None and v.footnote.line == finding.line),
            candidates[0],
        )
        target.findings.append(finding)
    return DocumentView(document=doc, footnotes=views, general=general)


def report_views(report: Report) -> list[DocumentView]:
    return [document_view(doc) for doc in report.documents]


def finding_position(doc: Document, finding: Finding) -> tuple[int, int] | None:
    """Line and column (1-based) of a finding: its own, else its marker's, else its entry's.

    None for a finding about the whole document (e.g. a numbering gap reported without a line).
    """
    if finding.line is not None:
        return max(finding.line, 1), max(finding.column or 1, 1)
    if finding.label is not None:
        for citation in doc.citations:
            if citation.label == finding.label:
                return max(citation.line, 1), max(citation.column, 1)
        for fn in doc.footnotes:
            if fn.label == finding.label:
                return max(fn.line, 1), max(fn.column, 1)
    return None


def finding_location(doc: Document, finding: Finding) -> tuple[int, int]:
    """As :func:`finding_position`, but line 1 for document-wide findings (tools need a line)."""
    return finding_position(doc, finding) or (1, 1)


def position_text(doc: Document, finding: Finding) -> str:
    """``17:880``, or ``-`` for a finding about the whole document."""
    position = finding_position(doc, finding)
    return f"{position[0]}:{position[1]}" if position else "-"


def footnote_for(doc: Document, finding: Finding) -> Footnote | None:
    if finding.label is None:
        return None
    return next((fn for fn in doc.footnotes if fn.label == finding.label), None)


def problems(report: Report) -> list[tuple[Document, Finding]]:
    """Every finding of the run, worst first, then by document and position."""
    rows = [(doc, finding) for doc in report.documents for finding in doc.findings]
    rows.sort(
        key=lambda row: (
            -severity_rank(row[1].severity),
            row[0].path,
            finding_location(row[0], row[1]),
            row[1].code,
        )
    )
    return rows


def fails(report: Report, fail_on: str) -> bool:
    """True when the run ends with exit code 1 under ``--fail-on``."""
    floor = SEVERITY_RANK[fail_on]
    return any(SEVERITY_RANK[f.severity] >= floor for doc in report.documents for f in doc.findings)


def plural(count: int, noun: str, many: str | None = None) -> str:
    return f"{count} {noun if count == 1 else (many or noun + 's')}"


def counts_phrase(counts: FindingCounts) -> str:
    """``1 error, 0 warnings, 2 info``."""
    return f"{plural(counts.error, 'error')}, {plural(counts.warning, 'warning')}, {counts.info} info"


def link_state_counts(links: dict[str, int]) -> list[str]:
    """``['6 alive', '1 dead']`` in the contract's state order, unknown states last."""
    parts = [f"{links[state]} {state}" for state in LINK_STATES if links.get(state)]
    parts += [f"{n} {state}" for state, n in sorted(links.items()) if state not in LINK_STATES and n]
    return parts


def links_phrase(links: dict[str, int]) -> str:
    """``7 links: 6 alive, 1 dead``."""
    total = sum(links.values())
    if not total:
        return "no links checked"
    return f"{plural(total, 'link')}: {', '.join(link_state_counts(links))}"


def entries_phrase(total: int, inline: int) -> str:
    """``7 footnotes``, or ``1 footnote, 38 inline links`` when the text's links are citations too."""
    if not inline:
        return plural(total, "footnote")
    return f"{plural(total - inline, 'footnote')}, {plural(inline, 'inline link')}"


def document_entries_phrase(doc: Document) -> str:
    return entries_phrase(len(doc.footnotes), sum(1 for fn in doc.footnotes if fn.kind == "inline"))


def without_citations_phrase(summary: Summary, *, detail: bool = True) -> str | None:
    """``2 documents without citations: nothing was checked in them``, or None when every document cited."""
    count = summary.documents_without_citations
    if not count:
        return None
    phrase = f"{plural(count, 'document')} without citations"
    return phrase + (f": nothing was checked in {'it' if count == 1 else 'them'}" if detail else "")


def elapsed_phrase(elapsed_ms: int | None) -> str | None:
    if elapsed_ms is None:
        return None
    seconds = elapsed_ms / 1000
    return f"{seconds:.1f} s" if seconds < 60 else f"{math.floor(seconds / 60)} min {seconds % 60:.0f} s"


def shorten_url(url: str, width: int) -> str:
    """Drop the scheme and ``www.``; keep the host and cut the path with an ellipsis to ``width``."""
    parts = urlsplit(url)
    if parts.scheme in {"http", "https"} and parts.netloc:
        host = parts.netloc.removeprefix("www.")
        rest = url.split(parts.netloc, 1)[1]
        short = host + (rest if rest != "/" else "")
    else:
        short = url
    return ellipsize(short, width)


def ellipsize(text: str, width: int) -> str:
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    return text[: max(width - 1, 0)] + "…"


def ellipsize_left(text: str, width: int) -> str:
    """Keep the end of a path, which names the file."""
    if len(text) <= width:
        return text
    return "…" + text[-(width - 1) :]


def relative_path(path: str, root: Path | None = None) -> str:
    """A document path as CI tools want it: relative to ``root`` (the cwd) when below it, POSIX."""
    candidate = Path(path)
    if candidate.is_absolute():
        base = (root or Path.cwd()).resolve()
        try:
            return PurePosixPath(candidate.resolve().relative_to(base)).as_posix()
        except ValueError:
            return candidate.as_posix()
    return PurePosixPath(*candidate.parts).as_posix() if candidate.parts else path
