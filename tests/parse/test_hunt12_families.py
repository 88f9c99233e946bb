"""Rules from the failure hunt of branch s40-hunt12 (20 new real documents of shapes the eval had met little: Org
inline notes in Markdown, reStructuredText auto-numbered notes, ABNT academic works, ISO 690 sites before "[online]",
Thai Buddhist-era numeric dates, an APA list with a Greek reference-manager locale's "no date", …): each has a case
where it fires and a near miss where it must not; the data that justifies it is named with the rule (fixtures/
parse-eval, part "p40hunt12 (studied)").
"""

from __future__ import annotations

import datetime as dt

from citecheck.parse import parse_text
from citecheck.parse.dates import ACCESS_LABEL, date_after_label
from citecheck.parse.markup_notes import has_markup_notes, org_inline_notes

TODAY = dt.date(2026, 12, 7)


def _notes(
    text: str, path: str = "x.md", fmt: str | None = "markdown"
) -> dict[str, tuple[str | None, str | None]]:
    document = parse_text(text, path=path, fmt=fmt, today=TODAY)  # type: ignore[arg-type]
    return {fn.label: (fn.title, fn.url) for fn in document.footnotes if not fn.label.startswith("L")}


def _footnotes(text: str, path: str = "x.md") -> dict[str, object]:
    document = parse_text(text, path=path, fmt="markdown", today=TODAY)
    return {fn.label: fn for fn in document.footnotes}


# --- Org inline notes (markup_notes.org_inline_notes) ----------------------------------------------------------
# Data: a German Jekyll page on causal inference whose one note is "…ausgedrückt[fn::https://…]:", no note before.

_ORG_INLINE = """### Infektion und Test
Tests sind niemals absolut zuverlässig sondern durch Sensititivtät und Spezifizität gekennzeichnet, in bedingten
Wahrscheinlichkeiten ausgedrückt[fn::https://www.centerforhealthsecurity.org/resources/COVID-19/serology/x.html]:
- Sensitivität
- Spezifizität

Eine zweite Aussage[fn:quelle:Siehe [[https://example.org/studie][Die Studie]].] und noch einmal[fn:quelle].
"""


def test_org_inline_notes_are_read_where_they_stand() -> None:
    notes = _notes(_ORG_INLINE)
    assert notes["1"][1] == "https://www.centerforhealthsecurity.org/resources/COVID-19/serology/x.html"
    assert notes["2"] == ("Die Studie", "https://example.org/studie")
    marked, _, found = org_inline_notes(_ORG_INLINE) or ("", "", [])
    assert [label for label, _, _ in found] == ["1", "2"]
    assert marked.count("[^2]") == 2  # the named note cited again by "[fn:quelle]"
    assert has_markup_notes(_ORG_INLINE)


def test_org_inline_notes_in_an_org_file() -> None:
    # An .org file (sniffed as text) holding only inline notes goes to the Markdown reader too.
    text = "* Notes\nEmacs can do video editing[fn::See [[http://1010.co.uk/gneve.html][gneve]].] and more.\n"
    assert _notes(text, path="notes.org", fmt=None)["1"][1] == "http://1010.co.uk/gneve.html"


def test_org_inline_note_near_misses() -> None:
    # An empty inline note is none; a document defining Org notes of its own keeps that numbering only.
    assert org_inline_notes("Text[fn::] and more.\n") is None
    defined = "Text[fn:1] and[fn::inline text here].\n\n[fn:1] https://example.org/a\n"
    assert org_inline_notes(defined) is None
    # In code, the syntax is shown, not used.
    assert "1" not in _notes("Write a note as `text[fn:: https://example.org/x]` in Org.\n")


# --- Thai Buddhist-era numeric dates (dates._thai_era) -----------------------------------------------------------
# Data: a Thai GitBook page, "Ruby Documentation - Accessing Elements สืบค้นเมื่อ 3/9/2568 จาก [URL](URL)", four
# entries read as the year 2568.


def _after_label(text: str) -> dt.date | None:
    label = ACCESS_LABEL.search(text)
    assert label is not None
    language = next(name for name, value in label.groupdict().items() if value)
    found = date_after_label(text, label.end(), language)
    return found[0] if found else None


def test_thai_numeric_date_with_buddhist_year() -> None:
    assert _after_label("W3schools - C Arrays สืบค้นเมื่อ 3/9/2568 จาก https://www.w3schools.com/c/") == dt.date(
        2025, 9, 3
    )


def test_thai_numeric_date_near_misses() -> None:
    # A Christian year after the Thai label stays; a Buddhist-era year after another language's label is not read so.
    assert _after_label("Site สืบค้นเมื่อ 3/9/2025 จาก https://example.org/") == dt.date(2025, 9, 3)
    assert _after_label("Site. Accessed 3/9/2568. https://example.org/") != dt.date(2025, 9, 3)


# --- CSL locales' "no date" in an APA date group (styles._date_groups) -------------------------------------------
# Data: a tool README's APA list with one entry exported under a Greek locale, "Haapala, A. (χ.χ.). python-…".

_APA = """## References

- Haapala, A. (χ.χ.). python-Levenshtein: Python extension for computing string edit distances and similarities. Ανακτήθηκε από http://github.com/ztane/python-Levenshtein
- R Core Team. (2016). R: A Language and Environment for Statistical Computing. Vienna, Austria. Retrieved from https://www.R-project.org/
"""


def test_locale_no_date_is_a_date_group() -> None:
    assert _notes(_APA)["1"][0] == (
        "python-Levenshtein: Python extension for computing string edit distances and similarities"
    )


def test_locale_no_date_near_miss() -> None:
    # A bracketed word that is no locale's "no date" is no date group: the head stays as read before.
    text = _APA.replace("(χ.χ.)", "(χ.ψ.)")
    assert (
        _notes(text)["1"][0]
        != "python-Levenshtein: Python extension for computing string edit distances and similarities"
    )


# --- ISO 690: a title-cased title, then its site in lower case before "[online]" (styles._subtitle_before_medium) --
# --- and a company closed by its legal form before "[online]" (styles._LEGAL_FORM_END) ----------------------------
# Data: a Czech robot README's notes 4 and 11, read as "Access USB Devices on the Web. Chrome for developers" and
# "PROKYBER s.r.o".

_ISO690 = """Text.[^1] More.[^2] Again.[^3]

[^1]: Access USB Devices on the Web. Chrome for developers [online]. [cit. 2024-02-15]. Dostupné z: https://developer.chrome.com/docs/capabilities/usb

[^2]: PK-DevKitV1 Esp32. PROKYBER s.r.o. [online]. [cit. 2024-02-26]. Dostupné z: https://e-shop.prokyber.cz/esp32/

[^3]: Российский рынок онлайн-торговли 2023. Статистика и тренды [Электронный ресурс]. URL: https://datainsight.ru/x
"""


def test_iso690_site_after_title_cased_title() -> None:
    notes = _notes(_ISO690)
    assert notes["1"][0] == "Access USB Devices on the Web"


def test_iso690_company_with_legal_form_is_the_site() -> None:
    footnotes = _footnotes(_ISO690)
    assert footnotes["2"].title == "PK-DevKitV1 Esp32"  # type: ignore[attr-defined]
    assert footnotes["2"].publisher == "PROKYBER s.r.o"  # type: ignore[attr-defined]


def test_iso690_subtitle_near_miss() -> None:
    # A title in sentence case goes on with its subtitle before the medium (the rule the title case sets aside).
    assert _notes(_ISO690)["3"][0] == "Российский рынок онлайн-торговли 2023. Статистика и тренды"


# --- ABNT academic works (name_runs._ACADEMIC_KIND) ---------------------------------------------------------------
# Data: a Brazilian UML report's TCC, read as the title "Trabalho de Conclusão de Curso (Bacharelado em …) – …".

_ABNT = """## Referências

BORGES, Elida Neves Mendes. UML para modelagem do ciclo de evasão estudantil. 2019. Trabalho de Conclusão de Curso (Bacharelado em Estatística) – Universidade de Brasília, Brasília, 2019. Disponível em: <https://bdm.unb.br/x.pdf>. Acesso em: 2 set. 2025.

SILVA, João. Estudo de caso sobre redes. 2020. Dissertação (Mestrado em Computação) – Universidade Federal, Recife, 2020. Disponível em: <https://ufpe.br/x.pdf>. Acesso em: 2 set. 2025.

SILVA, João; SOUZA, Ana. 2020. Tese de ontem e de hoje. Editora X. Disponível em: <https://ex.br/x>. Acesso em: 2 set. 2025.
"""


def test_abnt_academic_work_title_before_year() -> None:
    notes = _notes(_ABNT)
    assert notes["1"][0] == "UML para modelagem do ciclo de evasão estudantil"
    assert notes["2"][0] == "Estudo de caso sobre redes"


def test_abnt_academic_work_near_miss() -> None:
    # "Names. Year. Title.": a title that opens on "Tese" without a degree in brackets is the title.
    assert _notes(_ABNT)["3"][0] == "Tese de ontem e de hoje"


# --- A quoted attribute value is no quoted title (styles.quoted_title) ----------------------------------------------
# Data: the Czech robot README's note 10, the code span "```<input type="range">```" read as the title "range".


def test_attribute_value_is_no_quoted_title() -> None:
    text = (
        'Text.[^1]\n\n[^1]: ```<input type="range">```. Mdm [online]. [cit. 2024-02-26]. Dostupné z: '
        "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/range\n"
    )
    assert _notes(text)["1"][0] == '<input type="range">'


def test_quoted_title_near_miss() -> None:
    # A quoted title after a space and "=" stays one ("= " is no attribute's).
    text = 'Text.[^1]\n\n[^1]: Smith, J. = "The Long Title of a Report", Acme, 2020. https://example.org/report\n'
    assert _notes(text)["1"][0] == "The Long Title of a Report"


# --- Taylor & Francis's journal tail (styles._JOURNAL_VOLUME_TAIL) -------------------------------------------------
# Data: the Polish paper's entry 9, "… Australia’s stock returns?, Applied Economics Letters, 29:3, 179-182, DOI: …".

_TF = """## Źródła

1. Paresh Kumar Narayan, Qiang Gong & Huson Joher Ali Ahmed (2022) Is there a pattern in how COVID-19 has affected Australia’s stock returns?, Applied Economics Letters, 29:3, 179-182, DOI: 10.1080/13504851.2020.1861190
2. Smith, J. (2021) Volume 3:4 of the series, Part Two, Chapter 5, https://example.org/book
"""


def test_taylor_francis_journal_tail() -> None:
    assert _notes(_TF)["1"][0] == "Is there a pattern in how COVID-19 has affected Australia’s stock returns?"


def test_taylor_francis_journal_tail_near_miss() -> None:
    # Without a page range after "volume:issue" nothing is cut.
    from citecheck.parse.styles import without_journal_volume_tail

    title = "Notes on lattices, Applied Letters, 29:3"
    assert without_journal_volume_tail(title) == title
    assert (
        without_journal_volume_tail("A study of caching, Applied Letters, 29:3, 179-182")
        == "A study of caching"
    )


# --- SSRN's suggested citation (name_runs.ssrn_titles) -------------------------------------------------------------
# Data: the Polish paper's entry 5, read as its series "IIIS Discussion Paper No. 1; GEP Working Paper No. 2002/14".

_SSRN = """## Źródła

1. Girma, Sourafel and Gorg, Holger, Foreign Direct Investment, Spillovers and Absorptive Capacity: Evidence from Quantile Regressions (July 2003). IIIS Discussion Paper No. 1; GEP Working Paper No. 2002/14
2. Judd, Charles M.; McCleland, Gary e Ryan, Carey S. (2017). Data Analysis: A Model Comparison Approach To Regression. Routledge.
3. Aitken, G., & Visser-Quinn, A. (2021). Modelling systemic impacts in cities (March 2021). npj Urban Sustainability.
"""


def test_ssrn_suggested_citation() -> None:
    assert _notes(_SSRN)["1"][0] == (
        "Foreign Direct Investment, Spillovers and Absorptive Capacity: Evidence from Quantile Regressions"
    )


def test_ssrn_near_misses() -> None:
    # A year alone in brackets after the names, and APA's initials, are no SSRN citation.
    notes = _notes(_SSRN)
    assert notes["2"][0] == "Data Analysis: A Model Comparison Approach To Regression"
    assert notes["3"][0] != "Aitken, G., & Visser-Quinn, A."


# --- Marked inline notes after a plain numbered list (regions._marked_notes_restart) -------------------------------
# Data: the German Jekyll page closes on a list of four models after the paragraph carrying its Org note; read as one
# run with the note (appended after the text), the models were entries 1-4 beside note 1.

_MODELS = """Tests sind niemals absolut zuverlässig, in bedingten Wahrscheinlichkeiten ausgedrückt[fn::https://example.org/serology-tests]:

Logistische Regressionen
1. Modelle logit $$P(Y=0 \\vert Z_{i}, X) = \\alpha_{0} + \\alpha_{1} X$$ für alle Kovariaten $$Z_{i}$$.
2. Haupteffekte und Interaktionseffekte mit $$X$$: logit $$P(Y=0 \\vert Z, X)$$.
3. Komplexere Modelle zur Abschätzung sind denkbar und wünschenswert.
"""


def test_list_before_marked_inline_notes_is_no_notes() -> None:
    document = parse_text(_MODELS, path="x.md", fmt="markdown", today=TODAY)
    found = [(fn.label, fn.url) for fn in document.footnotes if not fn.label.startswith("L")]
    assert found == [("1", "https://example.org/serology-tests")]


def test_numbered_references_without_marked_notes_near_miss() -> None:
    # A numbered list of references with no note the reader marks is read as before.
    text = (
        "A claim [1] and another [2].\n\n"
        "1. Smith, J. (2020). A study of caching. https://example.org/a\n"
        "2. Jones, K. (2021). Another study of caching. https://example.org/b\n"
    )
    assert [fn.label for fn in parse_text(text, path="x.md", fmt="markdown", today=TODAY).footnotes] == [
        "1",
        "2",
    ]
