"""The verify rules of branch v11-hb16tune (issue 11), each on a real-shaped case and a near miss
the rule must leave alone:

* a name spelled alike in two languages meets across them whatever each language's sound key
  makes of its letters (:func:`citecheck.verify.textmatch.latin_spelling`: Turkish "Recep" keyed
  reJep, French "Recep" resep);
* a Japanese or Chinese page is read sentence by sentence at its full-width marks (。！？), which
  no space follows (``textmatch._SENTENCE_SPLIT``);
* a Slavic adjective of a place (Каховської, Херсонської) meets the place's name in another
  language (:func:`citecheck.verify.textmatch.place_stem`);
* a rival page in another language, whose lead over a cited page in the sentence's own language is
  the encoder's cosine alone, with no more of the sentence's names and numbers and no better words,
  is no sign of a swap (:func:`citecheck.verify.claim._foreign_meaning_on_the_same_anchors`).

The measurement behind them is in fixtures/eval/README.md, "Branch v11-hb16tune"."""

from __future__ import annotations

from citecheck.config import VerifyThresholds
from citecheck.verify.claim import ClaimScore, _foreign_meaning_on_the_same_anchors, _rival_fits_better
from citecheck.verify.textmatch import TermIndex, latin_spelling, place_stem, split_passages, terms


def _found(claim: str, claim_language: str, page: str, page_language: str) -> dict[str, str | None]:
    index = TermIndex.build([(page, page_language)])
    out: dict[str, str | None] = {}
    for term in terms(claim, claim_language):
        hit = index.find(term, loose=True)
        out[term.text] = None if hit is None else hit.found
    return out


# --- names spelled alike --------------------------------------------------------------------

TURKISH = (
    "Başkan Recep Tayyip Erdoğan, bu kararın hemen ardından Cumhurbaşkanlığı kararnamesine imza atarak "
    "Ayasofya'nın camiye çevrilmesinin önünü açtı."
)
FRENCH_PAGE = (
    "Le même jour, Recep Tayyip Erdogan a signé un décret remettant le site au Département turc des "
    "affaires religieuses."
)


def test_a_name_spelled_alike_meets_across_languages_whatever_its_sound_key() -> None:
    found = _found(TURKISH, "tr", FRENCH_PAGE, "fr")
    assert found["Recep"] == "Recep"
    assert found["Erdoğan"] == "Erdogan"  # diacritics aside
    # …and the other way round: a French sentence on a Turkish page.
    back = _found("Le décret a été signé par le président Recep Tayyip Erdoğan.", "fr", TURKISH, "tr")
    assert back["Recep"] == "Recep"


def test_a_name_spelled_otherwise_or_too_short_is_not_met_by_spelling() -> None:
    # One letter apart is another spelling: it is left to the sound keys and the fuzzy look-up.
    assert (
        _found("Başkan Recep imza attı.", "tr", FRENCH_PAGE.replace("Recep", "Receb"), "fr")["Recep"] is None
    )
    assert latin_spelling("Recep") == latin_spelling("RECEP") == "recep"
    assert latin_spelling("Erdoğan") == "erdogan"
    assert latin_spelling("EU") is None  # too short: abbreviations meet by their keys alone
    assert latin_spelling("Керчь") is None  # not Latin letters
    assert latin_spelling("İmralı") is None  # a letter without a plain Latin form (dotless ı)


# --- Japanese and Chinese sentences ---------------------------------------------------------

JAPANESE_PAGE = (
    "2024年12月15日、ケルチ海峡近くでタンカー2隻が嵐に遭遇しました。この事故で、乗組員1人が死亡しました。"
    "両タンカーには合計9,200トンの燃料油が積まれており、油流出が確認されています。"
)


def test_a_japanese_page_is_read_sentence_by_sentence_at_its_full_width_marks() -> None:
    assert split_passages(JAPANESE_PAGE, "ja") == [
        "2024年12月15日、ケルチ海峡近くでタンカー2隻が嵐に遭遇しました。",
        "この事故で、乗組員1人が死亡しました。",
        "両タンカーには合計9,200トンの燃料油が積まれており、油流出が確認されています。",
    ]
    assert split_passages("他说：“会议结束了！”然后离开了。记者问：为什么？", "zh") == [
        "他说：“会议结束了！”",
        "然后离开了。",
        "记者问：为什么？",
    ]


def test_a_western_mark_still_needs_its_space_and_a_comma_is_no_end() -> None:
    # "3.5" and "e.g.x" are no sentence ends; a Japanese comma (、) or a middle dot neither.
    assert split_passages("The level rose 3.5 m overnight in the town of Nova Kakhovka.", "en") == [
        "The level rose 3.5 m overnight in the town of Nova Kakhovka."
    ]
    assert split_passages("サム・アルトマン氏は、CEOに復帰すると発表された", "ja") == [
        "サム・アルトマン氏は、CEOに復帰すると発表された"
    ]


# --- a place named by its adjective ---------------------------------------------------------

UKRAINIAN_PAGE = (
    "Російські окупаційні війська вночі 6 червня підірвали греблю Каховської гідроелектростанції."
)


def test_a_slavic_adjective_of_a_place_meets_the_places_name() -> None:
    found = _found("Russian forces destroyed the Kakhovka dam on June 6.", "en", UKRAINIAN_PAGE, "uk")
    assert found["Kakhovka"] == "Каховської"
    # …and the other way round: a Ukrainian sentence's adjective on an English page naming the city.
    back = _found(
        "Евакуація з Херсонської області триває.", "uk", "People were evacuated from Kherson.", "en"
    )
    assert back["Херсонської"] == "Kherson"


def test_a_lowercase_adjective_a_short_stem_or_a_latin_word_is_no_place() -> None:
    (lower,) = [
        t for t in terms("Він говорив про президентську кампанію.", "uk") if t.text.startswith("президент")
    ]
    assert place_stem(lower) is None  # an adjective of a common noun, not of a place
    (short,) = [t for t in terms("Зустріч у Київського мера.", "uk") if t.text.startswith("Київ")]
    assert place_stem(short) is None  # a stem of three letters is as often a word's opening
    (latin,) = [t for t in terms("The Minsk talks resumed.", "en") if t.text == "Minsk"]
    assert place_stem(latin) is None
    # A page naming another place is not met: Kakhovka is not Kharkiv.
    assert _found("The Kharkiv dam was not hit.", "en", UKRAINIAN_PAGE, "uk")["Kharkiv"] is None


# --- a foreign rival's cosine on the same anchors -------------------------------------------

THRESHOLDS = VerifyThresholds()


def _score(
    support: float, lexical: float, semantic: float, anchors: int, found: int, cross: bool
) -> ClaimScore:
    return ClaimScore(
        support=support,
        lexical=lexical,
        semantic=semantic,
        cross_language=cross,
        details={"anchors": anchors, "anchors_found": found},
    )


# The shape of real-heldback-14's pkk-es/2: a Spanish sentence on Öcalan's call, its Spanish page
# naming him (cosine 0.35, words 0.40), a neighbour's Turkish page naming him too (0.50, 0.47).
OWN = _score(0.445, 0.399, 0.345, 3, 2, cross=False)
RIVAL = _score(0.8, 0.473, 0.503, 3, 2, cross=True)


def test_a_foreign_rival_ahead_by_its_cosine_alone_is_no_swap() -> None:
    assert _foreign_meaning_on_the_same_anchors(OWN, RIVAL, THRESHOLDS)
    assert not _rival_fits_better(OWN, RIVAL, THRESHOLDS, 1)


def test_a_foreign_rival_with_more_anchors_or_better_words_still_marks_a_swap() -> None:
    more_anchors = _score(0.8, 0.473, 0.503, 3, 3, cross=True)
    assert not _foreign_meaning_on_the_same_anchors(OWN, more_anchors, THRESHOLDS)
    assert _rival_fits_better(OWN, more_anchors, THRESHOLDS, 1)
    better_words = _score(0.8, 0.75, 0.503, 3, 2, cross=True)
    assert _rival_fits_better(OWN, better_words, THRESHOLDS, 1)
    # A cited page off the sentence's topic (cosine below the same-topic band) is not spared.
    off_topic = _score(0.2, 0.2, 0.15, 3, 2, cross=False)
    assert _rival_fits_better(off_topic, RIVAL, THRESHOLDS, 1)
    # Nor is a cited page itself in another language, nor a rival in the sentence's own.
    assert not _foreign_meaning_on_the_same_anchors(
        _score(0.445, 0.399, 0.345, 3, 2, cross=True), RIVAL, THRESHOLDS
    )
    assert not _foreign_meaning_on_the_same_anchors(
        OWN, _score(0.8, 0.473, 0.503, 3, 2, cross=False), THRESHOLDS
    )
