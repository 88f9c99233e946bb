"""The verify rule of branch v11-hb17tune (issue 11), on invented sentences and pages, each with near
misses the rule must leave alone:

* a sentence copied whole from a neighbour's page, citing another page that states it in words of its
  own, while the neighbour's footnote is accounted for by its own sentence, is not a footnote pasted
  the wrong way round (:func:`citecheck.verify.claim._rival_holds_its_own`,
  :func:`~citecheck.verify.claim._copied_whole`).

The measurement behind it is in fixtures/eval/README.md, "Branch v11-hb17tune"."""

from __future__ import annotations

from types import SimpleNamespace

from citecheck.models import Footnote, PageFacts
from citecheck.verify.claim import SourceProfile, _copied_whole, _rival_holds_its_own, source_profile


def _page(text: str, language: str = "de", label: str = "1") -> SourceProfile:
    entry = Footnote(
        label=label, ordinal=int(label), raw="Schlagzeile", title="Schlagzeile", line=1, column=1
    )
    return source_profile(entry, PageFacts(text=text, language=language))


def _case(own: str, sentences: dict[str, list[str]], co_cited: tuple[str, ...] = ()) -> object:
    claims = {
        label: [
            SimpleNamespace(citation=SimpleNamespace(claim=s), context="", co_cited=co_cited) for s in texts
        ]
        for label, texts in sentences.items()
    }
    return SimpleNamespace(footnote=SimpleNamespace(label=own), document=SimpleNamespace(claims=claims))


COPIED = "Ein Kind ist in der Stadt Lubbock im Westen von Texas an Masern gestorben."
NEIGHBOUR = "Das Kind war nicht gegen das Virus geimpft und lag seit vergangener Woche im Krankenhaus."
# The neighbour's page, from which the writer copied both its own sentence and the cited one.
RIVAL_PAGE = (
    "Ein Kind ist in der Stadt Lubbock im Westen von Texas an Masern gestorben. "
    "Das Kind war nicht gegen das Virus geimpft und lag seit vergangener Woche im Krankenhaus. "
    "Die Gesundheitsbehörde des Bundesstaats bestätigte den Tod am Mittwoch."
)
# Another report of the same fact, in words of its own.
CITED_PAGE = (
    "In Texas ist ein Schulkind nach einer Maserninfektion gestorben, wie die Behörden in Lubbock "
    "mitteilten. Es ist der erste Todesfall durch Masern in den Vereinigten Staaten seit zehn Jahren."
)


def _holds(case: object, cited: SourceProfile, rival: SourceProfile, own_lexical: float = 0.3) -> bool:
    peers = {"1": cited, "2": rival}
    return _rival_holds_its_own(case, cited, "2", peers, "de", COPIED, own_lexical)  # type: ignore[arg-type]


def test_a_sentence_copied_whole_is_found_whatever_its_case_and_punctuation() -> None:
    page = _page(
        "Vorher. EIN Kind ist – in der Stadt Lubbock im Westen von Texas – an Masern gestorben! Nachher."
    )
    assert _copied_whole(COPIED, page)


def test_a_changed_word_or_a_short_sentence_is_not_copied_whole() -> None:
    page = _page(RIVAL_PAGE)
    assert not _copied_whole(COPIED.replace("Masern", "Grippe"), page)
    assert not _copied_whole("Die Behörde bestätigte den Tod.", _page("Die Behörde bestätigte den Tod."))


def test_a_copied_sentence_citing_another_report_is_no_pasted_footnote() -> None:
    case = _case("1", {"1": [COPIED], "2": [NEIGHBOUR]})
    assert _holds(case, _page(CITED_PAGE), _page(RIVAL_PAGE, label="2"))


def test_a_cited_page_without_the_sentences_words_is_not_spared() -> None:
    case = _case("1", {"1": [COPIED], "2": [NEIGHBOUR]})
    assert not _holds(case, _page(CITED_PAGE), _page(RIVAL_PAGE, label="2"), own_lexical=0.1)


def test_a_neighbour_whose_sentence_fits_the_cited_page_better_is_an_exchange() -> None:
    # The two footnotes pasted the wrong way round: the neighbour's sentence is stated on the cited page.
    exchanged_cited = CITED_PAGE + " " + NEIGHBOUR
    rival = _page(RIVAL_PAGE.replace(NEIGHBOUR, "Die Schulen der Region bleiben geöffnet."), label="2")
    case = _case("1", {"1": [COPIED], "2": [NEIGHBOUR]})
    assert not _holds(case, _page(exchanged_cited), rival)


def test_a_rival_page_that_does_not_hold_the_whole_sentence_is_not_spared() -> None:
    case = _case("1", {"1": [COPIED], "2": [NEIGHBOUR]})
    rival = _page(RIVAL_PAGE.replace("im Westen von Texas", "in Texas"), label="2")
    assert not _holds(case, _page(CITED_PAGE), rival)


def test_a_neighbour_without_a_sentence_of_its_own_is_not_spared() -> None:
    case = _case("1", {"1": [COPIED]})
    assert not _holds(case, _page(CITED_PAGE), _page(RIVAL_PAGE, label="2"))


def test_a_cited_page_that_is_a_third_sentences_own_is_the_other_half_of_an_exchange() -> None:
    # The sentence was copied from footnote 2's page; footnotes 1 and 3 were pasted the wrong way
    # round, so the page cited here states footnote 3's sentence, which its own page lacks.
    third = "Die Behörden zählten 124 Fälle in neun Bezirken des Bundesstaats."
    cited = _page(CITED_PAGE + " " + third)
    third_page = _page("Die Schulen der Region bleiben geöffnet, teilte der Bezirk mit.", label="3")
    rival = _page(RIVAL_PAGE, label="2")
    case = _case("1", {"1": [COPIED], "2": [NEIGHBOUR], "3": [third]})
    peers = {"1": cited, "2": rival, "3": third_page}
    assert not _rival_holds_its_own(case, cited, "2", peers, "de", COPIED, 0.3)  # type: ignore[arg-type]
    # …while a third sentence on its own page leaves the rule as it was.
    peers["3"] = _page("Die Behörden zählten 124 Fälle in neun Bezirken des Bundesstaats Texas.", label="3")
    assert _rival_holds_its_own(
        case, _page(CITED_PAGE), "2", {**peers, "1": _page(CITED_PAGE)}, "de", COPIED, 0.3
    )  # type: ignore[arg-type]
