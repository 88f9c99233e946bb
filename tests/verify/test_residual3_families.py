"""The verify rules of branch v11-fa-residual (issue 11, "residual 3": the false alarms and missed
same-document swaps left on every studied part, real/ and real-heldback-2 … -23, grouped by cause across
parts before any rule was written), on real cases and on near misses they must leave alone:

* a sentence's acronym of three to six capitals that its page writes only spelled out ("SVB" on
  "Silicon Valley Bank", "PSG" on "Paris Saint-Germain", "EDT" on "Eastern Daylight Time") meets the
  run of capitalised words its letters spell (:func:`citecheck.verify.textmatch.written_out_initials`,
  ``INITIALS_MIN``, ``INITIALS_MAX``);
* a date the page writes in digits ("Ngày 2/7", "1.8.2025", "22.06.2025", "2025-09-02") is that day and
  month, read in the order of the page language's short date format (CLDR's):
  :func:`citecheck.verify.textmatch.numeric_dates`;
* a month that the page writes abbreviated beside its day ("effective on Sept. 27", "6. Dez.", "27 janv.")
  is that month, for the sentence's month and its dated day (:func:`citecheck.verify.textmatch._abbreviated_dates`,
  ``ABBREVIATION_MIN_LETTERS``).

The families, the counts across parts and every verdict compared with main are in
fixtures/eval/README.md, "residual 3"."""

from __future__ import annotations

from citecheck.models import Finding
from citecheck.verify.textmatch import (
    TermIndex,
    _abbreviated_dates,
    dated_days,
    numeric_dates,
    terms,
    written_out_initials,
)

from . import eval_real as real
from . import heldback10, heldback12, heldback17, heldback23


def _verdicts(case: real.Case) -> list[Finding]:
    document = real.verified(case, online=True)
    return [f for f in document.findings if f.label == case.label and f.code == "claim-mismatch"]


def _case(cases: list[real.Case], case_id: str) -> real.Case:
    return next(c for c in cases if c.id == case_id)


def _found(word: str, text: str, language: str = "en") -> str | None:
    index = TermIndex.build([(text, language)], passages=False)
    term = next(t for t in terms(word, language) if t.text == word)
    match = index.find(term, loose=True)
    return None if match is None else match.found


# --- acronyms written out -------------------------------------------------------------------------


def test_an_acronym_meets_the_words_it_abbreviates() -> None:
    page = "The Department of the Treasury's Office of Foreign Assets Control named both firms."
    assert _found("OFAC", page) == "Office of Foreign Assets Control"  # "of" skipped, a function word
    assert _found("EDT", "effective on Sept. 27 at 8 p.m. Eastern Daylight Time, all provisions") is not None
    assert _found("PSG", "Il Paris Saint-Germain vince la Champions", "it") == "Paris Saint-Germain"


def test_two_capitals_and_broken_runs_spell_nothing() -> None:
    # Near misses: two capitalised words spell any two-letter acronym by chance; a comma, a period or
    # a content word in lower case ends a run; an acronym the page lacks stays missing.
    assert _found("VS", "Der VW Skandal weitet sich aus.", "de") is None
    assert not [i for i, _ in written_out_initials("on Sunday, Sept. 28, Iran said", "en") if i == "SSI"]
    assert not [i for i, _ in written_out_initials("Silicon valley Bank", "en") if i == "SVB"]
    assert _found("FDIC", "California regulators closed Silicon Valley Bank on Friday.") is None


def test_correct_pairs_whose_page_spells_the_acronym_out_are_unflagged() -> None:
    # "… put SVB in control of the US Federal Deposit Insurance Corporation" on the page of Silicon
    # Valley Bank's closure ("other-footnote-fits", support 0.40 before).
    assert _verdicts(_case(heldback17.PART.cases(), "svb-en/5")) == []
    # "Al 20', il PSG si porta già sul 2-0." on a page writing "Paris Saint Germain" (words 0.41 before).
    assert _verdicts(_case(heldback23.PART.cases(), "psg-inter-finale-it/4")) == []


def test_swaps_onto_a_page_spelling_the_acronym_stay_caught() -> None:
    # Near misses: same-document swaps whose wrong page of the same event writes the acronym out too.
    assert _verdicts(_case(heldback10.PART.cases(), "icc-en/1<->2")) != []
    assert _verdicts(_case(heldback12.PART.cases(), "klub-wm-de/3<->4")) != []


# --- months abbreviated beside a day ----------------------------------------------------------------


def test_a_month_abbreviated_beside_its_day_is_the_month() -> None:
    assert dated_days("effective on Sept. 27 at 8 p.m. Eastern Daylight Time", "en") == {(27, 9)}
    assert list(_abbreviated_dates("am 6. Dez. und am 27. Sept. 2024", "de")) == [
        (6, 12, "Dez"),
        (27, 9, "Sept"),
    ]
    assert list(_abbreviated_dates("le 27 janv. et le 3 févr.", "fr")) == [(27, 1, "janv"), (3, 2, "févr")]
    assert TermIndex.build([("The sanctions took effect on Sept. 27.", "en")], passages=False).months == {
        9: "Sept"
    }


def test_abbreviations_without_a_day_or_of_a_weekday_are_not_months() -> None:
    # Near misses: "mar." is mardi as well as mars in French; "Mar" without its period and day is a
    # word or a name; "No. 5" and "ju" begin no single month.
    assert list(_abbreviated_dates("le mar. 4 juin", "fr")) == []
    assert dated_days("Mar 4 and the Jun project", "en") == frozenset()
    assert list(_abbreviated_dates("Vote No. 5 on Ju. 3", "en")) == []
    assert TermIndex.build([("The Sept. project began.", "en")], passages=False).months == {}


# --- dates written in digits ------------------------------------------------------------------------


def test_a_date_in_digits_is_read_in_its_languages_order() -> None:
    assert numeric_dates("Ngày 2/7, 2 thợ lặn người Anh", "vi") == {(2, 7)}  # day first
    assert numeric_dates("tulla voimaan 1.8.2025 alkaen", "fi") == {(1, 8)}
    assert numeric_dates("on 9/11 the towers", "en") == {(11, 9)}  # English: month first
    assert numeric_dates("2025-09-02 に発表", "ja") == {(2, 9)}
    # The page of real-heldback-3's tempi-en/4 ("on February 28, 2023"): a Greek "(28.02.2023)".
    index = TermIndex.build([("τα Τέμπη το βράδυ της Τρίτης (28.02.2023).", "el")], passages=False)
    assert (28, 2) in index.days and 2 in index.months


def test_decimals_scores_versions_and_bare_year_first_dates_are_no_dates() -> None:
    # Near misses: "1.8 million" and "3-2" without a year, a version number, a year-first date in a
    # language that writes day first, and digits in a language without locale data.
    assert numeric_dates("1.8 million voters and a 3-2 win", "en") == frozenset()
    assert numeric_dates("version 1.2.3 ships", "en") == frozenset()
    assert numeric_dates("2025/09/02", "de") == frozenset()
    assert numeric_dates("22.06.2025", None) == frozenset()
