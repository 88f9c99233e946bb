"""Rules learnt from the studied heldback-20 part of the parse eval (branch p10-hb20tune), by family of
shapes: a sentence naming the sources over a list of named links; Georgian names of a table's
source and link columns; German "Surname, Given: Title, in: …" bibliographies; a list of source
addresses in a document's front matter. The entries are shaped like the real ones
(fixtures/parse-eval, heldback-20); names and URLs are invented. Each test pairs the shape with a
near miss the rule must leave alone.
"""

from __future__ import annotations

from .conftest import parsed_notes as _notes

_NAMED = "".join(
    f"- {name}: https://{host}.example/report-{n}\n"
    for n, (name, host) in enumerate(
        (
            ("Widget Watch", "widgetwatch"),
            ("Gadget Rights", "gadgetrights"),
            ("WWF", "wwf"),
            ("Sprocket Fund", "sf"),
        ),
        1,
    )
)


def test_a_sentence_naming_the_sources_over_named_links_heads_a_source_list() -> None:
    text = (
        "### Data checks\n\nEvery fact verified against Tier 1 sources:\n" + _NAMED + "\nNo rumours cited.\n"
    )
    notes = _notes(text)
    assert [fn.label for fn in notes][:4] == ["1", "2", "3", "4"]
    assert notes[0].url == "https://widgetwatch.example/report-1"
    assert notes[3].url == "https://sf.example/report-4"
    # Near miss: a sentence over the same items that does not call them sources leaves them links
    # of the running text.
    notes = _notes("### Data checks\n\nInstall the following tools:\n" + _NAMED)
    assert [fn.label for fn in notes] == ["L1", "L2", "L3", "L4"]


def test_a_sentence_naming_the_sources_needs_bare_named_links_under_it() -> None:
    # Near miss: items that run on after their address are prose, not a list of sources.
    items = _NAMED.replace("\n", " (see page 4 for the figures)\n")
    notes = _notes("### Data checks\n\nEvery fact verified against these sources:\n" + items)
    assert all(fn.label.startswith("L") for fn in notes)


def test_a_georgian_source_column_makes_a_table_of_sources() -> None:
    rows = "".join(
        f"| მაჩვენებელი {n} | ≈{n}0,000 | `[fact]` | [Widget census {n}](https://stats.example/w{n}) |\n"
        for n in (1, 2, 3)
    )
    table = "| მაჩვენებელი | მნიშვნელობა | ტეგი | წყარო |\n|---|---|---|---|\n" + rows
    notes = _notes("## 1. ზომები\n\n" + table)
    assert [fn.label for fn in notes] == ["1", "2", "3"]
    assert notes[1].title == "Widget census 2"
    assert notes[2].url == "https://stats.example/w3"
    # Near miss: another Georgian column name ("შენიშვნა", remark) makes no table of sources.
    notes = _notes("## 1. ზომები\n\n" + table.replace("წყარო", "შენიშვნა"))
    assert all(fn.label.startswith("L") for fn in notes)


_GERMAN = (
    "Amsel, Karla; Brenner, Jonas: Widget clustering across growth, in: Widget Science 4 (10), 2017, S. 12. "
    "Online: <https://doi.example/10.1/ws.1>.\n\n"
    "Becker, Kim-Björn: Widgetzensur: Aufbau und Grenzen des Kontrollsystems, Wiesbaden 2011.\n\n"
    "Dorn, R. Stuart: The Lives of Widgets, in: Lang, Geert (Hg.): Critical Point of View, Amsterdam 2011.\n\n"
    "Ebert, Swantje: Was heißt »Digital Widgets«?, Blog | Widget Stiftung, 17.06.2015, "
    "<https://blog.widgets.example/dw/>, Stand: 06.08.2020.\n"
)


def test_a_german_surname_first_bibliography_titles_run_to_the_container() -> None:
    notes = _notes("# Literatur\n\n" + _GERMAN)
    assert [fn.title for fn in notes] == [
        "Widget clustering across growth",
        "Widgetzensur: Aufbau und Grenzen des Kontrollsystems",
        "The Lives of Widgets",
        "Was heißt »Digital Widgets«?",
    ]
    # Near miss: ABNT's capitalised surname with a title sentence ("SOUZA, Ana. Title: subtitle,
    # …") is not this form; its title keeps its colon's subtitle.
    for names in (("SOUZA", "LIMA", "COSTA", "ROCHA"), ("Souza", "Lima", "Costa", "Rocha")):
        abnt = "".join(
            f"{name}, Ana. Widgets em rede: tecnologia, poder e democracia {n}. São Paulo: Editora, 2020.\n\n"
            for n, name in enumerate(names, 1)
        )
        titles = [fn.title for fn in _notes("# Referências\n\n" + abnt)]
        assert titles == [f"Widgets em rede: tecnologia, poder e democracia {n}" for n in (1, 2, 3, 4)]


_FRONT = (
    "---\ntags: [phase-2, widgets]\ndate: 2026-10-09\n{key}:\n"
    "  - https://doi.example/10.1016/W0140-6736(25)01637-X\n"
    "  - https://widgets.example/report-2025.pdf\n"
    "  - https://api.widgets.example/v2/country/WLD?format=json\n"
    "confidence: high\n---\n\n# Phase 2: picking the widgets\n\nThe widget count fell in 2025.\n"
)


def test_a_front_matter_list_of_source_addresses_is_the_source_list() -> None:
    notes = _notes(_FRONT.format(key="sources_used"))
    assert [fn.label for fn in notes] == ["1", "2", "3"]
    assert notes[0].url == "https://doi.example/10.1016/W0140-6736(25)01637-X"
    assert notes[2].url == "https://api.widgets.example/v2/country/WLD?format=json"
    # Near miss: a key that does not name sources ("related") lists no sources.
    assert _notes(_FRONT.format(key="related")) == []


def test_a_front_matter_source_list_leaves_the_bodys_own_notes_alone() -> None:
    body = "\nA claim.[^1]\n\n[^1]: Widget Office, *Widget Report 2025*, https://widgets.example/office.\n"
    notes = _notes(_FRONT.format(key="sources") + body)
    assert notes[0].label == "1" and notes[0].url == "https://widgets.example/office"
    assert notes[0].title == "Widget Report 2025"
    # The front matter's addresses come after the body's own notes, numbered on.
    assert [fn.label for fn in notes[1:]] == ["2", "3", "4"]


_INDENTED = (
    "# Widget model\n\nThe model pumps widgets.\n\n## Citation\n  \n"
    "      Dubin D. Widget Adventure in the Heartland: Exploring the Widget Microcosm. \n"
    "      Tampa, Florida: Cover Publishing; 2015.\n      \n"
    "      Klabunde RE. Widget Physiology Concepts. \n"
    "      Philadelphia, Pennsylvania: Wolters Kluwer; 2021. \n      \n"
    "      Lodish H, Berk A. Molecular Widget Biology. 4th edition. \n"
    "      New York: W. H. Freeman; 2000. Available from: https://books.example/NBK21670/\n"
)


def test_a_reference_list_indented_under_its_heading_is_read() -> None:
    notes = _notes(_INDENTED)
    assert [fn.label for fn in notes] == ["1", "2", "3"]
    assert notes[1].title == "Widget Physiology Concepts"
    assert notes[2].url == "https://books.example/NBK21670/"
    # Near miss: a BibTeX record indented under "## Citation" stays code.
    bibtex = (
        "# Widget model\n\n## Citation\n\n    @article{dubin2015,\n      title = {Widget Adventure},\n"
        "      year = {2015}\n    }\n\n    @book{klabunde2021,\n      year = {2021}\n    }\n"
    )
    assert _notes(bibtex) == []


def test_pointer_lines_of_one_link_each_are_the_sources() -> None:
    text = (
        "### What happened?\n\nThe widget deal was signed in **Abu Dhabi**.\n\n"
        "▶ [Quelle: Widget Times on the deal](https://widgettimes.example/deal)  \n"
        "▶ [Hintergrund: Widget wiki](https://wiki.example/Widget_deal)\n\n"
        "### Who gains\n\nThe ports do.\n\n▶ [Bericht: Ports welcome the deal](https://news.example/ports)\n"
    )
    notes = _notes(text)
    assert [fn.label for fn in notes] == ["1", "2", "3"]
    assert notes[0].title == "Quelle: Widget Times on the deal"
    assert notes[2].url == "https://news.example/ports"
    # Near miss: a pointer before prose with a link in it is running text.
    prose = text.replace(
        "▶ [Bericht: Ports welcome the deal](https://news.example/ports)",
        "→ see the [port report](https://news.example/ports) first",
    )
    assert all(fn.label.startswith("L") for fn in _notes(prose))


def test_a_link_then_by_and_its_author_keeps_the_link_text_as_title() -> None:
    items = "".join(
        f"{n}. [{title}](https://{host}.example/{n}) by {site} (2022, December {n}).\n"
        for n, (title, host, site) in enumerate(
            (
                ("How to build a widget app", "widgetocean", "WidgetOcean"),
                ("Widget CSS for Python developers", "realwidget", "Real Widget"),
                ("The modern widget tutorial", "widgetinfo", "Widget Info"),
            ),
            1,
        )
    )
    notes = _notes("## Quellen\n\n" + items)
    assert [fn.title for fn in notes] == [
        "How to build a widget app",
        "Widget CSS for Python developers",
        "The modern widget tutorial",
    ]
    assert notes[1].publisher == "Real Widget"
    # Near miss: "by" inside the link's own text stays in the title.
    notes = _notes("## Quellen\n\n" + items.replace("[How to build a widget app]", "[Widgets made by hand]"))
    assert notes[0].title.startswith("Widgets made by hand")


def test_a_gost_area_stop_ends_the_title() -> None:
    items = (
        "1. Fu S. AgentGL: Towards Widget Learning. — GitHub repository, 2024.\n\n"
        "2. Lewis P., Perez E. et al. Retrieval-Augmented Widgets for NLP Tasks. — Advances in Widget Systems "
        "(NeurIPS), 2020. — Vol. 33. — P. 9459–9474.\n\n"
        "3. Wei J., Wang X., Schuurmans D. et al. Chain-of-Widget Prompting Elicits Reasoning in Large Widget "
        "Models. — Advances in Widget Systems (NeurIPS), 2022. — Vol. 35.\n\n"
        "4. Yao S., Zhao J. et al. ReAct: Synergizing Widgets. — International Conference on Widgets (ICLR), 2023.\n"
    )
    titles = [fn.title for fn in _notes("## Գրականություն\n\n" + items)]
    assert titles == [
        "AgentGL: Towards Widget Learning",
        "Retrieval-Augmented Widgets for NLP Tasks",
        "Chain-of-Widget Prompting Elicits Reasoning in Large Widget Models",
        "ReAct: Synergizing Widgets",
    ]
    # Near miss: a dash inside a title without a full stop before it stays ("Widgets — a history").
    items = "".join(f"{n}. Wei J. Widgets — a history {n}. Widget Press, 2022.\n\n" for n in (1, 2, 3))
    assert [fn.title for fn in _notes("## References\n\n" + items)] == [
        f"Widgets — a history {n}" for n in (1, 2, 3)
    ]


def test_paragraphs_lettered_a_b_c_that_cite_are_entries() -> None:
    text = (
        "5. CODE REFERENCES\n\nBelow we reference resources used for coding.\n\n"
        "(A) was used to reorder widget sentences.\n\n(B) was adapted to build a widget class.\n\n"
        "(A) Doe, N., (2018). Widget Augmentation For Text Data. [online] Widget Science. Available at: "
        "<https://widgets.example/augment> [Accessed 4 July 2020].\n\n"
        "(B) Roe, J. and Poe, K., (2019). Widgets/Eda_Nlp. [online] GitHub. Available at: "
        "<https://github.example/widgets/eda> [Accessed 6 July 2020].\n\n"
        "(C) Nag, A., (2019). A Widget Classification Approach. [online] Medium. Available at: "
        "<https://medium.example/widget-classification> [Accessed 3 July 2020].\n"
    )
    notes = _notes(text, "readme.txt")
    assert [fn.label for fn in notes] == ["A", "B", "C"]
    assert notes[0].title == "Widget Augmentation For Text Data"
    assert notes[2].url == "https://medium.example/widget-classification"
    assert notes[1].access_date is not None and notes[1].access_date.isoformat() == "2020-07-06"
    # Near miss: an enumeration lettered (A) to (C) that cites nothing stays text.
    enumeration = "".join(
        f"({letter}) the widget office shall {verb} widgets.\n\n"
        for letter, verb in zip("ABC", ("count", "sort", "ship"), strict=True)
    )
    assert _notes("Duties\n\n" + enumeration, "law.txt") == []


def test_a_pandoc_bracketed_span_reads_as_its_text() -> None:
    text = (
        "Widgets were compared.[^1]\n\n"
        "[^1]: Widget Office, _Supported widget types_, [Widget Office]{.smallcaps} "
        "https://widgets.example/types [https://perma.example/X1] (last visited Feb. 17, 2026).\n"
    )
    note = _notes(text)[0]
    assert note.title == "Supported widget types"
    assert note.publisher == "Widget Office"
    assert "[Widget Office]" not in note.raw and "{.smallcaps}" not in note.raw
    # Near miss: a bracketed remark without an attribute list keeps its brackets.
    note = _notes(text.replace("[Widget Office]{.smallcaps}", "[Widget Office]"))[0]
    assert "[Widget Office]" in note.raw
