"""The generic sandbox: route, authenticate, validate, then store, list, fetch, update, delete.

Every operation of every spec is served from the generated data
(`trunkline_generated/_sandbox`): what it stores, where, with which id. A
provider adds only behaviour (`ProviderBase.behaviours`, `lifecycles`); a new
operation in a spec needs no sandbox code.

Time is the sandbox's clock: `manual` moves only when told (`advance`), `real`
follows the wall clock. Lifecycle steps and webhook deliveries are events on
that clock, kept in the store, so a sandbox restarted on the same file picks
them up where it stopped.
"""

from __future__ import annotations

import asyncio
import base64
import logging
import time
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlencode

import orjson
from starlette.requests import Request
from starlette.responses import Response

from ._base import Ctx, HTTPFailure, ProviderBase, json_response, new_id
from ._faults import Faults
from ._routes import PROVIDERS, Collection, Op, ProviderData, Router, load
from ._schema import MISSING, SchemaError, format_time, parse_time
from ._store import Store

if TYPE_CHECKING:
    import httpx

__all__ = ["Clock", "State"]

log = logging.getLogger("trunkline.sandbox")

_RETRY_DELAYS = (1.0, 2.0, 4.0, 8.0)  # seconds of sandbox time before attempts 2..5
_CREATED = ("date_created", "createdAt", "created_at", "date_submitted")
_UPDATED = ("date_updated", "updatedAt", "updated_at")
_PARAM_NAME = "{%s}"
_MAX_PAGE = 2**31 - 1  # larger page numbers and offsets read as "past the end"


class Clock:
    """Sandbox time: `manual` (moves on `advance`) or `real` (the wall clock, plus advances)."""

    def __init__(self, mode: str, start: float | None = None) -> None:
        if mode not in ("manual", "real"):
            raise ValueError(f"clock must be 'manual' or 'real', not {mode!r}")
        self.mode = mode
        self._manual = start if start is not None else time.time()
        self._offset = 0.0 if start is None else start - time.time()
        if mode == "real":
            self._offset = max(self._offset, 0.0)

    def now(self) -> float:
        """Sandbox time, Unix seconds."""
        return self._manual if self.mode == "manual" else time.time() + self._offset

    def datetime(self) -> datetime:
        """Sandbox time as an aware datetime."""
        return datetime.fromtimestamp(self.now(), UTC)

    def move_to(self, when: float) -> None:
        """Set a manual clock forward (never back)."""
        if self.mode == "manual":
            self._manual = max(self._manual, when)

    def skip(self, seconds: float) -> float:
        """Move the clock `seconds` on; return the new time."""
        if self.mode == "manual":
            self._manual += seconds
        else:
            self._offset += seconds
        return self.now()


class State:
    """Everything one sandbox holds: store, clock, data, providers, faults."""

    def __init__(self, db: str | None, clock: str, faults: Faults | None = None) -> None:
        self.store = Store(db)
        saved_clock = self.store.get_meta("clock")
        self.clock = Clock(clock, saved_clock)
        self.faults = faults or Faults()
        self.url = "http://127.0.0.1"
        self.loop: asyncio.AbstractEventLoop | None = None
        self._http: httpx.AsyncClient | None = None
        self._lock: asyncio.Lock | None = None
        datas = [load(name) for name in PROVIDERS]
        self.router = Router(datas)
        from ._messagebird import MessageBird
        from ._twilio import Twilio
        from ._vonage import Vonage

        self.providers: dict[str, ProviderBase] = {
            "twilio": Twilio(self, datas[0]),
            "messagebird": MessageBird(self, datas[1]),
            "vonage": Vonage(self, datas[2]),
        }
        saved = self.store.get_meta("credentials")
        if saved is None:
            saved = {name: p.seed() for name, p in self.providers.items()}
            self.store.set_meta("credentials", saved)
        self.saved = saved
        self._parents = {
            op.key: _parents(op, self.providers[op.provider].data) for d in datas for op in d.ops
        }

    # ------------------------------------------------------------------ what users see

    def credentials(self) -> dict[str, dict[str, Any]]:
        """Each provider's `Client` keyword arguments for this sandbox."""
        return {n: p.credentials(self.saved[n]) for n, p in self.providers.items()}

    def signing_keys(self) -> dict[str, str]:
        """The secret each provider's webhooks are signed with."""
        return {n: p.signing_key(self.saved[n]) for n, p in self.providers.items()}

    def close(self) -> None:
        """Save the clock and close the store."""
        self.store.set_meta("clock", self.clock.now())
        self.store.close()

    # ------------------------------------------------------------------ requests

    async def handle(self, request: Request) -> Response:
        """Answer one API request."""
        path = request.url.path
        op, path_params, allowed = self.router.match(request.method, path)
        if op is None:
            provider = self.providers.get(self.router.provider_of(path) or "twilio")
            assert provider is not None
            bare = _bare_ctx(self, provider, path)
            if not allowed:
                return provider.not_found(bare, path)
            text = f"Method {request.method} not allowed (use {', '.join(allowed)})"
            return provider.error(
                bare, 405, 20004 if provider.name == "twilio" else 405, text, None
            )
        provider = self.providers[op.provider]
        raw = await request.body()
        query = parse_qs(request.url.query, keep_blank_values=True)
        form: dict[str, list[str]] = {}
        json_body: Any = None
        media = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
        if raw and media == "application/x-www-form-urlencoded":
            form = parse_qs(raw.decode("utf-8", "replace"), keep_blank_values=True)
        elif raw and (media == "application/json" or (op.body or {}).get("media") == "json"):
            try:
                json_body = orjson.loads(raw)
            except orjson.JSONDecodeError:
                json_body = MISSING
        raw_path = request.scope.get("raw_path") or path.encode()
        link_path = raw_path.decode("latin-1").partition("?")[0]
        ctx = Ctx(
            self, provider, op, link_path, path_params, query, form, json_body, request.headers, raw
        )
        try:
            ctx.principal = provider.authenticate(ctx)
            self._read_inputs(ctx)
            self._check_parents(ctx)
            behaviour = provider.behaviours.get(op.id)
            if behaviour is not None:
                return await behaviour(ctx)
            return await self.generic(ctx)
        except HTTPFailure as failure:
            return failure.response
        except Exception:
            log.exception("sandbox: %s %s failed", request.method, path)
            return ctx.error(500, 500 if provider.name != "twilio" else 20500, "Sandbox error")

    def _read_inputs(self, ctx: Ctx) -> None:
        op, schemas = ctx.op, ctx.data.schemas
        skip = ctx.provider.credential_params
        try:
            for param in op.params:
                name, where = param["name"], param["in"]
                if where == "path":
                    value: Any = schemas.coerce([ctx.path_params[name]], param["schema"], name)
                elif where == "query" and name in ctx.query and name not in skip:
                    value = schemas.coerce(ctx.query[name], param["schema"], name)
                elif where == "header" and name in ctx.headers:
                    value = schemas.coerce([ctx.headers[name]], param["schema"], name)
                else:
                    if param.get("required") and name not in skip:
                        raise SchemaError(name, "is required")
                    continue
                schemas.validate(value, param["schema"], name)
                ctx.inputs[name] = value
            body = op.body
            if body is None:
                return
            schema = body["schema"]
            if body["media"] == "form":
                props = schemas.properties(schema)
                values: dict[str, Any] = {}
                for name, raw in ctx.form.items():
                    if name in skip:
                        continue
                    values[name] = (
                        schemas.coerce(raw, props[name], name) if name in props else raw[-1]
                    )
                if not ctx.form and not body.get("required"):
                    return
                schemas.validate(values, schema, "")
            else:
                if ctx.json_body is MISSING:
                    raise SchemaError("body", "is not valid JSON")
                if ctx.json_body is None:
                    if body.get("required"):
                        raise SchemaError("body", "is required (a JSON object)")
                    return
                values = ctx.json_body
                schemas.validate(values, schema, "")
                if not isinstance(values, dict):
                    ctx.inputs["body"] = values
                    return
            ctx.inputs.update(values)
        except SchemaError as exc:
            raise HTTPFailure(ctx.provider.invalid(ctx, exc)) from None

    def _check_parents(self, ctx: Ctx) -> None:
        for template, name in self._parents[ctx.op.key]:
            coll = concrete(template, ctx.path_params)
            if self.store.get(coll, ctx.path_params[name]) is None:
                raise HTTPFailure(ctx.provider.not_found(ctx, f"{coll}/{ctx.path_params[name]}"))

    # ------------------------------------------------------------------ generic behaviour

    async def generic(self, ctx: Ctx) -> Response:
        """Serve an operation from the spec alone, by its kind."""
        kind = ctx.op.kind
        if kind == "create":
            _coll, _record_id, record = self.create(ctx)
            return self.respond(ctx, record)
        if kind == "list":
            return json_response(self.list_page(ctx))
        if kind == "fetch":
            return self.respond(ctx, self.fetch(ctx))
        if kind == "update":
            return self.respond(ctx, self.update(ctx))
        if kind == "delete":
            self.delete(ctx)
            return Response(status_code=ctx.op.response["status"])
        return self.synthesized(ctx)

    def collection(self, ctx: Ctx) -> Collection | None:
        """The collection an operation works on, if the specs define one."""
        return ctx.data.collections.get(ctx.op.collection)

    def coll_path(self, ctx: Ctx) -> str:
        """The operation's collection with its path parameters filled in."""
        return concrete(ctx.op.collection, ctx.path_params)

    def build(
        self, ctx: Ctx, coll: Collection, base: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        """A record of `coll` from the request's inputs (over `base`, or the schema's defaults)."""
        schemas = ctx.data.schemas
        props = schemas.properties(coll.record)
        record = base if base is not None else schemas.example(coll.record, ctx.now)
        skip = ctx.provider.credential_params | ctx.provider.paging_params
        for name, value in ctx.inputs.items():
            if name in skip:
                continue
            field = ctx.op.fields.get(name, name)
            if field in props and field != coll.id_field:
                converted = schemas.convert(value, props[field])
                if converted is not MISSING:
                    record[field] = converted
        for name in _UPDATED if base is not None else (*_CREATED, *_UPDATED):
            if name in props:
                record[name] = format_time(ctx.now, schemas.resolve(props[name]).get("format"))
        return record

    def create(
        self, ctx: Ctx, hidden: dict[str, Any] | None = None
    ) -> tuple[str, str, dict[str, Any]]:
        """Store a new record from the request; start its lifecycle. (collection, id, record)"""
        coll = self.collection(ctx)
        if coll is None:
            raise HTTPFailure(ctx.error(500, 500, f"{ctx.op.id}: nothing to create into"))
        record = self.build(ctx, coll)
        record_id = new_id(coll.id_shape)
        if coll.id_field:
            record[coll.id_field] = record_id
        path = self.coll_path(ctx)
        ctx.provider.decorate(ctx, path, record_id, record)
        lifecycle = ctx.op.sandbox.get("lifecycle")
        if lifecycle:
            ctx.provider.lifecycles[lifecycle](ctx, record_id, record)
        self.store.put(path, record_id, record, self.clock.now(), hidden)
        return path, record_id, record

    def fetch(self, ctx: Ctx) -> dict[str, Any]:
        """The record the path names, or the provider's 404."""
        coll = self.collection(ctx)
        path = self.coll_path(ctx)
        record_id = ctx.path_params[ctx.op.id_param or ""]
        record = self.store.get(path, record_id)
        if record is not None:
            return record
        if coll is not None and self._made_up(ctx, coll):
            return self.made_up(ctx, coll, record_id)
        raise HTTPFailure(ctx.provider.not_found(ctx, f"{path}/{record_id}"))

    def _made_up(self, ctx: Ctx, coll: Collection) -> bool:
        """A read-only collection whose ids are not the sandbox's own (a pricing country, a
        looked-up number): every id exists, made from the path."""
        creates = any(o.kind == "create" and o.collection == coll.path for o in ctx.data.ops)
        return not creates and "prefix" not in coll.id_shape

    def made_up(self, ctx: Ctx, coll: Collection, record_id: str) -> dict[str, Any]:
        """A record of a read-only collection, from the path."""
        record = self.build(ctx, coll)
        if coll.id_field:
            converted = ctx.data.schemas.convert(
                record_id, ctx.data.schemas.properties(coll.record)[coll.id_field]
            )
            if converted is not MISSING:
                record[coll.id_field] = converted
        ctx.provider.decorate(ctx, self.coll_path(ctx), record_id, record)
        return record

    def update(self, ctx: Ctx, changes: dict[str, Any] | None = None) -> dict[str, Any]:
        """Change the record the path names with the request's inputs (and `changes`)."""
        record = self.fetch(ctx)
        coll = self.collection(ctx)
        assert coll is not None
        record = self.build(ctx, coll, record)
        record.update(changes or {})
        self.store.put(self.coll_path(ctx), ctx.path_params[ctx.op.id_param or ""], record, 0)
        return record

    def delete(self, ctx: Ctx) -> None:
        """Remove the record the path names, or the provider's 404."""
        path = self.coll_path(ctx)
        record_id = ctx.path_params[ctx.op.id_param or ""]
        if not self.store.delete(path, record_id):
            raise HTTPFailure(ctx.provider.not_found(ctx, f"{path}/{record_id}"))

    def respond(self, ctx: Ctx, record: Any) -> Response:
        """A record as the operation answers it."""
        response = ctx.op.response
        if response["media"] == "none":
            return Response(status_code=response["status"])
        return json_response(ctx.provider.wrap(ctx, record), response["status"])

    def synthesized(self, ctx: Ctx, extra: dict[str, Any] | None = None) -> Response:
        """An answer made from the response schema (a statistic, a command's receipt)."""
        response = ctx.op.response
        if response["media"] == "none":
            return Response(status_code=response["status"])
        if response["media"] == "binary":
            return Response(
                _SILENCE if "wav" in response.get("type", "") else b"\0",
                200,
                media_type=response.get("type"),
            )
        if response["media"] == "text":
            return Response("Hello from the trunkline sandbox.", 200, media_type=response["type"])
        schemas = ctx.data.schemas
        body = schemas.example(response.get("schema"), ctx.now)
        if isinstance(body, dict):
            props = schemas.properties(response.get("schema"))
            for name, value in {**ctx.path_params, **ctx.inputs}.items():
                field = ctx.op.fields.get(name, name)
                if field in props:
                    converted = schemas.convert(value, props[field])
                    if converted is not MISSING:
                        body[field] = converted
            body.update(extra or {})
        return json_response(body, response["status"])

    # ------------------------------------------------------------------ lists

    def list_page(self, ctx: Ctx, coll: str | None = None) -> dict[str, Any]:
        """One page of a list operation, filtered and newest first, in the provider's envelope."""
        provider, schemas = ctx.provider, ctx.data.schemas
        path = coll or self.coll_path(ctx)
        filters = []
        collection = self.collection(ctx)
        props = schemas.properties(collection.record) if collection else {}
        for name, value in ctx.inputs.items():
            if name in provider.paging_params or name in ctx.path_params:
                continue
            if name in provider.credential_params:
                continue
            found = provider.filter_field(ctx, name)
            if found is None or found[0] not in props:
                continue
            filters.append((found[0], found[1], value, schemas.resolve(props[found[0]])))
        size, page, cursor, offset = provider_paging(ctx)
        matched: list[dict[str, Any]] = []
        last: tuple[float, int] | None = None
        skipped = 0
        has_more = False
        order = str(ctx.inputs.get("order", "desc")).lower() != "asc"
        for created, seq, record in self.store.scan(path, newest_first=order, after=cursor):
            if not all(_matches(record.get(f), op, v, s) for f, op, v, s in filters):
                continue
            if skipped < offset:
                skipped += 1
                continue
            if len(matched) == size:
                has_more = True
                break
            matched.append(record)
            last = (created, seq)
        total = None
        if not filters and cursor is None:
            total = self.store.count(path)
        next_query = None
        if has_more and last is not None:
            token = base64.urlsafe_b64encode(orjson.dumps(list(last))).decode().rstrip("=")
            next_query = {"token": "PA" + token, "offset": str(offset + size)}
        return provider.page(ctx, matched, page=page, size=size, total=total, next_query=next_query)

    # ------------------------------------------------------------------ events and webhooks

    def schedule(self, delay: float, kind: str, data: dict[str, Any]) -> None:
        """Run the event `kind` (a provider's handler) `delay` seconds of sandbox time from now."""
        self.store.schedule(self.clock.now() + delay, kind, data)

    async def advance(self, seconds: float) -> None:
        """Move the clock on, running every event that falls due on the way, in order."""
        lock = self._ensure_lock()
        async with lock:
            target = self.clock.now() + seconds
            await self._run_due(target)
            self.clock.move_to(target)
            if self.clock.mode == "real":
                self.clock.skip(max(0.0, target - self.clock.now()))

    async def tick(self) -> None:
        """Run what the real clock has made due (the real-time ticker calls this)."""
        lock = self._ensure_lock()
        async with lock:
            await self._run_due(self.clock.now())

    def _ensure_lock(self) -> asyncio.Lock:
        if self._lock is None:
            self._lock = asyncio.Lock()
        return self._lock

    async def _run_due(self, until: float) -> None:
        while True:
            event = self.store.next_due(until)
            if event is None:
                return
            due, kind, data = event
            self.clock.move_to(due)
            provider, _, name = kind.partition(".")
            try:
                if provider == "webhook":
                    await self._attempt(data)
                else:
                    await self.providers[provider].events[name](data)
            except Exception:
                log.exception("sandbox event %s failed", kind)

    def webhook(
        self,
        provider: str,
        event: str,
        url: str,
        *,
        method: str = "POST",
        form: dict[str, Any] | None = None,
        json: Any = None,
        delay: float = 0.0,
        extra: dict[str, Any] | None = None,
    ) -> None:
        """Deliver a webhook `delay` seconds from now (signed, retried with backoff, logged)."""
        self.schedule(
            delay,
            "webhook",
            {
                "provider": provider,
                "event": event,
                "url": url,
                "method": method.upper(),
                "form": form,
                "json": json,
                "attempt": 1,
                "extra": extra or {},
            },
        )

    async def send(self, data: dict[str, Any]) -> httpx.Response | None:
        """One signed request of a webhook; the answer, or None if it could not be delivered."""
        import httpx

        provider = self.providers[data["provider"]]
        url, headers, body = provider.sign_webhook(data)  # type: ignore[attr-defined]
        entry: dict[str, Any] = {
            "at": self.clock.now(),
            "provider": data["provider"],
            "event": data["event"],
            "method": data["method"],
            "url": url,
            "attempt": data["attempt"],
            "headers": headers,
            "body": body,
        }
        if self._http is None:
            self._http = httpx.AsyncClient(timeout=5.0, trust_env=False)
        try:
            answer = await self._http.request(data["method"], url, headers=headers, content=body)
        except httpx.HTTPError as exc:
            entry["error"] = f"{type(exc).__name__}: {exc}"[:300]
            self.store.log_webhook(entry)
            return None
        entry["status"] = answer.status_code
        self.store.log_webhook(entry)
        return answer

    async def _attempt(self, data: dict[str, Any]) -> None:
        answer = await self.send(data)
        if answer is not None and answer.is_success:
            return
        attempt = int(data["attempt"])
        if attempt > len(_RETRY_DELAYS):
            return
        self.schedule(_RETRY_DELAYS[attempt - 1], "webhook", {**data, "attempt": attempt + 1})

    async def aclose(self) -> None:
        """Close the webhook client."""
        if self._http is not None:
            await self._http.aclose()
            self._http = None


def provider_paging(ctx: Ctx) -> tuple[int, int, tuple[float, int] | None, int]:
    """(page size, page index, cursor, offset) from a list request's paging inputs."""
    inputs = ctx.inputs
    size = int(
        inputs.get("PageSize") or inputs.get("perPage") or inputs.get("page_size") or 0
    ) or int(getattr(ctx.provider, "default_page_size", 50))
    page = min(int(inputs.get("Page") or inputs.get("page") or 0), _MAX_PAGE)
    cursor = None
    token = inputs.get("PageToken")
    if isinstance(token, str) and token.startswith("PA"):
        try:
            raw = token[2:] + "=" * (-len(token[2:]) % 4)
            created, seq = orjson.loads(base64.urlsafe_b64decode(raw))
            cursor = (float(created), int(seq))
        except (ValueError, TypeError):
            cursor = None
    offset = 0
    if "record_index" in inputs:
        offset = int(inputs["record_index"])
    elif "page" in inputs and ctx.provider.name != "twilio":
        offset = max(0, (page - 1)) * size
    return size, page, cursor, min(offset, _MAX_PAGE)


def concrete(template: str, params: dict[str, str]) -> str:
    """A path template with its parameters filled in."""
    out = template
    for name, value in params.items():
        out = out.replace(_PARAM_NAME % name, value)
    return out


def _parents(op: Op, data: ProviderData) -> list[tuple[str, str]]:
    """(collection, id parameter) of every record an operation's path goes through."""
    segments = op.path.split("/")
    found = []
    last = len(segments) - 1 if op.kind in ("fetch", "update", "delete") else len(segments)
    for i, segment in enumerate(segments[:last]):
        if not (segment.startswith("{") and segment.endswith("}")) and not (
            segment.startswith("{") and "}." in segment
        ):
            continue
        name = segment[1 : segment.index("}")]
        template = "/".join(segments[:i]).removesuffix(".json")
        if (template in data.collections and "prefix" in data.collections[template].id_shape) or (
            template in data.collections and _creatable(template, data)
        ):
            found.append((template, name))
    return found


def _creatable(template: str, data: ProviderData) -> bool:
    return any(o.kind == "create" and o.collection == template for o in data.ops)


def _matches(field: Any, op: str, value: Any, schema: dict[str, Any]) -> bool:
    fmt = schema.get("format")
    if op in ("<", ">=", "<=", "day") or fmt in ("date-time", "date-time-rfc-2822", "date"):
        have = _as_time(field, fmt)
        want = parse_time(str(value)) if isinstance(value, str) else None
        if have is None or want is None:
            return False
        day_only = isinstance(value, str) and len(value) == 10
        if day_only:
            have = have.replace(hour=0, minute=0, second=0)
        if op == "<":
            return have < want
        if op == ">=":
            return have >= want
        if op == "<=":
            return have <= want
        return have == want if not day_only else have.date() == want.date()
    if isinstance(field, dict) and "number" in field:
        field = field["number"]
    return str(field).lower() == str(value).lower().removeprefix("+") or str(field) == str(value)


def _as_time(value: Any, fmt: str | None) -> datetime | None:
    if not isinstance(value, str):
        return None
    if fmt == "date-time-rfc-2822":
        from email.utils import parsedate_to_datetime

        try:
            return parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
    return parse_time(value)


def _bare_ctx(state: State, provider: ProviderBase, path: str) -> Ctx:
    from ._routes import Op

    op = Op(provider.name, "", "", "GET", path, "", "", "", [], {}, [])
    return Ctx(state, provider, op, path, {}, {}, {}, None, {}, b"")


# 0.1 s of 8 kHz mono silence: what a recording download answers.
_SILENCE = (
    b"RIFF"
    + (36 + 800).to_bytes(4, "little")
    + b"WAVEfmt "
    + (16).to_bytes(4, "little")
    + (1).to_bytes(2, "little")
    + (1).to_bytes(2, "little")
    + (8000).to_bytes(4, "little")
    + (8000).to_bytes(4, "little")
    + (1).to_bytes(2, "little")
    + (8).to_bytes(2, "little")
    + b"data"
    + (800).to_bytes(4, "little")
    + b"\x80" * 800
)


def form_body(fields: Iterable[tuple[str, str]]) -> bytes:
    """A form body."""
    return urlencode(list(fields)).encode()
