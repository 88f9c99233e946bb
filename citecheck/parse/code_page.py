"""Quotation marks and dashes that a code-page slip turned into letters.

A report written in Windows-1252 and exported from PDF to text, then read as the DOS code page 437
(or 850), shows its typographic marks as letters: "“ARCAS,” Elbit Systems" becomes "ôARCAS,ö Elbit
Systems", "China’s" "ChinaÆs", "25–34" "25û34" (en-report-endnotes-cset-ai-decision-support.md, a
think-tank report's endnotes, every quoted title so). Read as written, a quoted title is no quoted
title and a note's opening quote is no quote. The marks are put back, one character for one (offsets
unchanged), only where the slip is certain: three quoted spans at least "ô…ö" (a title may wrap), two of
them closing after a comma or a full stop (",ö", ".ö" — no word of French, German or any language
written with "ô" and "ö" ends so), and no curly quotation mark in the text. French "côté", German
"schön" stay.
"""

from __future__ import annotations

from citecheck import lazyre

_SLIPPED_QUOTE = lazyre.compile(r"ô(?=\S)[^ôö]{1,300}?ö(?=[\s,.;:)\]]|$)")
_CLOSED_AFTER_STOP = lazyre.compile(r"[,.]ö")
_SLIPPED_SPANS = 3
_STOPPED_CLOSES = 2
# Between letters an apostrophe ("ChinaÆs"), between digits or spaces a dash ("25û34", "Check û The").
_SLIPPED_APOSTROPHE = lazyre.compile(r"(?<=[^\W\d_])Æ(?=[^\W\d_])")
_SLIPPED_DASH = lazyre.compile(r"(?<=\d)û(?=\d)|(?<= )û(?= )")


def repaired_code_page_marks(text: str) -> str:
    """``text`` with cp1252's quotation marks, apostrophes and dashes read as cp437 put back."""
    if "ô" not in text or "“" in text or "”" in text:
        return text
    spans = list(_SLIPPED_QUOTE.finditer(text))
    if len(spans) < _SLIPPED_SPANS or len(_CLOSED_AFTER_STOP.findall(text)) < _STOPPED_CLOSES:
        return text
    chars = list(text)
    for span in spans:
        chars[span.start()] = "“"
        chars[span.end() - 1] = "”"
    repaired = "".join(chars)
    repaired = _SLIPPED_APOSTROPHE.sub("’", repaired)
    return _SLIPPED_DASH.sub("–", repaired)
