"""Claims: the sentence each marker closes and the paragraph around it, with the markers taken out.

Sentence boundaries skip abbreviations ("U.S.", "No. 5", "Dr.", "e.g."), initials and decimals;
a marker right after a full stop belongs to the sentence before it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from citecheck import lazyre

_OPENING = "\"'“‘«„([¿¡—–-"
_BOUNDARY = lazyre.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s|$)|[.!?…]+[\"'”’»)\]]+(?=[A-ZА-ЯЁ])")
# Chinese and Japanese close a sentence with an ideographic full stop (or a full-width "！", "？") and
# write no space after it: "…的复杂性。相反，Flow 的节点…。通过保持…ACID[【2】]兼容性…。" (branch
# p13-seed2's Chinese translation of a Medium analysis: both markers of a three-sentence item were given
# the whole item). The stop, and the closing quotes or brackets after it, end a claim's sentence
# whatever follows; the next word is still checked as after any stop. For claims only: an entry's
# fields are split by the boundary above (styles.sentence_spans), where a Chinese title's inner stop
# must not end it (a studied part's Chinese list lost publishers when it did).
_CLAIM_BOUNDARY = lazyre.compile(_BOUNDARY.pattern + r"|[。！？]+[」』”’）)\]]*")
_WORD_BEFORE = lazyre.compile(r"([^\W\d_][\w.\-]*|\d+)$")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Abbreviations that never end a sentence, in the languages we read.
_ABBREVIATIONS = _words(
    """
    mr mrs ms dr prof st mt messrs mme mlle gen col lt sgt capt cmdr adm gov sen rep rev hon jr sr
    inc ltd co corp bros dept univ assn est govt vs approx cf al ca viz
    vb bkz örn yrd doç sn av
    т е г гг им ул д др пр см стр тыс млн млрд руб долл вв
    bzw usw evtl ggf vgl
    env sra srta dña
    """
)
# Abbreviations that only stand before a number: "No. 5", "p. 12", "Nov. 14".
_BEFORE_NUMBER = _words(
    """
    no nos nr núm p pp s vol vols art para sec ch fig figs op ed eds pt pts
    jan feb mar apr jun jul aug sep sept oct nov dec
    """
)


def _word_before(text: str, dot: int) -> int:
    """Where the word that ends at ``dot`` starts (within 40 characters), or -1: what
    ``_WORD_BEFORE.search(text, max(0, dot - 40), dot)`` finds, read backwards from the full stop
    instead of tried at each of the 40 places before it (a search per sentence of a long text)."""
    floor = max(0, dot - 40)
    start = dot
    while start > floor and (text[start - 1].isalnum() or text[start - 1] in "_.-"):
        start -= 1
    # The leftmost letter of that run starts the word ([^\W\d_][\w.\-]*); without one, digits
    # that run up to the full stop do (\d+).
    for position in range(start, dot):
        char = text[position]
        if char.isalnum() and not char.isdecimal():
            return position
    digits = dot
    while digits > start and text[digits - 1].isdecimal():
        digits -= 1
    return digits if digits < dot else -1


def _is_abbreviation(text: str, dot: int, next_char: str) -> bool:
    """Whether the full stop at ``dot`` closes an abbreviation rather than the sentence."""
    begins = _word_before(text, dot)
    if begins < 0:
        return False
    if begins > 0 and text[begins - 1] in "/=?&#:":
        return False  # the end of a URL ("…/report/b."), not an initial
    word = text[begins:dot]
    if "." in word and not word.rsplit(".", 1)[1].isdigit():
        return True  # U.S., e.g., i.e., a.m. (a version, "ACCESS-ESM1.5." or "v2.0.", ends a sentence)
    if len(word) == 1 and word.isalpha():
        # Initials: "J. Smith"; "p. 4". A letter glued to a number is a unit or a name ("at 7T.",
        # "in 3D.", "5G."): the full stop after it ends the sentence.
        return not (begins > 0 and text[begins - 1].isdigit())
    lowered = word.lower()
    if lowered in _ABBREVIATIONS:
        return True
    return lowered in _BEFORE_NUMBER and next_char.isdigit()


def sentence_spans(text: str, *, ideographic: bool = False) -> list[tuple[int, int]]:
    """The sentences of ``text`` as (start, end) spans, in order; whitespace between them is left out.
    ``ideographic``: an ideographic full stop ends a sentence too (a claim's, :data:`_CLAIM_BOUNDARY`)."""
    spans: list[tuple[int, int]] = []
    length = len(text)
    start = 0
    while start < length and text[start].isspace():
        start += 1
    for match in (_CLAIM_BOUNDARY if ideographic else _BOUNDARY).finditer(text):
        end = match.end()
        if end <= start:
            continue
        following = end
        while following < length and text[following].isspace():
            following += 1
        if following < length:
            next_char = text[following]
            # A letter of a script without case (CJK: "研究. 兵庫…") opens a sentence as a capital does.
            caseless = next_char.isalpha() and not next_char.islower() and not next_char.isupper()
            # A name written with a lower-case first letter before a capital ("iScience", "eLife",
            # "iPhone") opens one as a capital does: "Exploring the impact of AI technostress...
            # iScience." (an APA entry of the studied quarter of fixtures/parse-eval-docx, its title
            # read on into the journal's name).
            camel = next_char.islower() and text[following + 1 : following + 2].isupper()
            if not (next_char.isupper() or next_char.isdigit() or next_char in _OPENING or caseless or camel):
                continue
            if match.group()[0] == "." and _is_abbreviation(text, match.start(), next_char):
                continue
        spans.append((start, end))
        start = following
    if start < length:
        end = length
        while end > start and text[end - 1].isspace():
            end -= 1
        spans.append((start, end))
    return spans


# Runs of whitespace and lone non-space whitespace (a single " " is left alone: far fewer substitutions).
_SPACES = lazyre.compile(r"\s\s+|[^\S ]")
_LONGEST_CLAIM = 1500
_SPACE_BEFORE_PUNCT = lazyre.compile(r"\s+([.,;:!?])(?=\s|$|[\"'”’»)])")


def tidy(text: str) -> str:
    """Collapse whitespace and the gap a removed marker leaves before punctuation."""
    return _SPACE_BEFORE_PUNCT.sub(_keep_punctuation, _SPACES.sub(" ", text)).strip()


def _keep_punctuation(match: re.Match[str]) -> str:
    return match.group(1)


def remove_markers(text: str, spans: Sequence[tuple[int, int]]) -> tuple[str, list[int]]:
    """``text`` without the marker ``spans``, and where each marker stood in the result.

    A marker wedged between a full stop and the next word ("levels.[2]Next") becomes a space, so
    the two sentences stay apart.
    """
    pieces: list[str] = []
    positions: list[int] = []
    length = 0
    cursor = 0
    for start, end in spans:
        start = max(start, cursor)
        piece = text[cursor:start]
        pieces.append(piece)
        length += len(piece)
        positions.append(length)
        cursor = max(cursor, end)
        before = text[start - 1] if start > 0 else " "
        after = text[cursor] if cursor < len(text) else " "
        if not before.isspace() and not after.isspace() and before in '.!?…”"’»)' and after not in ".,;:!?[":
            pieces.append(" ")
            length += 1
    pieces.append(text[cursor:])
    return "".join(pieces), positions


def _window(text: str, span: tuple[int, int], position: int) -> tuple[int, int]:
    """A sentence that runs on for pages (no full stops) is cut to the stretch around its marker."""
    start, end = span
    if end - start <= _LONGEST_CLAIM:
        return span
    window_start = max(start, position - _LONGEST_CLAIM + 200)
    window_end = min(end, position + 200)
    while window_start > start and not text[window_start - 1].isspace():
        window_start += 1
        if window_start >= position:
            break
    return window_start, window_end


def claims_for(text: str, marker_spans: Sequence[tuple[int, int]]) -> tuple[str, list[str]]:
    """The tidy paragraph and, for each marker span (in order), the tidy sentence it belongs to."""
    cleaned, positions = remove_markers(text, marker_spans)
    sentences = sentence_spans(cleaned, ideographic=True)
    starts = [span[0] for span in sentences]
    tidied: dict[tuple[int, int], str] = {}
    claims: list[str] = []
    for position in positions:
        # The last sentence that starts before the marker: a marker right after a full stop
        # belongs to the sentence it closes, not to the next one.
        index = max(bisect_left(starts, position) - 1, 0)
        span = _window(cleaned, sentences[index], position) if sentences else (0, 0)
        if span not in tidied:
            tidied[span] = tidy(cleaned[span[0] : span[1]])
        claims.append(tidied[span])
    return tidy(cleaned), claims
