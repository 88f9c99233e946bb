"""Dead is a state reached over time: the audit's per-URL state machine, and page-text fingerprints.

As Wikipedia's archive bot does it, one 404 is not enough: a link is ``dead`` (or ``soft-404``) only
after failing on N separate runs spanning at least D days; until then it is ``unreachable``. The
defaults (2 failures at least 12 h apart) are justified in :mod:`citecheck.audit.schedule`.
Pure functions on plain values; the store persists what they return.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from citecheck import lazyre
from citecheck.config import AuditSettings
from citecheck.models import LIVE_STATES

# Only a definite "not found" counts towards dead; timeouts and 5xx are evidence of nothing.
FAILURE_VERDICTS: frozenset[str] = frozenset({"dead", "soft-404"})
HEALTHY_VERDICTS: frozenset[str] = LIVE_STATES
CONFIRMED_BROKEN: frozenset[str] = frozenset({"dead", "soft-404"})
FAILING_STATES: frozenset[str] = frozenset({"unreachable", "dead", "soft-404"})

TransitionKind = Literal["newly-broken", "recovered"]

# Nightly runs do not reach a URL at the same minute each night: a failure two nights after the
# first counts as "two days later" even if it came a little sooner.
SPAN_TOLERANCE = dt.timedelta(hours=2)


@dataclass(frozen=True)
class UrlState:
    """Where one URL stands in the audit: its confirmed state and the current failure streak."""

    state: str | None = None
    failures: int = 0
    first_failure_at: dt.datetime | None = None
    last_failure_run: int | None = None

    @property
    def failing(self) -> bool:
        return self.state in FAILING_STATES or self.failures > 0

    @property
    def broken(self) -> bool:
        return self.state in CONFIRMED_BROKEN


def describe_dead_rule(settings: AuditSettings) -> str:
    """The dead rule in words: "2 failed checks at least 12 h apart"."""
    span = dt.timedelta(days=settings.dead_after_days)
    checks = "failed check" if settings.dead_after_failures == 1 else "failed checks"
    if span <= dt.timedelta(0) or settings.dead_after_failures == 1:
        return f"{settings.dead_after_failures} {checks}"
    hours = span.total_seconds() / 3600
    apart = f"{hours:g} h" if hours < 48 else f"{settings.dead_after_days:g} days"
    spread = "apart" if settings.dead_after_failures == 2 else "from first to last"
    return f"{settings.dead_after_failures} {checks} at least {apart} {spread}"


@dataclass(frozen=True)
class Transition:
    """A change worth telling the publisher about."""

    kind: TransitionKind
    previous_state: str | None
    state: str


def advance(
    previous: UrlState, verdict: str, *, at: dt.datetime, run_id: int, settings: AuditSettings
) -> tuple[UrlState, Transition | None]:
    """The URL's state after one check that answered ``verdict`` (a LinkState) at ``at``."""
    if verdict == "skipped":
        # Not a check at all (offline, excluded, network down): it proves nothing either way.
        return previous, None
    if verdict in HEALTHY_VERDICTS:
        state = UrlState(state=verdict)
        if previous.failing:
            return state, Transition("recovered", previous.state, verdict)
        return state, None
    if verdict in FAILURE_VERDICTS:
        if previous.last_failure_run == run_id:
            failures, first = previous.failures, previous.first_failure_at
        elif previous.failures > 0 and previous.first_failure_at is not None:
            failures, first = previous.failures + 1, previous.first_failure_at
        else:
            failures, first = 1, at
        first = first or at
        spans = (at - first) >= dt.timedelta(days=settings.dead_after_days) - SPAN_TOLERANCE
        confirmed = failures >= settings.dead_after_failures and spans
        if previous.broken:
            # Once confirmed, a further failure keeps it broken (a dead page may turn soft-404).
            confirmed = True
        state = UrlState(
            state=verdict if confirmed else "unreachable",
            failures=failures,
            first_failure_at=first,
            last_failure_run=run_id,
        )
        if confirmed and not previous.broken:
            return state, Transition("newly-broken", previous.state, state.state or verdict)
        return state, None
    if verdict == "blocked":
        # A bot wall says nothing about the page: never dead, and the streak neither grows nor ends.
        return replace(previous, state="blocked"), None
    # A raw "unreachable" (timeout, 5xx, TLS) keeps a confirmed dead link dead and the streak as is.
    return replace(previous, state=previous.state if previous.broken else "unreachable"), None


# --- Page-text fingerprints: did the cited page change substantially since the last full fetch? ---

FINGERPRINT_SIZE = 64
_SHINGLE = 2
_TOKEN = lazyre.compile(r"\w+")


def _hash63(text: str) -> int:
    # 63 bits so the value fits a signed BIGINT wherever the store keeps it.
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "big") >> 1


def text_fingerprint(text: str) -> tuple[int, ...]:
    """A bottom-k MinHash sketch of the text's word pairs: small, and comparable for similarity."""
    tokens = _TOKEN.findall(unicodedata.normalize("NFKC", text).casefold())
    if len(tokens) < _SHINGLE:
        shingles = set(tokens)
    else:
        shingles = {" ".join(tokens[i : i + _SHINGLE]) for i in range(len(tokens) - _SHINGLE + 1)}
    return tuple(sorted({_hash63(s) for s in shingles})[:FINGERPRINT_SIZE])


def fingerprint_similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of the two texts behind two fingerprints (1.0 = same words)."""
    if not a and not b:
        return 1.0
    if not a or not b:
        return 0.0
    set_a, set_b = set(a), set(b)
    union_bottom = sorted(set_a | set_b)[:FINGERPRINT_SIZE]
    shared = sum(1 for value in union_bottom if value in set_a and value in set_b)
    return shared / len(union_bottom)
