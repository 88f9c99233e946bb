"""The verify rules of branch v11-families (issue 11), by family of shapes, on invented sentences and
pages, each with a near miss the rule must leave alone (a different figure, a different date, a page
of another story):

* figures rounded and hedged — "nearly 3,000" for 2,950, "more than 30 hours" for 32, 37.7 % for
  37.74 % (:meth:`citecheck.verify.textmatch.TermIndex._approximate_match`, ``APPROXIMATIONS``);
* scale words abbreviated — "$42bn" is 420億ドル and 42 billion dollars (``_ABBREVIATED_SCALES``);
* dates relative to the page — "bugün" on a page of 28 May is the sentence's "28 Mayıs", and a day the
  page writes near its publication gives its weekday (:func:`citecheck.verify.textmatch.relative_days`,
  :func:`~citecheck.verify.textmatch.weekdays_near`);
* dates in Iran's calendar — "۱۵ آذر ۱۴۰۳" is 5 December 2024
  (:func:`citecheck.verify.textmatch.solar_hijri_days`);
* figures spelled out — "cinco mil" is 5.000 (:meth:`~citecheck.verify.textmatch.TermIndex._spelled_match`);
* amounts in tomans and rials (:func:`citecheck.verify.textmatch._iranian_amounts`);
* a sentence of several facts whose page supports its main clause better than any other page
  (:func:`citecheck.verify.claim._main_clause_stated_here`).

The measurement behind them is in fixtures/eval/README.md, "Branch v11-families"."""

from __future__ import annotations

import datetime as dt
import random
import subprocess
import sys

import pytest
from num2words import CONVERTER_CLASSES

from citecheck.config import VerifyThresholds
from citecheck.models import Footnote, PageFacts
from citecheck.verify import textmatch
from citecheck.verify.claim import SourceProfile, _main_clause_stated_here, score_claim, source_profile
from citecheck.verify.textmatch import (
    TermIndex,
    dated_days,
    relative_days,
    solar_hijri_to_gregorian,
    spelled_number,
    spelling_pieces,
    terms,
    weekdays_near,
)


def _figure(text: str, language: str = "en") -> object:
    return next(t for t in terms(text, language) if t.kind == "number")


def _found(sentence: str, page: str, language: str = "en") -> str | None:
    index = TermIndex.build([(page, language)])
    hit = index.find(_figure(sentence, language), loose=False)  # type: ignore[arg-type]
    return None if hit is None else hit.found


def _page(text: str, language: str = "en", published: dt.date | None = None) -> SourceProfile:
    entry = Footnote(label="1", ordinal=1, raw="Headline", title="Headline", line=1, column=1)
    return source_profile(entry, PageFacts(text=text, language=language, published=published))


# --- figures rounded, hedged and abbreviated ---------------------------------------------------------


def test_words_of_approximation_mark_the_figure_after_them_in_several_languages() -> None:
    marked = {
        ("nearly 3,000 people", "en"): "down",
        ("more than 30 hours", "en"): "up",
        ("about 1.2 million voters", "en"): "about",
        ("rund 1,2 Mio. Menschen", "de"): "about",
        ("mehr als 500 Menschen", "de"): "up",
        ("près de 300 km", "fr"): "down",
        ("около 200 человек", "ru"): "about",
        ("более 40 стран", "ru"): "up",
        ("más de 5.000 personas", "es"): "up",
        ("約141億ドル", "ja"): "about",
        ("~3,000 people", "en"): "about",
    }
    for (text, language), direction in marked.items():
        assert _figure(text, language).approx == direction, text  # type: ignore[attr-defined]
    # Near misses: a figure written plainly, or with the word after it, is not marked.
    assert _figure("The 3,000 people were evacuated").approx == ""  # type: ignore[attr-defined]
    assert _figure("3,000 people or more").approx == ""  # type: ignore[attr-defined]


def test_a_rounded_figure_meets_the_precise_one_on_its_side() -> None:
    page = "Some 2,950 people left; turnout was 37.74 %; 1,234,000 voters; the talks ran 32 hours; 62 hurt."
    assert _found("nearly 3,000 people", page) == "2,950"
    assert _found("2,900 people", page) == "2,950"  # to the hundred
    assert _found("a turnout of 37.7 %", page) == "37.74"
    assert _found("a turnout of 38 %", page) == "37.74"
    assert _found("1.2 million voters", page) == "1,234,000"
    assert _found("more than 30 hours", page) == "32"
    assert _found("about 60 people", page) == "62"


def test_a_different_figure_or_the_wrong_side_is_still_missing() -> None:
    page = "Some 2,950 people left; turnout was 37.74 %; the talks ran 32 hours; 62 hurt; 2,400 stayed."
    assert _found("more than 3,000 people", page) is None  # the page's figure is below it
    assert _found("nearly 2,900 people", page) is None  # … above it
    assert _found("3,400 people", page) is None  # 15 % away
    assert _found("a turnout of 37.6 %", page) is None  # 37.74 rounds to 37.7
    assert _found("nearly 30 hours", page) is None
    assert _found("60 people", page) is None  # a plain figure of one digit is as often exact …
    assert _found("3,000 people", page) is None  # … even a round thousand
    assert _found("about 2,700 people", page) is None  # neither 2,950 nor 2,400 within a hundred


def test_a_page_s_year_is_no_rounded_figure() -> None:
    assert _found("nearly 2,100 km", "The plan for 2024 was approved.") is None
    assert _found("nearly 2,200 km", "The road is 2,180 km long.") == "2,180"


def test_abbreviated_scale_words_write_the_figure() -> None:
    def key(text: str, language: str = "en") -> str:
        return _figure(text, language).key  # type: ignore[attr-defined]

    assert key("a $42bn deal") == key("420億ドルの取引", "ja") == key("42 billion dollars") == "#42000000000"
    assert key("€1.2tn of debt") == "#1200000000000"
    assert key("42 bn") == "#42000000000"
    # Near misses: another figure, and "mn" (French minutes) is no scale word.
    assert key("a $4.2bn deal") != key("420億ドルの取引", "ja")
    assert key("3 mn plus tard", "fr") == "#3"


def test_a_hedged_sentence_is_supported_by_its_page_and_not_by_another_figure() -> None:
    sentence = "Nearly 3,000 residents of Blatten were evacuated before the glacier collapsed."
    page = "About 2,950 residents of Blatten were evacuated on Monday before the glacier collapsed."
    other = "About 2,400 residents of Blatten were evacuated on Monday before the glacier collapsed."
    own, wrong = score_claim(sentence, _page(page)), score_claim(sentence, _page(other))
    assert "3,000 ~ 2,950" in own.matched
    assert "3,000" in wrong.missing
    assert own.lexical > wrong.lexical


# --- dates relative to the page ----------------------------------------------------------------------


def test_today_yesterday_and_weekdays_resolve_against_the_publication_date() -> None:
    published = dt.date(2023, 5, 28)  # a Sunday
    assert relative_days("Türkiye bugün sandık başına gitti.", "tr", published) == {(28, 5)}
    assert relative_days("Die Polizei teilte gestern mit …", "de", published) == {(27, 5)}
    assert relative_days("La police a annoncé hier …", "fr", published) == {(27, 5)}
    assert relative_days("昨日、東京で", "ja", published) == {(27, 5)}
    assert relative_days("on Friday", "en", published, weekdays=[4]) == {(26, 5)}
    # Near misses: no publication date, or no relative word.
    assert relative_days("Türkiye bugün sandık başına gitti.", "tr", None) == frozenset()
    assert relative_days("Türkiye 14 Mayıs'ta sandık başına gitti.", "tr", published) == frozenset()


def test_weekdays_of_days_near_the_publication() -> None:
    published = dt.date(2024, 11, 25)
    assert weekdays_near({(24, 11)}, published) == {6}  # Sunday 24 November 2024
    assert weekdays_near({(24, 12)}, published) == frozenset()  # a month off: another story's day
    assert weekdays_near({(24, 11)}, None) == frozenset()


def test_a_date_the_page_gives_as_today_is_found() -> None:
    sentence = "İkinci tur 28 Mayıs'ta yapıldı."
    page = "Türkiye bugün cumhurbaşkanlığı seçimlerinin 2. turu için sandık başına gitti."
    today = score_claim(sentence, _page(page, "tr", dt.date(2023, 5, 28)), language="tr")
    later = score_claim(sentence, _page(page, "tr", dt.date(2023, 5, 30)), language="tr")  # another day
    undated = score_claim(sentence, _page(page, "tr"), language="tr")
    assert {"28", "Mayıs"} <= {m.split(" ~ ")[0] for m in today.matched}
    assert today.details["anchors_found"] == 1
    for near_miss in (later, undated):
        assert "28" in near_miss.missing and "Mayıs" in near_miss.missing
        assert near_miss.lexical < today.lexical


def test_a_weekday_of_a_date_the_page_writes_is_found() -> None:
    sentence = "The agreement was gavelled through on Sunday after talks ran late."
    page = "The agreement was adopted on 24 November after the talks ran late into the night."
    sunday = score_claim(sentence, _page(page, published=dt.date(2024, 11, 25)))
    assert any(m.startswith("Sunday") for m in sunday.matched)
    # Near misses: another weekday, and the same page without a publication date.
    monday = score_claim(sentence.replace("Sunday", "Monday"), _page(page, published=dt.date(2024, 11, 25)))
    assert "Monday" in monday.missing
    undated = score_claim(sentence, _page(page))
    assert "Sunday" in undated.missing


# --- dates in another calendar -----------------------------------------------------------------------


def test_a_solar_hijri_date_is_the_gregorian_day_it_is() -> None:
    assert solar_hijri_to_gregorian(1403, 9, 15) == dt.date(2024, 12, 5)
    assert solar_hijri_to_gregorian(1403, 1, 1) == dt.date(2024, 3, 20)
    assert solar_hijri_to_gregorian(1401, 6, 25) == dt.date(2022, 9, 16)
    assert dated_days("این توافق در ۱۵ آذر ۱۴۰۳ امضا شد.", "fa") == {(5, 12)}
    # Without its year, a date is read in each of four years: a day apart at most.
    assert dated_days("روز ۲۶ شهریور", "fa") <= {(16, 9), (17, 9)}
    # Near misses: a month's name without a day, and the same words in a text read as another language.
    assert dated_days("در ماه آذر امضا شد", "fa") == frozenset()
    assert dated_days("۱۵ آذر ۱۴۰۳", "ar") == frozenset()


def test_a_sentence_s_gregorian_date_meets_the_page_s_solar_hijri_one() -> None:
    sentence = "The agreement was signed in Tehran on 5 December 2024 by both ministers."
    page = "توافق‌نامه در ۱۵ آذر ۱۴۰۳ در تهران به امضای وزیران دو کشور رسید."
    other = "توافق‌نامه در ۱۸ آذر ۱۴۰۳ در تهران به امضای وزیران دو کشور رسید."  # 8 December
    same = score_claim(sentence, _page(page, "fa"), language="en")
    wrong = score_claim(sentence, _page(other, "fa"), language="en")
    assert same.details["anchors_found"] == wrong.details["anchors_found"] + 1


# --- figures spelled out -----------------------------------------------------------------------------


def test_a_figure_meets_its_words_in_the_page_s_language() -> None:
    page = "Se han evacuado más de cinco mil personas y doscientos millones de euros en daños."
    assert _found("más de 5.000 personas", page, "es") == "cinco mil"
    assert _found("200 millones de euros", page, "es") == "doscientos millones"
    fr = TermIndex.build([("Les dégâts atteignent deux cents millions d'euros.", "fr")])
    assert fr.find(_figure("200 millions d'euros", "fr"), loose=False) is not None  # type: ignore[arg-type]
    # Near misses: another figure, and a day or small count (under 32) that a page spells somewhere.
    assert _found("más de 6.000 personas", page, "es") is None
    assert _found("el 7 de mayo", "Murieron siete personas.", "es") is None


def test_a_sentence_s_number_word_meets_the_page_s_digits() -> None:
    index = TermIndex.build([("Vain 7 prosenttia oli heikkoja.", "fi")])
    (seven,) = [t for t in terms("noin seitsemän prosenttia", "fi") if t.text == "seitsemän"]
    hit = index.find(seven, loose=False)
    assert hit is not None and hit.how == "spelled"
    # Near misses: a word for another number, and a number word of three letters (Vietnamese "hai",
    # two, is a word of every page).
    (eight,) = [t for t in terms("noin kahdeksan prosenttia", "fi") if t.text == "kahdeksan"]
    assert index.find(eight, loose=False) is None
    vi = TermIndex.build([("Có 2 nước ký thỏa thuận.", "vi")])
    assert all(
        vi.find(t, loose=False) is None for t in terms("quan hệ giữa hai nước", "vi") if t.text == "hai"
    )


def test_spelling_pieces_cover_every_figure() -> None:
    """Every figure's spelling (32 to 10^12, sampled) holds a word containing one of its language's
    numerals (textmatch.spelling_pieces), in every language num2words spells: a text without any of
    them cannot spell the figure, which is what lets _spelled_match skip spelling it."""
    rng = random.Random(1)
    values = sorted({int(10 ** rng.uniform(1.51, 12)) for _ in range(500)} | set(range(32, 132)))
    for language in sorted(set(CONVERTER_CLASSES) - {"am"}):
        pieces = spelling_pieces(language)
        assert pieces, language
        for value in values:
            words = spelled_number(value, language)
            if words is not None:
                assert any(p in w for w in words.split() for p in pieces), (language, value, words)
    # Joining words are no numerals ("treinta y dos": "y"), numerals of two letters are ("سی", 30).
    assert "y" not in (spelling_pieces("es") or ()) and "treinta" in (spelling_pieces("es") or ())
    assert "سی" in (spelling_pieces("fa") or ())


def test_a_text_holding_no_numeral_is_not_asked_for_spellings(monkeypatch: pytest.MonkeyPatch) -> None:
    """An entry's title without a numeral of its language spells no figure: num2words is not asked
    (the 20 MB offline benchmark's cost); one holding a numeral still meets the figure."""
    calls: list[int] = []
    real = textmatch.spelled_number

    def counting(value: int, language: str | None) -> str | None:
        calls.append(value)
        return real(value, language)

    monkeypatch.setattr(textmatch, "spelled_number", counting)
    index = TermIndex.build([("Database tariff council in Kourou", "en")])
    assert index.find(_figure("12,345 tariff claims were filed"), loose=False) is None  # type: ignore[arg-type]
    assert 12345 not in calls
    # Near miss: a page that spells the figure is still read.
    assert _found("a budget of 5,000 dollars", "a budget of five thousand dollars") == "five thousand"
    assert 5000 in calls


def test_an_amharic_figure_is_not_spelled_as_its_converter_never_returns() -> None:
    """num2words' Amharic loops for ever on some figures of a million or more (0.5.14): the check
    must come back (run in a child process, killed after 60 s if it does not)."""
    code = (
        "from citecheck.verify.textmatch import TermIndex, terms\n"
        "index = TermIndex.build([('ሁለት መቶ ሰዎች በጎርፍ ምክንያት ከቤታቸው ተፈናቅለዋል።', 'am')])\n"
        "figure = next(t for t in terms('1,121,312 people', 'en') if t.kind == 'number')\n"
        "print(index.find(figure, loose=False))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "None"


# --- rials and tomans --------------------------------------------------------------------------------


def test_an_amount_in_tomans_meets_the_same_in_rials() -> None:
    page = TermIndex.build([("قیمت بنزین به ۳ هزار تومان رسید و یارانه ۲ میلیون تومان شد.", "fa")])
    for sentence in ("30,000 rials", "20 million rials", "3,000 tomans"):
        assert page.find(_figure(sentence), loose=False) is not None, sentence  # type: ignore[arg-type]
    english = TermIndex.build([("The fare rose to 50,000 rials on Monday.", "en")])
    assert english.find(_figure("کرایه به ۵ هزار تومان رسید", "fa"), loose=False) is not None  # type: ignore[arg-type]
    # Near misses: another amount, and an amount in Saudi riyals (Arabic ريال) is not converted.
    assert page.find(_figure("40,000 rials"), loose=False) is None  # type: ignore[arg-type]
    saudi = TermIndex.build([("بلغ السعر 50 ألف ريال", "ar")])
    assert saudi.find(_figure("5,000 tomans"), loose=False) is None  # type: ignore[arg-type]


# --- a sentence of several facts whose page states the main one --------------------------------------

# An invented landing: the sentence gathers the landing (its page states it, date and hours included)
# and the control centre's part (a fact the page does not give).
MANY = (
    "Das Landegerät, überwacht aus dem Kontrollzentrum Lampoldshausen und gesteuert von Ingenieuren aus "
    "Portugal, Ungarn und Finnland, setzte am 12. November 2014 auf der Oberfläche des Kometen auf und "
    "arbeitete 60 Stunden lang, wie Projektleiter Ulamec der Agentur Reuters in Darmstadt erklärte."
)
LANDED = (
    "Le robot Philae s'est posé sur la comète le 12 novembre 2014. Il a fonctionné pendant 60 heures "
    "avant de s'endormir, faute d'énergie."
)
OTHER_STORY = "La sonde Rosetta a terminé sa mission en 2016 en se posant sur la comète Tchourioumov."


def _main_clause(sentence: str, cited: str, others: dict[str, str]) -> bool:
    peers = {
        "1": _page(cited, "fr"),
        **{k: _page(v, "de" if " der " in v else "fr") for k, v in others.items()},
    }
    return _main_clause_stated_here(sentence, peers["1"], peers, "1", "de", lambda _: 1.0, VerifyThresholds())


def test_a_page_supporting_one_clause_of_several_facts_is_not_called_wrong() -> None:
    whole = score_claim(MANY, _page(LANDED, "fr"), language="de")
    assert whole.support < VerifyThresholds().claim_min_support  # the sentence as a whole: low support
    assert _main_clause(MANY, LANDED, {"2": OTHER_STORY})


def test_a_clause_another_page_supports_better_or_a_missing_figure_is_left_alone() -> None:
    # Near misses: a neighbour's page states the clause more fully (a swapped page on the same event),
    # the clause's figure differs from the page's (61 hours), and a sentence of one clause.
    fuller = (
        "Am 12. November 2014 setzte das Landegerät auf der Oberfläche des Kometen auf und arbeitete "
        "60 Stunden lang."
    )
    assert not _main_clause(MANY, LANDED, {"2": fuller})
    assert not _main_clause(MANY.replace("60 Stunden", "61 Stunden"), LANDED, {"2": OTHER_STORY})
    one = "Das Landegerät setzte am 12. November 2014 auf der Oberfläche des Kometen auf und arbeitete 60 Stunden."
    assert not _main_clause(one, LANDED, {"2": OTHER_STORY})
