"""Inline citations: the links of a document's running text, as footnotes of kind ``inline``.

Each distinct URL becomes one entry labelled ``L1``, ``L2``, … in order of first appearance; each
occurrence becomes a citation whose claim is the sentence that carries the link. The anchor text
is the entry's cited title only where it reads as a title:

* it is not the URL itself and has content words — words in none of the stop-word lists of the
  ``stop-words`` package (33 languages, 12,700 words: "here", "this", "click", "hier", "ici",
  "здесь", "aquí" are stop words there, so "click here", "this page", "ici" have none): at least two
  when the markup quotes or emphasises it, three when it only stands alone (in the 22 READMEs of
  fixtures/readmes, two-word link-list items are mostly labels — "List of all contributors",
  "Korean(한국어)", "Official website" — while three-word ones are mostly titles: "Netflix Tech Blog",
  "Introduction to architecting systems for scale");
* the same anchor text is not used for two different URLs in the document (a document's own
  "PDF", "link", "source" anchors repeat; a title names one thing);
* it is not an image's alt text (a badge, a screenshot);
* the markup sets it apart as a title — quoted or emphasised (``*[Title](url)*``, ``<cite>``) — or
  the link stands alone in its paragraph or list item, possibly followed by a separator and a
  publisher ("[Title](url) — Publisher, 2023"), as in reading lists.

A descriptive anchor in running prose ("the ministry's figures") is not a title: comparing it with
the page's title would flag pages that are exactly what the sentence cites.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from citecheck import lazyre, stopwords
from citecheck.models import Citation, Footnote
from citecheck.parse.blocks import Block, LinkSpan
from citecheck.parse.claims import claims_for

INLINE_PREFIX = "L"
_WORD = lazyre.compile(r"[^\W\d_]{2,}")
_URLISH = lazyre.compile(r"^(?:[a-z][a-z0-9+.-]*://|www\.)|^[\w-]+(?:\.[\w-]+)+(?:/\S*)?$", re.IGNORECASE)
# After a title standing alone: a separator and a publisher or format, not more prose.
_TRAILER = lazyre.compile(r"^[\s]*(?:[—–\-:|,(\[/·•]|$)")
_MIN_CONTENT_WORDS_SET_APART = 2
_MIN_CONTENT_WORDS_ALONE = 3
_ALONE_MAX_WORDS_AFTER = 4
# A link whose text is a source's number: "[1](https://…)".
_NUMBER_ANCHOR = lazyre.compile(r"\d{1,3}")


def content_words(text: str) -> list[str]:
    """The words of ``text`` that are in no language's stop-word list."""
    stops = stopwords.every_language()
    return [w for w in (m.group().casefold() for m in _WORD.finditer(text)) if w not in stops]


def _stands_alone(block_text: str, start: int, end: int) -> bool:
    before = block_text[:start].strip(" \t\n\"'“”«»„*_")
    if before:
        return False
    after = block_text[end:]
    if not after.strip(" \t\n.\"'”»*_"):
        return True
    return bool(_TRAILER.match(after)) or (len(after.split()) <= _ALONE_MAX_WORDS_AFTER and "." not in after)


@dataclass(frozen=True, slots=True)
class LinkSite:
    """One link in the running text: what it points to, what it shows, and the sentence around it."""

    url: str
    offset: int
    anchor: str
    claim: str
    paragraph: str
    line: int
    column: int
    emphasised: bool
    alone: bool
    anchor_is_url: bool
    image: bool = False
    # The anchor follows text with no space between ("…types[1](…)", "…](…)[2](…)"): a marker's place.
    glued: bool = False


def link_sites(block: Block, marker_spans: list[tuple[int, int]]) -> tuple[str, list[str], list[LinkSite]]:
    """The inline links of one body block with the claim each carries (markers taken out); also
    the paragraph and the claims of ``marker_spans``, in their order, from the same pass."""
    links: list[LinkSpan] = [link for link in block.link_spans if link.end > link.start]
    # A link's sentence is the one its anchor text ends in: a zero-width "marker" there.
    tagged = sorted(
        [(start, end, index) for index, (start, end) in enumerate(marker_spans)]
        + [(link.end, link.end, -1) for link in links]
    )
    paragraph, claims = claims_for(block.text, [(start, end) for start, end, _ in tagged])
    claim_at: dict[int, str] = {}
    marker_claims = [""] * len(marker_spans)
    for (start, _, index), claim in zip(tagged, claims, strict=True):
        if index >= 0:
            marker_claims[index] = claim
        else:
            claim_at.setdefault(start, claim)
    sites = []
    locator = block.locator.fresh()
    for link in links:
        anchor = " ".join(block.text[link.start : link.end].split())
        line, column = locator.position(link.start, block.text[link.start : link.end])
        sites.append(
            LinkSite(
                url=link.url,
                offset=link.start,
                anchor=anchor,
                claim=claim_at.get(link.end, ""),
                paragraph=paragraph,
                line=line,
                column=column,
                emphasised=link.emphasised,
                alone=_stands_alone(block.text, link.start, link.end),
                anchor_is_url=link.anchor_is_url or bool(_URLISH.match(anchor)),
                image=link.image,
                glued=link.start > 0 and not block.text[link.start - 1].isspace(),
            )
        )
    return paragraph, marker_claims, sites


def reads_as_title(site: LinkSite, urls_per_anchor: dict[str, set[str]]) -> bool:
    """Whether the anchor text of ``site`` is the title of what it cites (see the module doc)."""
    if site.anchor_is_url or site.image or not (site.emphasised or site.alone):
        return False
    if len(urls_per_anchor.get(site.anchor.casefold(), ())) > 1:
        return False
    needed = _MIN_CONTENT_WORDS_SET_APART if site.emphasised else _MIN_CONTENT_WORDS_ALONE
    return len(content_words(site.anchor)) >= needed


def _clean_title(anchor: str) -> str:
    return anchor.strip(" \"'“”«»„*_")


class InlineCitations:
    """Collects a document's inline links block by block: one entry per distinct URL (``L1``, ``L2``,
    … in order of first appearance) and one citation per link, in document order."""

    def __init__(
        self, footnote_urls: set[str] | None = None, footnote_labels: set[str] | None = None
    ) -> None:
        self._entries: dict[str, Footnote] = {}
        self._sites: dict[str, list[LinkSite]] = {}
        self._citations: dict[str, list[Citation]] = {}
        self._footnote_labels = footnote_labels or set()
        # A link to a URL a footnote already cites is that footnote's citation, checked once.
        self._footnote_urls = footnote_urls or set()

    def cite(self, sites: list[LinkSite]) -> list[tuple[int, Citation]]:
        """The citations of one block's links, with each link's offset in the block."""
        cited: list[tuple[int, Citation]] = []
        for site in sites:
            if site.url in self._footnote_urls:
                continue
            entry = self._entries.get(site.url)
            if entry is None:
                ordinal = len(self._entries) + 1
                entry = self._entries[site.url] = Footnote(
                    kind="inline",
                    label=f"{INLINE_PREFIX}{ordinal}",
                    ordinal=ordinal,
                    raw=site.anchor or site.url,
                    url=site.url,
                    urls=[site.url],
                    line=site.line,
                    column=site.column,
                )
            self._sites.setdefault(site.url, []).append(site)
            citation = Citation(
                label=entry.label,
                claim=site.claim,
                paragraph=site.paragraph,
                line=site.line,
                column=site.column,
            )
            self._citations.setdefault(site.url, []).append(citation)
            cited.append((site.offset, citation))
        return cited

    def _numbered(self) -> dict[str, str]:
        """The URLs cited by numbered links, each with its number, when the numbers label the sources.

        A chat assistant's answer pasted as Markdown marks its sources with links whose text is the
        source's number, glued to the claim: "…the same type](https://…/array)[1](https://…/array).
        […its own size](https://…/stdarray-in-cpp/)[2](https://…/stdarray-in-cpp/)" (a copied answer
        with its numbered source links and no list, en-deepresearch-copilot-stdarray-numbered-links:
        3 entries; "…](…)[1](…)[2](…)" in the Bing-style notes of the code index). The number is then
        the entry's label, as a footnote marker's is. Only when every such link keeps its number for
        one URL and each URL its number, two numbers at least, and no footnote of the document has
        the label: a lone "[1](…)" or numbers reused for other pages are links like any other."""
        number_of: dict[str, str] = {}
        url_of: dict[str, str] = {}
        for url, sites in self._sites.items():
            for site in sites:
                if not (site.glued and _NUMBER_ANCHOR.fullmatch(site.anchor)):
                    continue
                number = str(int(site.anchor))
                if number_of.setdefault(url, number) != number or url_of.setdefault(number, url) != url:
                    return {}
        if len(url_of) < 2 or any(number in self._footnote_labels for number in url_of):
            return {}
        return number_of

    def entries(self) -> list[Footnote]:
        """The entries, each with the first anchor text that reads as a title as its title."""
        urls_per_anchor: dict[str, set[str]] = {}
        for sites in self._sites.values():
            for site in sites:
                urls_per_anchor.setdefault(site.anchor.casefold(), set()).add(site.url)
        for url, entry in self._entries.items():
            titled = next((s for s in self._sites[url] if reads_as_title(s, urls_per_anchor)), None)
            entry.title = _clean_title(titled.anchor) if titled is not None else None
        numbered = self._numbered()
        if numbered:
            ordinal = 0
            for url, entry in self._entries.items():
                if url in numbered:
                    entry.label, entry.ordinal = numbered[url], int(numbered[url])
                else:
                    ordinal += 1
                    entry.label, entry.ordinal = f"{INLINE_PREFIX}{ordinal}", ordinal
                for citation in self._citations.get(url, []):
                    citation.label = entry.label
        return list(self._entries.values())
