"""One footnote to verify, with everything its checks need: the unit of work of the verify stage.

Checks are plain functions ``(FootnoteCase) -> list[Finding]``. A case carries the footnote, its
citations, the link verdict, the page (only when the page is the source), the configuration and
the per-document context computed once (term rarity, the other footnotes' sources, judge answers).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from citecheck import lazyre
from citecheck.config import Config
from citecheck.forking import map_split
from citecheck.models import BROKEN_STATES, Citation, Document, Finding, Footnote, LinkResult, PageFacts
from citecheck.verify.textmatch import (
    Match,
    Term,
    TermIndex,
    base_language,
    consonant_key,
    guess_language,
    terms,
)

if TYPE_CHECKING:
    from citecheck.verify.claim import SourceProfile
    from citecheck.verify.judge import JudgeVerdict

# Pages behind these link states are not the cited source (an error page, a bot wall, nothing).
NOT_THE_SOURCE: frozenset[str] = BROKEN_STATES | {"blocked", "skipped", "unreachable"}

_MARKER = lazyre.compile(r"\[[ivxlcdm\d]{1,6}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+", re.IGNORECASE)
_SENTENCE = lazyre.compile(
    r"(?<=[.!?…])[\"”’»)\]]*(?:\[[^\]]{1,6}\])*\s+(?=[\"“«(]?[A-ZÀ-ÖØ-ÞА-ЯЁÇĞİÖŞÜ0-9])"
)


def split_sentences(paragraph: str) -> list[str]:
    """Sentences of a paragraph (markers such as [iv] stay with the sentence they end)."""
    return [s.strip() for s in _SENTENCE.split(paragraph) if s.strip()]


_PAIR_WORD = lazyre.compile(r"[^\W\d_]{3,}")


def word_pairs(text: str) -> list[tuple[str, str]]:
    """Two words in a row of ``text`` (letters only, three or more, case-folded)."""
    return list(itertools.pairwise(w.casefold() for w in _PAIR_WORD.findall(text)))


@dataclass(frozen=True)
class ClaimContext:
    """A citation with the text around it that may be used to judge it.

    ``context`` holds the paragraph's sentences that carry no footnote marker of their own
    (those are supported by their own footnotes, and would lend a swapped neighbour false
    support). ``co_cited`` lists the other labels cited for the same sentence.
    """

    citation: Citation
    index: int
    context: str
    co_cited: tuple[str, ...]


class Sources(Mapping[str, "SourceProfile"]):
    """Each footnote's source profile (by label), built when first asked and kept.

    Offline a footnote's checks ask only for its own profile; built up front, the profiles of a
    20,000-footnote document were 1.9 s of its verify stage (benchmarks/offline_scale.py) done
    before any check, in one process, where a run spread over the cores
    (:func:`citecheck.forking.map_split`) now builds each in the process that judges the footnote.
    Online every footnote asks for its peers', and all are built at the first such question."""

    def __init__(
        self,
        pages: Mapping[str, tuple[Footnote, PageFacts | None]],
        build: Callable[[Footnote, PageFacts | None], SourceProfile],
    ) -> None:
        self._pages = pages
        self._build = build
        self._built: dict[str, SourceProfile] = {}

    def __getitem__(self, label: str) -> SourceProfile:
        profile = self._built.get(label)
        if profile is None:
            footnote, page = self._pages[label]
            profile = self._built[label] = self._build(footnote, page)
        return profile

    def __iter__(self) -> Iterator[str]:
        return iter(self._pages)

    def __len__(self) -> int:
        return len(self._pages)

    def __contains__(self, label: object) -> bool:
        return label in self._pages


@dataclass
class DocumentContext:
    """What every footnote of one document shares: computed once per document."""

    document: Document
    language: str | None = None
    usable_pages: dict[str, tuple[Footnote, PageFacts | None]] = field(default_factory=dict)
    sources: Mapping[str, SourceProfile] = field(default_factory=dict)
    claims: dict[str, list[ClaimContext]] = field(default_factory=dict)
    topic: TopicTerms | None = None
    judge: dict[tuple[str, int], JudgeVerdict] = field(default_factory=dict)
    judge_errors: dict[tuple[str, int], str] = field(default_factory=dict)
    _surroundings: dict[tuple[str, str], TermIndex] = field(default_factory=dict)
    _pairs: Counter[tuple[str, str]] | None = None

    def word_pairs(self) -> Counter[tuple[str, str]]:
        """How many of the document's cited sentences hold each two words in a row (case-folded),
        counted once per document (citecheck.verify.claim's two-word rule asks it per footnote)."""
        if self._pairs is None:
            self._pairs = Counter(
                pair for citation in self.document.citations for pair in set(word_pairs(citation.claim))
            )
        return self._pairs

    def topic_share(self, term: Term) -> float:
        """The share of the document's cited sentences that contain ``term`` (0 below three sentences)."""
        return self.topic.share(term) if self.topic is not None else 0.0

    def surroundings(self, sentence: str, paragraph: str, language: str | None) -> Surroundings:
        """What a cited sentence stands in: the sentence, its paragraph and the document's title.
        The paragraph's index is built when first asked (a term the sentence does not have), once
        however many citations the paragraph carries."""
        return Surroundings(
            TermIndex.build([(sentence, language)], passages=False),
            lambda: self._paragraph_index(paragraph, language),
        )

    def _paragraph_index(self, paragraph: str, language: str | None) -> TermIndex:
        key = (paragraph, language or "")
        index = self._surroundings.get(key)
        if index is None:
            # Sentence by sentence, in the paragraph's language: claim_terms has read each of them
            # (terms are cached by text), so the paragraph is not tokenised again (a tenth of the
            # 20 MB offline benchmark's verify stage, benchmarks/offline_scale.py).
            lang = base_language(language) or guess_language(paragraph)
            fields = [(part, lang) for part in split_sentences(paragraph)]
            index = TermIndex.build([*fields, (self.document.title or "", None)], passages=False)
            if len(self._surroundings) > 4096:
                self._surroundings.clear()
            self._surroundings[key] = index
        return index

    @property
    def title(self) -> str | None:
        return self.document.title

    @property
    def date(self) -> dt.date | None:
        return self.document.date


@dataclass
class Surroundings:
    """A cited sentence's index and its paragraph's (with the document's title): a term is around
    the sentence when either has it. The paragraph's index is built on the first term the sentence
    does not have: a title sharing its words with the sentence is judged without it (most of an
    offline run's time went to paragraph indexes: benchmarks/offline_scale.py)."""

    sentence: TermIndex
    _build_paragraph: Callable[[], TermIndex]
    _paragraph: TermIndex | None = None

    @property
    def paragraph(self) -> TermIndex:
        if self._paragraph is None:
            self._paragraph = self._build_paragraph()
        return self._paragraph

    def find(self, term: Term, *, loose: bool) -> Match | None:
        return self.sentence.find(term, loose=loose) or self.paragraph.find(term, loose=loose)


@dataclass
class TopicTerms:
    """Which terms the document's cited sentences share: built once per document.

    ``counts`` holds, per term key, how many sentences contain it; a term is looked up in the
    index of all sentences (exactly, by prefix or fuzzily, as the checks compare terms) and its
    matching key's count is its sentence frequency. One pass over the sentences, however many
    citations ask.
    """

    index: TermIndex
    counts: dict[str, int]
    by_surface: dict[str, str]
    sentences: int
    # Per consonant skeleton of a name (NAME_SKELETON letters or more; also without its last
    # consonant), how many sentences name it in any form: "Rwanda" in one sentence and "Rwandan"
    # in two are one topic name in three (an answer engine's export on surveillance in Rwanda,
    # fixtures/parse-eval, heldback-15, where each form alone stayed under TOPIC_SHARE).
    names: dict[str, int] = field(default_factory=dict)

    @classmethod
    def build(cls, sentences: list[str], language: str | None) -> TopicTerms:
        counts: dict[str, int] = {}
        by_surface: dict[str, str] = {}
        names: dict[str, int] = {}
        for sentence in sentences:
            keys = set()
            skeletons: set[str] = set()
            for term in terms(sentence, language):
                keys.add(term.key)
                by_surface.setdefault(term.text, term.key)
                if term.kind == "name":
                    skeletons.update(_skeletons(term))
            for key in keys:
                counts[key] = counts.get(key, 0) + 1
            for skeleton in skeletons:
                names[skeleton] = names.get(skeleton, 0) + 1
        index = TermIndex.build([(s, language) for s in sentences], passages=False)
        return cls(index, counts, by_surface, len(sentences), names)

    def share(self, term: Term) -> float:
        if self.sentences < 3:
            return 0.0
        hit = self.index.find(term, loose=True)
        if hit is None:
            return 0.0
        key = term.key if term.key in self.counts and hit.how == "exact" else self.by_surface.get(hit.found)
        count = self.counts.get(key or "", 0)
        if term.kind == "name":
            count = max((count, *(self.names.get(skeleton, 0) for skeleton in _skeletons(term))))
        return count / self.sentences


# A name's consonant skeleton counts only from this many letters: "Rwanda"/"Rwandan" share "rwnd";
# three-letter skeletons ("Armenia"'s "rmn") would join unrelated names.
NAME_SKELETON = 4


def _skeletons(term: Term) -> tuple[str, ...]:
    """The consonant skeleton of a name and, for a derived form, without its last consonant."""
    skeleton = consonant_key(term.key)
    return tuple(s for s in dict.fromkeys((skeleton, skeleton[:-1])) if len(s) >= NAME_SKELETON)


@dataclass(frozen=True)
class FootnoteCase:
    footnote: Footnote
    citations: tuple[ClaimContext, ...]
    link: LinkResult | None
    page: PageFacts | None
    config: Config
    document: DocumentContext

    @property
    def offline(self) -> bool:
        """True when the page cannot be used: an offline run, or no page that is the source."""
        return self.page is None


Check = Callable[[FootnoteCase], list[Finding]]


def usable_page(footnote: Footnote, config: Config) -> PageFacts | None:
    """The footnote's page when it is the cited source: online, fetched, and not an error page."""
    if config.offline or footnote.page is None:
        return None
    if footnote.link is not None and footnote.link.state in NOT_THE_SOURCE:
        return None
    return footnote.page


def claim_contexts(document: Document) -> dict[str, list[ClaimContext]]:
    """Every citation of ``document`` by label, with its marker-free context and co-cited labels.

    A sentence of another citation's cited text is that citation's, not context, though it carries no
    marker: a quotation of several sentences ("“… consequences. And the consequence is …,” Pashinyan told
    France24.[4]") is split into sentences, and its first lent the neighbouring citation's sentence the
    words of [4]'s page — real-heldback-28's armenia-csto-freeze-brief-en/3 read 2021, 2022 and France24
    as its context (branch s40-verify). Over every visible part (real, 2-26) and part 28, verdict by
    verdict: one false alarm spared (real-heldback-16 kirgistan-de/2), one same-document swap caught
    (real-heldback-6 messi-pl/1<->2), no other verdict changed."""
    by_sentence: dict[tuple[str, int], list[str]] = {}
    for citation in document.citations:
        by_sentence.setdefault((citation.claim, citation.line), []).append(citation.label)
    owns = [_bare(citation.claim) for citation in document.citations]
    other_claims: dict[str, set[str]] = {}
    for citation, own in zip(document.citations, owns, strict=True):
        other_claims.setdefault(citation.paragraph, set()).add(own)
    # Each paragraph's unmarked sentences, bare, read once however many citations it carries (a
    # long document's paragraphs on every core: forking.map_split).
    paragraphs = list(other_claims)
    unmarked = dict(
        zip(
            paragraphs,
            map_split(
                _unmarked_sentences, paragraphs, min_weight=SPLIT_MIN_PARAGRAPHS, name="citecheck-verify"
            ),
            strict=True,
        )
    )
    out: dict[str, list[ClaimContext]] = {}
    for citation, own in zip(document.citations, owns, strict=True):
        others = other_claims[citation.paragraph]
        context = [
            sentence
            for sentence, bare in unmarked[citation.paragraph]
            if bare != own and own not in bare and not any(bare in other for other in others)
        ]
        labels = by_sentence[(citation.claim, citation.line)]
        co_cited = tuple(sorted({label for label in labels if label != citation.label}))
        bucket = out.setdefault(citation.label, [])
        bucket.append(ClaimContext(citation, len(bucket), " ".join(context), co_cited))
    return out


# From this many cited paragraphs their sentences are read on every core: a paragraph takes ~0.1 ms
# (benchmarks/offline_scale.py's 20 MB text: 20,000 paragraphs in ~2 s, 2026-12-06), a fork and
# its answer ~20–40 ms.
SPLIT_MIN_PARAGRAPHS = 2_000


def _unmarked_sentences(paragraph: str) -> list[tuple[str, str]]:
    """The sentences of ``paragraph`` that carry no marker, each with its bare form."""
    return [
        (sentence, _bare(sentence)) for sentence in split_sentences(paragraph) if not _MARKER.search(sentence)
    ]


def _bare(text: str) -> str:
    return re.sub(r"\s+", " ", _MARKER.sub("", text)).strip().casefold()
