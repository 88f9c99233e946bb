"""The history store: the same behaviour on SQLite and PostgreSQL (every test runs on both)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from citecheck.audit.history import UrlState
from citecheck.audit.store import AuditStore, DocumentRecord, EventRecord, UrlRecord, open_store
from citecheck.errors import ConfigError
from citecheck.findings import make_finding
from citecheck.models import Document, Footnote, LinkResult

T0 = dt.datetime(2026, 1, 5, 2, 0, tzinfo=dt.UTC)


def _check(url: str, verdict: str, at: dt.datetime, run_id: int, *, failures: int = 0) -> UrlRecord:
    link = LinkResult(url=url, state=verdict, http_status=404 if verdict == "dead" else 200, checked_at=at)
    state = "unreachable" if verdict == "dead" else verdict
    return UrlRecord(
        url=url,
        state=UrlState(state=state, failures=failures, first_failure_at=at if failures else None),
        verdict=verdict,
        http_status=link.http_status,
        checked_at=at,
        run_id=run_id,
        content_hash="sha256:abc" if verdict == "alive" else None,
        etag='"e1"',
        last_modified="Mon, 05 Jan 2026 00:00:00 GMT",
        fingerprint=(3, 1, 2) if verdict == "alive" else None,
        link=link,
    )


def test_runs_are_numbered_finished_and_abandoned_ones_closed(store: AuditStore) -> None:
    first = store.start_run(["https://analyses.example/sitemap.xml"], T0)
    second = store.start_run(["x"], T0 + dt.timedelta(hours=1))
    assert second > first
    store.update_cursor(second, {"checked": 3, "last_url": "https://a.example/"})
    store.finish_run(second, status="partial", finished_at=T0 + dt.timedelta(hours=2), counts={"checked": 3})
    closed = store.close_abandoned_runs(except_run=second, at=T0 + dt.timedelta(hours=3))
    assert closed == [first]
    run = store.get_run(first)
    assert (
        run is not None
        and run.status == "interrupted"
        and run.sources == ["https://analyses.example/sitemap.xml"]
    )
    finished = store.get_run(second)
    assert finished is not None
    assert (finished.status, finished.cursor["checked"], finished.counts) == ("partial", 3, {"checked": 3})
    assert finished.finished_at == T0 + dt.timedelta(hours=2)
    assert [r.id for r in store.runs()] == [second, first]


def test_documents_round_trip_with_their_parsed_form(store: AuditStore) -> None:
    doc = Document(
        path="https://analyses.example/a/",
        title="Yerevan-Moscow",
        footnotes=[Footnote(label="iv", ordinal=4, raw="…", url="https://qazinform.com/x", line=3, column=1)],
    )
    record = DocumentRecord(
        path=doc.path, source="sitemap", content_hash="h1", modified="2026-01-01", document=doc
    )
    assert store.save_document(record, run_id=1, at=T0) is True
    record.content_hash = "h2"
    record.document = None  # an unchanged parse is not rewritten
    assert store.save_document(record, run_id=2, at=T0 + dt.timedelta(days=1)) is False
    found = store.get_documents([doc.path, "https://analyses.example/missing/"])
    assert list(found) == [doc.path]
    again = found[doc.path]
    assert again.content_hash == "h2" and again.document == doc
    assert (again.first_run_id, again.last_run_id) == (1, 2)
    assert again.first_seen_at == T0 and again.last_seen_at == T0 + dt.timedelta(days=1)
    assert [d.path for d in store.documents()] == [doc.path]


def test_checks_keep_state_history_and_latest_record(store: AuditStore) -> None:
    url = "https://tass.ru/politika/25584021"
    store.record_check(_check(url, "alive", T0, 1), run_id=1, at=T0)
    later = T0 + dt.timedelta(days=1)
    store.record_check(_check(url, "dead", later, 2, failures=1), run_id=2, at=later)
    record = store.get_urls([url, "https://never.example/"])[url]
    assert record.verdict == "dead" and record.state == UrlState("unreachable", 1, later, None)
    assert record.checked_at == later and record.etag == '"e1"' and record.link is not None
    assert record.link.http_status == 404
    history = store.checks(url)
    assert [(c.run_id, c.verdict, c.state, c.http_status) for c in history] == [
        (1, "alive", "alive", 200),
        (2, "dead", "unreachable", 404),
    ]
    assert history[0].content_hash == "sha256:abc"
    assert [c.url for c in store.checks(run_id=2)] == [url]
    store.set_fingerprint(url, [9, 8])
    assert store.get_urls([url])[url].fingerprint == (9, 8)
    assert [u.url for u in store.all_urls()] == [url]


def test_many_urls_are_read_back_in_chunks(store: AuditStore) -> None:
    urls = [f"https://example.org/{i}" for i in range(1203)]
    for i, url in enumerate(urls[:3]):
        store.record_check(_check(url, "alive", T0, 1), run_id=1, at=T0 + dt.timedelta(seconds=i))
    assert sorted(store.get_urls(urls)) == sorted(urls[:3])


def test_events_are_reported_once(store: AuditStore) -> None:
    url = "https://qazinform.com/news/x"
    event = EventRecord(
        kind="newly-broken", run_id=1, at=T0, url=url, previous_state="unreachable", state="dead"
    )
    store.record_check(_check(url, "dead", T0, 1, failures=3), run_id=1, at=T0, event=event)
    store.add_event(EventRecord(kind="new-document", run_id=1, at=T0, document="a", detail={"title": "A"}))
    pending = store.unreported_events()
    assert [(e.kind, e.url, e.document) for e in pending] == [
        ("newly-broken", url, None),
        ("new-document", None, "a"),
    ]
    assert pending[1].detail == {"title": "A"}
    store.mark_reported([e.id for e in pending if e.id is not None], run_id=2)
    assert store.unreported_events() == []
    assert [e.reported_run_id for e in store.events(reported_run_id=2)] == [2, 2]


def test_citation_findings_grow_with_changes_not_with_runs(store: AuditStore) -> None:
    mismatch = make_finding("claim-mismatch", "The source does not support the claim.", label="iv", line=17)
    dead = make_finding("dead-link", "404", label="iv", line=41)
    url = "https://qazinform.com/x"
    assert store.record_findings("doc", {"iv": (url, [mismatch])}, run_id=1, at=T0) == {"iv": []}
    assert store.record_findings(
        "doc", {"iv": (url, [mismatch])}, run_id=2, at=T0 + dt.timedelta(days=1)
    ) == {"iv": ["claim-mismatch"]}
    store.record_findings("doc", {"iv": (url, [mismatch, dead]), "i": (None, [])}, run_id=3, at=T0)
    history = store.findings_history("doc", "iv")
    assert [(h.codes, h.first_run_id, h.last_run_id) for h in history] == [
        (["claim-mismatch"], 1, 2),
        (["claim-mismatch", "dead-link"], 3, 3),
    ]
    assert history[1].findings[1].code == "dead-link"
    assert store.latest_findings("doc")["i"].codes == []


def test_lock_keeps_a_second_audit_out_and_says_who_holds_it(db_url: str) -> None:
    with open_store(db_url) as first, open_store(db_url) as second:
        assert first.try_lock() is None
        first.heartbeat(run_id=7)
        holder = second.try_lock()
        assert holder is not None and holder.run_id == 7
        assert holder.describe().startswith("another audit is running since ")
        assert "(run 7)" in holder.describe()
        first.unlock()
        assert second.try_lock() is None
        assert second.locked


def test_lock_of_a_process_that_died_is_taken_over(db_url: str) -> None:
    # The holder exits without unlocking, as a killed cron job would.
    code = (
        "import os, sys\n"
        "from citecheck.audit.store import open_store\n"
        "store = open_store(sys.argv[1])\n"
        "assert store.try_lock() is None\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code, db_url], check=True, timeout=60)
    with open_store(db_url) as store:
        assert store.try_lock() is None


def test_expired_sqlite_lock_is_taken_over(tmp_path: Path) -> None:
    db = tmp_path / "h.sqlite3"
    with open_store(db) as first, open_store(db) as second:
        assert first.try_lock(ttl=dt.timedelta(seconds=-1)) is None
        assert second.try_lock() is None


def test_concurrent_writers_wait_instead_of_failing(db_url: str) -> None:
    errors: list[BaseException] = []

    def write(worker: int) -> None:
        try:
            with open_store(db_url) as store:
                for i in range(40):
                    url = f"https://example.org/{worker}/{i}"
                    store.record_check(_check(url, "alive", T0, worker), run_id=worker, at=T0)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(n,)) for n in (1, 2, 3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with open_store(db_url) as store:
        assert len(store.all_urls()) == 120


def test_table_prefixes_keep_stores_apart(db_url: str) -> None:
    with open_store(db_url, prefix="alpha_") as alpha, open_store(db_url, prefix="beta_") as beta:
        alpha.record_check(_check("https://a.example/", "alive", T0, 1), run_id=1, at=T0)
        assert beta.get_urls(["https://a.example/"]) == {}
        assert alpha.try_lock() is None and beta.try_lock() is None
        alpha.drop_all()
        beta.drop_all()


def test_bad_locations_are_clear_errors(tmp_path: Path) -> None:
    not_a_db = tmp_path / "notes.sqlite3"
    not_a_db.write_text("these are not the tables you are looking for\n" * 50)
    with pytest.raises(ConfigError, match="cannot open the history database"):
        open_store(not_a_db)
    with pytest.raises(ConfigError, match=r"cannot connect .*postgres:\*\*\*@"):
        open_store("postgresql://postgres:secret@127.0.0.1:1/test")
    with pytest.raises(ConfigError, match="invalid table prefix"):
        open_store(tmp_path / "ok.sqlite3", prefix="x; DROP TABLE")
