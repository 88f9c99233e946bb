"""Inputs shaped to make a pattern backtrack: parse time stays about linear in their length.

Each case once took time quadratic (or worse) in its length: 12,000 characters cost 5-20 s and
48,000 over a minute, a stall one pasted document could cause in the CLI and a worker of the
service. At 48,000 characters a linear parse takes about a second here; the bound leaves room for
a loaded machine while a quadratic one would take tens of seconds.
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from citecheck.parse import parse_input
from citecheck.parse.inputs import InputSource

LENGTH = 48_000
BOUND_SECONDS = 12.0
EVAL_DOCUMENTS = Path(__file__).resolve().parents[2] / "fixtures" / "parse-eval" / "documents"

CORES = {
    # a long word: the surname-first lead's overlapping runs (parse/entries.py _NAME), the scheme
    # letters before an address (parse/generic.py _is_code)
    "letters": "a" * LENGTH,
    "capitalised": "Ab" * (LENGTH // 2),
    # a hyphenated run: the look-ahead of URL_PATTERN's "any other scheme"
    "hyphens": "a-" * (LENGTH // 2),
    # brackets left open before a word: tidy_title's closing brackets
    "parentheses": "(" * LENGTH,
    # bars: a title closed by "| Site" (entries._host_named_closings)
    "bars": "| " * (LENGTH // 2),
    # a long list of names: the leading names dropped one by one (styles._from_segments)
    "names": "Aa, B. " * (LENGTH // 7),
}


def _parse(name: str, text: str) -> float:
    started = time.perf_counter()
    parse_input(InputSource(name, text.encode()), today=dt.date(2025, 11, 14))
    return time.perf_counter() - started


@pytest.mark.parametrize("core", list(CORES))
@pytest.mark.parametrize("suffix", ["txt", "md", "html"])
def test_a_long_hostile_entry_parses_in_about_linear_time(core: str, suffix: str) -> None:
    body = CORES[core]
    if suffix == "html":
        text = (
            "<html><body><p>A claim.<sup><a href='#fn1'>1</a></sup></p><h2>Notes</h2><ol>"
            f"<li id='fn1'>{body} <a href='https://a.example/x'>https://a.example/x</a></li>"
            f"<li>{body}</li></ol></body></html>"
        )
    else:
        text = (
            f"A claim.[1]\n\n[1] {body}, https://a.example/x, (Access Date: 14.11.2025).\n\n"
            f"Notes\n\n1. {body} https://b.example/y\n"
        )
    assert _parse(f"hostile.{suffix}", text) < BOUND_SECONDS


def test_a_line_of_open_brackets_in_markdown_is_read_in_bounded_time() -> None:
    # A link's text is read to 1,000 characters at most (parse/markdown.py _INLINE): a line of many
    # "[" and no "]" cost a scan to the line's end from each.
    text = f"Text.[^1]\n\n[^1]: {'[' * 24_000} https://a.example/x\n"
    assert _parse("brackets.md", text) < BOUND_SECONDS


def test_a_real_reference_list_that_once_took_twenty_seconds() -> None:
    # heldback-14's converted Wikipedia reference list (2 KB): 21.5 s in the surname-first pattern.
    path = EVAL_DOCUMENTS / "hb14-en-wikipedia-converted-mlops-references.md"
    assert _parse(path.name, path.read_text(encoding="utf-8")) < 5.0
