"""The verify rule learnt on real-heldback-15 (issue 11, branch v11-hb15tune): the content of a
reported statement is read by the encoder without its frame (:func:`citecheck.verify.claim.reported_content`),
on invented sentences and pages, each with a near miss the rule must leave alone. The measurement
behind it is in fixtures/eval/README.md, "Branch v11-hb15tune"."""

from __future__ import annotations

from citecheck.models import Footnote, PageFacts
from citecheck.verify.claim import (
    REPORTED_MIN_WORDS,
    SourceProfile,
    reported_content,
    score_claim,
    source_profile,
)


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
