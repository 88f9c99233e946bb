"""The ``junit`` format: JUnit XML for GitLab, Jenkins and other CI test dashboards.

One ``testsuite`` per document, one ``testcase`` per footnote: a ``failure`` when the footnote has
error or warning findings, ``skipped`` when its link was not checked on purpose, and info findings
as ``system-out``. The attributes stay within the Jenkins xunit ``junit-10.xsd``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from citecheck import lazyre
from citecheck.config import Config
from citecheck.models import Finding, Report
from citecheck.report.view import (
    DocumentView,
    FootnoteView,
    position_text,
    report_views,
    severity_rank,
)

DOCUMENT_CASE = "(document)"

# XML 1.0 cannot carry most control characters, even escaped; a stray one in a scraped title
# would make the whole file unreadable to the CI server.
_XML_ILLEGAL = lazyre.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: str) -> str:
    return _XML_ILLEGAL.sub("\ufffd", text)


def _seconds(milliseconds: int | None) -> str:
    return f"{(milliseconds or 0) / 1000:.3f}"


def classname(path: str) -> str:
    """Jenkins splits a classname at dots into package and class; a file's extension is no class."""
    return path.replace(".", "_")


def _failure_lines(view: DocumentView, findings: list[Finding]) -> str:
    lines = []
    for finding in findings:
        where = position_text(view.document, finding)
        lines.append(f"{finding.severity} {finding.code} at {where}: {finding.message}")
    return "\n".join(lines)


def _testcase(
    parent: ET.Element, view: DocumentView, name: str, findings: list[Finding], fn: FootnoteView | None
) -> tuple[bool, bool]:
    """Append one testcase; answer (failed, skipped)."""
    elapsed = None
    if fn is not None and fn.footnote is not None and fn.footnote.link is not None:
        elapsed = fn.footnote.link.elapsed_ms
    case = ET.SubElement(
        parent,
        "testcase",
        {"classname": _clean(classname(view.document.path)), "name": _clean(name), "time": _seconds(elapsed)},
    )
    failing = [f for f in findings if f.severity in {"error", "warning"}]
    informative = [f for f in findings if f.severity == "info"]
    failed = skipped = False
    if failing:
        failing.sort(key=lambda f: -severity_rank(f.severity))
        first = failing[0]
        message = f"{first.code}: {first.message}"
        if len(failing) > 1:
            message += f" (and {len(failing) - 1} more)"
        failure = ET.SubElement(case, "failure", {"message": _clean(message), "type": first.code})
        failure.text = _clean(_failure_lines(view, failing))
        failed = True
    elif fn is not None and fn.footnote is not None and fn.footnote.link is not None:
        link = fn.footnote.link
        if link.state == "skipped":
            reason = link.error.message if link.error is not None else "link not checked"
            ET.SubElement(case, "skipped", {"message": _clean(reason)})
            skipped = True
    if informative:
        out = ET.SubElement(case, "system-out")
        out.text = _clean(_failure_lines(view, informative))
    return failed, skipped


def _case_name(fn: FootnoteView) -> str:
    footnote = fn.footnote
    if footnote is None:
        return f"[{fn.label}] (no footnote entry)"
    subject = footnote.title or footnote.url or footnote.raw
    return f"[{fn.label}] {' '.join(subject.split())}"


def render(report: Report, config: Config) -> str:
    root = ET.Element("testsuites", {"name": report.tool})
    total_tests = total_failures = 0
    timestamp = report.generated_at.isoformat().replace("+00:00", "Z") if report.generated_at else None
    for view in report_views(report):
        suite = ET.SubElement(root, "testsuite", {"name": _clean(view.document.path)})
        uncited = not view.document.footnotes and not view.document.citations
        if view.document.title or uncited:
            properties = ET.SubElement(suite, "properties")
            if view.document.title:
                ET.SubElement(properties, "property", {"name": "title", "value": _clean(view.document.title)})
            if uncited:
                # Counted by the summary as documents_without_citations.
                ET.SubElement(properties, "property", {"name": "citations", "value": "0"})
        tests = failures = skipped = 0
        elapsed = 0
        if view.general:
            failed, _ = _testcase(suite, view, DOCUMENT_CASE, view.general, None)
            tests += 1
            failures += failed
        for fn in view.footnotes:
            failed, was_skipped = _testcase(suite, view, _case_name(fn), fn.findings, fn)
            tests += 1
            failures += failed
            skipped += was_skipped
            if fn.footnote is not None and fn.footnote.link is not None:
                elapsed += fn.footnote.link.elapsed_ms or 0
        suite.set("tests", str(tests))
        suite.set("failures", str(failures))
        suite.set("errors", "0")
        suite.set("skipped", str(skipped))
        suite.set("time", _seconds(elapsed))
        if timestamp:
            suite.set("timestamp", timestamp)
        suite.set("file", _clean(view.document.path))
        total_tests += tests
        total_failures += failures
    root.set("tests", str(total_tests))
    root.set("failures", str(total_failures))
    root.set("errors", "0")
    root.set("time", _seconds(report.summary.elapsed_ms))
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"
