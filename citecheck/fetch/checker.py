"""From URLs to verdicts: one link → :class:`~citecheck.models.FetchResult`, many → :class:`FetchRun`.

Checking one link is an independent, serialisable unit of work (URL + config in, FetchResult
out); :func:`fetch_all` only adds what a run shares: deduplication, one client, per-host limits,
soft-404 probes cached per host and path shape, and the our-network-is-down verdict.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import hashlib
import logging
from collections import Counter, deque
from collections.abc import AsyncIterable, Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx
import sniffio

from citecheck import lazyre
from citecheck.config import Config
from citecheck.fetch import network, soft404, walls
from citecheck.fetch.body import charset_of, media_type
from citecheck.fetch.client import parsed_url, unusable_address
from citecheck.fetch.fetcher import PARK, BodyPolicy, Chain, Exchange, FetchSession
from citecheck.fetch.hosts import host_of, max_per_host
from citecheck.fetch.limiter import HostLimiter
from citecheck.fetch.refresh import is_permanent
from citecheck.fetch.remap import apply_remaps, is_excluded, unmap
from citecheck.fetch.verdicts import PERMANENT_REDIRECTS, Verdict, capture_transport_errors
from citecheck.models import FetchedBody, FetchResult, Hop, LinkError, LinkResult, LinkState

log = logging.getLogger(__name__)

PROBE_BODY_BYTES = 256 * 1024
# Letters (any script, for IDNs), digits, hyphens and dots; no spaces, percent signs or slashes.
_HOST = lazyre.compile(r"[^\W_](?:[\w-]*[^\W_])?(?:\.[^\W_](?:[\w-]*[^\W_])?)*\.?")
Validators = Mapping[str, tuple[str | None, str | None]]


@dataclass
class FetchRun:
    """Everything one run fetched, keyed by the URLs as given."""

    results: dict[str, FetchResult]
    network_unavailable: bool = False
    requests: int = 0
    probes: int = 0

    def __repr__(self) -> str:
        # The default would spell out every body; asyncio.run even formats it once at exit.
        return (
            f"FetchRun({len(self.results)} results, network_unavailable={self.network_unavailable}, "
            f"requests={self.requests}, probes={self.probes})"
        )


@dataclass
class _Checked:
    result: FetchResult
    attempt: network.Attempt | None = None


@dataclass
class _Draft:
    """The fields of a LinkResult being assembled."""

    state: LinkState
    error: LinkError | None = None
    http_status: int | None = None
    final_url: str | None = None
    hops: list[Hop] = field(default_factory=list)
    suggestion: str | None = None


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _comparable_url(url: str) -> tuple[str, str, str]:
    """The parts of a URL whose change makes a redirect worth reporting.

    http→https, a ``www.`` prefix, a default port and a trailing slash are not worth it.
    """
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().removeprefix("www.")
    port = parts.port
    if port in (80, 443):
        port = None
    authority = f"{host}:{port}" if port else host
    return authority, parts.path.rstrip("/") or "/", parts.query


def permanent_target(hops: Sequence[Hop]) -> str | None:
    """Where the leading run of permanent redirects (301/308, or an instant meta refresh) leads, if
    any. A script's redirect is not one (citecheck.fetch.refresh.scripted)."""
    target = None
    for hop in hops:
        if hop.scripted:
            break
        permanent = (
            hop.status in PERMANENT_REDIRECTS
            if hop.refresh_delay is None
            else is_permanent(hop.refresh_delay)
        )
        if not permanent:
            break
        target = hop.location
    return target


def is_significant_move(before: str, after: str) -> bool:
    return _comparable_url(before) != _comparable_url(after)


class LinkChecker:
    """Checks links through one :class:`FetchSession`, sharing soft-404 probes across links."""

    def __init__(self, session: FetchSession, validators: Validators | None = None) -> None:
        self.session = session
        self.config: Config = session.config
        self.validators = validators or {}
        self.prober = soft404.Soft404Prober(self._probe_sample)
        self._by_target: dict[str, asyncio.Future[_Checked]] = {}

    async def aclose(self) -> None:
        await self.prober.aclose()

    async def check(self, url: str) -> _Checked:
        """The verdict on one URL as given (remapped, excluded and validated here)."""
        checked_at = _now()
        if self.config.offline:
            return self.skipped(url, LinkError(kind="offline", message="offline run: not fetched"))
        if is_excluded(url, self.config):
            return self.skipped(url, LinkError(kind="excluded", message="matches an exclude/include rule"))
        target = apply_remaps(url, self.config)
        for candidate in dict.fromkeys((url, target)):
            # The cited URL must make sense on its own, and so must what --remap made of it.
            scheme = candidate.split(":", 1)[0].lower() if ":" in candidate else ""
            if scheme and scheme.isascii() and scheme.isalpha() and scheme not in ("http", "https"):
                error = LinkError(kind="unsupported-scheme", message=f"{scheme}: links are not checked")
                return self.skipped(url, error, target)
            problem = _url_problem(candidate)
            if problem is not None:
                error = LinkError(kind="invalid-url", message=f"{problem}: {candidate!r}")
                return self._result(url, target, checked_at, _Draft("dead", error))
        # Two spellings that remap to one URL are fetched once: the first checks it in its own
        # task (a task per link would cost two extra turns of the event loop per link) and
        # leaves the answer where the second waits for it.
        answer = self._by_target.get(target)
        if answer is None:
            answer = self._by_target[target] = asyncio.get_running_loop().create_future()
            try:
                checked = await self._check_target(url, target, checked_at)
            except asyncio.CancelledError:
                answer.cancel()
                raise
            except BaseException as exc:
                answer.set_exception(exc)
                answer.exception()  # retrieved: a second spelling re-raises it, nobody else must
                raise
            answer.set_result(checked)
            return checked
        shared = await asyncio.shield(answer)
        link = shared.result.link.model_copy(
            update={"url": url, "fetched_url": target if target != url else None}
        )
        return _Checked(FetchResult(link=link, response=shared.result.response), shared.attempt)

    def skipped(self, url: str, error: LinkError, target: str | None = None) -> _Checked:
        """A ``skipped`` verdict for ``url`` that was never fetched."""
        return self._result(url, target or url, _now(), _Draft("skipped", error))

    def _result(
        self,
        url: str,
        target: str,
        checked_at: dt.datetime,
        draft: _Draft,
        *,
        chain: Chain | None = None,
        response: FetchedBody | None = None,
        content_hash: str | None = None,
    ) -> _Checked:
        final = chain.final if chain else None
        etag = last_modified = None
        if final is not None and final.status is not None:
            etag = final.fields.get("etag")
            last_modified = final.fields.get("last-modified")
        if final is not None and final.status == 304:
            known = self.validators.get(url, (None, None))
            etag, last_modified = etag or known[0], last_modified or known[1]
        link = LinkResult(
            url=url,
            state=draft.state,
            http_status=draft.http_status,
            final_url=draft.final_url,
            hops=draft.hops,
            elapsed_ms=int(chain.elapsed * 1000) if chain else None,
            error=draft.error,
            content_type=media_type(final.content_type) if final is not None else None,
            checked_at=checked_at,
            fetched_url=target if target != url else None,
            attempts=chain.attempts if chain else 0,
            suggestion=draft.suggestion,
            content_hash=content_hash,
            etag=etag,
            last_modified=last_modified,
        )
        attempt = None
        if chain is not None and link.state != "skipped":
            attempt = network.Attempt(host_of(target), answered=chain.answered, ours=chain.verdict.ours)
        return _Checked(FetchResult(link=link, response=response), attempt)

    def _conditional_headers(self, url: str) -> dict[str, str]:
        etag, last_modified = self.validators.get(url, (None, None))
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return headers

    async def _check_target(self, url: str, target: str, checked_at: dt.datetime) -> _Checked:
        chain = await self.session.follow(
            target,
            policy=BodyPolicy(cap=self.config.max_body_bytes),
            first_headers=self._conditional_headers(url),
            # A deep link sent to the home page or an error page is gone whatever that page says:
            # it is not fetched (on the end-to-end benchmark, 20 requests of 967).
            stop_before=lambda next_url: _stop_before(target, next_url),
            refresh=True,
        )
        final = chain.final
        draft = _Draft(
            chain.verdict.state,
            chain.verdict.error,
            http_status=final.status if final is not None else None,
            final_url=chain.final_url,
            hops=chain.hops,
        )
        if final is None or final.status is None:
            return self._result(url, target, checked_at, draft, chain=chain)
        if final.status == 304:
            return self._result(url, target, checked_at, draft, chain=chain)
        if chain.verdict.state == "alive" and 200 <= final.status < 300:
            await self._refine_alive(draft, url, target, chain, final)
        if draft.error is None and final.body_failure is not None:
            # Headers came, the body did not finish: the status stands, the reason is kept.
            draft.error = final.body_failure.error
        if draft.error is None and final.read.truncated:
            kept = f"{len(final.read.raw)} bytes as sent, {len(final.read.body)} decoded"
            message = f"body larger than the {self.config.max_body_bytes}-byte cap; kept {kept}"
            draft.error = LinkError(kind="body-too-large", message=message)
        body = final.read
        response = FetchedBody(
            url=final.url,
            status=final.status,
            http_version=final.http_version,
            reason=final.reason,
            request_headers=final.request_headers,
            response_headers=final.response_headers,
            # The wire bytes matter only to the WARC writer; without an archive, don't hold them twice.
            raw=body.raw if self.config.archive else b"",
            body=body.body,
            truncated=body.truncated or (final.body_read and not body.complete),
            encoding=charset_of(final.content_type),
        )
        content_hash = hashlib.sha256(body.body).hexdigest() if final.body_read else None
        return self._result(
            url, target, checked_at, draft, chain=chain, response=response, content_hash=content_hash
        )

    async def _refine_alive(
        self, draft: _Draft, url: str, target: str, chain: Chain, final: Exchange
    ) -> None:
        """A 2xx answer may still be a soft 404, or a permanent move worth citing instead."""
        reason = soft404.redirect_reason(target, final.url)
        if final.is_page and final.body_read:
            reason = soft404.content_reason(final.page, (url, target, final.url)) or reason
            if reason is None and self.config.soft404_probe:
                sample = soft404.PageSample(target, final.url, final.status or 0, final.page)
                reason = await self.prober.judge(sample)
        if reason is not None:
            draft.state, draft.error = "soft-404", LinkError(kind="soft-404", message=reason)
            return
        moved_to = permanent_target(chain.hops)
        if moved_to is not None and is_significant_move(target, moved_to):
            draft.state = "redirected"
            draft.suggestion = unmap(moved_to, url, target, self.config)

    async def _probe_sample(self, url: str) -> soft404.PageSample | None:
        # No retries and no waiting on Retry-After: a probe that does not answer at once proves nothing.
        chain = await self.session.follow(
            url, policy=BodyPolicy(cap=PROBE_BODY_BYTES), retries=0, urgent=True
        )
        final = chain.final
        if final is None or final.status is None:
            return None
        return soft404.PageSample(url, final.url, final.status, final.page)


def _stop_before(target: str, next_url: str) -> Verdict | None:
    """Where a redirect from ``target`` to ``next_url`` alone settles the link, without fetching it."""
    gone = soft404.redirect_reason(target, next_url)
    if gone is not None:
        return Verdict("soft-404", "soft-404", gone)
    gate = walls.consent_gate(target, next_url)
    return Verdict("blocked", "consent-wall", gate) if gate is not None else None


def _end_turn(turn: asyncio.Future[None], *_task: object) -> None:
    """A worker's turn ends when its link begins to wait for a retry, or ends."""
    if not turn.done():
        turn.set_result(None)


def _host_queues(urls: Sequence[str], hosts: Mapping[str, str], config: Config) -> list[deque[str]]:
    """One queue of URLs per worker-to-be: each host's queue, once per worker it gets, busiest first.

    A host gets twice its concurrency in workers: enough that a slot freed is taken at once by
    a check already waiting for it, and that checks sleeping in a backoff or following a redirect
    elsewhere do not leave the host idle. Workers, not a task per URL: thousands of tasks would
    all run their first steps before the first answer is read (the busiest host's first replies
    waited hundreds of milliseconds), and their frames would make every garbage collection slow.
    """
    queues: dict[str, deque[str]] = {}
    for url in urls:
        queues.setdefault(hosts[url], deque()).append(url)
    ranked = sorted(queues.items(), key=lambda item: len(item[1]), reverse=True)
    shares = [min(len(queue), 2 * max_per_host(config, host)) for host, queue in ranked]
    # Round by round (every host's first worker, then every host's second…), so the busiest host,
    # which bounds the run, and every other host get their first requests out at once.
    return [
        queue
        for round_ in range(max(shares, default=0))
        for (_, queue), share in zip(ranked, shares, strict=True)
        if round_ < share
    ]


def _url_problem(url: str) -> str | None:
    """What makes ``url`` unfetchable as an http(s) URL, if anything."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        return f"malformed URL ({exc})"
    if parts.scheme.lower() not in ("http", "https"):
        return "not an http(s) URL"
    host = parts.hostname or ""
    if not host:
        return "no host"
    if port == 0:
        return "port 0"
    if not _HOST.fullmatch(host) and not host.startswith("[") and ":" not in host:
        return f"invalid host name {host!r}"
    with capture_transport_errors() as failure:
        parsed_url(url)
    if failure.verdict is not None:
        return failure.verdict.message or "malformed URL"
    return unusable_address(url)


def _may_be_ours(checked: _Checked) -> bool:
    """True for a failure that our network being down would explain (judged at the run's end)."""
    return checked.attempt is not None and checked.attempt.ours and not checked.attempt.answered


def _unavailable(checked: _Checked, detail: str) -> FetchResult:
    update = {"state": "skipped", "error": network.unavailable_error(detail)}
    return FetchResult(link=checked.result.link.model_copy(update=update), response=None)


async def fetch_all(
    urls: Iterable[str] | AsyncIterable[str],
    config: Config,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    progress: Callable[[int, int], None] | None = None,
    validators: Validators | None = None,
    on_result: Callable[[str, FetchResult], None] | None = None,
    keep_responses: bool = True,
    limiter: HostLimiter | None = None,
    gate: Callable[[], Awaitable[object]] | None = None,
) -> FetchRun:
    """Check every distinct URL once and return their verdicts keyed by the URLs as given.

    ``urls`` may be an asynchronous iterable: links are then checked as they come, while the
    caller is still finding the rest (the pipeline parses document after document while the first
    documents' links are fetched), and the run ends when the iterable is exhausted and every link
    has its verdict. An exception the iterable raises ends the run with it, the checks in flight
    cancelled.

    ``validators`` maps a URL to its last (ETag, Last-Modified) for a conditional request; a 304
    answer is ``alive`` with status 304 and no body. ``progress(done, total)`` is called as links
    finish (``total`` is the links known so far). ``on_result(url, result)`` sees each result as
    soon as it is final — at once for most, at the end of the run for failures that our own
    network being down could explain (they may still turn into ``skipped``/``network-unavailable``).
    Nothing here raises for a bad link: every outcome is a verdict. With ``keep_responses=False`` a
    response is dropped once ``on_result`` has seen it, so memory stays flat however many URLs a
    run checks (the pipeline reads page facts in ``on_result`` and keeps bodies only for the
    archive). ``limiter`` shares per-host politeness with other runs (the service's jobs, a worker
    fleet); by default each run has its own in-process one. ``gate()`` is awaited before each link
    is started: the caller holds the fetch back while it cannot take more bodies (the pipeline, while
    its page readers are behind); links already started go on.
    """
    # httpcore and anyio ask sniffio which event loop runs for every lock, event and cancel scope
    # of every request; said once here, each answer is a context-variable lookup, not a search.
    token = sniffio.current_async_library_cvar.set("asyncio")
    try:
        return await _fetch_all(
            urls, config, transport, progress, validators, on_result, keep_responses, limiter, gate
        )
    finally:
        sniffio.current_async_library_cvar.reset(token)


async def _drain(urls: Iterable[str] | AsyncIterable[str]) -> list[str]:
    """Every URL of ``urls``, in order, each once."""
    if isinstance(urls, AsyncIterable):
        return list(dict.fromkeys([url async for url in urls]))
    return list(dict.fromkeys(urls))


async def _fetch_all(
    urls: Iterable[str] | AsyncIterable[str],
    config: Config,
    transport: httpx.AsyncBaseTransport | None,
    progress: Callable[[int, int], None] | None,
    validators: Validators | None,
    on_result: Callable[[str, FetchResult], None] | None,
    keep_responses: bool,
    limiter: HostLimiter | None,
    gate: Callable[[], Awaitable[object]] | None = None,
) -> FetchRun:
    streamed = isinstance(urls, AsyncIterable)
    unique: list[str] = [] if streamed else await _drain(urls)
    if progress is not None and not streamed:
        progress(0, len(unique))
    if not streamed and not unique:
        return FetchRun(results={})
    async with FetchSession(config, transport=transport, limiter=limiter) as session:
        checker = LinkChecker(session, validators)
        try:
            if (
                config.canary_urls
                and not config.offline
                and await network.canaries_unreachable(session, config.canary_urls)
            ):
                error = network.unavailable_error("none of the canary URLs answered")
                unique = unique or await _drain(urls)
                results = {url: checker.skipped(url, error).result for url in unique}
                if on_result is not None:
                    for url, result in results.items():
                        on_result(url, result)
                if progress is not None:
                    progress(len(unique), len(unique))
                return FetchRun(results=results, network_unavailable=True, requests=session.requests)
            hosts: dict[str, str] = {}
            backlog: Counter[str] = Counter()
            slots: dict[str, int] = {}
            done = 0
            horizon = (-1, 0.0)  # (links done when last computed, the busiest host's backlog per slot)

            def critical(host: str) -> bool:
                # A host with at least half the busiest host's work per slot could bound the run
                # if the gate held it back; the others have time to spare.
                nonlocal horizon
                if horizon[0] != done:
                    horizon = (done, max(backlog[h] / slots[h] for h in slots))
                return backlog[host] / slots.get(host, config.max_per_host) * 2 >= horizon[1]

            session.critical = critical
            by_url: dict[str, _Checked] = {}
            # A failure our own network being down would explain is reported at the run's end, when
            # the network's state is known (network.looks_down: every host tried failed that way) —
            # or as soon as one answer, or one failure our network cannot explain, proves it up. On
            # the end-to-end benchmark's web the refusing host's links were held to the end of the
            # fetch, and the documents citing them were verified only then.
            held: list[tuple[str, _Checked]] = []
            proven_up = bool(config.canary_urls)  # canaries answered before the run began

            def report(url: str, checked: _Checked) -> None:
                assert on_result is not None
                on_result(url, checked.result)
                if not keep_responses and checked.result.response is not None:
                    checked.result = checked.result.model_copy(update={"response": None})

            async def one(url: str) -> _Checked:
                nonlocal done, proven_up
                try:
                    checked = await checker.check(url)
                except Exception as exc:  # a bug must cost one link, not the run
                    log.exception("checking %s failed", url)
                    draft = _Draft("unreachable", LinkError(kind="internal-error", message=repr(exc)))
                    checked = checker._result(url, url, _now(), draft)
                try:
                    if on_result is not None:
                        if _may_be_ours(checked) and not proven_up:
                            held.append((url, checked))
                        else:
                            if not proven_up and checked.attempt is not None:  # an answer, or not ours
                                proven_up = True
                                for waiting in held:
                                    report(*waiting)
                                held.clear()
                            report(url, checked)
                    return checked
                finally:
                    backlog[hosts[url]] -= 1
                    done += 1
                    if progress is not None:
                        progress(done, len(unique))

            checks: set[asyncio.Task[None]] = set()
            workers: set[asyncio.Task[None]] = set()
            queues: dict[str, deque[str]] = {}
            working: Counter[str] = Counter()  # each host's workers still taking links from its queue

            async def check_in_turn(url: str, park: Callable[[], None]) -> None:
                PARK.set(park)  # this task's own context: its link gives its turn up when it waits
                by_url[url] = await one(url)

            async def worker(host: str, queue: deque[str]) -> None:
                # One link at a time, but a link that begins to wait for a retry lets the worker go
                # on with the host's next one (fetcher.PARK); the worker ends when all have ended.
                waiting: list[asyncio.Task[None]] = []
                loop = asyncio.get_running_loop()
                try:
                    while queue:
                        if gate is not None:
                            await gate()
                            if not queue:  # the host's other workers took the rest meanwhile
                                break
                        url = queue.popleft()
                        turn: asyncio.Future[None] = loop.create_future()
                        task = asyncio.ensure_future(check_in_turn(url, functools.partial(_end_turn, turn)))
                        checks.add(task)
                        task.add_done_callback(checks.discard)
                        task.add_done_callback(functools.partial(_end_turn, turn))
                        await turn
                        if task.done():
                            task.result()  # an on_result that raised ends the run (below)
                        else:
                            waiting.append(task)
                finally:
                    working[host] -= 1
                await asyncio.gather(*waiting)

            def add(url: str) -> None:
                """Queue ``url`` on its host; a host gets twice its concurrency in workers (see
                :func:`_host_queues`), started as its links come."""
                host = hosts[url] = host_of(apply_remaps(url, config))
                unique.append(url)
                backlog[host] += 1
                share = slots.setdefault(host, max_per_host(config, host)) * 2
                queue = queues.setdefault(host, deque())
                queue.append(url)
                # Each link waiting here gets a worker of its own, up to the host's share: links
                # come one at a time, and workers only as many as the queue held at each arrival
                # left a busy host asking one link at a time.
                if working[host] < share:
                    start_worker(host)

            def start_worker(host: str) -> None:
                working[host] += 1
                workers.add(asyncio.ensure_future(worker(host, queues[host])))

            async def take(stream: AsyncIterable[str]) -> None:
                async for url in stream:
                    if url not in hosts:  # each URL once
                        add(url)
                        # The total as it grows, now and then (a service worker sends each call to
                        # its parent), and once the stream has ended; links finishing say it too.
                        if progress is not None and len(unique) % 64 == 1:
                            progress(done, len(unique))
                if progress is not None:
                    progress(done, len(unique))

            try:
                if streamed:
                    await take(urls)  # type: ignore[arg-type]
                else:
                    # Known at once: every host's first worker, then every host's second… (busiest
                    # first: _host_queues), each host's workers sharing its queue.
                    hosts.update((url, host_of(apply_remaps(url, config))) for url in unique)
                    backlog.update(hosts.values())
                    slots.update((host, max_per_host(config, host)) for host in backlog)
                    for queue in _host_queues(unique, hosts, config):
                        queues[hosts[queue[0]]] = queue
                        start_worker(hosts[queue[0]])
                while workers:
                    pending = list(workers)
                    workers.clear()
                    await asyncio.gather(*pending)
            except BaseException:
                # An on_result that raises (the audit's store failing, a Ctrl-C), or the stream of
                # URLs failing, ends the run: cancel the other checks before the client closes
                # under them, so none of them comes back as a bogus "unreachable" verdict.
                others = [*workers, *checks]
                for task in others:
                    task.cancel()
                await asyncio.gather(*others, return_exceptions=True)
                raise
            checked = [by_url[url] for url in unique]
        finally:
            await checker.aclose()
        results = {url: c.result for url, c in zip(unique, checked, strict=True)}
        down = not config.canary_urls and network.looks_down(c.attempt for c in checked if c.attempt)
        if down:
            tried = len({c.attempt.host for c in checked if c.attempt})
            for url, c in zip(unique, checked, strict=True):
                if _may_be_ours(c):
                    results[url] = _unavailable(c, f"all {tried} hosts failed to resolve or connect")
        if on_result is not None:
            for url, _ in held:  # never reported during the run: the network was not proven up
                on_result(url, results[url])
        return FetchRun(
            results=results,
            network_unavailable=down,
            requests=session.requests,
            probes=checker.prober.probes_sent,
        )
