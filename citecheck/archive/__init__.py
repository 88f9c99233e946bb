"""The archive stage: WARC captures of cited pages, a capture index with CDXJ export, content
drift against the earliest capture, and Wayback copies of sources that died or changed."""

from __future__ import annotations

from citecheck.archive.drift import Drift, compare_texts, normalise_main_text
from citecheck.archive.local import DEFAULT_MAX_WARC_BYTES, Archive, Recovery, format_capture_table
from citecheck.archive.robust import robust_link
from citecheck.archive.stage import archive_documents
from citecheck.archive.wayback import Lookup, WaybackCapture, WaybackClient

__all__ = [
    "DEFAULT_MAX_WARC_BYTES",
    "Archive",
    "Drift",
    "Lookup",
    "Recovery",
    "WaybackCapture",
    "WaybackClient",
    "archive_documents",
    "compare_texts",
    "format_capture_table",
    "normalise_main_text",
    "robust_link",
]
