"""A small programmable HTTP/1.1 server on 127.0.0.1 for the pipeline's tests.

Replies are scripted per request (a queue), or computed by a `route` function
when the queue is empty. Each reply can set status, headers, body, a delay
before answering, a body (or header block) trickled byte by byte, or drop the
connection after reading the request. Every request is recorded.
"""

from __future__ import annotations

import contextlib
import http
import json
import socket
import ssl
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass
class Reply:
    """One scripted answer."""

    status: int = 200
    body: Any = b"{}"  # bytes, str, or a dict/list sent as JSON
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before anything is written
    trickle: float | None = None  # seconds between body bytes
    trickle_headers: float | None = None  # seconds between bytes of the status line + headers
    drop: bool = False  # read the request, then close the connection without answering

    def encoded(self) -> tuple[bytes, dict[str, str]]:
        headers = dict(self.headers)
        body = self.body
        if isinstance(body, dict | list):
            body = json.dumps(body).encode()
            headers.setdefault("Content-Type", "application/json")
        elif isinstance(body, str):
            body = body.encode()
        elif body is None:
            body = b""
        return body, headers


@dataclass
class Recorded:
    """One request as the server saw it."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    client_port: int
    target: str = ""  # the request line's target as sent (absolute through a proxy)

    @property
    def form(self) -> dict[str, list[str]]:
        return parse_qs(self.body.decode(), keep_blank_values=True)

    @property
    def json(self) -> Any:
        return json.loads(self.body)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        parts = urlsplit(self.path)
        recorded = Recorded(
            method=self.command,
            path=parts.path,
            query=parse_qs(parts.query, keep_blank_values=True),
            headers={k.lower(): v for k, v in self.headers.items()},
            body=body,
            client_port=self.client_address[1],
            target=self.path,
        )
        owner = self.server.owner
        owner.requests.append(recorded)
        owner._in_flight(+1)
        try:
            self._answer(owner, recorded)
        finally:
            owner._in_flight(-1)

    def _answer(self, owner: TestServer, recorded: Recorded) -> None:
        reply = owner.next_reply(recorded)
        stopping = owner.stopping
        if reply.delay and stopping.wait(reply.delay):
            self.close_connection = True
            return
        if reply.drop:
            self.close_connection = True
            return
        payload, headers = reply.encoded()
        try:
            reason = http.HTTPStatus(reply.status).phrase
        except ValueError:
            reason = ""
        head = f"HTTP/1.1 {reply.status} {reason}\r\n"
        headers.setdefault("Content-Length", str(len(payload)))
        head += "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
        try:
            self._write(head.encode(), reply.trickle_headers, stopping)
            self._write(payload, reply.trickle, stopping)
        except OSError:
            self.close_connection = True

    def _write(self, data: bytes, pause: float | None, stopping: threading.Event) -> None:
        if not pause:
            self.wfile.write(data)
            self.wfile.flush()
            return
        for i in range(len(data)):
            self.wfile.write(data[i : i + 1])
            self.wfile.flush()
            if stopping.wait(pause):
                raise ConnectionAbortedError("server stopping")

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    request_queue_size = 256  # many clients connecting at once
    owner: TestServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that went away mid-answer is expected in these tests

    def process_request(self, request: Any, client_address: Any) -> None:
        self.owner._connected(+1)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        try:
            super().shutdown_request(request)  # closes the socket
        finally:
            self.owner._connected(-1)


class TestServer:
    """The server plus its script and its record of requests."""

    __test__ = False  # not a test class

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.requests: list[Recorded] = []
        self.replies: deque[Reply] = deque()
        self.route: Callable[[Recorded], Reply] | None = None
        self.stopping = threading.Event()
        self.connections = 0  # open right now
        self.most_in_flight = 0  # requests being answered at once, at most
        self._answering = 0
        self._lock = threading.Lock()
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.owner = self
        if tls is not None:  # HTTPS with this server-side context
            self._server.socket = tls.wrap_socket(self._server.socket, server_side=True)
        self.port = self._server.server_address[1]
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()

    def reply(self, *replies: Reply) -> None:
        """Queue answers for the next requests, in order."""
        self.replies.extend(replies)

    def next_reply(self, request: Recorded) -> Reply:
        if self.replies:
            return self.replies.popleft()
        if self.route is not None:
            return self.route(request)
        return Reply(599, {"message": "no reply scripted"})

    @property
    def count(self) -> int:
        """Requests received so far."""
        return len(self.requests)

    def _connected(self, change: int) -> None:
        with self._lock:
            self.connections += change

    def _in_flight(self, change: int) -> None:
        with self._lock:
            self._answering += change
            self.most_in_flight = max(self.most_in_flight, self._answering)

    def wait_for_no_connections(self, timeout: float = 10.0) -> bool:
        """Wait until every client connection is closed at the server's end."""
        deadline = time.monotonic() + timeout
        while self.connections and time.monotonic() < deadline:
            time.sleep(0.01)
        return self.connections == 0

    def close(self) -> None:
        self.stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()


@contextlib.contextmanager
def unanswered_port() -> Iterator[int]:
    """A port on 127.0.0.1 where connecting hangs: its listen queue is full and nothing accepts,
    so the kernel drops each new SYN (a connect timeout, with nothing sent)."""
    listener = socket.socket()
    fillers: list[socket.socket] = []
    try:
        listener.bind(("127.0.0.1", 0))
        listener.listen(0)
        port: int = listener.getsockname()[1]
        for _ in range(3):
            filler = socket.socket()
            filler.setblocking(False)
            with contextlib.suppress(BlockingIOError):
                filler.connect(("127.0.0.1", port))
            fillers.append(filler)
        time.sleep(0.1)  # let the handshakes fill the queue
        yield port
    finally:
        for filler in fillers:
            filler.close()
        listener.close()
