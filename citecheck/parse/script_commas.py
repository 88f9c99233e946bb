"""Entries whose fields are separated by a script's own comma: the ideographic "、", the full-width
"，" and the Arabic "،".

Writers in Chinese, Japanese and Arabic separate an entry's fields with their script's comma where an
English list has ", ": "联合国统计司，CPC 3.0 版结构及说明，2025-06-30，https://…（检索日期 2026-09-07）" (a
Chinese source table, heldback-p34hunt4), "Kotlin Design Patterns and Best Practices Second Edition、Alexey
Soshin（2022）、Packt Publishing" (a Japanese blog's reference list, heldback-p34hunt5), "Anthropic، كتيب
إدارة الذاكرة والسياق: [URL](URL)" (an Arabic essay's sources, heldback-p34hunt6); the comma rules of
styles.py split only at ", ", so the whole run of fields was read as the title (five titles of the three
parts, studied on branch s39-hb34). The same separators in entries found by the code search: "作者，标题，
网站，日期" source lines of Chinese READMEs, "著者、タイトル、出版社、年" Japanese book lists.

Rule (:func:`script_comma_titles`): a title read that a script comma splits into fields, one of them a
field no title is — a year or a date, a name with its year in brackets ("Alexey Soshin（2022）"), a
name in Latin letters before a title in another script ("Anthropic، …") — or that the entry's text
continues after with another script comma (the fields go on: "…，第 90 章，https://…"), keeps its
longest field, the others being the author, the date, the publisher; a first field that is a short
name and the title follows it becomes the publisher when none was read. Not where a field after the
first opens with an initial ("Géron，A. —…": a "Surname, I." name, heldback-23's Chinese list).

Near misses (tests/parse/test_s39_hb34_families.py): a title with a script comma of its own between
two phrases and no field beside them ("人工智能，未来已来"), a title read with no script comma.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from citecheck import lazyre


class _Titled(Protocol):
    title: str | None
    publisher: str | None


_COMMA = lazyre.compile(r"\s*[，、،]\s*")
# A date or a year alone: "2020", "2025-06-30", "2022年2月", "（2022）".
_DATE = lazyre.compile(r"[（(]?(?:1[5-9]|20)\d\d(?:[-./年]\d{1,2}(?:[-./月]\d{1,2}日?)?月?)?年?[)）]?")
# A name followed by its year in brackets: "Alexey Soshin（2022）", "山田太郎 (2019)".
_NAME_YEAR = lazyre.compile(r"[^\d（()）]{2,40}[（(](?:1[5-9]|20)\d\d[a-z]?[)）]")
_LATIN_NAME = lazyre.compile(r"[A-Za-z][\w&.'’-]*(?: [A-Za-z][\w&.'’-]*){0,3}")
_OTHER_SCRIPT = lazyre.compile(r"[\u0600-\u06ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_SHORT_NAME_WORDS = 4
_BRACKETED = lazyre.compile(r"[（(][^（()）]*[)）]")
# A field opening with an initial ("Géron，A. —动手: …"): the segments are a "Surname, I." name, not fields.
_INITIAL = lazyre.compile(r"[^\W\d_]\.(?:\s|$)")


def _is_field(segment: str, others: Sequence[str]) -> bool:
    """Whether ``segment`` is a field no title is (a date, a name with its year, a Latin name before
    fields in another script)."""
    if _DATE.fullmatch(segment) or _NAME_YEAR.fullmatch(segment):
        return True
    return bool(
        _LATIN_NAME.fullmatch(segment) and others and all(_OTHER_SCRIPT.search(other) for other in others)
    )


def _size(segment: str) -> int:
    """A field's length in words, a script written without spaces counting two letters a word, a
    remark in brackets not counted ("GitHub 仓库（Flutter SQLite 插件）" is two words long)."""
    segment = _BRACKETED.sub(" ", segment)
    unspaced = sum(1 for ch in segment if _OTHER_SCRIPT.match(ch) and not "\u0600" <= ch <= "\u06ff")
    return len(segment.split()) + unspaced // 2


def script_comma_titles(fields: Sequence[_Titled], texts: Sequence[str]) -> None:
    """A title read over several fields joined by a script comma keeps its own field (see above)."""
    for entry, text in zip(fields, texts, strict=True):
        title = (entry.title or "").strip()
        if not _COMMA.search(title):
            continue
        segments = [s.strip(" .") for s in _COMMA.split(title) if s.strip(" .")]
        if len(segments) < 2:
            continue
        at = text.find(title)
        after = text[at + len(title) :].lstrip(" ") if at >= 0 else ""
        continues = after[:1] in ("，", "、", "،")
        fielded = [s for s in segments if _is_field(s, [o for o in segments if o is not s])]
        if not fielded and not continues:
            continue
        candidates = [s for s in segments if s not in fielded]
        if not candidates:
            continue
        best = max(candidates, key=_size)
        if (
            _size(best) < 2
            or sum(1 for s in candidates if _size(s) == _size(best)) > 1
            or any(_INITIAL.match(s) for s in segments[1:])
        ):
            continue
        first = segments[0]
        entry.title = best
        # "Org，Title，…": a short first field before the title is its body (the publisher field)
        if (
            entry.publisher is None
            and segments[1:2] == [best]
            and len(first.split()) <= _SHORT_NAME_WORDS
            and not _DATE.fullmatch(first)
            and not _NAME_YEAR.fullmatch(first)
        ):
            entry.publisher = first
