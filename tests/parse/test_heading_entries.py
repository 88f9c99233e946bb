"""Sources headed one by one: "### [1] Title" (or "### R1. Title") over the source's details.

regions._keyed_heading_entries reads keyed headings in sequence with what stands under each as one
entry when they are sub-headings of a notes heading, or when their details are written as fields
("- URL: …"); numbered sections over prose, or a numbered how-to, are not sources.
"""

from __future__ import annotations

import datetime as dt

from citecheck.parse.document import parse_text


def _notes(text: str) -> list[tuple[str, str | None, str | None, str | None, dt.date | None]]:
    document = parse_text(text, path="sources.md", fmt="markdown")
    return [(f.label, f.title, f.publisher, f.url, f.access_date) for f in document.footnotes]


def test_bracket_keyed_sub_headings_of_a_sources_heading_take_the_lines_under_them() -> None:
    text = (
        "Grain exports rose sharply [1] and the port reopened [2].\n\n## Sources\n\n"
        "### [1] Grain exports rise in October\nAcme News, 2024\nhttps://acme.example/grain\n"
        "Accessed: 3 March 2024\n\n"
        "### [2] Port reopens after repairs\nHarbour Times\nhttps://harbour.example/port\n"
        "Accessed: 4 March 2024\n"
    )
    assert _notes(text) == [
        (
            "1",
            "Grain exports rise in October",
            "Acme News",
            "https://acme.example/grain",
            dt.date(2024, 3, 3),
        ),
        (
            "2",
            "Port reopens after repairs",
            "Harbour Times",
            "https://harbour.example/port",
            dt.date(2024, 3, 4),
        ),
    ]
    document = parse_text(text, path="sources.md", fmt="markdown")
    assert not [f for f in document.findings if f.code == "missing-url"]


def test_numbered_sub_headings_over_field_items_are_sources() -> None:
    text = (
        "The port reopened [1] and tariffs fell [2].\n\n## References\n\n"
        "### 1. Port reopens after repairs\n- Publisher: Harbour Times\n- URL: https://harbour.example/port\n"
        "- Accessed: 4 March 2024\n\n"
        "### 2. Water tariffs in practice\n- Publisher: Acme Institute\n- URL: https://acme.example/tariffs\n"
        "- Accessed: 5 March 2024\n"
    )
    assert [(label, title, url) for label, title, _, url, _ in _notes(text)] == [
        ("1", "Port reopens after repairs", "https://harbour.example/port"),
        ("2", "Water tariffs in practice", "https://acme.example/tariffs"),
    ]


def test_a_register_of_keyed_records_keeps_the_address_and_short_fields_not_the_commentary() -> None:
    commentary = "The record's notes on what the source says. " * 20  # ~900 characters
    records = "".join(
        f"### K{n}. Statute {n} — the consolidated text\n- Publisher: Ministry of Justice\n"
        f"- URL: https://laws.example/statute-{n}.html (returned)\n- Retrieved: no\n"
        f"- Content: {commentary}see https://commentary.example/{n}\n\n"
        for n in (1, 2, 3)
    )
    text = "## 1. The statutes\n\nWhat the library holds.\n\n" + records
    notes = _notes(text)
    assert [(label, title, url) for label, title, _, url, _ in notes] == [
        (f"K{n}", f"Statute {n} — the consolidated text", f"https://laws.example/statute-{n}.html")
        for n in (1, 2, 3)
    ]
    assert all(publisher == "Ministry of Justice" for _, _, publisher, _, _ in notes)


def test_numbered_how_to_sections_with_links_are_not_sources() -> None:
    text = (
        "# Getting started\n\n## Steps\n\n"
        "### 1. Install the tool\nDownload it from https://tool.example/download and unpack it.\n\n"
        "### 2. Configure it\nSet the token as https://tool.example/docs/token explains.\n\n"
        "### 3. Run it\nSee https://tool.example/docs/run for the options.\n"
    )
    assert all(label.startswith("L") for label, *_ in _notes(text))


def test_fields_without_an_address_field_are_no_record() -> None:
    commentary = "A long description of the work and what it argues. " * 12
    records = "".join(
        f"### K{n}. Statute {n}\n- Publisher: Ministry of Justice\n- Content: {commentary} https://laws.example/{n}\n\n"
        for n in (1, 2, 3)
    )
    assert all(label.startswith("L") for label, *_ in _notes("## 1. The statutes\n\n" + records))


def test_a_paragraph_of_br_lines_hard_wrapped_reads_its_other_line_ends_as_spaces() -> None:
    # One entry a "<br>" line, the source wrapped at 80 columns (an ABNT list): the wrapping is no
    # line break, so each entry stays whole.
    text = (
        "Some claim and another.\n\n## Referências\n\n"
        "ALMEIDA, S. **Familiares questionam demora e burocracia para atendimento\n"
        "médico pelo SUS**. A Tribuna. Disponível em:\nhttps://www.atribuna.example/sus-1.74934\n"
        "Acesso em: 02/12/2020.<br>\n"
        "YAHN, N. **Espera por consulta demora até 7 anos, revela CGU**. Correio do\n"
        "Estado. Disponível em: https://correio.example/espera-336933 Acesso em: 03/12/2020.<br>\n"
    )
    notes = _notes(text)
    assert [(label, title, url, accessed) for label, title, _, url, accessed in notes] == [
        (
            "1",
            "Familiares questionam demora e burocracia para atendimento médico pelo SUS",
            "https://www.atribuna.example/sus-1.74934",
            dt.date(2020, 12, 2),
        ),
        (
            "2",
            "Espera por consulta demora até 7 anos, revela CGU",
            "https://correio.example/espera-336933",
            dt.date(2020, 12, 3),
        ),
    ]


def test_one_br_does_not_make_a_paragraphs_line_ends_soft() -> None:
    from citecheck.parse import markdown

    text = "First line of a copied list\nsecond line<br>\nthird line\n"
    (block,) = markdown.read_markdown(text).blocks
    assert block.text.count("\n") == 2


def test_a_numbered_section_heading_over_its_list_is_no_note() -> None:
    # A Markdown report's reference section numbered among the others, under a name the reader does
    # not know as a notes heading (Vietnamese, Ukrainian): its number is the section's, not note [10]
    # defined twice (vi-apa-8queens-tai-lieu-tham-khao.md, hb25-uk-dstu-telegram-testy-dzherela.md).
    for heading in ("# 10. Tài liệu tham khảo", "## 4. Джерела (ДСТУ 8302:2015)"):
        text = (
            "Grain exports rose sharply [1] and the port reopened [2].\n\n"
            f"{heading}\n\n"
            "1. Acme News. (2024). Grain exports rise in October. Retrieved from https://acme.example/grain\n"
            "2. Harbour Times. (2024). Port reopens after repairs. Retrieved from https://harbour.example/port\n"
        )
        document = parse_text(text, path="report.md", fmt="markdown")
        assert [f.label for f in document.footnotes] == ["1", "2"], heading
        assert not [f for f in document.findings if f.code == "duplicate-footnote"]


def test_numbered_headings_that_count_up_stay_notes() -> None:
    # Near miss: every source set as a heading of its own, numbered in sequence, is still read.
    text = (
        "Grain exports rose sharply [1] and the port reopened [2].\n\n## Sources\n\n"
        "### 1. Grain exports rise in October\nAcme News, 2024\nhttps://acme.example/grain\n\n"
        "### 2. Port reopens after repairs\nHarbour Times, 2024\nhttps://harbour.example/port\n"
    )
    assert [(label, url) for label, _, _, url, _ in _notes(text)] == [
        ("1", "https://acme.example/grain"),
        ("2", "https://harbour.example/port"),
    ]
