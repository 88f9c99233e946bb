"""The request and response bodies of the HTTP API, and how a submission's options become a Config.

Only a whitelisted subset of :class:`~citecheck.config.Config` is settable per request: nothing
that reaches private networks, the server's disk, other URLs or paid services.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from citecheck.config import Config, IgnoreRule, SeverityOrOff, VerifyThresholds
from citecheck.findings import CODES
from citecheck.models import Report
from citecheck.patterns import compile_pattern
from citecheck.service.jobs import JobStatus, Progress

MAX_PATTERN_CHARS = 500
MAX_TEXT_CHARS = 5 * 1024 * 1024
# JSON values one request body may hold (objects, arrays, strings, numbers and names alike). The
# largest request the schema admits holds ~2,500: 200 ignore rules of all five fields (2,200), 50
# patterns each for include and exclude, 50 status codes, a severity per finding code, the
# thresholds (tests/service/test_service_api.py builds it). Unbounded,
# a 2.5 MB body of 200,000 unknown option names held the event loop for 5 s (validation, then
# 200,000 error entries and a 6.5 MB answer naming each): /healthz and every client waited (session 42).
MAX_JSON_VALUES = 5_000
# Problems one 422 names; the rest are counted.
MAX_PROBLEMS_NAMED = 20


def json_values_over(body: bytes | str, limit: int = MAX_JSON_VALUES) -> int | None:
    """How many JSON values ``body`` holds when that is more than ``limit`` (counted up to
    ``limit`` + 1, so a huge body is not walked whole), else None — also when ``body`` is not JSON
    at all, which the schema's own validation then names."""
    try:
        value = json.loads(body)
    except (ValueError, RecursionError):
        return None
    count = 0
    stack = [value]
    while stack:
        item = stack.pop()
        count += 1
        if count > limit:
            return count
        if isinstance(item, dict):
            count += len(item)  # the names
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return None


def too_many_values(where: str, limit: int = MAX_JSON_VALUES) -> str:
    return f"{where}: more than {limit} JSON values; a check's request needs far fewer (see /docs)"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CheckOptions(_Strict):
    """Per-check settings a client may choose (a whitelisted subset of Config)."""

    offline: bool | None = Field(default=None, description="Judge structure and titles only; fetch nothing.")
    fail_on: Literal["error", "warning", "info"] | None = None
    timeout: float | None = Field(default=None, gt=0, le=120, description="Seconds per link, at most 120.")
    include: list[str] | None = Field(default=None, max_length=50)
    exclude: list[str] | None = Field(default=None, max_length=50)
    accept: list[int] | None = Field(
        default=None, max_length=50, description="Extra status codes counted alive."
    )
    severity: dict[str, SeverityOrOff] | None = None
    ignore: list[IgnoreRule] | None = Field(default=None, max_length=200)
    thresholds: VerifyThresholds | None = None
    verify: bool | None = None
    soft404_probe: bool | None = None
    today: str | None = Field(
        default=None, description="Fix 'today' (YYYY-MM-DD) for reproducible date checks."
    )
    inline_links: bool | None = Field(
        default=None, description="Links in the text are citations (L1, L2, …)."
    )
    require_citations: bool | None = Field(
        default=None, description="A document with nothing citeable is an error (no-citations)."
    )

    @field_validator("include", "exclude")
    @classmethod
    def _patterns_compile(cls, value: list[str] | None) -> list[str] | None:
        for pattern in value or []:
            if len(pattern) > MAX_PATTERN_CHARS:
                raise ValueError(f"pattern longer than {MAX_PATTERN_CHARS} characters")
            compile_pattern(pattern, strict=True)  # RE2 or 422: no pattern of a client can backtrack
        return value

    @field_validator("ignore")
    @classmethod
    def _ignore_patterns_are_re2(cls, value: list[IgnoreRule] | None) -> list[IgnoreRule] | None:
        for rule in value or []:
            if rule.url is not None:
                compile_pattern(rule.url, strict=True)
        return value

    @field_validator("accept")
    @classmethod
    def _status_codes(cls, value: list[int] | None) -> list[int] | None:
        bad = [code for code in value or [] if not 100 <= code <= 599]
        if bad:
            raise ValueError(f"not HTTP status codes: {bad}")
        return value

    @field_validator("severity")
    @classmethod
    def _known_codes(cls, value: dict[str, str] | None) -> dict[str, str] | None:
        unknown = sorted(set(value or {}) - set(CODES))
        if unknown:
            raise ValueError(f"unknown finding code(s): {', '.join(unknown)}")
        return value

    @field_validator("today")
    @classmethod
    def _iso_date(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                raise ValueError("today must be a date as YYYY-MM-DD") from None
        return value


class CheckRequest(_Strict):
    """A document to check: pasted ``text`` (with its ``format``) or the ``url`` of a published page."""

    text: str | None = Field(default=None, max_length=MAX_TEXT_CHARS)
    format: Literal["text", "html", "markdown"] = "text"
    url: str | None = Field(default=None, max_length=2048)
    name: str | None = Field(
        default=None, max_length=200, description="The document's name in the report (e.g. draft.md)."
    )
    options: CheckOptions = Field(default_factory=CheckOptions)

    @model_validator(mode="after")
    def _one_source(self) -> CheckRequest:
        if self.text is None and self.url is None:
            raise ValueError("give either 'text' or 'url'")
        if self.text is not None and self.url is not None:
            raise ValueError("give either 'text' or 'url', not both")
        if self.text is not None and not self.text.strip():
            raise ValueError("'text' is empty")
        if self.url is not None:
            parts = urlsplit(self.url.strip())
            if parts.scheme not in {"http", "https"} or not parts.hostname:
                raise ValueError("'url' must be an absolute http(s) URL")
        return self


class CheckAccepted(BaseModel):
    id: str


class CheckStatusBody(BaseModel):
    """``GET /v1/checks/{id}``: ``report`` is present when done, ``error`` when failed."""

    id: str
    status: JobStatus
    progress: Progress
    report: Report | None = Field(
        default=None, description="The Report JSON, as `check --format json` prints it."
    )
    error: str | None = None
    created_at: dt.datetime
    started_at: dt.datetime | None = None
    finished_at: dt.datetime | None = None


class ErrorBody(BaseModel):
    error: str


class UploadForm(BaseModel):
    """The multipart form of ``POST /v1/checks`` (documented in OpenAPI; parsed by hand)."""

    file: bytes = Field(json_schema_extra={"format": "binary"})
    options: str | None = Field(default=None, description="CheckOptions as a JSON object.")
    format: Literal["text", "html", "markdown", "docx"] | None = None


def effective_config(base: Config, options: CheckOptions, *, allow_private: bool) -> Config:
    """The server's Config with a client's options laid over it.

    Patterns and accepted codes extend the server's lists (its exclusions always hold);
    ``allow_private`` is forced: clients can never point the service at private networks.
    """
    chosen = options.model_dump(exclude_unset=True, exclude_none=True)
    merged = base.model_dump()
    for key, value in chosen.items():
        if key in {"include", "exclude", "accept", "ignore"}:
            merged[key] = [*merged[key], *value]
        elif key in {"severity", "thresholds"}:
            merged[key] = {**merged[key], **value}
        else:
            merged[key] = value
    merged["allow_private"] = allow_private
    merged.pop("service", None)  # the service's own settings (tokens) never travel with a job
    return Config.model_validate(merged)


def describe_validation_error(exc: ValidationError, *, prefix: str = "") -> str:
    """One readable line naming each bad field, e.g. ``options.allow_private: unknown option``."""
    problems = []
    for err in exc.errors(include_url=False)[:MAX_PROBLEMS_NAMED]:
        loc = ".".join(str(p) for p in err["loc"])
        where = f"{prefix}{loc}" if loc else (prefix.rstrip(".") or "body")
        if err["type"] == "extra_forbidden":
            what = "unknown option" if where.startswith("options.") else "unknown field"
            problems.append(f"{where}: {what}")
        else:
            message = err["msg"].removeprefix("Value error, ")
            problems.append(f"{where}: {message}")
    more = exc.error_count() - len(problems)
    if more > 0:
        problems.append(f"and {more} more")
    return "; ".join(problems)
