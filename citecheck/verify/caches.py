"""What a machine's first run unpacks, prepared ahead: the sentence encoder's tables and wordfreq's
word lists (see :mod:`citecheck.verify.semantic` and :mod:`citecheck.verify.wordlists`).

A run writes them to the user's cache directory the first time it needs them: the seed analysis
checked offline took 3.96 s on a machine's first run against 1.27 s after (2026-12-07, this
machine; the encoder's cache is 76 MB, the lists of one run's languages under 1 MB), and an 800-URL
run on pages in 20 languages writes 20 lists as it goes. A container started from an image, or a
CI runner without a cache, makes every run a first run. :func:`prepare_caches` writes them all
once, where an image is built (deploy/Dockerfile) or a runner is set up, as the user who will run
citecheck (the caches live in that user's cache directory, or where ``CITECHECK_ENCODER_CACHE`` and
``CITECHECK_WORDLIST_CACHE`` say).
"""

from __future__ import annotations

from collections.abc import Iterable

from citecheck.verify import semantic, wordlists


def prepare_caches(languages: Iterable[str] | None = None) -> list[str]:
    """Write the sentence encoder's cache and the word list of each of ``languages`` (default:
    every language wordfreq has a list for), where a run would; returns what is ready, in words.
    Nothing is downloaded: both come from the installed packages."""
    ready: list[str] = []
    if semantic.available():
        ready.append(f"sentence encoder: {semantic.cache_dir()}")
    names = sorted(set(languages) if languages is not None else wordlists.available_languages())
    for language in names:
        wordlists.frequencies(language)
    if names:
        ready.append(f"word lists: {len(names)} languages in {wordlists.cache_dir()}")
    return ready


if __name__ == "__main__":  # python -m citecheck.verify.caches
    for line in prepare_caches():
        print(line)
