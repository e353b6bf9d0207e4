"""MessageBird Voice in the sandbox: `AccessKey` auth, `{data: [...]}` envelopes, call legs.

A call goes queued -> starting -> ongoing -> ended with one outgoing leg
(starting -> ringing -> ongoing -> hangup); a call flow that records leaves a
recording on the leg. Each step is posted to the call's `webhook.url` and to
every registered webhook, signed with `MessageBird-Signature-JWT` (the
webhook's token, else the account's signing key).
"""

from __future__ import annotations

import hmac
import secrets
import string
import time
import uuid
from typing import Any
from urllib.parse import quote

import orjson
from starlette.responses import Response

from ._base import Ctx, HTTPFailure, ProviderBase, json_response, new_id
from ._schema import SchemaError, format_time

__all__ = ["MessageBird"]

CALL_STEPS = (("starting", "ringing", 1.0), ("ongoing", "ongoing", 3.0), ("ended", "hangup", 8.0))
_ALPHANUMERIC = string.ascii_letters + string.digits


class MessageBird(ProviderBase):
    """MessageBird's hooks."""

    name = "messagebird"
    paging_params = frozenset({"page", "perPage"})
    default_page_size = 10

    def __init__(self, state: Any, data: Any) -> None:
        super().__init__(state, data)
        self.behaviours.update(
            AttachCallFlowNumbers=self._attach_numbers,
            ReplaceCallFlowNumbers=self._replace_numbers,
        )
        self.lifecycles.update(call=self._call_lifecycle)
        self.events.update(call=self._call_step)

    def seed(self) -> dict[str, Any]:
        """An access key and a webhook signing key."""
        return {
            "access_key": "".join(secrets.choice(_ALPHANUMERIC) for _ in range(25)),
            "signing_key": secrets.token_urlsafe(24),
        }

    def credentials(self, saved: dict[str, Any]) -> dict[str, Any]:
        """`Client(access_key=...)`."""
        return {"access_key": saved["access_key"]}

    def signing_key(self, saved: dict[str, Any]) -> str:
        """The account's signing key (dashboard: developer settings)."""
        return str(saved["signing_key"])

    def authenticate(self, ctx: Ctx) -> str | None:
        """`Authorization: AccessKey <key>`."""
        scheme, _, key = (ctx.headers.get("authorization") or "").partition(" ")
        want = str(self.state.saved["messagebird"]["access_key"])
        if scheme != "AccessKey" or not hmac.compare_digest(key.strip().encode(), want.encode()):
            raise HTTPFailure(
                self.error(ctx, 401, 2, "Request not allowed (incorrect access_key)", "access_key")
            )
        return "messagebird"

    def error(self, ctx: Ctx, status: int, code: Any, message: str, param: str | None) -> Response:
        """{"data": null, "errors": [{"code", "message", "description", "parameter"}]}."""
        item = {"code": code, "message": message, "description": message, "parameter": param}
        return json_response({"data": None, "errors": [item]}, status)

    def invalid(self, ctx: Ctx, exc: SchemaError) -> Response:
        """422 with code 21 (bad request) or 9 (missing)."""
        code = 9 if exc.reason == "is required" else 21
        return ctx.error(422, code, f"{exc.where}: {exc.reason}", exc.where or None)

    def not_found(self, ctx: Ctx, what: str) -> Response:
        """404 with code 13."""
        return ctx.error(404, 13, f"{what} not found", None)

    def decorate(self, ctx: Ctx, coll: str, record_id: str, record: dict[str, Any]) -> None:
        """`_links.self`."""
        coll, record_id = quote(coll, safe="/"), quote(record_id, safe="")
        if "_links" in record:
            record["_links"] = {"self": f"{coll}/{record_id}"}

    def wrap(self, ctx: Ctx, record: Any) -> Any:
        """One record is `data[0]`."""
        return {"data": [record], "_links": {"self": ctx.path}}

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
        """`data` and `pagination` (page counts from 1)."""
        current = max(page, 1)
        if total is None:
            total = (current - 1) * size + len(records) + (1 if next_query else 0)
        pages = max(1, -(-total // size))
        return {
            "data": records,
            "_links": {"self": f"{ctx.path}?page={current}&perPage={size}"},
            "pagination": {
                "totalCount": total,
                "pageCount": pages,
                "currentPage": current,
                "perPage": size,
            },
        }

    # ------------------------------------------------------------------ call flow numbers

    async def _attach_numbers(self, ctx: Ctx, *, replace: bool = False) -> Response:
        coll = self.state.coll_path(ctx)
        data = self.data.collections[ctx.op.collection]
        if replace:
            for _c, _s, old in list(self.state.store.scan(coll)):
                self.state.store.delete(coll, old["id"])
        have = {r.get("number") for _c, _s, r in self.state.store.scan(coll)}
        for number in ctx.inputs.get("numbers") or []:
            if number in have:
                continue
            record = self.data.schemas.example(data.record, ctx.now)
            record_id = new_id(data.id_shape)
            stamp = format_time(ctx.now, "date-time")
            record.update(
                id=record_id,
                number=number,
                callFlowId=ctx.path_params["callFlowId"],
                createdAt=stamp,
                updatedAt=stamp,
            )
            self.decorate(ctx, coll, record_id, record)
            self.state.store.put(coll, record_id, record, self.state.clock.now())
        return json_response(self.state.list_page(ctx, coll), ctx.op.response["status"])

    async def _replace_numbers(self, ctx: Ctx) -> Response:
        return await self._attach_numbers(ctx, replace=True)

    # ------------------------------------------------------------------ calls

    def _call_lifecycle(self, ctx: Ctx, record_id: str, record: dict[str, Any]) -> None:
        record.update(status="queued", endedAt=None, numberId=None)
        flow = ctx.inputs.get("callFlow") or {}
        webhook = ctx.inputs.get("webhook") or {}
        recorded = bool(flow.get("record")) or any(
            isinstance(s, dict) and s.get("action") == "record" for s in flow.get("steps") or []
        )
        legs = f"/calls/{record_id}/legs"
        leg_data = self.data.collections["/calls/{callId}/legs"]
        leg = self.data.schemas.example(leg_data.record, ctx.now)
        leg_id = new_id(leg_data.id_shape)
        leg.update(
            id=leg_id,
            callId=record_id,
            source=record.get("source"),
            destination=record.get("destination"),
            status="starting",
            direction="outgoing",
            cost=None,
            currency="EUR",
            duration=0,
            answeredAt=None,
            endedAt=None,
        )
        self.decorate(ctx, legs, leg_id, leg)
        self.state.store.put(legs, leg_id, leg, self.state.clock.now())
        settings = {"webhook": webhook, "leg": leg_id, "record": recorded}
        self.state.store.put("/calls", record_id, record, self.state.clock.now(), settings)
        for status, leg_status, delay in CALL_STEPS:
            self.state.schedule(
                delay,
                "messagebird.call",
                {"id": record_id, "status": status, "leg": leg_status},
            )

    async def _call_step(self, data: dict[str, Any]) -> None:
        call_id = data["id"]
        store = self.state.store
        record = store.get("/calls", call_id)
        settings = store.hidden("/calls", call_id) or {}
        if record is None or record.get("status") == "ended":
            return
        now = self.state.clock.datetime()
        stamp = format_time(now, "date-time")
        record.update(status=data["status"], updatedAt=stamp)
        legs = f"/calls/{call_id}/legs"
        leg = store.get(legs, settings.get("leg", "")) or {}
        if leg:
            leg.update(status=data["leg"], updatedAt=stamp)
            if data["leg"] == "ongoing":
                leg["answeredAt"] = stamp
        if data["status"] == "ended":
            record["endedAt"] = stamp
            if leg:
                leg["endedAt"] = stamp
                leg["duration"] = 5
                leg["cost"] = 0.012
                if settings.get("record"):
                    self._recording(legs, leg, now)
        store.put("/calls", call_id, record, 0)
        if leg:
            store.put(legs, leg["id"], leg, 0)
        payload = {"items": [{"type": "call", "payload": record}]}
        if leg:
            payload["items"].append({"type": "leg", "payload": leg})
        targets = []
        webhook = settings.get("webhook") or {}
        if webhook.get("url"):
            targets.append((webhook["url"], webhook.get("token")))
        for _c, _s, hook in store.scan("/webhooks"):
            targets.append(
                (
                    hook.get("url"),
                    (store.hidden("/webhooks", hook["id"]) or {}).get("token") or hook.get("token"),
                )
            )
        for url, token in targets:
            if url:
                self.state.webhook(
                    "messagebird",
                    f"call.{data['status']}",
                    url,
                    json=payload,
                    extra={"token": token},
                )

    def _recording(self, legs: str, leg: dict[str, Any], now: Any) -> None:
        coll = f"{legs}/{leg['id']}/recordings"
        data = self.data.collections["/calls/{callId}/legs/{legId}/recordings"]
        record = self.data.schemas.example(data.record, now)
        record_id = new_id(data.id_shape)
        stamp = format_time(now, "date-time")
        record.update(
            id=record_id,
            format="wav",
            legId=leg["id"],
            status="done",
            duration=5,
            type="ivr",
            createdAt=stamp,
            updatedAt=stamp,
            deletedAt=None,
            _links={"self": f"{coll}/{record_id}", "file": f"{coll}/{record_id}.wav"},
        )
        self.state.store.put(coll, record_id, record, self.state.clock.now())

    # ------------------------------------------------------------------ webhook signing

    def sign_webhook(self, data: dict[str, Any]) -> tuple[str, dict[str, str], bytes]:
        """JSON body, `MessageBird-Signature-JWT` over the URL and the body."""
        from ..messagebird._request_validator import _sign_webhook

        key = data["extra"].get("token") or self.state.saved["messagebird"]["signing_key"]
        body = orjson.dumps(data.get("json"))
        token = _sign_webhook(str(key), data["url"], body, now=time.time(), jti=str(uuid.uuid4()))
        headers = {"Content-Type": "application/json", "MessageBird-Signature-JWT": token}
        return data["url"], headers, body
