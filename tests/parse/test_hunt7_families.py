"""Rules from the failure hunt of branch s35-hunt7 (24 new real documents of the product's core kind: think-tank
reports, policy papers, analyses and explainers citing web sources in numbered notes or source lists, in 10
languages): each has a case where it fires and a near miss where it must not; the data that justifies it is named
with it (fixtures/parse-eval, part "p35hunt7 (studied)").
"""

from __future__ import annotations

import datetime as dt

from citecheck.parse import parse_text
from citecheck.parse.run_together_notes import split_run_together_notes

TODAY = dt.date(2026, 12, 7)


def _notes(text: str, fmt: str = "text") -> dict[str, tuple[str | None, str | None, dt.date | None]]:
    document = parse_text(text, path="x.txt" if fmt == "text" else "x.md", fmt=fmt, today=TODAY)
    return {fn.label: (fn.title, fn.url, fn.access_date) for fn in document.footnotes}


# --- A notes section run together on one line, split one entry a line (run_together_notes) -----------------------
# Data: en-itif-endnotes-bracket-dot-flattened-manufacturing.txt ('Endnotes [1] . Author, “Title” (ITIF, date),
# URL . [2] . …'), en-ada-footnotes-oscola-angle-url-accessed-flattened-delegation.txt ('Footnotes [1] OpenAI,
# ‘Introducing Operator’ <URL> accessed 25 April 2025. [2] …'), de-en-merics-endnotes-pipe-flattened-hyphenated-
# germany.txt ('Endnotes 1 | F.Specht. Title. Handelsblatt. date. URL 2 | …'), en-carnegie-notes-bare-numerals-
# flattened-ai-surveillance.txt ('Notes 1 … (2018). 2 Information from … 3 “Freedom on the Net …”'), en-cnas-endnotes-
# unnumbered-return-arrows-flattened-ai-race.txt ('Endnotes Mei Fong, “…,” … . ↩ Andy Greenberg, …'): no entry
# read in any of them (65 notes) before.


def test_bracketed_numbers_run_together_after_endnotes_are_split() -> None:
    notes = _notes(
        "A report\n\nStart-ups matter. [1] Yet they decline. [2]\n\n"
        "Endnotes [1] . Robert Atkinson, “Understanding the Evolutionary Economy” (ITIF, October 2014), "
        "https://www2.itif.org/a.pdf . [2] . Trelysa Long, “No, Manufacturing Hasn’t Been Revived” (ITIF, June 6, "
        "2025), https://itif.org/b/ . [3] . Corelli Barnett, The Collapse of British Power (London: Faber, 1972), 85.\n"
    )
    assert notes["1"][0] == "Understanding the Evolutionary Economy"
    assert notes["1"][1] == "https://www2.itif.org/a.pdf"
    assert notes["2"][1] == "https://itif.org/b/"
    assert notes["3"][1] is None


def test_pipe_numbers_and_arrows_run_together_are_split() -> None:
    piped = _notes(
        "Endnotes 1 | F.Specht. Industriejobs sind weggefallen. Handelsblatt. 1 April 2025. https://a.de/1.html "
        "2 | Tagesschau. 30 January 2026. https://b.de/2.html 3 | EY. Gewinneinbruch in der Autoindustrie. "
        "15 December 2025. https://c.de/3\n"
    )
    assert [piped[n][1] for n in ("1", "2", "3")] == [
        "https://a.de/1.html",
        "https://b.de/2.html",
        "https://c.de/3",
    ]
    arrows = _notes(
        "Endnotes Mei Fong, “Before the Claims,” The New York Times , November 28, 2018, https://nyt.com/a . ↩ "
        "Andy Greenberg, “The Untold Story,” Wired , August 22, 2018, https://wired.com/b . ↩ "
        "Hannah Arendt, The Human Condition (Chicago: Chicago University Press, 1957). ↩\n"
    )
    assert arrows["1"][1] == "https://nyt.com/a"
    assert arrows["2"][0] == "The Untold Story"


def test_bare_numerals_split_only_after_an_entry_ends() -> None:
    split = split_run_together_notes(
        "Notes 1 The index uses a typology, Politics & Governance 6, no. 1 (2018). 2 Information from SIPRI, "
        "2019, https://www.sipri.org/milex . 3 “Freedom on the Net 2018,” Freedom House, 2018.\n"
    )
    assert split is not None
    lines = [line for line in split.text.split("\n") if line]
    assert lines[0] == "Notes"
    assert lines[1].startswith("[1] The index uses a typology, Politics & Governance 6, no. 1 (2018).")
    assert lines[2].startswith("[2] Information from SIPRI")
    assert lines[3].startswith("[3] “Freedom on the Net 2018,”")
    # Reported where they stand in the file: line 1, at the entry's text.
    assert split.original(4, 5)[0] == 1


def test_heading_word_followed_by_prose_or_few_entries_is_left_alone() -> None:
    # Prose after "Notes", numbers out of order, two entries only: no split.
    assert (
        split_run_together_notes("Notes 1 and 2 describe the method we used in 2019 for the survey.\n" * 3)
        is None
    )
    assert (
        split_run_together_notes("References [1] A, “T,” https://a.org . [3] B, https://b.org . [2] C.\n")
        is None
    )
    assert split_run_together_notes("Endnotes [1] A, “T,” https://a.org . [2] B, https://b.org .\n") is None
    # Markers in a line after a heading word say nothing: no list.
    assert split_run_together_notes("References [1] [2] [3] [4]\n\nText.\n") is None
    # A heading word inside a sentence opens no notes section.
    assert split_run_together_notes("See the Notes [1] below. [2] More. [3] And more.\n") is None


def test_notes_run_together_under_any_name_regions_knows_a_notes_section_by() -> None:
    # The heading names are regions.NOTES_HEADING_NAMES' (Bibliography, Литература, Kaynakça, Works cited,
    # Einzelnachweise …), not a second hand list: a list run together after them splits as after "Endnotes".
    for heading, entries in (
        (
            "Bibliography",
            "1 Smith, “Tariffs”, https://a.org/1. 2 Jones, “Rails”, https://b.org/2. 3 Doe, “Ports”, https://c.org/3.",
        ),
        (
            "Литература:",
            "[1] Иванов. Тарифы // URL: https://a.ru/1 [2] Петров. Пути // URL: https://b.ru/2 [3] Сидоров. Порты // URL: https://c.ru/3",
        ),
        (
            "Kaynakça",
            "1 | Yılmaz, “Baş”, https://a.tr/1 2 | Kaya, “İki”, https://b.tr/2 3 | Demir, “Üç”, https://c.tr/3",
        ),
        (
            "## Works cited",
            "[1] A, “One,” https://a.org/1 . [2] B, “Two,” https://b.org/2 . [3] C, “Three,” https://c.org/3 .",
        ),
    ):
        split = split_run_together_notes(f"Body text.\n\n{heading} {entries}\n")
        assert split is not None, heading
        lines = [line for line in split.text.split("\n") if line]
        assert lines[1] == heading.rstrip(":") or lines[1] == heading, lines[1]
        assert [line[:3] for line in lines[2:]] == ["[1]", "[2]", "[3]"], heading


def test_a_notes_name_inside_prose_or_over_unordered_numbers_stays_prose() -> None:
    # Near misses: the name starts a sentence of prose, or the numbers do not carry in order.
    assert (
        split_run_together_notes(
            "Bibliography 1 is the long one, and we read it twice in 2019 at home.\n" * 3
        )
        is None
    )
    assert (
        split_run_together_notes(
            "Литература [1] Иванов, https://a.ru/1 [3] Петров, https://b.ru/2 [2] Сидоров.\n"
        )
        is None
    )
    assert split_run_together_notes("The bibliography [1] lists [2] three [3] items.\n" * 3) is None


# --- A Word note whose back link repeats an earlier note's anchor is labelled by its own numeral (markdown) --------
# Data: zh-translated-article-fullwidth-lenticular-ftn-spaced-link-text-xai.md ('[【3】](#_ftnref1)页岩分析，…': the
# third note read as a second note 1, the first lost).


def test_note_repeating_an_earlier_anchor_takes_its_shown_numeral() -> None:
    notes = _notes(
        "A[【1】](#_ftn1) B[【2】](#_ftn2) C[【3】](#_ftn1)\n\n"
        "[【1】](#_ftnref1)《理解可解释的 AI》，[https://a.org/x](https://a.org/x)\n\n"
        "[【2】](#_ftnref2)[https://b.org/y](https://b.org/y)\n\n"
        "[【3】](#_ftnref1)页岩分析，[https://c.org/z](https://c.org/z)\n",
        fmt="markdown",
    )
    assert notes["1"][1] == "https://a.org/x"
    assert notes["3"][1] == "https://c.org/z"
    # Full-width separators close a title as ASCII ones do.
    assert notes["3"][0] == "页岩分析"


def test_note_with_another_shown_numeral_but_its_own_anchor_keeps_the_anchor() -> None:
    notes = _notes(
        "A[[1]](#_ftn1) B[[2]](#_ftn2)\n\n"
        "[[1]](#_ftnref1) First, https://a.org/x\n\n"
        "[[5]](#_ftnref2) Second, https://b.org/y\n",
        fmt="markdown",
    )
    assert notes["2"][1] == "https://b.org/y"
    assert "5" not in notes


# --- A Word back link left empty, the note's number after it (markdown._EMPTY_BACK_LINK) --------------------------
# Data: en-industry-council-mla-weblog-footnotes-html-anchors-spying.md ('[](#_ftnref1)1 Drinkwater, Doug. “…”':
# both notes missed).


def test_empty_back_link_with_the_number_after_it_is_a_note() -> None:
    notes = _notes(
        'Text<a href="#_ftn1" name="_ftnref1">1</a> and more<a href="#_ftn2" name="_ftnref2">2</a>.\n\n'
        "[](#_ftnref1)1 Drinkwater, Doug. “RSA 2014: Encryption Works.” Web log post. <[https://a.org/1](https://a.org/1)>\n\n"
        "[](#_ftnref2)2 Schneier, Bruce. “The NSA’s Capabilities.” Web log post. <[https://a.org/2](https://a.org/2)>\n",
        fmt="markdown",
    )
    assert notes["1"][0] == "RSA 2014: Encryption Works"
    assert notes["2"][1] == "https://a.org/2"


def test_empty_back_link_with_another_number_after_it_is_left() -> None:
    notes = _notes(
        "[](#_ftnref1)7 Drinkwater, Doug. “RSA 2014.” <https://a.org/1>\n\n"
        "[](#_ftnref2)9 Schneier, Bruce. “The NSA.” <https://a.org/2>\n",
        fmt="markdown",
    )
    assert "1" not in notes and "2" not in notes


# --- An address cut by one space after a slash, its path's rest one token ending the field (spaced_urls) ----------
# Data: en-cnas-endnotes-unnumbered-return-arrows-flattened-ai-race.txt note 3 ('https://apnews.com/ article/bb56… .'),
# en-merics-endnotes-pipe-accessed-colon-split-url-eu.txt notes 1 and 4.


def test_address_cut_by_a_space_after_a_slash_is_joined() -> None:
    from citecheck.parse.spaced_urls import join_spaced_urls

    assert "https://apnews.com/article/bb5628f2a742 " in join_spaced_urls(
        "AP, September 1, 2017, https://apnews.com/ article/bb5628f2a742 . Next"
    )
    assert "https://ec.europa.eu/funding/calls/horizon_en " in join_spaced_urls(
        "“Horizon Europe.” https://ec.europa.eu/ funding/calls/horizon_en . Accessed: April 8, 2026"
    )


def test_word_after_an_address_ending_in_a_slash_stays_apart() -> None:
    from citecheck.parse.spaced_urls import join_spaced_urls

    text = "See https://example.org/ and the docs/ folder. Or https://example.org/ Documentation/x ."
    assert join_spaced_urls(text) == text


# --- CNKI's Chinese authors closed by semicolons before a GB/T title (styles._CNKI_AUTHORS) ----------------------
# Data: zh-thesis-proposal-gbt7714-endnotes-ednref-eb-ol-cited-date.md endnote 1 ('柳海燕;郑健; 基于React和Express的…[J/OL]':
# read with both authors on the title).


def test_cnki_semicolon_authors_are_not_the_title() -> None:
    notes = _notes(
        "参考文献\n\n[1] 柳海燕;郑健; 基于React和Express的接待工作管理系统的设计与实现[J/OL]. 电脑知识与技术, 2021: 10-13.\n"
        "[2] 陈海云, 李学庆. 基于React Native的移动应用开发模版的设计与实现[D]. 山东大学, 2021.\n"
    )
    assert notes["1"][0] == "基于React和Express的接待工作管理系统的设计与实现"


def test_title_opening_with_a_chinese_word_and_semicolon_after_a_full_stop_stays() -> None:
    notes = _notes(
        "参考文献\n\n[1] 张三. 城市;乡村;发展研究[J]. 地理学报, 2020, 75(1): 1-10.\n[2] 李四. 另一个题目[M]. 北京: 出版社, 2019.\n"
    )
    assert notes["1"][0] == "城市;乡村;发展研究"


# --- A title closed by its opening quote typed again (styles._same_mark_closed) ----------------------------------
# Data: en-ada-endnotes-oscola-spaced-angle-bracket-scribe.txt endnote 8 ('‘Magic Notes‘ (Beam) <https://…> accessed
# 28 August 2025': read whole up to the "<").


def test_title_closed_by_its_opening_mark_typed_again() -> None:
    notes = _notes(
        "Endnotes\n\n[1] ‘Magic Notes‘ (Beam) <https://magicnotes.ai/> accessed 28 August 2025.\n"
        "[2] ‘AI Exemplars Programme’ (GOV.UK) <https://www.gov.uk/x> accessed 29 September 2025.\n"
    )
    assert notes["1"][0] == "Magic Notes"
    assert notes["1"][2] == dt.date(2025, 8, 28)


def test_title_with_an_inner_opening_mark_stays_whole() -> None:
    from citecheck.parse.styles import tidy_title

    assert (
        tidy_title("‘Tis the Season: Retail in ‘Holiday’ Markets")
        == "‘Tis the Season: Retail in ‘Holiday’ Markets"
    )
    assert tidy_title("“Loud“ and clear answers") == "“Loud“ and clear answers"


# --- MLA 6's unlabelled access date right before the address in angle brackets (entries._mla_access_before_address)
# Data: en-industry-council-mla-weblog-footnotes-html-anchors-spying.md notes 1 and 2 ('… Bruce Schneier, Feb. 25,
# 2014. Mar 26, 2014. <https://…>': access dates unread).


def test_mla6_date_before_the_angle_bracketed_address_is_the_access_date() -> None:
    notes = _notes(
        "Notes\n\n"
        "1. Drinkwater, Doug. “RSA 2014: Encryption Works.” Web log post. Schneier on Security. Bruce Schneier, "
        "Feb. 25, 2014. Mar 26, 2014. <https://www.schneier.com/a.html>\n"
        "2. Schneier, Bruce. “The NSA’s Capabilities.” Web log post. Schneier on Security. Sep. 6, 2013. "
        "March 26, 2014. <https://www.schneier.com/b.html>\n"
    )
    assert notes["1"][2] == dt.date(2014, 3, 26)
    assert notes["2"][2] == dt.date(2014, 3, 26)


def test_single_date_or_date_not_before_the_address_is_no_access_date() -> None:
    notes = _notes(
        "Notes\n\n"
        "1. Doe, Jane. “A Post.” Web log post. Some Blog. Feb. 25, 2014. <https://example.org/a>\n"
        "2. Doe, Jane. “Another.” Some Blog, Feb. 25, 2014, updated Mar 26, 2014, see <https://example.org/b> online.\n"
    )
    assert notes["1"][2] is None
    assert notes["2"][2] is None
