"""Rules from the failure hunt of branch p12-hunt2 (documents in other languages and office exports):
each has a case where it fires and a near miss where it must not; the data that justifies it is
named with it.
"""

from __future__ import annotations

import datetime as dt

from citecheck.parse import parse_bytes, parse_text
from citecheck.parse.bold_leads import author_lead_before_title, author_year_lead
from citecheck.parse.urls import unwrap_urls

TODAY = dt.date(2026, 12, 6)


def _notes(text: str) -> dict[str, tuple[str | None, str | None]]:
    document = parse_text(text, path="x.md", fmt="markdown", today=TODAY)
    return {fn.label: (fn.title, fn.url) for fn in document.footnotes}


# --- A bold author lead before the title (bold_leads.py) -----------------------------------------
# Data: fixtures/parse-eval iso690-en-wordboldauthoryear-code4lib-bibliography.md (Word's "ISO 690 -
# First Element and Date" bibliography converted to Markdown, "**California Digital Library. 2020.**
# WEST membership. \[Online\] June 2020. https://…": six of ten titles read as the author) and
# iso690-de-wordboldauthoryear-baeume-literatur.md ("**Abego Software. 2011.** treelayout. …", "**---.
# 1859.** On the Theory …"); iso690-de-boldauthor-gdocs-ihk-quellen.md (a Google Docs export, "-
# **Bundesministerium der Justiz.** *Gesetz zur Stärkung der Barrierefreiheit (…)*. \[Online\] 2021\.
# [url](url)": nine of eleven titles read as the author).

WORD_ISO690 = (
    "## Bibliography\n\n"
    "**California Digital Library. 2020.** WEST membership. \\[Online\\] June 2020. "
    "https://cdlib.org/west/about-west/west-membership/\n\n"
    "**Library of Congress. Network Development and MARC Standards Office. 2003.** The LCCN namespace. "
    "MARC standards. \\[Online\\] November 2003. https://www.loc.gov/marc/lccn-namespace.html\n\n"
    "**Aho, Alfred V., Hopcroft, John E. und Ullman, Jeffrey. 1983.** *Data\n"
    "Structures and Algorithms.* Boston : Addison-Wesley, 1983. https://example.org/aho\n"
)


def test_word_author_year_lead_is_no_title() -> None:
    notes = _notes(WORD_ISO690)
    assert notes["1"] == ("WEST membership", "https://cdlib.org/west/about-west/west-membership/")
    assert notes["2"][0] == "The LCCN namespace"
    # A book: its title in italics right after the lead.
    assert notes["3"][0] == "Data Structures and Algorithms"


def test_author_year_lead_shapes() -> None:
    assert author_year_lead("California Digital Library. 2019.")
    assert author_year_lead("Adelson-Velsky, Georgi Maximowitsch und Landis, Jewgeni\nMichailowitsch. 1962.")
    assert author_year_lead("---. 1859.")
    # Near misses: no full stop after the year, a year without the name's stop, a bracketed year.
    assert not author_year_lead("Brown 2020")
    assert not author_year_lead("Brown 2020.")
    assert not author_year_lead("Brown (2020).")


GDOCS = (
    "### **Quellen**\n\n"
    "- **Bundesministerium der Justiz.** *Gesetz zur Stärkung der Barrierefreiheit (BFSG)*. \\[Online\\] 2021\\. "
    "[https://www.gesetze-im-internet.de/bfsg/](https://www.gesetze-im-internet.de/bfsg/) (Abgerufen am: 14.04.2026).\n"
    "- **WakaTime.** *WakaTime: Dashboards for developers*. \\[Software\\] 2026\\. "
    "[https://wakatime.com/](https://wakatime.com/) (Abgerufen am: 14.04.2026).\n"
    "- **Attention Is All You Need.** *NeurIPS*, 2017. https://arxiv.org/abs/1706.03762\n"
)


def test_bold_author_before_an_italic_title() -> None:
    notes = _notes(GDOCS)
    assert notes["1"][0] == "Gesetz zur Stärkung der Barrierefreiheit (BFSG)"
    assert notes["2"][0] == "WakaTime: Dashboards for developers"
    # Near miss: a bold title before its (shorter) venue in italics keeps its title.
    assert notes["3"][0] == "Attention Is All You Need"


def test_author_lead_before_title_guards() -> None:
    assert author_lead_before_title(
        "Bundesministerium der Justiz.", "Gesetz zur Stärkung der Barrierefreiheit"
    )
    # Near misses: a run not closed by a stop; a run as long as the italic one; a long bold title.
    assert not author_lead_before_title(
        "Bundesministerium der Justiz", "Gesetz zur Stärkung der Barrierefreiheit"
    )
    assert not author_lead_before_title("Attention Is All You Need.", "NeurIPS")
    assert not author_lead_before_title(
        "A very long bold title of seven words.", "and an even longer italic run after it here"
    )


# --- A German access label after a URL at a line's end (urls._NEVER_CONTINUES) --------------------
# Data: iso690-de-wordboldauthoryear-baeume-literatur.md entry 1, "…/p/treelayout/⏎zuletzt am
# 15.2.2015." read as "…/treelayout/zuletzt"; its English twin writes "last on", already a stop.


def test_zuletzt_does_not_continue_a_wrapped_url() -> None:
    text = "Java. \\[Online\\] 2011. https://code.google.com/p/treelayout/\nzuletzt am 15.2.2015."
    assert "https://code.google.com/p/treelayout/\nzuletzt" in unwrap_urls(text)
    # Near miss: a path cut after a slash still goes on.
    assert "https://code.google.com/p/treelayout/wiki/Home" in unwrap_urls(
        "Java. https://code.google.com/p/treelayout/\nwiki/Home zuletzt am 15.2.2015."
    )


# --- Word's ISO 690 imprint after a report's title (styles._without_iso690_imprint) -----------------
# Data: iso690-en-wordboldauthoryear-code4lib-bibliography.md entry 9, "**OCLC. 2007.** Technical
# bulletin 254, … the RLG Union Catalog. s.l. : OCLC, 2007. 1097-9654." read with "s.l. : OCLC, 2007"
# (added at the merge of p12-hunt2).


def test_iso690_imprint_after_a_title_is_no_part_of_it() -> None:
    from citecheck.parse.styles import _without_iso690_imprint

    assert (
        _without_iso690_imprint("Technical bulletin 254, OCLC update. s.l. : OCLC, 2007")
        == "Technical bulletin 254, OCLC update"
    )
    assert _without_iso690_imprint("Trees. A survey. Berlin : Springer, 1990.") == "Trees. A survey"
    # Near misses: a subtitle's colon (no spaced colon after a full stop), a title's own full stops.
    assert _without_iso690_imprint("Tree Drawing: Algorithms, 1990") == "Tree Drawing: Algorithms, 1990"
    assert _without_iso690_imprint("Report. Ed. 2: Notes, 2001") == "Report. Ed. 2: Notes, 2001"


# --- Swedish and Finnish quotation marks, ”Title” (styles._SYMMETRIC) ------------------------------
# Data: a Swedish report's IEEE bibliography (Word, Swedish locale) found by p12-hunt2's hunt; CSL's
# sv-SE and fi-FI locales write open-quote and close-quote both as ”.


def test_swedish_quotation_marks_mark_the_title() -> None:
    notes = {
        fn.label: fn.title
        for fn in parse_bytes(
            (
                "Strålar bryts i vatten.[1] Det syns i realtid.[2]\n\n## Bibliography\n\n"
                "[1] X. Yang och Y. Ouyang, ”Real-Time Ray Traced Caustics”, i *Ray Tracing Gems II*, "
                "Berkeley, CA: Apress, 2021, s. 469–497.\n\n"
                "[2] E. Wallace, ”Rendering Realtime Caustics in WebGL”, Medium. Åtkomstdatum: 27 februari "
                "2026. [Online]. https://medium.com/@evanwallace/rendering-realtime-caustics-in-webgl\n"
            ).encode(),
            path="rapport.md",
            today=TODAY,
        ).footnotes
    }
    assert notes["1"] == "Real-Time Ray Traced Caustics"
    assert notes["2"] == "Rendering Realtime Caustics in WebGL"


def test_a_closing_mark_after_an_english_opening_mark_still_closes_it() -> None:
    # Near miss: “Title” in English keeps its pair; the closing mark opens nothing there.
    notes = parse_bytes(
        (
            "A claim.[1]\n\nNotes\n\n[1] J. Doe, “Water tariffs in practice”, Acme Reports, "
            "https://acme.example/t (accessed March 3, 2024).\n"
        ).encode(),
        path="notes.md",
        today=TODAY,
    ).footnotes
    assert notes[0].title == "Water tariffs in practice"
