"""CPU of ``extract_page_facts`` per page, and proof that a change to it changes no page's facts.

Pages, every one read through ``extract_page_facts`` as the pipeline's workers read them:

* ``fixture-web``: every page of ``fixtures/web`` (real news sites in four scripts, the eval's
  rendered sources, the dev web's odd pages), ``fixtures/fetch/pages`` and ``fixtures/eval/facts``
  (truncated HTML, a "today" widget, PDFs, plain text);
* ``eval-real``: the sources of ``fixtures/eval/real``, ``real-heldback-2`` and ``real-heldback-3``
  rendered as :mod:`tests.verify.eval_real` renders them (the verify gate's pages);
* ``simweb-words``, ``simweb-real``: every page the end-to-end benchmark's simulated web serves
  (:func:`simweb.build_corpus`, ``--urls``, seed 7, both corpora);
* ``saved``: the 56 whole real pages (165 KB on average) the end-to-end benchmark's ``saved``
  corpus serves (:func:`simweb.saved_pages`: the calibration pages of fixtures/parse-eval-pages and
  parse-eval-wiki, never their held-back ones), each once, marked as that corpus marks its copies;
* ``variants``: the fixture-web pages and a slice of the eval-real pages rewritten the ways real
  markup differs (comments everywhere, dates inside comments, conditional comments, an XML
  declaration, a BOM, no doctype/<html>/<head>/<body>, a bare fragment, a self-closing <html/>,
  processing instructions, control characters, a cp1251 or Shift-JIS body declared only in a
  <meta>, a body that is only a URL, an empty one, CDATA and comments inside scripts) — the inputs
  where one shared parse could differ from each library's own.

    python benchmarks/page_facts.py --record FILE     # facts of every page, to compare later
    python benchmarks/page_facts.py --compare FILE    # differences against a recording (exit 1 if any)
    python benchmarks/page_facts.py --module OLD.py --record FILE   # the facts of another facts.py
    python benchmarks/page_facts.py --only saved      # these groups only (timing and facts)
    python benchmarks/page_facts.py --against OLD.py  # CPU of another facts.py (e.g. ``git show
                                                      # main:citecheck/verify/facts.py``) beside this one

Prints CPU per page (``time.process_time``, median of ``--repeats`` full passes) per group; with
``--against``, the two implementations' passes alternate, so both see the same load on the machine.

Measured (2 cores shared with other work, load average 2.8; ms CPU per page, median of 5, the
two implementations alternating), main (bba5c15) against p12-facts (one shared parse, text_hash
without the regular expression), facts identical on all 3994 pages:
fixture-web 4.61 -> 4.56, eval-real 3.91 -> 3.45, variants 4.19 -> 3.83, simweb-words
4.63 -> 4.22, simweb-real 19.24 -> 16.41; all 6.86 -> 6.06 (-12 %). On a quieter machine
(load 1.5, median of 3, the shared parse alone): simweb-words 4.13 -> 3.68, simweb-real
15.47 -> 13.13. What is left is trafilatura's extraction and htmldate's searches themselves.

Measured (branch s12-facts, issue 12; 2 shared cores, other helpers' jobs coming and going; ms CPU
per page, median of 3 single passes, main's tree and this one run alternately as separate
processes), main (3ac474d) against s12-facts, facts identical on all 3994 pages (``--record`` on
main, ``--compare`` here) and verify_cpu.py's page-facts digests identical on both corpora
(``--urls 2600``: words 77e3db03f8b1, real d5b27d770a30): fixture-web 2.98 -> 2.70, eval-real
2.29 -> 2.03, variants 2.73 -> 2.45, simweb-words 3.03 -> 2.58, simweb-real 10.88 -> 8.54 (-21 %);
all 4.16 -> 3.52 (-15 %). (An earlier set of three, the slashes prefilter in its first form: all 3.35 -> 3.19, simweb-real
9.93 -> 7.69.) What paid, both exact and installed in the library's module only while its
expression is the one reproduced: trafilatura's basic cleaning (its baseline rescue and the page
measure of its recall escalation, on about half the real-corpus pages) without its XPath's EXSLT
regular-expression callbacks (0.50 -> 0.11 ms a call over these pages); htmldate's two non-digit-led
patterns of its extensive search skipped when a digit-led pattern every match must contain is
absent (about 2.5 ms of its 12-20 ms). Both change library modules for the whole process, so
``--against`` (old and new in one process) cannot time them: run the two trees one after the
other. Looked at and left: htmldate's modified-date call (0.2 ms; it is non-extensive and its
answer was never kept on the 670 pages counted, but nothing proves it cannot be); the
extensive call's repeat of the first call's steps (under 0.3 ms; the search itself is the cost);
metadata read once (htmldate and trafilatura read theirs inside, with ``with_metadata`` off
trafilatura reads none); trafilatura options (every stage that runs feeds the text we keep); a
digit test before the extensive search (real pages always hold years). What is left: trafilatura's
own XPath pruning (``prune_unwanted_nodes``, ~10 %), its tree copies, and htmldate's other
non-digit-led patterns, whose digit-led necessary runs are present on most pages.

Measured (branch p14-pagecpu, issue 12; 2 shared cores, load average 2.4-2.9; ms CPU per page,
median of 3 single passes, main's tree (645ee9c) and this one run alternately as separate
processes), facts identical on all 4,050 pages (``--record`` on main, ``--compare`` here):
fixture-web 1.48 -> 1.20, eval-real 1.12 -> 1.03, variants 1.23 -> 1.03, simweb-words 1.38 ->
1.19, simweb-real 4.60 -> 4.09, saved 39.57 -> 27.10 (-32 %); all 2.39 -> 1.94 (-19 %). What paid:
trafilatura's XPath selections, each a chain of ``self::`` tests (a node set apiece in libxml2)
and EXSLT ``re:test`` calls back into Python per element — its pruning (``OVERALL_DISCARD``,
``REMOVE_COMMENTS_AND_LISTS``, ``RAW_TREE_PRUNE``, ``TEASER_DISCARD``, ``DISCARD_IMAGE``) and its
body searches (``BODY_XPATH`` 0, 2, 3): 10.3 ms of a saved page's ~40 ms, answered in Python over
lxml's tag iterator (:mod:`citecheck.verify.trafilatura_paths`, the same elements in the same
order on 392,550 context checks over these pages) in about a fifth of that; and the shared
parse's element classes looked up in C, not by lxml.html's Python method for each of ~5,000
element proxies a page. Looked at and left (saved group): the ancestor scan of trafilatura's
over-pruning guard (py-spy put 12.5 % on its line; timed alone 0.16 ms a page: the XPath on that
line was the cost); trafilatura's copy of the tree it is handed and its unused backup copy with
``fast`` and comments off (1.6 % of samples together; skipped, nothing measurable on the three
largest pages, 52-59 against 55 ms, and a process's peak RSS over them unchanged, 115 MB); htmldate's
three calls (published 2.7 ms a page, modified 2.8 ms — kept on 11 of the 56 pages, so not
droppable — and the extensive search 10.9 ms a call on 19 of 56), whose pruned copy and
serialisation each call rebuilds (2.1 ms a call: deepcopy 0.86, cleaning 0.41, serialising 0.84):
shared, ~1.2 ms a page (4 %), but only by patching four htmldate functions around object
identity. What is left: trafilatura's link-density passes (12.7 %: each div's text, trimmed, in
each of six passes), its remaining tree copies, htmldate's candidate scan (4.7 %) and searches.

Measured (branch s35-pagecost, issue 12, 2026-12-07; 2 shared cores, load average 4.5-5; main
98880131): where a saved page's CPU goes (``--only saved``, 24-29 ms a page by load; stages timed
with ``time.process_time`` around each reader, median of 3 passes, and py-spy over three passes):
trafilatura's main text 14.6 ms (54 % of py-spy's samples: its extraction 30 %, of which the
link-density passes 11 % and their ``trim`` of whole divs' text 6 %; tree preparation 9 %; text
output 4 %), htmldate 7.2 ms (31 %: the published call 2.2 ms, the modified call 2.3 ms, the
extensive search 9 ms on the 19 of 64 pages whose metadata has no date — spread over its candidate
scan, dateparser, the pruned copy, serialisation and patterns, none above 5 %), the shared parse
1.6 ms (its own lxml parse; 17 of 64 pages still reach trafilatura as a string: fragments, an XML
declaration, doctypes with a ``/``), the text hash 1.0 ms, metadata, titles and language 0.3 ms.
On the eval-real pages (0.8 ms a page) the dates cost more than the text (0.32 against 0.28 ms).
Exact savings left are each a few per cent (sharing htmldate's pruned copy and serialisation
between its calls, ~1-1.5 ms; trimmed lengths in the link-density test, ~1 ms), none several-fold.
A faster extractor, as an experiment (resiliparse 2.0.1, ``extract_plain_text(HTMLTree.parse(html),
main_content=True)`` in place of trafilatura): main text 3.1 against 18.1 ms a saved page (0.05
against 0.29 on eval-real), page facts 13.6 against 24.4 ms (0.57 against 0.81); but it keeps a
Substack post's comment thread instead of the post (4 of the 64 pages left with under 300 chars of
an article trafilatura reads whole, 4 others 3 to 94 times longer with boilerplate), and the
verify eval gets worse: one more false alarm in each of three visible parts (real-heldback-6,
-13, -14: their pinned gates fail), swaps caught +1 or +2 in four parts, unspent held-back
aggregates unchanged. Not adopted. In the whole run (``e2e.py --corpus saved --urls 800``, py-spy
over the process tree, 6,207 samples) reading pages is 38 % of the CPU (trafilatura 21 %, htmldate
11 %), verifying claims 32 % (``TermIndex.build`` over the sources' texts 21 %), the fetch 8 %:
free page reading would make the run 1.6 times cheaper, not four. With resiliparse the tree's CPU
was 29.9 s (runs 29.9, 29.0, 31.5) against 31.5 s (34.0, 31.5, 31.2), the workers' unchanged
(25.4 against 25.3 s): its longer texts cost the claim checks what the extraction saved.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT))

from simweb import _saved_page, build_corpus, saved_pages  # noqa: E402

from citecheck.models import FetchResult, PageFacts  # noqa: E402
from citecheck.verify.facts import extract_page_facts  # noqa: E402

CHECKED_AT = dt.datetime(2025, 11, 20, 12, 0, tzinfo=dt.UTC)
NOT_PAGES = {".json", ".xml", ".toml", ".md"}


def page(
    url: str, body: bytes, checked_at: dt.datetime = CHECKED_AT, *, charset: str | None = "utf-8"
) -> FetchResult:
    result = FetchResult.html_page(url, body, checked_at)
    if charset != "utf-8" and result.response is not None:
        header = "text/html" if charset is None else f"text/html; charset={charset}"
        result.response.response_headers = [("content-type", header)]
    return result


def fixture_pages() -> dict[str, FetchResult]:
    out: dict[str, FetchResult] = {}
    for folder in ("web", "fetch/pages", "eval/facts"):
        base = ROOT / "fixtures" / folder
        for path in sorted(base.rglob("*")):
            if not path.is_file() or path.suffix in NOT_PAGES or path.name == "_redirects":
                continue
            out[f"fixture-web/{path.relative_to(ROOT / 'fixtures')}"] = page(
                f"https://{path.relative_to(base)}", path.read_bytes()
            )
    return out


def eval_real_pages() -> dict[str, FetchResult]:
    from tests.verify.eval_real import CHECKED_AT as REAL_CHECKED
    from tests.verify.eval_real import HELDBACK_2, HELDBACK_3, REAL, all_sources, render_page

    out: dict[str, FetchResult] = {}
    for directory in (REAL, HELDBACK_2, HELDBACK_3):
        for source in all_sources(directory):
            out[f"eval-real/{directory.name}/{source.url}"] = page(
                source.url, render_page(source).encode("utf-8"), REAL_CHECKED
            )
    return out


def simweb_pages(root: Path, urls: int, corpus: str) -> dict[str, FetchResult]:
    built = build_corpus(root / corpus, 8099, urls, 7, corpus)
    out: dict[str, FetchResult] = {}
    for path in sorted(built.web.rglob("*")):
        if path.is_file() and path.suffix not in NOT_PAGES and path.name != "_redirects":
            rel = path.relative_to(built.web)
            out[f"simweb-{corpus}/{rel}"] = page(f"http://{rel}", path.read_bytes())
    return out


def saved_group() -> dict[str, FetchResult]:
    """The 45 whole real pages the end-to-end benchmark's ``saved`` corpus serves (held-back pages
    excluded by :func:`simweb.saved_pages`, as they are there), each once, marked as that corpus
    marks its copies (:func:`simweb._saved_page`)."""
    pages = saved_pages()
    out: dict[str, FetchResult] = {}
    for serial in range(len(pages)):
        body = _saved_page(pages, serial, f"127.0.0.2/{serial}").encode("utf-8")
        out[f"saved/{serial:02d}"] = page(f"http://127.0.0.2/{serial}", body)
    return out


def _sub(pattern: str, repl: str, count: int = 0) -> Callable[[str], str]:
    return lambda text: re.sub(pattern, repl, text, count=count, flags=re.IGNORECASE)


_TEXT_VARIANTS: dict[str, Callable[[str], str]] = {
    "comments": lambda t: (
        "<!-- top -->\n"
        + re.sub(
            r"(</p>|</title>|<head>|</h1>|<body[^>]*>)", r"<!-- c -->\1<!-- d -->", t, flags=re.IGNORECASE
        )
    ),
    "inner-comments": lambda t: re.sub(
        r"(</p>|</title>|<head>|</h1>|<body[^>]*>)",
        r"<!-- c -->\1<!-- d -->",
        t.replace("<meta", "<!-- m --><meta"),
    ),
    "comments-in-words": lambda t: re.sub(r"(<p>[^< ]*) ", r"\1<!-- x --> ", t),
    "comments-between-blocks": _sub(r"(<head>|</p>|</title>)", "\\1\n  <!-- block -->\n  "),
    "pretty-printed": lambda t: re.sub(r">(?=<)", ">\n  ", t),
    "dated-comments": _sub(r"(</p>|<head>)", r"<!-- updated 2019-03-04, published 12.05.2018 -->\1", 3),
    "conditional-comments": _sub(
        r"(<head>|</footer>)", r"\1<!--[if lt IE 9]><p>Old browser 2017-01-02</p><![endif]-->"
    ),
    "xml-declaration": lambda t: '<?xml version="1.0" encoding="utf-8"?>\n' + t,
    "bom": lambda t: "\ufeff" + t,
    "no-wrappers": lambda t: re.sub(
        r"<!doctype[^>]*>|</?(html|head|body)\b[^>]*>", "", t, flags=re.IGNORECASE
    ),
    "fragment": lambda t: (
        re.search(r"<article.*?</article>", t, re.DOTALL | re.IGNORECASE) or re.search(r".*", t)
    )[0],
    "self-closing-html": _sub(r"<html([^>]*)>", r"<html\1/>", 1),
    "processing-instructions": _sub(r"(<head>|</p>)", r'\1<?php echo "x"; ?>'),
    "control-characters": _sub(r"</p>", "\x0b\x01 </p>", 30),
    "script-comments": _sub(
        r"</head>",
        "<script><!--\nvar d = '2016-02-03';\n//--></script><script><![CDATA[x<y]]></script></head>",
        1,
    ),
    "leading-space": lambda t: "\n\n   \t" + t,
    "uppercase-doctype": _sub(r"<!doctype html>", '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN">', 1),
}


def variant_pages(pages: dict[str, FetchResult]) -> dict[str, FetchResult]:
    out: dict[str, FetchResult] = {}
    chosen = [n for n in pages if n.startswith("fixture-web/")] + [
        n for n in pages if n.startswith("eval-real/")
    ][::10]
    for name in chosen:
        result = pages[name]
        assert result.response is not None
        try:
            text = result.response.body.decode("utf-8")
        except UnicodeDecodeError:
            continue
        url = result.link.url
        for kind, change in _TEXT_VARIANTS.items():
            out[f"variants/{kind}/{name}"] = page(url, change(text).encode("utf-8"))
        for codec in ("cp1251", "shift_jis", "latin-1"):
            try:
                body = re.sub(r"charset=[\"']?utf-8", f"charset={codec}", text, flags=re.IGNORECASE).encode(
                    codec
                )
            except UnicodeEncodeError:
                continue
            out[f"variants/{codec}-meta-only/{name}"] = page(url, body, charset=None)
    out["variants/url-only"] = page("https://example.org/u", b"https://example.org/elsewhere")
    out["variants/empty-markup"] = page("https://example.org/e", b"<html></html>")
    out["variants/whitespace"] = page("https://example.org/w", b"  \n ")
    out["variants/text-only"] = page("https://example.org/t", b"Just a sentence of text, 2020-01-02.")
    return out


def all_pages(root: Path, urls: int) -> dict[str, FetchResult]:
    pages = fixture_pages()
    pages.update(eval_real_pages())
    pages.update(variant_pages(pages))
    for corpus in ("words", "real"):
        pages.update(simweb_pages(root, urls, corpus))
    pages.update(saved_group())
    return pages


Extract = Callable[[FetchResult], PageFacts | None]


def load_extractor(path: Path) -> Extract:
    """``extract_page_facts`` of another copy of citecheck/verify/facts.py."""
    spec = importlib.util.spec_from_file_location("citecheck.verify._facts_against", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    extract: Extract = module.extract_page_facts
    return extract


def facts_of(pages: dict[str, FetchResult], extract: Extract = extract_page_facts) -> dict[str, object]:
    out: dict[str, object] = {}
    for name, result in pages.items():
        facts = extract(result)
        out[name] = facts.model_dump(mode="json") if facts is not None else None
    return out


def cpu_per_page(
    pages: dict[str, FetchResult], repeats: int, extractors: list[Extract]
) -> dict[str, tuple[int, list[float]]]:
    """Per group: its page count and, per extractor, ms CPU per page (median of ``repeats``)."""
    groups: dict[str, dict[str, FetchResult]] = {}
    for name, result in pages.items():
        groups.setdefault(name.split("/", 1)[0], {})[name] = result
    out: dict[str, tuple[int, list[float]]] = {}
    for group, members in groups.items():
        spent: list[list[float]] = [[] for _ in extractors]
        for _ in range(repeats):
            for index, extract in enumerate(extractors):
                started = time.process_time()
                for result in members.values():
                    extract(result)
                spent[index].append(time.process_time() - started)
        out[group] = (len(members), [1000 * statistics.median(s) / len(members) for s in spent])
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--urls", type=int, default=800)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--record", type=Path)
    parser.add_argument("--compare", type=Path)
    parser.add_argument("--module", type=Path, help="record or compare the facts of another facts.py")
    parser.add_argument("--against", type=Path, help="another facts.py to time beside this one")
    parser.add_argument("--no-timing", action="store_true")
    parser.add_argument("--only", nargs="+", metavar="GROUP", help="these groups only (e.g. saved)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        pages = all_pages(Path(folder), args.urls)
    if args.only:
        pages = {name: result for name, result in pages.items() if name.split("/", 1)[0] in args.only}
    facts = facts_of(pages, load_extractor(args.module) if args.module else extract_page_facts)
    status = 0
    if args.record:
        args.record.write_text(json.dumps(facts, sort_keys=True, ensure_ascii=False), encoding="utf-8")
        print(f"recorded the facts of {len(facts)} pages in {args.record}")
    if args.compare:
        recorded = json.loads(args.compare.read_text(encoding="utf-8"))
        names = sorted(set(recorded) | set(facts))
        differ = [n for n in names if recorded.get(n, "missing") != facts.get(n, "missing")]
        for name in differ[:20]:
            old, new = recorded.get(name, "missing"), facts.get(name, "missing")
            if isinstance(old, dict) and isinstance(new, dict):
                fields = {
                    k: (old.get(k), new.get(k)) for k in old.keys() | new.keys() if old.get(k) != new.get(k)
                }
                print(f"DIFF {name}: {json.dumps(fields, ensure_ascii=False, default=str)[:600]}")
            else:
                print(f"DIFF {name}: {str(old)[:200]} -> {str(new)[:200]}")
        print(f"compared {len(names)} pages: {len(differ)} differ")
        status = 1 if differ else 0
    if not args.no_timing:
        extractors: list[Extract] = [extract_page_facts]
        heads = ["ms CPU/page"]
        if args.against:
            extractors.insert(0, load_extractor(args.against))
            heads = ["against", "this", "change"]
        print(f"{'group':<16}{'pages':>7}" + "".join(f"{h:>16}" for h in heads))
        totals = [0.0 for _ in extractors]
        count_all = 0
        for group, (count, per_page) in cpu_per_page(pages, args.repeats, extractors).items():
            print(f"{group:<16}{count:>7}" + _row(per_page))
            count_all += count
            totals = [t + count * p for t, p in zip(totals, per_page, strict=True)]
        print(f"{'all':<16}{count_all:>7}" + _row([t / count_all for t in totals]))
    return status


def _row(per_page: list[float]) -> str:
    cells = "".join(f"{p:>16.2f}" for p in per_page)
    if len(per_page) == 2:
        cells += f"{100 * (per_page[1] - per_page[0]) / per_page[0]:>15.0f}%"
    return cells


if __name__ == "__main__":
    sys.exit(main())
