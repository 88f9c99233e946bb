"""A URL's site as its address names it: the registered domain and the host's meaningful labels.

Read by the publisher check (:mod:`citecheck.verify.publisher`: a publisher against the domain's
words) and the offline claim check (:mod:`citecheck.verify.claim`: a sentence naming the site it
cites), so that neither imports the other. The public-suffix list is the ``tld`` package's.
"""

from __future__ import annotations

import ipaddress
from functools import lru_cache
from urllib.parse import urlsplit

import tld
import tld.exceptions

# Host labels that name no site: the web's, mobile and language subdomains.
_SKIP_LABELS = frozenset(
    {"www", "www1", "www2", "www3", "m", "amp", "mobile", "en", "ru", "tr", "de", "fr", "es"}
)


def _is_ip_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def host_labels(url: str) -> tuple[str | None, list[str]]:
    """The registered domain of ``url`` and its meaningful host labels (news.mail.ru → mail.ru, [news, mail])."""
    registered, labels = _labels_of_host((urlsplit(url).hostname or "").lower().rstrip("."))
    return registered, list(labels)


@lru_cache(maxsize=16_384)
def _labels_of_host(host: str) -> tuple[str | None, tuple[str, ...]]:
    # The public-suffix lookup is ~50 µs; a document cites few hosts many times (one host per
    # footnote of the 20,000-citation offline benchmark took 1.3 s a 5,000 before this cache).
    if not host or _is_ip_address(host):
        return None, ()  # an address names no publisher
    try:
        info = tld.get_tld(f"http://{host}", as_object=True, fix_protocol=True)
        registered = info.fld  # type: ignore[union-attr]
        suffix = info.tld  # type: ignore[union-attr]
        stem = host[: -len(suffix) - 1] if host.endswith("." + suffix) else host
    except (
        tld.exceptions.TldBadUrl,
        tld.exceptions.TldDomainNotFound,
        tld.exceptions.TldImproperlyConfigured,
        ValueError,
    ):
        parts = host.split(".")
        registered = ".".join(parts[-2:])
        stem = ".".join(parts[:-1])
    return registered, tuple(label for label in stem.split(".") if label and label not in _SKIP_LABELS)
