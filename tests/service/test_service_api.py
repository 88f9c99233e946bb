"""The HTTP API: submissions, status, the report page, and every kind of bad input."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from citecheck.errors import InputError, NetworkUnavailable
from citecheck.service.schemas import json_values_over

AppFactory = Callable[..., Any]
JobWaiter = Callable[..., dict[str, Any]]


def test_text_submission_runs_to_a_report(
    client: TestClient, fake_runner: Any, wait_for: JobWaiter, seed_text: str
) -> None:
    response = client.post("/v1/checks", json={"text": seed_text})
    assert response.status_code == 202
    job_id = response.json()["id"]
    assert response.headers["location"] == f"/v1/checks/{job_id}"
    body = wait_for(client, job_id)
    assert body["status"] == "done"
    assert body["id"] == job_id
    assert body["progress"] == {"done": 2, "total": 2}
    assert body["report"]["schema_version"] == "1"
    assert body["report"]["documents"][0]["path"] == "submitted.txt"
    assert "error" not in body
    (submission,) = fake_runner.submissions
    assert submission.text is not None and "Pashinyan" in submission.text
    assert submission.format == "text"


def test_format_and_name_reach_the_job(
    client: TestClient, fake_runner: Any, wait_for: JobWaiter, service_fixtures: Path
) -> None:
    markdown = (service_fixtures / "draft.md").read_text(encoding="utf-8")
    response = client.post(
        "/v1/checks", json={"text": markdown, "format": "markdown", "name": "../../etc/draft.md"}
    )
    wait_for(client, response.json()["id"])
    (submission,) = fake_runner.submissions
    assert submission.format == "markdown"
    assert submission.name == "draft.md"  # directories dropped: a name, never a path


def test_url_submission_is_queued_as_html(client: TestClient, fake_runner: Any, wait_for: JobWaiter) -> None:
    response = client.post("/v1/checks", json={"url": " https://example.org/analysis/1 "})
    assert response.status_code == 202
    wait_for(client, response.json()["id"])
    (submission,) = fake_runner.submissions
    assert submission.url == "https://example.org/analysis/1"
    assert submission.format == "html"
    assert submission.config.allow_private is False


def test_multipart_upload_keeps_bytes_name_and_format(
    client: TestClient, fake_runner: Any, wait_for: JobWaiter, service_fixtures: Path
) -> None:
    data = (service_fixtures / "draft.md").read_bytes()
    response = client.post(
        "/v1/checks",
        files={"file": ("C:\\drafts\\draft.md", data, "text/markdown")},
        data={"options": json.dumps({"offline": True, "fail_on": "warning"})},
    )
    assert response.status_code == 202, response.text
    body = wait_for(client, response.json()["id"])
    assert body["report"]["documents"][0]["path"] == "draft.md"
    (submission,) = fake_runner.submissions
    assert submission.data == data
    assert submission.format == "markdown"
    assert submission.config.fail_on == "warning"


def test_docx_upload_is_passed_as_docx(client: TestClient, fake_runner: Any, wait_for: JobWaiter) -> None:
    response = client.post(
        "/v1/checks", files={"file": ("Draft.DOCX", b"PK\x03\x04rest", "application/octet-stream")}
    )
    assert response.status_code == 202
    wait_for(client, response.json()["id"])
    assert fake_runner.submissions[0].format == "docx"


def test_explicit_upload_format_wins_over_the_extension(
    client: TestClient, fake_runner: Any, wait_for: JobWaiter
) -> None:
    response = client.post("/v1/checks", files={"file": ("draft", b"<p>x</p>")}, data={"format": "html"})
    assert response.status_code == 202
    wait_for(client, response.json()["id"])
    assert fake_runner.submissions[0].format == "html"


def test_options_are_merged_over_the_server_config(
    client: TestClient, fake_runner: Any, wait_for: JobWaiter
) -> None:
    options = {
        "offline": False,
        "timeout": 5,
        "exclude": ["^https://x\\.org/"],
        "severity": {"redirected": "off"},
    }
    response = client.post("/v1/checks", json={"text": "Claim.[1]", "options": options})
    wait_for(client, response.json()["id"])
    config = fake_runner.submissions[0].config
    assert config.offline is False
    assert config.timeout == 5
    assert config.exclude == ["^https://x\\.org/"]
    assert config.severity == {"redirected": "off"}


# --- bad input -------------------------------------------------------------------------------


def test_malformed_json_is_400_with_a_message(client: TestClient) -> None:
    response = client.post("/v1/checks", content=b'{"text": "a', headers={"content-type": "application/json"})
    assert response.status_code == 400
    assert response.json()["error"].startswith("malformed JSON")


def test_non_object_json_is_422(client: TestClient) -> None:
    response = client.post("/v1/checks", json=["text"])
    assert response.status_code == 422
    assert "object" in response.json()["error"]


def test_wrong_types_are_422_naming_the_field(client: TestClient) -> None:
    response = client.post("/v1/checks", json={"text": 42})
    assert response.status_code == 422
    assert response.json()["error"].startswith("text:")
    response = client.post("/v1/checks", json={"text": "x", "options": {"timeout": "soon"}})
    assert response.status_code == 422
    assert "options.timeout" in response.json()["error"]


def test_unknown_format_is_422(client: TestClient) -> None:
    response = client.post("/v1/checks", json={"text": "x", "format": "pdf"})
    assert response.status_code == 422
    assert response.json()["error"].startswith("format:")


def test_unknown_options_are_rejected_by_name(client: TestClient) -> None:
    response = client.post("/v1/checks", json={"text": "x", "options": {"offline": True, "turbo": 1}})
    assert response.status_code == 422
    assert response.json() == {"error": "options.turbo: unknown option"}


def test_a_body_of_countless_json_values_is_refused_at_once_naming_the_limit(client: TestClient) -> None:
    # 200,000 unknown option names (2.5 MB) held the event loop 5 s and drew a 6.5 MB answer.
    many = b",".join(b'"k%d": 1' % i for i in range(200_000))
    response = client.post(
        "/v1/checks",
        content=b'{"text": "x", "options": {' + many + b"}}",
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 422
    assert response.json() == {
        "error": "body: more than 5000 JSON values; a check's request needs far fewer (see /docs)"
    }
    fewer = b",".join(b'"k%d": 1' % i for i in range(60_000)).decode()  # within a form field's 1 MB
    upload = client.post(
        "/v1/checks", files={"file": ("a.txt", b"text")}, data={"options": "{" + fewer + "}"}
    )
    assert upload.status_code == 422 and upload.json()["error"].startswith(
        "options: more than 5000 JSON values"
    )


def test_the_largest_request_the_schema_admits_is_within_the_bound(
    client: TestClient, fake_runner: Any
) -> None:
    # The near miss: 200 ignore rules of every field, 50 patterns each way, 50 status codes.
    rule = {"code": "dead-link", "document": "a.md", "label": "1", "reason": "known"}
    options = {
        "ignore": [{**rule, "url": f"^https://e{i}\\.example/"} for i in range(200)],
        "include": [f"^https://i{i}\\." for i in range(50)],
        "exclude": [f"^https://x{i}\\." for i in range(50)],
        "accept": list(range(200, 250)),
    }
    body = json.dumps({"text": "x", "options": options})
    assert json_values_over(body, 2_000) is not None and json_values_over(body) is None
    response = client.post("/v1/checks", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 202, response.text


def test_a_422_names_twenty_problems_and_counts_the_rest(client: TestClient) -> None:
    options = {f"k{i}": 1 for i in range(30)}
    error = client.post("/v1/checks", json={"text": "x", "options": options}).json()["error"]
    assert error.count("unknown option") == 20
    assert error.endswith("; and 10 more")


def test_unsafe_config_keys_are_not_options(client: TestClient, fake_runner: Any) -> None:
    for key, value in [
        ("allow_private", True),
        ("archive_dir", "/tmp"),
        ("remap", ["^https://x/ http://127.0.0.1/"]),
        ("judge", "http://127.0.0.1:1/v1"),
        ("wayback_url", "http://127.0.0.1/"),
        ("max_concurrency", 4000),
    ]:
        response = client.post("/v1/checks", json={"text": "x", "options": {key: value}})
        assert response.status_code == 422, key
        assert response.json()["error"] == f"options.{key}: unknown option"
    assert fake_runner.submissions == []


def test_bad_option_values_are_422(client: TestClient) -> None:
    cases = [
        ({"exclude": ["("]}, "options.exclude: invalid regular expression"),
        ({"severity": {"no-such-code": "off"}}, "unknown finding code(s): no-such-code"),
        ({"accept": [999]}, "not HTTP status codes"),
        ({"timeout": 3600}, "options.timeout"),
        ({"today": "tomorrow"}, "YYYY-MM-DD"),
        ({"fail_on": "never"}, "options.fail_on"),
    ]
    for options, expected in cases:
        response = client.post("/v1/checks", json={"text": "x", "options": options})
        assert response.status_code == 422, options
        assert expected in response.json()["error"], (options, response.json())


def test_empty_or_missing_documents_are_422(client: TestClient) -> None:
    for payload, expected in [
        ({"text": "  \n\t"}, "'text' is empty"),
        ({}, "give either 'text' or 'url'"),
        ({"text": "x", "url": "https://example.org/"}, "not both"),
        ({"url": "ftp://example.org/a"}, "absolute http(s) URL"),
        ({"url": "https:///nohost"}, "absolute http(s) URL"),
    ]:
        response = client.post("/v1/checks", json=payload)
        assert response.status_code == 422, payload
        assert expected in response.json()["error"]
    response = client.post("/v1/checks", content=b"", headers={"content-type": "application/json"})
    assert response.status_code == 400


def test_empty_upload_and_missing_file_field_are_422(client: TestClient) -> None:
    response = client.post("/v1/checks", files={"file": ("draft.txt", b" \n")})
    assert response.status_code == 422
    assert "empty" in response.json()["error"]
    response = client.post("/v1/checks", files={"document": ("draft.txt", b"text")})
    assert response.status_code == 422
    assert "'file'" in response.json()["error"]


def test_upload_options_are_validated(client: TestClient) -> None:
    response = client.post(
        "/v1/checks",
        files={"file": ("d.txt", b"text")},
        data={"options": json.dumps({"allow_private": True})},
    )
    assert response.status_code == 422
    assert response.json()["error"] == "options.allow_private: unknown option"
    response = client.post("/v1/checks", files={"file": ("d.txt", b"text")}, data={"format": "exe"})
    assert response.status_code == 422


def test_binary_upload_fails_the_job_with_one_line(
    make_app: AppFactory, wait_for: JobWaiter, make_runner: Any, service_fixtures: Path
) -> None:
    runner = make_runner(error=InputError("not-a-document.png: binary file, not a document\n(detail)"))
    with TestClient(make_app(runner=runner)) as client:
        data = (service_fixtures / "not-a-document.png").read_bytes()
        response = client.post("/v1/checks", files={"file": ("not-a-document.png", data, "image/png")})
        assert response.status_code == 202
        body = wait_for(client, response.json()["id"])
    assert body["status"] == "failed"
    assert body["error"] == "not-a-document.png: binary file, not a document (detail)"
    assert "report" not in body
    assert runner.submissions[0].format is None  # the parser decides what a .png is


def test_other_content_types_are_415(client: TestClient) -> None:
    response = client.post("/v1/checks", content=b"text=x", headers={"content-type": "text/plain"})
    assert response.status_code == 415
    assert "application/json" in response.json()["error"]


def test_huge_declared_body_is_413_before_reading(make_app: AppFactory) -> None:
    with TestClient(make_app(max_request_bytes=2048)) as client:
        response = client.post("/v1/checks", json={"text": "x" * 5000})
    assert response.status_code == 413
    assert response.json() == {"error": "request body larger than 2048 bytes"}


def test_huge_streamed_body_is_413(make_app: AppFactory) -> None:
    def chunks() -> object:
        for _ in range(10):
            yield b"x" * 1024

    with TestClient(make_app(max_request_bytes=4096)) as client:
        response = client.post("/v1/checks", content=chunks(), headers={"content-type": "application/json"})
        assert response.status_code == 413
        assert "4096" in response.json()["error"]
        response = client.post("/v1/checks", files={"file": ("big.txt", b"y" * 8000)})
        assert response.status_code == 413


def test_unknown_id_is_404_everywhere(client: TestClient) -> None:
    for path in ("/v1/checks/nope", "/v1/checks/nope/report.html"):
        response = client.get(path)
        assert response.status_code == 404
        assert "unknown check id" in response.json()["error"]


def test_unknown_route_and_method_answer_json(client: TestClient) -> None:
    assert client.get("/v2/whatever").json() == {"error": "Not Found"}
    response = client.delete("/v1/checks")
    assert response.status_code == 405
    assert "error" in response.json()


# --- report page, health, docs ---------------------------------------------------------------


def test_report_html_is_rendered_and_sandboxed(client: TestClient, wait_for: JobWaiter) -> None:
    job_id = client.post("/v1/checks", json={"text": "x", "name": "draft.txt"}).json()["id"]
    wait_for(client, job_id)
    response = client.get(f"/v1/checks/{job_id}/report.html")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert response.text == "<h1>report of draft.txt</h1>"
    csp = response.headers["content-security-policy"]
    assert "sandbox" in csp and "allow-same-origin" not in csp


def test_report_html_is_409_until_done(make_app: AppFactory, wait_for: JobWaiter, make_runner: Any) -> None:
    runner = make_runner(hold=True)
    with TestClient(make_app(runner=runner)) as client:
        job_id = client.post("/v1/checks", json={"text": "x"}).json()["id"]
        response = client.get(f"/v1/checks/{job_id}/report.html")
        assert response.status_code == 409
        assert response.json()["error"].startswith(f"check {job_id} is ")
        running = client.get(f"/v1/checks/{job_id}").json()
        assert running["status"] in {"queued", "running"}
        assert "report" not in running
        runner.release()
        wait_for(client, job_id)
        assert client.get(f"/v1/checks/{job_id}/report.html").status_code == 200


def test_failed_job_report_html_is_409_with_reason(
    make_app: AppFactory, wait_for: JobWaiter, make_runner: Any
) -> None:
    with TestClient(make_app(runner=make_runner(error=NetworkUnavailable("network is down")))) as client:
        job_id = client.post("/v1/checks", json={"text": "x"}).json()["id"]
        assert wait_for(client, job_id)["error"] == "network is down"
        response = client.get(f"/v1/checks/{job_id}/report.html")
    assert response.status_code == 409
    assert response.json()["error"] == f"check {job_id} is failed: network is down"


def test_unexpected_runner_error_hides_the_traceback(
    make_app: AppFactory, wait_for: JobWaiter, make_runner: Any
) -> None:
    runner = make_runner(error=ZeroDivisionError("secret internals at /srv/app.py line 3"))
    with TestClient(make_app(runner=runner)) as client:
        body = wait_for(client, client.post("/v1/checks", json={"text": "x"}).json()["id"])
    assert body["status"] == "failed"
    assert "internal error" in body["error"]
    assert "secret" not in body["error"] and "Traceback" not in json.dumps(body)


def test_unexpected_route_error_is_500_without_a_traceback(make_app: AppFactory) -> None:
    app = make_app()

    @app.get("/boom")
    async def boom() -> None:
        raise RuntimeError("secret internals")

    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.get("/boom")
    assert response.status_code == 500
    assert response.json() == {"error": "internal server error"}


def test_healthz_and_docs(client: TestClient) -> None:
    health = client.get("/healthz")
    assert health.status_code == 200
    assert health.json()["status"] == "ok"
    assert health.json()["auth_required"] is False
    assert client.get("/docs").status_code == 200
    schema = client.get("/openapi.json").json()
    assert {"/v1/checks", "/v1/checks/{job_id}", "/v1/checks/{job_id}/report.html", "/healthz"} <= set(
        schema["paths"]
    )
    body = schema["paths"]["/v1/checks"]["post"]["requestBody"]["content"]
    assert set(body) == {"application/json", "multipart/form-data"}
    assert "CheckOptions" in schema["components"]["schemas"]
    assert schema["components"]["schemas"]["CheckOptions"]["additionalProperties"] is False


def test_healthz_is_503_before_the_workers_start(make_app: AppFactory) -> None:
    client = TestClient(make_app())  # no `with`: the lifespan (and so the workers) never started
    response = client.get("/healthz")
    assert response.status_code == 503
    assert "error" in response.json()


def test_api_docs_pages_may_load_nothing_from_a_third_party(client: TestClient) -> None:
    # ReDoc's bundle links its footer logo from cdn.redoc.ly: the policy keeps the browser on the service.
    for path in ("/docs", "/redoc"):
        page = client.get(path)
        assert page.status_code == 200
        policy = dict(
            directive.strip().split(" ", 1)
            for directive in page.headers["content-security-policy"].split(";")
        )
        assert policy["default-src"] == "'self'" and policy["img-src"] == "'self' data:"
        assert all("http" not in sources for sources in policy.values())
    bundle = client.get("/docs-assets/redoc.standalone.js")
    assert bundle.status_code == 200 and "javascript" in bundle.headers["content-type"]
    assert b"redocly logo" in bundle.content and b"cdn.redoc.ly" not in bundle.content
    assert "/docs-assets/redoc.standalone.js" in client.get("/redoc").text


def test_editor_page_and_assets_are_served(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert "<form" in page.text and "/static/app.js" in page.text
    assert "frame-ancestors 'none'" in page.headers["content-security-policy"]
    assert page.headers["x-content-type-options"] == "nosniff"
    for asset, kind in (("/static/app.js", "javascript"), ("/static/style.css", "text/css")):
        response = client.get(asset)
        assert response.status_code == 200 and kind in response.headers["content-type"]
    # No external assets: every src and href on the page is local.
    assert re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert not [
        ref for ref in re.findall(r'(?:src|href)="([^"]+)"', page.text) if not ref.startswith(("/", "#"))
    ]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=12,
)
request_bodies = st.one_of(
    json_values,
    st.fixed_dictionaries(
        {},
        optional={
            "text": json_values | st.text(max_size=50),
            "url": json_values | st.text(max_size=50),
            "format": st.sampled_from(["text", "html", "markdown", "docx", 3]),
            "options": json_values
            | st.dictionaries(st.sampled_from(["offline", "timeout", "exclude", "x"]), json_values),
        },
    ),
)


@pytest.fixture
def unlimited_client(make_app: AppFactory) -> Iterator[TestClient]:
    app = make_app(submit_burst=10_000, request_burst=10_000, max_queued_jobs=10_000, max_jobs=10_000)
    with TestClient(app) as client:
        yield client


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=request_bodies)
def test_no_json_body_gets_a_server_error(unlimited_client: TestClient, body: object) -> None:
    response = unlimited_client.post(
        "/v1/checks", content=json.dumps(body), headers={"content-type": "application/json"}
    )
    assert response.status_code in {202, 400, 422}, response.text
    answer = response.json()
    assert set(answer) == ({"id"} if response.status_code == 202 else {"error"})
    assert "Traceback" not in response.text
