"""Twilio in the sandbox: Basic auth, Twilio's errors and pages, calls, messages, conferences.

Calls go queued -> ringing -> in-progress -> completed and messages queued ->
sent -> delivered on the sandbox clock; each step posts the status callback
the request asked for (`StatusCallback`, `StatusCallbackEvent`), signed with
`X-Twilio-Signature` exactly as Twilio signs it (trunkline's `RequestValidator`).
A call that answers fetches its TwiML (`Url`, signed too, or `Twiml`); a
`<Dial><Conference>` in it puts the call in that conference.
"""

from __future__ import annotations

import base64
import hmac
import re
import secrets
from typing import Any
from urllib.parse import quote, urlencode

from starlette.responses import Response

from ._base import Ctx, HTTPFailure, ProviderBase, json_response, new_id
from ._schema import SchemaError, format_time

__all__ = ["Twilio"]

ACCOUNTS = "/2010-04-01/Accounts"
API_VERSION = "2010-04-01"
_E164 = re.compile(r"^\+[1-9][0-9]{6,14}$")
_ENDPOINT = re.compile(r"^(\+[1-9][0-9]{6,14}|client:.+|sip:.+|sim:.+)$")
_CONFERENCE = re.compile(r"<Conference\b[^>]*>([^<]+)</Conference>")
# Seconds after the create at which a call reaches each status.
CALL_STEPS = (("ringing", 1.0), ("in-progress", 3.0), ("completed", 8.0))
MESSAGE_STEPS = (("sent", 1.0), ("delivered", 2.0))
_EVENT_OF = {"queued": "initiated", "ringing": "ringing", "in-progress": "answered"}


class Twilio(ProviderBase):
    """Twilio's hooks."""

    name = "twilio"
    paging_params = frozenset({"PageSize", "Page", "PageToken"})
    default_page_size = 50

    def __init__(self, state: Any, data: Any) -> None:
        super().__init__(state, data)
        self.behaviours.update(
            CreateAccount=self._create_account,
            CreateNewKey=self._create_key,
            CreateCall=self._create_call,
            CreateMessage=self._create_message,
            UpdateCall=self._update_call,
        )
        self.lifecycles.update(
            call=self._call_lifecycle,
            message=self._message_lifecycle,
            participant=self._participant_lifecycle,
        )
        self.events.update(call=self._call_step, message=self._message_step)

    # ------------------------------------------------------------------ account

    def seed(self) -> dict[str, Any]:
        """The main account: AC + 32 hex, with a fresh auth token."""
        sid = new_id({"prefix": "AC", "shape": "hex32"})
        token = secrets.token_hex(16)
        self._store_account(sid, token, sid, "trunkline sandbox")
        return {"account_sid": sid, "auth_token": token}

    def _store_account(self, sid: str, token: str, owner: str, name: str) -> dict[str, Any]:
        schemas = self.data.schemas
        now = self.state.clock.datetime()
        record: dict[str, Any] = schemas.example(self.data.collections[ACCOUNTS].record, now)
        record.update(
            sid=sid,
            auth_token=token,
            owner_account_sid=owner,
            friendly_name=name,
            status="active",
            type="Full",
            uri=f"{ACCOUNTS}/{sid}.json",
            date_created=format_time(now, "date-time-rfc-2822"),
            date_updated=format_time(now, "date-time-rfc-2822"),
        )
        self.state.store.put(ACCOUNTS, sid, record, self.state.clock.now())
        return record

    def signing_key(self, saved: dict[str, Any]) -> str:
        """Twilio signs webhooks with the account's auth token."""
        return str(saved["auth_token"])

    def authenticate(self, ctx: Ctx) -> str | None:
        """Basic auth: an account SID and its auth token, or an API key SID and its secret."""
        user, password = _basic(ctx.headers.get("authorization"))
        principal = None
        if user.startswith("AC"):
            account = self.state.store.get(ACCOUNTS, user)
            token = str((account or {}).get("auth_token") or "")
            if token and hmac.compare_digest(token.encode(), password.encode()):
                principal = user
        elif user.startswith("SK"):
            found = self.state.store.find("/Keys", user)
            if found and hmac.compare_digest(
                str(found[1].get("secret", "")).encode(), password.encode()
            ):
                principal = found[0].split("/")[3]
        if principal is None:
            raise HTTPFailure(
                self.error(ctx, 401, 20003, "Authenticate", None, {"WWW-Authenticate": "Basic"})
            )
        target = ctx.path_params.get("AccountSid") or (
            ctx.path_params.get("Sid") if ctx.op.collection == ACCOUNTS else None
        )
        if target and target != principal:
            owner = (self.state.store.get(ACCOUNTS, target) or {}).get("owner_account_sid")
            if owner != principal:
                raise HTTPFailure(self.not_found(ctx, ctx.path))
        return principal

    # ------------------------------------------------------------------ shapes

    def error(
        self,
        ctx: Ctx,
        status: int,
        code: Any,
        message: str,
        param: str | None,
        headers: dict[str, str] | None = None,
    ) -> Response:
        """{"code", "message", "more_info", "status"}."""
        body = {
            "code": code,
            "message": message,
            "more_info": f"https://www.twilio.com/docs/errors/{code}",
            "status": status,
        }
        return json_response(body, status, headers)

    def invalid(self, ctx: Ctx, exc: SchemaError) -> Response:
        """Twilio's 400 for a missing or bad parameter."""
        if exc.reason == "is required":
            return ctx.error(
                400,
                21604 if exc.where == "To" else 20001,
                f"Required parameter {exc.where} missing.",
                exc.where,
            )
        return ctx.error(400, 20001, f"Invalid parameter {exc.where}: {exc.reason}", exc.where)

    def not_found(self, ctx: Ctx, what: str) -> Response:
        """Twilio's 20404."""
        return ctx.error(404, 20404, f"The requested resource {what} was not found")

    def decorate(self, ctx: Ctx, coll: str, record_id: str, record: dict[str, Any]) -> None:
        """`uri` (2010 API, host-relative) or `url` (other products, absolute)."""
        coll, record_id = quote(coll, safe="/"), quote(record_id, safe="")
        if coll.startswith("/2010-04-01"):
            if "uri" in record:
                record["uri"] = f"{coll}/{record_id}.json"
            if record.get("api_version", 0) is None or "api_version" in record:
                record["api_version"] = API_VERSION
        elif "url" in record:
            record["url"] = f"{ctx.origin}{coll}/{record_id}"

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
        """The 2010 API's envelope (`next_page_uri`) or the products' `meta` block."""
        key = (ctx.op.items or "items").split(".")[-1]
        kept = {k: v for k, vs in ctx.query.items() for v in vs[-1:] if k not in self.paging_params}
        base = {**kept, "PageSize": str(size)}
        first = f"{ctx.path}?{urlencode({**base, 'Page': '0'})}"
        current = f"{ctx.path}?{urlencode({**base, 'Page': str(page)})}"
        after = None
        if next_query is not None:
            query = {**base, "Page": str(page + 1), "PageToken": next_query["token"]}
            after = f"{ctx.path}?{urlencode(query)}"
        if self.data.apis[ctx.op.api]["paging"] == "twilio":
            return {
                key: records,
                "end": page * size + max(len(records) - 1, 0),
                "first_page_uri": first,
                "next_page_uri": after,
                "page": page,
                "page_size": size,
                "previous_page_uri": None,
                "start": page * size,
                "uri": current,
            }
        return {
            key: records,
            "meta": {
                "first_page_url": ctx.origin + first,
                "key": key,
                "next_page_url": ctx.origin + after if after else None,
                "page": page,
                "page_size": size,
                "previous_page_url": None,
                "url": ctx.origin + current,
            },
        }

    # ------------------------------------------------------------------ behaviour

    async def _create_account(self, ctx: Ctx) -> Response:
        sid = new_id({"prefix": "AC", "shape": "hex32"})
        name = str(
            ctx.inputs.get("FriendlyName") or f"SubAccount Created at {ctx.now:%Y-%m-%d %H:%M}"
        )
        record = self._store_account(sid, secrets.token_hex(16), ctx.principal or sid, name)
        return json_response(record, 201)

    async def _create_key(self, ctx: Ctx) -> Response:
        secret = secrets.token_urlsafe(24)
        _coll, _id, record = self.state.create(ctx, hidden={"secret": secret})
        return json_response({**record, "secret": secret}, 201)

    async def _create_call(self, ctx: Ctx) -> Response:
        for name in ("To", "From"):
            value = str(ctx.inputs.get(name, ""))
            if not _ENDPOINT.match(value):
                code = 21211 if name == "To" else 21212
                return ctx.error(400, code, f"Invalid '{name}' Phone Number: {value[:40]}", name)
        if not any(ctx.inputs.get(k) for k in ("Url", "Twiml", "ApplicationSid")):
            return ctx.error(400, 21205, "Url, Twiml or ApplicationSid is required", "Url")
        _coll, _id, record = self.state.create(ctx, hidden=_call_settings(ctx))
        return json_response(record, 201)

    async def _create_message(self, ctx: Ctx) -> Response:
        to = str(ctx.inputs.get("To", ""))
        if not (_E164.match(to) or to.startswith("whatsapp:")):
            return ctx.error(400, 21211, f"The 'To' number {to[:40]} is not a valid phone number.")
        if not ctx.inputs.get("From") and not ctx.inputs.get("MessagingServiceSid"):
            return ctx.error(400, 21603, "A 'From' phone number is required.", "From")
        if (
            not ctx.inputs.get("Body")
            and not ctx.inputs.get("MediaUrl")
            and not ctx.inputs.get("ContentSid")
        ):
            return ctx.error(400, 21602, "Message body is required.", "Body")
        hidden = {
            "callback": ctx.inputs.get("StatusCallback"),
            "method": "POST",
        }
        _coll, _id, record = self.state.create(ctx, hidden=hidden)
        return json_response(record, 201)

    async def _update_call(self, ctx: Ctx) -> Response:
        record = self.state.fetch(ctx)
        status = ctx.inputs.get("Status")
        changes: dict[str, Any] = {}
        if status in ("completed", "canceled") and record.get("status") not in _ENDED:
            changes = {"status": "canceled" if record.get("status") == "queued" else "completed"}
        record = self.state.update(ctx, changes)
        if changes:
            coll = self.state.coll_path(ctx)
            await self._finish_call(coll, record["sid"], record, changes["status"])
        return json_response(record, 200)

    # ------------------------------------------------------------------ lifecycles

    def _call_lifecycle(self, ctx: Ctx, record_id: str, record: dict[str, Any]) -> None:
        record.update(status="queued", direction="outbound-api", price_unit="USD")
        for field in ("to", "from"):
            record[f"{field}_formatted"] = record.get(field)
        coll = self.state.coll_path(ctx)
        self._schedule_call(coll, record_id, ctx)

    def _schedule_call(self, coll: str, record_id: str, ctx: Ctx | None) -> None:
        if ctx is not None and "initiated" in _call_settings(ctx)["events"]:
            self.state.schedule(
                0.0, "twilio.call", {"coll": coll, "id": record_id, "step": "queued"}
            )
        for status, delay in CALL_STEPS:
            self.state.schedule(
                delay, "twilio.call", {"coll": coll, "id": record_id, "step": status}
            )

    def _participant_lifecycle(self, ctx: Ctx, record_id: str, record: dict[str, Any]) -> None:
        """A participant added by the API is a new call that joins the conference when answered."""
        account = ctx.path_params["AccountSid"]
        calls = f"{ACCOUNTS}/{account}/Calls"
        conference = ctx.path_params["ConferenceSid"]
        record.update(status="queued", conference_sid=conference, account_sid=account)
        call_data = self.data.collections[f"{ACCOUNTS}/{{AccountSid}}/Calls"]
        call = self.data.schemas.example(call_data.record, ctx.now)
        call.update(
            sid=record_id,
            account_sid=account,
            to=ctx.inputs.get("To"),
            **{"from": ctx.inputs.get("From")},
            status="queued",
            direction="outbound-api",
            api_version=API_VERSION,
            uri=f"{calls}/{record_id}.json",
            date_created=format_time(ctx.now, "date-time-rfc-2822"),
            date_updated=format_time(ctx.now, "date-time-rfc-2822"),
        )
        settings = _call_settings(ctx)
        settings["conference"] = conference
        self.state.store.put(calls, record_id, call, self.state.clock.now(), settings)
        self._schedule_call(calls, record_id, ctx)

    async def _call_step(self, data: dict[str, Any]) -> None:
        coll, sid, step = data["coll"], data["id"], data["step"]
        record = self.state.store.get(coll, sid)
        settings = self.state.store.hidden(coll, sid) or {}
        if record is None or record.get("status") in _ENDED:
            return
        now = self.state.clock.datetime()
        if step == "completed":
            await self._finish_call(coll, sid, record, "completed")
            return
        if step != "queued":
            record["status"] = step
            record["date_updated"] = format_time(now, "date-time-rfc-2822")
        if step == "in-progress":
            record["start_time"] = format_time(now, "date-time-rfc-2822")
            self.state.store.put(coll, sid, record, 0)
            await self._answer(coll, sid, record, settings)
        else:
            self.state.store.put(coll, sid, record, 0)
        self._status_callback(coll, record, settings, _EVENT_OF.get(step, step))

    async def _finish_call(self, coll: str, sid: str, record: dict[str, Any], status: str) -> None:
        settings = self.state.store.hidden(coll, sid) or {}
        now = self.state.clock.datetime()
        started = record.get("start_time")
        duration = 0
        if started:
            from email.utils import parsedate_to_datetime

            duration = max(0, int((now - parsedate_to_datetime(started)).total_seconds()))
        record.update(
            status=status,
            end_time=format_time(now, "date-time-rfc-2822") if started else None,
            duration=str(duration),
            price=f"-{0.013 * max(1, (duration + 59) // 60):.5f}" if started else None,
            price_unit="USD",
            date_updated=format_time(now, "date-time-rfc-2822"),
        )
        self.state.store.put(coll, sid, record, 0)
        self._leave_conference(coll, sid, settings)
        self._status_callback(coll, record, settings, "completed")

    async def _answer(
        self, coll: str, sid: str, record: dict[str, Any], settings: dict[str, Any]
    ) -> None:
        twiml = settings.get("twiml") or ""
        if settings.get("url") and not twiml:
            answer = await self.state.send(
                {
                    "provider": "twilio",
                    "event": "twiml",
                    "url": settings["url"],
                    "method": settings.get("url_method") or "POST",
                    "form": _call_params(record, "in-progress", coll),
                    "json": None,
                    "attempt": 1,
                    "extra": {"account": coll.split("/")[3]},
                }
            )
            twiml = answer.text if answer is not None and answer.is_success else ""
        match = _CONFERENCE.search(twiml)
        name = match.group(1).strip() if match else None
        conference = settings.get("conference")
        if name or conference:
            self._join_conference(coll, sid, record, name, conference)

    def _join_conference(
        self, coll: str, sid: str, call: dict[str, Any], name: str | None, conference: str | None
    ) -> None:
        account = coll.split("/")[3]
        conferences = f"{ACCOUNTS}/{account}/Conferences"
        now = self.state.clock.datetime()
        stamp = format_time(now, "date-time-rfc-2822")
        found = None
        if conference:
            found = self.state.store.get(conferences, conference)
        else:
            for _c, _s, item in self.state.store.scan(conferences):
                if item.get("friendly_name") == name and item.get("status") != "completed":
                    found = item
                    break
        if found is None:
            coll_data = self.data.collections[f"{ACCOUNTS}/{{AccountSid}}/Conferences"]
            found = self.data.schemas.example(coll_data.record, now)
            cf = new_id(coll_data.id_shape)
            found.update(
                sid=cf,
                account_sid=account,
                friendly_name=name,
                status="in-progress",
                api_version=API_VERSION,
                uri=f"{conferences}/{cf}.json",
                date_created=stamp,
                date_updated=stamp,
            )
            self.state.store.put(conferences, cf, found, self.state.clock.now())
        elif found.get("status") == "init":
            found["status"] = "in-progress"
        self.state.store.put(conferences, found["sid"], found, 0)
        participants = f"{conferences}/{found['sid']}/Participants"
        existing = self.state.store.get(participants, sid)
        part_data = self.data.collections[
            f"{ACCOUNTS}/{{AccountSid}}/Conferences/{{ConferenceSid}}/Participants"
        ]
        participant = existing or self.data.schemas.example(part_data.record, now)
        participant.update(
            call_sid=sid,
            conference_sid=found["sid"],
            account_sid=account,
            status="connected",
            uri=f"{participants}/{sid}.json",
            date_created=participant.get("date_created") or stamp,
            date_updated=stamp,
        )
        self.state.store.put(participants, sid, participant, self.state.clock.now())
        settings = self.state.store.hidden(coll, sid) or {}
        settings["conference"] = found["sid"]
        self.state.store.put(coll, sid, call, 0, settings)

    def _leave_conference(self, coll: str, sid: str, settings: dict[str, Any]) -> None:
        conference = settings.get("conference")
        if not conference:
            return
        conferences = f"{coll.rsplit('/', 1)[0]}/Conferences"
        participants = f"{conferences}/{conference}/Participants"
        self.state.store.delete(participants, sid)
        record = self.state.store.get(conferences, conference)
        if record is not None and self.state.store.count(participants) == 0:
            record["status"] = "completed"
            record["date_updated"] = format_time(self.state.clock.datetime(), "date-time-rfc-2822")
            self.state.store.put(conferences, conference, record, 0)

    def _status_callback(
        self, coll: str, record: dict[str, Any], settings: dict[str, Any], event: str
    ) -> None:
        url = settings.get("callback")
        if not url or event not in settings.get("events", ["completed"]):
            return
        params = _call_params(record, record.get("status") or "queued", coll)
        settings["sequence"] = int(settings.get("sequence", -1)) + 1
        self.state.store.put(coll, record["sid"], record, 0, settings)
        params.update(
            CallbackSource="call-progress-events",
            SequenceNumber=str(settings["sequence"]),
            Timestamp=format_time(self.state.clock.datetime(), "date-time-rfc-2822"),
        )
        if event == "completed":
            params["CallDuration"] = str(record.get("duration") or "0")
            params["Duration"] = str((int(record.get("duration") or 0) + 59) // 60)
        self.state.webhook(
            "twilio",
            f"call.{record.get('status')}",
            url,
            method=settings.get("method") or "POST",
            form=params,
            extra={"account": coll.split("/")[3]},
        )

    def _message_lifecycle(self, ctx: Ctx, record_id: str, record: dict[str, Any]) -> None:
        body = str(record.get("body") or "")
        record.update(
            status="queued",
            direction="outbound-api",
            num_segments=str(max(1, (len(body) + 152) // 153)),
            num_media=str(len(ctx.inputs.get("MediaUrl") or [])),
            price_unit="USD",
        )
        coll = self.state.coll_path(ctx)
        for status, delay in MESSAGE_STEPS:
            self.state.schedule(
                delay, "twilio.message", {"coll": coll, "id": record_id, "step": status}
            )

    async def _message_step(self, data: dict[str, Any]) -> None:
        coll, sid, step = data["coll"], data["id"], data["step"]
        record = self.state.store.get(coll, sid)
        if record is None:
            return
        settings = self.state.store.hidden(coll, sid) or {}
        now = format_time(self.state.clock.datetime(), "date-time-rfc-2822")
        record.update(status=step, date_updated=now)
        if step == "sent":
            record.update(
                date_sent=now, price=f"-{0.0079 * int(record.get('num_segments') or 1):.5f}"
            )
        self.state.store.put(coll, sid, record, 0)
        if settings.get("callback"):
            params = {
                "AccountSid": record.get("account_sid") or "",
                "ApiVersion": API_VERSION,
                "From": record.get("from") or "",
                "MessageSid": sid,
                "MessageStatus": step,
                "SmsSid": sid,
                "SmsStatus": step,
                "To": record.get("to") or "",
            }
            self.state.webhook(
                "twilio",
                f"message.{step}",
                settings["callback"],
                form=params,
                extra={"account": coll.split("/")[3]},
            )

    # ------------------------------------------------------------------ webhook signing

    def sign_webhook(self, data: dict[str, Any]) -> tuple[str, dict[str, str], bytes]:
        """The request Twilio sends: form fields (POST) or query (GET), `X-Twilio-Signature`."""
        from ..twilio import RequestValidator

        account = self.state.store.get(ACCOUNTS, data["extra"]["account"]) or {}
        validator = RequestValidator(str(account.get("auth_token") or "-"))
        fields = {k: v for k, v in (data.get("form") or {}).items() if v is not None}
        headers = {
            "User-Agent": "TwilioProxy/1.1",
            "I-Twilio-Idempotency-Token": secrets.token_hex(8),
        }
        url = data["url"]
        if data["method"] == "GET":
            joined = "&" if "?" in url else "?"
            url = f"{url}{joined}{urlencode(fields)}" if fields else url
            headers["X-Twilio-Signature"] = validator.compute_signature(url, {})
            return url, headers, b""
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        headers["X-Twilio-Signature"] = validator.compute_signature(url, fields)
        return url, headers, urlencode(fields).encode()


_ENDED = ("completed", "canceled", "failed", "busy", "no-answer")


def _basic(header: str | None) -> tuple[str, str]:
    scheme, _, value = (header or "").partition(" ")
    if scheme.lower() != "basic":
        return "", ""
    try:
        user, _, password = base64.b64decode(value.strip()).decode("utf-8").partition(":")
    except (ValueError, UnicodeDecodeError):
        return "", ""
    return user, password


def _call_settings(ctx: Ctx) -> dict[str, Any]:
    events = ctx.inputs.get("StatusCallbackEvent") or ["completed"]
    flat: list[str] = []
    for event in events if isinstance(events, list) else [events]:
        flat.extend(str(event).split())
    return {
        "callback": ctx.inputs.get("StatusCallback"),
        "events": flat,
        "method": ctx.inputs.get("StatusCallbackMethod") or "POST",
        "url": ctx.inputs.get("Url"),
        "url_method": ctx.inputs.get("Method") or "POST",
        "twiml": ctx.inputs.get("Twiml"),
    }


def _call_params(record: dict[str, Any], status: str, coll: str) -> dict[str, str]:
    return {
        "AccountSid": coll.split("/")[3],
        "ApiVersion": API_VERSION,
        "CallSid": str(record.get("sid")),
        "CallStatus": status,
        "Called": str(record.get("to") or ""),
        "Caller": str(record.get("from") or ""),
        "Direction": str(record.get("direction") or "outbound-api"),
        "From": str(record.get("from") or ""),
        "To": str(record.get("to") or ""),
    }
