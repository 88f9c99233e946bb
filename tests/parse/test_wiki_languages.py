"""Wikipedia reference lists in languages other than English, Spanish, Chinese and Arabic
(fixtures/parse-eval-wiki, branch p12-wikis): the rules learnt on them, each with a test where it fires
and a near miss where it must not, and the data that justifies it in a comment."""

from __future__ import annotations

from pathlib import Path

from citecheck.parse import parse_bytes
from citecheck.parse.entries import parse_entry
from citecheck.parse.styles import Mark
from citecheck.parse.wiki_prose import prose_through_link

_WEBELEMENTS = "http://www.webelements.com/helium/"


def _note(text: str, link_text: str, href: str) -> str | None:
    """The title parse_entry reads from ``text``, whose ``link_text`` is a link to ``href``."""
    return parse_entry(text, [href], [Mark("link", link_text, href)]).title


# Data: the German Wikipedia's "Helium" (fixtures/parse-eval-wiki/de-helium-einzelnachweise.html, the
# mobile content service's "Einzelnachweise" section), notes 2, 5 and 9 of its first twelve:
#   "Die Werte für die Eigenschaften (Infobox) sind, wenn nicht anders angegeben, aus
#    <a href="http://www.webelements.com/helium/">www.webelements.com (Helium)</a> entnommen."
# The text before the link was read as the title ("… wenn nicht anders angegeben, aus"): a clause cut
# by the link, its sentence closed by a lower-case word after it.


def test_sentence_running_through_its_link_gives_no_title() -> None:
    text = (
        "Die Werte für die Eigenschaften (Infobox) sind, wenn nicht anders angegeben, aus"
        " www.webelements.com (Helium) entnommen."
    )
    assert _note(text, "www.webelements.com (Helium)", _WEBELEMENTS) is None


def test_sentence_through_link_rule_on_its_own() -> None:
    marks = [Mark("link", "site", "https://example.org/")]
    assert prose_through_link("Numbers are from the site quoted.", "Numbers are from the ", "x", marks) == "x"
    assert (
        prose_through_link(
            "Numbers are taken from site unchanged.",
            "Numbers are taken from ",
            "Numbers are taken from",
            marks,
        )
        is None
    )


def test_title_closed_before_its_link_stays() -> None:
    # Near miss: "Title. <link> …", the head closed by its stop before the link; and "Title, <link>
    # abgerufen am 12. Juli 2009.", figures after the link, no lower-case close of a sentence.
    marks = [Mark("link", "NASA Imagine", "http://imagine.gsfc.nasa.gov/")]
    title = "Wie die Anteile der Gase im Spektrum gemessen werden"
    text = f"{title}. NASA Imagine online."
    assert prose_through_link(text, f"{title}. ", title, marks) == title
    title = _note(
        "Eintrag zu Helium in der GESTIS-Stoffdatenbank des IFA, abgerufen am 12. Juli 2009.",
        "Helium",
        "http://gestis.itrust.de/nxt/gateway.dll",
    )
    assert title is not None


def test_head_ending_on_a_capitalised_word_keeps_its_title() -> None:
    # Near miss: the head ends on a capitalised word ("… Report Vienna <link> online."), no dangling
    # lower-case word: a title, then its link.
    marks = [Mark("link", "here", "https://example.org/")]
    text = "Annual Report Vienna here online."
    assert (
        prose_through_link(text, "Annual Report Vienna ", "Annual Report Vienna", marks)
        == "Annual Report Vienna"
    )


def test_tail_with_figures_or_many_words_keeps_the_title() -> None:
    # Near miss: what follows the link is a date or a longer sentence, not a lower-case close.
    marks = [Mark("link", "site", "https://example.org/")]
    head = "Values from the "
    assert (
        prose_through_link("Values from the site 12 May 2010.", head, "Values from the", marks)
        == "Values from the"
    )
    assert (
        prose_through_link(
            "Values from the site and then some more words here.", head, "Values from the", marks
        )
        == "Values from the"
    )


_WIKI = Path(__file__).resolve().parents[2] / "fixtures" / "parse-eval-wiki" / "documents"


def test_german_einzelnachweise_reads_titles_links_and_access_dates() -> None:
    # The whole page: ISBN and doi identifier links, "abgerufen am" access dates in the reference text.
    path = _WIKI / "de-helium-einzelnachweise.html"
    notes = parse_bytes(path.read_bytes(), path=str(path)).footnotes
    by_label = {note.label: note for note in notes}
    assert by_label["2"].title is None and by_label["2"].url == _WEBELEMENTS
    assert by_label["6"].access_date is not None and by_label["6"].access_date.isoformat() == "2009-07-12"
    assert by_label["7"].title == "On the Diamagnetic Susceptibility of Gases"
