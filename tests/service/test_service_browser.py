"""The editor's page end to end in headless Chromium, driven over the DevTools protocol.

The server is real (uvicorn on 127.0.0.1, a free port) and so is the check: the seed analysis,
offline, through the library and the HTML renderer. Screenshots land in the test's tmp dir.
"""

from __future__ import annotations

import base64
import itertools
import json
import os
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from websockets.sync.client import ClientConnection, connect

from citecheck.config import Config
from citecheck.service import create_app, serve_in_thread
from citecheck.service.settings import ServiceSettings

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


class DevTools:
    """A minimal Chrome DevTools Protocol client for one page: commands, JS, screenshots."""

    def __init__(self, socket: ClientConnection) -> None:
        self._socket = socket
        self._ids = itertools.count(1)

    def send(self, method: str, *, session: str | None = None, **params: Any) -> dict[str, Any]:
        command_id = next(self._ids)
        message: dict[str, Any] = {"id": command_id, "method": method, "params": params}
        if session is not None:
            message["sessionId"] = session  # a command for an attached frame (flattened sessions)
        self._socket.send(json.dumps(message))
        while True:
            message = json.loads(self._socket.recv(timeout=30))
            if message.get("id") != command_id:
                continue  # an event; this client does not subscribe to any
            if "error" in message:
                raise AssertionError(f"{method}: {message['error']}")
            result: dict[str, Any] = message["result"]
            return result

    def evaluate(self, expression: str, *, session: str | None = None) -> Any:
        result = self.send(
            "Runtime.evaluate", session=session, expression=expression, returnByValue=True, awaitPromise=True
        )
        if "exceptionDetails" in result:
            raise AssertionError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_until(self, expression: str, *, timeout: float = 20.0) -> Any:
        deadline = time.monotonic() + timeout
        while True:
            value = self.evaluate(expression)
            if value:
                return value
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {expression}")
            time.sleep(0.05)

    def frame_text(self, url: str, *, timeout: float = 20.0) -> str:
        """The text of the iframe showing ``url``: sandboxed, it runs as its own target."""
        deadline = time.monotonic() + timeout
        while True:
            targets = self.send("Target.getTargets")["targetInfos"]
            frame = next((t for t in targets if t["type"] == "iframe" and t["url"] == url), None)
            if frame is not None:
                session = self.send("Target.attachToTarget", targetId=frame["targetId"], flatten=True)[
                    "sessionId"
                ]
                text = self.evaluate(
                    "document.readyState === 'complete' && document.body.innerText", session=session
                )
                if text:
                    return str(text)
            if time.monotonic() > deadline:
                raise AssertionError(f"no frame showing {url}")
            time.sleep(0.05)

    def screenshot(self, path: Path) -> Path:
        data = self.send("Page.captureScreenshot", format="png", captureBeyondViewport=True)["data"]
        path.write_bytes(base64.b64decode(data))
        return path


@pytest.fixture(scope="module")
def chromium(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DevTools]:
    """One headless Chromium for the module (starting one costs a second or two)."""
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is required in CI (make browser installs it)")
        pytest.skip("chromium is not installed")
    process = subprocess.Popen(
        [
            CHROMIUM,
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--remote-debugging-address=127.0.0.1",
            "--remote-debugging-port=0",
            f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}",
            "about:blank",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stderr is not None
        endpoint = None
        deadline = time.monotonic() + 30
        while endpoint is None and time.monotonic() < deadline:
            line = process.stderr.readline()
            if not line and process.poll() is not None:
                break
            match = re.search(r"DevTools listening on (ws://127\.0\.0\.1:(\d+)/\S+)", line)
            if match:
                endpoint = int(match.group(2))
        assert endpoint is not None, "chromium did not start its DevTools endpoint"
        targets = httpx.get(f"http://127.0.0.1:{endpoint}/json/list", timeout=10).json()
        page = next(t for t in targets if t["type"] == "page")
        with connect(page["webSocketDebuggerUrl"], max_size=64 * 1024 * 1024) as socket:
            devtools = DevTools(socket)
            devtools.send("Page.enable")
            devtools.send(
                "Emulation.setDeviceMetricsOverride",
                width=1200,
                height=1500,
                deviceScaleFactor=1,
                mobile=False,
            )
            yield devtools
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture
def server() -> Iterator[str]:
    app = create_app(
        Config(offline=True, today="2025-11-24"), settings=ServiceSettings(max_concurrent_jobs=1)
    )
    with serve_in_thread(app) as base_url:
        yield base_url


@pytest.fixture
def token_server() -> Iterator[str]:
    settings = ServiceSettings(tokens=["editor-s3cret"], max_concurrent_jobs=1)
    app = create_app(Config(offline=True, today="2025-11-24"), settings=settings)
    with serve_in_thread(app) as base_url:
        yield base_url


def open_editor(devtools: DevTools, base_url: str) -> None:
    devtools.send("Page.navigate", url=base_url + "/")
    devtools.wait_until("document.body && document.body.dataset.ready === 'true'")


def test_an_editor_pastes_a_draft_and_reads_the_report(
    chromium: DevTools, server: str, seed_text: str, tmp_path: Path
) -> None:
    open_editor(chromium, server)
    chromium.evaluate(f"document.getElementById('text').value = {json.dumps(seed_text)}")
    chromium.evaluate("document.getElementById('offline').checked = true")
    chromium.evaluate("document.getElementById('submit').click()")
    chromium.wait_until("document.getElementById('job-state').textContent === 'done'")
    assert chromium.evaluate("document.getElementById('form-error').hidden") is True
    summary = chromium.evaluate("document.getElementById('summary').innerText")
    assert "7 footnotes" in summary
    frame_src = chromium.evaluate("document.getElementById('report-frame').src")
    assert re.fullmatch(re.escape(server) + r"/v1/checks/[\w-]+/report\.html", frame_src)
    # The frame really shows the rendered report (its own sandboxed document).
    shown = chromium.frame_text(frame_src)
    assert "Yerevan-Moscow Pragmatism" in shown
    chromium.evaluate("window.scrollTo(0, 0)")
    shot = chromium.screenshot(tmp_path / "editor-report.png")
    assert shot.stat().st_size > 10_000


def test_an_editor_uploads_a_markdown_file(
    chromium: DevTools, server: str, service_fixtures: Path, tmp_path: Path
) -> None:
    open_editor(chromium, server)
    chromium.evaluate("document.getElementById('tab-file').click()")
    assert chromium.evaluate("document.getElementById('panel-file').hidden") is False
    assert chromium.evaluate("document.getElementById('panel-text').hidden") is True
    document = chromium.send("DOM.getDocument")
    node = chromium.send("DOM.querySelector", nodeId=document["root"]["nodeId"], selector="#file")
    chromium.send("DOM.setFileInputFiles", files=[str(service_fixtures / "draft.md")], nodeId=node["nodeId"])
    chromium.evaluate("document.getElementById('offline').checked = true")
    chromium.evaluate("document.getElementById('submit').click()")
    chromium.wait_until("document.getElementById('job-state').textContent === 'done'")
    assert "2 footnotes" in chromium.evaluate("document.getElementById('summary').innerText")
    shown = chromium.frame_text(chromium.evaluate("document.getElementById('report-frame').src"))
    assert "draft.md" in shown and "Rail link confirmed" in shown
    chromium.screenshot(tmp_path / "editor-upload.png")


def test_the_page_explains_what_is_missing(chromium: DevTools, server: str) -> None:
    open_editor(chromium, server)
    chromium.evaluate("document.getElementById('submit').click()")
    assert chromium.evaluate("document.getElementById('form-error').textContent") == "Paste the draft first."
    chromium.evaluate("document.getElementById('tab-url').click()")
    chromium.evaluate("document.getElementById('url').value = 'example.org/no-scheme'")
    chromium.evaluate("document.getElementById('submit').click()")
    assert "https://" in chromium.evaluate("document.getElementById('form-error').textContent")
    assert chromium.evaluate("document.getElementById('status-card').hidden") is True


def test_a_failed_check_is_shown_to_the_editor(
    chromium: DevTools, server: str, service_fixtures: Path
) -> None:
    open_editor(chromium, server)
    chromium.evaluate("document.getElementById('tab-file').click()")
    document = chromium.send("DOM.getDocument")
    node = chromium.send("DOM.querySelector", nodeId=document["root"]["nodeId"], selector="#file")
    png = service_fixtures / "not-a-document.png"
    chromium.send("DOM.setFileInputFiles", files=[str(png)], nodeId=node["nodeId"])
    chromium.evaluate("document.getElementById('submit').click()")
    chromium.wait_until("document.getElementById('job-state').textContent === 'failed'")
    message = chromium.evaluate("document.getElementById('job-error').textContent")
    assert "not-a-document.png" in message
    assert chromium.evaluate("document.getElementById('result-card').hidden") is True


def test_the_token_field_shows_only_when_the_service_needs_one(chromium: DevTools, server: str) -> None:
    open_editor(chromium, server)
    assert chromium.evaluate("getComputedStyle(document.getElementById('token-row')).display") == "none"


def test_with_a_token_the_editor_gets_the_report_too(
    chromium: DevTools, token_server: str, seed_text: str
) -> None:
    open_editor(chromium, token_server)
    assert chromium.evaluate("document.getElementById('token-row').hidden") is False
    chromium.evaluate(f"document.getElementById('text').value = {json.dumps(seed_text)}")
    chromium.evaluate("document.getElementById('offline').checked = true")
    chromium.evaluate("document.getElementById('submit').click()")
    assert chromium.wait_until("document.getElementById('form-error').textContent").startswith(
        "missing API token"
    )
    chromium.evaluate("document.getElementById('token').value = 'editor-s3cret'")
    chromium.evaluate("document.getElementById('submit').click()")
    chromium.wait_until("document.getElementById('job-state').textContent === 'done'")
    frame_src = chromium.wait_until("document.getElementById('report-frame').src")
    assert frame_src.startswith("blob:")  # fetched with the token, shown from a copy
    assert "Yerevan-Moscow Pragmatism" in chromium.frame_text(frame_src)


def same_origin_only(devtools: DevTools, base_url: str) -> list[str]:
    """Every resource the page loaded that did not come from the service (a CDN would show here)."""
    loaded = devtools.evaluate("performance.getEntriesByType('resource').map(e => e.name)")
    return [url for url in loaded if not url.startswith(base_url + "/")]


def test_swagger_ui_works_without_internet(chromium: DevTools, server: str, tmp_path: Path) -> None:
    chromium.send("Page.navigate", url=server + "/docs")
    title = chromium.wait_until("document.querySelector('.swagger-ui .info .title')?.innerText")
    assert title.startswith("citecheck")
    operations = chromium.wait_until(
        "[...document.querySelectorAll('.opblock-summary-path')].map(e => e.innerText).join(' ')"
    )
    assert "/v1/checks" in operations and "/healthz" in operations
    assert same_origin_only(chromium, server) == []
    shot = chromium.screenshot(tmp_path / "docs.png")
    assert shot.stat().st_size > 10_000


def test_redoc_works_without_internet(chromium: DevTools, server: str, tmp_path: Path) -> None:
    chromium.send("Page.navigate", url=server + "/redoc")
    text = chromium.wait_until(
        "document.querySelector('.api-content') && document.body.innerText", timeout=30
    )
    assert "/v1/checks" in text and "citecheck" in text
    assert same_origin_only(chromium, server) == []
    chromium.screenshot(tmp_path / "redoc.png")
