"""The web service (``citecheck serve``): an HTTP API and the editor's page over background checks."""

from citecheck.service.app import create_app, serve, serve_in_thread
from citecheck.service.jobs import JobQueue, JobState, JobStore, Submission
from citecheck.service.settings import ServiceSettings

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
