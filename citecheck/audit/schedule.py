"""When each URL is checked again: daily for healthy links, twice a day for failing ones, spread over the day.

The promise the defaults keep: **a link that worked and dies is reported dead within 2 days**, whether
the audit runs every night or more often, and without ever calling dead what failed once.

The numbers (``[audit]`` keys; the defaults in :class:`citecheck.config.AuditSettings`):

* ``recheck_alive_hours = 24`` — a healthy link is checked at least once a day. This bounds how long
  a death goes unnoticed: at most 24 h until the first failing check.
* ``dead_after_failures = 2``, ``dead_after_days = 0.5`` — dead (or soft-404) after two definite
  "not found" answers (404/410, or a soft-404) at least 12 h apart. Timeouts, 5xx and bot walls
  never count (see :mod:`citecheck.audit.history`).
* ``recheck_failing_hours = 12`` — a failing link is checked again 12 h after its failure, so the
  second, confirming answer can come 12 h after the first.

Worst case from the moment a link dies to the run that reports it dead, by how often cron runs the
audit (a run's checks are timed from its start, and a link due up to ``DUE_TOLERANCE`` = 30 min after
a run's start is checked by that run, so a nightly run may start up to half an hour earlier than the
night before; a run is assumed to finish before the next starts). Simulated over death times and
slots in ``tests/audit/test_audit_schedule.py``: 35 h hourly and twice a day, 47 h nightly (the
defaults before this rule — weekly rechecks, 3 failures over 2 days — gave 168–227 h):

=================  ======================  =====================  ==========
cron               first failing check     confirming failure     total
=================  ======================  =====================  ==========
hourly             ≤ 24 h (+ 1 h)          + 12 h (+ 1 h)         ≤ 38 h
twice a day        ≤ 24 h                  + 12 h                 ≤ 36 h
nightly            ≤ 24 h                  + 24 h (next night)    ≤ 48 h
=================  ======================  =====================  ==========

Three failures 12 h apart (Wikipedia's bots ask for three) would need a third check: 60 h with
twice-daily runs, 72 h nightly — over the 2 days. The prior art and why we can be quicker:
InternetArchiveBot re-checks alive links after at least a week and declares a link dead after three
failures at least 3 days apart (meta.wikimedia.org/wiki/InternetArchiveBot/FAQ_for_sysadmins: up to
~13 days); DASHBot took "404 twice in 5 seconds", then a re-check about a week later
(en.wikipedia.org/wiki/User:DASHBot/Wayback). Those bots edit encyclopedia articles on their own
verdict; ours is a line in an editor's morning summary, which the editor checks, and a link that comes
back is reported ``recovered`` within 12 h (confirmed-dead links stay on the 12-h recheck). What keeps
the two-failure rule safe is what counts as a failure: only a definite not-found answer, twice, half a
day apart — a deploy glitch or an outage (5xx, timeouts) never advances the streak (a worker fleet
adds a second opinion from another location before a failure counts).

Spreading: a run started by a nightly cron finds every healthy link due (each was last checked a day
before). When cron runs more often, each healthy link has its own **slot** in the day, and is due at
its slot: a host's URLs get slots evenly apart (``24 h / n`` for ``n`` URLs of one host), starting at
an offset from the host's name, so an hourly cron checks about 1/24 of every host's links each hour
instead of all of them at 02:30. Slots are deterministic (hashes, no randomness): the same store and
the same URLs give the same plan. A link checked off its slot (new, or ``--recheck-all``) moves onto
it within two checks, never waiting less than half an interval nor more than a whole one.
Within one run, a host's politeness is the fetcher's (``max_per_host``, ``Retry-After``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from citecheck.audit.history import UrlState
from citecheck.config import AuditSettings

# A URL due within this margin after a run's start is checked by that run, not the next one: cron
# and systemd timers start a little late or early (a missed night caught up, a slow boot), and a
# nightly link must not wait a second night for it. Checking half an hour early costs nothing.
DUE_TOLERANCE = dt.timedelta(minutes=30)
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


@dataclass(frozen=True)
class LastCheck:
    """What the schedule needs to know of a URL: its audit state and when it was last checked.

    ``scheduled_at`` is the start of the run that checked it (its checks are timed from there, so
    a URL checked late in a long run is not pushed past the next run); ``checked_at`` when unknown.
    """

    state: UrlState
    checked_at: dt.datetime | None
    scheduled_at: dt.datetime | None = None

    @property
    def base(self) -> dt.datetime | None:
        return self.scheduled_at or self.checked_at


@dataclass
class CheckPlan:
    """The URLs of one run, split into those fetched now, those not due, and those left for later."""

    due: list[str] = field(default_factory=list)
    not_due: list[str] = field(default_factory=list)
    deferred: list[str] = field(default_factory=list)


def recheck_interval(state: UrlState, settings: AuditSettings) -> dt.timedelta:
    """The longest a URL in ``state`` goes unchecked."""
    hours = settings.recheck_failing_hours if state.failing else settings.recheck_alive_hours
    return dt.timedelta(hours=hours)


def _fraction(text: str) -> float:
    """A stable number in [0, 1) from ``text`` (the same on every machine and run)."""
    digest = hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2**64


def _host(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def slot_phases(urls: Iterable[str]) -> dict[str, float]:
    """Each URL's slot as a fraction of the recheck interval: a host's URLs evenly apart.

    The host's offset and the order of its URLs come from hashes, so a URL keeps its slot while
    the host's set of URLs stays the same; a new URL of the host shifts its neighbours a little.
    """
    by_host: dict[str, list[str]] = defaultdict(list)
    for url in dict.fromkeys(urls):
        by_host[_host(url)].append(url)
    phases: dict[str, float] = {}
    for host, members in by_host.items():
        offset = _fraction("host:" + host)
        members.sort(key=lambda u: (_fraction("url:" + u), u))
        for rank, url in enumerate(members):
            phases[url] = (offset + rank / len(members)) % 1.0
    return phases


def next_check_at(last: LastCheck | None, settings: AuditSettings, phase: float = 0.0) -> dt.datetime | None:
    """When the URL is next due; None when it is due at once (never checked, or only skipped).

    Failing links: one failing interval after the check. Healthy links: at their slot — the slot
    that falls between half an interval and a whole one after the check, else half an interval
    after it (a link off its slot moves onto it, one step at most half an interval long).
    """
    if last is None or last.base is None or last.state.state in (None, "skipped"):
        return None
    base = last.base
    interval = recheck_interval(last.state, settings)
    if last.state.failing:
        return base + interval
    period = interval.total_seconds()
    since_epoch = (base - _EPOCH).total_seconds()
    slot_in_period = phase * period
    # The first slot after the base that this check did not serve (a run serves the slots up to
    # DUE_TOLERANCE after its start): without the margin, a link checked just before its slot would
    # be due again half a day later, every day.
    cycles = (since_epoch + DUE_TOLERANCE.total_seconds() - slot_in_period) // period + 1
    slot = _EPOCH + dt.timedelta(seconds=cycles * period + slot_in_period)
    return min(max(slot, base + interval / 2), base + interval)


def is_due(last: LastCheck | None, now: dt.datetime, settings: AuditSettings, phase: float = 0.0) -> bool:
    """True when the URL was never checked, or its next check time has come (within DUE_TOLERANCE)."""
    when = next_check_at(last, settings, phase)
    return when is None or when <= now + DUE_TOLERANCE


def plan_checks(
    urls: Sequence[str],
    history: Mapping[str, LastCheck],
    now: dt.datetime,
    settings: AuditSettings,
    *,
    priority: Collection[str] = (),
    known: Iterable[str] = (),
) -> CheckPlan:
    """Split ``urls`` into due / not due, and cut the due list at ``settings.max_urls``.

    With ``settings.recheck_all`` every URL is due. ``known`` are the other URLs the store has
    a state for: they share the hosts' slots. Due URLs are ordered so that a bounded run does
    the most useful work first: URLs cited by new or changed documents, then URLs never checked,
    then the longest overdue.
    """
    plan = CheckPlan()
    due: list[tuple[int, dt.datetime, int, str]] = []
    oldest = dt.datetime.min.replace(tzinfo=dt.UTC)
    # Slots over every URL the store knows too, so that `audit --state` shows the same next checks.
    phases = slot_phases([*urls, *known])
    for position, url in enumerate(urls):
        last = history.get(url)
        when = next_check_at(last, settings, phases.get(url, 0.0))
        if url in priority:
            due.append((0, oldest, position, url))
        elif when is None:
            due.append((1, oldest, position, url))
        elif settings.recheck_all or when <= now + DUE_TOLERANCE:
            due.append((2, when, position, url))
        else:
            plan.not_due.append(url)
    due.sort()
    ordered = [url for *_, url in due]
    limit = settings.max_urls
    plan.due = ordered if limit is None else ordered[:limit]
    plan.deferred = [] if limit is None else ordered[limit:]
    return plan
