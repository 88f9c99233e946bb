"""The run's one ``httpx.AsyncClient``: pooling, HTTP/2, timeouts, headers, and the SSRF guard.

Redirects are not followed by the client (the fetcher follows them by hand, hop by hop), cookies
are not kept across links (each link's redirect chain gets its own jar), and proxies from the
environment are ignored (the guard must see the real destination, not a proxy's address).
"""

from __future__ import annotations

import ssl
from http.cookiejar import CookieJar, DefaultCookiePolicy

import httpcore
import httpx

from citecheck.config import Config
from citecheck.fetch.body import accept_encoding
from citecheck.fetch.guard import (
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
        )


class GuardedTransport(httpx.AsyncBaseTransport):
    """Pooled, HTTP/2-capable transport: one connection pool per origin, every connection vetted.

    Why a pool per origin: httpcore's pool scans every connection it holds on each request and
    each release, so one pool shared by hundreds of hosts spends more time scanning than the
    network takes. Per origin, a pool holds no more than the host's few connections. The SSL
    context (loading the CA bundle is slow) and the guarded backend (its DNS cache) are shared.
    """

    def __init__(
        self,
        config: Config,
        *,
        verify: ssl.SSLContext | bool = True,
        resolver: Resolver | None = None,
        address_allowed: AddressPolicy | None = None,
    ) -> None:
        if address_allowed is None:
            address_allowed = allow_any_address if config.allow_private else is_public_address
        self.resolver = resolver or CachingResolver()
        self._ssl_context = httpx.create_ssl_context(verify=verify, trust_env=False)
        self._backend = GuardedBackend(self.resolver, address_allowed)
        self._http2 = config.http2
        # The host limiter keeps requests per host within max_per_host; the pool only needs room
        # for them, and never more than the run's whole concurrency.
        self._limits = httpx.Limits(
            max_connections=config.max_concurrency,
            max_keepalive_connections=config.max_concurrency,
            keepalive_expiry=KEEPALIVE_SECONDS,
        )
        self._pools: dict[tuple[bytes, bytes, int | None], _OriginTransport] = {}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        origin = (request.url.raw_scheme, request.url.raw_host, request.url.port)
        pool = self._pools.get(origin)
        if pool is None:
            pool = _OriginTransport(self._ssl_context, self._backend, http2=self._http2, limits=self._limits)
            self._pools[origin] = pool
        return await pool.handle_async_request(request)

    async def aclose(self) -> None:
        pools, self._pools = list(self._pools.values()), {}
        for pool in pools:
            await pool.aclose()


def make_transport(
    config: Config,
    *,
    verify: ssl.SSLContext | bool = True,
    resolver: Resolver | None = None,
    address_allowed: AddressPolicy | None = None,
) -> GuardedTransport:
    """The default transport: pooled, HTTP/2 when ``config.http2``, every connection vetted.

    ``address_allowed`` overrides the address policy (default: public addresses only, or every
    address with ``config.allow_private``); ``resolver`` replaces getaddrinfo (tests use both).
    """
    return GuardedTransport(config, verify=verify, resolver=resolver, address_allowed=address_allowed)


def _no_cookies() -> httpx.Cookies:
    # A jar that refuses every cookie: the client must not carry cookies from one link to another.
    return httpx.Cookies(CookieJar(policy=DefaultCookiePolicy(allowed_domains=[])))


def make_client(config: Config, *, transport: httpx.AsyncBaseTransport | None = None) -> httpx.AsyncClient:
    """The run's client. Pass ``transport`` to replace the network (tests, mocks); otherwise the
    guarded default from :func:`make_transport` is used."""
    return httpx.AsyncClient(
        transport=transport if transport is not None else make_transport(config),
        headers=default_headers(config),
        timeout=httpx.Timeout(
            config.timeout,
            connect=config.connect_timeout,
            read=config.read_timeout,
            write=config.read_timeout,
            pool=config.timeout,
        ),
        follow_redirects=False,
        trust_env=False,
        cookies=_no_cookies(),
    )
