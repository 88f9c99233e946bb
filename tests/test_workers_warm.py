"""The worker server's warm-up document is the one the parser reads from its text."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from citecheck import workers
from citecheck.config import Config
from citecheck.models import Document
from citecheck.parse import parse_input
from citecheck.parse.inputs import InputSource

TEXT = (
    f"{workers._CLAIM}[1]\n\n"
    "[1] “Grain exports resume”, News, https://news.example/grain, (Access Date: 14.11.2025).\n"
)


def test_the_warm_up_document_is_what_the_parser_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[Document] = []
    real = workers.verify_documents

    async def keep(documents: list[Document], config: Config) -> None:
        built.extend(documents)
        await real(documents, config)

    monkeypatch.setattr(workers, "verify_documents", keep)
    workers.warm()
    (document,) = built
    parsed = parse_input(InputSource("warm-up.txt", TEXT.encode()), today=dt.date(2025, 11, 14))
    for footnote in parsed.footnotes:
        footnote.link, footnote.page = document.footnotes[0].link, document.footnotes[0].page
    assert document == parsed


def test_the_worker_server_does_not_import_the_parser() -> None:
    # Workers verify parsed documents and read pages; the parser's import cost the server 0.2 s of CPU.
    code = "import sys, citecheck.workers; print(any(m.startswith('citecheck.parse') for m in sys.modules))"
    assert (
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout.strip()
        == "False"
    )
