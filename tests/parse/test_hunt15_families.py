"""Rules from the failure hunt of branch s42-hunt15 (15 new real documents of the product's core genre written by
other publishers than the seed's: news-analysis newsletters exported as e-mail text, an analyst's Markdown footnotes on
post-Soviet de facto states, Russian analysts' source lists, a Turkish geopolitical analysis's reading list, an Arabic
answer-engine analysis's sources, a Ukrainian source list): each has a case where it fires and a near miss where it
must not; the data that justifies it is named with the rule (fixtures/parse-eval, part "p42hunt15 (studied)").
"""

from __future__ import annotations

import datetime as dt

from citecheck.parse import parse_text
from citecheck.parse.entries import _colon_site_names_host
from citecheck.parse.markdown import read_markdown
from citecheck.parse.styles import Mark
from citecheck.parse.wiki_prose import sentence_word_link

TODAY = dt.date(2026, 12, 8)


def _read(text: str) -> dict[str, tuple[str | None, str | None]]:
    document = parse_text(text, path="x.md", fmt="markdown", today=TODAY)
    return {fn.label: (fn.title, fn.publisher) for fn in document.footnotes if not fn.label.startswith("L")}


# --- "[Site: Title](URL)" lists whose sites are written in another script or as the host's name
# (entries._colon_site_head, entries._colon_site_names_host) ------------------------------------------------------
# Data: p42hunt15's two Russian "Источники" lists (25 links: "[Коммерсант: Курс доллара и юаня в 2026](…kommersant.ru…)",
# "[Banki.ru: Будет ли доллар по 50?](…banki.ru…)", "[ЦБ РФ: Официальные курсы валют](…cbr.ru…)"), all read whole.

_RUSSIAN_SITES = """## Источники

- [ЦБ РФ: Официальные курсы валют](https://www.cbr.ru/currency_base/daily/)
- [Ratestats.com: Историческая динамика USD/RUB](https://ratestats.com/dollar/)
- [Коммерсант: Курс доллара и юаня в 2026](https://www.kommersant.ru/doc/8376772)
- [ГАРАНТ: Обнуление нормы продажи валютной выручки](https://www.garant.ru/news/1843581/)
- [Banki.ru: Будет ли доллар по 50?](https://www.banki.ru/news/daytheme/?id=11020390)
"""


def test_cyrillic_and_domain_sites_naming_their_hosts_are_publishers() -> None:
    notes = _read(_RUSSIAN_SITES)
    assert notes["3"] == ("Курс доллара и юаня в 2026", "Коммерсант")
    assert notes["5"] == ("Будет ли доллар по 50?", "Banki.ru")
    assert notes["1"] == ("Официальные курсы валют", "ЦБ РФ")  # one list, one shape


def test_a_site_is_read_transliterated_or_as_the_host_written_out() -> None:
    assert _colon_site_names_host("Коммерсант", "https://www.kommersant.ru/doc/1")
    assert _colon_site_names_host("ТАСС", "https://tass.ru/ekonomika/1")
    assert _colon_site_names_host("Ratestats.com", "https://ratestats.com/dollar/")
    # Near misses: a name that names another host, transliterated or written out, names none.
    assert not _colon_site_names_host("Лента", "https://wineretail.info/torgovlya/1")
    assert not _colon_site_names_host("Banki.ru", "https://www.sravni.ru/banki/")


def test_a_cyrillic_colon_title_alone_in_its_list_stays_whole() -> None:
    # Near miss: one such link beside links of another shape; the list names too few hosts, the title stays whole.
    notes = _read(
        "## Источники\n\n- [Коммерсант: Курс доллара и юаня в 2026](https://www.kommersant.ru/doc/8376772)\n"
        "- [Официальные курсы валют](https://www.cbr.ru/currency_base/daily/)\n"
        "- [Историческая динамика курса](https://ratestats.com/dollar/)\n"
    )
    assert notes["1"][0] == "Коммерсант: Курс доллара и юаня в 2026"


def test_cyrillic_sites_naming_no_hosts_stay_in_the_title() -> None:
    # Near miss: three such links whose sites name no hosts even transliterated ("ЦБ РФ" at cbr.ru, "РБК" at
    # rbc.ru, "Лента" at wineretail.info): nothing says the opening is the site, the titles stay whole.
    notes = _read(
        "## Источники\n\n- [ЦБ РФ: Официальные курсы валют](https://www.cbr.ru/currency_base/daily/)\n"
        "- [РБК: Прогноз курса рубля на 2026](https://www.rbc.ru/quote/news/article/1)\n"
        "- [Лента: операционные результаты Q4 2025](https://wineretail.info/torgovlya/2026/02/09/a/)\n"
    )
    assert notes["2"][0] == "РБК: Прогноз курса рубля на 2026"


# --- A link on a longer run of a note's sentence (wiki_prose.sentence_word_link) ---------------------------------
# Data: p42hunt15's footnoted remarks on post-Soviet de facto states: "The current version of the law is [available at
# this link](…).", "… highlighted by [a report by a group of investigative journalists](…); in fact, …" (both read as
# titles).


def _link(text: str, href: str = "https://example.org/a") -> Mark:
    return Mark(kind="link", text=text, href=href)


def test_a_long_lower_case_run_of_the_sentence_linked_names_no_work() -> None:
    text = "The current version of the law is available at this link."
    assert sentence_word_link(text, "available at this link", [_link("available at this link")]) is None
    note = "[^1]: It was highlighted by [a report by a group of investigative journalists](https://rise.md/a/); in fact, 15 of 43."
    notes = _read(f"Text.[^1]\n\n{note}\n")
    assert notes["1"][0] is None


def test_a_lower_case_title_set_apart_by_a_comma_stays() -> None:
    # Near miss: a sentence-case title after its site and a comma (p34hunt5's French list) keeps its title.
    text = "n8n, validation humaine des appels d’outils, consulté le 16 septembre 2026."
    title = "validation humaine des appels d’outils"
    assert sentence_word_link(text, title, [_link(title)]) == title


def test_a_long_run_with_a_capital_or_after_punctuation_stays() -> None:
    # Near misses: a capitalised link text is a work's name; a run after a colon is set apart from the sentence.
    title = "The Economic Consequences of the Peace"
    assert sentence_word_link(f"See John Maynard Keynes, {title} (1920).", title, [_link(title)]) == title
    run = "notes on the history of the treaty"
    assert sentence_word_link(f"Further reading: {run}.", run, [_link(run)]) == run


# --- A table of contents of in-page anchors and host lines captioning links (markdown._without_contents_lists,
# markdown._without_host_captions) ------------------------------------------------------------------------------
# Data: p42hunt15's Arabic analysis exported from an answer engine: under "41+ Sources" a contents list of thirteen
# "N. [N.Section](#heading-N)" items read as notes 1-13, and each source printed as favicon, host line, link, the host
# line read as a note of its own (the ten sources found as notes 15, 17, … 33).

_EXPORT = """41+ Sources

1. [1.Key points](#heading-1)
2. [2.The text](#heading-2)
3. [3.Sources](#heading-3)

Sources
-------

![](https://t3.gstatic.com/faviconV2?client=SOCIAL&type=FAVICON&url=https://hafryat.com)
hafryat.com

[Despotism and science in al-Kawakibi](https://hafryat.com/ar/blog/despotism-and-science)

![](https://t3.gstatic.com/faviconV2?client=SOCIAL&type=FAVICON&url=https://aljazeera.net)
aljazeera.net

[On the book Tabai al-Istibdad](https://www.aljazeera.net/blogs/2019/12/25/on-the-book)
"""


def test_contents_and_host_captions_are_no_notes() -> None:
    document = parse_text(_EXPORT, path="x.md", fmt="markdown", today=TODAY)
    found = {fn.label: fn.url for fn in document.footnotes if fn.url and "gstatic" not in fn.url}
    assert found == {
        "1": "https://hafryat.com/ar/blog/despotism-and-science",
        "2": "https://www.aljazeera.net/blogs/2019/12/25/on-the-book",
    }


def test_a_lone_anchor_item_or_one_saying_more_stays() -> None:
    # Near misses: two anchor items only, and an item saying more than its link, stay blocks of the document.
    texts = [
        block.text
        for block in read_markdown(
            "1. [Part one](#one)\n2. [Part two](#two)\n3. See [Part](#part) and more\n"
        ).blocks
    ]
    assert texts == ["1. Part one", "2. Part two", "3. See Part and more"]


def test_a_host_line_before_a_link_elsewhere_stays() -> None:
    # Near miss: a host named on its line, the link after it to another host: the line is a block of its own.
    texts = [
        block.text.strip()
        for block in read_markdown("example.org\n\n[A page](https://other.net/a/page)\n").blocks
    ]
    assert texts == ["example.org", "A page"]
