"""The ``title-mismatch`` check: is the cited title the title of the page at the URL?

Titles are compared as strings of sound keys (:func:`~citecheck.verify.textmatch.keyed`), so the
author's transliteration ("Armeniya obsuzhdayet s SSHA …") meets the page's Cyrillic, and quote
styles, case and punctuation do not count. Site names and sections around the page title are
stripped; a cited title cut short ("…") is compared with the page title's beginning.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from citecheck.findings import finding_at
from citecheck.models import Finding
from citecheck.verify.case import FootnoteCase
from citecheck.verify.textmatch import guess_language, keyed, script_of, strip_site_affixes

_ELLIPSIS = re.compile(r"\s*(?:\.{3}|…)\s*[\"'”’»]?\s*$")


@dataclass(frozen=True)
class TitleMatch:
    """How well a cited title matches the best of a page's titles, in [0, 1]."""

    similarity: float
    page_title: str | None


def title_similarity(cited: str, candidates: Sequence[str], *, site_names: Sequence[str] = ()) -> TitleMatch:
    """Similarity of ``cited`` to the closest of ``candidates`` (and their site-stripped forms).

    The mean of a word-level Dice coefficient (words meet when their sound keys are equal, share
    most of a prefix, or are within a small edit) and the character-level ratio of the keyed
    titles. A cited title cut short ("…") scores by how much of it the page title contains.
    """
    truncated = bool(_ELLIPSIS.search(cited))
    cited_words = keyed(_ELLIPSIS.sub("", cited).strip()).split()
    best = TitleMatch(0.0, candidates[0] if candidates else None)
    if not cited_words:
        return best
    for candidate in candidates:
        for variant in dict.fromkeys([candidate, strip_site_affixes(candidate, site_names)]):
            page_words = keyed(variant).split()
            if not page_words:
                continue
            matched = _matched_words(cited_words, page_words)
            dice = 2 * matched / (len(cited_words) + len(page_words))
            chars = fuzz.ratio(" ".join(cited_words), " ".join(page_words)) / 100
            score = (dice + chars) / 2
            if truncated:
                score = max(score, 0.95 * matched / len(cited_words))
            if score > best.similarity:
                best = TitleMatch(round(score, 3), candidate)
    return best


def _matched_words(cited: list[str], page: list[str]) -> int:
    available = list(page)
    matched = 0
    for word in cited:
        for i, other in enumerate(available):
            if _same_word(word, other):
                matched += 1
                del available[i]
                break
    return matched


def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    shorter = min(len(a), len(b))
    common = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), shorter)
    if shorter >= 4 and common >= 0.75 * shorter:
        return True
    return shorter >= 5 and fuzz.ratio(a, b) >= 85


def comparable_languages(cited: str, page_title: str, page_language: str | None) -> bool:
    """Whether two titles are in one language (a transliteration counts as its language).

    A cited title the author translated ("Erdogan: Development Road will become a new Silk
    Road" for a Russian page) is not comparable: no string measure can judge a translation.
    """
    cited_language = guess_language(cited)
    page_lang = guess_language(page_title) or page_language
    if cited_language and page_lang:
        return cited_language == page_lang
    return script_of(cited) == script_of(page_title)


def check_title(case: FootnoteCase) -> list[Finding]:
    """``title-mismatch`` when the cited title matches none of the page's titles."""
    footnote, page = case.footnote, case.page
    if page is None or not footnote.title:
        return []
    candidates = page.titles or ([page.title] if page.title else [])
    if not candidates:
        return []
    match = title_similarity(
        footnote.title, candidates, site_names=[page.site_name] if page.site_name else []
    )
    threshold = case.config.thresholds.title_min_similarity
    if match.similarity >= threshold:
        return []
    # The page's own clean title is the one the author should have cited.
    page_title = page.title or match.page_title or candidates[0]
    if not comparable_languages(footnote.title, match.page_title or page_title, page.language):
        return []
    return [
        finding_at(
            "title-mismatch",
            f"[{footnote.label}] cites “{footnote.title}”, but the page at its URL is titled “{page_title}” "
            f"(similarity {match.similarity:.2f} < {threshold:.2f}).",
            footnote,
            evidence={
                "similarity": match.similarity,
                "threshold": threshold,
                "cited_title": footnote.title,
                "page_title": page_title,
                "page_titles": candidates,
            },
        )
    ]
