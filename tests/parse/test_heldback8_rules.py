"""Rules learnt from the spent heldback-8 part of the parse eval (branch p10-hb8tune), by family of
shapes: PDF-to-Markdown list items whose line wrapped into a continuation paragraph (a URL cut in
two, an access date on the next line) and Wikipedia's printed “Title (URL)”; tables of sources keyed
by an ID column ("Q1", "[p101]") and tables of pinned repositories under a sources heading; lists of
legislation and "Name: subtitle" notes headings, HTML comments in Markdown; Vancouver's corporate
authors named by their kind, a year run into a body's title, Korean access labels; a page titled as
a bibliography in its front matter, laid out as an HTML table; BibTeX's plain style with one author
or two joined by "and"; citation signals, ABNT access labels after a wrapped URL, text fragments.
The entries are shaped like the real ones (fixtures/parse-eval, heldback-8 and the calibration
documents added with it); the names and URLs are invented.
"""

from __future__ import annotations

import datetime as dt

from citecheck.parse.entries import parse_entry
from citecheck.parse.styles import title_and_publisher

from .test_source_lists import _fields, _notes


def test_a_pdf_list_item_wrapped_into_a_continuation_paragraph_keeps_its_url_and_date() -> None:
    text = (
        "## 脚注\n\n"
        "1. “Sorting Notes (https://www.example.org/info/sorting)”. Acme. 2018年12月12日閲覧。\n"
        "1. Jane Doe (2004年3月19日). “Markdown (http://www.example.net/weblog/00118\n\n"
        "    9)”. 2018年12月12日閲覧。\n\n"
        "1. “Editing Help - Example (https://help.example.com/editing-help)”. 2010\n\n"
        "    年4月29日閲覧。\n"
    )
    notes = _notes(text)
    assert _fields(notes) == [
        ("1", "Sorting Notes", "https://www.example.org/info/sorting"),
        ("2", "Markdown", "http://www.example.net/weblog/001189"),
        ("3", "Editing Help - Example", "https://help.example.com/editing-help"),
    ]
    assert [fn.access_date for fn in notes] == [
        dt.date(2018, 12, 12),
        dt.date(2018, 12, 12),
        dt.date(2010, 4, 29),
    ]
    # The link the reader took from the first line (".../00118") is the URL cut, not a second source.
    assert notes[1].urls == ["http://www.example.net/weblog/001189"]


def test_an_indented_nested_list_is_no_continuation_of_the_item_above() -> None:
    text = "## Sources\n\n1. Alpha guide https://a.example/alpha\n\n    - Beta note https://b.example/beta\n"
    assert [(fn.kind, fn.url) for fn in _notes(text)] == [
        ("footnote", "https://a.example/alpha"),
        ("inline", "https://b.example/beta"),  # a link of the text after the list, checked as such
    ]


def test_a_keyed_source_table_labels_each_row_by_its_key() -> None:
    text = (
        "## Belegte Quellen\n\n"
        "| ID | Belegt | Quelle | URL | Abgerufen |\n|----|----|----|----|----|\n"
        '| Q1 | Ein Satz. | Acme Blog, „Understanding dwell time" | https://acme.example/dwell | 2026-09-04 |\n'
        '| Q2 | Noch einer. | Doe et al., „Ranking Models at Scale", arXiv:2402.00001 | https://arxiv.example/abs/1 | 2026-09-04 |\n'
    )
    notes = _notes(text)
    assert _fields(notes) == [
        ("Q1", "Understanding dwell time", "https://acme.example/dwell"),
        ("Q2", "Ranking Models at Scale", "https://arxiv.example/abs/1"),
    ]
    assert {fn.access_date for fn in notes} == {dt.date(2026, 9, 4)}


def test_backticked_bracketed_keys_label_rows_and_keys_without_a_number_do_not() -> None:
    keyed = (
        "## References\n\n| ID | Source | URL |\n|---|---|---|\n"
        "| `[p101]` | Acme — Release workflow | https://acme.example/release |\n"
        "| `[p103]` | Roe — Health checks | https://roe.example/health |\n"
    )
    assert [fn.label for fn in _notes(keyed)] == ["p101", "p103"]
    unnumbered = (
        "## Frozen reference snapshots\n\n| ID | Repository | Commit |\n|---|---|---|\n"
        "| `SRC-A` | `acme/alpha` | `7794b61` |\n| `SRC-B` | `acme/beta` | `592055e` |\n"
    )
    assert _fields(_notes(unnumbered)) == [("1", "acme/alpha", None), ("2", "acme/beta", None)]


def test_a_table_of_pinned_repositories_under_a_sources_heading_lists_sources() -> None:
    text = (
        "## Fuentes\n\n**Repositorios fijados**:\n\n"
        "| Nombre en las citas | Repositorio | Commit |\n|---|---|---|\n"
        "| `alpha-shell` | `Acme/alpha-shell` | `5ab4a00` |\n| `beta` | `Acme/beta` (v1.0.0) | `a13d35a` |\n\n"
        "**Web** (consultado el 2026-10-05):\n\n- README de `acme/gamma`: https://code.example/acme/gamma/README.md\n"
    )
    assert _fields(_notes(text)) == [
        ("1", "alpha-shell", None),
        ("2", "beta", None),
        ("3", "README de acme/gamma", "https://code.example/acme/gamma/README.md"),
    ]


def test_a_data_table_under_a_sources_heading_is_no_list_of_sources() -> None:
    # "## Sources" over a model's output files, as READMEs of experiments write it.
    text = (
        "# Q1 encoder\n\nBest source: `0.57`.\n\n## Sources\n\n| name | Q1_log_loss | oof |\n| --- | --- | --- |\n"
        "| q1_meta | 0.573478 | outputs/oof_q1_meta.csv |\n| q1_knn | 0.686924 | outputs/oof_q1_knn.csv |\n"
    )
    assert _notes(text) == []


def test_a_legislation_list_and_a_name_subtitle_heading_head_source_lists() -> None:
    laws = (
        "# Normative citate {-}\n\n<!-- Ripristina la numerazione: https://tex.example/a/359707 -->\n\n"
        "## Leggi {-}\n\n"
        'L. 89/1913 -- [Legge 16 febbraio 1913, n. 89, "Ordinamento del notariato."](https://norme.example/1913;89)\n\n'
        "## Direttive europee {-}\n\n"
        "- Direttiva 2009/24 --- [Direttiva 2009/24/CE relativa ai programmi.](http://eli.example/dir/2009/24)\n"
    )
    assert _fields(_notes(laws)) == [
        ("1", 'Legge 16 febbraio 1913, n. 89, "Ordinamento del notariato"', "https://norme.example/1913;89"),
        ("2", "Direttiva 2009/24/CE relativa ai programmi", "http://eli.example/dir/2009/24"),
    ]
    resources = (
        "## 10 · Recursos: las fuentes públicas que el libro consulta\n\nSon las fuentes de los capítulos.\n\n"
        "- National Library of Medicine. PubMed [Internet]. Bethesda (MD): NLM [consultado el 15 de "
        "septiembre de 2026]. Disponible en: https://pubmed.example.gov\n"
    )
    notes = _notes(resources)
    assert _fields(notes) == [("1", "PubMed", "https://pubmed.example.gov")]
    assert notes[0].access_date == dt.date(2026, 9, 15)


def test_vancouver_corporate_authors_named_by_their_kind() -> None:
    for head, title in [
        ("National Institute for Health and Care Excellence. Overweight management. NICE guideline NG246. "
         "Londres: NICE; 14 de enero de 2025. ", "Overweight management"),
        ("Agencia Española de Medicamentos y Productos Sanitarios. Centro de Información de Medicamentos (CIMA) "
         "[Internet]. Madrid: AEMPS [consultado el 15 de septiembre de 2026]. ", "Centro de Información de Medicamentos (CIMA)"),
        ("Sociedad Española para el Estudio de la Obesidad (SEEDO). Guía Española GIRO: Guía del manejo integral. "
         "2.ª ed. Madrid: SEEDO; noviembre de 2024. ", "Guía Española GIRO: Guía del manejo integral"),
    ]:  # fmt: skip
        assert title_and_publisher(head)[0] == title


def test_a_year_run_into_a_bodys_title_opens_it_and_korean_labels_date_the_reading() -> None:
    entry = parse_entry(
        "Acme Thyroid Association. 2016 Acme Thyroid Association Guidelines for Diagnosis. Source ID 26. "
        "https://journal.example/doi/10.1/thy (확인일: 2026-09-10)"
    )
    assert (entry.title, entry.access_date) == (
        "2016 Acme Thyroid Association Guidelines for Diagnosis",
        dt.date(2026, 9, 10),
    )
    no_url = parse_entry(
        "Acme Thyroid Association. Correction to Recommendation 58. DOI: 10.1/thy (확인일: 2026-09-10)"
    )
    assert no_url.access_date == dt.date(2026, 9, 10)
    # After initials the year run into capitals is still Harvard's ("Doe, J. 2016 Title").
    assert (
        title_and_publisher("Doe, J. 2016 Sorting Methods Revisited. Acme Press.")[0]
        == "Sorting Methods Revisited"
    )


def test_a_headingless_page_titled_as_a_bibliography_laid_out_as_an_html_table() -> None:
    text = (
        "---\nlayout: page\ntitle:  Bibliographie de la traduction\n---\n\nDate de création : 2023-11-08\n\n"
        '<table>\n  <tbody>\n      <tr>\n          <td class="en">\n'
        "              <p>Doe, Jane. 2021. <i>La comédie</i>. Paris: Acme.</p>\n          </td>\n          <td>\n"
        "              <p>Doe, Jane. 2021. <i>La comédie</i>. Paris : Acme.</p>\n          </td>\n      </tr>\n"
        '      <tr>\n          <td class="en">\n'
        "              <p>Roe Museum. 2016. ‘Toys and Games’. Roe Museum. 2016. "
        '<a href="https://roe.example/index.php?id=45">https://roe.example/index.php?id=45</a>.</p>\n'
        "          </td>\n      </tr>\n  </tbody>\n</table>\n"
    )
    assert _fields(_notes(text)) == [
        ("1", "La comédie", None),
        ("2", "Toys and Games", "https://roe.example/index.php?id=45"),
    ]


def test_a_references_page_with_headings_of_its_own_is_read_as_written() -> None:
    text = (
        "---\nlayout: page\ntitle: References\n---\n\n## Alpha\n\n"
        "If you are not familiar with Alpha, see their [website](https://alpha.example).\n"
    )
    assert [fn.label for fn in _notes(text)] == ["L1"]


def test_bibtex_plain_authors_alone_or_joined_by_and() -> None:
    text = (
        "## References\n\n"
        "[1] A. Doe. The importance of progress indicators. In Proceedings of CHI ’85, pages 11–17. ACM, 1985.\n\n"
        "[2] C. Roe, B. Poe, and R. Bell. Rethinking the progress bar. In Proceedings of UIST ’07. ACM, 2007.\n\n"
        "[3] K. Baraka and M. M. Veloso. Mobile robot lights: Formalism, design. Int. J. Soc. Robot., 10(1):65–92, 2018.\n\n"
        "[4] S. Amershi et al. Guidelines for human-AI interaction. In Proceedings of CHI ’19. ACM, 2019.\n\n"
        "[5] D. E. Knuth. Sorting and Searching , volume 3 of The Art of Computer Programming . Addison-Wesley, 1998.\n\n"
        "[6] Z. Poe and J. Stasko. A taxonomy of ambient systems. In Proceedings of AVI ’06. ACM, 2006.\n"
    )
    # The list writes its authors given names first, three entries joining them with "and": so an
    # entry's first sentence is its authors' also where one author stands alone.
    assert [fn.title for fn in _notes(text)] == [
        "The importance of progress indicators",
        "Rethinking the progress bar",
        "Mobile robot lights: Formalism, design",
        "Guidelines for human-AI interaction",
        "Sorting and Searching",
        "A taxonomy of ambient systems",
    ]


def test_signals_abnt_labels_and_text_fragments() -> None:
    notes = _notes(
        "Text.[^1] More.[^2]\n\n[^1]:\tSee [https://news.example/2015/apr/26/agents](https://news.example/2015/apr/26/agents)\n"
        "[^2]:\tVgl. https://rights.example/chronicle\n"
    )
    assert [(fn.title, fn.url) for fn in notes] == [
        (None, "https://news.example/2015/apr/26/agents"),
        (None, "https://rights.example/chronicle"),
    ]
    abnt = parse_entry(
        "DOE, J. Mediação. Revista, p. 7-20. Disponível em: http://goo.example/fmiTrM.\nAcesso em: 10 jul. 2017."
    )
    assert (abnt.urls, abnt.access_date) == (["http://goo.example/fmiTrM"], dt.date(2017, 7, 10))
    fragment = "https://market.example/report/#:~:text=Market%20Size,5.32%25%20from%202019%20to%202026."
    linked = _notes(f"## Kaynakça\n\n1. [Market Size And Forecast]({fragment})\n")
    assert [fn.url for fn in linked] == [fragment]


def test_a_reference_list_whose_urls_stand_in_continuation_paragraphs() -> None:
    text = (
        "## References\n\n"
        "1. National Institute of Examples (NIE), *FIPS 999: Lattice-Based Key Mechanism (LBKM)*, August 13, 2024.\n\n"
        "   Available at: https://pubs.example.gov/fips/999.pdf\n\n"
        "2. *alpha-native* – Official repository and documentation.\n\n"
        "   Available at: https://code.example/alpha-native\n"
    )
    # The colon of "FIPS 999:" is inside the emphasised title: it closes no organisation's name.
    assert _fields(_notes(text)) == [
        ("1", "FIPS 999: Lattice-Based Key Mechanism (LBKM)", "https://pubs.example.gov/fips/999.pdf"),
        ("2", "alpha-native", "https://code.example/alpha-native"),
    ]
