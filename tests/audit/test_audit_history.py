"""Dead over time: the per-URL state machine, and the page-text fingerprints behind drift."""

from __future__ import annotations

import datetime as dt

from citecheck.audit.history import (
    UrlState,
    advance,
    describe_dead_rule,
    fingerprint_similarity,
    text_fingerprint,
)
from citecheck.config import AuditSettings

DAY = dt.timedelta(days=1)
T0 = dt.datetime(2026, 1, 5, 2, 0, tzinfo=dt.UTC)
HOUR = dt.timedelta(hours=1)
# The mechanics are tested with Wikipedia-like thresholds (3 failures over at least 2 days); the
# defaults (2 failures at least 12 h apart) have tests of their own below.
SETTINGS = AuditSettings(dead_after_failures=3, dead_after_days=2)
DEFAULTS = AuditSettings()


def _run(
    verdicts: list[tuple[str, dt.datetime]], settings: AuditSettings = SETTINGS
) -> list[tuple[str, str | None]]:
    state, seen = UrlState(), list[tuple[str, str | None]]()
    for run_id, (verdict, at) in enumerate(verdicts, start=1):
        state, change = advance(state, verdict, at=at, run_id=run_id, settings=settings)
        seen.append((state.state or "", change.kind if change else None))
    return seen


def test_dead_only_after_three_failures_spanning_two_days() -> None:
    assert _run([("dead", T0), ("dead", T0 + DAY), ("dead", T0 + 2 * DAY), ("dead", T0 + 3 * DAY)]) == [
        ("unreachable", None),
        ("unreachable", None),
        ("dead", "newly-broken"),
        ("dead", None),
    ]


def test_nightly_jitter_is_tolerated_but_not_a_short_span() -> None:
    early = T0 + 2 * DAY - dt.timedelta(minutes=30)
    assert _run([("dead", T0), ("dead", T0 + DAY), ("dead", early)])[-1] == ("dead", "newly-broken")
    too_soon = T0 + 2 * DAY - dt.timedelta(hours=3)
    assert _run([("dead", T0), ("dead", T0 + DAY), ("dead", too_soon)])[-1] == ("unreachable", None)


def test_three_failures_in_one_day_are_not_enough() -> None:
    hours = dt.timedelta(hours=4)
    seen = _run([("dead", T0), ("dead", T0 + hours), ("dead", T0 + 2 * hours), ("dead", T0 + 2 * DAY)])
    assert [s for s, _ in seen] == ["unreachable", "unreachable", "unreachable", "dead"]


def test_failures_are_counted_once_per_run() -> None:
    state, _ = advance(UrlState(), "dead", at=T0, run_id=1, settings=SETTINGS)
    state, _ = advance(state, "dead", at=T0 + 3 * DAY, run_id=1, settings=SETTINGS)
    assert state.failures == 1


def test_recovery_is_noticed_from_failing_and_from_dead() -> None:
    failing = _run([("dead", T0), ("alive", T0 + DAY)])
    assert failing == [("unreachable", None), ("alive", "recovered")]
    dead = _run(
        [("soft-404", T0), ("soft-404", T0 + DAY), ("soft-404", T0 + 2 * DAY), ("redirected", T0 + 3 * DAY)]
    )
    assert dead == [
        ("unreachable", None),
        ("unreachable", None),
        ("soft-404", "newly-broken"),
        ("redirected", "recovered"),
    ]


def test_a_recovery_restarts_the_count() -> None:
    seen = _run(
        [
            ("dead", T0),
            ("dead", T0 + DAY),
            ("alive", T0 + 2 * DAY),
            ("dead", T0 + 3 * DAY),
            ("dead", T0 + 4 * DAY),
        ]
    )
    assert [s for s, _ in seen] == ["unreachable", "unreachable", "alive", "unreachable", "unreachable"]


def test_blocked_is_never_dead_and_timeouts_prove_nothing() -> None:
    assert (
        _run([("blocked", T0), ("blocked", T0 + DAY), ("blocked", T0 + 5 * DAY)]) == [("blocked", None)] * 3
    )
    # Timeouts between 404s neither add to the streak nor end it.
    seen = _run([("dead", T0), ("unreachable", T0 + DAY), ("dead", T0 + 2 * DAY), ("dead", T0 + 3 * DAY)])
    assert seen == [
        ("unreachable", None),
        ("unreachable", None),
        ("unreachable", None),
        ("dead", "newly-broken"),
    ]
    # A dead link that starts timing out stays dead; one behind a bot wall is blocked, not dead.
    dead = UrlState("dead", 3, T0, 3)
    assert advance(dead, "unreachable", at=T0, run_id=4, settings=SETTINGS)[0].state == "dead"
    assert advance(dead, "blocked", at=T0, run_id=4, settings=SETTINGS)[0].state == "blocked"


def test_skipped_checks_change_nothing() -> None:
    state = UrlState("unreachable", 2, T0, 2)
    assert advance(state, "skipped", at=T0 + DAY, run_id=3, settings=SETTINGS) == (state, None)


def test_default_rule_two_definite_failures_at_least_twelve_hours_apart() -> None:
    assert describe_dead_rule(DEFAULTS) == "2 failed checks at least 12 h apart"
    assert _run([("dead", T0), ("dead", T0 + 12 * HOUR)], DEFAULTS) == [
        ("unreachable", None),
        ("dead", "newly-broken"),
    ]
    # A nightly cron: the second night confirms it.
    assert _run([("soft-404", T0), ("soft-404", T0 + DAY)], DEFAULTS)[-1] == ("soft-404", "newly-broken")
    # Two failures an hour apart (a new document cited the URL again) are not enough; the next,
    # half a day after the first, is.
    seen = _run([("dead", T0), ("dead", T0 + HOUR), ("dead", T0 + 12 * HOUR)], DEFAULTS)
    assert seen == [("unreachable", None), ("unreachable", None), ("dead", "newly-broken")]
    # Timeouts and 5xx in between are no failures: two of them after one 404 confirm nothing.
    seen = _run([("dead", T0), ("unreachable", T0 + 12 * HOUR), ("unreachable", T0 + DAY)], DEFAULTS)
    assert [s for s, _ in seen] == ["unreachable"] * 3


def test_thresholds_come_from_settings() -> None:
    eager = AuditSettings(dead_after_failures=1, dead_after_days=0)
    assert _run([("dead", T0)], eager) == [("dead", "newly-broken")]


def test_fingerprints_tell_small_edits_from_rewrites() -> None:
    article = (
        "Russian Deputy Prime Minister Alexey Overchuk confirmed that positive progress has been achieved "
        "for rail transit through Azerbaijan, and the first wheat shipment crossed the border on November 6. "
        "Applications for other goods are being processed, officials in Yerevan said on Friday."
    )
    edited = article.replace("on Friday", "on Friday evening")
    rewrite = (
        "Aktobe region ramps up efforts to prevent spring flooding: dams are reinforced and pumps ready."
    )
    base = text_fingerprint(article)
    assert fingerprint_similarity(base, text_fingerprint(article)) == 1.0
    assert fingerprint_similarity(base, text_fingerprint(edited)) > 0.8
    assert fingerprint_similarity(base, text_fingerprint(rewrite)) < 0.1
    assert fingerprint_similarity((), ()) == 1.0 and fingerprint_similarity(base, ()) == 0.0


def test_fingerprints_ignore_case_and_unicode_forms_and_stay_small() -> None:
    assert text_fingerprint("ＡＢＣ def") == text_fingerprint("abc DEF")
    long_text = " ".join(f"word{i}" for i in range(5000))
    assert len(text_fingerprint(long_text)) == 64
