"""Real servers on 127.0.0.1 for the webhook tests: ASGI apps under uvicorn, WSGI apps under
werkzeug or wsgiref, and a small reverse proxy that forwards and says what it received."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, make_server

import httpx


def _free_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


@contextlib.contextmanager
def serve_asgi(app: Any) -> Iterator[str]:
    """`app` under uvicorn in a thread; its URL."""
    import uvicorn

    sock = _free_socket()
    config = uvicorn.Config(app, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(15)
        sock.close()


class _QuietWSGIHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextlib.contextmanager
def serve_wsgi(app: Any, *, server: str = "werkzeug") -> Iterator[str]:
    """`app` under werkzeug's server (or the stdlib's wsgiref) in a thread; its URL."""
    if server == "werkzeug":
        from werkzeug.serving import make_server as werkzeug_server

        httpd: Any = werkzeug_server("127.0.0.1", 0, app, threaded=True)
    else:
        httpd = make_server("127.0.0.1", 0, app, handler_class=_QuietWSGIHandler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_port}"
    finally:
        httpd.shutdown()
        thread.join(15)
        httpd.server_close()


class Proxy:
    """A reverse proxy on 127.0.0.1: forwards every request to `upstream` with Host set to the
    upstream (as nginx's default `proxy_set_header Host $proxy_host` does) and says what it
    received in `X-Forwarded-*` (mode "x-forwarded") or `Forwarded` (mode "forwarded").
    `claim` overrides what it says it received (a TLS terminator claims proto https)."""

    def __init__(self, upstream: str, mode: str = "x-forwarded", **claim: str) -> None:
        self.upstream = upstream.rstrip("/")
        self.mode = mode
        self.claim = claim
        self.forwarded: list[dict[str, str]] = []
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _forward(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                headers = {
                    k: v
                    for k, v in self.headers.items()
                    if k.lower() not in ("host", "content-length", "connection")
                }
                received_host = proxy.claim.get("host", self.headers.get("Host", ""))
                proto = proxy.claim.get("proto", "http")
                client = self.client_address[0]
                if proxy.mode == "forwarded":
                    element = f'for={client};proto={proto};host="{received_host}"'
                    before = self.headers.get("Forwarded")
                    headers["Forwarded"] = f"{before}, {element}" if before else element
                else:
                    headers["X-Forwarded-Proto"] = proto
                    headers["X-Forwarded-Host"] = received_host
                    if "port" in proxy.claim:
                        headers["X-Forwarded-Port"] = proxy.claim["port"]
                    before = self.headers.get("X-Forwarded-For")
                    headers["X-Forwarded-For"] = f"{before}, {client}" if before else client
                proxy.forwarded.append(headers)
                with httpx.Client(trust_env=False, timeout=10) as http:
                    answer = http.request(
                        self.command, proxy.upstream + self.path, headers=headers, content=body
                    )
                self.send_response(answer.status_code)
                for name, value in answer.headers.items():
                    if name.lower() not in ("content-length", "transfer-encoding", "connection"):
                        self.send_header(name, value)
                self.send_header("Content-Length", str(len(answer.content)))
                self.end_headers()
                self.wfile.write(answer.content)

            do_GET = do_POST = _forward

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self.port = self._httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._httpd.shutdown()
        self._thread.join(15)
        self._httpd.server_close()

    def __enter__(self) -> Proxy:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
