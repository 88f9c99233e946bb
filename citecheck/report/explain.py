"""Findings in words, for the human formats (text, HTML, Markdown).

A finding's evidence stays machine-readable in JSON and SARIF (its keys are the contract); the
human formats read it through this module, so that an editor reads "shares no names, numbers or
key terms with the page; closest passage: …" and never ``{"label": "iii", "support": 0.714}``,
``True`` or ``None``. Three things are worked out here once:

* :func:`headline` — the message, opened by "Did you mean [iii]?" when the evidence names a
  footnote whose source fits the sentence better;
* :func:`evidence_lines` — the evidence as sentences (known keys worded per finding code, any
  other key as "name: value" with values in words);
* :func:`place` — "paragraph 4, sentence 2" for a finding at a citation marker, counted in the
  document's body text, to sit next to the line:column that tools use.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from citecheck import lazyre
from citecheck.models import Document, Finding

PASSAGE_CHARS = 220
_SENTENCE_END = lazyre.compile(
    r"(?<=[.!?…])[\"”’»)\]]*(?:\[[^\]]{1,6}\])*\s+(?=[\"“«(]?[^\W\d_a-zà-öø-ÿа-яё]|\d)"
)
# Keys already said by the message or by the sentences below, or not for people.
_QUIET_KEYS = frozenset({"basis", "scored_against", "reason", "threshold", "cross_language"})


def better_footnote(finding: Finding) -> str | None:
    """The label of the footnote the evidence says fits the sentence better, if any."""
    better = finding.evidence.get("better_footnote")
    if isinstance(better, Mapping):
        label = better.get("label")
        return str(label) if label else None
    if isinstance(better, str) and better:
        return better
    return None


def headline(finding: Finding) -> str:
    """The finding's message for a person, opened by "Did you mean [iii]?" when there is a better footnote."""
    message = " ".join(finding.message.split())
    label = better_footnote(finding)
    if label and finding.code == "claim-mismatch" and "did you mean" not in message.casefold():
        return f"Did you mean [{label}]? {message}"
    return message


def words(value: Any) -> str | None:
    """A value of the evidence in words; None when there is nothing to say."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, int | str):
        text = str(value).strip()
        return text or None
    if isinstance(value, Mapping):
        parts = [f"{_key(k)} {w}" for k, v in value.items() if (w := words(v)) is not None]
        return ", ".join(parts) if parts else None
    if isinstance(value, Iterable):
        items = [w for item in value if (w := words(item)) is not None]
        return ", ".join(items) if items else None
    return str(value)


def _key(key: str) -> str:
    return str(key).replace("_", " ")


def _quoted(text: Any, limit: int = PASSAGE_CHARS) -> str | None:
    if not isinstance(text, str) or not text.strip():
        return None
    flat = " ".join(text.split())
    if len(flat) > limit:
        flat = flat[: limit - 1].rstrip() + "…"
    return f"“{flat}”"


def _terms(value: Any) -> list[str]:
    if isinstance(value, list | tuple):
        return [str(v) for v in value if str(v).strip()]
    return []


def _claim_lines(evidence: Mapping[str, Any]) -> list[str]:
    lines: list[str] = []
    judge = evidence.get("judge")
    if isinstance(judge, Mapping):
        verdict = judge.get("verdict")
        model = judge.get("model")
        said = f"The judge model{f' ({model})' if model else ''} answered “{verdict}”"
        reason = judge.get("reason")
        confidence = judge.get("confidence")
        if isinstance(confidence, int | float):
            said += f" with confidence {confidence:.2f}"
        lines.append(said + (f": {reason}" if reason else "."))
        default = evidence.get("default_scorer")
        if isinstance(default, Mapping):
            evidence = {
                **default,
                **{k: v for k, v in evidence.items() if k not in ("judge", "default_scorer")},
            }
    basis = evidence.get("basis")
    against = "the footnote entry (no page)" if basis == "title" else "the page"
    matched = _terms(evidence.get("matched_terms"))
    missing = _terms(evidence.get("missing_terms"))
    if not matched:
        lines.append(f"The sentence shares no names, numbers or key terms with {against}.")
    else:
        shared = f"The sentence shares only {', '.join(matched[:8])} with {against}"
        lines.append(shared + (f"; not found: {', '.join(missing[:8])}." if missing else "."))
    passage = _quoted(evidence.get("best_passage"))
    if passage:
        lines.append(f"Closest passage: {passage}")
    support = evidence.get("support")
    threshold = evidence.get("threshold")
    if isinstance(support, int | float):
        needed = f", below the {threshold:.2f} needed" if isinstance(threshold, int | float) else ""
        lines.append(f"Support {support:.2f}{needed}.")
    if evidence.get("cross_language") is True:
        lines.append("The sentence and its source are in different languages.")
    better = evidence.get("better_footnote")
    if isinstance(better, Mapping) and better.get("label"):
        fit = better.get("support")
        how = f" (support {fit:.2f})" if isinstance(fit, int | float) else ""
        lines.append(f"The source of footnote [{better['label']}] fits this sentence better{how}.")
    title = _quoted(evidence.get("source_title"))
    if title:
        lines.append(f"Source title: {title}")
    return lines


def _title_lines(evidence: Mapping[str, Any]) -> list[str]:
    lines = []
    cited, page = _quoted(evidence.get("cited_title")), _quoted(evidence.get("page_title"))
    if cited:
        lines.append(f"Cited title: {cited}")
    if page:
        lines.append(f"Title on the page: {page}")
    similarity, threshold = evidence.get("similarity"), evidence.get("threshold")
    if isinstance(similarity, int | float):
        needed = f", below the {threshold:.2f} needed" if isinstance(threshold, int | float) else ""
        lines.append(f"Similarity {similarity:.2f}{needed}.")
    return lines


def _publisher_lines(evidence: Mapping[str, Any]) -> list[str]:
    lines = []
    publisher, domain = words(evidence.get("publisher")), words(evidence.get("domain"))
    if publisher and domain:
        lines.append(f"Cited publisher: “{publisher}”; domain: {domain}.")
    names = _terms(evidence.get("site_names")) or _terms(
        [evidence.get("site_name")] if evidence.get("site_name") else []
    )
    if names:
        lines.append("The site calls itself " + ", ".join(f"“{n}”" for n in names) + ".")
    elif "site_name" in evidence or "site_names" in evidence:
        lines.append("The site's own name was not available (no page).")
    return lines


_WORDED = {
    "claim-mismatch": _claim_lines,
    "unverified-offline": _claim_lines,
    "title-mismatch": _title_lines,
    "publisher-mismatch": _publisher_lines,
}
_WORDED_KEYS = {
    "claim-mismatch": frozenset(
        {"support", "matched_terms", "missing_terms", "best_passage", "better_footnote", "source_title", "judge",
         "default_scorer", "judge_error"}
    ),
    "title-mismatch": frozenset({"similarity", "threshold", "cited_title", "page_title", "page_titles"}),
    "publisher-mismatch": frozenset(
        {"publisher", "domain", "site_name", "site_names", "domain_similarity", "site_similarity", "threshold"}
    ),
}  # fmt: skip
_WORDED_KEYS["unverified-offline"] = _WORDED_KEYS["claim-mismatch"]


def evidence_lines(finding: Finding, *, generic: bool = True) -> list[str]:
    """The finding's evidence as sentences a person reads (never a dict, True, False or None).

    ``generic=False`` keeps only the worded evidence of the verification findings: the terse
    formats (text, Markdown) leave out the "Name: value" rows a link or structure message says already.
    """
    evidence = finding.evidence
    lines = list(_WORDED[finding.code](evidence)) if finding.code in _WORDED else []
    if not generic:
        return lines
    done = _WORDED_KEYS.get(finding.code, frozenset())
    for key, value in evidence.items():
        if key in done or (key in _QUIET_KEYS and finding.code in _WORDED):
            continue
        said = words(value)
        if said is not None:
            lines.append(f"{_key(key).capitalize()}: {said}")
    return lines


def evidence_pairs(finding: Finding) -> list[tuple[str, str]]:
    """Generic evidence as (name, value in words) pairs, for formats that tabulate it."""
    pairs = []
    for key, value in finding.evidence.items():
        said = words(value)
        if said is not None:
            pairs.append((_key(key), said))
    return pairs


def _sentences(paragraph: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(paragraph.strip()) if s.strip()]


def place(document: Document, finding: Finding) -> str | None:
    """ "paragraph 4, sentence 2" for a finding at a citation marker, or None.

    The paragraph is the parser's number among the body's paragraphs (reading order); the sentence
    is the one holding the claim within its paragraph.
    """
    if finding.line is None or finding.label is None:
        return None
    citation = next(
        (
            c
            for c in document.citations
            if c.label == finding.label and c.line == finding.line and (finding.column in (None, c.column))
        ),
        None,
    )
    if citation is None:
        return None
    return citation_place(document, citation.paragraph, citation.claim, citation.paragraph_number)


def citation_place(document: Document, paragraph: str, claim: str, number: int | None = None) -> str | None:
    """ "paragraph N, sentence M" of a claim: N from the parser's paragraph number, else counted
    among the document's cited paragraphs."""
    if number is None:
        paragraphs = list(dict.fromkeys(c.paragraph for c in document.citations))
        if paragraph not in paragraphs:
            return None
        number = paragraphs.index(paragraph) + 1
    sentences = _sentences(paragraph)
    target = " ".join(claim.split())
    for index, sentence in enumerate(sentences, start=1):
        flat = " ".join(sentence.split())
        if target and (target in flat or flat in target):
            return f"paragraph {number}, sentence {index}"
    return f"paragraph {number}"
