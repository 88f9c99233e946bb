"""Rules learnt from heldback-33 (branch p10-hb33tune, its first nine documents, cs to fr), by family
of shapes; each rule written for the mechanism, not the document:

1. A numbered list whose items name groups of sources in bold, closed by a colon, each over nested
   bullets that are the entries ("1. **Textes juridiques et institutionnels :**" over four "   - Name :
   [Site](…)" bullets, "2. **Papiers fondateurs … :**" over eight "   - Turing, A. M. (1950). *Title*.
   [DOI:…](…)": heldback-33's French course bibliography, 12 notes numbered in order): the numbered
   items were read as notes 1 and 2 and the bullets numbered after them. A numbered item in bold
   over two nested citing items at least is a topic of one unlabelled list, as a numbered heading
   over such items is (regions._bold_group_item, in regions._first_label).
2. The same list's "Name : [Site](url)" entries: the link text names the site it points to (its host,
   or a name a label of the host spells), the words before the colon are the work
   (entries._titles_before_site_links; three entries of a list at least; four there).
3. ISO 690's creator in capitals set in bold, then the title in italics ("**LIU, Junwei et al.**
   *Title* [online]. …", "**IEEE COMPUTER SOCIETY.** *SWEBOK: …*": heldback-33's Czech list, four
   of five entries): the emphasised run right after the creator is the title
   (styles._MARKED_CAPS_CREATOR in styles.title_and_publisher).
4. A PDF's IEEE list copied as text, one entry glued to the end of the one before ("…, pp. 535–547,
   2021.[3]N. Reimers and I. Gurevych, “Sentence-BERT: …”": heldback-33's English privacy-audit paper,
   one of twelve): the note [2] held [3] and took its address. A note holding the next label once,
   right after a digit and a full stop, where the list has no note of that number and has the one
   after it, is split in two (generic._gap_filled; three entries are asked of a run otherwise).
5. Remaining titles, one entry each but each a shape with its evidence inside the entry:
   APA's "(n.d.). Retrieved from https://…" for a page with no title (two of twelve in the English
   works-cited list): a title that is only a bracketed "no date" designation is none
   (no_date.only_no_date); "Title (SE) 3.0: Subtitle - arXiv.org" (the deep-research list): a
   number right after a name's initials in brackets carries the title on, no "Org (ORG): title"
   author (styles._NAME_GOES_ON); "JSON Web Token (JWT). (2026). *RFC 7519*." (the Spanish APA
   list): a standard's designation that is the entry's last marked run, no words after it, is the
   title (styles._mark_title); Vancouver's "Fleischmann WR. Viral Genetics. In: Baron S, editor.
   *Medical Microbiology*" (the nanopore paper): two capitalised words between the authors and
   "In:" are the chapter's title (styles._title_before_container).
6. Publishers: the same IEEE list's container after the title's closing quote with its space lost,
   ',” inFindings of the …', ',” in2017 IEEE Symposium …' (six entries of twelve): "in" glued to a
   capital or a digit after a comma and a closing quote opens the container (entries._GLUED_QUOTE_IN);
   one publisher more read right there, none elsewhere changed. A version statement that is a field
   of its own ("*SWEBOK: …*. Version 3.0. IEEE, 2014.": the Czech list) names no publisher
   (styles._VERSION_FIELD in styles.tidy_publisher): one there, two in other parts (ABNT, Harvard).
   Harvard's three authors or more with "&" before the last, "Brito, J.N., Rebelo, C. & Brito, M.A.
   (2020) Title." (the English Harvard list, one entry): the author list is no publisher, where the
   comma part "C. & Brito" hid the last surname (styles._ampersand_authors in
   styles._publisher_from_author): one there, three of heldback-15 too; eleven surnames read as
   publishers in six other documents (truth without publisher) read as none now. IEEE's "in 2017
   IEEE Symposium on … (S&P). IEEE Computer Society, 2017, pp. 3–18." (the English IEEE list, five
   entries): a container opening with "in" that names a meeting and closes its sentence, then a
   press in a sentence of its own: the press is the publisher (styles._PROCEEDINGS_THEN_PRESS); four
   publishers more there; Harvard's "In 2022 IEEE International Conference on … (SANER) (538-548).
   IEEE." the same (one there, one of heldback-15).

Names and URLs below are invented; each test pairs the shape with a near miss.
"""

from __future__ import annotations

from citecheck.models import Footnote

from .conftest import parsed_notes as _notes


def _entries(text: str) -> list[Footnote]:
    return [fn for fn in _notes(text) if fn.kind != "inline"]


_GROUPED = """# Cours

Texte du cours.

## Bibliographie

1. **Textes officiels :**
   - Loi sur les widgets (2021) : [Legifrance](https://www.legifrance.gouv.fr/widgets)
   - Smith, J. (2020). *Widget Rules*. [DOI:10.1/abc](https://doi.org/10.1/abc)
2. **Articles scientifiques :**
   - Doe, A. (2019). *Widget Theory*. [DOI:10.1/def](https://doi.org/10.1/def)
   - Roe, B. (2018). *Widget Practice*. [arXiv:1801.00001](https://arxiv.org/abs/1801.00001)
"""


def test_numbered_bold_groups_over_nested_entries_are_no_notes() -> None:
    notes = _entries(_GROUPED)
    assert [fn.label for fn in notes] == ["1", "2", "3", "4"]
    assert notes[1].title == "Widget Rules"
    assert notes[3].url == "https://arxiv.org/abs/1801.00001"


def test_numbered_bold_entries_without_nested_items_stay_notes() -> None:
    text = """# Paper

Text.

## References

1. **Smith, J. Widget Rules:** https://example.org/rules
2. **Doe, A. Widget Theory:** https://example.org/theory
3. **Roe, B. Widget Practice:** https://example.org/practice
"""
    notes = _entries(text)
    assert [fn.label for fn in notes] == ["1", "2", "3"]
    assert notes[0].url == "https://example.org/rules"


def test_numbered_plain_group_over_nested_items_keeps_its_number() -> None:
    # Not bold: the numbered item is read as before (a note of its own).
    text = _GROUPED.replace("**Textes officiels :**", "Textes officiels :").replace(
        "**Articles scientifiques :**", "Articles scientifiques :"
    )
    assert _entries(text)[0].label == "1"
    assert _entries(text)[0].title != "Widget Rules"


_SITE_LINKS = """# Notes

Text.

## Sources

- Widget Regulation 2021/77 of the Council : [EUR-Lex](https://eur-lex.europa.eu/widgets/77)
- Widget Office of the Commission : [Digital Strategy](https://digital-strategy.ec.europa.eu/widgets)
- Agency — Widget Dossier : [agency.fr](https://www.agency.fr/widgets)
- Widget Directorate : [gadgets.gouv.fr](https://www.gadgets.gouv.fr/widgets/rules)
"""


def test_name_before_a_link_naming_its_host_is_the_title() -> None:
    notes = _entries(_SITE_LINKS)
    assert [fn.title for fn in notes] == [
        "Widget Regulation 2021/77 of the Council",
        "Widget Office of the Commission",
        "Agency — Widget Dossier",
        "Widget Directorate",
    ]
    assert notes[0].publisher == "EUR-Lex"


def test_link_text_naming_no_host_stays_the_title() -> None:
    text = """# Notes

Text.

## Sources

- Smith : [Widget Rules](https://eur-lex.europa.eu/widgets/77)
- Doe : [Widget Theory](https://digital-strategy.ec.europa.eu/widgets)
- Roe : [Widget Practice](https://www.agency.fr/widgets)
"""
    assert [fn.title for fn in _entries(text)] == ["Widget Rules", "Widget Theory", "Widget Practice"]


def test_two_site_links_are_too_few() -> None:
    text = "\n".join(_SITE_LINKS.splitlines()[:-2]) + "\n"
    assert _entries(text)[0].title == "EUR-Lex"


_ISO = """# Práce

Text.

## Literatura

*   **NOVÁK, Jan et al.** *Widget Systems in Practice* [online]. Brno, 2024 [cit. 2025-01-10]. Dostupné z: https://example.cz/widgets
*   **WIDGET SOCIETY.** *Guide to Widgets*. Version 2.0. 2020. Dostupné z: https://example.org/guide
*   **Widget Handbook for Engineers** [online]. 2023 [cit. 2025-01-10]. Dostupné z: https://example.org/handbook
"""


def test_bold_capitals_creator_before_italic_title() -> None:
    notes = _entries(_ISO)
    assert [fn.title for fn in notes] == [
        "Widget Systems in Practice",
        "Guide to Widgets",
        "Widget Handbook for Engineers",
    ]


def test_bold_title_in_sentence_case_before_italics_stays_the_title() -> None:
    text = _ISO.replace("**WIDGET SOCIETY.** *Guide to Widgets*", "**Guide to widgets.** *Widget Review*")
    assert _entries(text)[1].title == "Guide to widgets"


_GLUED_PDF = """Widget privacy audit

Body text cites [1] and [2] and [3] and [4].

REFERENCES
[1]A. Smith, B. Jones, and C. Brown, “Widget systems at scale: a long report on things,”
arXiv preprint arXiv:2401.00001, 2024. [Online]. Available:
https://arxiv.org/abs/2401.00001
[2]D. Green and E. White, “Gadget search with many machines,”
Widget Transactions, vol. 7, no. 3, pp. 535–547,
2021.[3]F. Black and G. Gray, “Sprocket embeddings using twin networks,” in
Proceedings of the 2019 Conference on Widgets. Widget Association, 2019,
pp. 3982–3992. [Online]. Available: https://widgets.example.org/D19-1410/
[4]H. Blue, “Cog extraction from gadget applications,”
arXiv preprint arXiv:2411.00004, 2024. [Online]. Available: https://arxiv.org/abs/2411.00004
"""


def test_label_glued_after_a_year_in_a_gap_of_the_list_is_split() -> None:
    notes = {fn.label: fn for fn in _entries(_GLUED_PDF)}
    assert notes["2"].url is None
    assert notes["3"].url == "https://widgets.example.org/D19-1410/"
    assert notes["3"].title == "Sprocket embeddings using twin networks"


def test_label_cited_in_prose_of_a_note_is_no_split() -> None:
    # "[3]" after a word, not after a year's full stop: a citation inside the note.
    text = _GLUED_PDF.replace("2021.[3]F. Black", "2021, see also [3]F. Black")
    notes = {fn.label: fn for fn in _entries(text)}
    assert "3" not in notes or notes["3"].url != "https://widgets.example.org/D19-1410/"


def test_no_date_alone_is_no_title() -> None:
    text = """# Paper

Text.

## References

Widget Society. (n.d.). Widget rules for all. Retrieved from https://widgets.example.org/rules
(n.d.). Retrieved from https://gadgets.example.org/page.html
Smith, J. (2020). Gadget theory. Retrieved from https://gadgets.example.org/theory
"""
    notes = _entries(text)
    assert notes[1].url == "https://gadgets.example.org/page.html"
    assert notes[1].title is None
    assert notes[0].title == "Widget rules for all"


def test_no_date_closing_a_title_still_leaves_the_title() -> None:
    from citecheck.parse.no_date import only_no_date

    assert only_no_date("(n.d.)")
    assert not only_no_date("Widget rules (n.d.)")
    assert not only_no_date("(2020)")


def test_number_after_bracketed_initials_carries_the_title_on() -> None:
    from citecheck.parse.styles import title_and_publisher

    head = "The Future of Widget Engineering (WE) 2.0: How Gadgets Are Reshaping Widgets - arXiv.org"
    assert title_and_publisher(head, [], cites=True, site_split=True)[0] == (
        "The Future of Widget Engineering (WE) 2.0: How Gadgets Are Reshaping Widgets"
    )
    # Near miss: an organisation with its initials, then the colon, is the author.
    assert title_and_publisher("Widget Engineering Society (WES): Annual report on gadgets", [], cites=True)[
        0
    ] == ("Annual report on gadgets")


def test_designation_as_last_marked_run_is_the_title() -> None:
    text = """# Paper

Text.

## Referencias

- Widget Token Format (WTF). (2026). *RFC 9999*. https://www.rfc-editor.org/rfc/rfc9999
- Widget Society. (2024). *Widget Rules*. https://widgets.example.org/rules
- **ISO/IEC 99999:2022** — Gadget security controls — https://www.iso.org/standard/99999.html
"""
    notes = _entries(text)
    assert notes[0].title == "RFC 9999"
    # Near miss: a designation with the title after it stays the designation, not the title.
    assert notes[2].title == "Gadget security controls"


def test_two_word_chapter_before_in_is_the_title() -> None:
    text = """# Paper

Text.

## References

1. Smith JB. Widget Genetics. In: Doe A, editor. *Gadget Microbiology* [Internet]. 4th ed. Springfield (IL): Widget Press; 1996 [cited 2025 Nov 28]. Available from: https://books.example.org/NBK1/
2. Roe C. *Widget Handbook* [Internet]. Springfield (IL): Widget Press; 2001 [cited 2025 Nov 28]. Available from: https://books.example.org/NBK2/
"""
    notes = _entries(text)
    assert notes[0].title == "Widget Genetics"
    # Near miss: no "In:" — the emphasised book is the title.
    assert notes[1].title == "Widget Handbook"


def test_container_in_glued_after_the_closing_quote() -> None:
    from citecheck.parse.entries import parse_entry

    glued = parse_entry(
        "D. Green, “Widget privacy issues,” inFindings of the Widget Association: WA 2024. "
        "Widget Association, 2024, pp. 1–9."
    )
    spaced = parse_entry(
        "D. Green, “Widget privacy issues,” in Findings of the Widget Association: WA 2024. "
        "Widget Association, 2024, pp. 1–9."
    )
    assert glued.title == "Widget privacy issues"
    assert glued.publisher == spaced.publisher
    assert glued.publisher is not None and not glued.publisher.startswith("in")


def test_word_opening_in_after_a_quote_is_untouched() -> None:
    from citecheck.parse.entries import _GLUED_QUOTE_IN

    # Lower case after "in" (a word), or no comma before the quote: no container opens there.
    assert _GLUED_QUOTE_IN.search("“Widget,” insights from gadgets") is None
    assert _GLUED_QUOTE_IN.search("“Widget” inGadget") is None


def test_version_field_is_no_publisher() -> None:
    from citecheck.parse.styles import tidy_publisher

    assert tidy_publisher("Version 3.0. Widget Society, 2014") == "Widget Society"
    # Near miss: a name holding a version-like word keeps it.
    assert tidy_publisher("Widget Version Control Society, 2014") == "Widget Version Control Society"


def test_ampersand_author_list_is_no_publisher() -> None:
    from citecheck.parse.styles import _publisher_from_author

    assert _publisher_from_author("Green, J.N., White, C. & Green, M.A.") is None
    # Near miss: a company with an ampersand and no initials is a publisher.
    assert _publisher_from_author("Marks & Spencer, London") == "Marks & Spencer"


def test_press_after_proceedings_is_the_publisher() -> None:
    from citecheck.parse.styles import tidy_publisher

    assert (
        tidy_publisher("in 2021 Widget Symposium on Gadgets (WSG). Widget Society Press, 2021, pp. 3–18.")
        == "Widget Society Press"
    )
    # Near miss: a container naming no meeting keeps its reading.
    assert tidy_publisher("in Widget Gadgets Review. Widget Society Press, 2021") != "Widget Society Press"


def test_press_after_harvard_proceedings_with_pages() -> None:
    from citecheck.parse.styles import tidy_publisher

    assert (
        tidy_publisher("In 2022 Widget Conference on Gadgets, Sprockets and Cogs (WCG) (538-548). IEEE.")
        == "IEEE"
    )
