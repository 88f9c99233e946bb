"""Rules of branch s41-pages: whole pages of the spent part p40-pages (fixtures/parse-eval-pages: the
Substance/Lens reader's NGO reports, Dotdash Meredith's "Article Sources"). Each rule has a test that
fails without it and a near miss it must leave alone."""

from __future__ import annotations

import datetime as dt

from citecheck.parse import parse_bytes
from citecheck.parse.styles import tidy_title

TODAY = dt.date(2026, 12, 7)


def _parse(body: str) -> dict[str, tuple[str | None, str | None, str]]:
    page = f"<html><head><title>Report</title></head><body>{body}</body></html>"
    parsed = parse_bytes(page.encode(), path="page.html", today=TODAY)
    return {fn.label: (fn.title, fn.url, " ".join(fn.raw.split())) for fn in parsed.footnotes}


_PROSE = "Задержания участников акций в Москве продолжались весь год, и суды рассматривали дела быстро. " * 4


def _lens(link_end: str = "<sup>{n}</sup>", wrap: bool = True) -> str:
    """A Lens-reader report: the text's links wrap the cited words and end on the note's number;
    the reference list (outside the text's element) is in its own order and prints no number."""
    ids = {1: "a1", 2: "b2", 3: "c3"}
    text = "".join(
        f"<p>{_PROSE}<span class='reference' id='ref_{n}'><a href=\"#web_resource_{ids[n]}\">"
        + (f"слова источника номер {n}" if wrap else "")
        + link_end.format(n=n)
        + "</a></span>.</p>"
        for n in (1, 2, 3)
    )
    citations = "".join(
        f'<div class="citation" id="web_resource_{ids[n]}"><div class="citation-url">'
        f'<a href="http://example{n}.org/page" target="_blank">{title}</a></div>'
        f'<div class="citation-description">{desc}</div></div>'
        for n, title, desc in (
            (3, "Третий заголовок", "Новая газета, 03.12.2014"),
            (1, "Первый заголовок", "ОВД-Инфо, 16.10.2013"),
            (2, "Второй заголовок", "Лента.ру, 05.03.2014"),
        )
    )
    return (
        f'<div class="article"><div class="content">{text}</div></div>'
        f'<div class="panel references resource"><div id="references" class="content-node references">'
        f'<div class="citations">{citations}</div></div></div>'
    )


# 1. The marker is the cited words, linked to the reference, ending on the note's number in a <sup>;
# the references print no number of their own: each takes its marker's, with its description.
def test_wrapped_marker_numbers_its_unnumbered_reference() -> None:
    notes = _parse(_lens())
    assert notes["1"][:2] == ("Первый заголовок", "http://example1.org/page")
    assert notes["2"][:2] == ("Второй заголовок", "http://example2.org/page")
    assert notes["3"][:2] == ("Третий заголовок", "http://example3.org/page")
    assert "ОВД-Инфо, 16.10.2013" in notes["1"][2]  # the description is the same entry's


def test_wrapped_marker_near_miss_number_alone_in_the_link() -> None:
    # Near miss: a link holding the number alone ("<a href=#…><sup>1</sup></a>") is read as before,
    # not relabelled by this rule: the blocks of the list keep their own reading.
    before = _parse(_lens(wrap=False))
    assert before.get("1", (None, None, ""))[0] != "Первый заголовок" or before["3"][0] != "Третий заголовок"


def test_wrapped_marker_near_miss_words_after_the_number() -> None:
    # Near miss: a link whose number is not its end ("…<sup>2</sup> more words") is no marker of this
    # kind: nothing is relabelled by it.
    notes = _parse(_lens(link_end="<sup>{n}</sup> и далее"))
    assert notes.get("3", (None,))[0] != "Третий заголовок"


def test_wrapped_markers_citing_one_source_twice_bind_to_its_entry() -> None:
    # The Lens reader numbers every marker anew: a source cited twice is linked by markers 1 and 4.
    # The entry takes its first marker's number; the later marker cites it, no missing note.
    page = _lens().replace(
        '</div></div><div class="panel',
        f"<p>{_PROSE}<span class='reference' id='ref_4'><a href=\"#web_resource_a1\">снова первый"
        '<sup>4</sup></a></span>.</p></div></div><div class="panel',
        1,
    )
    parsed = parse_bytes(
        f"<html><head><title>Report</title></head><body>{page}</body></html>".encode(),
        path="page.html",
        today=TODAY,
    )
    notes = {fn.label: fn for fn in parsed.footnotes}
    assert notes["1"].title == "Первый заголовок"
    assert [c.label for c in parsed.citations if c.label in ("1", "4")] == ["1", "1"]
    assert not [f for f in parsed.findings if f.code == "missing-footnote"]


def test_plain_markers_showing_two_labels_near_miss() -> None:
    # Near miss: ordinary marker links ("[1]", "[4]") to one list item keep their reading (the item is
    # not relabelled by them: the rule is the wrapped markers' only).
    body = (
        f"<p>{_PROSE}<a href='#n1'>[1]</a> и <a href='#n2'>[2]</a> и <a href='#n1'>[4]</a>.</p>"
        "<h2>Примечания</h2><ol><li id='n1'>Первый источник, 2014. http://example1.org/a</li>"
        "<li id='n2'>Второй источник, 2014. http://example2.org/b</li></ol>"
    )
    notes = _parse(body)
    assert "1" in notes and "2" in notes and "4" not in notes


# 2. A trailing arrow glyph set after a linked title ("Title ↪") is no part of the title.
def test_trailing_arrow_dropped_from_title() -> None:
    assert tidy_title("Коалиция правозащитных организаций договорилась о помощи ↪") == (
        "Коалиция правозащитных организаций договорилась о помощи"
    )
    assert tidy_title("Annual report 2014 ↗") == "Annual report 2014"


def test_trailing_arrow_near_misses() -> None:
    assert tidy_title("Moscow → Kazan: the new high-speed line") == "Moscow → Kazan: the new high-speed line"
    assert tidy_title("Ends on an arrow glued→") == "Ends on an arrow glued→"


_ARTICLE = (
    "<p>" + "Low-light plants suit rooms far from windows and forgive irregular watering. " * 5 + "</p>"
)


def _dotdash(
    items: str, outer: str = "mntl-article-sources", inner: str = "mntl-citation-sources mntl-sources"
) -> str:
    return (
        f'<div class="loc article-content"><div class="article-body">{_ARTICLE * 3}'
        '<span class="ql-inline-citation"></span></div></div>'
        f'<div class="loc article-post-content"><div class="comp {outer} mntl-expandable-block">'
        '<span class="mntl-article-sources__heading">View Article Sources</span>'
        f'<div class="loc expandable-content"><div class="{inner}"><ol class="mntl-sources__content">'
        f"{items}</ol></div></div></div></div>"
    )


_SOURCES = (
    '<li class="mntl-sources__source" id="citation-5"><p>Hall, Charles. &#34;<a href="https://doi.org/10.24266/0738">'
    "An Update of the Literature on Plants</a>.&#34; <em>Journal of Environmental Horticulture</em>, 2019.</p></li>"
    '<li class="mntl-sources__source" id="citation-7"><p>&#34;<a href="https://www.aspca.org/plants/prayer-plant">'
    "Prayer Plant</a>.&#34; <em>ASPCA.</em></p></li>"
    '<li class="mntl-sources__source" id="citation-6"><p>Tina Wismer, DVM. Email interview. 29 September 2021.</p></li>'
    '<li class="mntl-sources__source" id="citation-8"><p>&#34;<a href="https://www.aspca.org/plants/sago-palm">'
    "Sago Palm</a>.&#34; <em>ASPCA</em>.</p></li>"
)


# 3. A list of sources outside the article, in a container named "sources" by its class or id.
def test_named_sources_list_outside_the_article_is_read() -> None:
    notes = _parse(_dotdash(_SOURCES))
    assert notes["1"][:2] == ("An Update of the Literature on Plants", "https://doi.org/10.24266/0738")
    assert notes["2"][:2] == ("Prayer Plant", "https://www.aspca.org/plants/prayer-plant")
    assert notes["4"][:2] == ("Sago Palm", "https://www.aspca.org/plants/sago-palm")


def test_named_sources_near_miss_resources_menu() -> None:
    # Near miss: a "resources" container is not a "sources" one.
    page = _dotdash(_SOURCES, outer="site-resources", inner="list").replace("mntl-sources__", "item-")
    notes = _parse(page)
    assert notes == {}


def test_named_sources_near_miss_own_site_links() -> None:
    # Near miss: a "sources" menu of the site's own pages (data sources, methodology) cites nothing.
    own = "".join(
        f'<li><a href="https://www.example-site.com/data/{name}">{name.title()} data</a> for the charts</li>'
        for name in ("census", "labour", "prices", "trade")
    )
    page = (
        '<html><head><title>Report</title><link rel="canonical" href="https://www.example-site.com/report"></head>'
        f"<body>{_dotdash(own)}</body></html>"
    )
    parsed = parse_bytes(page.encode(), path="page.html", today=TODAY)
    assert parsed.footnotes == []


def test_named_sources_near_miss_blogroll() -> None:
    # Near miss: a sidebar blogroll kept in a <div class="sources"> (trafilatura's saved telemedicus.info
    # review): each item is its link alone, no source cited.
    roll = "".join(
        f'<li><a href="https://{name}.example.org/">{name.title()} Online</a></li>'
        for name in ("golem", "heise", "dejure", "irights", "openjur")
    )
    body = (
        f'<div class="loc article-content"><div class="article-body">{_ARTICLE * 3}</div></div>'
        f'<div class="sidebar"><div class="sources"><ul class="news toggle">{roll}</ul></div></div>'
    )
    assert _parse(body) == {}
