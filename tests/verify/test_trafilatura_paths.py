"""trafilatura's XPath selections answered in Python (citecheck.verify.trafilatura_paths): the
same elements, in the same order, as the XPath each replaces — on real pages, trafilatura's own
converted trees, and attribute shapes that sit on either side of each expression's tests."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from citecheck.verify import facts, trafilatura_paths

WEB = Path(__file__).resolve().parents[2] / "fixtures" / "web"

# Each line fires or narrowly misses one test of one expression.
SHAPES = [
    # OVERALL_DISCARD[0]
    '<div data-lp-replacement-content="">x</div>',
    '<div role="Navigation">nav by role, upper case N</div>',
    '<div role="NAVIGATION">no: only N is folded</div>',
    '<span data-component="MostPopularStories-1">popular</span>',
    '<p id="cookie-note" class="plain">cookie in the id, written first</p>',
    '<p class="plain" id="cookie-note">no: the class is written first</p>',
    '<div class="x-sidebar">sidebar</div>',
    '<section id="social-links">social</section>',
    '<div class="bar-chart">bar</div>',
    '<article class="menu">no: not a pruned tag</article>',
    '<div class="" id="">empty attributes</div>',
    # OVERALL_DISCARD[1]
    '<h3 class="comments-title">Comments</h3>',
    '<h3 class="comments-title x">substring of the class expression</h3>',
    '<a id="reply-7" class="y">reply id first</a>',
    '<a class="y" id="reply-7">no: the class first</a>',
    '<b style="color:red" id="hidden-x">no: the style first, without hidden</b>',
    '<b id="is-hidden" style="x">hidden id first</b>',
    '<i style="display:none">none</i><i style="display: none">none</i><i style="display:  none">no</i>',
    '<u aria-hidden="true">h</u><u aria-hidden="TRUE">no</u>',
    '<em class="noprint">n</em><em class="print">no</em>',
    # REMOVE_COMMENTS_AND_LISTS
    '<div id="comments">c</div><div id="commentary">no</div>',
    '<ul class="comment-list">c</ul><ol id="disqus_thread">no: not for lists</ol>',
    '<details class="post-comments">c</details>',
    # RAW_TREE_PRUNE
    '<div class="infinite-scroll"><h1>kept: it holds the h1</h1></div>',
    '<aside id="infinitescroll">pruned</aside>',
    '<section class="mvp-post-add-box"><h1>pruned even with an h1</h1></section>',
    '<div class="elementor-share-buttons">share</div>',
    # TEASER, DISCARD_IMAGE
    '<div class="Teaser-box">t</div><p id="TEASER">no: only T is folded</p>',
    '<span id="photo-caption">c</span><div class="wp-caption">c</div>',
    # BODY_XPATH[0]: per parent, its first matching child
    '<div class="entry">first</div><div class="entry">second, same parent</div>',
    '<main><section class="post-body"><div id="article-content">nested</div></section></main>',
    '<div itemprop="articleBody">b</div><div id="articleContent">c</div>',
    # BODY_XPATH[2], [3]
    '<div role="article">a</div><div class="FullText">any case</div><section class="single-post">s</section>',
    '<article id="Main-Content">m</article><div class="Page-Content">p</div><div id="content">c</div>',
]


def _selections() -> list[tuple[str, Any, trafilatura_paths._Selection]]:
    import trafilatura.xpaths as xpaths

    out = []
    for list_name, index, *_ in trafilatura_paths._REPLACED:
        installed = getattr(xpaths, list_name)[index]
        assert isinstance(installed, trafilatura_paths._Selection), f"{list_name}[{index}] not installed"
        out.append((f"{list_name}[{index}]", installed.xpath, installed))
    return out


def _trees(html: str) -> list[Any]:
    from trafilatura.htmlprocessing import convert_tags, tree_cleaning
    from trafilatura.utils import load_html

    tree = load_html(html)
    converted = convert_tags(tree_cleaning(copy.copy(tree), facts._extractor()), facts._extractor())
    return [tree, converted]


def _pages() -> list[tuple[str, str]]:
    pages = [
        (
            f"shapes-{n}",
            f"<!DOCTYPE html><html><body><main><div>{''.join(SHAPES[n::3])}</div></main></body></html>",
        )
        for n in range(3)
    ]
    pages.append(("all shapes", "<html><body>" + "".join(SHAPES) + "</body></html>"))
    for path in sorted(WEB.rglob("*")):
        if (
            path.is_file()
            and path.suffix not in {".json", ".md", ".xml", ".pdf"}
            and path.name != "_redirects"
        ):
            text = path.read_bytes().decode("utf-8", "replace")
            if "<html" in text.lower():
                pages.append((str(path.relative_to(WEB)), text))
    return pages


PAGES = _pages()


@pytest.mark.parametrize(("name", "html"), PAGES, ids=[name for name, _ in PAGES])
def test_each_selection_finds_what_its_xpath_finds(name: str, html: str) -> None:
    selections = _selections()
    for tree in _trees(html):
        for context in [tree, *list(tree.iter("body", "main", "article", "div", "section"))[:40]]:
            for label, xpath, selection in selections:
                expected, found = xpath(context), selection(context)
                assert len(found) == len(expected), label
                assert all(a is b for a, b in zip(found, expected, strict=True)), label


def test_the_shapes_fire_where_they_should() -> None:
    # The comparison above would pass if neither side selected anything: these do select.
    tree = _trees("<html><body>" + "".join(SHAPES) + "</body></html>")[0]
    selected = {label: selection(tree) for label, _, selection in _selections()}
    texts = {label: [(el.text or "")[:12] for el in found] for label, found in selected.items()}
    assert "nav by role," in texts["OVERALL_DISCARD_XPATH[0]"]
    assert "no: only N i" not in texts["OVERALL_DISCARD_XPATH[0]"]
    assert "cookie in th" in texts["OVERALL_DISCARD_XPATH[0]"]
    assert "no: the clas" not in texts["OVERALL_DISCARD_XPATH[0]"]
    assert "reply id fir" in texts["OVERALL_DISCARD_XPATH[1]"]
    assert "hidden id fi" in texts["OVERALL_DISCARD_XPATH[1]"]
    assert "no: the styl" not in texts["OVERALL_DISCARD_XPATH[1]"]
    pruned = {el.get("class") or el.get("id") for el in selected["RAW_TREE_PRUNE_XPATH[0]"]}
    assert pruned == {"infinitescroll", "mvp-post-add-box"}  # not the scroll box holding the h1
    assert texts["BODY_XPATH[0]"][:1] == ["first"] and "second, sam" not in texts["BODY_XPATH[0]"]
    assert len(selected["BODY_XPATH[2]"]) == 1 and len(selected["BODY_XPATH[3]"]) == 1


def test_a_tree_of_another_kind_goes_to_the_xpath() -> None:
    tree = _trees("<html><body><div class='x-sidebar'>s</div></body></html>")[0]
    for _, xpath, selection in _selections():
        document = tree.getroottree()
        assert [el.text for el in selection(document)] == [el.text for el in xpath(document)]


def test_only_the_xpath_reproduced_is_replaced(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura.xpaths as xpaths

    changed = etree.XPath(
        ".//*[self::div][re:test(@id, 'x')]", namespaces={"re": "http://exslt.org/regular-expressions"}
    )
    same_shape = etree.XPath(
        trafilatura_paths.TEASER_DISCARD.format("promo", "promo"),
    )
    monkeypatch.setattr(xpaths, "OVERALL_DISCARD_XPATH", [changed, xpaths.OVERALL_DISCARD_XPATH[1]])
    monkeypatch.setattr(xpaths, "TEASER_DISCARD_XPATH", [same_shape])
    replaced = trafilatura_paths.install()
    assert xpaths.OVERALL_DISCARD_XPATH[0] is changed and "OVERALL_DISCARD_XPATH[0]" not in replaced
    # The same expression with other words: replaced, with those words.
    twin = xpaths.TEASER_DISCARD_XPATH[0]
    assert isinstance(twin, trafilatura_paths._Selection)
    tree = _trees("<html><body><div class='Promo-x'>a</div><div class='promo-x'>b</div></body></html>")[0]
    assert [el.text for el in twin(tree)] == [el.text for el in same_shape(tree)] == ["b"]


def test_the_shared_parse_gives_lxml_htmls_classes() -> None:
    import lxml.html

    html = (
        "<!DOCTYPE html><html><body><!-- c --><form><label>L</label><input name=a><select><option>o"
        "</option></select><textarea>t</textarea></form><p>x</p></body></html>"
    )
    ours, _ = facts._date_tree(html)
    theirs = lxml.html.fromstring(html)
    assert [type(el) for el in ours.iter()] == [type(el) for el in theirs.iter()]
    assert {type(el).__name__ for el in ours.iter()} >= {"FormElement", "InputElement", "HtmlComment"}
    assert [type(el) for el in copy.deepcopy(ours).iter()] == [type(el) for el in theirs.iter()]
