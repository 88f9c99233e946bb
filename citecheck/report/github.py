"""The ``github`` format: GitHub Actions workflow commands, one annotation per finding.

``render`` stays pure; :func:`write_step_summary` appends the Markdown summary to the file named by
``$GITHUB_STEP_SUMMARY`` and is called by :func:`citecheck.report.write_outputs`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from citecheck.config import Config
from citecheck.models import Report
from citecheck.report import markdown
from citecheck.report.view import (
    counts_phrase,
    entries_phrase,
    fails,
    finding_location,
    footnote_for,
    plural,
    relative_path,
    without_citations_phrase,
)

STEP_SUMMARY_ENV = "GITHUB_STEP_SUMMARY"

_COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """A command's message: ``%``, CR and LF are percent-encoded (as @actions/core does)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A command's property value: as data, plus ``:`` and ``,`` which delimit properties."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def workflow_command(command: str, properties: Mapping[str, str | int], message: str) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{command} {props}::{escape_data(message)}" if props else f"::{command}::{escape_data(message)}"


def render(report: Report, config: Config) -> str:
    lines: list[str] = []
    for doc in report.documents:
        path = relative_path(doc.path)
        for finding in doc.findings:
            line, column = finding_location(doc, finding)
            title = f"citecheck {finding.code}" + (f" [{finding.label}]" if finding.label else "")
            message = finding.message
            footnote = footnote_for(doc, finding)
            if footnote is not None and footnote.url:
                message += f"\nSource: {footnote.url}"
            properties: dict[str, str | int] = {"file": path, "line": line, "col": column, "title": title}
            lines.append(workflow_command(_COMMANDS[finding.severity], properties, message))
    summary = report.summary
    verdict = "failing" if fails(report, config.fail_on) else "passing"
    uncited = without_citations_phrase(summary, detail=False)
    lines.append(
        f"citecheck: {counts_phrase(summary.findings)} in {plural(summary.documents, 'document')} "
        f"({entries_phrase(summary.footnotes, summary.inline_links)}{', ' + uncited if uncited else ''}); "
        f"{verdict} at --fail-on {config.fail_on}"
    )
    return "\n".join(lines) + "\n"


def write_step_summary(
    report: Report, config: Config, environ: Mapping[str, str] | None = None
) -> Path | None:
    """Append the Markdown summary to ``$GITHUB_STEP_SUMMARY``; the path written, or None if unset."""
    target = (os.environ if environ is None else environ).get(STEP_SUMMARY_ENV)
    if not target:
        return None
    path = Path(target)
    with path.open("a", encoding="utf-8") as stream:
        stream.write(markdown.render(report, config))
    return path
