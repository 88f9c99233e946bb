"""Rules learnt from the spent heldback-5 part of the parse eval (branch p10-hb5tune): initials-first
author lists without quotes (IEEE, Elsevier), abbreviated journals, comma-separated author-date
fields, ISO 690 author lists, headless reference lists, Korean headings and places, reading-list
headings, entity references in Markdown, bare titles in a list. The entries are shaped like the
real ones (fixtures/parse-eval, heldback-5 and the calibration documents added with it); the names
and URLs are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from citecheck.parse.claims import sentence_spans
from citecheck.parse.entries import parse_entry
from citecheck.parse.styles import Mark, tidy_publisher, title_and_publisher

from .test_source_lists import _fields, _notes


@pytest.mark.parametrize(
    ("head", "title", "publisher"),
    [
        # Elsevier: the container after "in:", an abbreviated journal, "et al.," closing the list.
        (
            "A. Doe, J.-Y. Roe, D.H. Poe, Mining intent from short posts, in: Proceedings of the Tenth "
            "Conference on Examples, 2015.",
            "Mining intent from short posts",
            "Proceedings of the Tenth Conference on Examples",
        ),
        (
            "R. Doe, J. Roe, Learning from scratch, J. Mach. Learn. Res. 12 (2011) 2493–2537.",
            "Learning from scratch",
            "J. Mach. Learn. Res.",
        ),
        (
            "A. Doe, B. Roe, et al., Control in industry, in: C. Poe (Eds.), A Book, Acme, 2011.",
            "Control in industry",
            None,
        ),
        # IEEE book without its italics: the sentence ends the title, the place goes before the publisher.
        (
            "B. Doe and R. Roe, Dynamic Modeling, Control and Monitoring. London, U.K.: Springer, 2008.",
            "Dynamic Modeling, Control and Monitoring",
            "Springer",
        ),
        # Without container or sentence end: the first comma segment before a capitalised one.
        (
            "L.I. Doe, Theoretical Examples, Acme Publishers, Moscow, 1977.",
            "Theoretical Examples",
            "Acme Publishers",
        ),
        (
            "W.L. Doe, Modern Example Theory, 3rd, Acme Hall, Springfield, 1991.",
            "Modern Example Theory",
            "Acme Hall",
        ),
        # A lower-case segment continues the title.
        (
            "D.E. Doe, ˜ D. Roe, Theory of action, theory of behavior, and the model. Acme Handbook, 2008.",
            "Theory of action, theory of behavior, and the model",
            None,
        ),
    ],
)
def test_initials_first_author_lists(head: str, title: str, publisher: str | None) -> None:
    got = title_and_publisher(head, cites=True)
    assert got[0] == title
    if publisher is not None or "(Eds.)" in head:
        assert got[1] == publisher


def test_initials_first_rule_leaves_lists_that_run_on() -> None:
    # A mononym in the list and an APA date group: the rule does not cut the list short.
    assert (
        title_and_publisher(
            "S. Doe, Setiawardhana, D. A. Roe, and E. Poe, Aplikasi Contoh dengan ARDUINO, 2019.", cites=True
        )[0]
        == "Aplikasi Contoh dengan ARDUINO"
    )
    assert (
        title_and_publisher(
            "Y. Doe, N. Roe, & H. El Poe (2023). Hiccups of Example Origin. Saudi J.", cites=True
        )[0]
        == "Hiccups of Example Origin"
    )


@pytest.mark.parametrize(
    ("segment", "publisher"),
    [
        ("IEEE Trans. Ind. Electron., vol. 20, no. 3, pp. 1-9, 2020.", "IEEE Trans. Ind. Electron."),
        ("Inf. J. Comput. (forthcoming).", "Inf. J. Comput."),
        ("Philos. Mag., vol. 2, pp. 559-572, 1901.", "Philos. Mag."),
        # A name that ends a sentence is no abbreviation: "Microsoft Learn." keeps no stop.
        ("Microsoft Learn.", "Microsoft Learn"),
        ("대전 : 한국예시연구원, 2010.", "한국예시연구원"),
        # A translator's statement is no publisher; the one after the place is.
        ("Přeložila Eva Nováková. Brno: Acme, 2017.", "Acme"),
    ],
)
def test_publishers(segment: str, publisher: str | None) -> None:
    assert tidy_publisher(segment) == publisher


@pytest.mark.parametrize(
    ("head", "title", "publisher"),
    [
        (
            "Doe, John T. (1997), Principles of Example Analysis, Psychological Examples, Vol. 2, No. 2, pp.131-16.",
            "Principles of Example Analysis",
            "Psychological Examples",
        ),
        (
            "Acme Research Institute (2012), Data Cleaning. [Online].",
            "Data Cleaning",
            "Acme Research Institute",
        ),
        # The field after the year is where the work appeared, not its title.
        ("Doe & Roe (2023), Political Examples 31(2):235-256", None, None),
        ("Doe & Roe (2014), ICWSM Proceedings (VADER)", None, None),
        (
            "Doe (1980), Content Analysis: An Introduction to its Methodology",
            "Content Analysis: An Introduction to its Methodology",
            None,
        ),
    ],
)
def test_comma_after_the_year(head: str, title: str | None, publisher: str | None) -> None:
    got = title_and_publisher(head, cites=True)
    assert got[0] == title
    if publisher is not None or title is None:
        assert got[1] == publisher


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (
            "CARVALHO, Ana, Petr NOVÁK, Jan DOE a Eva ROE. Comparative Analysis of Example Tools. ",
            "Comparative Analysis of Example Tools",
        ),
        (
            "CATAK, F. Ozgur, Jan DOE a Eva ROE. Fuzzy Example Selection in a Management Project. ",
            "Fuzzy Example Selection in a Management Project",
        ),
        (
            "JEŘÁBEK, Ondřej; BÍLEK, Martin. Teorie a praxe příkladů. 1. vydání. Olomouc: Acme, 2010.",
            "Teorie a praxe příkladů",
        ),
        (
            "BROWN, Peter C.; McDOE III, Henry L. Nauč se to!: Jak se učit. Brno: Acme, 2017.",
            "Nauč se to!: Jak se učit",
        ),
    ],
)
def test_iso690_author_lists(head: str, title: str) -> None:
    assert title_and_publisher(head, cites=True)[0] == title


def test_iso690_title_before_an_emphasised_journal() -> None:
    entry = "CODD, Edgar F. A relational model of example data. Examples of the ACM. 1970, 13(6), 377–387."
    fields = parse_entry(entry, [], [Mark("em", "Examples of the ACM")])
    assert (fields.title, fields.publisher) == ("A relational model of example data", "Examples of the ACM")


def test_a_journal_named_access_is_no_access_label() -> None:
    fields = parse_entry(
        "DOE, Jan. Comparative Analysis of Example Tools. IEEE Access. 2022, 10, 3351-3365. DOI: 10.1109/x.",
        [],
        [Mark("em", "IEEE Access")],
    )
    assert (fields.title, fields.publisher) == ("Comparative Analysis of Example Tools", "IEEE Access")
    model = parse_entry(
        "Doe T, Roe M, et al. The Example Earth System Model: ACCESS-ESM1.5. J South Ex. 2020;70(1):193-214."
    )
    assert model.title == "The Example Earth System Model: ACCESS-ESM1.5"


def test_a_version_number_ends_a_sentence() -> None:
    text = "The model ACCESS-ESM1.5. Journal of Examples. In the U.S. Army."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "The model ACCESS-ESM1.5.",
        "Journal of Examples.",
        "In the U.S. Army.",
    ]


def test_a_standard_designation_in_bold_is_no_title() -> None:
    notes = _notes(
        "## Literatur\n\n1. **IEC 12345-1:2024**. *Example Shell – Part 1: Metamodel*. International Example "
        "Commission (IEC).\n\n2. **ISA-95** (2010). *Enterprise Example Integration*. International Society of "
        "Examples.\n"
    )
    assert [fn.title for fn in notes] == [
        "Example Shell – Part 1: Metamodel",
        "Enterprise Example Integration",
    ]


def test_a_sentence_ending_in_organization_is_no_organisation() -> None:
    head = "Doe V, Roe S, et al. Overview of the Example Project Phase 6 (EXP6) design and organization. Geosci Ex Dev."
    assert title_and_publisher(head, cites=True)[0] == (
        "Overview of the Example Project Phase 6 (EXP6) design and organization"
    )


def test_headless_reference_list_of_lines() -> None:
    text = (
        "김철수 등. 국내 예시 지침서 2010. 대전 : 한국예시연구원, 2010.\n"
        "Doe, John et al., “Going, Going, Gone : Lost Examples,” Science, Vol.302(October 2003), pp.787-788.\n"
        "Roe, Mary. Preserving Example Information, In The Example University, 2003. "
        "<http://acme.example/a.pdf> [Cited 2012. 6. 13].\n"
        "McDoe, Frank et al., The Availability and Persistence of Example References in a Magazine, Old "
        "Example University Department of "
        "Computer Science. Norfolk, VA 23529 USA, 2005. <http://acme.example/b.pdf> [Cited 2012. 6. 13].\n"
    )
    notes = _notes(text, "refs.txt")
    assert _fields(notes) == [
        ("1", "국내 예시 지침서 2010", None),
        ("2", "Going, Going, Gone : Lost Examples", None),
        ("3", "Preserving Example Information", "http://acme.example/a.pdf"),
        (
            "4",
            "The Availability and Persistence of Example References in a Magazine",
            "http://acme.example/b.pdf",
        ),
    ]
    assert notes[0].publisher == "한국예시연구원"
    assert notes[2].access_date == dt.date(2012, 6, 13)


def test_lines_of_prose_are_no_headless_list() -> None:
    text = "In 2019 the team started.\nIn 2020 it grew.\nIn 2021 it stopped, sadly.\n"
    assert _notes(text, "notes.txt") == []


def test_korean_heading_and_reading_list_heading() -> None:
    korean = _notes('## 참고문헌\n\n- Acme 8.0 Reference Manual, "Example Page", https://acme.example/a\n')
    assert [(fn.title, fn.publisher) for fn in korean] == [("Example Page", "Acme 8.0 Reference Manual")]
    reading = _notes(
        "# Lightmaps\n\nText.\n\n## Further Reading / Watching\n - [A better example engine](https://acme.example/v)\n"
        " - [Baking example maps](https://acme.example/b)\n"
    )
    assert _fields(reading) == [
        ("1", "A better example engine", "https://acme.example/v"),
        ("2", "Baking example maps", "https://acme.example/b"),
    ]


def test_a_sub_heading_and_a_long_iso690_book_entry_inside_a_notes_section() -> None:
    text = (
        "# Literatura\n\nCitace podle normy ČSN ISO 690:2022 (autor, rok).\n\n## Seznam bibliografických citací\n\n"
        "DOE, Jan C.; ROE, Eva. Nauč se příklady. Přeložila Eva Nová. 1. vydání. Brno: Acme, 2017. 280 s. "
        "ISBN 978-80-0000-000-0.\n\n"
        "ACME. Example Docs [online]. Dostupné z: https://acme.example/docs [cit. 2026-04-04].\n\n"
        "ROE, Eva. Didaktické příklady. Brno: Paido, 1999. 91 s.\n"
    )
    assert _fields(_notes(text)) == [
        ("1", "Nauč se příklady", None),
        ("2", "Example Docs", "https://acme.example/docs"),
        ("3", "Didaktické příklady", None),
    ]


def test_a_numbered_heading_ends_an_unlabelled_list() -> None:
    text = (
        "## 14. References\n\n- Doe (1980), Content Example: An Introduction\n- Roe et al. (2009), Introduction to "
        "Examples\n\n## 15. Acknowledgments\n\nTemplate adapted from (https://acme.example/t).\n"
    )
    # The address in the paragraph under the next heading is a link of the text (L1), no note.
    assert [fn.label for fn in _notes(text)] == ["1", "2", "L1"]


def test_markdown_entity_references_are_decoded() -> None:
    notes = _notes(
        "## References\n\n* The Example Tutorial. [Online] Available from:\n"
        "  [https://acme.example/t](https://acme.example/t)\n  [Accessed 10&nbsp;November&nbsp;2014]\n"
    )
    assert notes[0].access_date == dt.date(2014, 11, 10)


def test_a_bare_title_in_a_list_that_cites() -> None:
    text = (
        "1. ACME (2018). State of Example research: National Report. Acme, Canberra. Retrieved from: "
        "https://acme.example/r.\n"
        "2. ERA 2012 Versus ERA 2010: Like the Example Egg … Good in Parts\n"
        "3. Doe, J. (2019). Research at example universities. https://acme.example/p.pdf\n"
        "4. See the discussion above.\n"
        "5. Roe, M. (2020). Example excellence. https://acme.example/q.pdf\n"
    )
    titles = [fn.title for fn in _notes(text, "refs.txt")]
    assert titles[1] == "ERA 2012 Versus ERA 2010: Like the Example Egg … Good in Parts"
    assert titles[3] is None  # a narrative note, not a title


@pytest.mark.parametrize(
    ("head", "title", "publisher"),
    [
        # Pleiades: "Surname, I.I., Title, Abbrev. Journal, Year, no., pp." and a book's "Place: Publisher".
        (
            "Doe, O.V., E-culture of examples: Student projects, Inf. Resursy Ross., 2010, no. 3, pp. 26–29.",
            "E-culture of examples: Student projects",
            "Inf. Resursy Ross.",
        ),
        ("Roe, G.N., Example systems, Moscow: Academia, 2018.", "Example systems", "Academia"),
    ],
)
def test_pleiades_entries(head: str, title: str, publisher: str) -> None:
    assert title_and_publisher(head, cites=True) == (title, publisher)


def test_a_body_named_with_its_initials_and_a_spanish_edition() -> None:
    assert (
        tidy_publisher("International Example Commission (IEC).") == "International Example Commission (IEC)"
    )
    assert tidy_publisher("Regulation (EU) 2016/679.") != "Regulation (EU)"
    assert tidy_publisher("7a ed. México: McGraw-Hill Interamericana, 2010.") == "McGraw-Hill Interamericana"


def test_a_heading_inside_a_plain_text_block_opens_its_list() -> None:
    # A report copied as plain text without blank lines: prose, the heading, the numbered entries.
    text = (
        "La norma ISO 3534-1:2006 [1] rige la terminología; la guía [2] la incertidumbre.\n"
        "REFERENCIAS BIBLIOGRÁFICAS\n"
        "[1] J. Doe, Handbook of Example Sensors: Physics and Designs, 5th ed. New York, NY, USA: Acme, 2016.\n"
        "[2] A. S. Roe, Example Instrumentation Principles, 3rd ed. Oxford, U.K.: Acme-Heinemann, 2001.\n"
    )
    notes = _notes(text, "informe.txt")
    assert [(fn.label, fn.title, fn.publisher) for fn in notes] == [
        ("1", "Handbook of Example Sensors: Physics and Designs", "Acme"),
        ("2", "Example Instrumentation Principles", "Acme-Heinemann"),
    ]
