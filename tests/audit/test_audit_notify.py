"""The run's summary: plain text for the CLI, and the Slack-compatible webhook POST."""

from __future__ import annotations

import asyncio
import datetime as dt

from audit_site import FixtureSite

from citecheck.audit.notify import build_payload, format_audit_summary, notify
from citecheck.models import (
    AuditCitation,
    AuditCounts,
    AuditDocument,
    AuditDocumentFindings,
    AuditLink,
    AuditResult,
    Finding,
)

T0 = dt.datetime(2026, 1, 7, 2, 0, tzinfo=dt.UTC)


def _result() -> AuditResult:
    dead = AuditLink(
        url="https://qazinform.com/news/aktobe?x=1&y=<2>",
        state="dead",
        previous_state="unreachable",
        verdict="dead",
        http_status=404,
        failures=3,
        failing_since=T0 - dt.timedelta(days=2),
        citations=[AuditCitation(document="https://analyses.example/yerevan-moscow/", label="iv")],
    )
    back = AuditLink(url="https://tass.ru/politika/25584021", state="alive", previous_state="unreachable")
    many = [AuditLink(url=f"https://example.org/{i}", state="dead", http_status=410) for i in range(14)]
    soft = AuditLink(
        url="https://news.example/gone",
        state="unreachable",
        verdict="soft-404",
        http_status=200,
        failures=1,
        failing_since=T0,
    )
    claim = Finding(
        code="claim-mismatch",
        severity="error",
        message="The source of [iv] does not appear to support the sentence that cites it.",
        label="iv",
    )
    title = Finding(code="title-mismatch", severity="warning", message="Title differs.", label="2")
    return AuditResult(
        run_id=3,
        started_at=T0,
        finished_at=T0 + dt.timedelta(seconds=12.5),
        counts=AuditCounts(documents=2, urls=9, due=4, checked=4, not_modified=1, broken=15, failing=0),
        newly_broken=[dead],
        recovered=[back],
        new_documents=[
            AuditDocument(path="https://analyses.example/new/", source="wordpress", title="New", footnotes=7)
        ],
        still_broken=many,
        failing=[soft],
        document_findings=[
            AuditDocumentFindings(path="https://analyses.example/new/", status="new", findings=[claim]),
            AuditDocumentFindings(path="https://analyses.example/old/", status="changed", findings=[title]),
        ],
    )


def test_text_summary_says_what_changed() -> None:
    text = format_audit_summary(_result())
    lines = text.splitlines()
    assert lines[0] == (
        "citecheck audit run 3 completed: 1 newly broken, 1 recovered, 0 drifted, 1 new documents, "
        "2 content findings"
    )
    assert "started 2026-01-07 02:00 UTC in 12.5 s" in text
    assert "newly broken (1):" in lines
    broken = lines[lines.index("newly broken (1):") + 1]
    assert broken.startswith("  dead (HTTP 404)  https://qazinform.com/news/aktobe")
    assert "failing since 2026-01-05 02:00 UTC (3 failed checks)" in broken
    assert broken.endswith("cited in https://analyses.example/yerevan-moscow/ [iv]")
    assert "  alive  https://tass.ru/politika/25584021 — was unreachable" in lines
    assert "still broken (14):" in lines and "  … and 4 more" in lines
    assert "newly drifted" not in text
    # What new and changed documents say, not only their links.
    content = lines.index("content findings in new or changed documents (2):")
    assert lines[content + 1] == (
        "  https://analyses.example/new/ [iv] (new): error claim-mismatch: The source of [iv] does not "
        "appear to support the sentence that cites it."
    )
    assert lines[content + 2].startswith(
        "  https://analyses.example/old/ [2] (changed): warning title-mismatch"
    )
    # A soft-404 (a 200 page saying "not found") is called that, not "unreachable 200".
    failing = lines[lines.index("failing, not yet dead (1):") + 1]
    assert failing.startswith("  soft-404, unconfirmed (HTTP 200)  https://news.example/gone")
    assert "unreachable" not in failing


def test_locked_out_summary_is_one_line() -> None:
    result = AuditResult(
        started_at=T0, status="locked-out", locked_out=True, message="another audit is running since X"
    )
    assert format_audit_summary(result) == "citecheck audit did not run: another audit is running since X\n"


def test_payload_is_slack_blocks_plus_json_summary() -> None:
    payload = build_payload(_result())
    assert payload["text"].startswith("citecheck audit run 3 completed")
    kinds = [b["type"] for b in payload["blocks"]]
    assert kinds == ["header"] + ["section"] * 6 + ["context"]
    broken = payload["blocks"][1]["text"]["text"]
    assert broken.startswith("*Newly broken* (1)") and "&amp;y=&lt;2&gt;" in broken
    content = payload["blocks"][4]["text"]["text"]
    assert content.startswith("*Content findings in new or changed documents* (2)")
    assert "claim-mismatch" in content and "title-mismatch" in content
    assert "… and 4 more" in payload["blocks"][5]["text"]["text"]
    assert "soft-404, unconfirmed (HTTP 200)" in payload["blocks"][6]["text"]["text"]
    summary = payload["summary"]
    assert "report" not in summary and summary["run_id"] == 3
    assert summary["newly_broken"][0]["failures"] == 3
    assert [f["code"] for d in summary["document_findings"] for f in d["findings"]] == [
        "claim-mismatch",
        "title-mismatch",
    ]


def test_a_first_audit_of_a_whole_archive_keeps_the_payload_bounded() -> None:
    result = _result()
    item = result.document_findings[0]
    result.document_findings = [item.model_copy(update={"path": f"/doc/{i}"}) for i in range(400)]
    summary = build_payload(result)["summary"]
    assert len(summary["document_findings"]) == 50 and summary["document_findings_omitted"] == 350
    assert "… and 390 more" in format_audit_summary(result)


def test_notify_posts_and_reports_failures_without_raising(site: FixtureSite) -> None:
    assert asyncio.run(notify(site.url("/hooks/ok"), _result())) is None
    path, body = site.posts[0]
    assert path == "/hooks/ok" and body["summary"]["counts"]["checked"] == 4
    site.overrides["/hooks/down"] = 503
    error = asyncio.run(notify(site.url("/hooks/down"), _result(), retry_delay=0))
    assert error is not None and "503" in error
    assert site.count("/hooks/down") == 2  # one retry for a 5xx
    site.overrides["/hooks/gone"] = 404
    assert asyncio.run(notify(site.url("/hooks/gone"), _result(), retry_delay=0)) is not None
    assert site.count("/hooks/gone") == 1
    refused = asyncio.run(notify("http://127.0.0.1:1/hook", _result(), retry_delay=0, timeout=2))
    assert refused is not None and refused.startswith("http://127.0.0.1:1/hook: ConnectError")


def test_text_summary_counts_documents_without_citations() -> None:
    from citecheck.models import Report, Summary

    result = _result()
    assert "without citations" not in format_audit_summary(result)
    result.report = Report(summary=Summary(documents=2, documents_without_citations=1))
    assert (
        "1 document without citations: nothing was checked in it" in format_audit_summary(result).splitlines()
    )
