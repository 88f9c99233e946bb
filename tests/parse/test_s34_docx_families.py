"""Families learnt on the calibration part of the third Word set (fixtures/parse-eval-docx3, branch
s34-docx; its held-back part, HELDBACK-DOCX3-RULE.md, was not studied). Each rule with a minimal
package built here where it fires and a near miss where it must not."""

from __future__ import annotations

import io
import zipfile

from citecheck.parse.docx import read_docx
from citecheck.parse.regions import _prose_length, reads_as_entry
from tests.parse.test_docx_real_set import notes_of, package, run


def _styled(style: str, inner: str) -> str:
    return f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>{inner}'


# 1. The year as a sentence of its own after the authors (regions._REFERENCE_SHAPE) ----------------
# proposal-references-ecology-style-ladybeetles.docx: an NSF proposal's 50 references in the
# Ecological Society of America's style under "References", none read before.

_ESA = [
    "Bahlai, C. A., M. Colunga-Garcia, S. H. Gage, and D. A. Landis. 2013. Long-term functional "
    "dynamics of an aphidophagous coccinellid community are unchanged in response to repeated "
    "invasion. PLoS One. 8: e83407.",
    "Birkhead, T. 2014. Stormy outlook for long-term ecology studies. Nature News. 514: 405.",
    "Chave, J. 2013. The problem of pattern and scale in ecology: what have we learned in 20 years? "
    "Ecology Letters. 16: 4–16.",
]


def test_a_list_whose_years_stand_as_sentences_after_the_authors_is_read() -> None:
    notes = notes_of(package([run("References"), *[run(entry) for entry in _ESA]]))
    assert notes["2"].title == "Stormy outlook for long-term ecology studies"  # type: ignore[attr-defined]
    assert notes["3"].title == (  # type: ignore[attr-defined]
        "The problem of pattern and scale in ecology: what have we learned in 20 years?"
    )


def test_prose_with_a_year_inside_a_sentence_is_no_entry() -> None:
    # Near miss: a comma-led sentence that names a year but never as a sentence of its own.
    prose = [
        "However, the program changed in 2013. Funding was cut and the plots were abandoned.",
        "In short, since 2014 the data are kept by the station, as the report says.",
        "Finally, we note that the 2013 survey was repeated twice. Both agree.",
    ]
    assert notes_of(package([run("References"), *[run(line) for line in prose]])) == {}


# 2. A team's author list counts as a short one (regions._AUTHOR_RUN) -------------------------------
# The same proposal: "Mills, J. A., C. Teplitsky, B. Arroyo, … 2015. …" (955 characters) and
# "Hughes, B. B., R. Beas-Luna, …" (601) were lost and the entries after them numbered one off.


def test_a_reference_with_thirty_authors_is_one_entry() -> None:
    surnames = "Teplitsky Arroyo Charmantier Becker Birkhead Bize Blumstein Bonenfant Boutin Bushuev Cam"
    names = ", ".join(f"{chr(65 + i % 26)}. B. {name}" for i, name in enumerate(surnames.split() * 4))
    long_entry = f"Mills, J. A., {names}, and Z. Last. 2015. Why long-term studies matter. Nature. 1: 2."
    assert len(long_entry) > 600
    notes = notes_of(package([run("References"), run(_ESA[1]), run(long_entry), run(_ESA[2])]))
    # (Its title is not read at this length: the entry counts, and the numbering after it holds.)
    assert notes["2"].raw.startswith("Mills, J. A.")  # type: ignore[attr-defined]
    assert notes["3"].title.startswith("The problem of pattern")  # type: ignore[attr-defined]


def test_a_long_paragraph_of_prose_is_counted_whole() -> None:
    # Near miss: prose whose commas separate no initials keeps its full length.
    prose = "However, the sites, the plots, and the years, as we said, " * 12
    assert _prose_length(prose) == len(prose)


# 3. Entries set in a heading style are entries (docx._entry_headings) -----------------------------
# ru-referat-url-first-dash-site-uml.docx: eight entries under "Список литературы" in "heading 3",
# none read; ru-references-gost-url-data-obrashcheniya-databases.docx: its tenth GOST entry in
# "heading 1", the entries after it lost.

_HEADINGS = '<w:style w:type="paragraph" w:styleId="3"><w:name w:val="heading 3"/></w:style>'


def test_heading_styled_entries_under_a_notes_heading_are_paragraphs() -> None:
    body = [
        run("Заключение"),
        run("UML — графический язык."),
        '<w:r><w:br w:type="page"/></w:r>' + run("Список литературы"),
        _styled(
            "3",
            run("https://profspo.ru/books/83601 - Проектирование информационных систем по методологии UML"),
        ),
        _styled("3", run("https://ru.wikipedia.org/wiki/UML - Wikipedia")),
        _styled("3", run("https://practicum.yandex.ru/blog/uml-diagrammy/ - Яндекс Практикум")),
    ]
    data = package(body, styles=_HEADINGS)
    kinds = [block.kind for block in read_docx(data, path="p.docx").blocks if block.text.strip()]
    assert kinds[-3:] == ["paragraph"] * 3
    notes = notes_of(data)
    assert notes["1"].url == "https://profspo.ru/books/83601"  # type: ignore[attr-defined]
    assert notes["3"].url == "https://practicum.yandex.ru/blog/uml-diagrammy/"  # type: ignore[attr-defined]


def test_headings_outside_a_notes_list_or_citing_nothing_stay_headings() -> None:
    # Near misses: the same heading style over a section of prose, and a short heading after the list.
    body = [
        _styled("3", run("https://example.org/docs - Installation guide for the whole system")),
        run("Install it so."),
        run("Список литературы"),
        run("Кузнецов С. Д. Основы баз данных. — М.: БИНОМ, 2007. — 484 с."),
        _styled("3", run("Приложение А")),
    ]
    blocks = [b for b in read_docx(package(body, styles=_HEADINGS), path="p.docx").blocks if b.text.strip()]
    assert blocks[0].kind == "heading" and blocks[-1].kind == "heading"
    assert not reads_as_entry(blocks[-1])


# 4. A hand-marked note's mark completed by the note's typed one (docx._typed_custom_mark) ----------
# chapter-footnotes-author-date-parenthetical-philosophy.docx (WordPerfect saved by Word): notes 10-13
# referenced as "could1" + w:footnoteReference (customMarkFollows) + "0", read as notes "0"-"3".


def _custom_ref(note_id: int, mark: str) -> str:
    return f'<w:r><w:footnoteReference w:customMarkFollows="1" w:id="{note_id}"/><w:t>{mark}</w:t></w:r>'


def _custom_package(marks: dict[int, tuple[str, str, str]]) -> bytes:
    """Per note id: (text typed before the reference, the mark after it, the note's typed opening)."""
    body = [
        run("Objectivity. ")
        + "".join(run(before) + _custom_ref(i, after) for i, (before, after, _) in marks.items())
    ]
    data = package(
        body, {i: run(typed + "  See (Mackie 1977: Chapter 1).") for i, (_, _, typed) in marks.items()}
    )
    # package() opens each note with w:footnoteRef; a custom-marked note has none.
    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name in source.namelist():
            part = source.read(name)
            archive.writestr(name, part.replace(b"<w:r><w:footnoteRef/></w:r>", b""))
    return out.getvalue()


def test_a_custom_mark_cut_in_two_takes_the_note_s_typed_mark() -> None:
    notes = notes_of(
        _custom_package({1: ("could", "1", "1"), 10: ("could1", "0", "10"), 11: ("so1", "1", "11")})
    )
    assert sorted(notes, key=int) == ["1", "10", "11"]


def test_a_custom_mark_that_differs_from_the_typed_one_stays() -> None:
    # Near miss: a note marked "*" whose text opens with a number, and a mark "3" before a typed "4".
    notes = notes_of(_custom_package({1: ("word", "*", "12"), 2: ("text", "3", "4")}))
    assert sorted(notes) == ["*", "3"]


# 5. GOST's extent with illustrations closes an entry (regions._REFERENCE_SHAPE) --------------------
# ru-references-gost-url-data-obrashcheniya-databases.docx: "Мандель И. Д. Кластерный анализ. — М.:
# Финансы и статистика. 1988.— 176 с: ил." lost, the entries after it numbered one off.


def test_a_gost_book_closing_on_its_illustrations_is_an_entry() -> None:
    body = [
        run("Список литературы"),
        run(
            "Суслов С. А. Кластерный анализ: сущность, преимущества и недостатки // Вестник НГИЭИ. 2010. №1."
        ),
        run("Мандель И. Д. Кластерный анализ. — М.: Финансы и статистика. 1988.— 176 с: ил."),
        run("Крахалёв В. Введение в RapidMiner // Хабрахабр. URL: https://habrahabr.ru/post/269427/"),
    ]
    notes = notes_of(package(body))
    assert notes["2"].raw.startswith("Мандель")  # type: ignore[attr-defined]
    assert notes["3"].url == "https://habrahabr.ru/post/269427/"  # type: ignore[attr-defined]


def test_a_sentence_ending_on_a_count_of_illustrations_is_no_entry() -> None:
    # Near miss: prose that ends "… 12 ил." without the extent's "с".
    body = [
        run("Список литературы"),
        run("В работе приведено 12 ил."),
        run("Их можно найти в приложении, где 5 ил."),
    ]
    assert notes_of(package(body)) == {}


# 6. An access note in a paragraph of its own belongs to the entry above (regions._rejoin_access_...) -
# fr-memoire-en-ligne-disponible-sur-consulte-vote.docx: "(Consulté en Mai 2024)" under two online
# entries read as entries, the entries after the first numbered one off.


def test_an_access_note_under_an_online_entry_is_that_entry_s() -> None:
    body = [
        run("REFERENCES BIBLIOGRAPHIES"),
        run("Maurice COMLAN, Uml-cours-slides, cours d’UML, 2023"),
        run(
            "Documentation officielle de Django, [en ligne] Disponible sur https://docs.djangoproject.com/en/5.0/"
        ),
        run("(Consulté en Mai 2024)"),
        run("Documentation officielle de Python, [en ligne] Disponible sur https://www.python.org/doc/"),
    ]
    notes = notes_of(package(body))
    assert sorted(notes) == ["1", "2", "3"]
    assert notes["3"].url == "https://www.python.org/doc/"  # type: ignore[attr-defined]


def test_an_access_note_under_an_entry_without_an_address_stays_apart() -> None:
    # Near miss: under a printed book the same line is not joined (no address to have been read).
    from citecheck.parse.regions import _rejoin_access_paragraphs

    blocks = read_docx(
        package([run("Maurice COMLAN, Uml-cours-slides, cours d’UML, 2023"), run("(Consulté en Mai 2024)")]),
        path="p.docx",
    ).blocks
    assert len(_rejoin_access_paragraphs(blocks)) == 2


# 7. A work named after a bare address and a dash (entries._dashed_after_address) ------------------
# ru-referat-url-first-dash-site-uml.docx: "https://profspo.ru/books/83601 - Проектирование
# информационных систем … (Галиаскаров Э. Г., Воробьев А. С.)", no title read.


def test_the_name_after_an_address_and_a_dash_is_the_title() -> None:
    body = [
        run("Список литературы"),
        run(
            "https://profspo.ru/books/83601 - Проектирование информационных систем по методологии UML "
            "с использованием Qt-технологии программирования (Галиаскаров Э. Г., Воробьев А. С.)"
        ),
        run(
            "https://urait.ru/book/x-539955 - Программная инженерия. Визуальное моделирование систем(Черткова Е. А.)"
        ),
    ]
    notes = notes_of(package(body))
    assert notes["1"].title == (  # type: ignore[attr-defined]
        "Проектирование информационных систем по методологии UML с использованием Qt-технологии программирования"
    )
    assert notes["2"].title == "Программная инженерия. Визуальное моделирование систем"  # type: ignore[attr-defined]


def test_code_a_date_or_a_remark_after_the_dash_is_no_title() -> None:
    # Near misses: identifiers (the parse eval's hb16 research note), a date, a lower-case remark.
    body = [
        run("Sources"),
        run("https://github.com/a/b/blob/main/sync.py — PosBusMixin._notify, _ensure_access_token"),
        run("https://example.org/report.pdf - 12 March 2024"),
        run("https://example.org/page - see the second section"),
    ]
    notes = notes_of(package(body))
    assert [notes[label].title for label in ("1", "2", "3")] == [None, None, None]  # type: ignore[attr-defined]


# 8. GOST's publication area and illustrated extent cite a work (entries._GOST_IMPRINT, _CITES) -----
# ru-references-gost-url-data-obrashcheniya-databases.docx: "Фаулер М. NoSQL: … / М. Фаулер, П.
# Садаладж : Пер. с англ. - М.: ООО "И.Д. Вильяме", 2013. - 192 с.: ил. - Парал. тит. Англ." and
# "Мандель И. Д. Кластерный анализ. — М.: Финансы и статистика. 1988.— 176 с: ил.", no title read.


def test_a_gost_book_s_imprint_or_illustrated_extent_gives_its_title() -> None:
    from citecheck.parse.entries import parse_entry

    fowler = (
        "Фаулер М. NoSQL: новая методология разработки нереляционных баз данных / М. Фаулер, П. Садаладж : "
        'Пер. с англ. - М.: ООО "И.Д. Вильяме", 2013. - 192 с.: ил. - Парал. тит. Англ.'
    )
    assert parse_entry(fowler).title == "NoSQL: новая методология разработки нереляционных баз данных"
    mandel = "Мандель И. Д. Кластерный анализ. — М.: Финансы и статистика. 1988.— 176 с: ил."
    assert parse_entry(mandel).title == "Кластерный анализ"


def test_a_dash_and_a_capital_m_in_prose_is_no_imprint() -> None:
    # Near miss: "- M: …" in prose without a year after the publisher's comma cites nothing.
    from citecheck.parse.entries import _cites_a_work

    assert not _cites_a_work("Запустите тест - M: режим отладки, затем повторите")
    assert not _cites_a_work("В главе 12 ил.")


# 9. A thesis's kind after its title, and its authors in capitals before it (entries._without_...) ---
# fr-memoire-en-ligne-disponible-sur-consulte-vote.docx: "…, Mémoire de soutenance en Master, IFRI,
# 2023" read into two titles, one with "Rémy Yisségnon OKE & Aristide Babatoundé YAGBO, " before it.


def test_a_thesis_title_ends_before_its_kind_and_after_its_authors() -> None:
    from citecheck.parse.entries import _without_thesis_kind

    assert _without_thesis_kind(
        "Rémy Yisségnon OKE & Aristide Babatoundé YAGBO, Conception et Réalisation d'un Système de Vote "
        "Electronique, Mémoire de soutenance en licence, IUT"
    ) == ("Conception et Réalisation d'un Système de Vote Electronique")
    assert _without_thesis_kind("Prototype d’un système électoral, Mémoire de soutenance en Master") == (
        "Prototype d’un système électoral"
    )


def test_a_title_that_opens_with_the_kind_or_names_it_inside_keeps_it() -> None:
    # Near misses: a title about theses, and one whose first field is no names in capitals.
    from citecheck.parse.entries import _without_thesis_kind

    assert _without_thesis_kind("Thèse et antithèse, une histoire") == "Thèse et antithèse, une histoire"
    assert (
        _without_thesis_kind("Writing the dissertation in ten weeks")
        == "Writing the dissertation in ten weeks"
    )
    assert _without_thesis_kind("Deep Learning, Master's thesis, TU Wien") == "Deep Learning"


# 10. APA's software version and description are no part of its title (styles.without_software_tail) -
# pt-artigo-apa-referencias-doi-trabalho.docx: "R Core Team. (2020). R: A language and environment for
# statistical computing (Versão 4.0.3) [Programa de computador]. *R Foundation …*", read with both.


def test_a_software_title_goes_without_its_version_and_description() -> None:
    from citecheck.parse.entries import parse_entry

    for tail in ("(Versão 4.0.3) [Programa de computador]", "(Version 4.0.3) [Computer software]"):
        entry = f"R Core Team. (2020). R: A language and environment for statistical computing {tail}. R Foundation."
        assert parse_entry(entry).title == "R: A language and environment for statistical computing"


def test_a_manual_s_version_without_a_description_stays() -> None:
    # Near miss: the parse eval's "Django Documentation (Version 5.1)" names the manual's edition.
    from citecheck.parse.styles import without_software_tail

    text = "The Django Software Foundation. (2024). Django Documentation (Version 5.1). https://docs.djangoproject.com/"
    assert (
        without_software_tail("Django Documentation (Version 5.1)", text)
        == "Django Documentation (Version 5.1)"
    )
