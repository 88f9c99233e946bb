"""The whole pipeline on the seed analysis against the fixture web: the product's central promise.

Footnote [iv] cites a Kazakh flood article for a sentence about Russian–Azerbaijani rail transit:
it must be flagged, and the other six (Russian pages in Cyrillic, titles transliterated) must not.
"""

from __future__ import annotations

import json
import shutil
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from citecheck import parse_ahead
from citecheck.cli import ExitCode, main
from citecheck.config import Config
from citecheck.devweb import DevWeb
from citecheck.errors import InputError
from citecheck.pipeline import acheck

ROOT = Path(__file__).parent.parent
SEED = ROOT / "fixtures" / "analyses" / "armenia-russia-analysis.txt"
VERIFY_CODES = {"title-mismatch", "claim-mismatch", "publisher-mismatch", "unverified-offline"}

pytestmark = pytest.mark.anyio


async def test_seed_online_flags_iv_and_only_iv(test_config: Config) -> None:
    report = await acheck([SEED], test_config)
    (doc,) = report.documents
    states = {fn.label: fn.link.state for fn in doc.footnotes if fn.link}
    assert states == dict.fromkeys(["i", "ii", "iii", "iv", "v", "vi", "vii"], "alive")
    flagged = {(f.label, f.code) for f in doc.findings if f.code in VERIFY_CODES}
    assert flagged == {("iv", "claim-mismatch")}
    assert {f.label for f in doc.findings} == {"iv"}
    # The Russian sources were read as the sites publish them, in Cyrillic.
    pages = {fn.label: fn.page for fn in doc.footnotes}
    assert pages["v"] is not None and pages["v"].title is not None
    assert "Захарова" in pages["v"].title
    assert pages["iv"] is not None and "flood" in (pages["iv"].title or "").lower()
    assert report.summary.links == {"alive": 7}
    assert report.summary.findings.error == 1


async def test_a_url_cited_by_two_documents_is_fetched_once(
    devweb: DevWeb, test_config: Config, tmp_path: Path
) -> None:
    for name in ("a.txt", "b.txt"):
        shutil.copy(SEED, tmp_path / name)
    devweb.reset_stats()
    report = await acheck([str(tmp_path)], test_config.model_copy(update={"soft404_probe": False}))
    assert len(report.documents) == 2
    assert sum(devweb.hits.values()) == 7
    assert all(count == 1 for count in devweb.hits.values())


async def test_links_are_fetched_while_later_documents_are_parsed(
    devweb: DevWeb, test_config: Config, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each document takes 20 ms to parse; by the last one, the first one's links have gone out.
    for index in range(12):
        shutil.copy(SEED, tmp_path / f"{index:02}.txt")
    requests_at_parse: list[int] = []
    parse = parse_ahead.parse_source

    def slow_parse(*args: Any, **kwargs: Any) -> Any:
        requests_at_parse.append(sum(devweb.hits.values()))
        time.sleep(0.02)
        return parse(*args, **kwargs)

    monkeypatch.setattr(parse_ahead, "parse_source", slow_parse)
    devweb.reset_stats()
    report = await acheck([str(tmp_path)], test_config.model_copy(update={"soft404_probe": False}))
    assert len(requests_at_parse) == 12
    assert requests_at_parse[0] == 0
    assert requests_at_parse[-1] > 0
    # Still every link once, every document verified as before.
    assert sum(devweb.hits.values()) == 7
    assert all(
        {(f.label, f.code) for f in d.findings if f.code in VERIFY_CODES} == {("iv", "claim-mismatch")}
        for d in report.documents
    )


async def test_a_long_document_is_parsed_while_the_links_in_flight_are_answered(
    test_config: Config, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a.txt's links are asked (their answers take 0.3 s; twenty short documents give the requests
    # time to leave), then b.txt, a long input (over LONG_INPUT_BYTES, lowered here), takes 1.5 s
    # to parse: on the event loop that parse would hold the answers past the 1 s read timeout;
    # on a thread it does not (a sleep stands for the parse: a real one's long regular-expression
    # calls hold the interpreter lock, which a thread cannot take from them).
    shutil.copy(SEED, tmp_path / "a.txt")
    for n in range(20):
        (tmp_path / f"a{n:02}.txt").write_text("A short note without sources.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("No citations here.\n" * 200, encoding="utf-8")
    monkeypatch.setattr(parse_ahead, "LONG_INPUT_BYTES", 1000)
    parse = parse_ahead.parse_source

    def parse_slowly_if_long(source: Any, **kwargs: Any) -> Any:
        if source.path.endswith("b.txt"):
            time.sleep(1.5)
        return parse(source, **kwargs)

    monkeypatch.setattr(parse_ahead, "parse_source", parse_slowly_if_long)
    with DevWeb(latency_ms={"127.0.0.1": 300}) as web:
        config = test_config.model_copy(
            update={"remap": [web.remap_rule], "soft404_probe": False, "read_timeout": 1.0, "retries": 0}
        )
        report = await acheck([str(tmp_path)], config)
        hits = sum(web.hits.values())
    a = next(d for d in report.documents if d.path.endswith("a.txt"))
    assert {fn.link.state for fn in a.footnotes if fn.link} == {"alive"}
    assert hits == 7


async def test_an_input_past_the_cap_ends_the_run_with_its_error_while_links_are_in_flight(
    test_config: Config, tmp_path: Path
) -> None:
    shutil.copy(SEED, tmp_path / "a.txt")
    (tmp_path / "b.txt").write_text("x" * 200_000, encoding="utf-8")
    config = test_config.model_copy(update={"max_input_bytes": 100_000})
    with pytest.raises(InputError, match=r"b\.txt"):
        await acheck([str(tmp_path)], config)


async def test_a_dead_source_is_reported_where_its_footnote_stands(
    test_config: Config, tmp_path: Path
) -> None:
    text = SEED.read_text(encoding="utf-8").replace(
        "https://tass.ru/politika/25584021", "https://tass.ru/politika/00000000"
    )
    analysis = tmp_path / "dead-source.txt"
    analysis.write_text(text, encoding="utf-8")
    report = await acheck([analysis], test_config)
    (doc,) = report.documents
    dead = [f for f in doc.findings if f.code == "dead-link"]
    assert [f.label for f in dead] == ["v"]
    entry = next(fn for fn in doc.footnotes if fn.label == "v")
    assert (dead[0].line, dead[0].column) == (entry.line, entry.column)
    # The page of a dead link is not the source: no title or claim verdict is drawn from it.
    assert not any(f.label == "v" and f.code in VERIFY_CODES for f in doc.findings)


def test_cli_exits_3_when_our_network_is_down(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path, devweb: DevWeb
) -> None:
    (tmp_path / "citecheck.toml").write_text(
        'canary_urls = ["http://127.0.0.1:9/"]\nretries = 0\nconnect_timeout = 1.0\n'
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(
        sys,
        "argv",
        [
            "citecheck",
            "check",
            str(SEED),
            "--allow-private",
            "--remap",
            devweb.remap_rule,
            "--format",
            "json",
        ],
    )
    with pytest.raises(SystemExit) as info:
        main()
    out, err = capsys.readouterr()
    assert info.value.code == ExitCode.NETWORK
    assert "network" in err and "Traceback" not in err
    report = json.loads(out)
    links = [fn["link"] for fn in report["documents"][0]["footnotes"]]
    assert {link["state"] for link in links} == {"skipped"}
    assert {link["error"]["kind"] for link in links} == {"network-unavailable"}
    assert not any(f["code"] == "dead-link" for f in report["documents"][0]["findings"])


def test_cli_online_html_report(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path, devweb: DevWeb
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(
        sys,
        "argv",
        [
            "citecheck",
            "check",
            str(SEED),
            "--allow-private",
            "--remap",
            devweb.remap_rule,
            "--format",
            "json",
            "--output",
            f"html={tmp_path / 'report.html'}",
        ],
    )
    with pytest.raises(SystemExit) as info:
        main()
    out, _ = capsys.readouterr()
    assert info.value.code == ExitCode.FINDINGS
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "claim-mismatch" in html and "Aktobe" in html
    assert json.loads(out)["summary"]["links"] == {"alive": 7}


def test_private_addresses_are_skipped_without_opt_in(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path, devweb: DevWeb
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(
        sys, "argv", ["citecheck", "check", str(SEED), "--remap", devweb.remap_rule, "--format", "json"]
    )
    with pytest.raises(SystemExit):
        main()
    report = json.loads(capsys.readouterr().out)
    links = [fn["link"] for fn in report["documents"][0]["footnotes"]]
    assert {(link["state"], link["error"]["kind"]) for link in links} == {("skipped", "private-address")}


def test_run_sync_returns_the_result_and_raises_the_error() -> None:
    from citecheck.pipeline import run_sync

    formatted: list[int] = []

    class Big:
        def __repr__(self) -> str:  # a whole Report costs a pydantic repr of every footnote
            formatted.append(1)
            return "Big()"

    big = Big()

    async def ok() -> Big:
        return big

    async def bad() -> None:
        raise ValueError("boom")

    assert run_sync(ok()) is big
    assert formatted == []  # plain asyncio.run formats it once, restoring the SIGINT handler
    with pytest.raises(ValueError, match="boom"):
        run_sync(bad())
