"""Pages read and documents verified in worker processes give the same report as in the loop."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from citecheck import pipeline
from citecheck.config import Config
from citecheck.devweb import DEMO_ANALYSIS, DevWeb

pytestmark = pytest.mark.anyio


async def test_worker_processes_change_nothing_in_the_report(
    tmp_path: Path, devweb: DevWeb, test_config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    analysis = tmp_path / "seed.txt"
    shutil.copy(DEMO_ANALYSIS, analysis)
    inline = await pipeline.acheck([analysis], test_config)
    monkeypatch.setattr(pipeline, "PAGE_FACTS_POOL_MIN_URLS", 1)
    seen: list[str] = []
    pooled = await pipeline.acheck(
        [analysis], test_config, page_workers=True, phases=lambda phase, done, total: seen.append(phase)
    )
    assert "verify" in seen

    def outcome(report: pipeline.Report) -> list[object]:
        document = report.documents[0]
        return [
            [(f.code, f.label, f.severity, f.message) for f in document.findings],
            [
                (fn.link.state if fn.link else None, fn.page.title if fn.page else None)
                for fn in document.footnotes
            ],
        ]

    assert outcome(pooled) == outcome(inline)
    assert any(f.code == "claim-mismatch" for f in pooled.documents[0].findings)
