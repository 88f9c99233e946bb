"""The waiting audit reads every result once, even when workers' commits land out of numbering order."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import psycopg

from citecheck.config import Config
from citecheck.fleet.audit import FleetChecks
from citecheck.fleet.settings import parse_queue_url
from citecheck.fleet.store import FleetStore
from citecheck.models import LinkResult

INSERT = "INSERT INTO fleet_results (run_key, url, location, link, page, opinions) VALUES (%s, %s, 'x', %s, NULL, %s)"


def row(run_key: str, url: str) -> tuple[str, str, str, str]:
    link = LinkResult(url=url, state="alive", http_status=200).model_dump_json()
    return run_key, url, link, json.dumps([{"location": "x", "state": "alive"}])


def test_a_result_committed_after_a_later_numbered_one_is_not_missed(queue: str, pg_db: str) -> None:
    urls = ["http://a.example/1", "http://a.example/2"]
    handed: list[Any] = []

    async def scenario() -> dict[str, Any]:
        await (await FleetStore.connect(pg_db)).aclose()  # the tables exist before the run starts
        checks = FleetChecks(parse_queue_url(queue), pg_db)
        waiting = asyncio.create_task(checks(urls, Config(), {}, handed.extend))
        while checks.run_key is None:
            await asyncio.sleep(0.05)
        slow = await psycopg.AsyncConnection.connect(pg_db)  # a worker whose commit is late
        fast = await psycopg.AsyncConnection.connect(pg_db, autocommit=True)
        await slow.execute(INSERT, row(checks.run_key, urls[0]))  # numbered first…
        await fast.execute(INSERT, row(checks.run_key, urls[1]))  # …committed first
        await asyncio.sleep(0.6)  # the reader has moved its cursor past the first number
        await slow.commit()
        try:
            return await asyncio.wait_for(waiting, 10)
        finally:
            await slow.close()
            await fast.close()

    results = asyncio.run(scenario())
    assert set(results) == set(urls)
    assert sorted(url for url, *_ in handed) == urls  # each handed over exactly once
