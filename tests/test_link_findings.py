"""Link verdicts become findings with the contract's codes and severities, at the footnote entry."""

from __future__ import annotations

import pytest

from citecheck.link_findings import link_findings
from citecheck.models import Footnote, LinkError, LinkResult


def footnote(link: LinkResult | None) -> Footnote:
    return Footnote(
        label="iv", ordinal=4, raw="…", url=link.url if link else None, line=41, column=1, link=link
    )


@pytest.mark.parametrize(
    ("state", "code", "severity"),
    [
        ("dead", "dead-link", "error"),
        ("soft-404", "soft-404", "error"),
        ("unreachable", "unreachable", "warning"),
        ("blocked", "blocked", "info"),
        ("redirected", "redirected", "info"),
    ],
)
def test_each_failing_state_has_its_code(state: str, code: str, severity: str) -> None:
    link = LinkResult(url="https://example.org/a", state=state, http_status=404)  # type: ignore[arg-type]
    (finding,) = link_findings(footnote(link))
    assert (finding.code, finding.severity, finding.label, finding.line) == (code, severity, "iv", 41)
    assert finding.evidence["state"] == state
    assert "https://example.org/a" in finding.message


@pytest.mark.parametrize("state", ["alive", "skipped"])
def test_alive_and_skipped_are_quiet(state: str) -> None:
    link = LinkResult(url="https://example.org/a", state=state)  # type: ignore[arg-type]
    assert link_findings(footnote(link)) == []
    assert link_findings(footnote(None)) == []


def test_redirect_suggests_the_new_url() -> None:
    link = LinkResult(
        url="https://example.org/old",
        state="redirected",
        final_url="https://example.org/new",
        suggestion="https://example.org/new",
        http_status=200,
    )
    (finding,) = link_findings(footnote(link))
    assert finding.evidence["suggestion"] == "https://example.org/new"
    assert "https://example.org/new" in finding.message


def test_error_message_is_used_as_detail() -> None:
    link = LinkResult(
        url="https://gone.invalid/", state="dead", error=LinkError(kind="dns", message="no such host")
    )
    (finding,) = link_findings(footnote(link))
    assert "no such host" in finding.message
    assert finding.evidence["error"] == "dns"


def test_http_upgraded_to_https_is_an_info() -> None:
    link = LinkResult(url="http://tass.ru/x", state="alive", final_url="https://tass.ru/x", http_status=200)
    (finding,) = link_findings(footnote(link))
    assert (finding.code, finding.severity) == ("insecure-url", "info")
    other_host = LinkResult(url="http://a.org/x", state="alive", final_url="https://b.org/x", http_status=200)
    assert link_findings(footnote(other_host)) == []
