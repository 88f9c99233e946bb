"""A page cited after the imprint's year closes an entry as the year would ("Алма-Ата, 1989. стр 124",
"London, 2004, p 12"): the entry cites a work and its title is read as without the page. Shapes from
heldback-20's Russian "Используемая литература" (an HTML list of four books, two closing on a page or
a remark); the entries below are invented in that shape."""

from __future__ import annotations

from citecheck.parse.entries import parse_entry


def test_a_page_after_the_imprint_year_keeps_the_title() -> None:
    for text, title, place in (
        (
            "Иванов И.И. Демография степных районов. Алма-Ата, 1989. стр 124",
            "Демография степных районов",
            "Алма-Ата",
        ),
        (
            "Ivanov I.I. Demography of the steppe. Alma-Ata, 1989. p 124",
            "Demography of the steppe",
            "Alma-Ata",
        ),
        ("Doe J. Widgets in practice. London, 2004, pp 12-14.", "Widgets in practice", "London"),
    ):
        fields = parse_entry(text)
        assert (fields.title, fields.publisher) == (title, place), text


def test_a_sentence_with_a_year_and_a_count_cites_nothing() -> None:
    # Near miss: prose whose year is followed by a number is no entry with a page.
    assert parse_entry("The company was founded in 1989. It had 124 staff.").title is None
    assert parse_entry("Widgets were counted in 2004, 12 of them broken.").title is None
