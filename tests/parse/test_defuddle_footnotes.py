"""The footnote markup of defuddle's fixtures (fixtures/defuddle-footnotes, benchmarks/defuddle_footnotes.py):
floors at what session 37 measured — the studied part after its three families, the held-back part as it
read when it was fixed (and still reads)."""

from __future__ import annotations

from benchmarks.defuddle_footnotes import score


def test_defuddle_s_footnote_pages_read_at_least_as_well_as_measured() -> None:
    studied, held_back, _ = score()
    assert (studied.pages, held_back.pages) == (29, 10)
    assert studied.passed >= 26 and studied.found >= 108 and studied.linked >= 108 and studied.errors <= 2
    assert (
        held_back.passed >= 6 and held_back.found >= 31 and held_back.linked >= 30 and held_back.errors <= 7
    )
