"""The claim check's stems come from snowball's C stemmers (PyStemmer) when installed, and they are
the stems of snowballstemmer's pure-Python port, which the checks were calibrated with."""

from __future__ import annotations

import importlib
import itertools

import pytest
from wordfreq import available_languages, iter_wordlist

from citecheck.verify.textmatch import _STEMMERS, _stemmer, fold_case, stem

Stemmer = pytest.importorskip("Stemmer")


def _pure(name: str) -> object:
    module = importlib.import_module(f"snowballstemmer.{name}_stemmer")
    return getattr(module, "".join(part.capitalize() for part in name.split("_")) + "Stemmer")()


def test_the_stemmer_in_use_is_the_c_one() -> None:
    assert isinstance(_stemmer("english"), Stemmer.Stemmer)
    assert stem("Running", "en") == "run"


@pytest.mark.parametrize("code", sorted(_STEMMERS))
def test_c_stems_are_the_pure_python_ports_stems(code: str) -> None:
    name = _STEMMERS[code]
    listed = code if code in available_languages("small") else "en"
    words = [fold_case(word) for word in itertools.islice(iter_wordlist(listed, "small"), 3000)]
    words += ["grain", "exports", "зерна", "экспорта", "ministère", "İstanbul'da", "Straßenbahnen"]
    pure, fast = _pure(name), Stemmer.Stemmer(name)
    assert [fast.stemWord(word) for word in words] == [pure.stemWord(word) for word in words]  # type: ignore[attr-defined]
