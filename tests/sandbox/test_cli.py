"""`trunkline sandbox` from a shell: prints where it is and how to authenticate, stops cleanly."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys

import httpx
import pytest


def _start(*args: str) -> tuple[subprocess.Popen[str], dict]:
    process = subprocess.Popen(
        [sys.executable, "-m", "trunkline.cli", "sandbox", "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    return process, json.loads(line)


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
def test_the_sandbox_serves_until_a_signal_stops_it(stop: signal.Signals) -> None:
    process, info = _start("--json", "--fault", "503:FetchCall")
    try:
        creds = info["credentials"]["twilio"]
        auth = (creds["account_sid"], creds["auth_token"])
        base = f"{info['url']}/2010-04-01/Accounts/{creds['account_sid']}/Calls"
        made = httpx.post(
            f"{base}.json",
            data={"To": "+14155550100", "From": "+14155550199", "Twiml": "<x/>"},
            auth=auth,
        )
        assert made.status_code == 201
        assert httpx.get(f"{base}/{made.json()['sid']}.json", auth=auth).status_code == 503
    finally:
        process.send_signal(stop)
        _out, err = process.communicate(timeout=20)
    assert process.returncode == 0, err
    port = int(info["url"].rsplit(":", 1)[1])
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0  # nothing listens any more


def test_the_banner_names_the_url_and_the_credentials() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "trunkline.cli", "sandbox", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    lines = [process.stdout.readline() for _ in range(10)]
    process.send_signal(signal.SIGTERM)
    process.communicate(timeout=20)
    text = "".join(lines)
    assert "trunkline sandbox on http://127.0.0.1:" in text
    assert "export TWILIO_ACCOUNT_SID=AC" in text and "export VONAGE_PRIVATE_KEY=" in text


def test_errors_are_one_line_and_a_non_zero_exit() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(
            [sys.executable, "-m", "trunkline.cli", "sandbox", "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and f"127.0.0.1:{port}" in done.stderr
    bad = subprocess.run(
        [sys.executable, "-m", "trunkline.cli", "sandbox", "--fault", "meltdown"],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert bad.returncode == 1 and bad.stderr.startswith(
        "trunkline sandbox: --fault: unknown fault"
    )
