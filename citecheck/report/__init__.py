"""Render a Report in every format a reader needs: terminal, JSON, SARIF, JUnit, GitHub, Markdown, HTML.

Every renderer is a pure ``render(report, config) -> str`` registered by name in ``RENDERERS``;
:func:`write_outputs` is the one place that writes files (and the GitHub step summary).
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from citecheck.config import Config
from citecheck.errors import ConfigError
from citecheck.models import Report
from citecheck.report import github, json, markdown, text
from citecheck.report.json import json_schema

Renderer = Callable[[Report, Config], str]


def _on_first_use(module: str) -> Renderer:
    """``citecheck.report.<module>.render``, its module imported when a report is first rendered
    in that format. A run writes one or two formats; the HTML renderer's jinja2 alone was 35 ms of
    the CLI's CPU between the fetch's last answer and its exit (``-X importtime`` on the end-to-end
    benchmark, which writes text and JSON), JUnit's ElementTree 2.4 ms."""

    def render(report: Report, config: Config) -> str:
        renderer: Renderer = importlib.import_module(f"citecheck.report.{module}").render
        return renderer(report, config)

    render.__qualname__ = render.__name__ = f"{module}.render"
    return render


RENDERERS: dict[str, Renderer] = {
    "text": text.render,
    "json": json.render,
    "sarif": _on_first_use("sarif"),
    "junit": _on_first_use("junit"),
    "github": github.render,
    "markdown": markdown.render,
    "html": _on_first_use("html"),
}
FORMATS: tuple[str, ...] = tuple(RENDERERS)
DEFAULT_FORMAT = "text"
STDOUT = Path("-")


def renderer_for(fmt: str) -> Renderer:
    try:
        return RENDERERS[fmt]
    except KeyError:
        raise ConfigError(f"unknown report format {fmt!r}; choose one of: {', '.join(FORMATS)}") from None


def render(report: Report, fmt: str, config: Config, *, color: bool | None = None) -> str:
    """The report in ``fmt``; every format ends with a newline, so write it as is.

    ``color`` concerns the text format only (None: decide from stdout and ``NO_COLOR``).
    """
    renderer = renderer_for(fmt)
    if fmt == "text":
        return text.render(report, config, color=color)
    return renderer(report, config)


def write_outputs(report: Report, outputs: Sequence[tuple[str, Path]], config: Config) -> None:
    """Write each ``(format, path)``; ``Path("-")`` means standard output.

    When any output is ``github`` and ``$GITHUB_STEP_SUMMARY`` is set, the Markdown summary is
    appended to that file too, so a workflow step gets annotations and a summary from one run.
    Every format is checked before anything is written, so a typo does not leave half the files.
    """
    for fmt, _ in outputs:
        renderer_for(fmt)
    for fmt, path in outputs:
        # Colour for a terminal only; a file never gets escape codes.
        content = render(report, fmt, config, color=None if path == STDOUT else False)
        if path == STDOUT:
            sys.stdout.write(content)
            sys.stdout.flush()
            continue
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content, encoding="utf-8", newline="")
        except OSError as exc:
            raise ConfigError(f"{path}: cannot write the {fmt} report: {exc.strerror or exc}") from None
    if any(fmt == "github" for fmt, _ in outputs):
        try:
            github.write_step_summary(report, config)
        except OSError as exc:
            raise ConfigError(f"{github.STEP_SUMMARY_ENV}: cannot append the summary: {exc}") from None


__all__ = [
    "DEFAULT_FORMAT",
    "FORMATS",
    "RENDERERS",
    "STDOUT",
    "Renderer",
    "json_schema",
    "render",
    "write_outputs",
]
