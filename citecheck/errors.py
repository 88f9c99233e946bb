"""The exceptions of a run (not of a citation: a dead link is a verdict, not an exception).

    CitecheckError
     ├── InputError          unreadable, binary or malformed input document
     ├── ConfigError         bad configuration file, key or value
     └── NetworkUnavailable  our own network is down: nothing could be checked

They are caught once, in the CLI and the service, and turned into a clear message and exit code.
"""

from __future__ import annotations


class CitecheckError(Exception):
    """Base class of every error citecheck raises on purpose."""

    exit_code = 2


class InputError(CitecheckError):
    """An input document cannot be read or parsed."""

    @classmethod
    def too_large(cls, path: str, max_bytes: int) -> InputError:
        """The one line for an input (a file, stdin, a fetched address) beyond the input cap."""
        return cls(
            f"{path}: larger than the input cap of {max_bytes:,} bytes (raise it with --max-input-bytes)"
        )


class ConfigError(CitecheckError):
    """The configuration is invalid."""


class NetworkUnavailable(CitecheckError):
    """Our own network is unavailable, so no link could be judged."""

    exit_code = 3
