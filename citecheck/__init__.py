"""citecheck: parse analyses into footnotes and claims, check every cited URL, archive, verify, report.

The public API is what ``__all__`` lists (pinned by tests/test_exported_members.py).
"""

from __future__ import annotations

from citecheck._version import __version__
from citecheck.config import Config, load_config
from citecheck.errors import CitecheckError, ConfigError, InputError, NetworkUnavailable
from citecheck.models import (
    ArchiveRef,
    Citation,
    Document,
    Finding,
    Footnote,
    LinkResult,
    PageFacts,
    Report,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from citecheck.pipeline import acheck, check
    from citecheck.pipeline import parse_inputs as parse

_LAZY = {"acheck": "acheck", "check": "check", "parse": "parse_inputs"}


def __getattr__(name: str) -> object:
    # The pipeline pulls in every stage (httpx, trafilatura, …); load it on first use only, so
    # importing the models or the parser stays cheap.
    if name in _LAZY:
        from citecheck import pipeline

        return getattr(pipeline, _LAZY[name])
    raise AttributeError(f"module 'citecheck' has no attribute {name!r}")


__all__ = [
    "ArchiveRef",
    "Citation",
    "CitecheckError",
    "Config",
    "ConfigError",
    "Document",
    "Finding",
    "Footnote",
    "InputError",
    "LinkResult",
    "NetworkUnavailable",
    "PageFacts",
    "Report",
    "__version__",
    "acheck",
    "check",
    "load_config",
    "parse",
]
