"""SSRF guard: resolve every host ourselves and connect only to addresses the policy allows.

Why a network backend and not a check before each request: a check-then-connect leaves a window
in which the name can resolve differently (DNS rebinding: public on the check, 127.0.0.1 on the
connect). :class:`GuardedBackend` sits under httpcore's connection pool, so the address we vet is
the very address the socket connects to — on the first request and on every redirect hop that
opens a connection. A keep-alive connection is reused only for the origin it was opened (and
vetted) for, and TLS still verifies the certificate against the host name, because httpcore passes
the origin's name as SNI when it starts TLS over our already-connected stream.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import time
from collections.abc import Awaitable, Callable, Iterable, Sequence
from typing import Any, Protocol

import httpcore

from citecheck.fetch.sockets import AsyncioBackend

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
AddressPolicy = Callable[[IPAddress], bool]

# getaddrinfo codes that mean "this name does not exist" (an answer), as opposed to "could not
# ask" (EAI_AGAIN, EAI_FAIL: our resolver or the network is in trouble).
_NAME_DOES_NOT_EXIST = frozenset(
    code
    for code in (getattr(socket, "EAI_NONAME", None), getattr(socket, "EAI_NODATA", None))
    if code is not None
)

DNS_CACHE_SECONDS = 120.0


class PrivateAddressBlocked(httpcore.ConnectError):
    """The host resolves only to addresses the policy refuses (private, loopback, …)."""

    def __init__(self, host: str, addresses: Iterable[IPAddress]) -> None:
        listed = ", ".join(str(a) for a in addresses)
        where = f"{host} is" if listed == host.strip("[]") else f"{host} resolves to"
        super().__init__(f"{where} a non-public address ({listed}); use --allow-private to check it")
        self.host = host


# Ports no browser sends a request to (the WHATWG Fetch standard's "bad port" list): other
# protocols' (SMTP, IRC, FTP, NFS, SIP, …), which a line of HTTP can be made to speak to. A
# document's links are anyone's to write, and the service fetches what it is sent: a link to
# "http://mail.example.org:25/" must not turn the checker into a mail client for them (session 42).
BAD_PORTS = frozenset(
    (1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102,
     103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465,
     512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993,
     995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668,
     6669, 6679, 6697, 10080)
)  # fmt: skip


class BadPortBlocked(httpcore.ConnectError):
    """The port is one no browser sends a request to (:data:`BAD_PORTS`)."""

    def __init__(self, host: str, port: int) -> None:
        super().__init__(f"port {port} of {host} is another protocol's; browsers do not request it either")
        self.host = host
        self.port = port


class NameResolutionFailed(httpcore.ConnectError):
    """getaddrinfo failed for the host; ``missing`` says the name does not exist (NXDOMAIN)."""

    def __init__(self, host: str, error: socket.gaierror) -> None:
        super().__init__(f"cannot resolve {host}: {error.strerror or error}")
        self.host = host
        self.code = error.errno
        self.missing = error.errno in _NAME_DOES_NOT_EXIST


# Special-purpose blocks that no public site is on, which ``ipaddress`` calls global in some Python
# releases (3.11.7, this project's, does for all three; IANA's special-purpose registries do not):
# 192.0.0.0/24, IETF protocol assignments (192.0.0.8 is the dummy address); fec0::/10, the
# deprecated site-local block a network may still route inside; 2002::/16, 6to4, whose addresses
# carry an IPv4 address ("2002:7f00:1::" is 127.0.0.1's) that a 6to4 relay forwards to (Python
# 3.12.4 made the whole block private, as here); 3fff::/20, documentation (RFC 9637).
_NOT_PUBLIC = tuple(
    ipaddress.ip_network(block) for block in ("192.0.0.0/24", "fec0::/10", "2002::/16", "3fff::/20")
)


def is_public_address(address: IPAddress) -> bool:
    """True for addresses on the public internet; False for private, loopback, link-local, etc."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    if any(address in block for block in _NOT_PUBLIC):
        return False
    return not (
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
        or not address.is_global
    )


def allow_any_address(address: IPAddress) -> bool:
    """The policy of ``--allow-private``: every address may be contacted."""
    return True


class Resolver(Protocol):
    """Turns a host name into addresses; raises :class:`NameResolutionFailed`."""

    async def resolve(self, host: str, port: int) -> list[IPAddress]: ...


# (family, type, proto, canonname, sockaddr) tuples, as socket.getaddrinfo returns them.
GetAddrInfo = Callable[[str, int], Awaitable[Sequence[tuple[Any, ...]]]]


class CachingResolver:
    """getaddrinfo through the event loop, with a per-run cache and one lookup in flight per name.

    Failures are cached too: a run citing a dead domain fifty times asks once. The cache belongs to
    the client of one run (no module global), so a long-lived service does not keep stale answers.
    """

    def __init__(self, getaddrinfo: GetAddrInfo | None = None, ttl: float = DNS_CACHE_SECONDS) -> None:
        self._getaddrinfo = getaddrinfo
        self._ttl = ttl
        self._cache: dict[str, tuple[float, list[IPAddress] | socket.gaierror]] = {}
        self._inflight: dict[str, asyncio.Future[list[IPAddress]]] = {}

    async def resolve(self, host: str, port: int) -> list[IPAddress]:
        literal = _literal_address(host)
        if literal is not None:
            return [literal]
        key = host.lower()
        cached = self._cache.get(key)
        if cached is not None and cached[0] > time.monotonic():
            if isinstance(cached[1], socket.gaierror):
                raise NameResolutionFailed(host, cached[1])
            return cached[1]
        pending = self._inflight.get(key)
        if pending is not None:
            return await asyncio.shield(pending)
        future: asyncio.Future[list[IPAddress]] = asyncio.get_running_loop().create_future()
        self._inflight[key] = future
        try:
            addresses = await self._lookup(host, port)
        except NameResolutionFailed as exc:
            if isinstance(exc.__cause__, socket.gaierror):
                self._cache[key] = (time.monotonic() + self._ttl, exc.__cause__)
            future.set_exception(exc)
            future.exception()  # mark retrieved: waiters re-raise it, nobody else must
            raise
        except BaseException as exc:
            future.set_exception(exc)
            future.exception()
            raise
        finally:
            self._inflight.pop(key, None)
        self._cache[key] = (time.monotonic() + self._ttl, addresses)
        future.set_result(addresses)
        return addresses

    async def _lookup(self, host: str, port: int) -> list[IPAddress]:
        infos: Sequence[tuple[Any, ...]]
        try:
            if self._getaddrinfo is not None:
                infos = await self._getaddrinfo(host, port)
            else:
                infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except socket.gaierror as exc:
            raise NameResolutionFailed(host, exc) from exc
        addresses: list[IPAddress] = []
        for _family, _type, _proto, _canon, sockaddr in infos:
            address = ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0])
            if address not in addresses:
                addresses.append(address)
        if not addresses:
            empty = socket.gaierror(socket.EAI_NONAME, "no addresses")
            raise NameResolutionFailed(host, empty) from empty
        return addresses


def _literal_address(host: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """An httpcore network backend that resolves, vets and pins the address of every connection."""

    def __init__(
        self,
        resolver: Resolver,
        allowed: AddressPolicy,
        inner: httpcore.AsyncNetworkBackend | None = None,
        *,
        bad_ports: frozenset[int] = BAD_PORTS,
    ) -> None:
        self._resolver = resolver
        self._allowed = allowed
        self._bad_ports = bad_ports
        self._inner = inner or AsyncioBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        if port in self._bad_ports:
            raise BadPortBlocked(host, port)
        deadline = None if timeout is None else time.monotonic() + timeout
        try:
            async with asyncio.timeout(timeout):
                addresses = await self._resolver.resolve(host, port)
        except TimeoutError as exc:
            raise httpcore.ConnectTimeout(f"resolving {host} took longer than {timeout}s") from exc
        vetted = [a for a in addresses if self._allowed(a)]
        if not vetted:
            raise PrivateAddressBlocked(host, addresses)
        last_error: Exception | None = None
        for address in vetted:
            remaining = None if deadline is None else max(0.001, deadline - time.monotonic())
            try:
                return await self._inner.connect_tcp(
                    str(address),
                    port,
                    timeout=remaining,
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last_error = exc
        assert last_error is not None
        raise last_error

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError("unix sockets are not used for checking links")

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)
