"""Rules learnt from the studied heldback-15 part of the parse eval (branch p10-hb15tune), by family of
shapes: a list of sources pasted into a bare code fence; a bold line over a numbered list that is the
list's sub-heading. The entries are shaped like the real ones (fixtures/parse-eval, heldback-15);
names and URLs are invented. Each test pairs the shape with a near miss the rule must leave alone.
"""

from __future__ import annotations

from .conftest import listed_notes
from .conftest import parsed_notes as _notes


def test_a_list_of_sources_in_a_bare_fence_is_read() -> None:
    entries = (
        '[1] Widget Watch, "Widgets on the Net 2022" (2022-10-01). https://widgets.example/net/2022\n'
        '[2] Gadget Trust, "State of Gadgets 2024" (2024-10-01), p. 22. https://gadgets.example/state-2024.pdf\n'
    )
    text = f"Widgets are watched.[1][2]\n\n**Sources:**\n\n```\n{entries}```\n"
    notes = {fn.label: fn for fn in _notes(text)}
    assert notes["1"].title == "Widgets on the Net 2022"
    assert notes["2"].url == "https://gadgets.example/state-2024.pdf"
    # Near miss: the same lines in a fence that names a language are code, and so is a fence whose
    # lines are not all entries with an address.
    for fenced in (f"```python\n{entries}```\n", f"```\n{entries}[3] no address here\n```\n"):
        assert not [
            fn for fn in _notes(f"Widgets are watched.[1][2]\n\n**Sources:**\n\n{fenced}") if fn.title
        ]


def test_a_bold_line_over_numbered_entries_is_their_sub_heading() -> None:
    text = (
        "Widgets are fast [1] and cheap [2].\n\n### Referencias:\n**Widgets and gadgets**\n"
        '[1] Widget Lab. "Fast widgets". [https://widgets.example/fast](https://widgets.example/fast)\n'
        '[2] Gadget Co. (2026, March 16). "Cheap gadgets". [https://gadgets.example/cheap](https://gadgets.example/cheap)\n'
    )
    notes = {fn.label: fn for fn in _notes(text)}
    assert notes["1"].title == "Fast widgets" and notes["1"].url == "https://widgets.example/fast"
    assert notes["2"].title == "Cheap gadgets"
    # Near miss: a bold line over ordinary prose stays in its paragraph.
    prose = "**Widgets and gadgets**\nare fast and cheap, we found.\n"
    assert not _notes(prose)


def test_numbered_topic_headings_over_link_items_are_no_notes() -> None:
    page = (
        "<html><body><h2>Sources for the widget data</h2>"
        "<h3>1. Widget output</h3><ul>"
        '<li><a href="https://widgets.example/output">Widget Board – Output</a></li>'
        '<li><a href="https://gadgets.example/output">Gadget Stats – Output (1960–2025)</a></li></ul>'
        "<h3>2. Widget prices</h3><ul>"
        '<li><a href="https://prices.example/widgets">Price Watch – Widgets</a></li>'
        '<li><a href="https://prices.example/gadgets">Price Watch – Gadgets</a></li></ul></body></html>'
    )
    notes = _notes(page, "doc.html")
    assert [fn.url for fn in notes] == [
        "https://widgets.example/output",
        "https://gadgets.example/output",
        "https://prices.example/widgets",
        "https://prices.example/gadgets",
    ]
    # Near miss: numbered headings over prose stay sections; a numbered list of notes is read.
    report = "<html><body><h2>Notes</h2><h3>1. Methods</h3><p>We counted widgets by hand.</p></body></html>"
    assert not [fn for fn in _notes(report, "doc.html") if fn.url]


def test_a_source_column_qualified_in_brackets_and_an_idem_row() -> None:
    text = (
        "| Claim | Source (date) |\n|---|---|\n"
        "| Widgets are fast | [Widget Lab, fast widgets](https://widgets.example/fast) (2025-12-10) |\n"
        "| Widgets are cheap | idem |\n"
        "| Gadgets are slow | [Gadget Co](https://gadgets.example/slow) (2024-10) |\n"
    )
    notes = _notes(text)
    assert [fn.url for fn in notes] == ["https://widgets.example/fast", None, "https://gadgets.example/slow"]
    # Near miss: a table whose column is no source column is not read as sources.
    other = "| Claim | Verdict (date) |\n|---|---|\n| Widgets are fast | true (2025-12-10) |\n| Widgets are cheap | idem |\n"
    assert not _notes(other)


def test_links_built_by_page_layout_calls_are_read() -> None:
    code = (
        "layout = Container(html.Div([\n"
        '    html.H5("Sources:"),\n'
        '    html.A("1. Widget output report (Widget Board)", href="https://widgets.example/output"),\n'
        "    html.Br(),\n"
        '    html.A("2. Gadget prices 2023"\n'
        '           " and 2024 (Gadget Co)", href="https://gadgets.example/prices "),\n'
        "    html.Br(),\n"
        '    html.A("3. Sprocket census", href="https://sprockets.example/census"),\n'
        "]))\n"
    )
    notes = {fn.label: fn for fn in _notes(code, "sources.txt")}
    assert notes["1"].url == "https://widgets.example/output"
    assert notes["2"].url == "https://gadgets.example/prices"
    assert notes["3"].url == "https://sprockets.example/census"
    # Near miss: one such call quoted in prose is left as written.
    prose = 'Write html.A("1. Widgets", href="https://widgets.example/") to link it.\n'
    assert all(
        fn.url != "https://widgets.example/" or fn.label.startswith("L") for fn in _notes(prose, "a.txt")
    )


def test_an_image_credits_page_lists_its_images() -> None:
    text = (
        "# Image credits\n\nAll images are via [Widget Commons](https://widgets.example/Main)\n\n"
        "### By [Jane Roe](https://widgets.example/User:Roe), [CC BY 4.0](https://licenses.example/by/4.0)\n\n"
        "* [Globe icon](https://widgets.example/File:Globe.svg)\n"
        "* [Cloud icon](https://widgets.example/File:Cloud.svg)\n\n"
        "### By John Doe, public domain\n\n"
        "* [Bell icon](https://widgets.example/File:Bell.svg), a trademark of [Widget Org](https://widgets.example/tm)\n"
    )
    notes = listed_notes(text)
    assert [fn.title for fn in notes] == ["Globe icon", "Cloud icon", "Bell icon"]
    assert notes[2].url == "https://widgets.example/File:Bell.svg"
    # Near miss: a page of credits that is no list of images ("# Credits", people thanked) is not
    # read as notes.
    thanks = "# Credits\n\n* [Jane Roe](https://widgets.example/roe) wrote the parser\n* [John Doe](https://widgets.example/doe) drew the icons\n"
    assert all(fn.label.startswith("L") for fn in _notes(thanks))


def test_a_key_cell_spanning_two_table_rows_keys_one_entry() -> None:
    text = (
        "Widgets scale [[DOE16]](#ref_doe16).\n\n## Literaturverzeichnis\n\n<table>\n"
        "    <tr>\n"
        '        <td rowspan="2"><a name="ref_doe16">[DOE16]</a></td>\n'
        "        <td>Doe, Jane ; Widget News, 25.06.2016: Widgets at scale</td>\n"
        "    </tr>\n    <tr>\n"
        "        <td>URL: <a>https://widgets.example/scale</a> (abgerufen am 27.06.2018)</td>\n"
        "    </tr>\n    <tr>\n"
        '        <td rowspan="2"><a name="ref_wid18a">[WID18a]</a></td>\n'
        "        <td>Widget Co: Products</td>\n"
        "    </tr>\n    <tr>\n"
        "        <td>URL: <a>https://widgets.example/products</a> (abgerufen am 30.06.2018)</td>\n"
        "    </tr>\n</table>\n"
    )
    notes = {fn.label: fn for fn in _notes(text)}
    assert notes["DOE16"].url == "https://widgets.example/scale"
    assert notes["WID18a"].url == "https://widgets.example/products"
    assert str(notes["WID18a"].access_date) == "2018-06-30"
    # Near miss: without a spanning cell the row below is no part of the keyed entry.
    plain = {fn.label: fn for fn in _notes(text.replace(' rowspan="2"', ""))}
    assert plain["DOE16"].url is None


def test_bare_numbered_endnote_paragraphs_keep_their_numbers() -> None:
    text = (
        "Widgets are fast.[1] Gadgets are slow.[2] Sprockets turn.[3]\n\n## Endnotes\n\n"
        "1 Terms that may be used here include widget and gadget.\n\n"
        "2 See the [Widget report](https://widgets.example/report) for more.\n\n"
        "3 Sprockets are not covered here.\n\n"
        "4 See [Gadget facts](https://gadgets.example/facts).\n"
    )
    notes = {fn.label: fn for fn in _notes(text)}
    assert notes["2"].url == "https://widgets.example/report"
    assert notes["4"].url == "https://gadgets.example/facts"
    assert notes["1"].url is None and notes["3"].url is None
    # Near miss: numbers out of order (a year, a count) open no notes.
    odd = text.replace("\n3 Sprockets", "\n7 Sprockets")
    assert "4" not in {fn.label for fn in _notes(odd)}


def test_a_gbt_list_with_a_lost_first_number_and_doubled_stops() -> None:
    text = (
        "Widgets are fast [1].\n\n## 参考文献\n\n"
        ".  Widget Lab. Widgets in the terminal[EB/OL]. (2025-08-29). https://widgets.example/terminal\n"
        "2..  张三.小部件报告模板[EB/OL]. 文库, 2024-01-19.\n"
        "3. 李四. 小部件源码解析[EB/OL].(2026-04-02).\n"
        "4.  王五. 小部件深度拆解[EB/OL]. 博客, 2025-12-31.\n"
    )
    notes = {fn.label: fn for fn in _notes(text)}
    assert notes["1"].url == "https://widgets.example/terminal"
    assert notes["1"].title == "Widgets in the terminal"
    assert notes["2"].title == "小部件报告模板"
    # Near miss: a line opened by a stop whose next line is not numbered 2 numbers nothing: the
    # lines stay one paragraph.
    other = text.replace("2..  张三", "7..  张三")
    assert "2" not in {fn.label for fn in _notes(other)}


def test_a_list_of_site_dash_title_links_names_its_sites() -> None:
    items = [
        ("https://www.widgetstats.example/output", "WidgetStats – Widget Output"),
        ("https://gadgetwatch.example/prices", "GadgetWatch – Gadget Prices"),
        ("https://sprocket.example/census", "Sprocket – Census Tables"),
        ("https://www.ministry.example/?page=1", "Ministry of Widgets – Annual Reports"),
    ]
    page = (
        "<html><body><h2>Sources</h2><ul>"
        + "".join(f'<li><a href="{href}">{text}</a></li>' for href, text in items)
        + "</ul></body></html>"
    )
    notes = _notes(page, "doc.html")
    assert [fn.title for fn in notes] == ["Widget Output", "Gadget Prices", "Census Tables", "Annual Reports"]
    # Near miss: where few first fields name their hosts, the titles stay whole.
    others = [
        ("https://docs.widgets.example/a", "Widget Docs — Getting started"),
        ("https://docs.widgets.example/b", "Widget Docs — Advanced use"),
        ("https://www.gadgetwatch.example/c", "GadgetWatch — Building gadgets"),
    ]
    page = (
        "<html><body><h2>Sources</h2><ul>"
        + "".join(f'<li><a href="{href}">{text}</a></li>' for href, text in others)
        + "</ul></body></html>"
    )
    assert [fn.title for fn in _notes(page, "doc.html")] == [text for _, text in others]


def test_abnt_authors_set_in_bold_are_no_title() -> None:
    text = (
        "Widgets count (DOE; ROE, 2004).\n\n## Referências\n\n"
        "1. **DOE, J.; ROE, R.** Estatística dos Widgets. São Paulo: Widget Press, 2004.\n\n"
        "2. **POE, A. M. P., LOE, J.** Visualização de Gadgets. Porto Alegre: Gadget, 2023.\n"
    )
    assert [fn.title for fn in _notes(text)] == ["Estatística dos Widgets", "Visualização de Gadgets"]
    # Near miss: a bold title (no author list in it) stays the title.
    bold_title = "## Referências\n\n1. DOE, J. **Estatística dos Widgets**. São Paulo: Widget Press, 2004.\n"
    assert [fn.title for fn in _notes(bold_title)] == ["Estatística dos Widgets"]


def test_a_lead_before_a_colon_repeated_through_a_list_is_its_author() -> None:
    text = "## Literaturverzeichnis\n\n" + "".join(
        f"[WID18{key}]: Widget Co: {title}. URL: https://widgets.example/{key} (abgerufen am 30.06.2018)\n\n"
        for key, title in (("a", "Produkte"), ("b", "Widget Free Tier"), ("c", "Widget Console"))
    )
    assert [fn.title for fn in _notes(text)] == ["Produkte", "Widget Free Tier", "Widget Console"]
    # Near miss: a lead said once is the title's own ("Python: A Guide").
    once = text.replace("Widget Co: Widget Free Tier", "Gadget Co: Widget Free Tier").replace(
        "Widget Co: Widget Console", "Sprocket Co: Widget Console"
    )
    assert next(fn.title for fn in _notes(once)) == "Widget Co: Produkte"
    # Nor is a lead inside quoted titles, though every title of the list repeats it.
    quoted = "## Sources\n\n" + "".join(
        f'[{n}] Widget Watch, "Widgets: Report {n}" (2022). https://widgets.example/{n}\n' for n in (1, 2, 3)
    )
    assert [fn.title for fn in _notes(quoted)] == [f"Widgets: Report {n}" for n in (1, 2, 3)]


def test_bracketed_sources_repeated_through_a_list_and_organisations_before_a_dash() -> None:
    text = "## Sources\n\n" + "".join(
        f"{n}. [{title}](https://widgets.example/{n})\n"
        for n, title in enumerate(
            (
                "Widget census 2021 (widgetstats.org)",
                "Widget contribution (NWC) (WMA)",
                "Widget strategy 2030 (WMA)",
                "Widget action plan 2023 (CAP) (WMA)",
                "International Widget Agency (IWA) – Widgets in transport",
            ),
            1,
        )
    )
    assert [fn.title for fn in _notes(text)] == [
        "Widget census 2021",
        "Widget contribution (NWC)",
        "Widget strategy 2030",
        "Widget action plan 2023 (CAP)",
        "Widgets in transport",
    ]
    # Near miss: a bracketed acronym said once is the title's own.
    once = "## Sources\n\n" + "".join(
        f"{n}. [{title}](https://widgets.example/{n})\n"
        for n, title in enumerate(("Widget contribution (NWC)", "Widget strategy (WMA)", "Gadgets (GMA)"), 1)
    )
    assert [fn.title for fn in _notes(once)] == [
        "Widget contribution (NWC)",
        "Widget strategy (WMA)",
        "Gadgets (GMA)",
    ]


def test_sub_numbers_set_off_by_a_tab_label_entries() -> None:
    text = (
        "Sources:\n\n1.1\tWidget census 2021 https://widgets.example/census\n\n"
        "1.2  Widget yearbook 2021 https://widgets.example/yearbook\n\n"
        "2.\tGadget statistics https://gadgets.example/stats\n"
    )
    notes = {fn.label: fn for fn in _notes(text, "sources.txt")}
    assert notes["1.1"].url == "https://widgets.example/census"
    assert notes["1.2"].url == "https://widgets.example/yearbook"
    # Near miss: a section number before one space is no label.
    sections = "1.1 Scope https://widgets.example/scope\n\n1.2 Terms https://widgets.example/terms\n"
    assert not {"1.1", "1.2"} & {fn.label for fn in _notes(sections, "spec.txt")}


def test_the_last_of_two_bracketed_groups_in_such_a_list_is_the_source() -> None:
    text = "## Sources\n\n" + "".join(
        f"{n}. [{title}](https://widgets.example/{n})\n"
        for n, title in enumerate(
            (
                "Widget strategy 2030 (WMA)",
                "Widget plan 2023 (WMA)",
                "Widget report 2021 (WMA)",
                "Widget emissions (kt)(WB)",
            ),
            1,
        )
    )
    assert [fn.title for fn in _notes(text)][3] == "Widget emissions (kt)"


def test_a_number_set_on_a_wrapped_author_list_runs_on() -> None:
    text = (
        "## Библиография\n\n"
        "1. Doe J., Roe R. Widgets at Scale. – 2023.\n"
        "2. Poe A., Loe B., Moe C.,\n"
        "3. Zoe D., Hoe E. Gadget Benchmark. – 2020.\n"
        "3. Бенчмарк Widgets [Электронный ресурс] URL: https://widgets.example (дата обращения: 12.10.2023)\n"
        "4. Koe F. Sprockets. – 2019.\n"
    )
    notes = {fn.label: fn for fn in _notes(text)}
    assert notes["3"].url == "https://widgets.example"
    assert "Zoe D." in notes["2"].raw
    # Near miss: after a line ending in a full stop the number opens an entry.
    plain = text.replace("Moe C.,\n3. Zoe D.", "Moe C. Gizmos. – 2021.\n3. Zoe D.")
    assert "Zoe D." not in {fn.label: fn for fn in _notes(plain)}["2"].raw


def test_a_year_span_closing_a_link_text_is_the_titles_own() -> None:
    page = (
        "<html><body><h2>Sources</h2><ul>"
        + "".join(
            f'<li><a href="https://{host}.example/{n}">{text}</a></li>'
            for n, (host, text) in enumerate(
                (
                    ("widgettrends", "WidgetTrends – Widget output (1960–2025)"),
                    ("gadgetstats", "GadgetStats – Gadget prices"),
                    ("sprocketwatch", "SprocketWatch – Sprocket census"),
                )
            )
        )
        + "</ul></body></html>"
    )
    assert next(fn.title for fn in _notes(page, "doc.html")) == "Widget output (1960–2025)"
    # Near miss: a year in brackets before more text dates its author, as APA writes it.
    apa = "## References\n\nDoe, J. (2019). Widgets at scale. Widget Press. https://widgets.example/scale\n"
    assert [fn.title for fn in _notes(apa)] == ["Widgets at scale"]
