"""The ``claim-mismatch`` check: does the cited source support the sentence that cites it?

The default scorer needs no model and no network. It weighs the claim's content terms — names,
places and numbers most, generic words (president, percent) least, terms that every source of
the document shares less than terms only one has — and measures which share of that weight the
source contains: exactly, by concept (grain ~ зерно), by prefix (Tatulyan ~ Татуляна) or fuzzily
(Armenii ~ Armenia). Across languages only names, numbers and lexicon concepts can meet, so
plain words of another language count for little. Online the source is the page (titles,
description, main text) and the cited title; offline it is the cited title, publisher and URL
slug, and the verdict follows the stricter offline rule of :func:`offline_verdict`.

Thresholds (``config.thresholds``), calibrated on ``fixtures/eval`` (tests/verify/test_eval_gate.py):

* ``claim_min_support`` (0.25): below it the page does not support the claim. On the eval corpus
  correct pairs score 0.45–0.96 and swapped sources 0–0.6; the seed's six correct footnotes
  score 0.60–0.78 and [iv] 0.06.
* ``claim_swap_max_support`` (0.5) and ``claim_swap_margin`` (0.3): a support below the first,
  while another footnote of the same document supports the sentence by the second more, means
  the author most likely pasted a neighbouring footnote.
* ``claim_offline_min_support`` (0.2) and ``offline_min_title_terms`` (3): see
  :func:`offline_verdict`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import unquote, urlsplit

from citecheck.findings import make_finding
from citecheck.models import Finding, Footnote, PageFacts
from citecheck.verify.case import ClaimContext, FootnoteCase
from citecheck.verify.judge import JudgeVerdict
from citecheck.verify.lexicon import COMMON_CONCEPTS
from citecheck.verify.textmatch import Term, TermIndex, base_language, guess_language, script_of, terms

Basis = Literal["page", "title"]

# How much each kind of term says about a claim. Numbers other than day-of-month and names pin a
# claim to one event; years and days recur across unrelated news.
KIND_WEIGHT = {"number": 2.0, "name": 1.6, "word": 1.0, "year": 0.8}
SMALL_NUMBER_WEIGHT = 0.6
GENERIC_FACTOR = 0.35
QUOTED_FACTOR = 1.3
CONTEXT_FACTOR = 0.3
# A word of the claim's language that is not in the lexicon rarely meets a page in another
# language (only cognates do: transit ~ транзит), so it counts for little there.
FOREIGN_WORD_FACTOR = 0.2
# A term that every other source of the document contains says little about which source is meant.
SHARED_TERM_DISCOUNT = 0.6
# Below this many characters of main text a page is judged by its titles and description alone,
# against half the usual support floor and without the swapped-footnote rule.
THIN_PAGE_CHARS = 400


@dataclass(frozen=True)
class SourceProfile:
    """A cited source, indexed for scoring: the page (online) or the footnote entry (offline)."""

    index: TermIndex
    basis: Basis
    title: str | None
    languages: frozenset[str]
    text_chars: int = 0

    @property
    def thin(self) -> bool:
        """A page whose main text could hardly be read (a script-built page, a paywall teaser)."""
        return self.basis == "page" and self.text_chars < THIN_PAGE_CHARS


@dataclass(frozen=True)
class WeightedTerm:
    term: Term
    weight: float
    context: bool = False


_SCORED_AGAINST: dict[str, str] = {
    "page": "the page's titles, description and main text, and the cited title",
    "title": "the footnote entry only (cited title, publisher, URL words): no page",
}


@dataclass(frozen=True)
class ClaimScore:
    """How well a source supports a claim: ``support`` in [0, 1] and the evidence for it."""

    support: float
    matched: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    passage: str | None = None
    basis: Basis = "page"
    weight: float = 0.0
    cross_language: bool = False
    details: dict[str, float] = field(default_factory=dict)

    def evidence(self) -> dict[str, object]:
        return {
            "support": round(self.support, 3),
            "matched_terms": list(self.matched),
            "missing_terms": list(self.missing),
            "best_passage": self.passage,
            "basis": self.basis,
            "scored_against": _SCORED_AGAINST[self.basis],
            "cross_language": self.cross_language,
        }


def url_slug_words(url: str | None) -> str:
    """Words of a URL's path ("…/aktobe-ramps-up-efforts-to-prevent-spring-flooding-494b42")."""
    if not url:
        return ""
    path = unquote(urlsplit(url).path)
    words = re.split(r"[/_\-.+]+", path)
    return " ".join(
        w for w in words if w and not re.fullmatch(r"[0-9a-f]{5,}|\d+|html?|php|aspx?|index", w, re.I)
    )


def source_profile(footnote: Footnote, page: PageFacts | None) -> SourceProfile:
    """The profile of the footnote's source: its page when there is one, else the entry itself."""
    cited_title = footnote.title or ""
    if page is not None and (page.text or page.titles or page.description):
        fields: list[tuple[str, str | None]] = [(cited_title, None)]
        fields += [(t, None) for t in page.titles[:3]]
        fields += [(page.description or "", page.language), (page.text, page.language)]
        index = TermIndex.build(fields)
        return SourceProfile(
            index, "page", page.title or cited_title or None, frozenset(index.languages), len(page.text)
        )
    fields = [(cited_title, None), (footnote.publisher or "", None), (url_slug_words(footnote.url), None)]
    index = TermIndex.build(fields)
    title_language = guess_language(cited_title) if cited_title else None
    languages = frozenset({title_language} if title_language else set())
    return SourceProfile(index, "title", cited_title or None, languages)


_QUOTED = re.compile(r"[\"“„«‘']([^\"“”„«»‘’]{2,200})[\"”“»’']")


def claim_terms(claim: str, context: str = "", language: str | None = None) -> list[WeightedTerm]:
    """The claim's content terms with their base weights (before rarity), context terms discounted."""
    language = base_language(language) or guess_language(claim)
    quoted_keys = {t.key for q in _QUOTED.findall(claim) for t in terms(q, language)}
    out: list[WeightedTerm] = []
    seen: set[str] = set()
    for term in terms(claim, language):
        if term.key in seen:
            continue
        seen.add(term.key)
        out.append(
            WeightedTerm(term, _base_weight(term) * (QUOTED_FACTOR if term.key in quoted_keys else 1.0))
        )
    for term in terms(context, language) if context else []:
        if term.key in seen:
            continue
        seen.add(term.key)
        out.append(WeightedTerm(term, _base_weight(term) * CONTEXT_FACTOR, context=True))
    return out


def _base_weight(term: Term) -> float:
    weight = KIND_WEIGHT[term.kind]
    if term.kind == "number":
        value = term.key.lstrip("#")
        if value.isdigit() and int(value) <= 31:
            weight = SMALL_NUMBER_WEIGHT
    if term.generic:
        weight *= GENERIC_FACTOR
    return weight


def _loose(term: Term, cross_language: bool) -> bool:
    return term.kind == "name" or cross_language


def score_claim(
    claim: str | Sequence[WeightedTerm],
    source: SourceProfile,
    *,
    context: str = "",
    language: str | None = None,
    rarity: Callable[[Term], float] | None = None,
) -> ClaimScore:
    """Support of ``claim`` by ``source`` in [0, 1], with matched and missing terms and the best passage.

    ``rarity`` maps a term to a factor in (0, 1] (see :func:`document_rarity`); without it every
    term counts by its kind alone.
    """
    if isinstance(claim, str):
        language = base_language(language) or guess_language(claim)
        weighted = claim_terms(claim, context, language)
    else:
        weighted = list(claim)
        language = base_language(language) or next(
            (w.term.language for w in weighted if w.term.language), None
        )
    cross = bool(source.languages) and language is not None and language not in source.languages
    total = 0.0
    gained = 0.0
    matched: list[tuple[float, str]] = []
    missing: list[tuple[float, str]] = []
    found_terms: list[tuple[float, str]] = []
    for item in weighted:
        term = item.term
        weight = item.weight * (rarity(term) if rarity else 1.0)
        if cross and term.kind == "word" and term.concept is None:
            weight *= FOREIGN_WORD_FACTOR
        total += weight
        hit = source.index.find(term, loose=_loose(term, cross))
        if hit is None:
            if not item.context:
                missing.append((weight, term.text))
            continue
        gained += weight * hit.quality
        label = term.text if hit.found.casefold() == term.text.casefold() else f"{term.text} ~ {hit.found}"
        matched.append((weight, label))
        found_terms.append((weight, hit.found))
    support = gained / total if total else 0.0
    matched.sort(key=lambda x: -x[0])
    missing.sort(key=lambda x: -x[0])
    return ClaimScore(
        support=round(min(1.0, support), 4),
        matched=tuple(m for _, m in matched[:12]),
        missing=tuple(m for _, m in missing[:8]),
        passage=_best_passage(source.index.passages, found_terms),
        basis=source.basis,
        weight=round(total, 3),
        cross_language=cross,
    )


def _best_passage(passages: Sequence[str], found: Sequence[tuple[float, str]]) -> str | None:
    if not passages or not found:
        return None
    needles = [(w, f.casefold()) for w, f in found if len(f) >= 2]
    best, best_score = None, 0.0
    for passage in passages:
        lowered = passage.casefold()
        score = sum(w for w, needle in needles if needle in lowered)
        if score > best_score:
            best, best_score = passage, score
    if best is None:
        return None
    return best if len(best) <= 400 else best[:397] + "…"


def document_rarity(
    own: str, claim_terms_: Sequence[WeightedTerm], sources: dict[str, SourceProfile]
) -> Callable[[Term], float]:
    """A rarity factor per term: 1 when no other source of the document has it, falling to
    ``1 - SHARED_TERM_DISCOUNT`` when all of them do (IDF over the document's own sources)."""
    others = [profile for label, profile in sources.items() if label != own]
    if not others:
        return lambda term: 1.0
    factors: dict[str, float] = {}
    for item in claim_terms_:
        term = item.term
        cross_any = any(term.language not in p.languages for p in others if p.languages)
        df = sum(1 for p in others if p.index.find(term, loose=_loose(term, cross_any)) is not None)
        factors[term.key] = 1.0 - SHARED_TERM_DISCOUNT * df / len(others)
    return lambda term: factors.get(term.key, 1.0)


# --- the check --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ClaimVerdict:
    """The outcome for one citation: a finding code (or None) and the scores behind it."""

    code: Literal["claim-mismatch", "unverified-offline"] | None
    score: ClaimScore
    reason: str
    rival: tuple[str, float] | None = None


def judge_citation(case: FootnoteCase, claim: ClaimContext) -> ClaimVerdict:
    """The default scorer's verdict on one citation of the case's footnote."""
    doc = case.document
    thresholds = case.config.thresholds
    label = case.footnote.label
    source = doc.sources.get(label) or source_profile(case.footnote, case.page)
    language = doc.document.language or guess_language(claim.citation.claim)
    weighted = claim_terms(claim.citation.claim, claim.context, language)
    if source.basis == "title":
        return offline_verdict(case, claim, source, weighted, language)
    peers = {k: v for k, v in doc.sources.items() if v.basis == "page"}
    rarity = document_rarity(label, weighted, peers)
    score = score_claim(weighted, source, language=language, rarity=rarity)
    # A sentence citing several sources needs each only to support part of it.
    share = 1 + len(claim.co_cited)
    minimum = thresholds.claim_min_support / share / (2 if source.thin else 1)
    rival = _best_rival(label, weighted, language, rarity, peers, exclude=claim.co_cited)
    if score.support < minimum:
        return ClaimVerdict("claim-mismatch", score, "low-support", rival)
    if (
        not source.thin
        and rival is not None
        and score.support < thresholds.claim_swap_max_support / share
        and rival[1] >= score.support + thresholds.claim_swap_margin
    ):
        return ClaimVerdict("claim-mismatch", score, "other-footnote-fits", rival)
    return ClaimVerdict(None, score, "supported", rival)


def _best_rival(
    own: str,
    weighted: Sequence[WeightedTerm],
    language: str | None,
    rarity: Callable[[Term], float],
    peers: dict[str, SourceProfile],
    *,
    exclude: Sequence[str],
) -> tuple[str, float] | None:
    best: tuple[str, float] | None = None
    for label, profile in peers.items():
        if label == own or label in exclude:
            continue
        support = score_claim(weighted, profile, language=language, rarity=rarity).support
        if best is None or support > best[1]:
            best = (label, support)
    return best


_TRANSLITERABLE_SCRIPTS = frozenset({"latin", "cyrillic", "greek", "armenian", "georgian"})
# A term found in at least this share of the document's sentences that carry a footnote is the
# document's topic, not evidence that a title and one sentence concern the same event.
TOPIC_SHARE = 0.5


def offline_verdict(
    case: FootnoteCase,
    claim: ClaimContext,
    source: SourceProfile,
    weighted: Sequence[WeightedTerm],
    language: str | None,
) -> ClaimVerdict:
    """Judge a claim by the footnote entry alone (offline, or the page is not the source).

    A mismatch needs all of:

    * the cited title comparable with the claim: in its language, or in a script that
      transliterates to the claim's (Cyrillic, Greek, Armenian, Georgian, Latin), so that names
      and numbers could meet;
    * at least ``offline_min_title_terms`` title terms that could have met the claim (every
      content word in the same language; names, numbers and lexicon concepts across languages);
    * no *distinctive* title term shared with the sentence, its paragraph or the document's
      title. Generic words (president, percent, "opened"), countries and capitals (the built-in
      frequency list, ``COMMON_CONCEPTS``) and the document's topic terms (found in at least half
      of its cited sentences) do not count as shared;
    * support of the claim by the entry (title, publisher, URL slug) below
      ``claim_offline_min_support``: an entry that covers a fifth of the claim's weight, even
      through common terms, is consistent with it.

    Where nothing distinctive is shared and support is low but the first two conditions do not
    hold, there was too little to judge: ``unverified-offline`` (info), not a mismatch.
    """
    thresholds = case.config.thresholds
    title = case.footnote.title or ""
    score = score_claim(weighted, source, language=language)
    title_language = guess_language(title) if title else None
    title_script, claim_script = script_of(title), script_of(claim.citation.claim)
    same_language = bool(title_language and language and title_language == language)
    comparable = same_language or (
        title_script in _TRANSLITERABLE_SCRIPTS and claim_script in _TRANSLITERABLE_SCRIPTS
    )
    content = [t for t in terms(title, title_language) if _content_term(t)] if title else []
    matchable = (
        content if same_language else [t for t in content if t.kind in ("name", "number") or t.concept]
    )
    surroundings = TermIndex.build(
        [
            (claim.citation.claim, language),
            (claim.citation.paragraph, language),
            (case.document.title or "", None),
        ],
        passages=False,
    )
    shared = [
        t.text
        for t in content
        if t.concept not in COMMON_CONCEPTS
        and surroundings.find(t, loose=True) is not None
        and _topic_share(case, t) < TOPIC_SHARE
    ]
    if shared or score.support >= thresholds.claim_offline_min_support:
        return ClaimVerdict(None, score, "title-consistent")
    if comparable and len(matchable) >= thresholds.offline_min_title_terms:
        return ClaimVerdict("claim-mismatch", score, "title-shares-nothing")
    return ClaimVerdict("unverified-offline", score, "too-little-to-judge")


def _content_term(term: Term) -> bool:
    if term.generic or term.kind == "year":
        return False
    return not (term.kind == "number" and term.key.lstrip("#").isdigit() and int(term.key.lstrip("#")) <= 31)


def _topic_share(case: FootnoteCase, term: Term) -> float:
    indexes = case.document.claim_indexes
    if len(indexes) < 3:
        return 0.0
    return sum(1 for index in indexes if index.find(term, loose=True) is not None) / len(indexes)


def check_claims(case: FootnoteCase) -> list[Finding]:
    """``claim-mismatch`` (or ``unverified-offline``) per citation of the footnote."""
    findings: list[Finding] = []
    for claim in case.citations:
        verdict = case.document.judge.get((case.footnote.label, claim.index))
        if verdict is not None:
            finding = _judge_finding(case, claim, verdict, judge_citation(case, claim))
            if finding is not None:
                findings.append(finding)
            continue
        outcome = judge_citation(case, claim)
        finding = _finding(case, claim, outcome)
        if finding is not None:
            error = case.document.judge_errors.get((case.footnote.label, claim.index))
            if error:
                finding.evidence["judge_error"] = error
            findings.append(finding)
    return findings


def _finding(case: FootnoteCase, claim: ClaimContext, outcome: ClaimVerdict) -> Finding | None:
    if outcome.code is None:
        return None
    fn = case.footnote
    citation = claim.citation
    thresholds = case.config.thresholds
    score = outcome.score
    evidence: dict[str, object] = score.evidence()
    evidence["source_title"] = case.page.title if case.page is not None and case.page.title else fn.title
    evidence["reason"] = outcome.reason
    what = f"[{fn.label}] “{fn.title}”" if fn.title else f"[{fn.label}]"
    if outcome.code == "unverified-offline":
        evidence["threshold"] = thresholds.claim_offline_min_support
        message = (
            f"{what} could not be checked against its sentence without the page: the cited title "
            f"gives too little to judge (support {score.support:.2f})."
        )
    elif outcome.reason == "title-shares-nothing":
        evidence["threshold"] = thresholds.claim_offline_min_support
        message = (
            f"{what} shares no distinctive word with the sentence that cites it, its paragraph or the "
            "document's title (judged by the footnote entry, without the page): likely the wrong footnote."
        )
    elif outcome.reason == "other-footnote-fits" and outcome.rival is not None:
        evidence["threshold"] = thresholds.claim_swap_max_support
        evidence["better_footnote"] = {"label": outcome.rival[0], "support": round(outcome.rival[1], 3)}
        message = (
            f"The source of {what} supports this sentence weakly (support {score.support:.2f}), while the "
            f"source of footnote [{outcome.rival[0]}] fits it much better ({outcome.rival[1]:.2f}): "
            "the footnotes may be swapped."
        )
    else:
        evidence["threshold"] = thresholds.claim_min_support
        if outcome.rival is not None:
            evidence["better_footnote"] = {"label": outcome.rival[0], "support": round(outcome.rival[1], 3)}
        message = (
            f"The source of {what} does not appear to support the sentence that cites it "
            f"(support {score.support:.2f} < {thresholds.claim_min_support:.2f}): likely the wrong footnote."
        )
    return make_finding(
        outcome.code,
        message,
        label=fn.label,
        line=citation.line,
        column=citation.column,
        evidence=evidence,
    )


def _judge_finding(
    case: FootnoteCase, claim: ClaimContext, verdict: JudgeVerdict, default: ClaimVerdict
) -> Finding | None:
    """The judge's answer as a finding: it overrides the default scorer, whose score stays in the evidence."""
    if verdict.verdict == "supports":
        return None
    fn = case.footnote
    what = f"[{fn.label}] “{fn.title}”" if fn.title else f"[{fn.label}]"
    if verdict.verdict == "contradicts":
        message = f"The source of {what} contradicts the sentence that cites it, according to the judge model: {verdict.reason}"
    else:
        message = f"The source of {what} does not address the sentence that cites it, according to the judge model: {verdict.reason}"
    evidence: dict[str, object] = {
        "judge": {
            "verdict": verdict.verdict,
            "confidence": verdict.confidence,
            "reason": verdict.reason,
            "model": verdict.model,
            "cached": verdict.cached,
        },
        "default_scorer": default.score.evidence(),
        "source_title": case.page.title if case.page is not None and case.page.title else fn.title,
    }
    return make_finding(
        "claim-mismatch",
        message,
        label=fn.label,
        line=claim.citation.line,
        column=claim.citation.column,
        evidence=evidence,
    )
