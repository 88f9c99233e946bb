"""The ``html`` format: one self-contained page for an editor, rendered with jinja2 (autoescaped).

Each footnote is a card: the claims it supports, the cited title beside the page's real title,
the link verdict, the archived copy, and the findings with their evidence; problems come first.
Everything user-supplied is escaped, and only http(s) URLs ever become links.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined

from citecheck.config import Config
from citecheck.findings import CODES
from citecheck.models import SEVERITIES, Finding, Report
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


def _evidence_value(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, list):
        return ", ".join(str(item) for item in value) if value else "(none)"
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


@dataclass
class FindingCard:
    severity: str
    code: str
    summary: str
    message: str
    location: str
    evidence: list[tuple[str, str]]


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


def _finding_card(view: DocumentView, finding: Finding) -> FindingCard:
    position = finding_position(view.document, finding)
    spec = CODES.get(finding.code)
    return FindingCard(
        severity=finding.severity,
        code=finding.code,
        summary=spec.summary if spec else finding.code,
        message=finding.message,
        location=f"line {position[0]}, column {position[1]}" if position else "whole document",
        evidence=[(key.replace("_", " "), _evidence_value(value)) for key, value in finding.evidence.items()],
    )


def _anchor(*parts: str) -> str:
    return "-".join(re.sub(r"[^A-Za-z0-9_-]+", "_", part) for part in parts)


def _footnote_card(view: DocumentView, doc_anchor: str, fn: FootnoteView) -> FootnoteCard:
    footnote = fn.footnote
    claims = [(c.claim, f"line {c.line}, column {c.column}") for c in fn.citations]
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
    )


def _sections(report: Report) -> list[DocumentSection]:
    sections = []
    for index, view in enumerate(report_views(report), start=1):
        anchor = f"doc-{index}"
        cards = [_footnote_card(view, anchor, fn) for fn in view.problems_first()]
        severity_counts = {key: sum(1 for card in cards if card.severity == key) for key, _ in FILTERS}
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
