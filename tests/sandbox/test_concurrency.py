"""200 clients at once: every request answered, no socket left behind."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest

from trunkline.sandbox import Sandbox

pytestmark = pytest.mark.anyio


def _tcp_ports_in_use(port: int) -> int:
    """Sockets of this machine on `port` (either end), from /proc/net/tcp."""
    count = 0
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not Path(table).exists():
            continue
        for line in Path(table).read_text().splitlines()[1:]:
            local, remote = line.split()[1:3]
            state = line.split()[3]
            if state != "06" and port in (
                int(local.split(":")[1], 16),
                int(remote.split(":")[1], 16),
            ):
                count += 1  # 06 is TIME_WAIT: closed, only waiting out the protocol
    return count


@pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="needs /proc/net/tcp")
async def test_200_concurrent_clients() -> None:
    fds_before = len(os.listdir("/proc/self/fd"))
    async with Sandbox() as sb:

        async def one(i: int) -> str:
            async with sb.twilio(asynchronous=True) as client:
                message = await client.messages.create(
                    to=f"+1415555{i:04d}", from_="+14155550199", body=f"#{i}"
                )
                fetched = await client.messages.get(message.sid)
                return str(fetched.body)

        bodies = await asyncio.gather(*(one(i) for i in range(200)))
        assert sorted(bodies) == sorted(f"#{i}" for i in range(200))
        with sb.twilio() as client:
            assert len(list(client.messages.list(page_size=1000))) == 200
        port = sb.port
    assert _tcp_ports_in_use(port) == 0
    assert len(os.listdir("/proc/self/fd")) <= fds_before
