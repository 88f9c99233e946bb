"""What the metamorphic parse checks share: scoring one truth note's fields before and after.

``benchmarks/parse_wrap.py`` (hard-wrapped), ``parse_html.py`` (rendered to HTML) and
``parse_pasted.py`` (the rendered page pasted as text) each parse a document of the parse eval as it is
and transformed, then compare the truth fields each reading gets right (:func:`score_note`).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from tests.parse.test_parse_eval import field_matches

FIELDS = ("title", "url", "accessed")


def score_note(
    note: dict[str, Any],
    before: Any,
    after: Any,
    lost: Counter[str],
    gained: Counter[str],
    *,
    shown: str | None = None,
) -> tuple[int, int]:
    """Count ``note``'s truth fields that the transformed reading (``after``, a footnote or None) loses
    against the original's (``before``) into ``lost``, and those it gains into ``gained``; print each
    lost field when ``shown`` (the document's name) is given. Returns (fields scored, fields lost)."""
    scored = count = 0
    for field in FIELDS:
        if field not in note:
            continue
        scored += 1
        was = field_matches(field, note[field], before)
        now = field_matches(field, note[field], after)
        if was and not now:
            lost[field] += 1
            count += 1
            if shown is not None:
                value = after and getattr(after, "access_date" if field == "accessed" else field)
                print(f"  LOST {shown} [{note['label']}] {field}: want {note[field]!r}, got {value!r}")
        if now and not was:
            gained[field] += 1
    return scored, count


def show_notes(before: dict[str, Any], after: dict[str, Any]) -> None:
    """Print each footnote's title, URL and access date as the original and the transformed copy read them."""
    for label in dict.fromkeys([*before, *after]):
        for side, notes in (("before", before), ("after ", after)):
            fn = notes.get(label)
            shown = fn and (fn.title, fn.url, fn.access_date and fn.access_date.isoformat())
            print(f"  [{label}] {side}: {shown}")
