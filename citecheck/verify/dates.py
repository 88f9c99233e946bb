"""Date checks: the source's publication date against the access date, the document's date and
the events the claim dates.

* ``access-date-before-publication``: the footnote says the page was read before it was published.
* ``source-after-document``: the page was published after the analysis.
* ``source-predates-claim``: the claim dates an event ("on November 14, 2025") later than the
  source's publication, so the source cannot report it.

``date_tolerance_days`` (1) absorbs time zones: a page published at 01:00 in Moscow is still
"yesterday" in New York. Only full dates (day, month, year) in the claim sentence count, and only
dates up to the document's date: a year alone, or a date still to come ("to open in 2027"), is a
plan, not a reported event.
"""

from __future__ import annotations

import datetime as dt
import re

from citecheck.findings import finding_at, make_finding
from citecheck.models import Finding
from citecheck.verify.case import FootnoteCase

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january jan январь января январе ocak januar janvier enero",
        "february feb февраль февраля феврале şubat subat februar février fevrier febrero",
        "march mar март марта марте mart märz marz mars marzo",
        "april apr апрель апреля апреле nisan april avril abril",
        "may май мая мае mayıs mayis mai mayo",
        "june jun июнь июня июне haziran juni juin junio",
        "july jul июль июля июле temmuz juli juillet julio",
        "august aug август августа августе ağustos agustos august août aout agosto",
        "september sep sept сентябрь сентября сентябре eylül eylul september septembre septiembre",
        "october oct октябрь октября октябре ekim oktober octobre octubre",
        "november nov ноябрь ноября ноябре kasım kasim november novembre noviembre",
        "december dec декабрь декабря декабре aralık aralik dezember décembre decembre diciembre",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number

_MONTH = r"(?P<month>[^\W\d_]{3,9})\.?"
_DATE_PATTERNS = (
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>\d\d)-(?P<day>\d\d)\b"),
    re.compile(r"\b(?P<day>\d{1,2})\.(?P<mnum>\d{1,2})\.(?P<year>(?:19|20)\d\d)\b"),
    re.compile(
        rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE
    ),
    re.compile(
        rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th|\.)?\s+(?:de\s+)?{_MONTH}\s+(?:de\s+)?(?P<year>(?:19|20)\d\d)\b",
        re.IGNORECASE,
    ),
)


def claim_dates(text: str) -> list[dt.date]:
    """Full dates written in ``text`` (English, Russian, Turkish, German, French, Spanish, ISO, dotted)."""
    found: list[dt.date] = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            parts = match.groupdict()
            month = int(parts["mnum"]) if parts.get("mnum") else _MONTHS.get(parts["month"].casefold(), 0)
            try:
                date = dt.date(int(parts["year"]), month, int(parts["day"]))
            except ValueError:
                continue
            if date not in found:
                found.append(date)
    return found


def check_dates(case: FootnoteCase) -> list[Finding]:
    """The three date findings, each only when both of its dates are known."""
    page = case.page
    if page is None or page.published is None:
        return []
    fn = case.footnote
    published = page.published
    tolerance = dt.timedelta(days=case.config.thresholds.date_tolerance_days)
    evidence = {"published": published.isoformat(), "page_title": page.title}
    findings: list[Finding] = []
    if fn.access_date is not None and fn.access_date + tolerance < published:
        findings.append(
            finding_at(
                "access-date-before-publication",
                f"[{fn.label}] gives the access date {fn.access_date.isoformat()}, but the page was published on "
                f"{published.isoformat()}.",
                fn,
                evidence={**evidence, "access_date": fn.access_date.isoformat()},
            )
        )
    document_date = case.document.date
    if document_date is not None and published > document_date + tolerance:
        findings.append(
            finding_at(
                "source-after-document",
                f"The source of [{fn.label}] was published on {published.isoformat()}, after the document's date "
                f"{document_date.isoformat()}.",
                fn,
                evidence={**evidence, "document_date": document_date.isoformat()},
            )
        )
    horizon = document_date or fn.access_date
    for claim in case.citations:
        events = [d for d in claim_dates(claim.citation.claim) if horizon is None or d <= horizon]
        if not events:
            continue
        event = max(events)
        if event > published + tolerance:
            findings.append(
                make_finding(
                    "source-predates-claim",
                    f"The sentence dates an event on {event.isoformat()}, but the source of [{fn.label}] was "
                    f"published earlier, on {published.isoformat()}.",
                    label=fn.label,
                    line=claim.citation.line,
                    column=claim.citation.column,
                    evidence={**evidence, "claim_date": event.isoformat()},
                )
            )
    return findings
