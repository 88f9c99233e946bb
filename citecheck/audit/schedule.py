"""Which URLs are due for a re-check: intervals by state, priority to new citations, the run's bounds.

Healthy links are re-checked rarely, failing ones nightly, so the audit is polite to the sites it
cites and its cost grows with what changed, not with everything ever published.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

from citecheck.audit.history import UrlState
from citecheck.config import AuditSettings


@dataclass(frozen=True)
class LastCheck:
    """What the schedule needs to know of a URL: its audit state and when it was last checked."""

    state: UrlState
    checked_at: dt.datetime | None


@dataclass
class CheckPlan:
    """The URLs of one run, split into those fetched now, those not due, and those left for later."""

    due: list[str] = field(default_factory=list)
    not_due: list[str] = field(default_factory=list)
    deferred: list[str] = field(default_factory=list)


def recheck_interval(state: UrlState, settings: AuditSettings) -> dt.timedelta:
    """How long a URL in ``state`` may go unchecked."""
    hours = settings.recheck_failing_hours if state.failing else settings.recheck_alive_hours
    return dt.timedelta(hours=hours)


def is_due(last: LastCheck | None, now: dt.datetime, settings: AuditSettings) -> bool:
    """True when the URL was never checked, or its interval has passed."""
    if last is None or last.checked_at is None or last.state.state in (None, "skipped"):
        return True
    return now - last.checked_at >= recheck_interval(last.state, settings)


def plan_checks(
    urls: Sequence[str],
    history: Mapping[str, LastCheck],
    now: dt.datetime,
    settings: AuditSettings,
    *,
    priority: Collection[str] = (),
) -> CheckPlan:
    """Split ``urls`` into due / not due, and cut the due list at ``settings.max_urls``.

    Due URLs are ordered so that a bounded run does the most useful work first: URLs cited by new
    or changed documents, then URLs never checked, then the longest unchecked.
    """
    plan = CheckPlan()
    due: list[tuple[int, dt.datetime, int, str]] = []
    oldest = dt.datetime.min.replace(tzinfo=dt.UTC)
    for position, url in enumerate(urls):
        last = history.get(url)
        if url in priority:
            due.append((0, oldest, position, url))
        elif is_due(last, now, settings):
            checked = last.checked_at if last is not None and last.checked_at is not None else None
            due.append((1 if checked is None else 2, checked or oldest, position, url))
        else:
            plan.not_due.append(url)
    due.sort()
    ordered = [url for *_, url in due]
    limit = settings.max_urls
    plan.due = ordered if limit is None else ordered[:limit]
    plan.deferred = [] if limit is None else ordered[limit:]
    return plan
