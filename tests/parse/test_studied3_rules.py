"""Rules learnt from the misses of the studied parts heldback-17, -19 and -20 of the parse eval
(branch p10-studied3), by family of shapes inside entries that were found: a web address without
its scheme closing the title's sentence; a container's "In" glued to the title's full stop in a
PDF's text; a body written as the author ("ASTM International.", "Department for Transport, UK.")
before the title. The entries are shaped like the real ones (fixtures/parse-eval); names and URLs
are invented. Each test pairs the shape with near misses the rule must leave alone.
"""

from __future__ import annotations

from citecheck.parse import parse_bytes
from citecheck.parse.entries import parse_entry
from citecheck.parse.styles import tidy_title

from .conftest import TODAY


def test_a_bare_address_closing_the_title_is_no_word_of_it() -> None:
    # IEEE copied from a PDF: the page's address written without its scheme after the title.
    text = (
        "# References\n\n"
        "[1] A. Ames, G. Gale, and B. Bell. Escape analysis for widget programs. In Proceedings of "
        "the Widget Conference, Denver, CO, November 1999.\n\n"
        "[2] C. Cole and H. Hart. Region inference for widgets. In Proceedings of the Widget "
        "Symposium, Boston, MA, June 2001.\n\n"
        "[3] Dana Whitlock. The Widget benchmark suite. www-lab.cs.example.edu/whitlock/widgets\n\n"
        "[4] E. Eads, I. Ives, and F. Fox. Garbage collection for widgets. In Proceedings of the "
        "Widget Workshop, Paris, 2003.\n\n"
        "[5] K. Kerr and L. Lund. Scoped memory for widgets. In Proceedings of the Widget "
        "Symposium, Rome, 2004.\n"
    )
    notes = parse_bytes(text.encode(), path="doc.md", today=TODAY).footnotes
    assert notes[2].title == "The Widget benchmark suite"
    assert tidy_title("The Widget benchmark suite. www-lab.cs.example.edu/whitlock/widgets") == (
        "The Widget benchmark suite"
    )
    # A country's domain after two names at least, a full stop after it.
    assert tidy_title("Broadband in the regions: targets and funding. library.parliament.uk.") == (
        "Broadband in the regions: targets and funding"
    )


def test_an_address_inside_a_title_and_file_names_stay() -> None:
    assert tidy_title("Deploying a Django app to fly.io") == "Deploying a Django app to fly.io"
    assert tidy_title("Notes on example.org and its mirrors") == "Notes on example.org and its mirrors"
    # File names have one dot and no generic top-level domain: "main.rs", "setup.py", "README.md".
    assert tidy_title("Rust by example. main.rs") == "Rust by example. main.rs"
    assert tidy_title("Packaging a project. setup.py") == "Packaging a project. setup.py"
    assert tidy_title("Writing a project page. README.md") == "Writing a project page. README.md"
    assert tidy_title("Release notes. v1.2.3") == "Release notes. v1.2.3"
    # One word before the address: the address may be all the title there is.
    assert tidy_title("Docs. example.com") == "Docs. example.com"


def test_harvard_host_after_the_title_is_the_site() -> None:
    entry = parse_entry(
        "Marsh, B. 2023. Rural broadband in the UK: targets, policy, and funding. "
        "researchbriefings.parliament.uk. [Online]. Available from: "
        "https://researchbriefings.parliament.uk/briefings/cbp-0001/"
    )
    assert entry.title == "Rural broadband in the UK: targets, policy, and funding"
    assert entry.publisher == "researchbriefings.parliament.uk"
    # APA's site written as a lower-case domain with a generic one is read as before.
    apa = parse_entry("Doe, J. (2018, January 16). Contract test. janeDoe.com. https://janedoe.com/bliki/ct")
    assert (apa.title, apa.publisher) == ("Contract test", "janeDoe.com")


def test_a_container_in_glued_to_the_titles_stop_ends_the_title() -> None:
    title = (
        "Eliminating redundant locking in Java.In Proceedings of the 9th Conference on Program "
        "Analysis, Denver, CO November 1999"
    )
    assert tidy_title(title) == "Eliminating redundant locking in Java"
    assert tidy_title("A study of widgets.In: Proc. of the Widget Workshop 2001") == "A study of widgets"
    assert tidy_title("Typed widgets.In 9th International Conference on Widgets") == "Typed widgets"


def test_in_written_otherwise_stays_in_the_title() -> None:
    # A host's ".in" is small; a product's name may hold ".In" without a space after it.
    assert tidy_title("Shopping on amazon.in Today") == "Shopping on amazon.in Today"
    assert tidy_title("The Plug.In Framework") == "The Plug.In Framework"
    assert tidy_title("Why Java. In Practice") == "Why Java. In Practice"
    assert tidy_title("Log.In Made Simple for Widget Apps") == "Log.In Made Simple for Widget Apps"


def test_a_body_written_as_the_author_is_not_the_title() -> None:
    # Author-date lists of standards and statistics: "Body. Title, URL (date)."
    astm = parse_entry(
        "ASTM International. ASTM D0000-19 Standard Guide for Using Widget Radar on Roads, "
        "https://www.astm.example/d0000-19.html (September 5, 2025)."
    )
    assert astm.title == "ASTM D0000-19 Standard Guide for Using Widget Radar on Roads"
    # The body's country's initials after a comma, then a title with a colon ("Place: Publisher" in
    # shape, yet only the author would be left before it).
    dft = parse_entry(
        "Department for Transport, UK. Road Widget Estimates: Great Britain 2021, "
        "https://assets.publishing.example/road-widget-estimates-2021.pdf (September 5, 2025)."
    )
    assert dft.title == "Road Widget Estimates: Great Britain 2021"


def test_a_body_before_a_title_and_its_imprint_reads_as_before() -> None:
    # Vancouver's corporate author, title, "Place: Publisher; year": the imprint stays the imprint.
    who = parse_entry(
        "World Widget Organization. Global widget report 2023. Geneva: World Widget Organization; 2023."
    )
    assert who.title == "Global widget report 2023"
    # "Title. Site." with a short title: the first sentence is the title, not an author.
    site = parse_entry(
        "Widgetcom. Wikipedia. [Online]. Available from: https://en.wikipedia.org/wiki/Widgetcom"
    )
    assert (site.title, site.publisher) == ("Widgetcom", "Wikipedia")
    # A person's name and a "Place: Publisher" imprint: unchanged.
    book = parse_entry(
        "Evans, Eric. Widget-Driven Design Reference: Definitions and Pattern Summaries. "
        "https://www.widgetlang.example/ddd-reference/"
    )
    assert book.title == "Widget-Driven Design Reference: Definitions and Pattern Summaries"


def test_group_author_entries_in_a_document() -> None:
    text = (
        "# References\n\n"
        "1. Widget Transport Agency, UK. Road Widget Estimates: Great Britain 2021, "
        "https://assets.example.gov.uk/road-widgets-2021.pdf (September 5, 2025).\n"
        "2. SAE International. J0000 Widget Levels of Driving Automation, "
        "https://www.sae.example/standards/j0000 (September 5, 2025).\n"
        "3. Brill, I., Pan, Y. (2019). Built Widget Digital Twins, https://www.repository.example/1810/1.\n"
    )
    notes = parse_bytes(text.encode(), path="doc.md", today=TODAY).footnotes
    assert [fn.title for fn in notes] == [
        "Road Widget Estimates: Great Britain 2021",
        "J0000 Widget Levels of Driving Automation",
        "Built Widget Digital Twins",
    ]


def test_a_dstu_heading_repeated_in_direct_order_is_not_the_title() -> None:
    # DSTU/GOST: the heading "Surname Given." and the statement of responsibility "Given Surname, …".
    entry = parse_entry(
        "Петренко Олег. Прискорення трасування променів на відеокартах / Олег Петренко, "
        "Р.В. Коваль // Збірник праць конференції. - Київ: Наукова думка, 2011."
    )
    assert entry.title == "Прискорення трасування променів на відеокартах"
    russian = parse_entry(
        "Смирнов Антон. Методы сжатия изображений / Антон Смирнов, И.П. Орлов // Труды семинара. "
        "- Москва: Наука, 2015."
    )
    assert russian.title == "Методы сжатия изображений"


def test_a_heading_other_than_the_statement_stays() -> None:
    # Another person in the statement: the heading is not repeated, so nothing is dropped by it.
    entry = parse_entry(
        "Петренко Олег. Прискорення трасування променів / Ігор Коваль // Збірник праць. - Київ, 2011."
    )
    assert entry.title == "Петренко Олег. Прискорення трасування променів"


def test_mla_inverted_author_before_a_title_in_title_case() -> None:
    entry = parse_entry(
        "Tietz, Tabea. Johann Carolus and the First Newspaper. Widgetblog, 2021. "
        "http://widgetblog.example/johann-carolus/"
    )
    assert (entry.title, entry.publisher) == ("Johann Carolus and the First Newspaper", "Widgetblog")
    # Pleiades' abbreviated journal after a title with a comma is read as before.
    pleiades = parse_entry("Widget indexing, Inf. Resursy Ross., 2010, no. 3, http://widgets.example/a")
    assert pleiades.publisher == "Inf. Resursy Ross."


def test_dstu_access_mode_label_in_ukrainian_ends_the_head() -> None:
    # "Режим доступу" with its "у" typed as a Latin "y" and no colon, the link's text ending the entry.
    entry = parse_entry(
        "Olena Widget. FPGA Widget Tracer: [Electronic resource]. – Режим доступy",
        ["http://www.widgets.example/project/fpga-widget-tracer"],
    )
    assert entry.title == "FPGA Widget Tracer"
    assert entry.urls == ["http://www.widgets.example/project/fpga-widget-tracer"]
    dstu = parse_entry(
        "Іваненко І. Веб-сервіси [Електронний ресурс]. – Режим доступу: https://widgets.example/uk/ "
        "(дата звернення: 12.03.2021)."
    )
    assert dstu.title == "Веб-сервіси"
    assert str(dstu.access_date) == "2021-03-12"


def test_access_mode_words_inside_a_title_stay() -> None:
    # "режимів доступу" inside a title, no label: the title runs on.
    entry = parse_entry(
        "Порівняння режимів доступу до пам’яті віджетів. https://widgets.example/memory-modes"
    )
    assert entry.title == "Порівняння режимів доступу до пам’яті віджетів"


def test_a_code_citation_after_an_acts_name_is_not_its_title() -> None:
    assert tidy_title("Widget Trade Commission Act, 15 U.S.C. § 45") == "Widget Trade Commission Act"
    assert tidy_title("Widget Privacy Protection Rule, 16 C.F.R. pt. 312") == "Widget Privacy Protection Rule"
    entry = parse_entry(
        "Widget Trade Commission Act, 15 U.S.C. § 45. https://www.widgets.example/legal/widget-act"
    )
    assert entry.title == "Widget Trade Commission Act"


def test_a_title_about_a_code_section_keeps_it() -> None:
    assert tidy_title("Litigating under 42 U.S.C. § 1983") == "Litigating under 42 U.S.C. § 1983"
    assert tidy_title("Widget claims, 42 U.S.C. § 1983 and the courts today") == (
        "Widget claims, 42 U.S.C. § 1983 and the courts today"
    )


def test_a_stray_stop_before_the_comma_closing_an_initialled_author_list() -> None:
    entry = parse_entry(
        "W. Ames, L. Bell, and Z. Su., Widget radiance modelling by a unified canopy model. (2007). "
        "https://reports.widgets.example/content"
    )
    assert entry.title == "Widget radiance modelling by a unified canopy model"
    # The list closed by a full stop alone, then the title: as before.
    plain = parse_entry(
        "W. Ames, L. Bell, and Z. Su. Widget radiance modelling by a unified canopy model. "
        "https://reports.widgets.example/content"
    )
    assert plain.title == "Widget radiance modelling by a unified canopy model"
