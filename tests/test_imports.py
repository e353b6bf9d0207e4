"""Importing trunkline or a provider package stays cheap: no httpx, no generated models."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest


@pytest.mark.parametrize(
    "statement",
    [
        "import trunkline",
        "from trunkline.twilio import Client, AsyncClient",
        "from trunkline.messagebird import Client, AsyncClient",
        "from trunkline.vonage import Client, AsyncClient",
        "from trunkline import APIError, NotFoundError, to_e164",
    ],
)
def test_importing_loads_no_http_stack_and_no_models(statement: str) -> None:
    script = textwrap.dedent(
        f"""
        import sys
        {statement}
        heavy = {{"httpx", "httpcore", "h11", "anyio", "orjson", "attrs", "decimal",
                  "phonenumbers", "aiohttp", "httpx_aiohttp", "email"}}
        loaded = sorted(m for m in sys.modules
                        if m.split(".")[0] in heavy or "trunkline_generated" in m)
        print(loaded)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "[]", done.stdout
