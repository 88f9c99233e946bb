"""URL rewriting before fetching (``--remap``) and the include/exclude filters (``--exclude``).

Remap rules are lychee's ``'REGEX REPLACEMENT'`` pairs. Replacements may name groups the way
lychee (Rust's regex crate) does, ``$1`` and ``${1}`` / ``${name}``, or the way Python does,
``\\1`` and ``\\g<name>``; ``$$`` is a literal dollar.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from citecheck import lazyre
from citecheck.config import Config, parse_remap
from citecheck.patterns import search

_DOLLAR_GROUP = lazyre.compile(r"\$\$|\$\{(\w+)\}|\$(\d+)")


def to_python_replacement(replacement: str) -> str:
    r"""Translate ``$1`` / ``${1}`` / ``${name}`` into ``\g<1>`` / ``\g<name>``; ``\1`` passes through."""

    def swap(match: re.Match[str]) -> str:
        if match.group(0) == "$$":
            return "$"
        return rf"\g<{match.group(1) or match.group(2)}>"

    return _DOLLAR_GROUP.sub(swap, replacement)


@lru_cache(maxsize=256)
def _compiled(rule: str) -> tuple[Any, str]:
    pattern, replacement = parse_remap(rule)
    return pattern, to_python_replacement(replacement)


def apply_remaps(url: str, config: Config) -> str:
    """Rewrite ``url`` with every remap rule in order (each rule sees the previous rule's result)."""
    for rule in config.remap:
        pattern, replacement = _compiled(rule)
        url = pattern.sub(replacement, url, count=1)
    return url


def is_excluded(url: str, config: Config) -> bool:
    """True when ``url`` matches an exclude pattern, or include patterns exist and none matches."""
    # RE2 (citecheck.patterns): linear time whatever the pattern, as clients of the service set these.
    if any(search(pattern, url) for pattern in config.exclude):
        return True
    return bool(config.include) and not any(search(pattern, url) for pattern in config.include)


def unmap(result: str, original: str, fetched: str, config: Config) -> str:
    """Best effort at mapping a URL seen while fetching a remapped link back to the original space.

    Works for the common prefix-rewriting remaps (``^https?://([^/]+)/ → http://127.0.0.1:8000/$1/``):
    the longest common tail of ``original`` and ``fetched`` marks where their prefixes differ; the
    fetched prefix of ``result`` is swapped for the original one, and the candidate is only
    returned if remapping it really gives ``result`` back.
    """
    if original == fetched:
        return result
    common = 0
    while common < min(len(original), len(fetched)) and original[-1 - common] == fetched[-1 - common]:
        common += 1
    original_prefix = original[: len(original) - common]
    fetched_prefix = fetched[: len(fetched) - common]
    if not fetched_prefix or not result.startswith(fetched_prefix):
        return result
    candidate = original_prefix + result[len(fetched_prefix) :]
    return candidate if apply_remaps(candidate, config) == result else result
