"""The ``text`` format (the default): a terminal report that fits 80 columns.

Per document, one line per footnote with its link verdict, then the findings, then a summary
line. Colour only on a terminal and never when ``NO_COLOR`` is set (https://no-color.org), unless
the caller forces it with ``color=True``.
"""

from __future__ import annotations

import io
import os
import sys
import textwrap
from typing import TextIO

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from citecheck.config import Config
from citecheck.models import Finding, Report
from citecheck.report.explain import better_footnote, evidence_lines, headline, place
from citecheck.report.view import (
    NOT_CHECKED,
    DocumentView,
    FootnoteView,
    document_entries_phrase,
    elapsed_phrase,
    ellipsize_left,
    entries_phrase,
    fails,
    link_state_counts,
    links_phrase,
    plural,
    position_text,
    report_views,
    shorten_url,
    without_citations_phrase,
)

WIDTH = 80
_INDENT = "  "
_MESSAGE_INDENT = "      "

_MARKS = {"error": "x", "warning": "!", "info": "i"}
_SEVERITY_STYLES = {"error": "bold red", "warning": "yellow", "info": "cyan"}
_STATE_STYLES = {
    "alive": "green",
    "redirected": "cyan",
    "dead": "bold red",
    "soft-404": "bold red",
    "unreachable": "yellow",
    "blocked": "yellow",
    "skipped": "dim",
    NOT_CHECKED: "dim",
}


def color_wanted(color: bool | None, stream: TextIO | None = None) -> bool:
    """An explicit choice wins; otherwise colour on a TTY unless ``NO_COLOR`` is set and non-empty."""
    if color is not None:
        return color
    if os.environ.get("NO_COLOR"):
        return False
    target = stream if stream is not None else sys.stdout
    isatty = getattr(target, "isatty", None)
    return bool(isatty and isatty())


def _fit(text: str, width: int) -> str:
    """Cut by terminal cells, not characters, so wide (CJK) titles still fit."""
    if cell_len(text) <= width:
        return text
    kept = ""
    for char in text:
        if cell_len(kept + char) > width - 1:
            break
        kept += char
    return kept + "…"


def _footnote_line(fn: FootnoteView, label_width: int, width: int) -> Text:
    # A mark readable without colour (logs, NO_COLOR): x error, ! warning, i info.
    line = Text("")
    line.append(_MARKS.get(fn.worst or "", " "), style=_SEVERITY_STYLES.get(fn.worst or "", ""))
    line.append(" ")
    label_style = _SEVERITY_STYLES.get(fn.worst or "", "bold")
    line.append(f"[{fn.label}]".ljust(label_width), style=label_style)
    line.append(" ")
    state = fn.state
    line.append(state.ljust(11), style=_STATE_STYLES.get(state, ""))
    line.append(" ")
    status = str(fn.http_status) if fn.http_status is not None else "-"
    line.append(status.rjust(3), style="dim" if fn.http_status is None else "")
    line.append("  ")
    room = width - cell_len(line.plain)
    footnote = fn.footnote
    if footnote is None:
        line.append(_fit("(no footnote entry)", room), style="italic")
    elif footnote.url:
        line.append(_fit(shorten_url(footnote.url, room), room))
    else:
        line.append(_fit(f"(no URL) {footnote.title or footnote.raw}", room), style="italic")
    return line


def _wrapped(text: str, width: int, first: str, rest: str) -> list[Text]:
    parts = textwrap.wrap(
        " ".join(text.split()),
        width=width - len(first),
        break_long_words=True,
        break_on_hyphens=False,
    )
    return [
        Text((first if i == 0 else rest) + _fit(part, width - len(first))) for i, part in enumerate(parts)
    ]


def _finding_lines(view: DocumentView, finding: Finding, width: int) -> list[Text]:
    head = Text(_INDENT)
    head.append(finding.severity.ljust(8), style=_SEVERITY_STYLES[finding.severity])
    head.append(position_text(view.document, finding).ljust(9))
    if finding.label:
        head.append(f"[{finding.label}]".ljust(7), style="bold")
    better = better_footnote(finding) if finding.code == "claim-mismatch" else None
    code = finding.code + (f" — did you mean [{better}]?" if better else "")
    head.append(_fit(code, width - cell_len(head.plain)), style="bold")
    lines = [head]
    where = place(view.document, finding)
    if where:
        lines.append(Text(_MESSAGE_INDENT + where, style="dim"))
    lines.extend(_wrapped(headline(finding), width, _MESSAGE_INDENT, _MESSAGE_INDENT))
    for sentence in evidence_lines(finding, generic=False):
        lines.extend(_wrapped(sentence, width, _MESSAGE_INDENT + "· ", _MESSAGE_INDENT + "  "))
    return lines


def _document_lines(view: DocumentView, width: int) -> list[Text]:
    doc = view.document
    lines = [Text(ellipsize_left(doc.path, width), style="bold underline")]
    about = [doc.title] if doc.title else []
    if doc.date:
        about.append(doc.date.isoformat())
    about.append(document_entries_phrase(doc))
    lines.append(Text(_INDENT + _fit(" · ".join(about), width - len(_INDENT)), style="dim"))
    if view.footnotes:
        label_width = max(len(fn.label) for fn in view.footnotes) + 2
        lines.extend(_footnote_line(fn, label_width, width) for fn in view.footnotes)
    if doc.findings:
        lines.append(Text(""))
        for finding in doc.findings:
            lines.extend(_finding_lines(view, finding, width))
    return lines


def _links_lines(links: dict[str, int], width: int) -> list[str]:
    """The per-state counts, wrapped between states rather than inside "2 skipped"."""
    total = sum(links.values())
    if not total:
        return [links_phrase(links)]
    lines = [f"{plural(total, 'link')}:"]
    for index, part in enumerate(link_state_counts(links)):
        separator = " " if index == 0 else ", "
        if len(lines[-1]) + len(separator) + len(part) + 1 > width:
            lines[-1] += "," if index else ""
            lines.append(part)
        else:
            lines[-1] += separator + part
    return lines


def _summary_lines(report: Report, config: Config, width: int) -> list[Text]:
    summary = report.summary
    counts = summary.findings
    line = Text()
    parts = [("error", counts.error), ("warning", counts.warning), ("info", counts.info)]
    for index, (severity, count) in enumerate(parts):
        if index:
            line.append(", ")
        word = f"{count} info" if severity == "info" else plural(count, severity)
        line.append(word, style=_SEVERITY_STYLES[severity] if count else "")
    scope = f"in {plural(summary.documents, 'document')} ({entries_phrase(summary.footnotes, summary.inline_links)})"
    elapsed = elapsed_phrase(summary.elapsed_ms)
    scope += f", {elapsed}" if elapsed else ""
    lines = [line]
    if cell_len(line.plain) + 1 + len(scope) <= width:
        line.append(" " + scope)
    else:
        lines.append(Text(scope))
    lines.extend(Text(part, style="dim") for part in _links_lines(summary.links, width))
    uncited = without_citations_phrase(summary)
    if uncited:
        lines.append(Text(uncited + ".", style="yellow"))
    if summary.network_unavailable:
        # Exit 3 wins over any finding: say only that, or the summary contradicts the exit code.
        notice = "Our own network was unavailable: links were not checked (exit 3)."
        lines.extend(Text(part, style="bold yellow") for part in textwrap.wrap(notice, width=width))
        return lines
    failing = fails(report, config.fail_on)
    verdict = (
        f"Findings at or above --fail-on {config.fail_on}: exit 1."
        if failing
        else f"Nothing at or above --fail-on {config.fail_on}: exit 0."
    )
    lines.append(Text(verdict, style="bold red" if failing else "green"))
    return lines


def _expand_tabs(line: str, size: int = 8) -> str:
    """Tabs to spaces by terminal cells, as rich prints them (a wide character takes two)."""
    if "\t" not in line:
        return line
    parts = line.split("\t")
    out: list[str] = []
    column = 0
    for index, part in enumerate(parts):
        out.append(part)
        column += cell_len(part)
        if index < len(parts) - 1:
            pad = size - column % size
            out.append(" " * pad)
            column += pad
    return "".join(out)


def report_lines(report: Report, config: Config, width: int = WIDTH) -> list[Text]:
    """Every line of the text report, styled, each fitted to ``width``."""
    blocks: list[list[Text]] = [_document_lines(view, width) for view in report_views(report)]
    if not blocks:
        blocks.append([Text("No documents checked.")])
    blocks.append(_summary_lines(report, config, width))
    lines: list[Text] = []
    for index, block in enumerate(blocks):
        if index:
            lines.append(Text(""))
        lines.extend(block)
    return lines


def render(report: Report, config: Config, *, color: bool | None = None, width: int = WIDTH) -> str:
    """The report as terminal text; ``color=None`` decides from stdout and ``NO_COLOR``."""
    lines = report_lines(report, config, width)
    if not color_wanted(color):
        # Without colour rich adds nothing to these lines (soft wrap: no wrapping or cropping; no
        # markup, emoji or highlighting; the lines are already fitted to ``width``), and its pass
        # over them cost 0.3 s for the 800-URL benchmark's report: their plain text is the output
        # (tests/report/test_text.py holds the two to the same bytes).
        return "\n".join(_expand_tabs(line.plain) for line in lines) + "\n"
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width,
        force_terminal=True,
        color_system="standard",
        highlight=False,
        markup=False,
        emoji=False,
        legacy_windows=False,
        soft_wrap=True,
    )
    # One print for the whole report: rich measures the console on every call (0.14 ms a line;
    # 0.55 s for the 2,608-URL benchmark report line by line).
    console.print(Text("\n").join(lines))
    return buffer.getvalue()
