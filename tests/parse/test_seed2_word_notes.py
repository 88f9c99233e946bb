"""Branch p13-seed2: the seed family's analyses converted from Word (fixtures/parse-eval, "p13-seed2").

Each rule is tested where it fires and on a near miss where it must not.
"""

from __future__ import annotations

from citecheck.models import Document
from citecheck.parse import parse_bytes
from citecheck.parse.entries import _name_run_before_quote
from citecheck.parse.styles import Mark


def _doc(text: str, name: str = "note.md") -> Document:
    return parse_bytes(text.encode(), path=name)


def _notes(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {fn.label: (fn.title, fn.url) for fn in _doc(text).footnotes if fn.kind != "inline"}


def _cited(text: str) -> list[str]:
    return [c.label for c in _doc(text).citations if not c.label.startswith("L")]


# --- Word's note links in five more converter shapes (citecheck/parse/markdown.py) ---------------


def test_bold_numerals_are_word_note_links() -> None:
    text = (
        "It uses OpenAPI[[1]](#_ftn1) and DTOs[[2]](#_ftn2).\n\n---\n\n"
        "[**[1]**](#_ftnref1) https://widgets.example/spec/\n\n"
        "[**[2]**](#_ftnref2) A pattern for moving data between layers\n"
    )
    assert _notes(text)["1"][1] == "https://widgets.example/spec/"
    assert _cited(text) == ["1", "2"]


def test_full_width_brackets_are_word_note_links() -> None:
    text = "Flow 放弃了分片[【1】](#_ftn1)作为方案。ACID[【2】](#_ftn2)兼容。\n\n[【1】](#_ftnref1)分片将事务分解。\n\n[【2】](#_ftnref2)酸是简称。\n"
    assert set(_notes(text)) == {"1", "2"}
    assert _cited(text) == ["1", "2"]


def test_word_spans_round_the_numeral_keep_the_lines_after_the_paragraph() -> None:
    span = '<span class="MsoFootnoteReference"><span style="font-size:12.0pt;\nfont-family:Aptos">[{n}]</span></span>'
    text = (
        "Governments offer the Investment Tax Credit[" + span.format(n=1) + "](#_ftn1) (ITC) or the"
        " Production Tax Credit[" + span.format(n=2) + "](#_ftn2) (PTC).\n\n"
        "Another paragraph.\n\n"
        '<div id="ftn1">\n\n[' + span.format(n=1) + "](#_ftnref1) https://widgets.example/itc\n\n</div>\n\n"
        '<div id="ftn2">\n\n[' + span.format(n=2) + "](#_ftnref2) https://widgets.example/ptc\n\n</div>\n"
    )
    doc = _doc(text)
    notes = {fn.label: fn for fn in doc.footnotes}
    assert notes["1"].url == "https://widgets.example/itc"
    assert notes["2"].url == "https://widgets.example/ptc"
    # The note's line is the line its address is on, as in the file.
    assert notes["1"].line == text[: text.index("https://widgets.example/itc")].count("\n") + 1
    assert [c.label for c in doc.citations] == ["1", "2"]
    assert "Production Tax Credit (PTC)" in doc.citations[1].claim


def test_link_titles_anchors_and_headings_before_word_note_links() -> None:
    titled = (
        'The software ICTdocsim[\\[i]](#_edn1 "#_edn1") is reused. Also[\\[ii]](#_edn2 "#_edn2").\n\n'
        '[\\[i]](#_ednref1 "#_ednref1") https://widgets.example/ictdocsim\n\n'
        '[\\[ii]](#_ednref2 "#_ednref2") https://widgets.example/other\n'
    )
    assert _notes(titled)["i"][1] == "https://widgets.example/ictdocsim"
    anchored = (
        "Estimates fuel the power play [\\[v\\]](#_edn5). More [\\[i\\]](#_edn1).\n\n"
        '<a name="_edn1"></a>[\\[i\\]](#_ednref1) Quick reminder on the iron triangle.\n\n'
        '<a name="_edn5"></a>[\\[v\\]](#_ednref5) See “Scrum and XP from the Trenches”.\n'
    )
    assert set(_notes(anchored)) == {"i", "v"}
    headed = (
        "###### The data availability policy[[1]](#_ftn1) states it.\n\n"
        "###### [[1]](#_ftnref1) [www.widgets.example/policy](http://www.widgets.example/policy)\n"
    )
    assert _notes(headed)["1"][1] == "http://www.widgets.example/policy"


def test_near_miss_links_to_other_anchors_stay_links() -> None:
    # Bold or full-width numerals and headings linking anywhere but Word's note anchors are no notes.
    text = (
        "It uses OpenAPI[[1]](#ref1) and DTOs[[2]](#ref2).\n\n"
        "[**[1]**](#ref1) https://widgets.example/spec/\n\n"
        "###### [【2】](#ref2) https://widgets.example/dto/\n"
    )
    assert _notes(text) == {}


def test_a_single_note_the_text_links_to_is_read() -> None:
    text = "Although the policy[[1]](#_ftn1) says so.\n\n[[1]](#_ftnref1) https://widgets.example/policy\n"
    assert _notes(text) == {"1": (None, "https://widgets.example/policy")}
    assert _cited(text) == ["1"]


def test_a_back_link_inside_a_line_is_a_marker() -> None:
    text = (
        "파이썬다운로드 페이지[[3\\]](#_ftnref3)로접속하면 화면이 나옵니다.\n\n------\n\n"
        "[[1\\]](#_ftnref1) https://widgets.example/one/\n\n"
        "[[2\\]](#_ftnref2) https://widgets.example/two/\n\n"
        "[[3\\]](#_ftnref3) https://widgets.example/three/\n"
    )
    assert set(_notes(text)) == {"1", "2", "3"}
    assert _cited(text) == ["3"]


# --- a source label before the address is no title (citecheck/parse/entries.py) -----------------


def test_a_source_label_alone_before_the_address_is_no_title() -> None:
    text = (
        "Flow[^1] and Ronin[^2].\n\n"
        "[^1]: 来源:[https://blog . widgets . example/post/](https://blog.widgets.example/post/)\n"
        "[^2]: Source: https://widgets.example/validators\n"
    )
    notes = _notes(text)
    assert notes["1"] == (None, "https://blog.widgets.example/post/")
    assert notes["2"] == (None, "https://widgets.example/validators")


def test_near_miss_other_words_and_titles_after_a_source_label_stay() -> None:
    text = (
        "Go[^1] and more[^2].\n\n"
        "[^1]: Go: https://go.dev\n"
        "[^2]: Source: Widget Statistics 2024. https://widgets.example/stats\n"
    )
    notes = _notes(text)
    assert notes["1"][0] == "Go"
    assert notes["2"][0] is not None and "Widget Statistics 2024" in notes["2"][0]


# --- a bold run of names before a quoted title (citecheck/parse/entries.py) ---------------------


def test_bold_names_before_a_quoted_title_are_the_authors() -> None:
    text = (
        "Fog[^1] and more[^2].\n\n"
        "[^1]: **F.** **Bonomi** et al. “Fog computing: A platform for things,” in *Big Data*, 2014.\n"
        "[^2]: **W. Steiner**, **S. Poledna**, “Fog computing as enabler,” in *Elektrotechnik*, 2016.\n"
    )
    notes = _notes(text)
    assert notes["1"][0] == "Fog computing: A platform for things"
    assert notes["2"][0] == "Fog computing as enabler"


def test_near_miss_a_bold_title_stays() -> None:
    text = "Kubernetes[^1].\n\n[^1]: **Kubernetes** documentation, https://widgets.example/k8s\n"
    assert _notes(text)["1"][0] == "Kubernetes"  # no quoted title after the bold run
    quoted = "“Transformers for all,” in NeurIPS, 2017."
    # A title's words (more than four, or a lower-case word) are no names; a run after the quote is
    # not before it; a link is no emphasis.
    for run in ("Attention Is All You Need", "Widgets of the North"):
        assert not _name_run_before_quote(Mark("em", run), f"**{run}** {quoted}")
    assert _name_run_before_quote(Mark("em", "Bonomi"), f"**Bonomi** {quoted}")
    assert not _name_run_before_quote(Mark("em", "Bonomi"), f"{quoted} **Bonomi**")
    assert not _name_run_before_quote(Mark("link", "F. Bonomi"), f"F. Bonomi {quoted}")


# --- a link whose text shows its address without the scheme (citecheck/parse/entries.py) --------


def test_link_text_without_the_scheme_gives_the_href() -> None:
    text = "Policy[^1].\n\n[^1]: [www.widgets.example/policy](http://www.widgets.example/policy)\n"
    assert _notes(text)["1"][1] == "http://www.widgets.example/policy"


def test_near_miss_link_text_of_another_address_stays_first() -> None:
    # The text shows another page of the host: it is not the href's address without its scheme.
    text = "Policy[^1].\n\n[^1]: [www.widgets.example/a](http://www.widgets.example/b)\n"
    assert _notes(text)["1"][1] == "https://www.widgets.example/a"


# --- an ideographic full stop ends a claim's sentence (citecheck/parse/claims.py) ---------------


def test_an_ideographic_full_stop_ends_the_sentence() -> None:
    text = (
        "Flow 放弃了分片[^1]，因为它增加了复杂性。相反，节点被分配到四个功能之一。"
        "通过保持 ACID[^2]兼容性，流可以扩展到数千倍的吞吐量。\n\n[^1]: 分片将事务分解。\n[^2]: 酸是简称。\n"
    )
    claims = {c.label: c.claim for c in _doc(text).citations}
    assert claims["1"] == "Flow 放弃了分片，因为它增加了复杂性。"
    assert claims["2"] == "通过保持 ACID兼容性，流可以扩展到数千倍的吞吐量。"


def test_near_miss_a_full_width_comma_or_a_latin_stop_inside_the_sentence() -> None:
    text = "版本 v2.0版[^1]支持，见图表，数据来自2024年[^2]的调查。\n\n[^1]: 说明。\n[^2]: 调查。\n"
    claims = {c.label: c.claim for c in _doc(text).citations}
    assert claims["1"] == claims["2"] == "版本 v2.0版支持，见图表，数据来自2024年的调查。"
