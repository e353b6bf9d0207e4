"""Vonage webhooks: verify the signature and parse the request into a typed payload.

    from trunkline.vonage import webhooks

    event = webhooks.parse(request.method, url, headers, body)   # VONAGE_SIGNATURE_SECRET
    if isinstance(event, webhooks.DeliveryReceipt):
        print(event.message_id, event.status, event.price)

Two schemes, picked from the request: Voice (and Messages) events carry
`Authorization: Bearer <JWT>` signed with the signature secret, with the
body's SHA-256 in it; signed SMS webhooks (inbound SMS, delivery receipts)
carry `sig` among their parameters, in a GET query, a form or a JSON body,
made with the dashboard's signature method (`signature_method`). The models
(pydantic, extra `trunkline[webhooks]`) are generated from
specs/webhooks/vonage.yaml and keep every field they do not name.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, TypeVar, overload

from .._core._exceptions import InvalidParameterError, WebhookVerificationError
from .._core._webhook import Body, Headers, fields_of, json_of, payload, request, secret_from

try:
    from pydantic import BaseModel

    from trunkline_generated.webhooks.vonage import (
        DeliveryReceipt,
        InboundSms,
        SignedSms,
        VoiceEvent,
    )
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError(
        f"trunkline.vonage.webhooks needs pydantic: pip install 'trunkline[webhooks]' ({exc})"
    ) from exc

__all__ = ["DeliveryReceipt", "InboundSms", "SignedSms", "VoiceEvent", "model_for", "parse"]

M = TypeVar("M", bound=BaseModel)


def model_for(fields: Mapping[str, Any]) -> type[SignedSms]:
    """The payload model of a signed SMS webhook, from the fields it carries."""
    if "err-code" in fields or "scts" in fields or "status" in fields:
        return DeliveryReceipt
    if "text" in fields or "type" in fields or "keyword" in fields:
        return InboundSms
    return SignedSms


@overload
def parse(
    method: str,
    url: str,
    headers: Headers,
    body: Body = None,
    *,
    signature_secret: str | Sequence[str] | None = None,
    signature_method: str = "md5hash",
    max_age: float | None = None,
    now: datetime | float | None = None,
    model: None = None,
) -> VoiceEvent | SignedSms: ...
@overload
def parse(
    method: str,
    url: str,
    headers: Headers,
    body: Body = None,
    *,
    signature_secret: str | Sequence[str] | None = None,
    signature_method: str = "md5hash",
    max_age: float | None = None,
    now: datetime | float | None = None,
    model: type[M],
) -> M: ...
def parse(
    method: str,
    url: str,
    headers: Headers,
    body: Body = None,
    *,
    signature_secret: str | Sequence[str] | None = None,
    signature_method: str = "md5hash",
    max_age: float | None = None,
    now: datetime | float | None = None,
    model: type[BaseModel] | None = None,
) -> BaseModel:
    """Verify a Vonage webhook and return its typed payload.

    `signature_secret` (default VONAGE_SIGNATURE_SECRET; several during a
    rotation) signs both schemes; `signature_method` is the dashboard's choice
    for SMS (`md5hash`, `md5`, `sha1`, `sha256`, `sha512`). `max_age` (seconds)
    refuses requests signed longer ago than that; `now` replaces the clock.
    The payload is `model` if given, else `VoiceEvent` for a bearer-signed
    event, `DeliveryReceipt` or `InboundSms` for a signed SMS webhook. Raises
    `WebhookVerificationError` saying why, `WebhookPayloadError` when a signed
    body does not fit the model.
    """
    from ._signatures import check_sms_signature, verify_signed_webhook

    if model is not None and not (isinstance(model, type) and issubclass(model, BaseModel)):
        raise InvalidParameterError("model must be a pydantic model class")
    req = request(method, url, headers, body)
    secret = secret_from(signature_secret, "VONAGE_SIGNATURE_SECRET", "the Vonage signature secret")
    authorization = req.header("authorization") or ""
    if authorization.lower().startswith("bearer "):
        verify_signed_webhook(authorization, secret, body=req.body, now=now, max_age=max_age)
        return payload(model or VoiceEvent, json_of(req) if req.body else {})
    fields = fields_of(req)
    if not fields.get("sig"):
        raise WebhookVerificationError(
            "the request is not signed: no Authorization bearer token and no sig parameter "
            "(turn on signed webhooks / SMS signatures in the Vonage dashboard)"
        )
    if not check_sms_signature(fields, secret, method=signature_method, max_age=max_age, now=now):
        stale = max_age is not None and check_sms_signature(
            fields, secret, method=signature_method, now=now
        )
        if stale:
            raise WebhookVerificationError(
                f"sig holds but the request was signed more than {max_age:g} s ago "
                "(timestamp): a stale or replayed request, or a clock is wrong"
            )
        raise WebhookVerificationError(
            f"sig does not match: another signature secret, another signature method than "
            f"{signature_method!r} (the dashboard's choice), or the parameters were changed"
        )
    return payload(model or model_for(fields), fields)
