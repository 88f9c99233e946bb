"""Configuration: defaults, ``citecheck.toml`` / ``[tool.citecheck]``, and CLI overrides.

The ``DEFAULT_*`` constants are shared with the CLI's ``--help`` so the two never disagree.
Unknown keys and bad values are rejected with a :class:`~citecheck.errors.ConfigError` that
names the file and the key.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from pathlib import Path
from typing import Any, Literal

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from citecheck.errors import ConfigError
from citecheck.findings import CODES

DEFAULT_TIMEOUT = 20.0
DEFAULT_CONNECT_TIMEOUT = 8.0
DEFAULT_READ_TIMEOUT = 10.0
DEFAULT_MAX_CONCURRENCY = 64
DEFAULT_MAX_PER_HOST = 4
DEFAULT_MAX_REDIRECTS = 10
DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024
DEFAULT_RETRIES = 2
DEFAULT_RETRY_AFTER_CAP = 30.0
DEFAULT_USER_AGENT = "citecheck/0.1 (+https://github.com/citecheck/citecheck; citation checker)"
DEFAULT_FAIL_ON: Literal["error", "warning", "info"] = "error"
CONFIG_FILENAME = "citecheck.toml"
# Per input document; a report or thesis is a few MB, so 50 MB is far beyond any real analysis.
DEFAULT_MAX_INPUT_BYTES = 50 * 1000 * 1000

SeverityOrOff = Literal["error", "warning", "info", "off"]


def default_archive_dir() -> Path:
    return Path(platformdirs.user_data_dir("citecheck")) / "archive"


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class HostConfig(_Section):
    """Settings for one host (``[hosts."example.org"]``)."""

    accept: list[int] | None = None
    max_per_host: int | None = Field(default=None, ge=1, le=256)
    rate: float | None = Field(default=None, gt=0, description="Requests per second to this host.")
    headers: dict[str, str] = Field(default_factory=dict)


class IgnoreRule(_Section):
    """A URL pattern, or a (document, footnote label) pair, whose findings are suppressed."""

    url: str | None = None
    document: str | None = None
    label: str | None = None
    code: str | None = None
    reason: str

    @field_validator("url")
    @classmethod
    def _url_is_regex(cls, value: str | None) -> str | None:
        if value is not None:
            re.compile(value)
        return value

    @model_validator(mode="after")
    def _says_what_it_ignores(self) -> IgnoreRule:
        # A rule with only a reason would silence every finding of every document.
        if not (self.url or self.document or self.label or self.code):
            raise ValueError("an ignore rule needs at least one of url, document, label or code")
        if self.code is not None and self.code not in CODES:
            raise ValueError(f"unknown finding code {self.code!r}")
        return self


class VerifyThresholds(_Section):
    """Scores below these raise findings. Calibrated on fixtures/eval.

    The verify defaults are pinned by tests/verify/test_eval_gate.py; each is explained in the
    docstring of the check that reads it (citecheck/verify/title.py, claim.py, quotes.py,
    dates.py, publisher.py).
    """

    title_min_similarity: float = Field(
        default=0.55, ge=0, le=1, description="Cited title vs the page's titles (after transliteration)."
    )
    claim_min_support: float = Field(
        default=0.25, ge=0, le=1, description="Weighted share of the claim's terms the page must contain."
    )
    claim_swap_max_support: float = Field(
        default=0.5,
        ge=0,
        le=1,
        description="Below this, a much better fitting sibling footnote means a swap.",
    )
    claim_swap_margin: float = Field(
        default=0.3,
        ge=0,
        le=1,
        description="How much better the sibling footnote must fit to suspect a swap.",
    )
    claim_offline_min_support: float = Field(
        default=0.2, ge=0, le=1, description="Offline: an entry supporting the claim this much is consistent."
    )
    offline_min_title_terms: int = Field(
        default=3, ge=1, description="Offline: comparable title words needed before a mismatch is called."
    )
    quote_min_similarity: float = Field(
        default=0.92, ge=0, le=1, description="A quoted phrase counts as found at this partial similarity."
    )
    date_tolerance_days: int = Field(
        default=1, ge=0, description="Days of slack in date checks (time zones)."
    )
    publisher_min_similarity: float = Field(
        default=0.6, ge=0, le=1, description="Footnote publisher vs the page's site name."
    )
    drift_min_similarity: float = Field(default=0.6, ge=0, le=1)


class AuditSettings(_Section):
    dead_after_failures: int = Field(default=3, ge=1)
    dead_after_days: float = Field(default=2.0, ge=0)
    recheck_alive_hours: float = Field(default=24.0 * 7, ge=0)
    recheck_failing_hours: float = Field(default=20.0, ge=0)
    max_urls: int | None = Field(default=None, ge=1)
    max_seconds: float | None = Field(default=None, gt=0)
    db: str | None = Field(
        default=None,
        description="History store: a SQLite path or a postgresql:// URL (default: user data dir).",
    )
    notify_url: str | None = Field(
        default=None, description="Webhook (Slack-compatible) for each run's summary."
    )


class Config(_Section):
    """The effective configuration of one run. Every stage reads it; none mutates it."""

    offline: bool = False
    allow_private: bool = False
    timeout: float = Field(default=DEFAULT_TIMEOUT, gt=0)
    connect_timeout: float = Field(default=DEFAULT_CONNECT_TIMEOUT, gt=0)
    read_timeout: float = Field(default=DEFAULT_READ_TIMEOUT, gt=0)
    max_concurrency: int = Field(default=DEFAULT_MAX_CONCURRENCY, ge=1, le=4096)
    max_per_host: int = Field(default=DEFAULT_MAX_PER_HOST, ge=1, le=256)
    max_redirects: int = Field(default=DEFAULT_MAX_REDIRECTS, ge=0, le=50)
    max_body_bytes: int = Field(default=DEFAULT_MAX_BODY_BYTES, ge=1024)
    retries: int = Field(default=DEFAULT_RETRIES, ge=0, le=10)
    retry_after_cap: float = Field(default=DEFAULT_RETRY_AFTER_CAP, ge=0)
    backoff_base: float = Field(default=0.5, ge=0)
    http2: bool = True
    user_agent: str = DEFAULT_USER_AGENT
    accept: list[int] = Field(default_factory=list, description="Extra status codes counted as alive.")
    include: list[str] = Field(
        default_factory=list, description="Only URLs matching one of these are checked."
    )
    exclude: list[str] = Field(default_factory=list)
    remap: list[str] = Field(
        default_factory=list, description="'REGEX REPLACEMENT' pairs applied before fetching."
    )
    hosts: dict[str, HostConfig] = Field(default_factory=dict)
    canary_urls: list[str] = Field(default_factory=list)
    soft404_probe: bool = True
    severity: dict[str, SeverityOrOff] = Field(default_factory=dict)
    fail_on: Literal["error", "warning", "info"] = DEFAULT_FAIL_ON
    ignore: list[IgnoreRule] = Field(default_factory=list)
    thresholds: VerifyThresholds = Field(default_factory=VerifyThresholds)
    verify: bool = True
    archive: bool = False
    archive_dir: Path = Field(default_factory=default_archive_dir)
    warc_max_bytes: int = Field(default=100 * 1024 * 1024, ge=1024)
    wayback: bool = True
    wayback_url: str = "https://archive.org"
    save: bool = False
    ia_access_key: str | None = None
    ia_secret_key: str | None = None
    judge: str | None = None
    judge_model: str | None = None
    judge_api_key: str | None = None
    judge_timeout: float = Field(default=30.0, gt=0)
    audit: AuditSettings = Field(default_factory=AuditSettings)
    today: str | None = Field(
        default=None, description="Fix 'today' (YYYY-MM-DD) for reproducible date checks."
    )
    inline_links: bool = Field(
        default=True, description="Links in the running text are citations too (labels L1, L2, …)."
    )
    require_citations: bool = Field(
        default=False, description="A document with nothing citeable is an error (no-citations)."
    )
    max_input_bytes: int = Field(
        default=DEFAULT_MAX_INPUT_BYTES, ge=1, description="Largest input document read, in bytes."
    )

    @field_validator("today")
    @classmethod
    def _today_is_a_date(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                raise ValueError(f"{value!r} is not a date YYYY-MM-DD") from None
        return value

    @field_validator("remap")
    @classmethod
    def _remaps_compile(cls, value: list[str]) -> list[str]:
        for rule in value:
            parse_remap(rule)
        return value

    @field_validator("include", "exclude")
    @classmethod
    def _patterns_compile(cls, value: list[str]) -> list[str]:
        for pattern in value:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"invalid regular expression {pattern!r}: {exc}") from exc
        return value

    @field_validator("severity")
    @classmethod
    def _known_codes(cls, value: dict[str, str]) -> dict[str, str]:
        unknown = sorted(set(value) - set(CODES))
        if unknown:
            raise ValueError(f"unknown finding code(s): {', '.join(unknown)}")
        return value


def today_for(config: Config) -> dt.date:
    """The run's 'today': ``config.today`` when fixed (reproducible runs), else the real date."""
    return dt.date.fromisoformat(config.today) if config.today else dt.date.today()


def parse_remap(rule: str) -> tuple[re.Pattern[str], str]:
    """Split ``'REGEX REPLACEMENT'`` (as lychee has it) into a compiled pattern and replacement."""
    parts = rule.strip().split(None, 1)
    if len(parts) != 2:
        raise ValueError(f"remap {rule!r} must be 'REGEX REPLACEMENT'")
    try:
        return re.compile(parts[0]), parts[1]
    except re.error as exc:
        raise ValueError(f"invalid remap regex {parts[0]!r}: {exc}") from exc


def find_config_file(start: Path | None = None) -> Path | None:
    """Walk up from ``start`` to the first ``citecheck.toml`` or pyproject with [tool.citecheck]."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / CONFIG_FILENAME
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            try:
                data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
                continue
            if isinstance(data.get("tool"), dict) and "citecheck" in data["tool"]:
                return pyproject
    return None


def read_config_file(path: Path) -> dict[str, Any]:
    """The raw settings table of a config file (``[tool.citecheck]`` for a pyproject)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: config file not found") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read config file: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from exc
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        section = tool.get("citecheck", {}) if isinstance(tool, dict) else {}
        if not isinstance(section, dict):
            raise ConfigError(f"{path}: [tool.citecheck] must be a table")
        return section
    return data


def _format_validation_error(source: str, exc: ValidationError) -> str:
    problems = []
    for err in exc.errors():
        key = ".".join(str(p) for p in err["loc"]) or "(top level)"
        msg = "unknown key" if err["type"] == "extra_forbidden" else err["msg"].removeprefix("Value error, ")
        problems.append(f"{key}: {msg}")
    return f"{source}: " + "; ".join(problems)


def load_config(
    path: Path | None = None,
    *,
    overrides: dict[str, Any] | None = None,
    discover: bool = True,
    start: Path | None = None,
) -> Config:
    """Build the effective Config: defaults < config file < overrides (CLI flags).

    ``overrides`` with value ``None`` are ignored, so a CLI can pass every flag as given.
    List overrides (remap, exclude, accept) extend the file's lists rather than replace them.
    """
    settings: dict[str, Any] = {}
    source = "configuration"
    file = path if path is not None else (find_config_file(start) if discover else None)
    if file is not None:
        settings = read_config_file(file)
        source = str(file)
    try:
        Config.model_validate(settings)
    except ValidationError as exc:
        raise ConfigError(_format_validation_error(source, exc)) from None
    merged = dict(settings)
    for key, value in (overrides or {}).items():
        if value is None:
            continue
        if key in {"remap", "exclude", "include", "accept"} and isinstance(value, list):
            merged[key] = [*merged.get(key, []), *value]
        else:
            merged[key] = value
    try:
        return Config.model_validate(merged)
    except ValidationError as exc:
        raise ConfigError(_format_validation_error("command line", exc)) from None
