"""The ``citecheck`` command line: thin typer commands that build a Config and call the library.

No check logic lives here. Run-level failures are caught once, in :func:`main`, and mapped to
the exit codes of the contract (:class:`ExitCode`).
"""

from __future__ import annotations

import atexit
import contextlib
import datetime as dt
import enum
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from typer.exceptions import TyperException

from citecheck._version import __version__
from citecheck.config import (
    DEFAULT_CACHE_MAX_AGE,
    DEFAULT_FAIL_ON,
    DEFAULT_MAX_CONCURRENCY,
    DEFAULT_MAX_INPUT_BYTES,
    DEFAULT_MAX_PER_HOST,
    DEFAULT_TIMEOUT,
    DEFAULT_WAYBACK_BUDGET,
    DEFAULT_WAYBACK_BUDGET_CI,
    LINK_DEADLINE_FACTOR,
    find_config_file,
    load_config,
)
from citecheck.errors import CitecheckError, NetworkUnavailable
from citecheck.progress import PHASE_LABELS, interactive

if TYPE_CHECKING:
    from collections.abc import Sequence

    from citecheck.models import Document, Report
    from citecheck.parse import InputSource


class ExitCode(enum.IntEnum):
    """The exit codes of the contract: scripts and CI pipelines rely on them."""

    CLEAN = 0
    FINDINGS = 1
    USAGE = 2
    NETWORK = 3


EXIT_CODES_HELP = (
    "Exit codes: 0 no finding at or above --fail-on; 1 findings at or above --fail-on; "
    "2 usage, configuration or input error; 3 could not check (our own network is unavailable)."
)
FORMAT_NAMES = ("text", "json", "sarif", "junit", "github", "markdown", "html")

app = typer.Typer(
    name="citecheck",
    help="Check the footnotes of analyses: parse them, check every cited URL, archive, verify, report.\n\n"
    + EXIT_CODES_HELP,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
archive_app = typer.Typer(help="Look into the local WARC archive of fetched sources.", no_args_is_help=True)
app.add_typer(archive_app, name="archive")

_err = Console(stderr=True, highlight=False, soft_wrap=True)


def _fail(message: str, code: ExitCode = ExitCode.USAGE) -> typer.Exit:
    _err.print(f"citecheck: {message}", markup=False)
    return typer.Exit(int(code))


def _parse_outputs(outputs: list[str]) -> list[tuple[str, Path]]:
    parsed: list[tuple[str, Path]] = []
    for spec in outputs:
        fmt, sep, path = spec.partition("=")
        if not sep or not path or fmt not in FORMAT_NAMES:
            raise _fail(f"--output must be FMT=PATH with FMT one of {', '.join(FORMAT_NAMES)}: got {spec!r}")
        parsed.append((fmt, Path(path)))
    return parsed


def _parse_accept(accept: str | None) -> list[int] | None:
    if accept is None:
        return None
    codes: list[int] = []
    for part in accept.split(","):
        part = part.strip()
        if not part:
            continue
        lo, sep, hi = part.partition("..")
        try:
            if sep:
                codes.extend(range(int(lo), int(hi) + 1))
            else:
                codes.append(int(part))
        except ValueError:
            raise _fail(f"--accept takes status codes like '200,429' or '200..299': got {accept!r}") from None
    return codes


def _progress_bars() -> Progress:
    """The bars every long command shows on a TTY, on stderr, gone when done."""
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=_err,
        transient=True,
    )


def _progress_hook(enabled: bool) -> tuple[Progress | None, Any]:
    """Rich progress bars on a TTY (never in CI), one per phase as it starts (fetch, Wayback,
    verify); returns the bars and a (phase, done, total) callback."""
    if not enabled:
        return None, None
    bar = _progress_bars()
    tasks: dict[str, Any] = {}

    def update(phase: str, done: int, total: int) -> None:
        if phase not in tasks:
            tasks[phase] = bar.add_task(PHASE_LABELS.get(phase, phase), total=total)
        bar.update(tasks[phase], completed=done, total=total)

    return bar, update


def _interactive() -> bool:
    return interactive(sys.stderr)


@app.command(help="Check analyses: structure, links, archive, verification.\n\n" + EXIT_CODES_HELP)
def check(
    paths: Annotated[
        list[str],
        typer.Argument(help="Files, directories, globs, - for stdin, or web addresses of analyses."),
    ],
    offline: Annotated[bool, typer.Option("--offline", help="Do not touch the network.")] = False,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help=f"Output format: {', '.join(FORMAT_NAMES)}.")
    ] = "text",
    output: Annotated[
        list[str] | None, typer.Option("--output", "-o", help="Also write FMT=PATH (repeatable).")
    ] = None,
    fail_on: Annotated[
        str | None, typer.Option(help=f"Lowest severity that fails the run (default {DEFAULT_FAIL_ON}).")
    ] = None,
    allow_private: Annotated[
        bool | None, typer.Option("--allow-private", help="Allow private/loopback addresses.")
    ] = None,
    timeout: Annotated[
        float | None,
        typer.Option(
            help=f"Seconds one request may take, body included (default {DEFAULT_TIMEOUT:g}); per attempt."
        ),
    ] = None,
    max_concurrency: Annotated[
        int | None, typer.Option(help=f"Requests in flight (default {DEFAULT_MAX_CONCURRENCY}).")
    ] = None,
    max_per_host: Annotated[
        int | None, typer.Option(help=f"Requests in flight per host (default {DEFAULT_MAX_PER_HOST}).")
    ] = None,
    remap: Annotated[
        list[str] | None, typer.Option(help="'REGEX REPLACEMENT' rewrite before fetching (repeatable).")
    ] = None,
    exclude: Annotated[list[str] | None, typer.Option(help="Skip URLs matching REGEX (repeatable).")] = None,
    user_agent: Annotated[str | None, typer.Option(help="User-Agent header.")] = None,
    accept: Annotated[
        str | None, typer.Option(help="Extra status codes counted alive: '200,429,500..503'.")
    ] = None,
    archive: Annotated[
        bool, typer.Option("--archive", help="Keep fetched sources in the WARC archive.")
    ] = False,
    archive_dir: Annotated[Path | None, typer.Option(help="Archive directory (implies --archive).")] = None,
    save: Annotated[bool, typer.Option("--save", help="Submit live sources to Save Page Now.")] = False,
    judge: Annotated[str | None, typer.Option(help="OpenAI-compatible endpoint of a semantic judge.")] = None,
    judge_model: Annotated[str | None, typer.Option(help="Model name for --judge.")] = None,
    config_file: Annotated[Path | None, typer.Option("--config", help="Configuration file.")] = None,
    today: Annotated[
        str | None, typer.Option(help="Pretend today is YYYY-MM-DD (reproducible runs).")
    ] = None,
    link_deadline: Annotated[
        float | None,
        typer.Option(
            help=f"Seconds one link may take in all, retries and redirects included "
            f"(default {LINK_DEADLINE_FACTOR:g} × --timeout)."
        ),
    ] = None,
    no_wayback: Annotated[
        bool, typer.Option("--no-wayback", help="Do not look for Wayback copies of dead sources.")
    ] = False,
    wayback_budget: Annotated[
        float | None,
        typer.Option(
            help=f"Seconds all Wayback lookups may take (default {DEFAULT_WAYBACK_BUDGET_CI:g} "
            f"when CI=true, else {DEFAULT_WAYBACK_BUDGET:g})."
        ),
    ] = None,
    cache: Annotated[
        Path | None,
        typer.Option(help="Keep successful link verdicts in this file; skip them next run."),
    ] = None,
    cache_max_age: Annotated[
        str | None,
        typer.Option(
            help=f"How long cached verdicts are trusted (default {DEFAULT_CACHE_MAX_AGE}): 1d, 12h."
        ),
    ] = None,
    no_inline_links: Annotated[
        bool, typer.Option("--no-inline-links", help="Links in the text are not citations (footnotes only).")
    ] = False,
    require_citations: Annotated[
        bool,
        typer.Option(
            "--require-citations", help="A document with nothing citeable is an error (no-citations)."
        ),
    ] = False,
    max_input_bytes: Annotated[
        int | None,
        typer.Option(
            help=f"Largest input document read, in bytes (default {DEFAULT_MAX_INPUT_BYTES:,}).", min=1
        ),
    ] = None,
) -> None:
    if fmt not in FORMAT_NAMES:
        raise _fail(f"unknown --format {fmt!r}; choose one of {', '.join(FORMAT_NAMES)}")
    if (judge is None) != (judge_model is None):
        raise _fail("--judge and --judge-model go together")
    outputs = _parse_outputs(output or [])
    overrides: dict[str, Any] = {
        "offline": True if offline else None,
        "fail_on": fail_on,
        "allow_private": allow_private,
        "timeout": timeout,
        "max_concurrency": max_concurrency,
        "max_per_host": max_per_host,
        "remap": remap,
        "exclude": exclude,
        "user_agent": user_agent,
        "accept": _parse_accept(accept),
        "archive": True if (archive or archive_dir or save) else None,
        "archive_dir": archive_dir,
        "save": True if save else None,
        "judge": judge,
        "judge_model": judge_model,
        "today": today,
        "link_deadline": link_deadline,
        "wayback": False if no_wayback else None,
        "wayback_budget": wayback_budget,
        "cache": cache,
        "cache_max_age": cache_max_age,
        "inline_links": False if no_inline_links else None,
        "require_citations": True if require_citations else None,
        "max_input_bytes": max_input_bytes,
    }
    config = load_config(config_file, overrides=overrides)
    from citecheck import pool

    with contextlib.ExitStack() as stack:
        parsed = None
        if not config.offline:
            # The worker pool's server imports what workers need (1.5-2 s of CPU) on the idle core
            # while this process imports the pipeline and parses (citecheck.pool).
            pool.start_early(paths, encoder=config.verify and not config.judge)
            # The inputs are parsed by a child forked now, which imports the parser while this
            # process imports the fetch stage (citecheck.parse_ahead).
            from citecheck.parse import expand_inputs
            from citecheck.parse_ahead import ParseAhead

            inputs = expand_inputs(paths)
            sources: Sequence[InputSource | Document] = inputs
            if any(source.address for source in inputs):  # analyses given by their web address
                from citecheck.pipeline import fetch_addresses, run_sync

                sources = run_sync(fetch_addresses(inputs, config))
            parsed = stack.enter_context(ParseAhead.for_config(sources, config))
        with pool.built_once():  # the pipeline's modules stay to the end of the process
            from citecheck.pipeline import acheck, run_sync, worst_severity_at_least

        bar, hook = _progress_hook(_interactive() and not config.offline)
        if bar is not None:
            with bar:
                report = run_sync(acheck(paths, config, phases=hook, page_workers=True, parsed=parsed))
        else:
            report = run_sync(acheck(paths, config, page_workers=True, parsed=parsed))
    # The report renderers (jinja2 among them) are imported once the run is done, not before its
    # first request.
    from citecheck.report import STDOUT, write_outputs

    _release_page_texts(report)
    write_outputs(report, [(fmt, STDOUT), *outputs], config)
    if report.summary.network_unavailable:
        raise _fail(
            "our own network looks unavailable: links were not judged and are marked skipped "
            "(error kind network-unavailable). Nothing was reported dead.",
            ExitCode.NETWORK,
        )
    if worst_severity_at_least(report, config.fail_on):
        raise typer.Exit(int(ExitCode.FINDINGS))


def _release_page_texts(report: Report) -> None:
    """Free every page's main text before the reports are rendered: verification is done, the
    cache was written during the run, and no report shows the texts (``PageFacts.text`` is left out
    of the JSON). Rendering builds each report as one string beside everything else in memory: on
    the 2,600-URL end-to-end benchmark the main process peaked there, at 157 MB with the texts
    (16 MB of characters) and 138 MB without (measured in one process, tracemalloc and VmHWM)."""
    for document in report.documents:
        for footnote in document.footnotes:
            if footnote.page is not None:
                footnote.page.text = ""


@app.command()
def parse(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, globs, or - for stdin.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
    today: Annotated[str | None, typer.Option(help="Pretend today is YYYY-MM-DD.")] = None,
    no_inline_links: Annotated[
        bool, typer.Option("--no-inline-links", help="Links in the text are not citations (footnotes only).")
    ] = False,
    max_input_bytes: Annotated[
        int | None, typer.Option(help="Largest input document read, in bytes.", min=1)
    ] = None,
) -> None:
    """Print the footnotes and claims of analyses (no network)."""
    from citecheck.pipeline import parse_inputs

    if fmt not in {"text", "json"}:
        raise _fail(f"parse --format takes text or json, not {fmt!r}")
    config = load_config(
        overrides={
            "offline": True,
            "today": today,
            "inline_links": False if no_inline_links else None,
            "max_input_bytes": max_input_bytes,
        }
    )
    documents = parse_inputs(paths, config)
    if fmt == "json":
        payload = [
            json.loads(doc.model_dump_json(exclude={"footnotes": {"__all__": {"link", "page", "archive"}}}))
            for doc in documents
        ]
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return
    out = Console(highlight=False, soft_wrap=False, no_color=bool(os.environ.get("NO_COLOR")))
    for doc in documents:
        out.print(f"[bold]{doc.path}[/bold]  {doc.title or ''}  {doc.date or ''}".rstrip(), markup=True)
        for fn in doc.footnotes:
            accessed = fn.access_date.isoformat() if fn.access_date else "-"
            out.print(f"  [{fn.label}] line {fn.line}: {fn.title or fn.raw[:60]!s}", markup=False)
            out.print(
                f"       {fn.publisher or '-'} | {fn.url or '(no URL)'} | accessed {accessed}", markup=False
            )
        for cit in doc.citations:
            claim = cit.claim if len(cit.claim) <= 110 else cit.claim[:107] + "..."
            out.print(f"  ({cit.label}) {cit.line}:{cit.column} {claim}", markup=False)
        for finding in doc.findings:
            out.print(f"  {finding.severity}: {finding.code} {finding.message}", markup=False)


@archive_app.command("list")
def archive_list(
    url: Annotated[str, typer.Argument(help="The URL whose captures to list.")],
    archive_dir: Annotated[Path | None, typer.Option(help="Archive directory.")] = None,
    config_file: Annotated[Path | None, typer.Option("--config", help="Configuration file.")] = None,
) -> None:
    """List the local captures of URL."""
    from citecheck.archive import Archive

    config = load_config(config_file, overrides={"archive_dir": archive_dir})
    if not config.archive_dir.is_dir():
        raise _fail(f"no archive at {config.archive_dir} (run check with --archive first)")
    captures = Archive(config.archive_dir).captures(url)
    if not captures:
        raise _fail(f"no capture of {url} in {config.archive_dir}", ExitCode.FINDINGS)
    for cap in captures:
        sys.stdout.write(
            f"{cap.captured_at.isoformat()}  {cap.status}  {cap.record_type:8}  {cap.digest}  "
            f"{cap.warc}:{cap.offset}\n"
        )


@archive_app.command("show")
def archive_show(
    url: Annotated[str, typer.Argument(help="The URL to show.")],
    at: Annotated[str | None, typer.Option(help="The capture nearest this date (YYYY-MM-DD).")] = None,
    extract: Annotated[Path | None, typer.Option(help="Write the payload to this file.")] = None,
    archive_dir: Annotated[Path | None, typer.Option(help="Archive directory.")] = None,
    config_file: Annotated[Path | None, typer.Option("--config", help="Configuration file.")] = None,
) -> None:
    """Print (or --extract) the capture of URL nearest --at (default: the latest)."""
    from citecheck.archive import Archive

    when: dt.date | None = None
    if at is not None:
        try:
            when = dt.date.fromisoformat(at)
        except ValueError:
            raise _fail(f"--at takes a date YYYY-MM-DD, not {at!r}") from None
    config = load_config(config_file, overrides={"archive_dir": archive_dir})
    if not config.archive_dir.is_dir():
        raise _fail(f"no archive at {config.archive_dir} (run check with --archive first)")
    store = Archive(config.archive_dir)
    capture = store.nearest(url, when)
    if capture is None:
        raise _fail(f"no capture of {url} in {config.archive_dir}", ExitCode.FINDINGS)
    payload = store.read_payload(capture)
    _err.print(
        f"capture of {capture.url} at {capture.captured_at.isoformat()} ({capture.status})", markup=False
    )
    if extract is not None:
        extract.write_bytes(payload)
        return
    sys.stdout.buffer.write(payload)
    sys.stdout.flush()


def _audit_progress(enabled: bool) -> tuple[Progress | None, Any]:
    """The audit's progress on a TTY (never in CI or a cron log): documents read, then links checked."""
    if not enabled:
        return None, None
    bar = _progress_bars()
    task = bar.add_task("reading sources", total=None)

    def update(phase: str, done: int, total: int | None) -> None:
        bar.update(task, description=phase, completed=done, total=total)

    return bar, update


def _parse_now(value: str | None) -> dt.datetime | None:
    if value is None:
        return None
    try:
        when = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        raise _fail(
            f"--now takes a date or time like 2026-01-10 or 2026-01-10T02:30Z, not {value!r}"
        ) from None
    return when if when.tzinfo is not None else when.replace(tzinfo=dt.UTC)


def _print_audit_state(links: list[Any], fmt: str, now: dt.datetime) -> None:
    from citecheck.audit.notify import link_label

    if fmt == "json":
        sys.stdout.write(json.dumps([json.loads(link.model_dump_json()) for link in links], indent=2) + "\n")
        return

    def when(value: dt.datetime | None) -> str:
        return value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") if value is not None else "-"

    header = ("STATE", "HTTP", "FAILS", "FIRST FAILURE", "LOCATIONS", "NEXT CHECK", "URL")
    rows = [header]
    for link in links:
        locations = ",".join(f"{name}:{verdict}" for name, verdict in sorted(link.locations.items()))
        due = link.next_check is None or link.next_check <= now
        rows.append(
            (
                link_label(link),
                str(link.http_status) if link.http_status is not None else "-",
                str(link.failures),
                when(link.failing_since),
                locations or "-",
                "due" if due else when(link.next_check),
                link.url,
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header) - 1)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        sys.stdout.write("  ".join([*cells, row[-1]]) + "\n")


@app.command()
def audit(
    sources: Annotated[
        list[str] | None, typer.Argument(help="Directories/globs, sitemap or feed URLs, WordPress sites.")
    ] = None,
    db: Annotated[
        str | None, typer.Option(help="SQLite path or postgresql:// URL of the history store.")
    ] = None,
    allow_private: Annotated[
        bool | None, typer.Option("--allow-private", help="Allow private addresses.")
    ] = None,
    notify: Annotated[
        str | None, typer.Option(help="Webhook URL for the run summary (Slack-compatible).")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
    remap: Annotated[list[str] | None, typer.Option(help="'REGEX REPLACEMENT' (repeatable).")] = None,
    config_file: Annotated[Path | None, typer.Option("--config", help="Configuration file.")] = None,
    # The schedule and the clock ([audit] recheck_all, now).
    recheck_all: Annotated[
        bool | None,
        typer.Option("--recheck-all", help="Re-check every URL now, due or not (config: audit.recheck_all)."),
    ] = None,
    now: Annotated[
        str | None,
        typer.Option(
            "--now",
            metavar="DATETIME",
            help="Pretend the run starts at DATETIME (ISO 8601, UTC unless a zone is given; config: audit.now).",
        ),
    ] = None,
    # The stored state (--state runs nothing).
    state: Annotated[
        bool, typer.Option("--state", help="Print the full state of every audited URL; run nothing.")
    ] = False,
    only: Annotated[
        list[str] | None,
        typer.Option(
            "--only",
            help="With --state: only links that are dead, failing, broken, alive, soft-404, blocked, "
            "unreachable, redirected or skipped (repeatable).",
        ),
    ] = None,
    host: Annotated[
        str | None, typer.Option("--host", help="With --state: only links on this host (and subdomains).")
    ] = None,
    queue: Annotated[
        str | None,
        typer.Option(
            envvar="CITECHECK_QUEUE",
            help="redis://HOST:PORT/DB of a worker fleet: the URLs are checked by `citecheck worker`s "
            "(needs --db postgresql://…).",
        ),
    ] = None,
    detach: Annotated[
        bool, typer.Option("--detach", help="With --queue: hand the whole run to a worker and return.")
    ] = False,
) -> None:
    """The nightly audit: check everything published, keep history, report what changed."""
    from citecheck.audit import audit as run_audit
    from citecheck.audit import format_audit_summary, load_audit_state

    if fmt not in {"text", "json"}:
        raise _fail(f"audit --format takes text or json, not {fmt!r}")
    config = load_config(config_file, overrides={"allow_private": allow_private, "remap": remap})
    when = _parse_now(now)
    audit_overrides = {"recheck_all": recheck_all, "now": when}
    config = config.model_copy(
        update={
            "audit": config.audit.model_copy(
                update={key: value for key, value in audit_overrides.items() if value is not None}
            )
        }
    )
    if state:
        filters = [name.strip() for value in (only or []) for name in value.split(",") if name.strip()]
        links = load_audit_state(db, config=config, only=filters, host=host)
        _print_audit_state(links, fmt, config.audit.now or dt.datetime.now(dt.UTC))
        return
    if only or host:
        raise _fail("--only and --host filter the stored state: use them with --state")
    if not sources:
        raise _fail("audit needs at least one SOURCE (or --state to print the stored state)")
    if detach and not queue:
        raise _fail("--detach needs --queue (a worker fleet to hand the run to)")
    remote = None
    if queue:
        from citecheck.fleet.cli import audit_remote, detach_audit

        if detach:
            run = detach_audit(queue, db or config.audit.db, sources, config, notify)
            sys.stdout.write(f"audit queued as task {run}: a worker runs it; see `citecheck audit --state`\n")
            return
        remote = audit_remote(queue, db or config.audit.db)
    bar, hook = _audit_progress(_interactive())
    if bar is not None:
        with bar:
            result = run_audit(sources, config, db=db, notify_url=notify, progress=hook, remote=remote)
    else:
        result = run_audit(sources, config, db=db, notify_url=notify, remote=remote)
    if fmt == "json":
        sys.stdout.write(result.model_dump_json(indent=2) + "\n")
    else:
        summary = format_audit_summary(result)
        sys.stdout.write(summary if summary.endswith("\n") else summary + "\n")
    if result.locked_out:
        raise _fail(result.message or "another audit is running", ExitCode.USAGE)
    if result.source_errors and result.counts.documents == 0:
        # A cron job must notice when nothing could be audited at all.
        raise _fail(
            f"no source could be read ({len(result.source_errors)} failed): {result.source_errors[0]}"
        )
    if result.report is not None and result.report.summary.network_unavailable:
        raise _fail("our own network looks unavailable: nothing was judged", ExitCode.NETWORK)
    if result.newly_broken:
        raise typer.Exit(int(ExitCode.FINDINGS))


@app.command()
def worker(
    queue: Annotated[
        str, typer.Option(envvar="CITECHECK_QUEUE", help="redis://HOST:PORT/DB of the fleet's Redis.")
    ],
    concurrency: Annotated[int, typer.Option(min=1, max=256, help="Tasks this worker runs at once.")] = 8,
    location: Annotated[
        str,
        typer.Option(help="Name of where this worker's requests come from (second opinions ask another)."),
    ] = "default",
    source_address: Annotated[
        str | None, typer.Option(help="Local IP address every request of this worker leaves from.")
    ] = None,
) -> None:
    """Run a fleet worker: checks for `audit --queue`, jobs for `serve --queue`, until SIGTERM."""
    from citecheck.fleet.cli import run_fleet_worker

    run_fleet_worker(queue, concurrency=concurrency, location=location, source_address=source_address)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)] = 8000,
    token: Annotated[
        list[str] | None, typer.Option(help="API token (repeatable); or CITECHECK_TOKENS.")
    ] = None,
    config_file: Annotated[Path | None, typer.Option("--config", help="Configuration file.")] = None,
    allow_private: Annotated[
        bool,
        typer.Option(
            "--allow-private",
            help="Development mode: checks may reach private addresses (citecheck.devweb). Loopback --host only.",
        ),
    ] = False,
    forwarded_allow_ips: Annotated[
        str | None,
        typer.Option(
            help="Comma-separated proxy addresses/CIDRs whose X-Forwarded-For is trusted (default: none)."
        ),
    ] = None,
    queue: Annotated[
        str | None,
        typer.Option(
            envvar="CITECHECK_QUEUE",
            help="redis://HOST:PORT/DB of a worker fleet: jobs are kept in --db and run by `citecheck worker`s.",
        ),
    ] = None,
    db: Annotated[
        str | None,
        typer.Option(envvar="CITECHECK_DB", help="With --queue: the postgresql:// URL that keeps the jobs."),
    ] = None,
) -> None:
    """Run the HTTP API and the editor's page."""
    from citecheck.service import serve as run_server

    config = load_config(config_file)
    tokens = list(token or []) + [t for t in os.environ.get("CITECHECK_TOKENS", "").split(",") if t]
    service = config.service
    settings = service.model_copy(
        update={
            "tokens": [*service.tokens, *tokens],
            "allow_private": allow_private or service.allow_private,
            "forwarded_allow_ips": (
                [ip.strip() for ip in forwarded_allow_ips.split(",") if ip.strip()]
                if forwarded_allow_ips is not None
                else service.forwarded_allow_ips
            ),
        }
    )
    _check_port_free(host, port)
    jobs = None
    if queue:
        from citecheck.fleet.cli import service_jobs

        jobs = service_jobs(queue, db or config.audit.db, settings)
    elif db:
        raise _fail("serve --db keeps the jobs of a worker fleet: use it with --queue")
    run_server(host, port, config, settings, jobs=jobs)


def _check_port_free(host: str, port: int) -> None:
    # uvicorn reports a busy port with its own log line and exit code 3, which our contract keeps
    # for "network unavailable"; ask first and say it plainly.
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise _fail(f"cannot listen on {host}: {exc.strerror}") from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            raise _fail(f"cannot listen on {host}:{port}: {exc.strerror}") from None


@app.command("config")
def show_config(
    config_file: Annotated[Path | None, typer.Option("--config", help="Configuration file.")] = None,
) -> None:
    """Print the effective configuration (and the file it came from)."""
    found = config_file or find_config_file()
    config = load_config(config_file)
    _err.print(f"# from {found}" if found else "# no config file found: defaults", markup=False)
    sys.stdout.write(config.model_dump_json(indent=2) + "\n")


@app.command()
def schema() -> None:
    """Print the JSON Schema of the report."""
    from citecheck.report import json_schema

    sys.stdout.write(json.dumps(json_schema(), indent=2) + "\n")


@app.command()
def version() -> None:
    """Print the version."""
    sys.stdout.write(f"citecheck {__version__}\n")


def main() -> None:
    """Entry point: run the app, turning run-level errors into one clear line and an exit code."""
    try:
        code = app(standalone_mode=False, prog_name="citecheck")
        sys.exit(code if isinstance(code, int) else 0)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except NetworkUnavailable as exc:
        _err.print(f"citecheck: {exc}", markup=False)
        sys.exit(int(ExitCode.NETWORK))
    except CitecheckError as exc:
        _err.print(f"citecheck: {exc}", markup=False)
        sys.exit(int(ExitCode.USAGE))
    except KeyboardInterrupt:
        _err.print("citecheck: interrupted", markup=False)
        sys.exit(130)
    except typer.Abort:
        _err.print("citecheck: aborted", markup=False)
        sys.exit(130)
    except Exception as exc:  # the last net: a user never sees a traceback
        if isinstance(exc, TyperException) and hasattr(exc, "format_message"):
            # Usage errors (unknown option, missing argument, bad value): one line and a pointer.
            context = getattr(exc, "ctx", None)
            where = f" (try '{context.command_path} --help')" if context is not None else ""
            _err.print(f"citecheck: {exc.format_message()}{where}", markup=False)
            sys.exit(int(ExitCode.USAGE))
        if os.environ.get("CITECHECK_DEBUG"):
            raise
        _err.print(
            f"citecheck: internal error: {type(exc).__name__}: {exc} (set CITECHECK_DEBUG=1 for details)",
            markup=False,
        )
        sys.exit(int(ExitCode.USAGE))


def console() -> None:
    """The installed ``citecheck`` command and ``python -m citecheck``: :func:`main`, then out of
    the process without tearing the interpreter down.

    Everything an ordinary exit does that anyone can see is done first: the streams are flushed
    and every ``atexit`` hook runs (multiprocessing's, which stops and joins the worker pool's
    server, and logging's among them). What is skipped is freeing, object by object, the run's
    whole object graph and every module: 0.4 s at the end of the 800-URL benchmark's run, for
    memory the operating system takes back at once. Tests call :func:`main` instead.
    """
    code: int
    try:
        main()
        code = 0
    except SystemExit as exc:
        if exc.code is None or isinstance(exc.code, int):
            code = exc.code or 0
        else:  # sys.exit("message"): printed to stderr, status 1, as the interpreter does
            sys.stderr.write(f"{exc.code}\n")
            code = 1
    try:
        sys.stdout.flush()
    except (BrokenPipeError, ValueError):  # a reader that went away (citecheck ... | head)
        code = code or 1
    with contextlib.suppress(Exception):
        sys.stderr.flush()
    atexit._run_exitfuncs()
    os._exit(code)


__all__ = ["ExitCode", "app", "console", "main"]
