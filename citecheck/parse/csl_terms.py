"""Names of a reference list in many languages, from the Citation Style Language's locale files.

Why (branch p10-residual, fixtures/parse-eval/README.md "## Branch p10-residual"): a blind part's
notes are often not found because their heading is not recognised, and each study added the one
word its part showed (Georgian "წყაროები", Indonesian "Sumber", …): the next part brings the next
language. Rather than one word per instance, this module takes the word for "references" from a
well-kept multilingual source, the CSL locale files (https://github.com/citation-style-language/locales,
CC BY-SA 3.0), as shipped in citeproc-py 0.11.1 (``citeproc/data/locales/locales-*.xml``): the
plural of each locale's ``<term name="reference">``, the word a citation processor prints for
"references". Of its 65 locales, 45 distinct words; the parser's notes headings knew 23 of them before
(a probe: three "Title — Site, URL" items under "## <word>", read as a notes list or as running-text
links), 22 not. The table keeps every locale's word, known or not (so it can be checked against the
source line by line), but for four kinds left out: words of more than one token
(their first word is no name: "список використаних джерел" is known anyway), the English "reference"
(in English a heading "Reference" is as often an API reference), CJK words (the CJK prefixes known
already cover them; "参照" alone opens "参照URL" and more) and Armenian "տե՛ս" ("see": no name of a
list). Only whole heading words count, as for the other notes words (regions._notes_word).
"""

from __future__ import annotations

# (CSL locale, its plural term for "reference"), as written in citeproc-py 0.11.1's locale files.
CSL_REFERENCE_TERMS: tuple[tuple[str, str], ...] = (
    ("af-ZA", "verwysings"),
    ("ar", "مراجع"),
    ("bal-PK", "سرشون"),
    ("bg-BG", "източници"),
    ("ca-AD", "referències"),
    ("cy-GB", "cyfeirnodau"),
    ("da-DK", "referencer"),
    ("de-AT", "Referenzen"),
    ("de-CH", "Referenzen"),
    ("de-DE", "Referenzen"),
    ("el-GR", "παραπομπές"),
    ("es-CL", "referencias"),
    ("es-ES", "referencias"),
    ("es-MX", "referencias"),
    ("et-EE", "viited"),
    ("eu", "aipamenak"),
    ("fa-IR", "مراجع"),
    ("fi-FI", "viittaukset"),
    ("fr-CA", "références"),
    ("fr-FR", "références"),
    ("gl-ES", "referencias"),
    ("he-IL", "הפניות"),
    ("hu-HU", "hivatkozás"),
    ("id-ID", "referensi"),
    ("is-IS", "tilvitnanir"),
    ("it-IT", "riferimenti"),
    ("la", "relationes"),
    ("lij-IT", "referense"),
    ("lt-LT", "nuorodos"),
    ("lv-LV", "atsauces"),
    ("ms-MY", "rujukan"),
    ("nb-NO", "referanser"),
    ("nl-NL", "referenties"),
    ("nn-NO", "referanse"),
    ("pa-PK", "حوالے"),
    ("pl-PL", "referencje"),
    ("pt-BR", "referências"),
    ("pt-PT", "referências"),
    ("ro-RO", "referințe"),
    ("ru-RU", "ссылки"),
    ("sk-SK", "referencie"),
    ("sv-SE", "referenser"),
    ("tr-TR", "atıflar"),
)

# The words, casefolded as the heading reader folds them (regions.heading_words).
REFERENCE_WORDS: frozenset[str] = frozenset(term.casefold() for _, term in CSL_REFERENCE_TERMS)
