"""Fixtures of the sandbox's tests: a running sandbox per module, a webhook receiver per test."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from trunkline.sandbox import Sandbox

from localserver import Recorded, Reply, TestServer


@pytest.fixture(scope="module")
def sb() -> Iterator[Sandbox]:
    with Sandbox() as sandbox:
        yield sandbox


@pytest.fixture
def receiver(server: TestServer) -> TestServer:
    """A webhook receiver that answers 200 (and empty TwiML) to everything."""

    def ok(request: Recorded) -> Reply:
        return Reply(200, b"<Response/>", {"Content-Type": "text/xml"})

    server.route = ok
    return server


@pytest.fixture
def twilio(sb: Sandbox) -> Iterator[Any]:
    with sb.twilio() as client:
        yield client


@pytest.fixture
def messagebird(sb: Sandbox) -> Iterator[Any]:
    with sb.messagebird() as client:
        yield client


@pytest.fixture
def vonage(sb: Sandbox) -> Iterator[Any]:
    with sb.vonage() as client:
        yield client
