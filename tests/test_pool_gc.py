"""citecheck.pool.built_once: what a process keeps is frozen out of the collector's walks."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from citecheck import pool


@pytest.fixture
def collector() -> Iterator[None]:
    """Put the test process's collector back as it was (built_once changes it for good)."""
    enabled, threshold = gc.isenabled(), gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*threshold)
    if enabled:
        gc.enable()
    else:
        gc.disable()


def test_nothing_is_collected_while_building_and_what_was_built_is_frozen(collector: None) -> None:
    gc.enable()
    gc.set_threshold(700, 10, 10)
    before = gc.get_freeze_count()
    with pool.built_once():
        assert not gc.isenabled()
        kept = [[index] for index in range(1000)]  # containers the process keeps
    assert gc.isenabled()
    assert gc.get_freeze_count() >= before + len(kept)
    assert gc.get_threshold() == (pool.YOUNG_COLLECTION, 10, 10)


def test_collection_resumes_only_if_it_was_on_and_after_a_failure_too(collector: None) -> None:
    gc.disable()
    with pool.built_once():
        pass
    assert not gc.isenabled()
    gc.enable()
    with pytest.raises(RuntimeError), pool.built_once():
        raise RuntimeError("an import failed")
    assert gc.isenabled()


def test_a_higher_threshold_set_by_the_program_is_kept(collector: None) -> None:
    gc.set_threshold(50_000, 20, 5)
    with pool.built_once():
        pass
    assert gc.get_threshold() == (50_000, 20, 5)
