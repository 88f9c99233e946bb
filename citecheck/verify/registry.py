"""The registry of verification checks: adding a check is one module and one line here.

Every check is a plain function ``(FootnoteCase) -> list[Finding]`` and runs on every footnote.
Inline citations (links in the text) get only the checks whose evidence is as strong as a
footnote's: the title check, which runs only when the anchor text reads as a title (the parser
sets ``title`` then), and the text-fragment check (the passage is the link's own, not the sentence's). A sentence carrying a link is often navigation ("see the docs"), not a claim
the link must support, so claim, quote, date and publisher checks are left to footnotes.
"""

from __future__ import annotations

from citecheck.verify.case import Check
from citecheck.verify.claim import check_claims
from citecheck.verify.dates import check_dates
from citecheck.verify.publisher import check_publisher
from citecheck.verify.quotes import check_quotes, check_text_fragments
from citecheck.verify.title import check_title

CHECKS: tuple[Check, ...] = (
    check_title,
    check_claims,
    check_quotes,
    check_text_fragments,
    check_dates,
    check_publisher,
)

INLINE_CHECKS: tuple[Check, ...] = (check_title, check_text_fragments)
