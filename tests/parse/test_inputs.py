"""Inputs: paths, directories, globs and stdin; encodings; binary files refused with one clear line."""

from __future__ import annotations

import io
import os
import shutil
import sys
import zipfile
from pathlib import Path

import pytest

from citecheck.errors import InputError
from citecheck.parse import InputSource, expand_inputs, parse_bytes, parse_input, parse_text
from citecheck.parse.inputs import format_for, sniff_format

from .conftest import ANALYSES, SEED, TODAY


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "nested" / ".hidden").mkdir(parents=True)
    shutil.copy(SEED, tmp_path / "a.txt")
    shutil.copy(ANALYSES / "armenia-russia-analysis.md", tmp_path / "nested" / "b.md")
    shutil.copy(ANALYSES / "armenia-russia-analysis.endnotes.docx", tmp_path / "nested" / "c.docx")
    (tmp_path / "nested" / "notes.json").write_text("{}")
    (tmp_path / "nested" / ".hidden" / "d.txt").write_text("hidden")
    return tmp_path


def test_directory_is_searched_recursively_for_analyses(corpus: Path) -> None:
    paths = [Path(s.path).relative_to(corpus).as_posix() for s in expand_inputs([str(corpus)])]
    assert paths == ["a.txt", "nested/b.md", "nested/c.docx"]


def test_files_and_globs_keep_order_without_duplicates(corpus: Path) -> None:
    specs = [str(corpus / "nested" / "b.md"), str(corpus / "**" / "*.*"), str(corpus / "a.txt")]
    paths = [Path(s.path).relative_to(corpus).as_posix() for s in expand_inputs(specs)]
    assert paths == ["nested/b.md", "a.txt", "nested/c.docx", "nested/notes.json"]


def test_a_named_file_is_read_whatever_its_extension(corpus: Path) -> None:
    (corpus / "analysis.rst").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    [source] = expand_inputs([str(corpus / "analysis.rst")])
    assert len(parse_input(source, today=TODAY).footnotes) == 7


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("missing.txt", "missing.txt: no such file or directory"),
        ("nothing-*.md", "nothing-*.md: no file matches this pattern"),
    ],
)
def test_missing_paths_and_empty_globs_are_input_errors(
    spec: str, message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError) as raised:
        expand_inputs([spec])
    assert str(raised.value) == message
    assert "\n" not in str(raised.value)


def test_a_directory_is_searched_for_the_lightweight_markups_too(tmp_path: Path) -> None:
    for name in (
        "a.rst",
        "b.org",
        "c.adoc",
        "d.mdown",
        "e.text",
        "f.xhtml",
        "notes.pdf",
        "data.json",
        "g.md",
    ):
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = [Path(source.path).name for source in expand_inputs([str(tmp_path)])]
    assert found == ["a.rst", "b.org", "c.adoc", "d.mdown", "e.text", "f.xhtml", "g.md"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_directory_s_pipes_and_dangling_links_are_no_analyses(tmp_path: Path) -> None:
    # Opened, a pipe nobody writes to waits forever: one in a directory hung the whole run.
    shutil.copy(SEED, tmp_path / "a.txt")
    os.mkfifo(tmp_path / "notes.txt")
    (tmp_path / "gone.md").symlink_to(tmp_path / "nowhere.md")
    (tmp_path / "b.md").symlink_to(tmp_path / "a.txt")  # the near miss: a link to a file is read
    expected = [str(tmp_path / "a.txt"), str(tmp_path / "b.md")]
    assert [s.path for s in expand_inputs([str(tmp_path)])] == expected
    assert [s.path for s in expand_inputs([str(tmp_path / "*")])] == expected


def test_empty_directory_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no analyses"):
        expand_inputs([str(tmp_path)])


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SEED.read_bytes())))
    [source] = expand_inputs(["-"])
    assert source.path == "<stdin>"
    doc = parse_input(source, today=TODAY)
    assert (doc.path, doc.format, len(doc.footnotes)) == ("<stdin>", "text", 7)


def test_stdin_format_is_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    data = (ANALYSES / "armenia-russia-analysis.page.html").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert parse_input(expand_inputs(["-"])[0], today=TODAY).format == "html"


def test_unreadable_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        InputSource(str(tmp_path)).load()


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [("utf-8-sig", b""), ("utf-16", b""), ("utf-16-le", b""), ("utf-32", b"")],
)
def test_unicode_encodings_and_boms(encoding: str, prefix: bytes) -> None:
    data = prefix + SEED.read_text(encoding="utf-8").encode(encoding)
    doc = parse_bytes(data, path="seed.txt", today=TODAY)
    assert [fn.title for fn in doc.footnotes][
        1
    ] == "Envoy: Russia, Armenia discuss “Trump Route” at highest levels"


def test_legacy_cyrillic_encoding_is_detected() -> None:
    data = (ANALYSES / "russian-analysis.txt").read_text(encoding="utf-8").encode("cp1251", errors="replace")
    doc = parse_bytes(data, path="russian.txt", today=TODAY)
    assert doc.title == "Прагматизм Еревана и Москвы и кризис доверия"
    assert len(doc.footnotes) == 4


def test_declared_html_charset_is_honoured() -> None:
    html = '<html><head><meta charset="windows-1254"></head><body><p>Erişim ğüşıöç İstanbul.[1]</p><p>[1] “Başlık”, Kaynak, https://example.org/a, (Erişim Tarihi: 14.11.2025).</p></body></html>'
    doc = parse_bytes(html.encode("cp1254"), path="page.html", today=TODAY)
    assert doc.footnotes[0].title == "Başlık"
    assert doc.citations[0].claim == "Erişim ğüşıöç İstanbul."


def _zip(names: list[str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in names:
            archive.writestr(name, "x")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(64), "PNG image"),
        (b"\xff\xd8\xff\xe0" + bytes(64), "JPEG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF document"),
        (_zip(["content.xml", "mimetype"]), "zip archive that is not a DOCX"),
        (b"plain text\x00with NUL bytes\x00\x01\x02", "contains NUL bytes"),
        (bytes(range(1, 256)) * 4, "not text in any known encoding"),
    ],
)
def test_binary_files_are_refused_with_one_line(data: bytes, kind: str) -> None:
    with pytest.raises(InputError) as raised:
        parse_bytes(data, path="upload.bin")
    message = str(raised.value)
    assert message.startswith("upload.bin: binary file, not an analysis (")
    assert kind in message
    assert "\n" not in message


def test_png_named_docx_is_refused() -> None:
    with pytest.raises(InputError, match="binary file"):
        parse_bytes(b"\x89PNG\r\n\x1a\n" + bytes(32), path="analysis.docx")


def test_damaged_docx_is_an_input_error() -> None:
    data = _zip(["[Content_Types].xml", "word/document.xml"])  # document.xml is not XML
    with pytest.raises(InputError, match="unreadable DOCX"):
        parse_bytes(data, path="broken.docx")


def _docx_with_understated_part(real_bytes: int, stated: int | None) -> bytes:
    """A DOCX whose word/document.xml inflates to ``real_bytes`` while its headers state ``stated``
    (None: its real size)."""
    sample = (ANALYSES / "armenia-russia-analysis.endnotes.docx").read_bytes()
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(sample)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zipped,
    ):
        for info in source.infolist():
            if info.filename != "word/document.xml":
                zipped.writestr(info.filename, source.read(info.filename))
        opening = b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        zipped.writestr("word/document.xml", opening + b" " * real_bytes + b"</w:document>")
    data = bytearray(out.getvalue())
    if stated is None:
        return bytes(data)
    name = b"word/document.xml"
    at = data.find(name)
    while at != -1:
        if data[at - 46 : at - 42] == b"PK\x01\x02":  # central directory: size at +24
            data[at - 46 + 24 : at - 46 + 28] = stated.to_bytes(4, "little")
        if data[at - 30 : at - 26] == b"PK\x03\x04":  # local header: size at +22
            data[at - 30 + 22 : at - 30 + 26] = stated.to_bytes(4, "little")
        at = data.find(name, at + 1)
    return bytes(data)


def test_a_part_that_inflates_past_its_stated_size_is_refused_without_inflating_it() -> None:
    # A zip states a part's size; zipfile's read() inflated the whole stream before cutting it to
    # that size: 300 MB inflated (715 MB peak) for a 340 KB file, whatever the part cap.
    import tracemalloc

    data = _docx_with_understated_part(real_bytes=40 << 20, stated=1000)
    assert len(data) < 200_000
    tracemalloc.start()
    try:
        with pytest.raises(InputError, match="unreadable DOCX"):
            parse_bytes(data, path="understated.docx")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 8 << 20


def test_a_part_stated_honestly_is_read_whole() -> None:
    # The near miss: a part whose size is what its header says is read as before.
    data = _docx_with_understated_part(real_bytes=2 << 20, stated=None)
    doc = parse_bytes(data, path="honest.docx")
    assert len(doc.footnotes) == 7  # its endnotes, read as from the unedited file


def test_empty_file_is_an_empty_document() -> None:
    doc = parse_bytes(b"", path="empty.txt")
    assert (doc.footnotes, doc.citations) == ([], [])
    assert [f.code for f in doc.findings] == ["no-citations"]


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("armenia-russia-analysis.page.html", "html"),
        ("armenia-russia-analysis.wordpress.html", "html"),
        ("armenia-russia-analysis.md", "markdown"),
        ("armenia-russia-analysis.txt", "text"),
        ("armenia-russia-analysis.endnotes.docx", "docx"),
    ],
)
def test_content_sniffing(name: str, fmt: str) -> None:
    data = (ANALYSES / name).read_bytes()
    assert sniff_format(data) == fmt
    assert format_for("upload", data) == fmt


def test_extension_decides_before_content() -> None:
    data = (ANALYSES / "armenia-russia-analysis.md").read_bytes()
    assert format_for("notes.txt", data) == "text"
    assert format_for("https://example.org/post.html?x=1", b"plain") == "html"
    assert format_for("fake.docx", b"plain words") == "text"


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("armenia-russia-analysis.page.html", "html"),
        ("armenia-russia-analysis.md", "markdown"),
        ("awkward-entries.txt", "text"),
    ],
)
def test_text_without_a_format_is_sniffed(name: str, fmt: str) -> None:
    doc = parse_text((ANALYSES / name).read_text(encoding="utf-8"), fmt=None, today=TODAY)
    assert doc.format == fmt
    assert len(doc.footnotes) == 7


_ENTRY = "Claim here.[1]\n\n[1] “Relatório anual”, Acme, https://acme.example/a, (Access Date: 14.11.2025).\n"


def test_a_utf8_text_cut_inside_its_last_character_is_read() -> None:
    data = (_ENTRY + "Fim: ação").encode("utf-8")[:-1]  # "ã"'s two bytes cut to one
    doc = parse_bytes(data, path="cut.txt")
    assert doc.footnotes[0].title == "Relatório anual"


def test_a_utf8_text_with_a_stray_legacy_byte_stays_utf8() -> None:
    data = _ENTRY.encode("utf-8").replace(b"Acme", b"Acm\xe9")  # a Windows-1252 "é" pasted in
    doc = parse_bytes(data, path="stray.txt")
    assert doc.footnotes[0].title == "Relatório anual"  # not "RelatÃ³rio anual"
    assert doc.footnotes[0].url == "https://acme.example/a"


def test_a_legacy_text_is_still_read_in_its_own_encoding() -> None:
    text = "Утверждение.[1]\n\n[1] «Годовой отчёт», Акме, https://acme.example/a, (дата обращения: 14.11.2025).\n"
    doc = parse_bytes(text.encode("cp1251"), path="legacy.txt")
    assert doc.footnotes[0].title == "Годовой отчёт"
