"""URLs in footnote entries: found, trimmed, unwrapped, and judged usable or not."""

from __future__ import annotations

import pytest

from citecheck.parse.urls import find_urls, normalise_url, trim_url, unwrap_urls, url_problem


@pytest.mark.parametrize(
    ("written", "url"),
    [
        ("https://tass.ru/politika/25584021,", "https://tass.ru/politika/25584021"),
        ("https://tass.ru/politika/25584021).", "https://tass.ru/politika/25584021"),
        ("https://en.wikipedia.org/wiki/Lachin_(town))", "https://en.wikipedia.org/wiki/Lachin_(town)"),
        ("https://example.org/a?b=c.", "https://example.org/a?b=c"),
        ("https://example.org/a/’", "https://example.org/a/"),
    ],
)
def test_trailing_punctuation_is_trimmed(written: str, url: str) -> None:
    assert trim_url(written) == url


def test_url_glued_to_a_word_is_still_found() -> None:
    found = find_urls("Caliberhttps://caliber.az/en/post/x, (Access Date: 14.11.2025)")
    assert [url for url, _, _ in found] == ["https://caliber.az/en/post/x"]
    assert found[0][1] == len("Caliber")


def test_wrapped_url_is_joined_but_the_next_label_is_not() -> None:
    text = "Novosti, https://news.mail.ru/poli\ntics/68708661,\n(Access Date: 14.11.2025), https://x.org/a/\nAccessed today"
    joined = unwrap_urls(text)
    assert "https://news.mail.ru/politics/68708661," in joined
    assert "\n(Access Date" in joined
    assert "https://x.org/a/\nAccessed" in joined


def test_url_wrapped_twice() -> None:
    assert unwrap_urls("https://example.org/a-\nb-\nc/1 end") == "https://example.org/a-b-c/1 end"


def test_a_word_after_a_complete_url_is_not_joined() -> None:
    assert unwrap_urls("https://tass.ru/politika/25584021\nTASS") == "https://tass.ru/politika/25584021\nTASS"


def test_a_space_inside_a_path_is_kept_so_it_can_be_reported() -> None:
    found = find_urls("TASS, https://tass.ru/politika/ 25584021, (Access Date: 14.11.2025)")
    assert [url for url, _, _ in found] == ["https://tass.ru/politika/ 25584021"]
    assert url_problem(found[0][0]) == "it contains a space"


def test_a_date_after_a_url_is_not_glued_to_it() -> None:
    found = find_urls("https://example.org/news/ 14/11/2025")
    assert [url for url, _, _ in found] == ["https://example.org/news/"]


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("htps://tass.ru/x", "the scheme 'htps' is not http or https"),
        ("hxxp://example.org/file", "the scheme 'hxxp' is not http or https"),
        ("https//tass.ru/x", "'https' is not followed by '://'"),
        ("https:/tass.ru/x", "'https' is not followed by '://'"),
        ("https:///politika", "'https' is not followed by '://'"),
        ("https://tass/x", "'tass' is not a valid host name"),
        ("https://ta$s.ru/x", "'ta$s.ru' is not a valid host name"),
        ("https://example.org:99999/", "it cannot be parsed (Port out of range 0-65535)"),
    ],
)
def test_unusable_urls_say_why(url: str, problem: str) -> None:
    assert url_problem(url) == problem


@pytest.mark.parametrize(
    "url", ["ftp://ftp.nga.mil/pub2/gandg/wgs84.pdf", "sftp://files.example.org/a", "git://example.org/r.git"]
)
def test_addresses_of_other_kinds_are_not_invalid(url: str) -> None:
    # Real addresses the fetch does not check (skipped, unsupported-scheme), not mistyped ones.
    assert url_problem(url) is None


@pytest.mark.parametrize(
    "url",
    [
        "https://tass.ru/politika/25584021",
        "http://127.0.0.1:8080/x",
        "https://президент.рф/news",
        "https://xn--d1abbgf6aiiy.xn--p1ai/",
        "www.oc-media.org/x",
        "https://a_b.blogspot.com/",
    ],
)
def test_usable_urls_have_no_problem(url: str) -> None:
    assert url_problem(url) is None


def test_bare_www_gets_a_scheme() -> None:
    assert normalise_url("www.example.org/a") == "https://www.example.org/a"
    assert normalise_url("https://example.org") == "https://example.org"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "https://example.com/news/armenia russia-talks.html, (Access Date: 14.11.2025)",
            "https://example.com/news/armenia russia-talks.html",
        ),
        ("https://example.com/a/b report.pdf.", "https://example.com/a/b report.pdf"),
        # Prose after a URL is not part of it.
        ("https://example.com/news/armenia was read on 14 November.", "https://example.com/news/armenia"),
    ],
)
def test_a_page_name_after_a_space_is_part_of_the_url(text: str, expected: str) -> None:
    assert find_urls(text)[0][0] == expected


def test_an_ipv6_literal_url_is_read_whole() -> None:
    assert [u for u, _, _ in find_urls("Report, http://[2001:db8::1]/report, accessed 3 March 2024.")] == [
        "http://[2001:db8::1]/report"
    ]
    assert url_problem("http://[2001:db8::1]/report") is None


def test_a_word_glued_after_an_open_bracket_is_not_url() -> None:
    assert [u for u, _, _ in find_urls("<https://www.w3.org/RDF/>(abgerufen am 04.12.2019)")] == [
        "https://www.w3.org/RDF/"
    ]


def test_host_pattern_is_the_readable_one_in_fast_spelling() -> None:
    """urls._HOST spells its classes as complements (fast to compile); on lowercased hosts it must
    accept exactly what "[a-z0-9_\\u00a1-\\uffff]"-style classes accept, for every BMP character
    and one beyond it, in every position of a label."""
    import re

    from citecheck.parse import urls

    label = r"[a-z0-9_\u00a1-\uffff](?:[a-z0-9_\u00a1-\uffff-]{0,61}[a-z0-9_\u00a1-\uffff])?"
    readable = re.compile(
        rf"^(?:{label}\.)+[a-z\u00a1-\uffff](?:[a-z0-9\u00a1-\uffff-]*[a-z0-9\u00a1-\uffff])?\.?$"
    )
    for point in [*range(0x3000), *range(0xFF00, 0x10000), 0x10000, 0x10FFFF]:
        char = chr(point)
        for host in (
            f"a{char}b.com",
            f"{char}.com",
            f"ab.{char}",
            f"ab.a{char}b",
            f"a-{char}.com",
            f"{char}-.x",
        ):
            assert bool(urls._HOST.match(host)) == bool(readable.match(host)), (hex(point), host)
