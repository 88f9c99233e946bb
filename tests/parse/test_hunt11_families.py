"""Rules from the failure hunt of branch s39-hunt11 (21 new real documents of note shapes the reader had not met: Org
mode's "[fn:N]" notes, AsciiDoc's "footnote:[…]" macro, numbered lists beside the notes that are no notes, notes that
cite several sources or repeat their number, analyses and translations in Chinese, Russian, Ukrainian, Korean and
Arabic): each has a case where it fires and a near miss where it must not; the data that justifies it is named with it
(fixtures/parse-eval, part "p39hunt11 (studied)").
"""

from __future__ import annotations

import datetime as dt

from citecheck.parse import parse_bytes, parse_text
from citecheck.parse.entries import parse_entry
from citecheck.parse.markup_notes import asciidoc_notes, has_markup_notes, org_notes
from citecheck.parse.regions import is_notes_heading

TODAY = dt.date(2026, 12, 7)


def _notes(
    text: str, path: str = "x.md", fmt: str | None = "markdown"
) -> dict[str, tuple[str | None, str | None]]:
    document = parse_text(text, path=path, fmt=fmt, today=TODAY)  # type: ignore[arg-type]
    return {fn.label: (fn.title, fn.url) for fn in document.footnotes if not fn.label.startswith("L")}


# --- Org mode's notes and links (markup_notes.org_notes) -------------------------------------------------------
# Data: two Chinese Hugo posts written in Org syntax ("[fn:1] [[URL][Title]]" under "# Footnotes", one with its
# definitions out of order and a book without a link), an English .org file of bare-address notes: org-notes 0/15
# titles, 3/15 addresses at the first read, 15/15 both after.

_ORG_POST = """# mesos
可以参考一下lusis写的[[http://blog.lusis.org/blog/2014/06/14/paas-for-realists/][PaaS for Realists]]，
mesos的下一个版本能支持更复杂的网络配置[fn:1]。另外一点就是[fn:2]：

# Footnotes

[fn:2] [[http://mesos.apache.org/documentation/latest/docker-containerizer/][Docker Containerizer]]

[fn:1] [[http://tnachen.wordpress.com/2014/08/19/docker-in-mesos-0-20/][Docker on Mesos
0.20]]
"""


def test_org_notes_and_links_read_as_markdown_notes() -> None:
    notes = _notes(_ORG_POST)
    assert notes["1"] == (
        "Docker on Mesos 0.20",
        "http://tnachen.wordpress.com/2014/08/19/docker-in-mesos-0-20/",
    )
    assert notes["2"] == (
        "Docker Containerizer",
        "http://mesos.apache.org/documentation/latest/docker-containerizer/",
    )


def test_org_bare_address_notes_have_no_title() -> None:
    text = "* Links\n   - Internals Manual[fn:1]\n\n* Footnotes\n\n[fn:1] http://clang.llvm.org/docs/InternalsManual.html\n"
    assert _notes(text, path="notes.org", fmt=None)["1"] == (
        None,
        "http://clang.llvm.org/docs/InternalsManual.html",
    )


def test_org_rewrite_keeps_every_offset() -> None:
    rewritten = org_notes(_ORG_POST)
    assert len(rewritten) == len(_ORG_POST)
    assert rewritten.count("\n") == _ORG_POST.count("\n")
    assert "[^1]:" in rewritten and "[^2]" in rewritten


def test_org_definition_nobody_cites_is_left_alone() -> None:
    # Near miss: a bracketed remark at a line's start that no marker names is no Org note, and an Org link to a
    # heading or a wiki page is no web link.
    text = "[fn:1] a remark nobody cites\n\nSee [[*Introduction]] and [[Page]].\n"
    assert org_notes(text) == text
    assert not has_markup_notes(text)


# --- AsciiDoc's footnote macro (markup_notes.asciidoc_notes) ---------------------------------------------------
# Data: the BitScheme specification (.adoc, "footnote:[URL[Title]]"), an interpretability report's chapter (.adoc,
# notes of two to five lines with "link:URL["Title."]"), the PINE64 wiki's Markdown page with "footnote:[see
# [Title](URL)]": asciidoc-notes 7/12 titles, 1/12 addresses at the first read, 10/12 and 12/12 after.

_ADOC = """= BitScheme

BitScheme describes bitstreams (like those used for programming FPGAs).footnote:[https://en.wikipedia.org/wiki/Field-programmable_gate_array[Field-Programmable Gate Array]]
Humans identify the best learning path.footnote:[See Bengio et al. (2009),
link:http://dl.acm.org/citation.cfm?id=1553380["Curriculum Learning."]]
It is run as a REPL.footnote[https://en.wikipedia.org/wiki/REPL[Read–Eval–Print Loop]].
"""


def test_asciidoc_macros_are_notes_in_order() -> None:
    document = parse_bytes(_ADOC.encode(), path="spec.adoc", today=TODAY)
    notes = {fn.label: (fn.title, fn.url) for fn in document.footnotes if not fn.label.startswith("L")}
    assert notes == {
        "1": ("Field-Programmable Gate Array", "https://en.wikipedia.org/wiki/Field-programmable_gate_array"),
        "2": ("Curriculum Learning", "http://dl.acm.org/citation.cfm?id=1553380"),
    }


def test_one_asciidoc_macro_is_a_note_and_offsets_stay() -> None:
    text = "Coke machines were online early.footnote:[https://www.cs.cmu.edu/~coke/history_long.txt]\n"
    read = asciidoc_notes(text)
    assert read is not None
    marked, written, notes = read
    assert len(marked) == len(written) == len(text)
    start = text.index("footnote:")
    assert notes == [("1", start, start + len("https://www.cs.cmu.edu/~coke/history_long.txt"))]
    assert _notes(text, path="iot.adoc", fmt=None)["1"] == (
        None,
        "https://www.cs.cmu.edu/~coke/history_long.txt",
    )


def test_asciidoc_markdown_link_inside_the_macro_stays() -> None:
    text = (
        "* Quad-core ARM Cortex-A53 footnote:[see [Cortex-A53 on arm.com](https://www.arm.com/cortex-a53)]\n"
    )
    assert _notes(text)["1"] == ("Cortex-A53 on arm.com", "https://www.arm.com/cortex-a53")


def test_malformed_or_embedded_macro_is_no_note() -> None:
    # Near miss: "footnote[…]" without its colon is printed as text by AsciiDoc; "myfootnote:[…]" is no macro.
    for text in (
        "It runs as a REPL.footnote[https://example.org/repl[REPL]].\n",
        "A myfootnote:[x y] here.\n",
    ):
        assert asciidoc_notes(text) is None
        assert not has_markup_notes(text)


# --- A numbered list after the notes, under a heading of its own (regions._renumbered_after_notes) -------------
# Data: a Korean wiki article's "## 꼬리질문" (follow-up questions) after "## 참고문헌", the LCTT translation's "###
# 相关文章：" (related articles) after "### 注释": notes 1-2 and 1-4 were taken over (5 titles, 2 access dates,
# 3 addresses).

_KOREAN = """## 참고문헌

1. Oracle, "Enum Types (The Java Tutorials)", [https://docs.oracle.com/javase/tutorial/java/javaOO/enum.html](https://docs.oracle.com/javase/tutorial/java/javaOO/enum.html) (확인일: 2026-08-17)
2. Spring Framework Reference Documentation, "Bean Scopes", [https://docs.spring.io/spring-framework/reference/core/beans/factory-scopes.html](https://docs.spring.io/spring-framework/reference/core/beans/factory-scopes.html) (확인일: 2026-08-17)

## {heading}

1. **`enum` 싱글톤과 DCL 기반 싱글톤 중 어느 쪽이 더 유리한가?**
   - 추천 참고 URL: [https://docs.oracle.com/javase/tutorial/java/javaOO/enum.html](https://docs.oracle.com/javase/tutorial/java/javaOO/enum.html)
{third}
"""


def test_list_renumbered_under_another_heading_is_no_notes() -> None:
    document = parse_text(
        _KOREAN.format(heading="꼬리질문", third=""), path="x.md", fmt="markdown", today=TODAY
    )
    notes = [fn for fn in document.footnotes if not fn.label.startswith("L")]
    assert [(fn.label, fn.title, fn.access_date) for fn in notes] == [
        ("1", "Enum Types (The Java Tutorials)", dt.date(2026, 8, 17)),
        ("2", "Bean Scopes", dt.date(2026, 8, 17)),
    ]


def test_list_numbered_on_or_under_a_notes_heading_stays() -> None:
    # Near misses: a list that goes on numbering past the notes keeps its items, and so does one under another
    # notes heading.
    going_on = _KOREAN.format(heading="Appendix", third="").replace("\n1. **`enum`", "\n3. **`enum`")
    assert "3" in _notes(going_on)
    again = parse_text(
        _KOREAN.format(heading="References", third=""), path="x.md", fmt="markdown", today=TODAY
    )
    assert [fn.label for fn in again.footnotes if not fn.label.startswith("L")] == ["1", "2", "1"]


# --- Arabic "الحواشي" heads notes (regions notes words) ----------------------------------------------------------
# Data: the Arabic translation of the ch32fun README, "### الحواشي/الروابط" over six sources: none read at first.


def test_arabic_hawashi_heads_notes() -> None:
    assert is_notes_heading("الحواشي/الروابط", marked_heading=True)
    assert is_notes_heading("الحواشي", marked_heading=True)
    # Near miss: CSS's "الحاشية الداخلية" (padding) names no notes.
    assert not is_notes_heading("الحاشية الداخلية المنطقية", marked_heading=True)


# --- A work named after a bare address and a space (entries._spaced_after_address) -----------------------------
# Data: the same README's six notes, "* https://…/Debug%20Manual.pdf دليل التصحيح": 0/5 titles, 5/5 after.


def test_name_after_bare_address_is_the_title() -> None:
    pdf = "https://raw.githubusercontent.com/openwch/ch32v003/main/RISC-V%20QingKeV2%20Debug%20Manual.pdf"
    assert parse_entry(f"{pdf} دليل التصحيح").title == "دليل التصحيح"
    assert parse_entry(f"{pdf} Debugging Manual").title == "Debugging Manual"


def test_remark_or_date_after_bare_address_is_no_title() -> None:
    # Near misses: a remark in lower case, a sentence of lower-case words, a date.
    url = "https://www.wch-ic.com/downloads/CH32V003RM_PDF.html"
    assert parse_entry(f"{url} reference manual").title is None
    assert parse_entry(f"{url} Used for the timer setup and the clock tree of this board.").title is None
    assert parse_entry(f"{url} 3 March 2024").title is None
    # A sentence after the address (a Chinese translation's note in the eval's calibration part).
    wiki = "https://en.wikipedia.org/wiki/Magic_Quadrant"
    assert (
        parse_entry(
            f"{wiki} 根据乔丹·彼得森的说法，人类深刻理解并接受等级制度。这也是组织和整理图表的一个好方法。"
        ).title
        is None
    )


# --- A list item's number written again, and Chinese pointers before an address ---------------------------------
# Data: a Chinese translation of a book on Mac malware, notes "1.    1。  请参阅 [*https://<wbr>…*](URL)。": four
# titles read "1。 请参阅", "2。 请参阅", "10. 参见" and the sentence before "网址为".

_BOOK = """### 注释

1.    1。  请参阅 [*https://<wbr>learn<wbr>.microsoft<wbr>.com<wbr>/autoruns*](https://learn.microsoft.com/autoruns)。

1.    2。  Csaba Fitzl, “超越传统的 LaunchAgents”，*Theevilbit 博客*，2023 年 9 月 28 日，[*https://<wbr>theevilbit<wbr>.github<wbr>.io*](https://theevilbit.github.io/)。

1.    3。  你可以在服务的开发者文档中阅读更多，网址为 [*https://<wbr>docs<wbr>.virustotal<wbr>.com*](https://docs.virustotal.com/)。
"""


def test_repeated_number_and_chinese_pointers() -> None:
    notes = _notes(_BOOK)
    assert notes["1"] == (None, "https://learn.microsoft.com/autoruns")
    assert notes["2"] == ("超越传统的 LaunchAgents", "https://theevilbit.github.io/")
    assert notes["3"] == (None, "https://docs.virustotal.com/")


def test_number_that_is_no_repeated_label_stays() -> None:
    # Near misses: "1. 1.5 million …" keeps its text; a Chinese title before an address keeps its title.
    text = "## 参考文献\n\n1. 1.5 million users, the report. https://example.org/report\n2. Go 语言圣经 https://gopl-zh.github.io/\n"
    notes = _notes(text)
    assert notes["1"][0] is not None and notes["1"][0].startswith("1.5 million")
    assert notes["2"] == ("Go 语言圣经", "https://gopl-zh.github.io/")


# --- "See, e.g., URL" (entries._introduces_address) ---------------------------------------------------------------
# Data: a Pandoc lecture's note "[^1]: See, e.g., <https://bit.ly/2ZHlKWG> for a proof.", read as titled "g".


def test_see_eg_introduces_the_address() -> None:
    assert parse_entry("See, e.g., https://bit.ly/2ZHlKWG for a proof.").title is None
    # A clause of lower-case words before ", see URL" (an AsciiDoc report's note) says what the address holds.
    lead = "For a recent complete list of data science platforms, see"
    assert parse_entry(f"{lead} http://www.kdnuggets.com/2017/02/gartner.html.").title is None
    # Near miss: a capitalised name before the comma is no clause of prose; the rule leaves it to the others.
    named = parse_entry(
        "The Ionic Framework Component Reference Guide, see https://ionicframework.com/docs"
    ).title
    assert named is not None and named.startswith("The Ionic Framework Component Reference Guide")
    # Near miss: words other than a pointer round "e.g." name the work.
    assert parse_entry(
        "Visual introductions, e.g. Seeing Theory: https://seeing-theory.brown.edu/"
    ).title == ("Seeing Theory")


# --- A long site name before a comma only when a title follows (styles.host_named_site) --------------------------
# Data: a Russian research note's "[Slint Backends & Renderers, документация с предупреждением unreleased](URL)" at
# docs.slint.dev, read as titled "документация с предупреждением unreleased".


def test_lower_case_qualifier_after_comma_is_no_title() -> None:
    text = (
        "## Источники\n\n1. [Slint Backends & Renderers, документация с предупреждением unreleased]"
        "(https://docs.slint.dev/latest/docs/slint/guide/backends-and-renderers/)\n"
    )
    assert _notes(text)["1"][0] == "Slint Backends & Renderers, документация с предупреждением unreleased"
