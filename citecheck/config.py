"""Configuration: defaults, ``citecheck.toml`` / ``[tool.citecheck]``, and CLI overrides.

The ``DEFAULT_*`` constants are shared with the CLI's ``--help`` so the two never disagree.
Unknown keys and bad values are rejected with a :class:`~citecheck.errors.ConfigError` that
names the file and the key.
"""

from __future__ import annotations

import datetime as dt
import os
import tomllib
from pathlib import Path
from typing import Any, Literal

import platformdirs
import pytimeparse
from pydantic import (
    AliasChoices,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from citecheck.errors import ConfigError
from citecheck.findings import CODES
from citecheck.patterns import PatternError, compile_pattern

DEFAULT_TIMEOUT = 20.0
DEFAULT_CONNECT_TIMEOUT = 8.0
DEFAULT_READ_TIMEOUT = 10.0
DEFAULT_MAX_CONCURRENCY = 64
DEFAULT_MAX_PER_HOST = 4
DEFAULT_MAX_REDIRECTS = 10
DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024
DEFAULT_RETRIES = 2
DEFAULT_RETRY_AFTER_CAP = 30.0
# The default --link-deadline is this many times --timeout: a slow first answer plus one retry.
LINK_DEADLINE_FACTOR = 2.5
DEFAULT_USER_AGENT = "citecheck/0.1 (+https://github.com/citecheck/citecheck; citation checker)"
DEFAULT_FAIL_ON: Literal["error", "warning", "info"] = "error"
CONFIG_FILENAME = "citecheck.toml"
# Wayback lookups stop after this many seconds in all: a CI job must not wait on archive.org.
DEFAULT_WAYBACK_BUDGET = 60.0
DEFAULT_WAYBACK_BUDGET_CI = 20.0
DEFAULT_CACHE_MAX_AGE = "1d"
# Per input document; a report or thesis is a few MB, so 50 MB is far beyond any real analysis.
DEFAULT_MAX_INPUT_BYTES = 50 * 1000 * 1000
# The files a directory given as input is searched for (any other file is read only when named): the
# formats the readers know, plain text's and Markdown's other names, and the lightweight markups whose
# notes the Markdown and text readers read (reStructuredText, Org, AsciiDoc).
DIRECTORY_EXTENSIONS = frozenset(
    {
        ".txt",
        ".text",
        ".md",
        ".markdown",
        ".mdown",
        ".html",
        ".htm",
        ".xhtml",
        ".docx",
        ".rst",
        ".org",
        ".adoc",
        ".asciidoc",
    }
)

SeverityOrOff = Literal["error", "warning", "info", "off"]


def default_archive_dir() -> Path:
    return Path(platformdirs.user_data_dir("citecheck")) / "archive"


def cache_folder(variable: str) -> Path:
    """citecheck's folder in the user's cache directory, or the one the environment ``variable`` names
    (the sentence encoder's and the word lists' unpacked copies live below it)."""
    return Path(os.environ.get(variable) or platformdirs.user_cache_dir("citecheck"))


class _Section(BaseModel):
    # No setting is infinite: "timeout = 1e309" (TOML's float overflows to inf) or "--timeout inf"
    # had passed "gt=0" and left every request unbounded (session 42).
    model_config = ConfigDict(extra="forbid", validate_assignment=True, allow_inf_nan=False)


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
            compile_pattern(value)
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
    # Defaults justified in citecheck/audit/schedule.py: a link that dies is reported dead within 2 days.
    dead_after_failures: int = Field(default=2, ge=1)
    dead_after_days: float = Field(default=0.5, ge=0)
    recheck_alive_hours: float = Field(default=24.0, gt=0)
    recheck_failing_hours: float = Field(default=12.0, gt=0)
    recheck_all: bool = Field(default=False, description="Re-check every URL this run, due or not.")
    now: dt.datetime | None = Field(
        default=None, description="Pretend the run starts at this time (tests and demos)."
    )
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
    link_deadline: float | None = Field(
        default=None,
        gt=0,
        description="Seconds one link may take in all, retries and redirects included "
        f"(default {LINK_DEADLINE_FACTOR:g} × timeout).",
    )
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
    wayback_budget: float | None = Field(
        default=None,
        gt=0,
        description=f"Seconds all Wayback lookups may take (default {DEFAULT_WAYBACK_BUDGET_CI:g} "
        f"when CI=true, else {DEFAULT_WAYBACK_BUDGET:g}).",
    )
    cache: Path | None = Field(
        default=None, description="File keeping successful link verdicts across runs (CI caches)."
    )
    cache_max_age: str = Field(
        default=DEFAULT_CACHE_MAX_AGE, description="How long a cached verdict is trusted: 1d, 12h, 30m."
    )
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
    service: ServiceSettings = Field(default_factory=lambda: ServiceSettings())
    inline_links: bool = Field(
        default=True, description="Links in the running text are citations too (labels L1, L2, …)."
    )
    require_citations: bool = Field(
        default=False, description="A document with nothing citeable is an error (no-citations)."
    )
    max_input_bytes: int = Field(
        default=DEFAULT_MAX_INPUT_BYTES, ge=1, description="Largest input document read, in bytes."
    )

    @field_validator("cache_max_age")
    @classmethod
    def _is_a_duration(cls, value: str) -> str:
        duration_seconds(value)
        return value

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
            compile_pattern(pattern)  # RE2: a pattern that could backtrack is refused here
        return value

    @field_validator("severity")
    @classmethod
    def _known_codes(cls, value: dict[str, str]) -> dict[str, str]:
        unknown = sorted(set(value) - set(CODES))
        if unknown:
            raise ValueError(f"unknown finding code(s): {', '.join(unknown)}")
        return value


def duration_seconds(value: str) -> float:
    """'1d', '12h', '90m', '3600' → seconds; a ValueError names what was not understood."""
    text = value.strip()
    try:
        seconds = float(text)
    except ValueError:
        parsed = pytimeparse.parse(text)
        if parsed is None:
            raise ValueError(f"{value!r} is not a duration like 1d, 12h or 30m") from None
        seconds = float(parsed)
    if seconds < 0:
        raise ValueError(f"{value!r} is negative")
    return seconds


def wayback_budget_for(config: Config) -> float:
    """The Wayback budget of this run: the configured one, else 20 s in CI and 60 s elsewhere."""
    if config.wayback_budget is not None:
        return config.wayback_budget
    in_ci = os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")
    return DEFAULT_WAYBACK_BUDGET_CI if in_ci else DEFAULT_WAYBACK_BUDGET


class ServiceSettings(BaseModel):
    """``citecheck serve``: who may submit, how much, and how long results are kept (``[service]``).

    Not part of a check: a job's Config carries these at their defaults (tokens never travel with
    a job). The per-job and per-client bounds answer issue 13: one request had made 901 requests
    to one host, and 200 spoofed clients had filled the queue.
    """

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, allow_inf_nan=False)

    tokens: list[str] = Field(
        default_factory=list,
        description="API tokens accepted as 'Authorization: Bearer …'. Required beyond loopback.",
    )
    max_request_bytes: int = Field(default=5 * 1024 * 1024, ge=1024)
    header_timeout_seconds: float = Field(
        default=10.0,
        gt=0,
        description="A connection that has not sent a whole request head (line and headers) this long "
        "after it opened, or after its last answer, is closed.",
    )
    body_timeout_seconds: float = Field(
        default=60.0,
        gt=0,
        description="A request whose body has not all arrived this long after its head is dropped "
        "(5 MiB at 1 Mbit/s takes 42 s).",
    )
    max_connections_per_client: int = Field(
        default=32,
        ge=1,
        description="Connections one address may hold open at once (not for trusted proxies); beyond "
        "it a new connection is closed at once.",
    )
    submit_rate_per_minute: float = Field(
        default=30.0, gt=0, description="Check submissions a client may make per minute, on average."
    )
    submit_burst: int = Field(default=10, ge=1, description="Submissions a client may make at once.")
    request_rate_per_second: float = Field(
        default=20.0, gt=0, description="API requests of any kind (status polls included) per second."
    )
    request_burst: int = Field(default=100, ge=1)
    max_clients_tracked: int = Field(
        default=10_000, ge=1, description="Rate-limit buckets kept; the least recently seen go first."
    )
    # 4, not 2: in benchmarks/service_load.py --mix (200 clients in 2 minutes, 2-core machine) a
    # check ran 1-2 s, yet with 2 workers the queue made the 7-footnote p95 time to done 45.6 s;
    # with 4 it was 8.9 s (checks wait on the network as much as they compute). ~75 MB each.
    max_concurrent_jobs: int = Field(default=4, ge=1, le=64, description="Worker processes running checks.")
    max_queued_jobs: int = Field(default=100, ge=1, description="Jobs waiting to run; beyond it 503.")
    max_jobs: int = Field(default=500, ge=1, description="Jobs kept in memory, finished ones included.")
    job_ttl_seconds: float = Field(default=3600.0, gt=0, description="How long a finished job is kept.")
    job_timeout_seconds: float = Field(
        default=600.0, gt=0, description="A job running longer is stopped (its worker process killed)."
    )
    max_option_patterns: int = Field(default=50, ge=0, description="Regexes a submission may pass.")
    max_urls_per_job: int = Field(default=300, ge=1, description="Distinct URLs one check may cite.")
    max_urls_per_host: int = Field(
        default=50, ge=1, description="Distinct URLs on one host one check may fetch."
    )
    max_running_per_client: int = Field(default=2, ge=1, description="Checks of one client running at once.")
    max_queued_per_client: int = Field(
        default=10, ge=1, description="Checks of one client waiting; beyond 429."
    )
    daily_checks_per_client: int = Field(
        default=500, ge=1, description="Checks per token (or per address without one) per UTC day."
    )
    daily_urls_per_client: int = Field(
        default=20_000, ge=1, description="URLs checked per token (or address) per UTC day."
    )
    heavy_job_bytes: int = Field(
        default=1024 * 1024,
        ge=1,
        description="Documents larger than this run on all workers but one, so small checks always have one.",
    )
    max_jobs_per_worker: int = Field(
        default=200, ge=1, description="A worker process is replaced after this many checks."
    )
    forwarded_allow_ips: list[str] = Field(
        default_factory=list,
        description="Proxies (addresses or CIDRs) whose X-Forwarded-For is trusted; none by default.",
    )
    allow_private: bool = Field(
        default=False,
        validation_alias=AliasChoices("allow_private", "test_allow_private"),
        description=(
            "Development mode: let checks reach private and loopback addresses (the fixture web). "
            "Only with a loopback host; never settable through the API."
        ),
    )


def today_for(config: Config) -> dt.date:
    """The run's 'today': ``config.today`` when fixed (reproducible runs), else the real date."""
    return dt.date.fromisoformat(config.today) if config.today else dt.date.today()


def parse_remap(rule: str) -> tuple[Any, str]:
    """Split ``'REGEX REPLACEMENT'`` (as lychee has it) into a compiled pattern (RE2) and replacement."""
    parts = rule.strip().split(None, 1)
    if len(parts) != 2:
        raise ValueError(f"remap {rule!r} must be 'REGEX REPLACEMENT'")
    try:
        return compile_pattern(parts[0]), parts[1]
    except PatternError as exc:
        raise ValueError(f"invalid remap: {exc}") from None


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
        # utf-8-sig: Windows editors (Notepad) open a UTF-8 file with a byte-order mark, which TOML's
        # parser reads as a stray character on line 1.
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: config file not found") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read config file: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from exc
    except RecursionError:  # tomllib recurses into nested arrays and tables
        raise ConfigError(f"{path}: invalid TOML: nested too deeply") from None
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
