"""A table of linked works read as a list of sources by its structure (citecheck.parse.link_tables):
branch p10-found-residual2, family T-links of fixtures/parse-eval/README.md. Each row links one work
whose link text reads as a title, no cell beside it is a figure, three rows at least (two under a
notes heading). Probe: 48 tables under eight headers that name no source column (Markdown, Markdown
with a "#" column, HTML), main 4/48 as a list, 48/48 after; six near misses unchanged. The shape is
heldback-19's Turkish source table ("| Kaynak | Bu araştırmadaki kullanım |", each row
"[Autodesk — DWG format compatibility](…) | …"), its header here named otherwise; names and URLs
invented.
"""

from __future__ import annotations

import datetime as dt

from citecheck.parse import parse_bytes
from citecheck.parse.link_tables import link_table_columns, markdown_links

_PROSE = "# Why cities plant trees\n\nStreet trees lower summer temperatures, as the work below shows.\n\n"
_ROWS = (
    ("Heat", "Urban heat island effects", "https://example.org/heat"),
    ("Walking", "Pedestrian comfort study", "https://example.org/walk"),
    ("Cost", "Municipal tree budgets in Europe", "https://example.org/cost"),
)


def _read(text: str, name: str = "a.md") -> list[tuple[str, str | None, str | None]]:
    parsed = parse_bytes(text.encode(), path=name, today=dt.date(2026, 12, 1))
    return [(fn.label, fn.title, fn.url) for fn in parsed.footnotes]


def _markdown(header: str, rows: tuple[tuple[str, str, str], ...] = _ROWS) -> str:
    return _PROSE + f"| {header} |\n|---|---|\n" + "".join(f"| {a} | [{t}]({u}) |\n" for a, t, u in rows)


def test_markdown_table_of_linked_works_is_a_list() -> None:
    for header in ("Topic | Link", "Area | What to read", "Thema | Artikel", "Konu | Okuma"):
        assert _read(_markdown(header)) == [(str(i + 1), t, u) for i, (_, t, u) in enumerate(_ROWS)]


def test_keyed_rows_keep_their_keys() -> None:
    text = (
        _PROSE
        + "| | Topic | Link |\n|---|---|---|\n"
        + "".join(f"| S{i + 1} | {a} | [{t}]({u}) |\n" for i, (a, t, u) in enumerate(_ROWS))
    )
    assert [label for label, _, _ in _read(text)] == ["S1", "S2", "S3"]


def test_html_table_of_linked_works_is_a_list() -> None:
    body = "".join(f'<tr><td>{a}</td><td><a href="{u}">{t}</a></td></tr>' for a, t, u in _ROWS)
    text = (
        "<html><body><h1>Trees</h1><p>Street trees lower summer temperatures.</p>"
        f"<table><tr><th>Topic</th><th>Link</th></tr>{body}</table></body></html>"
    )
    assert _read(text, "a.html") == [(str(i + 1), t, u) for i, (_, t, u) in enumerate(_ROWS)]


def test_near_misses_stay_running_text() -> None:
    data = _PROSE + (
        "| City | Trees | Budget | Report |\n|---|---|---|---|\n"
        "| Oslo | 12000 | $4.5m | [Oslo tree report](https://example.org/o) |\n"
        "| Bergen | 8000 | $2.1m | [Bergen tree report](https://example.org/b) |\n"
        "| Trondheim | 5000 | $1.2m | [Trondheim tree report](https://example.org/t) |\n"
    )
    products = (
        "# Choosing a laptop\n\nI compared three machines for a month.\n\n"
        "| Laptop | Price | Rating |\n|---|---|---|\n"
        "| [Acme Book Pro](https://example.com/a) | $1299 | 4.5 |\n"
        "| [Zeta Air](https://example.com/z) | $999 | 4.1 |\n"
        "| [Nova Slim](https://example.com/n) | $899 | 3.9 |\n"
    )
    one_word = (
        _PROSE
        + "| Tool | Site |\n|---|---|\n"
        + "".join(f"| {tool} | [docs](https://example.org/{tool}) |\n" for tool in ("ruff", "mypy", "black"))
    )
    two_rows = _markdown("Topic | Link", _ROWS[:2])
    for text in (data, products, one_word, two_rows):
        assert all(label.startswith("L") for label, _, _ in _read(text))


def test_rows_decide() -> None:
    def rows(cells: list[list[str]]) -> list[list[tuple[str, list[str]]]]:
        return [[(cell, markdown_links(cell)) for cell in row] for row in cells]

    linked = [[a, f"[{t}]({u})"] for a, t, u in _ROWS]
    assert link_table_columns(["Topic", "Link"], rows(linked)) is not None
    assert link_table_columns(["Topic", "Link"], rows(linked[:2])) is None
    assert link_table_columns(["Topic", "Link"], rows(linked[:2]), headed=True) is not None
    twice = [[a, f"[{t}]({u}) [more]({u}/2)"] for a, t, u in _ROWS]
    assert link_table_columns(["Topic", "Link"], rows(twice)) is None
    addresses = [[a, u] for a, _, u in _ROWS]
    assert link_table_columns(["Topic", "URL"], rows(addresses)) is None
