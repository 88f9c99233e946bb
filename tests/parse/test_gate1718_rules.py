"""Rules learnt bringing heldback-17 and -18 to the gate (branch p10-gate1718), by family of shapes:
a linked list going on under a sibling heading over more linked items; a group bullet closed by a
colon over nested entries that name their sources; a venue's abbreviation before the year after
two surnames or "et al."; a dash between an author-year date and the marked title; a full date in
brackets closing a title; APA's "(n.d.)." entries without a URL; a year closing an APA title after
its date group; a broken Markdown link's bracketed title; "(EU) No 692/2014" as a designation, no
language tag. The entries are shaped like the real ones (fixtures/parse-eval, heldback-18, and
heldback-3's French link list); names and URLs are invented. Each test pairs the
shape with a near miss the rule must leave alone.
"""

from __future__ import annotations

from .conftest import listed_notes
from .conftest import parsed_notes as _notes

_RELATED = (
    "## Related work\n\n"
    "- [Widgetson (2021)](https://papers.example/w1) — *Widgets at Scale*\n"
    "- [Gadgetova & Bolt (2022)](https://papers.example/w2) — *Gadgets Considered*\n\n"
)


def test_a_linked_list_goes_on_under_a_sibling_heading_of_linked_items() -> None:
    notes = _notes(
        _RELATED + "## Legal texts\n\n"
        "- [**Widget Act 2019**](https://law.example/act-2019) (2019) — the act on widgets.\n"
        "- [**Gadget Regulation No 12/2020**](https://law.example/reg-12) — its regulation.\n"
    )
    assert [fn.url for fn in notes] == [
        "https://papers.example/w1",
        "https://papers.example/w2",
        "https://law.example/act-2019",
        "https://law.example/reg-12",
    ]
    assert notes[2].title == "Widget Act 2019"


def test_a_sibling_heading_over_prose_or_repository_links_ends_the_list() -> None:
    # Near misses: a "## License" paragraph, a "## Provenance" list of lines that open with words,
    # and one item alone under the next heading end the list as any heading does.
    for after in (
        "## License\n\nMIT, see [the licence](https://licence.example/mit).\n",
        "## Provenance\n\n- Crossref check: GET https://api.example/works/1\n"
        "- Index check: GET https://api.example/works/2\n",
        "## Author\n\n- [Portfolio](https://people.example/me) — the author's other work\n",
    ):
        notes = listed_notes(_RELATED + after)
        assert [fn.url for fn in notes] == ["https://papers.example/w1", "https://papers.example/w2"], after


def test_a_group_bullet_over_nested_entries_is_a_note_of_its_own() -> None:
    notes = _notes(
        "## Sources\n\n"
        "- Widget statutes and guidance (safety, labelling):\n"
        "  - Widget Law Library, Widget Code § 12 — https://law.example/code/12\n"
        "  - Widget Law Library, Widget Code § 13 — https://law.example/code/13\n"
        "- Gadget outcomes (trials vs. settlements):\n"
        "  - Gadget Office, Trial Guide — https://gadgets.example/trials\n"
        "  - Congress Library, Report G-17 — https://library.example/g-17\n"
    )
    assert [fn.label for fn in notes] == ["1", "2", "3", "4", "5", "6"]
    assert [fn.url for fn in notes] == [
        None,
        "https://law.example/code/12",
        "https://law.example/code/13",
        None,
        "https://gadgets.example/trials",
        "https://library.example/g-17",
    ]


def test_a_group_bullet_over_bare_addresses_names_their_topic() -> None:
    # Near miss: a topic line over bare addresses (the calibration Kazakh list's shape) is no note,
    # and nor is a colon-closed bullet over a single nested entry.
    notes = _notes(
        "## Sources\n\n"
        "- Widget theory:  \n"
        "  - https://wiki.example/Widget_theory  \n"
        "  - https://wiki.example/Gadget_theory\n"
        "- Widget rules:  \n"
        "  - https://wiki.example/Widget_rules\n"
    )
    assert [fn.url for fn in notes] == [
        "https://wiki.example/Widget_theory",
        "https://wiki.example/Gadget_theory",
        "https://wiki.example/Widget_rules",
    ]
    single = _notes(
        "## Sources\n\n"
        "- Widget law:\n"
        "  - Widget Law Library, Widget Code § 12 — https://law.example/code/12\n"
        "- Gadget Office, Trial Guide — https://gadgets.example/trials\n"
    )
    assert [fn.url for fn in single] == ["https://law.example/code/12", "https://gadgets.example/trials"]


def test_a_venue_before_the_year_after_surnames_is_a_date_group() -> None:
    notes = _notes(
        "## Related work\n\n"
        '- [Widgetson & Bolt (WIDG 2016)](https://papers.example/a) — *The "Widget" Model*\n'
        "- [Gadgetova et al. (GADCON 2021)](https://papers.example/b) — *Gadgets Revisited*\n"
    )
    assert [fn.title for fn in notes] == ['The "Widget" Model', "Gadgets Revisited"]


def test_an_abbreviation_before_the_year_after_a_title_stays_the_titles() -> None:
    # Near miss: "(OE 2025)" after a law's name, no surnames before it, is the title's own.
    notes = _notes(
        "## Sources\n\n"
        "1. Widget Budget Law (OE 2025), Widget Office. https://law.example/oe-2025\n"
        "2. Gadget Budget Law (OE 2024), Widget Office. https://law.example/oe-2024\n"
    )
    assert [fn.title for fn in notes] == ["Widget Budget Law (OE 2025)", "Gadget Budget Law (OE 2024)"]


def test_a_dash_may_stand_between_an_author_date_and_the_marked_title() -> None:
    notes = _notes(
        "## Related work\n\n"
        "- [Widgetson et al. (2024)](https://doi.example/10.1/w) — *Widgetganda* in Widget Studies\n"
        "- [Bolt (2023)](https://doi.example/10.1/b) — *Gadget Maps* in Gadget Review\n"
    )
    assert [fn.title for fn in notes] == ["Widgetganda", "Gadget Maps"]


def test_words_between_the_dash_and_the_marked_run_keep_the_sentence() -> None:
    # Near miss: a description opening with words before the emphasised run is no title of it.
    notes = _notes(
        "## Related work\n\n"
        "- [Widgetson et al. (2024)](https://doi.example/10.1/w) — a review of *Widgetganda*\n"
        "- [Bolt (2023)](https://doi.example/10.1/b) — a reply to *Gadget Maps*\n"
    )
    assert [fn.title for fn in notes] != ["Widgetganda", "Gadget Maps"]
    assert all(fn.title is None or fn.title.startswith("a re") for fn in notes)


def test_a_full_date_in_brackets_closing_a_title_is_its_issue_date() -> None:
    notes = _notes(
        "## Sources\n\n"
        "- Widget Board Guidelines 02/2025 on Labelling (16 January 2025) — https://board.example/g-02\n"
        "- Gadget Directive 7/2024 (adopted 3 March 2024) — https://board.example/d-7\n"
    )
    assert [fn.title for fn in notes] == [
        "Widget Board Guidelines 02/2025 on Labelling",
        "Gadget Directive 7/2024",
    ]


def test_a_year_or_a_month_and_year_in_brackets_is_left_to_the_title() -> None:
    # Near miss: "(Edition 2019)", "(March 2024)" and a bracket naming no month are no issue dates.
    notes = _notes(
        "## Sources\n\n"
        "- Widget Survey (March 2024) — https://board.example/survey\n"
        "- Gadget Handbook (Volume 12 2024) — https://board.example/handbook\n"
    )
    assert [fn.title for fn in notes] == ["Widget Survey (March 2024)", "Gadget Handbook (Volume 12 2024)"]


_APA = (
    "### Bibliography\n\n"
    "Widgetson, H. M., & Bolt, M. (2019). Widget forces, 2019. _Bulletin of Widgets_. "
    "<https://doi.example/10.1/wf-2019>\n\n"
    "[Widget Forecasting Project Data]. (n.d.). Unpublished raw data.\n\n"
    "Widgetson, H. M., & Gadgetova, R. S. (2017). Worldwide deployments of widgets, 2017. "
    "_Bulletin of Widgets_. <https://doi.example/10.1/wd-2017>\n"
)


def test_an_apa_entry_dated_n_d_without_a_url_is_an_entry() -> None:
    notes = _notes(_APA)
    assert [fn.url for fn in notes] == [
        "https://doi.example/10.1/wf-2019",
        None,
        "https://doi.example/10.1/wd-2017",
    ]


def test_a_sentence_naming_n_d_is_no_entry() -> None:
    # Near miss: a remark between the entries that names "(n.d.)" in its sentence is no entry.
    remark = "Works marked (n.d.) carry no date and were read in May"
    notes = _notes(_APA.replace("[Widget Forecasting Project Data]. (n.d.). Unpublished raw data.", remark))
    assert [fn.url for fn in notes] == [
        "https://doi.example/10.1/wf-2019",
        "https://doi.example/10.1/wd-2017",
    ]


def test_a_year_closing_an_apa_title_after_its_date_group_is_the_titles() -> None:
    notes = _notes(_APA)
    assert [notes[0].title, notes[2].title] == [
        "Widget forces, 2019",
        "Worldwide deployments of widgets, 2017",
    ]


def test_a_short_name_after_an_apa_titles_comma_is_still_its_publisher() -> None:
    # Near miss: Harvard's "Title, Publisher." after the date group keeps its publisher apart; only a
    # year there is the title's.
    notes = _notes(
        "## Sources\n\n"
        "- Widgetson, H. (2019). Widget forces, Widgetco. https://doi.example/10.1/a\n"
        "- Gadgetova, R. (2018). Gadget forces, Gadget Press. https://doi.example/10.1/b\n"
    )
    assert [(fn.title, fn.publisher) for fn in notes] == [
        ("Widget forces", "Widgetco"),
        ("Gadget forces", "Gadget Press"),
    ]


def test_a_broken_markdown_link_sets_its_whole_title_apart() -> None:
    notes = _notes(
        "## Sources\n\n"
        "1.1 [Widgets, Gadgets, and the Law Reports] (https://widgets.example/reports)\n"
        "Annual report on widget law.\n\n"
        "1.2 [Widget Data Portal] (https://widgets.example/portal)\n"
        "Breakdown of widget data.\n\n"
        "1.3 [Gadget Survey] (https://gadgets.example/survey)\n"
        "A survey of gadgets.\n"
    )
    assert [fn.title for fn in notes] == [
        "Widgets, Gadgets, and the Law Reports",
        "Widget Data Portal",
        "Gadget Survey",
    ]


def test_a_bracketed_description_before_more_fields_is_no_broken_link() -> None:
    # Near miss: a bracket after an author, going on with a date group and more, is not the whole
    # head of the entry, so the rule does not read its content as the title.
    notes = _notes(
        "## Sources\n\n"
        "- Widget Office. [Widget, Gadget Tables] (2021). Widget Yearbook. https://widgets.example/y\n"
        "- Gadget Office. [Gadget Tables] (2022). Gadget Yearbook. https://gadgets.example/y\n"
    )
    assert [fn.title for fn in notes] != ["Widget, Gadget Tables", "Gadget Tables"]
    assert [fn.url for fn in notes] == ["https://widgets.example/y", "https://gadgets.example/y"]


def test_two_capitals_in_brackets_before_no_and_a_number_are_a_designation() -> None:
    notes = _notes(
        "## Related work\n\n"
        "- [**Widget Regulation (EU) No 12/2020**](https://law.example/x) — The EU's widget regime. Renewed annually.\n"
        "- [**Gadget Directive (EU) No 7/2021**](https://law.example/y) — The gadget regime. Amended twice.\n"
    )
    assert [fn.title for fn in notes] == [
        "Widget Regulation (EU) No 12/2020",
        "Gadget Directive (EU) No 7/2021",
    ]


def test_a_language_tag_before_a_full_stop_still_goes() -> None:
    # Near miss: "(DE)", "(FR)" closing a title before its full stop are language tags.
    notes = _notes(
        "## Sources\n\n"
        "1. Widget Handbook (DE). Widget Verlag, 2019. https://widgets.example/de\n"
        "2. Gadget Handbook (FR). Gadget Éditions, 2020. https://gadgets.example/fr\n"
    )
    assert [fn.title for fn in notes] == ["Widget Handbook", "Gadget Handbook"]
