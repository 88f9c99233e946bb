"""Notes as blog and site platforms render them (fixtures/parse-eval-pages, branch p12-blogs): the
rules learnt on the calibration pages (a Substack newsletter, a WordPress post with bigfoot.js notes,
two LessWrong posts, a Baidu Baike article), each with a test where it fires and a near miss where it
must not. Entries are shaped as those pages write them (provenance in
fixtures/parse-eval-pages/truth.toml).
"""

from __future__ import annotations

import datetime as dt

from lxml import html as lxml_html

from citecheck.parse.dates import ACCESS_LABEL, date_after_label
from citecheck.parse.html import _in_reference_list, _site_path_href, _wikilink
from citecheck.parse.styles import tidy_publisher
from citecheck.parse.urls import URL_PATTERN

from .conftest import saved_page, saved_page_notes

_notes = saved_page_notes


def _with_head(head: str, body: str) -> str:
    return f"<html><head><title>A post</title>{head}</head><body>{body}</body></html>"


_CANONICAL = '<link rel="canonical" href="https://forum.example.org/posts/abc/a-post">'
_PROSE = "<p>" + "The post argues at length about forecasting and updating. " * 6 + "</p>"


def _forum_notes(first: str, second: str) -> str:
    """Two notes as LessWrong renders them: '[n]' noteref markers, ol.footnotes of li.footnote-item."""
    return (
        "<article>"
        + _PROSE
        + '<p>A claim<span class="footnote-reference" role="doc-noteref" id="fnrefa1"><sup>'
        '<a href="#fna1">[1]</a></sup></span> and another<span class="footnote-reference" '
        'role="doc-noteref" id="fnrefb2"><sup><a href="#fnb2">[2]</a></sup></span>.</p>'
        '<ol class="footnotes" role="doc-endnotes">'
        '<li class="footnote-item" role="doc-endnote" id="fna1"><span class="footnote-back-link">'
        '<sup><strong><a href="#fnrefa1">^</a></strong></sup></span><div class="footnote-content">'
        f"<p>{first}</p></div></li>"
        '<li class="footnote-item" role="doc-endnote" id="fnb2"><span class="footnote-back-link">'
        '<sup><strong><a href="#fnrefb2">^</a></strong></sup></span><div class="footnote-content">'
        f"<p>{second}</p></div></li></ol></article>"
    )


# 1. A note's link to a path of the page's own site (html._site_path_href) -----------------------


def test_site_path_in_a_note_is_completed_with_the_page_address() -> None:
    notes = _notes(
        _with_head(
            _CANONICAL,
            _forum_notes(
                'Though not risk free: see <a href="/posts/pLLe/mental-health">here</a> for resources.',
                'Note that this claim is distinct from <a href="/s/nyEF">Shard Theory</a>.',
            ),
        )
    )
    assert notes["1"].url == "https://forum.example.org/posts/pLLe/mental-health"
    assert notes["2"].url == "https://forum.example.org/s/nyEF"


def test_site_path_near_miss_no_page_address_no_url() -> None:
    notes = _notes(
        _with_head(
            "",
            _forum_notes(
                'Though not risk free: see <a href="/posts/pLLe/mental-health">here</a> for resources.',
                "A comment with no link at all, only words about the argument.",
            ),
        )
    )
    assert notes["1"].url is None


def test_site_path_near_miss_shapes_left_alone() -> None:
    base = "https://forum.example.org/posts/abc/a-post"
    assert _site_path_href("/posts/x", base) == "https://forum.example.org/posts/x"
    assert _site_path_href("../posts/x", base) is None  # relative, not root-relative
    assert _site_path_href("//cdn.example.org/x", base) is None  # protocol-relative
    assert _site_path_href("#fn1", base) is None
    assert _site_path_href("/", base) is None  # the site's home page names no source
    assert _site_path_href("/posts/x", "file:///home/a.html") is None  # no web address


def test_site_path_near_miss_outside_notes_no_citation() -> None:
    # Links to the site's own pages in the article's text are its navigation, not citations.
    page = _with_head(
        _CANONICAL,
        "<article>"
        + _PROSE
        + '<p>Read <a href="/posts/other/older-post">the older post</a> and <a href="/tags/ai">more</a>.</p>'
        + "</article>",
    )
    assert not _notes(page)


def test_site_path_near_miss_entry_with_its_own_source_link() -> None:
    # A reference linking its source keeps that link; the site's own look-up beside it is apparatus.
    notes = _notes(
        _with_head(
            _CANONICAL,
            _forum_notes(
                '<a href="/lookup?author=Smith">Smith J</a>. Forecasting doom. '
                '<a href="https://doi.org/10.1000/xyz">doi:10.1000/xyz</a>',
                'See <a href="https://example.com/report">the report</a>.',
            ),
        )
    )
    assert notes["1"].url == "https://doi.org/10.1000/xyz"


# 2. A wiki's links to its own pages stay out (html._wikilink) -----------------------------------


def test_wikilink_with_its_page_title_is_the_wikis_own() -> None:
    link = lxml_html.fromstring('<a href="/wiki/Mozilla_Foundation" title="Mozilla Foundation">Mozilla</a>')
    assert _wikilink(link, link.get("href"))
    red = lxml_html.fromstring(
        '<a href="/w/index.php?title=Jan_Kowalski&amp;action=edit&amp;redlink=1" '
        'title="Jan Kowalski (page does not exist)">Kowalski</a>'
    )
    assert _wikilink(red, red.get("href"))
    isbn = lxml_html.fromstring(
        '<a href="/wiki/Especial:FuentesDeLibros/8430090908" class="internal mw-magiclink-isbn">ISBN 84</a>'
    )
    assert _wikilink(isbn, isbn.get("href"))


def test_wikilink_near_miss_forum_and_reference_links() -> None:
    post = lxml_html.fromstring(
        '<a class="LinkStyles-link" href="/posts/sYgv/beyond-the-reach">real life</a>'
    )
    assert not _wikilink(post, post.get("href"))
    titled = lxml_html.fromstring('<a href="/reference/44/abc" title="Open the source">Title</a>')
    assert not _wikilink(titled, titled.get("href"))


# 3. A reference list's link with no address to complete marks the title (html._site_path_title) -


_BAIKE_ITEM = (
    '<li class="reference-item" id="reference-[{n}]-1-wrap"><span class="index">{n}.</span>'
    '<a class="gotop anchor" name="refIndex_{n}_1" title="向上跳转" href="#ref_[{n}]_1"> </a>'
    '<a rel="nofollow" href="/reference/44/tok{n}" target="_blank" class="text">{title}'
    '<span class="linkout"> </span></a><span class="site">．新浪</span><span>[引用日期2014-05-19]</span></li>'
)


def _baike(titles: list[str], extra: str = "") -> str:
    items = "".join(_BAIKE_ITEM.format(n=n, title=title) for n, title in enumerate(titles, 1))
    return saved_page(
        "<div><p>" + "蔡健雅是新加坡女歌手，曾多次获得金曲奖。" * 8 + "</p>"
        '<dl class="lemma-reference"><dt class="reference-title">参考资料</dt><dd>'
        f'<ul class="reference-list">{items}{extra}</ul></dd></dl></div>'
    )


def test_reference_list_link_text_is_the_title() -> None:
    notes = _notes(
        _baike(["第十七届台湾金曲奖完全入围名单", "第17届台湾金曲奖昨晚揭晓", "蔡健雅唱现代都市冷漠病"])
    )
    assert notes["1"].title == "第十七届台湾金曲奖完全入围名单"
    assert notes["3"].title == "蔡健雅唱现代都市冷漠病"
    assert notes["1"].url is None  # a path the page gives no host for is no address
    assert notes["2"].access_date == dt.date(2014, 5, 19)


def test_reference_list_near_miss_link_after_the_title_marks_nothing() -> None:
    # An identifier's link further on in an entry (MediaWiki's ISBN link, no host known: the Spanish
    # "$" page of fixtures/parse-eval-wiki) is no title mark; the italic title stays the title.
    page = saved_page(
        "<div><p>" + "Texto del artículo sobre el signo de pesos y su historia. " * 6 + "</p>"
        '<ol class="reference-list">'
        "<li>Riesco Terrero, Ángel (1983). <i>Diccionario de abreviaturas hispanas</i>. Salamanca: "
        'Imprenta Varona, p. 350. <a href="/libros/8430090908">ISBN 84-300-9090-8</a></li>'
        "<li>Moreno, Alvaro J. (1965). <i>El signo de pesos</i>. México: Alvaro J. Moreno, p. 12. "
        '<a href="/libros/1">ISBN 1-2</a></li></ol></div>'
    )
    notes = _notes(page)
    assert notes["1"].title == "Diccionario de abreviaturas hispanas"
    assert notes["2"].title == "El signo de pesos"


def test_reference_list_attr_names_the_list() -> None:
    item = lxml_html.fromstring(
        '<ul class="reference-list"><li class="reference-item"><a href="/r/1">T</a></li></ul>'
    )
    assert _in_reference_list(item.find(".//a"))
    loose = lxml_html.fromstring('<ul class="reference"><li class="item"><a href="/r/1">T</a></li></ul>')
    assert not _in_reference_list(loose.find(".//a"))  # "reference" alone names no list of them
    nav = lxml_html.fromstring('<div class="references-sidebar"><p><a href="/r/1">T</a></p></div>')
    assert not _in_reference_list(nav.find(".//a"))


# 4. A CJK access label glued to its year (dates.ACCESS_LABEL) -----------------------------------


def _access(text: str) -> dt.date | None:
    for label in ACCESS_LABEL.finditer(text):
        found = date_after_label(text, label.end(), label.lastgroup)
        if found is not None:
            return found[0]
    return None


def test_cjk_label_glued_to_its_date() -> None:
    assert _access("第17届台湾金曲奖昨晚揭晓 ．新浪[引用日期2014-05-19]") == dt.date(2014, 5, 19)
    assert _access("金曲奖 ．南海网．2012-06-24[引用日期2014-06-01]") == dt.date(2014, 6, 1)
    assert _access("访问日期2020年1月1日") == dt.date(2020, 1, 1)


def test_cjk_label_near_miss_no_year_after_it() -> None:
    assert _access("引用日期表2014") is None  # a word, then a year: no label
    assert _access("引用日期20145") is None  # five digits: no year
    assert _access("ACCESS-ESM1.5 model output") is None  # a Latin label glued to more stays a name


# 5. A typographic apostrophe inside a bare URL's path (urls.URL_PATTERN) -------------------------


def test_apostrophe_inside_a_url_path() -> None:
    text = "Report to the 19th party congress: http://www.xinhuanet.com/english/download/Xi_Jinping’s_report_at_19th_CPC_National_Congress.pdf"
    found = URL_PATTERN.search(text)
    assert found is not None
    assert found.group().endswith("Xi_Jinping’s_report_at_19th_CPC_National_Congress.pdf")


def test_apostrophe_near_miss_closing_quote_or_possessive() -> None:
    for text in (
        "‘https://a.org/x’ and so on",
        "see https://a.org/x’s page",
        "at https://a.org/x’s.",
        "https://a.org/x’, then",
    ):
        found = URL_PATTERN.search(text)
        assert found is not None and found.group() == "https://a.org/x", text


# 6. The whole pages' shapes, end to end -----------------------------------------------------------


def test_wordpress_bigfoot_note_bare_url_before_its_return_link() -> None:
    page = _with_head(
        '<link rel="canonical" href="https://blog.example.org/2020-letter/">',
        "<article>"
        + _PROSE
        + '<p>Text<sup id="note-1-9"><a href="#footnote-1-9">1</a></sup> more<sup id="note-2-9">'
        '<a href="#footnote-2-9">2</a></sup>.</p><div class="footnotes"><ol>'
        '<li id="footnote-1-9" class="footnote"><p>Report to the 19th party congress: '
        "http://www.xinhuanet.com/english/download/Xi_Jinping’s_report.pdf"
        '<a href="#note-1-9" class="footnote-return">↩</a></p></li>'
        '<li id="footnote-2-9" class="footnote"><p>see Dan Grover on the UI changes: '
        'http://dangrover.com/blog/2020/04/05/covid-in-ui.html<a href="#note-2-9" class="footnote-return">↩</a>'
        "</p></li></ol></div></article>",
    )
    notes = _notes(page)
    assert notes["1"].url == "http://www.xinhuanet.com/english/download/Xi_Jinping’s_report.pdf"
    assert notes["2"].url == "http://dangrover.com/blog/2020/04/05/covid-in-ui.html"


# 7. CJK separators around a publisher (styles.tidy_publisher) ------------------------------------


def test_fullwidth_stop_before_a_site_is_no_part_of_it() -> None:
    notes = _notes(
        _baike(["第十七届台湾金曲奖完全入围名单", "第17届台湾金曲奖昨晚揭晓", "蔡健雅唱现代都市冷漠病"])
    )
    assert notes["1"].publisher == "新浪"


def test_fullwidth_stop_near_miss_inside_a_name() -> None:
    assert tidy_publisher("Sina Corp．Beijing") == "Sina Corp．Beijing"
    assert tidy_publisher("．新浪") == "新浪"
