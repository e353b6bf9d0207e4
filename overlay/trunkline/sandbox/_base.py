"""What every provider of the sandbox shares: the request context and the provider hooks.

A provider (`_twilio.py`, `_messagebird.py`, `_vonage.py`) says only what the
specs cannot: how it authenticates, the shape of its errors and list pages,
and the behaviour of operations that do more than store a record (placing a
call, sending a message, checking a code). Everything else is generic
(`_engine.py`), driven by the generated data.
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

import orjson
from starlette.responses import Response

from ._schema import SchemaError

if TYPE_CHECKING:
    from ._engine import State
    from ._routes import Op, ProviderData

__all__ = ["Ctx", "HTTPFailure", "ProviderBase", "json_response", "new_id"]

Handler = Callable[["Ctx"], Awaitable[Response]]
EventHandler = Callable[[dict[str, Any]], Awaitable[None]]


def json_response(
    payload: Any, status: int = 200, headers: Mapping[str, str] | None = None
) -> Response:
    """A JSON answer."""
    return Response(orjson.dumps(payload), status, dict(headers or {}), "application/json")


def new_id(shape: Mapping[str, Any]) -> str:
    """A fresh id of a shape: `{"prefix": "CA", "shape": "hex32"}`, `uuid`, `HEX16`, `digits6`."""
    kind = str(shape.get("shape", "uuid"))
    prefix = str(shape.get("prefix", ""))
    if kind == "uuid":
        return prefix + str(uuid.uuid4())
    if kind.startswith("hex"):
        return prefix + secrets.token_hex(int(kind[3:]) // 2 + 1)[: int(kind[3:])]
    if kind.startswith("HEX"):
        return prefix + secrets.token_hex(int(kind[3:]) // 2 + 1)[: int(kind[3:])].upper()
    if kind.startswith("digits"):
        return prefix + "".join(secrets.choice("0123456789") for _ in range(int(kind[6:])))
    raise ValueError(f"unknown id shape {kind!r}")


class HTTPFailure(Exception):
    """Stops a request with this answer (a provider's error body)."""

    def __init__(self, response: Response) -> None:
        super().__init__(response.status_code)
        self.response = response


class Ctx:
    """One request as the sandbox handles it."""

    def __init__(
        self,
        state: State,
        provider: ProviderBase,
        op: Op,
        path: str,
        path_params: dict[str, str],
        query: dict[str, list[str]],
        form: dict[str, list[str]],
        json_body: Any,
        headers: Mapping[str, str],
        raw_body: bytes,
    ) -> None:
        self.state = state
        self.provider = provider
        self.op = op
        self.path = path
        self.path_params = path_params
        self.query = query
        self.form = form
        self.json_body = json_body
        self.headers = headers
        self.raw_body = raw_body
        self.inputs: dict[str, Any] = {}  # wire name -> typed value (path, query, body)
        self.principal: str | None = None  # the account the credentials belong to
        self.now: datetime = state.clock.datetime()

    @property
    def data(self) -> ProviderData:
        """The provider's generated data."""
        return self.provider.data

    @property
    def origin(self) -> str:
        """The sandbox's URL."""
        return self.state.url

    def error(self, status: int, code: Any, message: str, param: str | None = None) -> Response:
        """The provider's error answer."""
        return self.provider.error(self, status, code, message, param)


class ProviderBase:
    """Default hooks; each provider overrides what differs."""

    name = ""
    #: Paging parameters of list operations (never filters).
    paging_params: frozenset[str] = frozenset()
    #: Inputs that carry credentials (never record fields or filters).
    credential_params: frozenset[str] = frozenset()

    def __init__(self, state: State, data: ProviderData) -> None:
        self.state = state
        self.data = data
        self.behaviours: dict[str, Handler] = {}
        self.lifecycles: dict[str, Callable[[Ctx, str, dict[str, Any]], None]] = {}
        self.events: dict[str, EventHandler] = {}

    # ------------------------------------------------------------------ setup

    def seed(self) -> dict[str, Any]:
        """Make the account and its credentials in a fresh store; return what `credentials`
        reads back on every start."""
        return {}

    def credentials(self, saved: dict[str, Any]) -> dict[str, Any]:
        """The `Client` keyword arguments that authenticate against the sandbox."""
        return dict(saved)

    def signing_key(self, saved: dict[str, Any]) -> str:
        """The secret the sandbox signs this provider's webhooks with."""
        return ""

    # ------------------------------------------------------------------ per request

    def authenticate(self, ctx: Ctx) -> str | None:
        """The principal of valid credentials, or raise HTTPFailure with the provider's 401."""
        return None

    def error(self, ctx: Ctx, status: int, code: Any, message: str, param: str | None) -> Response:
        """The provider's error body."""
        return json_response({"code": code, "message": message}, status)

    def invalid(self, ctx: Ctx, exc: SchemaError) -> Response:
        """A request that breaks the spec."""
        return ctx.error(400, 400, f"Invalid parameter {exc.where}: {exc.reason}", exc.where)

    def not_found(self, ctx: Ctx, what: str) -> Response:
        """A record that does not exist."""
        return ctx.error(404, 404, f"The requested resource {what} was not found")

    def decorate(self, ctx: Ctx, coll: str, record_id: str, record: dict[str, Any]) -> None:
        """Fill in links and URIs of a new record."""

    def wrap(self, ctx: Ctx, record: Any) -> Any:
        """A single record as the operation answers it."""
        return record

    def page(
        self,
        ctx: Ctx,
        records: list[dict[str, Any]],
        *,
        page: int,
        size: int,
        total: int | None,
        next_query: dict[str, str] | None,
    ) -> dict[str, Any]:
        """A list answer: the records in the provider's paging envelope."""
        return {"items": records}

    def filter_field(self, ctx: Ctx, name: str) -> tuple[str, str] | None:
        """(record field, comparison) of a list filter: `=`, `<`, `>=`, `<=`, `day`."""
        base = name.rstrip("<>")
        field = ctx.op.fields.get(name) or ctx.op.fields.get(base) or base
        if name.endswith("<"):
            return field, "<"
        if name.endswith(">"):
            return field, ">="
        return field, "="
