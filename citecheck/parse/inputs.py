"""Inputs: expanding paths, directories, globs and ``-`` into sources; telling an analysis from a
binary file; decoding bytes (BOM, UTF-8, declared charset, detection); choosing the reader.

Every input is read up to a cap (:data:`DEFAULT_MAX_INPUT_BYTES`), never further: at most cap + 1
bytes come off a file, a device (``/dev/zero``) or stdin before the input is refused.
"""

from __future__ import annotations

import glob
import os
import re
import sys
import zipfile
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import BinaryIO

from citecheck import lazyre
from citecheck.config import DEFAULT_MAX_INPUT_BYTES, DIRECTORY_EXTENSIONS
from citecheck.errors import InputError
from citecheck.models import DocumentFormat

EXTENSIONS: dict[str, DocumentFormat] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".docx": "docx",
}
STDIN = "-"
STDIN_PATH = "<stdin>"
_CHUNK = 1 << 20
_GLOB_CHARS = frozenset("*?[")


def read_capped(stream: BinaryIO, path: str, max_bytes: int) -> bytes:
    """At most ``max_bytes`` from ``stream``; :class:`InputError` when there is more (reads cap + 1)."""
    chunks: list[bytes] = []
    remaining = max_bytes + 1
    while remaining > 0:
        chunk = stream.read(min(_CHUNK, remaining))
        if not chunk:
            break
        chunks.append(chunk)
        remaining -= len(chunk)
    if remaining <= 0:
        raise InputError.too_large(path, max_bytes)
    return b"".join(chunks)


@dataclass(frozen=True, slots=True)
class InputSource:
    """One document to parse: its path (``<stdin>`` for standard input, the address for a web
    page) and, for stdin or a fetched page, its bytes (or the stream to read them from); ``fmt`` when
    the source says its format (a page's Content-Type), else the extension and the bytes tell.
    ``address``: a web address not fetched yet (:func:`citecheck.pipeline.fetch_addresses`)."""

    path: str
    data: bytes | None = None
    stream: BinaryIO | None = None
    fmt: DocumentFormat | None = None
    address: bool = False

    def load(self, max_bytes: int = DEFAULT_MAX_INPUT_BYTES) -> bytes:
        if self.address and self.data is None:
            raise InputError(
                f"{self.path}: a web address is fetched only by an online check "
                "(citecheck check without --offline); save the page to read it offline"
            )
        if self.data is not None:
            if len(self.data) > max_bytes:
                raise InputError.too_large(self.path, max_bytes)
            return self.data
        if self.stream is not None:
            return read_capped(self.stream, self.path, max_bytes)
        try:
            with open(self.path, "rb") as file:
                size = os.fstat(file.fileno()).st_size
                if size > max_bytes:
                    raise InputError.too_large(self.path, max_bytes)
                return read_capped(file, self.path, max_bytes)
        except IsADirectoryError:
            raise InputError(f"{self.path}: is a directory") from None
        except OSError as exc:
            raise InputError(f"{self.path}: cannot read ({exc.strerror or exc})") from None


def is_address(spec: str) -> bool:
    """Whether an input names a web address rather than a file (``http://`` or ``https://``)."""
    return spec[:8].lower().startswith(("http://", "https://"))


def _directory_files(directory: Path) -> list[Path]:
    """The analyses below ``directory``: regular files (or links to them) with an analysis's
    extension. A named pipe, socket or device is no analysis a directory holds, and opening a pipe
    nobody writes to waits forever: one "notes.txt" FIFO in a directory hung the whole run
    (session 42); a link to nothing is skipped as well. Named on the command line, a pipe is read
    (``citecheck check <(…)``)."""
    found: list[Path] = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(
            Path(root) / name
            for name in sorted(files)
            if not name.startswith((".", "~$"))
            and Path(name).suffix.lower() in DIRECTORY_EXTENSIONS
            and (Path(root) / name).is_file()
        )
    return found


def expand_inputs(specs: list[str]) -> list[InputSource]:
    """Turn each spec (file, directory, glob, ``-`` or web address) into sources, in order, without
    duplicates."""
    sources: list[InputSource] = []
    seen: set[str] = set()

    def add(path: Path) -> None:
        key = str(path)
        if key not in seen:
            seen.add(key)
            sources.append(InputSource(key))

    for spec in specs:
        if is_address(spec):  # a published analysis, fetched before it is parsed
            if spec not in seen:
                seen.add(spec)
                sources.append(InputSource(spec, address=True))
            continue
        if spec == STDIN:
            # Read when parsed, through the cap: stdin may be endless.
            sources.append(InputSource(STDIN_PATH, stream=sys.stdin.buffer))
            continue
        path = Path(spec)
        if path.is_dir():
            files = _directory_files(path)
            if not files:
                raise InputError(
                    f"{spec}: no analyses ({' '.join(sorted(DIRECTORY_EXTENSIONS))}) in this directory"
                )
            for file in files:
                add(file)
        elif path.exists():
            add(path)
        elif _GLOB_CHARS & set(spec):
            matches = sorted(glob.glob(spec, recursive=True))
            if not matches:
                raise InputError(f"{spec}: no file matches this pattern")
            for match in matches:
                matched = Path(match)
                if matched.is_dir():
                    for file in _directory_files(matched):
                        add(file)
                elif matched.is_file():  # as in a directory: no pipe, socket or device
                    add(matched)
        else:
            raise InputError(f"{spec}: no such file or directory")
    return sources


_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document; save it as text, HTML or DOCX"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Word .doc or other OLE file; save it as DOCX"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x7fELF", "executable"),
    (b"MZ", "Windows executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"{\\rtf", "RTF document; save it as DOCX"),
)


def _is_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        return False
    return "word/document.xml" in names or (
        "[Content_Types].xml" in names and any(n.startswith("word/") for n in names)
    )


def binary_kind(data: bytes) -> str | None:
    """What kind of binary file ``data`` is, or None when it may be text (or is a DOCX)."""
    head = data[:16]
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return None if _is_docx(data) else "zip archive that is not a DOCX"
    if data[8:12] == b"WEBP" and head.startswith(b"RIFF"):
        return "WebP image"
    if data[4:8] == b"ftyp":
        return "video or image container"
    for signature, kind in _SIGNATURES:
        if head.startswith(signature):
            return kind
    return None


_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a BOM: every other byte of ASCII text is NUL."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    encoding = (
        "utf-16-le"
        if odd_nuls > half * 0.6 and even_nuls == 0
        else "utf-16-be"
        if even_nuls > half * 0.6 and odd_nuls == 0
        else None
    )
    if encoding is None:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


_CONTROL_CHARS = lazyre.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")


def _control_ratio(text: str) -> float:
    sample = text[:20_000]
    if not sample:
        return 0.0
    return len(_CONTROL_CHARS.findall(sample)) / len(sample)


def decode_bytes(data: bytes, *, path: str, is_html: bool = False) -> str:
    """The text of ``data``; :class:`InputError` when it is a binary file and not an analysis."""
    kind = binary_kind(data)
    if kind is not None:
        raise InputError(f"{path}: binary file, not an analysis ({kind})")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                raise InputError(f"{path}: binary file, not an analysis (invalid {encoding} text)") from None
    text: str | None = None
    if b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is None:
            raise InputError(f"{path}: binary file, not an analysis (contains NUL bytes)")
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _mostly_utf8(data) or _decode_legacy(data, is_html=is_html)
    if text is None or _control_ratio(text) > 0.01:
        raise InputError(f"{path}: binary file, not an analysis (not text in any known encoding)")
    return text


# A UTF-8 text with a few bytes that are not UTF-8 (a stray Windows-1252 "é" pasted into it, a file
# cut inside its last character) is still that UTF-8 text: read whole, those few bytes replaced by
# U+FFFD, rather than the whole file decoded as a legacy encoding (mojibake in every other line) or
# refused as binary. Fuzzing the visible saved pages and READMEs (2026-12-06: each cut at a random
# byte, or 50 random bytes inserted) refused 59 of 582 such files as "not text in any known
# encoding". A legacy text (Windows-1251, ISO-8859-9) is not mostly UTF-8: every letter beyond ASCII
# is an invalid byte, far more than this allows.
_STRAY_BYTES_MAX = 64
_STRAY_BYTES_SHARE = 0.001


def _mostly_utf8(data: bytes) -> str | None:
    text = data.decode("utf-8", errors="replace")
    stray = text.count("\ufffd") - data.count("\ufffd".encode())
    return text if stray <= min(_STRAY_BYTES_MAX, max(4, len(data) * _STRAY_BYTES_SHARE)) else None


def _decode_legacy(data: bytes, *, is_html: bool) -> str | None:
    """Text in a declared or detected legacy encoding (windows-1251, ISO-8859-9, …)."""
    # Imported here, for the rare input that is not UTF-8: bs4 brings soupsieve, whose import
    # compiles its CSS grammar — a tenth of a second of every CLI start before its first request.
    from bs4.dammit import EncodingDetector
    from charset_normalizer import from_bytes

    declared = EncodingDetector.find_declared_encoding(data, is_html=is_html, search_entire_document=False)
    if declared:
        try:
            return data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    best = from_bytes(data).best()
    return str(best) if best is not None else None


_HTML_TAG = re.compile(
    rb"</?(?:p|div|ul|ol|li|h[1-6]|a|span|sup|br|table|blockquote|article|section)\b[^<>]{0,300}>", re.I
)
_MARKDOWN_HINTS = ("\n# ", "\n## ", "[^", "](http", "\n---\n", "**", "\n> ", "\n- ", "\n* ")


def sniff_format(data: bytes, text: str | None = None) -> DocumentFormat:
    """Guess the format from the content (used when the extension does not say)."""
    head = data[:4096].lower().lstrip()
    if head.startswith(b"pk\x03\x04"):
        return "docx"
    if head.startswith((b"<?xml", b"<!doctype html", b"<html")) or len(_HTML_TAG.findall(head)) >= 3:
        return "html"
    sample = ("\n" + (text if text is not None else data[:8192].decode("utf-8", "replace")))[:8192]
    if (
        sample.startswith("\n# ")
        or sample.startswith("\n---\n")
        or sum(h in sample for h in _MARKDOWN_HINTS) >= 2
    ):
        return "markdown"
    if "[^" in sample and "]:" in sample:
        return "markdown"
    return "text"


def format_for(path: str, data: bytes) -> DocumentFormat:
    """The reader for ``path``: by extension, else by content; a ".docx" that is no zip is sniffed."""
    suffix = os.path.splitext(path.split("?", 1)[0])[1].lower()
    by_extension = EXTENSIONS.get(suffix)
    if by_extension == "docx" and not data.startswith(b"PK"):
        return sniff_format(data)
    return by_extension or sniff_format(data)
