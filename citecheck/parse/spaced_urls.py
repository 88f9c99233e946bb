"""URLs that a PDF's text layer wrote with spaces in them, joined back before a document is read.

Springer Nature and Wiley typeset their reference lists so that the text layer of the PDF puts a
space after a URL's scheme and after every dot or slash of it, and more spaces inside its parts
where the typesetter kerned them: "https:// doi. org/ 10. 1109/ TNSE. 2021. 30649 52 (2021)."
(Scientific Reports, Nature-style numbered entries), "https:// doi. org/ 10. 1186/ s1304 0-  017-
0155-  3" (a Wiley journal's APA list), "https:// www. mdpi. com/ 2072- 6694/ 15/ 15/ 3754. Accessed
18 Aug 2024." (a BMC article). Copied from the PDF into Markdown or text, such an address reads as
"https://" and a run of words, and where it wraps at the margin its next line ("10. 3389/ fnins.
2015. 00217 (2015).") reads as a numbered entry of its own. Data: fixtures/parse-eval
en-nature-pdftext-scirep-linkprediction-references.txt (every entry) and
en-apa-pdftext-wiley-accelerometer-references.txt (eleven of twelve entries), branch p12-hunt;
seen in five more text layers of the hunt (BMC Cancer, EURASIP, Financial Innovation, Scientific
Reports, eLife).

The signature is the scheme followed by white space and then a host's first label closed by its
dot ("https:// doi.", "http:// www.", "https://  doi."): nothing else writes a scheme so. The address
then goes on over the pieces that follow while they are address characters, across at most one line
break at a time, and ends at the first of: a bracket or quotation mark ("(2021)."), a capitalised word
after a piece that did not end on a slash ("Accessed 16 Aug 2024", "Brown, D. D." on the next line,
"Received: 5 November 2023"), a label word ("accessed", "retrieved", …) there (after a slash it is a
path: "…/ access. 2021. 30770 16"), a piece closed by a comma or semicolon (", PMID:
18550593"), a blank line, a line that opens a numbered entry ("33. S. He, …", "[4] …") or is only a
page number ("12").
"""

from __future__ import annotations

import re

from citecheck import lazyre
from citecheck.parse.urls import URL_PATTERN

# The scheme, the white space the text layer put after it, and a host's first label with its dot.
# The scheme may end its line, the rest on the next ("https://⏎doi. org/ 10. 1186/ …").
# Another text layer (an arXiv paper's, LaTeX with hyperref: heldback-36's SAE paper copied to
# Markdown, "URL https://openaipublic. blob. core. windows. net/neuronexplainer/paper/index. html.")
# keeps the scheme whole and puts the spaces after the host's dots only: two of the host's labels in a
# row closed by a dot and a space are the same signature.
_SPACED_SCHEME = lazyre.compile(
    r"(?<![\w/])(https?://)(?:(?:[ \t]+|[ \t]*\n[ \t]*)(?=[a-z0-9][a-z0-9-]*\.(?:[ \t]|\n|[a-z]))"
    r"|(?=[a-z0-9][a-z0-9-]*\.[ \t]+[a-z0-9][a-z0-9-]*\.[ \t]+[a-z0-9]))",
    re.I,
)
# Springer's text layer of Financial Innovation writes an address's hyphens as non-breaking ones
# (U+2011: "https:// doi. org/ 10. 1186/ s40854‑ 022‑ 00366‑1", heldback-p12hunt's mobile-payments
# reference list, 5 of its 10 addresses cut at the first one): a piece of the address, read as "-".
_PIECE = lazyre.compile(r"[\w\-./?=&%#~+:@!$*'\u2011]+[,;]?")
_GAP = lazyre.compile(r"[ \t]*\n?[ \t]*")
_CAPITALISED_WORD = lazyre.compile(r"[A-Z][a-z]+[,;.:]?$")
_LABEL_WORD = lazyre.compile(
    r"(?:access|accessed|retrieved|available|viewed|last|from|on|and|at|in)\b", re.IGNORECASE
)
_ENTRY_START = lazyre.compile(r"[ \t]*(?:\d{1,3}\.[ \t]+\D|\[\d{1,4}\])")
_WORDS_AFTER = lazyre.compile(r"[ \t]*\S+[ \t]+[A-Z][a-z]")
_PAGE_NUMBER = lazyre.compile(r"[ \t]*\d{1,3}[ \t]*(?:\n|$)")
_MAX_PIECES = 30


def _spaced_url_end(text: str, start: int) -> tuple[str, int]:
    """The address whose pieces start at ``start`` (after the scheme's spaces): its pieces joined,
    and where the last one ends in ``text``."""
    joined = ""
    end = start
    pos = start
    for _ in range(_MAX_PIECES):
        piece = _PIECE.match(text, pos)
        if piece is None:
            break
        word = piece.group()
        if joined and not joined.endswith("/") and _CAPITALISED_WORD.match(word):
            break
        if joined and not joined.endswith("/") and _LABEL_WORD.fullmatch(word.rstrip(",;.:")):
            break
        joined += word
        end = piece.end()
        if word[-1] in ",;":
            break
        gap = _GAP.match(text, end)
        assert gap is not None
        pos = gap.end()
        if pos == end:
            break
        if "\n" in gap.group():
            line = text[pos : text.find("\n", pos) if "\n" in text[pos:] else len(text)]
            if not line.strip() or _ENTRY_START.match(line) or _PAGE_NUMBER.match(text, pos):
                break
            if joined[-1] not in "./-" and _WORDS_AFTER.match(line):
                # An address complete at the line's end, the next line a note of its own ("9 Cyber
                # Resilient Organization Report 2020, …": the report endnotes of
                # en-reportendnotes-pdftext-soar-whitepaper-notes.txt).
                break
    return joined, end


# An initial set apart from its full stop ("Sun, F ., Sun, J. & Zhao, Q.", "Liu, W . et al.", "Li, Y . &
# Zhang, Q."): the same text layer's kerning, six of the twelve Scientific Reports entries above,
# whose author run then did not end where the title begins. Joined only in a text that shows the
# spaced addresses, the signature of that text layer.
_SPACED_INITIAL = lazyre.compile(r"(?<![\w.])([A-Z]) \.(?=[ ,;]|$)", re.MULTILINE)


# A reference manager that doubles the DOI resolver writes "https://doi.org/https://doi.org/10.…" (a
# known Mendeley APA output), and a copy from Word or PDF may break it after the inner scheme's colon,
# "https://doi.org/https: //doi.org/10.1016/j.ijinfomgt.2019.08.002" (heldback-36's Turkish thesis
# list: the address was read as "https://doi.org/https"). A scheme inside an address's path, after a
# slash, with white space before its "//", is closed up; a scheme after a space opens a new address.
_INNER_SPACED_SCHEME = lazyre.compile(r"(?<=/)(https?:)[ \t]+(?=//[a-z0-9])", re.I)


# An address cut by one space after a slash, its path's rest one token that ends the field: "https://
# apnews.com/ article/bb5628f2a7424a10b3e38b07f4eb90d4 ." (a CNAS report's endnotes, page text
# archived with the PDF's line break become a space), "https://research-and-innovation.ec.europa.eu/
# funding/funding-opportunities/…/horizon-europe_en . Accessed: April 8, 2026" (a MERICS report).
# Data: p35hunt7 (studied), en-cnas-endnotes-unnumbered-return-arrows-flattened-ai-race.txt note 3 and
# en-merics-endnotes-pipe-accessed-colon-split-url-eu.txt notes 1 and 4, the addresses cut at the slash.
# Joined when the rest has a slash of its own and no capital or dot-ended word before it (a path, not a
# word: "see https://a.org/ and more" is left), and white space then "." , ";" or "," or the line's end
# follows it. The space moves to the end of the rest, so every offset after it stays.
# The Lancet's Vancouver list closes the address with the access date in brackets, "… https://www.gov.uk/
# government/publications/gambling-related-harms-evidence-review (accessed April 13, 2022).", its PDF's
# line breaks become spaces the same way (hbh8-en-lancet-policy-pdf-references-spaced-urls-accessed-
# gambling.md, heldback-p36hunt8 spent on branch s39-hb36: two of its eight addresses cut at the slash,
# one of them read with the space in it): the bracketed access label closes the rest as the stop does,
# and there a last segment alone is taken when it is hyphenated words ("…/about-us/ reducing-gambling-
# harms. (accessed …)"), as no sentence's word after an address is.
_ACCESS_BRACKET = r"[ \t]+\((?i:last )?(?i:accessed|retrieved|viewed|cited)\b"
_SLASH_SPACED_PATH = lazyre.compile(
    r"(https?://[^\s<>\"“”()\[\]]+/) (?:([a-z0-9][a-z0-9\-_~%]*/[\w\-./?=&%#~+:@]*[\w/=])"
    rf"(?=[ \t]+[.;,](?:\s|$)|[ \t]*$|{_ACCESS_BRACKET})"
    rf"|([a-z0-9]+(?:-[a-z0-9]+)+/?)(?=\.?{_ACCESS_BRACKET}))",
    re.M,
)


def _slash_space_closed(match: re.Match[str]) -> str:
    return match.group(1) + (match.group(2) or match.group(3)) + " "


def join_spaced_urls(text: str) -> str:
    """``text`` with each address written with a PDF text layer's spaces joined into one token (and
    the same layer's spaced initials closed up).

    The line breaks an address spanned are moved to the next blank line (or the end), so the lines
    after its paragraph keep their numbers."""
    if "://" not in text:
        return text
    if "/http" in text:
        text = _INNER_SPACED_SCHEME.sub(r"\1", text)
    if "/ " in text:
        text = _SLASH_SPACED_PATH.sub(_slash_space_closed, text)
    if _SPACED_SCHEME.search(text) is None:
        return text
    text = _SPACED_INITIAL.sub(r"\1.", text)
    out: list[str] = []
    pos = 0
    owed = 0
    for match in _SPACED_SCHEME.finditer(text):
        if match.start() < pos:
            continue
        joined, end = _spaced_url_end(text, match.end())
        # A trailing comma, semicolon or full stop closes the sentence, not the address.
        tail = ""
        while joined and joined[-1] in ",;.":
            tail = joined[-1] + tail
            joined = joined[:-1]
        url = match.group(1) + joined.replace("\u2011", "-")
        if "." not in joined or URL_PATTERN.fullmatch(url) is None:
            continue
        before = text[pos : match.start()]
        if owed and "\n\n" in before:
            cut = before.index("\n\n") + 1
            before = before[:cut] + "\n" * owed + before[cut:]
            owed = 0
        out.append(before)
        out.append(url + tail)
        owed += text.count("\n", match.start(), end)
        pos = end
    rest = text[pos:]
    if owed:
        cut = rest.find("\n\n")
        rest = rest + "\n" * owed if cut < 0 else rest[: cut + 1] + "\n" * owed + rest[cut + 1 :]
    out.append(rest)
    return "".join(out)


# A heading set in spaced capitals, one letter a time, words apart by two or more spaces ("R E F E R E N
# C E S", "O R C I D": a Wiley article's text layer, fixtures/parse-eval
# en-apa-pdftext-wiley-accelerometer-references.txt, whose list was not found under it).
_LETTER_SPACED = lazyre.compile(r"[^\W\d_](?: {1,2}[^\W\d_]){3,}")


def unspaced_heading(text: str) -> str | None:
    """The words of a letter-spaced heading closed up ("R E F E R E N C E S" → "REFERENCES"), or None
    when ``text`` is not one."""
    stripped = text.strip()
    if _LETTER_SPACED.fullmatch(stripped) is None:
        return None
    return " ".join(word.replace(" ", "") for word in stripped.split("  ") if word.strip())
