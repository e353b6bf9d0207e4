"""`trunkline twilio calls|messages export`, end to end against the sandbox: the CLI runs as its
own process, under a pseudo-terminal (progress) or with pipes (none)."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import os
import pty
import select
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from fcntl import ioctl
from pathlib import Path
from typing import Any

import pytest

from trunkline.sandbox import Sandbox

IN_RANGE = 2_400  # messages inside the exported range: three pages of 1,000
OUTSIDE = 150  # before and after it
CALLS = 120


async def _send(client: Any, count: int, tag: str) -> None:
    gate = asyncio.Semaphore(20)

    async def one(i: int) -> None:
        async with gate:
            await client.messages.create(to="+14155550100", from_="+14155550199", body=f"{tag}{i}")

    await asyncio.gather(*(one(i) for i in range(count)))


def _moment(sb: Sandbox) -> datetime:
    return datetime.fromtimestamp(sb.now(), UTC)


@pytest.fixture(scope="module")
def seeded() -> Iterator[dict[str, Any]]:
    """A sandbox with messages before, in and after [since, until), and calls in it."""
    with Sandbox() as sb:

        async def fill() -> dict[str, Any]:
            async with sb.twilio(asynchronous=True) as client:
                await _send(client, OUTSIDE, "before")
                await sb.advance_async(30)
                since = _moment(sb)
                await _send(client, IN_RANGE, "in")
                for i in range(CALLS):
                    await client.calls.create(
                        to="+14155550100",
                        from_="+14155550199",
                        twiml=f"<Response><Say>{i}</Say></Response>",
                    )
                await sb.advance_async(30)
                until = _moment(sb)
                await _send(client, OUTSIDE, "after")
                await sb.advance_async(30)
            return {"since": since, "until": until}

        found = asyncio.run(fill())
        credentials = sb.credentials["twilio"]
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("TWILIO_", "TRUNKLINE_"))
        }
        env.update(
            TWILIO_ACCOUNT_SID=credentials["account_sid"],
            TWILIO_AUTH_TOKEN=credentials["auth_token"],
            NO_PROXY="127.0.0.1",
        )
        yield {**found, "sb": sb, "env": env, "url": sb.url}


def _args(seeded: dict[str, Any], resource: str, *extra: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "trunkline.cli",
        "twilio",
        resource,
        "export",
        "--since",
        seeded["since"].isoformat(),
        "--until",
        seeded["until"].isoformat(),
        "--base-url",
        seeded["url"],
        *extra,
    ]


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, env=env, timeout=120, check=False)


def test_messages_of_the_range_as_json_lines_to_a_file(
    seeded: dict[str, Any], tmp_path: Path
) -> None:
    out = tmp_path / "messages.jsonl"
    done = _run(_args(seeded, "messages", "-o", str(out)), seeded["env"])
    assert done.returncode == 0, done.stderr
    assert done.stdout == "" and done.stderr == ""  # piped: no progress, nothing else
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == IN_RANGE
    records = [json.loads(line) for line in lines]
    assert len({r["sid"] for r in records}) == IN_RANGE
    assert {r["body"][:2] for r in records} == {"in"}
    for record in records:
        sent = parsedate_to_datetime(record["date_sent"])
        assert seeded["since"] <= sent < seeded["until"]
    assert {r["status"] for r in records} == {"delivered"}


def test_calls_as_csv_to_stdout(seeded: dict[str, Any]) -> None:
    done = _run(_args(seeded, "calls", "--format", "csv"), seeded["env"])
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert len(rows) == CALLS
    assert {"sid", "status", "start_time", "from", "to", "price"} <= set(rows[0])
    assert {row["status"] for row in rows} == {"completed"}
    assert all(row["sid"].startswith("CA") for row in rows)
    assert all(row["price"].startswith("-0.") and row["start_time"] for row in rows)


def _read_pty(fd: int, process: subprocess.Popen[bytes], limit: float = 120) -> bytes:
    chunks = []
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                data = os.read(fd, 65536)
            except OSError:
                break  # the child closed the terminal
            if not data:
                break
            chunks.append(data)
        elif process.poll() is not None:
            break
    return b"".join(chunks)


def test_a_terminal_shows_progress_with_records_pages_and_rate(
    seeded: dict[str, Any], tmp_path: Path
) -> None:
    out = tmp_path / "messages.jsonl"
    leader, follower = pty.openpty()
    ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 160, 0, 0))
    env = {**seeded["env"], "TERM": "xterm-256color", "COLUMNS": "160"}
    env.pop("NO_COLOR", None)
    process = subprocess.Popen(
        _args(seeded, "messages", "-o", str(out)),
        stdin=follower,
        stdout=follower,
        stderr=follower,
        env=env,
    )
    os.close(follower)
    try:
        screen = _read_pty(leader, process).decode("utf-8", "replace")
        assert process.wait(60) == 0, screen
    finally:
        os.close(leader)
    assert "exporting messages" in screen
    assert f"{IN_RANGE:,} records" in screen
    assert "3 pages" in screen or "4 pages" in screen
    assert "records/s" in screen
    assert len(out.read_text(encoding="utf-8").splitlines()) == IN_RANGE


def test_no_progress_flag_on_a_terminal(seeded: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "m.jsonl"
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        _args(seeded, "messages", "-o", str(out), "--no-progress"),
        stdin=follower,
        stdout=follower,
        stderr=follower,
        env={**seeded["env"], "TERM": "xterm"},
    )
    os.close(follower)
    try:
        screen = _read_pty(leader, process)
        assert process.wait(60) == 0
    finally:
        os.close(leader)
    assert screen == b""
    assert len(out.read_text(encoding="utf-8").splitlines()) == IN_RANGE


def test_an_empty_range_writes_nothing(seeded: dict[str, Any]) -> None:
    args = _args(seeded, "messages")
    args[args.index("--since") + 1] = "2001-01-01T00:00:00+02:00"
    args[args.index("--until") + 1] = "2001-01-02T00:00:00Z"
    done = _run(args, seeded["env"])
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")


@pytest.mark.parametrize(
    ("change", "message", "status"),
    [
        ({"--since": "2026-01-01T00:00:00"}, "--since: '2026-01-01T00:00:00' has no timezone", 1),
        ({"--since": "yesterday"}, "--since: 'yesterday' is not an ISO 8601 time", 1),
        ({"--until": "2000-01-01T00:00:00Z"}, "must be after --since", 1),
        ({"--format": "xml"}, "argument --format: invalid choice: 'xml'", 2),
        ({"-o": "/nonexistent-folder/x.jsonl"}, "-o: cannot write /nonexistent-folder/x.jsonl", 1),
        ({"--auth-token": "wrong"}, "401", 1),
        ({"--base-url": "http://127.0.0.1:9"}, "", 1),
    ],
)
def test_every_error_is_one_line_without_a_traceback(
    seeded: dict[str, Any], change: dict[str, str], message: str, status: int
) -> None:
    args = _args(seeded, "messages")
    for flag, value in change.items():
        if flag in args:
            args[args.index(flag) + 1] = value
        else:
            args += [flag, value]
    done = _run(args, seeded["env"])
    assert done.returncode == status, done.stderr
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr, done.stderr
    assert done.stderr.startswith("trunkline twilio messages export")
    assert message in done.stderr
    assert seeded["env"]["TWILIO_AUTH_TOKEN"] not in done.stderr


def test_missing_credentials_and_arguments_are_one_line(seeded: dict[str, Any]) -> None:
    env = {k: v for k, v in seeded["env"].items() if not k.startswith("TWILIO_")}
    done = _run(_args(seeded, "calls"), env)
    assert done.returncode == 1 and done.stderr.count("\n") == 1
    assert "TWILIO_ACCOUNT_SID" in done.stderr
    missing = _run([sys.executable, "-m", "trunkline.cli", "twilio", "calls", "export"], env)
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1
    assert "--since" in missing.stderr and "Traceback" not in missing.stderr


def test_rich_is_imported_only_to_show_progress(seeded: dict[str, Any], tmp_path: Path) -> None:
    """Piped, the export never imports rich (the cli extra): it is loaded for a terminal only.
    click is hidden, as in an install of trunkline[cli]: with click, rich and pygments all
    installed, `import httpx` loads its own command line, and rich with it."""
    args = _args(seeded, "messages", "-o", str(tmp_path / "m.jsonl"))[3:]
    script = (
        "import sys\n"
        "sys.modules['click'] = None\n"
        "from trunkline.cli import main\n"
        f"status = main({args!r})\n"
        "print(status, 'rich' in sys.modules, file=sys.stderr)\n"
    )
    done = _run([sys.executable, "-c", script], seeded["env"])
    assert done.stderr.strip() == "0 False", done.stderr


def test_a_reader_that_stops_early_ends_the_export_quietly(seeded: dict[str, Any]) -> None:
    """`... export | head -1`: the pipe closes, the export stops without an error message."""
    with subprocess.Popen(
        _args(seeded, "messages"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=seeded["env"],
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        first = process.stdout.readline()
        process.stdout.close()
        errors = process.stderr.read()
        assert process.wait(60) == 141
    assert json.loads(first)["sid"].startswith(("SM", "MM")) and errors == b""
