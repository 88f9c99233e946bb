"""Bounds on one job's work and on one client's day: URLs per check and per host, daily quotas.

A job's limits travel with its :class:`~citecheck.service.jobs.Submission` (:class:`JobLimits`), so
whatever runs the job — a worker process here, a queue worker of a fleet — enforces them on the
parsed document (:func:`enforce_job_limits`). At submission, :func:`estimate_urls` counts the URLs
of a text cheaply (one linear scan, no parsing in the API process) so a document that is plainly
over a limit is refused at once with 422, before it takes a place in the queue.

Defaults (``ServiceSettings``): 300 distinct URLs per check and 50 per host, from issue 13 — the
longest real analyses in ``fixtures/`` cite well under 100 sources, while one abusive submission
cited 900 URLs of one host (901 requests to it).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from pydantic import BaseModel, Field

from citecheck import lazyre
from citecheck.errors import InputError

# Linear: one character class, no nesting; the trailing punctuation of prose is trimmed after.
# Case-sensitive, so re's literal-prefix search skips ahead (5 MB: 73 ms with IGNORECASE, far
# less without); a rare upper-case scheme is still counted by the worker after parsing.
_URL = lazyre.compile(r"""https?://[^\s<>"'\[\]{}|\\^`]+""")
_TRAILING = ".,;:!?)'\"»”’"


class JobLimits(BaseModel):
    """How much work one job may ask for (serialisable: it is part of a queued submission)."""

    max_urls: int = Field(default=300, ge=1)
    max_urls_per_host: int = Field(default=50, ge=1)


class JobLimitExceeded(InputError):
    """The document cites more than a job may check; the message names the limit and its value."""


@dataclass(frozen=True)
class UrlCount:
    distinct: int
    busiest_host: str | None
    busiest_host_urls: int


def count_urls(urls: Iterable[str]) -> UrlCount:
    """Distinct URLs, and the host with the most of them."""
    distinct = set(urls)
    hosts = Counter((urlsplit(url).hostname or "").lower() for url in distinct)
    host, count = hosts.most_common(1)[0] if hosts else (None, 0)
    return UrlCount(len(distinct), host, count)


def estimate_urls(text: str) -> UrlCount:
    """The http(s) URLs written out in ``text`` (plain, Markdown or HTML), without parsing it."""
    return count_urls(match.group(0).rstrip(_TRAILING) for match in _URL.finditer(text))


def limit_problem(count: UrlCount, limits: JobLimits, *, per_host: bool = True) -> str | None:
    """A one-line refusal when ``count`` is over a limit, else None."""
    if count.distinct > limits.max_urls:
        return (
            f"the document cites {count.distinct} distinct URLs; a check may cite at most "
            f"{limits.max_urls} (limit max_urls_per_job = {limits.max_urls})"
        )
    if per_host and count.busiest_host_urls > limits.max_urls_per_host:
        return (
            f"the document cites {count.busiest_host_urls} URLs on {count.busiest_host}; a check may fetch "
            f"at most {limits.max_urls_per_host} per host (limit max_urls_per_host = {limits.max_urls_per_host})"
        )
    return None


def enforce_job_limits(urls: Iterable[str], limits: JobLimits, *, fetching: bool) -> None:
    """Raise :class:`JobLimitExceeded` when the parsed document is over a limit.

    The per-host bound protects the cited sites, so it applies only when links are fetched.
    """
    problem = limit_problem(count_urls(urls), limits, per_host=fetching)
    if problem is not None:
        raise JobLimitExceeded(problem)


@dataclass
class _Usage:
    day: dt.date
    checks: int = 0
    urls: int = 0


class DailyQuota:
    """Checks and URLs per client per UTC day, in memory (bounded like the rate-limit buckets).

    A check is counted when it is admitted, its URLs when it has run (a document's URLs are known
    only once parsed); a check admitted under the quota runs to its end.
    """

    def __init__(
        self,
        checks: int,
        urls: int,
        *,
        max_keys: int = 10_000,
        today: Callable[[], dt.date] = lambda: dt.datetime.now(dt.UTC).date(),
    ) -> None:
        self.checks = checks
        self.urls = urls
        self._max_keys = max_keys
        self._today = today
        self._usage: OrderedDict[str, _Usage] = OrderedDict()

    def _get(self, key: str) -> _Usage:
        today = self._today()
        usage = self._usage.get(key)
        if usage is None or usage.day != today:
            usage = _Usage(day=today)
            self._usage[key] = usage
            while len(self._usage) > self._max_keys:
                self._usage.popitem(last=False)
        self._usage.move_to_end(key)
        return usage

    def refusal(self, key: str, *, urls: int = 0) -> str | None:
        """Why ``key`` may not submit another check today (``urls``: its estimated URLs), or None."""
        usage = self._get(key)
        if usage.checks >= self.checks:
            return f"daily quota reached: {self.checks} checks per day (limit daily_checks_per_client)"
        if usage.urls + urls > self.urls:
            return (
                f"daily quota reached: {self.urls} URLs per day, {usage.urls} used "
                "(limit daily_urls_per_client)"
            )
        return None

    def charge(self, key: str, *, checks: int = 0, urls: int = 0) -> None:
        usage = self._get(key)
        usage.checks += checks
        usage.urls += urls


def seconds_to_utc_midnight(now: dt.datetime | None = None) -> float:
    """When a daily quota starts again (for Retry-After)."""
    now = now or dt.datetime.now(dt.UTC)
    midnight = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time(), tzinfo=dt.UTC)
    return (midnight - now).total_seconds()


URL_ESTIMATE_FORMATS = frozenset({"text", "markdown"})
"""Formats whose raw text shows their cited URLs and little else: an HTML page also names its
scripts, styles and navigation, a DOCX is zipped; those are counted by the worker, once parsed."""
