"""The command line as users and CI see it: exit codes, one-line errors, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from clirun import run_cli

from citecheck.cli import ExitCode

ROOT = Path(__file__).parent.parent
SEED = ROOT / "fixtures" / "analyses" / "armenia-russia-analysis.txt"


def test_offline_check_of_seed_fails_on_claim_mismatch(monkeypatch, capsys, tmp_path) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run_cli(monkeypatch, capsys, "check", str(SEED), "--offline", "--format", "json")
    report = json.loads(out)
    assert report["schema_version"] == "1"
    doc = report["documents"][0]
    assert [fn["label"] for fn in doc["footnotes"]] == ["i", "ii", "iii", "iv", "v", "vi", "vii"]
    mismatches = [f["label"] for f in doc["findings"] if f["code"] == "claim-mismatch"]
    assert mismatches == ["iv"]
    assert code == ExitCode.FINDINGS
    assert "Traceback" not in err


def test_fail_on_and_severity_config_turn_the_run_green(monkeypatch, capsys, tmp_path) -> None:
    (tmp_path / "citecheck.toml").write_text('[severity]\nclaim-mismatch = "info"\n')
    monkeypatch.chdir(tmp_path)
    code, out, _ = run_cli(monkeypatch, capsys, "check", str(SEED), "--offline", "--format", "json")
    assert code == ExitCode.CLEAN
    findings = json.loads(out)["documents"][0]["findings"]
    assert any(f["code"] == "claim-mismatch" and f["severity"] == "info" for f in findings)


def test_missing_input_is_a_one_line_error(monkeypatch, capsys, tmp_path) -> None:
    monkeypatch.chdir(tmp_path)
    code, _out, err = run_cli(monkeypatch, capsys, "check", "--offline", str(tmp_path / "nope.txt"))
    assert code == ExitCode.USAGE
    assert err.strip().startswith("citecheck:")
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_binary_input_is_a_one_line_error(monkeypatch, capsys, tmp_path) -> None:
    monkeypatch.chdir(tmp_path)
    blob = tmp_path / "image.txt"
    blob.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    code, _, err = run_cli(monkeypatch, capsys, "check", "--offline", str(blob))
    assert code == ExitCode.USAGE
    assert "binary" in err
    assert "Traceback" not in err


def test_bad_config_is_exit_2_naming_the_key(monkeypatch, capsys, tmp_path) -> None:
    (tmp_path / "citecheck.toml").write_text("max_per_hots = 3\n")
    monkeypatch.chdir(tmp_path)
    code, _, err = run_cli(monkeypatch, capsys, "check", "--offline", str(SEED))
    assert code == ExitCode.USAGE
    assert "citecheck.toml" in err and "max_per_hots" in err


def test_unknown_format_and_bad_output_spec(monkeypatch, capsys, tmp_path) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run_cli(monkeypatch, capsys, "check", "--offline", "--format", "pdf", str(SEED))
    assert code == ExitCode.USAGE and "unknown --format" in err
    code, _, err = run_cli(monkeypatch, capsys, "check", "--offline", "--output", "sarif", str(SEED))
    assert code == ExitCode.USAGE and "FMT=PATH" in err


def test_outputs_several_formats_at_once(monkeypatch, capsys, tmp_path) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, _ = run_cli(
        monkeypatch,
        capsys,
        "check",
        "--offline",
        str(SEED),
        "--output",
        f"sarif={tmp_path / 'r.sarif'}",
        "--output",
        f"junit={tmp_path / 'r.xml'}",
    )
    assert code == ExitCode.FINDINGS
    sarif = json.loads((tmp_path / "r.sarif").read_text())
    assert sarif["version"] == "2.1.0"
    assert (tmp_path / "r.xml").read_text().lstrip().startswith("<?xml")
    assert "claim-mismatch" in out


def test_parse_json_prints_documents(monkeypatch, capsys, tmp_path) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, _ = run_cli(monkeypatch, capsys, "parse", "--format", "json", str(SEED))
    assert code == ExitCode.CLEAN
    docs = json.loads(out)
    assert len(docs) == 1
    assert (
        docs[0]["footnotes"][3]["url"]
        == "https://qazinform.com/news/aktobe-ramps-up-efforts-to-prevent-spring-flooding-494b42"
    )
    assert "link" not in docs[0]["footnotes"][0]
    assert docs[0]["findings"] == []


def test_stdin_is_read_with_dash(monkeypatch, capsys, tmp_path) -> None:
    monkeypatch.chdir(tmp_path)
    proc = subprocess.run(
        [sys.executable, "-m", "citecheck", "parse", "--format", "json", "-"],
        input=SEED.read_bytes(),
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert len(json.loads(proc.stdout)[0]["footnotes"]) == 7


def test_config_and_schema_commands(monkeypatch, capsys, tmp_path) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run_cli(monkeypatch, capsys, "config")
    assert code == ExitCode.CLEAN
    assert json.loads(out)["max_per_host"] == 4
    assert "defaults" in err
    code, out, _ = run_cli(monkeypatch, capsys, "schema")
    assert code == ExitCode.CLEAN
    schema = json.loads(out)
    assert "documents" in schema["properties"]


def test_help_documents_exit_codes(monkeypatch, capsys) -> None:
    code, out, _ = run_cli(monkeypatch, capsys, "check", "--help")
    assert code == ExitCode.CLEAN
    assert "Exit codes" in out and "3" in out


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["check", "--bogus", "x"], "No such option: --bogus (try 'citecheck check --help')"),
        (["check"], "Missing argument"),
        (["chek", "x"], "No such command 'chek'"),
        (["check", "--max-per-host", "abc", "x"], "Invalid value for '--max-per-host'"),
        (["serve", "--port", "99999"], "Invalid value for '--port'"),
    ],
)
def test_usage_errors_are_one_clear_line(monkeypatch, capsys, args: list[str], fragment: str) -> None:
    code, _, err = run_cli(monkeypatch, capsys, *args)
    assert code == ExitCode.USAGE
    assert err.startswith("citecheck: ") and fragment in err
    assert len(err.strip().splitlines()) == 1
    assert "internal error" not in err and "Traceback" not in err


def test_serve_on_a_busy_port_is_a_usage_error_not_exit_3(monkeypatch, capsys) -> None:
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        code, _, err = run_cli(monkeypatch, capsys, "serve", "--port", str(port))
    assert code == ExitCode.USAGE
    assert f"cannot listen on 127.0.0.1:{port}" in err


def test_audit_fails_when_no_source_can_be_read(monkeypatch, capsys, tmp_path) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run_cli(
        monkeypatch, capsys, "audit", str(tmp_path / "missing"), "--db", str(tmp_path / "a.db")
    )
    assert code == ExitCode.USAGE
    assert "no source could be read" in err
    assert "source error" in out


def test_audit_rejects_unknown_database_urls(monkeypatch, capsys, tmp_path) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run_cli(
        monkeypatch, capsys, "audit", str(ROOT / "fixtures" / "analyses"), "--db", "mysql://x"
    )
    assert code == ExitCode.USAGE
    assert "mysql:// is not supported" in err
    assert not list(tmp_path.iterdir())  # no stray 'mysql:' folder


def test_audit_then_state_on_the_fixture_web(monkeypatch, capsys, tmp_path) -> None:
    from citecheck.devweb import DevWeb

    monkeypatch.chdir(tmp_path)
    (tmp_path / "analyses").mkdir()
    (tmp_path / "analyses" / "seed.txt").write_bytes(SEED.read_bytes())
    db = str(tmp_path / "audit.sqlite3")
    with DevWeb() as web:
        code, out, _ = run_cli(
            monkeypatch,
            capsys,
            "audit",
            str(tmp_path / "analyses"),
            "--db",
            db,
            "--allow-private",
            "--remap",
            web.remap_rule,
        )
    assert code == ExitCode.CLEAN, out
    assert "1 new documents" in out or "1 new document" in out
    code, out, _ = run_cli(monkeypatch, capsys, "audit", "--state", "--db", db, "--format", "json")
    assert code == ExitCode.CLEAN
    links = json.loads(out)
    assert len(links) == 7 and {link["state"] for link in links} == {"alive"}


def test_page_texts_are_freed_before_the_reports_are_rendered(monkeypatch, capsys, tmp_path) -> None:
    from citecheck import report as reports
    from citecheck.devweb import DevWeb

    monkeypatch.chdir(tmp_path)
    rendered: list[object] = []
    write = reports.write_outputs

    def capture(report, outputs, config) -> None:  # type: ignore[no-untyped-def]
        rendered.append(report)
        write(report, outputs, config)

    monkeypatch.setattr(reports, "write_outputs", capture)
    with DevWeb() as web:
        code, out, _ = run_cli(
            monkeypatch, capsys, "check", str(SEED), "--allow-private", "--remap", web.remap_rule,
            "--no-wayback", "--format", "json",
        )  # fmt: skip
    assert code == ExitCode.FINDINGS
    pages = [fn.page for fn in rendered[0].documents[0].footnotes if fn.page is not None]  # type: ignore[attr-defined]
    assert len(pages) == 7 and all(page.title for page in pages)  # the pages were read…
    assert all(page.text == "" for page in pages)  # …and their texts, verified, were let go
    findings = json.loads(out)["documents"][0]["findings"]
    assert [f["label"] for f in findings if f["code"] == "claim-mismatch"] == ["iv"]
