"""The verify rules learnt from the study of real-heldback-14 (issue 11, branch v11-hb14tune), each on
invented sentences shaped like the part's cases, with a near miss the rule must leave alone."""

from __future__ import annotations

from citecheck.verify.textmatch import terms


def _figures(text: str, language: str) -> list[str]:
    return [t.key for t in terms(text, language) if t.kind == "number"]


def test_a_comma_groups_thousands_where_cldr_writes_the_decimal_with_a_point() -> None:
    # Japanese and Korean write "9,000" for nine thousand (CLDR: decimal ".", group ","): a figure
    # with its myriad words composes to the trillions a German or English page writes.
    assert _figures("時価総額は27日には2兆9,000億ドルに減少した。", "ja") == ["#27", "#2900000000000"]
    assert _figures("Der Börsenwert fiel auf 2,9 Billionen Dollar.", "de") == ["#2900000000000"]
    assert _figures("시가총액은 1조2,500억 원 줄었다.", "ko") == ["#1250000000000"]
    assert _figures("بلغت الخسائر 4,500 دولار", "ar") == ["#4500"]


def test_a_comma_still_writes_the_decimal_where_cldr_says_so() -> None:
    # Near miss: German, Russian and Czech write the decimal with a comma; their "9,500" is unchanged.
    assert _figures("Die Summe stieg auf 9,500 Punkte.", "de") == ["#9.500"]
    assert _figures("Курс вырос до 4,500 пунктов.", "ru") == ["#4.500"]
    assert _figures("Index vzrostl na 9,500 bodu.", "cs") == ["#9.500"]
    # English, Turkish and Chinese as before.
    assert _figures("revenue of 9,500 dollars", "en") == ["#9500"]
