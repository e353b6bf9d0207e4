"""The `trunkline` command.

    trunkline sandbox [--port N] [--db FILE] [--clock real|manual] [--fault KIND[:ROUTE][@RATE]]
    trunkline twilio calls export --since TIME --until TIME [--format jsonl|csv] [-o FILE]
    trunkline twilio messages export ...
    trunkline webhook verify --provider twilio|messagebird|vonage [FILE]

Each subcommand is a function registered in `_COMMANDS` (or set as `run` by its
parser); errors are one line on stderr and a non-zero exit, never a traceback.
Built on argparse: a CLI on click would make `import httpx`, and so every
client, import httpx's own command line too.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from ._cli import CommandError

__all__ = ["main"]


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


def _twilio_parser(sub: Any) -> argparse.ArgumentParser:
    from ._cli.export import add_parsers

    parser: argparse.ArgumentParser = sub.add_parser(
        "twilio", help="Twilio: export calls and messages", description="Twilio's data."
    )
    resources = parser.add_subparsers(dest="resource", metavar="RESOURCE", required=True)
    add_parsers(resources)
    return parser


def _webhook_parser(sub: Any) -> argparse.ArgumentParser:
    from ._cli.verify import add_parser

    add_parser(sub)
    parser: argparse.ArgumentParser = sub.choices["webhook"]
    return parser


def _run_nested(args: argparse.Namespace) -> int:
    status: int = args.run(args)
    return status


_COMMANDS: dict[str, tuple[Callable[[Any], argparse.ArgumentParser], Callable[..., int]]] = {
    "sandbox": (_sandbox_parser, _run_sandbox),
    "twilio": (_twilio_parser, _run_nested),
    "webhook": (_webhook_parser, _run_nested),
}


class _Parser(argparse.ArgumentParser):
    """argparse, with a usage error as one line (and exit status 2)."""

    def error(self, message: str) -> NoReturn:
        """Print one line naming the command and the problem, and exit 2."""
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the `trunkline` command; the exit status."""
    parser = _Parser(prog="trunkline", description="trunkline's tools.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for make, _run in _COMMANDS.values():
        make(sub)
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    name = " ".join(
        str(part)
        for part in (args.command, getattr(args, "resource", None), getattr(args, "verb", None))
        if part
    )
    try:
        return _COMMANDS[args.command][1](args)
    except CommandError as exc:
        print(f"trunkline {name}: {exc}", file=sys.stderr)
        return exc.status
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # the reader went away (`| head`): stop quietly, as Unix tools do
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except Exception as exc:  # one line, never a traceback
        print(f"trunkline {name}: unexpected {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
