"""The real-material eval (fixtures/eval/real/*.toml) as labelled cases for the verify gate.

Each topic file holds real sources (title, site, date, main-text excerpts, provenance URL) and
documents whose sentences are real sentences from real pages (``claim_from``), each citing a
source that states its fact. From them this module builds, deterministically:

* ``correct``: every citation with its own source;
* ``swap`` (same-document): two neighbouring citations of one document with their footnote
  entries exchanged, as an author who pasted them the wrong way round would — kept only where
  the hand check in ``SUPPORTED_SWAPS`` did not find that the other source states the claim too;
* ``swap`` (cross-document): a citation given the entry of a source from another topic, in the
  claim's language or in another one;
* ``wrong-title``: a citation whose URL is right but whose cited title is another topic's source
  title, in the page's language (``same``) or in another language (``cross``).

Pages are rendered as HTML with ordinary chrome and metadata and read through the same
``extract_page_facts`` the pipeline uses. The held-back part is a fixed set of topic files
(``HELD_BACK``), chosen before any calibration by sorting the topic names by SHA-256 and taking
them until 30 % of the correct pairs were covered; nothing is calibrated on it.

A second held-back part lives in its own directory (``HELDBACK_2``, fixtures/eval/real-heldback-2):
the same format, loaded by the same functions (``directory=``), every topic of it held back, its
cross-document swaps and wrong titles drawn from its own sources only, and its hand-checked
supported swaps passed in by its gate (tests/verify/heldback2.py). A third one
(``HELDBACK_3``, fixtures/eval/real-heldback-3, gate tests/verify/heldback3.py) is built
and loaded the same way; both are spent (studied for issue 11 on v11-tune and v11-hb3tune), as
is the fourth (``HELDBACK_4``, gate tests/verify/heldback4.py; studied on v11-hb4tune).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import html
import tomllib
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

from citecheck.config import Config
from citecheck.models import Citation, Document, FetchResult, Footnote, LinkResult, PageFacts
from citecheck.verify import extract_page_facts, verify_documents

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT / "fixtures" / "eval" / "real"
HELDBACK_2 = ROOT / "fixtures" / "eval" / "real-heldback-2"
HELDBACK_3 = ROOT / "fixtures" / "eval" / "real-heldback-3"
HELDBACK_4 = ROOT / "fixtures" / "eval" / "real-heldback-4"  # spent: studied on v11-hb4tune (heldback4.py)
HELDBACK_5 = ROOT / "fixtures" / "eval" / "real-heldback-5"  # held back; measured (tests/verify/heldback5.py)
HELDBACK_6 = ROOT / "fixtures" / "eval" / "real-heldback-6"  # held back; measured (tests/verify/heldback6.py)
HELDBACK_7 = ROOT / "fixtures" / "eval" / "real-heldback-7"  # spent: studied on v11-hb8tune (heldback7.py)
HELDBACK_8 = ROOT / "fixtures" / "eval" / "real-heldback-8"  # spent: studied on v11-hb8tune (heldback8.py)
HELDBACK_9 = ROOT / "fixtures" / "eval" / "real-heldback-9"  # spent: studied on v11-hb9tune (heldback9.py)
# spent: studied on v11-hb10tune (heldback10.py)
HELDBACK_10 = ROOT / "fixtures" / "eval" / "real-heldback-10"
# held back, never measured: built blind on v11-hb11 (no pin, no gate yet)
HELDBACK_11 = ROOT / "fixtures" / "eval" / "real-heldback-11"
# spent: studied on v11-hb12tune (heldback12.py)
HELDBACK_12 = ROOT / "fixtures" / "eval" / "real-heldback-12"
# spent: studied on v11-hb13tune (heldback13.py)
HELDBACK_13 = ROOT / "fixtures" / "eval" / "real-heldback-13"
# spent: studied on v11-hb14tune (heldback14.py)
HELDBACK_14 = ROOT / "fixtures" / "eval" / "real-heldback-14"
# held back, never measured: built blind on v11-hb15 (no pin, no gate yet)
HELDBACK_15 = ROOT / "fixtures" / "eval" / "real-heldback-15"
# held back, never measured: built blind on v11-hb16 (no pin, no gate yet)
HELDBACK_16 = ROOT / "fixtures" / "eval" / "real-heldback-16"
# spent: studied on v11-hb17tune (heldback17.py)
HELDBACK_17 = ROOT / "fixtures" / "eval" / "real-heldback-17"
# held back, never measured: built blind on v11-hb18 (no pin, no gate yet)
HELDBACK_18 = ROOT / "fixtures" / "eval" / "real-heldback-18"
# held back: built blind on v11-hb19 (heldback19.py)
HELDBACK_19 = ROOT / "fixtures" / "eval" / "real-heldback-19"
# spent: built blind on v11-hb20, measured blind twice, studied on v11-hb20tune (heldback20.py)
HELDBACK_20 = ROOT / "fixtures" / "eval" / "real-heldback-20"
# spent: built blind on v11-hb21, measured blind twice, studied on v11-hb21tune (heldback21.py)
HELDBACK_21 = ROOT / "fixtures" / "eval" / "real-heldback-21"
# spent: built blind on v11-hb22, measured blind once, studied on v11-hb22tune (heldback22.py)
HELDBACK_22 = ROOT / "fixtures" / "eval" / "real-heldback-22"
# held back: built blind on v11-hb23 (heldback23.py)
HELDBACK_23 = ROOT / "fixtures" / "eval" / "real-heldback-23"
# spent: built blind on v11-hb24, measured blind at each session since, studied on s39-verify2 (heldback24.py)
HELDBACK_24 = ROOT / "fixtures" / "eval" / "real-heldback-24"
# spent: built blind on v11-hb25, measured blind four times, studied on s39-verify (heldback25.py)
HELDBACK_25 = ROOT / "fixtures" / "eval" / "real-heldback-25"
# held back: built blind on v11-hb26, never measured (heldback26.py: no pins until the lead measures it)
HELDBACK_26 = ROOT / "fixtures" / "eval" / "real-heldback-26"
# held back: built blind on s37-hb27, never measured (heldback27.py: no pins until the lead measures it)
HELDBACK_27 = ROOT / "fixtures" / "eval" / "real-heldback-27"
# spent: built blind on s39-hb28, measured blind once, studied on s40-verify (heldback28.py)
HELDBACK_28 = ROOT / "fixtures" / "eval" / "real-heldback-28"
# spent: built blind on s40-hb29, measured blind twice, studied on s41-verify (heldback29.py)
HELDBACK_29 = ROOT / "fixtures" / "eval" / "real-heldback-29"
# spent: built blind on s41-hb30, measured once by its builder, studied on s42-verify (heldback30.py)
HELDBACK_30 = ROOT / "fixtures" / "eval" / "real-heldback-30"
# held back: built blind on s42-hb31 and measured once by its builder (heldback31.py)
HELDBACK_31 = ROOT / "fixtures" / "eval" / "real-heldback-31"
# visible, studied: built on s42-cjk from within-language pairs in ko zh el uk id ar (real32.py)
REAL_32 = ROOT / "fixtures" / "eval" / "real-32"
# Every part in the order it was built: a part shares no topic, page or claim with those before it.
PARTS = (
    REAL,
    HELDBACK_2,
    HELDBACK_3,
    HELDBACK_4,
    HELDBACK_5,
    HELDBACK_6,
    HELDBACK_7,
    HELDBACK_8,
    HELDBACK_9,
    HELDBACK_10,
    HELDBACK_11,
    HELDBACK_12,
    HELDBACK_13,
    HELDBACK_14,
    HELDBACK_15,
    HELDBACK_16,
    HELDBACK_17,
    HELDBACK_18,
    HELDBACK_19,
    HELDBACK_20,
    HELDBACK_21,
    HELDBACK_22,
    HELDBACK_23,
    HELDBACK_24,
    HELDBACK_25,
    HELDBACK_26,
    HELDBACK_27,
    HELDBACK_28,
    HELDBACK_29,
    HELDBACK_30,
    HELDBACK_31,
    REAL_32,
)
CHECKED_AT = dt.datetime(2026, 1, 15, 12, 0, tzinfo=dt.UTC)


def built_before(part: Path) -> tuple[Path, ...]:
    """The parts built before ``part`` (what :class:`heldback_gate.Part` checks it is independent of)."""
    return PARTS[: PARTS.index(part)]


HELD_BACK = frozenset(
    {
        "fukushima",
        "creditsuisse",
        "twitter-musk",
        "baltimore",
        "worldcup2022",
        "mpox2024",
        "log4shell",
        "sinner2024",
    }
)

# Same-document swaps whose "wrong" source, read by hand, states the claim's main fact too (both
# pages report the same event): not wrong citations, so not counted as swaps. Every same-document
# swap of both parts was read before any change to the checker; these 36 of 81 were set aside.
SUPPORTED_SWAPS: frozenset[str] = frozenset(
    {
        "baltimore-en/1<->2",
        "baltimore-en/3<->1",
        "chandrayaan-en/1<->2",
        "chatgpt-en/3<->1",
        "creditsuisse-fr/3<->4",
        "crispr-en/1<->2",
        "crispr-es/1<->2",
        "dana-es/1<->2",
        "eurovision-en/1<->2",
        "eurovision-en/5<->1",
        "evergiven-en/1<->2",
        "evergiven-it/1<->2",
        "fosse-en/1<->2",
        "fosse-en/3<->4",
        "fukushima-ja/1<->2",
        "fukushima-ja/3<->4",
        "jwst-de/3<->4",
        "jwst-en/3<->4",
        "kariko-de/1<->2",
        "log4shell-en/1<->2",
        "log4shell-en/3<->4",
        "mpox-es/1<->2",
        "mpox-es/3<->1",
        "notredame-fr/1<->2",
        "notredame-fr/3<->4",
        "paris2024-pl/1<->2",
        "postgres-en/1<->2",
        "postgres-en/5<->1",
        "rust-linux-en/1<->2",
        "sinner-it/1<->2",
        "tour-nl/1<->2",
        "twitter-tr/5<->1",
        "worldcup-en/1<->2",
        "worldcup-pt/1<->2",
        "worldcup-pt/3<->4",
        "worldcup-pt/5<->1",
    }
)


@dataclass(frozen=True)
class Source:
    url: str
    lang: str
    site: str
    title: str
    text: str
    topic: str
    published: str | None = None


@dataclass(frozen=True)
class Cited:
    """One citation of a real document: the claim sentence and the source it cites."""

    label: str
    claim: str
    claim_from: str
    source: Source


@dataclass(frozen=True)
class RealDocument:
    id: str
    topic: str
    title: str
    language: str
    date: dt.date
    citations: tuple[Cited, ...]
    whole_part_held_back: bool = False  # a document of a part that is held back as a whole

    @property
    def held_back(self) -> bool:
        return self.whole_part_held_back or self.topic in HELD_BACK


@dataclass(frozen=True)
class Case:
    """One labelled case: a document whose footnote ``label`` carries ``entry`` instead of its own."""

    id: str
    kind: str  # correct | swap-same-document | swap-cross-document | wrong-title
    document: RealDocument
    label: str
    entries: dict[str, tuple[Source, str]] = field(default_factory=dict)  # label -> (page, cited title)
    claim_language: str = ""
    page_language: str = ""
    title_language: str = ""

    @property
    def cross_language(self) -> bool:
        if self.kind == "wrong-title":
            return self.title_language != self.page_language
        return self.claim_language != self.page_language

    @property
    def held_back(self) -> bool:
        return self.document.held_back


@cache
def load_documents(directory: Path = REAL) -> tuple[RealDocument, ...]:
    """The documents of one part's directory (``REAL`` or ``HELDBACK_2``), in a fixed order."""
    documents: list[RealDocument] = []
    for path in sorted(directory.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        topic = path.stem
        sources = {
            s["url"]: Source(
                url=s["url"],
                lang=s["lang"],
                site=s["site"],
                title=s["title"],
                text=s["text"],
                topic=topic,
                published=s.get("published"),
            )
            for s in data["source"]
        }
        for doc in data["document"]:
            cited = tuple(
                Cited(str(i + 1), c["claim"], c["claim_from"], sources[c["source"]])
                for i, c in enumerate(doc["citation"])
            )
            documents.append(
                RealDocument(
                    doc["id"],
                    topic,
                    doc["title"],
                    doc["language"],
                    doc["date"],
                    cited,
                    whole_part_held_back=directory != REAL,
                )
            )
    return tuple(documents)


def all_sources(directory: Path = REAL) -> list[Source]:
    seen: dict[str, Source] = {}
    for doc in load_documents(directory):
        for c in doc.citations:
            seen.setdefault(c.source.url, c.source)
    return list(seen.values())


def _own_entries(doc: RealDocument) -> dict[str, tuple[Source, str]]:
    return {c.label: (c.source, c.source.title) for c in doc.citations}


def build_cases(directory: Path = REAL, supported: frozenset[str] = SUPPORTED_SWAPS) -> list[Case]:
    """Every labelled case of one part's directory, in a fixed order.

    ``supported``: the same-document swaps of that part read by hand as supported by the other
    source too, which are not counted as swaps.
    """
    documents = load_documents(directory)
    sources = all_sources(directory)
    cases: list[Case] = []
    for doc in documents:
        own = _own_entries(doc)
        for c in doc.citations:
            cases.append(
                Case(
                    f"{doc.id}/{c.label}",
                    "correct",
                    doc,
                    c.label,
                    own,
                    doc.language,
                    c.source.lang,
                    c.source.lang,
                )
            )
    for d_index, doc in enumerate(documents):
        cits = doc.citations
        for i, c in enumerate(cits):
            own = _own_entries(doc)
            if i % 2 == 0 and len(cits) > 1:
                other = cits[(i + 1) % len(cits)]
                if other.source.url != c.source.url:
                    entries = dict(own)
                    entries[c.label], entries[other.label] = own[other.label], own[c.label]
                    case_id = f"{doc.id}/{c.label}<->{other.label}"
                    if case_id not in supported:
                        cases.append(
                            Case(
                                case_id,
                                "swap-same-document",
                                doc,
                                c.label,
                                entries,
                                doc.language,
                                other.source.lang,
                            )
                        )
            else:
                foreign = _foreign_source(sources, doc, d_index + i, same_language=(i // 2) % 2 == 0)
                entries = dict(own)
                entries[c.label] = (foreign, foreign.title)
                cases.append(
                    Case(
                        f"{doc.id}/{c.label}<-{foreign.topic}",
                        "swap-cross-document",
                        doc,
                        c.label,
                        entries,
                        doc.language,
                        foreign.lang,
                    )
                )
    cases.extend(_wrong_titles(documents, sources))
    return cases


def _foreign_source(sources: list[Source], doc: RealDocument, seed: int, *, same_language: bool) -> Source:
    """A source from another topic, in the document's language when asked (and one exists)."""
    others = [s for s in sources if s.topic != doc.topic]
    wanted = [s for s in others if (s.lang == doc.language) == same_language] or others
    return wanted[(seed * 7) % len(wanted)]


def _wrong_titles(documents: tuple[RealDocument, ...], sources: list[Source]) -> list[Case]:
    """Every third citation gets another topic's headline, alternately in its page's language and not."""
    cases: list[Case] = []
    n = 0
    for doc in documents:
        for i, c in enumerate(doc.citations):
            if i % 3 != 1:
                continue
            n += 1
            page = c.source
            others = [s for s in sources if s.topic != page.topic]
            same = [s for s in others if s.lang == page.lang]
            want_same = n % 2 == 0 and bool(same)
            pool = same if want_same else [s for s in others if s.lang != page.lang]
            title_source = pool[(n * 5) % len(pool)]
            entries = _own_entries(doc)
            entries[c.label] = (page, title_source.title)
            cases.append(
                Case(
                    f"{doc.id}/{c.label}~{title_source.topic}",
                    "wrong-title",
                    doc,
                    c.label,
                    entries,
                    doc.language,
                    page.lang,
                    title_source.lang,
                )
            )
    return cases


# --- pages and documents ---------------------------------------------------------------------------


def render_page(source: Source) -> str:
    """The source as a web page with ordinary chrome: navigation, metadata, article, footer."""
    esc = html.escape
    paragraphs = "".join(f"<p>{esc(p.strip())}</p>" for p in source.text.split("\n") if p.strip())
    published = (
        f'<meta property="article:published_time" content="{esc(source.published)}">'
        if source.published
        else ""
    )
    return (
        f'<!doctype html><html lang="{esc(source.lang)}"><head><meta charset="utf-8">'
        f"<title>{esc(source.title)} | {esc(source.site)}</title>"
        f'<meta property="og:site_name" content="{esc(source.site)}">'
        f'<meta property="og:title" content="{esc(source.title)}">{published}</head>'
        f'<body><header><a href="/">{esc(source.site)}</a><nav><a href="/a">≡</a></nav></header>'
        f"<main><article><h1>{esc(source.title)}</h1>{paragraphs}</article></main>"
        f"<footer>© {esc(source.site)}</footer></body></html>"
    )


def page_facts(url: str) -> PageFacts | None:
    return source_page_facts(next(s for s in all_sources() if s.url == url))


@cache
def source_page_facts(source: Source) -> PageFacts | None:
    """The source rendered as a page and read through ``extract_page_facts``, as the pipeline does."""
    url = source.url
    body = render_page(source).encode("utf-8")
    return extract_page_facts(FetchResult.html_page(url, body, CHECKED_AT))


def document_for(case: Case, *, online: bool) -> Document:
    doc = case.document
    footnotes = []
    citations = []
    for i, c in enumerate(doc.citations):
        page, title = case.entries[c.label]
        footnotes.append(
            Footnote(
                label=c.label,
                ordinal=i + 1,
                raw=f"“{title}”, {page.site}, {page.url}, (Accessed: 2026-01-10).",
                title=title,
                publisher=page.site,
                url=page.url,
                urls=[page.url],
                access_date=dt.date(2026, 1, 10),
                line=200 + i,
                column=1,
                link=LinkResult(
                    url=page.url,
                    state="alive",
                    http_status=200,
                    content_type="text/html",
                    checked_at=CHECKED_AT,
                )
                if online
                else None,
                page=source_page_facts(page) if online else None,
            )
        )
    # Two citations a paragraph, as the sentences of a written text would be grouped.
    for start in range(0, len(doc.citations), 2):
        group = doc.citations[start : start + 2]
        paragraph = " ".join(c.claim for c in group)
        for c in group:
            citations.append(
                Citation(label=c.label, claim=c.claim, paragraph=paragraph, line=10 + int(c.label), column=5)
            )
    return Document(
        path=f"eval-real/{doc.id}.txt",
        title=doc.title,
        date=doc.date,
        language=doc.language,
        footnotes=footnotes,
        citations=citations,
    )


def verified(case: Case, *, online: bool, config: Config | None = None) -> Document:
    document = document_for(case, online=online)
    asyncio.run(verify_documents([document], config or Config(offline=not online)))
    return document


def with_kind(case: Case, kind: str) -> Case:
    return replace(case, kind=kind)
