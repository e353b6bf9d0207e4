"""Fixtures every test may use: a programmable HTTP server on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from localserver import TestServer


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def server() -> Iterator[TestServer]:
    srv = TestServer()
    try:
        yield srv
    finally:
        srv.close()
