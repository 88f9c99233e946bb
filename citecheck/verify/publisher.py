"""The ``publisher-mismatch`` check: does the footnote's publisher match the site it links to?

The publisher is compared with the URL's host (every label but ``www`` and the suffix:
news.mail.ru → news, mail) and, online, with the page's site name, all through sound keys and
the lexicon: "Kazinform" ~ qazinform.com, "TASS" ~ tass.ru and ТАСС, "Novosti" ~ "Новости
Mail.ru" (and ~ news.mail.ru: новости means news), "Russia's Pivot to Asia" ~
russiaspivottoasia.com, "Deutsche Welle" ~ dw.com (initials). ``publisher_min_similarity`` (0.6)
is the fuzzy floor for a publisher name against a site name. A mismatch needs both sides known.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import tld
import tld.exceptions
from rapidfuzz import fuzz

from citecheck.findings import finding_at
from citecheck.models import Finding
from citecheck.verify.case import FootnoteCase
from citecheck.verify.semantic import same_meaning
from citecheck.verify.textmatch import keyed, sound_key, terms, tokenize

_SKIP_LABELS = frozenset({"www", "m", "amp", "mobile", "en", "ru", "tr", "de", "fr", "es"})


@dataclass(frozen=True)
class PublisherMatch:
    similarity: float
    matched: str | None


def _is_ip_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def host_labels(url: str) -> tuple[str | None, list[str]]:
    """The registered domain of ``url`` and its meaningful host labels (news.mail.ru → mail.ru, [news, mail])."""
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    if not host or _is_ip_address(host):
        return None, []  # an address names no publisher
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
    labels = [label for label in stem.split(".") if label and label not in _SKIP_LABELS]
    return registered, labels


def _compact(text: str) -> str:
    return sound_key(re.sub(r"[^\w]", "", text))


def _initials(text: str) -> str:
    words = [t.text for t in tokenize(text) if t.text.casefold() not in {"the", "of", "and", "for"}]
    return "".join(w[0] for w in words).casefold() if len(words) >= 2 else ""


def publisher_vs_domain(publisher: str, labels: list[str]) -> PublisherMatch:
    """Whether a publisher's name is spelled in the URL's host (wholly, by initials, or by meaning)."""
    name = _compact(publisher)
    initials = _initials(publisher)
    concepts = {t.concept for t in terms(publisher) if t.concept}
    best = PublisherMatch(0.0, None)
    for label in labels:
        key = _compact(label)
        if not key:
            continue
        if key == name or (initials and label.replace("-", "") == initials):
            return PublisherMatch(1.0, label)
        if len(key) >= 3 and len(name) >= 3 and (key in name or name in key):
            return PublisherMatch(0.9, label)
        if concepts & {t.concept for t in terms(label) if t.concept} or same_meaning(publisher, label):
            return PublisherMatch(0.85, label)
        score = fuzz.ratio(name, key) / 100
        if score > best.similarity:
            best = PublisherMatch(round(score, 3), label)
    return best


def publisher_vs_site(publisher: str, site_name: str) -> PublisherMatch:
    """Similarity of a publisher's name to a page's site name, across scripts."""
    a, b = keyed(publisher), keyed(site_name)
    if not a or not b:
        return PublisherMatch(0.0, None)
    score = max(fuzz.token_set_ratio(a, b), fuzz.ratio(_compact(publisher), _compact(site_name))) / 100
    return PublisherMatch(round(score, 3), site_name)


def check_publisher(case: FootnoteCase) -> list[Finding]:
    """``publisher-mismatch`` when the publisher matches neither the URL's host nor the site name."""
    fn = case.footnote
    if not fn.publisher or not fn.url:
        return []
    registered, labels = host_labels(fn.url)
    if not labels:
        return []
    threshold = case.config.thresholds.publisher_min_similarity
    domain = publisher_vs_domain(fn.publisher, labels)
    if domain.similarity >= max(threshold, 0.85):
        return []
    site_name = case.page.site_name if case.page is not None else None
    site = publisher_vs_site(fn.publisher, site_name) if site_name else PublisherMatch(0.0, None)
    if site.similarity >= threshold:
        return []
    against = (
        f"matches neither the domain {registered} nor the site name “{site_name}”"
        if site_name
        else f"does not match the domain {registered}"
    )
    return [
        finding_at(
            "publisher-mismatch",
            f"[{fn.label}] names the publisher “{fn.publisher}”, which {against}.",
            fn,
            evidence={
                "publisher": fn.publisher,
                "domain": registered,
                "site_name": site_name,
                "domain_similarity": domain.similarity,
                "site_similarity": site.similarity,
                "threshold": threshold,
            },
        )
    ]
