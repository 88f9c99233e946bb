"""Structural findings: what is wrong with a document's footnotes before any link is fetched —
markers without entries, entries without markers, duplicate labels, numbering gaps, unusable URLs
and access dates that cannot be true — and, for a document with nothing citeable, ``no-citations``.

Inline citations (links in the text) have no apparatus: none of the entry checks apply to them.
Markdown "[^label]:" notes have no numbering a reader sees (renderers number them in citation
order): the numbering checks leave them out (blog sweep, 97 of 97 ``numbering-gap`` warnings on 180
real posts were on such notes; :func:`_numbering_findings`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from citecheck.findings import finding_at, make_finding
from citecheck.models import Document, Finding, Footnote
from citecheck.parse.markers import label_key, label_style, to_roman
from citecheck.parse.urls import url_problem
from citecheck.persistent_urls import fixed_version


def _shown(label: str) -> str:
    return f"[{label}]"


def _label_like(number: int, example: str) -> str:
    """``number`` written the way ``example`` writes labels (iv, IV or 4)."""
    style = label_style(example)
    if style == "lower-roman":
        return to_roman(number)
    if style == "upper-roman":
        return to_roman(number).upper()
    return str(number)


def _short(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _notes(doc: Document) -> list[Footnote]:
    return [fn for fn in doc.footnotes if fn.kind == "footnote"]


def _inline_labels(doc: Document) -> set[str]:
    return {fn.label for fn in doc.footnotes if fn.kind == "inline"}


# A document may number two lists alike: a journal page's "Notes" 1–5, then its "References" [1]–[7]
# (D-Lib Magazine's article of fixtures/parse-eval-pages, read offline: five duplicate-footnote
# errors on a correct article), or a funding box read as note 1 before the references 1–40 (two
# SciELO article pages of the same set). When every repeated label belongs to one run that starts
# again at the first list's first number, after that list has ended, and the list it opens counts up
# without a gap for at least SECOND_LIST_MIN entries (its repeated labels, then its own), it is a
# second list, not entries written twice: one warning says the numbers are ambiguous, no error per
# entry. A label repeated out of such a run (one "[3]" pasted twice, a "[1]" pasted at the end, two
# lists interleaved) stays an error per entry.
SECOND_LIST_MIN = 3


def _second_numbered_list(duplicates: list[tuple[Footnote, Footnote]], notes: list[Footnote]) -> bool:
    if not duplicates or not all(fn.label.isdigit() for fn, _ in duplicates):
        return False
    order = {id(fn): i for i, fn in enumerate(notes)}
    positions = [order.get(id(fn), -1) for fn, _ in duplicates]
    if positions[0] < 0 or positions != list(range(positions[0], positions[0] + len(positions))):
        return False  # the repeated entries are not one run of the list
    first_number = int(duplicates[0][0].label)
    if first_number != min(int(f.label) for f in notes if f.label.isdigit()):
        return False
    if max(order.get(id(first), -1) for _, first in duplicates) >= positions[0]:
        return False  # the first list had not ended
    counted = 0  # the second list's length: its entries counting up from the first number
    for fn in notes[positions[0] :]:
        if fn.label != str(first_number + counted):
            break
        counted += 1
    return counted >= max(len(duplicates), SECOND_LIST_MIN)


def _reference_findings(
    doc: Document, counted: frozenset[tuple[int, int]] = frozenset(), noted: frozenset[str] = frozenset()
) -> list[Finding]:
    """Duplicate, missing and orphan footnotes.

    ``noted``: the label keys that markers inside notes cite (a note's own source: MediaWiki's
    "[n 1]" note "… used only on regal occasions.[1]"); such a footnote is cited, by the note,
    and no orphan.

    ``counted``: the positions of entries that write no label of their own (an author–date
    reference list, Wikipedia's "^" entries), numbered by the reader in list order. Such an entry
    never wrote the label a real note has (Word's footnote 1 and the first entry of the thesis's
    author–date bibliography: matejak-thesis.docx in the user trial), so it is no duplicate of that
    note and gives way to it; and where no marker cites any of them, the list is cited some other
    way ("(Eaton, et al., 2007)"), so none of them is an orphan.
    """
    findings: list[Finding] = []
    first_entry: dict[str, Footnote] = {}
    inline = _inline_labels(doc)
    notes = _notes(doc)
    unlabelled = [fn for fn in notes if (fn.line, fn.column) in counted]
    labelled = [fn for fn in notes if (fn.line, fn.column) not in counted]
    duplicates: list[tuple[Footnote, Footnote]] = []
    for fn in labelled + unlabelled:
        key = label_key(fn.label)
        if key in first_entry:
            if (fn.line, fn.column) in counted:
                continue
            duplicates.append((fn, first_entry[key]))
        else:
            first_entry[key] = fn
    if _second_numbered_list(duplicates, notes):
        fn, first = duplicates[0]
        last = duplicates[-1][0]
        findings.append(
            finding_at(
                "duplicate-footnote",
                f"A second list numbers its entries from {_shown(fn.label)} again (line {fn.line}; "
                + (
                    f"{_shown(fn.label)}–{_shown(last.label)} are also the entries of the list"
                    if last is not fn
                    else f"{_shown(fn.label)} is also the entry of the list"
                )
                + f" at line {first.line}): markers with these numbers may mean either list. The page's "
                "links or the markers' styles may tell them apart; this check cannot.",
                fn,
                evidence={"first_line": first.line, "entries": len(duplicates), "raw": _short(fn.raw)},
                severity="warning",
            )
        )
        duplicates = []
    for fn, first in duplicates:
        findings.append(
            finding_at(
                "duplicate-footnote",
                f"Footnote {_shown(fn.label)} is defined twice (first at line {first.line}); "
                "a reader cannot tell which entry its markers mean.",
                fn,
                evidence={
                    "first_line": first.line,
                    "first_raw": _short(first.raw),
                    "raw": _short(fn.raw),
                },
            )
        )
    cited: set[str] = set()
    for citation in doc.citations:
        if citation.label in inline:
            continue
        key = label_key(citation.label)
        cited.add(key)
        if key not in first_entry:
            findings.append(
                finding_at(
                    "missing-footnote",
                    f"Marker {_shown(citation.label)} has no footnote entry.",
                    citation,
                    evidence={"claim": _short(citation.claim, 300)},
                )
            )
    counted_cited = any(key in cited for key, fn in first_entry.items() if (fn.line, fn.column) in counted)
    orphans = [
        fn
        for key, fn in first_entry.items()
        if key not in cited and key not in noted and (counted_cited or (fn.line, fn.column) not in counted)
    ]
    if len(orphans) >= UNCITED_LIST_MIN and not cited and not noted:
        findings.append(_uncited_list(orphans, len(first_entry)))
        return findings
    for fn in orphans:
        findings.append(
            finding_at(
                "orphan-footnote",
                f"Footnote {_shown(fn.label)} is never cited in the text.",
                fn,
                evidence={"raw": _short(fn.raw)},
            )
        )
    return findings


# A numbered list no marker of the document cites at all is one finding, not one per entry: it is
# cited some other way (author–date, "(Silva, 2019)"), or its markers were lost on the way (a PDF's
# superscripts flattened into the text), or the file holds the list without its text — whichever,
# every claim of the list went unchecked, which one warning says; a warning per entry said it 90
# times. Data: the 45 calibration pages of fixtures/parse-eval-pages and parse-eval-wiki read
# offline (2026-12-06): 468 orphan-footnote warnings, 233 after this; six pages went to one each
# (SciELO articles in Portuguese and Spanish citing author–date over a numbered list, 90 and 56; a
# BMJ and an eLife article, 28 and 17; a blog letter, 21; a saved
# "Einzelnachweise" section, 29). Guard: only where no marker (and no note) cites any entry of the
# document; where markers cite some, each uncited entry is
# still its own orphan (a marker missing from the text). From two entries on: one is one either way.
UNCITED_LIST_MIN = 2


def _uncited_list(orphans: list[Footnote], entries: int) -> Finding:
    first, last = orphans[0], orphans[-1]
    return finding_at(
        "orphan-footnote",
        f"None of the {len(orphans)} entries {_shown(first.label)}–{_shown(last.label)} is cited by a "
        "marker in the text (the text may cite them by author and year, or its markers were not found): "
        "their claims could not be checked.",
        first,
        evidence={"entries": entries, "uncited": len(orphans), "first_raw": _short(first.raw)},
    )


def _numbering_findings(
    doc: Document,
    renumbered: frozenset[str] = frozenset(),
    counted: frozenset[tuple[int, int]] = frozenset(),
    bullets: frozenset[tuple[int, int]] = frozenset(),
) -> list[Finding]:
    """Gaps and disorder in the labels of entries and of first markers.

    ``renumbered``: the label keys of Markdown ``[^label]:`` notes, left out. GitHub, Pandoc,
    kramdown, Goldmark and markdown-it number such notes 1, 2, 3 … in the order they are first
    cited, so "[^25]" between "[^2]" and "[^3]", "[^107421]" (an issue number) or "[^99]" for the
    thanks are never seen by a reader; a marker without its note and a note without its marker are
    still found (missing, orphan). Blog sweep (branch p10-blog-sweep, 180 real posts in 8 languages):
    97 of 97 ``numbering-gap`` warnings were on such notes (Korean essays labelling notes by topic
    number, rust-lang's blog labelling them by issue number). Guard: only notes the Markdown reader
    read from a "[^label]:" definition; a "[1]"-numbered reference list, whose numbers are printed,
    is checked as before. Where such notes are left out, the entries that write no label of their
    own (``counted``: a bulleted "参考資料" list after the notes, which the reader numbered on from
    them) are left out too: their numbers are the reader's, and 13 Japanese posts of the sweep would
    read "[5] opens the notes: [1]–[4] is missing". ``bullets``: entries of a page's bulleted list,
    numbered by the HTML reader on around the notes the page numbers, are left out always: SciELO's
    pages print the unnumbered references before the notes, so their count, set after the notes'
    numbers, read as 7 and 9 "out of order" warnings on two saved pages
    (fixtures/parse-eval-pages scielo-novaeconomia-latex.html, scielo-transformacao-es.html).
    """
    findings: list[Finding] = []
    entries: list[Footnote] = []
    seen: set[str] = set(renumbered)
    for fn in _notes(doc):
        key = label_key(fn.label)
        if renumbered and (fn.line, fn.column) in counted:
            continue
        if (fn.line, fn.column) in bullets:
            continue  # the reader's count of bullets, numbered on around the written notes
        if key not in seen:
            seen.add(key)
            entries.append(fn)
    styles = {label_style(fn.label) for fn in entries}
    if entries and len(styles) == 1 and "other" not in styles:
        expected = 1
        previous: Footnote | None = None
        for fn in entries:
            if fn.ordinal > expected:
                first_missing = _label_like(expected, fn.label)
                last_missing = _label_like(fn.ordinal - 1, fn.label)
                missing = (
                    _shown(first_missing)
                    if first_missing == last_missing
                    else f"{_shown(first_missing)}–{_shown(last_missing)}"
                )
                where = f"follows {_shown(previous.label)}" if previous is not None else "opens the notes"
                findings.append(
                    finding_at(
                        "numbering-gap",
                        f"Footnote {_shown(fn.label)} {where}: {missing} is missing from the numbering.",
                        fn,
                        evidence={"expected": first_missing, "found": fn.label},
                    )
                )
            elif fn.ordinal < expected and previous is not None:
                findings.append(
                    finding_at(
                        "numbering-gap",
                        f"Footnote {_shown(fn.label)} comes after {_shown(previous.label)}: the entries are out of order.",
                        fn,
                        evidence={"expected": _label_like(expected, fn.label), "found": fn.label},
                    )
                )
            expected = max(expected, fn.ordinal + 1)
            previous = fn
    ordinals = {label_key(fn.label): fn.ordinal for fn in entries}
    # Each group of labels keeps its own order: a page's lettered or "n 1" notes run beside its
    # numbered citations (MediaWiki's groups), as roman endnotes may beside arabic footnotes.
    highest_of: dict[str, tuple[int, str]] = {}
    first_cited: set[str] = set()
    for citation in doc.citations:
        key = label_key(citation.label)
        if key in first_cited or key not in ordinals:
            continue
        first_cited.add(key)
        ordinal = ordinals[key]
        group = _label_group(citation.label)
        highest = highest_of.get(group)
        if highest is not None and ordinal < highest[0]:
            findings.append(
                finding_at(
                    "numbering-gap",
                    f"Marker {_shown(citation.label)} is first cited after {_shown(highest[1])}: "
                    "footnotes are not numbered in the order they are cited.",
                    citation,
                    evidence={"after": highest[1], "found": citation.label},
                )
            )
        if highest is None or ordinal > highest[0]:
            highest_of[group] = (ordinal, citation.label)
    return findings


def _label_group(label: str) -> str:
    """Labels numbered together: by style ("4", "iv", "IV"), else by what precedes the number ("n 4")."""
    style = label_style(label)
    if style != "other":
        return style
    return label.rstrip("0123456789").strip().casefold()


def _entry_findings(doc: Document, today: dt.date | None) -> list[Finding]:
    findings: list[Finding] = []
    for fn in _notes(doc):
        if not fn.urls:
            findings.append(
                finding_at(
                    "missing-url",
                    f"Footnote {_shown(fn.label)} has no URL, so it cannot be checked online.",
                    fn,
                    evidence={"raw": _short(fn.raw)},
                )
            )
        for url in fn.urls:
            problem = url_problem(url)
            if problem is not None:
                findings.append(
                    finding_at(
                        "invalid-url",
                        f"The URL of footnote {_shown(fn.label)} is not valid: {problem} ({_short(url, 120)}).",
                        fn,
                        evidence={"url": url, "problem": problem},
                    )
                )
        if fn.urls and fn.access_date is None and not all(fixed_version(url) for url in fn.urls):
            findings.append(
                finding_at(
                    "missing-access-date",
                    f"Footnote {_shown(fn.label)} cites a web page but does not say when it was accessed.",
                    fn,
                    evidence={"raw": _short(fn.raw)},
                )
            )
        if fn.access_date is None:
            continue
        if today is not None and fn.access_date > today:
            findings.append(
                finding_at(
                    "access-date-in-future",
                    f"Footnote {_shown(fn.label)} says it was accessed on {fn.access_date.isoformat()}, "
                    f"which is after today ({today.isoformat()}).",
                    fn,
                    evidence={"access_date": fn.access_date.isoformat(), "today": today.isoformat()},
                )
            )
        elif doc.date is not None and fn.access_date > doc.date:
            findings.append(
                finding_at(
                    "access-date-after-document",
                    f"Footnote {_shown(fn.label)} says it was accessed on {fn.access_date.isoformat()}, "
                    f"after the document's own date ({doc.date.isoformat()}).",
                    fn,
                    evidence={
                        "access_date": fn.access_date.isoformat(),
                        "document_date": doc.date.isoformat(),
                    },
                )
            )
    return findings


@dataclass(frozen=True, slots=True)
class NothingCited:
    """What a document without any citation showed instead: a notes-like heading with no entries
    under it, URLs in its text, links (when inline links are off), brackets like "[1]" that could
    not be believed markers."""

    notes_heading: str | None = None
    urls: int = 0
    links: int = 0
    marker_like: int = 0
    inline_links: bool = True


LOOKED_FOR = (
    "footnote markers ([1], [iv], ¹, [^1]) with their entries, endnote and source lists "
    "(1. … / (1) … / [1] … under Notes, References, Sources …)"
)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def no_citations_finding(seen: NothingCited) -> Finding:
    """``no-citations``: what was looked for, and what was seen that looked like citations."""
    looked = LOOKED_FOR + (" and links in the text" if seen.inline_links else "")
    notes: list[str] = []
    if seen.notes_heading is not None:
        notes.append(f"a “{seen.notes_heading[:60]}” section whose items are not numbered entries")
    if seen.marker_like:
        notes.append(
            f"{_plural(seen.marker_like, 'bracketed label')} like [1] that are not believed markers "
            "without entries (after a space, glued to a word, or code)"
        )
    if seen.links and not seen.inline_links:
        notes.append(f"{_plural(seen.links, 'link')} in the text (inline links are off)")
    elif seen.urls:
        notes.append(f"{_plural(seen.urls, 'URL')} in the text not attached to any footnote")
    message = f"No citations found, so nothing was checked: looked for {looked}."
    if notes:
        message += " Seen instead: " + "; ".join(notes) + "."
    evidence: dict[str, object] = {
        "looked_for": looked,
        "notes_heading": seen.notes_heading,
        "unattached_urls": seen.urls,
        "links": seen.links,
        "marker_like": seen.marker_like,
        "inline_links": seen.inline_links,
    }
    return make_finding("no-citations", message, line=1, column=1, evidence=evidence)


def structural_findings(
    doc: Document,
    *,
    today: dt.date | None,
    nothing_cited: NothingCited | None = None,
    counted: frozenset[tuple[int, int]] = frozenset(),
    noted: frozenset[str] = frozenset(),
    renumbered: frozenset[str] = frozenset(),
    bullets: frozenset[tuple[int, int]] = frozenset(),
) -> list[Finding]:
    """Every structural finding of ``doc``, in document order.

    ``nothing_cited`` says what a document without footnotes and citations showed instead; such a
    document gets ``no-citations``. ``counted``: (line, column) of the entries whose labels the
    reader counted because they write none, and ``noted`` the labels markers inside notes cite
    (see :func:`_reference_findings`); ``renumbered`` the labels of Markdown ``[^label]:`` notes
    (see :func:`_numbering_findings`), and ``bullets`` the positions of entries whose labels the
    HTML reader counted from a bulleted list's items, which no numbering finding reads.
    """
    findings = (
        _reference_findings(doc, counted, noted)
        + _numbering_findings(doc, renumbered, counted, bullets)
        + _entry_findings(doc, today)
    )
    if not doc.footnotes and not doc.citations:
        findings.append(no_citations_finding(nothing_cited or NothingCited()))
    findings.sort(key=lambda f: (f.line or 0, f.column or 0))
    return findings
