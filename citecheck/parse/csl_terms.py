"""Names of a reference list in many languages, read from the Citation Style Language's locale files.

Why (branch p10-residual, fixtures/parse-eval/README.md "## Branch p10-residual"): a blind part's
notes are often not found because their heading is not recognised, and each study added the one
word its part showed (Georgian "წყაროები", Indonesian "Sumber", …): the next part brings the next
language. Rather than one word per instance, the word for "references" comes from a well-kept
multilingual source: the CSL locale files (https://github.com/citation-style-language/locales) as
shipped inside the citeproc-py package (``citeproc/data/locales/locales-*.xml``, read here at first
import; nothing is copied into this code or downloaded). Each locale's ``<term name="reference">``
(the long form) gives its plural, the word a citation processor prints for "references". Of
citeproc-py 0.11.1's 63 locales, 45 distinct words; the parser's notes headings knew 23 of them
before (a probe: three "Title — Site, URL" items under "## <word>", read as a notes list or as
running-text links), 22 not.

Kept: words of one token of letters (a multi-word term's first word is no name of a list —
"список використаних джерел" is known anyway; Armenian "տե՛ս", "see", holds a mark and is left out
by this too), not CJK (the CJK prefixes the heading reader knows already cover them; "参照" alone
opens "参照URL" and more), and not "reference", the untranslated singular several locales carry (cs,
hr, sl, sr-Latn): in English a heading "Reference" is as often an API reference. A locale file that
cannot be read is skipped; without the package the set is empty and the headings known by name
(regions._NOTES_WORDS) still apply.
"""

from __future__ import annotations

import functools
from importlib import resources

from lxml import etree

from citecheck import lazyre

CSL_NAMESPACE = "{http://purl.org/net/xbiblio/csl}"
_CSL = CSL_NAMESPACE
_ONE_WORD = lazyre.compile(r"[^\W\d_]+")
_CJK = lazyre.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_LEFT_OUT = frozenset({"reference"})


@functools.cache
def locale_roots() -> tuple[tuple[str, etree._Element], ...]:
    """(locale, parsed file) for every locale file of the installed citeproc-py, read once."""
    try:
        folder = resources.files("citeproc").joinpath("data", "locales")
        files = sorted(
            (
                entry
                for entry in folder.iterdir()
                if entry.name.startswith("locales-") and entry.name.endswith(".xml")
            ),
            key=lambda entry: entry.name,
        )
    except (ModuleNotFoundError, FileNotFoundError, NotADirectoryError, OSError):
        return ()
    roots: list[tuple[str, etree._Element]] = []
    for entry in files:
        try:
            root = etree.fromstring(
                entry.read_bytes(), parser=etree.XMLParser(resolve_entities=False, no_network=True)
            )
        except (OSError, etree.XMLSyntaxError):
            continue
        roots.append((entry.name[len("locales-") : -len(".xml")], root))
    return tuple(roots)


def csl_long_terms(name: str) -> tuple[tuple[str, str], ...]:
    """(locale, its long-form term ``name``) for every locale that writes one, e.g. "accessed"."""
    terms: list[tuple[str, str]] = []
    for locale, root in locale_roots():
        for term in root.iter(f"{_CSL}term"):
            if term.get("name") == name and not term.get("form"):
                if term.text and term.text.strip():
                    terms.append((locale, term.text.strip()))
                break
    return tuple(terms)


def csl_terms(name: str) -> tuple[tuple[str, str], ...]:
    """(locale, its plural of the term ``name``) for every locale file of the installed citeproc-py."""
    terms: list[tuple[str, str]] = []
    for locale, root in locale_roots():
        for term in root.iter(f"{_CSL}term"):
            if term.get("name") != name or term.get("form"):
                continue
            plural = term.find(f"{_CSL}multiple")
            word = (plural.text if plural is not None else term.text) or ""
            if word.strip():
                terms.append((locale, word.strip()))
            break
    return tuple(terms)


def csl_reference_terms() -> tuple[tuple[str, str], ...]:
    """(locale, its plural term for "reference") for every locale file of the installed citeproc-py."""
    return csl_terms("reference")


def _heading_word(word: str) -> bool:
    return bool(_ONE_WORD.fullmatch(word)) and not _CJK.search(word) and word.casefold() not in _LEFT_OUT


CSL_REFERENCE_TERMS: tuple[tuple[str, str], ...] = tuple(
    (locale, word) for locale, word in csl_reference_terms() if _heading_word(word)
)

# The words, casefolded as the heading reader folds them (regions.heading_words).
REFERENCE_WORDS: frozenset[str] = frozenset(term.casefold() for _, term in CSL_REFERENCE_TERMS)


def csl_note_terms() -> tuple[tuple[str, str], ...]:
    """(locale, its plural term for "note") for every locale file of the installed citeproc-py: the word
    a citation processor prints for "notes" ("бележки", "poznámky", "noter", "σημειώσεις", "הערות")."""
    return csl_terms("note")


# Notes headings in the languages the parser knew no word for (branch s35-notes): a probe of the
# notes and sources section names of Wikipedias and theses in about fifty languages found 60 the
# heading reader did not know; the locale files' plural of "note" (31 locales) names 9 of them
# ("Noter", "Poznámky", "Bilješke", "Opombe", "Бележки", "Σημειώσεις", "הערות שוליים", "Piezīmes",
# "Oharrak"), the same kind of list, read the same way as "reference" above. Kept as that is (one
# token of letters, not CJK), and without "catatan" (Indonesian and Malay) and "notatki" (Polish):
# there they name remarks or jottings, the footnotes being "catatan kaki" and "przypisy". The other
# 51 names are words no such data gives and are left (no hand list).
NOTE_WORDS: frozenset[str] = frozenset(
    term.casefold()
    for _, term in csl_note_terms()
    if _heading_word(term) and term.casefold() not in {"catatan", "notatki"}
)
