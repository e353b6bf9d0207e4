"""`trunkline twilio calls export` / `trunkline twilio messages export`.

Streams every record of `[--since, --until)` (`list_in_range`: pages of 1,000,
the fewest requests the API allows) to stdout or `-o FILE` as JSON lines (the
wire JSON of each record) or CSV (one column per field of the record, in the
spec's order; nested values as JSON). On a terminal, stderr shows a progress
line (records, pages, rate; rich, from the `cli` extra); piped, nothing but
the records is written.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import sys
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import IO, Any, Final

from . import CommandError

__all__ = ["add_parsers"]

# resource -> (the record class that names the CSV columns, what the records are called)
_KINDS: Final = {
    "calls": ("trunkline_generated.twilio_api_v2010.models:Call", "calls", "start time"),
    "messages": ("trunkline_generated.twilio_api_v2010.models:Message", "messages", "date sent"),
}
_UPDATE_EVERY: Final = 200  # records between progress updates


def _moment(text: str, flag: str) -> datetime:
    """An aware datetime from ISO 8601 text (`Z` or an offset required)."""
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise CommandError(
            f"{flag}: {text!r} is not an ISO 8601 time (e.g. 2026-01-31T00:00:00Z)"
        ) from None
    if value.utcoffset() is None:
        raise CommandError(
            f"{flag}: {text!r} has no timezone; add Z or an offset (e.g. {text.strip()}Z)"
        )
    return value


def add_parsers(twilio_sub: Any) -> None:
    """`calls export` and `messages export` under `trunkline twilio`."""
    for resource, (_model, noun, field) in _KINDS.items():
        resource_parser = twilio_sub.add_parser(resource, help=f"Twilio {noun}")
        verbs = resource_parser.add_subparsers(dest="verb", metavar="VERB", required=True)
        parser = verbs.add_parser(
            "export",
            help=f"export the {noun} of a time range as JSON lines or CSV",
            description=f"Stream every {noun[:-1]} whose {field} is in [--since, --until) "
            "to stdout or a file, with a progress line on a terminal.",
        )
        parser.add_argument("--since", required=True, metavar="TIME", help="ISO 8601, inclusive")
        parser.add_argument("--until", required=True, metavar="TIME", help="ISO 8601, exclusive")
        parser.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
        parser.add_argument(
            "-o", "--output", metavar="FILE", help="write to FILE (default: stdout)"
        )
        parser.add_argument(
            "--no-progress", action="store_true", help="no progress line, even on a terminal"
        )
        parser.add_argument("--account-sid", help="default: TWILIO_ACCOUNT_SID")
        parser.add_argument("--auth-token", help="default: TWILIO_AUTH_TOKEN")
        parser.add_argument("--api-key", help="default: TWILIO_API_KEY")
        parser.add_argument("--api-secret", help="default: TWILIO_API_SECRET")
        parser.add_argument(
            "--base-url", metavar="URL", help="another origin for every Twilio host (the sandbox)"
        )
        parser.set_defaults(run=run_export, resource=resource)


class _Counter:
    """Pages (HTTP answers) seen by the client: an httpx response hook."""

    def __init__(self) -> None:
        self.pages = 0

    def __call__(self, response: Any) -> None:
        self.pages += 1


def _client(args: argparse.Namespace, counter: _Counter) -> Any:
    import httpx

    from ..twilio import Client

    http = httpx.Client(event_hooks={"response": [counter]}, trust_env=True)
    try:
        return Client(
            args.account_sid,
            args.auth_token,
            api_key=args.api_key,
            api_secret=args.api_secret,
            base_url=args.base_url,
            http_client=http,
        ), http
    except BaseException:
        http.close()
        raise


def _csv_writer(out: IO[bytes], model_path: str) -> Callable[[Any], None]:
    import json
    from importlib import import_module

    module, _, name = model_path.partition(":")
    columns = [wire for _python, wire in getattr(import_module(module), name)._FIELDS]
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    writer = csv.writer(text)
    writer.writerow(columns)

    def cell(value: Any) -> Any:
        if value is None:
            return ""
        if isinstance(value, dict | list):
            return json.dumps(value, separators=(",", ":"))
        return value

    def write(record: Any) -> None:
        data = record.to_dict()
        writer.writerow([cell(data.get(column)) for column in columns])

    write.detach = text.detach  # type: ignore[attr-defined]
    return write


def _jsonl_writer(out: IO[bytes]) -> Callable[[Any], None]:
    import orjson

    def write(record: Any) -> None:
        out.write(orjson.dumps(record.to_dict()) + b"\n")

    return write


class _Progress:
    """The progress line on stderr (rich), or nothing."""

    def __init__(self, enabled: bool, noun: str, counter: _Counter) -> None:
        self.counter = counter
        self.records = 0
        self._bar: Any = None
        self._task: Any = None
        self._started = time.monotonic()
        if not enabled:
            return
        try:
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
        except ImportError:
            return  # the cli extra is not installed: export without a progress line
        self._bar = Progress(
            SpinnerColumn(),
            TextColumn(f"exporting {noun}"),
            TextColumn("{task.completed:,} records"),
            TextColumn("{task.fields[pages]:,} pages"),
            TextColumn("{task.fields[rate]:,.0f} records/s"),
            TimeElapsedColumn(),
            console=Console(file=sys.stderr),
            refresh_per_second=8,
        )
        self._task = self._bar.add_task("export", total=None, pages=0, rate=0.0)
        self._bar.start()

    def add(self, count: int = 1) -> None:
        self.records += count
        if self._bar is not None and self.records % _UPDATE_EVERY == 0:
            self._refresh()

    def _refresh(self) -> None:
        elapsed = max(time.monotonic() - self._started, 1e-6)
        self._bar.update(
            self._task,
            completed=self.records,
            pages=self.counter.pages,
            rate=self.records / elapsed,
        )

    def close(self) -> None:
        if self._bar is not None:
            self._refresh()
            self._bar.stop()


def _wants_progress(args: argparse.Namespace) -> bool:
    if args.no_progress or os.environ.get("TERM") == "dumb":
        return False
    if not sys.stderr.isatty():
        return False
    # records written to this same terminal would be garbled by the progress line
    return bool(args.output) or not sys.stdout.isatty()


def run_export(args: argparse.Namespace) -> int:
    """Export the records of the range; 0 when every record was written."""
    from .._core._exceptions import TrunklineError

    since = _moment(args.since, "--since")
    until = _moment(args.until, "--until")
    if until <= since:
        raise CommandError(f"--until ({args.until}) must be after --since ({args.since})")
    model_path, noun, _field = _KINDS[args.resource]
    out: IO[bytes]
    if args.output:
        try:
            out = open(args.output, "wb")  # noqa: SIM115 - closed in finally
        except OSError as exc:
            raise CommandError(f"-o: cannot write {args.output}: {exc.strerror}") from None
    else:
        out = sys.stdout.buffer
    counter = _Counter()
    progress: _Progress | None = None
    try:
        client, http = _client(args, counter)
        with http, client:
            write = _csv_writer(out, model_path) if args.format == "csv" else _jsonl_writer(out)
            resource = getattr(client, args.resource)
            records: Iterator[Any] = resource.list_in_range(since, until)
            progress = _Progress(_wants_progress(args), noun, counter)
            for record in records:
                write(record)
                progress.add()
            detach = getattr(write, "detach", None)
            if detach is not None:
                detach()
    except TrunklineError as exc:
        written = f" ({progress.records:,} records were written)" if progress else ""
        raise CommandError(f"{exc}{written}") from None
    except BrokenPipeError:
        raise  # the reader went away (`| head`): `main` stops quietly
    except OSError as exc:
        raise CommandError(f"cannot write the {noun}: {exc.strerror or exc}") from None
    finally:
        if progress is not None:
            progress.close()
        if args.output:
            out.close()
        else:
            out.flush()
    return 0
