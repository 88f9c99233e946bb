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
from citecheck.models import Document
from citecheck.verify.case import DocumentContext, FootnoteCase, TopicTerms, claim_contexts, usable_page
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
        if footnote.label in context.sources:
            continue  # a duplicate label: the structure checks report it; judge claims by the first entry
        page = usable_page(footnote, config)
        context.usable_pages[footnote.label] = (footnote, page)
        context.sources[footnote.label] = source_profile(footnote, page)
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
    """
    contexts = [document_context(doc, config) for doc in documents]
    if config.judge and config.judge_model and not config.offline:
        await judge_documents(contexts, config, transport=transport)
    for context in contexts:
        for case in footnote_cases(context, config):
            for check in INLINE_CHECKS if case.footnote.kind == "inline" else CHECKS:
                try:
                    context.document.findings.extend(check(case))
                except Exception as exc:  # one bad footnote never aborts the run
                    # One line for the user (the logging module's last resort prints warnings on
                    # stderr); the traceback only where debug logging is set up.
                    log.warning(
                        "check %s failed on footnote [%s] of %s: %s: %s",
                        check.__name__,
                        case.footnote.label,
                        context.document.path,
                        type(exc).__name__,
                        exc,
                    )
                    log.debug("the failed check's traceback", exc_info=True)


__all__ = [
    "CHECKS",
    "INLINE_CHECKS",
    "ClaimScore",
    "ClaimVerdict",
    "TitleMatch",
    "document_context",
    "extract_page_facts",
    "footnote_cases",
    "score_claim",
    "source_profile",
    "title_similarity",
    "verify_documents",
]
