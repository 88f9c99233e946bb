"""Text fragments (``#:~:text=…``) in cited URLs: the passage the author pointed at should still be on the
page (verify/quotes.check_text_fragments), looked for on the fixture web end to end."""

from __future__ import annotations

from pathlib import Path

import pytest

from citecheck.config import Config
from citecheck.devweb import DevWeb
from citecheck.models import PageFacts
from citecheck.pipeline import acheck
from citecheck.verify.quotes import text_fragments

from .eval_corpus import seed_document, verified

PAGE_TEXT = (
    "Each tide gauge is mounted on the north pier and calibrated against the benchmark every six months. "
    "The water-quality sensors measure salinity, temperature and dissolved oxygen every ten minutes."
)


@pytest.mark.parametrize(
    ("url", "passages"),
    [
        (
            "https://a.example/r#:~:text=calibrated%20against%20the%20benchmark",
            ["calibrated against the benchmark"],
        ),
        ("https://a.example/r#:~:text=Each%20tide,six%20months", ["Each tide", "six months"]),
        ("https://a.example/r#:~:text=north-,pier%20and%20calibrated,-against", ["pier and calibrated"]),
        ("https://a.example/r#top:~:text=a%2C%20b%20and%20c&text=d%20e%20f", ["a, b and c", "d e f"]),
        ("https://a.example/r#:~:selector(type=CssSelector)", []),
        ("https://a.example/r#section-2", []),
        (None, []),
    ],
)
def test_text_directives_are_read_by_their_syntax(url: str | None, passages: list[str]) -> None:
    assert text_fragments(url) == passages


def _cited_with(url: str, *, offline: bool = False) -> list[str]:
    document = seed_document(online=not offline)
    footnote = document.footnotes[3]
    footnote.url = url
    footnote.page = PageFacts(
        title="Setting up the harbour sensors", titles=[], text=PAGE_TEXT, language="en"
    )
    verified_document = verified(document, Config(offline=offline))
    return [
        str(f.evidence.get("quote"))
        for f in verified_document.findings
        if f.code == "quote-not-found" and f.label == "iv" and f.evidence.get("text_fragment")
    ]


def test_a_highlighted_passage_the_page_holds_is_no_finding() -> None:
    assert _cited_with("https://a.example/r#:~:text=calibrated%20against%20the%20benchmark%20every") == []
    # Case, punctuation and the spacing of the page's text do not count.
    assert _cited_with("https://a.example/r#:~:text=SALINITY%2C%20temperature%20and%20dissolved") == []


def test_a_highlighted_passage_the_page_lacks_is_reported() -> None:
    url = "https://a.example/r#:~:text=calibrated%20against%20a%20satellite%20altimeter"
    assert _cited_with(url) == ["calibrated against a satellite altimeter"]


def test_short_passages_prefixes_and_offline_runs_are_not_judged() -> None:
    assert _cited_with("https://a.example/r#:~:text=tide%20gauge") == []  # two words: a name, a figure
    assert _cited_with("https://a.example/r#:~:text=missing%20prefix%20words-,north%20pier%20and") == []
    assert _cited_with("https://a.example/r#:~:text=calibrated%20against%20a%20satellite", offline=True) == []


@pytest.mark.anyio
async def test_a_changed_page_is_caught_by_its_link_end_to_end(
    tmp_path: Path, devweb: DevWeb, test_config: Config
) -> None:
    page = "https://refresh.test/guide/new-setup"
    analysis = tmp_path / "sensors.md"
    analysis.write_text(
        "Each station takes two technicians about four hours to install.[^1]\n"
        "Each gauge is calibrated against the benchmark twice a year.[^2]\n\n"
        f'[^1]: "Setting up the harbour sensors", Harbour Sensors Project, {page}'
        "#:~:text=two%20technicians%20about%20four%20hours (accessed 3 March 2024).\n"
        f'[^2]: "Setting up the harbour sensors", Harbour Sensors Project, {page}'
        "#:~:text=calibrated%20against%20a%20satellite%20altimeter (accessed 3 March 2024).\n",
        encoding="utf-8",
    )
    devweb.reset_stats()
    report = await acheck([analysis], test_config)
    found = [
        (f.label, f.evidence.get("quote"))
        for f in report.documents[0].findings
        if f.code == "quote-not-found"
    ]
    assert found == [("2", "calibrated against a satellite altimeter")]
    # One page, two fragments: fetched once (the fragment never reaches the server), both footnotes
    # judged against it, each keeping the URL it cites.
    assert devweb.hits["/refresh.test/guide/new-setup"] == 1
    footnotes = report.documents[0].footnotes
    assert [fn.link.state if fn.link is not None else None for fn in footnotes] == ["alive", "alive"]
    assert all(fn.page is not None and "#:~:text=" in (fn.url or "") for fn in footnotes)
    assert report.summary.links == {"alive": 1}


def test_a_passage_longer_than_a_quotation_is_not_looked_for() -> None:
    long_passage = "%20".join(["word"] * 100)  # 499 characters: a browser writes such a passage as start,end
    assert _cited_with(f"https://a.example/r#:~:text={long_passage}") == []
