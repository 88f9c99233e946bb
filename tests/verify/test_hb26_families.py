"""The verify rule of branch s37-hb26 (issue 11: the study of real-heldback-26), on real cases and
near misses it must leave alone: a name of three consonants, or of two after an opening vowel, written
in another language with other vowels in the same places (Turkish Beşar and Esad for Bashar and
Assad, Башар and Асад; Azerbaijani Qətər for Qatar) meets it by its shape
(:func:`citecheck.verify.textmatch.vowel_shape`, ``SHAPE_CONSONANTS``,
``SHAPE_VOWEL_OPENING_CONSONANTS``).

On the visible parts (real, real-heldback-2..10, 12..17, 22, 23) one same-document swap more is
caught (heldback-10's secki-az/1<->2), no other verdict changed; on part 26 false alarms 13 → 10/92
and one same-document swap its builder called borderline is no longer caught
(fixtures/eval/README.md, "Branch s37-hb26tune")."""

from __future__ import annotations

from citecheck.models import Finding
from citecheck.verify.textmatch import TermIndex, terms, vowel_shape

from . import eval_real as real
from . import heldback10, heldback12, heldback26


def _verdicts(case: real.Case) -> list[Finding]:
    document = real.verified(case, online=True)
    return [f for f in document.findings if f.label == case.label and f.code == "claim-mismatch"]


def _case(cases: list[real.Case], case_id: str) -> real.Case:
    return next(c for c in cases if c.id == case_id)


def _met(name: str, sentence: str, language: str, page: str, page_language: str) -> str | None:
    term = next(t for t in terms(sentence, language) if t.text == name)
    hit = TermIndex.build([(page, page_language)], passages=False).find(term, loose=True)
    return None if hit is None else hit.found


def test_a_name_of_three_consonants_meets_its_spelling_with_other_vowels() -> None:
    assert vowel_shape("beSar") == vowel_shape("baSara") == vowel_shape("baSar") == "b*S*r"
    assert vowel_shape("esad") == vowel_shape("asada") == "*s*d"
    # Part 26's sentences and pages, as written.
    turkish = "Kremlin Sözcüsü Dimitri Peskov Beşar Esad'a siyasi sığınma hakkı verildiğini söyledi."
    assert (
        _met("Beşar", turkish, "tr", "8 декабря 2024 года в Сирии рухнул режим Башара Асада.", "ru")
        == "Башара"
    )
    english = "Syrian rebels have entered Damascus, forcing President Bashar al-Assad to flee."
    assert _met("Bashar", english, "en", "Şam artık Beşar Esad'ın prangalarından kurtuldu.", "tr") == "Beşar"
    assert (
        _met("Esad", turkish, "tr", "8 декабря 2024 года в Сирии рухнул режим Башара Асада.", "ru") == "Асада"
    )
    # Azerbaijani's ə for a (a visible part's Qətər on a Russian page).
    assert _met(
        "Qətər", "Qətər Əmiri Təmim bin Həməd Al Sani səfərə gəlib.", "az", "Эмир Катара прибыл.", "ru"
    )


def test_shapes_of_two_consonants_other_places_and_plain_words_are_not_met() -> None:
    # Two consonants after a consonant are too few: Indonesian "Ketua" (chairman) reads k*t* as
    # Китай (China) does.
    assert vowel_shape("ketua") is None
    assert _met("Ketua", "Pertemuan itu dipimpin Ketua Xi.", "id", "Лидеры Китая встретились.", "ru") is None
    # The vowels in other places: Bashar is not "Bushra" (b*Sr*), nor a lower-case word of the page.
    assert _met("Bashar", "President Bashar al-Assad fled.", "en", "Bushra ve Esad konuştu.", "tr") is None
    assert _met("Bashar", "President Bashar al-Assad fled.", "en", "bir beşer olarak konuştu.", "tr") is None
    # Four consonants are met by consonants already, not by shape; within one language a name is
    # written one way: no shape is asked.
    assert vowel_shape("damask") is None
    assert _met("Bashar", "Later, Bashar spoke.", "en", "Then Beshir spoke.", "en") is None


def test_part_26_correct_pairs_spared() -> None:
    cases = heldback26.PART.cases()
    # Names across scripts (Beşar Esad on a Spanish page's Bashar al-Assad): was other-footnote-fits.
    assert _verdicts(_case(cases, "esad-rejiminin-cokusu-tr/2")) == []
    # "…operasyon 12 günde Esad'ı koltuğundan etti" on a Russian page's "за 12 дней … Асада".
    assert _verdicts(_case(cases, "esad-rejiminin-cokusu-tr/1")) == []
    # A Turkish page writing Beşar Esad for the English explainer's Bashar al-Assad (cosine 0.52).
    assert _verdicts(_case(cases, "assad-fall-explainer-en/6")) == []


def test_swaps_onto_pages_met_by_a_shape_are_still_caught() -> None:
    # Near misses on heldback-12: the exchanged pages of one railway both name Rasht (Решт met by its
    # shape on the wrong page), and a Japanese sentence on Python 3.13 given a Russian page on the
    # Iran-Russia treaty meets "Путин" by the shape of "Python" (p*t*n), one of the four wrong names
    # the rule meets on the visible parts: each is still caught.
    cases = heldback12.PART.cases()
    assert _verdicts(_case(cases, "rasht-en/3<->4")) != []
    assert _verdicts(_case(cases, "py313-ja/2<-iran-russia-treaty2025")) != []
    assert _verdicts(_case(heldback26.PART.cases(), "esad-rejiminin-cokusu-tr/1<->2")) != []


def test_an_exchange_told_by_a_name_written_with_other_vowels_is_caught() -> None:
    # heldback-10's secki-az/1<->2: the partner sentence ("… İlham Əliyev 92,05 faiz səslə liderdir")
    # now meets "Aliyev" on the English page it belongs to, so the exchange is seen from both sides.
    assert _verdicts(_case(heldback10.PART.cases(), "secki-az/1<->2")) != []
