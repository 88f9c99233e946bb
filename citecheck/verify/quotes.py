"""The ``quote-not-found`` check: a phrase the claim quotes should be on the cited page.

Only phrases of two or more words, or a single distinctive term, are checked, and only against a
page in the claim's own language: an English sentence quoting a Russian minister in translation
("absolute misunderstanding") cannot be found verbatim on the Russian page, and that is no fault.
Quotes, whitespace, case and punctuation are normalised first; ``quote_min_similarity`` (0.92)
tolerates spelling variants (destabilise/destabilize) through rapidfuzz's partial ratio.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from citecheck.findings import make_finding
from citecheck.models import Finding, PageFacts
from citecheck.verify.case import FootnoteCase
from citecheck.verify.textmatch import STOPWORDS, base_language, guess_language, normalize

# Paired quotation marks; a single curly quote opens only after a space, so apostrophes
# ("Russia’s") are not taken for quotes.
_QUOTE_PATTERNS = (
    re.compile(r"“([^“”]{2,300})”"),
    re.compile(r"„([^„“”]{2,300})[“”]"),
    re.compile(r"«([^«»]{2,300})»"),
    re.compile(r'"([^"]{2,300})"'),
    re.compile(r"(?:(?<=\s)|^)[‘']([^‘’']{2,300})[’'](?![\w])"),
)
_PUNCTUATION = re.compile(r"[^\w\s]", re.UNICODE)
DISTINCTIVE_SINGLE_LENGTH = 8


def quoted_phrases(claim: str) -> list[str]:
    """The phrases ``claim`` puts in quotation marks that are worth looking for on the page."""
    found: list[str] = []
    for pattern in _QUOTE_PATTERNS:
        for match in pattern.finditer(claim):
            phrase = match.group(1).strip(" ,.;:")
            if phrase and phrase not in found and _worth_checking(phrase):
                found.append(phrase)
    return found


def _worth_checking(phrase: str) -> bool:
    words = re.findall(r"[^\W_]+", phrase)
    if len(words) >= 2:
        return True
    if len(words) != 1:
        return False
    word = words[0]
    stop = any(word.casefold() in s for s in STOPWORDS.values())
    # A lone scare-quoted word ("tango") is usually the author's paraphrase; a long or
    # capitalised one (a coined name, a slogan) is a real quotation.
    return not stop and (
        len(word) >= DISTINCTIVE_SINGLE_LENGTH or word[:1].isupper() or any(c.isdigit() for c in word)
    )


def _flatten(text: str) -> str:
    return re.sub(r"\s+", " ", _PUNCTUATION.sub(" ", normalize(text))).strip()


def page_contains(phrase: str, page: PageFacts, min_similarity: float) -> tuple[bool, float]:
    """Whether ``page`` contains ``phrase`` (normalised), and the best partial similarity."""
    needle = _flatten(phrase)
    haystack = _flatten(" ".join([*page.titles, page.description or "", page.text]))
    if not needle:
        return True, 1.0
    if needle in haystack:
        return True, 1.0
    score = fuzz.partial_ratio(needle, haystack) / 100 if haystack else 0.0
    return score >= min_similarity, round(score, 3)


def check_quotes(case: FootnoteCase) -> list[Finding]:
    """``quote-not-found`` for each quoted phrase absent from a same-language page."""
    page = case.page
    if page is None or not (page.text or page.titles):
        return []
    page_language = base_language(page.language) or guess_language(page.text[:2000])
    threshold = case.config.thresholds.quote_min_similarity
    findings: list[Finding] = []
    for claim in case.citations:
        citation = claim.citation
        claim_language = base_language(case.document.document.language) or guess_language(citation.claim)
        if not page_language or claim_language != page_language:
            continue
        for phrase in quoted_phrases(citation.claim):
            present, score = page_contains(phrase, page, threshold)
            if present:
                continue
            findings.append(
                make_finding(
                    "quote-not-found",
                    f"The sentence quotes “{phrase}”, but the page of [{case.footnote.label}] does not contain it "
                    f"(closest match {score:.2f}).",
                    label=case.footnote.label,
                    line=citation.line,
                    column=citation.column,
                    evidence={
                        "quote": phrase,
                        "closest_similarity": score,
                        "threshold": threshold,
                        "page_language": page_language,
                        "page_title": page.title,
                    },
                )
            )
    return findings
