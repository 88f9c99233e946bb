"""The link cache across runs (``--cache PATH``): successful verdicts, with their page facts, reused
for ``--cache-max-age`` so that a CI job does not fetch again what it checked an hour ago.

lychee's ``.lycheecache`` is the model, with what its users ask for: failures are never cached
(a dead or unreachable link is always checked again: it may have come back, and a transient
failure must not stick), and each entry keeps the time it was checked, so the report still says
when. Page facts go with the verdict, so claim and title checks run on cached sources as on
fresh ones. The file is JSON, written whole to a temporary file and renamed, so a killed job
never leaves half a cache; a cache that cannot be read is ignored, never fatal.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from citecheck.config import Config, duration_seconds
from citecheck.models import FetchResult, LinkResult, PageFacts

CACHE_VERSION = 1
# Only these states are kept: what was fine then is worth trusting for a while.
CACHED_STATES = frozenset({"alive", "redirected"})

log = logging.getLogger(__name__)


class LinkCache:
    """The verdicts of earlier runs, keyed by the URL as cited."""

    def __init__(self, path: Path, max_age: dt.timedelta, now: dt.datetime | None = None) -> None:
        self.path = path
        self.max_age = max_age
        self.now = now or dt.datetime.now(dt.UTC)
        self._entries: dict[str, dict[str, Any]] = {}
        self.hits = 0

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
                "page": page.model_dump(mode="json") if page is not None else None,
                "text": page.text if page is not None else "",
            }

    def save(self) -> None:
        payload = json.dumps({"version": CACHE_VERSION, "links": self._entries}, ensure_ascii=False)
        temporary: str | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=".citecheck-cache-", dir=self.path.parent)
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(payload)
            os.replace(temporary, self.path)
        except OSError as exc:
            log.warning("cache: could not write %s: %s", self.path, exc)
            if temporary is not None:
                Path(temporary).unlink(missing_ok=True)
