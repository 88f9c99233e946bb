"""Rules from the failure hunt of branch s36-hunt8 (20 new real documents of the product's core kind: regional
analyses, research notes, political profiles and reports citing sources in notes or source lists, in 8 languages):
each has a case where it fires and a near miss where it must not; the data that justifies it is named with it
(fixtures/parse-eval, part "p36hunt8 (studied)").
"""

from __future__ import annotations

import datetime as dt

from citecheck.parse import parse_text
from citecheck.parse.styles import title_and_publisher

TODAY = dt.date(2026, 12, 7)


def _notes(text: str, fmt: str = "markdown") -> dict[str, tuple[str | None, str | None, dt.date | None, str]]:
    document = parse_text(text, path="x.txt" if fmt == "text" else "x.md", fmt=fmt, today=TODAY)
    return {fn.label: (fn.title, fn.url, fn.access_date, fn.kind) for fn in document.footnotes}


# --- Romanian "Surse" names a sources section (regions._NOTES_WORDS) ---------------------------------------------
# Data: ro-verificare-surse-consultate-label-colon-bare-url-buget.md ('## 5. Surse consultate' over '### 5.1 …'
# groups of 'Label: URL' bullets): none of its 12 sources read as a note before.

_GROUPED = (
    "# Raport\n\n## {heading}\n\n### 5.1 Legislație națională\n\n"
    "- Ordinul MFP nr. 1954/2005: https://legislatie.just.ro/Public/DetaliiDocument/67596\n"
    "- Secțiunea clasificații bugetare: https://mfinante.gov.ro/en/domenii/buget/clasificatiile-bugetare\n\n"
    "### 5.2 Comisia Europeană\n\n"
    "- Glosar fonduri structurale: https://eur-lex.europa.eu/summary/glossary/structural_cohesion_fund.html\n"
)


def test_romanian_surse_heading_over_grouped_bullets_is_a_sources_section() -> None:
    notes = _notes(_GROUPED.format(heading="5. Surse consultate"))
    assert {kind for *_, kind in notes.values()} == {"footnote"}
    assert notes["1"][0] == "Ordinul MFP nr. 1954/2005"
    assert notes["3"][1] == "https://eur-lex.europa.eu/summary/glossary/structural_cohesion_fund.html"


def test_other_romanian_heading_over_grouped_bullets_is_no_sources_section() -> None:
    notes = _notes(_GROUPED.format(heading="5. Concluzii"))
    assert {kind for *_, kind in notes.values()} == {"inline"}


# --- A lower-case abbreviation after a word is no GOST initial (styles._GOST_INITIAL) ----------------------------
# Data: the same Romanian report, entries 2-5 ("Legea nr. 273/2006 privind finanțele publice locale" read as
# "273/2006 privind …", "OUG nr. 133/2021" as no title: "Legea nr." and "OUG nr." taken for an author and initial).


def test_act_number_after_a_word_is_part_of_the_title() -> None:
    assert title_and_publisher("Legea nr. 500/2002 privind finanțele publice")[0] == (
        "Legea nr. 500/2002 privind finanțele publice"
    )
    assert title_and_publisher("OUG nr. 133/2021")[0] == "OUG nr. 133/2021"


def test_capital_and_caseless_initials_still_end_a_gost_author() -> None:
    assert (
        title_and_publisher("Дейт К. Дж. Введение в системы баз данных")[0] == "Введение в системы баз данных"
    )
    assert title_and_publisher("Таненбаум Э., Бос Х. Компьютерные сети")[0] == "Компьютерные сети"
    assert (
        title_and_publisher("최선희 등. 국내 학술정보 가공 지침서 2010")[0]
        == "국내 학술정보 가공 지침서 2010"
    )


# --- A labelled field on the line after an address is no more of it (urls._NEVER_CONTINUES) ----------------------
# Data: es-informe-fuentes-consultadas-heading-per-source-bold-url-milei.md ('**URL:** https://…/⏎**Tipo:**
# primary'): three addresses ending on "/" read with "Tipo" on.

_AGENT_REPORT = (
    "## FUENTES CONSULTADAS\n\n### 1. Who Is the Real Javier Milei? - Journal of Democracy\n"
    "**URL:** https://www.journalofdemocracy.org/online-exclusive/who-is-the-real-javier-milei/\n"
    "**Tipo:** primary\n**Resumen:** In February 2019, the economist made a splash.\n\n"
    "### 2. Javier Milei - Wikipedia\n**URL:** https://en.wikipedia.org/wiki/Javier_Milei\n**Tipo:** primary\n"
    "**Resumen:** Javier Gerardo Milei (born 22 October 1970) is an Argentine politician.\n"
)


def test_labelled_field_after_an_address_ending_on_a_slash_is_not_joined() -> None:
    assert _notes(_AGENT_REPORT)["1"][1] == (
        "https://www.journalofdemocracy.org/online-exclusive/who-is-the-real-javier-milei/"
    )


def test_path_cut_after_a_slash_is_still_joined() -> None:
    notes = _notes("## Sources\n\n1. A page on models. https://example.org/docs/\nreference/models.html\n")
    assert notes["1"][1] == "https://example.org/docs/reference/models.html"


# --- A date in a source's labelled summary is no access date (entries._SUMMARY_LABEL) ----------------------------
# Data: the same Spanish report: four sources read as accessed on a date their "Resumen:" quotes (a birthday).


def test_date_in_a_labelled_summary_is_no_access_date() -> None:
    assert _notes(_AGENT_REPORT)["2"][2] is None


def test_unlabelled_date_after_the_address_is_still_the_access_date() -> None:
    notes = _notes(
        "## Sources\n\n1. Javier Milei. Wikipedia. https://en.wikipedia.org/wiki/Javier_Milei 22 October 2025\n"
    )
    assert notes["1"][2] == dt.date(2025, 10, 22)


# --- "Place: Publisher, Year" after a name is a book's imprint, the name its title (head_sentences) ------------
# Data: en-works-cited-chicago-accessed-angle-urls-central-eastern-europe.md ("CIA World Factbook. Washington, DC:
# Central Intelligence Agency, 2010.", "Eurovoc. Luxembourg: Office for Official Publications …, 1987." read with
# the imprint as title in a list of "Name. Title." entries).


def test_imprint_after_a_name_leaves_the_name_as_title() -> None:
    from citecheck.parse.head_sentences import _head_and_title

    assert _head_and_title("CIA World Factbook. Washington, DC: Central Intelligence Agency, 2010.") is None
    assert _head_and_title("Eurovoc. Luxembourg: Office for Official Publications of the EC, 1987.") is None


def test_title_after_a_name_without_an_imprint_is_read_as_before() -> None:
    from citecheck.parse.head_sentences import _head_and_title

    assert _head_and_title("Crossref. Access and authentication (REST API). https://www.crossref.org/a") == (
        "Crossref",
        "Access and authentication (REST API)",
    )
    assert _head_and_title("SparkFun Electronics. HC-SR04: Ultrasonic Sensor Datasheet.") == (
        "SparkFun Electronics",
        "HC-SR04: Ultrasonic Sensor Datasheet",
    )


# --- A year inside a link's text dates the linked work (styles._inside_leading_link) ---------------------------
# Data: en-regime-note-sources-linked-pipe-type-accessed-belarus.md ("- [Amnesty International - Without Trace:
# Belarus Disappeared (2002)](…) | type: NGO | accessed: 2026-01-07": title read "| type: NGO |"), the Eritrea and
# Turkey notes ("[Human Rights Watch - Service for Life Report (2009)](…)": title read without its year, as the
# authors of an APA group).


def test_year_inside_a_link_text_stays_in_the_title() -> None:
    notes = _notes(
        "## Sources\n\n"
        "- [Amnesty International - Without Trace: Belarus Disappeared (2002)](https://www.amnesty.org/a) "
        "| type: NGO | accessed: 2026-01-07\n"
        "- [Human Rights Watch - Service for Life Report (2009)](https://www.hrw.org/b)\n"
    )
    assert notes["1"][0] == "Amnesty International - Without Trace: Belarus Disappeared (2002)"
    assert notes["1"][2] == dt.date(2026, 1, 7)
    assert notes["2"][0] == "Human Rights Watch - Service for Life Report (2009)"


def test_authors_and_year_linked_before_the_title_are_read_as_before() -> None:
    notes = _notes(
        "## Related work\n\n- [Lepetiuk et al. (2024)](https://example.org/m) — Mapaganda: maps as propaganda\n"
        "- [Castillo-Eslava et al. (2023)](https://example.org/r) — Recognition of Territorial Sovereignty by LLMs\n"
    )
    assert notes["2"][0] == "Recognition of Territorial Sovereignty by LLMs"


# --- A press's name before IEEE's volume, edition or pages ends an unmarked book title (styles) -----------------
# Data: hr-rad-literatura-ieee-bez-dat-dostupno-pristupano-arp.md ("[1] W. Odom, CCNA 200-301 Official Cert Guide,
# Volume 1, Cisco Press, sve. 1, izd. 1, str. 77-78, 2020."): two books read with ", Cisco Press, sve" on the title.

_IEEE_BOOKS = "## Literatura\n[1] W. Odom, {book}\n\n[2] W. Odom, Network Basics, Cisco Press, 2019.\n"


def test_press_before_volume_fields_ends_the_title() -> None:
    for fields in ("sve. 1, izd. 1, str. 77-78, 2020.", "vol. 1, 1st ed., pp. 77-78, 2020."):
        notes = _notes(
            _IEEE_BOOKS.format(book=f"CCNA 200-301 Official Cert Guide, Volume 1, Cisco Press, {fields}")
        )
        assert notes["1"][0] == "CCNA 200-301 Official Cert Guide, Volume 1"


def test_other_field_or_no_volume_field_after_the_press_is_no_title_end() -> None:
    from citecheck.parse.styles import _PRESS_BEFORE_APPARATUS

    assert _PRESS_BEFORE_APPARATUS.search("CCNA Guide, Volume 1, Cisco Press, sve. 1, 2020.") is not None
    assert _PRESS_BEFORE_APPARATUS.search("CCNA Guide, Volume 1, Cisco Systems, vol. 1, 2020.") is None
    assert _PRESS_BEFORE_APPARATUS.search("CCNA Guide, Volume 1, Cisco Press, 2020.") is None
