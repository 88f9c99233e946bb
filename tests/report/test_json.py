"""The json format keeps the contract's shape, and the published JSON Schema describes it."""

from __future__ import annotations

import json

import jsonschema
import pytest

from citecheck.config import Config
from citecheck.models import Report
from citecheck.report import json_schema, render

from .conftest import REPORTS, load_report


@pytest.mark.parametrize("name", REPORTS)
def test_round_trips_to_the_same_report(name: str, config: Config) -> None:
    report = load_report(name)
    assert Report.model_validate_json(render(report, "json", config)) == report


def test_contract_shape(seed_report: Report, config: Config) -> None:
    data = json.loads(render(seed_report, "json", config))
    assert data["schema_version"] == "1"
    assert set(data["summary"]["findings"]) == {"error", "warning", "info"}
    doc = data["documents"][0]
    assert doc["date"] is None  # None is kept as null, not dropped
    iv = next(fn for fn in doc["footnotes"] if fn["label"] == "iv")
    assert iv["access_date"] == "2025-11-14"
    assert iv["link"]["checked_at"] == "2026-11-24T19:00:03Z"
    assert iv["link"]["error"] is None
    assert "text" not in iv["page"]  # the page's main text stays out of the report
    finding = doc["findings"][0]
    assert (finding["code"], finding["label"], finding["line"], finding["column"]) == (
        "claim-mismatch",
        "iv",
        17,
        880,
    )


@pytest.mark.parametrize("name", REPORTS)
def test_output_validates_against_the_published_schema(name: str, config: Config) -> None:
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(json.loads(render(load_report(name), "json", config)))


def test_schema_rejects_what_the_contract_forbids(seed_report: Report, config: Config) -> None:
    validator = jsonschema.Draft202012Validator(json_schema())
    data = json.loads(render(seed_report, "json", config))
    data["documents"][0]["findings"][0]["severity"] = "fatal"
    data["documents"][0]["footnotes"][0]["link"]["state"] = "gone"
    data["surprise"] = True
    messages = sorted(error.message for error in validator.iter_errors(data))
    assert any("fatal" in m for m in messages)
    assert any("gone" in m for m in messages)
    assert any("surprise" in m for m in messages)


def test_schema_is_versioned() -> None:
    schema = json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert "schema_version 1" in schema["description"]
