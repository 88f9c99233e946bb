"""extract_page_facts: HTML metadata, main text, dates and language; PDF; plain text; broken input."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import tomllib
import unicodedata
import zlib

import pytest

from citecheck.models import FetchedBody, FetchResult, LinkResult
from citecheck.verify import extract_page_facts, textmatch
from citecheck.verify.textmatch import normalize

from .eval_corpus import EVAL, fetch_result

FACTS = EVAL / "facts"


def result_for(
    body: bytes, content_type: str, *, url: str = "https://example.org/x", checked: dt.date | None = None
) -> FetchResult:
    checked_at = dt.datetime.combine(checked, dt.time(12), tzinfo=dt.UTC) if checked else None
    return FetchResult(
        link=LinkResult(
            url=url,
            state="alive",
            http_status=200,
            content_type=content_type.split(";")[0],
            checked_at=checked_at,
        ),
        response=FetchedBody(
            url=url, status=200, response_headers=[("Content-Type", content_type)], body=body, raw=body
        ),
    )


def test_tass_page_facts() -> None:
    facts = extract_page_facts(fetch_result("https://tass.ru/politika/25584021"))
    assert facts is not None
    assert facts.title == "Захарова прокомментировала заявления о «гибридной войне» против Армении"
    assert facts.site_name == "ТАСС"
    assert facts.published == dt.date(2025, 11, 10)
    assert facts.language == "ru"
    assert facts.description and facts.description.startswith("Официальный представитель МИД России")
    assert "гибридную войну" in facts.text
    # Navigation, related links and the footer are not the article.
    assert "Лавров проведет переговоры" not in facts.text
    assert "Свидетельство о регистрации" not in facts.text
    assert facts.text_hash == hashlib.sha256(normalize(facts.text).encode()).hexdigest()


def test_title_candidates_put_the_clean_title_first() -> None:
    facts = extract_page_facts(fetch_result("https://news.mail.ru/politics/68708661"))
    assert facts is not None
    assert facts.title == "Армения обсуждает с США два сценария аренды «маршрута Трампа»"
    assert "Армения обсуждает с США два сценария аренды «маршрута Трампа» - Новости Mail.ru" in facts.titles
    assert facts.site_name == "Новости Mail.ru"


def test_page_without_metadata_falls_back_to_title_h1_and_a_script_guess() -> None:
    url = (
        "https://www.interpressnews.ge/ru/article/187654-irakliy-kobakhidze-vopros-ob-otkrytii-peregovorov-o-"
        "vstuplenii-v-es-ne-budet-stoyat-na-povestke-do-konca-2028-goda/"
    )
    facts = extract_page_facts(fetch_result(url))
    assert facts is not None
    assert facts.title is not None and facts.title.startswith("Ираклий Кобахидзе")
    assert facts.site_name is None
    assert facts.language == "ru"
    assert facts.published == dt.date(2024, 11, 28)


def test_og_locale_gives_the_language_when_html_lang_is_missing() -> None:
    facts = extract_page_facts(
        fetch_result("https://www.chinadaily.com.cn/a/202501/03/WS6777a1b2a310f1265a1d6b3c.html")
    )
    assert facts is not None and facts.language == "en"


def test_comments_are_not_main_text() -> None:
    facts = extract_page_facts(
        fetch_result(
            "https://russiaspivottoasia.com/armenia-considering-importing-russian-goods-via-azerbaijan/"
        )
    )
    assert facts is not None
    assert "Overchuk" in facts.text
    assert "would have been unthinkable" not in facts.text
    assert facts.site_name == "Russia's Pivot to Asia"


def test_the_fetch_date_is_never_the_publication_date() -> None:
    body = (FACTS / "today-widget.html").read_bytes()
    facts = extract_page_facts(result_for(body, "text/html; charset=utf-8", checked=dt.date(2025, 11, 20)))
    assert facts is not None
    assert facts.title == "Regional council adopts water plan"
    assert facts.published is None


def test_broken_html_still_yields_what_could_be_read() -> None:
    body = (FACTS / "broken.html").read_bytes()
    facts = extract_page_facts(result_for(body, "text/html"))
    assert facts is not None
    assert facts.title == "Half a page"
    assert facts.site_name == "Example News"


def test_pdf_title_from_metadata() -> None:
    body = (FACTS / "report-with-title.pdf").read_bytes()
    facts = extract_page_facts(result_for(body, "application/pdf"))
    assert facts is not None
    assert facts.title == "Rail Transit Through Azerbaijan: A Briefing"
    assert facts.published == dt.date(2025, 11, 8)
    assert "thousand tons of Russian wheat" in facts.text
    assert facts.language == "en"


def test_pdf_with_a_file_name_for_title_takes_its_first_line() -> None:
    body = (FACTS / "report-untitled.pdf").read_bytes()
    facts = extract_page_facts(result_for(body, "application/octet-stream"))
    assert facts is not None
    assert facts.title == "Spring Flood Preparations in Aktobe Region"


def test_truncated_pdf_does_not_raise() -> None:
    body = (FACTS / "report-with-title.pdf").read_bytes()[:300]
    facts = extract_page_facts(result_for(body, "application/pdf"))
    assert facts is not None and facts.text == ""


def _pdf(contents: list[bytes]) -> bytes:
    """A PDF of one page per content stream (Helvetica), its streams deflated."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    kids = b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(len(contents)))
    objects.append(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(contents)))
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for i, content in enumerate(contents):
        packed = zlib.compress(content, 9)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >>"
            b" /Contents %d 0 R >>" % (5 + 2 * i)
        )
        objects.append(
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(packed), packed)
        )
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % at for at in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _shown(text: str, padding: int = 0) -> bytes:
    return b"BT /F1 12 Tf 72 700 Td (" + text.encode() + b") Tj ET\n" + b" " * padding


def test_a_pdf_page_of_more_content_than_any_real_page_is_not_read() -> None:
    # pypdf reads content at ~100 KB a second: 30 pages sharing a 70 MB stream held a worker 562 s.
    body = _pdf([_shown("Rail transit report"), _shown("Chart legend", padding=1_200_000), _shown("Wheat")])
    facts = extract_page_facts(result_for(body, "application/pdf"))
    assert facts is not None
    # The near misses: the pages before and after the oversized one are read.
    assert "Rail transit report" in facts.text and "Wheat" in facts.text
    assert "Chart legend" not in facts.text


def test_no_pdf_page_is_read_past_the_document_s_content_budget() -> None:
    pages = [_shown(f"Page {n} text", padding=900_000) for n in range(1, 5)]
    facts = extract_page_facts(result_for(_pdf(pages), "application/pdf"))
    assert facts is not None
    assert "Page 1 text" in facts.text and "Page 2 text" in facts.text
    assert "Page 3 text" not in facts.text and "Page 4 text" not in facts.text


def test_plain_text_first_line_is_the_title() -> None:
    body = (FACTS / "plain-note.txt").read_bytes()
    facts = extract_page_facts(result_for(body, "text/plain; charset=utf-8"))
    assert facts is not None
    assert facts.title == "Transit of Russian goods through Azerbaijan"
    assert "positive progress" in facts.text


def test_html_in_a_legacy_charset_is_decoded() -> None:
    html = "<html><head><meta charset='windows-1251'><title>Пашинян: Армения не откажется от зерна</title></head><body><p>Текст</p></body></html>"
    facts = extract_page_facts(result_for(html.encode("cp1251"), "text/html"))
    assert facts is not None and facts.title == "Пашинян: Армения не откажется от зерна"


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "image/png"),
        (bytes(range(32)) * 64, "text/plain"),
        (b"", "text/html"),
    ],
)
def test_other_types_and_undecodable_bodies_give_none(body: bytes, content_type: str) -> None:
    assert extract_page_facts(result_for(body, content_type)) is None


def test_a_body_that_is_only_a_url_is_never_downloaded(monkeypatch: pytest.MonkeyPatch) -> None:
    """htmldate downloads a string that looks like a URL: a page whose body is one must not make
    the checker fetch it (the dates are read from a tree parsed once, and this body has none)."""
    import htmldate.utils

    fetched: list[str] = []
    monkeypatch.setattr(htmldate.utils, "fetch_url", lambda url, *a, **k: fetched.append(url))
    facts = extract_page_facts(result_for(b"http://127.0.0.1:9/private", "text/html"))
    assert fetched == []
    assert facts is None or (facts.published is None and facts.modified is None)


@pytest.mark.parametrize("control", ["\x00", "\x08", "\x0b", "\x0e", "\x1f"])
def test_text_full_of_control_characters_is_binary(control: str) -> None:
    assert extract_page_facts(result_for((("ab" + control) * 30).encode(), "text/plain")) is None
    # tab, line feed, form feed and carriage return are text
    assert extract_page_facts(result_for(b"ab\t\n\x0c\r" * 30, "text/plain")) is not None


def test_no_response_gives_none() -> None:
    result = FetchResult(link=LinkResult(url="https://example.org/", state="dead", http_status=404))
    assert extract_page_facts(result) is None


@pytest.mark.parametrize("sources", ["sources-seed.toml", "sources-eval.toml"])
def test_every_recreated_page_has_its_title_date_and_text(sources: str) -> None:
    for source in tomllib.loads((EVAL / sources).read_text(encoding="utf-8"))["source"]:
        facts = extract_page_facts(fetch_result(source["url"]))
        assert facts is not None, source["url"]
        assert facts.title == source["title"], source["url"]
        assert facts.published == dt.datetime.fromisoformat(source["published"]).date(), source["url"]
        assert source["body"][-1][:40] in facts.text, source["url"]
        assert all(related not in facts.text for related in source["related"]), source["url"]


# --- one parse for the metadata, htmldate and trafilatura ------------------------------------------
# html_facts parses a page once (facts._date_tree) and hands that tree to the metadata readers,
# htmldate and, comments removed, trafilatura, instead of letting each parse the string. These
# tests pin what that relies on: the trees are the ones each library's loader builds, neither
# library changes a tree it is given, and the facts equal those of the three separate parses.

WEB = EVAL.parent / "web"
SHAPES = {
    "as served": lambda page: page,
    "one line": lambda page: page.replace("\n", " "),
    "comments": lambda page: page.replace("</p>", "<!-- a --></p>\n<!-- published 2019-03-04 -->").replace(
        "<title>", "<title><!-- t -->"
    ),
    "doctype and a self-closing tag on one line": lambda page: page.replace("\n", " ").replace(
        "<head>", '<head><link rel="icon" href="/i.png"/>'
    ),
    "XHTML doctype": lambda page: (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n' + page.split(">", 1)[1]
    ),
    "self-closing html": lambda page: page.replace("<html", "<html/>\n<html", 1),
    "XML declaration": lambda page: '<?xml version="1.0" encoding="utf-8"?>\n' + page,
    "control characters": lambda page: page.replace("</title>", "\x0b\x01</title>").replace(
        "</p>", "\x02</p>"
    ),
    "noncharacter": lambda page: page.replace("</p>", "\uffff</p>", 1),
    "no doctype, html, head or body": lambda page: (
        page.split("<body", 1)[1].split(">", 1)[1].replace("</body>", "")
    ),
    "comment before the doctype": lambda page: "<!-- cached -->\n" + page,
    "processing instruction": lambda page: page.replace("<head>", '<head><?php echo "x"; ?>'),
}


def _real_shaped_pages() -> list[tuple[str, str]]:
    pages = [
        (f"{path.relative_to(WEB)} ({shape})", change(path.read_text(encoding="utf-8")))
        for path in (
            WEB / "tass.ru/politika/25584021",
            WEB
            / "www.lemonde.fr/economie/article/2025/04/05"
            / "matieres-premieres-critiques-l-ue-courtise-l-asie-centrale_6592345_3234.html",
            WEB / "news.am/rus/news/812345.html",
            WEB / "ria.ru/20250115/aliev-1994567890.html",
        )
        for shape, change in SHAPES.items()
    ]
    return pages


REAL_SHAPED = _real_shaped_pages()


def _serialized(tree: object) -> bytes | None:
    from lxml import etree

    return None if tree is None else etree.tostring(tree.getroottree(), encoding="utf-8")  # type: ignore[attr-defined]


@pytest.mark.parametrize(("name", "html"), REAL_SHAPED, ids=[name for name, _ in REAL_SHAPED])
def test_the_date_tree_is_htmldates_own(name: str, html: str) -> None:
    from htmldate.utils import load_html

    from citecheck.verify import facts

    tree, _ = facts._date_tree(html)
    assert _serialized(tree) == _serialized(load_html(html))


@pytest.mark.parametrize(("name", "html"), REAL_SHAPED, ids=[name for name, _ in REAL_SHAPED])
def test_the_tree_trafilatura_gets_is_trafilaturas_own(name: str, html: str) -> None:
    from trafilatura.utils import load_html

    from citecheck.verify import facts

    tree, parsed_here = facts._date_tree(html)
    given = facts._text_input(html, tree) if parsed_here and tree.getparent() is None else html
    if given is not html:
        assert _serialized(given) == _serialized(load_html(html))


def test_the_shared_parse_is_used_on_ordinary_pages() -> None:
    from citecheck.verify import facts

    html = (WEB / "tass.ru/politika/25584021").read_text(encoding="utf-8")
    for shape in ("as served", "one line", "comments"):
        tree, parsed_here = facts._date_tree(SHAPES[shape](html))
        assert parsed_here and tree.getparent() is None
        assert facts._text_input(SHAPES[shape](html), tree) is tree


@pytest.mark.parametrize(("name", "html"), REAL_SHAPED, ids=[name for name, _ in REAL_SHAPED])
def test_facts_equal_those_of_three_separate_parses(
    name: str, html: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from citecheck.verify import facts

    shared = facts.html_facts(html, url="https://example.org/a", fetched_on=dt.date(2025, 11, 20))
    # Every page down the old road: htmldate's own loader, the metadata's own parse, trafilatura
    # reading the string.
    monkeypatch.setattr(facts, "_date_tree", lambda page: (facts._htmldate_tree(page), False))
    separate = facts.html_facts(html, url="https://example.org/a", fetched_on=dt.date(2025, 11, 20))
    assert shared.model_dump() == separate.model_dump()


def test_neither_library_changes_the_tree_it_is_given() -> None:
    import htmldate
    import trafilatura

    from citecheck.verify import facts

    html = SHAPES["comments"]((WEB / "tass.ru/politika/25584021").read_text(encoding="utf-8"))
    tree, _ = facts._date_tree(html)
    before = _serialized(tree)
    for original, extensive in ((True, False), (True, True), (False, False)):
        htmldate.find_date(tree, extensive_search=extensive, original_date=original)
    assert _serialized(tree) == before
    given = facts._text_input(html, tree)
    assert given is tree
    before = _serialized(tree)
    assert trafilatura.extract(tree, options=facts._extractor())
    assert _serialized(tree) == before


def test_the_control_character_check_finds_what_trafilatura_deletes() -> None:
    from trafilatura.utils import INVALID_XML_CHARS

    from citecheck.verify import facts

    for code in [*range(0x2000), *range(0xD7F0, 0x10000), 0x10000, 0x1FFFE, 0x10FFFF]:
        char = chr(code)
        assert facts._has_invalid_xml_chars(f"a{char}b") == bool(INVALID_XML_CHARS.search(char)), hex(code)


def test_the_text_hash_is_that_of_the_normalised_text() -> None:
    from citecheck.verify.facts import text_hash

    spaces = "".join(
        chr(code) for code in range(0x3100) if chr(code).isspace() or chr(code) in "\u200b\u00ad"
    )
    texts = [f"  Erdoğan{space}said\u00a0“yes”{space}{space}— 2024\u200b \t\n" for space in spaces] + [
        "",
        " ",
        "ＦＵＬＬ　ｗｉｄｔｈ ﬁ ligature Straße",
        *(page.read_text(encoding="utf-8") for page in sorted(FACTS.glob("*.txt"))),
        *(extract_page_facts(fetch_result(url)).text for url in ("https://tass.ru/politika/25584021",)),  # type: ignore[union-attr]
    ]

    # normalize() collapses whitespace with str.split; spelt with the regular expression it replaced:
    def by_expression(text: str) -> str:
        folded = textmatch._fold_quotes(unicodedata.normalize("NFKC", text))
        return re.sub(r"\s+", " ", folded).strip().casefold()

    for text in texts:
        assert normalize(text) == by_expression(text), repr(text)
        assert text_hash(text) == hashlib.sha256(by_expression(text).encode("utf-8")).hexdigest(), repr(text)


# trafilatura's basic cleaning finds its elements with facts._basic_clean_elements instead of its
# XPath (EXSLT regular expressions called back per element): the same elements, the same order.

CLEANING_SHAPES = {
    "cookie banner by id": '<div id="CookieConsent-banner"><p>We use cookies</p></div>',
    "cookie banner by class, upper case": '<section class="X COOKIEBOT"><p>ok</p></section>',
    "consent manager nested in a footer div": (
        '<div class="site-footer"><div id="onetrust-consent-sdk"><span class="cmplz-x">a</span></div></div>'
    ),
    "footer div, class before id": '<div class="footer-links" id="main"><p>links</p></div>',
    # XPath's contains() reads the first of @class|@id in the order written: the id here.
    "footer class after a plain id (left alone)": '<div id="main" class="footer-links"><p>kept</p></div>',
    "footer id after a plain class (left alone)": '<div class="main" id="footer"><p>kept</p></div>',
    "footer in a span's class (left alone)": '<span class="footer">kept</span>',
    "tags": "<aside>a</aside><footer>f</footer><script>s()</script><style>p{}</style>"
    "<svg><g/></svg><template>t</template><fencedframe></fencedframe>",
    "near miss: cookie word alone (left alone)": '<div class="cookie-recipes" id="cookies"><p>kept</p></div>',
    "empty attributes": '<div class="" id=""><p>kept</p></div><p class="">x</p>',
}


def _cleaning_pages() -> list[tuple[str, str]]:
    pages = [(name, html) for name, html in REAL_SHAPED]
    for name, fragment in CLEANING_SHAPES.items():
        pages.append(
            (name, f"<!DOCTYPE html><html><body><article><p>Text</p>{fragment}</article></body></html>")
        )
    return pages


@pytest.mark.parametrize(("name", "html"), _cleaning_pages(), ids=[name for name, _ in _cleaning_pages()])
def test_basic_cleaning_finds_what_trafilaturas_xpath_finds(name: str, html: str) -> None:
    from trafilatura.settings import BASIC_CLEAN_XPATH
    from trafilatura.utils import load_html

    from citecheck.verify import facts

    tree = load_html(html)
    contexts = [tree, *tree.iter("body", "article", "div")]
    for context in contexts:
        expected = BASIC_CLEAN_XPATH(context)
        found = facts._basic_clean_elements(context)
        assert len(found) == len(expected) and all(a is b for a, b in zip(found, expected, strict=True))


def test_basic_cleaning_selects_and_leaves_what_the_xpath_does() -> None:
    from trafilatura.utils import load_html

    from citecheck.verify import facts

    html = "<html><body>" + "".join(CLEANING_SHAPES.values()) + "</body></html>"
    found = facts._basic_clean_elements(load_html(html))
    named = {(el.tag, el.get("class"), el.get("id")) for el in found}
    assert ("div", None, "CookieConsent-banner") in named
    assert ("section", "X COOKIEBOT", None) in named
    assert ("div", "footer-links", "main") in named
    assert ("div", "main", "footer") not in named
    assert ("span", "footer", None) not in named and ("div", "cookie-recipes", "cookies") not in named


def test_trafilatura_uses_the_faster_cleaning_only_for_the_xpath_it_reproduces(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import importlib

    from lxml import etree

    from citecheck.verify import facts

    baseline = importlib.import_module("trafilatura.baseline")
    assert baseline.BASIC_CLEAN_XPATH is facts._basic_clean_elements
    changed = etree.XPath(".//aside|.//nav")
    monkeypatch.setattr(baseline, "BASIC_CLEAN_XPATH", changed)
    facts._speed_up_trafilatura()
    assert baseline.BASIC_CLEAN_XPATH is changed


# htmldate's two slowest patterns of its extensive search scan only pages holding what each of
# their matches must hold (facts._Prefiltered): the same findall, every time.

DATE_RUNS = [
    "x 12/03/2024 y",
    "x 1.3.2024 y",
    "x 12-3-2024 y",
    "<p>04/05/19</p>",
    "<p>31.12.99</p>",
    "a12/03/2024",  # no non-digit before: no match
    "12/03/2024",
    "x 123/03/2024 y",
    "x 12/003/2024 y",  # near miss: three month digits
    "x 12/03/202 y",  # near miss: three year digits
    "x 12/03-2024 y",
    "x 1/1/39 y 2/2/09 z 3.4.2001 / 14.05.97.",
    "no date here 2024 and 12:30, 12/2024",
    "",
]


@pytest.mark.parametrize("text", DATE_RUNS)
def test_htmldates_prefiltered_patterns_find_what_its_own_find(text: str) -> None:
    from htmldate import core

    from citecheck.verify import facts

    for name, (expected, _) in facts._HTMLDATE_PREFILTERS.items():
        own = re.compile(expected)
        installed = getattr(core, name)
        assert isinstance(installed, facts._Prefiltered)
        assert installed.findall(text) == own.findall(text)
        assert installed.findall(f"<html><body><p>{text}</p></body></html>") == own.findall(
            f"<html><body><p>{text}</p></body></html>"
        )


def test_a_date_written_in_the_text_is_still_found() -> None:
    page = (
        "<!DOCTYPE html><html><head><title>Notice</title></head><body><h1>Notice</h1>"
        "<p>The council met and decided what it decided, as the record shows.</p>"
        "<p>Posted 14.05.2019 by the clerk</p></body></html>"
    )
    facts_ = extract_page_facts(result_for(page.encode(), "text/html", checked=dt.date(2025, 11, 20)))
    assert facts_ is not None and facts_.published == dt.date(2019, 5, 14)


def test_htmldate_keeps_its_own_pattern_when_it_is_not_the_one_prefiltered(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from htmldate import core

    from citecheck.verify import facts

    changed = re.compile(r"\D([0-3]?[0-9]/[0-1]?[0-9]/[0-9]{4})\D")
    monkeypatch.setattr(core, "SLASHES_PATTERN", changed)
    facts._speed_up_htmldate()
    assert core.SLASHES_PATTERN is changed


def _dated_in_text(lang: str | None, title: str, text: str) -> bytes:
    declared = f' lang="{lang}"' if lang else ""
    return (
        f"<html{declared}><head><title>{title}</title></head><body><article><h1>{title}</h1><p>{text}</p>"
        "<p>[Online; acessado em 02-outubro-2012]</p><p>Atualizado: 12-agosto-2012.</p></article></body></html>"
    ).encode()


_PT_PAGE = _dated_in_text(
    "pt", "Relatório da cidade", "O relatório da cidade sobre a água e as tarifas de uma região do país."
)
_EN_PAGE = _dated_in_text(
    "en", "City report", "The report of the city on water and the tariffs of the region."
)
_UNDECLARED_PAGE = _dated_in_text(
    None, "Relatório da cidade sobre a água", "O relatório da cidade sobre a água e as tarifas de uma região."
)


def test_dates_in_the_text_are_read_in_the_pages_language_not_every_locale(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # htmldate hands its extensive search's strings to dateparser; built for every locale, that
    # parser spent 1.7 s of CPU on the first string no locale reads ("outubro de 2012"), in every
    # process that reads pages (citecheck/verify/facts.py). Built per page language, never for all.
    import dateparser

    from citecheck.verify import facts

    built: list[object] = []
    real = dateparser.DateDataParser

    def spy(*args: object, **kwargs: object) -> object:
        built.append(kwargs.get("languages", args[0] if args else None))
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(dateparser, "DateDataParser", spy)
    facts._dateparser_for.cache_clear()
    try:
        for body in (_PT_PAGE, _EN_PAGE, _UNDECLARED_PAGE):
            assert extract_page_facts(
                result_for(body, "text/html; charset=utf-8", checked=dt.date(2025, 1, 1))
            )
    finally:
        facts._dateparser_for.cache_clear()
    assert built, "the extensive search never reached dateparser: the test no longer tests anything"
    assert None not in built
    assert ["pt", "en"] in built and ["en"] in built


def test_a_pages_dates_do_not_depend_on_the_pages_read_before_it() -> None:
    def facts_of(body: bytes) -> object:
        found = extract_page_facts(result_for(body, "text/html; charset=utf-8", checked=dt.date(2025, 1, 1)))
        assert found is not None
        return (found.published, found.modified, found.language)

    alone = {name: facts_of(body) for name, body in (("pt", _PT_PAGE), ("en", _EN_PAGE))}
    for _ in range(2):
        assert facts_of(_EN_PAGE) == alone["en"]
        assert facts_of(_PT_PAGE) == alone["pt"]
