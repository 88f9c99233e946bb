"""The ``json`` format: the Report exactly as the contract shapes it, and its published JSON Schema."""

from __future__ import annotations

from typing import Any

from citecheck.config import Config
from citecheck.models import SCHEMA_VERSION, Report

JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def render(report: Report, config: Config) -> str:
    """Dates in ISO 8601, ``None`` kept as ``null`` so every key of the contract is always present."""
    return report.model_dump_json(indent=2) + "\n"


def json_schema() -> dict[str, Any]:
    """The JSON Schema of ``--format json`` output, generated from the pydantic models."""
    schema = Report.model_json_schema(mode="serialization")
    return {
        "$schema": JSON_SCHEMA_DIALECT,
        "title": "citecheck report",
        "description": (
            f"The report citecheck prints with --format json (schema_version {SCHEMA_VERSION}). "
            "Fields may be added; none is renamed or removed without a new schema_version."
        ),
        **{key: value for key, value in schema.items() if key not in {"title", "description"}},
    }
