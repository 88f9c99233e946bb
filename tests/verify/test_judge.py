"""The optional semantic judge (an OpenAI-compatible endpoint), mocked with pytest-httpx."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from pytest_httpx import HTTPXMock

from citecheck.config import Config
from citecheck.verify.judge import JudgeError, endpoint, parse_answer

from .eval_corpus import seed_document, verified

JUDGE = "http://judge.test"
COMPLETIONS = "http://judge.test/v1/chat/completions"


def judge_config(**overrides: object) -> Config:
    return Config.model_validate(
        {"judge": JUDGE, "judge_model": "judge-model", "judge_timeout": 2.0, **overrides}
    )


def completion(verdict: str, reason: str = "checked") -> dict[str, object]:
    content = json.dumps({"verdict": verdict, "confidence": 0.9, "reason": reason})
    return {"choices": [{"message": {"role": "assistant", "content": content}}]}


def answer_by_claim(request: httpx.Request) -> httpx.Response:
    """Supports every claim but the Overchuk sentence, which the flood article does not address."""
    body = json.loads(request.content)
    user = body["messages"][1]["content"]
    verdict = "not_addressed" if "Overchuk" in user.split("Paragraph:")[0] else "supports"
    return httpx.Response(200, json=completion(verdict, "The flood article does not mention rail transit."))


def test_judge_verdicts_replace_the_default_scorer(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_callback(answer_by_claim, url=COMPLETIONS, method="POST", is_reusable=True)
    document = verified(seed_document(online=True), judge_config(judge_api_key="secret"))
    found = [f for f in document.findings if f.code == "claim-mismatch"]
    assert [f.label for f in found] == ["iv"]
    judge = found[0].evidence["judge"]
    assert judge["verdict"] == "not-addressed" and judge["model"] == "judge-model"
    assert found[0].evidence["default_scorer"]["support"] < 0.25
    requests = httpx_mock.get_requests()
    assert len(requests) == 7
    assert requests[0].headers["authorization"] == "Bearer secret"
    body = json.loads(requests[0].content)
    assert body["model"] == "judge-model" and body["temperature"] == 0


def test_a_supporting_judge_silences_the_default_scorer(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=COMPLETIONS, method="POST", json=completion("supports"), is_reusable=True)
    document = verified(seed_document(online=True), judge_config())
    assert not [f for f in document.findings if f.code == "claim-mismatch"]


@pytest.mark.parametrize(
    ("setup", "error"),
    [
        (
            lambda m: m.add_response(url=COMPLETIONS, method="POST", status_code=500, is_reusable=True),
            "HTTP 500",
        ),
        (
            lambda m: m.add_exception(httpx.ReadTimeout("slow"), url=COMPLETIONS, is_reusable=True),
            "timed out",
        ),
        (
            lambda m: m.add_exception(httpx.ConnectError("refused"), url=COMPLETIONS, is_reusable=True),
            "could not be reached",
        ),
        (
            lambda m: m.add_response(
                url=COMPLETIONS,
                method="POST",
                json={"choices": [{"message": {"content": "I think so"}}]},
                is_reusable=True,
            ),
            "no JSON object",
        ),
        (
            lambda m: m.add_response(
                url=COMPLETIONS, method="POST", json={"unexpected": True}, is_reusable=True
            ),
            "unexpected reply",
        ),
    ],
)
def test_judge_failures_fall_back_to_the_default_scorer(
    httpx_mock: HTTPXMock, setup: object, error: str
) -> None:
    setup(httpx_mock)  # type: ignore[operator]
    document = verified(seed_document(online=True), judge_config())
    found = [f for f in document.findings if f.code == "claim-mismatch"]
    assert [f.label for f in found] == ["iv"]
    assert "judge" not in found[0].evidence
    assert error in found[0].evidence["judge_error"]


def test_answers_are_cached_on_disk_when_the_run_archives(httpx_mock: HTTPXMock, tmp_path: Path) -> None:
    httpx_mock.add_callback(answer_by_claim, url=COMPLETIONS, method="POST", is_reusable=True)
    config = judge_config(archive=True, archive_dir=str(tmp_path))
    verified(seed_document(online=True), config)
    assert len(httpx_mock.get_requests()) == 7
    assert len((tmp_path / "judge-cache.jsonl").read_text(encoding="utf-8").splitlines()) == 7
    again = verified(seed_document(online=True), config)
    assert len(httpx_mock.get_requests()) == 7, "the second run asked nothing"
    found = [f for f in again.findings if f.code == "claim-mismatch"]
    assert [f.label for f in found] == ["iv"]
    assert found[0].evidence["judge"]["cached"] is True


def test_no_judge_offline(httpx_mock: HTTPXMock) -> None:
    document = verified(seed_document(online=False), judge_config(offline=True))
    assert httpx_mock.get_requests() == []
    assert [f.label for f in document.findings if f.code == "claim-mismatch"] == ["iv"]


@pytest.mark.parametrize(
    ("base", "url"),
    [
        ("http://judge.test", COMPLETIONS),
        ("http://judge.test/v1/", COMPLETIONS),
        ("http://judge.test/v1/chat/completions", COMPLETIONS),
    ],
)
def test_endpoint(base: str, url: str) -> None:
    assert endpoint(base) == url


def test_parse_answer_tolerates_fences_and_spellings() -> None:
    verdict = parse_answer(
        '```json\n{"verdict": "Contradicts", "confidence": 1, "reason": "dates differ"}\n```', "m"
    )
    assert (verdict.verdict, verdict.confidence, verdict.reason) == ("contradicts", 1.0, "dates differ")
    with pytest.raises(JudgeError):
        parse_answer('{"verdict": "maybe"}', "m")
