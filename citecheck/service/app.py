"""The FastAPI app of ``citecheck serve``: the HTTP API, the editor's page, and how to run them.

Thin by design: a request becomes a :class:`~citecheck.service.jobs.Submission`, a background job
runs the library on it, and the app serves the job's state and the rendered report.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import logging
import socket
import sys
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path, PurePosixPath
from typing import Any

import fastapi_offline
import httpx
import uvicorn
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import ValidationError
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException

from citecheck._version import __version__
from citecheck.config import Config
from citecheck.errors import ConfigError
from citecheck.models import DocumentFormat, Report
from citecheck.report import render
from citecheck.service.connections import guarded_protocol
from citecheck.service.jobs import (
    ClientQueueFull,
    JobQueue,
    JobRunner,
    JobState,
    JobStore,
    QueueFull,
    Submission,
    one_line,
)
from citecheck.service.limits import (
    URL_ESTIMATE_FORMATS,
    DailyQuota,
    JobLimits,
    UrlCount,
    estimate_urls,
    limit_problem,
    seconds_to_utc_midnight,
)
from citecheck.service.runner import LibraryRunner, ProcessRunner
from citecheck.service.schemas import (
    CheckAccepted,
    CheckOptions,
    CheckRequest,
    CheckStatusBody,
    ErrorBody,
    UploadForm,
    describe_validation_error,
    effective_config,
    json_values_over,
    too_many_values,
)
from citecheck.service.security import (
    Gatekeeper,
    RequestSizeLimit,
    SecurityHeaders,
    is_loopback_host,
    retry_after_header,
)
from citecheck.service.settings import ServiceSettings

log = logging.getLogger("citecheck.service")

STATIC_DIR = Path(__file__).parent / "static"
DOCS_ASSETS = Path(fastapi_offline.__file__).parent / "static"  # Swagger UI and ReDoc, no CDN
# The one address ReDoc's bundle still loads from the internet (its footer's logo), pointed at the
# service's own icon; an older or newer bundle without it is served unchanged.
REDOC_CDN_LOGO = b"https://cdn.redoc.ly/redoc/logo-mini.svg"


@functools.cache
def redoc_bundle() -> bytes:
    """fastapi-offline's ReDoc bundle with its CDN logo replaced by the local favicon."""
    return (
        (DOCS_ASSETS / "redoc.standalone.js")
        .read_bytes()
        .replace(REDOC_CDN_LOGO, b"/static-docs/favicon.png")
    )


UPLOAD_FORMATS: dict[str, DocumentFormat] = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".docx": "docx",
}
# The editor's page loads only its own files; the report frame may show a blob of report.html.
PAGE_CSP = (
    "default-src 'self'; style-src 'self' 'unsafe-inline'; frame-src 'self' blob:; img-src 'self' data:; "
    "object-src 'none'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
# /docs and /redoc load their scripts from the service itself (fastapi-offline's assets; ReDoc's
# with its footer logo made local, :func:`redoc_bundle`), and Swagger UI may fetch a validator
# badge: the policy keeps every request on the service (no third party learns who reads the docs,
# and nothing waits on a network the machine may not have). Swagger UI starts from an inline
# script; ReDoc searches in a worker made from a blob.
DOCS_CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
# report.html holds text from the draft and from cited pages: sandboxed, it runs in an opaque
# origin, so even a script that slipped through could not read the API or the page's token.
REPORT_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'unsafe-inline'; "
    "sandbox allow-scripts allow-popups allow-popups-to-escape-sandbox; base-uri 'none'; form-action 'none'"
)

ReportRenderer = Callable[[Report, Config], str]


def render_html_report(report: Report, config: Config) -> str:
    """The editor's report, rendered by the report package's HTML renderer."""
    return render(report, "html", config)


def create_app(
    config: Config,
    *,
    settings: ServiceSettings | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    runner: JobRunner | None = None,
    jobs: JobQueue | None = None,
    renderer: ReportRenderer | None = None,
) -> FastAPI:
    """Build the service around ``config`` (the base of every check).

    ``transport`` reaches the checks' HTTP client (tests point it at local servers); ``runner``,
    ``jobs`` and ``renderer`` replace the library runner, the in-process job store and the HTML
    renderer (tests and, later, a Redis-backed queue).
    """
    settings = settings or ServiceSettings()
    gate = Gatekeeper(settings)
    quota = DailyQuota(
        settings.daily_checks_per_client,
        settings.daily_urls_per_client,
        max_keys=settings.max_clients_tracked,
    )
    library: LibraryRunner | None = None
    processes: ProcessRunner | None = None
    if jobs is None:
        if runner is None and transport is not None:
            runner = library = LibraryRunner(config, transport=transport)
        elif runner is None:
            runner = processes = ProcessRunner(config, settings)

        def charge_urls(submission: Submission, state: JobState) -> None:
            if state.report is not None:
                quota.charge(submission.client, urls=sum(state.report.summary.links.values()))

        jobs = JobStore(runner, settings, on_finished=charge_urls)
    job_queue: JobQueue = jobs
    render_report = renderer or render_html_report

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        if processes is not None:
            await processes.start()
        await job_queue.start()
        try:
            yield
        finally:
            await job_queue.stop()
            if processes is not None:
                await processes.close()
            if library is not None:
                await asyncio.to_thread(library.close)

    app = FastAPI(
        title="citecheck",
        version=__version__,
        summary="Check the footnotes of an analysis: dead links, wrong sources, unsupported claims.",
        lifespan=lifespan,
        # /docs and /redoc are served below from assets inside the fastapi-offline package: the
        # defaults load them from a CDN and show a blank page without internet.
        docs_url=None,
        redoc_url=None,
    )
    app.add_middleware(RequestSizeLimit, max_bytes=settings.max_request_bytes)
    app.add_middleware(SecurityHeaders)
    _install_error_handlers(app)

    def admit(request: Request, *, submission: bool = False) -> str:
        """The client's key (token, else address); 401/429 when it may not proceed."""
        client = request.client.host if request.client else None
        return gate.admit(request.headers.get("authorization"), client, submission=submission)

    app.mount("/static-docs", StaticFiles(directory=DOCS_ASSETS), name="static-docs")

    @app.get("/docs", include_in_schema=False)
    async def swagger_ui() -> HTMLResponse:
        page = get_swagger_ui_html(
            openapi_url=str(app.openapi_url),
            title="citecheck API",
            swagger_js_url="/static-docs/swagger-ui-bundle.js",
            swagger_css_url="/static-docs/swagger-ui.css",
            swagger_favicon_url="/static-docs/favicon.png",
        )
        page.headers["Content-Security-Policy"] = DOCS_CSP
        return page

    @app.get("/docs-assets/redoc.standalone.js", include_in_schema=False)
    async def redoc_script() -> Response:
        return Response(
            redoc_bundle(), media_type="text/javascript", headers={"Cache-Control": "public, max-age=86400"}
        )

    @app.get("/redoc", include_in_schema=False)
    async def redoc() -> HTMLResponse:
        page = get_redoc_html(
            openapi_url=str(app.openapi_url),
            title="citecheck API",
            redoc_js_url="/docs-assets/redoc.standalone.js",
            redoc_favicon_url="/static-docs/favicon.png",
            with_google_fonts=False,
        )
        page.headers["Content-Security-Policy"] = DOCS_CSP
        return page

    @app.get("/", include_in_schema=False)
    async def editor_page() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", headers={"Content-Security-Policy": PAGE_CSP})

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    @app.get("/healthz", responses={503: {"model": ErrorBody}})
    async def healthz() -> JSONResponse:
        """200 when the service accepts checks."""
        if not job_queue.ready:
            return JSONResponse({"error": "job workers are not running"}, status_code=503)
        return JSONResponse({"status": "ok", "version": __version__, "auth_required": gate.auth_required})

    @app.post(
        "/v1/checks",
        status_code=202,
        response_model=CheckAccepted,
        responses={
            400: {"model": ErrorBody, "description": "Malformed JSON or multipart body"},
            401: {"model": ErrorBody, "description": "Missing or invalid API token"},
            413: {"model": ErrorBody, "description": "Body over the size limit"},
            415: {"model": ErrorBody, "description": "Neither JSON nor multipart"},
            422: {
                "model": ErrorBody,
                "description": "Invalid fields or options, or over a per-check URL limit",
            },
            429: {
                "model": ErrorBody,
                "description": "Rate limit, the client's share of the queue or its daily quota (see Retry-After)",
            },
            503: {"model": ErrorBody, "description": "Too many checks queued (see Retry-After)"},
        },
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/CheckRequest"}},
                    "multipart/form-data": {"schema": {"$ref": "#/components/schemas/UploadForm"}},
                },
            }
        },
    )
    async def submit_check(request: Request) -> JSONResponse:
        """Queue a check of pasted text, a published URL, or an uploaded file (field ``file``)."""
        client = admit(request, submission=True)
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type == "multipart/form-data":
            submission = await _upload_submission(request, config, settings)
        elif content_type in {"application/json", ""} or content_type.endswith("+json"):
            submission = _json_submission(await request.body(), config, settings)
        else:
            raise HTTPException(415, "send application/json or multipart/form-data")
        # A 5 MB document costs tens of ms per step below; yielding between them keeps /healthz
        # and other clients' requests answered meanwhile.
        await asyncio.sleep(0)
        estimate = _estimate_urls(submission)
        await asyncio.sleep(0)
        if estimate is not None:
            problem = limit_problem(estimate, submission.limits, per_host=not submission.config.offline)
            if problem is not None:
                raise HTTPException(422, problem)
        refusal = quota.refusal(client, urls=estimate.distinct if estimate is not None else 0)
        if refusal is not None:
            retry = retry_after_header(seconds_to_utc_midnight())
            raise HTTPException(429, refusal, headers={"Retry-After": retry})
        submission = submission.model_copy(update={"client": client})
        try:
            job_id = await job_queue.submit(submission)
        except ClientQueueFull as exc:
            raise HTTPException(429, str(exc), headers={"Retry-After": "30"}) from None
        except QueueFull as exc:
            raise HTTPException(503, str(exc), headers={"Retry-After": "30"}) from None
        quota.charge(client, checks=1)
        return JSONResponse({"id": job_id}, status_code=202, headers={"Location": f"/v1/checks/{job_id}"})

    @app.get(
        "/v1/checks/{job_id}",
        response_model=CheckStatusBody,
        responses={status: {"model": ErrorBody} for status in (401, 404, 422, 429)},
    )
    async def check_status(job_id: str, request: Request) -> Response:
        """The job's status and progress; the Report JSON once done, a one-line error if failed."""
        admit(request)
        state = await job_queue.get(job_id)
        if state is None:
            raise HTTPException(404, "unknown check id (finished checks expire)")
        body: dict[str, Any] = state.model_dump(mode="json", exclude={"report", "error"})
        if state.status == "failed":
            body["error"] = state.error
        headers = {"Cache-Control": "no-store"}
        if state.status == "done" and state.report is not None:
            # Serialised once, by pydantic, and spliced in: a large report costs half as much.
            head = json.dumps(body)[:-1]
            content = f'{head}, "report": {state.report.model_dump_json()}}}'
            return Response(content, media_type="application/json", headers=headers)
        return JSONResponse(body, headers=headers)

    @app.get(
        "/v1/checks/{job_id}/report.html",
        response_class=HTMLResponse,
        responses={status: {"model": ErrorBody} for status in (401, 404, 409, 422, 429)},
    )
    async def check_report_html(job_id: str, request: Request) -> HTMLResponse:
        """The editor's report as an HTML page (409 while the check is not done)."""
        admit(request)
        state = await job_queue.get(job_id)
        if state is None:
            raise HTTPException(404, "unknown check id (finished checks expire)")
        if state.status != "done" or state.report is None:
            reason = f": {state.error}" if state.error else ""
            raise HTTPException(409, f"check {job_id} is {state.status}{reason}")
        # Rendering is Python code: in a thread, the API loop gets the GIL back every few ms.
        html = await asyncio.to_thread(render_report, state.report, config)
        return HTMLResponse(
            html,
            headers={"Content-Security-Policy": REPORT_CSP, "Cache-Control": "private, max-age=300"},
        )

    # One endpoint takes JSON or a multipart file, so its body is parsed by hand; the two body
    # schemas are added to OpenAPI here for /docs and client generators.
    app.openapi = _openapi_with(app, [CheckRequest, UploadForm])  # type: ignore[method-assign]
    return app


def _openapi_with(app: FastAPI, models: list[type[Any]]) -> Callable[[], dict[str, Any]]:
    original = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        schema = original()
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        for model in models:
            model_schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
            for name, definition in model_schema.pop("$defs", {}).items():
                components.setdefault(name, definition)
            components[model.__name__] = model_schema
        app.openapi_schema = schema
        return schema

    return openapi


def _json_submission(body: bytes, config: Config, settings: ServiceSettings) -> Submission:
    if json_values_over(body) is not None:
        raise HTTPException(422, too_many_values("body"))
    try:
        request = CheckRequest.model_validate_json(body or b"")
    except ValidationError as exc:
        if any(err["type"] == "json_invalid" for err in exc.errors()):
            raise HTTPException(400, "malformed JSON: " + one_line(exc.errors()[0]["msg"])) from None
        raise HTTPException(422, describe_validation_error(exc)) from None
    effective = _config_for(config, request.options, settings)
    limits = job_limits(settings)
    if request.url is not None:
        url = request.url.strip()
        return Submission(config=effective, name=url, url=url, format="html", limits=limits)
    suffix = {"text": ".txt", "html": ".html", "markdown": ".md"}[request.format]
    name = _safe_name(request.name) if request.name else f"submitted{suffix}"
    return Submission(config=effective, name=name, text=request.text, format=request.format, limits=limits)


def job_limits(settings: ServiceSettings) -> JobLimits:
    return JobLimits(max_urls=settings.max_urls_per_job, max_urls_per_host=settings.max_urls_per_host)


def _estimate_urls(submission: Submission) -> UrlCount | None:
    """The URLs of a text-like submission by a linear scan (no parsing in the API process)."""
    fmt = submission.format or "text"
    if fmt not in URL_ESTIMATE_FORMATS:
        return None
    if submission.text is not None:
        return estimate_urls(submission.text)
    if submission.data is not None:
        return estimate_urls(submission.data.decode("utf-8", "replace"))
    return None


async def _upload_submission(request: Request, config: Config, settings: ServiceSettings) -> Submission:
    async with request.form(max_files=1, max_fields=4) as form:
        upload = form.get("file")
        if not isinstance(upload, UploadFile):
            raise HTTPException(422, "file: a multipart field 'file' with the document is required")
        data = await upload.read()
        raw_options = form.get("options")
        raw_format = form.get("format")
        filename = upload.filename or "upload"
    if not data.strip():
        raise HTTPException(422, "file: the uploaded file is empty")
    if isinstance(raw_options, str) and json_values_over(raw_options) is not None:
        raise HTTPException(422, too_many_values("options"))
    try:
        options = (
            CheckOptions.model_validate_json(raw_options) if isinstance(raw_options, str) else CheckOptions()
        )
    except ValidationError as exc:
        raise HTTPException(422, describe_validation_error(exc, prefix="options.")) from None
    name = _safe_name(filename)
    fmt: DocumentFormat | None = UPLOAD_FORMATS.get(PurePosixPath(name).suffix.lower())
    if isinstance(raw_format, str) and raw_format:
        if raw_format not in {"text", "html", "markdown", "docx"}:
            raise HTTPException(422, "format: must be one of text, html, markdown, docx")
        fmt = raw_format  # type: ignore[assignment]
    return Submission(
        config=_config_for(config, options, settings),
        name=name,
        data=data,
        format=fmt,
        limits=job_limits(settings),
    )


def _config_for(config: Config, options: CheckOptions, settings: ServiceSettings) -> Config:
    try:
        return effective_config(config, options, allow_private=settings.allow_private)
    except ValidationError as exc:
        raise HTTPException(422, describe_validation_error(exc, prefix="options.")) from None


def _safe_name(name: str) -> str:
    """A client's file name as a bare name: no directories, no control characters, bounded."""
    base = PurePosixPath(name.replace("\\", "/")).name
    cleaned = "".join(ch for ch in base if ch.isprintable()).strip()
    return cleaned[:200] or "upload"


def _install_error_handlers(app: FastAPI) -> None:
    """Every error answers ``{"error": "..."}``; stack traces go to the log, never to clients."""

    async def http_error(_: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, HTTPException)
        return JSONResponse({"error": str(exc.detail)}, status_code=exc.status_code, headers=exc.headers)

    async def validation_error(_: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        problems = []
        for err in exc.errors():
            loc = ".".join(str(p) for p in err["loc"] if p != "body")
            problems.append(f"{loc or 'body'}: {err['msg']}")
        return JSONResponse({"error": "; ".join(problems)}, status_code=422)

    async def unexpected_error(request: Request, exc: Exception) -> JSONResponse:
        log.error("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
        return JSONResponse({"error": "internal server error"}, status_code=500)

    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(Exception, unexpected_error)


def check_binding(host: str, settings: ServiceSettings) -> None:
    """Refuse to expose an open service: beyond loopback, API tokens are required, and the
    development mode (private addresses reachable) is refused altogether."""
    if settings.allow_private and not is_loopback_host(host):
        raise ConfigError(
            f"refusing --allow-private on {host}: the development mode lets checks reach private "
            "addresses, so it serves on a loopback address only (--host 127.0.0.1)"
        )
    if not is_loopback_host(host) and not settings.tokens:
        raise ConfigError(
            f"refusing to serve on {host} without API tokens: pass --token or set CITECHECK_TOKENS "
            "(comma-separated), or bind to 127.0.0.1"
        )


DEVELOPMENT_BANNER = """\
!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!
!!  DEVELOPMENT MODE (--allow-private): checks may fetch private and loopback  !!
!!  addresses. For trying the service against citecheck.devweb on this        !!
!!  machine only; never run it like this for anyone else.                      !!
!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"""


def uvicorn_config(app: FastAPI, settings: ServiceSettings, **options: Any) -> uvicorn.Config:
    """uvicorn's settings for the service: X-Forwarded-For is trusted only from the configured
    proxies (uvicorn's own default trusts 127.0.0.1, which let any local client pick its
    rate-limit bucket), the Server header is off, and connections are bounded."""
    trusted = list(settings.forwarded_allow_ips)
    return uvicorn.Config(
        app,
        proxy_headers=bool(trusted),
        forwarded_allow_ips=trusted or [],
        server_header=False,
        # Bounded connections keep memory bounded under a flood; uvicorn answers 503 beyond it. Each
        # connection must send its request head in time, and one address may hold only so many
        # (service.connections), so no client can hold the rest out.
        limit_concurrency=256,
        http=guarded_protocol(settings),
        **options,
    )


def serve(
    host: str, port: int, config: Config, settings: ServiceSettings, *, jobs: JobQueue | None = None
) -> None:
    """Run the service with uvicorn until interrupted (``citecheck serve``).

    ``jobs`` replaces the in-process job store (``serve --queue``: a worker fleet's queue).
    """
    check_binding(host, settings)
    if settings.allow_private:
        print(DEVELOPMENT_BANNER, file=sys.stderr, flush=True)
    app = create_app(config, settings=settings, jobs=jobs)
    uvicorn.Server(uvicorn_config(app, settings, host=host, port=port, log_level="info")).run()


@contextlib.contextmanager
def serve_in_thread(
    app: FastAPI,
    host: str = "127.0.0.1",
    *,
    startup_timeout: float = 10.0,
    settings: ServiceSettings | None = None,
) -> Iterator[str]:
    """Run ``app`` with uvicorn in a daemon thread on a free port; yields the base URL.

    For tests and benchmarks: the server is real (sockets, HTTP parsing, lifespan), on loopback.
    """
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(
        uvicorn_config(app, settings or ServiceSettings(), log_level="warning", lifespan="on")
    )
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, daemon=True, name="citecheck-serve"
    )
    thread.start()
    deadline = time.monotonic() + startup_timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            sock.close()
            raise RuntimeError("the test server did not start")
        time.sleep(0.01)
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=startup_timeout)
        sock.close()
