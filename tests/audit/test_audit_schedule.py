"""Which URLs a run re-checks: daily slots spread per host, failing links twice a day, dead within 2 days."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from itertools import pairwise

import pytest

from citecheck.audit.history import UrlState, advance
from citecheck.audit.schedule import (
    LastCheck,
    is_due,
    next_check_at,
    plan_checks,
    recheck_interval,
    slot_phases,
)
from citecheck.config import AuditSettings

NOW = dt.datetime(2026, 1, 10, 2, 30, tzinfo=dt.UTC)
HOUR = dt.timedelta(hours=1)
DAY = dt.timedelta(days=1)
DEFAULTS = AuditSettings()


def _last(state: str, hours_ago: float, failures: int = 0) -> LastCheck:
    when = NOW - dt.timedelta(hours=hours_ago)
    return LastCheck(UrlState(state=state, failures=failures), when, when)


def test_intervals_depend_on_state() -> None:
    assert recheck_interval(UrlState("alive"), DEFAULTS) == DAY
    assert recheck_interval(UrlState("blocked"), DEFAULTS) == DAY
    assert recheck_interval(UrlState("unreachable", 1), DEFAULTS) == 12 * HOUR
    assert recheck_interval(UrlState("dead", 2), DEFAULTS) == 12 * HOUR


def test_never_checked_or_only_skipped_is_due_at_once() -> None:
    assert next_check_at(None, DEFAULTS) is None and is_due(None, NOW, DEFAULTS)
    assert is_due(_last("skipped", 0.1), NOW, DEFAULTS)


@pytest.mark.parametrize("phase", [i / 48 for i in range(48)])
def test_a_nightly_cron_rechecks_every_healthy_link_every_night(phase: float) -> None:
    # Checked by last night's run (timed from its start); tonight's cron starts a minute early.
    last = _last("alive", 24)
    assert is_due(last, NOW - dt.timedelta(minutes=1), DEFAULTS, phase)
    # Never sooner than half a day after a check, never later than a day.
    when = next_check_at(last, DEFAULTS, phase)
    assert when is not None and last.base is not None
    assert 12 * HOUR <= when - last.base <= DAY


def test_failing_links_are_rechecked_half_a_day_later() -> None:
    assert not is_due(_last("unreachable", 6, failures=1), NOW, DEFAULTS)
    # A twice-daily cron (02:30 and 14:30) re-checks it at the next run, even a few seconds early.
    assert is_due(_last("unreachable", 12, failures=1), NOW - dt.timedelta(seconds=5), DEFAULTS)
    assert is_due(_last("dead", 12, failures=2), NOW, DEFAULTS)


def test_slots_spread_each_hosts_urls_evenly_and_deterministically() -> None:
    urls = [f"https://news.example/story/{i}" for i in range(24)] + [
        f"https://wire.example/a/{i}" for i in range(6)
    ]
    phases = slot_phases(urls)
    assert phases == slot_phases(reversed(urls))
    news = sorted(phases[u] for u in urls if "news." in u)
    gaps = [round((b - a) * 24, 6) for a, b in pairwise(news)]
    assert gaps == [1.0] * 23  # one news.example URL per hour of the day
    wire = sorted(phases[u] for u in urls if "wire." in u)
    assert [round((b - a) * 6, 6) for a, b in pairwise(wire)] == [1.0] * 5


def _simulate(
    urls: list[str], runs: list[dt.datetime], settings: AuditSettings = DEFAULTS
) -> dict[str, list[dt.datetime]]:
    """Run the planner at each run time on healthy URLs; return when each URL was checked."""
    history: dict[str, LastCheck] = {}
    checked: dict[str, list[dt.datetime]] = {url: [] for url in urls}
    for run in runs:
        for url in plan_checks(urls, history, run, settings).due:
            history[url] = LastCheck(UrlState("alive"), run + dt.timedelta(minutes=20), run)
            checked[url].append(run)
    return checked


def test_an_hourly_cron_spreads_each_hosts_checks_over_the_day() -> None:
    urls = [f"https://news.example/story/{i}" for i in range(48)] + [
        f"https://wire.example/a/{i}" for i in range(12)
    ]
    start = dt.datetime(2026, 1, 10, 0, 0, tzinfo=dt.UTC)
    runs = [start + i * HOUR for i in range(24 * 5)]
    checked = _simulate(urls, runs)
    for times in checked.values():
        gaps = [b - a for a, b in pairwise(times)]
        assert all(12 * HOUR - HOUR <= gap <= DAY for gap in gaps)
    # From the third day on (every URL on its slot), each run checks 2 of news.example's 48 URLs
    # and at most 1 of wire.example's 12 — not all 60 at 02:30.
    per_run: Counter[tuple[dt.datetime, str]] = Counter()
    for url, times in checked.items():
        for at in times:
            if at >= start + 2 * DAY:
                per_run[(at, url.split("/")[2])] += 1
    assert max(n for (_, host), n in per_run.items() if host == "news.example") <= 3
    assert max(n for (_, host), n in per_run.items() if host == "wire.example") <= 1
    assert sum(per_run.values()) == 60 * 3  # each URL once a day


def test_a_nightly_cron_that_starts_a_little_late_or_early_still_checks_every_link_nightly() -> None:
    urls = [f"https://news.example/story/{i}" for i in range(40)] + ["https://wire.example/a/1"]
    start = dt.datetime(2026, 1, 10, 2, 30, tzinfo=dt.UTC)
    # Minutes off 02:30: a slow boot, a timer catching up. Consecutive runs stay >= 23.5 h apart.
    drift = [0, 15, -15, 5, -10, 15, -15, 0]
    runs = [start + night * DAY + dt.timedelta(minutes=m) for night, m in enumerate(drift)]
    checked = _simulate(urls, runs)
    assert all(times == runs for times in checked.values())


def _days_to_dead(death: dt.datetime, runs: list[dt.datetime], phase: float) -> dt.timedelta:
    """From a healthy link's death to the run that reports it dead, under the default rule."""
    settings = DEFAULTS
    state = UrlState("alive")
    base = runs[0] - dt.timedelta(hours=23)
    for run_id, run in enumerate(runs, start=1):
        if not is_due(LastCheck(state, base, base), run, settings, phase):
            continue
        base = run
        verdict = "dead" if run + dt.timedelta(minutes=30) >= death else "alive"
        state, change = advance(
            state, verdict, at=run + dt.timedelta(minutes=30), run_id=run_id, settings=settings
        )
        if change is not None and change.kind == "newly-broken":
            return run + dt.timedelta(minutes=30) - death
    raise AssertionError("never reported dead")


@pytest.mark.parametrize("every_hours", [1, 12, 24])
def test_a_link_that_dies_is_reported_dead_within_two_days(every_hours: int) -> None:
    start = dt.datetime(2026, 1, 1, 2, 30, tzinfo=dt.UTC)
    runs = [start + i * dt.timedelta(hours=every_hours) for i in range(int(10 * 24 / every_hours))]
    worst = dt.timedelta(0)
    for death_hour in range(24, 72, 5):
        for phase in (0.0, 0.13, 0.5, 0.77, 0.99):
            worst = max(worst, _days_to_dead(start + dt.timedelta(hours=death_hour, minutes=7), runs, phase))
    assert worst <= 2 * DAY


def test_plan_orders_priority_then_new_then_most_overdue_and_bounds() -> None:
    history = {
        "https://a.example/old": _last("alive", 40),
        "https://a.example/older": _last("alive", 50),
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
    unbounded = plan_checks(urls, history, NOW, DEFAULTS)
    assert unbounded.deferred == [] and len(unbounded.due) == 3


def test_recheck_all_makes_everything_due() -> None:
    history = {"https://a.example/fresh": _last("alive", 0.5), "https://b.example/x": _last("dead", 1, 2)}
    assert plan_checks(list(history), history, NOW, DEFAULTS).due == []
    everything = plan_checks(list(history), history, NOW, AuditSettings(recheck_all=True))
    assert sorted(everything.due) == sorted(history) and everything.not_due == []
