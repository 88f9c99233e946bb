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

A third shape is a source list's: a short bold label closed by a colon naming who published the work,
then the work's title as a link, "1.  **EPDK:** [Elektrik Faturalarına Esas Tarife Tabloları](https://www.epdk.gov.tr/…)
(Geçerlilik: …)" (s34-hunt5's Turkish market-watch note, tr-kaynaklar-bold-org-colon-linked-title-gecerlilik-
veri-tarihi-nobetci.md: three entries so, each read as the label). The link is the title and the label its
publisher. Guards: three words at most before the colon, and a link of as many words as the label (two at
least): "**EPDK Kurul Kararı (14820):** [epdk.gov.tr/Kararlar/14820](…)" (s34-hunt4's tariff note, a host
shown as the link's text) and "**Attention Is All You Need:** [arXiv](…)" keep the bold run as the title.

Guards: the first shape needs the year closed by a full stop at the run's end, a name before it
closed by its own stop; the second needs the italic run to follow the bold one at once and to
be longer (in words) than it, so that a bold title followed by its journal in italics ("**Attention
Is All You Need.** *NeurIPS*, 2017") keeps its title.
"""

from __future__ import annotations

from citecheck import lazyre

# "Name. 2019." / "Name, Given und Other, Given. 1962." / "---. 1859.": Word's author-and-year lead.
_AUTHOR_YEAR_LEAD = lazyre.compile(r"(?:-{2,3}|[^*\[\]]{2,160}?[^\s.])\.\s(?:1[5-9]|20)\d{2}[a-z]?\.")
# "Name." closed by its full stop, a few words at most: an author set in bold before an italic title.
_AUTHOR_LEAD = lazyre.compile(r"[^*\[\]\"“”«»]{2,80}?[^\s.]\.")
_MAX_AUTHOR_WORDS = 6


def _flat(text: str) -> str:
    return " ".join(text.split())


def author_year_lead(run: str) -> bool:
    """Whether a bold run opening an entry is Word's "Author. Year." lead (see the module's docstring)."""
    return _AUTHOR_YEAR_LEAD.fullmatch(_flat(run)) is not None


# A name list set in bold with the comma after it, outside the bold: "**OpenAI**, *Title*. Disponibil …",
# "**T. J. McCabe**, *A Complexity Measure*, IEEE Transactions …" (s38-hunt10's Romanian testing report,
# two entries of seven read as the author), "**Donald E. Knuth**, *The Art of Computer Programming …*"
# (a Spanish README), "**R. J. van Glabbeek**, *The Linear Time – Branching Time Spectrum I*, in …", a
# Vietnamese "## Nguồn" list (find_string "**, *The": six reference lists of ten hits). Names: no digit,
# quote or bracket, up to four comma-joined names of up to four words each.
_COMMA_AUTHORS = lazyre.compile(
    r"[^\W\d_][^\d*\[\]\"“”«»():;]{0,40}(?:,\s[^\W\d_][^\d*\[\]\"“”«»():;,]{0,40}){0,3}"
)


def author_lead_before_comma_title(run: str, following: str) -> bool:
    """Whether a bold run of names, a comma after it and then the italic run ``following``, is the
    authors before the title (see _COMMA_AUTHORS); the italic run must be longer in words than each
    name (its initials not counted), so that "**Attention Is All You Need**, *NeurIPS*, 2017" keeps its bold title."""
    run, following = _flat(run), _flat(following)
    if _COMMA_AUTHORS.fullmatch(run) is None:
        return False
    names = [[word for word in name.split() if not _INITIAL.fullmatch(word)] for name in run.split(", ")]
    if any(len(name) > 4 for name in names):
        return False
    return len(following.split()) > max(len(name) for name in names)


# A reading list's "**Author** – _Title_ (why read it)": the author's name in bold, a spaced dash, the
# work's title in italics (p42hunt15's Turkish analysis, "Stratejik Okumalar ve Kaynakça": "**Hans J.
# Morgenthau** – _Politics Among Nations: …_ (…)", "**Henry Kissinger** – _Diplomacy_ (…)", nine books,
# each read as the author, the remark or no entry at all, branch s42-hunt15b; an essay's Markdown
# footnote "**O’Connor, C. & Weatherall, J. O. (2019)** – _The Misinformation Age: …_", code index id
# 3161319224, writes the same shape with an author-date lead). The bold run is a person's name: two to
# four capitalised words, initials besides, a year in brackets after them; the italic run has two words
# or more, or is one word that closes the entry or stands before a remark in brackets. A bold title of
# five words or more ("**Attention Is All You Need** – *NeurIPS*"), a one-word italic run with more
# fields after it ("**Deep Learning** – *Nature*, 521, 436–444") and a bold run that is no name ("**API
# v2** – *Release notes*") keep their readings.
_DASH_AUTHOR_WORD = r"(?:[^\W\d_]\.\s?){0,3}[^\W\d_a-zß-öø-ÿ][^\W\d_]+(?:[-’'][^\W\d_]+)?"
_DASH_AUTHOR = lazyre.compile(
    rf"{_DASH_AUTHOR_WORD}(?:\s{_DASH_AUTHOR_WORD}){{1,3}}(?:\s\((?:1[5-9]|20)\d{{2}}[a-z]?\))?"
)
_ONE_WORD_TITLE_CLOSING = lazyre.compile(r"[\s.]*(?:\(.*\))?[\s.]*")


def author_lead_before_dash_title(run: str, following: str, after: str = "") -> bool:
    """Whether a bold run, a spaced dash after it and then the italic run ``following`` (``after``
    what comes after that run), is the author's name before the title (see _DASH_AUTHOR)."""
    run, following = _flat(run), _flat(following)
    if _DASH_AUTHOR.fullmatch(run) is None or not following:
        return False
    return len(following.split()) >= 2 or _ONE_WORD_TITLE_CLOSING.fullmatch(_flat(after)) is not None


# An initial ("T.", "J.-P."): no word of a name's length.
_INITIAL = lazyre.compile(r"[^\W\d_]\.(?:-[^\W\d_]\.)?")


def author_lead_before_title(run: str, following: str) -> bool:
    """Whether a bold run closed by a full stop, with the italic run ``following`` right after it,
    is the author before the title (see the module's docstring)."""
    run, following = _flat(run), _flat(following)
    if _AUTHOR_LEAD.fullmatch(run) is None:
        return False
    words = len(run.split())
    return words <= _MAX_AUTHOR_WORDS and len(following.split()) > words


# "EPDK:" / "Resmî Gazete:" : a short label closed by a colon (the third shape, see the module's docstring).
_LABEL_LEAD = lazyre.compile(r"[^*\[\]:]{1,40}?[^\s:]\s?:")
_MAX_LABEL_WORDS = 3


def label_lead_before_link(run: str, link_text: str) -> bool:
    """Whether a bold run closed by a colon, with a link of ``link_text`` right after it, is the
    publisher's label before the linked title (see the module's docstring)."""
    run, link_text = _flat(run), _flat(link_text)
    if _LABEL_LEAD.fullmatch(run) is None:
        return False
    words = len(run.split())
    return words <= _MAX_LABEL_WORDS and len(link_text.split()) >= 2 and len(link_text.split()) >= words
