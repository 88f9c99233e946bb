"""CPU of the verify stage per source and per citation, without the network: page facts and checks.

The end-to-end benchmark (:mod:`e2e`) measures wall time with the fetch; this one isolates the two
CPU costs that follow it (issue 12): reading each page (``extract_page_facts``: trafilatura's main
text, htmldate's dates, metadata, the text hash) and checking each footnote against it
(``verify_documents``: source profiles, document contexts, the claim, title, publisher and date
checks). Pages come from two places:

* the simulated web of ``benchmarks/e2e.py`` (``--urls``, same generator and seed), read from disk
  for the URLs that would be live (redirects followed), every analysis verified with them;
* the real pages of ``fixtures/web`` (news sites in four scripts) and the rendered pages of the
  real eval (``fixtures/eval/real``), read ``--rounds`` times for steadier figures.

Prints CPU seconds per stage (process time, median of ``--repeats``) and, per stage, a digest of
the results, so that a speed-up can be checked to change nothing: the same digest before and after.

    python benchmarks/verify_cpu.py [--urls 800] [--corpus words|real] [--repeats 3] [--rounds 3] [--profile FILE]

Measured (2 shared cores, load average 4-5; CPU s, median of 3), before (e87784a) → after, with
the same digests (page facts, findings, every citation's verdict and scores):
simweb verify (96 analyses, 897 citations) 3.09 → 0.75; simweb page facts (636 pages) 1.28 → 1.12;
real page facts (156 pages) 0.23 → 0.24.

Measured (branch s12-cpu2, issue 12: the workers' CPU; 2 shared cores, load average 3-5, other
helpers' benchmarks pausing this one now and then; CPU s, median of 3, old and new run alternately),
``--urls 2600``, before (main at 7d7e575) → after, every digest identical (page facts, findings,
every citation's verdict and scores; on ``--corpus real`` too, its 18 languages):
simweb verify (301 analyses, 2,942 citations) 8.01, 6.95 → 4.97, 4.60 (−38 %); simweb page facts
(2,066 pages) 4.32, 4.14 → 4.07, 3.91 (unchanged: no change there, the spread is the machine's);
the two together 11.7 → 8.8 s (−25 %, means of the pairs). ``--corpus real`` (2,043 pages, 2,936
citations; old and new an hour apart, not alternately): verify 8.89 → 6.34 (−29 %), page facts
21.16 → 18.95 (unchanged code). Every verdict of every visible part of fixtures/eval/real* (real and
parts 2–23, with and without pages) digested alike before and after, but for one rival's support
in part 10 that main itself gives as 0.551 or 0.561 by the process's hash seed (``PYTHONHASHSEED``
0, 1, 2: alike on both branches seed by seed).
What paid, in citecheck/verify/textmatch.py (each exact, so nothing to calibrate): the pattern of a
time written with its units (:func:`durations_as_clock`) searched only where its opening, a digit
and an hour's unit, stands (1.1 ms → 0.3 ms per page: the pattern opens with a look-behind that the
engine tries at every character); the katakana runs not searched in ASCII text (0.5 ms per page);
the passes over figures in ``_terms`` (scale words, words of approximation) visiting the numbers'
places only, and a scale word looked up only after a number followed by a scale's first word (a
third of ``_terms`` under the profiler); :meth:`TermIndex.find` remembering its answers past the exact key
(``document_rarity`` asks every page about every other footnote's terms: 18,056 distinct of 39,254
such look-ups on ``--urls 800``); ``split_passages`` reading a piece's end by pattern only when it
ends in a period. Weighed and left: htmldate's modified-date call (it returns early from the URL's
or the header's date on most pages, and finds dates the publication call does not — an itemprop
dateModified, JSON-LD's dateModified — so skipping it could change facts); trafilatura's own
passes (its recall check re-reads the whole page with ``html2txt`` on short extractions: a fifth
of page facts on the real corpus, but inside the library); lazy passages per page (every page is
asked about spelled-out figures by ``document_rarity``, which reads them).

Measured (branch s34-cpu, issue 12, whole real pages: ``--corpus saved``, 800 URLs, 652 pages, 917
citations; 2 shared cores, load 0.3-1.7; CPU s, ``--repeats 1 --rounds 1``, main's tree (67de497)
and this one run alternately as separate processes), every digest identical: saved page facts
36739fecbd85, verify 919567e20cd6/e0b9bb22ddda; real c4228bf70def/24ae301bd9c0 (facts aecb56fd9687);
words 4f53cda18c2b/3c4481b452da (facts e0b8a86ca5ad); fixture pages 7b2e44a5f380. Verify 10.45 →
9.41 (median of 3 pairs: 9.25/9.41, 10.45/9.30, 10.72/10.10, base/new); three more pairs of the
verify stage alone (page facts pickled once) 9.50 → 9.15 (−3.7 %: the gain is near the 5 % bar,
the machine's spread about as wide); every ``TermIndex._build`` of a run 11.1 → 10.3 s. Page facts
unchanged (no change there). What paid, each exact by construction and compared with its plain form
on generated strings (tests/verify/test_textmatch.py): ``claim.text_width`` asking only the
characters from U+1100 on their width, found by one pattern (0.26 → 0.08 s over the 652 page texts,
read once per source profile: 1,474 per run); ``textmatch._mentions_iranian_currency`` trying its
pattern only where a currency's name opens in the lower-cased text (1.1 → 0.3 s over the 9,249
texts indexed per run; "rial" stands in "material" and "editorial", after which the whole pattern,
a look-behind at every character, was searched); ``latin_spelling`` of an ASCII name as its lower
case. Tried and dropped: the index's per-term loop taken by kind, with one ASCII test per term
(builds 8.1 against 8.1 s: nothing); a substring or pattern precheck for abbreviated months
(``_abbreviated_dates``: any month prefix and its period in the folded text cost as much as the two
passes it would skip, 0.75 against 0.90 s, and 132 of 1,237 texts pass it); reading only the runs of
one or two digits in ``dated_days`` (half the runs, but finding them costs what finding all did).
Seen and left, for whoever measures next: of the 42.3 MB of text indexed per run, 37.7 MB is the
same 56 pages indexed again (``simweb._saved_page`` serves each page under many URLs; trafilatura
drops the copy's mark, so the texts are identical while the index's fields — the titles — differ). A
cache of each field's share of an index would remove most of ``_build`` here but would not speed a
web of distinct pages, so it was not written: the benchmark's per-citation figure already stands for
distinct pages.

Measured (branch s35-termindex, issue 12; 2 shared cores, load 1.2-3; CPU s, median of 3, main's tree
(ba8a2aa) first, then this one), every digest identical (saved 919567e20cd6/e0b9bb22ddda, real
c4228bf70def/24ae301bd9c0, words 4f53cda18c2b/3c4481b452da): verify saved 9.62 → 6.30 (−35 %),
real 2.04 → 1.84, words 1.09 → 1.02 (distinct pages: read as often as before, so no gain is claimed
there; earlier runs of this branch gave 2.08 and 1.12, the spread is the machine's). What
paid: a ``TermIndex`` is built from per-text parts (``textmatch._field_part``: each text's language,
dates, and per distinct key what its first occurrence adds), a part kept per (text, language) in a
bounded LRU cache (2M characters, ~10 MB) and replayed in field order, so the page indexed again
under another cited title is read once; the whole build compared with the one-pass form it replaces
(tests/verify/test_termindex_parts.py). Under cProfile (verify stage alone, 4M bound) ``_build`` went from 35.0
to 9.6 s cumulative of 50.2 → 18.6 s. End to end (benchmarks/e2e.py --corpus saved --urls 800, main's
tree and this one in turn): tree CPU 32.9 → 30.5 s (--runs 3, 4M-character bound) and 30.2 → 28.6 s
(--runs 2, 2M), each worker's peak RSS +5-7 MB at 2M (221-226 MB before).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import datetime as dt
import hashlib
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from simweb import CORPORA, build_corpus  # noqa: E402

from citecheck.config import Config  # noqa: E402
from citecheck.models import Document, FetchResult, PageFacts  # noqa: E402
from citecheck.parse import parse_text  # noqa: E402
from citecheck.verify import document_context, extract_page_facts, footnote_cases, verify_documents  # noqa: E402
from citecheck.verify.claim import judge_citation  # noqa: E402

CHECKED_AT = dt.datetime(2025, 11, 20, 12, 0, tzinfo=dt.UTC)


def fetch_result(url: str, body: bytes, checked_at: dt.datetime = CHECKED_AT) -> FetchResult:
    return FetchResult.html_page(url, body, checked_at)


def simweb_pages(
    root: Path, urls: int, seed: int, kind: str = "words"
) -> tuple[list[Path], dict[str, FetchResult]]:
    """The analyses of the simulated web and the fetch result of every live URL they cite."""
    corpus = build_corpus(root, 8099, urls, seed, kind)
    results: dict[str, FetchResult] = {}
    for url, truth in corpus.truth.items():
        if truth not in ("alive", "redirected"):
            continue
        parts = urlsplit(url)
        slug = parts.path.rsplit("/", 1)[-1]
        page = corpus.web / corpus.host_of[url] / "news" / slug
        if page.exists():
            results[url] = fetch_result(url, page.read_bytes())
    return sorted(corpus.analyses.glob("*.txt")), results


def real_pages() -> dict[str, FetchResult]:
    """The real pages of fixtures/web and the rendered pages of the real eval."""
    sys.path.insert(0, str(ROOT))
    from tests.verify.eval_real import CHECKED_AT as REAL_CHECKED
    from tests.verify.eval_real import all_sources, render_page

    out: dict[str, FetchResult] = {}
    for path in sorted((ROOT / "fixtures" / "web").rglob("*.html")):
        out[f"https://{path.relative_to(ROOT / 'fixtures' / 'web')}"] = fetch_result(
            str(path), path.read_bytes()
        )
    for source in all_sources():
        out[source.url] = fetch_result(source.url, render_page(source).encode("utf-8"), REAL_CHECKED)
    return out


def digest(value: object) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True, default=str).encode()).hexdigest()[:12]


def facts_digest(facts: dict[str, PageFacts | None]) -> str:
    return digest({url: f.model_dump(mode="json") if f else None for url, f in sorted(facts.items())})


def read_all(results: dict[str, FetchResult]) -> tuple[float, dict[str, PageFacts | None]]:
    started = time.process_time()
    facts = {url: extract_page_facts(result) for url, result in results.items()}
    return time.process_time() - started, facts


def verify_all(
    analyses: list[Path], results: dict[str, FetchResult], facts: dict[str, PageFacts | None]
) -> tuple[float, str]:
    documents: list[Document] = [
        parse_text(path.read_text("utf-8"), path=path.name, today=CHECKED_AT.date()) for path in analyses
    ]
    for document in documents:
        for footnote in document.footnotes:
            if footnote.url in results:
                footnote.link = results[footnote.url].link
                footnote.page = facts[footnote.url]
    config = Config()
    started = time.process_time()
    for document in documents:  # as the pipeline's workers do: one document at a time
        asyncio.run(verify_documents([document], config))
    spent = time.process_time() - started
    findings = [
        (doc.path, f.code, f.label, f.severity, json.dumps(f.evidence, sort_keys=True, default=str))
        for doc in documents
        for f in doc.findings
    ]
    # Every citation's score and verdict, not only the findings: a change that moves a score
    # without crossing a threshold shows here.
    verdicts = []
    for document in documents:
        context = document_context(document, config)
        for case in footnote_cases(context, config):
            for claim in case.citations:
                verdict = judge_citation(case, claim)
                verdicts.append(
                    (
                        document.path,
                        case.footnote.label,
                        verdict.code,
                        verdict.reason,
                        verdict.score.evidence(),
                        verdict.rival,
                    )
                )
    return spent, (
        f"{digest(findings)}/{digest(verdicts)} ({len(findings)} findings, {len(verdicts)} citations)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--urls", type=int, default=800)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--corpus", choices=CORPORA, default="words", help="the simulated web's pages")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--profile", type=Path, help="write a cProfile of one repeat here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        analyses, sim = simweb_pages(Path(tmp), args.urls, args.seed, args.corpus)
        real = real_pages()
        from citecheck.verify import semantic

        semantic.embed(["warm up"])  # the encoder's load is start-up, not per-citation cost
        rows: dict[str, list[float]] = {"simweb page facts": [], "simweb verify": [], "real page facts": []}
        digests: dict[str, str] = {}
        profiler = cProfile.Profile() if args.profile else None
        for repeat in range(args.repeats):
            if profiler is not None and repeat == 0:
                profiler.enable()
            spent, facts = read_all(sim)
            rows["simweb page facts"].append(spent)
            digests["simweb page facts"] = facts_digest(facts) + f" ({len(facts)} pages)"
            spent, verdicts = verify_all(analyses, sim, facts)
            rows["simweb verify"].append(spent)
            digests["simweb verify"] = verdicts
            total = 0.0
            for _ in range(args.rounds):
                spent, real_facts = read_all(real)
                total += spent
            rows["real page facts"].append(total / args.rounds)
            digests["real page facts"] = facts_digest(real_facts) + f" ({len(real_facts)} pages)"
            if profiler is not None and repeat == 0:
                profiler.disable()
                profiler.dump_stats(args.profile)
            _clear_caches()
        for name, values in rows.items():
            print(
                f"{name:20s} {statistics.median(values):6.2f} s CPU (median of {len(values)})   {digests[name]}"
            )


def _clear_caches() -> None:
    """Every repeat starts cold, as a fresh run (a worker process) does."""
    from citecheck.verify import semantic, textmatch

    textmatch._INDEX_CACHE.clear()
    textmatch._clear_field_parts()
    textmatch._WORD_TERMS.clear()
    semantic._cache.clear()
    for name in dir(textmatch):
        cached = getattr(textmatch, name)
        if hasattr(cached, "cache_clear"):
            cached.cache_clear()


if __name__ == "__main__":
    main()
