"""Reading stays linear in a block's links and labels (session 42): the shortcuts give what the
long way gave, on any parts and spans, overlapping ones included."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from citecheck.parse.assemble import _links_written
from citecheck.parse.blocks import LinkSpan, text_since


@given(st.lists(st.text(max_size=6), max_size=12), st.integers(min_value=-3, max_value=80))
def test_text_since_is_the_joined_text_from_start(parts: list[str], start: int) -> None:
    length = sum(len(part) for part in parts)
    assert text_since(parts, length, start) == "".join(parts)[start:]


def test_text_since_reads_the_long_way_when_the_lengths_do_not_add_up() -> None:
    assert text_since(["ab", "cd"], 9, 1) == "bcd"


def _rewritten_one_by_one(line: str, offset: int, spans: list[LinkSpan]) -> str:
    text = line
    for span in sorted(spans, key=lambda s: s.start, reverse=True):
        a, b = span.start - offset, span.end - offset
        text = f"{text[:a]}[{text[a:b]}]({span.url}){text[b:]}"
    return text


@given(
    st.text(alphabet="ab [](", min_size=1, max_size=30),
    st.lists(st.tuples(st.integers(0, 30), st.integers(1, 8)), max_size=6),
)
def test_links_are_written_as_the_one_by_one_rewrite_wrote_them(
    line: str, places: list[tuple[int, int]]
) -> None:
    offset = 100
    spans = [
        LinkSpan(f"https://e{i}.example/", offset + a, offset + min(a + n, len(line)))
        for i, (a, n) in enumerate(places)
        if a < len(line)
    ]
    assert _links_written(line, offset, spans) == _rewritten_one_by_one(line, offset, spans)


def test_a_paragraph_of_many_links_writes_each_once() -> None:
    line = " ".join(f"l{i}" for i in range(3000))
    spans, at = [], 0
    for i in range(3000):
        word = f"l{i}"
        spans.append(LinkSpan(f"https://e{i}.example/", at, at + len(word)))
        at += len(word) + 1
    written = _links_written(line, 0, spans)
    assert written == _rewritten_one_by_one(line, 0, spans)
    assert written.count("](https://") == 3000
