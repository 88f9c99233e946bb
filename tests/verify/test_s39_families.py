"""The verify rules of branch s39-verify (issue 11: the study of real-heldback-25), on real cases and
near misses they must leave alone.

* A name in Turkish or Azerbaijani spelling keeps its letters' sounds in a text of any language
  (:func:`citecheck.verify.textmatch.sound_key`, ``_TURKIC_MARK``): ş is sh, and ç is ch in a word
  that also writes ş, ğ or ı — "Çavuşoğlu" in an English sentence meets "Чавушоглу".

Measured on every visible part (real, real-heldback-2 … -23, -26) and part 25, verdict by verdict,
with pages and offline (fixtures/eval/README.md, "Branch s39-verify").
"""

from __future__ import annotations

from citecheck.models import Finding
from citecheck.verify.textmatch import TermIndex, sound_key, terms

from . import eval_real as real
from . import heldback25


def _verdicts(case: real.Case) -> list[Finding]:
    document = real.verified(case, online=True)
    return [f for f in document.findings if f.label == case.label and f.code == "claim-mismatch"]


def _case(cases: list[real.Case], case_id: str) -> real.Case:
    return next(c for c in cases if c.id == case_id)


def _met(name: str, sentence: str, language: str, page: str, page_language: str) -> str | None:
    term = next(t for t in terms(sentence, language) if t.text == name)
    hit = TermIndex.build([(page, page_language)], passages=False).find(term, loose=True)
    return None if hit is None else hit.found


# Part 25's sentence and its Russian page, as written.
ENGLISH = "Turkish Foreign Minister Mevlüt Çavuşoğlu said this week that he had sent the U.N. a letter requesting the official rebranding."
RUSSIAN = (
    "По его словам, генеральный секретарь ООН Антониу Гутерриш получил уведомление главы МИД Турции "
    "Мевлюта Чавушоглу о переименовании."
)


def test_a_turkish_name_in_an_english_sentence_meets_its_cyrillic_spelling() -> None:
    assert sound_key("Çavuşoğlu", "en") == sound_key("Чавушоглу", "ru") == sound_key("Çavuşoğlu", "tr")
    assert _met("Çavuşoğlu", ENGLISH, "en", RUSSIAN, "ru") == "Чавушоглу"
    # ş alone is sh in any language that writes it (Romanian's older spelling too).
    assert sound_key("Paşinyan", "en") == sound_key("Пашинян", "ru")
    # The same name without its letters still meets the Latin spelling (latin_spelling).
    assert _met("Çavuşoğlu", ENGLISH, "en", "Turkish FM Cavusoglu sent the letter.", "en") == "Cavusoglu"


def test_french_and_portuguese_cedillas_are_not_read_as_turkish() -> None:
    # ç without ş, ğ or ı is the s of French, Portuguese and Catalan: left as it was read (as c), not
    # as Turkish ch.
    assert sound_key("François", "en") == sound_key("Francois", "fr") == "frankois"
    assert sound_key("Gonçalves", "en") == "gonkalves"
    # A Turkish text keeps Turkish's own reading (c is j).
    assert sound_key("Recep", "tr") == "reJep"


def test_part_25_exchange_read_from_a_name_in_two_scripts_is_spared() -> None:
    cases = heldback25.PART.cases()
    for case_id in ("turkiye-rename-en/1", "turkiye-rename-en/5"):
        assert _verdicts(_case(cases, case_id)) == [], case_id


# heldback-9's Hindi page and the English sentence citing it (indus-en/5), as written.
HINDI = "बुधवार को पीएम मोदी की अध्यक्षता में कैबिनेट सुरक्षा समिति (CCS) की बैठक हुई।"
INDUS = (
    "In response to the incident, India’s Cabinet Committee on Security, led by Prime Minister "
    "Narendra Modi, announced a sweeping set of measures."
)


def test_a_frequent_name_in_a_script_without_capitals_is_no_function_word() -> None:
    words = {t.text for t in terms(HINDI, "hi")}
    assert "मोदी" in words  # Zipf 6.02 in Hindi: dropped as a function word before
    assert _met("Modi", INDUS, "en", HINDI, "hi") == "मोदी"
    # Hindi's function words, as frequent, are in its curated list and still dropped.
    assert not words & {"को", "की", "में"}
    assert "भारत" in {t.text for t in terms("भारत सरकार ने कई कड़े फैसले किए", "hi")}


def test_frequent_words_of_cased_scripts_and_of_languages_without_a_list_are_still_dropped() -> None:
    # A cased script keeps the Zipf rule: Turkish "Türkiye" (6.08) mid-sentence is no term (keeping it
    # as a name cost a false alarm, a swap and a wrong title on the visible parts).
    turkish = "BM, ülkenin adını Türkiye olarak tescil etti."
    assert "Türkiye" not in {t.text for t in terms(turkish, "tr")}
    # Bengali has a word list but no curated function-word list: its "বাংলাদেশ" (Zipf ≥ 6) is dropped
    # as before, nothing telling it from "এবং".
    assert "বাংলাদেশ" not in {t.text for t in terms("বাংলাদেশ এবং ভারত", "bn")}
