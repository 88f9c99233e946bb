"""The web service (``citecheck serve``): an HTTP API and the editor's page over background checks.

The web app is imported on first use (PEP 562), so a worker process, which imports only the job
modules of this package, does not pay for FastAPI and uvicorn at every start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from citecheck.service.jobs import JobQueue, JobState, JobStore, Submission
from citecheck.service.settings import ServiceSettings

if TYPE_CHECKING:
    from citecheck.service.app import create_app, serve, serve_in_thread

__all__ = [
    "JobQueue",
    "JobState",
    "JobStore",
    "ServiceSettings",
    "Submission",
    "create_app",
    "serve",
    "serve_in_thread",
]

_APP_NAMES = frozenset({"create_app", "serve", "serve_in_thread"})


def __getattr__(name: str) -> Any:
    if name in _APP_NAMES:
        from citecheck.service import app

        return getattr(app, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
