"""The ``sarif`` format: SARIF 2.1.0 for GitHub code scanning and other static-analysis dashboards.

One rule per finding code (the registry in :mod:`citecheck.findings`), one result per finding,
located at the finding's line and column in the analysis file. ``partialFingerprints`` hash what
identifies a problem (code, footnote label, URL) rather than its line, so an alert survives edits
above it and is closed, not duplicated, when fixed.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

from citecheck.config import Config
from citecheck.findings import CODES, FindingCode
from citecheck.models import Document, Finding, Report
from citecheck.report.view import finding_location, footnote_for, relative_path

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "citecheck/v1"
SOURCE_ROOT = "%SRCROOT%"

_LEVELS = {"error": "error", "warning": "warning", "info": "note", "off": "none"}


def rule_name(code: str) -> str:
    """SARIF wants an identifier-like name: ``dead-link`` → ``DeadLink``."""
    return "".join(part.capitalize() for part in code.split("-"))


def _rule(spec: FindingCode, config: Config) -> dict[str, Any]:
    level = _LEVELS[config.severity.get(spec.code, spec.severity)]
    return {
        "id": spec.code,
        "name": rule_name(spec.code),
        "shortDescription": {"text": spec.summary},
        "fullDescription": {"text": spec.help},
        "help": {
            "text": spec.help,
            "markdown": f"**{spec.summary}** (`{spec.code}`)\n\n{spec.help}",
        },
        "defaultConfiguration": {"level": level, "enabled": level != "none"},
        "properties": {"category": spec.category, "tags": ["citations", spec.category]},
    }


def artifact_location(path: str, root: Path | None = None) -> dict[str, str]:
    """A URI relative to the checkout (percent-encoded), as code scanning expects.

    A document outside ``root`` keeps an absolute ``file:`` URI: nothing to be relative to.
    """
    relative = relative_path(path, root)
    if Path(relative).is_absolute():
        return {"uri": Path(relative).as_uri()}
    return {"uri": quote(relative, safe="/"), "uriBaseId": SOURCE_ROOT}


def fingerprint(doc: Document, finding: Finding) -> str:
    """Stable across runs: code, label and cited URL; label-less findings add their message."""
    footnote = footnote_for(doc, finding)
    url = footnote.url if footnote is not None and footnote.url else ""
    parts = [finding.code, finding.label or "", url]
    if finding.label is None:
        parts.append(finding.message)
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


def _result(
    doc: Document, finding: Finding, rule_index: dict[str, int], location: dict[str, str]
) -> dict[str, Any]:
    line, column = finding_location(doc, finding)
    footnote = footnote_for(doc, finding)
    text = f"[{finding.label}] {finding.message}" if finding.label else finding.message
    properties: dict[str, Any] = {"severity": finding.severity}
    if finding.label is not None:
        properties["label"] = finding.label
    if footnote is not None:
        if footnote.url:
            properties["url"] = footnote.url
        if footnote.link is not None:
            properties["linkState"] = footnote.link.state
    if finding.evidence:
        properties["evidence"] = finding.evidence
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "level": _LEVELS[finding.severity],
        "message": {"text": text},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": dict(location),
                    "region": {"startLine": line, "startColumn": column},
                }
            }
        ],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint(doc, finding)},
        "properties": properties,
    }
    if finding.code in rule_index:
        result["ruleIndex"] = rule_index[finding.code]
    return result


def sarif_log(report: Report, config: Config, *, root: Path | None = None) -> dict[str, Any]:
    """The SARIF log as a dict (``render`` serialises it)."""
    rules = [_rule(spec, config) for spec in CODES.values()]
    rule_index = {rule["id"]: index for index, rule in enumerate(rules)}
    artifacts: list[dict[str, Any]] = []
    results: list[dict[str, Any]] = []
    for doc in report.documents:
        location = artifact_location(doc.path, root)
        artifacts.append({"location": dict(location), "roles": ["analysisTarget"]})
        for finding in doc.findings:
            results.append(_result(doc, finding, rule_index, location))
    invocation: dict[str, Any] = {"executionSuccessful": not report.summary.network_unavailable}
    if report.generated_at is not None:
        invocation["endTimeUtc"] = report.generated_at.isoformat().replace("+00:00", "Z")
    if report.summary.network_unavailable:
        invocation["toolExecutionNotifications"] = [
            {
                "level": "error",
                "message": {"text": "Our own network was unavailable: links were not checked."},
            }
        ]
    driver: dict[str, Any] = {"name": report.tool, "rules": rules}
    if report.version:
        driver["version"] = report.version
        driver["semanticVersion"] = report.version
    return {
        "$schema": SARIF_SCHEMA_URI,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {"driver": driver},
                "invocations": [invocation],
                "artifacts": artifacts,
                "results": results,
                "columnKind": "unicodeCodePoints",
                "properties": {"summary": report.summary.model_dump(mode="json")},
            }
        ],
    }


def render(report: Report, config: Config) -> str:
    return json.dumps(sarif_log(report, config), indent=2, ensure_ascii=False) + "\n"
