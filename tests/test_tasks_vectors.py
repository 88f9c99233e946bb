"""A worker's verify_one given the run's vectors folder keeps the sentence vectors it encodes there,
for the run's other workers (citecheck.verify.semantic.share_vectors)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from citecheck import tasks
from citecheck.config import Config
from citecheck.models import Citation, Document, FetchedBody, FetchResult, Footnote, LinkResult
from citecheck.verify import semantic

PAGE = (
    b'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Grain exports resume | News</title>'
    b"</head><body><main><article><h1>Grain exports resume</h1><p>The ministry said on Monday that grain "
    b"exports through the port resumed after talks between the two governments, officials told reporters."
    b"</p></article></main></body></html>"
)
# In another language than the page: the claim check weighs the two by meaning (the encoder).
CLAIM = "Экспорт зерна через порт возобновился после переговоров, заявило министерство."


def _document() -> Document:
    url = "https://news.example/grain"
    result = FetchResult(
        link=LinkResult(
            url=url, state="alive", http_status=200, checked_at=dt.datetime(2025, 11, 14, tzinfo=dt.UTC)
        ),
        response=FetchedBody(url=url, status=200, body=PAGE, encoding="utf-8"),
    )
    footnote = Footnote(
        label="1",
        ordinal=1,
        raw=f"“Grain exports resume”, News, {url}, (Access Date: 14.11.2025).",
        title="Grain exports resume",
        publisher="News",
        url=url,
        urls=[url],
        access_date=dt.date(2025, 11, 14),
        line=3,
        column=1,
        link=result.link,
        page=tasks.read_page(result),
    )
    citation = Citation(label="1", claim=CLAIM, paragraph=CLAIM, line=1, column=71, paragraph_number=1)
    return Document(
        path="grain.txt", format="text", language="ru", footnotes=[footnote], citations=[citation]
    )


@pytest.mark.skipif(not semantic.available(), reason="the sentence encoder is not installed")
def test_verify_one_shares_the_vectors_it_encodes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic, "_shared", None)
    monkeypatch.setattr(semantic, "_cache", semantic.OrderedDict())
    alone = tasks.verify_one(_document(), Config())
    assert not any(tmp_path.iterdir())
    monkeypatch.setattr(semantic, "_cache", semantic.OrderedDict())
    shared = tasks.verify_one(_document(), Config(), str(tmp_path))
    written = list(tmp_path.iterdir())
    assert written and all(path.stat().st_size == 2048 for path in written)
    assert [f.code for f in shared] == [f.code for f in alone]
