"""Rules from the failure hunt of branch p13-hunt3 (report endnotes, narrative footnotes, source tables,
localized reference lists, research-assistant exports in 17 languages): each has a case where it fires and
a near miss where it must not; the data that justifies it is named with it.
"""

from __future__ import annotations

import datetime as dt

from citecheck.parse import parse_text
from citecheck.parse.regions import is_notes_heading
from citecheck.parse.urls import find_urls

TODAY = dt.date(2026, 12, 6)


def _notes(text: str, fmt: str = "markdown") -> dict[str, tuple[str | None, str | None]]:
    document = parse_text(text, path="x.md", fmt=fmt, today=TODAY)
    return {fn.label: (fn.title, fn.url) for fn in document.footnotes}


# --- A label glued to the address after an opening bracket, ending in its colon (urls.trim_url) ------------
# Data: fixtures/parse-eval ko-html-author-year-url-glued-jeopsogil-ai.html ("https://kosis.kr(접속일: 2026.
# 8. 29)", Korean "date accessed" with no space before it: three of four URLs read with "(접속일" on them).


def test_glued_access_label_with_colon_is_cut_off() -> None:
    assert find_urls("통계청, KOSIS, https://kosis.kr(접속일: 2026. 8. 29).")[0][0] == "https://kosis.kr"
    url = find_urls("https://huggingface.co/datasets/nvidia/Nemotron(접속일: 2026. 8. 29).")[0][0]
    assert url == "https://huggingface.co/datasets/nvidia/Nemotron"


def test_balanced_bracket_in_a_path_is_kept() -> None:
    # Near miss: a bracket the address closes itself, then a colon of the sentence.
    assert find_urls("https://de.wikipedia.org/wiki/Strafvollzug_(Deutschland): text")[0][0] == (
        "https://de.wikipedia.org/wiki/Strafvollzug_(Deutschland)"
    )


# --- A research assistant's "Works cited" in Indonesian on a plain line (regions.NOTES_HEADING) -------------
# Data: fixtures/parse-eval id-deepresearch-karya-plain-karsasec.md ("Karya yang dikutip" over unnumbered
# "Title - Site, URL" lines: read as ten bare links, no title).

KARYA = (
    "KarsaSec menyajikan fondasi arsitektur AppSec modern yang aman.\n"
    "Karya yang dikutip\n"
    "A Unified Agent Control Plane - LiteLLM, https://docs.litellm.ai/blog/agents-are-the-new-llms\n"
    "Code Graph MCP Server, https://mcpservers.org/servers/colinvaughn/codegraph\n"
    "Common Vulnerability Scoring System - Wikipedia, https://en.wikipedia.org/wiki/Common_Vulnerability_Scoring_System\n"
)


def test_indonesian_works_cited_heads_the_list() -> None:
    notes = _notes(KARYA)
    assert notes["1"] == (
        "A Unified Agent Control Plane",
        "https://docs.litellm.ai/blog/agents-are-the-new-llms",
    )
    assert notes["2"][0] == "Code Graph MCP Server"
    # Near miss: the same lines under a line that names no list stay links of the text.
    assert "1" not in _notes(KARYA.replace("Karya yang dikutip", "Karya yang dipilih"))


def test_works_cited_headings() -> None:
    for heading in ("Karya yang dikutip", "Zitierte Werke", "Ouvrages cités", "Opere citate"):
        assert is_notes_heading(heading), heading
    assert is_notes_heading("23 Karya yang dikutip", marked_heading=True)
    # Near misses: a section about works, a heading on quotations.
    assert not is_notes_heading("Karya yang dipilih")
    assert not is_notes_heading("Werke des Autors")
