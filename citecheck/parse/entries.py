"""The footnote grammar: an entry's title, publisher, URLs and access date, whichever citation style
wrote it (the seed's, Chicago, Harvard, APA, Wikipedia, GOST) and in whichever of our languages.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from citecheck.parse.claims import sentence_spans
from citecheck.parse.dates import DATE_PATTERN, date_from_match, find_dates
from citecheck.parse.urls import find_urls, normalise_url, unwrap_urls

ACCESS_LABEL = re.compile(
    r"""
    (?<![\w])
    (?:
        (?:last\s+)?access(?:ed)?(?:\s+(?:date|on))?
      | date\s+(?:of\s+)?access(?:ed)?
      | (?:last\s+)?(?:retrieved|viewed|visited|consulted)(?:\s+on)?
      | erişim(?:\s+tarihi)?|erişildi|e\.\s?t\.
      | дата\s+(?:обращения|доступа|просмотра)|просмотрено|проверено
      | (?:zuletzt\s+)?(?:abgerufen|aufgerufen|zugegriffen)(?:\s+am)?|zugriff(?:\s+am)?
      | consulté(?:\s+le)?|date\s+de\s+consultation|accédé\s+le
      | consultado(?:\s+el)?|fecha\s+de\s+(?:acceso|consulta)|recuperado(?:\s+el)?|accedido(?:\s+el)?
    )
    (?![\w])
    [\s:.\-–—]*(?:on\s+|le\s+|el\s+|am\s+)?
    """,
    re.IGNORECASE | re.VERBOSE,
)
# Phrases that introduce the URL: the entry's bibliographic part ends before them.
_URL_INTRO = re.compile(
    r"(?:\[online\]\.?\s*)?(?<![\w])(?:available\s+(?:at|from|online)|url|online|режим\s+доступа|"
    r"erişim\s+adresi|en\s+ligne|disponible\s+en|abrufbar\s+unter)\s*:",
    re.IGNORECASE,
)
# "Caliber (2025) Title." (Harvard) and "Caliber. (2025, October 24). Title." (APA).
_AUTHOR_YEAR = re.compile(
    r"^(?P<author>[^()\n]{1,200}?)[\s.,]*\((?:(?:19|20)\d{2}[a-z]?|n\.\s?d\.)(?:[,\s][^)]{0,40})?\)[.,:]?\s*"
)
# Chicago's book note: "Author, Title (Place: Publisher, Year), page."
_BOOK = re.compile(
    r"^[^,()]{3,80},\s+(?P<title>[^()]{3,300}?)\s+\((?:[^:()]{2,60}):\s*(?P<publisher>[^,()]{2,80}),\s*(?:19|20)\d{2}\)"
)
_PERSON = re.compile(r"^[^\W\d][\w'’\-]+,(?:\s*[^\W\d]\.)+(?:,?\s*(?:&|and)\s.*)?$|.*\bet\s+al\b")
_LANGUAGE_NOTE = re.compile(r"\((?:in\s+[A-Z][a-z]+|[A-Z][a-z]+\s+language)\)")
_BARE_YEAR = re.compile(r"(?<![\w/])(?:\(\s*)?(?:19|20)\d{2}[a-z]?(?:\s*\))?(?![\w/])|\bn\.\s?d\.")
_PAGES = re.compile(r"(?<![\w])(?:pp?|s|с)\.\s*\d+(?:\s*[-–]\s*\d+)?", re.IGNORECASE)
_PUBLISHER_SPLIT = re.compile(r"[,;]|\.(?:\s|$)|//|\s[–—-]\s|[()]")
_OPENERS = "“„«\"‘'‹‚"
_CLOSERS = {"“": "”", "„": "“”", "«": "»", '"': '"', "‘": "’", "'": "'", "‹": "›", "‚": "‘’"}
_SYMMETRIC = ('"', "'")
# Titles open near the start of an entry and are not pages long; looking further only costs time.
_TITLE_REACH = 1000


@dataclass(slots=True)
class EntryFields:
    """What one footnote entry says about its source."""

    title: str | None = None
    publisher: str | None = None
    urls: list[str] = field(default_factory=list)
    access_date: dt.date | None = None


def _closing_quote(head: str, opener_at: int) -> int | None:
    opener = head[opener_at]
    closers = _CLOSERS[opener]
    length = len(head)
    if opener in _SYMMETRIC:
        # The first quote that is not glued to a following word and is not followed by a
        # lower-case word: the inner quotes of 'discuss "Trump Route" at' are skipped.
        for k in range(opener_at + 1, length):
            if head[k] != opener or (k + 1 < length and head[k + 1].isalnum()):
                continue
            if opener == "'" and head[k - 1].isalnum() and k + 1 < length and head[k + 1].isalnum():
                continue
            after = k + 1
            while after < length and head[after] in " \t,.;:":
                after += 1
            if after >= length or not head[after].islower():
                return k
        return None
    depth = 1
    last_close = None
    for k in range(opener_at + 1, length):
        char = head[k]
        if char == opener and opener not in closers:
            depth += 1
        elif char in closers:
            if char == "’" and 0 < k < length - 1 and head[k - 1].isalnum() and head[k + 1].isalnum():
                continue  # an apostrophe: "Russia’s", "voyne’protiv"
            last_close = k
            depth -= 1
            if depth == 0:
                return k
    return last_close


def _quoted_title(head: str, *, strict: bool) -> tuple[str, int, int] | None:
    """The first quoted phrase that starts a segment of ``head`` (strict) or any word (relaxed)."""
    head = head[:_TITLE_REACH]
    for index, char in enumerate(head):
        if char not in _OPENERS:
            continue
        before = index - 1
        while before >= 0 and head[before] in " \t":
            before -= 1
        glued = before == index - 1 and before >= 0
        if before >= 0 and head[before].isalnum() and (strict or glued):
            continue
        close = _closing_quote(head, index)
        if close is None or close == index + 1:
            continue
        return head[index + 1 : close], index, close + 1
    return None


def _tidy_title(title: str) -> str | None:
    title = " ".join(title.split()).strip()
    title = title.rstrip(",;:").rstrip()
    # Chicago: “… ‘marshruta Trampa,’” — the comma belongs to the sentence, not the title.
    title = re.sub(r"[,.](?=[’'\"”»]$)", "", title)
    # Chicago puts the full stop inside the quotes; keep it after "U.S." or an ellipsis.
    if title.endswith(".") and not re.search(r"(?:\b[A-Z]\.|\.\.\.)$", title):
        title = title[:-1].rstrip()
    return title or None


def _tidy_publisher(segment: str) -> str | None:
    text = _LANGUAGE_NOTE.sub(" ", segment)
    for _, start, end in sorted(find_dates(text), key=lambda d: -d[1]):
        text = text[:start] + " " + text[end:]
    text = _PAGES.sub(" ", _BARE_YEAR.sub(" ", text))
    for piece in _PUBLISHER_SPLIT.split(text):
        candidate = " ".join(piece.split()).strip(" .,:;–—-\"'“”«»‘’*_")
        if candidate.lower().startswith(("in ", "by ")):
            candidate = candidate[3:].strip()
        if any(c.isalpha() for c in candidate):
            return candidate if len(candidate) <= 100 else None
    return None


def _publisher_from_author(author: str) -> str | None:
    author = author.strip(" .,")
    if not author or _PERSON.match(author):
        return None
    return _tidy_publisher(author)


def _title_and_publisher(head: str) -> tuple[str | None, str | None]:
    """Title and publisher from the part of an entry before its URL and access date.

    Tried in order: a quoted title opening a segment (the seed, Chicago, Wikipedia, quoted
    Harvard); "Author (Year) Title." (Harvard, APA); a Chicago book note; GOST's "Title // Publisher";
    a quoted phrase anywhere. An entry that fits none keeps both None rather than a guess.
    """
    quoted = _quoted_title(head, strict=True)
    author_year = _AUTHOR_YEAR.match(head)
    if quoted is not None:
        title, _, end = quoted
        publisher = _tidy_publisher(head[end:])
        if publisher is None and author_year is not None and author_year.end() <= quoted[1]:
            publisher = _publisher_from_author(author_year.group("author"))
        return _tidy_title(title), publisher
    if author_year is not None and author_year.end() < len(head):
        rest = head[author_year.end() :]
        spans = sentence_spans(rest)
        title_end = spans[0][1] if spans else len(rest)
        publisher = _tidy_publisher(rest[title_end:]) or _publisher_from_author(author_year.group("author"))
        return _tidy_title(rest[:title_end]), publisher
    book = _BOOK.match(head)
    if book is not None:
        return _tidy_title(book.group("title")), _tidy_publisher(book.group("publisher"))
    if "//" in head:
        # GOST (Russian): "Title // Publisher. 2025."
        title_part, _, publisher_part = head.partition("//")
        return _tidy_title(title_part), _tidy_publisher(publisher_part)
    quoted = _quoted_title(head, strict=False)
    if quoted is not None:
        title, _, end = quoted
        return _tidy_title(title), _tidy_publisher(head[end:])
    return None, None


def _access_date(
    text: str, urls: Sequence[tuple[str, int, int]], search_from: int
) -> tuple[dt.date | None, int | None]:
    """The access date and where its label starts (the bibliographic part ends there).

    The search starts after the quoted title, so a title such as “No access date” is no label.
    """
    for label in ACCESS_LABEL.finditer(text, search_from):
        match = DATE_PATTERN.match(text, label.end())
        if match is not None:
            return date_from_match(match), label.start()
    label_start = next((m.start() for m in ACCESS_LABEL.finditer(text, search_from)), None)
    if urls:
        # No label: a date after the (last) URL is when the source was read.
        after = urls[-1][2]
        for value, _, _ in find_dates(text, after):
            return value, label_start
    return None, label_start


def _merge_links(found: list[tuple[str, int, int]], links: Sequence[str]) -> list[str]:
    urls = [url for url, _, _ in found]
    for href in links:
        if not href.lower().startswith(("http://", "https://")):
            continue
        if any(href.rstrip("/") == url.rstrip("/") for url in urls):
            continue
        # Link text that shows a shortened URL ("https://tass.ru/polit…"): the href is the URL.
        shortened = next(
            (
                i
                for i, url in enumerate(urls)
                if url.endswith(("…", "...")) and href.startswith(url.rstrip(".…"))
            ),
            None,
        )
        if shortened is not None:
            urls[shortened] = href
        else:
            urls.append(href)
    return urls


def parse_entry(text: str, links: Sequence[str] = ()) -> EntryFields:
    """Read one footnote entry (without its label). ``links`` are URLs behind its link text."""
    text = unwrap_urls(text)
    text = " ".join(text.split())
    found = find_urls(text)
    quoted = _quoted_title(text[: found[0][1]] if found else text, strict=True)
    access_date, label_start = _access_date(text, found, quoted[2] if quoted is not None else 0)
    ends = [len(text)]
    if found:
        ends.append(found[0][1])
    if label_start is not None:
        ends.append(label_start)
    intro = _URL_INTRO.search(text)
    if intro is not None:
        ends.append(intro.start())
    head = text[: min(ends)]
    title, publisher = _title_and_publisher(head)
    urls = list(dict.fromkeys(normalise_url(url) for url in _merge_links(found, links)))
    return EntryFields(title=title, publisher=publisher, urls=urls, access_date=access_date)
