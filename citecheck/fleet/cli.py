"""What the ``worker`` command and the ``--queue`` options do, kept out of ``cli.py`` (which stays thin)."""

from __future__ import annotations

import ipaddress
import logging
import socket

from citecheck.config import Config, ServiceSettings
from citecheck.errors import ConfigError
from citecheck.fleet.audit import FleetChecks
from citecheck.fleet.engine import Fleet, run_worker
from citecheck.fleet.service import FleetJobQueue
from citecheck.fleet.settings import QueueSettings, check_location, parse_queue_url
from citecheck.fleet.work import AuditRequest, WorkerContext


def _require_postgres(db: str | None) -> str:
    if not db or not db.startswith(("postgresql://", "postgres://")):
        raise ConfigError(
            "--queue needs --db postgresql://…: the fleet's workers share their results and history there"
        )
    return db


def _check_source_address(address: str) -> str:
    try:
        ipaddress.ip_address(address)
    except ValueError:
        raise ConfigError(f"--source-address {address!r} is not an IP address") from None
    family = socket.AF_INET6 if ":" in address else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((address, 0))
        except OSError as exc:
            raise ConfigError(f"--source-address {address}: cannot send from it ({exc.strerror})") from None
    return address


def _reachable(settings: QueueSettings) -> None:
    import redis

    try:
        redis.Redis.from_url(settings.redis_url, socket_connect_timeout=5).ping()
    except redis.RedisError as exc:
        raise ConfigError(f"cannot reach the queue's Redis at {settings.redis_url}: {exc}") from None


def run_fleet_worker(queue: str, *, concurrency: int, location: str, source_address: str | None) -> None:
    settings = parse_queue_url(queue)
    context = WorkerContext(
        settings,
        check_location(location),
        _check_source_address(source_address) if source_address else None,
    )
    _reachable(settings)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # Dramatiq logs every retry with a traceback at WARNING; one line is enough here.
    logging.getLogger("dramatiq").setLevel(logging.ERROR)
    run_worker(context, concurrency=concurrency)


def audit_remote(queue: str, db: str | None) -> FleetChecks:
    settings = parse_queue_url(queue)
    _reachable(settings)
    return FleetChecks(settings, _require_postgres(db))


def service_jobs(queue: str, db: str | None, settings: ServiceSettings) -> FleetJobQueue:
    queue_settings = parse_queue_url(queue)
    _reachable(queue_settings)
    return FleetJobQueue(queue_settings, _require_postgres(db), settings)


def detach_audit(queue: str, db: str | None, sources: list[str], config: Config, notify: str | None) -> str:
    settings = parse_queue_url(queue)
    _reachable(settings)
    fleet = Fleet(settings)
    try:
        return fleet.send_audit(
            AuditRequest(sources=sources, db=_require_postgres(db), config=config, notify_url=notify)
        )
    finally:
        fleet.close()
