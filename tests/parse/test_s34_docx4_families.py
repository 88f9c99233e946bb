"""Families learnt on the calibration part of the fourth Word set (fixtures/parse-eval-docx4, branch
s34-docx4; its held-back part, HELDBACK-DOCX4-RULE.md, was not studied). Each rule with a minimal
package built here (or the function it changes) where it fires, and a near miss where it must not."""

from __future__ import annotations

import datetime as dt

from citecheck.parse.dates import ACCESS_LABEL
from citecheck.parse.docx import read_docx
from citecheck.parse.entries import _tab_column_head
from citecheck.parse.regions import is_notes_heading
from citecheck.parse.styles import MEDIUM
from tests.parse.test_docx_real_set import notes_of, package, run

_HEADINGS = '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>'


def _heading(text: str) -> str:
    return '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>' + run(text)


# 1. A single note addressed to someone heads no notes (regions._remark_to_someone) -------------------
# policy-brief-hyperlinked-references-team-science.docx (cjvanlissa/team_science, a university policy
# brief made by Pandoc): "NOTE FOR FEEDBACK" over one paragraph linking the formatted PDF was read as
# note 1, and its 123 references numbered on from 2 (11 of 11 sampled titles and URLs off by one).

_FEEDBACK = (
    "This version of the document is only for editing purposes. The fully formatted document is "
    "available here. Please make sure to turn on Suggesting when you edit this document."
)
_REFERENCES = [
    "Agterberg, Ries. 2023. “De UU Spreekt Voortaan van Universiteitspersoneel | DUB.” DUB. 2023. "
    "https://dub.uu.nl/nl/nieuws/de-uu-spreekt-voortaan-van-universiteitspersoneel.",
    "Allen, Liz, Jo Scott, Amy Brand, Marjorie Hlava, and Micah Altman. 2014. “Publishing: Credit "
    "Where Credit Is Due.” Nature 508 (7496): 312–13. https://doi.org/10.1038/508312a.",
]


def test_a_note_for_feedback_is_no_notes_heading() -> None:
    body = [
        _heading("NOTE FOR FEEDBACK"),
        run(_FEEDBACK),
        _heading("1. Introduction"),
        run("Much of the work conducted at the university already occurs in a team context."),
        _heading("References"),
        *[run(entry) for entry in _REFERENCES],
    ]
    notes = notes_of(package(body, styles=_HEADINGS))
    assert notes["1"].title == "De UU Spreekt Voortaan van Universiteitspersoneel | DUB"  # type: ignore[attr-defined]
    assert notes["2"].url == "https://doi.org/10.1038/508312a"  # type: ignore[attr-defined]
    assert not is_notes_heading("NOTE FOR FEEDBACK", marked_heading=True)
    assert not is_notes_heading("A note on GANs", marked_heading=True)
    assert not is_notes_heading("Note to editors", marked_heading=True)


def test_notes_on_sources_still_head_notes() -> None:
    # Near misses: the plural, and a note on the list's own subject, name a list as before.
    assert is_notes_heading("Notes on sources", marked_heading=True)
    assert is_notes_heading("Note on sources", marked_heading=True)
    assert is_notes_heading("Notes", marked_heading=True)
    assert is_notes_heading("Foot note", marked_heading=True)


# 2. GOST's material designation and statement of responsibility (regions._REFERENCE_SHAPE,
# styles.MEDIUM) ----------------------------------------------------------------------------------
# ru-statya-word-bibliography-zhurnal-data-storage.docx (syriv11/Science-article-for-Unic): Word's
# BIBLIOGRAPHY field in its GOST style under "Список используемой литературы", "TITLE [Журнал] / авт.
# Surname I..": 9 of 10 entries lost (no quote, no closing year), no title read.

_GOST_WORD = [
    "АППАРАТНЫЕ СРЕДСТВА ХРАНЕНИЯ БОЛЬШИХ ОБЪЁМОВ ДАННЫХ [Журнал]\u00a0/ авт. В. Шарапов Р..",
    "Обзор систем хранения данных [Журнал]\u00a0/ авт. С. Козюберда А..",
    "Сравнительный анализ систем хранения данных [Журнал]\u00a0/ авт. С. Зенченко Е..\u00a0- Москва\u00a0: [б.н.], 2013 г..",
]


def test_word_gost_entries_with_their_designation_are_read() -> None:
    notes = notes_of(package([run("Список литературы"), *[run(entry) for entry in _GOST_WORD]]))
    assert notes["1"].title == "АППАРАТНЫЕ СРЕДСТВА ХРАНЕНИЯ БОЛЬШИХ ОБЪЁМОВ ДАННЫХ"  # type: ignore[attr-defined]
    assert notes["2"].title == "Обзор систем хранения данных"  # type: ignore[attr-defined]
    assert notes["3"].title == "Сравнительный анализ систем хранения данных"  # type: ignore[attr-defined]
    assert MEDIUM.search("Title [Журнал]") is not None


def test_bracketed_numbers_around_a_slash_are_no_designation() -> None:
    # Near miss: prose citing "[1] / [2]" or naming a journal in brackets without the slash stays prose.
    prose = [
        "Как показано в работах [1] / [2], объём данных растёт каждый год без остановки.",
        "Мы используем термин [журнал] в широком смысле слова и без уточнений.",
    ]
    assert notes_of(package([run("Список литературы"), *[run(line) for line in prose]])) == {}
    assert MEDIUM.search("Title [Журналы и газеты]") is None


# 3. A list laid out in two columns with tabs (docx._tab_column_line, entries._tab_column_head,
# entries._URL_INTRO's "Online unter:", dates' "zuletzt überprüft am") ------------------------------
# de-facharbeit-schwarmverhalten-unity.docx (Xellss/Facharbeit, a German school paper, calibration
# added after the held-back rule): "Literaturverzeichnis:" over "Author<TAB>Title. Place: Publisher,
# Year" entries and web entries over four paragraphs, the last three led by tabs ("<TAB>Online unter:",
# "<TAB>http://…", "<TAB>(Zuletzt überprüft am 04.03.2016)"): 0 of 14 sampled titles, 8 of 13 URLs
# and 6 of 14 access dates read, the entries after the sixth numbered one to three off.

_TAB = "<w:r><w:tab/></w:r>"


def _tabbed(*parts: str) -> str:
    return _TAB.join(run(part) if part else "" for part in parts)


def test_tab_led_lines_are_their_entrys_and_the_first_column_its_author() -> None:
    body = [
        run("Literaturverzeichnis:"),
        "",
        _tabbed("Unity", "", "", "2015: Profiler Physics"),
        _tabbed("", "", "", "Online unter:"),
        _tabbed("", "", "", "http://docs.unity3d.com/Manual/ProfilerPhysics.html"),
        _tabbed("", "", "", "(Zuletzt überprüft am 04.03.2016)"),
        "",
        _tabbed("Buckland, Mat", "", "Programming Game AI by Example. Texas: Wordware Publishing, 2005"),
        "",
        _tabbed("Kramper, Wolfgang", "Simulation von Schwarmverhalten. Berlin: Mensch und buch Verlag, 2010"),
    ]
    notes = notes_of(package(body))
    assert sorted(notes) == ["1", "2", "3"]
    first = notes["1"]
    assert first.title == "Profiler Physics"  # type: ignore[attr-defined]
    assert first.url == "http://docs.unity3d.com/Manual/ProfilerPhysics.html"  # type: ignore[attr-defined]
    assert first.access_date == dt.date(2016, 3, 4)  # type: ignore[attr-defined]
    assert notes["2"].title == "Programming Game AI by Example"  # type: ignore[attr-defined]
    assert notes["3"].title == "Simulation von Schwarmverhalten"  # type: ignore[attr-defined]


def test_a_tab_indented_body_paragraph_stays_apart() -> None:
    # Near miss: prose led by a tab under a line with a tab is no further line of an entry.
    body = [
        _tabbed("Tabelle 1", "Ergebnisse der Umfrage"),
        _tabbed("", "Die Umfrage zeigt, dass die meisten Teilnehmer zufrieden waren, wie erwartet."),
    ]
    blocks = [b for b in read_docx(package(body), path="p.docx").blocks if b.text.strip()]
    assert len(blocks) == 2
    # Nor does a head of more than four words, or one with a digit, read as an author column.
    assert (
        _tab_column_head("Table 2 shows\tthe results of the survey.")
        == "Table 2 shows\tthe results of the survey."
    )
    long_head = "Smith, John, and Mary Roe\tA Title. Place: Publisher, 2005"
    assert _tab_column_head(long_head) == long_head
    # "geprüft am" without "zuletzt" labels no access date.
    assert ACCESS_LABEL.search("Die Werte wurden geprüft am 04.03.2016 im Labor.") is None
    assert ACCESS_LABEL.search("(zuletzt geprüft am 04.03.2016)") is not None
