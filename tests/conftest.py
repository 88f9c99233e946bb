"""Fixtures shared by every test: the fixture web on a free port, URLs on it, and a Config for it.

``devweb`` serves ``fixtures/web`` for the whole session (see citecheck/devweb.py for its control
routes); ``web_url("/status/404")`` or ``web_url("https://soft404.test/news/x")`` gives a URL on it;
``test_config`` remaps every other URL onto it, allows private addresses, and keeps timeouts and
backoff tiny so the suite stays fast.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from hypothesis import settings

from citecheck.config import Config
from citecheck.devweb import DevWeb

# Locally, property tests explore new examples on every run; under CI they replay the same
# derandomised examples, so a submission's result does not depend on the dice.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

_LOOPBACK_NAMES = ("localhost", "127.", "::1", "0.0.0.0")


@pytest.fixture(scope="session", autouse=True)
def no_internet() -> Iterator[None]:
    """No test may reach the internet: names other than loopback ones fail to resolve, as they
    would on an offline machine. (A public-archive lookup or a stray real URL then costs a
    verdict, never a request leaving the machine.)"""
    real_getaddrinfo = socket.getaddrinfo

    def loopback_only(host: Any, *args: Any, **kwargs: Any) -> Any:
        name = host.decode() if isinstance(host, bytes) else ("" if host is None else str(host))
        if not name or name.startswith(_LOOPBACK_NAMES) or name.endswith(".localhost"):
            return real_getaddrinfo(host, *args, **kwargs)
        raise socket.gaierror(socket.EAI_NONAME, f"tests do not use the internet: {name}")

    patch = pytest.MonkeyPatch()
    patch.setattr(socket, "getaddrinfo", loopback_only)
    yield
    patch.undo()


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
        wayback=False,
    )


@pytest.fixture(scope="session")
def anyio_backend() -> str:
    # citecheck is asyncio code; anyio's pytest plugin would otherwise also try trio.
    return "asyncio"
