"""trafilatura's costliest XPath selections, answered in Python: the same elements, in the same order.

trafilatura prunes and searches each page's tree with XPath expressions of one shape: the
descendants of a few tag names (``self::div or self::item or …``) whose ``id``, ``class`` or a
few other attributes hold a word or match an EXSLT regular expression (``re:test``). libxml2
tests each of those names with a node set of its own, and lxml calls back into Python for every
``re:test`` of every element: on the 56 whole real pages of benchmarks/page_facts.py's ``saved``
group the nine expressions below took 10.3 ms of a page's ~40 ms (2.7 ms for one of them on a
tree of 520 elements). Here lxml's own iterator walks the tree (tag names matched in C), and
each element's attributes are read once and tested in Python, every regular expression's answer
kept per distinct attribute value (a page repeats its classes).

Each :class:`_Selection` replaces one XPath object in trafilatura's lists (``prune_unwanted_nodes``
and the body search call them with the tree), only while that XPath's text is the one it
reproduces: the text is matched against a template in which only the regular expressions'
literals may differ (trafilatura builds them from word lists), and those are the ones used. A
tree of another kind (an ``ElementTree``) goes to the XPath itself. What XPath reads, read the
same way here:

* ``re:test(@a, 'R')`` is ``re.search(R, value)`` with ``re.UNICODE`` (``re.IGNORECASE`` with the
  flag ``'i'``), the value of a missing attribute being the empty string;
* ``re:test(@a|@b, …)``, ``starts-with(@a|@b, …)``: a node set's string is its first node's, in
  document order — the attribute written first;
* ``contains(translate(@a, 'N', 'n'), 'w')``: the letters replaced, then a substring test;
* ``.//*[…][1]``: per parent, its first child that matches (the abbreviation's child step);
  ``(.//*[…])[1]``: the first match of the whole tree.

tests/verify/test_trafilatura_paths.py compares every selection with its XPath on real pages,
their rewritten shapes and attribute near misses.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from lxml import etree

from citecheck import lazyre

Test = Callable[[Any], bool]


class _Search(dict[str, bool]):
    """Whether ``pattern`` is found in a value, each value searched once."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        super().__init__()
        self.search = re.compile(pattern, re.UNICODE | flags).search

    def __missing__(self, value: str) -> bool:
        if len(self) > 50_000:  # bounded: a long-running process reads many pages
            self.clear()
        found = self[value] = self.search(value) is not None
        return found


def _first(element: Any, name: str, value: str | None, other: str, second: str | None) -> str:
    """The string of the node set ``@name|@other`` (their values given): the value of the
    attribute written first, or ''."""
    if value is None:
        return second or ""
    if second is None:
        return value
    keys = element.keys()
    return value if keys.index(name) < keys.index(other) else second


def _translated(value: str | None, table: dict[int, int]) -> str:
    return value.translate(table) if value else ""


_UPPER_N = str.maketrans("N", "n")
_UPPER_T = str.maketrans("T", "t")
_UPPER_CM = str.maketrans("CM", "cm")
_UPPER_CP = str.maketrans("CP", "cp")


class _Selection:
    """An XPath of trafilatura's and its Python twin (:mod:`citecheck.verify.trafilatura_paths`)."""

    def __init__(self, xpath: Any, tags: tuple[str, ...], test: Test, *, position: str = "") -> None:
        self.xpath = xpath
        self.path = xpath.path
        self.tags = tags
        self.test = test
        self.position = position  # "" every match, "child" per parent its first, "first" the first

    def _matches(self, tree: Any) -> Iterator[Any]:
        candidates = tree.iterdescendants(*self.tags) if self.tags else tree.iterdescendants(etree.Element)
        test = self.test
        return (element for element in candidates if test(element))

    def __call__(self, tree: Any, **variables: Any) -> list[Any]:
        if variables or not isinstance(tree, etree._Element):
            return list(self.xpath(tree, **variables))
        if self.position == "first":
            found = next(self._matches(tree), None)
            return [] if found is None else [found]
        if self.position == "child":
            parents: set[Any] = set()
            out = []
            for element in self._matches(tree):
                parent = element.getparent()
                if parent not in parents:
                    parents.add(parent)
                    out.append(element)
            return out
        return list(self._matches(tree))


# The templates: each XPath's text as trafilatura 2.3 writes it, ``{}`` where a regular
# expression's literal stands (any text without a quote).


OVERALL_DISCARD_0 = """
        .//*[self::div or self::item or self::list or self::p or self::section or self::span][
        @data-lp-replacement-content or
        contains(translate(@role, 'N', 'n'), 'nav') or
        contains(@data-component, 'MostPopularStories') or
        re:test(@id|@class, '{}') or
        re:test(@id, '{}') or
        re:test(@class, '{}')]
        """


def _overall_discard_0(first: str, by_id: str, by_class: str) -> Test:
    first_re, id_re, class_re = _Search(first), _Search(by_id), _Search(by_class)

    def test(element: Any) -> bool:
        get = element.get
        if (
            get("data-lp-replacement-content") is not None
            or "nav" in _translated(get("role"), _UPPER_N)
            or "MostPopularStories" in (get("data-component") or "")
        ):
            return True
        ident, css_class = get("id"), get("class")
        return (
            first_re[_first(element, "id", ident, "class", css_class)]
            or id_re[ident or ""]
            or class_re[css_class or ""]
        )

    return test


OVERALL_DISCARD_1 = """
        .//*[@class='comments-title' or
        starts-with(@id|@class, 'reply-') or
        re:test(@id|@style, '{}') or
        contains(@style, 'display:none') or contains(@style, 'display: none') or
        re:test(@id, '{}') or
        re:test(@class, '{}') or @aria-hidden='true']
        """


def _overall_discard_1(first: str, by_id: str, by_class: str) -> Test:
    first_re, id_re, class_re = _Search(first), _Search(by_id), _Search(by_class)
    # An element without id, class or style: what the expressions answer for empty strings.
    empty = first_re[""] or id_re[""] or class_re[""]

    def test(element: Any) -> bool:
        get = element.get
        ident, css_class, style = get("id"), get("class"), get("style")
        if ident is None and css_class is None and style is None:
            return empty or get("aria-hidden") == "true"
        return (
            css_class == "comments-title"
            or _first(element, "id", ident, "class", css_class).startswith("reply-")
            or first_re[_first(element, "id", ident, "style", style)]
            or (style is not None and ("display:none" in style or "display: none" in style))
            or id_re[ident or ""]
            or class_re[css_class or ""]
            or get("aria-hidden") == "true"
        )

    return test


REMOVE_COMMENTS_AND_LISTS = """
        .//*[self::div or self::list or self::section or self::details or self::ol or self::ul][
        re:test(@id, '{}') or
        re:test(@class, '{}')][
        not(self::ol or self::ul) or re:test(@id, '{}') or re:test(@class, '{}')]
        """


def _pruned_unless(guard: Test) -> Callable[[str, str, str, str], Test]:
    """The test of a template that prunes an element by its id or class unless ``guard`` holds for
    it, or its id or class says it is kept (the last two of the four patterns)."""

    def make(by_id: str, by_class: str, kept_id: str, kept_class: str) -> Test:
        id_re, class_re, kept_id_re, kept_class_re = (
            _Search(by_id),
            _Search(by_class),
            _Search(kept_id),
            _Search(kept_class),
        )

        def test(element: Any) -> bool:
            ident, css_class = element.get("id") or "", element.get("class") or ""
            return (id_re[ident] or class_re[css_class]) and (
                guard(element) or kept_id_re[ident] or kept_class_re[css_class]
            )

        return test

    return make


# Lists (ol, ul) go only when their own id or class says so.
_remove_comments_and_lists = _pruned_unless(lambda element: element.tag not in ("ol", "ul"))


RAW_TREE_PRUNE_0 = """
        .//*[self::div or self::section or self::aside][
        re:test(@id, '{}') or
        re:test(@class, '{}')][
        not(.//h1) or re:test(@id, '{}') or re:test(@class, '{}')]
        """


# A block holding the page's h1 stays unless its own id or class says it goes.
_raw_tree_prune_0 = _pruned_unless(lambda element: next(element.iterdescendants("h1"), None) is None)


RAW_TREE_PRUNE_1 = ".//*[self::div or self::section or self::aside][contains(@class, '{}')]"


def _contains_class(word: str) -> Test:
    return lambda element: word in (element.get("class") or "")


TEASER_DISCARD = """
    .//*[self::div or self::item or self::list or self::p or self::section or self::span][
    contains(translate(@id, 'T', 't'), '{}') or contains(translate(@class, 'T', 't'), '{}')]
    """


def _teaser(by_id: str, by_class: str) -> Test:
    def test(element: Any) -> bool:
        return by_id in _translated(element.get("id"), _UPPER_T) or by_class in _translated(
            element.get("class"), _UPPER_T
        )

    return test


DISCARD_IMAGE = """
    .//*[self::div or self::item or self::list or self::p or self::section or self::span][
    contains(@id, '{}') or contains(@class, '{}')]
    """


def _discard_image(by_id: str, by_class: str) -> Test:
    return lambda element: by_id in (element.get("id") or "") or by_class in (element.get("class") or "")


BODY_0 = """
        .//*[self::article or self::div or self::main or self::section][
        @class='post' or @class='entry' or
        @itemprop='articleBody' or @id='articleContent' or
        re:test(@id, '{}') or
        re:test(@class, '{}')
        ][1]
        """


def _body_0(by_id: str, by_class: str) -> Test:
    id_re, class_re = _Search(by_id), _Search(by_class)

    def test(element: Any) -> bool:
        get = element.get
        ident, css_class = get("id") or "", get("class") or ""
        return (
            css_class in ("post", "entry")
            or get("itemprop") == "articleBody"
            or ident == "articleContent"
            or id_re[ident]
            or class_re[css_class]
        )

    return test


BODY_2 = """
        (.//*[self::article or self::div or self::main or self::section][
        @role='article' or
        @id='article' or @id='story' or
        @class='postarea' or @class='art-postcontent' or @class='text' or @class='cell' or @class='story' or
        re:test(@id, '{}') or
        re:test(@class, '{}', 'i') or
        re:test(@class, '{}')
        ])[1]
        """


def _body_2(by_id: str, by_class_any_case: str, by_class: str) -> Test:
    id_re, any_case_re, class_re = (
        _Search(by_id),
        _Search(by_class_any_case, re.IGNORECASE),
        _Search(by_class),
    )

    def test(element: Any) -> bool:
        get = element.get
        ident, css_class = get("id") or "", get("class") or ""
        return (
            get("role") == "article"
            or ident in ("article", "story")
            or css_class in ("postarea", "art-postcontent", "text", "cell", "story")
            or id_re[ident]
            or any_case_re[css_class]
            or class_re[css_class]
        )

    return test


BODY_3 = """
        (.//*[self::article or self::div or self::main or self::section][
        @id='content' or @class='content' or
        re:test(@id, '{}') or
        re:test(@class, '{}') or
        contains(translate(@id, 'CM','cm'), 'main-content') or contains(translate(@class, 'CM','cm'), 'main-content') or
        contains(translate(@class, 'CP','cp'), 'page-content')
        ])[1]
        """


def _body_3(by_id: str, by_class: str) -> Test:
    id_re, class_re = _Search(by_id), _Search(by_class)

    def test(element: Any) -> bool:
        get = element.get
        ident, css_class = get("id") or "", get("class") or ""
        return (
            ident == "content"
            or css_class == "content"
            or id_re[ident]
            or class_re[css_class]
            or "main-content" in ident.translate(_UPPER_CM)
            or "main-content" in css_class.translate(_UPPER_CM)
            or "page-content" in css_class.translate(_UPPER_CP)
        )

    return test


# (list of trafilatura.xpaths, index, template, test factory); the tags and the position are read
# from the template (:func:`_shape`).
_REPLACED: list[tuple[str, int, str, Callable[..., Test]]] = [
    ("OVERALL_DISCARD_XPATH", 0, OVERALL_DISCARD_0, _overall_discard_0),
    ("OVERALL_DISCARD_XPATH", 1, OVERALL_DISCARD_1, _overall_discard_1),
    ("REMOVE_COMMENTS_AND_LISTS_XPATH", 0, REMOVE_COMMENTS_AND_LISTS, _remove_comments_and_lists),
    ("RAW_TREE_PRUNE_XPATH", 0, RAW_TREE_PRUNE_0, _raw_tree_prune_0),
    ("RAW_TREE_PRUNE_XPATH", 1, RAW_TREE_PRUNE_1, _contains_class),
    ("TEASER_DISCARD_XPATH", 0, TEASER_DISCARD, _teaser),
    ("DISCARD_IMAGE_ELEMENTS", 0, DISCARD_IMAGE, _discard_image),
    ("BODY_XPATH", 0, BODY_0, _body_0),
    ("BODY_XPATH", 2, BODY_2, _body_2),
    ("BODY_XPATH", 3, BODY_3, _body_3),
]

# A template's first step, ``.//*[self::a or self::b …]`` (optionally in parentheses): its tags.
_FIRST_STEP_TAGS = lazyre.compile(r"\s*\(?\.//\*\[(self::[\w-]+(?: or self::[\w-]+)*)\]")


def _shape(template: str) -> tuple[tuple[str, ...], str]:
    """The tag names a template's first step selects (none: every element) and its position:
    ``(.//*[…])[1]`` "first", ``.//*[…][1]`` "child", else ""."""
    step = _FIRST_STEP_TAGS.match(template)
    tags = tuple(re.findall(r"self::([\w-]+)", step.group(1))) if step else ()
    text = template.strip()
    position = (
        "first"
        if text.startswith("(") and text.endswith(")[1]")
        else "child"
        if text.endswith("][1]")
        else ""
    )
    return tags, position


def _literals(template: str, path: str) -> list[str] | None:
    """The literals standing for ``{}`` in ``template`` when ``path`` is that template, else None."""
    pattern = "([^'\"]*)".join(re.escape(part) for part in template.split("{}"))
    found = re.fullmatch(pattern, path)
    return list(found.groups()) if found else None


def selection_for(xpath: Any, template: str, factory: Callable[..., Test]) -> _Selection | None:
    """The Python twin of ``xpath`` when its text is ``template``, or None."""
    path = getattr(xpath, "path", None)
    if not isinstance(path, str) or isinstance(xpath, _Selection):
        return None
    literals = _literals(template, path)
    if literals is None:
        return None
    try:
        test = factory(*literals)
    except re.error:
        return None
    tags, position = _shape(template)
    return _Selection(xpath, tags, test, position=position)


def install() -> list[str]:
    """Put the twins in trafilatura's lists (shared by every module that imported them), each only
    for the XPath it reproduces; the names of those replaced."""
    import trafilatura.xpaths as xpaths

    replaced: list[str] = []
    for list_name, index, template, factory in _REPLACED:
        expressions = getattr(xpaths, list_name, None)
        if not isinstance(expressions, list) or index >= len(expressions):
            continue
        selection = selection_for(expressions[index], template, factory)
        if selection is not None:
            expressions[index] = selection
            replaced.append(f"{list_name}[{index}]")
    return replaced
