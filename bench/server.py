"""Local fake of the Twilio 2010 REST API for the benchmarks (stdlib only).

Serves pre-rendered JSON bytes over HTTP/1.1 keep-alive on 127.0.0.1:

    GET  /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}.json   one call
    GET  /2010-04-01/Accounts/{AccountSid}/Calls.json             a page of calls
    POST /2010-04-01/Accounts/{AccountSid}/Messages.json          201, one message

The call collection holds `--total-calls` records (default 100,000), paged the
way Twilio pages the 2010 API (`PageSize`, `Page`, `PageToken`, `next_page_uri`).
Each page is a template rendered once per (account, page size, record count)
whose only per-page change is a fixed-width placeholder in the record SIDs, so
serving a page is one `bytes.replace`.

Run: `python bench/server.py [--port 0]`; prints `READY <port>` when listening.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import re
import sys
import threading
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

API = "/2010-04-01"
PAGE_MARK = "@PAGE@@@"  # 8 characters, replaced by the page number as 8 hex digits
SID_MARK = "CA" + "@" * 32  # replaced by the requested SID for a single fetch
BASE_TIME = datetime(2010, 8, 31, 20, 36, 28, tzinfo=UTC)

_CALL_ROUTE = re.compile(r"^/2010-04-01/Accounts/(AC\w{32})/Calls/(CA\w{32})\.json$")
_CALLS_ROUTE = re.compile(r"^/2010-04-01/Accounts/(AC\w{32})/Calls\.json$")
_MESSAGES_ROUTE = re.compile(r"^/2010-04-01/Accounts/(AC\w{32})/Messages\.json$")


def rfc2822(moment: datetime) -> str:
    """Twilio's date format: `Tue, 31 Aug 2010 20:36:28 +0000`."""
    return format_datetime(moment).replace("-0000", "+0000")


def call_record(account_sid: str, sid: str, index: int) -> dict[str, object]:
    """One call, with the field set of a real Twilio Call resource."""
    created = BASE_TIME + timedelta(seconds=index * 37)
    duration = 5 + index % 600
    started = created + timedelta(seconds=1)
    ended = started + timedelta(seconds=duration)
    base = f"{API}/Accounts/{account_sid}/Calls/{sid}"
    return {
        "date_updated": rfc2822(ended),
        "price_unit": "USD",
        "parent_call_sid": None,
        "caller_name": None,
        "duration": str(duration),
        "from": "+15017122661",
        "to": "+14155551212",
        "annotation": None,
        "answered_by": None,
        "sid": sid,
        "queue_time": "0",
        "price": f"-{0.0085 * (1 + duration // 60):.5f}",
        "api_version": "2010-04-01",
        "status": "completed",
        "direction": "outbound-api",
        "start_time": rfc2822(started),
        "date_created": rfc2822(created),
        "from_formatted": "(501) 712-2661",
        "group_sid": None,
        "trunk_sid": "",
        "forwarded_from": "+14155551212",
        "uri": f"{base}.json",
        "account_sid": account_sid,
        "end_time": rfc2822(ended),
        "to_formatted": "(415) 555-1212",
        "phone_number_sid": "PN" + f"{index:032x}",
        "subresource_uris": {
            "notifications": f"{base}/Notifications.json",
            "recordings": f"{base}/Recordings.json",
            "payments": f"{base}/Payments.json",
            "events": f"{base}/Events.json",
            "siprec": f"{base}/Siprec.json",
            "streams": f"{base}/Streams.json",
            "user_defined_message_subscriptions": f"{base}/UserDefinedMessageSubscriptions.json",
            "user_defined_messages": f"{base}/UserDefinedMessages.json",
        },
    }


def message_record(account_sid: str, sid: str, to: str, from_: str, body: str) -> dict[str, object]:
    """One freshly queued message, with the field set of a real Twilio Message resource."""
    now = rfc2822(datetime.now(UTC))
    return {
        "account_sid": account_sid,
        "api_version": "2010-04-01",
        "body": body,
        "date_created": now,
        "date_sent": None,
        "date_updated": now,
        "direction": "outbound-api",
        "error_code": None,
        "error_message": None,
        "from": from_,
        "messaging_service_sid": None,
        "num_media": "0",
        "num_segments": "1",
        "price": None,
        "price_unit": "USD",
        "sid": sid,
        "status": "queued",
        "subresource_uris": {
            "media": f"{API}/Accounts/{account_sid}/Messages/{sid}/Media.json",
            "feedback": f"{API}/Accounts/{account_sid}/Messages/{sid}/Feedback.json",
        },
        "to": to,
        "uri": f"{API}/Accounts/{account_sid}/Messages/{sid}.json",
    }


def _dumps(value: object) -> bytes:
    return json.dumps(value, separators=(", ", ": ")).encode()


class Fixtures:
    """Pre-rendered response bodies, built on first use and kept."""

    def __init__(self, total_calls: int) -> None:
        self.total_calls = total_calls
        self._lock = threading.Lock()
        self._pages: dict[tuple[str, int], bytes] = {}
        self._single: dict[str, bytes] = {}
        self._message_ids = itertools.count(1)

    def call(self, account_sid: str, sid: str) -> bytes:
        template = self._single.get(account_sid)
        if template is None:
            template = _dumps(call_record(account_sid, SID_MARK, 7))
            with self._lock:
                self._single[account_sid] = template
        return template.replace(SID_MARK.encode(), sid.encode())

    def _records(self, account_sid: str, count: int) -> bytes:
        key = (account_sid, count)
        records = self._pages.get(key)
        if records is None:
            rendered = [call_record(account_sid, f"CA{PAGE_MARK}{i:024x}", i) for i in range(count)]
            records = _dumps(rendered)
            with self._lock:
                self._pages[key] = records
        return records

    def page(self, account_sid: str, page_size: int, page: int) -> bytes:
        start = page * page_size
        count = max(0, min(page_size, self.total_calls - start))
        path = f"{API}/Accounts/{account_sid}/Calls.json"
        mark = f"{page:08x}".encode()
        records = self._records(account_sid, count).replace(PAGE_MARK.encode(), mark)

        def link(number: int, last_sid: str | None) -> str:
            token = f"&PageToken=PA{last_sid}" if last_sid else ""
            return f"{path}?PageSize={page_size}&Page={number}{token}"

        last = f"CA{mark.decode()}{count - 1:024x}" if count else None
        has_next = count and start + count < self.total_calls
        previous_last = f"CA{page - 1:08x}{page_size - 1:024x}" if page else None
        meta = {
            "end": start + count - 1 if count else start,
            "first_page_uri": f"{path}?PageSize={page_size}&Page=0",
            "next_page_uri": link(page + 1, last) if has_next else None,
            "page": page,
            "page_size": page_size,
            "previous_page_uri": link(page - 1, previous_last) if page else None,
            "start": start,
            "uri": link(page, previous_last),
        }
        tail = _dumps(meta)
        return b'{"calls": ' + records + b", " + tail[1:]

    def message(self, account_sid: str, form: dict[str, list[str]]) -> bytes:
        sid = f"SM{next(self._message_ids):032x}"
        to = form.get("To", [""])[0]
        from_ = form.get("From", [""])[0]
        body = form.get("Body", [""])[0]
        return _dumps(message_record(account_sid, sid, to, from_, body))


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    fixtures: Fixtures  # set on the subclass by `serve`

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _send(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _error(self, status: int, message: str) -> None:
        body = _dumps({"code": 20404, "message": message, "more_info": "", "status": status})
        self._send(status, body)

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        match = _CALL_ROUTE.match(url.path)
        if match:
            self._send(200, self.fixtures.call(match[1], match[2]))
            return
        match = _CALLS_ROUTE.match(url.path)
        if match:
            query = parse_qs(url.query)
            try:
                page_size = int(query.get("PageSize", ["50"])[0])
                page = int(query.get("Page", ["0"])[0])
            except ValueError:
                self._error(400, "bad PageSize or Page")
                return
            if not 1 <= page_size <= 1000 or page < 0:
                self._error(400, "PageSize must be 1..1000")
                return
            self._send(200, self.fixtures.page(match[1], page_size, page))
            return
        self._error(404, f"The requested resource {url.path} was not found")

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        match = _MESSAGES_ROUTE.match(urlsplit(self.path).path)
        if not match:
            self._error(404, f"The requested resource {self.path} was not found")
            return
        form = parse_qs(raw.decode("utf-8"), keep_blank_values=True)
        self._send(201, self.fixtures.message(match[1], form))


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256  # the async benchmark opens 50 connections at once


def serve(port: int, total_calls: int) -> None:
    handler = type("BoundHandler", (Handler,), {"fixtures": Fixtures(total_calls)})
    with Server(("127.0.0.1", port), handler) as server:
        sys.stdout.write(f"READY {server.server_address[1]}\n")
        sys.stdout.flush()
        server.serve_forever(poll_interval=0.5)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--total-calls", type=int, default=100_000)
    args = parser.parse_args()
    with contextlib.suppress(KeyboardInterrupt):
        serve(args.port, args.total_calls)


if __name__ == "__main__":
    main()
