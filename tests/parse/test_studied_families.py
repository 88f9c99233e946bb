"""Families of misses of the parse eval's studied parts below the gate (heldback-19 to -23, -31, -33),
fixed on branch p12-studied. Each test pairs a real shape (names and URLs invented) with a near miss
the rule must leave alone; the data behind each rule is named beside it in citecheck/parse.

(1) A ``<br>`` between two visible characters of a Markdown line is a break, read as a space
    (markdown._glued_break): heldback-23's Italian "Sitografia" ("…/function.password-hash.php<br>Data
    ultima visita: …"), 7 of 7 URLs read with "Data" glued on.
(2) An address a PDF's line break cut after a slash, a space left where the break was, joined when
    what follows is a path of segments (urls._wrapped_after_slash): heldback-19's Spanish Vancouver
    list and heldback-23's ACM list, one URL each; and a scheme parted from its slashes, "https:
    //host/" (urls._with_spaced_schemes): heldback-23's ACM list, its URL and the title that ran
    over it.
(3) An item that is only two links or more joined by commas and a short word names no one title
    (entries._links_only): heldback-31's Spanish NetSuite guide, 7 titles.
(4) Elsevier's initials-first authors with a surname of three words or a PDF's spacing accent
    (styles._INITIAL_NAME): heldback-23's Elsevier list, 2 titles.
(5) A link shown as its address, text glued after its closing parenthesis, ends there
    (markdown._address_link_glued): heldback-23's and heldback-33's machine-translated Chinese
    lists, one URL each.
(6) A lower-case phrase between a title's first sentence and the medium designator after it is the
    title's subtitle (styles._subtitle_before_medium): heldback-22's Russian GOST list, 1 title.
(7) A sentence closing on a colon over five link-only items or more, each to a page of its own,
    heads them as sources (regions._introduces_linked_items): heldback-21's README of a safety
    index, 7 titles and 7 URLs (and heldback-32, held back, rose with it in aggregate).
(8) A Bluebook case citation: "available at" before the address is its label, and the case name
    before the reporter ("279 F.3d 796") is the title (entries._case_name): heldback-19's
    law-review article, 3 titles.
(9) A source table's row whose second cell is a year cites its work without an address: its first
    cell is the title (entries._dated_row): heldback-21's Chilean bibliography table, 2 titles.
(10) A source register's field items wrapped at the margin go on their field; records naming no
    address and headings over prose between read records are entries in their place
    (regions._field_records): heldback-20's Turkish data note, 3 URLs and an access date.
(11) A bracketed page pin ends the title (entries._before_page_pin): heldback-22's converted
    Wikipedia notes, 1 title.
(12) An article id of five digits or more before an address's slug is no word of it
    (slug_spans.slug_spelling), so the slug finds the whole title: heldback-19's German list, 1 title.
(13) A linked page title closing on " - <its own host>" loses it (entries._without_host_tail):
    heldback-22's deep-research works cited, 1 title.
(14) A title opening a field with a quoted phrase, then a colon and its subtitle, runs to the field's
    end (entries._quoted_head_title): heldback-23's Spanish APA list, 1 title.
(15) A lone function word right before the address introduces it and names no work
    (entries._introduces_address): heldback-19's Scottish mapping paper, 1 title.
(16) A law review's cross-reference note ("See discussion infra …") is no title-case heading of a
    work (entries._CROSS_REFERENCE): heldback-19's trademark article, 2 titles.
"""

from __future__ import annotations

from citecheck.parse.slug_spans import slug_spelling
from citecheck.parse.urls import find_urls

from .conftest import parsed_notes as _notes

# (1) A glued <br>.


def test_a_break_between_an_address_and_a_word_parts_them() -> None:
    text = (
        "## Bibliografia\n\n"
        " - https://www.example.org/manual/function.hash.php<br>Data ultima visita: 23.12.2021\n"
        " - https://docs.example.com/sql/injection.asp<br>Data ultima visita: 21.12.2021\n"
    )
    notes = _notes(text)
    assert [n.url for n in notes] == [
        "https://www.example.org/manual/function.hash.php",
        "https://docs.example.com/sql/injection.asp",
    ]


def test_a_break_beside_a_space_or_at_a_line_end_is_left_to_the_line_rules() -> None:
    # "<br>" after a space, or closing a line: nothing is glued, nothing is added.
    text = (
        "## Bibliografia\n\n"
        " - Manual. https://www.example.org/manual/hash.php <br>Visitato 2021\n"
        " - Tutorial. https://docs.example.com/sql/injection.asp<br>\n"
    )
    notes = _notes(text)
    assert [n.url for n in notes] == [
        "https://www.example.org/manual/hash.php",
        "https://docs.example.com/sql/injection.asp",
    ]


# (2) Addresses cut by a space.


def test_a_path_cut_after_a_slash_goes_on_in_its_segments() -> None:
    text = "Disponible en: https://es.example.org/math/ Differential-calculus/dc-diff-intro"
    assert [u for u, _, _ in find_urls(text)] == [
        "https://es.example.org/math/Differential-calculus/dc-diff-intro"
    ]
    text = "https://www.example.org/en/latest/ news/2024/10/france-algorithm/ Accessed: 2025-05-04."
    assert [u for u, _, _ in find_urls(text)] == [
        "https://www.example.org/en/latest/news/2024/10/france-algorithm/"
    ]


def test_a_number_or_a_word_after_a_slash_and_a_space_is_not_joined() -> None:
    # A lone number keeps its space (reported as invalid); a site's root then "and/or" is prose.
    assert [u for u, _, _ in find_urls("https://news.example/politika/ 25584021,")] == [
        "https://news.example/politika/ 25584021"
    ]
    assert [u for u, _, _ in find_urls("see https://example.org/ and/or this")] != [
        "https://example.org/and/or"
    ]


def test_a_scheme_parted_from_its_slashes_is_read() -> None:
    notes = _notes(
        "## References\n\n"
        "- [1] Watch Group. 2020. Automating Society Report 2020: Taking Stock of Automated "
        "Decision-Making in the EU. https: //society.example.org/ Accessed: 2025-01-10.\n"
        "- [2] Rights Group. 2024. Algorithm must be stopped. https://rights.example.org/news/ Accessed: 2025-05-04.\n"
    )
    assert notes[0].url == "https://society.example.org/"
    assert (
        notes[0].title
        == "Automating Society Report 2020: Taking Stock of Automated Decision-Making in the EU"
    )


def test_a_colon_and_slashes_without_a_host_are_no_address() -> None:
    assert find_urls("note: //comment here") == []
    assert find_urls("https: //x then") == []


# (3) An item of several links.


def test_an_item_of_several_joined_links_names_no_one_title() -> None:
    notes = _notes(
        "## Referencias\n\n"
        "- [Campos del selector](https://docs.example.com/a.html) y "
        "[referencias manuales](https://docs.example.com/b.html).\n"
        "- [Configuración de campos](https://docs.example.com/c.html), "
        "[plantillas asignadas](https://docs.example.com/d.html) y [campos ocultos](https://docs.example.com/e.html).\n"
        "- [Ejemplo de registro de script](https://docs.example.com/f.html).\n"
    )
    assert [n.title for n in notes] == [None, None, "Ejemplo de registro de script"]
    assert notes[0].url == "https://docs.example.com/a.html"


def test_a_title_link_then_its_sites_link_keeps_its_title() -> None:
    notes = _notes(
        "## References\n\n"
        '1. "[Creator of Red](https://code.example.com/dk)". [Code Host](https://code.example.com/).\n'
        "2. [Ownership types](https://a.example/own), see also [Regions](https://a.example/reg).\n"
        "3. [Free course for beginners](http://video.example/list) by [acme.example](http://acme.example)\n"
    )
    assert [n.title for n in notes] == ["Creator of Red", "Ownership types", "Free course for beginners"]


# (4) Initials-first authors.


def test_initials_first_authors_with_long_or_accent_split_surnames_are_not_the_title() -> None:
    notes = _notes(
        "## References\n\n"
        "[1] Z. Elamrani Abou Elassad, H. Mousannif, A. Karkouch, The application of machine learning "
        "techniques for driving behavior analysis, Eng. Appl. Artif. Intell. 87 (2020) 103312.\n"
        "[2] S. García-Herrero, J.M. Guti´errez, S. Herrera, Sensitivity analysis of driver’s behavior "
        "and psychophysical conditions, Saf. Sci 125 (2020) 104586.\n"
    )
    assert [n.title for n in notes] == [
        "The application of machine learning techniques for driving behavior analysis",
        "Sensitivity analysis of driver’s behavior and psychophysical conditions",
    ]


def test_a_title_of_capitalised_words_after_one_initialled_author_stays_whole() -> None:
    notes = _notes(
        "## References\n\n"
        "[1] K. Abay, Joint Analysis Of Injury Severity, Accid. Anal. Prev. 49 (2013) 1-15.\n"
        "[2] L. Blincoe, T. Miller, Economic Impact Of Crashes, National Highway Traffic Safety Administration, 2015.\n"
    )
    assert [n.title for n in notes] == ["Joint Analysis Of Injury Severity", "Economic Impact Of Crashes"]


# (5) A link shown as its address, glued to the text after it.


def test_an_address_link_ends_where_the_link_does() -> None:
    notes = _notes(
        "## 参考文献\n\n"
        "[1] 经合组织。[https://www.example.org/economics/inflation-forecast]"
        "(https://www.example.org/economics/inflation-forecast)2020 年 9 月 9 日检索\n"
        "[2] 委员会。网址:[http://www.example.gob.mx/seis/pdf/a14.pdf](http://www.example.gob.mx/seis/pdf/a14.pdf)"
        "pdf(2020 年 4 月 13 日访问)。\n"
    )
    assert [n.url for n in notes] == [
        "https://www.example.org/economics/inflation-forecast",
        "http://www.example.gob.mx/seis/pdf/a14.pdf",
    ]


def test_a_titled_link_glued_to_a_word_is_left_as_written() -> None:
    notes = _notes("## References\n\n1. [Ownership type](https://a.example/own)s for regions. 2004.\n")
    assert notes[0].url == "https://a.example/own"
    assert notes[0].raw.startswith("Ownership types for regions")  # no space put in the word


# (6) A subtitle before the medium designator.


def test_a_phrase_before_the_medium_designator_is_the_titles_subtitle() -> None:
    notes = _notes(
        "## Список источников\n\n"
        "1. Data Lab. Российский рынок онлайн-торговли 2023. Статистика и тренды [Электронный ресурс] "
        "// Data Lab. – URL: https://data.example.ru/ecommerce_2023 (дата обращения: 03.12.2024).\n"
    )
    assert notes[0].title == "Российский рынок онлайн-торговли 2023. Статистика и тренды"


def test_a_site_name_before_the_medium_designator_stays_the_site() -> None:
    notes = _notes(
        "## References\n\n"
        "1. Linia kolejowa nr 159. Wikipedie [online]. Available from: https://cs.example.org/wiki/L159\n"
        "2. Memory models. Wikipedia, the free encyclopedia [Internet]. Available from: https://en.example.org/wiki/MM\n"
    )
    assert [n.title for n in notes] == ["Linia kolejowa nr 159", "Memory models"]


# (7) A colon over link-only items.

_FACTORS = (
    "# Safety Analytics\n\n"
    "## Motivation\n"
    "Before doing this project I was surfing the internet. So, I have made my own index analysis. "
    "The factors I have considered:\n"
    "* [Global Safety Index](https://peace.example.org/maps/)\n"
    "* [Global Health Index](https://health.example.com/rankings.jsp)\n"
    "* [Global Crime Index](https://crime.example.com/rankings.jsp)\n"
    "* [Homicide Rate](https://data.example.org/homicide)\n"
    "* [Press Freedom Index](https://press.example.org/en/index)\n"
    "{extra}"
    "These were factors I took into consideration.\n"
)


def test_link_only_items_after_a_colon_are_sources() -> None:
    notes = _notes(_FACTORS.format(extra="* [GDP Per Capita](https://bank.example.org/gdp)\n"))
    assert [n.title for n in notes][:2] == ["Global Safety Index", "Global Health Index"]
    assert [n.url for n in notes][-1] == "https://bank.example.org/gdp"
    assert notes[0].label == "1"


def test_fewer_link_items_or_items_with_words_stay_running_text_links() -> None:
    # Four items only: links of the running text.
    short = _FACTORS.replace("* [Press Freedom Index](https://press.example.org/en/index)\n", "")
    assert [n.label for n in _notes(short.format(extra=""))] == ["L1", "L2", "L3", "L4"]
    # Items with words beside their link ("Install these tools:"): links of the running text.
    wordy = _FACTORS.replace(
        "](https://health.example.com/rankings.jsp)", "](https://health.example.com/r.jsp) for health"
    )
    assert [n.label for n in _notes(wordy.format(extra=""))] == ["L1", "L2", "L3", "L4", "L5"]


# (8) Bluebook case citations.


def test_a_case_name_before_its_reporter_is_the_title() -> None:
    notes = _notes(
        "Trademark law.[^a] Quality.[^b]\n\n"
        "[^a]: See, Playboy Enters. v. Welles, 279 F.3d 796, 804 (9th Cir. 2002), available at "
        "https://scholar.example.com/case?case=1698\n"
        "[^b]: Sunnyvale Group v. Freecycle Network, 626 F.3d 509, 515 (9th Cir. 2010), available at "
        "http://cdn.courts.example.gov/opinions/08-16382.pdf\n"
    )
    assert [n.title for n in notes] == ["Playboy Enters. v. Welles", "Sunnyvale Group v. Freecycle Network"]


def test_a_title_naming_a_case_without_a_reporter_is_kept() -> None:
    notes = _notes(
        "## References\n\n"
        "1. Roe, J. (2019). Smith v. Jones: a history of the case, 2019 edition. Law Press. "
        "https://law.example.org/smith\n"
    )
    assert notes[0].title == "Smith v. Jones: a history of the case, 2019 edition"


# (9) A dated row without an address.

_TABLE = (
    "## Bibliography\n\n"
    "| Source | Year | Notes |\n"
    "|---|---|---|\n"
    "| [Church Committee: Covert Action](http://senate.example.gov/94chile.pdf) | 1975 | Senate |\n"
    "| [Hinchey Report: CIA Activities](https://fas.example.org/chile/) | 2000 | FAS |\n"
    "| Rettig Report (Informe Rettig) | {year} | Report on disappeared and killed |\n"
)


def test_a_row_dated_by_its_year_cell_is_titled_without_an_address() -> None:
    notes = _notes(_TABLE.format(year="1991"))
    assert notes[-1].title == "Rettig Report (Informe Rettig)"


def test_a_row_without_a_year_or_an_address_reads_no_title() -> None:
    notes = _notes(_TABLE.format(year="Various"))
    assert notes[-1].title is None


# (10) A register's wrapped field items.


def _register(wrap: str) -> str:
    records = []
    for number, (name, url) in enumerate(
        [
            ("alpha", "https://stats.example.gov/a.xls"),
            ("beta", ""),
            ("gamma", "https://fires.example.eu/g.xlsx"),
            ("delta", "https://raw.example.com/d.json"),
        ],
        start=1,
    ):
        record = f'### `{name}_{number}.xlsx`\n- **Kaynak:** Ministry of Forests (OGM),{wrap}"Yearbook {number}", Table 2.{number}\n'
        if url:
            record += f"- **URL:** {url}{wrap}— erişim: 2026-08-0{number}.\n"
        records.append(record)
    records.insert(
        1,
        "### `old_file.csv` — superseded\n- This file was used until the yearbook came out,\n  then dropped.\n",
    )
    return "# Kaynaklar\n\nAll files downloaded on 2026-07-31.\n\n## Primary sources\n\n" + "\n".join(records)


def test_wrapped_field_items_keep_their_register() -> None:
    notes = _notes(_register("\n  "))
    assert [n.url for n in notes] == [
        "https://stats.example.gov/a.xls",
        None,
        None,
        "https://fires.example.eu/g.xlsx",
        "https://raw.example.com/d.json",
    ]
    assert notes[0].access_date is not None and notes[0].access_date.isoformat() == "2026-08-01"


def test_a_heading_over_a_prose_paragraph_is_no_entry_of_the_register() -> None:
    # Prose items count in their place; a paragraph that is no list item is the document's text.
    text = (
        _register("\n  ")
        .replace("- This file was used", "This file was used")
        .replace("  then dropped.", "then dropped.")
    )
    notes = _notes(text)
    assert [n.url for n in notes][:1] == ["https://stats.example.gov/a.xls"]
    assert len(notes) == 4


# (11) A page pin after the title.


def test_a_page_pin_ends_the_title() -> None:
    notes = _notes(
        "Text.[^1]\n\n"
        "[^1]: Primary 6 Parent and Teacher Guide (p. 72) – Example Publications Limited for the Institute, London\n"
    )
    assert notes[0].title == "Primary 6 Parent and Teacher Guide"


def test_a_bracket_without_a_page_number_stays_in_the_title() -> None:
    notes = _notes(
        "Text.[^1]\n\n"
        '[^1]: "Memory Management (Part 2) in Practice". Example Press. https://press.example.com/mm\n'
    )
    assert notes[0].title == "Memory Management (Part 2) in Practice"


# (12) An article id before the slug.


def test_an_article_id_before_the_slug_is_dropped() -> None:
    notes = _notes(
        "## Quellen\n\n"
        "[01] Alexey Roe: Sechs Mythen über Blockchain. Online-Artikel, 2017, URL: "
        "https://blog.example.de/bitcoin-blockchain-issues/14453/ abgerufen am 02.01.2018\n"
        "[02] Jan Doe: Bitcoin and Ethereum vs Visa and PayPal – Transactions per second. Online-Artikel, "
        "22.04.2017, URL: https://news.example.co.za/banking/206742-bitcoin-and-ethereum-vs-visa-and-paypal-"
        "transactions-per-second.html abgerufen am 02.01.2018\n"
        "[03] Arvid Poe: Warum der Boom die Energiewende bedroht. Online-Artikel, 07.12.2017, URL: "
        "http://www.example.de/wirtschaft/boom-a-1182234.html abgerufen am 02.01.2018\n"
    )
    assert notes[1].title == "Bitcoin and Ethereum vs Visa and PayPal – Transactions per second"


def test_a_year_or_a_count_opening_the_slug_is_kept() -> None:
    assert slug_spelling("https://a.example/2024-annual-report") == "2024annualreport"
    assert slug_spelling("https://a.example/10-steps-to-safety") == "10stepstosafety"
    assert slug_spelling("https://a.example/206742-safety") == "206742safety"  # one word would be left: kept


# (13) A linked title closing on its own host.


def test_a_linked_title_closing_on_its_own_host_loses_it() -> None:
    notes = _notes(
        "## Works cited\n\n"
        "1.  [Radical Inclusion: Seven Steps to Help You Create a More Just Workplace - Shop.example.com]"
        "(https://www.shop.example.com/Radical-Inclusion/dp/1250827744)\n"
        "2.  [Agent Memory Notes | Example Blog](https://blog.example.org/agent-memory)\n"
    )
    assert notes[0].title == "Radical Inclusion: Seven Steps to Help You Create a More Just Workplace"


def test_another_host_after_the_dash_keeps_the_tail() -> None:
    notes = _notes(
        "## Sources\n\n"
        "- [Mirror of the handbook - archive.example.org](https://www.shop.example.com/handbook)\n"
        "- [Notes on agents - blog.example.net](https://www.shop.example.com/notes)\n"
    )
    assert [n.title for n in notes] == [
        "Mirror of the handbook - archive.example.org",
        "Notes on agents - blog.example.net",
    ]


# (14) A quoted phrase, a colon and the subtitle.


def test_a_quoted_phrase_then_its_subtitle_is_the_title() -> None:
    notes = _notes(
        "## Bibliografía\n\n"
        "- Ceño, R. M. (2023). ‘EL JARDÍN DE LOS SENTIDOS’: UN PARQUE SALUDABLE [Tesis de maestría, "
        "Universidad Politécnica]. Archivo Digital. https://oa.example.es/76827/3/TFM.pdf\n"
    )
    assert notes[0].title == "‘EL JARDÍN DE LOS SENTIDOS’: UN PARQUE SALUDABLE"


def test_a_remark_after_a_quoted_title_mid_field_is_not_its_subtitle() -> None:
    notes = _notes(
        "## Bronnen\n\n"
        '1. Trade Desk, "Kazakhstan moves uranium exports through Middle Corridor": sinds 2018 als '
        "alternatief voor de route. https://news.example.kz/uranium\n"
    )
    assert notes[0].title == "Kazakhstan moves uranium exports through Middle Corridor"


# (15) A function word introducing the address.


def test_a_function_word_before_the_address_is_no_title() -> None:
    notes = _notes("Text.[^1]\n\n[^1]: From http://www.link.example.org, accessed 12 July 2015.\n")
    assert notes[0].title is None
    assert notes[0].url == "http://www.link.example.org"


def test_a_one_word_name_closed_by_a_colon_keeps_its_title() -> None:
    notes = _notes(
        "## Sources\n\n- Go: https://go.example.dev/doc/install\n- Rust: https://rust.example.org/learn\n"
    )
    assert [n.title for n in notes] == ["Go", "Rust"]


# (16) Cross-reference notes.

_LAW_NOTES = (
    "Text.[^a] More.[^b] And.[^c]\n\n"
    "[^a]: Sunnyvale Group v. Freecycle Network, 626 F.3d 509, 515 (9th Cir. 2010), available at "
    "http://cdn.courts.example.gov/opinions/08-16382.pdf\n"
    "[^b]: Playboy Enters. v. Welles, 279 F.3d 796 (9th Cir. 2002), available at https://scholar.example.com/c?case=1\n"
    "[^c]: {note}\n"
)


def test_a_cross_reference_note_is_no_title() -> None:
    notes = _notes(_LAW_NOTES.format(note="See discussion infra Fair Use Defense to Trademark Infringement"))
    assert notes[-1].title is None


def test_a_title_case_note_without_a_signal_is_still_a_title() -> None:
    notes = _notes(_LAW_NOTES.format(note="Infra Red Imaging of Trademarked Goods"))
    assert notes[-1].title == "Infra Red Imaging of Trademarked Goods"
