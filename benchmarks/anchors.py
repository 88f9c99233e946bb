"""The section-link check (citecheck/verify/anchors.py) on real saved pages: false alarms and misses.

Every in-page link of a real page (``<a href="#part">``: tables of contents, note markers and
back-links, "skip to content") names a part its authors meant to exist, so the check should find
it; each one it calls missing is a false alarm unless the page's own link is broken (read by hand
in the calibration part). For misses, each judged page is asked for the in-page fragments of the
next page of its set that the page itself lacks (no element has that exact id or ``<a name>``):
each one it finds anyway is a miss of the lenient reading (case, spaces and underscores aside).

    python benchmarks/anchors.py [--show] [DIR ...]

Without DIR: the visible saved pages of this repository (fixtures/**/*.html, held-back files of
the parse sets excluded, as benchmarks/offline_sweep.py excludes them). With DIR: every ``*.html``,
``*.htm`` and ``*.html.gz`` below it. ``--show`` lists each fragment called missing (never used
on a held-back set).

Measured 2026-12-07 (session 41), content links only (``<a href="#…">`` inside ``<article>``,
``<main>`` or ``role=main``; a first run over every in-page link, menus and widgets too, was read
on the calibration set only and showed mostly script handles, so the measure was narrowed before
the held-back sets were read with it):

=====================================================  ======  ======  =========  ======  ==========
set (pages read)                                       judged  links   found      called  another
                                                                                  missing page's
=====================================================  ======  ======  =========  ======  ==========
calibration: adbar/trafilatura tests/eval (922),       531     736     666        70      224/224
e90b0ef5
held back: mozilla/readability test-pages source.html  66      1,160   1,157      3       49/49
(130), ab4027a8
held back: scrapinghub/article-extraction-benchmark    89      43      21         22      32/32
html (181), 4a3bc979
=====================================================  ======  ======  =========  ======  ==========

The 70 of the calibration set, read one by one: 45 are WordPress.com's comment-form buttons
("#comment-form-load-service:Twitter", three on each of 15 blogs), the other 25 share, player,
poll, newsletter, author-box and menu buttons and "#comments"/"#article" jumps whose target the
saved page lacks — script handles, none a heading or a note the page holds. The held-back sets'
misses were not read. This repository's own saved pages (156) are no measure: most are excerpts
whose notes' back-links point into text that was cut (3,560 links, 333 called missing).
"""

from __future__ import annotations

import argparse
import gzip
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from citecheck.fragments import element_fragment  # noqa: E402
from citecheck.verify import anchors  # noqa: E402
from citecheck.verify.facts import _parse_html, html_facts  # noqa: E402


def repository_pages() -> list[Path]:
    from benchmarks.offline_sweep import visible_documents

    visible = {path.resolve() for path in visible_documents()}
    held = {p.resolve() for p in ROOT.glob("fixtures/**/*.html")} - visible
    pages = [p for p in sorted(ROOT.glob("fixtures/**/*.html")) if p.resolve() in visible]
    # Saved pages outside the parse sets (the fixture web, the defuddle set's visible pages).
    for folder in ("fixtures/web", "fixtures/defuddle-footnotes"):
        for path in sorted((ROOT / folder).glob("**/*.html")):
            if path.resolve() not in held and "held" not in str(path).lower() and path not in pages:
                pages.append(path)
    return pages


def folder_pages(folder: Path) -> list[Path]:
    return sorted(
        p
        for p in folder.rglob("*")
        if p.is_file() and p.name.endswith((".html", ".htm", ".html.gz")) and p.name != "expected.html"
    )


def read(path: Path) -> str:
    data = path.read_bytes()
    if path.name.endswith(".gz"):
        data = gzip.decompress(data)
    return data.decode("utf-8", "replace")


# In-page links of the page's content (an <article> or <main>), not of its menus, share buttons and
# comment forms, whose "#cancel" and "#menu" are script handles rather than parts of the page.
CONTENT_LINKS = "(//article | //main | //*[@role='main'])//a[starts-with(@href, '#')]/@href"
CONTENT_ONLY = True


def in_page_fragments(tree: object) -> list[str]:
    hrefs: list[str] = tree.xpath(CONTENT_LINKS if CONTENT_ONLY else "//a[starts-with(@href, '#')]/@href")  # type: ignore[attr-defined]
    out = []
    for href in dict.fromkeys(str(h) for h in hrefs):
        fragment = element_fragment("https://page.example/" + href)
        if fragment is not None:
            out.append(fragment)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--all-links", action="store_true", help="every in-page link, menus and widgets too")
    args = parser.parse_args(argv)
    global CONTENT_ONLY
    CONTENT_ONLY = not args.all_links
    paths = (
        [p for folder in args.folders for p in folder_pages(folder)] if args.folders else repository_pages()
    )
    pages: list[tuple[Path, object, int, list[str], set[str]]] = []
    for path in paths:
        html = read(path)
        tree = _parse_html(html)
        if tree is None:
            continue
        text_chars = len(html_facts(html).text)
        ids = {str(n) for n in tree.xpath("//@id | //a/@name")}  # type: ignore[attr-defined]
        pages.append((path, tree, text_chars, in_page_fragments(tree), ids))
    judged_pages = found = missing = asked_other = flagged_other = with_fragments = 0
    shown: list[str] = []
    for number, (path, tree, text_chars, fragments, ids) in enumerate(pages):
        if fragments:
            with_fragments += 1
        index = anchors.index_page(tree)
        if index is None or text_chars < anchors.MIN_TEXT_CHARS:
            continue
        judged_pages += 1
        for fragment in fragments:
            if index.holds(fragment):
                found += 1
            else:
                missing += 1
                shown.append(f"{path.name}: #{fragment}")
        other = pages[(number + 1) % len(pages)][3]
        for fragment in [f for f in other if f not in ids][:5]:
            asked_other += 1
            flagged_other += not index.holds(fragment)
    print(f"{len(pages)} pages read, {with_fragments} with in-page links, {judged_pages} judged")
    print(f"in-page fragments on judged pages: {found + missing}; found {found}; called missing {missing}")
    print(f"another page's fragments asked: {asked_other}; called missing {flagged_other}")
    if args.show:
        print("\n".join(shown))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
