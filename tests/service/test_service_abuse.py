"""Issue 13 on a real server (uvicorn on 127.0.0.1, jobs in worker processes): no request can freeze
the service (D1), flood a third party (D2), or take more than its share of the queue (D5).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

from citecheck.config import Config
from citecheck.service import create_app, serve_in_thread
from citecheck.service.settings import ServiceSettings

ISSUE_URL = "http://" + "a" * 28 + "!/"
ISSUE_TEXT = f'Title\n\nA claim.[1]\n\n[1] "T", Ex, <{ISSUE_URL}>, (Access Date: 14.11.2025).\n'


def footnoted(urls: list[str]) -> str:
    """An analysis whose footnote n cites urls[n-1], in the style of the issue's request."""
    claims = " ".join(f"A claim about the matter at hand, number {n}.[{n}]" for n in range(1, len(urls) + 1))
    notes = "\n".join(
        f'[{n}] "Title {n}", Ex, <{url}>, (Access Date: 14.11.2025).' for n, url in enumerate(urls, 1)
    )
    return f"Title\n\n{claims}\n\n{notes}\n"


def wait_done(client: httpx.Client, job_id: str, *, timeout: float = 60.0) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while True:
        body: dict[str, Any] = client.get(f"/v1/checks/{job_id}").json()
        if body["status"] in {"done", "failed"}:
            return body
        assert time.monotonic() < deadline, f"job still {body['status']}"
        time.sleep(0.1)


def healthz_times_while(client: httpx.Client, job_id: str, *, timeout: float = 60.0) -> list[float]:
    """Poll /healthz every 50 ms until the job ends; the seconds each answer took, slowest first."""
    times: list[float] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        started = time.perf_counter()
        response = client.get("/healthz", timeout=5)
        times.append(time.perf_counter() - started)
        assert response.status_code == 200
        if client.get(f"/v1/checks/{job_id}").json()["status"] in {"done", "failed"}:
            return sorted(times, reverse=True)
        time.sleep(0.05)
    raise AssertionError("the job did not end")


def assert_answered_promptly(times: list[float]) -> None:
    """/healthz within 200 ms while the job runs. The p90 is held to it, not the maximum: this test
    shares 2 cores with other suites (load averages of 10+ seen), where any process can miss the
    CPU for a second. The defect it guards against is of another order: 17 s without an answer."""
    p90 = times[len(times) // 10]
    assert p90 < 0.2, f"/healthz p90 {p90:.3f} s (slowest {times[:3]})"
    assert times[0] < 3.0, f"/healthz took {times[0]:.3f} s"


@pytest.fixture
def served(test_config: Config) -> Iterator[Any]:
    """A factory: the real service (worker processes, the fixture web) under uvicorn; yields a client."""
    stack: list[Any] = []

    def start(config: Config | None = None, **settings: Any) -> httpx.Client:
        # One worker process unless a test needs more: each costs an interpreter's start-up.
        service = ServiceSettings(**{"allow_private": True, "max_concurrent_jobs": 1, **settings})
        server = serve_in_thread(create_app(config or test_config, settings=service), settings=service)
        base_url = server.__enter__()
        stack.append(server)
        client = httpx.Client(base_url=base_url, timeout=30)
        stack.append(client)
        return client

    yield start
    for item in reversed(stack):
        item.__exit__(None, None, None)


# D1 -------------------------------------------------------------------------------------------


def test_d1_the_issues_pattern_neither_stalls_the_job_nor_healthz(served: Any) -> None:
    client = served()
    response = client.post("/v1/checks", json={"text": ISSUE_TEXT, "options": {"exclude": ["(a+)+$"]}})
    assert response.status_code == 202, response.text
    assert_answered_promptly(healthz_times_while(client, response.json()["id"]))
    body = wait_done(client, response.json()["id"])
    assert body["status"] == "done", body.get("error")


def test_d1_a_client_pattern_that_needs_backtracking_is_refused(served: Any) -> None:
    client = served()
    for options in (
        {"exclude": [r"(a)\1"]},
        {"include": ["(?=a)b"]},
        {"ignore": [{"url": "a++", "reason": "r"}]},
    ):
        response = client.post("/v1/checks", json={"text": ISSUE_TEXT, "options": options})
        assert response.status_code == 422, (options, response.text)
        assert "RE2" in response.json()["error"] and "linear time" in response.json()["error"]


def test_d1_the_deadline_kills_a_job_stuck_in_code_that_never_yields(
    served: Any, test_config: Config
) -> None:
    # An operator's pattern may use what RE2 lacks (here a lookbehind) and then runs on Python's
    # re, where (a+)+$ against 40 letters would take hours inside one C call holding the GIL.
    stuck = test_config.model_copy(update={"exclude": [r"(?<!x)(a+)+$"]})
    client = served(stuck, job_timeout_seconds=6, max_concurrent_jobs=1)
    url = "http://" + "a" * 40 + "!/"
    text = f'Title\n\nA claim.[1]\n\n[1] "T", Ex, <{url}>, (Access Date: 14.11.2025).\n'
    job_id = client.post("/v1/checks", json={"text": text}).json()["id"]
    assert_answered_promptly(healthz_times_while(client, job_id, timeout=30))
    body = wait_done(client, job_id)
    assert body["status"] == "failed"
    assert body["error"] == "the check took longer than 6 seconds and was stopped"
    # The stuck worker was killed and replaced: the next check runs.
    after = client.post("/v1/checks", json={"text": ISSUE_TEXT, "options": {"offline": True}})
    body = wait_done(client, after.json()["id"])
    assert body["status"] == "done", body.get("error")


# D2 -------------------------------------------------------------------------------------------


def test_d2_a_submission_with_900_urls_on_one_host_is_refused_naming_the_limit(served: Any) -> None:
    client = served()
    text = footnoted([f"https://victim.example/page/{n}" for n in range(900)])
    assert 100_000 < len(text.encode()) < 150_000  # the issue's 125 KB submission
    response = client.post("/v1/checks", json={"text": text})
    assert response.status_code == 422
    assert response.json()["error"] == (
        "the document cites 900 distinct URLs; a check may cite at most 300 (limit max_urls_per_job = 300)"
    )


def test_d2_more_than_50_urls_on_one_host_are_refused(served: Any) -> None:
    client = served()
    urls = [f"https://victim.example/page/{n}" for n in range(60)] + ["https://other.example/"]
    response = client.post("/v1/checks", json={"text": footnoted(urls)})
    assert response.status_code == 422
    assert "60 URLs on victim.example" in response.json()["error"]
    assert "(limit max_urls_per_host = 50)" in response.json()["error"]
    # The limit is the operator's to set.
    roomy = served(max_urls_per_host=100)
    assert roomy.post("/v1/checks", json={"text": footnoted(urls)}).status_code == 202


def test_d2_the_worker_enforces_the_limits_on_what_only_parsing_reveals(served: Any) -> None:
    # An HTML page is not scanned at submission (its scripts and styles are URLs too): the worker
    # counts the parsed citations and fails the job with the same message.
    client = served(max_urls_per_host=5)
    items = "".join(
        f'<li id="fn{n}">"Title {n}", Ex, <a href="https://victim.example/{n}">https://victim.example/{n}</a></li>'
        for n in range(1, 9)
    )
    claims = "".join(f'<p>Claim {n}.<sup><a href="#fn{n}">{n}</a></sup></p>' for n in range(1, 9))
    html = f"<html><body><h1>Title</h1>{claims}<ol>{items}</ol></body></html>"
    response = client.post("/v1/checks", json={"text": html, "format": "html"})
    assert response.status_code == 202
    body = wait_done(client, response.json()["id"])
    assert body["status"] == "failed"
    assert "URLs on victim.example" in body["error"] and "(limit max_urls_per_host = 5)" in body["error"]


class CountingSite(BaseHTTPRequestHandler):
    """A slow site that records the most requests it ever had in flight at once."""

    lock = threading.Lock()
    in_flight = 0
    most = 0
    served = 0

    def do_GET(self) -> None:
        cls = type(self)
        with cls.lock:
            cls.in_flight += 1
            cls.served += 1
            cls.most = max(cls.most, cls.in_flight)
        try:
            time.sleep(0.1)
        finally:
            # Out of flight before the answer is written: once the client has read it, it may hand
            # the host's slot to another process, whose request can arrive before this thread would
            # get back here (a count of 3 for a limit of 2: one clean-clone run of five in session 39).
            with cls.lock:
                cls.in_flight -= 1
        body = f"<html><head><title>Page {self.path}</title></head><body><p>Claim text.</p></body></html>"
        self.send_response(200)
        self.send_header("content-type", "text/html")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body.encode())

    do_HEAD = do_GET

    def log_message(self, format: str, *args: Any) -> None:
        return


def test_d2_per_host_politeness_holds_across_jobs_in_different_worker_processes(served: Any) -> None:
    site = ThreadingHTTPServer(("127.0.0.1", 0), CountingSite)
    threading.Thread(target=site.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{site.server_address[1]}"
        config = Config(max_per_host=2, retries=0, timeout=10, soft404_probe=False, wayback=False)
        client = served(config, max_concurrent_jobs=3, max_running_per_client=3)
        texts = [footnoted([f"{base}/job{job}/page{n}" for n in range(5)]) for job in range(3)]
        ids = [client.post("/v1/checks", json={"text": text}).json()["id"] for text in texts]
        bodies = [wait_done(client, job_id) for job_id in ids]
        assert [b["status"] for b in bodies] == ["done"] * 3, [b.get("error") for b in bodies]
        assert all(b["report"]["summary"]["links"] == {"alive": 5} for b in bodies)
        # Three jobs in three processes ran at once, yet the host never saw more than its 2.
        assert CountingSite.served >= 15
        assert CountingSite.most == 2
    finally:
        site.shutdown()
        site.server_close()


def test_d2_a_daily_quota_answers_429_naming_the_limit(served: Any) -> None:
    client = served(daily_checks_per_client=2)
    for _ in range(2):
        assert (
            client.post("/v1/checks", json={"text": ISSUE_TEXT, "options": {"offline": True}}).status_code
            == 202
        )
    response = client.post("/v1/checks", json={"text": ISSUE_TEXT, "options": {"offline": True}})
    assert response.status_code == 429
    assert response.json()["error"] == "daily quota reached: 2 checks per day (limit daily_checks_per_client)"
    assert int(response.headers["retry-after"]) <= 86_400


# D5 -------------------------------------------------------------------------------------------


def flood(client: httpx.Client, count: int) -> list[int]:
    """``count`` submissions, each claiming another address in X-Forwarded-For."""
    return [
        client.post(
            "/v1/checks", json={"text": ISSUE_TEXT}, headers={"X-Forwarded-For": f"203.0.113.{n}"}
        ).status_code
        for n in range(count)
    ]


def held_service(runner: Any, **settings: Any) -> Any:
    service = ServiceSettings(submit_burst=100, max_concurrent_jobs=1, **settings)
    return serve_in_thread(
        create_app(Config(offline=True), settings=service, runner=runner), settings=service
    )


def test_d5_forwarded_for_does_not_choose_the_bucket_and_others_are_still_admitted(make_runner: Any) -> None:
    runner = make_runner(hold=True)
    with held_service(runner) as base_url, httpx.Client(base_url=base_url) as flooder:
        statuses = flood(flooder, 30)
        # One client (127.0.0.1) whatever it claims: 2 may run (1 worker: 1 runs), 10 may wait.
        assert statuses.count(202) == 11
        assert set(statuses[11:]) == {429}
        refused = flooder.post("/v1/checks", json={"text": ISSUE_TEXT}).json()["error"]
        assert "(limit max_queued_per_client = 10)" in refused
        # Another address is still admitted.
        other = httpx.HTTPTransport(local_address="127.0.0.2")
        with httpx.Client(base_url=base_url, transport=other) as neighbour:
            assert neighbour.post("/v1/checks", json={"text": ISSUE_TEXT}).status_code == 202
        runner.release()


def test_d5_forwarded_for_is_honoured_from_a_configured_proxy(make_runner: Any) -> None:
    runner = make_runner(hold=True)
    with (
        held_service(runner, forwarded_allow_ips=["127.0.0.1"]) as base_url,
        httpx.Client(base_url=base_url) as proxy,
    ):
        # Behind a trusted proxy each forwarded address is its own client.
        assert flood(proxy, 30) == [202] * 30
        runner.release()
