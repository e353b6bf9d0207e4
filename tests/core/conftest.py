"""Fixtures of the pipeline's tests: a local HTTP server, and clients on every backend."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from backends import API, BACKENDS, MakeAPI, make_api
from core_fakeapi import TwilioLike
from localserver import TestServer


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """Each backend in turn: "httpx" (sync), "httpx-async", "aiohttp"."""
    return str(request.param)


@pytest.fixture
def api_factory(backend: str) -> Iterator[MakeAPI]:
    """`api_factory(provider=..., base_url=..., **settings)`: the pipeline on this test's
    backend, closed after the test if the test left it open."""
    made: list[API] = []

    def make(**settings: Any) -> API:
        api = make_api(backend, **settings)
        made.append(api)
        return api

    yield make
    for api in made:
        api.close()


@pytest.fixture
def client(api_factory: MakeAPI, server: TestServer) -> API:
    return api_factory(provider=TwilioLike(), base_url=server.url, max_retries=0)
