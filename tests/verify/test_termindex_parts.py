"""TermIndex built from per-text parts (textmatch._field_part, kept per text): every index equals
the one a single pass over its fields builds (the form before the parts, kept here as the reference),
field by field and in every field order, and the kept parts never serve another text or language."""

from __future__ import annotations

import dataclasses
from bisect import bisect_left
from collections.abc import Iterable
from operator import itemgetter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citecheck.verify import textmatch as tm
from citecheck.verify.textmatch import TermIndex


def _arabic_short(index: dict[str, list[tuple[str, str]]], word: str, language: str | None) -> None:
    reading = tm.arabic_short_reading(word, language)
    if reading is None:
        return
    found = index.setdefault(tm.arabic_script_consonants(tm.consonant_key(reading, word)), [])
    if len(found) < 8 and all(r != reading for r, _ in found):
        found.append((reading, word))


def one_pass_build(fields: Iterable[tuple[str, str | None]], *, passages: bool) -> TermIndex:
    """TermIndex._build as it was before the parts (main at ba8a2aa): one pass over the fields."""
    index = TermIndex()
    for text, language in fields:
        if not text:
            continue
        lang = tm.base_language(language) or tm.guess_language(text)
        if lang:
            index.languages.add(lang)
        keys, consonants = index.keys, index.consonants
        months = tm.month_numbers(lang)
        if months and tm._names_a_month_cached(text, lang):
            tm._dated_months(text, months, index.months, lang)
            index.days.update(tm.dated_days(text, lang))
        elif months and lang in tm.SOLAR_HIJRI_LANGUAGES:  # tm.dated_days reads its own calendar's months
            index.days.update(tm.solar_hijri_days(text))
        if months:
            for dated in tm.numeric_dates(text, lang):  # "2/7": the day, and its month
                index.days.add(dated)
                index.months.setdefault(dated[1], f"{dated[0]}/{dated[1]}")
        for term in tm._terms(text, lang):
            key = term.key
            if term.kind == "number":
                hedged = tm._figure_value(key) if term.approx else None
                if hedged is not None and hedged >= tm.ROUNDED_MIN_WHOLE:
                    index.rounded.append((hedged, term.text, term.approx))
            if key in keys:
                continue  # its consonants were set with its first occurrence
            keys[key] = term.text
            place = tm.place_stem(term)
            if place is not None:
                keys.setdefault(place, term.text)
            if term.kind == "name":
                spelling = tm.latin_spelling(term.text)
                if spelling is not None:
                    index.spellings.setdefault(spelling, term.text)
            if term.kind == "word" and len(key) < tm.WHOLE_WORD_MAX_STEM:
                whole = tm._whole_word_key(term)
                if whole is not None:
                    keys.setdefault(whole, term.text)
            if months and term.kind != "number":
                month = months.get(tm.fold_case(term.text))
                if month is not None:
                    index.months.setdefault(month, term.text)
            if term.kind != "number" and lang:
                weekday = tm.weekday_of(term.text, lang)
                if weekday is not None:
                    index.weekdays.setdefault(weekday, term.text)
            if term.kind == "number" and " " in term.text:
                keys.setdefault(tm._plain_figure(term), term.text)  # "1,1 milion" has 1,1 too
            if term.kind == "number" and ":" in key:  # a time's other keys (s41-verify)
                hours_minutes = key.rsplit(":", 1)[0] if key.count(":") == 2 else key
                keys.setdefault(hours_minutes, term.text)
                keys.setdefault(hours_minutes.replace(":", "."), term.text)
            elif term.kind == "number" and tm._DECIMAL_TIME.fullmatch(key):
                keys.setdefault(key.replace(".", ":"), term.text)
            if term.kind == "number":
                value = tm._figure_value(key)
                if value is not None:
                    index.figures.append((value, term.text))
            if term.kind in ("name", "word") and not term.text.isascii():
                _arabic_short(index.arabic_short, term.text, lang)
            if len(key) >= 4 and term.kind in ("name", "word"):
                arabic = not term.text.isascii() and tm._char_script(term.text[0]) == "arabic"
                if arabic:  # و may be a consonant too (ولادیمیر, Vladimir): both readings
                    consonants.setdefault(tm.consonant_key(key, term.text), term.text)
                    whole = tm.sound_key(tm.fold_case(term.text), lang)
                    for reading in (tm.consonant_key(whole, term.text), tm.consonant_key(whole)):
                        folded = tm.arabic_script_consonants(reading)
                        if len(folded) >= 4:
                            index.arabic.setdefault(folded, term.text)
                consonant = tm._CONSONANT_KEYS.get(key)
                if consonant is None:
                    if len(tm._CONSONANT_KEYS) > tm._WORD_TERMS_SIZE:
                        tm._CONSONANT_KEYS.clear()
                    consonant = tm._CONSONANT_KEYS[key] = tm.consonant_key(key)
                consonants.setdefault(consonant, term.text)
        # Not searched in ASCII text (a test of no cost): the pattern, which opens with a
        # repeat, is tried at every character (0.5 ms per page of the simulated web).
        if not text.isascii() and tm._KATAKANA_RUN.search(text):
            for key, spelled in tm._katakana_runs(text, lang):
                keys.setdefault(key, spelled)
        index._initial_texts.append((text, lang))
        if lang in tm.NOUN_CAPITALISING:
            for key, spelled in tm._compounds_written_apart(text, lang):
                keys.setdefault(key, spelled)
        if tm._mentions_iranian_currency(text):
            for key, written in tm._iranian_amounts(text, lang):
                keys.setdefault(key, written)
        if passages:
            index.passages.extend(p for p in tm.split_passages(text, lang) if len(p) > 20)
    index.figures.sort(key=itemgetter(0))
    index.rounded.sort(key=itemgetter(0))
    ordered = sorted(index.keys)
    index._sorted = ordered[bisect_left(ordered, "$") :]
    return index


def state(index: TermIndex) -> dict[str, object]:
    """Every field of an index, dicts as their items in order (their order is part of the answer)."""
    out: dict[str, object] = {}
    for f in dataclasses.fields(index):
        value = getattr(index, f.name)
        if isinstance(value, dict):
            value = list(value.items())
        elif isinstance(value, set):
            value = sorted(value)
        out[f.name] = value
    return out


TEXTS: list[tuple[str, str | None]] = [
    (
        "On Monday, Sept. 27, about 1,200 people and nearly 1.5 million dollars went to Melbourne; "
        "on 2/7 the vote was 54 to 46. The Eastern Daylight Time (EDT) ended on 3 November 2024. " * 3,
        "en",
    ),
    ("Melbourne University: Richard Robson won the Nobel prize on Wednesday, 8 October.", None),
    (
        "Die Sicherheitslage in der Sicherheits Politik bleibt angespannt. Am 6. Dez. 2023 wurden rund "
        "9.200 Tonnen Schweröl bombardiert; die Bombardierung dauerte bis Montag. " * 4,
        "de",
    ),
    (
        "Підірвали греблю Каховської гідроелектростанції 6 червня 2023 року; Херсонської області. "
        "Президент наклав вето в понеділок.",
        "uk",
    ),
    ("Саломе Зурабишвили наложила вето на закон 14 мая; около 1,1 млн человек.", "ru"),
    (
        "ولادیمیر پوتین روز دوشنبه ۱۵ مهر ۱۴۰۲ گفت قیمت به ۵۰ هزار تومان و ۱۲۰ هزار ریال رسید. "
        "اوسن و علی در تهران بودند.",
        "fa",
    ),
    ("メルボルン大学のリチャード・ロブソン教授は10月8日にノーベル化学賞を受賞した。", "ja"),
    ("Muddatidanmi 1,1 milion so'm, taxminan 300 ming kishi.", None),
    ("", None),
    ("Richard Robson, Melbourne", None),
]


@pytest.fixture(autouse=True)
def _cold_parts() -> Iterable[None]:
    tm._clear_field_parts()
    yield
    tm._clear_field_parts()


@pytest.mark.parametrize("passages", [True, False])
def test_each_text_alone_as_one_pass(passages: bool) -> None:
    for text, language in TEXTS:
        assert state(TermIndex._build([(text, language)], passages=passages)) == state(
            one_pass_build([(text, language)], passages=passages)
        )


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(range(len(TEXTS))), min_size=1, max_size=5),
    st.booleans(),
    st.integers(min_value=0, max_value=3000),
)
def test_fields_in_any_order_as_one_pass(order: list[int], passages: bool, min_chars: int) -> None:
    """A key met in an earlier field keeps its first spelling and its later occurrences add
    nothing; texts repeated in one index; parts kept (min_chars below the texts' lengths) or not."""
    fields = [TEXTS[i] for i in order]
    saved = tm._PART_MIN_CHARS
    tm._PART_MIN_CHARS = min_chars
    try:
        built = TermIndex._build(fields, passages=passages)
        again = TermIndex._build(fields, passages=not passages)  # parts now kept, passages asked or not
    finally:
        tm._PART_MIN_CHARS = saved
    assert state(built) == state(one_pass_build(fields, passages=passages))
    assert state(again) == state(one_pass_build(fields, passages=not passages))


def test_a_kept_part_serves_only_its_text_and_language(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tm, "_PART_MIN_CHARS", 10)
    english = "The Eastern Daylight Time ended on Monday, 3 November 2024, at 2 a.m. sharp."
    first = tm._field_part(english, "en")
    assert tm._field_part(english, "en") is first  # kept
    assert tm._field_part(english, "de") is not first  # another language: read anew
    assert tm._field_part(english, None) is not first
    other = english.replace("Monday", "Sunday")
    assert tm._field_part(other, "en") is not first  # one word apart: read anew
    index = TermIndex._build([(other, "en")], passages=True)
    assert index.weekdays != TermIndex._build([(english, "en")], passages=True).weekdays
    assert state(index) == state(one_pass_build([(other, "en")], passages=True))


def test_short_texts_are_not_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tm, "_PART_MIN_CHARS", 40)
    tm._field_part("Richard Robson, Melbourne", "en")  # 25 characters
    assert not tm._PARTS
    tm._field_part("Richard Robson won the Nobel prize in Melbourne.", "en")  # 48
    assert len(tm._PARTS) == 1


def test_texts_kept_as_parts_are_not_kept_by_the_word_caches_too(monkeypatch: pytest.MonkeyPatch) -> None:
    """A text long enough for its part to be kept is read past the caches keyed by whole texts
    (_terms, _names_a_month_cached), which would hold it a second time; a shorter one is cached."""
    monkeypatch.setattr(tm, "_PART_MIN_CHARS", 40)
    tm._names_a_month_cached.cache_clear()
    tm._terms.cache_clear()
    short = "Robson won on 3 November 2024."  # 30 characters
    long = "Richard Robson won the Nobel prize in Melbourne on 3 November 2024."
    tm._field_part(short, "en")
    assert tm._names_a_month_cached.cache_info().currsize == 1
    assert tm._terms.cache_info().currsize == 1
    part = tm._field_part(long, "en")
    assert tm._names_a_month_cached.cache_info().currsize == 1
    assert tm._terms.cache_info().currsize == 1
    assert part.months  # read all the same
    assert state(TermIndex._build([(long, "en")], passages=True)) == state(
        one_pass_build([(long, "en")], passages=True)
    )


def test_a_words_terms_are_kept_once() -> None:
    """_word_entry's answers are kept per word (_word_terms), not again in the caches of the
    functions it asks; what those functions answer is unchanged."""
    for cached in (tm.zipf, tm.sound_key, tm.stem):
        cached.cache_clear()
    entry = tm._word_entry("Melbourne", "en")
    assert (
        tm.zipf.cache_info().currsize,
        tm.sound_key.cache_info().currsize,
        tm.stem.cache_info().currsize,
    ) == (
        0,
        0,
        0,
    )
    assert isinstance(entry, tuple)
    as_name, as_word = entry
    assert as_name is not None and as_name.key == tm.sound_key("melbourne", "en")
    assert as_word is not None and as_word.key == tm.sound_key(tm.stem("melbourne", "en"), "en")
    assert as_name.zipf == tm.zipf("melbourne", "en")
    assert tm.sound_key.cache_info().currsize == 2  # other callers still cached


def test_kept_parts_bounded_by_their_characters(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tm, "_PART_MIN_CHARS", 10)
    monkeypatch.setattr(tm, "_PART_CHARS", 100)
    texts = [f"Page {n}: Richard Robson won the Nobel prize in Melbourne." for n in range(5)]  # 56 each
    tm._field_part(texts[0], "en")
    tm._field_part(texts[1], "en")  # 112 characters: the first out
    assert list(tm._PARTS) == [(texts[1], "en")]
    assert tm._PARTS_CHARS[0] == len(texts[1]) == 56
    tm._field_part(texts[2], "en")
    tm._field_part(texts[2], "en")
    assert list(tm._PARTS) == [(texts[2], "en")]
    tm._clear_field_parts()
    assert not tm._PARTS and tm._PARTS_CHARS[0] == 0


def test_least_recently_used_goes_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tm, "_PART_MIN_CHARS", 10)
    monkeypatch.setattr(tm, "_PART_CHARS", 120)
    a, b, c = (f"Page {n}: Richard Robson won the Nobel prize." for n in "abc")  # 43 each
    tm._field_part(a, "en")
    tm._field_part(b, "en")
    tm._field_part(a, "en")  # a used again: b is now the oldest
    tm._field_part(c, "en")
    assert set(tm._PARTS) == {(a, "en"), (c, "en")}
