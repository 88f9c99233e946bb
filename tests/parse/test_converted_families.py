"""Rules learnt on branch p12-converted from documents converted from Word, PDF or a wiki: an
annotated bibliography's category-serial labels ("[S1]", "[F8]"), its address closing the citation's
line above the annotation, and its long first entry; a think-tank report's endnotes exported from
PDF (an unmarked "Endnotes" line, notes run together in one paragraph, a cut URL's tail read as a
heading, quotation marks a code-page slip turned into letters); a URL a converter split into two
links; an initialled author list closed by a colon; angle brackets and "&" written as escaped HTML
entities. The data behind each rule is named beside it in citecheck/parse and below (fixtures/
parse-eval documents added on the branch); names and URLs here are invented. Each shape is paired
with a near miss the rule must leave alone.
"""

from __future__ import annotations

from citecheck.parse.code_page import repaired_code_page_marks
from citecheck.parse.link_pieces import joined_link_pieces
from citecheck.parse.markers import match_entry_start
from citecheck.parse.regions import _annotated_paragraph
from citecheck.parse.styles import tidy_title
from citecheck.parse.urls import find_urls, unwrap_urls

from .conftest import parsed_notes as _notes


# en-annotated-bibliography-distributed-ml-survey.md: "**[S1]**", "**[F1]**", "**[C1]**" entries.
def test_category_serial_labels_start_entries() -> None:
    notes = _notes(
        "# Annotated Bibliography\n\n## Surveys\n\n"
        "**[S1]** Widget, A. (2020). A survey of widgets. *Widget Surveys, 3*(2), 1–33.\n"
        "https://papers.example/s1\n\n> This survey sorts widgets by kind.\n\n---\n\n"
        "**[S2]** Gadget, B. (2019). Gadgets in depth. *Gadget Review, 5*, 1–9.\n"
        "https://papers.example/s2\n\n> A review of gadgets.\n\n---\n\n## Foundations\n\n"
        "**[F1]** Bolt, C. (2010). The first bolt. *Proceedings of Bolts, 1*, 7–10.\n"
        "https://papers.example/f1\n\n> Where bolts began.\n"
    )
    assert [(fn.label, fn.url) for fn in notes] == [
        ("S1", "https://papers.example/s1"),
        ("S2", "https://papers.example/s2"),
        ("F1", "https://papers.example/f1"),
    ]
    assert notes[0].title == "A survey of widgets"


def test_a_standards_number_or_a_paper_size_is_no_serial_label() -> None:
    start = match_entry_start("[S1] Widget, A. (2020). A survey.")
    assert start is not None and start.label == "S1"
    assert match_entry_start("[RFC5234] Augmented BNF for syntax specifications") is None
    assert match_entry_start("[A4] 210 × 297 mm") is None


# en-annotated-bibliography-ai-tutoring-thermo.md: "…/2608.07373v1⏎2,874 student turns",
# "…/abs/2502.05195⏎22-problem benchmark", "…-learnings/⏎Source for the separate …".
def test_the_annotation_under_an_address_is_not_joined_to_it() -> None:
    for text in (
        '"A taxonomy" (2026). [skimmed] https://arxiv.example/html/2608.07373v1\n2,874 student turns, 221 sessions.',
        '"Using models" (2025). [skimmed] https://arxiv.example/abs/2502.05195\n22-problem benchmark, five models.',
        'Blog, "Our learnings." [skimmed] https://blog.example/our-most-recent-learnings/\nSource for the separate agent.',
    ):
        assert unwrap_urls(text) == text
    assert find_urls("https://arxiv.example/abs/2502.05195 22-problem benchmark, five models")[0][0] == (
        "https://arxiv.example/abs/2502.05195"
    )


def test_a_url_cut_at_the_margin_is_still_joined() -> None:
    # Near misses: a path cut mid-word goes on in small letters; a hyphen or a slash cuts a URL.
    assert unwrap_urls("Available at: https://news.example/poli\ntics/1 accessed 2020") == (
        "Available at: https://news.example/politics/1 accessed 2020"
    )
    assert unwrap_urls("Bloomberg, 2020. https://news.example/2020-03-\n17/treasury-futures trade") == (
        "Bloomberg, 2020. https://news.example/2020-03-17/treasury-futures trade"
    )
    # A space inside a cut path is kept, so the URL is reported as invalid rather than guessed.
    assert find_urls("see https://news.example/politika/ 25584021 today")[0][0] == (
        "https://news.example/politika/ 25584021"
    )


_LONG_ANNOTATION = " ".join(["The study ran for a term and compared two classes of students."] * 10)


# en-annotated-bibliography-ai-tutoring-thermo.md: its first entry, 746 characters, was lost.
def test_a_long_annotated_entry_is_an_entry() -> None:
    notes = _notes(
        "# Annotated Bibliography\n\nGrouped by what each source is good for.\n\n## Evidence\n\n"
        '**Widget, A., Bolt, B. (2025). "Tutors outperform lectures: a trial." *Widget Reports*.** [skimmed]\n'
        f"https://journal.example/a1\n{_LONG_ANNOTATION}\n\n"
        '**"Gadgets can help: a trial" (2025), arXiv:2512.00001.** [found]\n'
        "https://arxiv.example/abs/2512.00001\nA short note.\n\n"
        '**"Bolts in class" (2024).** [found]\nhttps://bolts.example/3\nAnother note.\n'
    )
    assert [fn.url for fn in notes] == [
        "https://journal.example/a1",
        "https://arxiv.example/abs/2512.00001",
        "https://bolts.example/3",
    ]


def test_a_long_paragraph_of_prose_is_no_annotated_entry() -> None:
    prose = f"In 2025 the team wrote about tutors at https://team.example/notes and more.\n{_LONG_ANNOTATION}"
    assert not _annotated_paragraph(prose)
    unquoted = (
        f"Widget, A. (2025). Tutors outperform lectures.\nhttps://journal.example/a1\n{_LONG_ANNOTATION}"
    )
    assert not _annotated_paragraph(unquoted)


# en-report-endnotes-cset-ai-decision-support.md: "Endnotes" on a line of its own over "1 Herodotus,
# …", the quotation marks turned into "ô…ö".
def test_an_unmarked_endnotes_line_over_bare_numbers_opens_the_notes() -> None:
    notes = _notes(
        "Institute for Widgets | 30\n\nEndnotes\n\n"
        "1 Widgetus, ôHistories,ö trans. A. B. Bolt (Cambridge: Widget Press, 1920), book 1,\nchs. 54-77.\n\n"
        "2 DOW, Dictionary of Widget Terms (Washington, D.C.: DOW, 2021),\nhttps://widgets.example/dictionary.pdf.\n\n"
        "3 ôGADGET,ö Bolt Systems, accessed September 27, 2024, http://bolts.example/gadget/.\n\n"
        "4 Seth Nut, ôWidget Research: Lessons Learned,ö Widget Quarterly 50, no. 1 (2002): 25-34.\n"
    )
    assert [fn.label for fn in notes] == ["1", "2", "3", "4"]
    assert notes[2].url == "http://bolts.example/gadget/" and notes[2].title == "GADGET"


def test_a_notes_word_over_prose_opens_no_bare_notes() -> None:
    notes = _notes("Notes\n\n1 Introduction\n\nThe widget was made in 2020 and sold well.\n")
    assert notes == []


def test_code_page_quotes_are_put_back_only_where_the_slip_is_certain() -> None:
    slipped = "3 ôARCAS,ö Elbit. 4 ôArmy Research,ö Ops. 5 ôModeling for Campaignsö (RAND). ChinaÆs 25û34."
    assert repaired_code_page_marks(slipped) == (
        "3 “ARCAS,” Elbit. 4 “Army Research,” Ops. 5 “Modeling for Campaigns” (RAND). China’s 25–34."
    )
    # Near misses: French and German words; "ô…ö" spans that never close after a stop.
    french = "Le côté nord, à côté du château ôté, schön öffnen, rôle über ödland, ô mon dieu ö."
    assert repaired_code_page_marks(french) == french
    assert (
        repaired_code_page_marks("“Real quotes” and ôAö ôBö ôCö,ö.ö") == "“Real quotes” and ôAö ôBö ôCö,ö.ö"
    )


# en-report-endnotes-nist-chips-digital-twin.md: twelve notes in two paragraphs, a cut URL's tail
# "## NIST.SP.1282" between them.
def test_notes_run_together_are_split_and_a_cut_urls_tail_goes_back_on_its_note() -> None:
    notes = _notes(
        "## ENDNOTES\n\n"
        "1 “Widget Strategy” (2023), https://widgets.example/strategy.pdf 2 “Summary Report: Bolts” "
        "(2024), https://doi.example/10.1/B-1 3 P.L. 117-167, Widget Act of 2022 (Creating Widgets) "
        "4 “Needs for Widgets” (2022), NIST SP 1282, https://doi.example/10.6028/\n\n"
        "## NIST.SP.1282\n\n"
        "5 Widget activities were authorized by the Widget Act. 6 A. Bolt, “Chiplets and Widgets” "
        "(2022), https://doi.example/10.48550/arXiv.2209.00001\n"
    )
    # (After the heading the run goes on: two notes run together are enough there.)
    assert [fn.label for fn in notes] == ["1", "2", "3", "4", "5", "6"]
    assert notes[3].url == "https://doi.example/10.6028/NIST.SP.1282"
    assert notes[1].title == "Summary Report: Bolts"


def test_numbers_out_of_order_and_a_worded_heading_stay_as_written() -> None:
    notes = _notes(
        "## ENDNOTES\n\n1 “Widget Strategy” (2023), Act of 2022 28 (1): 27-48, https://widgets.example/a/\n\n"
        "## Appendix A\n\nThe widget tables follow.\n"
    )
    assert [fn.label for fn in notes] == ["1"]
    assert notes[0].url == "https://widgets.example/a/"


# cs-iso690-neuronove-site-literatura.md: "[http://…/f/f](href)[sym/…pdf.](href)", three entries.
def test_a_url_split_into_two_links_reads_as_its_address() -> None:
    notes = _notes(
        "# Literatura\n\n"
        "- **[1]** Bolt, A. *Widget Technology*. [online], [cit. 2019-10-10]. URL "
        "[http://widgets.example/kurzy/f/f](http://widgets.example/kurzy/f/f-sym/widget_nets.pdf)"
        "[sym/widget\\\\_nets.pdf.](http://widgets.example/kurzy/f/f-sym/widget_nets.pdf)\n"
        "- **[2]** Nut, B. Gadgets [online]. [cit. 2019-10-10]. URL "
        "[https://blog.example/2013/01/deep-widgets](https://blog.example/2013/01/deep-widgets-gadgets/)"
        "[gadgets/](https://blog.example/2013/01/deep-widgets-gadgets/)\n"
        "- **[3]** Gear, C. Gears [online]. [cit. 2019-10-10]. Dostupné z: <https://gears.example/>\n"
    )
    assert [fn.url for fn in notes] == [
        "http://widgets.example/kurzy/f/f-sym/widget_nets.pdf",
        "https://blog.example/2013/01/deep-widgets-gadgets/",
        "https://gears.example/",
    ]


def test_two_adjacent_links_to_different_addresses_stay_two() -> None:
    # Near miss: the second link goes elsewhere, or the texts put together do not spell the address
    # (the pair is joined by link_pieces.py, which took over this branch's marks-level rule at the merge).
    other = "[https://a.example/x](https://a.example/x)[mirror](https://b.example/y)"
    assert joined_link_pieces(other) == other
    unspelled = "[https://a.example/x](https://a.example/x)[mirror](https://a.example/x)"
    assert joined_link_pieces(unspelled) == unspelled


# cs-iso690-neuronove-site-literatura.md entries 8, 9: "He, K., Zhang, X., Ren, S., Sun, J.: Title".
def test_an_initialled_author_list_may_close_on_a_colon() -> None:
    notes = _notes(
        "## Literatura\n\n"
        "- **[1]** Bolt, K., Nut, X., Gear, S., Cog, J.: Deep Widget Learning for Image Recognition. "
        "*IEEE Conference on Widgets*, (pp. 770-778), 2016.\n"
        "- **[2]** Word2vec: Parameter Learning Explained [online]. 2016 [cit. 2019-11-10]. "
        "Dostupné z: <https://arxiv.example/1411.2738>\n"
        "- **[3]** Gear, C. Gears [online]. [cit. 2019-10-10]. Dostupné z: <https://gears.example/>\n"
    )
    assert notes[0].title == "Deep Widget Learning for Image Recognition"
    # Near miss: a title with a colon of its own keeps its lead.
    assert notes[1].title == "Word2vec: Parameter Learning Explained"


# en-harvard-entity-brackets-pomodoro-app.md: "Available at: \&lt;https://…\&gt;", "&amp;" in a URL.
def test_entity_brackets_close_no_url_and_an_escaped_ampersand_is_one() -> None:
    notes = _notes(
        "## References\n\n"
        "Bolt, A., 2022. How to build a widget. [online] Widgets. Available at: \\&lt;https://widgets.example/timer\\&gt;\n\n"
        "Nut, B., 2020. Gadgets. [online] Available at: \\&lt;https://news.example/a.html?r=aHR0&amp;sig=AQAA\\&gt;\n\n"
        "Gear, C., 2021. Gears. [video] Available at: \\&lt;https://video.example/watch?v=m3St\\&gt;\n"
    )
    assert [fn.url for fn in notes] == [
        "https://widgets.example/timer",
        "https://news.example/a.html?r=aHR0&sig=AQAA",
        "https://video.example/watch?v=m3St",
    ]


def test_a_query_holding_gt_is_the_urls_own() -> None:
    # Near miss: no "&lt;" before the address.
    assert (
        find_urls("see https://api.example/items?price&gt=5 today")[0][0]
        == "https://api.example/items?price&gt=5"
    )


# en-annotated-bibliography-ai-tutoring-thermo.md entry 11: "MathTutorBench (EMNLP 2025 Oral), arXiv:…".
def test_an_eprint_identifier_after_a_comma_closes_the_title() -> None:
    assert tidy_title("WidgetBench (EMNLP 2025 Oral), arXiv:2502.18940") == "WidgetBench (EMNLP 2025 Oral)"
    # Near misses: an identifier alone, or inside the title's words, stays.
    assert tidy_title("arXiv:2502.18940") == "arXiv:2502.18940"
    assert (
        tidy_title("Notes on arXiv:2502.18940 and its sequels") == "Notes on arXiv:2502.18940 and its sequels"
    )


# en-report-endnotes-cset-ai-decision-support.md notes 1 and 2 (Chicago, exported from PDF).
def test_chicago_publication_facts_and_a_translator_close_the_title() -> None:
    assert tidy_title("Widget Dictionary of Terms (Washington, D.C.: DOW, November 2021)") == (
        "Widget Dictionary of Terms"
    )
    assert tidy_title("Histories, trans. A. B. Widget") == "Histories"
    # Near misses: a bracket without a place and a colon, a journal "Trans." in a title.
    assert tidy_title("Widget Study (Part 2, 2020)") == "Widget Study (Part 2, 2020)"
    assert tidy_title("Notes on Trans. Widget Soc. papers") == "Notes on Trans. Widget Soc. papers"


# cs-iso690-neuronove-site-literatura.md entry 11: "Long, J., …, Darrell, T.: Title [online]".
def test_colon_closed_authors_before_a_medium_are_no_title() -> None:
    notes = _notes(
        "## Literatura\n\n"
        "- **[1]** Bolt, J., Nut, E., Gear, T.: Fully Convolutional Widgets for Segmentation [online]. "
        "2014 [cit. 2018-04-23]. Dostupné z:<http://arxiv.example/abs/1411.4038>\n"
        "- **[2]** Widgets: a field guide [online]. 2015 [cit. 2019-03-30]. Dostupné z: <https://w.example/>\n"
        "- **[3]** Gear, C. Gears [online]. [cit. 2019-10-10]. Dostupné z: <https://gears.example/>\n"
    )
    assert notes[0].title == "Fully Convolutional Widgets for Segmentation"
    # Near miss: a title with a colon of its own, no initialled names before it.
    assert notes[1].title == "Widgets: a field guide"
