"""Rules learnt from the studied heldback-13 part of the parse eval (branch p10-hb13tune), by family of
shapes: reStructuredText footnotes and hyperlinks; a works-cited list grouped under sub-headings
inside a ``<details>`` summary; Harvard naming a page's author by the site's host; a sources list
whose items name local copies and filings after a dash; a bold "Issuer — Title"; IEEE typed by hand,
people given names first, no quotes; a DSTU title holding a name with its initials, or after a
corporate heading that names the URL's host; a plain-text list of bulleted lines; a book under an
item's topic label; GOST typed loosely (authors joined by commas, "учебное пособие", ".- " areas,
a glued stop). The entries are shaped like the real ones (fixtures/parse-eval, heldback-13); names
and URLs are invented. Each test pairs the shape with a near miss the rule must leave alone. On main
(cc80179) all 11 tests fail.
"""

from __future__ import annotations

from .conftest import listed_notes
from .conftest import parsed_notes as _notes


def test_rst_footnotes_are_labelled_entries_and_rst_links_give_their_text() -> None:
    text = (
        "Passwords should not expire [#f2]_.\n\n.. rubric:: Footnotes\n\n"
        ".. [#f1] `Set Up Widgets <https://widgets.example/setup>`_\n"
        ".. [#f2] Widget Controls for Effective Defense Version 6.0, Widget Institute, "
        "https://widgets.example/guide [dostęp 16 marca 2016 roku]\n"
        ".. _target: https://widgets.example/target\n"
    )
    notes = _notes(text, "doc.txt")
    assert [(fn.label, fn.title, fn.url) for fn in notes] == [
        ("f1", "Set Up Widgets", "https://widgets.example/setup"),
        ("f2", "Widget Controls for Effective Defense Version 6.0", "https://widgets.example/guide"),
    ]
    assert notes[1].access_date is not None and notes[1].access_date.isoformat() == "2016-03-16"


def test_rst_auto_numbered_footnotes_are_numbered_in_order() -> None:
    text = (
        ".. rubric:: References\n\n"
        ".. [#] https://ecg.example/waves/\n\n"
        ".. [#] J. Doe, R. Roe, Genetic widgets, Widget Genetics 36 (2004) 28–33.\n"
    )
    notes = _notes(text, "doc.txt")
    assert [(fn.label, fn.url) for fn in notes] == [("1", "https://ecg.example/waves/"), ("2", None)]
    assert notes[1].title == "Genetic widgets"


def test_groups_of_a_list_named_by_a_details_summary_stay_one_list() -> None:
    groups = (
        "<details>\n<summary><strong>Works Cited: Widget References</strong></summary>\n\n"
        "### Core References\n\n<ul>\n"
        '  <li>**Widget Class** → <a href="https://docs.example/widget">Widget Class</a></li>\n'
        '  <li>**Gadget API** → <a href="https://docs.example/gadget">Gadget API</a></li>\n</ul>\n\n'
        "### Articles\n\n<ul>\n"
        '  <li>**Balancing Widgets** → <a href="https://papers.example/balance">Paper</a></li>\n'
        '  <li>**Widget Queues** → <a href="https://papers.example/queues">Paper</a></li>\n</ul>\n'
    )
    assert [fn.url for fn in _notes(groups)] == [
        "https://docs.example/widget",
        "https://docs.example/gadget",
        "https://papers.example/balance",
        "https://papers.example/queues",
    ]
    # Near miss: a references heading after prose is the list's own; the next heading ends it.
    own = (
        "Intro paragraph about widgets.\n\n### References\n\n"
        "- [Widget Class](https://docs.example/widget)\n- [Gadget API](https://docs.example/gadget)\n\n"
        "### Installation\n\n- [Download page](https://get.example/download)\n"
    )
    assert [fn.url for fn in listed_notes(own)] == [
        "https://docs.example/widget",
        "https://docs.example/gadget",
    ]


def test_a_www_host_naming_the_author_is_no_url_when_its_page_follows() -> None:
    text = (
        "## References\n\n"
        "[1] www.widgetlab.org. (n.d.). WidgetLab. [online] Available at: "
        "https://www.widgetlab.org/library/items/1. [Accessed 23 April 2023].\n\n"
        "[2] www.widgetlab.org. [Accessed 23 April 2023].\n"
    )
    notes = _notes(text)
    assert (notes[0].title, notes[0].url) == ("WidgetLab", "https://www.widgetlab.org/library/items/1")
    # Near miss: a host alone is still the entry's URL.
    assert notes[1].url == "https://www.widgetlab.org"


def test_items_naming_local_copies_and_filings_after_a_dash() -> None:
    text = (
        "## Fonti consultate\n\n"
        "- Acme Widgets PBC, Form 10-K per l'esercizio chiuso 31/1/2026 — SEC EDGAR, depositato 23/3/2026: "
        "https://filings.example/acme-10k.htm — consultato il 26/8/2026\n"
        "- Acme Widgets PBC, Form 8-K (risultati voto), 10/7/2026 — documento locale `dati/acme/8-K.html`\n"
        "- Acme Widgets PBC, Form S-1 (IPO/SPAC, 2021) — documento locale `dati/acme/S-1.html`\n"
        "- Gadget Inc., Form 10-Q per il trimestre chiuso 30/6/2026 — SEC EDGAR, depositato 6/8/2026: "
        "https://filings.example/gadget-10q.htm\n"
    )
    assert [(fn.label, fn.title) for fn in _notes(text)] == [
        ("1", "Form 10-K per l'esercizio chiuso 31/1/2026"),
        ("2", "Form 8-K (risultati voto)"),
        ("3", "Form S-1 (IPO/SPAC, 2021)"),
        ("4", "Form 10-Q per il trimestre chiuso 30/6/2026"),
    ]
    # Near miss: a title's own dash, followed by neither a date nor a path, stays.
    near = (
        "## Literatura\n\n1. Widgetoo! – dokumentace a nápověda. Dostupné z: https://widgetoo.example/help\n"
    )
    assert _notes(near)[0].title == "Widgetoo! – dokumentace a nápověda"


def test_bold_issuer_before_a_dash_and_the_title_after_it() -> None:
    text = (
        "## Further Reading\n\n"
        "1. **DWHG — The Future Widgets Standard: 2025 Consultation Response** (March 2026). Primary "
        "regulatory source. Available at: https://gov.example/widgets\n\n"
        "2. **HM Widgetry — Approved Document W, Volume 1: Dwellings (2025 edition)**. The amended "
        "statutory guidance. Available at: https://gov.example/approved\n\n"
        "3. **BWE — Widget Model: Assessor Guidance and Conventions**. Supplementary guidance: "
        "https://bwe.example\n\n"
        "4. **The Widget Model — Technical Documentation and Source Code**. Open-source engine. "
        "Available at: https://code.example/widget-model\n\n"
        "5. **Ng-widget — The Complete Guide to Widgets** (2023). Fullstack.example.\n"
    )
    assert [fn.title for fn in _notes(text)] == [
        "The Future Widgets Standard: 2025 Consultation Response",
        "Approved Document W, Volume 1: Dwellings",
        "Widget Model: Assessor Guidance and Conventions",
        # Near misses: an article opens it; a work's own name before the dash.
        "The Widget Model — Technical Documentation and Source Code",
        "Ng-widget — The Complete Guide to Widgets",
    ]


def test_hand_typed_ieee_with_people_given_names_first() -> None:
    text = (
        "## Przypisy\n\n"
        "1. Jane Doe, Time to rethink widget rotation, 2 marca 2016 roku, Widget Commission, widgets.gov, "
        "https://widgets.gov/rethink [dostęp 16 marca 2016 roku]\n"
        "2. Jan Roe, Anna Poe, Identyfikacja widżetów w usługach, Przewodnik Forum Widżetów, Warszawa, 2013, "
        "https://forum.example/przewodnik.pdf [dostęp 23 grudnia 2016 roku]\n"
        "3. Ann Doe, P. C. van Widget, Quantifying the widget advantage, Designs, Codes and Widgets, 2015, "
        "Volume: 77, 401-4\n"
        "4. John Widget, How Acme securely stores your widgets, Acme Tech blog, https://blog.acme.example/w\n"
    )
    assert [fn.title for fn in _notes(text)] == [
        "Time to rethink widget rotation",
        "Identyfikacja widżetów w usługach",
        "Quantifying the widget advantage",
        "How Acme securely stores your widgets",
    ]
    # Near miss: a place and a publisher after the title still give the publisher.
    near = _notes("## Note\n\n1. David Widget, Widgets - La guida, Milano, Apogeo, 2000, p.1.\n")[0]
    assert (near.title, near.publisher) == ("Widgets - La guida", "Apogeo")


def test_dstu_names_in_brackets_and_headings_that_name_the_host() -> None:
    text = (
        "## Список літератури\n\n"
        "1. Object Widget Group. Unified Widget Language (UWL) Version 2.5.1 : OWG Standard. "
        "URL: https://owg.example/spec/UWL (дата звернення: 24.03.2026).\n"
        "2. Acmedb. Data Modeling Documentation. URL: https://www.acmedb.example/docs/model "
        "(дата звернення: 24.03.2026).\n"
        "3. Widget.js Documentation. URL: https://widget.example/intro/ (дата звернення: 24.03.2026).\n"
    )
    titles = [fn.title for fn in _notes(text)]
    assert titles[0] is not None and titles[0].startswith("Unified Widget Language (UWL) Version 2.5.1")
    assert titles[1:] == ["Data Modeling Documentation", "Widget.js Documentation"]
    # Near miss: an organisation named with its initials opens the entry: the title after its colon.
    near = (
        "## Sources\n\n1. World Widget Organization (WWO): Widget report 2024. https://wwo.example/report\n"
    )
    assert _notes(near)[0].title == "Widget report 2024"


def test_a_plain_text_list_of_bulleted_lines_is_a_list() -> None:
    text = (
        "== Bilder-Quellen\n\n"
        "- Minecraft: #text(size: 0.7em, [eigener Screenshot])\n"
        "- Noise: #text(size: 0.7em, [https://images.example/noise.png])\n"
        "- Blender: #text(size: 0.7em, [https://images.example/clouds.jpg])\n"
        "- Houdini: #text(size: 0.7em, [https://images.example/houdini.jpg])\n"
        "Zugegriffen am: 7.9.2026 19 Uhr\n"
    )
    notes = _notes(text, "slides.txt")
    assert [(fn.label, fn.url) for fn in notes] == [
        ("1", None),
        ("2", "https://images.example/noise.png"),
        ("3", "https://images.example/clouds.jpg"),
        ("4", "https://images.example/houdini.jpg"),
    ]
    # Near miss: bulleted lines that mostly cite nothing are no source list.
    near = "== Quellen\n\n- eigene Fotos\n- eigene Skizzen\n- Notizen aus der Vorlesung\n- https://images.example/a.png\n"
    assert len(_notes(near, "slides.txt")) <= 1


def test_a_book_under_an_items_topic_label() -> None:
    text = (
        "### Works cited\n\n<ul>\n"
        "  <li>🔗 **Widget Balancing Theory**  \n    <br> 📖 *Distributed Widgets: Principles and Paradigms*, "
        "Elsevier, **3rd Edition, 2017**.\n  </li>\n"
        '  <li>📡 **Widget Monitoring**  \n    <br> 📌 <a href="https://widgets.example/monitor">Monitoring</a>\n'
        "  </li>\n</ul>\n"
    )
    assert _notes(text)[0].title == "Distributed Widgets: Principles and Paradigms"
    # Near miss: ABNT's article then its emphasised journal with a volume.
    near = "## Referências\n\n1. SILVA, J. **Widgets no Brasil**. *Revista Widget*, v. 26, n. 3, 2019.\n"
    assert _notes(near)[0].title == "Widgets no Brasil"


def test_gost_typed_loosely() -> None:
    text = (
        "Список литературы\n\n"
        "1. Widgetova, N.N., Gadgetova, E.N. Методы виджетных исследований: учебное пособие/ N.N. "
        "Widgetova, E. N. Gadgetova; Тюм. гос. ун-т. - Тюмень: Изд-во ТюмГУ, 2014. - 379 с.\n"
        "2. An introduction to Widget research methods Dr. Sue Widget, Dr. Joe Gadget.- 2nd. ed.- "
        "Widgetbook. com., 2015.- 137 p.\n"
        "3. Robert, K.Roe.Case Widget Research [Текст]: Design and Methods / K.Roe Robert.- USA: Sage, "
        "2014.- 282 с.\n"
        "4. Новиков, А.М. Методология виджетов [Текст] : учебное пособие / А.М. Новиков. — М.: Наука, "
        "2013. — 270 с.\n"
    )
    assert [fn.title for fn in _notes(text, "syllabus.txt")] == [
        "Методы виджетных исследований",
        "An introduction to Widget research methods",
        "Case Widget Research",
        "Методология виджетов",
    ]
