"""The ``markdown`` format: a summary fit for a pull-request comment or a CI step summary.

Problems come first in one table; each document's footnotes follow inside ``<details>``. Every
user-supplied string is escaped, so a footnote title cannot inject markup into the comment.
"""

from __future__ import annotations

import html
import re
from urllib.parse import quote

from citecheck import lazyre
from citecheck.config import Config
from citecheck.models import Document, Finding, Report
from citecheck.report.explain import evidence_lines, headline, place
from citecheck.report.view import (
    EXIT_CODES,
    NOT_CHECKED,
    FootnoteView,
    counts_phrase,
    document_entries_phrase,
    elapsed_phrase,
    ellipsize,
    entries_phrase,
    fails,
    finding_position,
    links_phrase,
    plural,
    problems,
    report_views,
    shorten_url,
    without_citations_phrase,
)

MAX_PROBLEM_ROWS = 100
MAX_EVIDENCE_LINES = 4
_ICONS = {"error": ":x:", "warning": ":warning:", "info": ":information_source:"}
_STATE_ICONS = {
    "alive": ":white_check_mark:",
    "redirected": ":arrow_right_hook:",
    "dead": ":x:",
    "soft-404": ":x:",
    "unreachable": ":hourglass:",
    "blocked": ":no_entry:",
    "skipped": ":fast_forward:",
}
_MD_SPECIAL = lazyre.compile(r"([\\`*_{}\[\]()#+!|~])")


def md(text: str) -> str:
    """Escape text for a Markdown table cell: one line, no markup, no raw HTML."""
    flat = " ".join(text.split())
    return _MD_SPECIAL.sub(r"\\\1", html.escape(flat, quote=False))


def md_link(text: str, url: str) -> str:
    """A link only for http(s) URLs; anything else (``javascript:``…) stays inert text."""
    if not re.match(r"https?://", url, re.IGNORECASE):
        return md(url)
    safe_url = quote(url, safe=":/?#[]@!$&'*+,;=%~-._")
    safe_url = safe_url.replace("(", "%28").replace(")", "%29")
    return f"[{md(text)}]({safe_url})"


def _location(doc: Document, finding: Finding) -> str:
    position = finding_position(doc, finding)
    where = md(doc.path) + (f":{position[0]}:{position[1]}" if position else "")
    said = place(doc, finding)
    return where + (f"<br>{md(said)}" if said else "")


def _problem(finding: Finding) -> str:
    """The message (opened by "Did you mean [iii]?") and the evidence in words, in one cell."""
    parts = [md(headline(finding))]
    parts += [md(line) for line in evidence_lines(finding, generic=False)[:MAX_EVIDENCE_LINES]]
    return "<br>".join(parts)


def _footnote_row(fn: FootnoteView) -> str:
    footnote = fn.footnote
    if footnote is None:
        source = "*(no footnote entry)*"
    elif footnote.url:
        source = md_link(ellipsize(footnote.title or shorten_url(footnote.url, 60), 60), footnote.url)
    else:
        source = md(ellipsize(footnote.title or footnote.raw, 60))
    state = fn.state
    verdict = f"{_STATE_ICONS.get(state, '')} {state}".strip() if state != NOT_CHECKED else NOT_CHECKED
    status = str(fn.http_status) if fn.http_status is not None else "–"
    codes = ", ".join(f"{_ICONS[f.severity]} `{f.code}`" for f in fn.findings) or "–"
    return f"| \\[{md(fn.label)}\\] | {verdict} | {status} | {source} | {codes} |"


def render(report: Report, config: Config) -> str:
    summary = report.summary
    out: list[str] = []
    icon = ":x:" if fails(report, config.fail_on) else ":white_check_mark:"
    out.append(f"## {icon} citecheck: {counts_phrase(summary.findings)}")
    out.append("")
    scope = (
        f"{plural(summary.documents, 'document')}, {entries_phrase(summary.footnotes, summary.inline_links)}, "
        f"{links_phrase(summary.links)}"
    )
    elapsed = elapsed_phrase(summary.elapsed_ms)
    out.append(scope + (f", in {elapsed}" if elapsed else "") + ".")
    uncited = without_citations_phrase(summary)
    if uncited:
        out.append("")
        out.append(f"**{uncited}.**")
    if summary.network_unavailable:
        out.append("")
        out.append("> [!WARNING]")
        out.append("> Our own network was unavailable, so links were not checked.")
    out.append("")

    rows = problems(report)
    if rows:
        out.append("| | Where | Footnote | Code | Problem |")
        out.append("|---|---|---|---|---|")
        for doc, finding in rows[:MAX_PROBLEM_ROWS]:
            label = f"\\[{md(finding.label)}\\]" if finding.label else "–"
            out.append(
                f"| {_ICONS[finding.severity]} | {_location(doc, finding)} | {label} "
                f"| `{finding.code}` | {_problem(finding)} |"
            )
        if len(rows) > MAX_PROBLEM_ROWS:
            out.append("")
            out.append(f"…and {len(rows) - MAX_PROBLEM_ROWS} more; see the full report.")
    else:
        out.append("No problems found.")
    out.append("")

    for view in report_views(report):
        doc = view.document
        counts = view.counts
        heading = f"<b>{html.escape(doc.path)}</b>"
        if doc.title:
            heading += f" — {html.escape(ellipsize(doc.title, 80))}"
        heading += f" ({document_entries_phrase(doc)}; {counts_phrase(counts)})"
        out.append("<details>")
        out.append(f"<summary>{heading}</summary>")
        out.append("")
        if view.footnotes:
            out.append("| Footnote | Link | HTTP | Source | Findings |")
            out.append("|---|---|---|---|---|")
            out.extend(_footnote_row(fn) for fn in view.footnotes)
        else:
            out.append("No footnotes found.")
        if view.general:
            out.append("")
            for finding in view.general:
                out.append(f"- {_ICONS[finding.severity]} `{finding.code}`: {md(headline(finding))}")
        out.append("")
        out.append("</details>")
        out.append("")

    out.append("<details>")
    out.append(f"<summary>Exit codes (<code>--fail-on {config.fail_on}</code>)</summary>")
    out.append("")
    out.append("| Code | Meaning |")
    out.append("|---|---|")
    out.extend(f"| {code} | {md(meaning)} |" for code, meaning in EXIT_CODES)
    out.append("")
    out.append("</details>")
    out.append("")
    stamp = report.generated_at.isoformat().replace("+00:00", "Z") if report.generated_at else None
    footer = f"<sub>{report.tool} {report.version or ''}".rstrip()
    out.append(footer + (f" · {stamp}" if stamp else "") + "</sub>")
    return "\n".join(out) + "\n"
