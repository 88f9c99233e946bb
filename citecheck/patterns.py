"""URL patterns (include, exclude, ignore, remap) on RE2, a regex engine that never backtracks.

Python's ``re`` backtracks: ``(a+)+$`` against ``http://aaaa…a!/`` takes time exponential in the
number of ``a`` s, inside one C call that holds the GIL (issue 13: 28 letters froze the whole
service for 17 s). RE2 (``google-re2``) matches in time linear in the URL's length for every
pattern it accepts; it refuses the features that need backtracking (backreferences, lookaround,
possessive quantifiers), so such patterns are rejected when the configuration is read or a request
is validated, with one clear line. Differences that matter for URLs: ``\\w`` and ``\\d`` are
ASCII-only, and ``$`` does not match before a trailing newline (URLs have none).

Patterns from a client of the service are compiled ``strict``: RE2 or a 422. Patterns from the
operator's own configuration may use what RE2 lacks (the fixture web's remap rule needs a
lookahead, as lychee-style remaps often do); those alone fall back to Python's ``re``. They are
the operator's, and every service job runs in a worker process under a deadline that kills it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import re2

RE2_MAX_MEM = 8 << 20  # RE2's own default: a pattern whose automaton needs more fails to compile


def _options() -> re2.Options:
    options = re2.Options()
    options.log_errors = False  # the message goes into our one-line error, not to stderr
    options.max_mem = RE2_MAX_MEM
    return options


class PatternError(ValueError):
    """A pattern that RE2 cannot compile (a syntax error, or a feature that would backtrack)."""


@lru_cache(maxsize=1024)
def compile_pattern(pattern: str, *, strict: bool = False) -> Any:
    """The compiled pattern (``search``/``sub`` as in ``re``): RE2, or with ``strict=False`` Python's
    ``re`` for what RE2 cannot express. :class:`PatternError` names the pattern and the problem."""
    try:
        return re2.compile(pattern, _options())
    except re2.error as exc:
        reason = (
            exc.args[0].decode("utf-8", "replace") if exc.args and isinstance(exc.args[0], bytes) else exc
        )
        if strict:
            raise PatternError(
                f"invalid regular expression {pattern!r}: {reason} (patterns run on RE2, which matches "
                "in linear time: no backreferences, lookaround or possessive quantifiers)"
            ) from None
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise PatternError(f"invalid regular expression {pattern!r}: {exc}") from None


def search(pattern: str, text: str) -> bool:
    """True when ``pattern`` matches anywhere in ``text`` (as ``re.search``); linear time on RE2."""
    return compile_pattern(pattern).search(text) is not None
