"""Fixtures shared by every test: the fixture web on a free port, URLs on it, and a Config for it.

``devweb`` serves ``fixtures/web`` for the whole session (see citecheck/devweb.py for its control
routes); ``web_url("/status/404")`` or ``web_url("https://soft404.test/news/x")`` gives a URL on it;
``test_config`` remaps every other URL onto it, allows private addresses, and keeps timeouts and
backoff tiny so the suite stays fast.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from citecheck.config import Config
from citecheck.devweb import DevWeb


@pytest.fixture(scope="session")
def devweb() -> Iterator[DevWeb]:
    with DevWeb() as web:
        yield web


@pytest.fixture
def web_url(devweb: DevWeb) -> Callable[[str], str]:
    return devweb.url


@pytest.fixture
def test_config(devweb: DevWeb) -> Config:
    return Config(
        allow_private=True,
        remap=[devweb.remap_rule],
        timeout=3.0,
        connect_timeout=1.0,
        read_timeout=1.0,
        retries=1,
        backoff_base=0.01,
        retry_after_cap=1.0,
        max_body_bytes=256 * 1024,
    )


@pytest.fixture(scope="session")
def anyio_backend() -> str:
    # citecheck is asyncio code; anyio's pytest plugin would otherwise also try trio.
    return "asyncio"
