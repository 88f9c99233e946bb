"""Configuration files: discovery, precedence, and clear errors naming the file and the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from citecheck.config import (
    DEFAULT_MAX_PER_HOST,
    Config,
    find_config_file,
    load_config,
    parse_remap,
)
from citecheck.errors import ConfigError

CONFIGS = Path(__file__).parent.parent / "fixtures" / "configs"


def test_valid_file_is_read_completely() -> None:
    config = load_config(CONFIGS / "valid.toml")
    assert config.fail_on == "warning"
    assert config.max_per_host == 2
    assert config.severity == {"numbering-gap": "off", "blocked": "warning"}
    assert config.hosts["tass.ru"].rate == 0.5
    assert config.hosts["tass.ru"].headers == {"Accept-Language": "ru"}
    assert [rule.reason for rule in config.ignore][1] == "Reviewed by the editor on 2025-11-20"
    assert config.thresholds.title_min_similarity == 0.5


def test_cli_overrides_win_and_lists_extend() -> None:
    config = load_config(
        CONFIGS / "valid.toml",
        overrides={"max_per_host": 7, "exclude": [r"\.pdf$"], "timeout": None},
    )
    assert config.max_per_host == 7
    assert config.timeout == 15  # None overrides are ignored
    assert config.exclude == [r"^https://www\.linkedin\.com/", r"\.pdf$"]


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("unknown-key.toml", "max_per_hots: unknown key"),
        ("bad-value.toml", "fail_on"),
        ("unknown-code.toml", "dead-links"),
        ("invalid.toml", "invalid TOML"),
        ("bad-remap.toml", "REGEX REPLACEMENT"),
    ],
)
def test_bad_files_name_the_file_and_the_key(name: str, fragment: str) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(CONFIGS / name)
    message = str(info.value)
    assert name in message
    assert fragment in message
    assert "\n" not in message


def test_bad_override_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="command line: max_per_host"):
        load_config(discover=False, overrides={"max_per_host": 0})


def test_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "nope.toml")


def test_discovery_walks_up_and_reads_pyproject_section(tmp_path: Path) -> None:
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    (tmp_path / "pyproject.toml").write_text((CONFIGS / "pyproject" / "pyproject.toml").read_text())
    assert find_config_file(nested) == tmp_path / "pyproject.toml"
    config = load_config(start=nested)
    assert config.fail_on == "info"
    assert config.max_concurrency == 8


def test_citecheck_toml_is_preferred_nearest_first(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.citecheck]\nfail_on = 'info'\n")
    inner = tmp_path / "docs"
    inner.mkdir()
    (inner / "citecheck.toml").write_text("fail_on = 'warning'\n")
    assert load_config(start=inner).fail_on == "warning"


def test_pyproject_without_section_is_not_a_config(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    assert find_config_file(tmp_path) is None
    assert load_config(start=tmp_path).max_per_host == DEFAULT_MAX_PER_HOST


def test_remap_rules_parse() -> None:
    pattern, replacement = parse_remap(r"^https://(\S+)/ http://127.0.0.1:8000/$1/")
    assert pattern.match("https://tass.ru/")
    assert replacement == "http://127.0.0.1:8000/$1/"


def test_defaults_are_sane() -> None:
    config = Config()
    assert not config.allow_private
    assert not config.offline
    assert config.max_concurrency >= config.max_per_host


@pytest.mark.parametrize(
    ("rule", "fragment"),
    [
        ({"reason": "x"}, "at least one of url, document, label or code"),
        ({"code": "dead-links", "reason": "x"}, "unknown finding code 'dead-links'"),
    ],
)
def test_ignore_rules_must_say_what_they_ignore(rule: dict[str, str], fragment: str) -> None:
    with pytest.raises(ConfigError, match=fragment):
        load_config(discover=False, overrides={"ignore": [rule]})


def test_today_must_be_a_real_date() -> None:
    with pytest.raises(ConfigError, match="'2025-02-30' is not a date YYYY-MM-DD"):
        load_config(discover=False, overrides={"today": "2025-02-30"})


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("timeout = 1e309\n", "timeout: Input should be a finite number"),  # TOML's overflow is inf
        ("[audit]\nmax_seconds = inf\n", "audit.max_seconds: Input should be a finite number"),
        ("a = " + "[" * 100_000 + "]" * 100_000 + "\n", "invalid TOML: nested too deeply"),
    ],
)
def test_files_wrong_in_unusual_ways_are_one_line_naming_the_file(
    tmp_path: Path, text: str, fragment: str
) -> None:
    path = tmp_path / "citecheck.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    message = str(info.value)
    assert message.startswith(str(path)) and fragment in message and "\n" not in message


def test_a_byte_order_mark_opens_a_config_like_any_other(tmp_path: Path) -> None:
    path = tmp_path / "citecheck.toml"
    path.write_bytes("\ufefftimeout = 5\n".encode())
    assert load_config(path).timeout == 5
