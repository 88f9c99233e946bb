"""Guard tests for branch p10-titles-residual2: a leading segment that names the entry's own host.

The data behind the rule is in citecheck/parse/host_heads.py's docstring and in
fixtures/parse-eval/README.md, "Branch p10-titles-residual2".
"""

from __future__ import annotations

from citecheck.parse.host_heads import host_names

from .conftest import source_list_titles


def test_host_names() -> None:
    assert host_names("https://pl.wikipedia.org/wiki/X") == {"wikipedia", "plwikipedia"}
    assert host_names("https://www.bbc.co.uk/news") == {"bbc"}
    assert host_names("https://www.domestika.org/es/courses/1") == {"domestika"}
    assert host_names("not a url") == frozenset()


def test_written_host_before_title_real_shapes() -> None:
    # heldback-23's Dutch source list (the truth: the Wikipedia article's title alone).
    titles = source_list_titles(
        [
            "pl.wikipedia, Linia kolejowa nr 159 — Żory – Pawłowice Śląskie 14,529 km. "
            "https://pl.wikipedia.org/wiki/Linia_kolejowa_nr_159",
            "pl.wikipedia, Kopalnia Węgla Kamiennego „Pniówek” — Pawłowice, 49°58′02″N 18°41′23″E, JSW sinds 1993, "
            "type 35.1, 11.200 t/dag (2013). "
            "https://pl.wikipedia.org/wiki/Kopalnia_W%C4%99gla_Kamiennego_%E2%80%9EPni%C3%B3wek%E2%80%9D",
            "en.wikipedia, Jastrzębska Spółka Węglowa — ~12 Mt kolen/j, reserves 503,4 Mt. "
            "https://en.wikipedia.org/wiki/Jastrz%C4%99bska_Sp%C3%B3%C5%82ka_W%C4%99glowa",
        ]
    )
    assert titles == [
        "Linia kolejowa nr 159",
        "Kopalnia Węgla Kamiennego „Pniówek”",
        "Jastrzębska Spółka Węglowa",
    ]


def test_written_host_before_title_invented_variants() -> None:
    # Other separators (colon, spaced dash), other languages and scripts.
    titles = source_list_titles(
        [
            "de.wikipedia: Berliner Mauer. https://de.wikipedia.org/wiki/Berliner_Mauer",
            "fr.wikipedia – Tour Eiffel — tour de fer puddlé de 330 m. https://fr.wikipedia.org/wiki/Tour_Eiffel",
            "ru.wikipedia, Московский метрополитен — описание линий. "
            "https://ru.wikipedia.org/wiki/Московский_метрополитен",
            "es.wikipedia, Real Madrid Club de Fútbol — datos. "
            "https://es.wikipedia.org/wiki/Real_Madrid_Club_de_F%C3%BAtbol",
        ]
    )
    assert titles == [
        "Berliner Mauer",
        "Tour Eiffel",
        "Московский метрополитен",
        "Real Madrid Club de Fútbol",
    ]


def test_person_with_platform_real_shapes_and_variants() -> None:
    # heldback-23's Spanish deep-research sources (first two), then invented variants.
    titles = source_list_titles(
        [
            "Ramón Iborra (Domestika). VibeCoding: Crea tus propias Mini-Herramientas Creativas. Sin fecha "
            "visible. Curso. https://www.domestika.org/es/courses/6434-vibecoding-crea-tus-propias",
            "Rafael Andrés Herrera (Platzi). Curso de Vibe Coding para Crear Apps sin Programar. Sin fecha "
            "visible (consultado el 2026-09-28). Curso. https://platzi.com/cursos/vibecoding/",
            "Ana Souza (Alura). Curso de Python para Data Science. 2025. Curso. "
            "https://www.alura.com.br/curso-online-python",
            "Hans Meier (Coursera). Maschinelles Lernen für Einsteiger. 2022. Kurs. "
            "https://www.coursera.org/learn/ml-einsteiger",
        ]
    )
    assert titles == [
        "VibeCoding: Crea tus propias Mini-Herramientas Creativas",
        "Curso de Vibe Coding para Crear Apps sin Programar",
        "Curso de Python para Data Science",
        "Maschinelles Lernen für Einsteiger",
    ]


def test_near_misses_keep_their_titles() -> None:
    entries = [
        # A title that starts with a word of the host.
        ("Python Tutorial. https://docs.python.org/3/tutorial/", "Python Tutorial"),
        (
            "Python Tutorial: Classes. https://docs.python.org/3/tutorial/classes.html",
            "Python Tutorial: Classes",
        ),
        # A site named in words: page titles begin so (heldback-22's "Wikipedia – …").
        (
            "Wikipedia – Demokratie und Demokratietheorie. https://de.wikipedia.org/wiki/Demokratie",
            "Wikipedia – Demokratie und Demokratietheorie",
        ),
        # A domain written whole is a brand the page's title carries (heldback-16's truth).
        (
            "mikeash.com: Friday Q&A 2012-02-17: Ring Buffers and Mirrored Memory: Part II. "
            "https://www.mikeash.com/pyblog/friday-qa-2012-02-17.html",
            "mikeash.com: Friday Q&A 2012-02-17: Ring Buffers and Mirrored Memory: Part II",
        ),
        # Initials, not a host.
        (
            "A.G. Schneiderman Announces Multi-State Settlement With Target Corporation. "
            "https://ag.ny.gov/press-release/2017/target",
            "A.G. Schneiderman Announces Multi-State Settlement With Target Corporation",
        ),
    ]
    assert source_list_titles([entry for entry, _ in entries]) == [title for _, title in entries]
