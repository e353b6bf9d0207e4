"""The `trunkline` command.

    trunkline sandbox [--port N] [--db FILE] [--clock real|manual] [--fault KIND[:ROUTE][@RATE]]

Each subcommand is a function registered in `_COMMANDS`; errors are one line on
stderr and a non-zero exit.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

__all__ = ["main"]


class CommandError(Exception):
    """A failure to report as one line."""


def _sandbox_parser(sub: Any) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(
        "sandbox",
        help="run the local emulator of Twilio, MessageBird and Vonage",
        description="Serve the sandbox on 127.0.0.1 until Ctrl-C or SIGTERM; print its URL and "
        "the credentials that authenticate against it.",
    )
    parser.add_argument(
        "--port", type=int, default=8080, help="port (0: any free port; default 8080)"
    )
    parser.add_argument("--db", metavar="FILE", help="SQLite file that keeps the state across runs")
    parser.add_argument(
        "--clock",
        choices=("real", "manual"),
        default="real",
        help="real (default): lifecycles run in real time; manual: POST /__sandbox/clock moves it",
    )
    parser.add_argument(
        "--fault",
        action="append",
        default=[],
        metavar="KIND[:ROUTE][@RATE]",
        help="inject a fault (429, 500, 503, reset, slow, trickle, html502, truncated), "
        "e.g. 503@0.1 or reset:CreateMessage; repeatable",
    )
    parser.add_argument(
        "--json", action="store_true", help="print one JSON line (url, credentials) instead"
    )
    return parser


def _run_sandbox(args: argparse.Namespace) -> int:
    try:
        from .sandbox import Sandbox, SandboxError
        from .sandbox._faults import FaultError, parse_fault
    except ImportError as exc:
        raise CommandError(
            f"the sandbox needs its extra: pip install 'trunkline[sandbox]' ({exc.name} is missing)"
        ) from None
    try:
        faults = [parse_fault(text) for text in args.fault]
    except FaultError as exc:
        raise CommandError(f"--fault: {exc}") from None
    if args.db and not Path(args.db).parent.exists():
        raise CommandError(f"--db: the folder of {args.db} does not exist")
    sandbox = Sandbox(port=args.port, db=args.db, clock=args.clock, faults=faults)
    try:
        server = sandbox._prepare()
    except SandboxError as exc:
        raise CommandError(str(exc)) from None
    credentials = sandbox.credentials
    with tempfile.TemporaryDirectory(prefix="trunkline-sandbox-") as folder:
        key_file = Path(folder) / "vonage-private.key"
        key_file.write_text(credentials["vonage"]["private_key"], encoding="utf-8")
        os.chmod(key_file, 0o600)
        if args.json:
            print(
                json.dumps(
                    {
                        "url": sandbox.url,
                        "credentials": credentials,
                        "signing_keys": sandbox.signing_keys,
                    }
                ),
                flush=True,
            )
        else:
            _print_banner(sandbox.url, credentials, sandbox.signing_keys, key_file, args)
        try:
            server.run(sockets=[sandbox._socket])  # type: ignore[list-item]
        finally:
            sandbox._cleanup()
    return 0


def _print_banner(
    url: str,
    credentials: dict[str, dict[str, Any]],
    signing_keys: dict[str, str],
    key_file: Path,
    args: argparse.Namespace,
) -> None:
    twilio, bird, vonage = credentials["twilio"], credentials["messagebird"], credentials["vonage"]
    lines = [
        f"trunkline sandbox on {url} (clock: {args.clock}"
        + (f", state in {args.db}" if args.db else ", state in memory")
        + "). Ctrl-C stops it.",
        "",
        f"  export TWILIO_ACCOUNT_SID={twilio['account_sid']}",
        f"  export TWILIO_AUTH_TOKEN={twilio['auth_token']}",
        f"  export MESSAGEBIRD_ACCESS_KEY={bird['access_key']}",
        f"  export VONAGE_API_KEY={vonage['api_key']}",
        f"  export VONAGE_API_SECRET={vonage['api_secret']}",
        f"  export VONAGE_APPLICATION_ID={vonage['application_id']}",
        f"  export VONAGE_PRIVATE_KEY={key_file}",
        f"  export VONAGE_SIGNATURE_SECRET={vonage['signature_secret']}",
        "",
        f"  MessageBird webhook signing key: {signing_keys['messagebird']}",
        f'  Client(..., base_url="{url}") for every provider.',
    ]
    print("\n".join(lines), flush=True)


_COMMANDS: dict[str, tuple[Callable[[Any], argparse.ArgumentParser], Callable[..., int]]] = {
    "sandbox": (_sandbox_parser, _run_sandbox),
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the `trunkline` command; the exit status."""
    parser = argparse.ArgumentParser(prog="trunkline", description="trunkline's tools.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for make, _run in _COMMANDS.values():
        make(sub)
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        return _COMMANDS[args.command][1](args)
    except CommandError as exc:
        print(f"trunkline {args.command}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
