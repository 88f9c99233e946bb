"""--remap rules in lychee's and Python's spelling, include/exclude filters, and mapping back."""

from __future__ import annotations

import pytest

from citecheck.config import Config
from citecheck.fetch.remap import apply_remaps, is_excluded, to_python_replacement, unmap

SEED = "https://tass.ru/politika/25584021"


@pytest.mark.parametrize(
    "rule",
    [
        "^https?://([^/]+)/ http://127.0.0.1:8000/$1/",
        "^https?://([^/]+)/ http://127.0.0.1:8000/${1}/",
        r"^https?://([^/]+)/ http://127.0.0.1:8000/\1/",
        r"^https?://(?P<host>[^/]+)/ http://127.0.0.1:8000/${host}/",
        r"^https?://(?P<host>[^/]+)/ http://127.0.0.1:8000/\g<host>/",
    ],
)
def test_group_spellings(rule: str) -> None:
    assert apply_remaps(SEED, Config(remap=[rule])) == "http://127.0.0.1:8000/tass.ru/politika/25584021"


def test_dollar_dollar_is_a_literal_dollar() -> None:
    assert to_python_replacement("a$$b$1") == r"a$b\g<1>"


def test_rules_apply_in_order() -> None:
    config = Config(
        remap=["^https://tass.ru/ https://tass.com/", "^https://tass.com/(.*) http://mirror.test/$1"]
    )
    assert apply_remaps(SEED, config) == "http://mirror.test/politika/25584021"


def test_no_rule_no_change() -> None:
    assert apply_remaps(SEED, Config()) == SEED


def test_exclude_and_include() -> None:
    assert is_excluded(SEED, Config(exclude=[r"tass\.ru"]))
    assert not is_excluded(SEED, Config(exclude=[r"mail\.ru"]))
    assert is_excluded(SEED, Config(include=[r"mail\.ru"]))
    assert not is_excluded(SEED, Config(include=[r"tass\.ru"]))


def test_unmap_returns_a_moved_url_to_the_original_space() -> None:
    config = Config(remap=["^https?://([^/]+)/ http://127.0.0.1:8000/$1/"])
    fetched = apply_remaps(SEED, config)
    moved = "http://127.0.0.1:8000/tass.ru/politika/99"
    assert unmap(moved, SEED, fetched, config) == "https://tass.ru/politika/99"
    assert unmap("http://elsewhere.test/x", SEED, fetched, config) == "http://elsewhere.test/x"
    assert unmap(moved, SEED, SEED, Config()) == moved
