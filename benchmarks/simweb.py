"""The simulated web of the end-to-end benchmark: 40 loopback hosts with the behaviours of the real web.

Built on citecheck's fixture web (:mod:`citecheck.devweb`), run in its own process so that its CPU
is not the checker's. Each host (127.0.0.2 … 127.0.0.41) has its own latency (20–120 ms) and a
Zipf share of the citations (exponent 0.6: the busiest host carries ~10 % of the URLs, as a big
news site does in a policy analysis). The behaviours, on busy and small hosts alike:

* live pages, permanent (301) and temporary (302) redirects to them;
* 404 and 410; soft-404 hosts (unknown paths answer 200 with a "page not found" page, or the home
  page, or a redirect home);
* a few pages that take 3 seconds; 429 with ``Retry-After: 1`` on the first request;
  503 then 200; bot walls (403 + ``cf-mitigated: challenge``);
* one host that refuses connections (nothing listens on its address);
* HEAD-hostile hosts (HEAD answers 405; GET works).

Two corpora (``build_corpus(..., corpus=...)``), the same hosts and behaviours for both:

* ``words`` (the default): analyses of one-line claims citing pages of word salad from a
  43-word vocabulary — every page shares words with every claim, so every page looks like a
  rival of every claim (more verification work than a real web gives), and pages are small;
* ``real``: the real sources of ``fixtures/eval/real/*.toml`` (111 pages quoted from the web,
  18 languages, provenance in each file) served as the live pages, cited by the real documents
  of those files with their real claim sentences, each document citing them again under new URLs
  on the simulated hosts as often as the corpus size asks. A page is the source's own title,
  site, date and main text (the excerpt the eval keeps: 1–6 sentences, shorter than a whole
  article), rendered as :mod:`tests.verify.eval_real` renders it, inside its host's template:
  the markup every page of a real news site carries (a style sheet, a menu of 120 stories with
  the other sources' headlines, an inline configuration script; ~60 KB a page), a "most read"
  list of headlines in the page's language, a footer of links. The template is synthetic; the
  article is not.
* ``saved``: the ``words`` analyses and hosts, but every live page is a whole real page as saved
  from the web (the calibration pages of ``fixtures/parse-eval-pages`` and ``parse-eval-wiki``:
  journal articles, blog posts, news and university pages and rendered Wikipedia articles, in
  English, Portuguese, Spanish, German, French, Japanese, Chinese, Arabic, Hebrew; 56 pages,
  under 1 to 1,021 KB, 165 KB on average; their menus, sidebars, scripts and comments included; provenance in
  those folders; their held-back pages are never served), in turn, each with a comment and a
  paragraph naming its URL so that no two bodies are the same. Reading a real page costs what it
  costs on the web — 10-100 times a page of the other corpora — so this is the corpus where the
  run's CPU, not its waiting, shows. The claims do not match these pages (verdicts on content are
  not what it measures; link verdicts are).

The server logs every request (host, start, end) so the benchmark can show how busy each host was.

    python benchmarks/simweb.py serve --root DIR --port N --log FILE   (used by benchmarks/e2e.py)
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import heapq
import html
import json
import random
import signal
import sys
import time
import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from citecheck.devweb import FixtureServer, Request

HOSTS = [f"127.0.0.{n}" for n in range(2, 42)]
ZIPF_EXPONENT = 0.6
# Rank 12 refuses connections: the benchmark never starts a listener on it.
REFUSING_HOST = HOSTS[11]
HEAD_HOSTILE_RANKS = (1, 6, 15)
SLOW_PAGE_SECONDS = 3.0
WORDS = [
    "government",
    "minister",
    "railway",
    "border",
    "trade",
    "grain",
    "agreement",
    "parliament",
    "council",
    "election",
    "budget",
    "transport",
    "corridor",
    "sanctions",
    "energy",
    "pipeline",
    "summit",
    "delegation",
    "economy",
    "investment",
    "harbour",
    "customs",
    "freight",
    "route",
    "negotiation",
    "security",
    "ministry",
    "region",
    "capital",
    "talks",
    "statement",
    "officials",
    "report",
    "analysts",
    "market",
    "exports",
    "imports",
    "treaty",
    "cooperation",
    "infrastructure",
    "court",
    "ruling",
    "vote",
]

# (behaviour, share of new URLs, ground truth)
BEHAVIOURS: list[tuple[str, float, str]] = [
    ("live", 0.70, "alive"),
    ("moved", 0.04, "redirected"),
    ("temporary", 0.03, "alive"),
    ("dead", 0.05, "dead"),
    ("gone", 0.02, "dead"),
    ("soft-404", 0.04, "soft-404"),
    ("slow", 0.01, "alive"),
    ("rate-limited", 0.02, "alive"),
    ("busy", 0.02, "alive"),
    ("bot-wall", 0.02, "blocked"),
]
CORPORA = ("words", "real", "saved")
SAVED_PAGE_SETS = tuple(
    Path(__file__).resolve().parents[1] / "fixtures" / name
    for name in ("parse-eval-pages", "parse-eval-wiki")
)
REAL_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "eval" / "real"
# With ``hostile=True`` (what benchmarks/linkcheck.py measured before the end-to-end benchmark
# folded it in): bodies that never end or explode, servers that never answer or fail, names that
# do not resolve — on small hosts, so the busiest host's bound stays the yardstick.
HOSTILE: list[tuple[str, float, str]] = [
    ("big", 0.004, "alive"),  # a 50 MB body
    ("bomb", 0.002, "alive"),  # a 64 MB gzip bomb
    ("never", 0.002, "unreachable"),  # accepts, never answers
    ("server-error", 0.010, "unreachable"),  # 500 every time
    ("nxdomain", 0.002, "dead"),  # a .invalid name
]
LIVE_TRUTHS = frozenset({"alive", "redirected"})
BROKEN_TRUTHS = frozenset({"dead", "soft-404"})


@dataclass
class Corpus:
    """The web on disk, the analyses citing it, and the truth about every URL."""

    root: Path
    port: int
    truth: dict[str, str] = field(default_factory=dict)  # url -> alive/redirected/dead/soft-404/blocked
    behaviour: dict[str, str] = field(default_factory=dict)
    host_of: dict[str, str] = field(default_factory=dict)
    latency_ms: dict[str, float] = field(default_factory=dict)
    citations: int = 0

    @property
    def web(self) -> Path:
        return self.root / "web"

    @property
    def analyses(self) -> Path:
        return self.root / "analyses"

    def requests_needed(self, url: str) -> int:
        """Requests the URL needs at the least (a redirect, a 429 and a 503 cost two)."""
        behaviour = self.behaviour[url]
        if behaviour in ("moved", "temporary", "rate-limited", "busy"):
            return 2
        if behaviour == "soft-404" and "redirect" in self.missing_mode(self.host_of[url]):
            return 2
        return 1

    def missing_mode(self, host: str) -> str:
        path = self.web / host / "_site.json"
        return str(json.loads(path.read_text("utf-8")).get("missing", "404")) if path.exists() else "404"

    def ideal_bound(self, per_host: int, timeout: float = 10.0) -> float:
        """The issue's bound: per host, the latency of every request it must answer ÷ its
        concurrency, for the slowest host; and no less than the longest single chain (a server
        that never answers: one ``timeout``)."""
        busy: dict[str, float] = defaultdict(float)
        longest = 0.0
        for url, host in self.host_of.items():
            if self.behaviour[url] == "never":
                longest = max(longest, timeout)
            if host == REFUSING_HOST or host not in self.latency_ms:
                continue
            own, wait = self._service(url)
            busy[host] += own
            longest = max(longest, own + wait)
        return max(longest, max(total / per_host for total in busy.values()))

    def document_order_bound(self, per_host: int) -> float:
        """What a checker could do knowing every URL at its start but not which pages are slow:
        each host's URLs taken in the order the analyses cite them, ``per_host`` at a time, each
        holding its slot for the latency of the requests it needs (and a slow page's 3 s), a
        429's one-second wait outside the slot; no CPU, no global cap. The issue's bound
        (:meth:`ideal_bound`) assumes the 3-second pages start at once, which only a checker
        that knew them could arrange: a slow page cited late on a busy host starts late."""
        queues: dict[str, list[str]] = defaultdict(list)
        for url, host in self.host_of.items():  # insertion order: the order the URLs were cited
            if host != REFUSING_HOST and host in self.latency_ms:
                queues[host].append(url)
        end = 0.0
        for urls in queues.values():
            slots = [0.0] * per_host
            for url in urls:
                start = heapq.heappop(slots)
                held, wait = self._service(url)
                heapq.heappush(slots, start + held)
                end = max(end, start + held + wait)
        return end

    def _service(self, url: str) -> tuple[float, float]:
        """Seconds a URL holds one of its host's slots at the least (the latency of each request it
        needs, a slow page's 3 s), and seconds it waits outside one (a 429's Retry-After: 1)."""
        held = self.requests_needed(url) * self.latency_ms[self.host_of[url]] / 1000
        held += SLOW_PAGE_SECONDS if self.behaviour[url] == "slow" else 0.0
        return held, 1.0 if self.behaviour[url] == "rate-limited" else 0.0


def _article(rng: random.Random, title: str) -> str:
    # Most news pages state their date in metadata; some only in the text, or nowhere.
    day = rng.randint(1, 13)
    meta = f'<meta property="article:published_time" content="2025-11-{day:02d}T09:00:00Z">'
    meta = meta if rng.random() < 0.85 else ""
    paragraphs = [
        "<p>" + " ".join(rng.choice(WORDS) for _ in range(rng.randint(60, 140))).capitalize() + ".</p>"
        for _ in range(rng.randint(4, 12))
    ]
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title} | Bench News</title>'
        f'{meta}</head><body><header><a href="/">Bench News</a></header><main><article><h1>{title}</h1>'
        + "".join(paragraphs)
        + "</article></main><footer>Bench News</footer></body></html>"
    )


@dataclass(frozen=True)
class RealSource:
    url: str
    lang: str
    site: str
    title: str
    text: str
    published: str | None


@dataclass(frozen=True)
class RealDocument:
    title: str
    citations: tuple[tuple[str, RealSource], ...]  # (claim sentence, the source it cites)


def real_documents() -> list[RealDocument]:
    """The real documents of fixtures/eval/real, each citation with its real source."""
    documents: list[RealDocument] = []
    for path in sorted(REAL_FIXTURES.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        sources = {
            s["url"]: RealSource(s["url"], s["lang"], s["site"], s["title"], s["text"], s.get("published"))
            for s in data["source"]
        }
        for doc in data["document"]:
            cited = tuple((c["claim"], sources[c["source"]]) for c in doc["citation"])
            documents.append(RealDocument(doc["title"], cited))
    return documents


def _template(rng: random.Random, headlines: list[str]) -> tuple[str, str, str]:
    """A site's template: the markup around the article that every page of a real news site
    carries (style, a menu of sections and stories, scripts) — ~60 KB here, so that reading a
    page costs what reading a real one does rather than what its excerpt alone would."""
    style = "".join(
        f".c{i}{{margin:{i % 7}px;padding:{i % 5}px;color:#{rng.randrange(16**6):06x};font-size:{12 + i % 9}px}}"
        for i in range(160)
    )
    sections = ["World", "Politics", "Business", "Science", "Technology", "Sport", "Culture", "Opinion"]
    menu = "".join(
        f'<li class="c{i % 160}"><a href="/{sections[i % 8].lower()}/{i}">{html.escape(headlines[i % len(headlines)])}</a></li>'
        for i in range(120)
    )
    config = json.dumps(
        {
            f"slot{i}": {"size": [300, 250], "targeting": {"section": sections[i % 8], "k": rng.random()}}
            for i in range(220)
        }
    )
    script = f"<script>window.__CONFIG__={config};</script>"
    return f"<style>{style}</style>", f'<nav><ul class="menu">{menu}</ul></nav>', script


def _real_page(source: RealSource, headlines: list[str], template: tuple[str, str, str]) -> str:
    """The source as a news page: its own title, site, date and text in its site's template."""
    esc = html.escape
    style, menu, script = template
    paragraphs = "".join(f"<p>{esc(p.strip())}</p>" for p in source.text.split("\n") if p.strip())
    published = (
        f'<meta property="article:published_time" content="{esc(source.published)}">'
        if source.published
        else ""
    )
    sections = ["World", "Politics", "Business", "Science", "Technology", "Sport", "Culture", "Opinion"]
    nav = "".join(f'<li><a href="/{s.lower()}">{s}</a></li>' for s in sections)
    most_read = "".join(f'<li><a href="/news/{i}">{esc(h)}</a></li>' for i, h in enumerate(headlines))
    footer = "".join(f'<a href="/{s.lower()}">{s}</a> ' for s in ("About", "Contact", "Privacy", "Terms"))
    return (
        f'<!doctype html><html lang="{esc(source.lang)}"><head><meta charset="utf-8">'
        f"<title>{esc(source.title)} | {esc(source.site)}</title>"
        f'<meta property="og:site_name" content="{esc(source.site)}">'
        f'<meta property="og:title" content="{esc(source.title)}">{published}{style}</head>'
        f'<body><header><a href="/">{esc(source.site)}</a><nav><ul>{nav}</ul></nav>{menu}</header>'
        f"<main><article><h1>{esc(source.title)}</h1>{paragraphs}</article>"
        f"<aside><h2>Most read</h2><ol>{most_read}</ol></aside></main>"
        f"<footer>© {esc(source.site)} {footer}</footer>{script}</body></html>"
    )


def build_corpus(
    root: Path, port: int, urls: int, seed: int, corpus: str = "words", *, hostile: bool = False
) -> Corpus:
    """Write the web and analyses citing about ``urls`` distinct URLs (some cited twice); with
    ``hostile``, one more analysis citing the :data:`HOSTILE` URLs besides."""
    if corpus == "real":
        built = _build_real(root, port, urls, seed)
    else:
        built = _build_words(root, port, urls, seed, saved_pages() if corpus == "saved" else None)
    if hostile:
        _add_hostile(built, urls, seed)
    return built


def _add_hostile(corpus: Corpus, urls: int, seed: int) -> None:
    rng = random.Random(seed + 1)
    notes: list[str] = []
    lines = ["Hostile servers", ""]
    for behaviour, share, truth in HOSTILE:
        for serial in range(max(1, round(share * urls))):
            host = rng.choice(HOSTS[5:])
            if host == REFUSING_HOST:
                host = HOSTS[-1]
            base = f"http://{host}:{corpus.port}"
            url = {
                "big": f"{base}/big?mb=50&n={serial}",
                "bomb": f"{base}/gzip-bomb?mb=64&n={serial}",
                "never": f"{base}/never?n={serial}",
                "server-error": f"{base}/status/500?n={serial}",
                "nxdomain": f"http://gone-{serial}.invalid/news/{serial}",
            }[behaviour]
            corpus.truth[url], corpus.behaviour[url] = truth, behaviour
            corpus.host_of[url] = url.split("/")[2].split(":")[0]
            corpus.citations += 1
            ordinal = len(notes) + 1
            lines += [f"Officials discussed source {ordinal} on the record.[{ordinal}]", ""]
            notes.append(f"[{ordinal}] “Source {ordinal}”, Bench News, {url}, (Access Date: 14.11.2025).")
    (corpus.analyses / "analysis-hostile.txt").write_text("\n".join(lines + notes) + "\n", encoding="utf-8")


def _start(root: Path, port: int, seed: int) -> tuple[random.Random, Corpus, list[float], dict[str, str]]:
    """A fresh corpus folder with its sites written: the random source, the corpus, the hosts'
    Zipf weights and each host's answer to unknown paths."""
    rng = random.Random(seed)
    corpus = Corpus(root=root, port=port)
    corpus.web.mkdir(parents=True)
    corpus.analyses.mkdir()
    weights = [1 / (rank + 1) ** ZIPF_EXPONENT for rank in range(len(HOSTS))]
    return rng, corpus, weights, _sites(corpus, rng)


def saved_pages() -> list[str]:
    """The calibration pages of the saved-page sets (never their held-back ones), in name order."""
    pages: list[str] = []
    for folder in SAVED_PAGE_SETS:
        truth = tomllib.loads((folder / "truth.toml").read_text(encoding="utf-8"))
        held_back = set(truth.get("held_back", []))
        files = sorted((folder / "pages").glob("*.htm*")) + sorted((folder / "documents").glob("*.htm*"))
        for path in files:
            if path.name not in held_back and path.stem not in held_back:
                pages.append(path.read_bytes().decode("utf-8", "replace"))
    return pages


def _saved_page(pages: list[str], serial: int, url_hint: str) -> str:
    page = pages[serial % len(pages)]
    mark = f"<!-- served as {url_hint} --><p>Copy {serial}: {url_hint}</p>"
    at = page.lower().rfind("</body>")
    return page[:at] + mark + page[at:] if at >= 0 else page + mark


def _build_words(root: Path, port: int, urls: int, seed: int, pages: list[str] | None = None) -> Corpus:
    rng, corpus, weights, modes = _start(root, port, seed)
    truth_of = {b: t for b, _, t in BEHAVIOURS}
    redirects: dict[str, list[str]] = defaultdict(list)
    cited: list[str] = []
    titles: dict[str, str] = {}
    serial = 0
    number = 0
    while serial < urls:
        lines = [f"Analysis {number}", ""]
        notes: list[str] = []
        for ordinal in range(1, rng.randint(6, 14) + 1):
            if cited and rng.random() < 0.12:
                url = rng.choice(cited)
            else:
                serial += 1
                host, behaviour = _pick(rng, weights, modes)
                page = _saved_page(pages, serial, f"{host}/{serial}") if pages else None
                url, title = _url_for(corpus, rng, host, behaviour, serial, redirects, page)
                corpus.truth[url] = "dead" if host == REFUSING_HOST else truth_of[behaviour]
                corpus.behaviour[url] = "refused" if host == REFUSING_HOST else behaviour
                corpus.host_of[url] = host
                titles[url] = title
                cited.append(url)
            title = titles[url]
            corpus.citations += 1
            lines.append(f"Officials discussed the {title} on the record.[{ordinal}]")
            lines.append("")
            notes.append(f"[{ordinal}] “{title}”, Bench News, {url}, (Access Date: 14.11.2025).")
        _write_analysis(corpus, number, lines, notes)
        number += 1
    _write_redirects(corpus, redirects)
    return corpus


_KINDS = [b for b, _, _ in BEHAVIOURS]
_SHARES = [s for _, s, _ in BEHAVIOURS]


def _pick(rng: random.Random, weights: list[float], modes: dict[str, str]) -> tuple[str, str]:
    """A host by popularity and a behaviour by share, fitted to what the host does with unknown paths
    (a soft 404 needs a host that answers them 200; a dead link one that answers 404)."""
    host = rng.choices(HOSTS, weights)[0]
    behaviour = "live" if host == REFUSING_HOST else rng.choices(_KINDS, _SHARES)[0]
    if behaviour == "soft-404" and modes[host] == "404":
        host = rng.choice([h for h, m in modes.items() if m != "404"])
    if behaviour == "dead" and modes[host] != "404":
        behaviour = "soft-404"
    return host, behaviour


def _write_analysis(corpus: Corpus, number: int, lines: list[str], notes: list[str]) -> None:
    text = "\n".join(lines + notes) + "\n"
    (corpus.analyses / f"analysis-{number:04d}.txt").write_text(text, encoding="utf-8")


def _write_redirects(corpus: Corpus, redirects: dict[str, list[str]]) -> None:
    for host, rules in redirects.items():
        (corpus.web / host / "_redirects").write_text("\n".join(rules) + "\n", encoding="utf-8")


def _sites(corpus: Corpus, rng: random.Random) -> dict[str, str]:
    """Every host's settings and front page; returns each host's answer to unknown paths."""
    modes: dict[str, str] = {}
    for index, host in enumerate(HOSTS):
        corpus.latency_ms[host] = float(rng.randint(20, 120))
        # Every fifth host answers unknown paths with 200: an error page, its home page, or a redirect home.
        mode = ("soft-404", "home", "home-redirect")[index // 5 % 3] if index % 5 == 3 else "404"
        modes[host] = mode
        site = corpus.web / host
        (site / "news").mkdir(parents=True)
        settings = {"missing": mode, "latency_ms": corpus.latency_ms[host]}
        (site / "_site.json").write_text(json.dumps(settings), encoding="utf-8")
        (site / "index.html").write_text(_article(rng, f"{host} front page"), encoding="utf-8")
    return modes


def _build_real(root: Path, port: int, urls: int, seed: int) -> Corpus:
    """The ``real`` corpus: real documents citing their real sources, spread over the hosts."""
    rng, corpus, weights, modes = _start(root, port, seed)
    documents = real_documents()
    by_language: dict[str, list[str]] = defaultdict(list)
    for document in documents:
        for _, source in document.citations:
            if source.title not in by_language[source.lang]:
                by_language[source.lang].append(source.title)
    every_title = [title for titles in by_language.values() for title in titles]
    templates = {host: _template(rng, rng.sample(every_title, len(every_title))) for host in HOSTS}
    truth_of = {b: t for b, _, t in BEHAVIOURS}
    redirects: dict[str, list[str]] = defaultdict(list)
    given: dict[str, list[str]] = defaultdict(list)  # source URL -> the simulated URLs it was given
    serial = 0
    number = 0
    while serial < urls:
        document = documents[number % len(documents)]
        lines = [f"{document.title} ({number})", ""]
        notes: list[str] = []
        for ordinal, (claim, source) in enumerate(document.citations, start=1):
            if given[source.url] and rng.random() < 0.12:
                url = rng.choice(given[source.url])  # the same page cited by another document
            else:
                serial += 1
                host, behaviour = _pick(rng, weights, modes)
                others = [t for t in by_language[source.lang] if t != source.title]
                page = _real_page(source, rng.sample(others, min(8, len(others))), templates[host])
                url, _ = _url_for(corpus, rng, host, behaviour, serial, redirects, page)
                corpus.truth[url] = "dead" if host == REFUSING_HOST else truth_of[behaviour]
                corpus.behaviour[url] = "refused" if host == REFUSING_HOST else behaviour
                corpus.host_of[url] = host
                given[source.url].append(url)
            corpus.citations += 1
            lines.append(f"{claim}[{ordinal}]")
            lines.append("")
            notes.append(f"[{ordinal}] “{source.title}”, {source.site}, {url}, (Access Date: 14.11.2025).")
        _write_analysis(corpus, number, lines, notes)
        number += 1
    _write_redirects(corpus, redirects)
    return corpus


def _url_for(
    corpus: Corpus,
    rng: random.Random,
    host: str,
    behaviour: str,
    serial: int,
    redirects: dict[str, list[str]],
    page: str | None = None,
) -> tuple[str, str]:
    base = f"http://{host}:{corpus.port}"
    slug = "-".join(rng.choice(WORDS) for _ in range(4)) + f"-{serial}"
    title = slug.replace("-", " ").capitalize()
    if behaviour in ("live", "moved", "temporary"):
        (corpus.web / host / "news" / slug).write_text(page or _article(rng, title), encoding="utf-8")
        if behaviour == "moved":
            redirects[host].append(f"/archive/{slug} /news/{slug} 301")
            return f"{base}/archive/{slug}", title
        if behaviour == "temporary":
            redirects[host].append(f"/go/{slug} /news/{slug} 302")
            return f"{base}/go/{slug}", title
        return f"{base}/news/{slug}", title
    return {
        "dead": f"{base}/news/{slug}",
        "soft-404": f"{base}/news/{slug}",
        "gone": f"{base}/status/410?n={serial}",
        "slow": f"{base}/slow?ms={int(SLOW_PAGE_SECONDS * 1000)}&n={serial}",
        "rate-limited": f"{base}/retry-after?s=1&key={serial}",
        "busy": f"{base}/flaky?fail=1&code=503&key={serial}",
        "bot-wall": f"{base}/bot-wall?n={serial}",
    }[behaviour], title


class SimServer(FixtureServer):
    """The fixture web plus HEAD-hostile hosts and a log of every request."""

    def __init__(self, root: Path, head_hostile: set[str]) -> None:
        super().__init__(root)
        self.head_hostile = head_hostile
        self.log: list[tuple[str, float, float, str]] = []

    async def _dispatch(
        self, request: Request, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> bool:
        started = time.monotonic()
        host = request.headers.get("host", "").rsplit(":", 1)[0].lower()
        try:
            if request.method == "HEAD" and host in self.head_hostile:
                site = self._site(host)
                await asyncio.sleep(site.latency_ms / 1000 if site else 0.0)
                return await self._send(writer, request, 405, b"", [("Allow", "GET")])
            return await super()._dispatch(request, reader, writer)
        finally:
            self.log.append((host, started, time.monotonic(), f"{request.method} {request.target}"))


async def _serve(args: argparse.Namespace) -> None:
    hostile = {HOSTS[rank] for rank in HEAD_HOSTILE_RANKS}
    server = SimServer(Path(args.root), hostile)
    server.preload()
    listening = [h for h in HOSTS if h != REFUSING_HOST]
    await server.start(listening[0], args.port, extra_hosts=listening[1:])
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    print("listening", flush=True)
    await stop.wait()
    await server.aclose()
    Path(args.log).write_text(json.dumps(server.log), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("command", choices=["serve"])
    parser.add_argument("--root", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--log", required=True)
    args = parser.parse_args(argv)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
