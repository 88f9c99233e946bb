"""Per-host politeness shared by every worker: a :class:`~citecheck.fetch.limiter.HostLimiter` in Redis.

Each host has, under the fleet's prefix:

* ``…:host:<h>:slots`` — a sorted set of leases (token → expiry, Redis clock, ms). A worker holds
  one per request in flight and renews its leases every third of the lease time; a worker killed
  while holding slots stops renewing, and its leases lapse after ``lease_seconds`` — the host is
  never locked out for longer than that.
* ``…:host:<h>:pause`` — until when nobody may ask the host (a ``Retry-After`` answer, any worker).
* ``…:host:<h>:next`` — the earliest next start when the host has a request ``rate``.

Acquiring is one Lua script (atomic: expire lapsed leases, honour the pause and the rate, count,
take a lease), so no two workers ever both take the last slot. Libraries evaluated: ``limits``
(fixed/moving windows: rates, not concurrent slots, no pauses), Dramatiq's ``ConcurrentRateLimiter``
(one counter with a TTL per key: a dead holder's count is only freed when nobody touches the key
for the TTL, which under load is never; synchronous), redis-py's ``Lock`` (a mutex, one holder).
None gives leases per holder plus shared pauses, hence the script.

A waiting request is woken at once when a slot of its host is freed in its own process, and
otherwise polls with a short, growing sleep (10 → 100 ms, or what the script says it must wait for
a pause or the rate); the Redis clock is used throughout, so workers on machines with skewed
clocks still agree.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

import redis.asyncio as aioredis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from citecheck.config import Config
from citecheck.errors import CitecheckError
from citecheck.fetch.hosts import host_settings, max_per_host
from citecheck.fetch.limiter import THROTTLE_PAUSE_AT, THROTTLE_WINDOW
from citecheck.fleet.settings import QueueSettings

log = logging.getLogger(__name__)

# How long a worker keeps retrying while Redis is away before it gives up on the request.
DEFAULT_OUTAGE_SECONDS = 30.0
_POLL_MIN = 0.01
_POLL_MAX = 0.1

# KEYS: slots, pause, next. ARGV: token, max, lease_ms, interval_ms.
# Returns 0 when the lease is taken; else how many ms to wait at least (-1: all slots busy).
_ACQUIRE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local paused = tonumber(redis.call('GET', KEYS[2]) or '0')
if paused > now then return paused - now end
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then return -1 end
local interval = tonumber(ARGV[4])
if interval > 0 then
  local nxt = tonumber(redis.call('GET', KEYS[3]) or '0')
  if nxt > now then return nxt - now end
  redis.call('SET', KEYS[3], now + interval, 'PX', interval * 2 + 1000)
end
local lease = tonumber(ARGV[3])
redis.call('ZADD', KEYS[1], now + lease, ARGV[1])
redis.call('PEXPIRE', KEYS[1], lease * 2)
return 0
"""

# KEYS: slots. ARGV: lease_ms, token…  Pushes the expiry of the tokens still held.
_RENEW = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local lease = tonumber(ARGV[1])
for i = 2, #ARGV do redis.call('ZADD', KEYS[1], 'XX', now + lease, ARGV[i]) end
redis.call('PEXPIRE', KEYS[1], lease * 2)
return 0
"""

# Lua: extend the pause at {key} to {ms} milliseconds from the server's clock, never shorten it.
_EXTEND_PAUSE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local untilms = now + {ms}
local current = tonumber(redis.call('GET', {key}) or '0')
if untilms > current then
  redis.call('SET', {key}, untilms, 'PX', {ms} + 1000)
end
"""
# KEYS: pause. ARGV: seconds (ms). Only ever extends a pause.
_PAUSE = _EXTEND_PAUSE.format(key="KEYS[1]", ms="tonumber(ARGV[1])") + "return 0\n"


# One answer into the host's shared window (THROTTLE_WINDOW answers, 1 = asked to wait); when at
# least THROTTLE_PAUSE_AT of them asked and this one did, the host is paused for ARGV[2] ms, for
# every worker at once (the rule of citecheck.fetch.limiter.Throttling, over all workers' answers).
_ANSWERED = (
    """
redis.call('LPUSH', KEYS[1], ARGV[1])
redis.call('LTRIM', KEYS[1], 0, tonumber(ARGV[3]) - 1)
redis.call('PEXPIRE', KEYS[1], 3600000)
if ARGV[1] ~= '1' or tonumber(ARGV[2]) <= 0 then return 0 end
local asked = 0
for _, v in ipairs(redis.call('LRANGE', KEYS[1], 0, -1)) do
  if v == '1' then asked = asked + 1 end
end
if asked < tonumber(ARGV[4]) then return 0 end
"""
    + _EXTEND_PAUSE.format(key="KEYS[2]", ms="tonumber(ARGV[2])")
    + "return 1\n"
)


class LimiterUnavailable(CitecheckError):
    """Redis did not answer for longer than the limiter may wait: the request was not made."""


class RedisHostLimiter:
    """A :class:`~citecheck.fetch.limiter.HostLimiter` whose slots and pauses live in Redis.

    One per worker process and event loop; :meth:`aclose` stops the lease renewal.
    """

    def __init__(
        self,
        client: aioredis.Redis,
        settings: QueueSettings,
        config: Config,
        *,
        lease_seconds: float | None = None,
        outage_seconds: float = DEFAULT_OUTAGE_SECONDS,
    ) -> None:
        self._redis = client
        self._settings = settings
        self._config = config
        self._lease_ms = max(1, int((lease_seconds or settings.lease_seconds) * 1000))
        self._outage = outage_seconds
        self._acquire = client.register_script(_ACQUIRE)
        self._renew = client.register_script(_RENEW)
        self._pause = client.register_script(_PAUSE)
        self._answered = client.register_script(_ANSWERED)
        self._held: dict[str, set[str]] = {}
        self._renewer: asyncio.Task[None] | None = None
        # Slots freed in this process wake this process's waiters at once; those freed by other
        # workers are noticed by polling.
        self._freed: dict[str, asyncio.Condition] = {}
        # How often Redis stayed away past the outage bound: a task compares it before and after,
        # to tell "Redis failed under this check" from a check's own internal error.
        self.outages = 0

    @classmethod
    def connect(cls, settings: QueueSettings, config: Config, **options: float) -> RedisHostLimiter:
        return cls(aioredis.Redis.from_url(settings.redis_url), settings, config, **options)

    def with_config(self, config: Config) -> RedisHostLimiter:
        """Per-host bounds come from each run's configuration; the connection is shared."""
        self._config = config
        return self

    def _keys(self, host: str) -> list[str]:
        return [self._settings.key("host", host, name) for name in ("slots", "pause", "next")]

    async def _call(self, what: str, coroutine_factory: Callable[[], Awaitable[Any]]) -> int:
        """Run a script, riding out a Redis restart for up to ``outage_seconds``."""
        deadline = time.monotonic() + self._outage
        delay = 0.1
        while True:
            try:
                return int(await coroutine_factory())
            except (RedisConnectionError, RedisTimeoutError, OSError) as exc:
                if time.monotonic() > deadline:
                    self.outages += 1
                    raise LimiterUnavailable(
                        f"Redis unavailable for the host limiter ({what}): {exc}"
                    ) from exc
                await asyncio.sleep(delay)
                delay = min(delay * 2, 2.0)

    @asynccontextmanager
    async def slot(self, host: str) -> AsyncIterator[None]:
        token = secrets.token_hex(8)
        keys = self._keys(host)
        limit = max_per_host(self._config, host)
        rate = host_settings(self._config, host).rate
        interval_ms = int(1000 / rate) if rate else 0
        args: list[str | int] = [token, limit, self._lease_ms, interval_ms]
        poll = _POLL_MIN
        while True:
            wait_ms = await self._call("acquire", lambda: self._acquire(keys=keys, args=args))
            if wait_ms == 0:
                break
            if wait_ms > 0:
                # Paused or rate-bound: the script says how long; nothing frees sooner.
                await asyncio.sleep(max(wait_ms / 1000, _POLL_MIN))
            else:
                freed = self._freed.setdefault(host, asyncio.Condition())
                async with freed:
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(freed.wait(), poll)
                poll = min(poll * 1.5, _POLL_MAX)
        self._held.setdefault(keys[0], set()).add(token)
        self._ensure_renewer()
        try:
            yield
        finally:
            held = self._held.get(keys[0])
            if held is not None:
                held.discard(token)
                if not held:
                    del self._held[keys[0]]
            with contextlib.suppress(RedisConnectionError, RedisTimeoutError, OSError):
                # Not released (Redis away)? The lease lapses on its own.
                await self._redis.zrem(keys[0], token)
            waiters = self._freed.get(host)
            if waiters is not None:
                async with waiters:
                    waiters.notify(1)

    async def pause(self, host: str, seconds: float) -> None:
        if seconds <= 0:
            return
        key = self._keys(host)[1]
        await self._call("pause", lambda: self._pause(keys=[key], args=[int(seconds * 1000)]))

    async def answered(self, host: str, retry_after: float | None) -> None:
        keys = [self._settings.key("host", host, "answers"), self._keys(host)[1]]
        args = [
            "1" if retry_after is not None else "0",
            int((retry_after or 0) * 1000),
            THROTTLE_WINDOW,
            THROTTLE_PAUSE_AT,
        ]
        await self._call("answered", lambda: self._answered(keys=keys, args=args))

    def _ensure_renewer(self) -> None:
        if self._renewer is None or self._renewer.done():
            self._renewer = asyncio.get_running_loop().create_task(self._renew_forever())

    async def _renew_forever(self) -> None:
        while True:
            await asyncio.sleep(self._lease_ms / 3000)
            for key, tokens in list(self._held.items()):
                if tokens:
                    with contextlib.suppress(RedisConnectionError, RedisTimeoutError, OSError):
                        await self._renew(keys=[key], args=[self._lease_ms, *tokens])

    async def aclose(self) -> None:
        if self._renewer is not None:
            self._renewer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._renewer
        await self._redis.aclose()
