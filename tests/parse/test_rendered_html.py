"""Rules found by benchmarks/parse_html.py: the parse eval's Markdown rendered to HTML (markdown-it,
gfm-like + footnotes) must read as the Markdown does. Each rule: a test and a near miss."""

from __future__ import annotations

from citecheck.models import Document
from citecheck.parse import parse_text
from citecheck.parse.html import read_html

from .conftest import TODAY


def _parse_html(body: str) -> Document:
    page = f"<!DOCTYPE html><html><body><article>\n{body}\n</article></body></html>\n"
    return parse_text(page, path="page.html", fmt="html", today=TODAY)


def _notes(doc: Document) -> dict[str, tuple[str | None, str | None]]:
    return {fn.label: (fn.title, fn.url) for fn in doc.footnotes}


_ITEMS = [
    "Booch, G. Object-oriented analysis and design with applications / G. Booch. — Boston : Addison-Wesley, 2007. — 720 p.",
    "Fowler, M. Refactoring. Improving the design of existing code / M. Fowler. — Boston : Addison-Wesley, 2018. — 448 p.",
    "Django Software Foundation. Django documentation [Electronic resource]. — URL: https://docs.djangoproject.com/en/5.0/ (accessed: 15.01.2025).",
]


def _loose(start: str = "") -> str:
    items = "".join(f"<li>\n<p>{item}</p>\n</li>\n" for item in _ITEMS)
    return f"<h2>References</h2>\n<ol{start}>\n{items}</ol>"


def test_loose_ordered_list_items_keep_their_numbers() -> None:
    # "<li><p>…</p></li>" (a loose Markdown list rendered): the entries without an address are
    # items numbered as the browser shows them, so the third is "3", not "1".
    notes = _notes(_parse_html(_loose()))
    assert notes["1"][0] == "Object-oriented analysis and design with applications"
    assert notes["3"] == ("Django documentation", "https://docs.djangoproject.com/en/5.0/")


def test_ordered_list_start_attribute_numbers_the_items() -> None:
    notes = _notes(_parse_html(_loose(' start="7"')))
    assert notes["9"][1] == "https://docs.djangoproject.com/en/5.0/"
    assert "1" not in notes


def test_near_miss_unordered_list_items_get_no_number() -> None:
    # Bullets show no number: the unordered list's items are not numbered by the rule.
    body = _loose().replace("<ol>", "<ul>").replace("</ol>", "</ul>")
    blocks = read_html(f"<html><body><article>{body}</article></body></html>").blocks
    assert all(block.list_number is None for block in blocks)


def test_near_miss_second_paragraph_of_an_item_is_not_the_item() -> None:
    body = (
        "<ol>\n<li>\n<p>Doe, J. A study. 2020.</p>\n<ul><li>Chapter 2</li></ul>\n"
        "<p>An annotation of the work.</p>\n</li>\n</ol>"
    )
    blocks = read_html(f"<html><body><article>{body}</article></body></html>").blocks
    texts = {block.text: (block.item, block.list_number) for block in blocks}
    assert texts["Doe, J. A study. 2020."] == (True, "1")
    assert texts["An annotation of the work."] == (False, None)


_BROKEN = (
    "<h2>Fontes citadas</h2>\n<p>1. UN Climate Change Conference - Belém, November 2025 | UNFCCC, "
    '<a href="https://unfccc.int/cop30">https://unfccc.int/cop30</a><br />\n'
    "2. Glaring Omission of Just Transition Away from Fossil Fuels in New COP30 Text | UCS, "
    '<a href="https://www.ucs.org/about/news/cop30-text">https://www.ucs.org/about/news/cop30-text</a><br />\n'
    "3. UNFCCC, "
    '<a href="https://unfccc.int/">https://unfccc.int/</a></p>'
)


def test_br_separates_entries_kept_in_one_paragraph() -> None:
    # A Markdown source's hard-broken lines ("…cop30)  ⏎2. …") rendered: one <p>, a <br> a line.
    notes = _notes(_parse_html(_BROKEN))
    assert notes["1"][1] == "https://unfccc.int/cop30"
    assert notes["2"][1] == "https://www.ucs.org/about/news/cop30-text"
    assert notes["3"][1] == "https://unfccc.int/"


def test_br_is_a_new_line_of_the_block() -> None:
    blocks = read_html(
        "<html><body><p>First line, <br>\nsecond line.</p><pre>a<br>b</pre></body></html>"
    ).blocks
    assert blocks[0].text == "First line,\nsecond line."


def test_near_miss_br_at_block_start_or_twice_adds_no_line() -> None:
    blocks = read_html("<html><body><p><br>Text one.<br><br>Text two.</p></body></html>").blocks
    assert [block.text for block in blocks] == ["Text one.", "Text two."]


_TABLE = (
    "<table>\n<thead>\n<tr><th>Nombre en las citas</th><th>Repositorio</th><th>Commit</th></tr>\n</thead>\n"
    "<tbody>\n"
    "<tr><td><code>gentle-shell</code></td><td><code>Gentleman-Programming/gentle-shell</code></td>"
    "<td><code>5ab4a00</code></td></tr>\n"
    "<tr><td><code>gentle-ai</code></td><td><code>Gentleman-Programming/gentle-ai</code></td>"
    "<td><code>77c1d2e</code></td></tr>\n"
    "</tbody>\n</table>"
)


def test_table_under_a_notes_heading_is_a_table_of_sources() -> None:
    # As the Markdown reader reads it: any table under "## Fuentes" is one of sources, a row each.
    blocks = read_html(f"<html><body><article><h2>Fuentes</h2>\n{_TABLE}</article></body></html>").blocks
    rows = [block for block in blocks if block.source_row]
    assert len(rows) == 2
    assert all(block.headed_row for block in rows)


def test_near_miss_table_under_another_heading_is_not() -> None:
    html = f"<html><body><article><h2>Instalación</h2>\n{_TABLE}</article></body></html>"
    assert not any(block.source_row for block in read_html(html).blocks)
    # A deeper heading under a notes heading keeps it; a heading of the same level ends it.
    nested = f"<html><body><h2>Fuentes</h2><h3>Repositorios</h3>{_TABLE}<h2>Uso</h2>{_TABLE}</body></html>"
    assert [block.headed_row for block in read_html(nested).blocks if block.source_row] == [True, True]


def test_item_of_paragraphs_is_one_block() -> None:
    body = (
        "<ol>\n<li>\n<p>Swartz, A. Markdown (http://www.aaronsw.com/weblog/00118</p>\n"
        "<p>9). 2018年12月12日閲覧。</p>\n</li>\n<li>\n<p>Gruber, J. Markdown 1.0.1.</p>\n</li>\n</ol>"
    )
    blocks = read_html(f"<html><body><article>{body}</article></body></html>").blocks
    assert [(block.text, block.list_number) for block in blocks] == [
        ("Swartz, A. Markdown (http://www.aaronsw.com/weblog/00118\n9). 2018年12月12日閲覧。 ", "1"),
        ("Gruber, J. Markdown 1.0.1.", "2"),
    ]


def test_near_miss_item_holding_a_list_keeps_its_blocks() -> None:
    body = "<ul>\n<li>\n<p>Tools</p>\n<ul><li>One</li><li>Two</li></ul>\n<p>More.</p>\n</li>\n</ul>"
    blocks = read_html(f"<html><body><article>{body}</article></body></html>").blocks
    assert [block.text for block in blocks] == ["Tools", "One", "Two", "More."]


def _run_in(tag: str) -> str:
    entries = " ".join(
        f"{n}. Study number {n} of trading systems - arXiv, "
        f'<a href="https://arxiv.org/abs/25{n:02d}.0001">https://arxiv.org/abs/25{n:02d}.0001</a>'
        for n in range(2, 5)
    )
    first = (
        "Neural Network-Based Algorithmic Trading Systems: Multi-Timeframe Analysis - arXiv, "
        + '<a href="https://arxiv.org/abs/2501.0001">https://arxiv.org/abs/2501.0001</a>'
    )
    return f"<h2>Works cited</h2>\n<{tag}>\n<li>{first} {entries}</li>\n</{tag}>"


def test_run_in_list_in_an_ordered_item_splits_from_its_number() -> None:
    # "1. … https://… 2. … https://… 3. …" pasted on one line, rendered as one "<ol>" item: the
    # browser's "1." opens the sequence the Markdown reader reads from the text's own "1.".
    notes = _notes(_parse_html(_run_in("ol")))
    assert [notes[str(n)][1] for n in range(1, 5)] == [
        f"https://arxiv.org/abs/25{n:02d}.0001" for n in range(1, 5)
    ]


def test_near_miss_run_in_under_a_bullet_has_no_number_to_start_from() -> None:
    notes = _notes(_parse_html(_run_in("ul")))
    assert "4" not in notes or notes["4"][1] != "https://arxiv.org/abs/2504.0001"


def test_heading_in_a_list_item_is_written_as_markdown_writes_it() -> None:
    from citecheck.parse.assemble import _block_lines

    body = (
        '<h3>Picks:</h3>\n<ul>\n<li>\n<h4>Bailey - <a href="https://undark.org/a">Bullet Proof</a></h4>\n'
        "</li>\n</ul>"
    )
    lines, _ = _block_lines(read_html(f"<html><body><article>{body}</article></body></html>").blocks)
    assert [line for line in lines if line] == [
        "### Picks:",
        "- #### Bailey - [Bullet Proof](https://undark.org/a)",
    ]


def test_near_miss_heading_outside_a_list_gets_no_bullet() -> None:
    from citecheck.parse.assemble import _block_lines

    body = '<h4>Bailey - <a href="https://undark.org/a">Bullet Proof</a></h4>\n<ol><li>[3] Doe, J. A study.</li></ol>'
    lines, _ = _block_lines(read_html(f"<html><body><article>{body}</article></body></html>").blocks)
    assert [line for line in lines if line] == [
        "#### Bailey - [Bullet Proof](https://undark.org/a)",
        "[3] Doe, J. A study.",
    ]


_LEDGER_ROWS = [
    ("W1", "https://example.org/polar/crop-suitability", "Xu et al., 2026, Earth and Environment"),
    ("W2", "https://example.org/news/arctic-expedition", "Arctic expedition projects, 2024"),
    ("W3", "https://example.org/data/ocean-reanalysis", "Arctic Ocean physics reanalysis"),
]


def _ledger(header: str, keys: list[str], heading: str = "Sources") -> str:
    rows = "".join(
        f'<tr><td>{key}</td><td><a href="{url}">{title}</a>: what it supports here.{more}</td></tr>\n'
        for key, (_, url, title), more in zip(
            keys,
            _LEDGER_ROWS,
            ["", "", f' And <a href="{_LEDGER_ROWS[2][1]}/v2">its release</a>.'],
            strict=True,
        )
    )
    return (
        f"<h2>{heading}</h2>\n<table>\n<thead><tr><th>{header}</th><th>Primary work and its use here</th></tr>"
        f"</thead>\n<tbody>\n{rows}</tbody>\n</table>"
    )


def test_table_under_notes_heading_keyed_by_its_first_column() -> None:
    # "| Kod | Birincil kaynak … |" over "| W1 | [Xu vd., …](…): … |" (rows with two links are no
    # linked-works table): each row an entry under its key, as the Markdown reader reads the rows.
    notes = _notes(_parse_html(_ledger("Code", ["W1", "W2", "W3"])))
    assert notes["W1"] == (
        "Xu et al., 2026, Earth and Environment",
        "https://example.org/polar/crop-suitability",
    )
    assert notes["W2"][1] == "https://example.org/news/arctic-expedition"
    # The row with two links is one entry, not split into a running-text link "L1".
    assert notes["W3"][0] == "Arctic Ocean physics reanalysis" and "L1" not in notes


def test_near_miss_first_column_of_years_keys_no_rows() -> None:
    # A column of years repeating a value is data, not keys: no row is read under it.
    notes = _notes(_parse_html(_ledger("Year", ["2024", "2024", "2025"])))
    assert not {"2024", "2025", "W1"} & set(notes)


_RECORD = (
    "<h2>CV0{n} — {title}</h2>\n<p><strong>Authors:</strong> UK Cabinet Office.\n"
    "<strong>Publication/version:</strong> May 2021.\n"
    '<strong>Source:</strong> <a href="https://example.gov.uk/guidance-{n}.pdf">{title}</a>\n'
    "<strong>Inspected:</strong> Selected sections; not every figure reviewed.{sep}"
    "<strong>Limit:</strong> Not a claim of endorsement.</p>"
)


def _register(sep: str) -> str:
    titles = ["Should Cost Modelling Guidance Note", "Technical Build Guidance", "Cost Estimating Guide"]
    records = "\n".join(_RECORD.format(n=n, title=t, sep=sep) for n, t in enumerate(titles, 1))
    return f"<h1>Public sources and inspection limits</h1>\n{records}"


def test_record_fields_one_a_line_in_one_paragraph() -> None:
    # Markdown's record lines ("**Authors:** …⏎**Source:** [Title](…)⏎…") rendered without breaks:
    # each bold field label opening a line of the source is a line of the block.
    notes = _notes(_parse_html(_register("\n")))
    assert notes["CV01"] == ("Should Cost Modelling Guidance Note", "https://example.gov.uk/guidance-1.pdf")
    assert notes["CV03"][1] == "https://example.gov.uk/guidance-3.pdf"


def test_near_miss_bold_label_within_a_line_stays_in_it() -> None:
    from lxml import html as lxml_html

    from citecheck.parse.html import _record_field

    paragraph = lxml_html.fromstring(
        "<p>As the guide says, <strong>Note:</strong> estimates vary; <strong>Limit:</strong> none.</p>"
    )
    assert not any(_record_field(child) for child in paragraph)
    lined = lxml_html.fromstring("<p>Intro.\n<strong>Note:</strong> estimates vary.</p>")
    assert not any(_record_field(child) for child in lined)


_SPANNED = [
    (
        "AVRA16",
        "Avram, Abel ; InfoQ, 25.06.2016: FaaS, PaaS, and the Benefits of Serverless Architecture",
        "https://www.infoq.com/news/2016/06/faas-serverless-architecture",
    ),
    ("AWS18a", "Amazon AWS: AWS Free Tier", "https://aws.amazon.com/free/"),
    ("KERS18", "Kersten, Nils: Sharding Strategies for Tenants", "https://example.org/sharding"),
]


def _spanned_table(span: str) -> str:
    rows = "".join(
        f'<tr><td{span}><a name="ref_{key.lower()}">[{key}]</a></td><td>{text}</td></tr>\n'
        f"<tr><td>URL: <a>{url}</a> (abgerufen am 27.06.2018)</td></tr>\n"
        for key, text, url in _SPANNED
    )
    return f"<h2>Literaturverzeichnis</h2>\n<table>\n{rows}</table>"


def test_key_cell_spanning_rows_makes_them_one_entry() -> None:
    # "<td rowspan="2">[AVRA16]</td>" beside the title's row and the URL's row under it: one entry
    # under the key, its fields a line each, as the Markdown reader keeps the raw-HTML rows.
    doc = _parse_html(_spanned_table(' rowspan="2"'))
    notes = {fn.label: fn for fn in doc.footnotes}
    assert notes["AVRA16"].url == "https://www.infoq.com/news/2016/06/faas-serverless-architecture"
    assert notes["AWS18a"].url == "https://aws.amazon.com/free/"


def test_near_miss_rows_without_a_span_stay_apart() -> None:
    # The same rows without "rowspan": the browser shows the URL rows under no key, and no row
    # is joined to the one above it.
    from citecheck.parse.html import read_html

    blocks = read_html(f"<html><body>{_spanned_table('')}</body></html>").blocks
    assert not any(block.spanned_row for block in blocks)
    assert not any("[AVRA16]" in block.text and "URL:" in block.text for block in blocks)


_TOPIC_ITEMS = [
    (
        "Turing, A. M. (1950). <em>Computing Machinery and Intelligence</em>. ",
        "https://doi.org/10.1093/mind/LIX.236.433",
    ),
    ("Rosenblatt, F. (1958). <em>The Perceptron</em>. ", "https://doi.org/10.1037/h0042519"),
    ("Vaswani et al. (2017). <em>Attention Is All You Need</em>. ", "https://arxiv.org/abs/1706.03762"),
]


def _topic_items() -> str:
    return "".join(f'<li>{text}<a href="{url}">{url[8:]}</a></li>\n' for text, url in _TOPIC_ITEMS)


def test_bold_topic_over_nested_items_is_no_note() -> None:
    # "1. **Papiers fondateurs :**" over nested "   - Turing … [DOI](…)" rendered: markdown-it writes
    # the nested "<li>" flush left, its nesting only in the markup; the topic's number is no note's.
    topics = "".join(
        f"<li><strong>{topic} :</strong>\n<ul>\n{_topic_items()}</ul>\n</li>\n"
        for topic in ("Papiers fondateurs", "Textes juridiques")
    )
    notes = _notes(_parse_html(f"<h2>Bibliographie</h2>\n<ol>\n{topics}</ol>"))
    assert notes["1"] == ("Computing Machinery and Intelligence", "https://doi.org/10.1093/mind/LIX.236.433")
    assert len(notes) == 6 and notes["6"][0] == "Attention Is All You Need"


def test_near_miss_bold_item_over_a_list_beside_it_stays_a_note() -> None:
    # The same bold line with the items in a list after it, not nested in it: an entry of its own.
    page = f"<h2>Bibliographie</h2>\n<ol>\n<li><strong>Papiers fondateurs :</strong></li>\n</ol>\n<ul>\n{_topic_items()}</ul>"
    notes = _notes(_parse_html(page))
    assert notes["1"][0] == "Papiers fondateurs"
    assert notes["2"][0] == "Computing Machinery and Intelligence"


_KEYED = [
    (
        "BSICS052",
        "Mobile Device Management BSI-CS 052",
        "BSI, Version 1.00, 03.2013",
        "https://example.de/dl/BSI-CS_052.pdf",
    ),
    (
        "BYOD",
        "Überblickspapier Consumerisation und BYOD",
        "BSI, Version 1.2, 07.2013",
        "https://example.de/dl/BYOD.pdf",
    ),
    ("CC", "Evaluation criteria for IT security, Version 3.1", "ISO 15408", "https://example.org/cc"),
]


def _keyed_headings(in_items: bool) -> str:
    body = "".join(
        (
            f"<ul>\n<li>\n<h4>[{key}] {title}</h4>\n</li>\n</ul>\n"
            if in_items
            else f"<h4>[{key}] {title}</h4>\n"
        )
        + f'<p>{details}<br />\n<a href="{url}">{url}</a></p>\n'
        for key, title, details, url in _KEYED
    )
    return f"<h3>3.2 Literatur</h3>\n<p>Weiterführende Informationen in folgenden Veröffentlichungen:</p>\n{body}"


def test_keyed_heading_in_a_list_item_is_the_entry() -> None:
    # "* #### [BSICS052] Title" over "BSI, Version 1.00⏎https://…" rendered: the heading is the
    # item's paragraph, keyed, the details under it its entry's.
    notes = _notes(_parse_html(_keyed_headings(in_items=True)))
    assert notes["BSICS052"] == (
        "Mobile Device Management BSI-CS 052",
        "https://example.de/dl/BSI-CS_052.pdf",
    )
    assert notes["CC"][1] == "https://example.org/cc"


def test_near_miss_heading_outside_a_list_item_stays_a_heading() -> None:
    blocks = read_html(f"<html><body>{_keyed_headings(in_items=False)}</body></html>").blocks
    assert [b.kind for b in blocks if b.text.startswith("[")] == ["heading"] * 3


_DATED_URLS = [
    ("https://www.geeksforgeeks.org/sed-command-in-linux-unix-with-examples/", "17.12.2023"),
    ("https://ubuntu.com/tutorials/install-and-configure-wordpress", "09.12.2023"),
    ("https://dev.to/aws-builders/deploy-wordpress-on-ec2", "09.12.2023"),
]


def _dated_table(first: str) -> str:
    rows = "".join(f'<tr><td><a href="{url}">{url}</a></td><td>{day}</td></tr>\n' for url, day in _DATED_URLS)
    return (
        "<h2>7. Quellen</h2>\n<h3>7.1 Internetquellen</h3>\n"
        f"<table>\n<thead><tr><th>{first}</th><th>Datum</th></tr></thead>\n<tbody>\n{rows}</tbody>\n</table>"
    )


def test_table_headed_quellen_is_one_of_sources() -> None:
    # "| Quellen | Datum |" (the German plural, as "Sources" is read beside "Source"): each row one
    # source, its address and the day beside it on one entry.
    doc = _parse_html(_dated_table("Quellen"))
    urls = [fn.url for fn in doc.footnotes]
    assert urls == [url for url, _ in _DATED_URLS]
    assert str(doc.footnotes[0].access_date) == "2023-12-17"


def test_near_miss_header_of_another_word_is_no_source_table() -> None:
    from citecheck.parse.blocks import source_columns

    assert source_columns(["Quellen", "Datum"]) is not None
    assert source_columns(["Quellcode", "Datum"]) is None
    assert source_columns(["Quellenlage", "Datum"]) is None


_TOPICS = [
    ("ERC-4337 - Account Abstraction", ["https://docs.erc4337.io/", "https://docs.erc4337.io/entrypoint"]),
    (
        "EIP-2612 - Permit",
        ["https://docs.openzeppelin.com/permit", "https://www.quicknode.com/guides/permit"],
    ),
    ("Gas - définitions", ["https://etherscan.io/gastracker", "https://ethereum.org/gas"]),
]


def _topic_list(in_items: bool) -> str:
    parts = []
    for topic, urls in _TOPICS:
        links = "".join(f'<li>Guide: <a href="{url}">{url}</a></li>\n' for url in urls)
        if in_items:
            parts.append(f"<li>\n<p><strong>{topic}</strong></p>\n<ul>\n{links}</ul>\n</li>\n")
        else:
            parts.append(f"<p><strong>{topic}</strong></p>\n<ul>\n{links}</ul>\n")
    body = f"<ul>\n{''.join(parts)}</ul>" if in_items else "".join(parts)
    return f"<h2>14) Notes et références</h2>\n{body}"


def test_bold_topics_over_nested_links_are_one_note_each() -> None:
    # "- **Topic**" over nested "  - Guide: https://…" rendered: one note a topic, its addresses
    # those nested under it, as the Markdown reader reads the list by its columns.
    notes = _notes(_parse_html(_topic_list(in_items=True)))
    assert notes["1"] == ("ERC-4337 - Account Abstraction", "https://docs.erc4337.io/")
    assert notes["2"] == ("EIP-2612 - Permit", "https://docs.openzeppelin.com/permit")
    assert len(notes) == 3


def test_near_miss_bold_paragraphs_over_lists_are_no_topic_items() -> None:
    # The bold lines as paragraphs over each list, not items of a list: no list nests the links
    # under them (no Block.list_depth), each address stays a note of its own.
    notes = _notes(_parse_html(_topic_list(in_items=False)))
    assert len(notes) == 6
