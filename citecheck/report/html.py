"""The ``html`` format: one self-contained page for an editor, rendered with jinja2 (autoescaped).

Each footnote is a card: the claims it supports, the cited title beside the page's real title,
the link verdict, the archived copy, and the findings with their evidence; problems come first.
Everything user-supplied is escaped, and only http(s) URLs ever become links.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined

from citecheck.config import Config
from citecheck.findings import CODES
from citecheck.models import SEVERITIES, Citation, Finding, Report
from citecheck.report.explain import citation_place, evidence_lines, headline, place
from citecheck.report.view import (
    EXIT_CODES,
    NOT_CHECKED,
    DocumentView,
    FootnoteView,
    counts_phrase,
    elapsed_phrase,
    entries_phrase,
    fails,
    finding_position,
    links_phrase,
    plural,
    report_views,
    shorten_url,
    without_citations_phrase,
)

OK = "ok"
FILTERS: tuple[tuple[str, str], ...] = (
    ("error", "Errors"),
    ("warning", "Warnings"),
    ("info", "Info"),
    (OK, "No problems"),
)
_STATE_TONES = {
    "alive": "good",
    "redirected": "note",
    "dead": "bad",
    "soft-404": "bad",
    "unreachable": "warn",
    "blocked": "warn",
    "skipped": "muted",
    NOT_CHECKED: "muted",
}


def safe_href(url: str | None) -> str | None:
    """Only http(s) URLs become links: a ``javascript:`` footnote must stay inert text."""
    if url and re.match(r"https?://[^\s]+$", url.strip(), re.IGNORECASE):
        return url.strip()
    return None


def _when(value: dt.date | dt.datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return (
            value.strftime("%Y-%m-%d %H:%M UTC")
            if value.utcoffset() == dt.timedelta(0)
            else value.isoformat()
        )
    return value.isoformat()


@dataclass
class FindingCard:
    severity: str
    code: str
    summary: str
    message: str
    location: str
    evidence: list[str]


@dataclass
class Side:
    """One column of the cited-versus-found comparison."""

    heading: str
    rows: list[tuple[str, str | None]]


@dataclass
class FootnoteCard:
    anchor: str
    label: str
    severity: str
    state: str
    tone: str
    http_status: int | None
    raw: str | None
    url: str | None
    href: str | None
    url_short: str | None
    claims: list[tuple[str, str]]
    cited: Side
    found: Side | None
    findings: list[FindingCard]
    link_facts: list[tuple[str, str]]
    hops: list[tuple[int, str]]
    archive: list[tuple[str, str, str | None]]
    robust_link: str | None
    final_href: str | None = None
    severities: str = ""


@dataclass
class DocumentSection:
    anchor: str
    path: str
    title: str | None
    date: str | None
    counts: str
    general: list[FindingCard]
    cards: list[FootnoteCard]
    severity_counts: dict[str, int] = field(default_factory=dict)


# A wall is not a refusal of our checker: name what the reader will meet.
_WALL_SUMMARIES = {"login-wall": "Behind a sign-in page", "paywall": "Behind a paywall"}


def _finding_card(view: DocumentView, finding: Finding) -> FindingCard:
    position = finding_position(view.document, finding)
    spec = CODES.get(finding.code)
    location = f"line {position[0]}, column {position[1]}" if position else "whole document"
    where = place(view.document, finding)
    summary = _WALL_SUMMARIES.get(str(finding.evidence.get("error"))) if finding.code == "blocked" else None
    return FindingCard(
        severity=finding.severity,
        code=finding.code,
        summary=summary or (spec.summary if spec else finding.code),
        message=headline(finding),
        location=f"{where} · {location}" if where else location,
        evidence=evidence_lines(finding),
    )


def _claim_place(view: DocumentView, citation: Citation) -> str:
    where = citation_place(view.document, citation.paragraph, citation.claim, citation.paragraph_number)
    position = f"line {citation.line}, column {citation.column}"
    return f"{where} · {position}" if where else position


def _anchor(*parts: str) -> str:
    return "-".join(re.sub(r"[^A-Za-z0-9_-]+", "_", part) for part in parts)


def _footnote_card(view: DocumentView, doc_anchor: str, fn: FootnoteView) -> FootnoteCard:
    footnote = fn.footnote
    claims = [(c.claim, _claim_place(view, c)) for c in fn.citations]
    cited = Side("Cited", [])
    found: Side | None = None
    link_facts: list[tuple[str, str]] = []
    hops: list[tuple[int, str]] = []
    archive: list[tuple[str, str, str | None]] = []
    robust_link = None
    final_href = None
    if footnote is not None:
        cited.rows = [
            ("Title", footnote.title),
            ("Publisher", footnote.publisher),
            ("Accessed", _when(footnote.access_date)),
        ]
        if footnote.page is not None:
            page = footnote.page
            found = Side(
                "On the page",
                [
                    ("Title", page.title),
                    ("Site", page.site_name),
                    ("Published", _when(page.published)),
                    ("Language", page.language),
                ],
            )
        link = footnote.link
        if link is not None:
            if link.final_url and link.final_url != footnote.url:
                final_href = safe_href(link.final_url)
                link_facts.append(("Final URL", link.final_url))
            if link.error is not None:
                link_facts.append(("Why", f"{link.error.kind}: {link.error.message}"))
            if link.elapsed_ms is not None:
                link_facts.append(("Answered in", f"{link.elapsed_ms} ms"))
            if link.content_type:
                link_facts.append(("Content type", link.content_type))
            checked = _when(link.checked_at)
            if checked:
                link_facts.append(("Checked", checked))
            if link.suggestion:
                link_facts.append(("Suggested URL", link.suggestion))
            hops = [(hop.status, hop.url) for hop in link.hops]
        if footnote.archive is not None:
            ref = footnote.archive
            if ref.archived_url:
                archive.append(("Archived copy", ref.archived_url, safe_href(ref.archived_url)))
            if ref.archived_at:
                archive.append(("Archived at", _when(ref.archived_at) or "", None))
            if ref.warc:
                archive.append(("Local WARC", ref.warc, None))
            if ref.local_captured_at:
                archive.append(("Captured locally", _when(ref.local_captured_at) or "", None))
            robust_link = ref.robust_link
    url = footnote.url if footnote is not None else None
    return FootnoteCard(
        anchor=_anchor(doc_anchor, "fn", fn.label, str(footnote.ordinal if footnote else 0)),
        label=fn.label,
        severity=fn.worst or OK,
        state=fn.state,
        tone=_STATE_TONES.get(fn.state, "muted"),
        http_status=fn.http_status,
        raw=footnote.raw if footnote is not None else None,
        url=url,
        href=safe_href(url),
        url_short=shorten_url(url, 90) if url else None,
        claims=claims,
        cited=cited,
        found=found,
        findings=[_finding_card(view, f) for f in fn.findings],
        link_facts=link_facts,
        hops=hops,
        archive=archive,
        robust_link=robust_link,
        final_href=final_href,
        severities=" ".join(s for s in SEVERITIES if any(f.severity == s for f in fn.findings)),
    )


def _sections(report: Report) -> list[DocumentSection]:
    sections = []
    for index, view in enumerate(report_views(report), start=1):
        anchor = f"doc-{index}"
        cards = [_footnote_card(view, anchor, fn) for fn in view.problems_first()]
        # The filters count findings, as the summary does ("1 warning" beside "Warnings (1)"), and
        # footnotes without a finding; the document-wide findings count too.
        findings = view.document.findings
        severity_counts: dict[str, int] = {
            key: sum(1 for f in findings if f.severity == key) for key in SEVERITIES
        }
        severity_counts[OK] = sum(1 for card in cards if not card.findings)
        sections.append(
            DocumentSection(
                anchor=anchor,
                path=view.document.path,
                title=view.document.title,
                date=_when(view.document.date),
                counts=counts_phrase(view.counts),
                general=[_finding_card(view, f) for f in view.general],
                cards=cards,
                severity_counts=severity_counts,
            )
        )
    return sections


def filter_css() -> str:
    """CSS that hides, without JavaScript, each footnote whose every finding severity is unticked
    (and each finding of an unticked severity); one rule per combination of severities."""
    rules = []
    for mask in range(1, 2 ** len(SEVERITIES)):
        chosen = [s for i, s in enumerate(SEVERITIES) if mask >> i & 1]
        unticked = "".join(f":has(#show-{s}:not(:checked))" for s in chosen)
        rules.append(f'body{unticked} .card[data-severities="{" ".join(chosen)}"]')
    rules.append('body:has(#show-ok:not(:checked)) .card[data-severities=""]')
    findings = [f"body:has(#show-{s}:not(:checked)) .card li.finding.{s}" for s in SEVERITIES]
    return ",\n".join(rules + findings) + " { display: none; }"


@cache
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("citecheck.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render(report: Report, config: Config) -> str:
    sections = _sections(report)
    summary = report.summary
    card_counts = {key: sum(s.severity_counts[key] for s in sections) for key, _ in FILTERS}
    template = _environment().get_template("report.html.j2")
    return template.render(
        report=report,
        summary=summary,
        sections=sections,
        filters=[(key, name, card_counts[key]) for key, name in FILTERS],
        total_cards=sum(len(s.cards) for s in sections),
        severities=SEVERITIES,
        filter_css=filter_css(),
        counts=summary.findings,
        scope=(
            f"{plural(summary.documents, 'document')} · {entries_phrase(summary.footnotes, summary.inline_links)} · "
            f"{links_phrase(summary.links)}"
        ),
        elapsed=elapsed_phrase(summary.elapsed_ms),
        without_citations=without_citations_phrase(summary),
        generated=_when(report.generated_at),
        failing=fails(report, config.fail_on),
        fail_on=config.fail_on,
        exit_codes=EXIT_CODES,
    )
