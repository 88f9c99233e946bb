"""Turn a footnote's link verdict into findings (dead-link, soft-404, redirected, unreachable, blocked).

The verdict itself is the fetcher's; this module only words it for a reader and places it at
the footnote entry.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from citecheck.findings import make_finding
from citecheck.models import Finding, Footnote, LinkResult


def _detail(link: LinkResult) -> str:
    if link.error is not None:
        return link.error.message
    if link.http_status is not None:
        return f"HTTP {link.http_status}"
    return "no answer"


def _evidence(link: LinkResult) -> dict[str, object]:
    evidence: dict[str, object] = {"state": link.state, "url": link.url}
    if link.http_status is not None:
        evidence["http_status"] = link.http_status
    if link.final_url and link.final_url != link.url:
        evidence["final_url"] = link.final_url
    if link.error is not None:
        evidence["error"] = link.error.kind
    if link.attempts:
        evidence["attempts"] = link.attempts
    return evidence


def _upgraded_to_https(link: LinkResult) -> bool:
    if not link.final_url:
        return False
    before, after = urlsplit(link.url), urlsplit(link.final_url)
    return before.scheme == "http" and after.scheme == "https" and before.hostname == after.hostname


def link_findings(footnote: Footnote) -> list[Finding]:
    """The findings one footnote's link verdict calls for (none for alive or skipped links)."""
    link = footnote.link
    if link is None:
        return []
    where = {"label": footnote.label, "line": footnote.line, "column": footnote.column}
    evidence = _evidence(link)
    state = link.state
    if state == "dead":
        return [
            make_finding(
                "dead-link",
                f"[{footnote.label}] {link.url} is dead ({_detail(link)}).",
                evidence=evidence,
                **where,
            )
        ]
    if state == "soft-404":
        return [
            make_finding(
                "soft-404",
                f"[{footnote.label}] {link.url} answers, but with a 'not found' page ({_detail(link)}).",
                evidence=evidence,
                **where,
            )
        ]
    if state == "unreachable":
        return [
            make_finding(
                "unreachable",
                f"[{footnote.label}] {link.url} could not be reached ({_detail(link)}); "
                "transient until it stays so.",
                evidence=evidence,
                **where,
            )
        ]
    if state == "blocked":
        return [
            make_finding(
                "blocked",
                f"[{footnote.label}] {link.url} refused our checker ({_detail(link)}); "
                "check it in a browser.",
                evidence=evidence,
                **where,
            )
        ]
    if state == "redirected":
        target = link.suggestion or link.final_url
        return [
            make_finding(
                "redirected",
                f"[{footnote.label}] {link.url} has moved permanently to {target}; cite the new URL.",
                evidence={**evidence, "suggestion": target},
                **where,
            )
        ]
    if state == "alive" and _upgraded_to_https(link):
        return [
            make_finding(
                "insecure-url",
                f"[{footnote.label}] {link.url} is served over https; cite {link.final_url}.",
                evidence={**evidence, "suggestion": link.final_url},
                **where,
            )
        ]
    return []
