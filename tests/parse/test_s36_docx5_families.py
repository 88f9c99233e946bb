"""Families learnt on the calibration part of the fifth Word set (fixtures/parse-eval-docx5, branch
s36-docx5; its held-back part, HELDBACK-DOCX5-RULE.md, was not studied). Each rule with a minimal
package built here (or the function it changes) where it fires, and a near miss where it must not."""

from __future__ import annotations

from citecheck.parse.regions import _kind_line, is_notes_heading
from citecheck.parse.styles import tidy_title
from tests.parse.test_docx_real_set import notes_of, package, run

# 1. A line naming the kind of the entries under it is a sub-heading of the list -------------------
# (regions._kind_subheading, regions._kind_line). es-plantilla-articulo-referencias-apa-revista.docx
# (oscarnortiz/legislacionParaguaya, a law journal's article template): "Referencias", three
# paragraphs of instructions, then nine APA examples each under a line naming its kind ("Artículos de
# revistas:", "Páginas Web:", "Tesis:"); counted as prose, the sub-headings made the list half prose
# and the heading was judged to head no list (0 of 9 entries read).

_INSTRUCTIONS = [
    "(Referencias en estilo APA 7° edición, o en el manual de estilo de su especialidad) fuente Minion "
    "Pro, tamaño 12, interlineado 1.5",
    "En el caso de utilizar APA 7° edición solo se incluirán las fuentes citadas, las acotaciones o "
    "enlaces en el texto se realizarán utilizando la forma «apellido, año» entre paréntesis, ejemplo: "
    "(Pérez, 2013) y las citas textuales se pondrán entre comillas. Las referencias deben aparecer al "
    "final del texto, organizadas alfabéticamente a partir del primer elemento de entrada, según "
    "especifica el estilo bibliográfico de la America Psychological Association (APA), en su versión 7. "
    "El Comité Editorial recomienda el uso de gestores bibliográficos (Zotero, Mendeley, EndNote, entre "
    "otros) para facilitar el trabajo con la bibliografía. Las referencias de cada trabajo deben "
    "presentar un alto porcentaje de actualidad de los últimos 5 años, salvo los casos de las revisiones "
    "bibliográficas donde las referencias deben abarcar un amplio rango de tiempo por el tipo de estudio "
    "que se pretende realizar. A continuación, se muestran ejemplos para la elaboración de referencias y "
    "bibliografía de algunos tipos de documentos: ",
    "Para artículos científicos el manuscrito debe tener 10 -15 referencias.",
]
_KINDS_AND_ENTRIES = [
    (
        "Artículos de revistas:",
        "Hernández Chávez, M., Suárez Hernández, J. & Ojeda González, A. (2003). "
        "Metodología para evaluar la excelencia de las revistas científicas. Ciencias de la Información, "
        "34(3), 3-8.",
    ),
    (
        "Artículos de revistas con DOI o URL:",
        "Núñez Gudás, M. (2002). Criterios para la evaluación de la "
        "calidad de las fuentes de información sobre salud en Internet. ACIMED, 10(5). "
        "http://bvs.sld.cu/revistas/aci/vol10_5_02/aci05502.htm",
    ),
    (
        "Conferencias presentadas en eventos:",
        "Deldén, M. (2019, 30 de octubre). Literacidad audiovisual: "
        "un concepto para comprender la historia a través del cine [sesión de conferencia]. Ciclo de "
        "Conferencias de las Artes, Bogotá, Colombia.",
    ),
    (
        "Libros impresos:",
        "Pruna-Goodgall, P. M., Álvarez-Sandoval, O., et al. (2005). Historia de la "
        "Ciencia y la Tecnología en Cuba. Instituto Cubano del Libro.",
    ),
    (
        "Partes de libros:",
        "Domínguez, L. J. (2007). Vacuna ABC. En M. G. Limontan (ed.), La Historia de "
        "la Biomedicina Cubana (Vol. 1, pp. 241-281). Instituto Cubano del Libro.",
    ),
    (
        "Informes:",
        "Bruno Lomonte, S. A. (2000). Desarrollo científico en Costa Rica: un análisis "
        "bibliométrico. Costa Rica: Academia Nacional de Ciencias.",
    ),
]


def _template(kinds_and_entries: list[tuple[str, str]]) -> bytes:
    body = [run("Las conclusiones se derivan del trabajo realizado (Pérez, 2013)."), run("Referencias")]
    body += [run(text) for text in _INSTRUCTIONS]
    for kind, entry in kinds_and_entries:
        body += [run(kind), run(entry)]
    return package(body)


def test_kind_subheadings_between_entries_are_no_prose_of_the_list() -> None:
    notes = notes_of(_template(_KINDS_AND_ENTRIES))
    assert sorted(notes, key=int) == ["1", "2", "3", "4", "5", "6"]
    assert notes["1"].title == "Metodología para evaluar la excelencia de las revistas científicas"  # type: ignore[attr-defined]
    # The sub-heading naming DOIs and URLs is no entry (its words are a reference's shape).
    assert notes["2"].url == "http://bvs.sld.cu/revistas/aci/vol10_5_02/aci05502.htm"  # type: ignore[attr-defined]
    assert notes["6"].title.startswith("Desarrollo científico en Costa Rica")  # type: ignore[attr-defined]


def test_a_kind_line_is_short_closed_by_a_colon_and_cites_nothing() -> None:
    assert _kind_line("Páginas Web: ")
    assert _kind_line("Artículos de revistas con DOI o URL:")
    # Near misses: an entry, a line with a year or an address, a sentence introducing something.
    assert not _kind_line("Deldén, M. (2019, 30 de octubre). Literacidad audiovisual.")
    assert not _kind_line("Sources consulted in 2023:")
    assert not _kind_line("Online: https://example.org/report")
    assert not _kind_line(
        "En el caso de utilizar otro estilo bibliográfico, el autor deberá consultar al comité editorial:"
    )


def test_colon_lines_over_prose_do_not_make_a_list() -> None:
    # Near miss: a "Referencias" section of prose whose paragraphs open with colon lines (a how-to on
    # citing) heads no list; the colon lines sit over prose, not over entries.
    body = [run("Texto del artículo."), run("Referencias")]
    for kind in ("Libros:", "Revistas:", "Páginas web:", "Informes:"):
        body += [
            run(kind),
            run(
                "Se citan con el apellido del autor y el año entre paréntesis, y en la lista se ordenan "
                "alfabéticamente por el primer elemento de la entrada, sin sangría francesa."
            ),
        ]
    assert notes_of(package(body)) == {}


# 2. GOST's and ДСТУ's name of the sources section, "Список использованных источников" ---------------
# (regions._gost_list_name). uk-tezy-spysok-literatury-optymizatsiia.docx (oleksandravozniuk/DiplomaDoc,
# Ukrainian conference theses): "9. Список використаної літератури" on a plain line over three numbered
# entries; three words with a participle were more than a plain notes heading may have (0 of 3 read).


def test_the_gost_sources_heading_heads_notes() -> None:
    for heading in (
        "9. Список використаної літератури",
        "Список використаних джерел",
        "Перелік використаних джерел",
        "Список использованных источников",
        "Список использованной литературы",
        "СПИСОК РЕКОМЕНДУЕМОЙ ЛИТЕРАТУРЫ",
    ):
        assert is_notes_heading(heading), heading
    body = [
        run("8. Висновки"),
        run("Аналіз результатів описаних експериментів показав, що залежності є логічними [1]."),
        run("9. Список використаної літератури"),
        run(
            "1. Pavlov A.A. Optimization for one class of combinatorial problems under uncertainty. "
            "Адаптивні системи автоматичного управління. 2019. 1. № 34. С. 81–89."
        ),
        run(
            "2. Pavlov A.A. Combinatorial optimization under uncertainty and formal models of expert "
            "estimation. Вісник Національного технічного університету «ХПІ». 2019. № 1. С. 3–7."
        ),
        run("3. Вагнер Г. Основы исследования операций. Т. 2. М.: Мир, 1973. 488 с."),
    ]
    notes = notes_of(package(body))
    assert sorted(notes) == ["1", "2", "3"]
    assert notes["1"].title == "Optimization for one class of combinatorial problems under uncertainty"  # type: ignore[attr-defined]


def test_other_lists_named_so_head_no_notes() -> None:
    # Near misses: the same list word and participle over what is no source (abbreviations, exercises,
    # figures), and a list word before a notes word with two qualifiers.
    assert not is_notes_heading("Список використаних скорочень")
    assert not is_notes_heading("Список использованных сокращений")
    assert not is_notes_heading("Перелік рекомендованих вправ")
    assert not is_notes_heading("Список ілюстрацій використаних")


# 3. A title typed in capitals after ABNT's authors is the title, no second author -----------------
# (styles._capitals_title). pt-monografia-referencias-abnt-volatilidade-cripto.docx (Menezes-Gus/
# Comparativo_Cripto, a Brazilian monograph exported from Google Docs): "ENDERS, Walter. APPLIED
# ECONOMETRIC TIME SERIES. 4. ed. …" read with the title "4. ed"; two more entries so.

_ABNT_HEADING = "REFERÊNCIAS BIBLIOGRÁFICAS"


def _abnt(entries: list[str]) -> dict[str, object]:
    body = [
        run("Os modelos seguem a literatura (ENDERS, 2014)."),
        run(_ABNT_HEADING),
        *[run(e) for e in entries],
    ]
    return notes_of(package(body))


def test_a_capitals_title_after_abnt_authors_is_the_title() -> None:
    notes = _abnt(
        [
            "BAUR, Dirk G.; DIMPFL, Thomas. Asymmetric Volatility in Cryptocurrencies. Economics Letters, 2018.",
            "ENDERS, Walter. APPLIED ECONOMETRIC TIME SERIES. 4. ed. United States of America: Wiley, 2014. "
            "ISBN 978-1-118-80856-6.",
            "SCHWARZ, Gideon. ESTIMATING THE DIMENSION OF A MODEL. The Annals of Statistics, v. 6, n. 2, "
            "p. 461-464, 1978.",
            "BOLLORSLEV, Tim. GENERALIZED AUTOREGRESSIVE CONDITIONAL HETEROSKEDASTICITY. Journal of "
            "Econometrics, v. 31, p. 307-327, 1986.",
        ]
    )
    assert notes["2"].title == "APPLIED ECONOMETRIC TIME SERIES"  # type: ignore[attr-defined]
    assert notes["3"].title == "ESTIMATING THE DIMENSION OF A MODEL"  # type: ignore[attr-defined]
    assert notes["4"].title == "GENERALIZED AUTOREGRESSIVE CONDITIONAL HETEROSKEDASTICITY"  # type: ignore[attr-defined]


def test_a_body_in_capitals_or_a_corporate_head_keeps_its_reading() -> None:
    # Near misses: one word in capitals after the authors (the body that published the work), and a
    # corporate author in capitals with no person before it, are read as before.
    notes = _abnt(
        [
            "SILVA, João. IBGE. Censo demográfico de 2010: características da população. Rio de Janeiro, 2012.",
            "BRASIL. MINISTÉRIO DA SAÚDE. Política nacional de atenção básica. Brasília, 2012.",
            "BAUR, Dirk G.; DIMPFL, Thomas. Asymmetric Volatility in Cryptocurrencies. Economics Letters, 2018.",
        ]
    )
    assert notes["1"].title == "Censo demográfico de 2010: características da população"  # type: ignore[attr-defined]
    assert notes["2"].title == "Política nacional de atenção básica"  # type: ignore[attr-defined]


# 4. A tab typed as a line end inside a hyphenated word joins it whole (docx._HYPHEN_BROKEN) -------
# es-tesina-referencias-chicago-covid-dea.docx (EaglewithGlasses/covid-response-DEA, a thesis written
# in LibreOffice on a university template): entries wrapped by hand with tabs, one inside
# "SARS-<TAB>CoV-2" (the title read "SARS- CoV-2").

_TAB = "<w:r><w:tab/></w:r>"


def _chicago(pieces: list[str]) -> bytes:
    return package(
        [
            run("Los países respondieron de forma distinta [Aydin, 2020]."),
            run("Referencias"),
            run("Aydin, Nezir y Gökhan Yurdakul. “Assessing Countries’ Performances against COVID-19 ")
            + _TAB
            + run("via WSIDEA and Machine Learning Algorithms.” Applied Soft Computing 97 (2020): 106792."),
            "".join(pieces),
            run(
                "Farrell, M. J. “The Measurement of Productive Efficiency.” Journal of the Royal Statistical "
            )
            + _TAB
            + run("Society. Series a (General) 120, no. 3 (1957): 253–90."),
        ]
    )


def test_a_tab_after_a_word_s_hyphen_joins_the_word() -> None:
    notes = notes_of(
        _chicago(
            [
                run("Taherinezhad, Ali, y Alireza Alinezhad. “Nations Performance Evaluation during SARS-"),
                _TAB,
                run(
                    "CoV-2 Outbreak Handling via Data Envelopment Analysis.” International Journal of Systems "
                ),
                _TAB,
                run("Science 10 (2022): 1–18."),
            ]
        )
    )
    assert (
        notes["2"].title
        == "Nations Performance Evaluation during SARS-CoV-2 Outbreak Handling via Data Envelopment Analysis"
    )  # type: ignore[attr-defined]
    # A tab between words is a space as before.
    assert (
        notes["1"].title
        == "Assessing Countries’ Performances against COVID-19 via WSIDEA and Machine Learning Algorithms"
    )  # type: ignore[attr-defined]


def test_a_tab_after_a_spaced_dash_or_a_number_s_hyphen_stays() -> None:
    # Near misses: a dash between spaces, and a hyphen after a digit (a page range typed "253-" and a
    # tab), are no word broken at its hyphen; the tab stays a space between them.
    notes = notes_of(
        _chicago(
            [
                run("Pereira, Miguel Alves. “A Network Analysis of Efficiency -"),
                _TAB,
                run("Evidence from SARS-CoV-2.” Expert Systems with Applications 210 (2022): 118-"),
                _TAB,
                run("362."),
            ]
        )
    )
    assert notes["2"].title == "A Network Analysis of Efficiency - Evidence from SARS-CoV-2"  # type: ignore[attr-defined]


# 5. ABNT given names with their particles in lower case (styles._GIVEN_PARTICLE) -------------------
# pt-monografia-referencias-abnt-volatilidade-cripto.docx: "BUENO, Rodrigo De Losso da Silveira.
# Econometria de Séries Temporais. …" read with the given names as the title.


def test_abnt_given_names_with_particles_are_the_authors() -> None:
    notes = _abnt(
        [
            "BUENO, Rodrigo De Losso da Silveira. Econometria de Séries Temporais. 2. ed. rev. e atual. "
            "Cengage Learning, 2011. 360 páginas p. ISBN 978-8522111572.",
            "SILVA, Maria das Graças. Finanças públicas no Brasil. São Paulo: Atlas, 2015.",
            "BAUR, Dirk G.; DIMPFL, Thomas. Asymmetric Volatility in Cryptocurrencies. Economics Letters, 2018.",
        ]
    )
    assert notes["1"].title == "Econometria de Séries Temporais"  # type: ignore[attr-defined]
    assert notes["2"].title == "Finanças públicas no Brasil"  # type: ignore[attr-defined]


def test_a_particle_in_the_title_stays_in_the_title() -> None:
    # Near miss: the authors end at the first given name's stop; "da" in the title after it is the
    # title's ("Estudo de caso da Empresa X"), not more of the name.
    notes = _abnt(
        [
            "SANTOS, Ana. Estudo de caso da Empresa X. São Paulo: Atlas, 2010.",
            "COSTA, Pedro. Da Silva Xavier e os mercados. Rio de Janeiro: FGV, 2019.",
            "BAUR, Dirk G.; DIMPFL, Thomas. Asymmetric Volatility in Cryptocurrencies. Economics Letters, 2018.",
        ]
    )
    assert notes["1"].title == "Estudo de caso da Empresa X"  # type: ignore[attr-defined]
    assert notes["2"].title == "Da Silva Xavier e os mercados"  # type: ignore[attr-defined]


# 6. "Authority" names a body, as "Ministry" does (styles._ORG_WORDS) -------------------------------
# report-references-crowd-management-saudi.docx (Sarah4045/SPSS, a report on crowd-management staff):
# "Saudi Human Resources Authority. (2023). Annual Report." read with the authority as its title,
# where "Saudi Ministry of Labor and Social Development. (2023). Annual Report." was read right.


def _apa(entries: list[str]) -> dict[str, object]:
    body = [run("Satisfaction rose (Gallup, 2023)."), run("References"), *[run(e) for e in entries]]
    return notes_of(package(body))


def test_an_authority_as_apa_group_author_is_no_title() -> None:
    notes = _apa(
        [
            "Gallup. (2023). State of the Global Workplace Report.",
            "Saudi Human Resources Authority. (2023). Annual Report.",
            "Financial Conduct Authority. (2022). Consumer Duty implementation.",
        ]
    )
    assert notes["2"].title == "Annual Report"  # type: ignore[attr-defined]
    assert notes["3"].title == "Consumer Duty implementation"  # type: ignore[attr-defined]


def test_a_title_about_authority_stays_a_title() -> None:
    # Near miss: APA moves the title of a work without an author to the front; a title ending in
    # "authority" is still the title.
    notes = _apa(
        [
            "Gallup. (2023). State of the Global Workplace Report.",
            "The limits of moral authority. (2019). Cambridge University Press.",
            "Smith, J. (2018). Questioning authority. Oxford University Press.",
        ]
    )
    assert notes["2"].title == "The limits of moral authority"  # type: ignore[attr-defined]
    assert notes["3"].title == "Questioning authority"  # type: ignore[attr-defined]


# 7. A book's series after its title is no part of it (styles._BOOK_SERIES_AFTER) ------------------
# es-tesina-referencias-chicago-covid-dea.docx: "Bogetoft y Otto, Benchmarking with DEA, SFA, and R,
# International Series in Operations Research & Management Science (New York, NY: Springer New York,
# 2011), https://doi.org/…" read with the series in the title.


def test_a_book_series_after_the_title_is_cut() -> None:
    assert (
        tidy_title(
            "Benchmarking with DEA, SFA, and R, International Series in Operations Research & Management Science"
        )
        == "Benchmarking with DEA, SFA, and R"
    )
    assert (
        tidy_title("The Elements of Statistical Learning, Springer Series in Statistics")
        == "The Elements of Statistical Learning"
    )
    assert tidy_title("Algorithm Engineering, Lecture Notes in Computer Science") == "Algorithm Engineering"


def test_series_words_inside_a_title_stay() -> None:
    # Near misses: "series in" inside a title, or after a comma with one word before it, and in lower
    # case, are the title's.
    assert tidy_title("Analysis of Time Series in Economics") == "Analysis of Time Series in Economics"
    assert tidy_title("Forecasting, Time Series in Practice") == "Forecasting, Time Series in Practice"
    assert (
        tidy_title("Data and models, a series of lectures on forecasting")
        == "Data and models, a series of lectures on forecasting"
    )
