"""Notes and source lists of analyses, reports, newsletters and health sites as saved pages
(fixtures/parse-eval-pages, branch p13-html): the rules learnt on the calibration pages, each with a
test where it fires and a near miss where it must not. Entries are shaped as those pages write them
(provenance in fixtures/parse-eval-pages/truth.toml).
"""

from __future__ import annotations

from citecheck.parse.entries import parse_entries
from citecheck.parse.styles import Mark, host_named_site, without_unopened_parenthesis

from .conftest import saved_page, saved_page_notes

_notes = saved_page_notes

_ARTICLE = (
    "<article>"
    + "<p>"
    + "Plant-based diets are associated with several health benefits, say the studies. " * 8
    + "</p>"
    + '<p>A study <a href="https://pmc.ncbi.nlm.nih.gov/articles/PMC8701327/">found</a> weight loss.</p>'
    + "</article>"
)


def _cited(*items: str) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


_SOURCES = (
    "<cite><span>Aleksandrowicz L, ET AL. (2016). The impacts of dietary change on greenhouse gas "
    'emissions. <a href="https://pmc.ncbi.nlm.nih.gov/articles/PMC5094759/">'
    "https://pmc.ncbi.nlm.nih.gov/articles/PMC5094759/</a></span></cite>",
    "<cite><span>Clem J, et al. (2021). A look at plant-based diets. "
    '<a href="https://pmc.ncbi.nlm.nih.gov/articles/PMC8210981/">'
    "https://pmc.ncbi.nlm.nih.gov/articles/PMC8210981/</a></span></cite>",
    "<cite><span>Overweight &amp; obesity statistics.(2021). "
    '<a href="https://www.niddk.nih.gov/health-information/health-statistics/overweight-obesity">'
    "https://www.niddk.nih.gov/health-information/health-statistics/overweight-obesity</a></span></cite>",
)


# 1. A list of cited works beside the article (html._cited_list, _cited_lists_outside) -----------


def test_list_of_cite_items_beside_the_article_is_read_as_notes() -> None:
    # Healthline's "Sources" panel: a tab's button names it, no heading; it stands outside the
    # article's element.
    page = saved_page(
        '<div class="byline"><button><span>Sources</span></button>'
        '<div id="article-resources" role="region"><div>We only use quality sources.</div>'
        + _cited(*_SOURCES)
        + "</div></div>"
        + _ARTICLE
    )
    notes = _notes(page)
    assert notes["1"].url == "https://pmc.ncbi.nlm.nih.gov/articles/PMC5094759/"
    assert notes["2"].title == "A look at plant-based diets"
    assert (
        notes["3"].url == "https://www.niddk.nih.gov/health-information/health-statistics/overweight-obesity"
    )


def test_list_with_an_item_without_cite_is_not_read_as_notes() -> None:
    # A reading list beside the article where one item is a plain link: not a list of cited works.
    page = saved_page(
        '<div class="sidebar">'
        + _cited(*_SOURCES[:2], '<a href="https://example.org/more">More reading</a>')
        + "</div>"
        + _ARTICLE
    )
    notes = _notes(page)
    assert "1" not in notes and "2" not in notes


def test_list_of_cite_items_beside_an_article_with_note_markers_is_not_numbered() -> None:
    # A page whose article links its notes by markers numbers its notes by them (a Wikipedia
    # copy's "Works cited" list, a <cite> in every item, would take the notes' numbers).
    article = (
        "<article><p>"
        + "The history of the region is long and well documented by scholars. " * 8
        + '</p><p>A claim.<sup><a href="#cite_note-1">[1]</a></sup></p>'
        + '<ol class="references"><li id="cite_note-1">Smith, <i>A History</i>, 2001, p. 4.</li></ol>'
        + "</article>"
    )
    page = saved_page(article + '<div class="works">' + _cited(*_SOURCES) + "</div>")
    notes = _notes(page)
    assert notes["1"].url is None
    assert "2" not in notes


# 2. A linked or emphasised name-like field is the page cited, not its author ---------------------


def _gallery(name: str, url: str) -> tuple[str, list[str], list[Mark]]:
    text = f"{name.split('|')[0]}, {name.split('|')[1]}, consulted on November 5, 2025."
    run = name.split("|")[1]
    return text, [url], [Mark("em", run, None), Mark("link", run, url)]


def test_linked_name_field_is_the_title_not_a_person() -> None:
    # WordPress footnotes of an art magazine: "Gallery, <a><em>Artist</em></a>, consulted on …".
    items = [
        _gallery("Sean Kelly Gallery|Dawoud Bey", "https://www.skny.com/artists/dawoud-bey"),
        _gallery("David Zwirner|James Welling", "https://www.davidzwirner.com/artists/james-welling"),
        _gallery("Jack Shainman Gallery|Richard Mosse", "https://jackshainman.com/artists/richard_mosse"),
    ]
    assert [f.title for f in parse_entries(items)] == ["Dawoud Bey", "James Welling", "Richard Mosse"]


def test_marked_title_before_a_plain_name_still_ends_at_the_name() -> None:
    # A title-first book list whose title is the marked run and whose author is plain text: the
    # title is still the fields before the person's (styles.titles_before_names).
    books = [
        ("Learning Python, 5th edition, Mark Lutz, O’Reilly", "Learning Python"),
        ("Fluent Python, Second Edition, Luciano Ramalho, O’Reilly", "Fluent Python"),
        ("Python Crash Course, 3rd edition, Eric Matthes, No Starch Press", "Python Crash Course"),
    ]
    items = [(text, [], [Mark("em", title, None)]) for text, title in books]
    assert [f.title for f in parse_entries(items)] == [
        "Learning Python, 5th edition",
        "Fluent Python, Second Edition",
        "Python Crash Course, 3rd edition",
    ]


# 3. A note set in parentheses whole (styles.without_unopened_parenthesis) ------------------------


def test_closing_parenthesis_of_a_parenthesised_note_leaves_the_title() -> None:
    note = "(Spano MA, Kruskall LJ, Thomas DT. (2018). Nutrition for Sport, Exercise, and Health)."
    assert parse_entries([(note, [], [])])[0].title == "Nutrition for Sport, Exercise, and Health"


def test_enumerator_and_balanced_parentheses_stay_in_the_title() -> None:
    assert without_unopened_parenthesis("règlement sur l'IA, annexe III, point 8, a)") == (
        "règlement sur l'IA, annexe III, point 8, a)"
    )
    assert without_unopened_parenthesis("Ciliary Hovering in Larval Lancelets (=Amphioxus)") == (
        "Ciliary Hovering in Larval Lancelets (=Amphioxus)"
    )


# 4. An institution's long name before a comma, named by the link's host (styles.host_named_site) --


def test_institution_named_by_host_initials_or_first_word_is_the_site() -> None:
    assert host_named_site(
        "University of Central Florida, Online Tuition and Fees", "https://www.ucf.edu/online/costs/"
    ) == ("Online Tuition and Fees", "University of Central Florida")
    assert host_named_site("Clayton State University, Tuition", "https://www.clayton.edu/bursar/tuition") == (
        "Tuition",
        "Clayton State University",
    )


def test_long_name_the_host_does_not_spell_or_before_a_sentence_stays() -> None:
    # A title with a comma whose words the host does not spell, and a Chicago author list whose
    # initials the host spells but whose rest is sentences and a quoted title.
    assert host_named_site("History of the World, Part 1", "https://www.example.org/") is None
    assert (
        host_named_site(
            "Bureau of Labor Statistics, U.S. Department of Labor. 2015. “The Employment Situation.”",
            "http://www.bls.gov/news.release/pdf/empsit.pdf",
        )
        is None
    )


# 5. An organisation as author, a sentence of its own, before title and imprint ---------------------


def test_organisation_sentence_before_title_and_imprint_is_no_title() -> None:
    note = (
        "American College of Sports Medicine. ACSM’s Guidelines for Exercise Testing and Prescription. "
        "Philadelphia: Lippincott Williams & Wilkins, 2000"
    )
    assert (
        parse_entries([(note, [], [])])[0].title == "ACSM’s Guidelines for Exercise Testing and Prescription"
    )


def test_sentence_that_is_no_name_or_has_no_imprint_after_it_stays_the_title() -> None:
    # A first sentence with a lower-case word is a title, not a body's name; a body's name followed
    # by two sentences and no imprint or year is left as read.
    first = (
        "Report of the national commission on fisheries. Annual figures for the coast. London: HMSO, 1990."
    )
    assert parse_entries([(first, [], [])])[0].title == "Report of the national commission on fisheries"
    second = "Institute for Fiscal Studies. Green budget chapter. Summary for the press."
    assert parse_entries([(second, [], [])])[0].title != "Green budget chapter"


# 6. A surname's particle written small opening the entry (entries._capitalised_particle) ---------


def test_small_particle_opening_an_author_list_leaves_the_title() -> None:
    harvard = "van Bebber C, 2005. Hummelforum – Hilfe bei Forschung. https://aktion-hummelschutz.de/forum/"
    apa = "van der Berg, A. (2010). Pollination in the city. Publisher."
    assert parse_entries([(harvard, [], [])])[0].title == "Hummelforum – Hilfe bei Forschung"
    assert parse_entries([(apa, [], [])])[0].title == "Pollination in the city"


def test_small_word_before_a_lower_case_word_is_no_particle() -> None:
    assert parse_entries([("de facto standards for the web. https://example.org/x", [], [])])[0].title == (
        "de facto standards for the web"
    )
