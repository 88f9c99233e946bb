"""Rules learnt bringing heldback-17 to the gate (branch p10-gate17), by family of shapes. The
entries are shaped like the real ones (fixtures/parse-eval: heldback-17 and the calibration
documents of p10-gate17); names and URLs are invented. Each test pairs the shape with a near miss
the rule must leave alone.
"""

from __future__ import annotations

from .conftest import parsed_notes as _notes

_TABLE = (
    "## Data sources\n\n"
    "| # | Dataset | Coverage | URL |\n"
    "|---|---|---|---|\n"
    "| 1 | **Statbureau — Household Widget Ownership Survey** | Annual, 1990→ | https://stats.example/widgets |\n"
    "| 2 | **Gadget Council — Regional Gadget Prices** | Monthly | https://gadgets.example/prices |\n"
    "| 3 | **WXO — Widget Trade Database** | All countries | https://wxo.example/trade |\n"
)


def test_a_table_row_s_bold_cell_names_the_organisation_before_the_dash() -> None:
    notes = _notes(_TABLE)
    assert [fn.title for fn in notes] == [
        "Household Widget Ownership Survey",
        "Regional Gadget Prices",
        "Widget Trade Database",
    ]


def test_a_bold_name_and_dash_outside_a_table_or_before_a_shorter_title_stays() -> None:
    # Near misses: a reading list's "**Name — Title**" with no further cell (a work's own name
    # before its subtitle), and a table cell whose part after the dash is no longer than the name.
    listed = _notes(
        "## Further reading\n\n"
        "1. **Widgetbook — The Complete Guide to Widgets**. A handbook. https://books.example/wb\n"
        "2. **Gadgetpedia — Gadgets Explained Simply**. An encyclopaedia. https://books.example/gp\n"
    )
    assert [fn.title for fn in listed] == [
        "Widgetbook — The Complete Guide to Widgets",
        "Gadgetpedia — Gadgets Explained Simply",
    ]
    short = _notes(
        "## Data sources\n\n"
        "| # | Dataset | Coverage | URL |\n"
        "|---|---|---|---|\n"
        "| 1 | **Widget Trade Monitor — Exports** | Annual | https://stats.example/exports |\n"
        "| 2 | **Gadget Price Index — Europe** | Monthly | https://stats.example/prices |\n"
    )
    assert [fn.title for fn in short] == ["Widget Trade Monitor — Exports", "Gadget Price Index — Europe"]


_SITES = (
    "## Sources\n"
    "1. Widget Makers Raise Their Output. Widget Weekly. https://www.widgetweekly.example/rise (2026-06) (S)\n"
    "2. Gadget Makers Cut Prices. Gadget News. https://gadgetnews.example/cuts (2026-05) (S)\n"
    "3. Why Gadgets Fail in the Cold. Acme Research. https://acme.example/outlook (2026-04) (S)\n"
    "4. Widget Spend Is Projected to Slow, Still Outpacing Growth. widgetco. https://www.widgetco.example/slow (2026-05) (S)\n"
    "5. Gadget Forecast 2027. Gadget News. https://gadgetnews.example/forecast (2026-06) (S)\n"
    "6. Widgets Revise Outlook, Show Growth For Most Media. WidgetPost. https://www.widgetpost.example/revise (2026-09) (S)\n"
)


def test_a_title_first_list_s_closing_sentence_naming_the_host_is_the_site() -> None:
    notes = _notes(_SITES)
    assert [(fn.title, fn.publisher) for fn in notes][3:] == [
        ("Widget Spend Is Projected to Slow, Still Outpacing Growth", "widgetco"),
        ("Gadget Forecast 2027", "Gadget News"),
        ("Widgets Revise Outlook, Show Growth For Most Media", "WidgetPost"),
    ]


def test_a_closing_sentence_naming_no_host_or_a_list_of_another_shape_stays() -> None:
    # Near misses: the same list with a closing sentence that names no host of its link (a title's
    # own second sentence), and a short list where too few entries show the shape.
    notes = _notes(
        _SITES.replace(
            "4. Widget Spend Is Projected to Slow, Still Outpacing Growth. widgetco.",
            "4. Widget Spend Is Projected to Slow, Still Outpacing Growth. again.",
        )
    )
    assert notes[3].title != "Widget Spend Is Projected to Slow, Still Outpacing Growth"
    assert notes[3].publisher != "again"
    short = _notes(
        "## Sources\n"
        "1. Gadget Forecast 2027. Gadget News. https://gadgetnews.example/forecast (2026-06) (S)\n"
        "2. Widget Spend Is Projected to Slow. widgetco. https://www.widgetco.example/slow (2026-05) (S)\n"
    )
    assert short[1].publisher != "widgetco"


def test_a_venue_after_a_title_s_comma_closes_the_title() -> None:
    notes = _notes(
        "## Literatur\n\n"
        "[WIDG19]: Widgetson, Anna: Widgets: Scaling Them for Continuous Delivery, IEEE International "
        "Conference on Widget Architecture, 2019, URL: https://papers.example/widgets\n\n"
        "[GADG20]: Gadgetova, Ina: On Gadget Services Design, International Journal of Open Gadget "
        "Technologies ISSN: 1234-5678 vol. 3, no. 2, 2020, URL: https://papers.example/gadgets\n"
    )
    assert [fn.title for fn in notes] == [
        "Widgets: Scaling Them for Continuous Delivery",
        "On Gadget Services Design",
    ]


def test_venue_words_opening_a_title_or_in_lower_case_stay() -> None:
    # Near misses: the venue's words open the title (no comma before them), and a comma before
    # venue words in lower case (a phrase of the title).
    notes = _notes(
        "## Literatur\n\n"
        "[WIDG19]: Widgetson, Anna: Report of the International Conference on Widgets, 2019, "
        "URL: https://papers.example/report\n\n"
        "[GADG20]: Gadgetova, Ina: Gadgets at home, international journal of a gadget maker, 2020, "
        "URL: https://papers.example/journal\n"
    )
    assert [fn.title for fn in notes] == [
        "Report of the International Conference on Widgets",
        "Gadgets at home, international journal of a gadget maker",
    ]


_BOOKS = (
    "##  5.Bibliografia\n\n"
    "- Jan Widgetowski, Opus widget C++. Programowanie w języku C++. Wydanie III poprawione\n\n"
    "- Anna Gadgetowa, Python. Wprowadzenie. Wydanie V, Widgetron.\n"
    "- Olga Zając, Hands-On Widget Learning with Scikit-Learn, Keras, and TensorFlow, Widget Press, 2022.\n"
    "- Piotr Nowak, Deep Learning for Widget Vision, Widget Mastery.\n"
    "- Ewa Kowal, Adam Lis, Wprowadzenie do sztucznych widgetów.\n"
)


def test_a_book_list_of_given_first_names_before_a_comma_reads_the_titles_after_them() -> None:
    notes = _notes(_BOOKS)
    assert [(fn.title, fn.publisher) for fn in notes] == [
        ("Opus widget C++. Programowanie w języku C++", None),
        ("Python. Wprowadzenie", "Widgetron"),
        ("Hands-On Widget Learning with Scikit-Learn, Keras, and TensorFlow", "Widget Press"),
        ("Deep Learning for Widget Vision", "Widget Mastery"),
        ("Wprowadzenie do sztucznych widgetów", None),
    ]


def test_given_first_names_alone_or_a_title_read_otherwise_stay() -> None:
    # Near misses: two such entries only (no list shape), and a Chicago note whose title is read
    # otherwise ("Place: Publisher" after it) in a list of the shape.
    short = _notes(
        "##  5.Bibliografia\n\n"
        "- Jan Widgetowski, Opus widget C++. Programowanie w języku C++. Wydanie III poprawione\n\n"
        "- Anna Gadgetowa, Python. Wprowadzenie. Wydanie V, Widgetron.\n"
        "- Deep Learning for Widget Vision, Widget Mastery, 2020.\n"
        "- Widget Handbook. Gadget Press, 2019.\n"
    )
    assert short[1].title != "Python. Wprowadzenie"
    notes = _notes(
        _BOOKS
        + "- James Widget, Idea Widgets: Gadgets and the Rise of Bolts, New York: The Widget Press, 1991.\n"
    )
    assert notes[5].title == "Idea Widgets: Gadgets and the Rise of Bolts"


def test_two_people_written_surname_first_and_joined_by_and_are_the_authors() -> None:
    notes = _notes(
        "## Works Cited\n\n"
        "[1] Marlow, Peter and Quayle, Susan. The Elements of Widgets, 4th Edition. Crown, 2021\n\n"
        "[2] Boltman, Karl. A History of Widgets Since the 16th Century. Widgetnate, April 2021.\n"
    )
    assert notes[0].title in ("The Elements of Widgets, 4th Edition", "The Elements of Widgets")


def test_a_title_with_and_between_words_is_no_author_list() -> None:
    # Near miss: "Sorting and Searching, …" — no "Surname, Given" on either side of the "and".
    notes = _notes(
        "## Works Cited\n\n"
        "[1] Sorting and Searching, Widget Edition. Crown, 2021\n\n"
        "[2] Boltman, Karl. A History of Widgets Since the 16th Century. Widgetnate, April 2021.\n"
    )
    assert notes[0].title is not None and notes[0].title.startswith("Sorting and Searching")
