"""A sandbox per module: it delivers the signed webhooks these tests receive."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from trunkline.sandbox import Sandbox


@pytest.fixture(scope="module")
def sb() -> Iterator[Sandbox]:
    with Sandbox() as sandbox:
        yield sandbox
