"""Rules learnt from the spent heldback-3 part of the parse eval (branch p10-tune): source lists under
sub-headings, tables of sources, URLs without a scheme, DIN 1505, Vancouver and GOST entries without
a URL, Markdown attribute lists. The entries here are shaped like the real ones (the public documents
are in fixtures/parse-eval, heldback-3); the names and URLs are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from citecheck.models import Footnote
from citecheck.parse import parse_bytes
from citecheck.parse.entries import parse_entry
from citecheck.parse.urls import find_urls, normalise_url

TODAY = dt.date(2026, 12, 1)


def _notes(text: str, name: str = "doc.md") -> list[Footnote]:
    return parse_bytes(text.encode(), path=name, today=TODAY).footnotes


def _fields(notes: list[Footnote]) -> list[tuple[str, str | None, str | None]]:
    return [(fn.label, fn.title, fn.url) for fn in notes]


def test_link_list_under_sub_headings_is_one_source_list() -> None:
    text = (
        "## Works cited & resources\n\nSome items warrant explicit recognition:\n\n### Tutorials\n"
        "* [Free course for beginners](http://video.example/list) by [acme.example](http://acme.example)\n"
        '\n### Papers\n* ["YIN, a frequency estimator", by A. Doe & B. Roe, 2002](http://papers.example/yin.pdf)\n'
        "\n## Licence\n\n* [MIT](https://opensource.example/mit)\n"
    )
    # A heading of the same level ends the list: the licence link is no source (a link of the text).
    assert _fields([fn for fn in _notes(text) if fn.kind != "inline"]) == [
        ("1", "Free course for beginners", "http://video.example/list"),
        ("2", "YIN, a frequency estimator", "http://papers.example/yin.pdf"),
    ]


def test_list_item_among_entries_keeps_the_numbering() -> None:
    text = (
        "## Ressources\n\n- Informatique et linguistique de J. Dupont\n"
        "- [Introduction au TAL](http://tal.example/intro) de I. Martin\n- [Regex](http://regex.example/)\n"
    )
    assert [(fn.label, fn.url) for fn in _notes(text)] == [
        ("1", None),
        ("2", "http://tal.example/intro"),
        ("3", "http://regex.example/"),
    ]


def test_attribute_lists_and_div_fences_are_markup() -> None:
    text = (
        '# Referensi{.unnumbered}\n\n1. [blog.example/a/b](https://blog.example/a/b){:target="_blank"}\n'
        "<br>Diakses tanggal: 2020/09/13\n\n::: {#refs}\n:::\n"
    )
    (note,) = _notes(text)
    # (The link's text is its own address without the scheme: no title, as a link whose text is the URL;
    # branch s39-hb34, heldback-p34hunt4's Indonesian Jekyll post, whose truth gives that entry none.)
    assert note.title is None and note.access_date == dt.date(2020, 9, 13)


def test_numbered_run_with_labels_alone_or_glued() -> None:
    # Pandoc's rendering of a LaTeX bibliography (a Russian lab report): "1." alone on its line, "3.Name".
    text = (
        "# Список литературы\n1.\nGNU Manual [Электронный ресурс]. Acme Foundation, 2016.\n"
        "URL: https://www.gnu.example/manual/.\n2.\nNewham C. Learning the Shell: Unix Programming. Acme Media,\n"
        "2005. 354 с.\n3.Zarrelli G. Mastering Shells. Packt Publishing, 2017. 502 с.\n"
        "4.Таненбаум Э., Бос Х. Современные операционные системы. 4-е изд. СПб.:\nПитер, 2015. 1120 с.\n"
    )
    assert [(fn.label, fn.title) for fn in _notes(text)] == [
        ("1", "GNU Manual"),
        ("2", "Learning the Shell: Unix Programming"),
        ("3", "Mastering Shells"),
        ("4", "Современные операционные системы"),
    ]


def test_a_list_not_starting_at_one_does_not_interrupt_a_paragraph() -> None:
    notes = _notes(
        "References\n\n1. Doe J. A book. Acme Media,\n2005. 354 p.\n2. Roe R. Another. Acme, 2006. 12 p.\n"
    )
    assert [fn.label for fn in notes] == ["1", "2"]


@pytest.mark.parametrize(
    ("entry", "title"),
    [
        # Vancouver with the year after the authors, no URL (an iGEM team's bibliography).
        (
            "Huang PJ, Liu J. 2016. A light-up biosensor using a new DNAzyme. Analytical Chemistry. 88:3341-3347.",
            "A light-up biosensor using a new DNAzyme",
        ),
        (
            "Tang RH, Yang H, Xu F.  2016.  Advances in paper-based sample pretreatment.  Critical Reviews. 1-18.",
            "Advances in paper-based sample pretreatment",
        ),
        (
            "Su J, Chai Y. 2013. Detection of copper(II) by a glucometer. Biosensors. 45:219-222.",
            "Detection of copper(II) by a glucometer",
        ),
        # DIN 1505 (a German seminar paper): "Surname, Given ; …: Title. Place : Publisher, Year".
        (
            "Küsters, Ralf ; Wilke, Thomas: Moderne Kryptographie : Eine Einführung. 1. Aufl. Wiesbaden : Vieweg, 2011",
            "Moderne Kryptographie : Eine Einführung",
        ),
        # "Title — URL" without a scheme (a Turkish legal memo's primary sources).
        (
            "Sale of Goods Act 1979, s.3 — legislation.example.gov/ukpga/1979/54/section/3",
            "Sale of Goods Act 1979, s.3",
        ),
        (
            "Regulation (EU) 2016/679 (GDPR) — eur-lex.example.eu/TXT/?uri=CELEX:32016R0679",
            "Regulation (EU) 2016/679 (GDPR)",
        ),
        # A name alone before an emphasised title (a Polish thesis).
        (
            "MDN Web Docs. *Cookies and headers*. Mozilla. Online: https://dev.example/cookies [Dostęp: 2026-01-28].",
            "Cookies and headers",
        ),
        # A retrieval phrase before a link whose target is no URL.
        ("BlueHost. Recuperado de [enlace](Bluehost.com)", "BlueHost"),
    ],
)
def test_titles_of_entries_by_their_structure(entry: str, title: str) -> None:
    notes = _notes(f"References\n\n1. {entry}\n")
    assert notes[0].title == title


def test_din_1505_key_labels() -> None:
    text = (
        "## Literaturverzeichnis\n\n"
        '<a name="ref_baum14">[BAUM14]</a>: Baumann, Ulrike ; Franz, Elke: Kryptographische Systeme. '
        "Berlin : Springer, 2014\n\n"
        '<a name="ref_stop18">[STOP18]</a>: Stobitzer, Christian: Symmetrische Verfahren. Karlsruhe. '
        "URL: http://krypto.example/sym.html (abgerufen am 27.04.2018)\n"
    )
    notes = _notes(text)
    assert [(fn.label, fn.title, fn.publisher) for fn in notes] == [
        ("BAUM14", "Kryptographische Systeme", "Springer"),
        ("STOP18", "Symmetrische Verfahren", None),  # a place alone names no publisher
    ]
    assert notes[1].access_date == dt.date(2018, 4, 27)
    # Without the colon a bracketed word is no key ("**[RFC5234]** Crocker, D. …" in a list).
    assert (
        _notes("References\n\n- **[RFC5234]** Crocker, D. *ABNF* [online]. https://rfc.example/5234\n")[
            0
        ].label
        == "1"
    )


def test_urls_without_a_scheme() -> None:
    assert [
        u
        for u, _, _ in find_urls(
            "Act — legislation.example.gov/ukpga/1/2 and ecfr.gov (API)", schemeless=True
        )
    ] == [
        "legislation.example.gov/ukpga/1/2",
        "ecfr.gov",
    ]
    assert normalise_url("ecfr.gov") == "https://ecfr.gov"
    # File names, versions and abbreviations are no URLs; nor is a site name where the entry links.
    for text in ("See README.md and Node.js, e.g. config.yaml", "src/lib/imc.ts", "mail bob@acme.org"):
        assert find_urls(text, schemeless=True) == []
    fields = parse_entry("Doe, J. Title. osnews.com. https://www.osnews.example/story/1")
    assert fields.urls == ["https://www.osnews.example/story/1"]


def test_markdown_table_of_sources() -> None:
    text = (
        "## 証拠\n\n| 年月日 | 資料 | 種別 | 閲覧日 |\n|---|---|---|---|\n"
        "| 1992-06-25 | [“Re: HTML DTD”](../raw/0063.html)（[公開元](https://lists.example/0063.html)） | mail | 2026-08-10 |\n"
        "| 1993-06 | [*Hypertext Markup*](../raw/html-00.txt)（[公開元](https://ietf.example/html-00)） | draft | 2026-08-09 |\n"
        "\n| # | Title | Link | Accessed |\n|---|---|---|---|\n"
        "| 1 | Water tariffs in practice | [link](https://acme.example/t) | 3 March 2024 |\n"
    )
    assert [(fn.label, fn.title, fn.url, fn.access_date, fn.publisher) for fn in _notes(text)] == [
        ("1", "Re: HTML DTD", "https://lists.example/0063.html", dt.date(2026, 8, 10), None),
        ("2", "Hypertext Markup", "https://ietf.example/html-00", dt.date(2026, 8, 9), None),
        ("3", "Water tariffs in practice", "https://acme.example/t", dt.date(2024, 3, 3), None),
    ]
    # Another table is no source list.
    assert (
        _notes("| Option | Default |\n|---|---|\n| `--x` | [docs](https://docs.example/x) |\n")[0].kind
        == "inline"
    )


def test_html_table_of_sources() -> None:
    page = (
        "<html><body><h1>Report</h1><p>Text.</p><table><tr><th>#</th><th>Title</th><th>Link</th>"
        "<th>Accessed</th></tr><tr><td>1</td><td>Water tariffs</td>"
        '<td><a href="https://acme.example/t">link</a></td><td>3 March 2024</td></tr></table></body></html>'
    )
    (note,) = _notes(page, "page.html")
    assert (note.title, note.url, note.access_date) == (
        "Water tariffs",
        "https://acme.example/t",
        dt.date(2024, 3, 3),
    )


@pytest.mark.parametrize(
    "entry",
    [
        '["Epoch Extraction", by K. Murty & B. Yegna, 2008](http://papers.example/epoch.pdf)',
        "[Speech Processing](https://slp.example/), Dan Jurafsky and James H. Martin, 2018",
        'Doe, J. (2019). "Survey of Graphs". arXiv : 1806.01799 [cs.DS]. https://arxiv.example/abs/1806.01799',
        "*Einschätzungen zur Planung*, [Bonn] [2019], S.4, <dfg.example/x.pdf>(eingesehen am 04.12.2019).",
    ],
)
def test_authors_identifiers_and_supplied_places_are_no_publisher(entry: str) -> None:
    assert _notes(f"References\n\n1. {entry}\n")[0].publisher is None


def test_dutch_access_date() -> None:
    (note,) = _notes(
        "Bronnen\n\n1. Acme Instituut (2023). Watertarieven. Geraadpleegd op 3 maart 2024, van https://acme.example/t\n"
    )
    assert note.access_date == dt.date(2024, 3, 3)


def test_a_date_left_in_any_language_is_no_publisher() -> None:
    # "Planview Newsroom — *Title*, 18 februari 2025 — URL" (a Dutch vendor profile): the year goes
    # with the date rules, "18 februari" is no publisher; dateparser's locale data knows the month.
    (note,) = _notes(
        "Bronnen\n\n1. Acme Newsroom — *Acme acquires Beta*, 18 februari 2025 — https://news.acme.example/a\n"
    )
    assert note.title == "Acme acquires Beta" and note.publisher != "18 februari"


def test_fields_set_apart_by_dashes_up_to_the_url() -> None:
    (note,) = _notes("## Sources\n\n- Why water costs more - Daily News - https://news.example/w\n")
    assert (note.title, note.publisher) == ("Why water costs more", "Daily News")


def test_a_table_with_only_a_link_column_is_no_source_list() -> None:
    notes = _notes(
        "# Tools\n\nText.\n\n| Name | Description | Link |\n|---|---|---|\n| A | a tool | [repo](https://git.example/a) |\n"
    )
    assert [fn.kind for fn in notes] == ["inline"]


def test_en_dashed_fields_and_din_corporate_authors() -> None:
    notes = _notes(
        "Sources:\nWater tariffs in practice – Acme Institute – www.acme.example/t (accessed 3 March 2024)\n"
        "Tariff tables – Beta Foundation – beta.example.org/tables (accessed 4 March 2024)\n",
        "notes.txt",
    )
    assert [(fn.title, fn.publisher, fn.url) for fn in notes] == [
        ("Water tariffs in practice", "Acme Institute", "https://www.acme.example/t"),
        ("Tariff tables", "Beta Foundation", "https://beta.example.org/tables"),
    ]
    (din,) = _notes(
        "Literatur\n\n[1] ACME INSTITUT: Tarife im Überblick. URL https://acme.example/u. – Abgerufen am 04.03.2024\n"
    )
    assert (din.title, din.publisher) == ("Tarife im Überblick", None)  # "URL" is no publisher
    # A title in capitals before its subtitle keeps them: "HTML: The Definitive Guide".
    (book,) = _notes("References\n\n1. HTML: The Definitive Guide. O'Reilly, 2002. 680 p.\n")
    assert book.title == "HTML: The Definitive Guide"
