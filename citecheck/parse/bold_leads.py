"""A bold run opening an entry that is its author, not its title (branch p12-hunt2's failure hunt).

Two shapes of exported office documents set the author in bold at the start of each entry and
the title after it; the title rules read the first marked run as the title and so named the
author:

- Word's bibliography tool in its "ISO 690 - First Element and Date" style, converted to Markdown,
  sets "Author. Year." in bold, then the title as plain text (or in italics for a book), then the
  container in italics: "**California Digital Library. 2020.** WEST membership. \\[Online\\] June
  2020. https://…", "**Bayer, Rudolf und McCreight, Edward M. 1972.** Organization and
  Maintenance of Large Ordered Indexes. *Acta Informatica.* 1972, …", a repeated author as
  "**---. 1859.**" (fixtures/parse-eval iso690-en-wordboldauthoryear-code4lib-bibliography.md,
  ten entries; iso690-de-wordboldauthoryear-baeume-literatur.md, eleven).
- A Google Docs document exported to Markdown sets the author in bold, closed by its full stop,
  and the title in italics right after it: "- **Bundesministerium der Justiz.** *Gesetz zur
  Stärkung der Barrierefreiheit (…)*. \\[Online\\] 2021\\. [url](url) (Abgerufen am: …)"
  (iso690-de-boldauthor-gdocs-ihk-quellen.md, eleven entries).

Guards: the first shape needs the year closed by a full stop at the run's end, a name before it
closed by its own stop; the second needs the italic run to follow the bold one at once and to
be longer (in words) than it, so that a bold title followed by its journal in italics ("**Attention
Is All You Need.** *NeurIPS*, 2017") keeps its title.
"""

from __future__ import annotations

import re

# "Name. 2019." / "Name, Given und Other, Given. 1962." / "---. 1859.": Word's author-and-year lead.
_AUTHOR_YEAR_LEAD = re.compile(r"(?:-{2,3}|[^*\[\]]{2,160}?[^\s.])\.\s(?:1[5-9]|20)\d{2}[a-z]?\.")
# "Name." closed by its full stop, a few words at most: an author set in bold before an italic title.
_AUTHOR_LEAD = re.compile(r"[^*\[\]\"“”«»]{2,80}?[^\s.]\.")
_MAX_AUTHOR_WORDS = 6


def _flat(text: str) -> str:
    return " ".join(text.split())


def author_year_lead(run: str) -> bool:
    """Whether a bold run opening an entry is Word's "Author. Year." lead (see the module's docstring)."""
    return _AUTHOR_YEAR_LEAD.fullmatch(_flat(run)) is not None


def author_lead_before_title(run: str, following: str) -> bool:
    """Whether a bold run closed by a full stop, with the italic run ``following`` right after it,
    is the author before the title (see the module's docstring)."""
    run, following = _flat(run), _flat(following)
    if _AUTHOR_LEAD.fullmatch(run) is None:
        return False
    words = len(run.split())
    return words <= _MAX_AUTHOR_WORDS and len(following.split()) > words
