"""Rules learnt from the studied heldback-34 part (branch p10-hb34tune), by family of shapes. Two of
its thirteen documents lost notes at first blind (11 of its 119 notes); each was read for the
cause, and a rule written for the mechanism, not the document:

1. A Markdown README section opened and closed by thematic breaks, "---⏎## 参考文献⏎…⏎---"
   (heldback-34's Japanese chat-app README, eight linked entries under two sub-headings): the
   block between the two "---" lines was taken for YAML front matter and dropped, so only the
   second sub-list's three entries were read (as "1"-"3"). Front matter is a YAML mapping: a block
   with text but no "key:" line is Markdown (markdown._YAML_KEY); any key keeps it front matter.
2. The same README annotates each linked entry in an indented paragraph after a blank line,
   "- [Title](url)⏎⏎  `TCP` … を参照" (five entries): the paragraph was joined to the item as
   CommonMark's continuation paragraph and read as the publisher. An item that is one link alone
   ends at the blank line (markdown._LINK_ALONE_ITEM); an item with text beside its link, or a
   line wrapped mid-entry, goes on as before.
3. A rendered VuePress page whose "[1]Title: _url_" notes ran together in one paragraph,
   "[1]…: https://…/p/359551116[2]…: https://…[3]…" (heldback-34's Chinese Prometheus page, seven
   脚注, six not found): the run-in splitter knew "1. … URL 2. …" only; a block that opens on a
   bracketed label is split at "[n]" right after a URL, with or without a space, the numbers in
   sequence, three entries at least (regions._RUN_IN_BRACKET).
4. Org mode's HTML export kept in a Markdown README (heldback-34's Spanish practice README, six
   footnotes): each number a superscript in-page link, "<sup><a … href=\"#fnr.1\">1</a></sup>", the
   notes read as "1 ETSIINF-UPM: https://…" with the number in the title (six titles). A
   superscript holding one link to a fragment is a superscript label (markdown group "suplink"); one
   linking an address stays a link (the README corpus's system-design-primer cites so).
5. Titles: Hugo footnotes "Todd Hoff, [Title](url) (2016), highscalability.com" (heldback-34's
   English live-comments post, seven of twelve): the link's text before the bracketed year was read
   as an author-date entry's author, the host as its title (or a colon inside the link's text as a
   DIN author's). A link closing right before a bracketed year, after the people and a comma, is
   the title; the field after the year's comma the site (styles._linked_title_before).
6. Titles: a German title-first list "Title[, Edition], Given Surname, Publisher|Journal[, Year]"
   (heldback-34's Python notes, six of twelve entries read whole, cut at an edition or not at all):
   where three entries at least, half of those without an address, hold a person's field after a
   first field of two words or more, the title is the fields before the person's
   (styles.titles_before_names; one calibration title gained, "The Code Book. The Secret History
   …, Simon Singh, …").
7. Publishers: Chicago author-date journals "“Title.” *Journal Name* 37 (1): 35–46." (heldback-34's
   Pandoc csl-entry list, six journals read with their volume, "Journal Name 37"): a name before a
   volume with an issue in brackets or a colon and pages, closing the segment, is the journal
   (styles._JOURNAL_VOLUME); a name and a number alone ("Channel 4") is left as it is.
8. Titles: "**Survey 2024:** 63,2% de uso …; 43% de confianza …" (heldback-34's Spanish source
   list, two of ten): the bold run closed by a colon was carried on to the sentence after it as an
   ABNT subtitle. Figures set apart by semicolons opening on a digit are a description
   (styles._plain_subtitle); one phrase after the colon, digits or not, is still a subtitle.
9. Titles: Chicago author-date with a body as author, "Centraal Bureau voor de Statistiek. 2025.
   *Title*. StatLine table …" (heldback-34's Pandoc list, one title and its publisher): the body's
   lower-case words made "Name. 2025." read as the title before an emphasised container. A lead of
   a name and a sentence that is a year alone is the author and date (styles._title_before_container);
   "Title. *Journal*" after a person's name is read as before.
10. Titles: APA's bracketed description "[StackOverflow post]" after the title (heldback-34's
   Dutch-APA README, one of twelve; "[Video]" was known): any "[Site post]" of one or two words
   before "post" is a description (styles.MEDIUM); a bracketed word that is no description stays.
11. Publishers: IEEE's imprint "Vienna, Austria: R Foundation for Statistical Computing, 2026."
   (heldback-34's R Markdown list) read "Vienna": a city and a country written out before the
   colon are the place (styles._LEADING_CITY_COUNTRY), as "London, U.K.:" was; seven publishers
   gained elsewhere (calibration 5, heldback-20 2), none lost.

Names and URLs below are invented; each test pairs the shape with a near miss.
"""

from __future__ import annotations

from citecheck.models import Footnote

from .conftest import parsed_notes as _notes


def _entries(text: str, name: str = "doc.md") -> list[Footnote]:
    return [fn for fn in _notes(text, name) if fn.kind != "inline"]


_LINKS = "\n\n".join(f"- [Widget guide part {n}](https://docs.widgets.example/part{n})" for n in range(1, 4))


def test_thematic_breaks_around_a_reference_section_are_no_front_matter() -> None:
    text = f"---\n## References\n\n### Official\n\n{_LINKS}\n\n### Blogs\n\n"
    text += "- [A blog post on widgets](https://blog.example.net/widgets)\n\n---\n"
    found = _entries(text)
    assert [fn.label for fn in found] == ["1", "2", "3", "4"]
    assert found[0].url == "https://docs.widgets.example/part1"


def test_front_matter_with_a_key_is_still_dropped() -> None:
    # Near miss: a YAML block with a key before the same list stays front matter.
    text = f"---\ntitle: Widget notes\nlinks:\n{_LINKS}\n---\n\n# Widget notes\n\nNo sources here.\n"
    assert _entries(text) == []


def test_annotation_paragraph_under_a_link_item_is_no_publisher() -> None:
    items = "\n\n".join(
        f"- [Widget manual {n}](https://docs.widgets.example/m{n})\n\n  `Sockets` の使い方を参照"
        for n in range(1, 4)
    )
    found = _entries(f"# App\n\n## 参考文献\n\n{items}\n")
    assert [fn.label for fn in found] == ["1", "2", "3"]
    assert all(fn.publisher is None for fn in found)
    assert found[1].title == "Widget manual 2"


def test_item_with_text_beside_its_link_keeps_its_continuation() -> None:
    # Near miss: the item holds more than the link, so its indented paragraph goes on the item.
    items = "\n\n".join(
        f"- [Widget manual {n}](https://docs.widgets.example/m{n}), widget press\n\n  Retrieved 3 May 2024."
        for n in range(1, 4)
    )
    found = _entries(f"# App\n\n## References\n\n{items}\n")
    assert [fn.label for fn in found] == ["1", "2", "3"]
    assert all(fn.access_date is not None for fn in found)


def _run_together(glue: str) -> str:
    notes = glue.join(
        f"[{n}]Widget note {n}: <em>https://notes.widgets.example/p/{100 + n}</em>" for n in range(1, 5)
    )
    return f"<html><body><p>Text[1] and more[2].</p><h3>脚注</h3><p>{notes}</p></body></html>"


def test_bracketed_notes_run_together_after_their_urls_are_split() -> None:
    found = _entries(_run_together(""), "page.html")
    assert [fn.label for fn in found] == ["1", "2", "3", "4"]
    assert [fn.url for fn in found] == [f"https://notes.widgets.example/p/{100 + n}" for n in range(1, 5)]
    assert found[2].title == "Widget note 3"


def test_bracketed_numbers_not_after_a_url_stay_in_the_entry() -> None:
    # Near miss: "[2]" after words, not after a URL, is a marker inside the note.
    text = (
        "<html><body><p>Text[1].</p><h3>脚注</h3><p>[1]Widget note, see also [2] and [3] there: "
        "<em>https://notes.widgets.example/p/1</em></p></body></html>"
    )
    found = _entries(text, "page.html")
    assert [fn.label for fn in found] == ["1"]
    assert found[0].url == "https://notes.widgets.example/p/1"


def _org_export(href_prefix: str) -> str:
    text = '# Intro\n\nWidgets are fast<sup><a id="fnr.1" class="footref" href="#fn.1">1</a></sup>.\n\n'
    text += '<div id="footnotes">\n<h2 class="footnotes">Footnotes: </h2>\n<div id="text-footnotes">\n\n'
    for n in range(1, 4):
        text += (
            f'<div class="footdef"><sup><a id="fn.{n}" class="footnum" href="{href_prefix}{n}">{n}</a></sup> '
            f'<div class="footpara">Widget site {n}: https://widgets{n}.example.org</div></div>\n\n'
        )
    return text + "</div>\n</div>\n"


def test_superscript_in_page_link_numbers_org_footnotes() -> None:
    found = _entries(_org_export("#fnr."))
    assert [fn.label for fn in found] == ["1", "2", "3"]
    assert [fn.title for fn in found] == ["Widget site 1", "Widget site 2", "Widget site 3"]


def test_superscript_link_to_an_address_is_no_label() -> None:
    # Near miss: a superscript linking an address cites it; it is not read as a footnote number.
    text = "# Intro\n\nWidgets scale.<sup><a href=https://widgets.example.org/scale>1</a></sup>\n"
    found = _notes(text)
    assert [fn.url for fn in found if fn.kind == "inline"] == ["https://widgets.example.org/scale"]
    assert "1" not in [fn.label for fn in found]


def _hugo_notes(entries: list[str]) -> str:
    text = "# Post\n\nWidgets stream fast[^1].\n\n"
    return text + "".join(f"[^{n}]: {entry}\n" for n, entry in enumerate(entries, 1))


def test_linked_title_before_a_bracketed_year_is_the_title() -> None:
    found = _entries(
        _hugo_notes(
            [
                "Ana Pérez, [How Widgets Stream To Many Viewers](https://widgets.example.org/a) (2016), widgets.example.org",
                "Bo Lin, [Widget Queues: Behind the Curtain](https://blog.example.net/q) (2011), blog.example.net",
                "Cy Roe, [Scaling Widget Sockets](https://talks.example.com/s) (2020), Widget Events",
            ]
        )
    )
    assert [fn.title for fn in found] == [
        "How Widgets Stream To Many Viewers",
        "Widget Queues: Behind the Curtain",
        "Scaling Widget Sockets",
    ]
    assert found[0].publisher == "widgets.example.org" and found[2].publisher == "Widget Events"


def test_linked_author_year_is_no_title() -> None:
    # Near miss: the link holds the author and year, and the title follows the year: read as before.
    found = _entries(
        _hugo_notes(
            [
                "[Pérez et al. (2024)](https://widgets.example.org/p) Widget streaming at scale. Widget Journal."
            ]
        )
    )
    assert found[0].title != "Pérez et al."
    assert found[0].title == "Widget streaming at scale"


def test_title_first_list_ends_each_title_at_the_persons_field() -> None:
    entries = [
        "Widget Handbook, 3rd edition, Anna Berger, Widget Press",
        "Widgets: Tools for every case, Jonas Keller, aus: Widget Special, 1/2010",
        "Parallel widgets, Part 1: Tasks, Lena Vogt, Widget Journal 11/2016",
        "Widget Primer, Second Edition, Paul Brandt, 2017",
    ]
    found = _entries(
        "# Notes\n\nText.\n\n## Literatur\n\n"
        + "\n\n".join(f"[{n}] {e}" for n, e in enumerate(entries, 1))
        + "\n"
    )
    assert [fn.title for fn in found] == [
        "Widget Handbook, 3rd edition",
        "Widgets: Tools for every case",
        "Parallel widgets, Part 1: Tasks",
        "Widget Primer, Second Edition",
    ]


def test_author_date_heads_are_no_title_first_list() -> None:
    # Near miss: a surname opens each entry and a year stands before the name-like field.
    entries = [
        "Berger, Anna T. (1997), Principles of Widget Analysis, Widget Methods, Vol. 2.",
        "Keller, Jonas (2014), Widgets and Data, Boletim Widget, Repositório Aberto.",
        "Vogt, Lena (2017), Widget Models, Widget Review, Widget Press.",
    ]
    found = _entries(
        "# Notes\n\nText.\n\n## References\n\n"
        + "\n\n".join(f"[{n}] {e}" for n, e in enumerate(entries, 1))
        + "\n"
    )
    assert [fn.title for fn in found] == [
        "Principles of Widget Analysis",
        "Widgets and Data",
        "Widget Models",
    ]


def _chicago(entries: list[str]) -> str:
    text = "# Paper\n\nWidgets cluster.\n\n## References\n\n"
    return text + "\n\n".join(f"{n}. {e}" for n, e in enumerate(entries, 1)) + "\n"


def test_journal_before_its_volume_and_pages_is_the_publisher() -> None:
    found = _entries(
        _chicago(
            [
                "Berger, Anna. 2019. “Widget Clusters.” *Widget Recognition* 88: 13–26. <https://doi.org/10.1000/w1>.",
                "Keller, Jonas. 2010. “Widget Phones.” *Journal of Widget Technology* 17 (1): 3–27. <https://doi.org/10.1000/w2>.",
                "Vogt, Lena. 2021. “Widget Chains.” *Widget Science Review* 3 (1). <https://doi.org/10.1000/w3>.",
            ]
        )
    )
    assert [fn.publisher for fn in found] == [
        "Widget Recognition",
        "Journal of Widget Technology",
        "Widget Science Review",
    ]


def test_name_and_number_alone_keeps_its_number() -> None:
    # Near miss: no issue and no pages after the number: a name holding a number.
    from citecheck.parse.styles import tidy_publisher

    assert tidy_publisher(" Widget Channel 4.") == "Widget Channel 4"
    assert tidy_publisher(" Widget Review 12 (2019).") != "Widget Review"


def _bold_sources(entries: list[str]) -> str:
    text = "# Plan\n\nText.\n\n## Fuentes\n\n"
    return text + "\n".join(f"*   {e}" for e in entries) + "\n"


def test_figures_after_a_bold_title_are_no_subtitle() -> None:
    found = _entries(
        _bold_sources(
            [
                "**Widget Survey 2024:** 63,2% de uso; 43% de confianza. Consultado el 10-09-2026. [widgets.blog](https://widgets.blog/s)",
                "**Widget Report 2025:** 36,5M de usuarios; 47,2M en total. Consultado el 10-09-2026. [widgets.example](https://widgets.example)",
                "**Widget Docs:** Reglas de uso. Consultado el 10-09-2026. [docs.widgets.example](https://docs.widgets.example)",
            ]
        )
    )
    assert [fn.title for fn in found][:2] == ["Widget Survey 2024", "Widget Report 2025"]


def test_a_phrase_opening_on_a_digit_stays_a_subtitle() -> None:
    # Near miss: one phrase after the colon inside the bold run, no semicolons: the subtitle.
    from citecheck.parse.styles import _plain_subtitle

    assert (
        _plain_subtitle("Widgets:", " 100 Exercises for Beginners. Widget Press, 2020.")
        == "100 Exercises for Beginners"
    )
    assert _plain_subtitle("Widgets:", " 63,2% de uso; 43% de confianza. Consultado.") is None


def test_body_and_year_before_an_emphasised_title_are_the_head() -> None:
    found = _entries(
        _chicago(
            [
                "Widget Bureau voor de Statistiek. 2025. *Widget Commuting Tables; Regions*. Table 85481. <https://widgets.example/85481>.",
                "Berger, Anna. 2019. “Widget Clusters.” *Widget Recognition* 88: 13–26. <https://doi.org/10.1000/w1>.",
            ]
        )
    )
    assert found[0].title == "Widget Commuting Tables; Regions"


def test_title_sentence_before_a_journal_stays_the_title() -> None:
    # Near miss: ABNT's "AUTHOR, I. Article title. **Journal**, v. 2": the sentence before the run
    # is the title, no year alone closes it.
    found = _entries(
        _chicago(["BERGER, A. Widget clusters in practice. **Widget Recognition**, v. 2, p. 13-26, 2019."])
    )
    assert found[0].title == "Widget clusters in practice"


def _apa(entries: list[str]) -> str:
    return "# Page\n\nThe sources I used:\n\n" + "\n".join(f"- {e}" for e in entries) + "\n"


def test_site_post_description_is_no_part_of_the_title() -> None:
    found = _entries(
        _apa(
            [
                "Dodge, A. (2011, 19 november). Widget background on colour [WidgetForum post]. Widget Forum. https://forum.widgets.example/q/1",
                "Roe, B. (2020, 3 maart). Widget animations [Online forum post]. Widget Board. https://board.widgets.example/t/2",
                "Poe, C. (2018, 1 mei). Widget styles [Video]. WidgetTube. https://tube.widgets.example/v/3",
            ]
        )
    )
    assert [fn.title for fn in found] == ["Widget background on colour", "Widget animations", "Widget styles"]


def test_bracketed_words_that_describe_nothing_stay() -> None:
    # Near miss: brackets not closing on "post" are left in the title.
    found = _entries(
        _apa(
            [
                "Dodge, A. (2011, 19 november). Widget background [part two] explained. Widget Forum. https://forum.widgets.example/q/1",
                "Roe, B. (2020, 3 maart). Widget animations. Widget Board. https://board.widgets.example/t/2",
                "Poe, C. (2018, 1 mei). Widget styles [Video]. WidgetTube. https://tube.widgets.example/v/3",
            ]
        )
    )
    assert found[0].title == "Widget background [part two] explained"


def test_an_edition_written_out_is_no_person() -> None:
    from citecheck.parse.styles import _person_field

    assert _person_field("Paul Brandt") and not _person_field("Second Edition")
    assert not _person_field("Zweite Auflage")


def test_city_and_country_before_the_colon_are_the_place() -> None:
    from citecheck.parse.styles import tidy_publisher

    assert tidy_publisher(". Vienna, Austria: Widget Foundation for Computing, 2026. Available:") == (
        "Widget Foundation for Computing"
    )


def test_a_name_and_comma_without_a_colon_is_no_place() -> None:
    # Near miss: no colon after the two names: the first field is the publisher as before.
    from citecheck.parse.styles import tidy_publisher

    assert tidy_publisher(". Widget Press, Vienna, 2026.") == "Widget Press"
