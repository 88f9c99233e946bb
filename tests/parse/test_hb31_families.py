"""Rules learnt from the studied heldback-29 part's successor, heldback-31 (branch p10-hb31tune), by
family of shapes. Four of its fourteen documents yielded no note under its labels at first blind;
each was read for the cause, and a rule written for the mechanism, not the document:

1. Word's endnotes carried into Markdown with Word's downlevel-revealed conditional comments kept in
   the links' text, "[<![if !supportFootnotes]>[i]<![endif]>](#_ednref1)" (heldback-31's English
   paper on Lightning security, twelve endnotes "i" to "xii"): markdown._WORD_NOTE_LINK knew the bare
   "[\\[i\\]](#_ednref1)" only, so the notes were read as a numbered list ("1" … "12") whose titles
   were the comments. The numeral is read inside the comments (markdown._WORD_CONDITIONAL_OPEN); a
   link whose text inside them is a word is no note link.
2. A chat assistant's answer copied as Markdown (heldback-31's Go concurrency note): a numbered list
   "[1] Go Memory Model: explains … ([Go][1])" over link reference definitions "[1]: https://…" that
   share its numbers. In CommonMark each "[n]" opening a line is then a shortcut reference link, so
   the twelve entries were read as one linked run and the four definitions as inline links.
   markdown._entry_numbers reads a "[n]" opening a line as the entry's number where two lines of the
   block at least open so, numbered in order; a lone "[1]" opening a line, or numbers out of order,
   stay links.
3. The same answer's "([Go][2])" closing each entry is the site a statement came from (a citation
   pill), not the work's title (styles._closing_source_pill); a link that is the entry's only words
   is still its title.
4. The same list annotates each work, "Name: explains …", all twelve opening their annotation on
   the same lower-case verb (entries._annotated_colon_titles): the name before the colon is the
   title where three entries at least, half the list, share that opening word and it is no stop word
   (a sentence-case subtitle, "Deep learning: a review", opens on a stop word; subtitles of one list
   do not share their first word).
5. Remaining titles: "Publisher, *Title*, URL" where the publisher's name holds an emphasised word,
   "*blink-dev* forum of the `chromium.org` Google Group, *Intent to Implement: SIMD.js*, …", "*W3C*
   Working Group Note, *Streams API*, …" (heldback-31's Bulgarian list, three of twelve): an
   emphasised run that words after it carry on in its comma field, with a later emphasised run that
   is a whole field, is a word of a name (styles._em_inside_name); an emphasised run with no such
   run after it is read as before.

Measured: heldback-31 titles 77 -> 92/111, URLs 72 -> 96/111; no other part lost a field, the README
and docs corpus unchanged (fixtures/parse-eval/README.md, "heldback-31 studied (p10-hb31tune)").
Names and URLs below are invented; each test pairs the shape with a near miss.
"""

from __future__ import annotations

from citecheck.models import Footnote

from .conftest import parsed_notes as _notes


def _entries(text: str) -> list[Footnote]:
    return [fn for fn in _notes(text) if fn.kind != "inline"]


def _word_document(shown: list[str]) -> str:
    text = "# Paper\n\nBlocks are slow" + "".join(
        f" claim[<![if !supportFootnotes]>[{s}]<![endif]>](#_edn{n})" for n, s in enumerate(shown, 1)
    )
    text += ".\n\n"
    for n, s in enumerate(shown, 1):
        url = f"https://widgets.example.org/page/{n}"
        text += f"[<![if !supportFootnotes]>[{s}]<![endif]>](#_ednref{n}) [{url}]({url})\n\n"
    return text


def test_word_notes_inside_conditional_comments_keep_their_numerals() -> None:
    notes = _entries(_word_document(["i", "ii", "iii"]))
    assert [fn.label for fn in notes] == ["i", "ii", "iii"]
    assert [fn.url for fn in notes] == [f"https://widgets.example.org/page/{n}" for n in (1, 2, 3)]
    assert all(fn.title is None for fn in notes)


def test_a_conditional_comment_around_a_word_is_no_note_link() -> None:
    # Near miss: the text inside the comments is a word, not a numeral.
    notes = _entries(_word_document(["see", "also", "here"]))
    assert [fn.label for fn in notes] != ["see", "also", "here"]


_ANSWER = (
    "# Channels\n\nChannels synchronise goroutines [1].\n\n## References\n\n"
    "[1] Widget Memory Model: explains data races and the ordering of events. ([Widgets][1])\n"
    "[2] Widget Language Specification: explains channel types and their direction. ([Widgets][2])\n"
    "[3] Official `widget.Lock` documentation: explains the zero value and the copy rule. ([Widget Docs][3])\n"
    "\n"
    '[1]: https://widgets.example.dev/ref/mem "https://widgets.example.dev/ref/mem"\n'
    '[2]: https://widgets.example.dev/ref/spec "https://widgets.example.dev/ref/spec"\n'
    '[3]: https://pkg.widgets.example.dev/lock "lock package"\n'
)


def test_numbered_entries_over_same_numbered_definitions_are_entries() -> None:
    notes = _entries(_ANSWER)
    assert [fn.label for fn in notes] == ["1", "2", "3"]
    assert [fn.url for fn in notes] == [
        "https://widgets.example.dev/ref/mem",
        "https://widgets.example.dev/ref/spec",
        "https://pkg.widgets.example.dev/lock",
    ]


def test_a_lone_bracketed_number_opening_a_line_stays_a_link() -> None:
    # Near miss: one line opens on "[1]", a shortcut reference to its definition: still a link, its
    # address read from the definition (as before the rule).
    text = (
        "# Notes\n\nSome prose here.\n\n[1] is where the widget rules live.\n\n"
        "[1]: https://widgets.example.dev/rules\n"
    )
    assert [(fn.label, fn.url) for fn in _notes(text)] == [("1", "https://widgets.example.dev/rules")]


def test_a_closing_source_pill_is_no_title_and_an_annotation_is_cut() -> None:
    assert [fn.title for fn in _entries(_ANSWER)] == [
        "Widget Memory Model",
        "Widget Language Specification",
        "Official widget.Lock documentation",
    ]


def test_a_link_that_is_the_entrys_only_words_stays_its_title() -> None:
    # Near miss: the bracketed link is all the entry says.
    text = (
        "# Report\n\nText [1].\n\n## Sources\n\n"
        "1. ([The Widget Handbook](https://widgets.example.org/handbook))\n"
        "2. ([The Gadget Handbook](https://gadgets.example.org/handbook))\n"
    )
    assert [fn.title for fn in _entries(text)] == ["The Widget Handbook", "The Gadget Handbook"]


def test_sentence_case_subtitles_are_no_annotations() -> None:
    # Near miss: subtitles after the colon open on a stop word, or on different words.
    text = (
        "# Report\n\nText [1].\n\n## Sources\n\n"
        "1. Widget learning: a review of methods and results. https://widgets.example.org/a\n"
        "2. Gadget learning: a survey of recent work in the field. https://gadgets.example.org/b\n"
        "3. Sprocket design: a study of gears and chains. https://sprockets.example.org/c\n"
        "4. Cog theory: foundations of the spinning of wheels. https://cogs.example.org/d\n"
    )
    titles = [fn.title for fn in _entries(text)]
    assert titles[0] is not None and titles[0].startswith("Widget learning: a review")
    assert titles[3] is not None and titles[3].startswith("Cog theory: foundations")


_PUBLISHER_FIRST = (
    "# Report\n\nText [1].\n\n## Sources\n\n"
    "1. Widgetpedia, *Stack widget*, https://widgets.example.org/wiki/Stack_widget, visited 2017-01-12.\n"
    "2. *gadget-dev* forum of the `gadgets.example` Group, *Intent to Ship: Shared Gadgets*, "
    "https://groups.example.org/gadget-dev/abc, visited 2017-01-12.\n"
    "3. *W9C* Working Group Note, *Sprockets API*, https://w9c.example.org/TR/sprockets/, visited 2017-01-12.\n"
)


def test_an_emphasised_word_inside_a_publishers_name_is_no_title() -> None:
    assert [fn.title for fn in _entries(_PUBLISHER_FIRST)] == [
        "Stack widget",
        "Intent to Ship: Shared Gadgets",
        "Sprockets API",
    ]


def test_an_emphasised_run_with_no_whole_field_after_it_is_still_the_title() -> None:
    # Near miss: "*Nature* reviews …" has no emphasised field after it; the emphasised run is read
    # as before.
    text = (
        "# Report\n\nText [1].\n\n## Sources\n\n"
        "1. *Widget Studies* in practice, Gadget Press, https://widgets.example.org/studies, 2019.\n"
    )
    assert [fn.title for fn in _entries(text)] == ["Widget Studies"]
