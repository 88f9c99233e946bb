"""The registry of finding codes: default severity, a short name and help text for each.

Codes are kebab-case and stable: they are configuration keys, SARIF rule ids and JSON values.
Every module that reports a finding builds it with :func:`make_finding`, so an unknown code is
a programming error caught at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from citecheck.models import Citation, Finding, Footnote, Severity


@dataclass(frozen=True)
class FindingCode:
    code: str
    severity: Severity
    category: str
    summary: str
    help: str


_CODES: tuple[FindingCode, ...] = (
    # Structure: no network needed.
    FindingCode(
        "missing-footnote",
        "error",
        "structure",
        "Marker without a footnote entry",
        "The text carries a marker (e.g. [iv]) but no footnote entry has that label. Add the entry or remove the marker.",
    ),
    FindingCode(
        "orphan-footnote",
        "warning",
        "structure",
        "Footnote entry never cited",
        "A footnote entry exists but no marker in the text points to it. Cite it or remove it.",
    ),
    FindingCode(
        "duplicate-footnote",
        "error",
        "structure",
        "Two footnote entries share a label",
        "Two entries carry the same label, so a reader cannot tell which one a marker means.",
    ),
    FindingCode(
        "numbering-gap",
        "warning",
        "structure",
        "Footnote numbering skips or goes out of order",
        "Footnote labels should run 1, 2, 3 … (or i, ii, iii …) without gaps, in order of first citation.",
    ),
    FindingCode(
        "invalid-url",
        "error",
        "structure",
        "The footnote's URL cannot be parsed",
        "The URL in the footnote entry is not a valid http(s) URL (spaces, missing host, bad characters).",
    ),
    FindingCode(
        "missing-url",
        "info",
        "structure",
        "Footnote without a URL",
        "The entry cites a source without a URL (a book, an interview). That is valid; it just cannot be checked online.",
    ),
    FindingCode(
        "insecure-url",
        "info",
        "structure",
        "http:// URL for a host that serves https",
        "The footnote links over plain http while the site answers over https; prefer the https URL.",
    ),
    FindingCode(
        "missing-access-date",
        "warning",
        "structure",
        "Footnote without an access date",
        'Web sources should say when they were read (e.g. "Access Date: 14.11.2025") so archived copies can be matched.',
    ),
    FindingCode(
        "access-date-in-future",
        "error",
        "structure",
        "Access date lies in the future",
        "The footnote says the source was read on a date that has not come yet.",
    ),
    FindingCode(
        "access-date-after-document",
        "warning",
        "structure",
        "Access date after the document's date",
        "The footnote says the source was read after the analysis was published.",
    ),
    FindingCode(
        "parse-failed",
        "error",
        "structure",
        "The document could not be read",
        "Reading this document failed inside citecheck, a fault of the parser, not of the document: "
        "nothing in it was checked. The run's other documents were. Please report the file.",
    ),
    FindingCode(
        "no-citations",
        "warning",
        "structure",
        "Nothing citeable found in the document",
        "No footnote markers with entries, no endnote or source list and no links in the text were found, so "
        "nothing was checked. The message says what was seen instead. An error with --require-citations.",
    ),
    # Links.
    FindingCode(
        "dead-link",
        "error",
        "links",
        "The cited URL is dead",
        "The server answered 404/410, the domain does not exist, or the connection was refused after retries.",
    ),
    FindingCode(
        "soft-404",
        "error",
        "links",
        "The cited URL shows a 'not found' page",
        "The server answers 200 but the page is an error or placeholder page (a 'soft 404').",
    ),
    FindingCode(
        "redirected",
        "info",
        "links",
        "The cited URL redirects permanently",
        "The URL moved permanently; cite the new address.",
    ),
    FindingCode(
        "unreachable",
        "warning",
        "links",
        "The cited URL could not be reached this time",
        "Timeouts, server errors or TLS failures after retries. Transient: not dead until it stays so.",
    ),
    FindingCode(
        "blocked",
        "info",
        "links",
        "The site refused our checker",
        "The site answered 401/403/429 or a bot challenge. The page may be fine for readers; check it by hand.",
    ),
    FindingCode(
        "anchor-not-found",
        "warning",
        "links",
        "The cited section is not on the page",
        "The URL points at a part of its page (#section) that the page no longer has: a reader lands at its top. "
        "Judged only on pages read whole whose own markup names their parts (a heading's id), not on pages "
        "whose scripts name them.",
    ),
    # Verification.
    FindingCode(
        "title-mismatch",
        "warning",
        "verification",
        "The cited title does not match the page",
        "The footnote's title is not the title of the page at its URL (after transliteration, case and punctuation).",
    ),
    FindingCode(
        "claim-mismatch",
        "error",
        "verification",
        "The source does not appear to support the claim",
        "The sentence that carries the marker shares almost nothing with the cited source: likely the wrong footnote.",
    ),
    FindingCode(
        "unverified-offline",
        "info",
        "verification",
        "Claim could not be judged without the page",
        "Offline, the claim was compared with the cited title only and there was too little to judge. Not a mismatch.",
    ),
    FindingCode(
        "check-failed",
        "warning",
        "verification",
        "A check could not be done",
        "A check of this footnote (or of the whole document's content) failed inside citecheck, a fault of "
        "citecheck, not of the document: what the message names was not checked. The other checks and "
        "documents were. Please report the file.",
    ),
    FindingCode(
        "quote-not-found",
        "warning",
        "verification",
        "A quoted phrase is not on the page",
        "The claim puts a phrase in quotation marks that the cited page (in the same language) does not contain.",
    ),
    FindingCode(
        "access-date-before-publication",
        "warning",
        "verification",
        "Access date before the source was published",
        "The footnote says the source was read before the page was published.",
    ),
    FindingCode(
        "source-after-document",
        "warning",
        "verification",
        "Source published after the document",
        "The cited source was published after the analysis itself.",
    ),
    FindingCode(
        "source-predates-claim",
        "warning",
        "verification",
        "Source older than the event it is cited for",
        "The claim dates an event later than the source's publication date, so the source cannot report it.",
    ),
    FindingCode(
        "publisher-mismatch",
        "warning",
        "verification",
        "Publisher does not match the site",
        "The footnote's publisher matches neither the URL's domain nor the page's site name.",
    ),
    # Archive.
    FindingCode(
        "content-drift",
        "warning",
        "archive",
        "The page changed since it was first archived",
        "The page's main text differs substantially from the earliest capture: it may no longer say what was cited.",
    ),
    FindingCode(
        "archived-copy-available",
        "info",
        "archive",
        "An archived copy is available",
        "A public archive holds a copy near the access date; link it for readers.",
    ),
    FindingCode(
        "no-archived-copy",
        "warning",
        "archive",
        "No archived copy found",
        "No public archive holds a copy of this broken or changed source.",
    ),
    FindingCode(
        "wayback-unavailable",
        "info",
        "archive",
        "The Wayback Machine could not be asked",
        "The Wayback Machine was unreachable, or its lookups ran out of time (--wayback-budget), so some "
        "broken sources were not looked up. Run again later, or pass --no-wayback to skip the lookups.",
    ),
)

CODES: dict[str, FindingCode] = {c.code: c for c in _CODES}


def make_finding(
    code: str,
    message: str,
    *,
    label: str | None = None,
    line: int | None = None,
    column: int | None = None,
    evidence: dict[str, Any] | None = None,
    severity: Severity | None = None,
) -> Finding:
    """Build a finding with its registered default severity (unknown codes raise KeyError)."""
    spec = CODES[code]
    return Finding(
        code=code,
        severity=severity or spec.severity,
        message=message,
        label=label,
        line=line,
        column=column,
        evidence=evidence or {},
    )


def finding_at(
    code: str,
    message: str,
    where: Footnote | Citation,
    *,
    evidence: dict[str, Any] | None = None,
    severity: Severity | None = None,
) -> Finding:
    """A finding placed at a footnote entry or a marker: its label, line and column."""
    return make_finding(
        code,
        message,
        label=where.label,
        line=where.line,
        column=where.column,
        evidence=evidence,
        severity=severity,
    )
