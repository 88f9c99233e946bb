"""Samples for the archive tests, importable without pytest (archive_worker.py uses them too):
fetch results built from fixtures/warc/responses, a fixed clock and fixed record ids (so golden
WARCs compare byte for byte), and the seed analysis as parsed.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
from collections.abc import Callable
from itertools import count
from pathlib import Path

from citecheck.archive import Archive
from citecheck.models import Document, FetchedBody, FetchResult, LinkResult, LinkState, PageFacts

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "warc"
RESPONSES = FIXTURES / "responses"
DRIFT = FIXTURES / "drift"
GOLDEN_WARC = FIXTURES / "golden.warc"
TRUNCATED_WARC = FIXTURES / "truncated.warc.gz"
FIXED_START = dt.datetime(2025, 11, 14, 9, 0, tzinfo=dt.UTC)


def load_result(name: str, *, url: str | None = None, state: LinkState | None = None) -> FetchResult:
    """A FetchResult as the fetcher would hand it over, from ``responses/<name>.json`` + raw bytes."""
    spec = json.loads((RESPONSES / f"{name}.json").read_text(encoding="utf-8"))
    raw = (RESPONSES / spec["raw"]).read_bytes()
    headers = [(str(k), str(v)) for k, v in spec["response_headers"]]
    encoded = any(k.lower() == "content-encoding" and v.lower() == "gzip" for k, v in headers)
    target = url or spec["url"]
    status = int(spec["status"])
    body = FetchedBody(
        url=target,
        status=status,
        http_version=spec["http_version"],
        reason=spec["reason"],
        request_headers=[(str(k), str(v)) for k, v in spec["request_headers"]],
        response_headers=headers,
        raw=raw,
        body=gzip.decompress(raw) if encoded else raw,
    )
    link = LinkResult(
        url=target,
        state=state or ("alive" if status < 400 else "dead"),
        http_status=status,
        final_url=target,
        checked_at=dt.datetime.fromisoformat(spec["checked_at"].replace("Z", "+00:00")),
    )
    return FetchResult(link=link, response=body)


def page_result(url: str, text_file: str, *, checked_at: dt.datetime) -> tuple[FetchResult, PageFacts]:
    """A live HTML page whose main text is ``drift/<text_file>``, and the facts extracted from it."""
    text = (DRIFT / text_file).read_text(encoding="utf-8")
    html = "<html><body>" + "".join(f"<p>{line}</p>" for line in text.splitlines()) + "</body></html>"
    raw = html.encode("utf-8")
    body = FetchedBody(
        url=url,
        status=200,
        reason="OK",
        request_headers=[("Host", url.split("/")[2])],
        response_headers=[("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(raw)))],
        raw=raw,
        body=raw,
    )
    link = LinkResult(url=url, state="alive", http_status=200, final_url=url, checked_at=checked_at)
    return FetchResult(link=link, response=body), PageFacts(text=text)


def dead_result(url: str, *, checked_at: dt.datetime) -> FetchResult:
    """A source that no longer answers (DNS failure: a verdict with no response)."""
    return FetchResult(link=LinkResult(url=url, state="dead", checked_at=checked_at))


class FixedClock:
    """A clock that advances one second per reading."""

    def __init__(self, start: dt.datetime = FIXED_START) -> None:
        self._ticks = count()
        self.start = start

    def __call__(self) -> dt.datetime:
        return self.start + dt.timedelta(seconds=next(self._ticks))


def sequential_ids() -> Callable[[], str]:
    numbers = count(1)
    return lambda: f"<urn:uuid:00000000-0000-4000-8000-{next(numbers):012d}>"


def fixed_archive(root: Path, *, max_warc_bytes: int = 10 * 1024 * 1024) -> Archive:
    """An archive whose file names, dates and record ids are the same on every run."""
    names = count(1)
    return Archive(
        root,
        max_warc_bytes=max_warc_bytes,
        clock=FixedClock(),
        file_names=lambda now: f"golden-{next(names):02d}.warc.gz",
        record_ids=sequential_ids(),
    )


def write_golden_archive(root: Path) -> Path:
    """The golden capture sequence: three pages, a 404, then the first page again (a revisit)."""
    with fixed_archive(root) as archive:
        captures = [archive.record(load_result(name)) for name in ("article", "chunked", "h2", "notfound")]
        captures.append(archive.record(load_result("article"), when=FIXED_START + dt.timedelta(days=1)))
    (name,) = {capture.warc for capture in captures}
    return root / name


def load_seed_document() -> Document:
    return Document.model_validate_json((FIXTURES / "seed-document.json").read_text(encoding="utf-8"))
