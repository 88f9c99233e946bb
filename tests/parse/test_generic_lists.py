"""The container-agnostic fallback for source lists (citecheck/parse/generic.py): invented entries in
containers no reader was written for, each beside a near miss the fallback must leave alone (a prose
paragraph with links, a navigation menu, a code sample with addresses, a changelog …)."""

from __future__ import annotations

import datetime as dt

from citecheck.models import Document
from citecheck.parse import parse_text
from citecheck.parse.generic import generic_footnotes

TODAY = dt.date(2026, 12, 1)


def _parse(text: str, fmt: str = "markdown") -> Document:
    return parse_text(text, path=f"x.{'md' if fmt == 'markdown' else 'txt'}", fmt=fmt, today=TODAY)  # type: ignore[arg-type]


def _notes(text: str, fmt: str = "markdown") -> dict[str, tuple[str | None, str | None]]:
    return {fn.label: (fn.title, fn.url) for fn in _parse(text, fmt).footnotes if fn.kind != "inline"}


def test_front_matter_key_naming_sources() -> None:
    text = (
        "---\nlayout: note\nconsulted_sources:\n"
        "  - https://alpha.example.org/report-2024\n  - https://beta.example.net/data/table-7\n"
        "  - https://gamma.example.com/brief\n---\n\n# Harbour dredging\n\nThe port grew by a third.\n"
    )
    notes = _notes(text)
    assert [url for _, url in notes.values()] == [
        "https://alpha.example.org/report-2024",
        "https://beta.example.net/data/table-7",
        "https://gamma.example.com/brief",
    ]
    assert list(notes) == ["1", "2", "3"]


def test_front_matter_near_miss_project_links() -> None:
    text = (
        "---\nlinks:\n  - https://alpha.example.org/\n  - https://github.com/acme/tool\n"
        "  - https://pypi.org/project/tool/\n---\n\n# Tool\n\nInstall it.\n"
    )
    assert _notes(text) == {}


def test_indented_code_block_under_an_unseen_heading_word() -> None:
    text = (
        "# Tidal mills\n\nMills ran on the tide [1].\n\n## Bibliografía consultada\n\n"
        "    [1] Ruiz, A. Molinos de marea. Madrid: Gredos, 2011. https://libros.example.es/molinos\n"
        "    [2] Otero, B. La costa cantábrica. 2015. https://revista.example.org/costa\n"
        "    [3] Vidal, C. Energía y agua, 2019. https://energia.example.net/agua\n"
    )
    notes = _notes(text)
    assert notes["2"] == ("La costa cantábrica", "https://revista.example.org/costa")
    assert set(notes) == {"1", "2", "3"}


def test_indented_code_block_near_miss_commands() -> None:
    text = (
        "# Usage\n\nFetch the data:\n\n"
        "    curl https://api.example.com/v1/items\n"
        "    wget https://files.example.org/dump-2024.tar.gz\n"
        '    url = "https://api.example.com/v2/items"\n'
    )
    assert _notes(text) == {}


def test_table_with_columns_in_an_unseen_language_cited_by_key() -> None:
    text = (
        "Kysten eroderer [K1], og havet stiger [K2]; tiltakene virker [K3].\n\n"
        "| Nøkkel | Kilde | Lenke |\n|---|---|---|\n"
        "| K1 | Havforskningsinstituttet, Kystrapport 2023 | https://hi.example.no/kyst |\n"
        "| K2 | Meteorologisk institutt, Havnivå | https://met.example.no/hav |\n"
        "| K3 | Miljødirektoratet, Tiltak | https://miljo.example.no/tiltak |\n"
    )
    notes = _notes(text)
    assert set(notes) == {"K1", "K2", "K3"}
    assert notes["K2"][1] == "https://met.example.no/hav"


def test_table_near_miss_product_links() -> None:
    text = (
        "# Downloads\n\n| Platform | Package | Link |\n|---|---|---|\n"
        "| Linux | tar | https://dl.example.com/linux.tar.gz |\n"
        "| macOS | dmg | https://dl.example.com/mac.dmg |\n"
        "| Windows | msi | https://dl.example.com/win.msi |\n"
    )
    assert _notes(text) == {}


def test_keyed_lines_in_a_fenced_block_cited_in_the_text() -> None:
    text = (
        "# Wages\n\nWages rose [W-1] while prices fell [W-2]; rents held [W-3].\n\n```\n"
        "W-1 Office for Statistics: Wage tables, https://stats.example.gov/wages\n"
        "W-2 Central Bank: Price report, https://bank.example.gov/prices\n"
        "W-3 Housing Board: Rent survey, https://housing.example.gov/rents\n```\n"
    )
    notes = _notes(text)
    assert set(notes) == {"W-1", "W-2", "W-3"}
    assert notes["W-3"][1] == "https://housing.example.gov/rents"


def test_lettered_near_miss_uncited_options() -> None:
    text = (
        "Pick one of the installers.\n\n"
        "(a) the stable build https://dl.example.com/stable\n"
        "(b) the nightly build https://dl.example.com/nightly\n"
        "(c) the source archive https://dl.example.com/src\n"
    )
    assert _notes(text, "text") == {}


def test_lead_sentence_over_named_addresses() -> None:
    text = (
        "# Cold chains\n\nVaccines need cold chains.\n\nThe following sources were consulted:\n\n"
        "- Gavi: https://gavi.example.org/cold-chain\n- UNICEF: https://unicef.example.org/supply\n"
        "- WHO: https://who.example.int/immunization\n"
    )
    notes = _notes(text)
    assert [url for _, url in notes.values()] == [
        "https://gavi.example.org/cold-chain",
        "https://unicef.example.org/supply",
        "https://who.example.int/immunization",
    ]


def test_navigation_menu_near_miss() -> None:
    text = (
        "# Acme docs\n\n- [Home](https://acme.example.com/)\n- [Guide](https://acme.example.com/guide)\n"
        "- [API](https://acme.example.com/api)\n- [Blog](https://acme.example.com/blog)\n\nWelcome.\n"
    )
    doc = _parse(text)
    assert all(fn.kind == "inline" for fn in doc.footnotes)


def test_pointer_glyph_lines_under_a_sources_line() -> None:
    text = (
        "# Corridor\n\nThe corridor opened in May.\n\nQuellenangaben\n"
        "► [Zeitung: Bericht zum Korridor](https://zeitung.example.de/korridor)\n"
        "► [Institut: Analyse der Route](https://institut.example.org/route)\n"
        "► [Agentur: Chronik](https://agentur.example.com/chronik)\n"
    )
    notes = _notes(text)
    assert len(notes) == 3
    assert notes["1"][1] == "https://zeitung.example.de/korridor"


def test_code_sample_with_addresses_near_miss() -> None:
    text = (
        "# Sources of data\n\n```python\n"
        'BASE = "https://api.example.com/v1"\n'
        'requests.get("https://api.example.com/v1/items")\n'
        'fetch("https://api.example.com/v1/users")\n```\n'
    )
    assert _notes(text) == {}


def test_dated_entries_in_a_quote_without_heading() -> None:
    text = (
        "# Notes on flood defence\n\nLevees failed twice.\n\n"
        "> Smith, J. (2019). Levee failure modes. https://journal-a.example.org/levees\n"
        "> Chen, L. (2021). River basins under stress. https://journal-b.example.net/basins\n"
        "> Okafor, N. (2022). Flood insurance and risk. https://press.example.com/flood\n"
    )
    notes = _notes(text)
    assert [url for _, url in notes.values()] == [
        "https://journal-a.example.org/levees",
        "https://journal-b.example.net/basins",
        "https://press.example.com/flood",
    ]


def test_changelog_near_miss() -> None:
    text = (
        "# Changelog\n\n"
        "- 1.4.0 (2024-05-02): faster parser, https://github.com/acme/tool/pull/120\n"
        "- 1.3.1 (2024-03-11): fix crash, https://github.com/acme/tool/pull/117\n"
        "- 1.3.0 (2024-01-20): new flags, https://github.com/acme/tool/pull/101\n"
    )
    assert _notes(text) == {}


def test_prose_with_links_near_miss() -> None:
    text = (
        "## History\n\n"
        "- The tool was first written in 2001 by a student as a [hobby project](https://old.example.org/p).\n"
        "- A maintainer [forked it](https://github.com/someone/tool) in 2008 and ran it for years.\n"
        "- It moved to [the new organisation](https://github.com/neworg) on GitHub in 2013.\n"
    )
    doc = _parse(text)
    assert all(fn.kind == "inline" for fn in doc.footnotes)


def test_never_rereads_entries_already_found() -> None:
    text = (
        "Rivers flood [1].\n\n## References\n\n"
        "1. Smith J. Floods. 2020. https://a.example.org/floods\n"
        "2. Roe K. Rivers. 2021. https://b.example.org/rivers\n"
        "3. Doe M. Dams. 2022. https://c.example.org/dams\n"
    )
    doc = _parse(text)
    assert [fn.label for fn in doc.footnotes] == ["1", "2", "3"]
    assert generic_footnotes(text.split("\n"), doc.footnotes) == []


def test_entries_without_an_address_keep_their_place_in_the_list() -> None:
    text = (
        "# Metsäpalot\n\nPalot lisääntyivät.\n\n## Kirjallisuus\n\n"
        "- Virtanen, A. Metsien historia. Otava, 2001.\n"
        "- Ilmatieteen laitos: Palovaroitukset, https://ilmatieteenlaitos.example.fi/palot\n"
        "- Luke: Metsätilastot, https://luke.example.fi/tilastot\n"
        "- SYKE: Ympäristön tila, https://syke.example.fi/tila\n"
    )
    notes = _notes(text)
    assert notes["1"][1] is None and notes["1"][0]
    assert notes["2"][1] == "https://ilmatieteenlaitos.example.fi/palot"
    assert notes["4"][1] == "https://syke.example.fi/tila"


def test_entries_without_an_address_near_miss_another_list_after_two_blank_lines() -> None:
    text = (
        "## Kirjallisuus\n\n"
        "- Ilmatieteen laitos: Palovaroitukset, https://ilmatieteenlaitos.example.fi/palot\n"
        "- Luke: Metsätilastot, https://luke.example.fi/tilastot\n"
        "- SYKE: Ympäristön tila, https://syke.example.fi/tila\n\n\n"
        "- osta maitoa\n- soita äidille\n"
    )
    assert list(_notes(text)) == ["1", "2", "3"]


def test_a_table_of_facts_cites_its_source_column_only() -> None:
    text = (
        "| Fakta | Arvo | Lähde |\n|---|---|---|\n"
        "| Paloja 2023 | 1 200 | [Palotilasto 2023](https://pelastus.example.fi/tilasto) |\n"
        "| Pinta-ala | 3 000 ha | [Metsäraportti](https://luke.example.fi/raportti) |\n"
        "| Kustannus | 5 M€ | [Vakuutusselvitys](https://vakuutus.example.fi/selvitys) |\n"
    )
    notes = _notes(text)
    assert notes["1"] == ("Palotilasto 2023", "https://pelastus.example.fi/tilasto")
    assert notes["3"][0] == "Vakuutusselvitys"


def test_html_list_under_an_unseen_heading_word_keeps_link_text_as_title() -> None:
    html = (
        "<html><body><h1>Raportti</h1><p>Tekstiä.</p><h2>Lähteet</h2><ul>"
        '<li><a href="https://a.example.fi/x">Raportti A</a>, 2020</li>'
        '<li><a href="https://b.example.fi/y">Raportti B</a>, 2021</li>'
        '<li><a href="https://c.example.fi/z">Raportti C</a>, 2022</li></ul></body></html>'
    )
    doc = parse_text(html, path="x.html", fmt="html", today=TODAY)
    notes = {fn.label: (fn.title, fn.url) for fn in doc.footnotes if fn.kind != "inline"}
    assert notes["2"] == ("Raportti B", "https://b.example.fi/y")


def test_html_navigation_menu_near_miss() -> None:
    html = (
        "<html><body><nav><ul>"
        '<li><a href="https://site.example.com/">Etusivu</a></li>'
        '<li><a href="https://site.example.com/blogi">Blogi</a></li>'
        '<li><a href="https://site.example.com/yhteys">Yhteystiedot</a></li>'
        "</ul></nav><h1>Raportti</h1><p>Tekstiä.</p></body></html>"
    )
    doc = parse_text(html, path="x.html", fmt="html", today=TODAY)
    assert all(fn.kind == "inline" for fn in doc.footnotes)


def test_east_asian_labels_cited_in_the_text() -> None:
    text = (
        "# 報告\n\n人口は減少している【1】。出生率も低い【2】。移民は増えた【3】。\n\n"
        "【1】総務省統計局「人口推計」2024年 https://stat.example.jp/jinko\n"
        "【2】厚生労働省「人口動態統計」2023年 https://mhlw.example.jp/dotai\n"
        "【3】出入国在留管理庁「在留外国人統計」https://isa.example.jp/zairyu\n"
    )
    notes = _notes(text)
    assert set(notes) == {"1", "2", "3"}
    assert notes["2"][1] == "https://mhlw.example.jp/dotai"


def test_east_asian_bullets_near_miss_a_menu() -> None:
    text = (
        "# サイト\n\n・ホーム https://site.example.jp/\n・ブログ https://site.example.jp/blog\n"
        "・お問い合わせ https://site.example.jp/contact\n\nようこそ。\n"
    )
    assert _notes(text) == {}
