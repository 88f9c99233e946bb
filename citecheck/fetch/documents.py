"""Analyses given by their address (``citecheck check https://…``, the service's ``{"url": …}``).

A published analysis is fetched as the sources it cites are — through the run's guarded session (no
private address unless allowed, at every hop; the host's politeness; the timeout and the link
deadline) — and then parsed as a file would be, under the same input cap: at most cap + 1 bytes are
read, and a body beyond the cap is refused, never parsed cut short. Its format comes from the
answer's ``Content-Type`` (HTML, Markdown, Word, plain text; Markdown for a ``.md`` address served as
plain text, as raw-file hosts serve it), else from the address and the bytes, as for a file.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from citecheck.config import Config
from citecheck.errors import InputError
from citecheck.fetch.fetcher import BodyPolicy, FetchSession
from citecheck.fetch.limiter import HostLimiter
from citecheck.fetch.remap import apply_remaps
from citecheck.models import DocumentFormat

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_TYPES: dict[str, DocumentFormat] = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/markdown": "markdown",
    "text/x-markdown": "markdown",
    DOCX_TYPE: "docx",
}
_MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown")


def format_of(content_type: str, url: str) -> DocumentFormat | None:
    """The document format a ``Content-Type`` says, or None to tell it from the address and bytes."""
    kind = content_type.split(";")[0].strip().lower()
    if kind in _TYPES:
        return _TYPES[kind]
    if kind == "text/plain":
        return "markdown" if urlsplit(url).path.lower().endswith(_MARKDOWN_SUFFIXES) else "text"
    return None


@dataclass(frozen=True, slots=True)
class FetchedDocument:
    """An analysis fetched from ``url`` (as given; ``final_url`` after redirects)."""

    url: str
    final_url: str
    body: bytes
    fmt: DocumentFormat | None


async def fetch_document(
    url: str,
    config: Config,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    limiter: HostLimiter | None = None,
) -> FetchedDocument:
    """The analysis at ``url``; :class:`InputError` with one line naming it when it cannot be had
    (refused address, dead, blocked, unreachable, beyond ``config.max_input_bytes``)."""
    cap = config.max_input_bytes
    async with FetchSession(config, transport=transport, limiter=limiter) as session:
        chain = await session.follow(
            apply_remaps(url, config),
            policy=BodyPolicy(cap=cap + 1, error_cap=0, any_type=True),
            refresh=True,
        )
    final = chain.final
    verdict = chain.verdict
    if final is None or verdict.state != "alive" or final.status is None or not 200 <= final.status < 300:
        error = verdict.error
        reason = f"{verdict.state}: {error.message}" if error is not None else verdict.state
        raise InputError(f"could not fetch {url} ({reason})")
    body = final.read.body
    if len(body) > cap:
        raise InputError.too_large(url, cap)
    return FetchedDocument(url, final.url, body, format_of(final.content_type or "", final.url))
