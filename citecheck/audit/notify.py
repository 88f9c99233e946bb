"""Tell people what an audit run changed: a plain-text summary, and a Slack-compatible webhook POST.

The webhook gets ``{"text": ..., "blocks": [...], "summary": {...}}``: Slack shows the text and
blocks, other receivers read the JSON summary. A failing webhook is reported, never fatal.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Sequence
from typing import Any

import httpx

from citecheck.config import DEFAULT_USER_AGENT
from citecheck.models import LIVE_STATES, AuditDocument, AuditDocumentFindings, AuditLink, AuditResult

LIST_LIMIT = 10
# Documents whose content findings the webhook's JSON carries (the CLI's --format json has them all).
PAYLOAD_DOCUMENT_LIMIT = 50
_SLACK_SECTION_LIMIT = 2900  # Slack refuses section text over 3000 characters
_RETRYABLE = frozenset({429, 500, 502, 503, 504})
_MESSAGE_CHARS = 240
# What a check answered, when the audit does not call it that yet (one failure is not enough).
_UNCONFIRMED = frozenset({"dead", "soft-404"})


def _when(value: dt.datetime | dt.date | None) -> str:
    if value is None:
        return "?"
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return value.isoformat()


def _cited_in(link: AuditLink) -> str:
    if not link.citations:
        return ""
    shown = ", ".join(f"{c.document} [{c.label}]" for c in link.citations[:3])
    more = f" and {len(link.citations) - 3} more" if len(link.citations) > 3 else ""
    return f"; cited in {shown}{more}"


def link_label(link: AuditLink) -> str:
    """What to call the link: its state, or what its check answered while that is not confirmed.

    A soft-404 is a page that answers 200 and says "not found": it is labelled soft-404 (its HTTP
    status is shown apart), never "unreachable 200".
    """
    if link.state == "unreachable" and link.verdict in _UNCONFIRMED:
        return f"{link.verdict}, unconfirmed"
    return link.state


def describe_link(link: AuditLink) -> str:
    """One line on one URL: its state, what it answered, since when it fails, where it is cited."""
    status = f" (HTTP {link.http_status})" if link.http_status is not None else ""
    parts = [f"{link_label(link)}{status}  {link.url}"]
    if link.failing_since is not None and link.state not in LIVE_STATES:
        checks = "failed check" if link.failures == 1 else "failed checks"
        parts.append(f" — failing since {_when(link.failing_since)} ({link.failures} {checks})")
    if link.previous_state is not None and link.state in LIVE_STATES:
        parts.append(f" — was {link.previous_state}")
    if link.similarity is not None:
        parts.append(f" — text similarity {link.similarity:.2f} to the last copy")
    if link.reason:
        parts.append(f" — {link.reason}")
    return "".join(parts) + _cited_in(link)


def describe_document(doc: AuditDocument) -> str:
    title = f" “{doc.title}”" if doc.title else ""
    date = f" ({doc.date.isoformat()})" if doc.date else ""
    return f"{doc.path}{title}{date}, {doc.footnotes} footnotes"


def describe_findings(item: AuditDocumentFindings) -> list[str]:
    """One line per content finding of a new or changed document."""
    lines: list[str] = []
    for finding in item.findings:
        label = f" [{finding.label}]" if finding.label else ""
        message = " ".join(finding.message.split())
        if len(message) > _MESSAGE_CHARS:
            message = message[: _MESSAGE_CHARS - 1] + "…"
        lines.append(f"{item.path}{label} ({item.status}): {finding.severity} {finding.code}: {message}")
    return lines


def _content_lines(result: AuditResult) -> list[str]:
    return [line for item in result.document_findings for line in describe_findings(item)]


def headline(result: AuditResult) -> str:
    """The run in one line: what changed, or why it did not run."""
    if result.locked_out:
        return f"citecheck audit did not run: {result.message or 'another audit is running'}"
    changes = [
        f"{len(result.newly_broken)} newly broken",
        f"{len(result.recovered)} recovered",
        f"{len(result.newly_drifted)} drifted",
        f"{len(result.new_documents)} new documents",
        f"{sum(len(d.findings) for d in result.document_findings)} content findings",
    ]
    run = f"run {result.run_id} " if result.run_id is not None else ""
    return f"citecheck audit {run}{result.status}: " + ", ".join(changes)


def _section(title: str, lines: Sequence[str], *, limit: int = LIST_LIMIT) -> list[str]:
    if not lines:
        return []
    shown = [f"  {line}" for line in lines[:limit]]
    if len(lines) > limit:
        shown.append(f"  … and {len(lines) - limit} more")
    return [f"{title} ({len(lines)}):", *shown]


def format_audit_summary(result: AuditResult, *, limit: int = LIST_LIMIT) -> str:
    """The run's summary as plain text, for the CLI and the webhook's ``text``."""
    lines = [headline(result)]
    if result.locked_out:
        return lines[0] + "\n"
    c = result.counts
    elapsed = ""
    if result.finished_at is not None:
        elapsed = f" in {(result.finished_at - result.started_at).total_seconds():.1f} s"
    lines.append(f"started {_when(result.started_at)}{elapsed}")
    lines.append(
        f"documents: {c.documents} ({c.new_documents} new, {c.changed_documents} changed, "
        f"{c.unchanged_documents} unchanged)"
    )
    uncited = result.report.summary.documents_without_citations if result.report is not None else 0
    if uncited:
        # The no-citations finding of each such document is in the report; say it here too.
        lines.append(
            f"{uncited} document{'' if uncited == 1 else 's'} without citations: "
            f"nothing was checked in {'it' if uncited == 1 else 'them'}"
        )
    lines.append(
        f"URLs: {c.urls} cited, {c.due} due, {c.checked} checked ({c.not_modified} not modified), "
        f"{c.deferred} left for the next run; {c.broken} broken, {c.failing} failing"
    )
    if result.message:
        lines.append(result.message)
    for error in result.source_errors:
        lines.append(f"source error: {error}")
    if result.notify_error:
        lines.append(f"notification failed: {result.notify_error}")
    for title, items in (
        ("newly broken", [describe_link(x) for x in result.newly_broken]),
        ("recovered", [describe_link(x) for x in result.recovered]),
        ("newly drifted", [describe_link(x) for x in result.newly_drifted]),
        ("new documents", [describe_document(d) for d in result.new_documents]),
        ("content findings in new or changed documents", _content_lines(result)),
        ("still broken", [describe_link(x) for x in result.still_broken]),
        ("failing, not yet dead", [describe_link(x) for x in result.failing]),
    ):
        lines.extend(_section(title, items, limit=limit))
    return "\n".join(lines) + "\n"


def _mrkdwn_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _block_for(title: str, lines: Sequence[str]) -> dict[str, Any] | None:
    if not lines:
        return None
    body = f"*{title}* ({len(lines)})"
    for index, line in enumerate(lines):
        entry = "\n• " + _mrkdwn_escape(line)
        if len(body) + len(entry) > _SLACK_SECTION_LIMIT or index >= LIST_LIMIT:
            body += f"\n… and {len(lines) - index} more"
            break
        body += entry
    return {"type": "section", "text": {"type": "mrkdwn", "text": body}}


def build_payload(result: AuditResult) -> dict[str, Any]:
    """The webhook body: Slack's ``text`` and ``blocks``, plus the run's JSON summary (no report)."""
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": headline(result)[:150]}},
    ]
    for title, lines in (
        ("Newly broken", [describe_link(x) for x in result.newly_broken]),
        ("Recovered", [describe_link(x) for x in result.recovered]),
        ("Newly drifted", [describe_link(x) for x in result.newly_drifted]),
        ("New documents", [describe_document(d) for d in result.new_documents]),
        ("Content findings in new or changed documents", _content_lines(result)),
        ("Still broken", [describe_link(x) for x in result.still_broken]),
        ("Failing, not yet dead", [describe_link(x) for x in result.failing]),
    ):
        block = _block_for(title, lines)
        if block is not None:
            blocks.append(block)
    c = result.counts
    context = f"{c.documents} documents · {c.urls} URLs · {c.checked} checked · {c.deferred} deferred" + (
        f" · {len(result.source_errors)} source errors" if result.source_errors else ""
    )
    blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": _mrkdwn_escape(context)}]})
    summary = result.model_dump(mode="json", exclude={"report"})
    # A first audit of a whole archive finds every document new: keep the POST a webhook accepts.
    listed = summary["document_findings"]
    if len(listed) > PAYLOAD_DOCUMENT_LIMIT:
        summary["document_findings"] = listed[:PAYLOAD_DOCUMENT_LIMIT]
        summary["document_findings_omitted"] = len(listed) - PAYLOAD_DOCUMENT_LIMIT
    return {"text": format_audit_summary(result), "blocks": blocks, "summary": summary}


async def notify(
    url: str,
    result: AuditResult,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    timeout: float = 10.0,
    user_agent: str = DEFAULT_USER_AGENT,
    retry_delay: float = 1.0,
) -> str | None:
    """POST the run's summary to a webhook; None when it was accepted, else why not.

    One retry for a connection failure, 429 or 5xx: a webhook briefly down should not lose the
    night's news, and one that stays down must not hold the audit up.
    """
    payload = build_payload(result)
    headers = {"User-Agent": user_agent}
    problem = "not sent"
    async with httpx.AsyncClient(transport=transport, timeout=timeout, headers=headers) as client:
        for attempt in range(2):
            if attempt:
                await asyncio.sleep(retry_delay)
            try:
                response = await client.post(url, json=payload)
            except httpx.HTTPError as exc:
                problem = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
                continue
            if response.is_success:
                return None
            problem = f"the webhook answered {response.status_code} {response.reason_phrase}".rstrip()
            if response.status_code not in _RETRYABLE:
                break
    return f"{url}: {problem}"
