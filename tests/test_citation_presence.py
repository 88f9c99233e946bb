"""End to end: inline links are checked like footnotes (a dead one fails the run), a document
with nothing citeable is never a silent all clear (every format counts it; --require-citations
makes it an error; the service says the same), and every input is capped."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from clirun import run_cli

from citecheck.cli import ExitCode
from citecheck.config import Config
from citecheck.devweb import DevWeb
from citecheck.errors import InputError
from citecheck.models import Report
from citecheck.parse import InputSource
from citecheck.pipeline import acheck, check, parse_inputs
from citecheck.report import render

ARTICLE = (
    "# Water\n\n"
    "Tariffs rose by half, says [the ministry](https://civil.ge/archives/638447). "
    "See [the ministry's figures](https://civil.ge/archives/999999).\n"
)
UNCITED = "A draft\n\nNothing here cites anything at all.\n"


def test_a_dead_inline_link_fails_the_check(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path, devweb: DevWeb
) -> None:
    article = tmp_path / "article.md"
    article.write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    # Quick to judge: one retry, tiny backoff, no public archive to ask about the dead link.
    (tmp_path / "citecheck.toml").write_text(
        "retries = 1\nbackoff_base = 0.01\nwayback = false\nsoft404_probe = false\n", encoding="utf-8"
    )
    args = ["check", str(article), "--allow-private", "--remap", devweb.remap_rule, "--format", "json"]
    code, out, _ = run_cli(monkeypatch, capsys, *args)
    assert code == ExitCode.FINDINGS
    (doc,) = json.loads(out)["documents"]
    links = {fn["label"]: (fn["kind"], fn["link"]["state"]) for fn in doc["footnotes"]}
    assert links == {"L1": ("inline", "alive"), "L2": ("inline", "dead")}
    assert [(f["label"], f["code"]) for f in doc["findings"]] == [("L2", "dead-link")]
    # Turned off, the links are not citations, and the document says it cited nothing.
    code, out, _ = run_cli(monkeypatch, capsys, *args, "--no-inline-links")
    assert code == ExitCode.CLEAN
    (doc,) = json.loads(out)["documents"]
    assert doc["footnotes"] == [] and [f["code"] for f in doc["findings"]] == ["no-citations"]


def _uncited_report(tmp_path: Path, config: Config) -> Report:
    (tmp_path / "draft.txt").write_text(UNCITED, encoding="utf-8")
    (tmp_path / "cited.txt").write_text(
        "A claim.[1]\n\n[1] “Title”, https://example.org/a, (Access Date: 14.11.2025).\n", encoding="utf-8"
    )
    return check([tmp_path / "draft.txt", tmp_path / "cited.txt"], config)


def test_every_format_counts_documents_without_citations(tmp_path: Path) -> None:
    config = Config(offline=True, today="2025-11-20")
    report = _uncited_report(tmp_path, config)
    assert report.summary.documents_without_citations == 1
    assert json.loads(render(report, "json", config))["summary"]["documents_without_citations"] == 1
    sarif = json.loads(render(report, "sarif", config))
    assert sarif["runs"][0]["properties"]["summary"]["documents_without_citations"] == 1
    assert "1 document without citations" in str(render(report, "text", config))
    assert "1 document without citations" in str(render(report, "markdown", config))
    assert "1 document without citations" in str(render(report, "html", config))
    assert "1 document without citations" in str(render(report, "github", config)).splitlines()[-1]
    junit = str(render(report, "junit", config))
    assert junit.count('<property name="citations" value="0"') == 1


def test_require_citations_makes_no_citations_an_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "draft.txt").write_text(UNCITED, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, _ = run_cli(monkeypatch, capsys, "check", "draft.txt", "--offline", "--format", "json")
    assert code == ExitCode.CLEAN
    assert json.loads(out)["documents"][0]["findings"][0]["severity"] == "warning"
    code, out, _ = run_cli(
        monkeypatch, capsys, "check", "draft.txt", "--offline", "--format", "json", "--require-citations"
    )
    assert code == ExitCode.FINDINGS
    assert json.loads(out)["documents"][0]["findings"][0]["severity"] == "error"
    # The config key does the same.
    (tmp_path / "citecheck.toml").write_text("require_citations = true\n", encoding="utf-8")
    code, _, _ = run_cli(monkeypatch, capsys, "check", "draft.txt", "--offline")
    assert code == ExitCode.FINDINGS


def test_inputs_are_capped(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 2000)
    with pytest.raises(InputError, match=r"big\.txt: larger than the input cap of 1,000 bytes"):
        parse_inputs([big], Config(offline=True, max_input_bytes=1000))
    assert InputSource(str(big)).load(2000) == b"x" * 2000


def _run_capped(args: list[str], stdin: Any = subprocess.DEVNULL) -> tuple[int, str, float, int]:
    """Run the CLI in a child process that reports its CPU seconds and peak memory (KiB) on its
    last line; returns the exit code, the other lines, the CPU seconds and the peak memory.

    CPU time, not wall time: the test machine is shared, and its load must not fail the test.
    """
    probe = (
        "import resource, sys\n"
        "from citecheck.cli import main\n"
        f"sys.argv = ['citecheck', *{args!r}]\n"
        "try:\n    main()\n"
        "finally:\n    usage = resource.getrusage(resource.RUSAGE_SELF)\n"
        # VmHWM, not ru_maxrss: ru_maxrss survives exec and counts the forking test process.
        "    peak = next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM'))\n"
        "    print(usage.ru_utime + usage.ru_stime, peak, file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], stdin=stdin, capture_output=True, text=True, timeout=60, check=False
    )
    *lines, last = done.stderr.strip().splitlines()
    cpu, peak = last.split()
    return done.returncode, "\n".join(lines), float(cpu), int(peak)


def test_dev_zero_is_refused_fast_and_small() -> None:
    code, err, elapsed, peak_kib = _run_capped(["check", "--offline", "/dev/zero"])
    assert code == ExitCode.USAGE
    assert err == (
        "citecheck: /dev/zero: larger than the input cap of 50,000,000 bytes (raise it with --max-input-bytes)"
    )
    assert elapsed < 5
    assert peak_kib < 200 * 1024


def test_endless_stdin_is_refused(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    with open("/dev/zero", "rb") as zeros:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(zeros))
        code, out, err = run_cli(monkeypatch, capsys, "check", "--offline", "--max-input-bytes", "4096", "-")
    assert code == ExitCode.USAGE
    assert (
        err
        == "citecheck: <stdin>: larger than the input cap of 4,096 bytes (raise it with --max-input-bytes)\n"
    )
    assert out == ""


@pytest.mark.anyio
async def test_inline_titles_are_checked_only_where_the_anchor_reads_as_a_title(
    test_config: Config, tmp_path: Path
) -> None:
    article = tmp_path / "reading.md"
    article.write_text(
        "# Reading\n\n"
        "- [CEC Announces Final Results: Georgian Dream Gets 53.93%](https://civil.ge/archives/638447)\n"
        "- *[Water tariffs in practice across Europe](https://astanatimes.com/2025/05/"
        "kazakhstan-china-agree-to-build-third-railway-crossing-at-bakhty/)*\n\n"
        "Elections were held, and [the results](https://civil.ge/archives/638447?ref=text) are in.\n",
        encoding="utf-8",
    )
    report = await acheck([article], test_config.model_copy(update={"soft404_probe": False}))
    (doc,) = report.documents
    assert [(fn.label, fn.kind, fn.link.state if fn.link else None) for fn in doc.footnotes] == [
        ("L1", "inline", "alive"),
        ("L2", "inline", "alive"),
        ("L3", "inline", "alive"),
    ]
    # The matching title passes, the wrong one is flagged; "the results" is no title, and the
    # sentence around a link is not held to the page (no claim check for inline links).
    assert [(f.label, f.code) for f in doc.findings] == [("L2", "title-mismatch")]
