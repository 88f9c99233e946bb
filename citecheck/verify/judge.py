"""The optional semantic judge: an OpenAI-compatible chat model asked whether a source supports a claim.

Enabled by ``config.judge`` (base URL, e.g. ``http://127.0.0.1:8000`` or ``…/v1``) and
``config.judge_model``; ``config.judge_api_key`` is sent as a bearer token. The model reads the
claim and the page (title and the start of its main text, in any language) and answers in JSON
whether the source supports it, contradicts it or does not address it.

Answers are cached by (claim, URL, page text hash): in memory for the run, and, when the run
archives (``config.archive``), on disk in ``<archive_dir>/judge-cache.jsonl`` so a nightly audit
does not ask again about a page that has not changed. A failure or timeout never fails the run:
that citation falls back to the default scorer, and the error is kept in the finding's evidence.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from citecheck.config import Config
from citecheck.verify.case import DocumentContext

if TYPE_CHECKING:
    import httpx

log = logging.getLogger(__name__)

JudgeAnswer = Literal["supports", "contradicts", "not-addressed"]
MAX_SOURCE_CHARS = 6000
MAX_CONCURRENT_REQUESTS = 4
CACHE_FILENAME = "judge-cache.jsonl"

SYSTEM_PROMPT = (
    "You check citations in analytical articles. You are given a claim (one sentence, with its "
    "paragraph for context) and the source cited for it, which may be in another language. Decide "
    "whether the source supports the claim, contradicts it, or does not address it. Answer with one "
    'JSON object only: {"verdict": "supports" | "contradicts" | "not_addressed", '
    '"confidence": a number from 0 to 1, "reason": one short sentence in English}.'
)


@dataclass(frozen=True)
class JudgeVerdict:
    """The model's answer on one citation."""

    verdict: JudgeAnswer
    confidence: float | None
    reason: str
    model: str
    cached: bool = False


@dataclass(frozen=True)
class JudgeRequest:
    key: str
    claim: str
    paragraph: str
    url: str
    title: str
    text: str


class JudgeError(Exception):
    """The judge could not give an answer (HTTP error, timeout, unreadable reply)."""


def cache_key(claim: str, url: str, text_hash: str | None) -> str:
    return hashlib.sha256(f"{claim}\x00{url}\x00{text_hash or ''}".encode()).hexdigest()


class JudgeCache:
    """Answers by cache key: in memory, and appended to a JSONL file when one is given."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self._answers: dict[str, JudgeVerdict] = {}
        if path is not None and path.is_file():
            self._load(path)

    def _load(self, path: Path) -> None:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError:
            log.warning("cannot read judge cache %s", path)
            return
        for line in lines:
            try:
                record = json.loads(line)
                self._answers[record["key"]] = JudgeVerdict(
                    verdict=record["verdict"],
                    confidence=record.get("confidence"),
                    reason=record.get("reason", ""),
                    model=record.get("model", ""),
                    cached=True,
                )
            except (ValueError, KeyError, TypeError):
                continue

    def get(self, key: str) -> JudgeVerdict | None:
        return self._answers.get(key)

    def put(self, key: str, verdict: JudgeVerdict) -> None:
        self._answers[key] = verdict
        if self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as out:
                record = {"key": key, **asdict(verdict)}
                record.pop("cached", None)
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        except OSError:
            log.warning("cannot write judge cache %s", self.path)


def endpoint(base: str) -> str:
    """The chat-completions URL for a judge base URL (with or without /v1 or the full path)."""
    base = base.rstrip("/")
    if base.endswith("/chat/completions"):
        return base
    if base.endswith("/v1"):
        return base + "/chat/completions"
    return base + "/v1/chat/completions"


def _user_prompt(request: JudgeRequest) -> str:
    return (
        f"Claim: {request.claim}\n\nParagraph: {request.paragraph}\n\n"
        f"Source URL: {request.url}\nSource title: {request.title}\n"
        f"Source text:\n{request.text[:MAX_SOURCE_CHARS]}"
    )


_VERDICTS: dict[str, JudgeAnswer] = {
    "supports": "supports",
    "supported": "supports",
    "support": "supports",
    "contradicts": "contradicts",
    "contradicted": "contradicts",
    "contradict": "contradicts",
    "not_addressed": "not-addressed",
    "not-addressed": "not-addressed",
    "not addressed": "not-addressed",
    "does_not_address": "not-addressed",
    "unrelated": "not-addressed",
}


def parse_answer(content: str, model: str) -> JudgeVerdict:
    """Read the model's JSON answer (tolerating a ```json fence or prose around it)."""
    match = re.search(r"\{.*\}", content, re.DOTALL)
    if match is None:
        raise JudgeError(f"no JSON object in the judge's answer: {content[:120]!r}")
    try:
        data = json.loads(match.group())
    except ValueError as exc:
        raise JudgeError(f"unreadable JSON from the judge: {exc}") from exc
    if not isinstance(data, dict):
        raise JudgeError("the judge's answer is not a JSON object")
    verdict = _VERDICTS.get(str(data.get("verdict", "")).strip().lower())
    if verdict is None:
        raise JudgeError(f"unknown verdict {data.get('verdict')!r}")
    confidence = data.get("confidence")
    return JudgeVerdict(
        verdict=verdict,
        confidence=float(confidence) if isinstance(confidence, int | float) else None,
        reason=str(data.get("reason", ""))[:500],
        model=model,
    )


async def ask_judge(client: httpx.AsyncClient, request: JudgeRequest, config: Config) -> JudgeVerdict:
    """One chat-completions call. Raises :class:`JudgeError` on any failure."""
    import httpx  # only runs with a judge import it: the worker server never does (0.07 s of CPU)

    model = config.judge_model or ""
    headers = {"Authorization": f"Bearer {config.judge_api_key}"} if config.judge_api_key else {}
    payload = {
        "model": model,
        "temperature": 0,
        "response_format": {"type": "json_object"},
        "messages": [
            {"role": "system", "content": SYSTEM_PROMPT},
            {"role": "user", "content": _user_prompt(request)},
        ],
    }
    try:
        response = await client.post(endpoint(config.judge or ""), json=payload, headers=headers)
        response.raise_for_status()
        content = response.json()["choices"][0]["message"]["content"]
    except httpx.TimeoutException as exc:
        raise JudgeError(f"the judge timed out after {config.judge_timeout:g} s") from exc
    except httpx.HTTPStatusError as exc:
        raise JudgeError(f"the judge answered HTTP {exc.response.status_code}") from exc
    except httpx.HTTPError as exc:
        raise JudgeError(f"the judge could not be reached: {exc.__class__.__name__}") from exc
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise JudgeError(f"unexpected reply from the judge: {exc.__class__.__name__}") from exc
    if not isinstance(content, str):
        raise JudgeError("the judge's reply has no text content")
    return parse_answer(content, model)


def judge_requests(context: DocumentContext) -> dict[tuple[str, int], JudgeRequest]:
    """One request per citation whose footnote has a page that is its source."""
    requests: dict[tuple[str, int], JudgeRequest] = {}
    pages = context.usable_pages
    for label, claims in context.claims.items():
        footnote, page = pages.get(label, (None, None))
        if footnote is None or page is None or not footnote.url or not (page.text or page.title):
            continue
        for claim in claims:
            requests[(label, claim.index)] = JudgeRequest(
                key=cache_key(claim.citation.claim, footnote.url, page.text_hash),
                claim=claim.citation.claim,
                paragraph=claim.citation.paragraph,
                url=footnote.url,
                title=page.title or footnote.title or "",
                text=page.text or page.description or "",
            )
    return requests


async def judge_documents(
    contexts: list[DocumentContext],
    config: Config,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    cache: JudgeCache | None = None,
) -> None:
    """Ask the judge about every citation with a usable page; fill ``context.judge`` and ``judge_errors``."""
    if not config.judge or not config.judge_model:
        return
    if cache is None:
        cache = JudgeCache(config.archive_dir / CACHE_FILENAME if config.archive else None)
    import httpx

    limit = asyncio.Semaphore(MAX_CONCURRENT_REQUESTS)
    timeout = httpx.Timeout(config.judge_timeout)
    async with httpx.AsyncClient(transport=transport, timeout=timeout) as client:

        async def one(context: DocumentContext, slot: tuple[str, int], request: JudgeRequest) -> None:
            known = cache.get(request.key)
            if known is not None:
                context.judge[slot] = known
                return
            async with limit:
                try:
                    verdict = await ask_judge(client, request, config)
                except JudgeError as exc:
                    context.judge_errors[slot] = str(exc)
                    return
            cache.put(request.key, verdict)
            context.judge[slot] = verdict

        await asyncio.gather(
            *(
                one(context, slot, request)
                for context in contexts
                for slot, request in judge_requests(context).items()
            )
        )
