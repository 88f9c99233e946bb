"""Rules learnt from the studied heldback-17 part of the parse eval (branch p10-hb17tune), by family of
shapes: a layout table (empty header, "[n]" and the entry in two columns); a table of sources whose
key column is named "SRC-ID"; the Ukrainian access label "доступ отримано"; lower-case keys in
brackets ("[vac]", "[pdf-access]") heading a list's items, one of them a roman numeral ("[dx]"); a
date closing a title as a field of its own after a comma. The entries are shaped like the real ones
(fixtures/parse-eval, heldback-17); names and URLs are invented. Each test pairs the shape with a
near miss the rule must leave alone.
"""

from __future__ import annotations

import datetime as dt

from citecheck.parse.styles import tidy_title

from .conftest import parsed_notes as _notes


def _layout(header: str, rows: list[tuple[str, str]]) -> str:
    lines = [header, "|---|---|"] + [f"|{a}|{b}|" for a, b in rows]
    return "# Referencias\n\n" + "\n".join(lines) + "\n"


_ROWS = [
    (
        f"[{n}]",
        f"“Widget sorting part {n}”, _Widgets.example_. [En línea]. Disponible en: "
        f"https://widgets.example/sort-{n}. [Consultado: 19-nov-2023].",
    )
    for n in (1, 2, 3)
]


def test_a_layout_table_with_an_empty_header_is_a_list_of_labelled_entries() -> None:
    notes = _notes(_layout("|   |   |", _ROWS))
    assert [fn.label for fn in notes] == ["1", "2", "3"]
    assert [fn.url for fn in notes] == [f"https://widgets.example/sort-{n}" for n in (1, 2, 3)]
    assert notes[1].title == "Widget sorting part 2"
    assert notes[0].access_date == dt.date(2023, 11, 19)
    # Near miss: a table whose first column holds no labels ("Widget", "Gadget") lays out no list.
    other = _notes(_layout("|   |   |", [(f"Widget {n}", body) for n, (_, body) in enumerate(_ROWS)]))
    assert [fn.label for fn in other] != ["1", "2", "3"]


def test_a_key_column_named_with_its_prefix_keys_the_table_of_sources() -> None:
    table = "| SRC-ID | Source | URL |\n|---|---|---|\n" + "".join(
        f"| SRC-0{n} | Widget Board, « Rapport sur les widgets {n} » | https://widgets.example/r{n} |\n"
        for n in (1, 2, 3)
    )
    notes = _notes("# Annexe A. Sources\n\n" + table)
    assert [fn.label for fn in notes] == ["SRC-01", "SRC-02", "SRC-03"]
    assert notes[0].url == "https://widgets.example/r1"
    # Near miss: a column named in a sentence ("Widget identifier") keys nothing: rows are numbered.
    other = _notes("# Annexe A. Sources\n\n" + table.replace("| SRC-ID |", "| Widget identifier |", 1))
    assert [fn.label for fn in other] == ["1", "2", "3"]


def test_the_ukrainian_accessed_label_dates_the_reading() -> None:
    text = "#### Джерела\n\n" + "".join(
        f"{n}. Widget report {n} - Widget Board, доступ отримано квітня 5, 2025, "
        f"[https://widgets.example/{n}](https://widgets.example/{n})\n"
        for n in (1, 2, 3)
    )
    notes = _notes(text)
    assert [fn.access_date for fn in notes] == [dt.date(2025, 4, 5)] * 3
    assert notes[0].title is not None and "доступ" not in notes[0].title
    # Near miss: DSTU's "Режим доступу" (access mode) before a URL dates nothing.
    dstu = _notes(
        "## Джерела\n\n"
        + "".join(
            f"{n}. Widget guide {n} [Електронний ресурс]. – Режим доступу: https://widgets.example/{n}\n"
            for n in (1, 2, 3)
        )
    )
    assert all(fn.access_date is None for fn in dstu)


def test_lower_case_keys_in_brackets_label_a_list_of_sources() -> None:
    keys = ["wid", "gad", "giz", "doc", "dx", "pdf-giz"]
    items = "".join(
        f"- [{key}] Widget Board, Widget guide {n} —\n  https://widgets.example/{n}\n"
        for n, key in enumerate(keys)
    )
    notes = _notes("Body cites [F][wid].\n\n## Źródła (dostęp 24.09.2026)\n\n" + items)
    assert [fn.label for fn in notes] == keys  # "[dx]" is a key here, not the roman numeral 510
    assert notes[4].url == "https://widgets.example/4"
    # Near miss: a roman-numbered list ("[i]", "[ii]", "[iii]") keeps its numerals as labels.
    roman = _notes(
        "## Notes\n\n"
        + "".join(
            f"[{key}] Widget guide {n}, https://widgets.example/{n}\n\n"
            for n, key in enumerate(["i", "ii", "iii"])
        )
    )
    assert [fn.label for fn in roman] == ["i", "ii", "iii"]


def test_a_closing_date_field_is_no_part_of_the_title() -> None:
    assert tidy_title("FOMC press release, 16-Sep-26") == "FOMC press release"
    assert tidy_title("Copom cut to 13.75%, Sep-26") == "Copom cut to 13.75%"
    assert tidy_title("HumaneRegistry, 01.12.2008") == "HumaneRegistry"
    assert tidy_title("Widget Traversal for Gadgets, 1987 [Text]") == "Widget Traversal for Gadgets"
    assert tidy_title("Pattern: Widget Architecture, 2017") == "Pattern: Widget Architecture"
    # Near misses: a month written out with its year is an edition, and a year inside the title stays.
    assert tidy_title("Widget Outlook Database, October 2024") == "Widget Outlook Database, October 2024"
    assert tidy_title("Widget Spend to Pass $1 Trillion in 2026 as Gadgets Grow") == (
        "Widget Spend to Pass $1 Trillion in 2026 as Gadgets Grow"
    )


def test_a_whole_reference_as_link_text_is_read_as_the_reference() -> None:
    text = "### Bibliography\n\n" + "".join(
        f"[{n}] [A. Widget and B. Gadget, Widget model number {n} for canopy gadgets, Journal of "
        f"widgets, {n} (1990), pp. 75–91](https://widgets.example/{n})\n\n"
        for n in (1, 2, 3)
    )
    notes = _notes(text)
    assert notes[0].title == "Widget model number 1 for canopy gadgets"
    assert notes[0].url == "https://widgets.example/1"
    # Near miss: a linked title followed by its details keeps the link text as its title.
    linked = _notes(
        "### Bibliography\n\n"
        + "".join(
            f"[{n}] A. Widget, [Widget model number {n}](https://widgets.example/{n}), Journal of widgets, 1990\n\n"
            for n in (1, 2, 3)
        )
    )
    assert linked[0].title == "Widget model number 1"


def _register(heading: str, fields: str, n: int) -> str:
    return f"## {heading}\n\n{fields.format(n=n)}\n\n"


def test_a_source_register_reads_one_entry_per_record() -> None:
    fields = (
        "**Authors:** Widget Board.\n**Publication/version:** May 2021.\n"
        "**Source:** [Widget guidance note {n}](https://widgets.example/{n}.pdf)\n"
        "**Inspected:** Selected sections; not every figure.\n**Limit:** Guidance, not a standard."
    )
    text = "# Public sources\n\nIntro.\n\n" + "".join(
        _register(f"WG0{n} — Widget guidance note {n}", fields, n) for n in (1, 2, 3)
    )
    notes = _notes(text)
    assert [fn.label for fn in notes] == ["WG01", "WG02", "WG03"]
    assert notes[1].title == "Widget guidance note 2"
    assert notes[1].url == "https://widgets.example/2.pdf"
    # Unkeyed headings: the records are numbered in order; the URL field gives the address.
    bullets = "- **출처**: Widget Board - Widget Outlook {n}\n- **URL**: https://widgets.example/o{n}/\n- **기관**: Widget Board"
    korean = _notes("".join(_register(f"Insight {n}: 위젯", bullets, n) for n in (1, 2, 3)))
    assert [(fn.label, fn.url) for fn in korean] == [
        (str(n), f"https://widgets.example/o{n}/") for n in (1, 2, 3)
    ]
    # Near miss: headings over prose with a "Source:" line among sentences make no register.
    prose = "".join(
        f"## Widget {n}\n\nWidgets turn. Source: the widget board's notes https://widgets.example/{n}\n"
        "Gadgets turn too, and this sentence says so.\n\n"
        for n in (1, 2, 3)
    )
    assert not any(fn.label.startswith("WG") for fn in _notes(prose))
    assert all(fn.title != "the widget board's notes" for fn in _notes(prose))


def test_netografia_heads_a_list_of_addresses() -> None:
    urls = [f"https://widgets.example/{n}/" for n in (1, 2, 3)]
    notes = _notes("##  6.Netografia\n\n" + "\n\n".join(urls) + "\n")
    assert [fn.url for fn in notes] == urls
    # Near miss: a heading naming something else ("6.Fotografia") heads no addresses as notes.
    other = _notes("##  6.Fotografia\n\n" + "\n\n".join(urls) + "\n")
    assert [fn.label for fn in other] != ["1", "2", "3"]


def test_books_without_a_year_in_a_list_of_books_are_entries() -> None:
    books = [
        "- Jan Widget, Opus widgetum. Programowanie widgetów. Wydanie III",
        "- Anna Gadget, Widgety. Wprowadzenie. Wydanie V, Helion.",
        "- Ola Gizmo, Widget Learning with Gadgets, Widget Media, 2022.",
        "- Piotr Widget, Ewa Gadget, Wprowadzenie do widgetów.",
    ]
    notes = _notes("## 5.Bibliografia\n\n" + "\n".join(books) + "\n")
    assert [fn.label for fn in notes] == ["1", "2", "3", "4"]
    # Near miss: items opening otherwise (a how-to's steps) are no books: the step two items away
    # from the entry is left out (the one next to it is taken by the older neighbour rule).
    steps = [
        "- Ola Gizmo, Widget Learning with Gadgets, Widget Media, 2022.",
        "- Install the widget, then the gadget.",
        "- Run the widget, and watch it turn.",
    ]
    found = _notes("## 5.Bibliografia\n\n" + "\n".join(steps) + "\n")
    assert all("Run the widget" not in fn.raw for fn in found)


def test_a_references_table_keyed_by_bracketed_numbers_is_read_by_its_rows() -> None:
    rows = "".join(f"|[{n}]| Widget-{n}  |https://widgets.example/missions/widget-{n}\n" for n in (1, 2, 3))
    notes = _notes("Widgets turn.[1]\n\n## References\n|   |  Name | Link  |\n|---|---|---|\n" + rows)
    assert [(fn.label, fn.title, fn.url) for fn in notes] == [
        (str(n), f"Widget-{n}", f"https://widgets.example/missions/widget-{n}") for n in (1, 2, 3)
    ]
    # Near miss: the same table under a heading that names no notes ("## Widgets") is no list of notes.
    other = _notes("Widgets turn.\n\n## Widgets\n|   |  Name | Link  |\n|---|---|---|\n" + rows)
    assert not any(fn.title == "Widget-1" for fn in other)


def test_a_dataset_column_beside_a_url_column_names_the_sources() -> None:
    header = "| # | Dataset | Coverage | URL |\n|---|---|---|---|\n"
    rows = "".join(
        f"| {n} | **Widget Bank — Widget debt series {n}** | Annual, 1990→ | https://widgets.example/d{n} |\n"
        for n in (1, 2, 3)
    )
    notes = _notes("## 1. Core datasets\n\n" + header + rows)
    assert [fn.url for fn in notes] == [f"https://widgets.example/d{n}" for n in (1, 2, 3)]
    # Near miss: a dataset table without a link column is a README's table of data, not of sources.
    plain = _notes("## 1. Core datasets\n\n| # | Dataset | Size |\n|---|---|---|\n| 1 | Widgets | 3 GB |\n")
    assert plain == []


def test_a_source_register_leaves_marked_notes_alone() -> None:
    bullets = "- **Source**: Widget Board - Widget Outlook {n}\n- **URL**: https://widgets.example/o{n}/"
    text = "Widgets turn.[^1]\n\n" + "".join(_register(f"Widget {n}", bullets, n) for n in (1, 2, 3, 4))
    notes = _notes(text + "[^1]: Widget Board, “Widget note”, https://widgets.example/note\n")
    assert [fn.label for fn in notes][:1] == ["1"] and notes[0].url == "https://widgets.example/note"


def test_site_hyphen_title_link_texts_split_alike_when_most_name_their_hosts() -> None:
    sites = [
        ("Widgetpedia", "https://widgetpedia.example/a"),
        ("Gadgetnews", "https://gadgetnews.example/b"),
        ("Gizmo Hub", "https://www.gizmohub.example/c"),
        ("Widget Archive", "https://records.wa-library.example/d"),
    ]
    text = "".join(
        f"[^{n}]: [{site} - Widget story number {n}]({url})\n" for n, (site, url) in enumerate(sites, 1)
    )
    notes = _notes("Widgets.[^1][^2][^3][^4]\n\n" + text)
    assert [fn.title for fn in notes] == [f"Widget story number {n}" for n in (1, 2, 3, 4)]
    # Near miss: where the sites do not name their hosts, the link texts are kept whole.
    others = "".join(f"[^{n}]: [Widget {n} - Gadget story]({url})\n" for n, (_, url) in enumerate(sites, 1))
    kept = _notes("Widgets.[^1][^2][^3][^4]\n\n" + others)
    assert kept[3].title == "Widget 4 - Gadget story"


def test_a_marked_run_closing_on_a_quoted_title_after_a_dash_gives_that_title() -> None:
    header = "| # | Dataset | Coverage | URL |\n|---|---|---|---|\n"
    rows = "".join(
        f'| {n} | **Widget, Gadget & Gizmo — "Widget debt series {n}: why widgets overspend"** (Widget School) '
        f"| Annual | https://widgets.example/d{n} |\n"
        for n in (1, 2, 3)
    )
    notes = _notes("## 1. Core datasets\n\n" + header + rows)
    assert notes[0].title == "Widget debt series 1: why widgets overspend"
    # Near miss: a quoted phrase inside the run, not closing it, leaves the run's reading alone.
    inside = "".join(
        f'| {n} | **Widget Bank — the "widget {n}" debt series of gadgets** | Annual | https://widgets.example/d{n} |\n'
        for n in (1, 2, 3)
    )
    assert _notes("## 1. Core datasets\n\n" + header + inside)[0].title != "widget 1"
