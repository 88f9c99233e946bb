"""How a service job checks its submission: parse (or fetch, then parse) and run the pipeline.

Nothing here judges a citation; it only calls the library, as the CLI does.
"""

from __future__ import annotations

import httpx

from citecheck.config import Config, today_for
from citecheck.errors import InputError, NetworkUnavailable
from citecheck.fetch import fetch_all
from citecheck.models import Document, Report
from citecheck.parse import parse_bytes, parse_text
from citecheck.pipeline import acheck
from citecheck.service.jobs import CheckLoop, ProgressHook, Submission

FETCHED_STATES = frozenset({"alive", "redirected"})


class LibraryRunner:
    """The default :data:`~citecheck.service.jobs.JobRunner`: the real pipeline, on the check loop.

    Whoever creates it closes it (:meth:`close`), which stops the check loop's thread.
    """

    def __init__(self, *, transport: httpx.AsyncBaseTransport | None = None) -> None:
        self._transport = transport
        self._loop = CheckLoop()

    async def __call__(self, submission: Submission, progress: ProgressHook) -> Report:
        return await self._loop.run(lambda: self.check(submission, progress))

    def close(self) -> None:
        self._loop.close()

    async def check(self, submission: Submission, progress: ProgressHook) -> Report:
        document = await self.document(submission)
        return await acheck([document], submission.config, transport=self._transport, progress=progress)

    async def document(self, submission: Submission) -> Document:
        """The submitted document, parsed (a URL is fetched first, through the guarded fetcher)."""
        today = today_for(submission.config)
        inline = submission.config.inline_links
        if submission.text is not None:
            return parse_text(
                submission.text,
                path=submission.name,
                fmt=submission.format or "text",
                today=today,
                inline_links=inline,
            )
        if submission.data is not None:
            return parse_bytes(
                submission.data, path=submission.name, fmt=submission.format, today=today, inline_links=inline
            )
        if submission.url is not None:
            body = await self.fetch_page(submission.url, submission.config)
            return parse_bytes(body, path=submission.url, fmt="html", today=today, inline_links=inline)
        raise InputError("the submission holds no document")

    async def fetch_page(self, url: str, config: Config) -> bytes:
        """The page at ``url``, fetched with the run's SSRF guard, limits and remaps."""
        page_config = config.model_copy(update={"soft404_probe": False, "archive": False})
        run = await fetch_all([url], page_config, transport=self._transport)
        if run.network_unavailable:
            raise NetworkUnavailable(f"could not fetch {url}: the network is unavailable")
        result = run.results.get(url)
        if result is None or result.response is None or result.link.state not in FETCHED_STATES:
            state = result.link.state if result is not None else "unreachable"
            detail = result.link.error.message if result is not None and result.link.error else None
            reason = f"{state}: {detail}" if detail else state
            raise InputError(f"could not fetch {url} ({reason})")
        return result.response.body
