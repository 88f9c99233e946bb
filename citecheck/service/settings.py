"""Settings of the web service itself (not of a check): tokens, limits, job retention.

A check's own settings stay in :class:`~citecheck.config.Config`; these govern who may submit,
how much, and how long the results are kept.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8080
DEFAULT_MAX_REQUEST_BYTES = 5 * 1024 * 1024


class ServiceSettings(BaseModel):
    """How the service admits, runs and keeps checks."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    tokens: list[str] = Field(
        default_factory=list,
        description="API tokens accepted as 'Authorization: Bearer …'. Required beyond loopback.",
    )
    max_request_bytes: int = Field(default=DEFAULT_MAX_REQUEST_BYTES, ge=1024)
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
    max_concurrent_jobs: int = Field(default=2, ge=1, le=64)
    max_queued_jobs: int = Field(default=100, ge=1, description="Jobs waiting to run; beyond it 503.")
    max_jobs: int = Field(default=500, ge=1, description="Jobs kept in memory, finished ones included.")
    job_ttl_seconds: float = Field(default=3600.0, gt=0, description="How long a finished job is kept.")
    job_timeout_seconds: float = Field(default=600.0, gt=0, description="A job running longer fails.")
    max_option_patterns: int = Field(default=50, ge=0, description="Regexes a submission may pass.")
    test_allow_private: bool = Field(
        default=False,
        description=(
            "Test-only: let service jobs reach private and loopback addresses (the fixture web on "
            "127.0.0.1). Never settable through the API."
        ),
    )
