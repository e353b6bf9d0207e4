"""The ASGI app (Starlette): the providers' APIs, faults, and the control endpoints.

Control endpoints, for a sandbox in another process (`trunkline sandbox`):

    GET    /__sandbox                      url, clock mode and time
    POST   /__sandbox/clock                {"advance": seconds}
    GET    /__sandbox/faults               the faults in force
    POST   /__sandbox/faults               {"kind": "503", "route": ..., "rate": ..., "times": ...}
    DELETE /__sandbox/faults               lift them all
    GET    /__sandbox/webhooks             every delivery attempt
    GET    /__sandbox/vonage/verify/{id}   {"code": ...} of a Verify request
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import struct
from collections.abc import AsyncIterator
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response, StreamingResponse
from starlette.routing import Route
from starlette.types import Receive, Scope, Send
from uvicorn.protocols.http.h11_impl import H11Protocol

from ._base import json_response
from ._engine import State, _bare_ctx
from ._faults import Fault, FaultError

__all__ = ["ResettableProtocol", "make_app"]

log = logging.getLogger("trunkline.sandbox")
_HTML_502 = (
    "<html><head><title>502 Bad Gateway</title></head><body>"
    "<center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>"
)


class ResettableProtocol(H11Protocol):
    """uvicorn's h11 protocol, remembering each connection's transport so that a fault can
    reset it (an RST, which no ASGI message can ask for)."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        """Register the connection by its peer address; no Nagle delay (uvicorn writes the head
        and the body of an answer separately: with Nagle each answer waits ~40 ms for an ACK)."""
        sock = transport.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        super().connection_made(transport)
        peer = transport.get_extra_info("peername")
        registry = getattr(self.config, "trunkline_connections", None)
        if registry is not None and peer:
            registry[(peer[0], peer[1])] = transport

    def connection_lost(self, exc: Exception | None) -> None:
        """Forget the connection."""
        registry = getattr(self.config, "trunkline_connections", None)
        peer = self.transport.get_extra_info("peername") if self.transport else None
        if registry is not None and peer:
            registry.pop((peer[0], peer[1]), None)
        super().connection_lost(exc)


def make_app(state: State, connections: dict[tuple[str, int], asyncio.Transport]) -> Starlette:
    """The sandbox's ASGI app."""

    async def api(request: Request) -> Response:
        path = request.url.path
        op, _params, _allowed = state.router.match(request.method, path)
        fault = state.faults.pick(op.key if op else None, path)
        if fault is None:
            return await state.handle(request)
        return await _faulty(state, request, fault, connections)

    async def info(request: Request) -> Response:
        return json_response(
            {"url": state.url, "clock": state.clock.mode, "now": state.clock.now()}
        )

    async def clock(request: Request) -> Response:
        body = await _json(request)
        seconds = body.get("advance", 0)
        if not isinstance(seconds, int | float) or seconds < 0:
            return json_response({"error": "advance must be a number of seconds >= 0"}, 400)
        await state.advance(float(seconds))
        return json_response({"now": state.clock.now()})

    async def faults(request: Request) -> Response:
        if request.method == "DELETE":
            state.faults.remove()
            return Response(status_code=204)
        if request.method == "POST":
            body = await _json(request)
            try:
                fault = state.faults.add(Fault(**body))
            except (TypeError, FaultError) as exc:
                return json_response({"error": str(exc)}, 400)
            return json_response(fault.to_dict(), 201)
        return json_response([f.to_dict() for f in state.faults.list()])

    async def webhooks(request: Request) -> Response:
        entries = state.store.webhooks()
        for entry in entries:
            entry["body"] = entry["body"].decode("utf-8", "replace")
        return json_response(entries)

    async def verify_code(request: Request) -> Response:
        vonage: Any = state.providers["vonage"]
        code = vonage.verify_code(request.path_params["request_id"])
        if code is None:
            return json_response({"error": "no such Verify request"}, 404)
        return json_response({"code": code})

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        state.loop = asyncio.get_running_loop()
        ticker = None
        if state.clock.mode == "real":
            ticker = asyncio.create_task(_tick(state))
        try:
            yield
        finally:
            if ticker is not None:
                ticker.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await ticker
            await state.aclose()

    routes = [
        Route("/__sandbox", info, methods=["GET"]),
        Route("/__sandbox/clock", clock, methods=["POST"]),
        Route("/__sandbox/faults", faults, methods=["GET", "POST", "DELETE"]),
        Route("/__sandbox/webhooks", webhooks, methods=["GET"]),
        Route("/__sandbox/vonage/verify/{request_id}", verify_code, methods=["GET"]),
    ]
    app = Starlette(routes=routes, lifespan=lifespan)

    async def everything_else(scope: Scope, receive: Receive, send: Send) -> None:
        # Not a Route("/{path:path}"): its pattern stops at a newline in the path.
        if scope["type"] != "http":
            return
        response = await api(Request(scope, receive))
        await response(scope, receive, send)

    app.router.default = everything_else
    return app


async def _tick(state: State) -> None:
    while True:
        await asyncio.sleep(0.05)
        try:
            await state.tick()
        except Exception:
            log.exception("sandbox clock tick failed")


async def _json(request: Request) -> dict[str, Any]:
    import orjson

    raw = await request.body()
    try:
        value = orjson.loads(raw) if raw else {}
    except orjson.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}


async def _faulty(
    state: State,
    request: Request,
    fault: Fault,
    connections: dict[tuple[str, int], asyncio.Transport],
) -> Response:
    """Answer with the fault instead of (or on top of) the real answer."""
    kind = fault.kind
    if kind == "reset":
        client = request.client
        transport = connections.get((client.host, client.port)) if client else None
        if transport is not None:
            sock = transport.get_extra_info("socket")
            if sock is not None:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            transport.abort()
        await asyncio.sleep(0)
        return Response(status_code=500)
    if kind == "html502":
        return HTMLResponse(_HTML_502, 502)
    if kind in ("429", "500", "503"):
        status = int(kind)
        name = state.router.provider_of(request.url.path) or "twilio"
        op, _params, _allowed = state.router.match(request.method, request.url.path)
        provider = state.providers[op.provider if op else name]
        ctx = _bare_ctx(state, provider, request.url.path)
        if op is not None:
            ctx.op = op
        codes = {"twilio": {429: 20429, 500: 20500, 503: 20503}}
        code = codes.get(provider.name, {}).get(status, status)
        text = {429: "Too Many Requests", 500: "Internal Server Error", 503: "Service Unavailable"}
        response = provider.error(ctx, status, code, text[status], None)
        response.status_code = status
        if status == 429:
            response.headers["Retry-After"] = f"{fault.retry_after:g}"
        return response
    if kind == "slow":
        await asyncio.sleep(fault.delay)
        return await state.handle(request)
    real = await state.handle(request)
    body = bytes(real.body)
    if kind == "truncated":
        cut = body[: max(1, len(body) // 2)]
        return Response(cut, 200, media_type="application/json")
    # trickle: the real answer, spread over `delay` seconds in small pieces
    pieces = [
        body[i : i + max(1, len(body) // 10)] for i in range(0, len(body), max(1, len(body) // 10))
    ]
    gap = fault.delay / max(1, len(pieces))

    async def stream() -> AsyncIterator[bytes]:
        for piece in pieces:
            yield piece
            await asyncio.sleep(gap)

    headers = {k: v for k, v in real.headers.items() if k.lower() != "content-length"}
    headers["Content-Length"] = str(len(body))
    return StreamingResponse(stream(), real.status_code, headers=headers)
