"""Rules from the failure hunt of branch s42-hunt17 (16 new real documents citing web sources in Chinese, Japanese,
Korean, Thai, Indonesian, Vietnamese and Arabic: GB/T 7714 lists, SIST 02 lists, Markdown footnotes, IEEE- and
APA-like lists): each has a case where it fires and a near miss where it must not; the data that justifies it is
named with the rule (fixtures/parse-eval, part "p42hunt17 (studied)").
"""

from __future__ import annotations

import datetime as dt

from citecheck.parse import parse_text
from citecheck.parse.entries import parse_entry
from citecheck.parse.styles import tidy_title

TODAY = dt.date(2026, 12, 8)


def _read(text: str) -> dict[str, tuple[str | None, str | None, dt.date | None]]:
    document = parse_text(text, path="x.md", fmt="markdown", today=TODAY)
    return {
        fn.label: (fn.title, fn.url, fn.access_date)
        for fn in document.footnotes
        if not fn.label.startswith("L")
    }


# --- GB/T 7714's compact cited date "[20190620]" (entries._GBT_CITED) ------------------------------------------------
# Data: p42hunt17's BeiDou paper converted from PDF, "[EB/OL]. (20190520)[20190620].http://…" (four access dates lost).


def test_compact_gbt_cited_date_dates_the_reading() -> None:
    fields = parse_entry(
        "国家航天局.第45颗北斗导航卫星成功发射，[EB/OL]. (20190520)[20190620].http://www.cnsa.gov.cn/n6758824/c6806347/content.html."
    )
    assert fields.access_date == dt.date(2019, 6, 20)
    assert parse_entry(
        "Kelso T S. NORAD Two-Line Element Sets Current Data，[EB/OL]. [20190621].http://celestrak.com/NORAD/elements/."
    ).access_date == dt.date(2019, 6, 21)


def test_bracketed_numbers_that_are_no_date_date_nothing() -> None:
    # Near misses: seven digits, a month 13, and eight digits before any type code are no cited date.
    assert (
        parse_entry(
            "中国卫星导航系统管理办公室.北斗系统介绍，[EB/OL]. [2019062].http://www.beidou.gov.cn/."
        ).access_date
        is None
    )
    assert (
        parse_entry(
            "中国卫星导航系统管理办公室.北斗系统介绍，[EB/OL]. [20191320].http://www.beidou.gov.cn/."
        ).access_date
        is None
    )
    assert parse_entry("[20190620] 北斗系统介绍. http://www.beidou.gov.cn/.").access_date is None


# --- GB/T 7714's type code in full-width brackets "［J]" (styles.GBT_TYPE) -------------------------------------------
# Data: p42hunt17's BeiDou paper, "王菁,刘战合,王晓璐,王正鹤.GPS/BDS 星座导航性能仿真分析［J].电子设计工程,…" (the
# English translation on the next line read as the title).

_FULL_WIDTH = """# 参考文献:

[7]王菁,刘战合,王晓璐,王正鹤.GPS/BDS 星座导航性能仿真分析［J].电子设计工程,2018, 26(17): 162-166.
WANG Jing，LIU Zhan-he，WANG Xiao-lu. Simulation and analysis of navigation performance for BDS/GPS constellation [J]. Electronic Design Engineering，2018, 26(17): 162-166
[8]许建忠,王祖林.统一S 波段卫星测控系统的仿真实现［J］.航天控制， 2009,27 (5):65-69.
"""


def test_full_width_type_brackets_close_the_title() -> None:
    notes = _read(_FULL_WIDTH)
    assert notes["7"][0] == "GPS/BDS 星座导航性能仿真分析"
    assert notes["8"][0] == "统一S 波段卫星测控系统的仿真实现"


def test_full_width_brackets_round_other_words_close_nothing() -> None:
    # Near miss: "［注］" (a note's mark) and a lower-case "［j］" are no type code.
    assert tidy_title("北斗系统的仿真［注］") == "北斗系统的仿真［注］"
    assert tidy_title("北斗系统的仿真［j］") == "北斗系统的仿真［j］"


# --- Footnote definitions nested in list items (markdown._BlockStructure.nested_definitions) ------------------------
# Data: p42hunt17's Chinese blog post on Markdown, five of eight notes defined eight spaces in, inside the nested
# items that name each dialect ("+   被命名为 Alerts，[^mdr]语法是：" over "        [^mdr]:  《[Markdown reference](…)》").

_NESTED = """Markdown 的告诫框[^x]。

[^x]: 《[Admonitions](https://docs.asciidoctor.org/asciidoc/latest/blocks/admonitions/)》, Asciidoctor. (参照 2022-06-25).

+   Microsoft Docs

    +   被命名为 Alerts，[^mdr]语法是：

        [^mdr]:  meganbradley, 《[Markdown reference](https://docs.microsoft.com/en-us/contribute/markdown-reference)》, Microsoft Docs Contributor Guide, 2022-03-30. (参照 2022-06-14).

        ```text
        > [!关键字] 标题
        ```
"""


def test_definition_nested_in_a_list_item_is_a_note() -> None:
    notes = _read(_NESTED)
    assert notes["mdr"] == (
        "Markdown reference",
        "https://docs.microsoft.com/en-us/contribute/markdown-reference",
        dt.date(2022, 6, 14),
    )


def test_definition_inside_a_code_block_is_no_note() -> None:
    # Near miss: the same line inside a fenced block of a list item, or indented as code outside any list, is code.
    fenced = _NESTED.replace("        [^mdr]:  ", "        ```\n        [^mdr]:  ", 1).replace(
        "(参照 2022-06-14).\n", "(参照 2022-06-14).\n        ```\n", 1
    )
    assert "mdr" not in _read(fenced)
    code = "Text[^y].\n\n[^y]: Note. https://example.org/y\n\nCode:\n\n        [^z]: https://example.org/z\n"
    assert "z" not in _read(code)


# --- A "-" under a list item, outside its content column, is an empty item (markdown._outer_underline) --------------
# Data: p42hunt17's Indonesian stock-prediction report, whose reference list ends on an empty "- " bullet: its last
# entry read as a setext heading and was lost.

_EMPTY_ITEM = """## Referensi
- Hayes, Adam. (2021). _Bollinger Band Definition_. Diakses pada 26 Oktober 2021, dari https://www.investopedia.com/terms/b/bollingerbands.asp
- Anonim. (2021). _Jenis-Jenis Metode Regresi_. Diakses pada 27 Oktober 2021, dari https://www.dqlab.id/jenis-metode-regresi
-\x20
"""


def test_trailing_empty_bullet_keeps_the_last_entry() -> None:
    notes = _read(_EMPTY_ITEM)
    assert notes["2"] == (
        "Jenis-Jenis Metode Regresi",
        "https://www.dqlab.id/jenis-metode-regresi",
        dt.date(2021, 10, 27),
    )
    bare = _read(_EMPTY_ITEM.replace("\n- \n", "\n-\n"))
    assert bare["2"][1] == "https://www.dqlab.id/jenis-metode-regresi"


def test_underline_of_a_paragraph_still_makes_a_heading() -> None:
    # Near miss: under a plain paragraph "---" is a setext underline, and the list under that heading is read.
    text = "Referensi\n---------\n\n- Anonim. (2021). _Judul_. Diakses pada 27 Oktober 2021, dari https://www.dqlab.id/a\n"
    document = parse_text(text, path="x.md", fmt="markdown", today=TODAY)
    assert [fn.url for fn in document.footnotes if not fn.label.startswith("L")] == ["https://www.dqlab.id/a"]


# --- A quoted title after a name is no name (styles.name_year_only) --------------------------------------------------
# Data: p42hunt17's Japanese slides, SIST 02 'maec_lamar. "連結リストについてまとめてみた". Qiita. 2024. URL. (参照 …)':
# a spaceless Japanese title fit in the "name" of a name-and-year head and was dropped.


def test_quoted_spaceless_title_after_a_name_stands() -> None:
    fields = parse_entry(
        'maec_lamar. "連結リストについてまとめてみた". Qiita. 2024. https://qiita.com/maec_lamar/items/709e52add85452565717. (参照 2025-05-10)'
    )
    assert fields.title == "連結リストについてまとめてみた"


def test_name_and_year_alone_still_name_no_title() -> None:
    # Near miss: "Nagios, 2013. http://…" (a name, a year, the URL) names no title.
    assert parse_entry("Nagios, 2013. http://www.nagios.org/about").title is None


# --- A link after the reference's closing year labels the link (styles._link_after_closed_reference) ----------------
# Data: p42hunt17's Korean MOSFET notes, "C. Hu, *Modern Semiconductor Devices …*, Pearson (2010). [Chapter 7 저자 제공
# PDF](https://…)": the book read as titled by its link to the author's PDF.

_LINK_AFTER = """## References

1. C. Hu, *Modern Semiconductor Devices for Integrated Circuits*, Chapters 6–7, Pearson (2010). [Chapter 7 저자 제공 PDF](https://www.chu.berkeley.edu/wp-content/uploads/2020/01/Chenming-Hu_ch7.pdf).
2. BSIM Research Group, *BSIM4 Manual*, University of California, Berkeley, 2019. [공식 모델 페이지](https://bsim.berkeley.edu/models/bsim4/) (접속일: 2026-07-31).
"""


def test_link_after_the_closing_year_is_no_title() -> None:
    notes = _read(_LINK_AFTER)
    assert notes["1"][0] == "Modern Semiconductor Devices for Integrated Circuits"
    assert notes["2"][0] == "BSIM4 Manual"


def test_link_before_the_year_or_without_emphasis_keeps_its_text() -> None:
    # Near misses: the link before the year is the title's link; without an emphasised run the link's text stands.
    notes = _read(
        "## References\n\n1. C. Hu, [Hot-Electron-Induced MOSFET Degradation](https://doi.org/10.1109/T-ED.1985.21952), *IEEE Trans.* (1985).\n"
        "2. C. Hu, Pearson (2010). [Modern Semiconductor Devices](https://www.chu.berkeley.edu/ch7.pdf).\n"
    )
    assert notes["1"][0] == "Hot-Electron-Induced MOSFET Degradation"
    assert notes["2"][0] == "Modern Semiconductor Devices"


# --- A subtitle between dashes keeps its closing dash (styles._DASH_ENCLOSED_TAIL) -----------------------------------
# Data: p42hunt17's Japanese slides, '田村仁. "連結リストを学ぶ -Python-". …' read "連結リストを学ぶ -Python".


def test_dash_enclosed_subtitle_keeps_its_closing_dash() -> None:
    assert tidy_title("連結リストを学ぶ -Python-") == "連結リストを学ぶ -Python-"
    assert tidy_title("データ構造入門 ―C言語編―.") == "データ構造入門 ―C言語編―"


def test_separator_dash_is_still_stripped() -> None:
    # Near misses: a dash left as a separator after the title, or after a spaced dash, goes.
    assert tidy_title("Title -") == "Title"
    assert tidy_title("Foo - Bar -") == "Foo - Bar"


# --- Link text opening with a bracketed tag (markdown._INLINE group "link") ------------------------------------------
# Data: p42hunt17's Chinese blog post, 《[[Markdown] An option to highlight a 「Note」 …](https://github.com/…/16925)》:
# the link read as text, the author and brackets on its title.


def test_link_text_opening_with_a_bracketed_tag_is_a_link() -> None:
    notes = _read(
        "Text.[^gc]\n\n[^gc]: dipree, 《[[Markdown] An option to highlight a 「Note」 and 「Warning」 using blockquote (Beta)]"
        "(https://github.com/orgs/github-community/discussions/16925)》, GitHub, 2022-05-19. (参照 2022-06-25).\n"
    )
    assert (
        notes["gc"][0]
        == "[Markdown] An option to highlight a 「Note」 and 「Warning」 using blockquote (Beta)"
    )


def test_bracket_later_in_link_text_and_key_links_read_as_before() -> None:
    # Near misses: a citation key's "[[key]](…)" is no titled link, and a bracket closing the text is read as before.
    notes = _read("## Sources\n\n- [[smith2020]](https://example.org/smith) Smith, *A Book*, 2020.\n")
    assert notes["1"][0] != "[smith2020]"
