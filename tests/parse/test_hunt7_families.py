"""Rules from the failure hunt of branch s35-hunt7 (24 new real documents of the product's core kind: think-tank
reports, policy papers, analyses and explainers citing web sources in numbered notes or source lists, in 10
languages): each has a case where it fires and a near miss where it must not; the data that justifies it is named
with it (fixtures/parse-eval, part "p35hunt7 (studied)").
"""

from __future__ import annotations

import datetime as dt

from citecheck.parse import parse_text
from citecheck.parse.run_together_notes import split_run_together_notes

TODAY = dt.date(2026, 12, 7)


def _notes(text: str, fmt: str = "text") -> dict[str, tuple[str | None, str | None, dt.date | None]]:
    document = parse_text(text, path="x.txt" if fmt == "text" else "x.md", fmt=fmt, today=TODAY)
    return {fn.label: (fn.title, fn.url, fn.access_date) for fn in document.footnotes}


# --- A notes section run together on one line, split one entry a line (run_together_notes) -----------------------
# Data: en-itif-endnotes-bracket-dot-flattened-manufacturing.txt ('Endnotes [1] . Author, “Title” (ITIF, date),
# URL . [2] . …'), en-ada-footnotes-oscola-angle-url-accessed-flattened-delegation.txt ('Footnotes [1] OpenAI,
# ‘Introducing Operator’ <URL> accessed 25 April 2025. [2] …'), de-en-merics-endnotes-pipe-flattened-hyphenated-
# germany.txt ('Endnotes 1 | F.Specht. Title. Handelsblatt. date. URL 2 | …'), en-carnegie-notes-bare-numerals-
# flattened-ai-surveillance.txt ('Notes 1 … (2018). 2 Information from … 3 “Freedom on the Net …”'), en-cnas-endnotes-
# unnumbered-return-arrows-flattened-ai-race.txt ('Endnotes Mei Fong, “…,” … . ↩ Andy Greenberg, …'): no entry
# read in any of them (65 notes) before.


def test_bracketed_numbers_run_together_after_endnotes_are_split() -> None:
    notes = _notes(
        "A report\n\nStart-ups matter. [1] Yet they decline. [2]\n\n"
        "Endnotes [1] . Robert Atkinson, “Understanding the Evolutionary Economy” (ITIF, October 2014), "
        "https://www2.itif.org/a.pdf . [2] . Trelysa Long, “No, Manufacturing Hasn’t Been Revived” (ITIF, June 6, "
        "2025), https://itif.org/b/ . [3] . Corelli Barnett, The Collapse of British Power (London: Faber, 1972), 85.\n"
    )
    assert notes["1"][0] == "Understanding the Evolutionary Economy"
    assert notes["1"][1] == "https://www2.itif.org/a.pdf"
    assert notes["2"][1] == "https://itif.org/b/"
    assert notes["3"][1] is None


def test_pipe_numbers_and_arrows_run_together_are_split() -> None:
    piped = _notes(
        "Endnotes 1 | F.Specht. Industriejobs sind weggefallen. Handelsblatt. 1 April 2025. https://a.de/1.html "
        "2 | Tagesschau. 30 January 2026. https://b.de/2.html 3 | EY. Gewinneinbruch in der Autoindustrie. "
        "15 December 2025. https://c.de/3\n"
    )
    assert [piped[n][1] for n in ("1", "2", "3")] == [
        "https://a.de/1.html",
        "https://b.de/2.html",
        "https://c.de/3",
    ]
    arrows = _notes(
        "Endnotes Mei Fong, “Before the Claims,” The New York Times , November 28, 2018, https://nyt.com/a . ↩ "
        "Andy Greenberg, “The Untold Story,” Wired , August 22, 2018, https://wired.com/b . ↩ "
        "Hannah Arendt, The Human Condition (Chicago: Chicago University Press, 1957). ↩\n"
    )
    assert arrows["1"][1] == "https://nyt.com/a"
    assert arrows["2"][0] == "The Untold Story"


def test_bare_numerals_split_only_after_an_entry_ends() -> None:
    split = split_run_together_notes(
        "Notes 1 The index uses a typology, Politics & Governance 6, no. 1 (2018). 2 Information from SIPRI, "
        "2019, https://www.sipri.org/milex . 3 “Freedom on the Net 2018,” Freedom House, 2018.\n"
    )
    assert split is not None
    lines = [line for line in split.text.split("\n") if line]
    assert lines[0] == "Notes"
    assert lines[1].startswith("[1] The index uses a typology, Politics & Governance 6, no. 1 (2018).")
    assert lines[2].startswith("[2] Information from SIPRI")
    assert lines[3].startswith("[3] “Freedom on the Net 2018,”")
    # Reported where they stand in the file: line 1, at the entry's text.
    assert split.original(4, 5)[0] == 1


def test_heading_word_followed_by_prose_or_few_entries_is_left_alone() -> None:
    # Prose after "Notes", numbers out of order, two entries only: no split.
    assert (
        split_run_together_notes("Notes 1 and 2 describe the method we used in 2019 for the survey.\n" * 3)
        is None
    )
    assert (
        split_run_together_notes("References [1] A, “T,” https://a.org . [3] B, https://b.org . [2] C.\n")
        is None
    )
    assert split_run_together_notes("Endnotes [1] A, “T,” https://a.org . [2] B, https://b.org .\n") is None
    # A heading word inside a sentence opens no notes section.
    assert split_run_together_notes("See the Notes [1] below. [2] More. [3] And more.\n") is None
