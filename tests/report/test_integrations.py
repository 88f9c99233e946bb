"""The repository's CI integrations: the composite GitHub Action and the pre-commit hook."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import platformdirs
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str) -> Any:
    return yaml.safe_load((ROOT / name).read_text(encoding="utf-8"))


def test_action_inputs_and_composite_steps() -> None:
    action = _load("action.yml")
    assert {"paths", "args", "fail-on", "python-version"} <= set(action["inputs"])
    assert action["inputs"]["fail-on"]["default"] == "error"
    assert action["runs"]["using"] == "composite"
    steps = action["runs"]["steps"]
    uses = [step.get("uses", "") for step in steps]
    assert any(u.startswith("actions/setup-python@") for u in uses)
    assert any(u.startswith("github/codeql-action/upload-sarif@") for u in uses)
    scripts = "\n".join(step.get("run", "") for step in steps)
    assert "pip install" in scripts and "$GITHUB_ACTION_PATH" in scripts
    assert "git diff --name-only" in scripts
    assert re.search(r"citecheck check .*--format github", scripts)
    assert '--output "sarif=$sarif"' in scripts and "GITHUB_STEP_SUMMARY" in scripts
    for step in steps:
        if "run" in step:
            assert step.get("shell") == "bash"


def test_action_keeps_the_unpacked_encoder_and_word_lists_between_runs() -> None:
    # Where citecheck unpacks them (config.cache_folder: platformdirs' user cache folder, which is
    # ~/.cache/citecheck on a Linux runner) is what the action caches.
    action = _load("action.yml")
    paths = [step["with"]["path"] for step in action["runs"]["steps"] if "cache" in step.get("uses", "")]
    assert "~/.cache/citecheck" in paths
    if sys.platform == "linux" and not os.environ.get("XDG_CACHE_HOME"):
        assert platformdirs.user_cache_dir("citecheck") == os.path.expanduser("~/.cache/citecheck")


def test_action_never_splices_inputs_into_scripts() -> None:
    """Script injection: `${{ inputs.x }}` inside `run:` would execute crafted input."""
    action = _load("action.yml")
    for step in action["runs"]["steps"]:
        assert "${{" not in step.get("run", ""), step.get("name")


def test_action_outputs_refer_to_real_steps() -> None:
    action = _load("action.yml")
    ids = {step.get("id") for step in action["runs"]["steps"]}
    for output in action["outputs"].values():
        for step_id in re.findall(r"steps\.([\w-]+)\.outputs", output["value"]):
            assert step_id in ids


def test_pre_commit_hook_runs_offline_on_analysis_files() -> None:
    [hook] = _load(".pre-commit-hooks.yaml")
    assert hook["id"] == "citecheck"
    assert hook["entry"] == "citecheck check --offline"
    assert hook["language"] == "python"
    files = re.compile(hook["files"])
    exclude = re.compile(hook["exclude"])
    for analysis in ("a.txt", "docs/b.md", "c.html", "d.htm", "e.docx", "F.MD", "g.markdown"):
        assert files.search(analysis) and not exclude.search(analysis), analysis
    for other in ("setup.py", "image.png", "notes.txt.bak"):
        assert not files.search(other), other
    assert exclude.search("requirements-dev.txt") and exclude.search("sub/LICENSE.txt")


def _find_files_script() -> str:
    action = _load("action.yml")
    (step,) = [s for s in action["runs"]["steps"] if s.get("id") == "files"]
    return str(step["run"])


@pytest.mark.parametrize(
    ("include", "exclude", "kept"),
    [
        ("", "", ["README.md", "analyses/a.md", "analyses/deep/b.txt", "docs/c.md"]),
        ("", "README.md docs/**", ["analyses/a.md", "analyses/deep/b.txt"]),
        ("analyses/**", "", ["analyses/a.md", "analyses/deep/b.txt"]),
        ("analyses/*\n*.md\n", "*/deep/*", ["README.md", "analyses/a.md", "docs/c.md"]),
    ],
)
def test_action_include_and_exclude_filter_the_files(
    tmp_path: Path, include: str, exclude: str, kept: list[str]
) -> None:
    outputs = tmp_path / "outputs"
    env = {
        "PATH": os.environ["PATH"],
        "RUNNER_TEMP": str(tmp_path),
        "GITHUB_OUTPUT": str(outputs),
        "INPUT_PATHS": "README.md\nanalyses/a.md\nanalyses/deep/b.txt\ndocs/c.md\n",
        "INPUT_EXTENSIONS": "md txt",
        "INPUT_INCLUDE": include,
        "INPUT_EXCLUDE": exclude,
        "BASE_REF": "",
    }
    subprocess.run(
        ["bash", "-c", _find_files_script()], env=env, cwd=tmp_path, check=True, capture_output=True
    )
    listed = (tmp_path / "citecheck-files.txt").read_text(encoding="utf-8").split()
    assert listed == kept
    assert f"count={len(kept)}" in outputs.read_text(encoding="utf-8")
