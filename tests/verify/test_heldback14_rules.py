"""The verify rules learnt from the study of real-heldback-14 (issue 11, branch v11-hb14tune), each on
invented sentences shaped like the part's cases, with a near miss the rule must leave alone."""

from __future__ import annotations

from citecheck.models import Footnote, PageFacts
from citecheck.verify.claim import claim_terms, score_claim, source_profile
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


def _matched(claim: str, language: str, page: str) -> set[str]:
    profile = source_profile(
        Footnote(label="1", ordinal=1, raw="Заголовок", title="Заголовок", line=1, column=1),
        PageFacts(text=page, language=language),
    )
    return set(score_claim(claim_terms(claim, "", language), profile, language=language).matched)


def test_a_word_meets_its_kin_of_one_root_in_its_own_language() -> None:
    # An adjective and the noun of its root (судоходные ~ судоходство), a noun and its verb
    # (Bombardierung ~ bombardierten): stems that share their first seven letters.
    assert "Судоходные ~ судоходство" in _matched(
        "Судоходные пролёты моста не пострадали.",
        "ru",
        "Движение под мостом продолжается, судоходство не прервано.",
    )
    assert "Bombardierung ~ bombardierten" in _matched(
        "Die Bombardierung der Anlage dauerte Stunden.",
        "de",
        "Flugzeuge bombardierten die Anlage in der Nacht.",
    )
    # Japanese is written without spaces: a run that opens with a word the page writes on its own.
    assert any(
        m.endswith("~ スターシップ")
        for m in _matched(
            "スターシップはインド洋に着水した。", "ja", "新型ロケット「スターシップ」は予定通り着水した。"
        )
    )


def test_a_word_does_not_meet_a_shorter_or_looser_kin() -> None:
    # Near misses: compounds that share only their first part, a shared opening of fewer than
    # seven letters, and a language without a stemmer (Uzbek in Latin letters: its key is its word).
    assert not {
        m
        for m in _matched(
            "Die Sicherheitslage bleibt angespannt.", "de", "Die Sicherheitspolitik wurde neu geregelt."
        )
        if "~" in m
    }
    assert not {
        m
        for m in _matched("Президентские выборы прошли.", "ru", "Председатель комиссии выступил.")
        if "~" in m
    }
    assert not {
        m
        for m in _matched("Muddatidanmi ilgarimi saylov.", "uz", "Kecha muddatidan ilgari saylovi o‘tdi.")
        if "~" in m
    }
    assert not {
        m
        for m in _matched("スターシップはインド洋に着水した。", "ja", "「スター」は予定通り着水した。")
        if "~" in m
    }
