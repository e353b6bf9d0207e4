"""Fixtures of the pipeline's tests: a local HTTP server and clients pointed at it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from trunkline._core import SyncAPIClient

from core_fakeapi import TwilioLike
from localserver import TestServer


@pytest.fixture
def client(server: TestServer) -> Iterator[SyncAPIClient]:
    with SyncAPIClient(provider=TwilioLike(), base_url=server.url, max_retries=0) as api:
        yield api
