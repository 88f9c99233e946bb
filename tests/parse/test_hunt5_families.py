"""Rules from the failure hunt of branch s34-hunt5 (30 new real documents in 13 languages: analyses, reports and
notes citing their sources in named footnotes, numbered lists and link lists): each has a case where it fires and
a near miss where it must not; the data that justifies it is named with it (fixtures/parse-eval, part
"p34hunt5 (studied)").
"""

from __future__ import annotations

import datetime as dt

from citecheck.parse import parse_text
from citecheck.parse.bold_leads import label_lead_before_link
from citecheck.parse.regions import is_notes_heading

TODAY = dt.date(2026, 12, 7)


def _notes(text: str, fmt: str = "markdown") -> dict[str, tuple[str | None, str | None, dt.date | None]]:
    document = parse_text(text, path="x.md", fmt=fmt, today=TODAY)
    return {fn.label: (fn.title, fn.url, fn.access_date) for fn in document.footnotes}


def _publishers(text: str) -> dict[str, str | None]:
    document = parse_text(text, path="x.md", fmt="markdown", today=TODAY)
    return {fn.label: fn.publisher for fn in document.footnotes}


# --- "Source" in other languages as a link's whole text names no work (styles.GENERIC_LINK) -----------------
# Data: es-footnotes-repo-file-fuente-link-consultado-faustus.md ("[^F01]: Faustus · README.md. [Fuente](…).
# Consultado el 13 de septiembre de 2026. …": five notes of five read "Fuente").


def test_fuente_link_is_no_title() -> None:
    notes = _notes(
        "Una frase.[^F01]\n\n"
        "[^F01]: Faustus · README.md. [Fuente](https://github.com/Luissalet/Faustus/blob/main/README.md). "
        "Consultado el 13 de septiembre de 2026. Capacidades generales.\n"
    )
    assert notes["F01"][0] == "Faustus · README.md"
    assert notes["F01"][2] == dt.date(2026, 9, 13)


def test_link_opening_with_fuente_keeps_its_title() -> None:
    # Near miss: a title that opens with the word is a title ("Fuente Ovejuna").
    notes = _notes(
        "## Referencias\n\n"
        "1. Lope de Vega. [Fuente Ovejuna](https://www.cervantesvirtual.com/obra/fuente-ovejuna/). "
        "Consultado el 2 de marzo de 2026.\n"
    )
    assert notes["1"][0] == "Fuente Ovejuna"


# --- "Библиография" heads a source list (regions, the notes words) --------------------------------------------
# Data: ru-bibliografiya-gost-url-link-text-other-data-obrashcheniya-chmod.md ("# Библиография" over a GOST
# web entry: its list not found, the link read as a bare one, title, URL and access date missed).


def test_bibliografiya_heads_notes() -> None:
    assert is_notes_heading("Библиография", marked_heading=True)
    assert is_notes_heading("Бібліографія", marked_heading=True)
    notes = _notes(
        "# Вывод\n\nПолучены навыки.\n\n# Библиография\n\n1. Методические материалы курса.\n"
        "2. Chmod. [Электронный ресурс]. М. URL: [Файловая система](https://ru.wikipedia.org/wiki/Chmod) "
        "(Дата обращения: 16.09.2022).\n"
    )
    assert notes["2"] == ("Chmod", "https://ru.wikipedia.org/wiki/Chmod", dt.date(2022, 9, 16))


def test_bibliografiya_in_a_sentence_heads_nothing() -> None:
    # Near miss: the word far into a sentence is prose.
    assert not is_notes_heading("В этой работе мы не приводим полную библиографию по теме")


# --- A bold label closed by a colon before a linked title (bold_leads.label_lead_before_link) ----------------
# Data: tr-kaynaklar-bold-org-colon-linked-title-gecerlilik-veri-tarihi-nobetci.md ("1.  **EPDK:**
# [Elektrik Faturalarına Esas Tarife Tabloları](…) (Geçerlilik: …)": three entries read as the label); near
# miss tr-bold-lead-colon-host-link-erisim-kaynaklar-epdk.md ("**EPDK Kurul Kararı (14820):**
# [epdk.gov.tr/Kararlar/14820](…)", s34-hunt4's: the bold run is the title).


def test_bold_label_before_linked_title() -> None:
    text = (
        "### Kaynaklar\n"
        "1.  **EPDK:** [Elektrik Faturalarına Esas Tarife Tabloları](https://www.epdk.gov.tr/Detay/Icerik/3-1327) "
        "(Geçerlilik: 4 Nisan 2026 - 30 Eylül 2026).\n"
        "2.  **Resmî Gazete:** [Günlük Arşiv](https://www.resmigazete.gov.tr) (19 Ağustos 2026).\n"
    )
    notes, publishers = _notes(text), _publishers(text)
    assert notes["1"][0] == "Elektrik Faturalarına Esas Tarife Tabloları"
    assert publishers["1"] == "EPDK"
    assert notes["2"][0] == "Günlük Arşiv"


def test_bold_title_before_host_or_short_link_stays() -> None:
    # Near misses: a host shown as the link's text, a one-word link, a long bold title.
    notes = _notes(
        "### Kaynaklar\n"
        "1.  **EPDK Kurul Kararı (14820):** [epdk.gov.tr/Kararlar/14820](https://www.epdk.gov.tr) "
        "(Erişim: 18.08.2026)\n"
    )
    assert notes["1"][0] == "EPDK Kurul Kararı (14820)"
    assert not label_lead_before_link("Attention Is All You Need:", "arXiv")
    assert not label_lead_before_link("A long bold title of the work:", "Its linked name here")
    assert not label_lead_before_link("EPDK", "Elektrik Faturalarına Esas Tarife Tabloları")


# --- A site named before ISO 690's medium with French typography's spaced colon (styles._subtitle_before_medium) --
# Data: fr-sources-tab-indented-iso690-disponible-consulte-raycasting.md ("Line-line intersection. Wikipédia :
# l’encyclopédie libre [en ligne]. … [Consulté le 14 octobre 2021]. Disponible à l’adresse : …": the site read
# as the title's subtitle); "Wikipedia, the free encyclopedia [Internet]" with a comma was read as the site already.


def test_site_with_spaced_colon_before_medium_is_no_subtitle() -> None:
    notes = _notes(
        "#### Sources\n\n"
        "1. Line-line intersection. Wikipédia : l’encyclopédie libre [en ligne]. Dernière modification de la "
        "page le 6 octobre 2021 à 21:04. [Consulté le 14 octobre 2021]. Disponible à l’adresse : "
        "[https://en.wikipedia.org/wiki/Line-line_intersection](https://en.wikipedia.org/wiki/Line-line_intersection)\n"
    )
    assert notes["1"][0] == "Line-line intersection"
    assert notes["1"][2] == dt.date(2021, 10, 14)


def test_lower_case_subtitle_before_medium_stays() -> None:
    # Near miss: a subtitle in lower case with no spaced colon is the title's own (heldback-22's GOST shape).
    notes = _notes(
        "## Список литературы\n\n"
        "1. Рынок онлайн-торговли. Статистика и тренды [Электронный ресурс] // Data Insight. – URL: "
        "https://datainsight.ru/eCommerce_2023 (дата обращения: 10.05.2026).\n"
    )
    assert notes["1"][0] == "Рынок онлайн-торговли. Статистика и тренды"


# --- A short title before a glossed site and the medium (styles._title_before_glossed_site) ------------------------
# Data: fr-sources-tab-indented-iso690-disponible-consulte-raycasting.md ("Raycasting. Wikipédia : l’encyclopédie
# libre [en ligne]. …", French Wikipedia's "Citer cette page" shape: the one-word title dropped as an author).


def test_one_word_title_before_glossed_wikipedia() -> None:
    notes = _notes(
        "#### Sources\n\n"
        "1. Raycasting. Wikipédia : l’encyclopédie libre [en ligne]. Dernière modification de la page le "
        "22 juillet 2021 à 22:17. [Consulté le 10 octobre 2021]. Disponible à l’adresse : "
        "[https://fr.wikipedia.org/wiki/Raycasting](https://fr.wikipedia.org/wiki/Raycasting)\n"
    )
    assert notes["1"][0] == "Raycasting"
    assert notes["1"][2] == dt.date(2021, 10, 10)


def test_author_before_title_and_medium_is_still_dropped() -> None:
    # Near miss: a body's name before a title with no gloss is the author, as before ("Org. Title [Internet]").
    notes = _notes(
        "## References\n\n"
        "1. Office for National Statistics. Labour market overview [Internet]. 2024 [cited 2026 Mar 3]. "
        "Available from: https://www.ons.gov.uk/employmentandlabourmarket\n"
    )
    assert notes["1"][0] == "Labour market overview"
