"""Rules learnt from the studied heldback-19 part of the parse eval (branch p10-hb19tune), by family of
shapes: Georgian notes headings and access labels; lower-case bracketed keys closed by a colon; a
fenced source list opening with its own heading; a different person before a colon opening every
entry; Spanish Vancouver "[citado el …]"; a table of keys and addresses; the kind of work where a
publisher stands; a title that is only its own host's site name. The entries are shaped like the real ones
(fixtures/parse-eval, heldback-19); names and URLs are invented. Each test pairs the shape with a
near miss the rule must leave alone.
"""

from __future__ import annotations

from citecheck.parse.regions import is_notes_heading

from .conftest import parsed_notes as _notes

_ITEMS = "".join(f"- Widget Guide {n} (PDF): https://widgets.example/guide-{n}.pdf\n" for n in (1, 2, 3, 4))


def test_a_georgian_sources_heading_names_a_list() -> None:
    assert is_notes_heading("11. წყაროები", marked_heading=True)
    assert is_notes_heading("ლიტერატურა")
    notes = _notes("## 11. წყაროები\n\n" + _ITEMS)
    assert [fn.label for fn in notes] == ["1", "2", "3", "4"]
    assert [fn.title for fn in notes][:2] == ["Widget Guide 1", "Widget Guide 2"]
    # Near miss: another Georgian heading ("შესავალი", introduction) heads no list.
    assert not is_notes_heading("1. შესავალი", marked_heading=True)


def test_a_georgian_last_viewed_line_above_a_list_dates_it_and_is_no_entry() -> None:
    preface = '> ბოლო ნახვა: 2026-10-02. ვიჯეტები, რომლებიც ვერ გაიხსნა, აღნიშნულია „(ამონარიდით)".\n\n'
    notes = _notes("## წყაროები\n\n" + preface + _ITEMS)
    assert [fn.label for fn in notes] == ["1", "2", "3", "4"]
    assert notes[0].url == "https://widgets.example/guide-1.pdf"
    # Near miss: a quoted Georgian remark with no access label above the list stays an entry.
    remark = '> ვიჯეტები, რომლებიც ვერ გაიხსნა, აღნიშნულია „(ამონარიდით)" 2026.\n\n'
    notes = _notes("## წყაროები\n\n" + remark + _ITEMS)
    assert len(notes) == 5 and notes[0].url is None


def test_lower_case_keys_closed_by_a_colon_label_a_source_list() -> None:
    keys = ("widgetnews", "widgetnews-fr", "gadgets")
    items = "".join(
        f'- [{key}]: Widget News, "Widgets story {n}", 10 Sep 2026. <https://news.example/{key}/{n}>\n'
        for n, key in enumerate(keys, 1)
    )
    notes = _notes("## Sources\n\n" + items)
    assert [fn.label for fn in notes] == list(keys)
    assert notes[0].title == "Widgets story 1"
    assert notes[1].url == "https://news.example/widgetnews-fr/2"
    # Near miss: one item without a key, and the list keeps its numbering.
    unkeyed = items.replace("- [gadgets]: ", "- ")
    assert [fn.label for fn in _notes("## Sources\n\n" + unkeyed)] == ["1", "2", "3"]


_FENCED = (
    "Text about widgets. [01]\n\n```\n\n{head}\n\n"
    "[01] - Ann Widget: Widgets today. Online-Artikel, 2017, URL: https://widgets.example/a abgerufen am 02.01.2018\n"
    "[02] - Bob Gadget: Gadgets now. Online-Artikel, 2017, URL: https://gadgets.example/b abgerufen am 15.01.2018\n"
    "\n```\n"
)


def test_a_fenced_source_list_may_carry_its_own_heading() -> None:
    assert is_notes_heading("Quellenangabe:")
    notes = _notes(_FENCED.format(head="Quellenangabe:"))
    assert [fn.label for fn in notes] == ["01", "02"]
    assert [fn.url for fn in notes] == ["https://widgets.example/a", "https://gadgets.example/b"]
    assert str(notes[1].access_date) == "2018-01-15"
    # Near miss: a fence whose first line is no notes heading ("Output:") stays code.
    assert _notes(_FENCED.format(head="Output:")) == []


def test_a_different_person_before_a_colon_opening_every_entry_is_its_author() -> None:
    people = ("Anna Widmer", "Boris Kettler", "Carla Vogt")
    items = "".join(
        f"[0{n}] {person}: Sprockets explained, part {n}. Online-Artikel, 2017, URL: https://blog{n}.example/post-{n}\n\n"
        for n, person in enumerate(people, 1)
    )
    notes = _notes("## Quellen\n\n" + items)
    assert [fn.title for fn in notes] == [f"Sprockets explained, part {n}" for n in (1, 2, 3)]
    # Near miss: leads whose words are in their addresses are the titles' own ("Widget Basics: …").
    topics = ("Widget Basics", "Gadget Guide", "Sprocket Notes")
    items = "".join(
        f"[0{n}] {topic}: A primer {n}. Online-Artikel, 2017, URL: https://{topic.split()[0].lower()}.example/p{n}\n\n"
        for n, topic in enumerate(topics, 1)
    )
    notes = _notes("## Quellen\n\n" + items)
    assert [fn.title for fn in notes] == [f"{topic}: A primer {n}" for n, topic in enumerate(topics, 1)]


def test_a_spanish_vancouver_citado_date_is_an_access_date() -> None:
    items = "".join(
        f"{n}. Widget A. Engranajes {n} [Internet]. Widgets.example. [citado el 12 de marzo de 2025]. "
        f"Disponible en: https://widgets.example/e{n}\n\n"
        for n in (1, 2, 3)
    )
    notes = _notes("## Referencias\n\n" + items)
    assert [str(fn.access_date) for fn in notes] == ["2025-03-12"] * 3
    # Near miss: "citado en" (quoted in) before an author and year dates nothing.
    notes = _notes(
        "## Referencias\n\n1. Widget A. Engranajes, citado en Gadget B 2019. https://widgets.example/x\n"
    )
    assert notes[0].access_date is None


_REGISTRY = "| ID | URL |\n|----|-----|\n" + "".join(
    f"| WID-{n} | https://widgets.example/w{n} |\n" for n in (1, 2, 3)
)


def test_a_table_of_keys_and_addresses_under_a_sources_heading_is_a_registry_of_sources() -> None:
    notes = _notes("### Web Source Registry\n\n" + _REGISTRY)
    assert [fn.label for fn in notes] == ["WID-1", "WID-2", "WID-3"]
    assert [fn.url for fn in notes] == [f"https://widgets.example/w{n}" for n in (1, 2, 3)]
    # Near miss: the same table under another heading is a README's table of links, no sources.
    assert [fn.label for fn in _notes("### Widget mirrors\n\n" + _REGISTRY)] != ["WID-1", "WID-2", "WID-3"]


def test_the_kind_of_work_where_a_publisher_stands_is_no_publisher() -> None:
    items = "".join(
        f"[0{n}] {person}: Zahnräder heute {n}. {kind}, 2017, URL: https://blog{n}.example/z{n} abgerufen am 02.01.2018\n\n"
        for n, (person, kind) in enumerate(
            (
                ("Anna Widmer", "Online-Artikel"),
                ("Boris Kettler", "Blogbeitrag"),
                ("Carla Vogt", "Widget Verlag"),
            ),
            1,
        )
    )
    notes = _notes("## Quellen\n\n" + items)
    assert [fn.publisher for fn in notes][:2] == [None, None]
    # Near miss: a publisher's name in the same place stays the publisher.
    assert notes[2].publisher == "Widget Verlag"


def test_a_title_that_is_only_its_own_hosts_site_name_is_none() -> None:
    items = (
        "1. Widget A. Engranajes [Internet]. Widgets.test. [citado el 12 de marzo de 2025]. "
        "Disponible en: https://www.widgets.test/e1\n\n"
        "2. Edu.test. [citado el 12 de marzo de 2025]. Disponible en: https://sga.uni.edu.test/doc.pdf\n\n"
        "3. Gadgets.test. [citado el 12 de marzo de 2025]. Disponible en: https://sprockets.test/g3\n\n"
    )
    notes = _notes("## Referencias\n\n" + items)
    assert notes[1].title is None and notes[1].url == "https://sga.uni.edu.test/doc.pdf"
    # Near miss: a site name not the entry's host ("Gadgets.test" at sprockets.test) stays.
    assert notes[2].title == "Gadgets.test"
