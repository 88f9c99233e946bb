"""The fetch stage: check every cited URL once, politely, and judge what came back.

fetch_all(urls, config) ─► FetchRun{results: {url: FetchResult}, network_unavailable}
   │ remap.apply_remaps / is_excluded         what to fetch, and whether
   │ checker.LinkChecker                      one link → verdict (soft-404 probes, moves)
   │ fetcher.FetchSession                     retries, redirects by hand, capped bodies
   │ limiter.HostLimiter / PriorityGate        per-host politeness, global concurrency
   │ client.make_transport / guard            pooled HTTP/2 transport; SSRF-safe connections
   │ sockets.AsyncioBackend                   the TCP/TLS streams under the pools
   └ verdicts                                 the one translation of errors and statuses
"""

from __future__ import annotations

from citecheck.fetch.checker import FetchRun, LinkChecker, fetch_all
from citecheck.fetch.client import make_client, make_transport
from citecheck.fetch.fetcher import BodyPolicy, FetchSession, Reply
from citecheck.fetch.guard import is_public_address
from citecheck.fetch.limiter import HostLimiter, InProcessHostLimiter
from citecheck.fetch.remap import apply_remaps, is_excluded
from citecheck.fetch.verdicts import Verdict, classify_exception, classify_status

__all__ = [
    "BodyPolicy",
    "FetchRun",
    "FetchSession",
    "HostLimiter",
    "InProcessHostLimiter",
    "LinkChecker",
    "Reply",
    "Verdict",
    "apply_remaps",
    "classify_exception",
    "classify_status",
    "fetch_all",
    "is_excluded",
    "is_public_address",
    "make_client",
    "make_transport",
]
