"""A DOI address broken by a space where a PDF's line ended, joined.

A reference list copied from a PDF's text keeps a space where a line ended inside a DOI address:
"https://doi.org/ 10.1007/s00779-004-0305-8", "https://doi.org/10.1126/ science.aaa1465",
"https://doi.org/10. 17705/1thci.00129" (a Taylor & Francis journal's APA list), "https://doi.org/
10.1109/ cvpr52733.2024.01227" (a PLOS One Vancouver list), "https://doi.org/10.1037/ a0030844",
"…/j.neuron. 2016.01.017" (an eLife list). An address in general keeps such a space, so that it is
reported as broken (urls.find_urls); a DOI address cut right after its host, a slash or a dot cannot
end there, and its next piece is its own: fixtures/parse-eval
en-apa-pdftext-storytelling-security-references.md (entries 2, 3, 7, 10) and
en-vancouver-pdftext-hydraulic-kg-references.md (entry 9), branch p12-hunt.

Joined only when: the host is doi.org (or dx.doi.org); the address as written stops on a slash or a
dot; one space (or a line break) follows; and the next piece is made of a DOI's characters, starts
with a letter or digit and is no capitalised word ("https://doi.org/10.1/x. Accessed …" keeps its
sentence).
"""

from __future__ import annotations

import re

from citecheck import lazyre

_DOI_HOST = lazyre.compile(r"https?://(?:dx\.)?doi\.org/", re.IGNORECASE)
_NEXT_PIECE = lazyre.compile(r"[ \t]?\n?[ \t]?([0-9A-Za-z][\w\-./;:()<>]*)")
_CAPITALISED_WORD = lazyre.compile(r"[A-Z][a-z]+\b")
_TRAILING = ".,;:"


def joined_doi_piece(text: str, written: str, end: int) -> tuple[str, int] | None:
    """The DOI address ``written`` (as it stands in ``text``, ending at ``end``) joined with the piece
    after the space a line end left in it, and where that piece ends; None when it is no such cut."""
    if not _DOI_HOST.match(written) or written[-1] not in "/.":
        return None
    piece = _NEXT_PIECE.match(text, end)
    if (
        piece is None
        or piece.end() == end
        or (" " not in text[end : piece.start(1)] and "\n" not in text[end : piece.start(1)])
    ):
        return None
    token = piece.group(1)
    if _CAPITALISED_WORD.match(token):
        return None
    while token and (token[-1] in _TRAILING or (token[-1] == ")" and token.count(")") > token.count("("))):
        token = token[:-1]
    if not token:
        return None
    return written + token, piece.start(1) + len(token)
