"""Progress for every phase of a check, on a terminal only."""

from __future__ import annotations

import io
import socket
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from citecheck.config import Config
from citecheck.pipeline import acheck
from citecheck.progress import interactive

pytestmark = pytest.mark.anyio


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_on_a_terminal_outside_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    assert interactive(_Terminal()) and not interactive(io.StringIO())
    monkeypatch.setenv("CI", "true")
    assert not interactive(_Terminal())


async def test_every_phase_reports_its_progress(
    tmp_path: Path, web_url: Callable[[str], str], test_config: Config
) -> None:
    key = uuid.uuid4().hex[:8]
    urls = [web_url(f"/status/200?p={key}"), web_url(f"/status/404?p={key}")]
    lines = ["Analysis", "", "Officials said so.[1]", "Officials said more.[2]", ""]
    lines += [f"[{n}] “Status”, Devweb, {url}, (Access Date: 14.11.2025)." for n, url in enumerate(urls, 1)]
    analysis = tmp_path / "analysis.txt"
    analysis.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with socket.socket() as probe:  # an archive that is not there: the Wayback phase still reports
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    config = test_config.model_copy(update={"wayback": True, "wayback_url": f"http://127.0.0.1:{closed}"})
    seen: list[tuple[str, int, int]] = []
    await acheck([analysis], config, phases=lambda phase, done, total: seen.append((phase, done, total)))
    phases = [phase for phase, _, _ in seen]
    assert list(dict.fromkeys(phases)) == ["fetch", "wayback", "verify"]
    for phase in ("fetch", "wayback", "verify"):
        last = [(done, total) for p, done, total in seen if p == phase][-1]
        assert last[0] == last[1] > 0, (phase, last)
