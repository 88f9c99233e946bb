"""The run's HTTP plumbing: the pooled, HTTP/2-capable transport behind the SSRF guard, with the
headers and timeouts every request carries, and a client built on it for the stages that use one.

The fetcher sends straight to :func:`make_transport`'s transport and follows redirects by hand,
hop by hop; :func:`make_client`'s client follows none either. Cookies are not kept across links
(each redirect chain gets its own jar), and proxies from the environment are ignored (the guard
must see the real destination, not a proxy's address).
"""

from __future__ import annotations

import functools
import ssl
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from http.cookiejar import CookieJar, DefaultCookiePolicy
from urllib.parse import urlsplit

import httpcore
import httpx

from citecheck.config import Config
from citecheck.fetch.body import accept_encoding
from citecheck.fetch.guard import (
    BAD_PORTS,
    AddressPolicy,
    CachingResolver,
    GuardedBackend,
    Resolver,
    allow_any_address,
    is_public_address,
)

ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,application/pdf;q=0.8,*/*;q=0.5"
ACCEPT_LANGUAGE = "en;q=0.9,*;q=0.5"
KEEPALIVE_SECONDS = 10.0


def default_headers(config: Config) -> dict[str, str]:
    """Headers every request carries (per-host ``headers`` from the config are added per request)."""
    return {
        "User-Agent": config.user_agent,
        "Accept": ACCEPT,
        "Accept-Language": ACCEPT_LANGUAGE,
        "Accept-Encoding": accept_encoding(),
    }


@functools.cache
def default_ssl_context() -> ssl.SSLContext:
    """The verifying SSL context (certifi's bundle), made once per process and shared by every
    transport: loading the CA bundle costs ~40 ms of CPU, and a run builds a transport for the
    fetch and another for the archive stage's Wayback client."""
    return httpx.create_ssl_context(verify=True, trust_env=False)


class _OriginTransport(httpx.AsyncHTTPTransport):
    """httpx's transport over one origin's connection pool, whose sockets go through the guard.

    httpx does not take a network backend, so the pool it builds is replaced by an identical one
    built with httpcore's public constructor plus ``network_backend``. tests/fetch/test_guard.py
    pins this against the real wire.
    """

    def __init__(
        self,
        ssl_context: ssl.SSLContext,
        backend: httpcore.AsyncNetworkBackend,
        *,
        http2: bool,
        limits: httpx.Limits,
        local_address: str | None = None,
    ) -> None:
        super().__init__(verify=ssl_context, http2=http2, limits=limits, trust_env=False)
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=ssl_context,
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            http1=True,
            http2=http2,
            network_backend=backend,
            local_address=local_address,
        )


class _WatchedBody(httpx.AsyncByteStream):
    """A response body that reports, when closed, whether it was read to its end."""

    def __init__(self, inner: httpx.AsyncByteStream, closed: Callable[[bool], Awaitable[None]]) -> None:
        self._inner = inner
        self._closed = closed
        self._complete = False
        self._reported = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._inner:
            yield chunk
        self._complete = True

    async def aclose(self) -> None:
        try:
            await self._inner.aclose()
        finally:
            if not self._reported:
                self._reported = True
                await self._closed(self._complete)


@dataclass(eq=False)
class _OriginPool:
    transport: _OriginTransport
    in_use: int = 0  # requests sent and responses not yet closed
    retired: bool = False


class GuardedTransport(httpx.AsyncBaseTransport):
    """Pooled, HTTP/2-capable transport: one connection pool per origin, every connection vetted.

    Why a pool per origin: httpcore's pool scans every connection it holds on each request and
    each release, so one pool shared by hundreds of hosts spends more time scanning than the
    network takes. Per origin, a pool holds no more than the host's few connections. The SSL
    context (loading the CA bundle is slow) and the guarded backend (its DNS cache) are shared.

    Why an origin's pool is retired after an HTTP/2 body is left unread (a capped page, a type
    we do not read): httpcore forgets such a stream without resetting it (encode/httpcore#943),
    so the data the server keeps sending is never credited back to the connection's flow-control
    window. A few capped bodies exhaust it, and every later page on that connection stalls until
    the timeout. New requests go to a fresh pool; the old one is closed, which ends the
    abandoned stream, once the responses still open on it are done.
    """

    def __init__(
        self,
        config: Config,
        *,
        verify: ssl.SSLContext | bool = True,
        resolver: Resolver | None = None,
        address_allowed: AddressPolicy | None = None,
        local_address: str | None = None,
    ) -> None:
        if address_allowed is None:
            address_allowed = allow_any_address if config.allow_private else is_public_address
        self.resolver = resolver or CachingResolver()
        self._ssl_context = (
            default_ssl_context()
            if verify is True
            else httpx.create_ssl_context(verify=verify, trust_env=False)
        )
        # Other protocols' ports are refused where the run may reach other people's machines only:
        # --allow-private is an operator's run against their own (tests ask ports 1 and 9 to be refused).
        bad_ports = frozenset() if config.allow_private else BAD_PORTS
        self._backend = GuardedBackend(self.resolver, address_allowed, bad_ports=bad_ports)
        self._http2 = config.http2
        # The host limiter keeps requests per host within max_per_host; the pool only needs room
        # for them, and never more than the run's whole concurrency.
        self._limits = httpx.Limits(
            max_connections=config.max_concurrency,
            max_keepalive_connections=config.max_concurrency,
            keepalive_expiry=KEEPALIVE_SECONDS,
        )
        # A fleet worker's --source-address: every connection leaves from it.
        self._local_address = local_address
        self._pools: dict[tuple[bytes, bytes, int | None], _OriginPool] = {}
        self._retired: set[_OriginPool] = set()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        origin = (request.url.raw_scheme, request.url.raw_host, request.url.port)
        pool = self._pools.get(origin)
        if pool is None:
            transport = _OriginTransport(
                self._ssl_context,
                self._backend,
                http2=self._http2,
                limits=self._limits,
                local_address=self._local_address,
            )
            pool = self._pools[origin] = _OriginPool(transport)
        pool.in_use += 1
        try:
            response = await pool.transport.handle_async_request(request)
        except BaseException:
            await self._release(pool)
            raise
        if not isinstance(response.stream, httpx.AsyncByteStream):
            await self._release(pool)
            return response
        http2 = response.extensions.get("http_version") == b"HTTP/2"

        async def closed(complete: bool) -> None:
            if http2 and not complete and not pool.retired:
                pool.retired = True
                self._retired.add(pool)
                if self._pools.get(origin) is pool:
                    del self._pools[origin]
            await self._release(pool)

        response.stream = _WatchedBody(response.stream, closed)
        return response

    async def _release(self, pool: _OriginPool) -> None:
        pool.in_use -= 1
        if pool.retired and pool.in_use == 0 and pool in self._retired:
            self._retired.discard(pool)
            await pool.transport.aclose()

    async def aclose(self) -> None:
        pools = [*self._pools.values(), *self._retired]
        self._pools, self._retired = {}, set()
        for pool in pools:
            await pool.transport.aclose()


def make_transport(
    config: Config,
    *,
    verify: ssl.SSLContext | bool = True,
    resolver: Resolver | None = None,
    address_allowed: AddressPolicy | None = None,
    local_address: str | None = None,
) -> GuardedTransport:
    """The default transport: pooled, HTTP/2 when ``config.http2``, every connection vetted.

    ``address_allowed`` overrides the address policy (default: public addresses only, or every
    address with ``config.allow_private``); ``resolver`` replaces getaddrinfo (tests use both);
    ``local_address`` is the source address of every connection (a fleet worker's location).
    """
    return GuardedTransport(
        config,
        verify=verify,
        resolver=resolver,
        address_allowed=address_allowed,
        local_address=local_address,
    )


def make_timeout(config: Config) -> httpx.Timeout:
    """httpx's per-phase timeouts from the configuration (the fetcher adds a total deadline)."""
    return httpx.Timeout(
        config.timeout,
        connect=config.connect_timeout,
        read=config.read_timeout,
        write=config.read_timeout,
        pool=config.timeout,
    )


@functools.lru_cache(maxsize=4096)
def parsed_url(url: str) -> httpx.URL:
    """``url`` as httpx parses it, once per run's URL: a link's validity check, its first request
    and each retry share one parse (httpx checks every character of a URL on each parse, which was
    a tenth of the fetch stage's CPU per request). httpx URLs are immutable, so sharing is safe.
    Raises what ``httpx.URL`` raises."""
    return httpx.URL(url)


def unusable_address(url: str) -> str | None:
    """Why an http(s) ``url`` that parses cannot be asked for at all, if it cannot: a port out of
    range (the socket refuses it) or a host whose IDNA labels do not decode ("xn--a.example";
    httpx decodes them only as a request is built). Both had ended a link as "internal-error" with
    a traceback on stderr, the port one reached through a redirect (session 42)."""
    try:
        port = urlsplit(url).port
    except ValueError as exc:
        return f"malformed URL ({exc})"
    if port == 0:
        return "port 0"
    try:
        parsed_url(url).host  # noqa: B018 - decoding the host is the check
    except (UnicodeError, httpx.InvalidURL) as exc:
        return f"invalid host name ({exc})"
    return None


def request_headers(config: Config) -> httpx.Headers:
    """The headers :func:`make_client`'s client sends on every request, for senders without a client."""
    headers = httpx.Headers({"Connection": "keep-alive"})
    headers.update(default_headers(config))
    return headers


def make_client(config: Config, *, transport: httpx.AsyncBaseTransport | None = None) -> httpx.AsyncClient:
    """A client for the stages that use one (Wayback, the audit's sources). Pass ``transport`` to
    replace the network (tests, mocks); otherwise the guarded default from :func:`make_transport`
    is used. It keeps no cookies: nothing one link sets may be sent with another."""
    return httpx.AsyncClient(
        transport=transport if transport is not None else make_transport(config),
        headers=default_headers(config),
        timeout=make_timeout(config),
        follow_redirects=False,
        trust_env=False,
        # A bare CookieJar, not httpx.Cookies: the client copies an httpx.Cookies into a new jar
        # with the default policy, which would accept every cookie after all.
        cookies=CookieJar(policy=DefaultCookiePolicy(allowed_domains=[])),
    )
