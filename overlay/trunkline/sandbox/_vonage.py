"""Vonage in the sandbox: key/secret, `sig` and application JWTs; each API's own error shape.

SMS, Verify and Number Insight answer HTTP 200 with a `status` code, as the
real APIs do ("4" for bad credentials); Voice, Applications and the account's
secrets answer RFC 7807 problems. SMS delivery receipts go to `callback` signed
with `sig`, Voice events to `event_url` signed with a JWT (HS256, the
signature secret), both with trunkline's signers. Verify codes are the
sandbox's to show: `Sandbox.verify_code(request_id)`.
"""

from __future__ import annotations

import base64
import hmac
import secrets
import string
import time
import uuid
from datetime import datetime
from typing import Any
from urllib.parse import quote, urlencode

import orjson
from starlette.responses import Response

from ._base import Ctx, HTTPFailure, ProviderBase, json_response, new_id
from ._schema import SchemaError, format_time

__all__ = ["Vonage"]

APPLICATIONS = "/v2/applications"
CALLS = "/v1/calls"
VERIFY = "/verify"
CALL_STEPS = (("ringing", 1.0), ("answered", 3.0), ("completed", 8.0))
SMS_PRICE = "0.03330000"
START_BALANCE = 10.0
_ALPHANUMERIC = string.ascii_letters + string.digits
_DIGITS = set(string.digits)
# ISO 3166 alpha-2 -> (alpha-3, name) for the countries people test with most.
_COUNTRIES = {
    "US": ("USA", "United States of America"),
    "GB": ("GBR", "United Kingdom"),
    "DE": ("DEU", "Germany"),
    "FR": ("FRA", "France"),
    "NL": ("NLD", "Netherlands"),
    "ES": ("ESP", "Spain"),
    "IT": ("ITA", "Italy"),
    "CA": ("CAN", "Canada"),
    "AU": ("AUS", "Australia"),
    "IN": ("IND", "India"),
    "IE": ("IRL", "Ireland"),
    "BR": ("BRA", "Brazil"),
    "JP": ("JPN", "Japan"),
}


def _timestamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S")


class Vonage(ProviderBase):
    """Vonage's hooks."""

    name = "vonage"
    paging_params = frozenset({"page_size", "record_index", "page", "order"})
    credential_params = frozenset({"api_key", "api_secret", "sig"})
    default_page_size = 10

    def __init__(self, state: Any, data: Any) -> None:
        super().__init__(state, data)
        self.behaviours.update(
            SendSms=self._send_sms,
            VerifyRequest=self._verify_start,
            VerifyCheck=self._verify_check,
            VerifySearch=self._verify_search,
            VerifyControl=self._verify_control,
            GetNumberInsightBasic=self._insight,
            GetNumberInsightStandard=self._insight,
            GetNumberInsightAdvanced=self._insight,
            GetNumberInsightAsync=self._insight_async,
            CreateCall=self._create_call,
            UpdateCall=self._update_call,
            CreateApplication=self._create_application,
            CreateAPISecret=self._create_secret,
            GetAccountBalance=self._balance,
            TopUpAccountBalance=self._top_up,
        )
        self.lifecycles.update(call=self._call_lifecycle)
        self.events.update(call=self._call_step, verify_expire=self._verify_expire)

    # ------------------------------------------------------------------ account

    def seed(self) -> dict[str, Any]:
        """An API key and secret, a signature secret, and an application with its key pair."""
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import rsa

        api_key = secrets.token_hex(4)
        api_secret = "".join(secrets.choice(_ALPHANUMERIC) for _ in range(16))
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        private = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ).decode()
        public = (
            key.public_key()
            .public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            )
            .decode()
        )
        now = self.state.clock.datetime()
        secret_data = self.data.collections["/accounts/{api_key}/secrets"]
        secret_id = str(uuid.uuid4())
        secrets_coll = f"/accounts/{api_key}/secrets"
        record = self.data.schemas.example(secret_data.record, now)
        record.update(
            id=secret_id,
            created_at=format_time(now, "date-time"),
            _links={"self": {"href": f"{secrets_coll}/{secret_id}"}},
        )
        self.state.store.put(
            secrets_coll, secret_id, record, self.state.clock.now(), {"secret": api_secret}
        )
        app_id = str(uuid.uuid4())
        app = self.data.schemas.example(self.data.collections[APPLICATIONS].record, now)
        app.update(
            id=app_id,
            name="trunkline sandbox",
            keys={"public_key": public},
            _links={"self": {"href": f"{APPLICATIONS}/{app_id}"}},
        )
        self.state.store.put(APPLICATIONS, app_id, app, self.state.clock.now())
        self.state.store.set_meta("vonage.balance", START_BALANCE)
        return {
            "api_key": api_key,
            "api_secret": api_secret,
            "application_id": app_id,
            "private_key": private,
            "signature_secret": "".join(secrets.choice(_ALPHANUMERIC) for _ in range(32)),
        }

    def signing_key(self, saved: dict[str, Any]) -> str:
        """The signature secret: SMS `sig` and signed-webhook JWTs."""
        return str(saved["signature_secret"])

    def _params(self, ctx: Ctx) -> dict[str, str]:
        merged = {k: v[-1] for k, v in ctx.query.items()}
        merged.update({k: v[-1] for k, v in ctx.form.items()})
        return merged

    def authenticate(self, ctx: Ctx) -> str | None:
        """The first of the operation's security alternatives the request satisfies."""
        if not ctx.op.security:
            return None
        saved = self.state.saved["vonage"]
        params = self._params(ctx)
        for schemes in ctx.op.security:
            if self._satisfies(ctx, set(schemes), params, saved):
                return str(saved["api_key"])
        raise HTTPFailure(self._unauthorized(ctx))

    def _satisfies(
        self, ctx: Ctx, schemes: set[str], params: dict[str, str], saved: dict[str, Any]
    ) -> bool:
        key = params.get("api_key", "")
        if "basicAuth" in schemes:
            user, password = _basic(ctx.headers.get("authorization"))
            return self._secret_ok(user, password)
        if "bearerAuth" in schemes:
            return self._jwt_ok(ctx.headers.get("authorization") or "")
        if "apiSecret" in schemes:
            return self._secret_ok(key, params.get("api_secret", ""))
        if "signature" in schemes:
            return hmac.compare_digest(key.encode(), str(saved["api_key"]).encode()) and _sig_ok(
                params, str(saved["signature_secret"])
            )
        return False

    def _secret_ok(self, key: str, secret: str) -> bool:
        api_key = str(self.state.saved["vonage"]["api_key"])
        if not secret or not hmac.compare_digest(key.encode(), api_key.encode()):
            return False
        coll = f"/accounts/{api_key}/secrets"
        return any(
            hmac.compare_digest(
                str((self.state.store.hidden(coll, r["id"]) or {}).get("secret", "")).encode(),
                secret.encode(),
            )
            for _c, _s, r in self.state.store.scan(coll)
        )

    def _jwt_ok(self, header: str) -> bool:
        import jwt

        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token:
            return False
        try:
            unverified = jwt.decode(token.strip(), options={"verify_signature": False})
        except jwt.PyJWTError:
            return False
        app_id = unverified.get("application_id")
        app = self.state.store.get(APPLICATIONS, str(app_id)) if app_id else None
        public = ((app or {}).get("keys") or {}).get("public_key")
        if not public:
            return False
        try:
            jwt.decode(token.strip(), public, algorithms=["RS256"], leeway=5)
        except jwt.PyJWTError:
            return False
        return True

    # ------------------------------------------------------------------ shapes

    def error(self, ctx: Ctx, status: int, code: Any, message: str, param: str | None) -> Response:
        """Each API's own error body."""
        api = ctx.op.api
        if api == "sms":
            body: Any = {
                "message-count": "1",
                "messages": [{"status": str(code), "error-text": message}],
            }
            return json_response(body, 200 if status < 500 else status)
        if api == "verify":
            return json_response({"status": str(code), "error_text": message}, status)
        if api == "number_insight":
            return json_response({"status": int(code), "status_message": message}, status)
        if api == "pricing":
            return json_response(
                {"type": "https://developer.nexmo.com/api-errors", "error_title": message}, status
            )
        if api == "account" and not any("basicAuth" in s for s in ctx.op.security):
            return json_response({"error-code": str(status), "error-code-label": message}, status)
        problem: dict[str, Any] = {
            "type": f"https://developer.nexmo.com/api-errors#{_TITLES.get(status, 'error')}",
            "title": _TITLES.get(status, "Error").replace("-", " ").title(),
            "detail": message,
            "instance": str(uuid.uuid4()),
        }
        if param:
            problem["invalid_parameters"] = [{"name": param, "reason": message}]
        return json_response(problem, status)

    def _unauthorized(self, ctx: Ctx) -> Response:
        api = ctx.op.api
        if api in ("sms", "number_insight"):
            return self.error(ctx, 200, 4, "Bad Credentials", None)
        if api == "verify":
            status = 401 if ctx.op.id == "VerifySearch" else 200
            return self.error(ctx, status, 4, "Bad Credentials", None)
        return self.error(ctx, 401, 401, "You did not provide correct credentials.", None)

    def invalid(self, ctx: Ctx, exc: SchemaError) -> Response:
        """Missing parameters are status 2 (SMS, Verify) or 3 (Number Insight); else a 400."""
        missing = exc.reason == "is required"
        if ctx.op.api == "sms":
            text = f"Missing {exc.where}" if missing else f"Invalid {exc.where}: {exc.reason}"
            return ctx.error(200, 2 if missing else 3, text)
        if ctx.op.api == "verify":
            text = f"Your request is incomplete and missing the mandatory parameter `{exc.where}`"
            status = 400 if ctx.op.id == "VerifySearch" else 200
            return ctx.error(status, 2 if missing else 3, text if missing else str(exc))
        if ctx.op.api == "number_insight":
            return ctx.error(200, 3, f"Invalid request: {exc}")
        return ctx.error(400, 400, str(exc), exc.where or None)

    def not_found(self, ctx: Ctx, what: str) -> Response:
        """A 404 problem."""
        return ctx.error(404, 404, f"{what} was not found")

    def decorate(self, ctx: Ctx, coll: str, record_id: str, record: dict[str, Any]) -> None:
        """HAL `_links.self`."""
        coll, record_id = quote(coll, safe="/"), quote(record_id, safe="")
        if "_links" in record:
            record["_links"] = {"self": {"href": f"{coll}/{record_id}"}}

    def filter_field(self, ctx: Ctx, name: str) -> tuple[str, str] | None:
        """Voice's `date_start` / `date_end` bound `start_time`."""
        if name == "date_start":
            return "start_time", ">="
        if name == "date_end":
            return "start_time", "<="
        return super().filter_field(ctx, name)

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
        """HAL: `_embedded.<key>`, `_links.next` while there is more."""
        key = (ctx.op.items or "_embedded.items").split(".")[-1]
        names = {p["name"] for p in ctx.op.params}
        kept = {k: v[-1] for k, v in ctx.query.items() if k not in self.credential_params}
        links: dict[str, Any] = {"self": {"href": f"{ctx.path}?{urlencode(kept)}"}}
        body: dict[str, Any] = {"_embedded": {key: records}, "_links": links}
        if "record_index" in names:
            index = int(ctx.inputs.get("record_index") or 0)
            body.update(
                count=total if total is not None else index + len(records),
                page_size=size,
                record_index=index,
            )
            if next_query:
                links["next"] = {
                    "href": ctx.path
                    + "?"
                    + urlencode({**kept, "record_index": next_query["offset"]})
                }
        elif "page" in names:
            current = max(1, int(ctx.inputs.get("page") or 1))
            count = total if total is not None else (current - 1) * size + len(records)
            body.update(
                page_size=size,
                page=current,
                total_items=count,
                total_pages=max(1, -(-count // size)),
            )
            if next_query:
                links["next"] = {
                    "href": f"{ctx.path}?{urlencode({**kept, 'page': str(current + 1)})}"
                }
        return body

    # ------------------------------------------------------------------ SMS

    async def _send_sms(self, ctx: Ctx) -> Response:
        to = str(ctx.inputs.get("to", "")).removeprefix("+")
        if not to or not set(to) <= _DIGITS or not 7 <= len(to) <= 15:
            return ctx.error(200, 3, f"Invalid to address: {to[:30]}")
        kind = ctx.inputs.get("type") or "text"
        text = str(ctx.inputs.get("text") or "")
        if kind in ("text", "unicode") and not text:
            return ctx.error(200, 2, "Missing text param")
        limit = 70 if kind == "unicode" else 160
        parts = max(1, -(-len(text) // (limit if len(text) <= limit else limit - 7)))
        schema_id = self.data.schemas.resolve({"$ref": "sms:SmsMessage"})["sandbox"]["id"]
        balance = float(self.state.store.get_meta("vonage.balance") or 0)
        messages = []
        for _ in range(parts):
            balance -= float(SMS_PRICE)
            message = {
                "to": to,
                schema_id["field"]: new_id(schema_id),
                "status": "0",
                "remaining-balance": f"{balance:.8f}",
                "message-price": SMS_PRICE,
                "network": "23410",
            }
            for name in ("client-ref", "account-ref"):
                if ctx.inputs.get(name):
                    message[name] = str(ctx.inputs[name])
            messages.append(message)
            self.state.store.put("/sms", message["message-id"], message, self.state.clock.now())
        self.state.store.set_meta("vonage.balance", balance)
        callback = ctx.inputs.get("callback")
        if callback:
            for message in messages:
                self._delivery_receipt(ctx, str(callback), message)
        return json_response({"message-count": str(parts), "messages": messages})

    def _delivery_receipt(self, ctx: Ctx, url: str, message: dict[str, Any]) -> None:
        later = datetime.fromtimestamp(self.state.clock.now() + 2, ctx.now.tzinfo)
        params = {
            "msisdn": message["to"],
            "to": str(ctx.inputs.get("from") or ""),
            "network-code": message["network"],
            "messageId": message["message-id"],
            "price": message["message-price"],
            "status": "delivered",
            "scts": later.strftime("%y%m%d%H%M"),
            "err-code": "0",
            "api-key": str(self.state.saved["vonage"]["api_key"]),
            "message-timestamp": _timestamp(later),
        }
        if message.get("client-ref"):
            params["client-ref"] = message["client-ref"]
        self.state.webhook(
            "vonage",
            "sms.delivered",
            url,
            method="GET",
            form=params,
            delay=2.0,
            extra={"sms": True},
        )

    # ------------------------------------------------------------------ Verify

    async def _verify_start(self, ctx: Ctx) -> Response:
        number = str(ctx.inputs["number"]).removeprefix("+")
        if not set(number) <= _DIGITS:
            return ctx.error(200, 3, "Invalid value for param: number")
        for _c, _s, record in self.state.store.scan(VERIFY):
            if record.get("number") == number and record.get("status") == "IN PROGRESS":
                return json_response(
                    {
                        "request_id": record["request_id"],
                        "status": "10",
                        "error_text": "Concurrent verifications to the same number are not allowed",
                    }
                )
        shape = self.data.schemas.resolve({"$ref": "verify:VerifyStartResponse"})["sandbox"]["id"]
        request_id = new_id(shape)
        length = int(ctx.inputs.get("code_length") or 4)
        code = "".join(secrets.choice(string.digits) for _ in range(length))
        stamp = _timestamp(ctx.now)
        record = {
            "request_id": request_id,
            "account_id": str(self.state.saved["vonage"]["api_key"]),
            "status": "IN PROGRESS",
            "number": number,
            "price": "0.10000000",
            "currency": "EUR",
            "sender_id": str(ctx.inputs.get("sender_id") or "VERIFY"),
            "date_submitted": stamp,
            "date_finalized": "",
            "first_event_date": stamp,
            "last_event_date": stamp,
            "checks": [],
            "events": [{"type": "sms", "id": new_id({"shape": "HEX16"})}],
            "estimated_price_messages_sent": "0.03330000",
        }
        hidden = {
            "code": code,
            "brand": ctx.inputs.get("brand"),
            "wrong": 0,
            "workflow": int(ctx.inputs.get("workflow_id") or 1),
        }
        self.state.store.put(VERIFY, request_id, record, self.state.clock.now(), hidden)
        expiry = float(ctx.inputs.get("pin_expiry") or 300)
        self.state.schedule(expiry, "vonage.verify_expire", {"id": request_id})
        return json_response({"request_id": request_id, "status": "0"})

    def _verify_record(self, ctx: Ctx) -> tuple[dict[str, Any] | None, dict[str, Any]]:
        request_id = str(ctx.inputs.get("request_id") or "")
        return self.state.store.get(VERIFY, request_id), self.state.store.hidden(
            VERIFY, request_id
        ) or {}

    async def _verify_check(self, ctx: Ctx) -> Response:
        record, hidden = self._verify_record(ctx)
        request_id = str(ctx.inputs["request_id"])
        if record is None or record["status"] != "IN PROGRESS":
            text = (
                f"The Verify request to check ({request_id}) was not found or it has been "
                "verified already."
            )
            return json_response({"request_id": request_id, "status": "6", "error_text": text})
        stamp = _timestamp(ctx.now)
        right = hmac.compare_digest(str(ctx.inputs["code"]).encode(), str(hidden["code"]).encode())
        record["checks"].append(
            {
                "date_received": stamp,
                "code": str(ctx.inputs["code"]),
                "status": "VALID" if right else "INVALID",
                "ip_address": "",
            }
        )
        if right:
            record.update(status="SUCCESS", date_finalized=stamp)
            self.state.store.put(VERIFY, request_id, record, 0, hidden)
            return json_response(
                {
                    "request_id": request_id,
                    "event_id": record["events"][-1]["id"],
                    "status": "0",
                    "price": record["price"],
                    "currency": "EUR",
                    "estimated_price_messages_sent": record["estimated_price_messages_sent"],
                }
            )
        hidden["wrong"] = int(hidden.get("wrong", 0)) + 1
        if hidden["wrong"] >= 3:
            record.update(status="FAILED", date_finalized=stamp)
            self.state.store.put(VERIFY, request_id, record, 0, hidden)
            return json_response(
                {
                    "request_id": request_id,
                    "status": "17",
                    "error_text": "The wrong code was provided too many times",
                }
            )
        self.state.store.put(VERIFY, request_id, record, 0, hidden)
        return json_response(
            {
                "request_id": request_id,
                "status": "16",
                "error_text": "The code provided does not match the expected value",
            }
        )

    async def _verify_search(self, ctx: Ctx) -> Response:
        ids = list(ctx.inputs.get("request_ids") or [])
        if ctx.inputs.get("request_id"):
            ids.insert(0, str(ctx.inputs["request_id"]))
        if not ids:
            return ctx.error(
                400,
                2,
                "Your request is incomplete and missing the mandatory parameter `request_id`",
            )
        found = [r for r in (self.state.store.get(VERIFY, i) for i in ids) if r is not None]
        if not found:
            # The real API answers 200 with status "101", which the spec's enum forbids.
            return ctx.error(404, 101, "No response found")
        if "request_ids" in ctx.inputs:
            return json_response({"verification_requests": found})
        return json_response(found[0])

    async def _verify_control(self, ctx: Ctx) -> Response:
        record, hidden = self._verify_record(ctx)
        command = str(ctx.inputs["cmd"])
        if record is None or record["status"] != "IN PROGRESS":
            return json_response(
                {
                    "status": "19",
                    "error_text": f"Verification request "
                    f"['{ctx.inputs['request_id']}'] can't be found or has been completed",
                }
            )
        stamp = _timestamp(ctx.now)
        if command == "cancel":
            record.update(status="CANCELLED", date_finalized=stamp)
        else:
            if len(record["events"]) >= 3:
                return json_response(
                    {"status": "19", "error_text": "No more events are left to execute"}
                )
            record["events"].append({"type": "tts", "id": new_id({"shape": "HEX16"})})
            record["last_event_date"] = stamp
        self.state.store.put(VERIFY, record["request_id"], record, 0, hidden)
        return json_response({"status": "0", "command": command})

    async def _verify_expire(self, data: dict[str, Any]) -> None:
        record = self.state.store.get(VERIFY, data["id"])
        if record is not None and record["status"] == "IN PROGRESS":
            record.update(status="EXPIRED", date_finalized=_timestamp(self.state.clock.datetime()))
            self.state.store.put(VERIFY, data["id"], record, 0)

    def verify_code(self, request_id: str) -> str | None:
        """The code a Verify request sent (what the user would have received)."""
        hidden = self.state.store.hidden(VERIFY, request_id)
        return str(hidden["code"]) if hidden else None

    # ------------------------------------------------------------------ Number Insight

    def _insight_body(self, ctx: Ctx) -> dict[str, Any] | Response:
        import phonenumbers

        number = str(ctx.inputs.get("number", ""))
        country = ctx.inputs.get("country")
        digits = "".join(c for c in number if c.isdigit())
        try:
            parsed = phonenumbers.parse(number if country else "+" + digits, country)
        except phonenumbers.NumberParseException:
            return ctx.error(200, 3, "Invalid request: number is not a phone number")
        region = (
            phonenumbers.region_code_for_number(parsed)
            or phonenumbers.region_code_for_country_code(parsed.country_code or 0)
            or (country or "")
        )
        region = "" if region == "ZZ" else region
        iso3, name = _COUNTRIES.get(region, (region, region))
        kind = phonenumbers.number_type(parsed)
        network_type = {
            phonenumbers.PhoneNumberType.MOBILE: "mobile",
            phonenumbers.PhoneNumberType.FIXED_LINE: "landline",
            phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE: "mobile",
            phonenumbers.PhoneNumberType.TOLL_FREE: "landline_tollfree",
            phonenumbers.PhoneNumberType.VOIP: "virtual",
        }.get(kind, "unknown")
        valid = phonenumbers.is_valid_number(parsed)
        carrier = {
            "network_code": "",
            "name": "Sandbox Telecom",
            "country": region,
            "network_type": network_type,
        }
        return {
            "status": 0,
            "status_message": "Success",
            "request_id": str(uuid.uuid4()),
            "international_format_number": phonenumbers.format_number(
                parsed, phonenumbers.PhoneNumberFormat.E164
            ).lstrip("+"),
            "national_format_number": phonenumbers.format_number(
                parsed, phonenumbers.PhoneNumberFormat.NATIONAL
            ),
            "country_code": region,
            "country_code_iso3": iso3,
            "country_name": name,
            "country_prefix": str(parsed.country_code),
            "request_price": "0.00500000",
            "refund_price": "0.00000000",
            "remaining_balance": f"{float(self.state.store.get_meta('vonage.balance') or 0):.8f}",
            "current_carrier": carrier,
            "original_carrier": carrier,
            "ported": "not_ported",
            "valid_number": "valid" if valid else "not_valid",
            "reachable": "reachable" if valid else "unknown",
            "lookup_outcome": 0,
            "lookup_outcome_message": "Success",
        }

    async def _insight(self, ctx: Ctx, schema: Any = None) -> Response:
        found = self._insight_body(ctx)
        if isinstance(found, Response):
            return found
        return json_response(self._fit(ctx, found, schema or ctx.op.response.get("schema")))

    def _fit(self, ctx: Ctx, values: dict[str, Any], schema: Any) -> dict[str, Any]:
        """The response schema's record with every value that fits it."""
        schemas = ctx.data.schemas
        body = schemas.example(schema, ctx.now)
        props = schemas.properties(schema)
        for name, value in values.items():
            if name in props and schemas.fits(value, props[name]):
                body[name] = value
        return dict(body)

    async def _insight_async(self, ctx: Ctx) -> Response:
        found = self._insight_body(ctx)
        if isinstance(found, Response):
            return found
        advanced = self.data.op("number_insight", "GetNumberInsightAdvanced").response["schema"]
        result = self._fit(ctx, found, advanced)
        self.state.webhook(
            "vonage",
            "number_insight.advanced",
            str(ctx.inputs["callback"]),
            json=result,
            delay=1.0,
            extra={"unsigned": True},
        )
        return json_response(
            self._fit(
                ctx,
                {**found, "number": found["international_format_number"]},
                ctx.op.response.get("schema"),
            )
        )

    # ------------------------------------------------------------------ Voice

    async def _create_call(self, ctx: Ctx) -> Response:
        if bool(ctx.inputs.get("ncco")) == bool(ctx.inputs.get("answer_url")):
            return ctx.error(400, 400, "Give exactly one of ncco and answer_url", "ncco")
        if not ctx.inputs.get("from") and not ctx.inputs.get("random_from_number"):
            return ctx.error(400, 400, "from is required unless random_from_number is true", "from")
        _coll, _record_id, record = self.state.create(
            ctx,
            hidden={
                "event_url": (ctx.inputs.get("event_url") or [None])[0],
                "event_method": ctx.inputs.get("event_method") or "POST",
            },
        )
        body = {k: record[k] for k in ("uuid", "status", "direction", "conversation_uuid")}
        return json_response(body, 201)

    def _call_lifecycle(self, ctx: Ctx, record_id: str, record: dict[str, Any]) -> None:
        to = (ctx.inputs.get("to") or [{}])[0]
        sender = ctx.inputs.get("from") or {"type": "phone", "number": "447700900001"}
        record.update(
            uuid=record_id,
            conversation_uuid=f"CON-{uuid.uuid4()}",
            to={
                "type": str(to.get("type", "phone")),
                "number": str(to.get("number") or to.get("uri") or ""),
            },
            **{
                "from": {
                    "type": str(sender.get("type", "phone")),
                    "number": str(sender.get("number", "")),
                }
            },
            status="started",
            direction="outbound",
            rate="0.00000000",
            price="0.00000000",
            duration="0",
            network="23410",
        )
        self.state.schedule(0.0, "vonage.call", {"id": record_id, "status": "started"})
        for status, delay in CALL_STEPS:
            self.state.schedule(delay, "vonage.call", {"id": record_id, "status": status})

    async def _call_step(self, data: dict[str, Any]) -> None:
        record = self.state.store.get(CALLS, data["id"])
        settings = self.state.store.hidden(CALLS, data["id"]) or {}
        if record is None or record["status"] in _ENDED:
            return
        status = data["status"]
        if status == "completed":
            self._complete(record, settings)
            return
        now = self.state.clock.datetime()
        record["status"] = status
        if status == "answered":
            record["start_time"] = format_time(now, "date-time")
        self.state.store.put(CALLS, data["id"], record, 0)
        self._event(record, settings, status)

    def _complete(self, record: dict[str, Any], settings: dict[str, Any]) -> None:
        now = self.state.clock.datetime()
        started = record.get("status") in ("answered",)
        record["status"] = "completed"
        record["end_time"] = format_time(now, "date-time")
        if started:
            from ._schema import parse_time

            began = parse_time(str(record["start_time"])) or now
            seconds = int((now - began).total_seconds())
            record.update(
                duration=str(seconds),
                rate="0.01270000",
                price=f"{0.0127 * max(1, -(-seconds // 60)):.8f}",
            )
        self.state.store.put(CALLS, record["uuid"], record, 0)
        self._event(record, settings, "completed")

    def _event(self, record: dict[str, Any], settings: dict[str, Any], status: str) -> None:
        url = settings.get("event_url")
        if not url:
            return
        body: dict[str, Any] = {
            "from": record["from"].get("number"),
            "to": record["to"].get("number"),
            "uuid": record["uuid"],
            "conversation_uuid": record["conversation_uuid"],
            "status": status,
            "direction": record["direction"],
            "timestamp": format_time(self.state.clock.datetime(), "date-time"),
        }
        if status == "completed":
            body.update(
                {
                    k: record[k]
                    for k in ("duration", "start_time", "end_time", "rate", "price", "network")
                }
            )
        self.state.webhook(
            "vonage",
            f"call.{status}",
            str(url),
            method=settings.get("event_method") or "POST",
            json=body,
        )

    async def _update_call(self, ctx: Ctx) -> Response:
        record = self.state.fetch(ctx)
        settings = self.state.store.hidden(CALLS, record["uuid"]) or {}
        action = ctx.inputs["action"]
        if action == "transfer" and not ctx.inputs.get("destination"):
            return ctx.error(400, 400, "transfer needs a destination", "destination")
        if record["status"] in _ENDED:
            return ctx.error(400, 400, f"Call {record['uuid']} is already {record['status']}")
        if action == "hangup":
            self._complete(record, settings)
        return Response(status_code=204)

    # ------------------------------------------------------------------ applications, account

    async def _create_application(self, ctx: Ctx) -> Response:
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import rsa

        keys = ctx.inputs.get("keys") or {}
        private = None
        public = keys.get("public_key") if isinstance(keys, dict) else None
        if not public:
            key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
            private = key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            ).decode()
            public = (
                key.public_key()
                .public_bytes(
                    serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
                )
                .decode()
            )
        coll, record_id, record = self.state.create(ctx)
        record["keys"] = {"public_key": public}
        self.state.store.put(coll, record_id, record, 0)
        answer = dict(record)
        if private:
            answer["keys"] = {"public_key": public, "private_key": private}
        return json_response(answer, 201)

    async def _create_secret(self, ctx: Ctx) -> Response:
        secret = str(ctx.inputs.get("secret") or "")
        _coll, _id, record = self.state.create(ctx, hidden={"secret": secret})
        return json_response(record, ctx.op.response["status"])

    async def _balance(self, ctx: Ctx) -> Response:
        value = float(self.state.store.get_meta("vonage.balance") or 0)
        return json_response({"value": round(value, 4), "autoReload": False})

    async def _top_up(self, ctx: Ctx) -> Response:
        value = float(self.state.store.get_meta("vonage.balance") or 0) + 10.0
        self.state.store.set_meta("vonage.balance", value)
        return json_response({"error-code": "200", "error-code-label": "success"})

    # ------------------------------------------------------------------ webhook signing

    def sign_webhook(self, data: dict[str, Any]) -> tuple[str, dict[str, str], bytes]:
        """SMS receipts: `sig` in the parameters; Voice events: `Authorization: Bearer <JWT>`."""
        from ..vonage._signatures import _sign_sms, _signed_webhook_token

        saved = self.state.saved["vonage"]
        secret = str(saved["signature_secret"])
        url = data["url"]
        if data["extra"].get("sms"):
            params = {
                **(data.get("form") or {}),
                "timestamp": str(int(time.time())),
                "nonce": str(uuid.uuid4()),
            }
            params["sig"] = _sign_sms(params, secret)
            if data["method"] == "GET":
                joined = "&" if "?" in url else "?"
                return f"{url}{joined}{urlencode(params)}", {}, b""
            return (
                url,
                {"Content-Type": "application/x-www-form-urlencoded"},
                urlencode(params).encode(),
            )
        body = orjson.dumps(data.get("json"))
        headers = {"Content-Type": "application/json"}
        if not data["extra"].get("unsigned"):
            token = _signed_webhook_token(
                secret,
                body,
                now=time.time(),
                jti=str(uuid.uuid4()),
                claims={"api_key": saved["api_key"], "application_id": saved["application_id"]},
            )
            headers["Authorization"] = f"Bearer {token}"
        return url, headers, body


_ENDED = ("completed", "busy", "cancelled", "failed", "rejected", "timeout", "unanswered")
_TITLES = {
    400: "bad-request",
    401: "unauthorized",
    404: "not-found",
    405: "method-not-allowed",
    429: "throttled",
    500: "internal-error",
    503: "unavailable",
}


def _basic(header: str | None) -> tuple[str, str]:
    scheme, _, value = (header or "").partition(" ")
    if scheme.lower() != "basic":
        return "", ""
    try:
        user, _, password = base64.b64decode(value.strip()).decode("utf-8").partition(":")
    except (ValueError, UnicodeDecodeError):
        return "", ""
    return user, password


def _sig_ok(params: dict[str, str], secret: str) -> bool:
    from ..vonage import check_sms_signature

    return any(
        check_sms_signature(params, secret, method=method)
        for method in ("md5hash", "md5", "sha1", "sha256", "sha512")
    )
