"""The registry of verification checks: adding a check is one module and one line here.

Every check is a plain function ``(FootnoteCase) -> list[Finding]`` and runs on every footnote.
"""

from __future__ import annotations

from citecheck.verify.case import Check
from citecheck.verify.claim import check_claims
from citecheck.verify.dates import check_dates
from citecheck.verify.publisher import check_publisher
from citecheck.verify.quotes import check_quotes
from citecheck.verify.title import check_title

CHECKS: tuple[Check, ...] = (
    check_title,
    check_claims,
    check_quotes,
    check_dates,
    check_publisher,
)
