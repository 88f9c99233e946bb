"""Notes not found: mechanisms classed over the visible real documents (branch s35-notes).

1. An unlabelled entry whose imprint ("Place[: Publisher], year.") is a sentence of its own in the
   middle of the entry, the pages cited, the work's extent, its medium or a pointer after it, so that
   no year closes the entry and nothing else marks it a reference: "Татимов М.Б. Социальная
   обусловленность демографических процессов. Алма-Ата, 1989. стр 124" (fixtures/parse-eval
   hb20-ru-html-references-kazakhstan-demography-literatura.html: three of the four items of its
   "Используемая литература" list refused, the list read as none), "… New York: Norton, 2006.
   305-306. Print." (MLA, genders-maeshowe.html), "… Birmingham, England: PACKT Publishing, 2018.
   Film." (annotated-mla-googledocs-design.docx). The imprint is a reference's shape (regions._IMPRINT); a capitalised place opening a sentence is
   required, so prose with a date after a comma is none.
2. A source named without a link in a list of sources, a bracketed remark after the name ("Arbeitsbuch
   von Luis Lüscher über Splunk (Wird nicht öffentlich zur Verfügung gestellt.)", "Manufacturer
   datasheets (Jenbacher J920, …) for heat rate / ramp specs."): read with no title, in German,
   English and French link lists (entries._title_before_paren_remark).
3-5. Found by a probe that rewrote the visible documents' notes lists (heading as a plain first line,
   blank lines taken out, labels rewritten) and counted the notes still found: a notes heading on a
   paragraph's first line over hard-broken entries (markdown._soft_breaks), a "[1]" … list straight
   under the last paragraph (regions._bracketed_list_after_prose), a numbered group heading over
   bracketed entries (regions._section_number).
6. Notes headings named by the CSL locales' plural of "note" (csl_terms.NOTE_WORDS).
"""

from __future__ import annotations

import datetime as dt

from citecheck.parse import parse_text
from citecheck.parse.blocks import Block, LineIndex, SpanLocator
from citecheck.parse.csl_terms import NOTE_WORDS
from citecheck.parse.entries import _title_before_paren_remark
from citecheck.parse.markdown import _soft_breaks, read_markdown
from citecheck.parse.regions import (
    _entry_starts,
    _imprint,
    _unlabelled_entry,
    is_notes_heading,
    split_entry_lines,
)
from citecheck.parse.text import line_spans

TODAY = dt.date(2026, 12, 7)


def _block(text: str) -> Block:
    return Block(text=text, locator=SpanLocator(LineIndex(text), 0), item=True)


def test_imprint_mid_entry_reads_as_an_entry() -> None:
    for text in (
        "Татимов М.Б. Социальная обусловленность демографических процессов. Алма-Ата, 1989. стр 124",
        "Алексеенко А.Н. Население Казахстана в 1926–1939 гг. Усть-Каменогорск, 2009. см. таблица 1 и 2.",
        "Wordsworth, William. “I wandered lonely as a cloud.” New York: Norton, 2006. 305-306. Print.",
        "A Front-End Web Developer Masterclass. Birmingham, England: PACKT Publishing, 2018. Film.",
    ):
        assert _imprint(text), text
    assert _unlabelled_entry(
        _block("Татимов М.Б. Социальная обусловленность демографических процессов. Алма-Ата, 1989. стр 124")
    )


def test_imprint_near_misses() -> None:
    # Prose: the words before the comma are no capitalised place opening a sentence.
    assert not _imprint("We moved to Berlin, 2009. It rained all week.")
    assert not _imprint("The team grew in March, 2010. Then it shrank again.")
    # A year in the middle of a sentence, no stop after it.
    assert not _imprint("Paris, 2009 was the year the plan changed.")


def test_list_of_imprint_entries_under_a_literature_heading_is_read() -> None:
    text = (
        "# Демография\n\nТекст.\n\n### Используемая литература:\n\n"
        "- Татимов М.Б. Социальная обусловленность демографических процессов. Алма-Ата, 1989. стр 124\n"
        "- Алексеенко А.Н. Население Казахстана в 1926–1939 гг. Усть-Каменогорск, 2009. см. таблица 1 и 2.\n"
    )
    notes = parse_text(text, path="t.md", fmt="markdown", today=TODAY).footnotes
    assert [fn.label for fn in notes] == ["1", "2"]
    assert notes[0].title == "Социальная обусловленность демографических процессов"


def test_prose_list_under_a_heading_of_another_kind_stays_prose() -> None:
    text = (
        "# Поездка\n\nТекст.\n\n### Итоги:\n\n"
        "- Мы переехали в Берлин, 2009. Шёл дождь.\n"
        "- Команда выросла весной, 2010. Потом уменьшилась.\n"
    )
    assert parse_text(text, path="t.md", fmt="markdown", today=TODAY).footnotes == []


# 2. A source named without a link, a bracketed remark after its name (entries._title_before_paren_remark).


def test_unlinked_source_with_a_bracketed_remark_is_named_by_its_title() -> None:
    text = (
        "# Splunk\n\nText.\n\n## Quellenverzeichnis\n\n"
        "- [Dokumentation für Search](https://docs.splunk.com/Documentation/Search)\n"
        "- [Dokumentation für Where Search](https://docs.splunk.com/Documentation/Where)\n"
        "- [Splunk Tutorial](https://docs.splunk.com/Documentation/Tutorial)\n"
        "- Arbeitsbuch von Luis Lüscher über Splunk (Wird nicht öffentlich zur Verfügung gestellt.)\n"
    )
    notes = parse_text(text, path="t.md", fmt="markdown", today=TODAY).footnotes
    assert notes[-1].title == "Arbeitsbuch von Luis Lüscher über Splunk"
    assert _title_before_paren_remark(
        "Manufacturer datasheets (Jenbacher J920, MWM TCG 2032, Wärtsilä 34SG) for heat rate / ramp specs."
    ) == ("Manufacturer datasheets")


def test_bracketed_remark_near_misses() -> None:
    # A legal short cite with its parenthetical: a pinpoint's digits, a signal (an FCC order's notes).
    assert (
        _title_before_paren_remark("See, e.g., Access Comments at 7 (stating that providers can monitor).")
        is None
    )
    assert _title_before_paren_remark("See Charter Comments (noting the rates revert).") is None
    # An explanatory note's sentence, longer than a source's name.
    assert (
        _title_before_paren_remark("Hooks should only be called at the top level (not inside loops).") is None
    )
    # A remark in the middle, then a sentence: no remark closing a name.
    assert (
        _title_before_paren_remark("Podcast notes (season 1). It was recorded in Lyon and edited later.")
        is None
    )


# 3. A notes heading as a paragraph's first line over hard-broken entries (markdown._soft_breaks).

_GBT_ENTRIES = (
    "[1]Hu Bing,Chen Yanping,Keogh E.Time series classification under more realistic assumptions [C]//"
    "Proc of SIAM International Conference on Data Mining. Austin: SIAM,2013: 578-586.  \n"
    "[2]贾澎涛，何华灿，刘丽，等．时间序列数据挖掘综述[J].计算机应用研究,2007,24(11): 15-18.  \n"
    "[3]Chen Yanping,Hu Bing,Keogh E,et al.DTW-D: time series semisupervised learning from a single "
    "example [C]//Proc of ACM SIGKDD.2013:383-391.\n"
)


def test_heading_line_over_hard_broken_entries_is_no_part_of_the_first() -> None:
    notes = parse_text("参考文献：\n" + _GBT_ENTRIES, path="t.md", fmt="markdown", today=TODAY).footnotes
    assert [fn.label for fn in notes] == ["1", "2", "3"]
    assert notes[0].title == "Time series classification under more realistic assumptions"


def test_prose_line_over_hard_broken_lines_still_runs_on() -> None:
    # The first line is no notes heading: its soft break joins it to the next, as before.
    text = "The model was trained on\nthe whole corpus.  \nIt then ran for a week.  \nNothing failed.\n"
    blocks = parse_text(text, path="t.md", fmt="markdown", today=TODAY)
    assert blocks.footnotes == []
    lines = line_spans(text, 0, len(text))
    assert _soft_breaks(text, lines) == {lines[0][1]}
    heading = "References\n" + text.split("\n", 1)[1]
    assert _soft_breaks(heading, line_spans(heading, 0, len(heading))) == set()


# 4. A bracketed list straight under the last paragraph (regions._bracketed_list_after_prose).


def test_bracketed_list_under_the_last_paragraph_is_read() -> None:
    text = (
        "# Jobs\n\nThe middle of the labour market has thinned since 2000 [1][2], the ends grown [3].\n"
        "Are you mapping out a long-term hiring plan?\n"
        "[1] [https://ifs.org.uk](https://ifs.org.uk/publications/changing-geography-jobs)\n"
        "[2] [https://committees.parliament.uk](https://committees.parliament.uk/writtenevidence/70524/html/)\n"
        "[3] [https://www.telegraph.co.uk](https://www.telegraph.co.uk/business/2019/10/23/hourglass/)\n"
    )
    notes = parse_text(text, path="t.md", fmt="markdown", today=TODAY).footnotes
    assert [(fn.label, fn.kind) for fn in notes] == [("1", "footnote"), ("2", "footnote"), ("3", "footnote")]
    assert notes[0].url == "https://ifs.org.uk/publications/changing-geography-jobs"


def test_bracketed_lines_in_prose_near_misses() -> None:
    def pieces(text: str) -> int:
        return len(split_entry_lines(_block(text)))

    prose = "We compared three settings.\n"
    assert pieces(prose + "[1] first entry\n[2] second entry\n[3] third entry") == 4
    # A gap in the numbering, two entries only, a line among them that opens none, another label kind.
    assert pieces(prose + "[1] first entry\n[3] third entry\n[4] fourth entry") == 1
    assert pieces(prose + "[1] first entry\n[2] second entry") == 1
    assert pieces(prose + "[1] first entry\nwrapped on\n[2] second entry\n[3] third entry") == 1
    assert pieces(prose + "(1) first entry\n(2) second entry\n(3) third entry") == 1


# 5. A numbered group heading over bracketed entries (regions._section_number).

_GROUPED = (
    "# Список литературы\n\n## 1. Эмоции\n\n"
    "[1] **Ekman, P.** (1992). An argument for basic emotions. *Cognition and Emotion*, 6(3–4), 169–200.\n\n"
    "[2] **Russell, J. A.** (1980). A circumplex model of affect. *Journal of Personality and Social "
    "Psychology*, 39(6), 1161–1178.\n\n"
    "[3] **Plutchik, R.** (1980). A general psychoevolutionary theory of emotion. New York: Academic Press.\n"
)


def test_numbered_group_heading_over_bracketed_entries_is_no_note() -> None:
    notes = parse_text(_GROUPED, path="t.md", fmt="markdown", today=TODAY).footnotes
    assert [fn.label for fn in notes] == ["1", "2", "3"]
    assert notes[1].title == "A circumplex model of affect"


def test_numbered_line_that_is_no_heading_keeps_its_label() -> None:
    blocks = [
        b for b in read_markdown(_GROUPED.replace("## 1. Эмоции", "1. Эмоции")).blocks if b.text.strip()
    ]
    starts = _entry_starts(blocks)
    # Not a heading: a list item numbered "1." stays a label (whatever follows it).
    assert starts[1] is not None and starts[1].kind == "number"
    heading = [b for b in read_markdown(_GROUPED).blocks if b.text.strip()]
    assert _entry_starts(heading)[1] is None


# 6. The CSL locales' plural of "note" names a notes heading (csl_terms.NOTE_WORDS).


def test_csl_note_terms_head_notes() -> None:
    for heading in ("Бележки", "Poznámky", "Noter", "Bilješke", "Σημειώσεις", "Piezīmes"):
        assert is_notes_heading(heading), heading
        assert is_notes_heading(heading, marked_heading=True), heading
    text = (
        "# Статия\n\nТекстът цитира [1] и [2], после [3].\n\n## Бележки\n\n"
        "[1] „Заглавие едно“. https://example.bg/one\n\n[2] „Заглавие две“. https://example.bg/two\n\n"
        "[3] „Заглавие три“. https://example.bg/three\n"
    )
    notes = parse_text(text, path="t.md", fmt="markdown", today=TODAY).footnotes
    assert [(fn.label, fn.url) for fn in notes][:3] == [
        ("1", "https://example.bg/one"),
        ("2", "https://example.bg/two"),
        ("3", "https://example.bg/three"),
    ]


def test_csl_note_terms_left_out() -> None:
    # Indonesian and Polish "notes" name remarks and jottings there; the footnotes are named otherwise.
    assert "catatan" not in NOTE_WORDS and "notatki" not in NOTE_WORDS
    assert not is_notes_heading("Catatan")
    assert not is_notes_heading("Notatki")
