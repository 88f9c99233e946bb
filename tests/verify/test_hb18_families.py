"""The verify rules of branch v11-hb18tune (issue 11), each on a real-shaped case and a near miss
the rule must leave alone:

* a name of a cited title met only as the beginning of a longer lower-case word of the page's
  titles is no name the two titles share (:func:`citecheck.verify.title._name_in_a_word`: "Rossi" is
  not "российского", a title-cased "Lead" not "leader");
* a page in a language the sentence cannot be compared with, naming nothing any other page of the
  document names, is off the document's subject when its headline is far in meaning from every other
  page's (:func:`citecheck.verify.claim._far_from_the_other_pages`), where its entry cannot be judged
  against the sentence.

The measurement behind them is in fixtures/eval/README.md, "Branch v11-hb18tune"."""

from __future__ import annotations

from types import SimpleNamespace

from citecheck.config import Config
from citecheck.models import Footnote, PageFacts
from citecheck.verify.claim import SourceProfile, _far_from_the_other_pages, source_profile
from citecheck.verify.title import check_title, cross_language_verdict

# --- a name met inside a plain word ---------------------------------------------------------

# The shape of real-heldback-18's grain-en/5 with a MotoGP headline: a Spanish headline of another
# story cited for a Russian page on Russia's grain.
RUSSIAN_HEADLINE = "Министр сельского хозяйства РФ заявила о высоком качестве российского зерна"
MOTOGP = "Marc Márquez volvió a abrazarse a la gloria: séptimo título de MotoGP igualando a Valentino Rossi"
# …and nobel-en/2 with a Rosatom headline: an English title-cased headline for an Italian page.
ITALIAN_HEADLINE = (
    "Assegnato il Nobel per la pace: il riconoscimento va alla leader dell'opposizione venezuelana "
    "María Corina Machado"
)
ROSATOM = "Russia's Rosatom to Lead Consortium to Build First Nuclear Power Plant in Kazakhstan"


def _verdict(cited: str, headline: str, language: str) -> object:
    page = PageFacts(title=headline, titles=[headline], language=language)
    return cross_language_verdict(cited, page, [headline])


def test_a_name_met_only_inside_a_lower_case_word_is_not_shared() -> None:
    assert _verdict(MOTOGP, RUSSIAN_HEADLINE, "ru") is not None  # Rossi is not российского
    assert _verdict(ROSATOM, ITALIAN_HEADLINE, "it") is not None  # Lead is not leader


def test_a_translated_headline_still_shares_its_names() -> None:
    # A name inflected with its capital (Путина, Токаеву) is still the name: a translation.
    assert (
        _verdict(
            "Putin and Tokayev discuss the nuclear power plant",
            "Путин и Токаев обсудили строительство атомной электростанции",
            "ru",
        )
        is None
    )
    # A country's adjective (российского for Russia) still meets by CLDR's name of the country.
    assert (
        _verdict(
            "Russia's agriculture minister praises the quality of Russian grain",
            RUSSIAN_HEADLINE,
            "ru",
        )
        is None
    )


def test_the_title_check_reports_the_motogp_headline_on_the_grain_page() -> None:
    entry = Footnote(label="5", ordinal=5, raw=MOTOGP, title=MOTOGP, line=1, column=1)
    page = PageFacts(title=RUSSIAN_HEADLINE, titles=[RUSSIAN_HEADLINE], language="ru")
    case = SimpleNamespace(footnote=entry, page=page, config=Config())
    findings = check_title(case)  # type: ignore[arg-type]
    assert [f.code for f in findings] == ["title-mismatch"]


# --- a page whose headline is far from every other page's -----------------------------------


def _headed(title: str, language: str) -> SourceProfile:
    entry = Footnote(label="1", ordinal=1, raw=title, title=title, line=1, column=1)
    return source_profile(entry, PageFacts(title=title, titles=[title], text=title, language=language))


# The shape of real-heldback-18's rial-fa/2 given a page on Telegram's calls: a Persian document on
# Iran's currency, its other pages headed in Russian and English.
RIAL_PAGES = [
    _headed("В Иране деноминируют сразу четыре нуля в валюте", "ru"),
    _headed("Iran approves plan to remove four zeroes from national currency", "en"),
    _headed("Деноминация стартовала в Иране", "ru"),
]


def test_a_page_headed_far_from_every_other_page_is_off_the_subject() -> None:
    telegram = _headed("Роскомнадзор подтвердил блокировку звонков в Telegram и WhatsApp", "ru")
    assert _far_from_the_other_pages(telegram, RIAL_PAGES)


def test_a_page_on_the_documents_subject_or_unread_is_not_off_it() -> None:
    # Another report of the same event, in another language: close to its siblings.
    cabinet = _headed("Iran's cabinet agrees to drop four zeros from the rial", "en")
    assert not _far_from_the_other_pages(cabinet, RIAL_PAGES)
    # A page the encoder does not read (Persian), or no sibling it reads, is not judged so (one is
    # enough since v11-hb19tune: tests/verify/test_hb19_families.py).
    persian = _headed("حذف چهار صفر از پول ملی ایران تایید شد", "fa")
    assert not _far_from_the_other_pages(persian, RIAL_PAGES)
    telegram = _headed("Роскомнадзор подтвердил блокировку звонков в Telegram и WhatsApp", "ru")
    assert not _far_from_the_other_pages(telegram, [persian])
