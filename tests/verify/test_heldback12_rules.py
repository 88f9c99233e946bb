"""The verify rules learnt from the study of real-heldback-12 (issue 11, branch v11-hb12tune), each on
invented documents shaped like the part's cases, with a near miss the rule must leave alone."""

from __future__ import annotations

import asyncio

from citecheck.config import Config
from citecheck.models import Finding, Footnote, PageFacts
from citecheck.verify import score_claim, source_profile, verify_documents
from citecheck.verify.claim import SAME_TOPIC_BAND, SourceProfile, _quoted_elsewhere_stated_here, claim_terms
from citecheck.verify.textmatch import TermIndex, terms
from citecheck.verify.title import _headline_countries_dropped, cross_language_verdict

from .invented import invented_document

# An Azerbaijani text (a language the sentence encoder does not read) on the Baku–Tbilisi–Kars
# railway, its footnotes citing pages in English, Russian and Turkish that name the line's places.
SENTENCES = {
    "1": "Bakı-Tbilisi-Qars dəmir yolu xəttinin açılış mərasimi Ələt limanında keçirilib.",
    "2": "Dəmir yolu xətti ilk mərhələdə ildə 1 milyon ton yük daşıyacaq.",
    "3": "Xəttin Gürcüstan hissəsi Mərəbdə ilə Axalkalaki arasında yenidən qurulub.",
    "4": "Yeni dəmir yolu xətti ötən ilin payızında istifadəyə verilib.",
}
PAGES = {
    "1": (
        "Baku-Tbilisi-Kars railway opens",
        "en",
        "The Baku-Tbilisi-Kars railway was inaugurated at a ceremony at the Alat port near Baku. "
        "The line runs from Baku through Marabda and Akhalkalaki in Georgia to Kars in Turkey.",
    ),
    "2": (
        "Железная дорога Баку – Тбилиси – Карс открыта",
        "ru",
        "На первом этапе пропускная способность дороги Баку – Тбилиси – Карс составит 1 миллион тонн "
        "грузов в год. Участок Марабда – Ахалкалаки в Грузии был реконструирован.",
    ),
    "3": (
        "Bakü-Tiflis-Kars demiryolu hizmete girdi",
        "tr",
        "Bakü-Tiflis-Kars demiryolu hattının Gürcistan kesimi Marabda ile Ahılkelek arasında yeniden "
        "inşa edildi. Hat Kars'tan Bakü'ye uzanıyor.",
    ),
    # The right page for sentence 4: Turkish, on the line's opening, naming its places.
    "4": (
        "Bakü-Tiflis-Kars hattı açıldı",
        "tr",
        "Bakü-Tiflis-Kars demiryolu hattı geçen sonbaharda Alat limanında düzenlenen törenle hizmete "
        "açıldı. Hat Marabda ve Ahılkelek üzerinden Kars'a ulaşıyor.",
    ),
}
# A page of another story (a database release), as a footnote pasted from another text brings it.
RELEASE = (
    "PostgreSQL Global Development Group announces PostgreSQL 16 release",
    "en",
    "The PostgreSQL Global Development Group announced the release of PostgreSQL 16, the latest "
    "version of the open source database. PostgreSQL 16 improves query parallelism, logical "
    "replication and monitoring through pg_stat_io. Developers at EnterpriseDB and Crunchy Data "
    "contributed 2,100 changes.",
)


def _claim_findings(pages: dict[str, tuple[str, str, str]], label: str) -> list[Finding]:
    document = invented_document(
        SENTENCES, pages, language="az", path="btk-az.txt", title="Bakı-Tbilisi-Qars dəmir yolu"
    )
    asyncio.run(verify_documents([document], Config()))
    return [f for f in document.findings if f.code == "claim-mismatch" and f.label == label]


def test_a_page_off_the_documents_subject_is_reported_where_meaning_cannot_compare() -> None:
    # Sentence 4 names nothing the pasted page could miss (its year-less date and plain words), and
    # the encoder reads neither Azerbaijani: until this rule the page was "unjudged-language".
    found = _claim_findings({**PAGES, "4": RELEASE}, "4")
    assert [(f.severity, f.evidence["reason"]) for f in found] == [("warning", "page-off-the-subject")]
    # Near miss: the right page, in another language too, names the line's places as its siblings do.
    assert _claim_findings(PAGES, "4") == []


def test_a_page_naming_what_another_footnotes_page_names_is_on_the_subject() -> None:
    # Near miss: the same page, once it names a place another footnote's page names (Kars, in any
    # script), is on the document's subject: too little to call it a page of another story.
    title, language, text = RELEASE
    on_topic = (title, language, text + " The release was presented at a meetup in Kars.")
    assert _claim_findings({**PAGES, "4": on_topic}, "4") == []


def test_a_page_off_the_subject_needs_its_entry_to_share_nothing_too() -> None:
    # Near miss: an entry whose title names the document's railway (a writer's own title for the
    # footnote) shares it with the sentence's document: the page alone is not enough.
    _, language, text = RELEASE
    titled = ("Bakı-Tbilisi-Qars dəmir yolu: PostgreSQL 16", language, text)
    assert _claim_findings({**PAGES, "4": titled}, "4") == []


def test_a_page_with_too_few_names_of_its_own_is_left_unjudged() -> None:
    # Near miss: a page of another story that gives fewer than three names and figures of its own.
    thin = (RELEASE[0], "en", "The new version of the open source database improves query parallelism.")
    assert _claim_findings({**PAGES, "4": thin}, "4") == []


def test_a_word_the_stemmer_cuts_below_four_letters_is_also_keyed_whole() -> None:
    # Russian's stemmer takes an indeclinable loanword's final -о for an ending (вето → вет): keyed
    # whole too, "вето" meets "veto" across languages, either way round.
    russian = TermIndex.build([("Парламент Грузии преодолел вето президента.", "ru")])
    english = TermIndex.build([("The parliament overrode the president's veto.", "en")])
    veto = next(t for t in terms("The parliament overrode the veto.", "en") if t.text == "veto")
    вето = next(t for t in terms("Парламент преодолел вето.", "ru") if t.text == "вето")
    assert russian.find(veto, loose=True) is not None
    assert english.find(вето, loose=True) is not None
    # Near misses: the stem still meets the word's inflected forms in its own language (соку ~ сока),
    # and the whole word meets only itself, not a longer name sharing its first letters (Vettel).
    соку = next(t for t in terms("Налог на продажу соку", "ru") if t.text == "соку")
    assert TermIndex.build([("Цены апельсинового сока выросли", "ru")]).find(соку, loose=True) is not None
    assert TermIndex.build([("Sebastian Vettel won.", "en")]).find(вето, loose=True) is None


GEORGIA = "Парламент Грузии преодолел вето президента на закон об иноагентах"


def test_a_caseless_title_dropping_the_headlines_country_is_another_storys() -> None:
    # An Arabic headline on Turkey's vote on Sweden's NATO entry cited for a Russian page headed by
    # Georgia's parliament: Arabic writes no capitals, so its one name is the country it names
    # (Sweden); the headline's Georgia, which it drops, is a second absent name (cosine ~0.27,
    # under the bar of two absent names, over the bar of one).
    page = PageFacts(title=GEORGIA, titles=[GEORGIA], language="ru")
    other = "البرلمان التركي يصادق على انضمام السويد إلى حلف الناتو"
    assert _headline_countries_dropped(terms(other, "ar"), "ar", page, "ru") == 1
    assert cross_language_verdict(other, page, page.titles) is not None
    # Near misses: a translation keeps the headline's country (جورجيا) and drops none; a headline
    # naming no country gives nothing to drop.
    translated = "برلمان جورجيا يتجاوز فيتو الرئيسة على قانون العملاء الأجانب"
    assert _headline_countries_dropped(terms(translated, "ar"), "ar", page, "ru") == 0
    assert cross_language_verdict(translated, page, page.titles) is None
    plain = "Парламент принял закон во втором чтении"
    bare = PageFacts(title=plain, titles=[plain], language="ru")
    assert _headline_countries_dropped(terms(other, "ar"), "ar", bare, "ru") == 0


RUBIN = "On June 23, the Vera C. Rubin Observatory, located atop Cerro Pachón in northern Chile, released its first images to the public."


def _profile(text: str) -> SourceProfile:
    footnote = Footnote(label="x", ordinal=1, raw="Rubin", title="Rubin", line=1, column=1)
    return source_profile(footnote, PageFacts(text=text, language="en"))


def test_a_neighbour_quoting_the_sentence_is_its_wordings_source_when_the_cited_page_states_it() -> None:
    weighted = claim_terms(RUBIN, "", "en")
    cited = _profile(
        "The NSF-DOE Vera C. Rubin Observatory, jointly funded by two federal agencies, released its "
        "first imagery at an event in Washington, D.C., on June 23. The imagery shows cosmic phenomena."
    )
    quoting = _profile(f"{RUBIN} The camera was built at the SLAC National Accelerator Laboratory.")
    own = score_claim(weighted, cited, language="en", claim_text=RUBIN)
    assert own.semantic is not None and own.semantic >= SAME_TOPIC_BAND[0]
    assert _quoted_elsewhere_stated_here(own, weighted, cited, quoting, RUBIN, "en")
    # Near misses: a neighbour stating the sentence in its own words is a rival like any other; a
    # cited page without the sentence's number (the day) does not state it; nor does a sentence
    # without a number leave the cited page anything to give.
    restating = _profile(
        "Chile's new observatory on Cerro Pachón showed the public its first pictures on June 23."
    )
    assert not _quoted_elsewhere_stated_here(own, weighted, cited, restating, RUBIN, "en")
    undated = _profile(
        "The NSF-DOE Vera C. Rubin Observatory, jointly funded by two federal agencies, released its "
        "first imagery at an event in Washington, D.C. The imagery shows cosmic phenomena."
    )
    mine = score_claim(weighted, undated, language="en", claim_text=RUBIN)
    assert not _quoted_elsewhere_stated_here(mine, weighted, undated, quoting, RUBIN, "en")
    plain = RUBIN.replace("On June 23, the", "The")
    words = claim_terms(plain, "", "en")
    theirs = score_claim(words, cited, language="en", claim_text=plain)
    assert not _quoted_elsewhere_stated_here(theirs, words, cited, _profile(plain), plain, "en")
