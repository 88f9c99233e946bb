"""Rules from branch s42-hunt15b, the fifteenth failure hunt's studied part continued (fixtures/parse-eval, part
"p42hunt15 (studied)": news-analysis newsletters exported as e-mail text, an analyst's Markdown footnotes, a Turkish
reading list, an Arabic answer-engine export, a Ukrainian source list): each family has cases where it fires (they
fail on main) and near misses where it must not (they pass before and after); the data that justifies each rule is
named with the rule in citecheck/parse.
"""

from __future__ import annotations

import datetime as dt

from citecheck.parse import parse_text
from citecheck.parse.entries import _abjad_site_names_host
from citecheck.parse.urls import find_urls

TODAY = dt.date(2026, 12, 8)


def _read(text: str) -> dict[str, tuple[str | None, str | None]]:
    document = parse_text(text, path="x.md", fmt="markdown", today=TODAY)
    return {fn.label: (fn.title, fn.publisher) for fn in document.footnotes if not fn.label.startswith("L")}


def _urls(text: str) -> dict[str, str | None]:
    document = parse_text(text, path="x.md", fmt="markdown", today=TODAY)
    return {fn.label: fn.url for fn in document.footnotes if not fn.label.startswith("L")}


# --- Guillemet quotes inside a longer title (styles.quoted_title, styles._without_author_lead) -------------------
# Data: p42hunt15's Ukrainian "Джерела" (a research-assistant export, "Title - Site, доступ отримано …"), three
# titles read as their inner quotes.

_UKRAINIAN = """#### Джерела

1. Цзян Шигун. «Критичне десятиліття» в китайсько-американських відносинах: «Нова Римська імперія» і «Нова велика боротьба»! - Strategic Group Sofia, доступ отримано березня 26, 2025, [https://sg-sofia.com.ua/rome](https://sg-sofia.com.ua/rome)
2. «китайська модель (реформ)» («пекінський консенсус»): причини і сутність піднесення китаю, доступ отримано березня 26, 2025, [http://ir.knukim.edu.ua/a/1](http://ir.knukim.edu.ua/a/1)
3. Сердечний О. В. Китайська стратегічна програма «Зроблено в Китаї – 2025» - Sinologist, доступ отримано березня 26, 2025, [https://sinologist.com.ua/p/](https://sinologist.com.ua/p/)
4. «Нова велика боротьба» - Strategic Group Sofia, доступ отримано березня 26, 2025, [https://sg-sofia.com.ua/b](https://sg-sofia.com.ua/b)
5. BBC News. Китай і Африка: нова стратегія - BBC News Україна, доступ отримано березня 26, 2025, [https://www.bbc.com/ukrainian/1](https://www.bbc.com/ukrainian/1)
"""


def test_a_title_quoting_names_in_guillemets_is_read_whole() -> None:
    notes = _read(_UKRAINIAN)
    assert notes["1"] == (
        "«Критичне десятиліття» в китайсько-американських відносинах: «Нова Римська імперія» і «Нова велика боротьба»!",
        "Strategic Group Sofia",
    )
    assert (
        notes["2"][0]
        == "«китайська модель (реформ)» («пекінський консенсус»): причини і сутність піднесення китаю"
    )
    assert notes["3"] == ("Китайська стратегічна програма «Зроблено в Китаї – 2025»", "Sinologist")


def test_a_title_quoted_whole_or_a_site_before_a_stop_is_read_as_before() -> None:
    notes = _read(_UKRAINIAN)
    # Near misses: a title quoted whole is the quotation; a site's name before a stop with no guillemets after it
    # is no author's.
    assert notes["4"] == ("Нова велика боротьба", "Strategic Group Sofia")
    assert notes["5"][0] == "BBC News. Китай і Африка: нова стратегія"


# --- A text fragment's closing stop inside the address's brackets (urls.find_urls) ------------------------------
# Data: a "Citation Needed" issue exported as e-mail text, "[https://www.uscourts.gov/…#:~:text=…figures%20show.]".


def test_a_text_fragments_stop_inside_the_brackets_is_kept() -> None:
    text = "1. “Just the Facts [https://a.gov/p#:~:text=The%20figures%20show.]”, United States Courts."
    assert find_urls(text)[0][0] == "https://a.gov/p#:~:text=The%20figures%20show."
    assert find_urls("<https://a.gov/p#:~:text=a%20b.>")[0][0] == "https://a.gov/p#:~:text=a%20b."


def test_a_stop_after_a_bare_address_or_one_without_a_text_fragment_ends_the_sentence() -> None:
    # Near misses: no bracket around the address, or no text directive in it.
    assert find_urls("see https://a.gov/p#:~:text=show. Next")[0][0] == "https://a.gov/p#:~:text=show"
    assert find_urls("[https://example.org/page.]")[0][0] == "https://example.org/page"
    assert find_urls("(https://a.gov/p#:~:text=show.)")[0][0] == "https://a.gov/p#:~:text=show"


# --- A site named in the Arabic script closing a page title (entries._host_named_closings) ---------------------
# Data: p42hunt15's Arabic answer-engine sources, "[حول كتاب طبائع الاستبداد للكواكبي - الجزيرة نت](aljazeera.net)",
# "[… - العلم نور](al-3lmnoor.com)", "[… - BBC News عربي](bbc.com)", four titles read with the site.

_ARABIC = """## المصادر والمراجع

1. [حول كتاب طبائع الاستبداد للكواكبي - الجزيرة نت](https://www.aljazeera.net/blogs/2019/12/25/a)
2. [ملخص درس حركة الكواكب والجاذبية – الجاذبية - العلم نور](https://www.al-3lmnoor.com/2016/10/blog-post_11.html)
3. [عبد الرحمن الكواكبي: قصة صاحب "طبائع الاستبداد" - BBC News عربي](https://www.bbc.com/arabic/articles/cd903g5ded2o)
4. [قمح إيران في زمن الحرب.. هل سيضمن خبز المواطن؟ | اقتصاد | الجزيرة نت](https://www.aljazeera.net/ebusiness/2026/4/20/b)
5. [طبائع الاستبداد/النص الكامل - ويكي مصدر](https://ar.wikisource.org/wiki/c)
6. [حول كتاب طبائع الاستبداد للكواكبي - الجزيرة نت](https://www.bbc.com/arabic/articles/d)
"""


def test_an_arabic_site_naming_its_host_by_its_consonants_is_the_publisher() -> None:
    notes = _read(_ARABIC)
    assert notes["1"] == ("حول كتاب طبائع الاستبداد للكواكبي", "الجزيرة نت")
    assert notes["2"] == ("ملخص درس حركة الكواكب والجاذبية – الجاذبية", "العلم نور")
    assert notes["3"] == ('عبد الرحمن الكواكبي: قصة صاحب "طبائع الاستبداد"', "BBC News عربي")
    assert notes["4"][0] is not None and "الجزيرة نت" not in notes["4"][0]
    assert _abjad_site_names_host("هسبريس", "https://www.hespress.com/x")


def test_an_arabic_site_naming_no_host_stays_in_the_title() -> None:
    notes = _read(_ARABIC)
    # Near misses: a site translated, not transliterated ("ويكي مصدر" at wikisource.org), and a site naming another
    # host than its link's.
    assert notes["5"][0] == "طبائع الاستبداد/النص الكامل - ويكي مصدر"
    assert notes["6"][0] == "حول كتاب طبائع الاستبداد للكواكبي - الجزيرة نت"
    assert not _abjad_site_names_host("موضوع", "https://mawdoo3.com/x")  # two consonants: too few to tell
    assert not _abjad_site_names_host("Al Jazeera", "https://www.aljazeera.net/x")  # not the Arabic script


# --- A reading list's "**Author** – _Title_ (remark)" (regions._author_dash_work, bold_leads.author_lead_before_dash_title)
# Data: p42hunt15's Turkish analysis, "Stratejik Okumalar ve Kaynakça", nine books, none read (no year, no link).

_TURKISH = """## 📚 Stratejik Okumalar ve Kaynakça

*   **Hans J. Morgenthau** – _Politics Among Nations: The Struggle for Power and Peace_ (Uluslararası ilişkilerde gücün rolü)
*   **Henry Kissinger** – _Diplomacy_ (Diplomasinin tarihsel evrimi)
*   **John J. Mearsheimer** – _The Tragedy of Great Power Politics_ (Saldırgan realizm perspektifi)
"""


def test_a_bold_author_a_dash_and_an_italic_title_are_an_entry_and_its_title() -> None:
    notes = _read(_TURKISH)
    assert notes["1"][0] == "Politics Among Nations: The Struggle for Power and Peace"
    assert notes["2"][0] == "Diplomacy"
    assert notes["3"][0] == "The Tragedy of Great Power Politics"


def test_a_bold_title_or_a_bold_term_before_a_dash_is_read_as_before() -> None:
    notes = _read(
        "## Sources\n\n- **Deep Learning** – *Nature*, 521, 436–444 (2015)\n"
        "- **Attention Is All You Need** – *NeurIPS* (2017)\n"
        "- **API v2** – *Release notes* (2021)\n"
    )
    # Near misses: a bold title before its one-word journal with fields after it, a bold title of five words, a
    # bold run with a digit (no person's name): the bold run stays the title.
    assert notes["1"][0] == "Deep Learning"
    assert notes["2"][0] == "Attention Is All You Need"
    assert notes["3"][0] == "API v2"
    # Near miss: the shape under a heading of prose is no list of sources.
    assert (
        _read(
            "## Ideas\n\n- **Henry Kissinger** – _Diplomacy_ (a book)\n- **Hans Morgenthau** – _Politics_\n"
        )
        == {}
    )


# --- A link on a clause of a note's sentence (wiki_prose._clause_link) ------------------------------------------
# Data: p42hunt15's footnoted remarks on post-Soviet de facto states, three notes read with the clause as the title.


def test_a_link_on_a_clause_run_on_from_the_sentence_names_no_work() -> None:
    notes = _read(
        "Text.[^1] More.[^2] Again.[^3]\n\n"
        "[^1]: The number in the Russian budget under expenditures [corresponds exactly to the sum included in South"
        " Ossetia's budget for 2016](http://cominf.org/node/1166507103).\n"
        "[^2]: Gas goes to Moldovagaz (which is [50% owned by Gazprom](http://www.moldovagaz.md/f.pdf) itself).\n"
        "[^3]: He has been living -- [as he put it](http://ru.publika.md/smirnov.html) -- the life of a pensioner.\n"
    )
    assert notes["1"][0] is None
    assert notes["2"][0] is None
    assert notes["3"][0] is None


def test_a_linked_name_or_a_work_after_an_article_keeps_its_title() -> None:
    notes = _read(
        "Text.[^1] More.[^2] Again.[^3] And.[^4] Last.[^5]\n\n"
        "[^1]: The rate as provided by the [European Central Bank](https://www.ecb.europa.eu/stats/x.html) is used.\n"
        "[^2]: Zie 3.4.2 in de [landelijke API-standaard](https://geonovum.github.io/KP-APIs/).\n"
        "[^3]: The figures come from the [2023 annual report of the fund](https://example.org/ar2023.pdf).\n"
        "[^4]: See n8n, [validation humaine des appels d’outils](https://docs.n8n.io/x), consulted today.\n"
        "[^5]: Foros de la comunidad — [hilo sobre el arranque que se cuelga](https://forums.example.com/t/1), consultado.\n"
    )
    assert notes["1"][0] == "European Central Bank"
    assert notes["2"][0] == "landelijke API-standaard"
    assert notes["3"][0] == "2023 annual report of the fund"
    assert notes["4"][0] == "validation humaine des appels d’outils"
    # A dash closing a lead, not opening an aside closed after the link.
    assert notes["5"][0] == "hilo sobre el arranque que se cuelga"


# --- A Markdown image alone on a line is no source (generic._IMAGE_LINE) -----------------------------------------
# Data: p42hunt15's Arabic answer-engine export, each source's site icon on a line of its own, ten read as notes.

_ICONS = """المصادر والمراجع
----------------

![](https://t3.gstatic.com/faviconV2?client=SOCIAL&type=FAVICON&url=https://hafryat.com)
hafryat.com

[«الاستبداد والعلم» عند الكواكبي - حفريات](https://hafryat.com/ar/blog/a)

![](https://t3.gstatic.com/faviconV2?client=SOCIAL&type=FAVICON&url=https://bbc.com)
bbc.com

[عبد الرحمن الكواكبي - BBC News عربي](https://www.bbc.com/arabic/articles/b)

![](https://t3.gstatic.com/faviconV2?client=SOCIAL&type=FAVICON&url=https://scribd.com)
scribd.com

[تلخيص كتاب طبائع الاستبداد | PDF - Scribd](https://www.scribd.com/document/504712294/c)
"""


def test_site_icons_alone_on_their_lines_are_no_notes() -> None:
    urls = _urls(_ICONS)
    assert not any("favicon" in (url or "") for url in urls.values())
    assert "https://hafryat.com/ar/blog/a" in urls.values()


def test_a_linked_image_or_an_image_beside_words_is_read_as_before() -> None:
    # Near miss: a badge linking its page, under a sources heading, cites that page.
    urls = _urls(
        "## Sources\n\n- [![DOI](https://zenodo.org/badge/1.svg)](https://doi.org/10.5281/zenodo.1)\n"
        "- [Another source](https://example.org/a)\n"
    )
    assert "https://doi.org/10.5281/zenodo.1" in urls.values()
