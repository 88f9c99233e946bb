"""Rules learnt from the studied heldback-16 part of the parse eval (branch p10-hb16tune), by family of
shapes: bare addresses one a line under a notes heading; a marked notes heading closed by a gloss in
brackets; a source index's keys ("S1.", "SRC-…"); Uzbek and Armenian notes headings; a JSX page's
conditions read as text; "Photo attribution"; the items opening a list before its linked entries;
SIST 02's "(参照 …)" access date; Harvard typed with commas; the signal "Cfr."; a numbered list of
addresses under a sub-heading; "(S/F)" and "(Vol. 828)"; GB/T camel-case titles and type codes; a
question run on into its subtitle; "Org, \"Title\" and …"; unbalanced brackets at a title's end. The entries are
shaped like the real ones (fixtures/parse-eval, heldback-16); names and URLs are invented. Each test
pairs the shape with a near miss the rule must leave alone.
"""

from __future__ import annotations

import datetime as dt

from citecheck.parse.styles import tidy_title

from .conftest import parsed_notes as _notes


def test_bare_addresses_one_a_line_under_a_notes_heading_are_one_entry_each() -> None:
    urls = ["https://widgets.example/a.pdf", "https://gadgets.example/b/", "http://www.gizmo.example/~c/d"]
    notes = _notes("Intro.\n\n## Sitographie\n\n" + "\n".join(urls) + "\n")
    assert [fn.label for fn in notes] == ["1", "2", "3"]
    assert [fn.url for fn in notes] == urls
    # Two lines are a list too, and an address opening a line is never the line above's URL run on.
    two = _notes("## References\n\n" + urls[0] + "\n" + urls[1] + "\n\n" + urls[2] + "\n")
    assert [fn.url for fn in two] == urls
    # Near miss: two addresses and a line of words among them are no list of bare addresses (the
    # line of words is not split off as an entry of its own).
    mixed = _notes("## Sitographie\n\n" + urls[0] + "\nsee also the widget pages\n" + urls[1] + "\n")
    assert not any(fn.title == "see also the widget pages" for fn in mixed)


def test_a_marked_notes_heading_closed_by_a_gloss_in_brackets_heads_notes() -> None:
    items = "".join(
        f"- [Widget guide {n}: how widgets work](https://widgets.example/{n}) — a note on it.\n"
        for n in (1, 2, 3)
    )
    gloss = "(`3` sources: `2` full pages in `4` parts and `1` search query, two dead links left out)"
    notes = _notes(f"## 1. References {gloss}\n\n" + items)
    assert [fn.label for fn in notes] == ["1", "2", "3"]
    assert notes[0].title == "Widget guide 1: how widgets work"
    # Near miss: a heading whose words before the brackets name no notes stays a heading.
    other = _notes(f"## 1. Widget tuning {gloss}\n\n" + items)
    assert all(fn.label.startswith("L") for fn in other)


def test_a_source_index_keys_its_entries() -> None:
    text = "### Source Index\n\n" + "".join(
        f'- S{n}. Widget Board, "Widget report {n}." Describes widgets and gadgets. URL:\n'
        f"  https://widgets.example/report-{n}\n\n"
        for n in (1, 2, 3)
    )
    notes = _notes(text)
    assert [fn.label for fn in notes] == ["S1", "S2", "S3"]
    assert notes[1].title == "Widget report 2" and notes[1].url == "https://widgets.example/report-2"
    dashed = "## Sources\n\n" + "".join(
        f"- **SRC-WIDGET-{name}** (`full_fetched_page`, parts `[0]`): [Widget page {name}](https://widgets.example/{name.lower()}) — read.\n"
        for name in ("ONE", "TWO", "THREE")
    )
    keyed = _notes(dashed)
    assert [fn.label for fn in keyed] == ["SRC-WIDGET-ONE", "SRC-WIDGET-TWO", "SRC-WIDGET-THREE"]
    assert keyed[0].title == "Widget page ONE"
    # Near miss: items opening with keys of different prefixes ("ISO-9001", "GPT-4") keep their
    # numbers.
    mixed = "## Sources\n\n" + "".join(
        f"- {key} widget note, https://widgets.example/{n}\n"
        for n, key in enumerate(("S1.", "GPT-4", "ISO-9001"))
    )
    assert [fn.label for fn in _notes(mixed)] == ["1", "2", "3"]


def test_uzbek_and_armenian_notes_headings() -> None:
    items = "".join(f"- Widget report {n} — https://widgets.example/{n}\n" for n in (1, 2, 3))
    for heading in ("## Manbalar", "## Foydalanilgan adabiyotlar", "## Օգտագործված աղբյուրներ"):
        assert [fn.label for fn in _notes(f"{heading}\n\n{items}")] == ["1", "2", "3"]
    # Near miss: an Uzbek heading naming something else is no notes heading.
    assert all(fn.label.startswith("L") for fn in _notes(f"## Xulosa\n\n{items}"))


def test_a_jsx_condition_read_as_text_is_no_entry() -> None:
    def page(opening: str) -> str:
        links = "".join(
            f'<li><a href="https://widgets.example/{n}">Widget Board – Widget page {n}</a></li>'
            for n in (1, 2, 3)
        )
        return f"<div><h3>Sources</h3>{opening}<ul>{links}</ul>)}}</div>"

    notes = _notes(page('{expanded === "science" && ('), "doc.html")
    assert [fn.label for fn in notes] == ["1", "2", "3"]
    assert notes[0].title == "Widget Board – Widget page 1"
    # Near miss: text with words beside the braces is text.
    kept = _notes(page('See the "widget" list {below} ('), "doc.html")
    assert len(kept) == 4


def test_photo_attribution_heads_image_credits() -> None:
    items = "".join(
        f"- `widget-{n}.jpg`: [Widget number {n}](https://photos.example/w/{n}) by [Ann](https://photos.example/ann) "
        "is licensed under [CC BY 2.0](https://creativecommons.example/by/2.0)\n"
        for n in (1, 2, 3)
    )
    notes = _notes(f"# Photo attribution\n\n## CC-BY\n\n{items}")
    assert (notes[0].label, notes[0].title, notes[0].url) == (
        "1",
        "Widget number 1",
        "https://photos.example/w/1",
    )
    assert len(notes) == 3
    # Near miss: "Attribution" of something else ("Code attribution") is no image credits heading.
    assert all(fn.label.startswith("L") for fn in _notes(f"# Code attribution\n\n## MIT\n\n{items}"))


def test_items_opening_a_list_before_its_entries_are_numbered_in_place() -> None:
    entries = "".join(f'<li>"Widget report {n}". Widget Board. Retrieved 2 May 2018.</li>' for n in (1, 2, 3))
    page = f"<div><p>References</p><ol><li>Widgets must be wound before use.</li>{entries}</ol></div>"
    notes = {fn.label: fn for fn in _notes(page, "doc.html")}
    assert notes["2"].title == "Widget report 1" and notes["4"].title == "Widget report 3"
    assert notes["2"].access_date == dt.date(2018, 5, 2)
    week = "## Resources\n\n#### Week 1\n- Examples of widget letters\n\n#### Week 2\n" + "".join(
        f"- [Widget guide {n}](https://widgets.example/{n}) via Widget Board\n" for n in (1, 2, 3)
    )
    notes = {fn.label: fn for fn in _notes(week)}
    assert notes["1"].url is None and notes["2"].title == "Widget guide 1"
    # Near miss: three items of prose before the entries are not all taken (two at most lead).
    long_intro = "".join(f"<li>Widgets rule {n} of the house.</li>" for n in (1, 2, 3))
    page = f"<div><p>References</p><ol>{long_intro}{entries}</ol></div>"
    titles = {fn.label: fn.title for fn in _notes(page, "doc.html")}
    assert titles.get("2") != "Widget report 1"


def test_sist_02_access_date() -> None:
    text = (
        "小部件很快。[^a]\n\n[^a]: 《[小部件](https://widgets.example/a)》, 2021-09-08. (参照 2022-10-04).\n"
    )
    notes = _notes(text)
    assert notes[0].access_date == dt.date(2022, 10, 4)
    # Near miss: "参照" meaning "see" before words dates nothing.
    seen = _notes("小部件很快。[^a]\n\n[^a]: 《[小部件](https://widgets.example/a)》, 参照 第二章.\n")
    assert seen[0].access_date is None


def test_harvard_typed_with_commas_ends_the_title_before_the_journal() -> None:
    text = (
        "## References\n\n"
        "Doe, J. (2015) The structure of widget networks, Widget Studies, 43, pp.39-47, https://doi.example/10.1/ws\n\n"
        "Roe, R. (2018) Between widgets and gadgets: models of both.Journal of Gadget Methods, 25, pp.996–1023\n\n"
        "Poe, P. (2016) Widget bubbles, gadget chambers, Widget Quarterly, 80(S1), pp.298-320\n"
    )
    titles = [fn.title for fn in _notes(text)]
    assert titles == [
        "The structure of widget networks",
        "Between widgets and gadgets: models of both",
        "Widget bubbles, gadget chambers",
    ]
    # Near miss: without a bracketed year the comma before a capitalised phrase is the title's own.
    plain = _notes(
        "## References\n\n1. Widget Board, Widget Studies, 43, pp.39-47, https://widgets.example/1\n"
    )
    assert plain[0].title != "Widget Board"


def test_cfr_is_a_citation_signal() -> None:
    text = "Widgets.[1]\n\n.. [1] Cfr.  https://widgets.example/cloud/\n"
    notes = _notes(text, "doc.rst")
    assert notes[0].url == "https://widgets.example/cloud/" and notes[0].title is None
    # Near miss: a title that merely opens with the letters stays a title.
    kept = _notes("Widgets.[1]\n\n.. [1] Cfrance widget guide.  https://widgets.example/cloud/\n", "doc.rst")
    assert kept[0].title is not None


def test_a_numbered_list_of_addresses_under_a_sub_heading_with_leads_and_lettered_numbers() -> None:
    text = (
        "## 15. Sources\n\nAll read on **2026-09-01**.\n\n> **Note:** every link below was read whole.\n\n"
        "### 15.1 Source code\n\n**Widget 18 `core`:**\n"
        "1. https://widgets.example/core/one.py\n   — `alpha`, `beta`\n"
        "2. https://widgets.example/core/two.py\n"
        "2a. https://widgets.example/core/two_b.py\n\n"
        "**GadgetDB:**\n3. https://gadgets.example/sync/index.js\n4. https://gadgets.example/sync/apply.js\n"
    )
    notes = _notes(text)
    assert [fn.label for fn in notes] == ["1", "2", "2a", "3", "4"]
    assert notes[2].url == "https://widgets.example/core/two_b.py"
    assert notes[4].url == "https://gadgets.example/sync/apply.js"
    # Near misses: "3a." before words is no label, and a lead over numbered prose is not split off.
    steps = "## Resources\n\nSome prose.\n\n### Setup\n\n**Steps:**\n4. Install the widget\n5. Wind it\n"
    assert not _notes(steps)
    assert not [fn for fn in _notes("Do this:\n\n1. Install\n3a. Wind the widget\n") if fn.label == "3a"]


def test_spanish_sin_fecha_and_a_volume_after_the_title() -> None:
    text = (
        "## Bibliografía\n\n"
        "Widgetco (S/F). Widget Progression System. Recuperado de https://widgets.example/progression\n\n"
        "Roe, R. (2019). Socio-widget Inspired Gadgets (Vol. 828). Springer.\n"
    )
    titles = [fn.title for fn in _notes(text)]
    assert titles == ["Widget Progression System", "Socio-widget Inspired Gadgets"]
    # Near miss: a bracketed word that is no volume stays ("(Widget edition)" has no number).
    kept = _notes("## References\n\nRoe, R. (2019). Widget Gadgets (Widget Lab). Springer.\n")
    assert kept[0].title == "Widget Gadgets (Widget Lab)"


def test_gbt_camel_case_title_and_type_code() -> None:
    text = (
        "## 参考文献\n\n"
        "1. HEDAM N. eBPF - From a Widget’s Perspective[C/OL]. 2021[2024-05-08]. https://widgets.example/a\n"
        "2. Widget Initiative — CVE-2020-0001: Widget Escalation[EB/OL]. [2024-06-14]. https://widgets.example/b\n"
        "3. ROE R. Gadget Filters[J/OL]. Widget Access, 2022, 10: 1-9. https://widgets.example/c\n"
    )
    titles = [fn.title for fn in _notes(text)]
    assert titles[0] == "eBPF - From a Widget’s Perspective"
    assert titles[1] in (
        "Widget Initiative — CVE-2020-0001: Widget Escalation",
        "CVE-2020-0001: Widget Escalation",
    )
    assert titles[2] == "Gadget Filters"


def test_a_question_runs_on_into_its_subtitle() -> None:
    text = (
        "## References\n\n"
        "Doe, J. (2002) How can widgets prevail? A study based on the gadget agreement model. "
        "Journal of Widget Societies 5(4)1. <http://widgets.example/5/4/1.html>\n\n"
        "Roe, R. (2003) Are widgets fast? Journal of Widget Studies 2(1)3. <http://widgets.example/2/1/3.html>\n"
    )
    titles = [fn.title for fn in _notes(text)]
    assert titles[0] == "How can widgets prevail? A study based on the gadget agreement model"
    # Near miss: a journal in title case after the question is its own field.
    assert titles[1] == "Are widgets fast?"


def test_a_quoted_title_after_the_first_field_closes_at_its_quote() -> None:
    text = (
        "## Sources\n\n"
        '- Institute of Widget Editing, "Suggested widget rates" and competency framing. Useful. https://widgets.example/rates\n'
        '- Widget Library, "Prices and Widgets by Decade" guides: historical widget wages. https://widgets.example/prices\n'
        '- Widget Agency, "Widget Technical Guide" and "Widget Onboarding Guide", Widget Platform. https://widgets.example/guides\n'
    )
    titles = [fn.title for fn in _notes(text)]
    assert titles == ["Suggested widget rates", "Prices and Widgets by Decade", "Widget Technical Guide"]
    # Near miss: a phrase quoted inside a title's sentence, not after a first field, stays in it.
    inner = _notes(
        '## Sources\n\n- The "widget cart" is considered harmful, Widget Lab. https://widgets.example/cart\n'
    )
    assert inner[0].title != "widget cart"


def test_unbalanced_brackets_at_a_titles_end() -> None:
    # The title as a comma split inside its brackets leaves it.
    assert tidy_title("Widget Summaries and Trends (multiple years: 2009") == "Widget Summaries and Trends"
    links = "## Resources\n\n" + "".join(
        f"- [{n} Best Widgets [+ Guide]](https://widgets.example/{n}) via Widget Blog\n" for n in (1, 2, 3)
    )
    assert _notes(links)[0].title == "1 Best Widgets [+ Guide]"
    # Near misses: balanced brackets stay, and so does a bracket opening the title.
    assert tidy_title("Widget Trends (2009–2018)") == "Widget Trends (2009–2018)"
    assert tidy_title("[Widget] Trends [2]") == "[Widget] Trends [2]"
