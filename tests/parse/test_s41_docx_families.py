"""Families learnt on the spent held-back parts of the second and third Word sets
(fixtures/parse-eval-docx2 and -docx3, branch s41-docx: their held-back files are ``studied`` now).
Each rule with a minimal package built here where it fires, and a near miss where it must not."""

from __future__ import annotations

from citecheck.parse.docx import read_docx
from citecheck.parse.regions import author_date_key
from tests.parse.test_docx_real_set import notes_of, package, run
from tests.parse.test_docx_real_set2 import _numbered, _with_numbering

# 1. A file that is only its list of sources (docx._head_whole_list) ---------------------------------
# works-cited-mla-print-commentaries.docx (docx2): sixteen MLA entries, one a paragraph, no heading
# at all: nothing was read.

_MLA = [
    "Garland, David E. 2 Corinthians. Ed. E. Ray Clendenen. Broadman & Holman Publishers, 1999. Print.",
    "George, Timothy. Galatians. Ed. E. Ray Clendenen. Broadman & Holman Publishers, 1994. Print.",
    "Hays, Richard B. “The Letter to the Galatians.” Nashville: Abingdon Press, 2000. Print.",
    "Martin, D. Michael. Thessalonians. Ed. E. Ray Clendenen. Broadman & Holman Publishers, 1995. Print.",
    "Smith, Abraham. “The First Letter to the Thessalonians.” Nashville: Abingdon Press, 2000. Print.",
]


def test_a_file_that_is_only_a_list_of_sources_is_read_as_one() -> None:
    notes = notes_of(package([run(entry) for entry in _MLA]))
    assert sorted(notes) == ["1", "2", "3", "4", "5"]
    assert notes["3"].title == "The Letter to the Galatians"
    listed = read_docx(package([run(entry) for entry in _MLA]), path="f.docx").blocks
    assert [block.text for block in listed if block.kind == "heading"] == ["Bibliography"]


def test_a_document_of_prose_around_a_few_entries_is_not_a_list() -> None:
    # Near misses: an essay whose paragraphs are prose, with two entries among them; a list under a
    # plain paragraph that would head notes were it styled ("Works Cited Page") gets no heading of
    # the reader's (the reader leaves such a document to the note parser, as before).
    prose = [
        "The commentaries disagree about the date of the letter, and this essay weighs them in turn.",
        "Most readers now place it late, though the older view still has defenders in the field.",
        "The essay ends with what the disagreement means for a reader of the letter today.",
    ]
    assert notes_of(package([run(text) for text in [*prose, *_MLA[:2]]])) == {}
    blocks = read_docx(
        package([run("Works Cited Page"), *(run(entry) for entry in _MLA)]), path="f.docx"
    ).blocks
    assert [block.text for block in blocks if block.kind == "heading"] == []


# 2. An entry led by its author-date key (regions.author_date_key) ----------------------------------
# it-bibliografia-author-date-keys-gadda.docx (docx2): "Bibliografia", ten entries each led by the key
# the text cites ("Italia 2017 Paola Italia, Come lavorava Gadda, Rome: Carocci editore."): one read.

_KEYED = [
    ("Italia 2017 Paola Italia, ", "Come lavorava Gadda", ", Rome: Carocci editore."),
    (
        "Alcini and Giuffrida 2022 Alcini Giorgia and Giuffrida Milena, ",
        "Catalogo della biblioteca",
        ", Rome: Bulzoni.",
    ),
    ("Del Vento 2019 Christian Del Vento, ", "La biblioteca ritrovata", ", Alessandria: Edizioni dell'Orso."),
]


def test_an_entry_led_by_its_author_date_key_is_an_entry() -> None:
    body = [run("Bibliografia"), *(run(a) + run(title, italic=True) + run(b) for a, title, b in _KEYED)]
    notes = notes_of(package(body))
    assert [notes[label].title for label in ("1", "2", "3")] == [title for _, title, _ in _KEYED]  # type: ignore[attr-defined]
    assert author_date_key("Del Vento 2019 Christian Del Vento, La biblioteca ritrovata.") is not None


def test_a_sentence_opening_on_a_name_and_a_year_is_no_key() -> None:
    # Near misses: the year after a word, then a name that does not repeat it; a key without the
    # comma after the names.
    assert author_date_key("In 2017 Paola Italia, the editor, published a study of Gadda.") is None
    assert author_date_key("Rome 2017 Paola Italia, Come lavorava Gadda.") is None
    assert author_date_key("Italia 2017 Paola Italia published Come lavorava Gadda.") is None


# 3. MLA's "Web." before a date with a comma after the month (dates._ACCESS_LABELS) ----------------
# works-cited-mla-print-commentaries.docx (docx2): "… The United Methodist Church, 2014. Web. 5
# August, 2014.": the access date was lost in both web entries.


def test_mla_web_before_a_day_a_month_a_comma_and_a_year_dates_the_reading() -> None:
    entry = (
        "The People of the United Methodist Church. The United Methodist Church, 2014. Web. 5 August, 2014."
    )
    notes = notes_of(package([run("Works Cited"), run(entry)]))
    assert str(notes["1"].access_date) == "2014-08-05"  # type: ignore[attr-defined]


def test_web_before_words_that_are_no_date_dates_nothing() -> None:
    # Near miss: "Web." then a number and a word that is no month, a comma and a year.
    entry = (
        "The People of the United Methodist Church. The United Methodist Church, 2014. Web. 5 pages, 2014."
    )
    notes = notes_of(package([run("Works Cited"), run(entry)]))
    assert notes["1"].access_date is None  # type: ignore[attr-defined]


# 4. A Word-numbered item's stale typed number (regions._stale_typed_number) --------------------------
# ru-referat-gost-word-numbers-typed-visitor.docx (docx3): a Word list 1-8 whose first item keeps a
# typed "2." of an older list: read as entry "2", the second item numbered on as a second "3".

_BOOKS = [
    "Гамма Э. Приемы объектно-ориентированного проектирования. — СПб.: Питер, 2007. — 366 с.",
    "Шевчук А. Паттерны проектирования на платформе .NET. — СПб.: Питер, 2015. — 320 с.",
    "Гранд М. Шаблоны проектирования в JAVA. — М.: Новое знание, 2004. — 560 с.",
]


def _word_list(typed: list[str]) -> dict[str, object]:
    body = [run("Список литературы")] + [_numbered(run(t + b)) for t, b in zip(typed, _BOOKS, strict=True)]
    return notes_of(_with_numbering(package(body), [("decimal", "%1.")]))


def test_a_typed_number_that_is_not_word_s_yields_to_word_s() -> None:
    notes = _word_list(["2. ", "", "3. "])
    assert sorted(notes) == ["1", "2", "3"]
    assert "Паттерны" in notes["2"].raw  # type: ignore[attr-defined]


def test_a_typed_number_equal_to_word_s_is_read_as_before() -> None:
    # Near misses: typed numbers that agree with Word's; a list Word does not number keeps its typed
    # numbers, whatever they are.
    assert sorted(_word_list(["1. ", "2. ", "3. "])) == ["1", "2", "3"]
    plain = notes_of(
        package(
            [run("Список литературы"), *(run(f"{n}. {b}") for n, b in zip((4, 5, 6), _BOOKS, strict=True))]
        )
    )
    assert sorted(plain) == ["4", "5", "6"]
