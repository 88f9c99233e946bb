"""parse → fetch → archive → verify → Report: the only module that knows the order of the stages.

The CLI, the service and the audit all call :func:`acheck` (or :func:`check`, its sync twin).
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import datetime as dt
import heapq
import itertools
import os
import tempfile
import threading
import time
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

import httpx

# The verify stage is reached through citecheck.tasks, which imports it on first use: in a run
# with worker processes the main process neither reads pages nor verifies (the workers' forkserver
# imports it, on the other core), and importing it here (~0.6 s of CPU: trafilatura, htmldate,
# wordfreq, the claim checks) held back the run's first request by as much.
from citecheck import parse_ahead, patterns, tasks
from citecheck import pool as pools
from citecheck._version import __version__
from citecheck.archive import archive_documents
from citecheck.cache import LinkCache
from citecheck.config import Config
from citecheck.fetch import HostLimiter, fetch_all
from citecheck.fragments import cited_parts as add_cited_parts
from citecheck.link_findings import link_findings
from citecheck.models import (
    SEVERITY_RANK,
    Document,
    FetchResult,
    Finding,
    LinkResult,
    PageFacts,
    Report,
    link_key,
    summarize,
)
from citecheck.parse import InputSource, expand_inputs
from citecheck.progress import PhaseHook, for_phase

T = TypeVar("T")
ProgressHook = Callable[[int, int], None]
ResultHook = Callable[[str, FetchResult], None]
Input = str | Path | Document


# Pages waiting for a worker hold their bodies; while this many bytes wait, the fetch starts no
# new link (fetch_all's ``gate``) until the workers have caught up, so memory stays bounded when
# they fall behind (2,600 URLs on a loaded machine reached a peak RSS of 165 MB with an unbounded
# queue). In bytes, not pages: small pages queue freely and large ones (a few hundred KB each on
# the real web) cannot hold more than this. Before, the event loop read the next page itself past
# 32 MB: on the end-to-end benchmark's saved real pages (165 KB each, ~30 ms of CPU a page) the
# main process then imported the page readers and parsed pages while every request in flight
# waited, and its RSS rose to 252-262 MB. 16 MB is still ~95 of those pages, seconds of work for
# the workers: on that benchmark (two pairs, alternating, 2026-12-06) wall 39.0 and 44.3 s against
# 43.1 and 42.3 s with 32 MB, the main process's peak RSS 145 and 144 MB against 151 and 152 MB.
MAX_BYTES_QUEUED = 16 * 1024 * 1024

# Only texts this long are kept compressed (EarlyVerify's ``pack_texts``): compressing runs in the
# event loop, and small texts save little. On the 2,608-URL word-salad run (benchmarks/e2e.py,
# texts of a few KB) compressing every text was ~0.5 s of the main process's ~7 s of CPU (py-spy,
# 2026-12-06); whole real pages' texts (the saved corpus) run to ~60 KB each.
PACK_MIN_CHARS = 16_000


class PoolFeeder:
    """Hands work to a worker pool from a thread of its own, most urgent first.

    ``ProcessPoolExecutor.submit`` blocks while the pool starts its workers: with a forkserver,
    until the server has loaded its preload and forked them (1–2 s on a busy machine). Called
    from the event loop, that froze every request in flight at the start of the fetch. Here the
    loop only queues the call; this thread submits it and hands the result back to the loop.

    The pool's own queue is first come, first served; this one is by ``priority`` (lower first),
    and only ``capacity`` calls are in the pool at once, so a page read (which lets the fetch drop
    its body and may complete a document) never waits behind a queue of documents to verify.
    """

    def __init__(self, pool: Executor, loop: asyncio.AbstractEventLoop, capacity: int) -> None:
        self.pool = pool
        self.loop = loop
        self.capacity = max(1, capacity)
        self._calls: list[tuple[int, int, asyncio.Future[Any], Callable[..., Any], tuple[Any, ...]]] = []
        self._order = itertools.count()
        self._inflight = 0
        self._closed = False
        self._ready = threading.Condition()
        self._thread = threading.Thread(target=self._run, name="citecheck-pool-feeder", daemon=True)
        self._thread.start()

    def submit(self, fn: Callable[..., T], *args: Any, priority: int = 0) -> asyncio.Future[T]:
        """``fn(*args)`` in a worker; call from the loop's thread."""
        future: asyncio.Future[T] = self.loop.create_future()
        with self._ready:
            heapq.heappush(self._calls, (priority, next(self._order), future, fn, args))
            # A feeder waiting for room in the pool is woken by _finished, not by every new call:
            # on the 2,608-URL end-to-end run each notify cost the event loop ~90 µs (waking a
            # thread that found the pool full and slept again), 0.24 s of its 7.3 s of CPU.
            if self._inflight < self.capacity:
                self._ready.notify()
        return future

    def _run(self) -> None:
        while True:
            with self._ready:
                while not self._closed and (not self._calls or self._inflight >= self.capacity):
                    self._ready.wait()
                if not self._calls:
                    return
                _, _, future, fn, args = heapq.heappop(self._calls)
                self._inflight += 1
            try:
                done = self.pool.submit(fn, *args)
            except Exception as exc:  # the pool is broken or shut down: the caller reads it here
                self._finished()
                with contextlib.suppress(RuntimeError):
                    self.loop.call_soon_threadsafe(_settle, future, None, exc)
                continue
            done.add_done_callback(lambda done, future=future: self._settled(done, future))  # type: ignore[misc]

    def _finished(self) -> None:
        with self._ready:
            self._inflight -= 1
            self._ready.notify()

    def _settled(self, done: Future[Any], future: asyncio.Future[Any]) -> None:
        self._finished()
        if done.cancelled():
            result: Any = None
            error: BaseException | None = asyncio.CancelledError()
        else:
            error = done.exception()
            result = None if error else done.result()
        with contextlib.suppress(RuntimeError):  # the loop has closed: nobody waits any more
            self.loop.call_soon_threadsafe(_settle, future, result, error)

    def close(self) -> None:
        """Stop once every queued call has gone to the pool."""
        with self._ready:
            self._closed = True
            self._ready.notify()
        self._thread.join()


def _settle(future: asyncio.Future[Any], result: Any, error: BaseException | None) -> None:
    if future.done():
        return
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(result)


def page_facts_pool(work: int, enabled: bool, *, encoder: bool = False) -> Executor | None:
    """Worker processes that read page facts while the fetch goes on, or None for small runs.

    Reading a page (trafilatura, htmldate) costs milliseconds of CPU; done in the event loop it
    stalled every request in flight behind it — on the end-to-end benchmark the busiest host
    sat idle between answers while 800 pages were parsed in the loop. In other processes it
    runs on the other cores, and the loop only waits for the network. Only programs that guard
    their main module (the CLI) may ask for it (:func:`citecheck.pool.forkserver` says why).

    The forkserver loads what every worker needs once (:mod:`citecheck.workers`; with
    ``encoder``, the sentence encoder too: :mod:`citecheck.workers_encoder`). The CLI starts it
    before its own imports when the inputs look big enough (:func:`citecheck.pool.start_early`);
    otherwise a :class:`PoolFeeder`'s thread starts it here, while the first links are fetched.
    """
    if not enabled or not pools.wanted(work):
        return None
    # Workers fork from a server that has loaded what they need once (citecheck.pool), not each
    # on its own; the CLI may have started it already, before its own imports.
    return ProcessPoolExecutor(pools.WORKERS, mp_context=pools.forkserver(encoder))


def _memory_folder() -> str | None:
    """A folder in memory (Linux's ``/dev/shm``) for files the workers share, else the default
    temporary folder. Writing a 2 KB file and renaming it into place cost 830 µs of CPU in /tmp on
    this machine's disk (ext4), 21 µs in /dev/shm; reading one, 10 µs in either."""
    shm = "/dev/shm"
    return shm if os.path.isdir(shm) and os.access(shm, os.W_OK | os.X_OK) else None


class EarlyVerify:
    """Documents handed to the pool's workers for verification as soon as every link they cite is
    known (verdict and page facts), while the fetch goes on for the others.

    Verification needs nothing of the later stages: the archive stage only adds its own findings
    and ``footnote.archive``, which no check reads. Fetching waits on the network and verifying
    on the CPU, so done side by side the run takes about the longer of the two, not their sum —
    documents whose links all answer early are verified while the slow pages and the busiest
    host's queue are still being fetched. The findings are added to each document after the
    archive stage's, in the order a run that verified after the fetch adds them.
    """

    def __init__(
        self,
        config: Config,
        pool: PoolFeeder,
        cache: LinkCache | None = None,
        *,
        pack_texts: bool = False,
        vectors: Path | None = None,
    ) -> None:
        self.documents: list[Document] = []
        self.config = config
        self.pool = pool
        self.cache = cache
        # The folder the workers share sentence vectors through (semantic.share_vectors), or None.
        self.vectors = str(vectors) if vectors is not None else None
        self.links: dict[str, LinkResult] = {}
        self.facts: dict[str, PageFacts | None] = {}
        self.waiting: dict[int, set[str]] = {}
        self.waiters: dict[str, list[int]] = {}
        self.verifying: dict[int, asyncio.Future[list[Finding]]] = {}
        # The --cache key of each document a worker verifies: its findings are kept when collected
        # (:meth:`finish`), not by a callback on its future, which the loop may run only after the
        # run has saved the cache (a future already done when awaited does not yield).
        self.keys: dict[int, str] = {}
        # With ``pack_texts`` (nothing in this process reads a page's main text after the run: no
        # cache, no archive), each page's text is kept here compressed, the page's own text
        # emptied, and put back only in the copy of a document pickled for its worker
        # (:class:`_Packed`). Page facts arrive from the workers during the fetch while the
        # documents citing them wait for their other links or for the workers: on the end-to-end
        # benchmark's whole real pages the texts held in this process (~60 KB each as str, plus
        # the UTF-8 copy pickling leaves on every non-ASCII str) were a third of its memory.
        self.packed: dict[int, bytes] | None = {} if pack_texts else None

    def add(self, document: Document) -> None:
        """``document`` is parsed: verified as soon as every link it cites is known."""
        index = len(self.documents)
        self.documents.append(document)
        self.waiting[index] = {
            link_key(fn.url) for fn in document.footnotes if fn.url and link_key(fn.url) not in self.facts
        }
        for url in self.waiting[index]:
            self.waiters.setdefault(url, []).append(index)
        if not self.waiting[index]:
            self._submit(index)

    def known(self, url: str, link: LinkResult, page: PageFacts | None) -> None:
        """``url``'s verdict and page facts are final: verify the documents that waited on them."""
        if self.packed is not None and page is not None and len(page.text) >= PACK_MIN_CHARS:
            self.packed[id(page)] = zlib.compress(page.text.encode("utf-8"), 1)
            page.text = ""  # the object stays in self.facts: its id is never reused in this run
        self.links[url], self.facts[url] = link, page
        for index in self.waiters.pop(url, []):
            self.waiting[index].discard(url)
            if not self.waiting[index]:
                self._submit(index)

    def _submit(self, index: int) -> None:
        if index in self.verifying:
            return
        document = self.documents[index]
        for fn in document.footnotes:
            if fn.url and (address := link_key(fn.url)) in self.links:
                fn.link, fn.page = self.links[address], self.facts.get(address)
        key, kept = self.cache.kept(document, self.config) if self.cache is not None else (None, None)
        if kept is not None:  # verified by an earlier run as it is now (--cache)
            done: asyncio.Future[list[Finding]] = asyncio.get_running_loop().create_future()
            done.set_result(kept)
            self.verifying[index] = done
            return
        # After the pages waiting to be read: they complete other documents and free their bodies.
        work = document if self.packed is None else _Packed(document, self.packed)
        future = self.pool.submit(tasks.verify_one, work, self.config, self.vectors, priority=1)
        if key is not None:
            self.keys[index] = key
        self.verifying[index] = future

    async def finish(self, phases: PhaseHook | None) -> None:
        """Verify what could not start early, then add every document's findings."""
        for index in range(len(self.documents)):
            self._submit(index)  # links the fetch never reported (none, but never lose a document)
        total = len(self.documents)
        for done, document in enumerate(self.documents):
            if phases is not None:
                phases("verify", done, total)
            try:
                findings = await self.verifying[done]
                document.findings.extend(findings)
                if self.cache is not None and done in self.keys:
                    self.cache.keep_findings(self.keys[done], findings)
            except Exception:  # a worker lost: verify that document here
                if self.packed is not None:
                    for fn in document.footnotes:
                        fn.page = _unpacked(fn.page, self.packed)
                await verify_here([document], self.config, self.cache)
        if phases is not None:
            phases("verify", total, total)


class _Packed:
    """A document whose pages' texts are kept compressed (:class:`EarlyVerify`): pickled, it is the
    document with every text back in place, built only then (in the pool's feeder thread, when the
    call goes to a worker) and dropped once sent, so documents waiting for a worker hold none."""

    def __init__(self, document: Document, packed: dict[int, bytes]) -> None:
        self.document = document
        self.packed = packed

    def __reduce_ex__(self, protocol: Any) -> Any:
        footnotes = [
            fn.model_copy(update={"page": _unpacked(fn.page, self.packed)})
            if id(fn.page) in self.packed
            else fn
            for fn in self.document.footnotes
        ]
        # Unpickled by a copy of the document built here (``copy.copy``: nothing to import there).
        return copy.copy, (self.document.model_copy(update={"footnotes": footnotes}),)


def _unpacked(page: PageFacts | None, packed: dict[int, bytes]) -> PageFacts | None:
    text = packed.get(id(page)) if page is not None else None
    if page is None or text is None:
        return page
    return page.model_copy(update={"text": zlib.decompress(text).decode("utf-8")})


async def verify_here(
    documents: Sequence[Document],
    config: Config,
    cache: LinkCache | None,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
) -> None:
    """Verify ``documents`` in this process, but those an earlier run verified as they are now
    (``--cache``: :func:`~citecheck.cache.verify_key`), which get the findings it kept."""
    todo: list[tuple[Document, str | None, int]] = []
    for document in documents:
        key, kept = cache.kept(document, config) if cache is not None else (None, None)
        if kept is not None:
            document.findings.extend(kept)
        else:
            todo.append((document, key, len(document.findings)))
    if todo:
        await tasks.verify_documents([document for document, _, _ in todo], config, transport=transport)
    for document, key, before in todo:
        if cache is not None and key is not None:
            cache.keep_findings(key, document.findings[before:])


def input_sources(inputs: Sequence[Input]) -> list[InputSource | Document]:
    """Every input expanded (paths, globs, directories, ``-`` for stdin), ready Documents as they
    are: a missing file or an empty folder is an error before anything is parsed or fetched."""
    sources: list[InputSource | Document] = []
    for item in inputs:
        if isinstance(item, Document):
            sources.append(item)
        else:
            sources.extend(expand_inputs([str(item)]))
    return sources


async def fetch_addresses(
    sources: Sequence[InputSource | Document],
    config: Config,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    limiter: HostLimiter | None = None,
) -> list[InputSource | Document]:
    """Every web-address input fetched (side by side, through the guarded session, under the input
    cap), ready to parse as a file's bytes in the format its answer gives; the rest as they are.
    :class:`~citecheck.errors.InputError` for the first that cannot be had, as for a missing file."""
    from citecheck.fetch.documents import fetch_document

    wanted = list(
        dict.fromkeys(s.path for s in sources if isinstance(s, InputSource) and s.address and s.data is None)
    )
    if not wanted:
        return list(sources)
    # One fetch per distinct address; the first that cannot be had ends the others at once (an
    # error is the run's answer, and a sibling on a slow host must not hold it to its deadline).
    tasks = [
        asyncio.ensure_future(fetch_document(path, config, transport=transport, limiter=limiter))
        for path in wanted
    ]
    try:
        fetched = await asyncio.gather(*tasks)
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise
    pages = {page.url: page for page in fetched}
    return [
        InputSource(s.path, data=pages[s.path].body, fmt=pages[s.path].fmt, address=True)
        if isinstance(s, InputSource) and s.path in pages
        else s
        for s in sources
    ]


def _warm_verify_stage() -> None:
    from citecheck.verify.semantic import warm_up

    warm_up()


def parse_inputs(inputs: Sequence[Input], config: Config) -> list[Document]:
    """Parse every input (paths, globs, directories, ``-`` for stdin, or ready Documents)."""
    parse = parse_ahead.parser_for(config)
    return [source if isinstance(source, Document) else parse(source) for source in input_sources(inputs)]


def unique_urls(documents: Sequence[Document]) -> list[str]:
    """Every distinct cited URL, in order of first appearance across the run, as fetched
    (:func:`~citecheck.models.link_key`: URLs of one page that differ in their fragment are one)."""
    seen: dict[str, None] = {}
    for doc in documents:
        for fn in doc.footnotes:
            if fn.url:
                seen.setdefault(link_key(fn.url), None)
    return list(seen)


async def acheck(
    inputs: Sequence[Input],
    config: Config,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    progress: ProgressHook | None = None,
    prefetched: Mapping[str, FetchResult] | None = None,
    validators: Mapping[str, tuple[str | None, str | None]] | None = None,
    on_result: ResultHook | None = None,
    limiter: HostLimiter | None = None,
    page_workers: bool = False,
    phases: PhaseHook | None = None,
    pages: Mapping[str, PageFacts | None] | None = None,
    parsed: parse_ahead.ParseAhead | None = None,
) -> Report:
    """Run the whole pipeline over ``inputs`` and return the Report.

    ``prefetched`` supplies results for URLs that must not be fetched again (the audit's
    not-yet-due links); ``validators`` (etag, last-modified) make conditional requests;
    ``on_result`` sees each fresh result as soon as it is known (the audit persists it);
    ``limiter`` shares per-host politeness across runs (the service, a worker fleet);
    ``page_workers`` reads pages in worker processes (see :func:`page_facts_pool`);
    ``phases`` sees the progress of every phase (fetch, wayback, verify) as ``(phase, done, total)``;
    ``pages`` gives the page facts of ``prefetched`` results read elsewhere (a fleet worker read
    the body; only its facts travel);
    ``parsed`` gives the inputs as already being parsed (:class:`~citecheck.parse_ahead.ParseAhead`:
    the CLI forks its parser before importing this module); ``inputs`` are then not read again.
    """
    with contextlib.ExitStack() as workers:
        return await _check(
            inputs,
            config,
            workers,
            transport=transport,
            progress=progress,
            prefetched=prefetched,
            validators=validators,
            on_result=on_result,
            limiter=limiter,
            page_workers=page_workers,
            phases=phases,
            pages=pages,
            parsed=parsed,
        )


async def _check(
    inputs: Sequence[Input],
    config: Config,
    workers: contextlib.ExitStack,
    *,
    transport: httpx.AsyncBaseTransport | None,
    progress: ProgressHook | None,
    prefetched: Mapping[str, FetchResult] | None,
    validators: Mapping[str, tuple[str | None, str | None]] | None,
    on_result: ResultHook | None,
    limiter: HostLimiter | None,
    page_workers: bool,
    phases: PhaseHook | None,
    pages: Mapping[str, PageFacts | None] | None,
    parsed: parse_ahead.ParseAhead | None,
) -> Report:
    started = time.monotonic()
    network_unavailable = False
    pool: PoolFeeder | None = None
    early: EarlyVerify | None = None
    cache: LinkCache | None = None
    if config.offline:
        documents = parse_inputs(inputs, config)
    else:
        # Documents are parsed one by one while the links of those already parsed are fetched
        # (links() below): the first request leaves after the first document, not the last.
        # Forked first, before this process starts any thread (the pool's, the verify warm-up).
        ahead = parsed or workers.enter_context(
            parse_ahead.ParseAhead.for_config(
                await fetch_addresses(input_sources(inputs), config, transport=transport, limiter=limiter),
                config,
            )
        )
        documents = []
        known = dict(prefetched or {})
        facts: dict[str, PageFacts | None] = {
            url: tasks.read_page(result) for url, result in known.items() if result.response is not None
        }
        facts.update({url: page for url, page in (pages or {}).items() if url in known})
        # Successes of earlier runs within --cache-max-age are not fetched again (issue 12).
        cache = LinkCache.for_config(config)
        loop = asyncio.get_running_loop()
        # Documents are verified in the pool's workers unless a judge batches them here.
        verifying = config.verify and not config.judge
        final: dict[str, LinkResult] = {url: result.link for url, result in known.items()}
        work = 0  # pages to read and footnotes to verify, so far

        def start_pool() -> None:
            """The worker pool, once the documents parsed so far have work enough for one
            (:func:`page_facts_pool`); what is known by then is handed to it."""
            nonlocal pool, early
            executor = page_facts_pool(work, page_workers, encoder=verifying)
            if executor is None:
                return
            # The workers' shared sentence vectors (semantic.share_vectors), removed after the workers
            # have stopped (the stack unwinds in reverse).
            vectors = (
                Path(
                    workers.enter_context(
                        tempfile.TemporaryDirectory(prefix="citecheck-vectors-", dir=_memory_folder())
                    )
                )
                if verifying
                else None
            )
            workers.enter_context(executor)  # exited last: the feeder below has stopped by then
            pool = PoolFeeder(executor, loop, capacity=2 * pools.WORKERS)
            workers.callback(pool.close)
            # Starts the forkserver and the workers now, not at the first page.
            pool.submit(int).add_done_callback(lambda started: started.cancelled() or started.exception())
            if verifying:
                early = EarlyVerify(
                    config, pool, cache, pack_texts=cache is None and not config.archive, vectors=vectors
                )
                for url, link in final.items():
                    early.known(url, link, facts.get(url))
                for document in documents:
                    early.add(document)

        if page_workers and pools.judged([str(item) for item in inputs if not isinstance(item, Document)]):
            # The CLI started the pool's server for inputs this big (pools.start_early): workers
            # read the first pages too, not this process while it parses.
            work = pools.MIN_WORK
            start_pool()

        if config.verify and (pool is None or config.judge):
            # This process verifies: the verify stage is imported (0.35 s) and the sentence encoder
            # loaded on a thread while the links are fetched, not in the event loop at the first
            # page read, where the import held every answer in flight.
            threading.Thread(target=_warm_verify_stage, name="citecheck-warm-verify", daemon=True).start()

        # The parts of each page (#section) the documents parsed so far point at: judged when the
        # page is read (verify.anchors). A page read before a later document cites another of its
        # parts is not judged for that part.
        cited_parts: dict[str, set[str]] = {}

        def parts_of(url: str) -> tuple[str, ...]:
            return tuple(sorted(cited_parts.get(url, ())))

        async def links() -> AsyncIterator[str]:
            nonlocal work
            asked: set[str] = set(known)
            async for document in ahead.documents():
                documents.append(document)
                add_cited_parts([document], cited_parts)
                urls = [url for url in unique_urls([document]) if url not in asked]
                asked.update(urls)
                if cache is not None and urls:
                    for url, (cached, page) in cache.fresh(urls).items():
                        known[url], facts[url], final[url] = cached, page, cached.link
                        if early is not None:
                            early.known(url, cached.link, page)
                if early is not None:
                    early.add(document)
                work += sum(url not in known for url in urls)
                work += len(document.footnotes) if verifying else 0
                if pool is None and page_workers and pools.wanted(work):
                    start_pool()
                for url in urls:
                    if url not in known:
                        yield url

        reading: dict[str, asyncio.Future[PageFacts | None]] = {}
        # A result is held only until its worker has read it, to be read here if the worker failed.
        held: dict[str, FetchResult] = {}
        waiting = 0  # bytes of the bodies waiting for a worker's read
        room = asyncio.Event()  # set while fewer than MAX_BYTES_QUEUED bytes wait: the fetch's gate
        room.set()

        def hold(url: str, result: FetchResult | None = None) -> FetchResult | None:
            if result is not None:
                held[url] = result
                return result
            return held.pop(url, None)

        def queue_bytes(size: int) -> None:
            nonlocal waiting
            waiting += size
            if waiting < MAX_BYTES_QUEUED:
                room.set()
            else:
                room.clear()

        def read(url: str, future: asyncio.Future[PageFacts | None]) -> None:
            failed = future.cancelled() or future.exception() is not None
            if early is None:
                if not failed:
                    hold(url)
                return
            result = hold(url)
            if result is not None:
                # A worker lost (killed, out of memory): the page is read here.
                early.known(
                    url, result.link, tasks.read_page(result, parts_of(url)) if failed else future.result()
                )

        # A body met before is not read again (tasks.page_key): its URL shares the first's facts.
        read_once: dict[tuple[object, ...], asyncio.Future[PageFacts | None]] = {}
        read_here: dict[tuple[object, ...], PageFacts | None] = {}

        def read_page(url: str, result: FetchResult) -> None:
            # Page facts are read as each response arrives, so bodies need not outlive the fetch
            # (unless the archive wants them).
            final[url] = result.link
            parts = parts_of(url)
            body_key = tasks.page_key(result)
            key = None if body_key is None else (*body_key, parts)
            if result.response is not None and pool is not None:
                hold(url, result)
                future = read_once.get(key) if key is not None else None
                if future is None:
                    future = pool.submit(tasks.read_page, result, parts)
                    if key is not None:
                        read_once[key] = future
                reading[url] = future
                size = len(result.response.body) + len(result.response.raw)
                queue_bytes(size)
                future.add_done_callback(lambda done, size=size: queue_bytes(-size))  # type: ignore[misc]
                future.add_done_callback(lambda done, url=url: read(url, done))  # type: ignore[misc]
            else:
                if key is not None:  # a key means a response
                    if key not in read_here:
                        read_here[key] = tasks.read_page(result, parts)
                    facts[url] = read_here[key]
                elif result.response is not None:
                    facts[url] = tasks.read_page(result, parts)
                if early is not None:
                    early.known(url, result.link, facts.get(url))
            if on_result is not None:
                on_result(url, result)

        run = await fetch_all(
            links(),
            config,
            transport=transport,
            progress=for_phase(phases, "fetch", progress),
            validators=validators,
            on_result=read_page,
            keep_responses=config.archive,
            limiter=limiter,
            gate=room.wait,
        )
        for url, future in reading.items():
            try:
                facts[url] = await future
            except Exception:  # a worker lost (killed, out of memory): read the page here
                facts[url] = early.facts.get(url) if early is not None else None
                if (result := hold(url)) is not None:
                    facts[url] = tasks.read_page(result, parts_of(url))
        network_unavailable = run.network_unavailable
        if cache is not None and not network_unavailable:
            cache.update(run.results, facts)  # saved with the verification's findings, below
        results = {**known, **run.results}
        for doc in documents:
            for fn in doc.footnotes:
                if fn.url and (key := link_key(fn.url)) in results:
                    fn.link = results[key].link
                    fn.page = facts.get(key)
                    doc.findings.extend(link_findings(fn))
        if not network_unavailable:
            await archive_documents(
                documents, run.results, config, transport=transport, progress=for_phase(phases, "wayback")
            )
    if config.verify:
        # A judge's verdicts are never kept (--cache keeps what the checks here found).
        kept = cache if not config.judge else None
        if early is not None:
            await early.finish(phases)
        elif phases is not None and not config.judge:
            # Document by document, to show progress (a judge batches across documents: one call).
            for done, document in enumerate(documents):
                phases("verify", done, len(documents))
                await verify_here([document], config, kept, transport=transport)
            phases("verify", len(documents), len(documents))
        else:
            await verify_here(documents, config, kept, transport=transport)
    if cache is not None and not network_unavailable:
        cache.save()
    for doc in documents:
        doc.findings = finalize_findings(doc, config)
    summary = summarize(documents, network_unavailable=network_unavailable)
    summary.elapsed_ms = int((time.monotonic() - started) * 1000)
    return Report(
        version=__version__,
        generated_at=dt.datetime.now(dt.UTC).replace(microsecond=0),
        documents=documents,
        summary=summary,
    )


def check(
    inputs: Sequence[Input],
    config: Config | None = None,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    progress: ProgressHook | None = None,
) -> Report:
    """Synchronous twin of :func:`acheck` for library and CLI users."""
    return run_sync(acheck(inputs, config or Config(), transport=transport, progress=progress))


def run_sync(awaitable: Awaitable[T]) -> T:
    """``asyncio.run`` whose result is not the main task's.

    On the way out the runner puts back the SIGINT handler it replaced, and Python's signal module
    formats the handler it removes (a partial holding the main task, whose repr holds the task's
    result) while looking it up among the known handlers (CPython 3.11 ``signal._int_to_enum``).
    For a whole Report that is a pydantic repr of every footnote and finding: 0.08 s for the
    800-URL benchmark report when measured alone, 0.3 s of a profiled CLI run.
    """
    box: list[T] = []

    async def main() -> None:
        box.append(await awaitable)

    asyncio.run(main())
    return box[0]


def _ignored(finding: Finding, doc: Document, config: Config) -> bool:
    if not config.ignore:
        return False  # no rules: no footnote look-up (a scan of every footnote per finding)
    url = None
    if finding.label is not None:
        url = next((fn.url for fn in doc.footnotes if fn.label == finding.label), None)
    for rule in config.ignore:
        if rule.code and rule.code != finding.code:
            continue
        if rule.url and not (url and patterns.search(rule.url, url)):
            continue
        if rule.document and not (doc.path == rule.document or doc.path.endswith("/" + rule.document)):
            continue
        if rule.label and rule.label != finding.label:
            continue
        return True
    return False


def finalize_findings(doc: Document, config: Config) -> list[Finding]:
    """Apply severity overrides and the ignore list; order findings by location then severity."""
    kept: list[Finding] = []
    for finding in doc.findings:
        override = config.severity.get(finding.code)
        if override is None and finding.code == "no-citations" and config.require_citations:
            override = "error"
        if override == "off" or _ignored(finding, doc, config):
            continue
        if override is not None:
            finding = finding.model_copy(update={"severity": override})
        kept.append(finding)
    kept.sort(key=lambda f: (f.line or 0, f.column or 0, -SEVERITY_RANK[f.severity], f.code))
    return kept


def worst_severity_at_least(report: Report, threshold: str) -> bool:
    """True when any finding is at or above ``threshold`` (the CLI's exit code 1)."""
    floor = SEVERITY_RANK[threshold]
    return any(SEVERITY_RANK[f.severity] >= floor for d in report.documents for f in d.findings)
