"""Addresses that name one version of a work: persistent identifiers and archived copies.

Shared by the parser (a citation of such an address needs no access date: parse/structure.py) and the
verify stage (such a host names no publisher: verify/publisher.py); a module of its own, outside both
packages, so that importing it imports neither (the workers' server must not import the parser).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from citecheck import lazyre

# Hosts that resolve persistent identifiers (DOI, Handle, PURL, w3id, identifiers.org, ARK, URN:NBN):
# they redirect to the publisher's page and never are it (``dx.doi.org``, ``hdl.handle.net``: any
# host under one of these).
PERSISTENT_RESOLVERS = frozenset(
    {
        "doi.org",
        "handle.net",
        "purl.org",
        "w3id.org",
        "identifiers.org",
        "n2t.net",
        "nbn-resolving.org",
        "nbn-resolving.de",
        "urn.fi",
    }
)
# A replay URL of a Wayback-style archive: "/web/" (or "/wayback/") and a capture timestamp, then the
# original URL, with or without its scheme; or, on any archive, a full timestamp (14 digits, or
# archive.today's "2019.01.01-120000") followed by an original URL with its scheme.
ARCHIVE_REPLAY = lazyre.compile(
    r"^/(?:web|wayback)/\d{1,14}(?:[a-z]{2}_|\*)?/(?P<original>.+)$"
    r"|/(?:\d{14}(?:[a-z]{2}_)?|\d{4}\.\d{2}\.\d{2}-\d{6})/(?P<schemed>https?:/?/.+)$",
    re.IGNORECASE,
)


def resolver_host(url: str) -> bool:
    """Whether ``url``'s host resolves persistent identifiers (:data:`PERSISTENT_RESOLVERS`)."""
    try:
        host = (urlsplit(url).hostname or "").rstrip(".").lower()
    except ValueError:  # an address urllib cannot split ("https://[i]"): no resolver's
        return False
    return any(host == name or host.endswith(f".{name}") for name in PERSISTENT_RESOLVERS)


def archived_original(url: str) -> str | None:
    """The original URL inside an archived copy's replay URL (:data:`ARCHIVE_REPLAY`), else None."""
    try:
        path = urlsplit(url)._replace(scheme="", netloc="").geturl()
    except ValueError:  # an address urllib cannot split ("https://[i]"): no replay URL
        return None
    replay = ARCHIVE_REPLAY.search(path or "")
    if replay is None:
        return None
    original = re.sub(
        r"^(https?):/?/", r"\1://", replay.group("original") or replay.group("schemed"), flags=re.I
    )
    return original if "://" in original else f"http://{original}"


def fixed_version(url: str) -> bool:
    """Whether ``url`` names one version of a work that does not change under it: a persistent
    identifier (a DOI, a Handle: the registry resolves it to the version of record) or an archived
    copy's replay URL, whose capture time is in the address. Such a citation needs no access date:
    APA 7 asks for a retrieval date only for "content designed to change over time" and none with a
    DOI, Chicago (17th ed., 14.12) asks for none where a DOI is given, and ISO 690 (2021) for the
    date a work "subject to change" was seen."""
    return resolver_host(url) or archived_original(url) is not None
