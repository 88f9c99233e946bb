"""verify_documents: the registry of checks, one unit of work per footnote, and robustness."""

from __future__ import annotations

import asyncio
import logging
import time

import pytest

import citecheck.verify as verify
from citecheck.config import Config
from citecheck.findings import CODES
from citecheck.models import Document, Finding, Footnote, LinkResult
from citecheck.verify.case import FootnoteCase
from citecheck.verify.registry import CHECKS

from .eval_corpus import seed_document, verified


def test_registry_lists_one_function_per_check() -> None:
    assert [check.__name__ for check in CHECKS] == [
        "check_title",
        "check_claims",
        "check_quotes",
        "check_text_fragments",
        "check_dates",
        "check_publisher",
    ]


def test_findings_use_registered_codes_and_locations() -> None:
    document = verified(seed_document(online=True), Config())
    assert document.findings
    for finding in document.findings:
        assert finding.code in CODES
        assert finding.label is not None and finding.line is not None and finding.column is not None
        assert finding.message.endswith((".", ")"))


def test_a_failing_check_is_logged_reported_and_the_others_still_run(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def check_broken(case: FootnoteCase) -> list[Finding]:
        raise RuntimeError("bug in a check")

    monkeypatch.setattr(verify, "CHECKS", (check_broken, *CHECKS))
    with caplog.at_level(logging.WARNING, logger="citecheck.verify"):
        document = verified(seed_document(online=True), Config())
    assert [f.label for f in document.findings if f.code == "claim-mismatch"] == ["iv"]
    # What was not checked is said in the report, once per footnote (never a silent all clear).
    failed_findings = [f for f in document.findings if f.code == "check-failed"]
    assert [f.label for f in failed_findings] == ["i", "ii", "iii", "iv", "v", "vi", "vii"]
    assert all(
        f.severity == "warning" and f.message.startswith("The broken check failed on footnote [")
        for f in failed_findings
    )
    assert all("RuntimeError: bug in a check" in f.message for f in failed_findings)
    # One log line each, naming the exception; no traceback for the user (only at debug level).
    failed = [r for r in caplog.records if "the broken check failed" in r.getMessage()]
    assert len(failed) == 7
    assert all(r.exc_info is None and "RuntimeError: bug in a check" in r.getMessage() for r in failed)


def test_a_fault_on_one_documents_content_leaves_the_others_verified(monkeypatch: pytest.MonkeyPatch) -> None:
    real_context = verify.document_context
    bad, good = seed_document(online=True), seed_document(online=True)
    bad.path = "bad.txt"

    def faulty(document: Document, config: Config) -> object:
        if document.path == "bad.txt":
            raise ValueError("a fault of ours")
        return real_context(document, config)

    monkeypatch.setattr(verify, "document_context", faulty)
    asyncio.run(verify.verify_documents([bad, good], Config()))
    assert [f.label for f in good.findings if f.code == "claim-mismatch"] == ["iv"]
    assert [(f.code, f.label) for f in bad.findings] == [("check-failed", None)]
    assert "Verifying this document's content failed" in bad.findings[0].message
    assert "ValueError: a fault of ours" in bad.findings[0].message


def test_a_footnote_without_url_title_or_page_is_handled() -> None:
    document = seed_document(online=True)
    document.footnotes.append(
        Footnote(label="viii", ordinal=8, raw="Interview with a diplomat, Yerevan.", line=44, column=1)
    )
    document = verified(document, Config())
    assert not [f for f in document.findings if f.label == "viii"]


def test_a_soft_404_page_is_not_judged_as_the_source() -> None:
    document = seed_document(online=True)
    footnote = document.footnotes[0]
    assert footnote.url is not None
    footnote.link = LinkResult(url=footnote.url, state="soft-404", http_status=200)
    document = verified(document, Config())
    # [i] falls back to its entry, which is consistent with its sentence: no verdict at all.
    assert not [f for f in document.findings if f.label == "i"]


def test_footnote_cases_carry_only_pages_that_are_the_source() -> None:
    document = seed_document(online=True)
    footnote = document.footnotes[2]
    assert footnote.url is not None
    footnote.link = LinkResult(url=footnote.url, state="blocked", http_status=403)
    config = Config()
    context = verify.document_context(document, config)
    cases = {case.footnote.label: case for case in verify.footnote_cases(context, config)}
    assert cases["iii"].page is None and cases["iii"].offline
    assert cases["ii"].page is not None and not cases["ii"].offline
    assert [c.citation.label for c in cases["iv"].citations] == ["iv"]


def test_a_duplicate_label_is_judged_once() -> None:
    document = seed_document(online=True)
    document.footnotes.append(document.footnotes[3].model_copy(update={"line": 46}))
    document = verified(document, Config())
    assert [f.label for f in document.findings if f.code == "claim-mismatch"] == ["iv"]


def test_verifying_a_document_takes_milliseconds_per_footnote() -> None:
    document = seed_document(online=True)
    verified(seed_document(online=True), Config())  # warm the stemmer and lexicon caches
    started = time.perf_counter()
    verified(document, Config())
    assert (time.perf_counter() - started) / len(document.footnotes) < 0.1
