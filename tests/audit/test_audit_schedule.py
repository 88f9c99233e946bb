"""Which URLs a run re-checks: intervals by state, priority and bounds."""

from __future__ import annotations

import datetime as dt

from citecheck.audit.history import UrlState
from citecheck.audit.schedule import LastCheck, is_due, plan_checks, recheck_interval
from citecheck.config import AuditSettings

NOW = dt.datetime(2026, 1, 10, 2, 0, tzinfo=dt.UTC)
SETTINGS = AuditSettings(recheck_alive_hours=168, recheck_failing_hours=20)


def _last(state: str, hours_ago: float, failures: int = 0) -> LastCheck:
    return LastCheck(UrlState(state=state, failures=failures), NOW - dt.timedelta(hours=hours_ago))


def test_intervals_depend_on_state() -> None:
    assert recheck_interval(UrlState("alive"), SETTINGS) == dt.timedelta(days=7)
    assert recheck_interval(UrlState("unreachable", 1), SETTINGS) == dt.timedelta(hours=20)
    assert recheck_interval(UrlState("dead", 3), SETTINGS) == dt.timedelta(hours=20)
    assert recheck_interval(UrlState("blocked"), SETTINGS) == dt.timedelta(days=7)


def test_due_when_never_checked_or_interval_passed() -> None:
    assert is_due(None, NOW, SETTINGS)
    assert is_due(_last("skipped", 0.1), NOW, SETTINGS)
    assert not is_due(_last("alive", 24), NOW, SETTINGS)
    assert is_due(_last("alive", 169), NOW, SETTINGS)
    # Nightly runs re-check failing links every night, even when cron starts a little early.
    assert is_due(_last("unreachable", 23.5, failures=1), NOW, SETTINGS)
    assert not is_due(_last("unreachable", 2, failures=1), NOW, SETTINGS)


def test_plan_orders_priority_then_new_then_oldest_and_bounds() -> None:
    history = {
        "https://a.example/old": _last("alive", 400),
        "https://a.example/older": _last("alive", 500),
        "https://a.example/fresh": _last("alive", 1),
        "https://a.example/cited-by-new-doc": _last("alive", 1),
    }
    urls = [
        "https://a.example/old",
        "https://a.example/fresh",
        "https://a.example/never",
        "https://a.example/older",
        "https://a.example/cited-by-new-doc",
    ]
    bounded = AuditSettings(max_urls=3)
    plan = plan_checks(urls, history, NOW, bounded, priority={"https://a.example/cited-by-new-doc"})
    assert plan.due == [
        "https://a.example/cited-by-new-doc",
        "https://a.example/never",
        "https://a.example/older",
    ]
    assert plan.deferred == ["https://a.example/old"]
    assert plan.not_due == ["https://a.example/fresh"]
    unbounded = plan_checks(urls, history, NOW, SETTINGS)
    assert unbounded.deferred == [] and len(unbounded.due) == 3
