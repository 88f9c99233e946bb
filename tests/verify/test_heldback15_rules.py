"""The verify rules learnt on real-heldback-15 (issue 11, branch v11-hb15tune): the content of a
reported statement is read by the encoder without its frame (:func:`citecheck.verify.claim.reported_content`),
and a day written with its month that the page writes so counts as an anchor found
(:func:`citecheck.verify.textmatch.dated_days`), on invented sentences and pages, each with a near
miss the rule must leave alone. The measurement behind them is in fixtures/eval/README.md, "Branch
v11-hb15tune"."""

from __future__ import annotations

from citecheck.config import VerifyThresholds
from citecheck.models import Footnote, PageFacts
from citecheck.verify.claim import (
    REPORTED_MIN_WORDS,
    SAME_TOPIC_BAND,
    SourceProfile,
    _thin_off_the_topic,
    reported_content,
    score_claim,
    source_profile,
)
from citecheck.verify.textmatch import dated_days, number_scales, terms, weekday_of


def _page(text: str, language: str = "en") -> SourceProfile:
    entry = Footnote(label="1", ordinal=1, raw="Headline", title="Headline", line=1, column=1)
    return source_profile(entry, PageFacts(text=text, language=language))


def test_the_content_of_a_reported_statement_is_found_in_several_languages() -> None:
    assert reported_content(
        "The Tass news agency said on Monday that three bridges over the river were closed to lorries."
    ) == ("three bridges over the river were closed to lorries.")
    assert reported_content(
        "L’agence Reuters a rapporté que la police de Lyon a interpellé trois manifestants près de la gare."
    ) == ("la police de Lyon a interpellé trois manifestants près de la gare.")
    assert reported_content("Он заявил, что работы на мосту продлятся до конца 2027 года.") == (
        "работы на мосту продлятся до конца 2027 года."
    )
    assert reported_content(
        "Die Behörde erklärte, dass der Hafen von Rostock ab Montag wieder geöffnet sei."
    ) == ("der Hafen von Rostock ab Montag wieder geöffnet sei.")


def test_a_relative_that_or_a_short_report_is_no_frame() -> None:
    # Near misses: "that" after a noun, not after a verb of saying; "que" after "plus"; a report whose
    # content is shorter than REPORTED_MIN_WORDS words ("… said that Putin was informed"): a short
    # fragment without the frame's names reads close to any page on an official's statement.
    assert (
        reported_content("The law that parliament passed on Tuesday bans foreign funding of newspapers.")
        is None
    )
    assert (
        reported_content("Le pont est plus long que celui de Tours et coûte deux milliards d’euros.") is None
    )
    short = "The spokesman Ivanov said that the president was informed."
    assert len(["the", "president", "was", "informed."]) < REPORTED_MIN_WORDS
    assert reported_content(short) is None
    assert reported_content("The minister said the port would reopen on Monday after the storm.") is None


# An invented report: a French sentence framed by an agency's report, an English page stating the
# content without the agency.
FRAMED = (
    "L’agence de presse Reuters a rapporté que la police de Lyon a déclaré avoir arrêté trois personnes "
    "en lien avec l’incendie."
)
PAGE = "The fire at the depot was put out by the evening. Three people were arrested. The depot will reopen."
OTHER = "The depot's new line opens in March. Tickets cost three euros, and the trains run every ten minutes."


def test_a_framed_sentence_is_read_by_its_content_on_a_page_without_the_frame() -> None:
    framed = score_claim(FRAMED, _page(PAGE), language="fr")
    # The same words with the frame broken ("a rapporté, et …"): read whole only.
    unframed = score_claim(FRAMED.replace("rapporté que", "rapporté, et"), _page(PAGE), language="fr")
    assert framed.semantic is not None and unframed.semantic is not None
    assert framed.semantic > unframed.semantic
    assert framed.support >= max(unframed.support, 0.25)


def test_a_framed_sentence_on_a_page_about_something_else_stays_unsupported() -> None:
    # Near miss: without the frame the content still has to be on the page.
    assert score_claim(FRAMED, _page(OTHER), language="fr").support < 0.25


def test_days_written_with_their_month_are_read_in_several_languages() -> None:
    assert dated_days("Der Einsatz begann am 6. Januar, nachdem …", "de") == {(6, 1)}
    assert dated_days("В Казахстан вечером 6 января прибыли, а 5 января он обратился", "ru") == {
        (6, 1),
        (5, 1),
    }
    assert dated_days("Pre-orders begin January 19, and sales on the 2nd of February", "en") == {
        (19, 1),
        (2, 2),
    }
    assert dated_days("Il 16 gennaio è il giorno", "it") == {(16, 1)}


def test_numbers_beside_other_words_are_no_dates() -> None:
    # Near misses: a day beside a word that is no month ("6 Monate"), a year, a figure, a model name.
    assert (
        dated_days("Nach 6 Monaten stiegen die Preise um 12 Prozent im Plan für 2024.", "de") == frozenset()
    )
    assert dated_days("The A320 jets, 12 percent of the fleet, flew 2024 routes.", "en") == frozenset()
    assert dated_days("am 6. Januar", None) == frozenset()


# An invented report: a German sentence with a date, a place and a governor's name, on a Russian page
# stating the closure on the same day without the place or the name.
DATED = (
    "Die Brücke über den Fluss bei Wolgograd wurde am 14. März nach dem Hochwasser für Lastwagen "
    "gesperrt, teilte Gouverneur Andrej Bocharow mit."
)
DATED_PAGE = (
    "Губернатор сообщил, что мост через реку закрыли для грузовиков 14 марта. Это решение связано с "
    "паводком. Движение легковых автомобилей сохраняется."
)


def test_a_day_with_its_month_found_on_the_page_counts_as_a_name_found() -> None:
    found = score_claim(DATED, _page(DATED_PAGE, "ru"), language="de")
    assert found.details["anchors_found"] == 1
    assert found.support >= 0.5


def test_the_same_day_of_another_month_is_not_the_date() -> None:
    # Near miss: the page gives the 14th of April: the day alone is a small number, no anchor.
    other = score_claim(DATED, _page(DATED_PAGE.replace("14 марта", "14 апреля"), "ru"), language="de")
    found = score_claim(DATED, _page(DATED_PAGE, "ru"), language="de")
    assert other.details["anchors_found"] == 0
    assert other.support < found.support


# An invented thin page (a teaser of two lines) cited for a sentence it is not about, and one on the
# sentence's fact in other words.
THIN_SENTENCE = "The regional court in Brno sentenced the former mayor to six years for taking bribes."
THIN_OFF = "Tickets for the summer festival go on sale on Friday. The organisers expect forty bands."
THIN_ON = "Ex-mayor of Brno gets six years in prison: the court found he had accepted bribes."


def test_a_thin_page_read_off_the_topic_is_open_to_the_swap_rule() -> None:
    score = score_claim(THIN_SENTENCE, _page(THIN_OFF), language="en")
    assert _page(THIN_OFF).thin
    assert score.semantic is not None and score.semantic < SAME_TOPIC_BAND[0]
    assert _thin_off_the_topic(score, VerifyThresholds(), 1)


def test_a_thin_page_on_the_sentences_topic_keeps_its_leniency() -> None:
    # Near misses: a teaser on the trial in another language, weakly supported (under
    # claim_swap_max_support) but read within the same-topic band, and one stating the fact.
    on_topic = "Der ehemalige Bürgermeister von Brünn stand am Montag erneut vor Gericht."
    score = score_claim(THIN_SENTENCE, _page(on_topic, "de"), language="en")
    assert _page(on_topic, "de").thin
    assert score.support < VerifyThresholds().claim_swap_max_support
    assert score.semantic is not None and score.semantic >= SAME_TOPIC_BAND[0]
    assert not _thin_off_the_topic(score, VerifyThresholds(), 1)
    assert not _thin_off_the_topic(
        score_claim(THIN_SENTENCE, _page(THIN_ON), language="en"), VerifyThresholds(), 1
    )


def test_scale_words_with_vowel_signs_make_figures() -> None:
    # Hindi's लाख (100,000) and करोड़ (10,000,000), read whole with their vowel signs.
    keys = {t.text: t.key for t in terms("दिल्ली में 20 लाख लोग और 5 करोड़ रुपये", "hi")}
    assert keys["20 लाख"] == "#2000000"
    assert keys["5 करोड़"] == "#50000000"


def test_a_number_before_another_word_keeps_its_value() -> None:
    # Near misses: a count before a noun; a scale abbreviation of one letter and its vowel sign
    # (Telugu's వే for thousand) is no scale word, as "k" is not.
    keys = {t.text: t.key for t in terms("दिल्ली में 20 लोग", "hi")}
    assert keys["20"] == "#20"
    assert ("వే",) not in number_scales("te")


def test_weekdays_are_named_in_several_languages_and_inflections() -> None:
    assert weekday_of("Tuesday", "en") == weekday_of("вторник", "ru") == weekday_of("Dienstag", "de") == 1
    assert weekday_of("пятницу", "ru") == weekday_of("петак", "sr") == weekday_of("Freitag", "de") == 4
    assert weekday_of("మంగళవారం", "te") == 1


def test_words_that_only_begin_like_a_weekday_are_none() -> None:
    # Near misses: a word sharing a weekday's first letters, a long compound, no locale data.
    assert weekday_of("sunny", "en") is None
    assert weekday_of("Sonntagsspaziergänge", "de") is None
    assert weekday_of("Tuesday", None) is None


WEEKDAY_SENTENCE = "The Baltic Times reported that the grid failed in Riga on Tuesday after a storm."


def test_a_weekday_meets_its_name_across_languages() -> None:
    page = _page("Vētras dēļ otrdien Rīgā sabojājās elektrotīkls.", "lv")
    on_tuesday = score_claim(WEEKDAY_SENTENCE, page, language="en", enough=0.0)
    other = score_claim(WEEKDAY_SENTENCE.replace("Tuesday", "Sunday"), page, language="en", enough=0.0)
    assert on_tuesday.lexical > other.lexical


def test_a_weekday_alone_is_no_support() -> None:
    # Near miss: a page sharing only the weekday (every page of a week has one) supports nothing, as
    # a day of the month alone does not.
    page = _page("Otrdien Liepājā atklāja jaunu koncertzāli ar 1200 vietām.", "lv")
    assert score_claim("Parliament met on Tuesday.", page, language="en", enough=0.0).lexical == 0.0
