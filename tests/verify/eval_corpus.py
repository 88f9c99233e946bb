"""The labelled eval corpus (fixtures/eval/pairs.jsonl) as Documents, for the quality gate.

Each pair becomes its own copy of the analysis it comes from: the pair's footnote entry is put in
place of the original (a neighbour swap exchanges the two entries, as an author who pasted them
the wrong way round would), pages are read from fixtures/web and turned into PageFacts through
the same extract_page_facts the pipeline uses, and the claim check's verdict on the pair's
citation is what the gate counts.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

from citecheck.config import Config
from citecheck.models import Citation, Document, FetchResult, Footnote, LinkResult, PageFacts
from citecheck.verify import extract_page_facts, verify_documents

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT / "fixtures" / "eval"
WEB = ROOT / "fixtures" / "web"
CHECKED_AT = dt.datetime(2025, 11, 20, 12, 0, tzinfo=dt.UTC)


@dataclass(frozen=True)
class Pair:
    id: str
    document: str
    label: str
    url: str
    expected: str
    swap: str | None
    claim_language: str
    page_language: str
    record: dict[str, str]


def load_pairs() -> list[Pair]:
    pairs = []
    for line in (EVAL / "pairs.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        pairs.append(
            Pair(
                id=record["id"],
                document=record["document"],
                label=record["label"],
                url=record["url"],
                expected=record["expected"],
                swap=record["swap"],
                claim_language=record["claim_language"],
                page_language=record["page_language"],
                record=record,
            )
        )
    return pairs


def page_file(url: str) -> Path:
    parts = urlsplit(url)
    path = parts.path.lstrip("/")
    if not path or path.endswith("/"):
        path += "index.html"
    return WEB / parts.netloc / path


def fetch_result(url: str) -> FetchResult:
    """What the fetcher would hand over for ``url``, read from the fixture web."""
    return FetchResult.html_page(url, page_file(url).read_bytes(), CHECKED_AT)


@cache
def page_facts(url: str) -> PageFacts | None:
    return extract_page_facts(fetch_result(url))


def _entry(record: dict[str, str], label: str, ordinal: int, *, online: bool) -> Footnote:
    url = record["url"]
    return Footnote(
        label=label,
        ordinal=ordinal,
        raw=f"“{record['title']}”, {record['publisher']}, {url}, (Access Date: {record['access_date']}).",
        title=record["title"],
        publisher=record["publisher"],
        url=url,
        urls=[url],
        access_date=dt.date.fromisoformat(record["access_date"]),
        line=100 + ordinal,
        column=1,
        link=LinkResult(
            url=url, state="alive", http_status=200, content_type="text/html", checked_at=CHECKED_AT
        )
        if online
        else None,
        page=page_facts(url) if online else None,
    )


def document_for(pair: Pair, pairs: list[Pair], *, online: bool) -> Document:
    """The pair's analysis with the pair's footnote entry in place (both entries exchanged for a neighbour swap)."""
    originals = {p.label: p for p in pairs if p.document == pair.document and p.expected == "correct"}
    entries = {label: p.record for label, p in originals.items()}
    entries[pair.label] = pair.record
    if pair.swap == "neighbour":
        source_label = pair.id.split("<-")[1].split("/")[1]
        entries[source_label] = originals[pair.label].record
    labels = list(originals)
    first = originals[labels[0]].record
    footnotes = [_entry(entries[label], label, i + 1, online=online) for i, label in enumerate(labels)]
    citations = [
        Citation(
            label=label,
            claim=originals[label].record["claim"],
            paragraph=originals[label].record["paragraph"],
            line=10 + i,
            column=5,
        )
        for i, label in enumerate(labels)
    ]
    return Document(
        path=f"eval/{pair.document}.txt",
        title=first["document_title"],
        date=dt.date.fromisoformat(first["document_date"]),
        language=first["claim_language"],
        footnotes=footnotes,
        citations=citations,
    )


def flagged(
    pair: Pair, pairs: list[Pair], *, online: bool, config: Config | None = None
) -> tuple[bool, Document]:
    """Whether the claim check flags the pair's citation (claim-mismatch), and the verified document."""
    config = config or Config(offline=not online)
    document = verified(document_for(pair, pairs, online=online), config)
    hit = any(f.code == "claim-mismatch" and f.label == pair.label for f in document.findings)
    return hit, document


SEED = EVAL / "seed-document.json"


def seed_document(*, online: bool) -> Document:
    """The seed analysis as parsed (fixtures/eval/seed-document.json), with its pages when online."""
    document = Document.model_validate_json(SEED.read_text(encoding="utf-8"))
    if online:
        for footnote in document.footnotes:
            assert footnote.url is not None
            footnote.link = LinkResult(
                url=footnote.url,
                state="alive",
                http_status=200,
                content_type="text/html",
                checked_at=CHECKED_AT,
            )
            footnote.page = page_facts(footnote.url)
    return document


def verified(document: Document, config: Config) -> Document:
    asyncio.run(verify_documents([document], config))
    return document
