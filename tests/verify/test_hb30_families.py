"""The verify rules of branch s42-verify (issue 11: the study of real-heldback-30), on real cases and
near misses they must leave alone.

* Words alone within one language: a sentence and its page in one language the encoder does not read
  (Georgian, Indonesian, Persian…) meet by words only; a low support there, at
  ``WORDS_ALONE_MIN_SUPPORT`` or more with no other footnote's page leading by the swap margin, is a
  warning ("words-alone"), not "likely the wrong footnote"
  (:func:`citecheck.verify.claim._words_alone_and_nothing_fits`).
* A sentence copied from a neighbour's page, whose cited page gives each of its numbers, one within
  ``FIGURE_NEAR`` or a whole count one more or less (a toll updated: 69 children for 68), is not
  called swapped for the copy (:func:`citecheck.verify.claim._quoted_elsewhere_stated_here`,
  :func:`citecheck.verify.claim._toll_updated`).

* A Georgian headline (its names are written in the letters of its plain words) that writes none of
  the names of the page's headline, in an alphabet with letter case, is another story's where the
  encoder cannot compare them (:func:`citecheck.verify.title._nameless_title_drops_the_headline`).

Measured on every visible part (real, real-heldback-2 … -26, -28, -29) and part 30, verdict by verdict,
with pages and offline (fixtures/eval/README.md, "Branch s42-verify").
"""

from __future__ import annotations

from types import SimpleNamespace

from citecheck.config import Config
from citecheck.models import Finding, Footnote, PageFacts
from citecheck.verify.claim import (
    WORDS_ALONE_MIN_SUPPORT,
    ClaimScore,
    ClaimVerdict,
    SourceProfile,
    _quoted_elsewhere_stated_here,
    _toll_updated,
    _words_alone_and_nothing_fits,
    claim_terms,
    source_profile,
)
from citecheck.verify.title import cross_language_verdict

from . import eval_real as real
from . import heldback2, heldback9, heldback17, heldback22, heldback30


def _mismatches(part: object, case_id: str) -> list[Finding]:
    case = next(c for c in part.cases() if c.id == case_id)  # type: ignore[attr-defined]
    document = real.verified(case, online=True)
    return [f for f in document.findings if f.label == case.label and f.code == "claim-mismatch"]


def _only(part: object, case_id: str) -> Finding:
    found = _mismatches(part, case_id)
    assert len(found) == 1, found
    return found[0]


# --- words alone within one language ------------------------------------------------------------------


def test_a_georgian_sentence_saying_more_than_its_page_is_a_warning() -> None:
    # Spent real-heldback-30: a Georgian sentence on Amaghlobeli's sentence (the court, the judge, the
    # date, two years — all on its Georgian page) with a second clause on the police officer's charge
    # that the page does not give (support 0.23, the best other page 0.19); and one naming the EPP
    # where its page writes "the European People's Party" (0.21 against 0.28). Both were errors.
    for case_id in ("amaghlobelis-sakme-ka/5", "amaghlobelis-sakme-ka/6"):
        finding = _only(heldback30.PART, case_id)
        assert finding.severity == "warning", case_id
        assert finding.evidence["hedged"] == "words-alone"
        assert finding.evidence["reason"] == "low-support"
        assert finding.evidence["semantic_similarity"] is None
        assert finding.evidence["support"] >= WORDS_ALONE_MIN_SUPPORT
    # Indonesian too (real-heldback-9, spent): 0.21 against a neighbour's 0.34.
    assert _only(heldback9.PART, "brics-id2/1").evidence["hedged"] == "words-alone"


def test_words_alone_below_the_floor_or_with_a_page_that_fits_better_stay_errors() -> None:
    # Near misses. A Persian correct pair at 0.19 (under the floor) stays an error; so do the swaps
    # within one unread language caught at 0.13-0.18 (an Indonesian same-document swap at 0.155 whose
    # true page leads by only 0.11), and an Armenian swap at 0.22 whose true page leads by 0.43.
    persian = _only(heldback9.PART, "iransaudi-fa/1")
    assert persian.severity == "error" and persian.evidence["support"] < WORDS_ALONE_MIN_SUPPORT
    indonesian = _only(heldback2.PART, "kuhp-id/3<->4")
    assert indonesian.severity == "error" and "hedged" not in indonesian.evidence
    armenian = _only(heldback30.PART, "karapetyani-gortsy-hy/5<->6")
    assert armenian.severity == "error" and armenian.evidence["support"] >= WORDS_ALONE_MIN_SUPPORT
    assert armenian.evidence["better_footnote"]["support"] - armenian.evidence["support"] >= 0.3


def test_the_rule_s_shape() -> None:
    # The rule alone, on a low support of 0.22 by words within one language with no rival leading by
    # the swap margin: Georgian and Armenian (the encoder does not read them) are hedged; Russian is
    # not (there a missing cosine means the encoder did not run, not that it cannot read the page),
    # nor a page across languages, nor "another footnote fits better", nor a rival leading by 0.3.
    def shaped(language: str, **changes: object) -> bool:
        score = ClaimScore(0.22, cross_language=bool(changes.get("cross", False)))
        reason = str(changes.get("reason", "low-support"))
        verdict = ClaimVerdict("claim-mismatch", score, reason, changes.get("rival"))
        case = SimpleNamespace(document=SimpleNamespace(language=language), config=Config())
        return _words_alone_and_nothing_fits(case, verdict)

    assert shaped("ka") and shaped("hy") and shaped("ka", rival=("2", 0.5))
    assert not shaped("ru")
    assert not shaped("ka", cross=True)
    assert not shaped("ka", reason="other-footnote-fits")
    assert not shaped("ka", rival=("2", 0.52))


# --- a sentence copied from a neighbour, its figures near on the cited page ----------------------------

SENTENCE = (
    "В Ташкенте городской суд приговорил 23 обвиняемых к срокам до 20 лет лишения свободы по делу о "
    "смерти 68 детей в результате приема импортированного в страну индийского препарата против ОРВИ."
)
CITED = (
    "26 февраля в Ташкенте был объявлен приговор. Директор компании был приговорен к 20 годам лишения "
    "свободы. Напомним, что в конце 2022 году {n} детей погибли после употребления сиропа. Число "
    "обвиняемых по данному делу составляет 23 человек."
)


def _profile(text: str) -> SourceProfile:
    footnote = Footnote(label="1", ordinal=1, raw="x", line=1, column=1)
    return source_profile(footnote, PageFacts(text=text, language="ru"))


def test_a_toll_updated_on_the_cited_page_counts_as_its_figure() -> None:
    weighted = claim_terms(SENTENCE, "", "ru")
    own = ClaimScore(0.46, semantic=0.46)
    rival = _profile("По данным пресс-службы, " + SENTENCE)  # the page it was copied from
    # 69 children for the copied sentence's 68 (1.5 %): the cited page states the verdict.
    assert _quoted_elsewhere_stated_here(own, weighted, _profile(CITED.format(n=69)), rival, SENTENCE, "ru")
    # Near misses: a figure two away or 10 % away, or none, is not the sentence's; nor is a page read
    # off the topic.
    assert not _quoted_elsewhere_stated_here(
        own, weighted, _profile(CITED.format(n=70)), rival, SENTENCE, "ru"
    )
    assert not _quoted_elsewhere_stated_here(
        own, weighted, _profile(CITED.format(n=75)), rival, SENTENCE, "ru"
    )
    assert not _quoted_elsewhere_stated_here(
        own, weighted, _profile(CITED.format(n="")), rival, SENTENCE, "ru"
    )
    off_topic = ClaimScore(0.2, semantic=0.2)
    assert not _quoted_elsewhere_stated_here(
        off_topic, weighted, _profile(CITED.format(n=69)), rival, SENTENCE, "ru"
    )


def test_a_count_off_by_one_is_a_toll_updated_only_from_ten() -> None:
    page = _profile("Погибли 69 детей, пострадали 6 человек, курс 7 800 сумов.")
    assert _toll_updated("#68", page) and _toll_updated("#70", page)
    # Near misses: a small count (5 for 6), a figure a hundred away (7,700 for 7,800: a swap of
    # real-heldback-17 whose wrong page gives a black-market rate of "7,6-7,8 tys."), a decimal.
    assert not _toll_updated("#5", page)
    assert not _toll_updated("#7700", page)
    assert not _toll_updated("#68.5", page)
    assert _mismatches(heldback17.PART, "som-en/3<->4")[0].severity == "error"


def test_the_real_copied_sentence_is_not_called_swapped() -> None:
    # Spent real-heldback-30: the Russian sentence copied word for word from Interfax's page (a
    # neighbour's footnote, 68 children) citing UzDaily's report of the verdict (69 children, 23
    # accused, 20 years): was "another footnote fits better" at error severity.
    assert _mismatches(heldback30.PART, "delo-dok-1-maks-ru/3") == []
    # Spent real-heldback-22: a Japanese sentence on Arm's IPO copied from a neighbour's page
    # ("652億ドル") citing a page giving "650億ドル超" (0.3 %, FIGURE_NEAR).
    assert _mismatches(heldback22.PART, "arm-jojo-ja/2") == []


# --- a Georgian headline of another story ---------------------------------------------------------------


def _verdict(cited: str, headline: str, language: str) -> object:
    page = PageFacts(title=headline, titles=[headline], language=language)
    return cross_language_verdict(cited, page, [headline])


def test_a_georgian_headline_writing_none_of_the_page_s_names_is_another_story_s() -> None:
    # Spent real-heldback-30: Georgian headlines on Mzia Amaghlobeli's case cited for a Russian page on
    # Armenia's grid and a Kyrgyz page on Kazakhstan's ban on face coverings: the encoder reads no
    # Georgian, and no word of a Georgian title reads as a name — never judged before.
    amaghlobeli = "ქუთაისის სააპელაციო სასამართლო მზია ამაღლობელის საჩივრის განხილვას იწყებს"
    grid = "Пашинян объявил о готовности проекта по национализации «Электрических сетей Армении»"
    assert _verdict(amaghlobeli, grid, "ru") is not None
    report = "მზია ამაღლობელის საქმე ქუთაისის სააპელაციო სასამართლოში — პირდაპირი რეპორტაჟი"
    assert _verdict(report, "Казакстанда жүздү жапкан кийим үчүн айып пул салынат", "ky") is not None


def test_a_georgian_translation_keeps_the_headline_s_names() -> None:
    # Near misses: translations of those headlines into Georgian write Pashinyan, Armenia and
    # Kazakhstan in Georgian letters, met by transliteration (and CLDR's country names).
    grid = "Пашинян объявил о готовности проекта по национализации «Электрических сетей Армении»"
    translated = "ფაშინიანმა სომხეთის ელექტრო ქსელების ნაციონალიზაციის პროექტის მზადყოფნა გამოაცხადა"
    assert _verdict(translated, grid, "ru") is None
    ban = "Казакстанда жүздү жапкан кийим үчүн айып пул салынат"
    assert _verdict("ყაზახეთში სახის დამფარავი ტანსაცმლისთვის ჯარიმა დაწესდება", ban, "ky") is None
    # A headline with no name to keep is not judged (nothing to compare): Uzbek "Children's deaths'
    # medicines destroyed".
    assert (
        _verdict(
            "მზია ამაღლობელი სახაროვის პრემიის გამარჯვებულია",
            "Болалар ўлимига сабаб бўлган дорилар йўқ қилинди",
            "uz",
        )
        is None
    )
    # Another script without capitals keeps its reading: a Japanese headline on Kazakhstan's Abraham
    # Accords for a Hebrew page on it (the encoder reads no Hebrew) is not flagged.
    assert (
        _verdict(
            "トランプ大統領、カザフスタンのアブラハム合意加盟を発表", "טראמפ: קזחסטן תצטרף להסכמי אברהם", "he"
        )
        is None
    )
