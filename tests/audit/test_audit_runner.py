"""The audit run end to end, against the fixture site: dead over time, resumability, locking, notify."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from audit_site import FixtureSite

from citecheck.audit import format_audit_summary, sources
from citecheck.audit.runner import aaudit, audit, load_audit_state
from citecheck.audit.store import AuditStore, open_store
from citecheck.config import AuditSettings, Config
from citecheck.models import AuditResult, Document

DAY = dt.timedelta(days=1)
T0 = dt.datetime(2026, 1, 10, 2, 0, tzinfo=dt.UTC)
HYBRID = "sources.example/news/hybrid-war"
TRUMP = "sources.example/news/trump-route-lease"
POST_101 = "analyses.example/2025/11/yerevan-moscow-pragmatism/"
POST_103 = "analyses.example/2026/01/grain-and-sovereignty/"
SOURCE_PAGES = (
    "trump-route-lease",
    "envoy-tango",
    "rail-imports",
    "aktobe-flooding",
    "hybrid-war",
    "wheat-shipment",
    "grain-policy",
)


def config(*, concurrency: int = 4, **audit: Any) -> Config:
    return Config(
        allow_private=True,
        timeout=5,
        retries=0,
        soft404_probe=False,
        wayback=False,
        max_concurrency=concurrency,
        audit=AuditSettings(**audit),
    )


def run(
    site: FixtureSite, db: str, now: dt.datetime, cfg: Config | None = None, **kwargs: Any
) -> AuditResult:
    specs = [site.url("analyses.example/sitemap.xml"), site.url("analyses.example/wp-json/wp/v2/posts")]
    return audit(specs, cfg or config(), db=db, now=now, **kwargs)


def document(result: AuditResult, path: str) -> Document:
    assert result.report is not None
    return next(d for d in result.report.documents if d.path == path)


def source_requests(site: FixtureSite) -> dict[str, int]:
    return {name: site.count(f"/sources.example/news/{name}") for name in SOURCE_PAGES}


def test_dead_is_reached_over_runs_and_reported_once(site: FixtureSite, db_url: str) -> None:
    site.hidden_posts.add(103)  # published between the first and second run
    site.overrides["/" + HYBRID] = 404
    hybrid = site.url(HYBRID)

    first = run(site, db_url, T0)
    assert first.status == "completed" and first.source_errors == []
    assert {d.path for d in first.new_documents} >= {site.url(POST_101)}
    assert first.newly_broken == [] and first.still_broken == []
    assert [(x.url, x.state, x.failures) for x in first.failing] == [(hybrid, "unreachable", 1)]
    post = document(first, site.url(POST_101))
    footnote = next(fn for fn in post.footnotes if fn.label == "v")
    assert footnote.link is not None and footnote.link.state == "unreachable"
    finding = next(f for f in post.findings if f.label == "v" and f.code in {"dead-link", "unreachable"})
    assert finding.code == "unreachable"
    assert "reported dead after 2 failed checks at least 12 h apart" in finding.message

    # An hour later (a second cron run, or a new document citing it): not yet — too soon after.
    again = run(site, db_url, T0 + dt.timedelta(hours=1))
    assert again.newly_broken == [] and again.counts.checked == 0

    site.hidden_posts.clear()
    second = run(site, db_url, T0 + DAY)
    assert [d.path for d in second.new_documents] == [site.url(POST_103)]
    assert [(x.url, x.state, x.previous_state, x.failures) for x in second.newly_broken] == [
        (hybrid, "dead", "unreachable", 2)
    ]
    cited = {(c.document, c.label) for c in second.newly_broken[0].citations}
    assert cited == {(site.url(POST_101), "v"), (site.url(POST_103), "2")}
    assert second.failing == []
    post = document(second, site.url(POST_101))
    assert any(f.code == "dead-link" and f.label == "v" for f in post.findings)

    third = run(site, db_url, T0 + 2 * DAY)
    assert third.newly_broken == [] and [x.url for x in third.still_broken] == [hybrid]
    assert third.new_documents == []

    del site.overrides["/" + HYBRID]
    fourth = run(site, db_url, T0 + 3 * DAY)
    assert [(x.url, x.state, x.previous_state) for x in fourth.recovered] == [(hybrid, "alive", "dead")]
    assert fourth.still_broken == [] and fourth.newly_broken == []

    # Healthy sources were re-checked every night (4 runs a day apart; not in the run an hour later).
    counts = source_requests(site)
    assert counts["trump-route-lease"] == 4 and counts["hybrid-war"] == 4
    state = {x.url: x for x in load_audit_state(db_url)}
    assert state[hybrid].state == "alive" and state[hybrid].failures == 0
    assert state[site.url(TRUMP)].state == "alive"


def test_a_link_that_worked_and_dies_is_reported_dead_by_the_second_night(
    site: FixtureSite, db_url: str
) -> None:
    rail = site.url("sources.example/news/rail-imports")
    assert run(site, db_url, T0).failing == []
    # It dies an hour after the first run; nightly runs follow.
    site.overrides["/sources.example/news/rail-imports"] = 404
    first_night = run(site, db_url, T0 + DAY)
    assert [x.url for x in first_night.failing] == [rail] and first_night.newly_broken == []
    text = format_audit_summary(first_night)
    assert f"dead, unconfirmed (HTTP 404)  {rail}" in text
    second_night = run(site, db_url, T0 + 2 * DAY)
    assert [(x.url, x.state) for x in second_night.newly_broken] == [(rail, "dead")]
    # Died at T0 + 1 h, reported dead at T0 + 2 days: 47 h.


def test_a_404_is_not_also_drift_and_a_soft_404_is_labelled_soft_404(site: FixtureSite, db_url: str) -> None:
    run(site, db_url, T0)
    # hybrid-war now serves the site's real "Page not found" page (404); wheat-shipment a page that
    # answers 200 and says "Page not found" (a soft-404).
    site.aliases["/" + HYBRID] = "/sources.example/news/no-such-page"
    site.aliases["/sources.example/news/wheat-shipment"] = "/sources.example/news/removed-story"
    later = run(site, db_url, T0 + DAY)
    assert later.newly_drifted == []
    failing = {x.url: x for x in later.failing}
    soft = failing[site.url("sources.example/news/wheat-shipment")]
    assert (soft.state, soft.verdict, soft.http_status) == ("unreachable", "soft-404", 200)
    text = format_audit_summary(later)
    assert "soft-404, unconfirmed (HTTP 200)" in text and "unreachable (HTTP 200)" not in text
    assert "newly drifted" not in text
    confirmed = run(site, db_url, T0 + 2 * DAY)
    assert {(x.url, x.state) for x in confirmed.newly_broken} == {
        (site.url(HYBRID), "dead"),
        (site.url("sources.example/news/wheat-shipment"), "soft-404"),
    }
    assert "soft-404 (HTTP 200)  " + site.url("sources.example/news/wheat-shipment") in format_audit_summary(
        confirmed
    )


def test_summary_lists_content_findings_of_new_and_changed_documents(site: FixtureSite, db_url: str) -> None:
    first = run(site, db_url, T0)
    found = {(d.path, d.status): {(f.label, f.code) for f in d.findings} for d in first.document_findings}
    # The fixture's analysis cites the flooding story for a rail-transit sentence (footnote iv).
    assert ("iv", "claim-mismatch") in found[(site.url(POST_101), "new")]
    assert all(code not in {"dead-link", "unreachable", "soft-404"} for v in found.values() for _, code in v)
    assert "claim-mismatch" in format_audit_summary(first)
    # Unchanged documents are not listed again the next night.
    assert run(site, db_url, T0 + DAY).document_findings == []


def test_recheck_all_and_now_from_the_configuration(site: FixtureSite, db_url: str) -> None:
    run(site, db_url, T0)
    site.reset_counts()
    cfg = config()
    cfg = cfg.model_copy(update={"audit": cfg.audit.model_copy(update={"recheck_all": True, "now": T0})})
    specs = [site.url("analyses.example/sitemap.xml"), site.url("analyses.example/wp-json/wp/v2/posts")]
    again = audit(specs, cfg, db=db_url)
    assert again.started_at - T0 < dt.timedelta(seconds=5) and again.counts.checked == len(SOURCE_PAGES)
    assert source_requests(site)["trump-route-lease"] == 1


def test_only_new_or_changed_documents_are_parsed(
    site: FixtureSite, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed: list[str] = []
    real_parse = sources.parse_bytes

    def counting_parse(data: bytes, **kwargs: Any) -> Any:
        parsed.append(str(kwargs["path"]))
        return real_parse(data, **kwargs)

    monkeypatch.setattr(sources, "parse_bytes", counting_parse)
    site.hidden_posts.add(103)
    run(site, db_url, T0)
    assert len(parsed) == 3  # two posts and the about page
    parsed.clear()
    site.hidden_posts.clear()
    second = run(site, db_url, T0 + DAY)
    assert parsed == [site.url(POST_103)]
    assert (second.counts.new_documents, second.counts.unchanged_documents) == (1, 3)


def test_daily_recheck_uses_conditional_requests(site: FixtureSite, db_url: str) -> None:
    run(site, db_url, T0)
    site.reset_counts()
    later = run(site, db_url, T0 + DAY)
    assert later.counts.checked == len(SOURCE_PAGES)
    assert later.counts.not_modified == len(SOURCE_PAGES)
    assert site.conditional["/" + TRUMP] == 1
    post = document(later, site.url(POST_101))
    link = next(fn.link for fn in post.footnotes if fn.label == "i")
    assert link is not None and link.http_status == 200 and link.state == "alive"


def test_substantial_page_change_is_reported_as_drift(site: FixtureSite, db_url: str) -> None:
    run(site, db_url, T0)
    site.aliases["/sources.example/news/rail-imports"] = "/sources.example/news/rail-imports.rewritten"
    later = run(site, db_url, T0 + DAY)
    drifted = {x.url: x for x in later.newly_drifted}
    assert list(drifted) == [site.url("sources.example/news/rail-imports")]
    assert drifted[site.url("sources.example/news/rail-imports")].similarity is not None
    assert drifted[site.url("sources.example/news/rail-imports")].similarity < 0.6  # type: ignore[operator]
    assert run(site, db_url, T0 + 2 * DAY).newly_drifted == []


def test_bounded_run_resumes_without_checking_anything_twice(site: FixtureSite, db_url: str) -> None:
    first = run(site, db_url, T0, config(max_urls=3))
    assert first.status == "partial" and first.counts.checked == 3 and first.counts.deferred == 4
    assert "max_urls" in (first.message or "")
    assert first.report is not None
    links = {fn.url: fn.link for d in first.report.documents for fn in d.footnotes if fn.link}
    deferred = {url for url, link in links.items() if link.error and link.error.kind == "deferred"}
    assert len(links) == 7 and len(deferred) == 4
    second = run(site, db_url, T0 + dt.timedelta(minutes=30), config(max_urls=3))
    third = run(site, db_url, T0 + dt.timedelta(minutes=60), config(max_urls=3))
    assert (second.counts.checked, third.counts.checked, third.status) == (3, 1, "completed")
    assert set(source_requests(site).values()) == {1}


class Killed(BaseException):
    """Stands for SIGKILL/SIGTERM: not an Exception, so nothing on the way catches it."""


def test_killed_run_loses_nothing_and_next_run_checks_only_the_rest(
    site: FixtureSite, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_record = AuditStore.record_check
    calls: list[str] = []

    def dying_record(self: AuditStore, record: Any, **kwargs: Any) -> None:
        real_record(self, record, **kwargs)
        calls.append(record.url)
        if len(calls) == 2:
            raise Killed

    monkeypatch.setattr(AuditStore, "record_check", dying_record)
    with pytest.raises(Killed):
        run(site, db_url, T0)
    monkeypatch.setattr(AuditStore, "record_check", real_record)
    with open_store(db_url) as store:
        interrupted = store.runs()[0]
        assert interrupted.status == "interrupted"
        assert {u.url for u in store.all_urls()} == set(calls)
    resumed = run(site, db_url, T0 + dt.timedelta(minutes=5))
    assert resumed.status == "completed" and resumed.resumed_run == interrupted.id
    assert resumed.counts.checked == len(SOURCE_PAGES) - 2
    # What the killed run had recorded was not asked for again. (A request in flight when it died
    # has no recorded result, so the next run rightly asks again.)
    requests = source_requests(site)
    assert [requests[url.rsplit("/", 1)[1]] for url in calls] == [1, 1]
    with open_store(db_url) as store:
        assert all(len(store.checks(url)) == 1 for url in (u.url for u in store.all_urls()))
        # The interrupted run's new documents are reported by the run that finished its work.
        assert {e.reported_run_id for e in store.events()} == {resumed.run_id}


def test_time_bound_stops_the_run_and_the_next_one_continues(site: FixtureSite, db_url: str) -> None:
    site.delays["/sources.example/news/wheat-shipment"] = 1.5
    first = run(site, db_url, T0, config(max_seconds=0.8))
    assert first.status == "partial" and "max_seconds" in (first.message or "")
    assert first.counts.deferred >= 1
    site.delays.clear()
    second = run(site, db_url, T0 + dt.timedelta(minutes=10))
    assert second.status == "completed"
    assert first.counts.checked + second.counts.checked == len(SOURCE_PAGES)


def test_overlapping_runs_lock_the_second_out(site: FixtureSite, db_url: str) -> None:
    specs = [site.url("analyses.example/sitemap.xml")]

    async def both() -> tuple[AuditResult, AuditResult]:
        site.hold.clear()  # the first run's requests wait on the server
        first = asyncio.create_task(aaudit(specs, config(), db=db_url, now=T0))
        for _ in range(200):
            if site.total() > 0:
                break
            await asyncio.sleep(0.01)
        second = await aaudit(specs, config(), db=db_url, now=T0)
        site.hold.set()
        return await first, second

    first, second = asyncio.run(both())
    assert first.status == "completed" and not first.locked_out
    assert second.locked_out and second.status == "locked-out" and second.run_id is None
    assert second.message is not None and second.message.startswith("another audit is running since ")
    assert f"(run {first.run_id})" in second.message
    assert run(site, db_url, T0 + DAY).locked_out is False


def test_summary_is_posted_and_a_failing_webhook_is_not_fatal(site: FixtureSite, tmp_path: Any) -> None:
    db = str(tmp_path / "h.sqlite3")
    result = run(site, db, T0, notify_url=site.url("/hooks/audit"))
    assert result.notify_error is None
    path, body = site.posts[0]
    assert path == "/hooks/audit" and body["summary"]["run_id"] == result.run_id
    assert body["text"].startswith(f"citecheck audit run {result.run_id} completed")
    site.overrides["/hooks/audit"] = 500
    failed = run(site, db, T0 + DAY, notify_url=site.url("/hooks/audit"))
    assert failed.status == "completed" and failed.notify_error is not None and "500" in failed.notify_error


def test_no_sources_is_an_input_error(tmp_path: Any) -> None:
    from citecheck.errors import InputError

    with pytest.raises(InputError):
        audit([], config(), db=str(tmp_path / "h.sqlite3"))


def test_network_down_checks_nothing_and_keeps_everything_due(tmp_path: Any) -> None:
    seed = Path(__file__).resolve().parents[2] / "fixtures" / "analyses" / "armenia-russia-analysis.txt"
    db = str(tmp_path / "h.sqlite3")
    down = config().model_copy(update={"canary_urls": ["http://127.0.0.1:1/"]})
    result = audit([str(seed)], down, db=db, now=T0)
    assert result.status == "partial" and "network was unavailable" in (result.message or "")
    assert result.counts.documents == 1 and result.counts.urls == 7 and result.counts.checked == 0
    assert load_audit_state(db) == []


def test_the_next_check_that_state_shows_is_when_a_run_checks_it(site: FixtureSite, db_url: str) -> None:
    run(site, db_url, T0)
    state = {x.url: x for x in load_audit_state(db_url)}
    name = "rail-imports"
    when = state[site.url(f"sources.example/news/{name}")].next_check
    assert when is not None and T0 + 12 * dt.timedelta(hours=1) <= when <= T0 + DAY
    site.reset_counts()
    # Earlier than its next check (beyond the half hour a run reaches ahead): not checked.
    run(site, db_url, when - dt.timedelta(minutes=45))
    assert source_requests(site)[name] == 0
    run(site, db_url, when)
    assert source_requests(site)[name] == 1
