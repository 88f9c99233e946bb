"""The nightly audit: everything a publisher has published, checked incrementally, with history.

``aaudit`` / ``audit`` run it; ``format_audit_summary`` words the result for the CLI; ``notify``
posts it to a webhook; ``load_audit_state`` reads the full state from the store.
"""

from __future__ import annotations

from citecheck.audit.notify import build_payload, format_audit_summary, notify
from citecheck.audit.store import AuditStore, default_db_path, open_store

TYPE_CHECKING = False
if TYPE_CHECKING:
    from citecheck.audit.runner import aaudit, audit, load_audit_state

_LAZY = frozenset({"aaudit", "audit", "load_audit_state"})


def __getattr__(name: str) -> object:
    # The runner pulls in the whole pipeline; the store, schedule and history do not need it.
    if name in _LAZY:
        from citecheck.audit import runner

        return getattr(runner, name)
    raise AttributeError(f"module 'citecheck.audit' has no attribute {name!r}")


__all__ = [
    "AuditStore",
    "aaudit",
    "audit",
    "build_payload",
    "default_db_path",
    "format_audit_summary",
    "load_audit_state",
    "notify",
    "open_store",
]
