"""wordfreq's lists mapped from the cache: the same frequencies as wordfreq's dict, written once."""

from __future__ import annotations

import os
import subprocess
import sys
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


def test_available_languages_are_wordfreqs_small_lists() -> None:
    from wordfreq import available_languages

    assert wordlists.available_languages() == frozenset(available_languages(wordlist="small"))
    assert {"en", "de", "ru", "tr", "zh"} <= wordlists.available_languages()


def test_verifying_does_not_import_wordfreq_even_to_write_a_list(tmp_path: Path) -> None:
    """wordfreq (~0.08 s of CPU and ~6 MB on import) is needed only to write a list's trie, and a
    child process writes it: the process that verifies neither imports wordfreq nor keeps the
    memory of unpacking its dict (94 MB at its peak for German), on the first run as on the next."""
    code = (
        "import resource, sys\n"
        "from citecheck.verify import textmatch\n"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "assert textmatch.zipf('the', 'en') > 7 and textmatch.zipf('und', 'de') > 7\n"
        "grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before\n"
        "print('wordfreq' in sys.modules, grown // 1024)\n"
    )
    env = {**os.environ, "CITECHECK_WORDLIST_CACHE": str(tmp_path)}
    first = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert sorted(p.name for p in tmp_path.rglob("*.marisa")) == ["de.marisa", "en.marisa"]
    again = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    for run in (first, again):
        imported, grown_mb = run.stdout.split()
        assert imported == "False"
        assert int(grown_mb) < 20, run.stdout  # in-process writing grew it by ~60 MB


def test_a_list_is_written_here_when_no_child_can_write_it(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "executable", str(cache / "no-such-python"))
    assert wordlists.frequencies("tr").get("ve") == get_frequency_dict("tr", wordlist="small")["ve"]
    assert (wordlists.cache_dir() / "tr.marisa").is_file()


def test_the_child_writing_a_list_imports_nothing_of_citecheck(tmp_path: Path) -> None:
    """The verify package's import (0.5 s of CPU) would cost a machine's first run once per language."""
    from citecheck.verify import trie_writer

    code = (
        "import runpy, sys\n"
        f"sys.argv = ['trie_writer', 'fi', {str(tmp_path / 'fi.marisa')!r}]\n"
        f"runpy.run_path({trie_writer.__file__!r}, run_name='__main__')\n"
        "print(sorted(m for m in sys.modules if m.startswith('citecheck')))\n"
    )
    run = subprocess.run([sys.executable, "-P", "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]"
    assert (tmp_path / "fi.marisa").is_file()
