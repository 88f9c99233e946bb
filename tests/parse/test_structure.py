"""Structural findings: the broken fixture carries every fault once, and each finding says where."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from citecheck.findings import CODES
from citecheck.models import Citation, Document, Footnote
from citecheck.parse import parse_text, structural_findings

from .conftest import ANALYSES, TODAY, parse_fixture

BROKEN = "broken-structure.txt"
EXPECTED = [
    # (code, label, line, column)
    ("missing-footnote", "9", 9, 146),
    ("access-date-after-document", "2", 13, 1),
    ("duplicate-footnote", "2", 15, 1),
    ("invalid-url", "3", 17, 1),
    ("numbering-gap", "5", 19, 1),
    ("missing-url", "5", 19, 1),
    ("missing-access-date", "6", 21, 1),
    ("access-date-in-future", "7", 23, 1),
    ("orphan-footnote", "8", 25, 1),
]


def test_broken_fixture_has_every_structural_fault(parse_analysis: Callable[[str], Document]) -> None:
    doc = parse_analysis(BROKEN)
    assert doc.date == dt.date(2025, 11, 15)
    found = sorted((f.code, f.label, f.line, f.column) for f in doc.findings)
    assert found == sorted(EXPECTED)


def test_findings_carry_registered_severity_and_readable_messages(
    parse_analysis: Callable[[str], Document],
) -> None:
    doc = parse_analysis(BROKEN)
    for finding in doc.findings:
        assert finding.severity == CODES[finding.code].severity
        assert f"[{finding.label}]" in finding.message
        assert finding.message.endswith(".")
    by_code = {f.code: f for f in doc.findings}
    assert "[4] is missing" in by_code["numbering-gap"].message
    assert by_code["invalid-url"].evidence["url"] == "htps://news.example.org/malformed"
    assert "htps" in by_code["invalid-url"].message
    assert by_code["duplicate-footnote"].evidence["first_line"] == 13
    assert by_code["missing-url"].severity == "info"
    assert "2031-11-14" in by_code["access-date-in-future"].message


def test_finding_positions_point_into_the_file(parse_analysis: Callable[[str], Document]) -> None:
    lines = (ANALYSES / BROKEN).read_text(encoding="utf-8").splitlines()
    for finding in parse_analysis(BROKEN).findings:
        assert finding.line is not None and finding.column is not None
        assert lines[finding.line - 1][finding.column - 1 :].startswith(f"[{finding.label}]")


def test_without_today_no_date_lies_in_the_future() -> None:
    codes = {f.code for f in parse_fixture(BROKEN, today=None).findings}
    assert "access-date-in-future" not in codes
    # Without "today" the 2031 date is still after the document's own date.
    assert "access-date-after-document" in codes


def test_structural_findings_recomputes_from_a_document(parse_analysis: Callable[[str], Document]) -> None:
    doc = parse_analysis(BROKEN)
    assert structural_findings(doc, today=TODAY) == doc.findings
    later = structural_findings(doc, today=dt.date(2032, 1, 1))
    assert "access-date-in-future" not in {f.code for f in later}


def _footnote(label: str, ordinal: int, line: int) -> Footnote:
    return Footnote(
        label=label,
        ordinal=ordinal,
        raw="“T”, P, https://example.org/a, (Access Date: 14.11.2025).",
        url="https://example.org/a",
        urls=["https://example.org/a"],
        access_date=dt.date(2025, 11, 14),
        line=line,
        column=1,
    )


def _citation(label: str, line: int) -> Citation:
    return Citation(label=label, claim="A claim.", paragraph="A claim.", line=line, column=10)


def test_out_of_order_entries_and_markers_are_numbering_gaps() -> None:
    doc = Document(
        path="x",
        footnotes=[_footnote("i", 1, 10), _footnote("iii", 3, 11), _footnote("ii", 2, 12)],
        citations=[_citation("i", 1), _citation("iii", 2), _citation("ii", 3)],
    )
    gaps = [f for f in structural_findings(doc, today=TODAY) if f.code == "numbering-gap"]
    messages = sorted(f.message for f in gaps)
    assert len(gaps) == 3
    assert any("Footnote [iii] follows [i]: [ii] is missing" in m for m in messages)
    assert any("Footnote [ii] comes after [iii]: the entries are out of order." in m for m in messages)
    assert any("Marker [ii] is first cited after [iii]" in m for m in messages)


def test_a_repeated_marker_is_not_a_fault() -> None:
    doc = Document(
        path="x",
        footnotes=[_footnote("1", 1, 10), _footnote("2", 2, 11)],
        citations=[_citation("1", 1), _citation("2", 2), _citation("1", 3)],
    )
    assert structural_findings(doc, today=TODAY) == []


def test_upper_and_lower_roman_labels_are_the_same_footnote() -> None:
    doc = parse_text("Claim one.[IV]\n\n[iv] “T”, P, https://example.org/a, (Access Date: 14.11.2025).")
    assert [c.label for c in doc.citations] == ["IV"]
    assert {f.code for f in doc.findings} == {"numbering-gap"}  # [iv] without [i]–[iii]


def _entries(*labels: str) -> str:
    return "\n\n".join(
        f"[{label}] “Report {label}”, Acme, https://acme.example/r{label}, (Access Date: 14.11.2025)."
        for label in labels
    )


def test_a_list_no_marker_cites_is_one_orphan_finding_not_one_per_entry() -> None:
    # An author–date text over a numbered list (SciELO's articles: 90 warnings on one page).
    text = "Water tariffs rose (Silva, 2019) and fell again (Costa, 2021).\n\nReferences\n\n" + _entries(
        "1", "2", "3", "4"
    )
    orphans = [f for f in parse_text(text, today=TODAY).findings if f.code == "orphan-footnote"]
    assert len(orphans) == 1
    assert orphans[0].severity == "warning"
    assert "None of the 4 entries [1]–[4]" in orphans[0].message
    assert "could not be checked" in orphans[0].message


def test_entries_left_uncited_beside_cited_ones_are_each_an_orphan() -> None:
    text = "Water tariffs rose.[1] They fell again.[3]\n\n" + _entries("1", "2", "3", "4")
    orphans = [f for f in parse_text(text, today=TODAY).findings if f.code == "orphan-footnote"]
    assert sorted(f.label for f in orphans) == ["2", "4"]
    assert all(f.message.endswith("is never cited in the text.") for f in orphans)


def test_an_ftp_source_is_not_an_invalid_url_but_a_mistyped_scheme_is() -> None:
    # A real RST reference list cites the NGA's WGS 84 standard on its FTP server: the fetch skips
    # such a link (unsupported-scheme); the structure check must not call it invalid at error severity.
    text = (
        "The datum is defined by the standard.[1] The page moved.[2]\n\n"
        "[1] “WGS 84”, NGA, ftp://ftp.nga.mil/pub2/gandg/website/wgs84/NGA.STND.0036_1.0.0_WGS84.pdf, "
        "(Access Date: 14.11.2025).\n"
        "[2] “News”, Example, htps://news.example.org/a, (Access Date: 14.11.2025).\n"
    )
    doc = parse_text(text, path="ftp.txt", today=TODAY)
    invalid = [(f.label, f.evidence["url"]) for f in doc.findings if f.code == "invalid-url"]
    assert invalid == [("2", "htps://news.example.org/a")]


def test_a_doi_or_an_archived_copy_needs_no_access_date() -> None:
    """A persistent identifier or a replay URL names a version that does not change; a page does."""
    text = (
        "One claim.[1] Two.[2] Three.[3] Four.[4] Five.[5]\n\n"
        "[1] A. Author, “Title one”, Journal 3 (2020) 1–9, https://doi.org/10.1000/xyz123.\n"
        "[2] B. Author, “Title two”, http://hdl.handle.net/10419/123456.\n"
        "[3] “Title three”, Site, https://web.archive.org/web/20190101000000/https://site.example/a.\n"
        "[4] “Title four”, Site, https://site.example/b.\n"
        "[5] “Title five”, Site, https://doi.org.example.net/10.1000/x, https://doi.org/10.1000/y.\n"
    )
    doc = parse_text(text)
    assert len(doc.footnotes) == 5
    missing = sorted(
        f.label for f in structural_findings(doc, today=TODAY) if f.code == "missing-access-date"
    )
    # A page (4), and a note whose other address is a page on a host merely named like a resolver (5).
    assert missing == ["4", "5"]


def test_an_address_urllib_cannot_split_is_no_persistent_identifier() -> None:
    from citecheck.persistent_urls import archived_original, fixed_version, resolver_host

    for url in ("https://[i]", "http://[2001:db8::1"):
        assert not resolver_host(url)
        assert archived_original(url) is None
    assert fixed_version("https://[i]") is False
    doc = parse_text("A claim.[i]\n\n[i]https://[i]\n")
    assert isinstance(structural_findings(doc, today=TODAY), list)
