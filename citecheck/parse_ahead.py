"""The documents of an online run, parsed in order while their links are fetched.

The fetch starts with the first document's links and takes each document's links as it is parsed
(:func:`citecheck.pipeline.acheck`). In the event loop's own process, every document parsed is CPU
the loop does not spend starting requests: on the 800-URL end-to-end benchmark (benchmarks/e2e.py:
96 analyses, 897 footnotes; 0.55 s to parse alone) the 883 requests were all started only 2.3 s
after the first, where a fetch given every URL at once starts them within 1.3 s, and the web's
3-second pages, started late, set the end of the run.

So on Linux, with two or more files to parse, a child forked from this process parses them and
sends each :class:`~citecheck.models.Document` back as it is done (pickled: 22 ms for those 96, of
the 0.55 s of parsing), on the other core. Fork, not spawn: the child has every module this
process imported (a spawned one would import them again, ~0.6 s) and the sources and options as
they are. It is forked before this process starts any thread of its own (the caller's duty: see
:func:`parsed`, which falls back when other threads run, since a lock one of them held at the fork
would stay held in the child).

Nothing is lost if the child fails: a document it could not send (or a child that died) is parsed
here, in order, as it would have been without it, and an :class:`InputError` (a file too large, a
binary file) reaches the caller at that document, as it would have. The child ignores SIGINT (the
parent stops it) and is killed when the caller's stack closes.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import logging
import os
from collections.abc import AsyncIterator, Callable, Sequence
from multiprocessing.connection import Connection

from citecheck import forking
from citecheck.config import Config, today_for
from citecheck.errors import InputError
from citecheck.forking import ForkedChild
from citecheck.models import Document
from citecheck.parse.inputs import InputSource

log = logging.getLogger(__name__)

# Inputs larger than this, or of unknown length (standard input), are parsed off the event loop
# when they are parsed in this process (a 20 MB text takes seconds, which the links in flight must
# not wait out). Shorter ones are parsed on the loop, between two of its turns: on a thread,
# competing with the loop for the interpreter, the 96 analyses of the end-to-end benchmark were
# parsed later and its fetch spanned 5.40 s instead of 4.65 s (five runs each).
LONG_INPUT_BYTES = 1024 * 1024
# Below this many files to parse, there is nothing to overlap: the first document's links are
# the first to fetch either way.
MIN_SOURCES = 2

Parse = Callable[[InputSource], Document]


def long_input(source: InputSource) -> bool:
    if source.data is not None:
        return len(source.data) > LONG_INPUT_BYTES
    if source.stream is not None:
        return True
    try:
        return os.path.getsize(source.path) > LONG_INPUT_BYTES
    except OSError:
        return False  # parse_input says what is wrong with it


def can_fork(sources: Sequence[InputSource | Document]) -> bool:
    """Whether a forked child may parse ``sources``: the process may fork
    (:func:`citecheck.forking.can_fork`), no stream (standard input read by a child that died could
    not be read again here) and enough files to overlap."""
    files = [source for source in sources if isinstance(source, InputSource)]
    return forking.can_fork() and len(files) >= MIN_SOURCES and all(source.stream is None for source in files)


def _child(sources: Sequence[InputSource], parse: Parse, out: Connection) -> None:
    """Parse ``sources`` in order and send each result: ``("doc", Document)``, ``("error",
    message)`` for an InputError, ``("failed", reason)`` for anything else (parsed again by the
    parent, which then fails as it would have)."""
    try:
        for source in sources:
            message: tuple[str, object]
            try:
                message = ("doc", parse(source))
            except InputError as exc:
                message = ("error", str(exc))
            except Exception as exc:  # the parent parses it again and fails as it would have
                message = ("failed", repr(exc))
            try:
                out.send(message)
            except (OSError, ValueError):
                return  # the parent is gone or closed its end
            except Exception as exc:  # a document that cannot be pickled
                out.send(("failed", repr(exc)))
    finally:
        out.close()


class _Child:
    """The forked parser (:class:`citecheck.forking.ForkedChild`), read from the event loop."""

    def __init__(self, sources: Sequence[InputSource], parse: Parse) -> None:
        self.forked = ForkedChild(_child, (sources, parse), name="citecheck-parse")
        self.process = self.forked.process

    async def receive(self) -> tuple[str, object] | None:
        """The next result, or None once the child has no more to send (done or died)."""
        try:
            message: tuple[str, object] = await asyncio.to_thread(self.forked.recv)
        except Exception:  # EOF (done or died), or a message that cannot be read back
            return None
        return message

    def stop(self) -> None:
        self.forked.stop()


def parse_source(source: InputSource, *, today: dt.date, inline_links: bool, max_bytes: int) -> Document:
    """One source parsed with the run's options (the parser imported on first use).

    An input the parser refuses (:class:`InputError`: too large, binary) stops the run as a usage
    error. A fault of the parser itself on one document (an exception it did not mean to raise: a
    SciELO page's trimmed link span once raised IndexError) does not cost the run's other documents
    their results: that document comes back empty with one ``parse-failed`` error naming the fault."""
    from citecheck.findings import make_finding
    from citecheck.parse import parse_input

    try:
        return parse_input(source, today=today, inline_links=inline_links, max_bytes=max_bytes)
    except InputError:
        raise
    except Exception as exc:
        log.debug("parsing %s failed", source.path, exc_info=True)  # no traceback for the user
        finding = make_finding(
            "parse-failed",
            f"{source.path} could not be read: the parser failed ({type(exc).__name__}: {exc}). Nothing in it "
            "was checked; please report the file.",
            line=1,
            column=1,
            evidence={"exception": type(exc).__name__},
        )
        return Document(path=source.path, findings=[finding])


def parser_for(config: Config) -> Parse:
    """:func:`parse_source` with ``config``'s options."""
    return functools.partial(
        parse_source,
        today=today_for(config),
        inline_links=config.inline_links,
        max_bytes=config.max_input_bytes,
    )


class ParseAhead:
    """Every source's Document, in order (:meth:`documents`): ready Documents as they are, files
    parsed by a child forked when this is made, where :func:`can_fork` allows (so make it before
    starting any thread), else here between two turns of the loop (long inputs on a thread, so
    that the links in flight are still answered). A context manager: the child is stopped on exit."""

    def __init__(
        self, sources: Sequence[InputSource | Document], parse: Parse, *, fork: bool | None = None
    ) -> None:
        """``fork``: None decides by :func:`can_fork`; True and False force it (tests)."""
        self.sources = list(sources)
        self.parse = parse
        self.child: _Child | None = None
        if can_fork(self.sources) if fork is None else fork:
            files = [source for source in self.sources if isinstance(source, InputSource)]
            try:
                self.child = _Child(files, parse)
            except OSError:  # no fork here (out of processes or memory): parse in this process
                self.child = None

    @classmethod
    def for_config(cls, sources: Sequence[InputSource | Document], config: Config) -> ParseAhead:
        return cls(sources, parser_for(config))

    @property
    def forked(self) -> bool:
        return self.child is not None

    def close(self) -> None:
        if self.child is not None:
            self.child.stop()
            self.child = None

    def __enter__(self) -> ParseAhead:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    async def documents(self) -> AsyncIterator[Document]:
        for source in self.sources:
            if isinstance(source, Document):
                yield source
                continue
            message = await self.child.receive() if self.child is not None else None
            if message is None:
                self.close()  # done or lost: this and the rest are parsed here
            elif message[0] == "doc" and isinstance(message[1], Document):
                yield message[1]
                continue
            elif message[0] == "error":
                raise InputError(str(message[1]))
            if long_input(source):
                yield await asyncio.to_thread(self.parse, source)
            else:
                document = self.parse(source)
                await asyncio.sleep(0)  # the checks of the links found so far go on
                yield document
