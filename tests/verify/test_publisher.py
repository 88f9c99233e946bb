"""publisher-mismatch: the footnote's publisher against the URL's host and the page's site name."""

from __future__ import annotations

import pytest

from citecheck.config import Config
from citecheck.verify.publisher import host_labels, publisher_vs_domain, publisher_vs_site

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
