"""The ``--queue`` URL: where the fleet's Redis is, and the fleet's timings (key prefix, heartbeats).

``redis://HOST:PORT/DB`` plus optional query parameters that are the fleet's, not Redis's:
``prefix`` (every key and queue name starts with it; tests give each run its own),
``heartbeat_ms`` (a worker silent this long is dead and its tasks are redelivered),
``maintenance`` (how many broker commands in a million look for dead workers; more = faster
redelivery, slightly more Redis work), ``stall_s`` (a waiting client that sees no progress this long
sends the missing work again: what a Redis restart lost comes back), ``lease_s`` (a host slot held
by a worker that died is free again after this long).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from citecheck import lazyre
from citecheck.errors import ConfigError

DEFAULT_PREFIX = "citecheck"
# Dramatiq's default is 60 s; a worker renews its heartbeat every third of it (see engine).
DEFAULT_HEARTBEAT_MS = 60_000
# Dramatiq's default is 1,000 per million commands: with a handful of idle consumers polling about
# once a second, a dead worker's tasks would wait ~15 minutes. 20,000 (2 %) brings that under a minute.
DEFAULT_MAINTENANCE = 20_000
DEFAULT_STALL_SECONDS = 120.0
# Leases are renewed every third of this; longer than any pause between renewals a busy loop makes.
DEFAULT_LEASE_SECONDS = 30.0
_PREFIX = lazyre.compile(r"^[A-Za-z_][A-Za-z0-9_.-]{0,60}$")
_LOCATION = lazyre.compile(r"^[A-Za-z0-9_-]{1,40}$")
_FLEET_PARAMS = ("prefix", "heartbeat_ms", "maintenance", "stall_s", "lease_s")


@dataclass(frozen=True)
class QueueSettings:
    """A parsed ``--queue`` URL."""

    redis_url: str
    prefix: str = DEFAULT_PREFIX
    heartbeat_ms: int = DEFAULT_HEARTBEAT_MS
    maintenance: int = DEFAULT_MAINTENANCE
    stall_seconds: float = DEFAULT_STALL_SECONDS
    lease_seconds: float = DEFAULT_LEASE_SECONDS

    def key(self, *parts: str) -> str:
        """A Redis key of this fleet."""
        return ":".join((self.prefix, "fleet", *parts))


def parse_queue_url(url: str) -> QueueSettings:
    """Read a ``--queue`` URL; :class:`ConfigError` (one clear line) when it is not one."""
    parts = urlsplit(url)
    if parts.scheme not in ("redis", "rediss"):
        raise ConfigError(f"--queue must be a redis:// URL (redis://HOST:PORT/DB): got {url!r}")
    if not parts.hostname:
        raise ConfigError(f"--queue {url!r} names no host")
    try:
        _ = parts.port
    except ValueError as exc:
        raise ConfigError(f"--queue {url!r}: {exc}") from None
    ours: dict[str, str] = {}
    theirs: list[tuple[str, str]] = []
    for name, value in parse_qsl(parts.query, keep_blank_values=True):
        if name in _FLEET_PARAMS:
            ours[name] = value
        else:
            theirs.append((name, value))
    redis_url = urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(theirs), ""))
    prefix = ours.get("prefix", DEFAULT_PREFIX)
    if not _PREFIX.match(prefix):
        raise ConfigError(f"--queue prefix {prefix!r}: letters, digits, '_', '.', '-' only")
    try:
        heartbeat = int(ours.get("heartbeat_ms", DEFAULT_HEARTBEAT_MS))
        maintenance = int(ours.get("maintenance", DEFAULT_MAINTENANCE))
        stall = float(ours.get("stall_s", DEFAULT_STALL_SECONDS))
        lease = float(ours.get("lease_s", DEFAULT_LEASE_SECONDS))
    except ValueError as exc:
        raise ConfigError(f"--queue {url!r}: {exc}") from None
    if heartbeat < 200 or not 0 <= maintenance <= 1_000_000 or stall <= 0 or lease < 0.5:
        raise ConfigError(
            f"--queue {url!r}: heartbeat_ms >= 200, 0 <= maintenance <= 1000000, stall_s > 0, lease_s >= 0.5"
        )
    return QueueSettings(redis_url, prefix, heartbeat, maintenance, stall, lease)


def check_location(location: str) -> str:
    """A worker location name, as used in queue names: letters, digits, '_' and '-'."""
    if not _LOCATION.match(location):
        raise ConfigError(f"--location {location!r}: 1-40 letters, digits, '_' or '-'")
    return location
