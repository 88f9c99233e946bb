"""wordfreq's word lists, mapped read-only from the user's cache instead of loaded into each process.

wordfreq hands a language's "small" list out as a Python dict (``get_frequency_dict``): 30,000–
45,000 words, unpacked from its msgpack file on each first use. The verify stage reads the list of
every language its pages and claims are in, in every worker process, and the dicts stayed there
for the rest of the run: on the end-to-end benchmark's real pages (``benchmarks/e2e.py --corpus
real``, 800 URLs, pages in 20 languages), 77 MB of each worker's 154 MB of private memory were
these dicts (tracemalloc), and unpacking them cost 0.23 s of CPU per process.

So the first process that needs a list writes it once, per wordfreq and marisa-trie version, as a
marisa trie (``marisa-trie``: a static, compact trie in C++, 1–2 bytes per key character) to the
user's cache directory, and every process maps that file read-only: the pages are the operating
system's page cache, shared by every process, and opening one costs well under a millisecond.
Each word keeps wordfreq's own frequency (a float64), so every Zipf value computed from it is the
one the dict gave. Anything that goes wrong (no cache directory, a half-written or foreign file,
the package missing) falls back to wordfreq's dict, never to no list.

wordfreq itself is imported only to write a trie (or for that fallback): importing it costs ~0.08 s
of CPU and ~6 MB (its tokenizer compiles the ``regex`` module's patterns, ``locate`` walks the
importing stack's source files to find the data folder), which every run that verifies paid in its
main process, and the workers' forkserver too, once the tries were written. Which lists exist is
read from the package's data folder (:func:`available_languages`), the way wordfreq's own
``available_languages`` reads it.

A trie is written by a child process (:mod:`citecheck.verify.trie_writer`, run by its path, so that it
imports nothing of citecheck), not by the process that needs it: writing one unpacks wordfreq's dict and builds the trie (2 s and a 94 MB peak
for German, measured), and memory Python freed stays with the process. On a machine's first run of
the end-to-end benchmark (800 URLs) the workers' forkserver wrote the lists in-process and its peak
RSS was 226 MB, against 123 MB on every later run (the workers it forks carry its pages too); with
the child it stays at the later runs' figure. If the child cannot run, the list is written in
process, as before.
"""

from __future__ import annotations

import importlib.util
import logging
from collections.abc import Iterator, Mapping
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from citecheck.config import cache_folder
from citecheck.forking import run_script
from citecheck.verify import trie_writer

log = logging.getLogger(__name__)

_FORMAT = trie_writer.FORMAT


class TrieFrequencies(Mapping[str, float]):
    """A word list read from a mapped marisa trie, as a read-only mapping word → frequency."""

    def __init__(self, trie: object) -> None:
        self._trie = trie

    def __getitem__(self, word: str) -> float:
        found = self._trie.get(word)  # type: ignore[attr-defined]
        if not found:
            raise KeyError(word)
        return float(found[0][0])

    def get(self, word: str, default: float | None = None) -> float | None:  # type: ignore[override]
        found = self._trie.get(word)  # type: ignore[attr-defined]
        return float(found[0][0]) if found else default

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and word in self._trie  # type: ignore[operator]

    def __iter__(self) -> Iterator[str]:
        return iter(self._trie.keys())  # type: ignore[attr-defined]

    def __len__(self) -> int:
        return len(self._trie)  # type: ignore[arg-type]


def cache_dir() -> Path:
    """Where the tries are kept: per wordfreq and marisa-trie version."""
    return cache_folder("CITECHECK_WORDLIST_CACHE") / "wordlists" / _stamp()


@lru_cache(maxsize=1)
def _stamp() -> str:
    """The two packages' versions, read once per process: ``metadata.version`` scans the installed
    distributions (0.6 ms for the two, warm), and every language's first list read them again in
    each worker (36 lists on the end-to-end benchmark's real pages); the forkserver's warm-up now
    reads them once for every worker."""
    return f"wordfreq-{metadata.version('wordfreq')}-marisa-{metadata.version('marisa-trie')}"


def frequencies(language: str) -> Mapping[str, float]:
    """wordfreq's small list for ``language`` (a code wordfreq lists), from the cache when it can."""
    try:
        import marisa_trie

        path = cache_dir() / f"{language}.marisa"
        if not path.exists():
            _write_elsewhere(language, path)
        trie = marisa_trie.RecordTrie(_FORMAT)
        trie.mmap(str(path))
        return TrieFrequencies(trie)
    except Exception:  # no cache, a broken file, no marisa-trie: wordfreq's own dict still works
        log.debug("word list cache unusable for %s; using wordfreq's dict", language, exc_info=True)
        from wordfreq import get_frequency_dict

        return get_frequency_dict(language, wordlist="small")


@lru_cache(maxsize=1)
def available_languages() -> frozenset[str]:
    """The languages wordfreq has a "small" list for: its data folder's ``small_<code>.msgpack.gz``
    files, found without importing the package (wordfreq's ``available_languages("small")``)."""
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    found: set[str] = set()
    for folder in spec.submodule_search_locations:
        for path in Path(folder, "data").glob("small_*.msgpack.gz"):
            found.add(path.name.split(".", 1)[0].split("_", 1)[1])
    return frozenset(found)


# A child writing one list: 0.3 s of CPU (German); 2 s of wall on a loaded machine. Thirty times that
# is a child stuck.
_CHILD_TIMEOUT = 60.0


def _write_elsewhere(language: str, path: Path) -> None:
    """Write ``language``'s trie in a child process (see the module's docstring), or here if that fails."""
    if not run_script(trie_writer.__file__, language, str(path), timeout=_CHILD_TIMEOUT):
        log.debug("word list child failed for %s; writing it here", language)
    if not path.exists():
        trie_writer.write(language, path)
