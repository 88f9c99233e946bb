"""Page and claim texts shaped to make the verify stage's patterns backtrack: read in about linear time.

A text closing on a long run of characters no token holds (spaces, dashes, brackets) was tokenised in
time quadratic in the run's length: 8,000 such characters took 7 s, a page of them could hold a
worker for hours. The bound leaves room for a loaded machine; the quadratic reading of these inputs
took minutes.
"""

from __future__ import annotations

import time

import pytest

from citecheck.verify import textmatch

RUN = 64_000


@pytest.mark.parametrize("closing", [" " * RUN, "— " * (RUN // 2), "[" * RUN, "\n" * RUN])
def test_a_text_closing_on_a_long_run_without_tokens_is_read_in_linear_time(closing: str) -> None:
    text = "The ministry said grain exports rose 12 % in March." + closing
    textmatch._terms.cache_clear()
    started = time.perf_counter()
    terms = textmatch._terms(text, "en")
    assert time.perf_counter() - started < 5.0
    # The same terms as the text without its closing run: nothing of it was a token.
    assert terms == textmatch._terms("The ministry said grain exports rose 12 % in March.", "en")


def test_a_word_closing_on_combining_marks_keeps_them() -> None:
    # The closing run stops at a combining mark: a Hindi word's closing vowel sign is the word's.
    assert [t.text for t in textmatch._terms("भारत हिंदी", "hi")] == [
        t.text for t in textmatch._terms("भारत हिंदी ...", "hi")
    ]


def test_an_amount_in_rials_after_a_long_run_of_digits_is_read_in_bounded_time() -> None:
    text = "1 " * 20_000 + "rials and 300 000 tomans"
    started = time.perf_counter()
    list(textmatch._iranian_amounts(text, "en"))
    assert time.perf_counter() - started < 5.0
