"""Rules learnt from the studied heldback-18 part of the parse eval (branch p10-hb18tune), by family of
shapes: a heading opening on the dotted capital "İ"; "Related work", "Published works" and "Further
reading on …" heading lists; running text naming the checks made on a bulleted list; "Site — Title"
lists whose hosts lengthen the site names; bracketed capital keys ("**[U1] …**"), one run a prefix,
and items quoting their sources at length; a Chinese or Japanese heading word opening with a notes
word; sub-numbers before bracketed titles ("1.2.1 [Title] (URL)"); a bracket closing one work's
title cited in several notes; "[cited 2023 Oct 1];19(4)" dates; a second references section after a
labelled list; a camel-case site after a title's dash. The entries are shaped like the real ones
(fixtures/parse-eval, heldback-18); names and URLs are invented. Each test pairs the shape with a
near miss the rule must leave alone.
"""

from __future__ import annotations

import datetime as dt

from citecheck.parse.regions import is_notes_heading

from .conftest import listed_notes
from .conftest import parsed_notes as _notes


def test_a_heading_opening_on_a_dotted_capital_i_names_a_sources_list() -> None:
    assert is_notes_heading("İstinadlar", marked_heading=True)
    assert is_notes_heading("İSTİNADLAR")
    entries = "".join(
        f"- **Widget Standard {n}** — Vidcet nəzarətləri — https://widgets.example/std-{n}\n"
        for n in (1, 2, 3)
    )
    notes = _notes("## İstinadlar\n\n" + entries)
    assert [fn.label for fn in notes] == ["1", "2", "3"]
    assert [fn.url for fn in notes] == [f"https://widgets.example/std-{n}" for n in (1, 2, 3)]
    # Near miss: another word opening on "İ" ("İçindekiler", contents) heads no list.
    assert not is_notes_heading("İçindekiler", marked_heading=True)


def test_related_work_and_published_works_head_lists_of_papers() -> None:
    items = "".join(
        f"- [Widgetson (202{n})](https://papers.example/w{n}) — a study of widgets, part {n}\n"
        for n in (1, 2, 3)
    )
    notes = _notes("## Related work\n\nWe build on the following.\n\n" + items)
    assert [fn.label for fn in notes] == ["1", "2", "3"]
    assert notes[2].url == "https://papers.example/w3"
    assert is_notes_heading("Published works", marked_heading=True)
    assert is_notes_heading("Prior Work", marked_heading=True)
    # Near miss: a heading that goes on ("Related work on the parser", "Published works of art
    # in the hall") names a topic, not the list.
    assert not is_notes_heading("Related work on the parser", marked_heading=True)
    assert not is_notes_heading("Published works of art in the hall", marked_heading=True)


def test_running_text_naming_checks_before_a_bulleted_list_is_no_entry() -> None:
    intro = (
        "Each widget entry was checked against the Widget Index (via DOI lookup) and the catalogue. "
        "Each DOI below resolves to the stated paper. Grey literature was checked on the maker's site.\n\n"
    )
    items = "".join(
        f"- {name} J, Roe R, et al. Widgets and their uses, part {n}. *Widget J* 2020;{n}(1):1–9. "
        f"doi:10.1000/widget.{n}. PMID 1000{n}\n"
        for n, name in ((1, "Doe"), (2, "Moe"), (3, "Poe"))
    )
    notes = _notes("## References\n\n" + intro + items)
    assert [fn.title for fn in notes] == [f"Widgets and their uses, part {n}" for n in (1, 2, 3)]
    # Near miss: a paragraph written as a reference before the items stays an entry.
    other = _notes("## References\n\nDoe, J. (2019). A widget primer. Acme Press.\n\n" + items)
    assert len(other) == 4 and other[0].title == "A widget primer"


def test_site_dash_title_lists_whose_hosts_lengthen_the_site_names_are_split() -> None:
    pages = [
        ("Widgy", "Shareables", "https://www.widgyapp.example/features/share/"),
        ("Widgy", "Year in Review", "https://www.widgyapp.example/features/year/"),
        ("Gizmo", "FAQ", "https://gizmorank.example/en/faq"),
        ("Gizmo", "App Store", "https://apps.store.example/us/app/gizmo"),
    ]
    lines = "".join(f"- {site} — {title}: {url}\n" for site, title, url in pages)
    notes = _notes("## Kaynaklar\n\n" + lines)
    assert [fn.title for fn in notes] == ["Shareables", "Year in Review", "FAQ", "App Store"]
    # Near miss: a host that shortens a longer name ("Widget Works" at widget.example) does not
    # name it: the titles stay whole.
    shortened = [
        ("Widget Works", t, u.replace("widgyapp", "widget").replace("gizmorank", "widget"))
        for _, t, u in pages
    ]
    other = _notes("## Kaynaklar\n\n" + "".join(f"- {s} — {t}: {u}\n" for s, t, u in shortened))
    assert other[0].title == "Widget Works — Shareables"


def _keyed(prefix: str, count: int, excerpt: str = "") -> str:
    return "".join(
        f'- **[{prefix}{n}] Widget Institute, "Widget flows report {prefix}{n}"** — '
        f"https://widgets.example/{prefix.lower()}{n}{excerpt}\n"
        for n in range(1, count + 1)
    )


def test_bracketed_capital_keys_label_source_lists_one_prefix_a_topic() -> None:
    long_quote = ' — *"' + "The widget flows fell again in the year under review. " * 20 + '"*'
    text = (
        "Widget flows fell [U2] and rose elsewhere [T1].\n\n### Q1 Widgets\n\nCitations:\n\n"
        + _keyed("U", 3, long_quote)
        + "\n### Q2 Gadgets\n\nCitations:\n\n"
        + _keyed("T", 3)
    )
    notes = _notes(text)
    assert [fn.label for fn in notes] == ["U1", "U2", "U3", "T1", "T2", "T3"]
    assert notes[0].title == "Widget flows report U1" and notes[0].url == "https://widgets.example/u1"
    # Near miss: keys of two prefixes mixed within one list (not one run a prefix) keep the numbering.
    mixed = _keyed("U", 2).replace("[U2]", "[T1]") + _keyed("U", 3).replace("[U1]", "[T2]")
    other = _notes("## Sources\n\n" + mixed)
    assert [fn.label for fn in other][:2] == ["1", "2"]


def test_a_cjk_heading_word_opening_with_a_notes_word_heads_the_list() -> None:
    lines = "".join(
        f"- ウィジェット {name} の機能  \n  https://widgets.example/ja-jp/{n}\n"
        for n, name in enumerate(("A", "B", "C"), start=1)
    )
    notes = _notes("# 3. 参考URL（ウィジェット公式）\n" + lines)
    assert [fn.url for fn in notes] == [f"https://widgets.example/ja-jp/{n}" for n in (1, 2, 3)]
    assert notes[0].title == "ウィジェット A の機能"
    assert is_notes_heading("参考資料", marked_heading=True)
    # Near miss: a word merely sharing the first character ("参加者一覧", list of participants).
    assert not is_notes_heading("参加者一覧", marked_heading=True)


def test_sub_numbers_before_a_bracketed_title_label_entries() -> None:
    text = (
        "Widgetland\n\nAgencies\n\n"
        "1. Widget Council \n1.1 [Widget Council Data Sheet] (https://data.widgets.example/sheet)\n"
        "Breakdown of widget data across four components.\n\n"
        "1.2 [Widget Council: Eastern Region] (https://east.widgets.example/)\n"
        "Provides an overview of widget initiatives.\n\n"
        "1.2.1 [Widget Data Hub] (https://data.widgets.example/hub)\n"
        "Publications with an option to filter by region.\n\n"
        "2. Widget Bank\n2.1 [Widget Bank Data Portal] (https://bank.widgets.example/portal)\n"
        "Breakdown of widget data by year.\n"
    )
    notes = {fn.label: fn for fn in _notes(text)}
    assert notes["1.2.1"].title == "Widget Data Hub"
    assert notes["1.1"].url == "https://data.widgets.example/sheet"
    assert notes["2.1"].title == "Widget Bank Data Portal"
    # Near miss: a section number before one space and a word ("1.1 Scope") labels nothing.
    from citecheck.parse.markers import match_entry_start

    assert match_entry_start("1.1 Scope of the widget study") is None
    assert match_entry_start("1.2.1 [Widget Data Hub] (https://x.example)") is not None


def test_a_reading_list_named_with_its_subject_heads_a_list() -> None:
    assert is_notes_heading("Further reading on the widget commerce stack", marked_heading=True)
    items = "".join(f"- [Widget protocol {n}](https://widgets.example/p{n})\n" for n in (1, 2, 3))
    notes = _notes("## Further reading on the widget commerce stack\n\nThe protocols we target:\n\n" + items)
    assert [fn.title for fn in notes] == [f"Widget protocol {n}" for n in (1, 2, 3)]
    # Near miss: a section about reading ("Further reading habits of widget makers in the north
    # of the country") names no list, nor does a plain line of text.
    assert not is_notes_heading("Further reading habits of widget makers in the north", marked_heading=True)
    assert not is_notes_heading("Further reading on the widget commerce stack")


def test_one_work_cited_in_several_notes_keeps_its_closing_bracket() -> None:
    body = "Widgets[^a] and gadgets[^b] and gizmos[^c].\n\n"
    notes = _notes(
        body
        + "".join(
            f"[^{k}]: Widget Corp, *Widget Manual for the W100 (WMAN123)*, Abschnitt „{k}“. "
            f"Online verfügbar unter: https://widgets.example/wman123.pdf\n\n"
            for k in "abc"
        )
    )
    assert [fn.title for fn in notes] == ["Widget Manual for the W100 (WMAN123)"] * 3
    # Near miss: distinct titles closed by one bracketed source lose it to the publisher.
    other = _notes(
        body
        + "".join(
            f"[^{k}]: Widget report on {k} (Widget Board). https://widgets.example/{k}\n\n" for k in "abc"
        )
    )
    assert [fn.title for fn in other] == [f"Widget report on {k}" for k in "abc"]


def test_a_vancouver_cited_date_glued_to_the_next_field_is_read() -> None:
    from citecheck.parse.dates import date_after_label, iter_access_labels

    def accessed(text: str) -> object:
        label = next(iter_access_labels(text, 0))
        found = date_after_label(text, label.end(), label.lastgroup)
        return found[0] if found else None

    assert accessed("Widget J [Internet]. 2019 Feb 21 [cited 2023 Oct 1];19(4):1036–46.") == dt.date(
        2023, 10, 1
    )
    assert accessed("Vol. 42, Núm. 137 (2020). [cited 2023 Oct 1].Available: https://w.example") == dt.date(
        2023, 10, 1
    )
    # Near miss: a bracket closing before the day leaves no whole date to read.
    assert accessed("Widget J. [cited 2023 Oct];19(4):1036–46.") is None


def _mla(n: int) -> str:
    return (
        f"Doe, Jane, et al. “Widget Trajectories Part {n}.” *Widget Review*, vol. {n}, 2022, pp. 1–9, "
        f"[https://doi.org/10.1000/w{n}](https://doi.org/10.1000/w{n})."
    )


def test_a_second_references_section_after_a_labelled_list_goes_on_numbering() -> None:
    first = "## Three primary references\n\n" + "".join(
        f"{n}. {_mla(n)}\n\n   This paper gives us a starting point for widgets.\n\n" for n in (1, 2, 3)
    )
    later = "".join(
        f"### Widget study {n}: scenarios\n\n{_mla(n)}\n\nThis paper helped us draw a clearer line between widgets.\n\n"
        for n in (4, 5)
    )
    notes = _notes(
        first + "## Additional references shaping the project\n\nThese are useful too.\n\n" + later
    )
    assert [fn.label for fn in notes] == ["1", "2", "3", "4", "5"]
    assert notes[4].title == "Widget Trajectories Part 5" and notes[4].url == "https://doi.org/10.1000/w5"
    # Near miss: a later section that does not head notes ("## Discussion of the project") adds none.
    other = listed_notes(first + "## Discussion of the project\n\nWe discuss.\n\n" + later)
    assert [fn.label for fn in other] == ["1", "2", "3"]


def test_a_camel_case_site_after_a_dash_closes_a_research_export_title() -> None:
    from citecheck.parse.styles import _split_site

    assert _split_site("WidgetSim: Massive Widget Simulation Driven by Agents – arXiv") == (
        "WidgetSim: Massive Widget Simulation Driven by Agents",
        "arXiv",
    )
    assert _split_site("Widget proteins fold faster - bioRxiv")[1] == "bioRxiv"
    # Near miss: a lower-case word after the dash ("– revisited") is the title's own.
    assert _split_site("Widget simulation – revisited") == ("Widget simulation – revisited", None)
