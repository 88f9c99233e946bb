"""Analyses given by their web address: ``citecheck check https://…`` fetches the page (guarded, capped,
its format from the answer's Content-Type), then checks it as a file, on the fixture web."""

from __future__ import annotations

import json

import pytest
from clirun import run_cli

from citecheck.cli import ExitCode
from citecheck.config import Config
from citecheck.devweb import DevWeb
from citecheck.fetch.documents import format_of

PUBLISHED = "https://drafts.example/yerevan-moscow/"


def _check(monkeypatch, capsys, web: DevWeb, *args: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    return run_cli(
        monkeypatch, capsys, "check", *args, "--allow-private", "--remap", web.remap_rule, "--no-wayback",
        "--format", "json",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("address", "fmt"),
    [
        (PUBLISHED, "html"),  # text/html
        ("https://drafts.example/yerevan-moscow.md", "markdown"),  # text/markdown
        ("https://drafts.example/yerevan-moscow.docx", "docx"),  # Word's own type
    ],
)
def test_a_published_analysis_is_fetched_and_checked_in_the_format_it_is_served_in(
    monkeypatch, capsys, tmp_path, devweb: DevWeb, address: str, fmt: str
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = _check(monkeypatch, capsys, devweb, address)
    assert code == ExitCode.FINDINGS, err
    (document,) = json.loads(out)["documents"]
    assert document["path"] == address
    assert document["format"] == fmt
    assert len(document["footnotes"]) == 7
    fourth = document["footnotes"][3]["label"]  # "iv" in the page and the Word file, "4" in Markdown
    assert {f["label"] for f in document["findings"] if f["code"] == "claim-mismatch"} == {fourth}


def test_an_address_beside_a_file_is_checked_in_the_same_run(
    monkeypatch, capsys, tmp_path, devweb: DevWeb
) -> None:
    monkeypatch.chdir(tmp_path)
    seed = tmp_path / "seed.txt"
    seed.write_bytes((devweb.server.root / "drafts.example" / "yerevan-moscow.md").read_bytes())
    code, out, err = _check(monkeypatch, capsys, devweb, str(seed), PUBLISHED, PUBLISHED)
    assert code == ExitCode.FINDINGS, err
    paths = [d["path"] for d in json.loads(out)["documents"]]
    assert paths == [str(seed), PUBLISHED]  # the address given twice is one document


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("/status/404", "(dead: "),
        ("/bot-wall?status=403", "(blocked"),
    ],
)
def test_an_address_that_cannot_be_had_is_one_line_and_exit_2(
    monkeypatch, capsys, tmp_path, devweb: DevWeb, target: str, expected: str
) -> None:
    monkeypatch.chdir(tmp_path)
    address = devweb.url(target)
    code, out, err = _check(monkeypatch, capsys, devweb, address)
    assert code == ExitCode.USAGE
    assert f"could not fetch {address} {expected}" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert out == ""


def test_a_private_address_is_refused_without_allow_private(
    monkeypatch, capsys, tmp_path, devweb: DevWeb
) -> None:
    monkeypatch.chdir(tmp_path)
    address = devweb.url("/drafts.example/yerevan-moscow/")
    code, _, err = run_cli(monkeypatch, capsys, "check", address, "--no-wayback")
    assert code == ExitCode.USAGE
    assert f"could not fetch {address} (skipped: " in err and "non-public address" in err


def test_a_page_beyond_the_input_cap_is_refused_not_cut(
    monkeypatch, capsys, tmp_path, devweb: DevWeb
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = _check(monkeypatch, capsys, devweb, PUBLISHED, "--max-input-bytes", "2000")
    assert code == ExitCode.USAGE
    assert f"{PUBLISHED}: larger than the input cap of 2,000 bytes" in err


def test_an_address_is_not_read_offline_or_by_parse(monkeypatch, capsys, tmp_path) -> None:
    monkeypatch.chdir(tmp_path)
    for command in (["check", "--offline"], ["parse"]):
        code, out, err = run_cli(monkeypatch, capsys, *command, PUBLISHED)
        assert code == ExitCode.USAGE, command
        assert f"{PUBLISHED}: a web address is fetched only by an online check" in err
        assert out == ""


def test_the_library_fetches_an_address_as_the_cli_does(test_config: Config) -> None:
    import citecheck

    report = citecheck.check([PUBLISHED], test_config)
    (document,) = report.documents
    assert document.path == PUBLISHED and len(document.footnotes) == 7
    assert {f.label for f in document.findings if f.code == "claim-mismatch"} == {"iv"}


def test_the_format_is_the_content_type_s_then_the_address_s() -> None:
    assert format_of("text/html; charset=utf-8", "https://a.org/x") == "html"
    assert format_of("application/xhtml+xml", "https://a.org/x") == "html"
    assert format_of("text/markdown", "https://a.org/x") == "markdown"
    # Raw-file hosts serve Markdown as plain text: the address's suffix tells it.
    assert format_of("text/plain; charset=utf-8", "https://raw.example/u/r/README.md") == "markdown"
    assert format_of("text/plain", "https://a.org/notes.txt") == "text"
    # Anything else: told from the address and the bytes, as for a file (a PDF is refused there).
    assert format_of("application/octet-stream", "https://a.org/x.docx") is None
    assert format_of("", "https://a.org/x") is None


def test_a_page_that_never_answers_is_given_up_within_the_link_deadline(
    monkeypatch, capsys, tmp_path, devweb: DevWeb
) -> None:
    import time

    monkeypatch.chdir(tmp_path)
    address = devweb.url("/never")
    started = time.monotonic()
    code, _, err = _check(monkeypatch, capsys, devweb, address, "--timeout", "0.5", "--link-deadline", "1.5")
    assert code == ExitCode.USAGE
    assert f"could not fetch {address} (" in err
    assert (
        time.monotonic() - started < 8
    )  # 1.5 s deadline; the rest is the in-process CLI on a loaded machine


def test_an_address_that_fails_ends_its_slow_siblings_at_once(test_config: Config, devweb: DevWeb) -> None:
    """The library path in a long-lived loop (the service's): the first address that cannot be had is
    the answer, and a sibling still fetching from a slow host is cancelled with it, not left running
    in the caller's loop (before: gather raised the first error and the other fetch went on)."""
    import asyncio

    from citecheck.errors import InputError
    from citecheck.parse import InputSource
    from citecheck.pipeline import fetch_addresses

    dead, slow = devweb.url("/status/404"), devweb.url("/slow?ms=8000")
    sources = [InputSource(slow, address=True), InputSource(dead, address=True)]
    config = test_config.model_copy(update={"allow_private": True, "timeout": 10.0, "link_deadline": 25.0})

    async def run() -> set[asyncio.Task[object]]:
        with pytest.raises(InputError, match=f"could not fetch {dead}"):
            await fetch_addresses(sources, config)
        await asyncio.sleep(0)
        return {task for task in asyncio.all_tasks() if task is not asyncio.current_task()}

    assert asyncio.run(run()) == set()
