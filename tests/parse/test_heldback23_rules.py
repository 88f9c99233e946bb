"""Rules learnt from the studied heldback-23 part of the parse eval (branch p10-hb23tune), by family of
shapes: the German loan "Referenzen" heading a reference list; German APA's "ohne Datum" date group
("(o. D.)", "(o. D.-a)"); Serbian "референце" and a notes paragraph of links, one a line; a page
titled as a catalogue of sources whose list sits under its "sources" sub-heading; a "Sources: link ·
link · link" line (anchors that show their own host name no title); backslash escapes in a link's
destination; a line linking only within its own site is no entry. The entries are shaped like the real ones (fixtures/parse-eval, heldback-23);
names and URLs are invented. Each test pairs the shape with a near miss the rule must leave alone.

Measured on heldback-23 (titles / URLs / access dates right of 239 / 250 / 228): before 161 / 187 /
222; "Referenzen" 170 / 199 / 227; "(o. D.)" 173 / 199 / 227 (and one title each in calibration and
heldback-12); links one a line 178 / 204 / 227;
the sources sub-heading 186 / 212 / 227; the sources line 186 / 223 / 227;
destination escapes 186 / 234 / 227; site-internal links 198 / 235 / 227.
"""

from __future__ import annotations

from citecheck.parse.regions import is_notes_heading

from .conftest import parsed_notes as _notes

_REFERENZEN = (
    "Der Bericht ersetzt keine Prüfung.\n\n## Referenzen\n\n"
    "Widgetwerk. (o. D.-a). *Widget Gen 3 Nachfüllpack*. Abgerufen am 3. August 2026 von "
    "https://widgets.example/product/gen-3\n\n"
    "Gadget Toys. (2025). *Air Gadgets*. https://gadgets.example/air-gadgets/\n\n"
    "Muster, A., & Beispiel, B. (2023). Verletzungen durch Schaumstoffpfeile. *Zeitschrift für "
    "Widgets, 18*(3), 10-20. https://doi.org/10.1000/widgets.2023.3\n"
)


def test_a_referenzen_heading_heads_a_reference_list() -> None:
    notes = [fn for fn in _notes(_REFERENZEN) if fn.kind != "inline"]
    # Numbered as a reference list's entries, not as links the source-list fallback found ("L1" …).
    assert [fn.label for fn in notes] == ["1", "2", "3"]
    assert notes[0].title == "Widget Gen 3 Nachfüllpack"
    assert notes[0].url == "https://widgets.example/product/gen-3"
    assert str(notes[0].access_date) == "2026-08-03"
    assert notes[1].title == "Air Gadgets"
    assert notes[2].url == "https://doi.org/10.1000/widgets.2023.3"


def test_a_referenzkunden_heading_is_no_notes_heading() -> None:
    # Near misses: "Referenzkunden" (reference customers) starts like the heading, and a sentence
    # that opens with the word is no heading.
    assert is_notes_heading("Referenzen")
    assert is_notes_heading("## Referenzen", marked_heading=True)
    assert not is_notes_heading("Referenzkunden", marked_heading=True)
    assert not is_notes_heading("Referenzen unserer Kunden finden Sie auf der Website des Herstellers.")


def test_ohne_datum_is_a_date_group_and_not_the_title() -> None:
    notes = [fn for fn in _notes(_REFERENZEN.replace("(o. D.-a)", "(o. D.)")) if fn.kind != "inline"]
    assert notes[0].title == "Widget Gen 3 Nachfüllpack"


def test_a_parenthesised_o_d_that_is_no_date_stays_in_the_title() -> None:
    # Near miss: "(o. D. 2)" is no date group; the head before the title stays as it was read.
    text = _REFERENZEN.replace("(o. D.-a)", "(o. D. 2)")
    notes = [fn for fn in _notes(text) if fn.kind != "inline"]
    assert notes[0].title != "Widget Gen 3 Nachfüllpack"


_LINKED_LINES = (
    "# Повезивање\n\nУвод [пример](https://widgets.example/node/1) текст.\n\n## референце\n"
    "[Виџети](https://widgets.example)__\n"
    "[Widgets](https://widgets.example/en/)__\n"
    "[Collaboration with Gadgets](https://wiki.gadgets.example/wiki/Collaboration)  \n"
    "[GADGETS](https://wiki.gadgets.example/wiki/GADGETS)  \n"
)


def test_a_paragraph_of_links_one_a_line_is_one_entry_a_line() -> None:
    notes = [fn for fn in _notes(_LINKED_LINES) if fn.kind != "inline"]
    assert [fn.label for fn in notes] == ["1", "2", "3", "4"]
    assert [fn.title for fn in notes] == ["Виџети", "Widgets", "Collaboration with Gadgets", "GADGETS"]
    assert notes[3].url == "https://wiki.gadgets.example/wiki/GADGETS"


def test_links_among_words_or_two_on_a_line_stay_one_paragraph() -> None:
    # Near misses: a line with words after its link, and two links on one line.
    worded = _LINKED_LINES.replace(
        "(https://widgets.example/en/)__", "(https://widgets.example/en/) and more words"
    )
    paired = _LINKED_LINES.replace("__\n[Widgets]", " [Widgets]", 1)
    for text in (worded, paired):
        notes = [fn for fn in _notes(text) if fn.kind != "inline"]
        assert len(notes) < 4


_CATALOGUE = (
    "# Resmî Kaynak Kataloğu\n\nSon erişim tarihi: **26 Ağustos 2026**\n\n"
    "Bu proje yalnızca resmî alan adındaki belgeleri hedefler.\nBelgeler değişebilir.\n\n"
    "## Ana kaynaklar\n\n"
    "1. [Widget Yönergesi (PDF)](https://widgets.example/yonerge.pdf)\n"
    "2. [Widget Yatay Geçiş sayfası](https://widgets.example/yatay-gecis)\n"
    "3. [Gadget program sayfası](https://gadgets.example/program)\n\n"
    "## PDF ekleme\n\nPDF'leri indirip klasöre yerleştirin.\n"
)


def test_a_list_under_the_sources_subheading_of_a_sources_titled_page() -> None:
    notes = [fn for fn in _notes(_CATALOGUE) if fn.kind != "inline"]
    assert [fn.label for fn in notes] == ["1", "2", "3"]
    assert notes[0].title == "Widget Yönergesi (PDF)"
    assert notes[2].url == "https://gadgets.example/program"


def test_an_entry_under_the_title_keeps_the_section_there() -> None:
    # Near miss: an entry of its own under the titled heading, before the sub-heading.
    text = _CATALOGUE.replace(
        "Belgeler değişebilir.\n\n",
        "Belgeler değişebilir.\n\n[Gizmo kılavuzu](https://gizmo.example/kilavuz)\n\n",
    )
    notes = [fn for fn in _notes(text) if fn.kind != "inline"]
    assert "https://gizmo.example/kilavuz" in [fn.url for fn in notes]


_SOURCES_LINE = (
    "## Key Caveats\n\n- Widgets change quickly [see](https://widgets.example/news).\n\n---\n\n"
    "*Sources: [arxiv.org/2501.01880](https://arxiv.org/html/2501.01880v1) · "
    "[widgets.example](https://www.widgets.example/blog/rag) · "
    "[Gadget developer blog](https://developer.gadgets.example/blog/long-context)*\n"
)


def test_a_sources_line_of_links_is_one_entry_a_link() -> None:
    notes = [fn for fn in _notes(_SOURCES_LINE) if fn.kind != "inline"]
    assert [fn.label for fn in notes] == ["1", "2", "3"]
    assert [fn.url for fn in notes] == [
        "https://arxiv.org/html/2501.01880v1",
        "https://www.widgets.example/blog/rag",
        "https://developer.gadgets.example/blog/long-context",
    ]
    # An anchor showing the link's own host names no title; words do.
    assert [fn.title for fn in notes] == [None, None, "Gadget developer blog"]


def test_a_sentence_with_words_between_its_links_is_no_sources_line() -> None:
    # Near misses: words between the links, and a lead that names no list of sources.
    worded = _SOURCES_LINE.replace(" · [widgets.example]", " and also [widgets.example]")
    other = _SOURCES_LINE.replace("*Sources:", "*Friends:")
    for text in (worded, other):
        assert [fn.label for fn in _notes(text) if fn.kind != "inline"] != ["1", "2", "3"]


_JEKYLL = (
    "---\nlayout: page\ntitle: Bibliographie\n---\n\n"
    "Version 2.2 ([Versions précédentes](/widgets/fr/versions))\n\n\n"
    '<a name="doe-2014"></a>Doe, Jane. « Tales of a Widget ». *Widget Gallery* (blog). 2014. '
    "[https://widgets.example/blog/tales](https://widgets.example/blog/tales).\n\n"
    '<a name="thesaurus-2019a"></a>Gadget Thesaurus. « Call Numbers ». *Gadget Thesaurus Online*. 2019a. '
    "[http://gadgets.example/vow/Full?find=call+number\\&logic=AND\\&note=](http://gadgets.example/vow/Full?find=call+number\\&logic=AND\\&note=).\n\n"
    '<a name="thesaurus-2019b"></a>———. « Documents ». *Gadget Thesaurus Online*. 2019b. '
    "[http://gadgets.example/vow/Full?find=document\\&logic=AND](http://gadgets.example/vow/Full?find=document\\&logic=AND).\n"
)


def test_a_line_linking_only_within_the_site_is_no_entry() -> None:
    notes = [fn for fn in _notes(_JEKYLL) if fn.kind != "inline"]
    assert notes[0].title == "Tales of a Widget"
    assert notes[0].url == "https://widgets.example/blog/tales"
    assert len(notes) == 3


def test_a_backslash_escape_in_a_link_destination_is_read_as_commonmark_does() -> None:
    notes = [fn for fn in _notes(_JEKYLL) if fn.kind != "inline"]
    assert notes[1].url == "http://gadgets.example/vow/Full?find=call+number&logic=AND&note="
    assert notes[2].url == "http://gadgets.example/vow/Full?find=document&logic=AND"
    # Near miss: a backslash before a letter is no escape and stays.
    text = (
        "# Sources\n\n1. [Widgets](https://widgets.example/a\\b/c) and more.\n2. [G](https://g.example/x)\n"
    )
    assert next(fn.url for fn in _notes(text) if fn.kind != "inline") == "https://widgets.example/a\\b/c"


def test_a_line_with_a_link_off_the_site_is_still_an_entry() -> None:
    # Near miss: the same line linking to another site is an entry, as before.
    text = _JEKYLL.replace("(/widgets/fr/versions)", "(https://widgets.example/fr/versions)")
    notes = [fn for fn in _notes(text) if fn.kind != "inline"]
    assert notes[0].url == "https://widgets.example/fr/versions"
