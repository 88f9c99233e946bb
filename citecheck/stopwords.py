"""Stop words of every language the ``stop-words`` package ships (33), as one case-folded set.

Shared by the stages that tell content words from function words without knowing the language:
a link's anchor text (citecheck.parse.inline) and a URL's slug (citecheck.fetch.soft404).
"""

from __future__ import annotations

import functools

import stop_words


@functools.cache
def every_language() -> frozenset[str]:
    words: set[str] = set()
    for language in stop_words.AVAILABLE_LANGUAGES:
        try:
            words.update(w.casefold() for w in stop_words.get_stop_words(language))
        except stop_words.StopWordError:
            continue
    return frozenset(words)
