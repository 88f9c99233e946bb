"""SARIF 2.1.0: valid against the official schema, one rule per code, stable fingerprints."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from citecheck.config import Config
from citecheck.findings import CODES
from citecheck.models import Report
from citecheck.report import render
from citecheck.report.sarif import artifact_location, sarif_log

from .conftest import HERE, REPORTS, load_report

SCHEMA = json.loads((HERE / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def _sarif(report: Report, config: Config) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(render(report, "sarif", config))
    return data


def test_vendored_schema_is_the_official_one() -> None:
    assert SCHEMA["id"].endswith("/sarif-schema-2.1.0.json")
    assert SCHEMA["properties"]["version"]["enum"] == ["2.1.0"]
    jsonschema.Draft4Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("name", REPORTS)
def test_validates_against_the_sarif_schema(name: str, config: Config) -> None:
    jsonschema.Draft4Validator(SCHEMA).validate(_sarif(load_report(name), config))


def test_schema_catches_a_broken_log(seed_report: Report, config: Config) -> None:
    data = _sarif(seed_report, config)
    data["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft4Validator(SCHEMA).validate(data)


def test_one_rule_per_finding_code(seed_report: Report, config: Config) -> None:
    rules = _sarif(seed_report, config)["runs"][0]["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules] == list(CODES)
    dead = next(rule for rule in rules if rule["id"] == "dead-link")
    assert dead["name"] == "DeadLink"
    assert dead["shortDescription"]["text"] == CODES["dead-link"].summary
    assert dead["fullDescription"]["text"] == CODES["dead-link"].help
    assert dead["help"]["text"] == CODES["dead-link"].help
    assert dead["defaultConfiguration"]["level"] == "error"
    levels = {rule["id"]: rule["defaultConfiguration"]["level"] for rule in rules}
    assert levels["redirected"] == "note"
    assert levels["title-mismatch"] == "warning"


def test_rule_levels_follow_severity_overrides(seed_report: Report) -> None:
    rules = _sarif(seed_report, Config(severity={"redirected": "off", "blocked": "warning"}))["runs"][0][
        "tool"
    ]
    levels = {rule["id"]: rule["defaultConfiguration"] for rule in rules["driver"]["rules"]}
    assert levels["redirected"] == {"level": "none", "enabled": False}
    assert levels["blocked"]["level"] == "warning"


def test_claim_mismatch_is_located_at_the_iv_marker(seed_report: Report, config: Config) -> None:
    run = _sarif(seed_report, config)["runs"][0]
    [result] = run["results"]
    assert result["ruleId"] == "claim-mismatch"
    assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == "claim-mismatch"
    assert result["level"] == "error"
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "fixtures/analyses/armenia-russia-analysis.txt"
    assert location["region"] == {"startLine": 17, "startColumn": 880}
    assert result["message"]["text"].startswith("[iv] ")
    assert result["properties"]["url"].startswith("https://qazinform.com/")


def test_levels_map_error_warning_note(all_codes_report: Report, config: Config) -> None:
    results = _sarif(all_codes_report, config)["runs"][0]["results"]
    by_code = {result["ruleId"]: result["level"] for result in results}
    assert by_code["dead-link"] == "error"
    assert by_code["title-mismatch"] == "warning"
    assert by_code["archived-copy-available"] == "note"
    assert {r["ruleId"] for r in results} == set(CODES)


def test_fingerprints_survive_moved_lines_and_differ_between_problems(
    all_codes_report: Report, config: Config
) -> None:
    before = _sarif(all_codes_report, config)["runs"][0]["results"]
    moved = all_codes_report.model_copy(deep=True)
    for finding in moved.documents[0].findings:
        if finding.line is not None:
            finding.line += 7
    after = _sarif(moved, config)["runs"][0]["results"]
    prints_before = [r["partialFingerprints"]["citecheck/v1"] for r in before]
    prints_after = [r["partialFingerprints"]["citecheck/v1"] for r in after]
    assert prints_before == prints_after
    assert len(set(prints_before)) == len(prints_before)


def test_document_paths_become_relative_uri_references(tmp_path: Path) -> None:
    assert artifact_location("docs/second analysis.html") == {
        "uri": "docs/second%20analysis.html",
        "uriBaseId": "%SRCROOT%",
    }
    inside = tmp_path / "analyses" / "a.txt"
    assert artifact_location(str(inside), root=tmp_path)["uri"] == "analyses/a.txt"
    outside = artifact_location("/elsewhere/a b.txt", root=tmp_path)
    assert outside == {"uri": "file:///elsewhere/a%20b.txt"}


def test_findings_without_a_line_point_at_their_marker_or_line_one(
    all_codes_report: Report, config: Config
) -> None:
    report = all_codes_report.model_copy(deep=True)
    missing = next(f for f in report.documents[0].findings if f.code == "missing-footnote")
    missing.line = missing.column = None
    log = sarif_log(report, config)
    regions = {
        r["ruleId"]: r["locations"][0]["physicalLocation"]["region"] for r in log["runs"][0]["results"]
    }
    assert regions["missing-footnote"] == {"startLine": 22, "startColumn": 7}
    assert regions["numbering-gap"] == {"startLine": 1, "startColumn": 1}


def test_network_unavailable_marks_the_run_unsuccessful(seed_report: Report, config: Config) -> None:
    report = seed_report.model_copy(deep=True)
    report.summary.network_unavailable = True
    invocation = _sarif(report, config)["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    jsonschema.Draft4Validator(SCHEMA).validate(_sarif(report, config))
