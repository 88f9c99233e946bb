"""publisher-mismatch: the footnote's publisher against the URL's host and the page's site name."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from citecheck.config import Config
from citecheck.verify.publisher import (
    host_labels,
    judge_publisher,
    naming_url,
    publisher_vs_domain,
    publisher_vs_site,
)

from .eval_corpus import load_pairs, seed_document, verified


@pytest.mark.parametrize(
    ("publisher", "url"),
    [
        ("Kazinform", "https://qazinform.com/news/x"),
        ("Novosti", "https://news.mail.ru/politics/68708661"),
        ("Russia’s Pivot to Asia", "https://russiaspivottoasia.com/x/"),
        ("TASS", "https://tass.ru/politika/25584021"),
        ("ТАСС", "https://tass.ru/politika/25584021"),
        ("Caliber", "https://caliber.az/en/post/x"),
        ("Deutsche Welle", "https://www.dw.com/de/x"),
        ("RFE/RL", "https://www.rferl.org/a/x.html"),
        ("Frankfurter Allgemeine Zeitung", "https://www.faz.net/aktuell/x.html"),
        ("RIA Novosti", "https://ria.ru/20250312/x.html"),
        ("Коммерсантъ", "https://www.kommersant.ru/doc/1"),
    ],
)
def test_publisher_matches_its_domain(publisher: str, url: str) -> None:
    _, labels = host_labels(url)
    assert publisher_vs_domain(publisher, labels).similarity >= 0.85


def test_host_labels_skip_www_and_the_suffix() -> None:
    assert host_labels("https://www.chinadaily.com.cn/a/1.html") == ("chinadaily.com.cn", ["chinadaily"])
    assert host_labels("https://news.mail.ru/politics/1") == ("mail.ru", ["news", "mail"])


def test_publisher_matches_a_site_name_in_another_script() -> None:
    assert publisher_vs_site("Novosti", "Новости Mail.ru").similarity >= 0.6
    assert publisher_vs_site("TASS", "ТАСС").similarity == 1.0
    assert publisher_vs_site("Reuters", "ТАСС").similarity < 0.6


def test_seed_publishers_all_match_online_and_offline() -> None:
    for online in (True, False):
        document = verified(seed_document(online=online), Config(offline=not online))
        assert not [f for f in document.findings if f.code == "publisher-mismatch"]


def test_eval_publishers_all_match_their_domains() -> None:
    for pair in load_pairs():
        _, labels = host_labels(pair.url)
        assert publisher_vs_domain(pair.record["publisher"], labels).similarity >= 0.85, pair.id


def test_a_wrong_publisher_is_reported_with_both_sides() -> None:
    document = seed_document(online=True)
    document.footnotes[4].publisher = "Reuters"
    found = [f for f in verified(document, Config()).findings if f.code == "publisher-mismatch"]
    assert [f.label for f in found] == ["v"]
    assert found[0].evidence["domain"] == "tass.ru"
    assert found[0].evidence["site_name"] == "ТАСС"
    assert found[0].message == (
        "[v] names the publisher “Reuters”, which matches neither the domain tass.ru nor the site name “ТАСС”."
    )


def test_no_publisher_no_verdict() -> None:
    document = seed_document(online=True)
    document.footnotes[4].publisher = None
    assert not [f for f in verified(document, Config()).findings if f.code == "publisher-mismatch"]


def test_an_ip_address_names_no_publisher() -> None:
    assert host_labels("http://127.0.0.1:8000/tass.ru/x") == (None, [])
    assert host_labels("http://[::1]/x") == (None, [])
    document = seed_document(online=True)
    for fn in document.footnotes:
        fn.url = "http://127.0.0.1:8000/x"
    assert not [f for f in verified(document, Config()).findings if f.code == "publisher-mismatch"]


# --- issue 11: the page's own names, glued domains, institutions, and the eval gate -------------

EVAL = Path(__file__).parents[2] / "fixtures" / "eval" / "publishers" / "pairs.jsonl"


@pytest.mark.parametrize(
    ("publisher", "url", "site_names"),
    [
        ("The New York Times", "https://www.nytimes.com/2025/11/10/business/x.html", []),
        ("Los Angeles Times", "https://www.latimes.com/business/story/2025-11-10/x", []),
        ("Associated Press", "https://apnews.com/article/x", []),
        ("Voice of America", "https://www.voanews.com/a/x/1.html", []),
        ("Norddeutscher Rundfunk", "https://www.ndr.de/nachrichten/x.html", []),
        (
            "Süddeutsche Zeitung",
            "https://www.sueddeutsche.de/wirtschaft/x-1.4445845",
            ["Süddeutsche.de", "SZ.de"],
        ),
        ("Die Zeit", "https://www.zeit.de/mobilitaet/x", ["ZEIT ONLINE"]),
        ("Le Monde", "https://www.lemonde.fr/pixels/article/x.html", ["Le Monde.fr"]),
        ("Kommersant", "https://www.kommersant.ru/doc/1", ["Коммерсантъ"]),
        ("Eurostat", "https://ec.europa.eu/eurostat/web/x", []),
        ("Yahoo! News Japan", "http://headlines.yahoo.co.jp/hl?a=1", ["Yahoo!ニュース"]),
        ("朝日新聞デジタル", "https://www.asahi.com/articles/A.html", []),  # the script cannot spell asahi
        ("Kazinform", "https://www.inform.kz/ru/x", []),
    ],
)
def test_real_publishers_are_not_false_alarms(publisher: str, url: str, site_names: list[str]) -> None:
    assert judge_publisher(publisher, url, site_names, 0.6).mismatch is not True


def test_a_publisher_cut_at_its_first_comma_is_not_a_false_alarm() -> None:
    """Parse may hand over only "Federal Ministry for Agriculture" of "Federal Ministry for
    Agriculture, Environment and Climate Protection": a prefix of the site's name matches, and an
    institution's translated name is never contradicted by its own-language site."""
    whole = "Federal Ministry for Agriculture, Environment and Climate Protection"
    url = "https://www.bmluk.gv.at/en/topics/climate.html"
    for publisher in (whole, "Federal Ministry for Agriculture"):
        assert judge_publisher(publisher, url, [whole], 0.6).mismatch is False
        german = [
            "Bundesministerium für Land- und Forstwirtschaft, Klima- und Umweltschutz, Regionen und Wasserwirtschaft"
        ]
        assert judge_publisher(publisher, url, german, 0.6).mismatch is None
        assert judge_publisher(publisher, url, [], 0.6).mismatch is None


def test_a_domain_inside_a_word_of_another_name_is_not_a_match() -> None:
    assert (
        judge_publisher("Condé Nast Traveler", "http://www.elle.com/runway/x", ["Elle"], 0.6).mismatch is True
    )


def test_an_institution_on_a_news_site_is_still_a_mismatch() -> None:
    verdict = judge_publisher(
        "International Monetary Fund", "https://www.theguardian.com/x", ["the Guardian"], 0.6
    )
    assert verdict.mismatch is True


def test_every_name_the_site_gives_itself_counts() -> None:
    document = seed_document(online=True)
    fn = document.footnotes[4]
    assert fn.page is not None
    fn.publisher = "Telegraph Agency of the Soviet Union"
    fn.page.site_names = [
        "ТАСС",
        "Информационное агентство России ТАСС",
        "Telegraph Agency of the Soviet Union",
    ]
    assert not [f for f in verified(document, Config()).findings if f.code == "publisher-mismatch"]


def _eval_rows() -> list[dict[str, Any]]:
    return [json.loads(line) for line in EVAL.read_text(encoding="utf-8").splitlines() if line.strip()]


def _swaps(rows: list[dict[str, Any]]) -> list[tuple[str, dict[str, Any]]]:
    """Each correct pair's publisher on another outlet's page (7 rows on, another domain)."""
    out = []
    for i, row in enumerate(rows):
        for step in range(7, len(rows)):
            other = rows[(i + step) % len(rows)]
            if (
                host_labels(other["url"])[0] != host_labels(row["url"])[0]
                and other["publisher"] != row["publisher"]
            ):
                out.append((row["publisher"], other))
                break
    return out


@pytest.mark.parametrize("split", ["calibrate", "held-back", "held-back-2", "held-back-3"])
@pytest.mark.parametrize("online", [True, False])
def test_publisher_eval_gate(split: str, online: bool) -> None:
    """Real outlet–site pairs (see the module docstring of verify/publisher.py for the table):
    at most 5% false alarms; at least 90% of swapped publishers caught with the page's names,
    75% from the URL alone."""
    rows = [row for row in _eval_rows() if row["split"] == split]
    assert len(rows) >= 50

    def names(row: dict[str, Any]) -> list[str]:
        return list(row["site_names"]) if online else []

    false_alarms = [
        r["id"] for r in rows if judge_publisher(r["publisher"], r["url"], names(r), 0.6).mismatch
    ]
    swaps = _swaps(rows)
    caught = sum(
        1
        for publisher, other in swaps
        if judge_publisher(publisher, other["url"], names(other), 0.6).mismatch
    )
    assert len(false_alarms) <= 0.05 * len(rows), false_alarms
    assert caught >= (0.90 if online else 0.75) * len(swaps)


def test_publisher_eval_has_provenance_and_languages() -> None:
    rows = _eval_rows()
    assert all(row["provenance"] for row in rows)
    assert len({row["language"] for row in rows}) >= 15
    assert {row["split"] for row in rows} == {"calibrate", "held-back", "held-back-2", "held-back-3"}


@pytest.mark.parametrize(
    ("url", "names"),
    [
        ("https://web.archive.org/web/20190101000000/https://www.nytimes.com/a", "https://www.nytimes.com/a"),
        ("http://web.archive.org/web/2019id_/http://tass.ru/x", "http://tass.ru/x"),
        ("http://web.archive.org/web/2019/tass.ru/politika/1?a=b", "http://tass.ru/politika/1?a=b"),
        ("https://archive.ph/2019.01.01-120000/https://www.lemonde.fr/x", "https://www.lemonde.fr/x"),
        ("https://arquivo.pt/wayback/20200101000000/http://publico.pt/a", "http://publico.pt/a"),
        ("https://doi.org/10.3390/s20164404", None),
        ("https://hdl.handle.net/10419/123", None),
        # Dates in a site's own paths are not captures.
        ("https://www.nytimes.com/2019/01/01/x.html", "https://www.nytimes.com/2019/01/01/x.html"),
        ("https://example.com/20190101/news.html", "https://example.com/20190101/news.html"),
    ],
)
def test_the_url_that_names_the_publisher(url: str, names: str | None) -> None:
    assert naming_url(url) == names


def _offline_publisher_findings(publisher: str, url: str) -> list[str]:
    document = seed_document(online=False)
    document.footnotes[4].publisher = publisher
    document.footnotes[4].url = url
    return [f.message for f in verified(document, Config()).findings if f.code == "publisher-mismatch"]


def test_resolvers_and_archives_are_judged_by_what_they_lead_to() -> None:
    # A DOI resolver's host names no publisher: nothing to contradict the journal named.
    assert _offline_publisher_findings("Sensors", "https://doi.org/10.3390/s20164404") == []
    # An archived copy is judged by its original URL, both ways.
    archived = "https://web.archive.org/web/20250101000000/https://tass.ru/politika/25584021"
    assert _offline_publisher_findings("TASS", archived) == []
    assert _offline_publisher_findings("Reuters", archived) == [
        "[v] names the publisher “Reuters”, which does not match the domain tass.ru"
        " (judged from the URL alone: the page was not read)."
    ]


def test_a_mismatch_from_the_url_alone_is_info_and_one_with_the_page_a_warning() -> None:
    # Offline only the host can be compared, and hosts carry others' work (journals on their
    # publisher's site, reports on repositories): info. With the page's own names: a warning.
    offline = seed_document(online=False)
    offline.footnotes[4].publisher = "Reuters"
    found = [f for f in verified(offline, Config()).findings if f.code == "publisher-mismatch"]
    assert [(f.label, f.severity) for f in found] == [("v", "info")]
    online = seed_document(online=True)
    online.footnotes[4].publisher = "Reuters"
    found = [f for f in verified(online, Config()).findings if f.code == "publisher-mismatch"]
    assert [(f.label, f.severity) for f in found] == [("v", "warning")]
    assert "judged from the URL alone" not in found[0].message
