"""Publisher rules by family (branch s34-publishers): each test names the real entries behind it
(fixtures/parse-eval calibration and studied parts); names and addresses here are invented in their
shape. Branch start: calibration publishers 75.0 %; publisher-quoted-title 34.5 %, citation-key
34.8 %, numbered-author-title 36.5 %.

1. "Publisher, "Title"": the name before a quoted title is its publisher where it is no person's
   (entries._quoted_title_leads).
"""

from __future__ import annotations

import datetime as dt

from citecheck.parse import parse_bytes

TODAY = dt.date(2026, 12, 7)


def _publishers(text: str) -> list[tuple[str | None, str | None]]:
    notes = parse_bytes(text.encode(), path="doc.md", today=TODAY).footnotes
    return [(fn.title, fn.publisher) for fn in notes if fn.kind != "inline"]


def test_publisher_before_quoted_title_fires() -> None:
    # hb15-en-publisher-quoted-title-rwanda-surveillance-answer.md ('Freedom House, "Rwanda: Freedom on
    # the Net 2022 Country Report" (2022-10-01). https://freedomhouse.org/…'), hb14's AI-governance
    # bibliography ('NIST, "…" (January 2023).'), tr-esp32-kaynakca.md ('Espressif Systems. "ESP32
    # Technical Reference Manual". https://docs.espressif.com/'), hb18's pipeline list ('Bruegel, "…" —').
    text = (
        "## Sources\n\n"
        '1. Harbour Watch, "Port traffic in the strait: 2025 report" (2025-10-01). https://harbourwatch.example/r/2025\n'
        '2. ACME, "Freight index methodology" (April 2025). https://www.acme.example/method\n'
        '3. Quayside, "Tankers wait at anchor" (May 2025). https://news.example/tankers\n'
        '4. Northwind Systems. "Gateway Reference Manual". https://docs.northwind.example/\n'
    )
    assert _publishers(text) == [
        ("Port traffic in the strait: 2025 report", "Harbour Watch"),
        ("Freight index methodology", "ACME"),
        ("Tankers wait at anchor", "Quayside"),
        ("Gateway Reference Manual", "Northwind Systems"),
    ]


def test_person_before_quoted_title_is_no_publisher() -> None:
    # Near miss: Chicago's people before the quoted title (hb14-en-chicago-mdfootnotes-web-archiving's
    # 'Ben Els, Yves Maurer, and Valerie Schafer, “Les archives du Web …,” Hemecht: …'), initials,
    # "et al." and an author-date head ('Mike Ash (2012-02-17). "mikeash.com: …"', rendered Wikipedia)
    # are authors; a lone name in a list of persons has no list shape to lean on.
    text = (
        "## Notes\n\n"
        "1. Ann Roe, Bo Poe, and Cy Doe, “Archives of the early web,” Journal of Web History 7 (2021), https://doi.org/10.1/x\n"
        '2. J. Doe, "Harbour traffic in winter," 2024. https://papers.example/a\n'
        '3. Ann Roe et al., "Tankers at anchor," 2023. https://papers.example/b\n'
        '4. Bo Poe (2012-02-17). "Ring buffers, part two". Blog. https://papers.example/c\n'
    )
    publishers = [publisher for _, publisher in _publishers(text)]
    assert publishers[1:] == [None, None, "Blog"]
    assert publishers[0] != "Ann Roe"
