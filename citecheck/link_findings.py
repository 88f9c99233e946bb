"""Turn a footnote's link verdict into findings (dead-link, soft-404, redirected, unreachable, blocked,
and anchor-not-found for a cited part of a page the page no longer holds).

The verdict itself is the fetcher's; this module only words it for a reader and places it at
the footnote entry.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from citecheck.findings import finding_at
from citecheck.fragments import element_fragment, readable
from citecheck.models import LIVE_STATES, Finding, Footnote, LinkResult


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


# state → (finding code, message after "[label] URL ").
_MESSAGES: dict[str, tuple[str, str]] = {
    "dead": ("dead-link", "is dead ({detail})."),
    "soft-404": ("soft-404", "answers, but with a 'not found' page ({detail})."),
    "unreachable": ("unreachable", "could not be reached ({detail}); transient until it stays so."),
    "blocked": ("blocked", "refused our checker ({detail}); check it in a browser."),
    "redirected": ("redirected", "has moved permanently to {target}; cite the new URL."),
}


# Every code this module gives: what a caller that words a footnote's link findings again (the audit)
# replaces, and nothing else.
CODES = frozenset({code for code, _ in _MESSAGES.values()} | {"insecure-url", "anchor-not-found"})

# Walls are not refusals of our checker: say what a reader will meet.
_WALLS: dict[str, str] = {
    "login-wall": "shows a sign-in page instead of the source ({detail}); check it in a browser with an account.",
    "paywall": "is behind a paywall ({detail}); the source was not read, check it with a subscription.",
}


def link_findings(footnote: Footnote) -> list[Finding]:
    """The findings one footnote's link verdict calls for (none for alive or skipped links)."""
    link = footnote.link
    if link is None:
        return []
    return _state_findings(footnote, link) + _anchor_findings(footnote, link)


def _anchor_findings(footnote: Footnote, link: LinkResult) -> list[Finding]:
    """``anchor-not-found`` when the page, read whole, lacks the part the cited URL points at."""
    fragment = element_fragment(footnote.url)
    page = footnote.page
    if fragment is None or page is None or link.state not in LIVE_STATES:
        return []
    if page.anchors.get(fragment) is not False:  # found, or not judged
        return []
    message = (
        f"[{footnote.label}] {footnote.url} points at the part “{readable(fragment)}” of its page, which the "
        "page no longer has: a reader lands at the top. Find the section it meant, or cite the page without #…."
    )
    evidence = {"url": footnote.url, "fragment": fragment, "state": link.state}
    return [finding_at("anchor-not-found", message, footnote, evidence=evidence)]


def _state_findings(footnote: Footnote, link: LinkResult) -> list[Finding]:
    evidence = _evidence(link)
    target = link.suggestion or link.final_url
    if link.state in _MESSAGES:
        code, template = _MESSAGES[link.state]
        if link.state == "redirected":
            evidence["suggestion"] = target
    elif link.state == "alive" and _upgraded_to_https(link):
        code, template = "insecure-url", "is served over https; cite {target}."
        evidence["suggestion"] = target
    else:
        return []
    if link.state == "blocked" and link.error is not None and link.error.kind in _WALLS:
        template = _WALLS[link.error.kind]
    message = f"[{footnote.label}] {link.url} " + template.format(detail=_detail(link), target=target)
    return [finding_at(code, message, footnote, evidence=evidence)]
