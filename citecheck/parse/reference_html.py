"""Reference lists of journal article pages as publishers' platforms render them (HTML reader helpers).

A journal page prints, after each reference's text, a row of look-up links to services that find the
cited work ("[Google Scholar] [CrossRef] [PubMed]", "CrossRef Full Text | Pubmed Abstract | Google
Scholar", "View at Publisher · View at Google Scholar · View at Scopus", "OpenUrl CrossRef Medline Web
of Science", "[DOI] [PMC free article] [PubMed]", "Search via ReFindit"). Such a row is apparatus,
not the source: read as the reference's text, its first link became the entry's URL (a Google Scholar
search, a PubMed record) and its label the entry's title ("Google Scholar"); set in a paragraph of its
own, the row became an entry of its own and every later reference of an unnumbered list took the
label of the one before. Of the row, only a link to a DOI resolver names the cited work; it is kept
as the entry's link, without its label.

Data (fixtures/parse-eval-pages, branch p12-refhtml): the calibration pages of MDPI (12 of 12
sampled URLs a Google Scholar search, 3 titles "Google Scholar"), Frontiers (rows in paragraphs of
their own: PubMed records as URLs), Pensoft (a "Search via ReFindit" paragraph after every reference:
ten of eleven titles shifted), Hindawi (a Scopus record as a URL), BMJ (HighWire's "OpenUrl
CrossRef Medline Web of Science" rows), PubMed Central ("[DOI] [PMC free article] [PubMed] [Google
Scholar]").

Also here: the institutions a page names for its authors (Highwire Press's
``citation_author_institution`` meta tags), whose numbered lines under the by-line ("<sup>1</sup>
Wolf Science Centre, Ernstbrunn, Austria") are affiliations, not notes; and a link whose text is a
DOI ("doi:10.1378/chest.09-1584") while its address is a site's own look-up of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from citecheck import lazyre

# What may stand between the links of a row, or around them: brackets, bars, middle dots, commas.
_SEPARATORS = lazyre.compile(r"[\s\[\]()|·•,;/]*")
# The trailing part of a reference's text a row's first bracket or bar leaves behind ("…21–34. [").
_TRAILING_SEPARATORS = lazyre.compile(r"[\s\[(|·•,;/]+$")
# Where a row starts inside the reference's own element: after the reference's closing stop or
# bracket, or on a bracket or bar of its own ("…21–34. [", "…10.2196/12239 [", "…2008. |").
_ROW_OPENING = lazyre.compile(r"(?:[.)\]]|[\[(|·•])\s*$")
_LETTER = lazyre.compile(r"[^\W\d_]")
_ADDRESS_LIKE = lazyre.compile(r"://|^www\.|\.[a-z]{2,4}(?:/|$)|\b10\.\d{4,9}/", re.IGNORECASE)
_DOI_TEXT = lazyre.compile(
    r"(?:doi:?\s*|https?://(?:dx\.)?doi\.org/)?(10\.\d{4,9}/[^\s\"<>]+)", re.IGNORECASE
)
_DOI_HOSTS = frozenset({"doi.org", "dx.doi.org", "www.doi.org"})
# A short label: a service's name or an action ("CrossRef", "View at Google Scholar", "PMC free
# article"), not a title (titles run longer) nor an address.
_LABEL_WORDS = 4
_LABEL_CHARS = 32
# Words of the reference itself that a look-up's query repeats ("scholar_lookup?title=Within-field+
# variability+of+Fusarium…", "refindit.org/?text=Cordeiro%20LM…"): a search for the entry.
_QUERY_WORD = lazyre.compile(r"[^\W\d_]{4,}")
_QUERY_WORDS = 4
# The arrows a back link to the text shows (html.py's classed back links read theirs with "^" too;
# HighWire's reference rows with "↵", its carriage-return arrow).
BACK_ARROWS = "↑↩⤴⇧"
_BACK_ARROW = lazyre.compile(rf"\s*[↵{BACK_ARROWS}]\ufe0e?\s*")


def _short_label(text: str) -> bool:
    shown = " ".join(text.split())
    return (
        0 < len(shown.split()) <= _LABEL_WORDS
        and len(shown) <= _LABEL_CHARS
        and bool(_LETTER.search(shown))
        and not _ADDRESS_LIKE.search(shown)
    )


def _separators(text: str | None) -> bool:
    return _SEPARATORS.fullmatch(text or "") is not None


def doi_resolver(href: str | None) -> bool:
    """Whether ``href`` is a DOI resolver's address of a DOI ("http://dx.doi.org/10.1007/BF03192180")."""
    parts = urlsplit((href or "").strip())
    return (
        parts.scheme.lower() in ("http", "https")
        and parts.netloc.lower() in _DOI_HOSTS
        and (unquote(parts.path).startswith("/10."))
    )


def doi_of_text(text: str) -> str | None:
    """The DOI address a link's text spells, when the text is only a DOI ("doi:10.1378/chest.09-1584"):
    what the reader is shown and would follow. HighWire's pages link such text to their own look-up
    ("/lookup/doi/http://dx.doi.org/doi:10.1378/…", completed as the site's address: eleven of the BMJ
    page's twelve sampled URLs). Guard: the whole text is the DOI (with "doi:" or a resolver's
    address before it), nothing else."""
    match = _DOI_TEXT.fullmatch(" ".join(text.split()))
    if match is None:
        return None
    return "https://doi.org/" + match.group(1).rstrip(".,;:")


def back_arrow_link(element: Any) -> bool:
    """A link into the page whose text is only a back arrow ("<a href="#xref-ref-1-1">↵</a>", which
    HighWire puts first in every reference of the BMJ page): the way back to the text, not the
    entry's; read as text it made a block "↵" of its own before each reference."""
    href = (element.get("href") or "").strip()
    return href.startswith("#") and _BACK_ARROW.fullmatch(element.text_content() or "") is not None


def _query_repeats(href: str, before: str) -> bool:
    """Whether the link's query carries ``_QUERY_WORDS`` words of the reference's own text."""
    query = unquote(urlsplit(href).query.replace("+", " ")).casefold()
    if not query:
        return False
    words = set(_QUERY_WORD.findall(before.casefold()))
    return len({w for w in _QUERY_WORD.findall(query) if w in words}) >= _QUERY_WORDS


@dataclass
class Apparatus:
    """The look-up rows of a page's references: each row link's kept address (a DOI resolver's, else
    None), the separator elements inside rows, and the elements whose tails are a row's separators."""

    links: dict[Any, str | None] = field(default_factory=dict)
    separators: set[Any] = field(default_factory=set)
    tails: set[Any] = field(default_factory=set)

    def __bool__(self) -> bool:
        return bool(self.links)


def _text_before(container: Any, first: Any) -> str:
    """The reference's text before ``first`` (a child of ``container``), or before ``container`` in its
    parent when the row is all ``container`` holds."""
    parts = [container.text or ""]
    for child in container:
        if child is first:
            break
        parts.append(child.text_content() if isinstance(child.tag, str) else "")
        parts.append(child.tail or "")
    return "".join(parts)


def _text_preceding(container: Any) -> str:
    """The text before ``container`` within its parent (its previous siblings and the parent's own)."""
    parent = container.getparent()
    if parent is None:
        return ""
    return _text_before(parent, container)


def _row_part(child: Any) -> bool:
    """A link with a short label or an icon ("<a href=…><img alt="OpenURL"></a>", BMC's link resolver
    closing its row), or a separator element ("<span class="sep"> · </span>")."""
    tag = child.tag.lower()
    if tag == "a":
        text = child.text_content()
        icon = not text.strip() and any(isinstance(c.tag, str) and c.tag.lower() == "img" for c in child)
        return bool(child.get("href")) and (icon or _short_label(text))
    return tag in ("span", "b", "strong") and len(child) == 0 and _separators(child.text)


def _trailing_run(container: Any) -> list[Any]:
    """The children of ``container`` that end it as a row: short-label links and separator-only
    elements, every tail between them separators only; empty where the container does not end so."""
    children = [child for child in container if isinstance(child.tag, str)]
    run: list[Any] = []
    for child in reversed(children):
        if not _separators(child.tail):
            break
        if not _row_part(child):
            break
        run.append(child)
    run.reverse()
    while run and run[0].tag.lower() != "a":
        run.pop(0)
    return run


def _class(element: Any) -> str:
    return " ".join((element.get("class") or "").split())


def find_apparatus(root: Any, in_references: Any) -> Apparatus:
    """The look-up rows of the page's references (see the module's docstring).

    A row is the end of a reference's element (or the whole of an element following a reference)
    made only of links with short labels (``_short_label``) and separators. Such a run is a row when
    it has two links or more; a run of one link when its query repeats the reference's words (a search
    for it: MDPI's lone "[Google Scholar]"), or when the page writes rows of two or more in elements
    of the same class (Hindawi's "reflinks" span holding only "View at Scopus"), or when it is a DOI
    resolver's link (kept as the entry's link, its label dropped). Guards: only
    inside references (``in_references``: a notes or reference list by its class or id, or under a
    notes heading, as the caller knows it), only after the reference's text (a container holding
    nothing but the row must follow a sibling with text; a row inside the reference's element must
    open after a stop or a bracket, ``_ROW_OPENING``: LessWrong's "… <a>wrapper</a> <a>minds</a>",
    two linked words ending a note's sentence, lost their links else), never a link whose label is
    an address."""
    candidates: list[tuple[Any, list[Any], str]] = []
    seen: set[Any] = set()
    for anchor in root.iter("a"):
        container = anchor.getparent()
        if container is None or container in seen or not anchor.get("href"):
            continue
        seen.add(container)
        run = _trailing_run(container)
        if not run or not in_references(container):
            continue
        links = [a for a in run if a.tag.lower() == "a"]
        whole = _separators(container.text) and len(run) == sum(
            1 for c in container if isinstance(c.tag, str)
        )
        before = _text_preceding(container) if whole else _text_before(container, run[0])
        if not before.strip() or _separators(before):
            continue
        if not whole and not _ROW_OPENING.search(before):
            continue  # two linked words ending a sentence ("… are not <a>wrapper</a> <a>minds</a>")
        candidates.append((container, links, before))
    candidates.extend(_list_rows(root, in_references, seen))
    row_classes = {_class(c) for c, links, _ in candidates if len(links) >= 2 and _class(c)}
    found = Apparatus()
    # A DOI that look-ups of two references or more carry is the citing page's own (ACS-style
    # "linkout?doi=<the page's DOI>&key=<the cited work's>"), never the one cited.
    shared = _shared_query_dois(links for _, links, _ in candidates)
    for container, links, before in candidates:
        if len(links) == 1:
            link = links[0]
            href = link.get("href") or ""
            if not (
                doi_resolver(href)
                or _query_repeats(href, before)
                or (_class(container) and _class(container) in row_classes)
            ):
                continue
        if container.tag.lower() in ("ul", "ol"):
            # A row set as a list, one link an item: the list goes whole, its DOI kept.
            found.links[container] = next(
                (kept for kept in (_kept_address(a, shared) for a in links) if kept), None
            )
            continue
        for link in links:
            found.links[link] = _kept_address(link, shared)
        run = _trailing_run(container)
        found.separators.update(child for child in run if child.tag.lower() != "a")
        found.tails.update(run)
    return found


def _list_rows(root: Any, in_references: Any, seen: set[Any]) -> list[tuple[Any, list[Any], str]]:
    """Look-up rows set as a list after the reference's text, one short-label link an item: Wiley
    Online Library's ``<ul class="externalReferences"><li><a>CrossRef</a>,</li><li><a>CAS</a>,</li>
    <li><a>Web of Science® Times Cited: 987</a>,</li><li><a>ADS</a></li></ul>`` (fixtures/
    parse-eval-pages wiley-advs-perovskite.html: each reference's title read as "CrossRef", "CAS" or
    "ADS"; _trailing_run sees one link per item, with nothing before it). Guards: two items or more,
    each only a short-label link and separators; the list follows text of the reference's own
    element; only inside references."""
    rows = []
    for listing in root.iter("ul", "ol"):
        items = [child for child in listing if isinstance(child.tag, str)]
        if len(items) < 2 or any(item.tag.lower() != "li" for item in items):
            continue
        links = []
        for item in items:
            children = [c for c in item if isinstance(c.tag, str)]
            if len(children) != 1 or children[0].tag.lower() != "a" or not _separators(item.text):
                break
            if not _separators(children[0].tail) or not _list_row_label(children[0]):
                break
            links.append(children[0])
        else:
            before = _text_preceding(listing)
            if (
                _last_in_parent(listing)
                and any(_short_label(a.text_content()) for a in links)
                and before.strip()
                and not _separators(before)
                and _inside_item(listing)
                and in_references(listing)
            ):
                seen.update(items)
                rows.append((listing, links, before))
    return rows


# A list row's item may say a little more than a short label ("Web of Science® Times Cited: 987").
_LIST_ROW_WORDS = 6
_LIST_ROW_CHARS = 48
_ITEM_LEVELS = 3


def _last_in_parent(element: Any) -> bool:
    """Whether ``element`` ends its parent: nothing but blanks and separators after it (a row closes the
    reference; a list of linked names at its start, eLife's authors, does not)."""
    if not _separators(element.tail):
        return False
    for sibling in element.itersiblings():
        if isinstance(sibling.tag, str) or not _separators(sibling.tail):
            return False
    return True


def _list_row_label(link: Any) -> bool:
    shown = " ".join(link.text_content().split())
    return (
        bool(link.get("href"))
        and 0 < len(shown.split()) <= _LIST_ROW_WORDS
        and len(shown) <= _LIST_ROW_CHARS
        and bool(_LETTER.search(shown))
        and not _ADDRESS_LIKE.search(shown)
    )


def _inside_item(listing: Any) -> bool:
    """Whether the list sits inside a list item (the reference's own), a few levels up."""
    parent = listing.getparent()
    for _ in range(_ITEM_LEVELS):
        if parent is None:
            return False
        if isinstance(parent.tag, str) and parent.tag.lower() == "li":
            return True
        parent = parent.getparent()
    return False


_WHOLE_DOI = lazyre.compile(r"10\.\d{4,9}/\S+")


def _query_dois(href: str) -> set[str]:
    """The DOIs a link's query gives as whole values ("XREF?id=10.1038/329529a0",
    "external-ref?access_num=10.2217/fmb.10.126&link_type=DOI")."""
    try:
        pairs = parse_qsl(urlsplit(href).query)
    except ValueError:
        return set()
    return {value.strip() for _, value in pairs if _WHOLE_DOI.fullmatch(value.strip())}


def _shared_query_dois(rows: Any) -> set[str]:
    seen: dict[str, int] = {}
    for links in rows:
        for doi in set().union(*(_query_dois(link.get("href") or "") for link in links)):
            seen[doi] = seen.get(doi, 0) + 1
    return {doi for doi, count in seen.items() if count >= 2}


def _kept_address(link: Any, shared: set[str]) -> str | None:
    """What a row's link leaves the entry: a DOI resolver's address as it is; a look-up of the cited
    work's DOI (a publisher's "/resolve/reference/XREF?id=10.1038/329529a0", HighWire's
    "/external-ref?access_num=10.2217/fmb.10.126&link_type=DOI": the cited work's DOI in its query,
    and no other) as that DOI's address (fixtures/parse-eval-pages wiley-advs-perovskite.html,
    ijsem-prevotella-jejuni.html); else nothing. Guards: a query with two DOIs is not read (Taylor &
    Francis's "linkout?doi=<the page's own>&key=<the cited work's>": which is which is not said); a
    DOI ``shared`` by the rows of several references is the citing page's own."""
    href = (link.get("href") or "").strip()
    if doi_resolver(href):
        return href
    dois = _query_dois(href)
    if len(dois) == 1 and not dois <= shared:
        return "https://doi.org/" + dois.pop()
    return None


def trim_trailing_separators(parts: list[str]) -> int:
    """Drop the separators a row leaves at the end of the text read so far ("…21–34. ["): how many
    characters went."""
    dropped = 0
    while parts:
        kept = _TRAILING_SEPARATORS.sub("", parts[-1])
        if kept == parts[-1]:
            break
        dropped += len(parts[-1]) - len(kept)
        if kept:
            parts[-1] = kept
            break
        parts.pop()
    return dropped


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()


def author_institutions(root: Any) -> frozenset[str]:
    """The institutions the page names for its authors (``<meta name="citation_author_institution">``,
    Highwire Press's tags that Google Scholar reads; Frontiers, PubMed Central, HighWire and most
    journal platforms write them), normalised. HighWire writes the affiliation's number into the tag
    ("1Department of Clinical Microbiology, …", the page's list showing "<sup>1</sup>Department …"):
    the value without that number is kept too (fixtures/parse-eval-pages ijsem-prevotella-jejuni.html:
    five affiliations read as notes 1-5, the references pushed to labels "2.1", "2.2", …)."""
    found = set()
    for meta in root.iter("meta"):
        if (meta.get("name") or "").strip().lower() == "citation_author_institution":
            value = _normal(meta.get("content") or "")
            if value:
                found.add(value)
                unnumbered = _GLUED_AFFILIATION_NUMBER.sub("", value, count=1)
                if unnumbered != value:
                    found.add(unnumbered)
    return frozenset(found)


# A number of one or two digits glued to the institution's first letter ("1Department", "12Institut"):
# a year or a street number stands apart ("2019 …", "10 Downing Street") and is kept.
_GLUED_AFFILIATION_NUMBER = lazyre.compile(r"^\d{1,2}(?=[^\W\d_])")


_LEADING_LABEL = lazyre.compile(r"^\s*[\[(]?(?:\d{1,2}|[a-z*†‡§])[\])]?[.,]?\s*")


def affiliation_line(element: Any, institutions: frozenset[str]) -> bool:
    """Whether ``element`` (a list item or a short block) is an author's affiliation: its text, its
    leading number ("<sup>1</sup>") off, is one of the page's ``institutions`` (author_institutions).
    Frontiers writes them as ``<ul class="notes"><li><sup>1</sup>Wolf Science Centre, …</li>``,
    PubMed Central as ``<div class="p"><sup>3</sup>Section of Bioinformatics, …</div>`` in each
    author's card: read as notes 1-5, the article's references were numbered after them or collided
    with them (fixtures/parse-eval-pages frontiers-dog-cooperation.html, pmc-autocorpus.html).
    Guards: the page must name its institutions in its metadata; the whole text must be one of them
    (a note citing an institution's report says more); only elements without block children."""
    if not institutions:
        return False
    text = element.text_content()
    if len(text) > 400:
        return False
    return _normal(_LEADING_LABEL.sub("", text, count=1)) in institutions


_REFERENCE_FIELD = lazyre.compile(r"(?:^|;)\s*citation_title=([^;]*)")
_CITED_TITLE_WORDS = 3


def cited_titles(root: Any) -> tuple[str, ...]:
    """The titles the page's ``<meta name="citation_reference">`` tags give its references
    ("citation_journal_title=…;citation_title=Dabigatran versus warfarin in patients with atrial
    fibrillation.;…", Highwire Press's tags, written by HighWire, Springer, PLOS and others), lower
    case, their closing stop off; only titles of ``_CITED_TITLE_WORDS`` words or more (a one-word
    title, "Dog", is found anywhere)."""
    found: dict[str, None] = {}
    for meta in root.iter("meta"):
        if (meta.get("name") or "").strip().lower() != "citation_reference":
            continue
        match = _REFERENCE_FIELD.search(meta.get("content") or "")
        if match is None:
            continue
        title = " ".join(match.group(1).split()).rstrip(".").strip()
        if len(title.split()) >= _CITED_TITLE_WORDS:
            found[title.lower()] = None
    return tuple(found)


def cited_title_span(text: str, titles: tuple[str, ...]) -> tuple[int, int] | None:
    """Where one of the page's ``titles`` (cited_titles) stands in a reference's ``text``, as the page's
    metadata says it is that reference's title: the BMJ page's "Connolly SJ, …, et al. RE-LY Steering
    Committee and Investigators. Dabigatran versus warfarin in patients with atrial fibrillation. N
    Engl J Med2009;…" took the trial group as its title (fixtures/parse-eval-pages
    bmj-dabigatran-warfarin.html: references 3, 4, 5, 6 and 7 have one in the metadata). Guards: the
    whole title, case aside, within the text (the longest found); a text whose lower case changes
    its length is left alone."""
    lowered = text.lower()
    if not titles or len(lowered) != len(text):
        return None
    best: tuple[int, int] | None = None
    for title in titles:
        at = lowered.find(title)
        if at != -1 and (best is None or len(title) > best[1] - best[0]):
            best = (at, at + len(title))
    return best


_ET_AL = lazyre.compile(r"\s*et\.?\s+al\.?\s*", re.IGNORECASE)


def author_list_mark(text: str) -> bool:
    """Whether an emphasised run is only the author list's "et al." (BMC sets it in italics, "Grad R,
    <em>et al</em>.: <strong>A randomized trial …</strong>"): the Latin abbreviation of an author
    list, never a title; read as a title mark, it was the title of five of the BMC Trials page's
    twelve sampled references (fixtures/parse-eval-pages bmc-trials-drug-monitoring.html)."""
    return _ET_AL.fullmatch(text) is not None
