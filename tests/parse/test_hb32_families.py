"""Rules learnt from the studied heldback-32 part (branch p15-hb32tune), by family of shapes. At the
branch's start its 15 documents gave 99 of 143 notes under their labels; each family below was read
for its cause and a rule written for the mechanism, not the document:

1. A document titled as its sources ("# Источники и методика исследования", sources and method),
   a dateline, a methods sub-heading over bullets of prose ("## Метод"), then the list under a second
   sub-heading that names sources ("## Официальные источники — высокий приоритет", twelve numbered
   "[Title](url) — annotation" items): the title was taken for the notes heading and its dateline for
   the only note. The title's sub-headings that head no list are passed over on the way to the one
   that does (regions._notes_subheading_next), where no entry, row or link stands before it.
2. The same list's annotations, "— аудитория, инструменты …", "— 10 recordings, …", "— ~10 000
   игроков, …": a writer's comment after the linked title opened on a lower-case word only in ASCII,
   so four counts were read as publishers. The comment opens on a lower-case word in any script, or
   on a count before one (styles._COMMENT_AFTER_WORK); "— 2nd edition" or "— Springer" is none.
"""

from __future__ import annotations

from citecheck.models import Footnote

from .conftest import parsed_notes as _notes


def _sources_document(method_links: bool = False) -> str:
    method = (
        "- Первоисточники использовались для требований и порогов.\n- Форумы не приравнивались к правилам.\n"
    )
    if method_links:
        method += "- См. также [обзор](https://review.example.org/) рынка.\n"
    items = "\n".join(
        f"{n}. [Guide page {n}](https://developers.example.com/guide/{n}) — требования, сроки, метрики."
        for n in range(1, 6)
    )
    return (
        "# Источники и методика исследования\n\n"
        "Дата доступа: **9 сентября 2026 года**. Исследование выполнено в три потока.\n\n"
        f"## Метод\n\n{method}\n"
        f"## Официальные источники — высокий приоритет\n\n{items}\n"
    )


def test_methods_sub_heading_is_passed_over_to_the_sources_list() -> None:
    notes = _notes(_sources_document())
    assert [fn.label for fn in notes] == ["1", "2", "3", "4", "5"]
    assert notes[0].title == "Guide page 1"
    assert notes[4].url == "https://developers.example.com/guide/5"


def test_methods_section_with_a_link_keeps_the_title_as_the_heading() -> None:
    # Near miss: a link in the methods section is a source under the title; the title heads the list.
    notes = _notes(_sources_document(method_links=True))
    assert [fn.label for fn in notes] != ["1", "2", "3", "4", "5"]
    assert any(fn.url == "https://review.example.org/" for fn in notes)


def _annotated(annotation: str) -> Footnote:
    text = f"## Sources\n\n1. [Player Fit Test](https://dev.example.com/guide/fit) — {annotation}\n"
    text += "2. [Web Fit Test](https://dev.example.com/guide/web) — about the second test\n"
    return _notes(text)[0]


def test_count_or_lower_case_word_after_dash_is_a_comment() -> None:
    assert _annotated("500 игроков, >3 мин, ~5 часов").publisher is None
    assert _annotated("~10 000 игроков, CTR/playtime").publisher is None
    assert _annotated("аудитория, инструменты, общая модель").publisher is None


def test_capitalised_name_after_dash_is_still_read() -> None:
    # Near miss: a capitalised name after the dash is no comment; what the entry reads then is its
    # publisher as before (or none), not cut off at the dash.
    assert _annotated("Springer, 2019").publisher == "Springer"
