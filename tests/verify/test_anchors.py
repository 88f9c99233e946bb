"""Section links (citecheck/fragments.py, citecheck/verify/anchors.py): the fragment a citation points
at (#History), judged against the page read whole, and ``anchor-not-found`` end to end on the
fixture web (fixtures/web/sections.test: a handbook with heading ids, a rendered Wikipedia article
with MediaWiki's legacy anchors, a blog whose table of contents a script builds)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from citecheck.cache import LinkCache
from citecheck.config import Config
from citecheck.devweb import DevWeb
from citecheck.fragments import element_fragment, readable
from citecheck.link_findings import link_findings
from citecheck.models import FetchResult, Footnote, LinkResult, PageFacts
from citecheck.pipeline import acheck
from citecheck.verify.facts import extract_page_facts, html_facts

WEB = Path(__file__).resolve().parents[2] / "fixtures" / "web" / "sections.test"
HANDBOOK = (WEB / "handbook" / "tariffs").read_text(encoding="utf-8")
WIKI = (WEB / "wiki" / "Harbour_district").read_text(encoding="utf-8")
BLOG = (WEB / "blog" / "tariffs").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("url", "fragment"),
    [
        ("https://a.example/wiki/Kars#History", "History"),
        ("https://a.example/wiki/Kars#Early_life", "Early_life"),
        ("https://a.example/r#sec-2:~:text=tariffs%20rose", "sec-2"),  # the element part of a text fragment
        ("https://a.example/library/os.html#os.fork", "os.fork"),
        ("https://a.example/report.html#_ednref9", "_ednref9"),
        ("https://a.example/wiki/Caf%C3%A9#Caf.C3.A9_culture", "Caf.C3.A9_culture"),
        # Routes, application state, tracking marks, the top of the page: nothing to judge.
        ("https://a.example/app#/docs/setup", None),
        ("https://a.example/api#!api=gtk+-3.0/Gtk.Box", None),
        ("https://www.youtube.com/watch?v=x#t=8m53", None),
        ("https://a.example/report.pdf#page=12", None),
        ("https://books.example/b?id=1#v=onepage&q=tariff&f=false", None),
        ("https://a.example/story.html#.VAHVV_mSweg", None),
        ("https://a.example/story.html#ixzz2YZhPYeME", None),
        ("https://a.example/story.html#google_vignette", None),
        ("https://a.example/story.html#top", None),
        ("https://a.example/story.html#", None),
        ("https://a.example/r#:~:text=tariffs%20rose", None),
        ("https://a.example/story.html", None),
        (None, None),
    ],
)
def test_the_fragment_that_names_a_part_of_the_page(url: str | None, fragment: str | None) -> None:
    assert element_fragment(url) == fragment


def test_a_fragment_reads_as_a_section_name() -> None:
    assert readable("Early_life") == "Early life"
    assert readable("Caf%C3%A9_culture") == "Café culture"


@pytest.mark.parametrize(
    ("fragment", "held"),
    [
        ("block-tariffs", True),
        ("Block-Tariffs", True),  # case aside: a browser would miss it, a reader would not care
        ("content", True),  # the <main id>
        ("water-meters", False),  # a section the handbook never had
        ("tariffs-2023", False),
    ],
)
def test_a_handbook_with_heading_ids_is_judged(fragment: str, held: bool) -> None:
    assert html_facts(HANDBOOK, fragments=[fragment]).anchors == {fragment: held}


@pytest.mark.parametrize(
    ("fragment", "held"),
    [
        ("History", True),
        ("Water_supply", True),
        ("Water%20supply", True),  # spaces for underscores, percent-encoded
        ("Caf%C3%A9_culture", True),
        ("Café_culture", True),
        ("Caf.C3.A9_culture", True),  # MediaWiki's legacy encoding, as old citations carry it
        ("Economy", False),
    ],
)
def test_a_rendered_wikipedia_article_is_judged_by_its_headline_ids(fragment: str, held: bool) -> None:
    assert html_facts(WIKI, fragments=[fragment]).anchors == {fragment: held}


def test_a_github_readme_heading_is_found_without_its_prefix() -> None:
    body = "<p>" + "A tool for checking the sources of analyses. " * 10 + "</p>"
    page = f'<html><body><article><h2 id="user-content-installation">Installation</h2>{body}</article></body></html>'
    assert html_facts(page, fragments=["installation", "usage"]).anchors == {
        "installation": True,
        "usage": False,
    }


def test_pages_whose_parts_a_script_names_are_not_judged() -> None:
    # The blog's headings carry no id: its table-of-contents script gives them one in a browser.
    assert html_facts(BLOG, fragments=["for-landlords"]).anchors == {}
    # An application shell: a heading id, but almost no text.
    shell = '<html><body><h2 id="app">Loading</h2><div id="root"></div></body></html>'
    assert html_facts(shell, fragments=["settings"]).anchors == {}


def test_a_page_cut_at_the_size_cap_is_not_judged() -> None:
    result = FetchResult.html_page("https://sections.test/handbook/tariffs", HANDBOOK.encode(), _now())
    assert result.response is not None
    whole = extract_page_facts(result, ["water-meters"])
    assert whole is not None and whole.anchors == {"water-meters": False}
    result.response.truncated = True
    cut = extract_page_facts(result, ["water-meters"])
    assert cut is not None and cut.anchors == {}


def test_no_fragments_asked_means_nothing_judged_and_nothing_in_the_report() -> None:
    facts = html_facts(HANDBOOK)
    assert facts.anchors == {}
    judged = html_facts(HANDBOOK, fragments=["water-meters"])
    assert "anchors" not in judged.model_dump(mode="json")


def _footnote(url: str, anchors: dict[str, bool], state: str = "alive") -> Footnote:
    link = LinkResult(url=url.split("#")[0], state=state, http_status=200)  # type: ignore[arg-type]
    return Footnote(
        label="3", ordinal=3, raw=url, url=url, line=9, column=1, link=link, page=PageFacts(anchors=anchors)
    )


def test_the_finding_names_the_missing_part_in_words() -> None:
    url = "https://sections.test/wiki/Harbour_district#Port_history"
    findings = link_findings(_footnote(url, {"Port_history": False}))
    assert [(f.code, f.severity, f.label) for f in findings] == [("anchor-not-found", "warning", "3")]
    assert "“Port history”" in findings[0].message and findings[0].evidence["fragment"] == "Port_history"
    # Found, not judged, or a link that is not alive: nothing.
    assert link_findings(_footnote(url, {"Port_history": True})) == []
    assert link_findings(_footnote(url, {})) == []
    assert [f.code for f in link_findings(_footnote(url, {"Port_history": False}, state="soft-404"))] == [
        "soft-404"
    ]


@pytest.mark.anyio
async def test_sections_are_judged_end_to_end_on_the_fixture_web(
    tmp_path: Path, devweb: DevWeb, test_config: Config
) -> None:
    analysis = tmp_path / "tariffs.md"
    analysis.write_text(
        "Households pay less for the first ten cubic metres.[^1] A summer surcharge applies to firms.[^2]\n"
        "The district merged with its parishes in 1923.[^3] Its cafés are protected.[^4]\n"
        "Landlords must pass thresholds on per dwelling.[^5]\n\n"
        '[^1]: "Water tariffs in practice", Harbour Utilities, https://sections.test/handbook/tariffs#block-tariffs '
        "(accessed 3 March 2024).\n"
        '[^2]: "Water tariffs in practice", Harbour Utilities, https://sections.test/handbook/tariffs#summer-surcharge '
        "(accessed 3 March 2024).\n"
        '[^3]: "Harbour district", Wikipedia, https://sections.test/wiki/Harbour_district#History (accessed 3 March 2024).\n'
        '[^4]: "Harbour district", Wikipedia, https://sections.test/wiki/Harbour_district#Caf.C3.A9_culture '
        "(accessed 3 March 2024).\n"
        '[^5]: "What the new water tariffs mean for you", https://sections.test/blog/tariffs#for-landlords '
        "(accessed 3 March 2024).\n",
        encoding="utf-8",
    )
    devweb.reset_stats()
    report = await acheck([analysis], test_config)
    missing = [
        (f.label, f.evidence.get("fragment"))
        for f in report.documents[0].findings
        if f.code == "anchor-not-found"
    ]
    assert missing == [("2", "summer-surcharge")]
    # Each page fetched once, whatever part of it is cited.
    assert devweb.hits["/sections.test/handbook/tariffs"] == 1


def test_the_cache_keeps_what_the_checks_read(tmp_path: Path) -> None:
    config = Config(cache=tmp_path / "cache.json")
    cache = LinkCache.for_config(config)
    assert cache is not None
    url = "https://sections.test/handbook/tariffs"
    result = FetchResult.html_page(url, HANDBOOK.encode(), _now())
    page = PageFacts(
        title="t", text="body", site_names=["Harbour Utilities"], anchors={"water-meters": False}
    )
    cache.update({url: result}, {url: page})
    cache.save()
    again = LinkCache.for_config(config)
    assert again is not None
    _, kept = again.fresh([url])[url]
    assert kept is not None
    assert (kept.site_names, kept.anchors, kept.text) == (
        ["Harbour Utilities"],
        {"water-meters": False},
        "body",
    )


def _now() -> dt.datetime:
    return dt.datetime(2026, 12, 7, 12, tzinfo=dt.UTC)
