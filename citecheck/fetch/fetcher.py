"""HTTP exchanges with manners: per-host politeness, retries with backoff, redirects by hand, capped bodies.

:class:`FetchSession` owns the run's transport, host limiter and global gate. Its layers:

* :meth:`FetchSession.request` — one URL, one answer: retried with tenacity (exponential backoff with jitter;
  Retry-After honoured up to ``retry_after_cap``) while the verdict says retryable;
* :meth:`FetchSession.follow` — a redirect chain, every hop recorded, loops and overlong chains
  detected, cookies kept only within the chain (consent redirects would otherwise look like loops);
* :meth:`FetchSession.get` — the small helper other stages (Wayback lookups) use: same transport,
  limiter and retry policy, returning a :class:`Reply` instead of raising.

Each attempt runs under a total deadline (``config.timeout``) on top of httpx's connect/read
timeouts, so a server that trickles one byte a second cannot hold a link forever; and each link
under its own deadline (``config.link_deadline``, default 2.5 × timeout) that bounds its retries,
waits and redirect hops together, counted from the moment its first request leaves (time spent
in its host's queue is the host's, not the link's).

A 429 or 503 with Retry-After makes that URL wait; it pauses the whole host only when the host
pushes back on most of what we ask (:class:`Throttling`), so one rate-limited page does not idle
a busy host's other links.

Requests go straight to the transport, not through ``httpx.AsyncClient.send``: the client's cookie
jar, auth and redirect layers are all unused here (redirects are followed and cookies kept per
chain by hand), yet its cookie extraction alone cost more per response than reading a page.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

import httpx
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_result,
    stop_after_attempt,
    stop_any,
    wait_exponential_jitter,
)
from tenacity.stop import stop_base

from citecheck.config import LINK_DEADLINE_FACTOR, Config
from citecheck.fetch.body import BodyRead, charset_of, is_kept_type, media_type, read_capped
from citecheck.fetch.client import make_timeout, make_transport, parsed_url, request_headers, unusable_address
from citecheck.fetch.hosts import accepted_statuses, host_of, host_settings
from citecheck.fetch.limiter import HostLimiter, InProcessHostLimiter, PriorityGate
from citecheck.fetch.markers import PageText, read_page
from citecheck.fetch.refresh import Refresh
from citecheck.fetch.refresh import declared as declared_refresh
from citecheck.fetch.refresh import scripted as scripted_refresh
from citecheck.fetch.verdicts import (
    ALIVE,
    REDIRECT_STATUSES,
    Verdict,
    capture_transport_errors,
    classify_status,
)
from citecheck.models import Hop, LinkError

REDIRECT_DRAIN_BYTES = 64 * 1024
# Added to the gate priority of retries, redirect hops and probes (a priority is otherwise a
# host's backlog, which never comes near this).
URGENT = 1e9
ERROR_BODY_BYTES = 256 * 1024
PAGE_TYPES = ("text/html", "application/xhtml+xml")


@dataclass
class LinkClock:
    """One link's deadline: started when its first request gets a slot, shared by every retry and hop."""

    limit: float
    started: float | None = None

    def start(self) -> None:
        if self.started is None:
            self.started = time.monotonic()

    def remaining(self) -> float:
        if self.started is None:
            return self.limit
        return self.limit - (time.monotonic() - self.started)


# What a link waiting to be retried calls as it begins to wait: the run's per-host workers
# (:func:`citecheck.fetch.checker.fetch_all`) set it for each link they check, and hand the
# host's next link its turn meanwhile. A worker that slept through every backoff of its links
# kept the host's other links waiting: on the end-to-end benchmark's web (benchmarks/e2e.py,
# 800 URLs), the 16 links of the host that refuses connections were checked two by two per
# worker, 2–2.5 s of backoff each, and the run's fetch ended 1.2 s after the web's last request.
# The retry still takes one of the host's slots (the limiter), so the host is asked no harder.
PARK: ContextVar[Callable[[], None] | None] = ContextVar("citecheck_fetch_park", default=None)


async def _retry_sleep(seconds: float) -> None:
    park = PARK.get()
    if park is not None:
        park()
    await asyncio.sleep(seconds)


class _OutOfTime(stop_base):
    """Stop retrying when the link's clock has no time left for the coming wait and a request."""

    def __init__(self, clock: LinkClock) -> None:
        self.clock = clock

    def __call__(self, retry_state: RetryCallState) -> bool:
        return self.clock.remaining() <= retry_state.upcoming_sleep


def deadline_verdict(clock: LinkClock) -> Verdict:
    return Verdict("unreachable", "timeout", f"gave up at the link's {clock.limit:g}-second deadline")


@dataclass(frozen=True)
class BodyPolicy:
    """How much of a body to keep: ``cap`` for 2xx answers, ``error_cap`` for others.

    ``any_type`` reads every content type (JSON APIs); otherwise only the types worth keeping
    (HTML, text, XML, PDF, JSON) are read and the rest is left on the wire.
    """

    cap: int
    error_cap: int = ERROR_BODY_BYTES
    any_type: bool = False


def header_fields(headers: httpx.Headers) -> dict[str, str]:
    """``headers`` as a plain dict that answers ``get`` and ``in`` as ``headers`` does (names
    lower-cased, a repeated header's values joined with ", "), decoded once."""
    fields: dict[str, str] = {}
    for name, value in headers.multi_items():
        fields[name] = f"{fields[name]}, {value}" if name in fields else value
    return fields


@dataclass
class Exchange:
    """One request and what came back: a response (maybe with a partial body) or a failure."""

    url: str
    status: int | None = None
    reason: str = ""
    http_version: str = "HTTP/1.1"
    sent_headers: httpx.Headers = field(default_factory=httpx.Headers)
    headers: httpx.Headers = field(default_factory=httpx.Headers)
    # The response's headers by lower-cased name, repeated ones joined with ", " as
    # ``httpx.Headers.get`` joins them: each ``Headers.get`` scans and decodes every header, and a
    # response's are asked for a dozen times (content type, length, encoding, challenge markers).
    fields: dict[str, str] = field(default_factory=dict)
    location: str | None = None
    read: BodyRead = field(default_factory=BodyRead)
    body_read: bool = False
    page: PageText | None = None
    verdict: Verdict = ALIVE
    body_failure: Verdict | None = None
    elapsed: float = 0.0
    attempts: int = 1

    @property
    def is_redirect(self) -> bool:
        return self.status in REDIRECT_STATUSES and bool(self.location)

    # Decoded only for the exchange whose response is kept (most exchanges never need them).
    @property
    def request_headers(self) -> list[tuple[str, str]]:
        return _pairs(self.sent_headers.raw)

    @property
    def response_headers(self) -> list[tuple[str, str]]:
        return _pairs(self.headers.raw)

    @property
    def content_type(self) -> str | None:
        return self.fields.get("content-type")

    @property
    def is_page(self) -> bool:
        kind = media_type(self.content_type)
        return kind is None or kind in PAGE_TYPES


@dataclass
class Chain:
    """A redirect chain followed to its end (or to the failure that ended it)."""

    start: str
    hops: list[Hop] = field(default_factory=list)
    final: Exchange | None = None
    verdict: Verdict = ALIVE
    attempts: int = 0
    elapsed: float = 0.0

    @property
    def final_url(self) -> str:
        if self.final is not None:
            return self.final.url
        return self.hops[-1].location or self.start if self.hops else self.start

    @property
    def answered(self) -> bool:
        """True when some server sent an HTTP response anywhere in the chain."""
        return bool(self.hops) or (self.final is not None and self.final.status is not None)


@dataclass
class Reply:
    """The answer to :meth:`FetchSession.get`: never an exception, always a value."""

    url: str
    status: int | None
    headers: httpx.Headers
    body: bytes
    error: LinkError | None
    attempts: int

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300

    def json(self) -> Any:
        """The body parsed as JSON (raises ``ValueError`` when it is not JSON)."""
        return json.loads(self.body)


def _refreshed(exchange: Exchange, jar: httpx.Cookies) -> Refresh | None:
    """Where ``exchange``'s page refreshes to, if it is a 2xx page that does; its cookies go in ``jar``."""
    status = exchange.status
    if status is None or not 200 <= status < 300 or not exchange.body_read or not exchange.is_page:
        return None
    if exchange.verdict.state != "alive":
        return None
    charset = charset_of(exchange.content_type) or "utf-8"
    moved = declared_refresh(exchange.read.body, exchange.url, charset) or scripted_refresh(
        exchange.read.body, exchange.url, charset
    )
    if moved is not None and "set-cookie" in exchange.fields:
        response = httpx.Response(
            status, headers=exchange.headers, request=httpx.Request("GET", exchange.url)
        )
        jar.extract_cookies(response)
    return moved


@asynccontextmanager
async def _raw_chunks(response: httpx.Response) -> AsyncIterator[AsyncIterator[bytes]]:
    """The body as sent, closed as soon as we stop reading: left to the garbage collector, an
    unfinished chunk generator is finalised later, at a moment nobody chose."""
    chunks = response.aiter_raw()
    try:
        yield chunks
    finally:
        if inspect.isasyncgen(chunks):
            await chunks.aclose()


def _pairs(raw: list[tuple[bytes, bytes]]) -> list[tuple[str, str]]:
    return [(k.decode("latin-1"), v.decode("latin-1")) for k, v in raw]


class FetchSession:
    """The run's transport, limiter and retry policy. Use as ``async with FetchSession(config) as s``.

    The transport (default: :func:`~citecheck.fetch.client.make_transport`) is closed with the session.
    """

    def __init__(
        self,
        config: Config,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        limiter: HostLimiter | None = None,
    ) -> None:
        self.config = config
        self.transport = transport if transport is not None else make_transport(config)
        self._headers = request_headers(config)
        self._timeouts = make_timeout(config).as_dict()
        self.limiter: HostLimiter = limiter if limiter is not None else InProcessHostLimiter(config)
        self.gate = PriorityGate(config.max_concurrency)
        self.requests = 0
        # Requests each host has been let through the global gate with, so far.
        self.asked: Counter[str] = Counter()
        # Which waiting request goes first when the global gate is full (see PriorityGate): the
        # host asked least so far (the hosts that bound the run pass anyway: ``critical``). Every
        # host then makes progress from the start, as a crawler's frontier turns through its host
        # queues, and a slow page on a small host is asked early rather than after the big hosts'
        # queues: a run ends with its slowest pages. On the 800-URL end-to-end benchmark
        # (benchmarks/e2e.py, in turn on one web, three runs each, a loaded machine) the last of
        # the web's 3-second pages began 1.63 s after the first request instead of 1.96 s with the
        # host of the largest backlog first (the rule before), and the fetch spanned 4.71 s
        # instead of 5.03 s.
        self.priority: Callable[[str], float] = lambda host: -float(self.asked[host])
        # Whether a host's requests pass even those that waited long at the gate (see PriorityGate).
        self.critical: Callable[[str], bool] = lambda host: False
        base = config.backoff_base
        self._backoff = wait_exponential_jitter(multiplier=base, max=max(base * 16, 0.001), jitter=base)

    @property
    def link_deadline(self) -> float:
        """Seconds one link may take in all, retries and redirects included."""
        return self.config.link_deadline or self.config.timeout * LINK_DEADLINE_FACTOR

    async def __aenter__(self) -> FetchSession:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self.transport.aclose()

    # -- one request ---------------------------------------------------------------------

    async def _attempt(
        self,
        url: str,
        headers: httpx.Headers,
        policy: BodyPolicy,
        jar: httpx.Cookies | None,
        urgent: bool,
        clock: LinkClock,
    ) -> Exchange:
        host = host_of(url)
        exchange = Exchange(url=url)
        priority = self.priority(host) + (URGENT if urgent else 0.0)
        ahead = urgent or self.critical(host)
        async with self.limiter.slot(host), self.gate.hold(priority, ahead=ahead):
            self.asked[host] += 1
            clock.start()
            budget = min(self.config.timeout, clock.remaining())
            if budget <= 0:
                exchange.verdict = deadline_verdict(clock)
                return exchange
            self.requests += 1
            started = time.monotonic()
            with capture_transport_errors() as failure:
                request = httpx.Request(
                    "GET", parsed_url(url), headers=headers, extensions={"timeout": self._timeouts}
                )
                if jar:
                    jar.set_cookie_header(request)
                exchange.sent_headers = request.headers
                async with asyncio.timeout(budget):
                    response = await self.transport.handle_async_request(request)
                    response.request = request
                    try:
                        self._take_head(exchange, response, jar)
                        await self._take_body(exchange, response, policy)
                    finally:
                        await response.aclose()
            exchange.elapsed = time.monotonic() - started
        exchange.read.finish()
        if failure.verdict is not None and exchange.status is None:
            exchange.verdict = failure.verdict
            if failure.verdict.kind == "timeout" and clock.remaining() <= 0:
                exchange.verdict = deadline_verdict(clock)
            return exchange
        exchange.body_failure = failure.verdict
        if not exchange.is_redirect:
            exchange.verdict = self._judge(exchange, host)
            retry_after = exchange.verdict.retry_after if exchange.status in (429, 503) else None
            await self.limiter.answered(
                host, None if retry_after is None else min(retry_after, self.config.retry_after_cap)
            )
        return exchange

    def _take_head(self, exchange: Exchange, response: httpx.Response, jar: httpx.Cookies | None) -> None:
        exchange.status = response.status_code
        exchange.reason = response.reason_phrase
        exchange.http_version = response.http_version
        exchange.headers = response.headers
        exchange.fields = fields = header_fields(response.headers)
        location = fields.get("location")
        exchange.location = location.strip() if location and location.strip() else None
        # Cookies only matter for the next hop of a redirect (and the cookie jar is slow).
        if jar is not None and exchange.is_redirect and "set-cookie" in fields:
            jar.extract_cookies(response)

    async def _take_body(self, exchange: Exchange, response: httpx.Response, policy: BodyPolicy) -> None:
        status = response.status_code
        if exchange.is_redirect:
            # Drain a small redirect body so the connection can be reused; never keep it. An
            # HTTP/2 stream's end is framed, so one without a length is drained (within the cap) too.
            length = exchange.fields.get("content-length")
            if (length is None and response.http_version == "HTTP/2") or (
                length is not None and length.isdigit() and int(length) <= REDIRECT_DRAIN_BYTES
            ):
                async with _raw_chunks(response) as chunks:
                    await read_capped(chunks, None, REDIRECT_DRAIN_BYTES, BodyRead())
            return
        if not (policy.any_type or is_kept_type(exchange.content_type)):
            return
        cap = policy.cap if 200 <= status < 300 else min(policy.cap, policy.error_cap)
        exchange.body_read = True
        async with _raw_chunks(response) as chunks:
            await read_capped(chunks, exchange.fields.get("content-encoding"), cap, exchange.read)

    def _judge(self, exchange: Exchange, host: str) -> Verdict:
        assert exchange.status is not None
        if exchange.body_read and exchange.is_page:
            exchange.page = read_page(exchange.read.body, charset_of(exchange.content_type))
        return classify_status(
            exchange.status,
            exchange.fields,
            page=exchange.page,
            body=exchange.read.body,
            accepted=accepted_statuses(self.config, host),
            retry_after_cap=self.config.retry_after_cap,
        )

    def _wait(self, state: RetryCallState) -> float:
        """Retry-After when the server gave one (capped), else exponential backoff with jitter."""
        assert state.outcome is not None
        exchange: Exchange = state.outcome.result()
        if exchange.verdict.retry_after is not None:
            return min(exchange.verdict.retry_after, self.config.retry_after_cap)
        return float(self._backoff(state))

    async def request(
        self,
        url: str,
        *,
        headers: Mapping[str, str] | None = None,
        policy: BodyPolicy,
        jar: httpx.Cookies | None = None,
        retries: int | None = None,
        urgent: bool = False,
        clock: LinkClock | None = None,
    ) -> Exchange:
        """GET ``url`` once, retrying while the verdict is retryable; the last exchange is returned.

        ``urgent`` requests (and every retry) pass others waiting at the global gate: their link
        has already spent its time, and others may be waiting on it. No retry starts, and no wait
        is begun, that the link's ``clock`` has no time left for.
        """
        clock = clock or LinkClock(self.link_deadline)
        merged = self._headers
        extra = host_settings(self.config, host_of(url)).headers
        if extra or headers:
            merged = merged.copy()
            merged.update(extra)
            merged.update(headers or {})
        attempts = 0
        elapsed = 0.0

        async def attempt() -> Exchange:
            nonlocal attempts, elapsed
            attempts += 1
            exchange = await self._attempt(url, merged, policy, jar, urgent or attempts > 1, clock)
            elapsed += exchange.elapsed
            return exchange

        # Most first answers are final: tenacity (whose every round wraps each of its callbacks
        # anew) is entered only for a link whose first answer asks to be retried, and is handed
        # that answer as its first attempt, so its stop and wait rules see the same history.
        first = await attempt()
        if not first.verdict.retryable:
            return self._finished(first, attempts, elapsed)
        answered: list[Exchange] = [first]

        async def again() -> Exchange:
            return answered.pop() if answered else await attempt()

        # No host slot or gate place is held while tenacity waits: the host serves other links.
        retrying = AsyncRetrying(
            stop=stop_any(
                stop_after_attempt((self.config.retries if retries is None else retries) + 1),
                _OutOfTime(clock),
            ),
            wait=self._wait,
            retry=retry_if_result(lambda exchange: exchange.verdict.retryable),
            retry_error_callback=lambda state: state.outcome.result() if state.outcome else None,
            sleep=_retry_sleep,
        )
        exchange: Exchange = await retrying(again)
        return self._finished(exchange, attempts, elapsed)

    @staticmethod
    def _finished(exchange: Exchange, attempts: int, elapsed: float) -> Exchange:
        exchange.attempts = attempts
        exchange.elapsed = elapsed
        exchange.verdict = exchange.verdict.final()
        return exchange

    # -- a redirect chain ----------------------------------------------------------------

    async def follow(
        self,
        url: str,
        *,
        policy: BodyPolicy,
        headers: Mapping[str, str] | None = None,
        first_headers: Mapping[str, str] | None = None,
        retries: int | None = None,
        urgent: bool = False,
        deadline: float | None = None,
        stop_before: Callable[[str], Verdict | None] | None = None,
        refresh: bool = False,
    ) -> Chain:
        """GET ``url`` and follow its redirects by hand, up to ``config.max_redirects`` hops.

        With ``refresh``, a 2xx page whose ``<meta http-equiv="refresh">`` sends the reader on at
        once (:mod:`citecheck.fetch.refresh`) is a hop too, as a browser takes it: redirect stubs
        of static sites answer 200 with one.

        A loop — the same URL asked again with the same cookies — and a chain longer than the
        limit both end as ``unreachable`` (``redirect-loop`` / ``too-many-redirects``): a reader's
        browser gives up on them too, but the page may well exist, so neither is called dead.
        ``stop_before(next_url)`` may end the chain before a hop is asked for, with the verdict it
        gives: when the redirect's target alone says the page is gone (a deep link sent to the
        site's home page: ``soft-404``) or stands in front of it (a cookie-consent page:
        ``blocked``), that page is not fetched.
        """
        chain = Chain(start=url)
        clock = LinkClock(self.link_deadline if deadline is None else deadline)
        jar = httpx.Cookies()
        seen = {(url, "")}
        current = url
        for index in range(self.config.max_redirects + 1):
            extra = dict(headers or {})
            if index == 0:
                extra.update(first_headers or {})
            exchange = await self.request(
                current,
                headers=extra,
                policy=policy,
                jar=jar,
                retries=retries,
                urgent=urgent or index > 0,
                clock=clock,
            )
            chain.attempts += exchange.attempts
            chain.elapsed += exchange.elapsed
            moved = None if exchange.is_redirect or not refresh else _refreshed(exchange, jar)
            if not exchange.is_redirect and moved is None:
                chain.final = exchange
                chain.verdict = exchange.verdict
                return chain
            assert exchange.status is not None
            if moved is not None:
                target = moved.url
                chain.hops.append(
                    Hop(
                        url=current,
                        status=exchange.status,
                        location=target,
                        refresh_delay=None if moved.scripted else moved.delay,
                        scripted=moved.scripted,
                    )
                )
            else:
                assert exchange.location is not None
                with capture_transport_errors() as failure:
                    target = str(httpx.URL(current).join(exchange.location))
                if failure.verdict is not None:
                    chain.hops.append(Hop(url=current, status=exchange.status, location=exchange.location))
                    chain.verdict = Verdict(
                        "unreachable", "invalid-redirect", f"bad Location {exchange.location!r}"
                    )
                    return chain
                chain.hops.append(Hop(url=current, status=exchange.status, location=target))
            if not target.startswith(("http://", "https://")):
                chain.verdict = Verdict("unreachable", "invalid-redirect", f"redirected to {target!r}")
                return chain
            unusable = unusable_address(target)
            if unusable is not None:
                chain.verdict = Verdict(
                    "unreachable", "invalid-redirect", f"redirected to {target!r}: {unusable}"
                )
                return chain
            stopped = stop_before(target) if stop_before is not None else None
            if stopped is not None:
                chain.verdict = stopped
                return chain
            key = (target, "; ".join(sorted(f"{c.name}={c.value}" for c in jar.jar)))
            if key in seen:
                chain.verdict = Verdict("unreachable", "redirect-loop", f"redirect loop back to {target}")
                return chain
            seen.add(key)
            current = target
        chain.verdict = Verdict(
            "unreachable", "too-many-redirects", f"more than {self.config.max_redirects} redirects"
        )
        return chain

    # -- the helper for other stages -----------------------------------------------------

    async def get(
        self,
        url: str,
        *,
        params: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        max_bytes: int | None = None,
    ) -> Reply:
        """GET ``url`` (with query ``params``) politely, following redirects; never raises.

        For APIs such as the Wayback CDX server: every content type is read (up to ``max_bytes``,
        default ``config.max_body_bytes``), a failure comes back as ``Reply.error``, and the host's
        rate and concurrency limits from the configuration apply.
        """
        with capture_transport_errors() as failure:
            url = str(httpx.URL(url, params=dict(params or {})))
        if failure.verdict is not None:
            return Reply(url, None, httpx.Headers(), b"", failure.verdict.error, 0)
        cap = max_bytes or self.config.max_body_bytes
        chain = await self.follow(
            url, policy=BodyPolicy(cap=cap, error_cap=cap, any_type=True), headers=headers
        )
        final = chain.final
        error = None if chain.verdict.state == "alive" else chain.verdict.error
        if final is None:
            return Reply(chain.final_url, None, httpx.Headers(), b"", error, chain.attempts)
        return Reply(final.url, final.status, final.headers, final.read.body, error, chain.attempts)
