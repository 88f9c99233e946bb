"""The footnote grammar on single entries (as they stand after their label)."""

from __future__ import annotations

import datetime as dt

import pytest

from citecheck.parse.entries import parse_entry

NOV_14 = dt.date(2025, 11, 14)


@pytest.mark.parametrize(
    ("entry", "title", "publisher"),
    [
        (
            "“Envoy: Russia, Armenia discuss “Trump Route” at highest levels”, Caliber https://caliber.az/x, (Access Date: 14.11.2025).",
            "Envoy: Russia, Armenia discuss “Trump Route” at highest levels",
            "Caliber",
        ),
        (
            "“Zakharova prokommentirovala zayavleniya o ‘gibridnoy voyne’protiv Armenii”, TASS, https://tass.ru/1, (Access Date: 14.11.2025).",
            "Zakharova prokommentirovala zayavleniya o ‘gibridnoy voyne’protiv Armenii",
            "TASS",
        ),
        (
            "«Армения не выдаст России бизнесмена», ТАСС, https://tass.ru/2 (дата обращения: 14.11.2025).",
            "Армения не выдаст России бизнесмена",
            "ТАСС",
        ),
        (
            "„Armenien nennt Vorschlag verfrüht“, Deutsche Welle, https://dw.com/a (abgerufen am 14. November 2025).",
            "Armenien nennt Vorschlag verfrüht",
            "Deutsche Welle",
        ),
        (
            "‘Transit talks resume’, OC Media, https://oc-media.org/a (Accessed: 14 November 2025).",
            "Transit talks resume",
            "OC Media",
        ),
        (
            "Jane Smith, “Corridors Reopen,” Eurasianet, October 24, 2025, accessed November 14, 2025, https://eurasianet.org/a.",
            "Corridors Reopen",
            "Eurasianet",
        ),
        (
            "Smith, Jane. “Corridors Reopen.” Eurasianet, October 24, 2025. Accessed November 14, 2025. https://eurasianet.org/a.",
            "Corridors Reopen",
            "Eurasianet",
        ),
        (
            "Eurasianet (2025) Corridors reopen in the U.S. and Europe. Available at: https://eurasianet.org/a (Accessed: 14 November 2025).",
            "Corridors reopen in the U.S. and Europe",
            "Eurasianet",
        ),
        (
            "Smith, J. (2025, October 24). Corridors reopen. Eurasianet. https://eurasianet.org/a",
            "Corridors reopen",
            "Eurasianet",
        ),
        (
            '"Corridors reopen". Eurasianet (in Russian). 24 October 2025. Retrieved 14 November 2025.',
            "Corridors reopen",
            "Eurasianet",
        ),
        (
            "Захарова прокомментировала заявления // ТАСС. 2025. URL: https://tass.ru/3 (дата обращения: 14.11.2025).",
            "Захарова прокомментировала заявления",
            "ТАСС",
        ),
        (
            "Thomas de Waal, Black Garden: Armenia and Azerbaijan through Peace and War (New York: NYU Press, 2003), 45.",
            "Black Garden: Armenia and Azerbaijan through Peace and War",
            "NYU Press",
        ),
    ],
)
def test_title_and_publisher(entry: str, title: str, publisher: str) -> None:
    fields = parse_entry(entry)
    assert (fields.title, fields.publisher) == (title, publisher)


@pytest.mark.parametrize(
    "entry",
    [
        "“T”, P, https://x.org/a, (Access Date: 14.11.2025).",
        "“T”, P, https://x.org/a, Accessed 14/11/2025.",
        "“T”, P. Retrieved November 14, 2025, from https://x.org/a",
        "“T”, P, https://x.org/a (Erişim Tarihi: 14 Kasım 2025).",
        "“T”, P, https://x.org/a [дата обращения: 14 ноября 2025].",
        "“T”, P, https://x.org/a, abgerufen am 14.11.2025.",
        "“T”, P, https://x.org/a, consulté le 14 novembre 2025.",
        "“T”, P, https://x.org/a, consultado el 14 de noviembre de 2025.",
        "“T”, P, https://x.org/a, last accessed on 2025-11-14.",
        "“T”, P, https://x.org/a, 14.11.2025.",
    ],
)
def test_access_date_in_every_language(entry: str) -> None:
    assert parse_entry(entry).access_date == NOV_14


def test_publication_date_before_the_url_is_not_the_access_date() -> None:
    fields = parse_entry("“T,” Caliber, October 24, 2025, https://caliber.az/a.")
    assert fields.access_date is None
    assert fields.publisher == "Caliber"


def test_a_title_that_mentions_access_is_not_a_label() -> None:
    fields = parse_entry("“Access Date for Nothing”, News, https://x.org/a.")
    assert fields.title == "Access Date for Nothing"
    assert fields.access_date is None


def test_an_entry_without_url_is_still_read() -> None:
    fields = parse_entry("Interview with a Ministry of Foreign Affairs official, Yerevan, 12 November 2025.")
    assert fields.urls == []
    assert fields.title is None


def test_links_behind_the_text_are_urls() -> None:
    fields = parse_entry(
        "“Title”, Publisher, (Access Date: 14.11.2025).", ["https://example.org/a", "#_ftnref1"]
    )
    assert fields.urls == ["https://example.org/a"]


def test_a_link_repeating_the_text_url_is_not_doubled() -> None:
    fields = parse_entry(
        "“T”, P, https://example.org/a, (Access Date: 14.11.2025).", ["https://example.org/a/"]
    )
    assert fields.urls == ["https://example.org/a"]


def test_link_text_showing_a_shortened_url_yields_the_full_href() -> None:
    fields = parse_entry(
        "“T”, P, https://example.org/very-long…", ["https://example.org/very-long-article-name"]
    )
    assert fields.urls == ["https://example.org/very-long-article-name"]


def test_an_entry_full_of_quotes_is_read_quickly() -> None:
    fields = parse_entry("“" * 20_000 + " https://example.org/a (Access Date: 14.11.2025)")
    assert fields.urls == ["https://example.org/a"]
    assert fields.access_date == NOV_14


@pytest.mark.parametrize(
    ("text", "site", "title"),
    [
        ("Semafor - Trump vs. Powell, https://semafor.com/x", "Semafor", "Trump vs. Powell"),
        ("  Semafor — Trump vs. Powell", "Semafor", "Trump vs. Powell"),
        ("Semafor\u00a0|\u00a0Trump", "Semafor", "Trump"),
        ("Semafor -Trump", "Semafor", "Trump"),  # near miss: no space after the dash
        ("semafor - Trump", "Semafor", "Trump"),  # near miss: another case
        ("Semafor - Trum", "Semafor", "Trump"),
        ("The Semafor - Trump", "Semafor", "Trump"),
        ("Semafor ~ Trump", "Semafor", "Trump"),
        ("Semafor", "Semafor", "Trump"),
        ("Semafor -- Trump", "Semafor", "Trump"),
    ],
)
def test_site_dash_title_is_the_pattern_it_replaced(text: str, site: str, title: str) -> None:
    """entries._site_dash_title answers as the per-entry pattern it replaced (compiled anew for
    every entry: 30 % of the parse child's CPU on the end-to-end benchmark)."""
    import re

    from citecheck.parse.entries import _site_dash_title

    pattern = re.match(rf"\s*{re.escape(site)}(\s[-–—|]\s){re.escape(title)}", text)
    assert _site_dash_title(text, site, title) == (pattern.group(1) if pattern else None)


def test_the_dash_quote_search_finds_what_the_whole_line_search_finds() -> None:
    # entries._quoted_after_dash starts the lazy search 60 characters before the first dash-and-quote:
    # the same match as searching from every position, on any line of dashes, quotes and words.
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from citecheck.parse.entries import _QUOTED_AFTER_DASH, _quoted_after_dash

    @settings(max_examples=3000, deadline=None)
    @given(st.text(alphabet=st.sampled_from(list('ab  —–"“x,.\n')), max_size=240))
    def same(line: str) -> None:
        whole, fast = _QUOTED_AFTER_DASH.search(line), _quoted_after_dash(line)
        assert (whole is None and fast is None) or (whole and fast and whole.span() == fast.span())

    same()
    found = _quoted_after_dash("Acme Institute — “Water tariffs in practice”, https://acme.example/t")
    assert found is not None and found.group().startswith("Acme Institute")
    assert _quoted_after_dash("Acme Institute – Water tariffs, 2024, pp. 3–9") is None
