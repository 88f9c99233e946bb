"""Access-date labels in many languages, read from the Citation Style Language's locale files.

Why (branch p10-access-csl, fixtures/parse-eval/README.md "## Branch p10-access-csl"): the hand
list of access labels (``dates._ACCESS_LABELS``) grew one language per part that brought it ("dostęp"
after a Polish list, "ბოლო ნახვა" after heldback-19's Georgian plan, …), and a blind part's access
dates are lost where its language is not yet in it. The CSL locale files shipped in citeproc-py
(``citeproc/data/locales/locales-*.xml``, read by :mod:`citecheck.parse.csl_terms`; nothing copied
or downloaded) carry, for each of their 63 locales, the words a citation processor prints before an
access date. A probe (benchmarks/access_probe.py: an entry "Title. Publisher. https://example.org/x. <accessed> <date>.", one
"… <retrieved> <date>, <from> https://example.org/x.", one "… [<accessed>: 03.mm.2024]. <URL>" and
one "…; 2020 [<cited> <date>]. <URL>", twelve months each, the date written as the locale's own text
date form) found 342, 134, 300 and 67 of 756 dates with the hand list; with these terms 577, 579, 684
and 567 (42 locales all 48, 5 before), every title as before.

Which terms, by class:

- ``accessed`` and ``retrieved`` (long form): in CSL they exist only to print the date a source was
  read ("zugegriffen", "pobrano", "hämtad", "pristupljeno", "ημερομηνία πρόσβασης"), so they are
  taken — but only as a label *with a date right after it* (read as the hand list's labels are read,
  :func:`dates.date_after_label`, dateparser in the locale's language). A term that is an ordinary
  word as well ("pobrano", "hentet", "preuzeto": downloaded, fetched) labels nothing without that
  date. The pass runs last (``entries._access_date``), only where neither the hand list nor a date
  after the URL gave one, and it gives the date only: unlike a hand-list label, a CSL term does not
  end the entry's head, so no title, URL or publisher read before changes (a first version that
  ended the head at the term moved the probe's titles, 1512 -> 1500 of 1512, and ten of the
  held-back heldback-29's titles in the aggregate gate measurement; its documents were not
  opened). And a term the hand list knows already in that language ("consulta", "dostęp",
  "citado") stays the hand list's, with the conditions learnt for it (Catalan "consulta" labels a
  date only before its colon: "La consulta de 12 de maig de 2020" is a title,
  tests/parse/test_heldback22_rules.py).
- Terms of three letters or fewer ("set", Danish "seen"; "cit", Slovak) are left out: ordinary
  words ("data set 12 May 2020") that a date may follow by chance.
- CJK terms ("参照", "见于", "引見於", "取读于", "回収", "접근된") are left out: the hand list and
  ``dates.date_before_label`` read CJK access dates as Japanese, Chinese and Korean write them (the
  label after the date, "2014年5月30日閲覧"); "见于" before a date is "appeared on" in prose.
- ``cited`` is taken only right after an opening bracket: the CSL styles print it two ways, as
  Vancouver's access date ``<group prefix="[" …><text term="cited"/><date variable="accessed"/>``
  ("[cited 2023 Oct 1]", "[citado el 12 de marzo de 2025]") and as the notes styles' "op. cit."
  after a short title ("cité", "zitiert", "цитируется по": quoted in). Only the bracketed one is a
  date's label (at heldback-19's first blind measurement, eleven "[citado el …]" dates were lost).
- ``online`` and ``available at`` are left out: a medium ("[online]", "en ligne") and an address
  label ("verfügbar unter"), neither of them a date's label.
- Short forms ("vid.", "cit.", "rtvd.") are left out: "vid." is "see" in half of Europe.

A locale whose language dateparser does not know (Latin, Ligurian, Balochi, Brahui) still has its
numeric dates read (dates.DATE_PATTERN needs no language); its worded dates are not.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator

from citecheck import lazyre
from citecheck.parse.csl_terms import csl_long_terms
from citecheck.parse.dates import ACCESS_LABEL, date_after_label

_NAMES = ("accessed", "retrieved")
_BRACKETED = "cited"
_SHORTEST = 4
_CJK = lazyre.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
# What may stand between a label and its date, as dates.ACCESS_LABEL's tail has it.
_TAIL = lazyre.compile(r"[\s:：.\-–—]*(?:on\s+|le\s+|el\s+|am\s+|il\s+|em\s+|op\s+|pada\s+)?", re.IGNORECASE)


def _language(locale: str) -> str:
    """The dateparser language of a CSL locale: "pl-PL" -> "pl", "sr-Latn-RS" -> "sr-Latn",
    "zh-TW" -> "zh-Hant"."""
    parts = locale.split("-")
    if parts[0] == "zh":
        return "zh-Hant" if parts[1:] == ["TW"] else "zh"
    if len(parts) > 1 and len(parts[1]) == 4:
        return f"{parts[0]}-{parts[1]}"
    return parts[0]


def _hand_listed(term: str, language: str) -> bool:
    """Whether the hand list (dates.ACCESS_LABEL) knows the word already in this language, with its
    own conditions ("consulta" only before a colon, "citado" only before a number): it stays the
    hand list's there (Spanish "accedido" is still read here as Galician, "diakses" as Malay)."""
    for after in (": 1", " 1"):
        match = ACCESS_LABEL.match(term + after)
        if (
            match is not None
            and match.lastgroup == language.split("-")[0]
            and match.end(match.lastgroup) >= len(term)
        ):
            return True
    return False


def _taken(term: str) -> bool:
    return len(term) >= _SHORTEST and not _CJK.search(term)


@functools.cache
def csl_access_terms() -> tuple[tuple[str, tuple[str, ...], bool], ...]:
    """(lowercased term, the languages of the locales writing it, whether it labels a date only
    right after "[") for every term taken, longest first ("consulté le" before "consulté")."""
    languages: dict[str, list[str]] = {}
    anywhere: set[str] = set()
    for name in (*_NAMES, _BRACKETED):
        for locale, term in csl_long_terms(name):
            key = " ".join(term.lower().split())
            language = _language(locale)
            if not _taken(term) or _hand_listed(key, language):
                continue
            if language not in languages.setdefault(key, []):
                languages[key].append(language)
            if name != _BRACKETED:
                anywhere.add(key)
    return tuple(
        sorted(
            ((key, tuple(langs), key not in anywhere) for key, langs in languages.items()),
            key=lambda item: -len(item[0]),
        )
    )


def _boundary(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not before.isalnum() and before != "_" and not after.isalnum() and after != "_"


def _occurrences(text: str, start: int) -> Iterator[tuple[int, int, tuple[str, ...]]]:
    """(start, end, languages) of every taken term in ``text`` from ``start``, in order."""
    folded = text.lower()
    if len(folded) != len(text):
        # A Turkish "İ" lowers to two characters: fold character by character, keeping offsets.
        folded = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    found: list[tuple[int, int, tuple[str, ...]]] = []
    for term, languages, bracketed in csl_access_terms():
        at = folded.find(term, start)
        while at != -1:
            end = at + len(term)
            if _boundary(text, at, end) and (not bracketed or text[:at].rstrip().endswith("[")):
                found.append((at, end, languages))
            at = folded.find(term, at + 1)
    found.sort(key=lambda item: (item[0], -item[1]))
    yield from found


def csl_access_date(
    text: str, start: int = 0, *, month_first: bool = False
) -> tuple[dt.date, int, int] | None:
    """The first date written right after a CSL access term in ``text`` from ``start``: the date,
    where its label starts and where the date ends; None when no term is followed by a date."""
    for at, end, languages in _occurrences(text, start):
        tail = _TAIL.match(text, end)
        position = tail.end() if tail is not None else end
        for language in languages:
            found = date_after_label(text, position, language, month_first=month_first)
            if found is not None:
                return found[0], at, found[1]
    return None
