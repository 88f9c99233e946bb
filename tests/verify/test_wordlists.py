"""wordfreq's lists mapped from the cache: the same frequencies as wordfreq's dict, written once."""

from __future__ import annotations

from pathlib import Path

import pytest
from wordfreq import get_frequency_dict

from citecheck.verify import wordlists
from citecheck.verify.wordlists import TrieFrequencies

WORDS = ["the", "railway", "şehir", "зерно", "grain", "zzqqxx", "", "Railway"]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CITECHECK_WORDLIST_CACHE", str(tmp_path))
    return tmp_path


@pytest.mark.parametrize("language", ["en", "tr", "ru"])
def test_a_mapped_list_gives_wordfreqs_frequencies(cache: Path, language: str) -> None:
    expected = get_frequency_dict(language, wordlist="small")
    mapped = wordlists.frequencies(language)
    assert isinstance(mapped, TrieFrequencies)
    assert (wordlists.cache_dir() / f"{language}.marisa").is_file()
    assert len(mapped) == len(expected) and bool(mapped)
    for word in [*WORDS, *list(expected)[:200:7]]:
        assert mapped.get(word) == expected.get(word), word  # the same float, not a rounding of it
        assert (word in mapped) == (word in expected)
    # Read again, from the file now: the same.
    again = wordlists.frequencies(language)
    assert again.get("the") == expected.get("the") and set(list(again)[:50]) <= set(expected)


def test_a_broken_cache_file_falls_back_to_wordfreqs_dict(cache: Path) -> None:
    path = wordlists.cache_dir() / "de.marisa"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a trie")
    found = wordlists.frequencies("de")
    assert found == get_frequency_dict("de", wordlist="small")


def test_an_unwritable_cache_falls_back_to_wordfreqs_dict(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("CITECHECK_WORDLIST_CACHE", str(blocker))
    assert wordlists.frequencies("fr").get("le") == get_frequency_dict("fr", wordlist="small")["le"]
