"""A simple guess at the language of a document's body: the script, then the commonest short words."""

from __future__ import annotations

import re
from collections import Counter


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_STOPWORDS: dict[str, frozenset[str]] = {
    "en": _words("the and of to in is that for on with as by was are this from it be has have which"),
    "tr": _words("ve bir bu ile için da de olarak olan gibi daha çok ancak ise kadar sonra ne değil"),
    "de": _words("der die und das ist nicht mit den von zu sich des auf für eine dem im auch"),
    "fr": _words("le la les et des est que une dans pour qui pas sur du au aux ce sont avec"),
    "es": _words("el la los las y que de en del por una con para es se lo como su al"),
    "ru": _words("и в не на что с по как это к из за от для о его но"),
    "uk": _words("і в не на що з по як це до від за для та але його"),
}
_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC_WORD = re.compile(r"\b[\u0400-\u04ff]")
_TURKISH_LETTERS = re.compile(r"[ğışİ]")
_SAMPLE_CHARS = 6_000


def guess_language(text: str) -> str | None:
    """'en', 'tr', 'ru', 'uk', 'de', 'fr' or 'es' when the text says so clearly enough, else None."""
    sample = text[:_SAMPLE_CHARS].lower()
    counts = Counter(_WORD.findall(sample))
    total = sum(counts.values())
    if total < 5:
        return None
    cyrillic = len(_CYRILLIC_WORD.findall(sample))
    candidates = ("ru", "uk") if cyrillic * 2 > total else ("en", "tr", "de", "fr", "es")
    scores = {lang: sum(counts[w] for w in _STOPWORDS[lang]) for lang in candidates}
    if "tr" in scores:
        # Turkish letters settle a tie with English quotations in a Turkish text and vice versa.
        scores["tr"] += len(_TURKISH_LETTERS.findall(sample)) // 4
    best = max(scores, key=lambda lang: scores[lang])
    if scores[best] < 2:
        return None
    return best
