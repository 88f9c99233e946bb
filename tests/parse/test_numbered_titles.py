"""Rules learnt on branch p12-numbered from numbered reference lists written by people other than
calibration's authors: a Vancouver "(n)" list whose author ended some lines on Markdown's hard break
and not others; Vancouver authors with dotted initials and "&"; corporate authors closed by their
initials in brackets or by ", editor"; Nature tails with lettered article numbers and Cell Press
pages; IEEE's site named as author and again as container; StatPearls chapters; a site named by its
host as author. The data behind each rule is named beside it in citecheck/parse and below (fixtures/
parse-eval documents added on the branch); names and URLs here are invented. Each shape is paired
with a near miss the rule must leave alone.
"""

from __future__ import annotations

from citecheck.parse.markdown import _opens_next_numbered_entry
from citecheck.parse.styles import (
    _DOTTED_VANCOUVER_AUTHORS,
    _ET_AL_RUN,
    _HOST_AUTHOR,
    _NATURE_TAIL,
    _NATURE_YEAR_TAIL,
    Mark,
    _abbreviated_organisation,
    _chapter_sentences,
    _colon_led_reference,
    _corporate_author_sentence,
    _lead_org,
    _mark_before,
    _nature_reference,
    _title_before_container,
    tidy_title,
    title_and_publisher,
)

from .conftest import parsed_notes as _notes


def _lines(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


# en-vancouver-paren-genome-variants-references.md: "(1) … 7479–92.  ⏎(2) … 3997 ⏎(3) … giab008⏎(4)
# Broad Institute. …" — some lines end on two spaces, others on nothing; 8 of 12 entries ran together.
def test_next_numbered_label_is_no_soft_break() -> None:
    notes = _notes(
        "# references\n"
        "(1) Doe J, Roe R, et al. A first widget study. Widget Res. 2022 Jul 22;50(13):7479–92.  \n"
        "(2) Poe P. A second widget study. Widget Sci. 2021 Jan 29;10(2):giab008\n"
        "(3) Acme Institute. Widget toolkit; version 4.4.0.0; Available from: https://widgets.example/kit \n"
        "(4) Loe L. A third widget study. Widget Med. 2020 Dec;12(1):91\n"
        "(5) Moe M, et al. A fourth widget study. Widget Lett. 2022 Nov 17;611(7936):519–31.  \n"
    )
    assert [fn.label for fn in notes] == ["1", "2", "3", "4", "5"]
    assert notes[3].title == "A third widget study"


def test_label_out_of_sequence_opens_nothing() -> None:
    # Near miss: "(2014)" and a number that skips ahead are the line's text, not the next entry.
    text = "(1) Doe J. Title one. 2020\n(2014) edition, reprinted\n(3) Roe R. Title three."
    assert _opens_next_numbered_entry(text, _lines(text)) == [False, False, False]
    text = "(1) Doe J. Title one. 2020\n(2) Roe R. Title two."
    assert _opens_next_numbered_entry(text, _lines(text)) == [False, True]


# es-vancouver-citado-protesis-mano-bibliografia.md 4-6, 8, 9, 11: "Sapsanis C., Georgoulas G., Tzes
# A. & Lymberopoulos D. Improving …", "Heijningen G. & Underhill A. User experiences … [internet]."
def test_dotted_vancouver_authors_with_ampersand() -> None:
    title, _ = title_and_publisher(
        "Widget G. & Gadget A. User experiences of digital widgets in daily use [internet]. "
        "Journal of Widget Therapy, 2022 [Citado 31 Agosto 2023]; 35(2): p. 289-298. ",
        [],
        cites=True,
    )
    assert title == "User experiences of digital widgets in daily use"
    title, _ = title_and_publisher(
        "Bolt C., Nut G., Screw A. & Washer D. Improving widget classification using EMD. IEEE, "
        "35th Annual Widget Conference, 2013 [Citado 31 Agosto 2023]. pp. 5754 - 5757. ",
        [],
        cites=True,
    )
    assert title == "Improving widget classification using EMD"


def test_one_dotted_author_then_a_title_letter_is_no_list() -> None:
    # Near miss: a bare space between "Doe J." and "Vitamin D." — a title word and its letter.
    assert _DOTTED_VANCOUVER_AUTHORS.match("Doe J. Vitamin D. deficiency in adults. ") is None
    assert _DOTTED_VANCOUVER_AUTHORS.match("Doe J., Roe R. Vitamin D. deficiency. ") is not None


# en-vancouver-bullets-disponible-btools.md 2-12: "Food and Agriculture Organization (FAO). Human energy
# requirements … [Internet]. Rome, IT: FAO; 2004.", "Perú, Instituto … (INEI). Perú: Estimaciones …",
# "Institute of Medicine (U.S.), editor. DRI: …".
def test_corporate_author_sentences() -> None:
    assert _corporate_author_sentence("Widget and Gadget Organization (WGO).")
    assert _corporate_author_sentence("Institute of Widgets (U.S.), editor.")
    assert _corporate_author_sentence("Institute of Widgets (U.S.), Institute of Widgets (U.S.), editores.")
    title, publisher = title_and_publisher(
        "Ruritania, Instituto Nacional de Widgets (INW). Ruritania: Estimaciones de Widgets 1950-2050 "
        "[Internet]. Capital, RU: INW; 2009 mar. (Boletín Especial). Report No.: 17. ",
        [],
        cites=True,
    )
    assert (title, publisher) == ("Ruritania: Estimaciones de Widgets 1950-2050", "INW")


def test_brackets_inside_a_title_are_no_corporate_author() -> None:
    # Near misses: the brackets do not close the sentence, or are not the name's initials; an
    # organisation named with its initials then a colon keeps the DIN reading.
    assert not _corporate_author_sentence("Regulation (EU) 2016/679.")
    assert not _corporate_author_sentence("Unified Widget Language (UWL) Version 2.5.1.")
    assert not _corporate_author_sentence("Widget design (CAD).")
    assert _abbreviated_organisation("World Widget Organization (WWO): Widgets today. Geneva") is not None
    assert _abbreviated_organisation("World Widget Organization (WWO). Widgets: a survey. Geneva") is None


# en-nature-numbered-drug-response-references.md 9 and 11: "… Brief. Bioinform. 27, bbaf667 (2026).",
# "… Cancer Cell 40, 850-864.e9 (2022)."
def test_nature_tail_with_lettered_article_number_and_supplement_pages() -> None:
    title, journal = title_and_publisher(
        "Bolt, A. et al. Benchmarking widget response models: datasets and tools. Brief. Widg. 27, "
        "bbaf667 (2026).",
        [],
        cites=False,
    )
    assert (title, journal) == ("Benchmarking widget response models: datasets and tools", "Brief. Widg.")
    title, journal = title_and_publisher(
        "Nut, D. et al. Integrative analysis of widget response. Widget Cell 40, 850-864.e9 (2022).",
        [],
        cites=False,
    )
    assert (title, journal) == ("Integrative analysis of widget response", "Widget Cell")


def test_nature_tail_keeps_its_bounds() -> None:
    # Near miss: six letters before the digits is no article number; a supplement needs its "e".
    assert _NATURE_TAIL.search("Widget Cell 40, abcdef667 (2022).") is None
    assert _NATURE_TAIL.search("Widget Cell 40, 850-864.x9 (2022).") is None


# de-ieee-online-verfuegbar-wsl-quellen.md 4, 8, 9: 'LinuxVox, "Installing xrdp …," *LinuxVox*.'
def test_site_named_as_author_and_container() -> None:
    title, _ = title_and_publisher(
        'WidgetVox, "Installing widgets on Ubuntu: A Comprehensive Guide," WidgetVox. [Online]. '
        "Verfügbar unter: ",
        [Mark("em", "WidgetVox")],
        cites=True,
    )
    assert title == "Installing widgets on Ubuntu: A Comprehensive Guide"


def test_marked_run_only_before_the_quote_reads_as_before() -> None:
    # Near miss: the marked run does not stand again after the quote: the guard leaves it to the
    # old reading (here a bold author sentence, which the quote still beats).
    head = 'Widget Systems. "Widget Technical Reference Manual," Widget Press, 2020.'
    marks = [Mark("em", "Widget Systems.")]
    quote = head.index('"')
    end = head.index('"', quote + 1) + 1
    assert _mark_before(head, marks, quote, end) == _mark_before(head, marks, quote)


# es-vancouver-consultado-ecg-bitalino-bibliografia.md 5: "Sattar Y, Chhabra L. Electrocardiogram.
# [Updated 2023 Jun 5]. In: StatPearls [Internet]."
def test_statpearls_chapter_title() -> None:
    title, _ = title_and_publisher(
        "Doe Y, Roe L. Widgetogram. [Updated 2023 Jun 5]. In: WidgetPearls [Internet]. Treasure Island "
        "(FL): WidgetPearls Publishing; 2024 Jan-. ",
        [],
        cites=True,
    )
    assert title == "Widgetogram"
    assert _chapter_sentences(["Widgetogram.", "[Updated 2023 Jun 5].", "In: WidgetPearls"]) == [
        "Widgetogram."
    ]


def test_chapter_sentences_keep_an_opening_in_and_bracketed_words() -> None:
    # Near misses: an entry opening on "In:" keeps it; a bracket with words after it is a sentence.
    assert _chapter_sentences(["In: Proceedings of Widgets", "Title."]) == [
        "In: Proceedings of Widgets",
        "Title.",
    ]
    assert _chapter_sentences(["[Dataset] Widget counts."]) == ["[Dataset] Widget counts."]


# es-vancouver-citado-protesis-mano-bibliografia.md 12: "Hackaday.io. Open Muscle Finger Tracking
# Sensor [internet]."
def test_host_named_site_as_author() -> None:
    title, publisher = title_and_publisher(
        "Widgetday.io. Open Widget Tracking Sensor [internet]. ", [], cites=True
    )
    assert (title, publisher) == ("Open Widget Tracking Sensor", "Widgetday.io")


def test_host_without_a_stop_is_no_author() -> None:
    # Near miss: a host inside the title's words ("Node.js v18 documentation") opens no author.
    assert _HOST_AUTHOR.match("Widget.js v18 documentation [Internet]. ") is None
    assert _HOST_AUTHOR.match("Widget.js. Widget documentation [Internet]. ") is not None


# en-springer-lncs-trust-ontology-references.md 1-5, 7, 8, 11, 12: "Amaral, G., Sales, T.P., …: Title.
# In: … (eds.) OTM 2019. LNCS, vol. 11877, pp. 3-21. Springer, Cham (2019)."
def test_springer_colon_led_authors() -> None:
    title, container = title_and_publisher(
        "Bolt, G., Nut, T.P., Screw, D.: Towards a reference ontology of widgets. In: Washer, H., Gear, C. "
        "(eds.) WTM 2019. LNCS, vol. 11877, pp. 3-21. Springer, Cham (2019). ",
        [],
        cites=True,
    )
    # The "In:" sentence's container comes after its editors, not the first editor's surname.
    assert (title, container) == ("Towards a reference ontology of widgets", "WTM")
    title, journal = title_and_publisher(
        "Bolt, B., et al.: Does widget size matter? Widget Lett. 5, 1–9 (2019). ", [], cites=True
    )
    assert (title, journal) == ("Does widget size matter?", "Widget Lett")


def test_springer_in_container_without_editors() -> None:
    # The container right after "In:" (it was never read: the pattern was tried one character early).
    assert _colon_led_reference(
        "Bolt, J., Nut, A.: Widget trust ontologies. In: Proceedings of the Widget Conference, pp. 1–10 (2021). "
    ) == ("Widget trust ontologies", "Proceedings of the Widget Conference")
    # Near miss: "In" inside the title's sentence is no container sentence.
    assert _colon_led_reference("Bolt, J.: Widgets In: a survey of gadgets. Widget Press (2022). ") == (
        "Widgets In: a survey of gadgets",
        None,
    )


def test_colon_after_a_name_that_is_no_author_list() -> None:
    # Near miss: an organisation or a label before the colon is no initialled author list.
    assert _colon_led_reference("Widget Foundation: Widget guidelines 2.0. Widget Press (2022). ") is None
    assert _colon_led_reference("Note: see the widget guide. Widget Press (2022). ") is None


# en-nature-numbered-essay-deep-learning-wall-references.md 8, 10, 12, 13: "Weidinger, L., _et al._
# Ethical and social risks … _arXiv_ 2112.04359 (2021).", "Rae, J.W., _et al._ Scaling language
# models: … arXiv 2112.11446 (2022)."
def test_italic_et_al_is_no_title() -> None:
    title, _ = title_and_publisher(
        "Bolt, L., et al. Ethical and social risks of widgets. arXiv 2112.04359 (2021).",
        [Mark("em", "et al."), Mark("em", "arXiv")],
        cites=False,
    )
    assert title == "Ethical and social risks of widgets"
    title, _ = title_and_publisher(
        "Nut, J.W., et al. Scaling widget models: methods and insights. arXiv 2112.11446 (2022).",
        [Mark("em", "et al.")],
        cites=True,
    )
    assert title == "Scaling widget models: methods and insights"


def test_et_al_inside_a_title_stays() -> None:
    # Near miss: "et al." that does not open the title, and a run that is more than "et al.".
    assert tidy_title("Replicating Smith et al. on widgets") == "Replicating Smith et al. on widgets"
    assert _ET_AL_RUN.fullmatch("et al. revisited") is None


# en-nature-numbered-essay-deep-learning-wall-references.md 2, 6, 9: "Chan, S., & Siegel, E.L. Will
# machine learning end …? _British Journal of Radiology_ **92**", "Davis, E. & Marcus, G. GPT-3,
# Bloviator: OpenAI's language generator … _MIT Technology Review_ (2020)."
def test_title_before_an_emphasised_container() -> None:
    assert (
        _title_before_container(
            "Bolt, S., & Nut, E.L. Will widgets end the viability of gadgets? ",
            "British Journal of Widgets",
            [Mark("em", "British Journal of Widgets")],
        )
        == "Will widgets end the viability of gadgets?"
    )
    assert (
        _title_before_container(
            "Bolt, E. & Nut, G. GPT-3, Widgetator: the widget generator has no idea what it is talking about. ",
            "Widget Technology Review",
            [Mark("em", "Widget Technology Review")],
        )
        == "GPT-3, Widgetator: the widget generator has no idea what it is talking about."
    )


def test_a_short_organisation_before_the_container_is_the_author() -> None:
    # Near miss: a body's name alone before the emphasised run is its author, not a title.
    assert _lead_org(["OECD."])
    assert not _lead_org(["GPT-3, Widgetator: the widget generator has no idea what it is talking about."])


# en-nature-numbered-essay-deep-learning-wall-references.md 7: "Greene, T. DeepMind tells Google …
# toxic. The Next Web (2021)."
def test_nature_entry_closing_on_a_site_and_year() -> None:
    title, site = title_and_publisher(
        "Bolt, T. WidgetMind tells Gadget it has no idea how to make widgets less toxic. The Next Widget (2021).",
        [],
        cites=False,
    )
    assert (title, site) == (
        "WidgetMind tells Gadget it has no idea how to make widgets less toxic",
        "The Next Widget",
    )


def test_year_tail_needs_a_site_of_journal_words() -> None:
    # Near miss: lower-case words before the year are the title's, no site: the rule finds none.
    assert _nature_reference("Bolt, T. Widgets are everywhere. and so are gadgets (2021).") is None
    assert _NATURE_YEAR_TAIL.search("Widget Weekly 12 (2021). extra") is None
