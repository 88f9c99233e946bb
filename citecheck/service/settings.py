"""Settings of the web service itself (not of a check): tokens, limits, quotas, job retention.

:class:`~citecheck.config.ServiceSettings` is defined with the rest of the configuration so that
``[service]`` in ``citecheck.toml`` is validated like every other key; it is re-exported here.
"""

from __future__ import annotations

from citecheck.config import ServiceSettings

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8080
DEFAULT_MAX_REQUEST_BYTES = 5 * 1024 * 1024

__all__ = ["DEFAULT_HOST", "DEFAULT_MAX_REQUEST_BYTES", "DEFAULT_PORT", "ServiceSettings"]
