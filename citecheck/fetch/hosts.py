"""Per-host settings: which ``[hosts."…"]`` table of the configuration applies to a URL's host."""

from __future__ import annotations

from citecheck.config import Config, HostConfig

_NO_SETTINGS = HostConfig()


def host_of(url: str) -> str:
    """The lower-cased host name of an absolute URL ('' when there is none), without port."""
    rest = url.split("://", 1)[-1]
    authority = rest.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
    authority = authority.rsplit("@", 1)[-1]
    if authority.startswith("["):
        return authority[1 : authority.find("]")].lower() if "]" in authority else authority.lower()
    return authority.split(":", 1)[0].lower().rstrip(".")


def host_settings(config: Config, host: str) -> HostConfig:
    """The most specific ``hosts`` entry for ``host``: an exact match, else the longest parent domain.

    ``[hosts."example.org"]`` therefore also governs ``www.example.org`` and ``news.example.org``.
    """
    if not config.hosts:
        return _NO_SETTINGS
    host = host.lower()
    best: tuple[int, HostConfig] | None = None
    for name, settings in config.hosts.items():
        name = name.lower().lstrip(".")
        if (host == name or host.endswith("." + name)) and (best is None or len(name) > best[0]):
            best = (len(name), settings)
    return best[1] if best else _NO_SETTINGS


def max_per_host(config: Config, host: str) -> int:
    return host_settings(config, host).max_per_host or config.max_per_host


def accepted_statuses(config: Config, host: str) -> frozenset[int]:
    """Status codes counted as alive for ``host``: the run's ``accept`` plus the host's own."""
    return frozenset(config.accept) | frozenset(host_settings(config, host).accept or ())
