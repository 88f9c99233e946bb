"""The verify stage: page facts, and the checks that compare each footnote with its source.

    extract_page_facts(result)                 FetchResult → PageFacts (titles, site, dates, text)
    await verify_documents(documents, config)  runs every check of registry.CHECKS on every footnote

Also exported for the eval gate and for library users: the claim scorer (:func:`score_claim`,
:func:`source_profile`) and :func:`title_similarity`.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from citecheck.config import Config
from citecheck.findings import make_finding
from citecheck.forking import map_split
from citecheck.models import Document, Finding, Footnote
from citecheck.verify.case import (
    DocumentContext,
    FootnoteCase,
    Sources,
    TopicTerms,
    claim_contexts,
    usable_page,
)
from citecheck.verify.claim import ClaimScore, ClaimVerdict, score_claim, source_profile
from citecheck.verify.facts import extract_page_facts
from citecheck.verify.judge import judge_documents
from citecheck.verify.registry import CHECKS, INLINE_CHECKS
from citecheck.verify.textmatch import base_language, guess_language
from citecheck.verify.title import TitleMatch, title_similarity

if TYPE_CHECKING:  # imported where a judge is asked (citecheck.verify.judge)
    import httpx

log = logging.getLogger(__name__)


def document_context(document: Document, config: Config) -> DocumentContext:
    """Everything the footnotes of ``document`` share, computed once: sources and claims."""
    context = DocumentContext(document=document, claims=claim_contexts(document))
    sentences = list(dict.fromkeys(c.claim for c in document.citations))
    # One language for the whole document when the reader did not say: guessed once from its
    # cited sentences, not once per sentence and paragraph.
    context.language = base_language(document.language) or guess_language(" ".join(sentences[:40]))
    context.topic = TopicTerms.build(sentences, context.language)
    for footnote in document.footnotes:
        if footnote.kind == "inline":
            continue  # a link in the text is no rival source for a footnote's claim, nor judged
        if footnote.label in context.usable_pages:
            continue  # a duplicate label: the structure checks report it; judge claims by the first entry
        context.usable_pages[footnote.label] = (footnote, usable_page(footnote, config))
    context.sources = Sources(context.usable_pages, source_profile)
    return context


def footnote_cases(context: DocumentContext, config: Config) -> list[FootnoteCase]:
    """One case per footnote entry of the document.

    A second entry with an already used label gets no citations: the structure checks report
    the duplicate, and its claims are judged once, by the first entry.
    """
    cases: list[FootnoteCase] = []
    seen: set[str] = set()
    for footnote in context.document.footnotes:
        citations = () if footnote.label in seen else tuple(context.claims.get(footnote.label, ()))
        seen.add(footnote.label)
        cases.append(
            FootnoteCase(
                footnote=footnote,
                citations=citations,
                link=footnote.link,
                page=usable_page(footnote, config),
                config=config,
                document=context,
            )
        )
    return cases


# Below this much work (footnotes plus the citations they support) one process verifies: a fork
# and the findings sent back cost more than half the checks save. Measured 2026-12-06 (2 cores):
# the checks take ~0.55 ms a unit (benchmarks/offline_scale.py's generator, 4,000 footnotes and
# 4,000 citations in 4.6 s), a fork of the parsed process and its answer 16–21 ms at 100 or 1,000
# items (86–150 MB of RSS), so at this size a split saves ~0.25 s.
SPLIT_MIN_WEIGHT = 1_000


async def verify_documents(
    documents: list[Document],
    config: Config,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
) -> None:
    """Run every check on every footnote and append the findings to ``doc.findings``.

    Online, ``footnote.link`` and ``footnote.page`` are filled by the pipeline first. A page
    behind a dead, soft-404, blocked, skipped or unreachable link is not the source, so title
    and claim checks fall back to the footnote entry, as offline. One failing check on one
    footnote is logged and skipped; it never stops the run.

    What the footnotes of a document share is built first (:func:`document_context`); the cases
    then need nothing of each other, and a big run's cases are spread over the machine's cores by
    children forked from this process (:func:`citecheck.forking.map_split`, weighted by the
    citations each judges; the findings come back in the cases' order).
    """
    contexts = []
    for doc in documents:
        try:
            contexts.append(document_context(doc, config))
        except Exception as exc:  # a fault of ours on one document costs its content checks only
            doc.findings.append(_check_failed(doc, None, "verifying the content", exc))
    if config.judge and config.judge_model and not config.offline:
        await judge_documents(contexts, config, transport=transport)
    cases: list[FootnoteCase] = []
    for context in contexts:
        try:
            cases.extend(footnote_cases(context, config))
        except Exception as exc:
            context.document.findings.append(
                _check_failed(context.document, None, "verifying the content", exc)
            )
    weights = [1 + len(case.citations) for case in cases]
    found_per_case = map_split(
        case_findings, cases, weights=weights, min_weight=SPLIT_MIN_WEIGHT, name="citecheck-verify"
    )
    for case, found in zip(cases, found_per_case, strict=True):
        case.document.document.findings.extend(found)


def case_findings(case: FootnoteCase) -> list[Finding]:
    """Every check of the case's kind on one footnote; a check that fails inside citecheck is one
    ``check-failed`` finding, never an exception (one bad footnote never aborts the run)."""
    found: list[Finding] = []
    for check in INLINE_CHECKS if case.footnote.kind == "inline" else CHECKS:
        try:
            found.extend(check(case))
        except Exception as exc:
            found.append(
                _check_failed(case.document.document, case.footnote, f"the {_check_name(check)} check", exc)
            )
    return found


def _check_name(check: object) -> str:
    """``check_titles`` → "titles": the name a reader of the report is told."""
    name = getattr(check, "__name__", "") or type(check).__name__
    return name.removeprefix("check_").replace("_", " ")


def _check_failed(document: Document, footnote: Footnote | None, what: str, exc: Exception) -> Finding:
    """What to say in the report of what was not checked (never a silent all clear); one line is
    logged for the user; the traceback only where debug logging is set up (the logging module's last resort
    prints warnings on stderr)."""
    where = f"footnote [{footnote.label}]" if footnote is not None else "the document"
    log.warning("%s failed on %s of %s: %s: %s", what, where, document.path, type(exc).__name__, exc)
    log.debug("the failed check's traceback", exc_info=True)
    if footnote is None:
        message = (
            f"Verifying this document's content failed inside citecheck ({type(exc).__name__}: {exc}): its "
            "titles, claims, quotes, dates and publishers were not checked; its links were. Please report the file."
        )
    else:
        message = (
            f"{what[0].upper()}{what[1:]} failed on footnote [{footnote.label}] inside citecheck "
            f"({type(exc).__name__}: {exc}), so that was not checked; the other checks were. Please report the file."
        )
    return make_finding(
        "check-failed",
        message,
        label=footnote.label if footnote is not None else None,
        line=footnote.line if footnote is not None else 1,
        column=footnote.column if footnote is not None else 1,
        evidence={"check": what, "exception": type(exc).__name__},
    )


__all__ = [
    "CHECKS",
    "INLINE_CHECKS",
    "ClaimScore",
    "ClaimVerdict",
    "TitleMatch",
    "case_findings",
    "document_context",
    "extract_page_facts",
    "footnote_cases",
    "score_claim",
    "source_profile",
    "title_similarity",
    "verify_documents",
]
