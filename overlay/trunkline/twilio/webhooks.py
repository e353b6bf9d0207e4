"""Twilio webhooks: verify `X-Twilio-Signature` and parse the request into a typed payload.

    from trunkline.twilio import webhooks

    event = webhooks.parse("POST", url, headers, body)   # auth token: TWILIO_AUTH_TOKEN
    if isinstance(event, webhooks.IncomingMessage):
        print(event.from_, event.body, event.num_media)

`url` is the URL Twilio requested (what you configured, scheme, host, port,
path and query as Twilio sent them), which behind a reverse proxy is not the
URL your app sees: `trunkline.webhooks.starlette.Webhook` and
`trunkline.webhooks.wsgi.Webhook` rebuild it from trusted proxy headers.

The models (pydantic, extra `trunkline[webhooks]`) are generated from
specs/webhooks/twilio.yaml; every field Twilio sends that they do not name is
kept (`event.model_extra`, under its wire name).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final, TypeVar, overload

from .._core._exceptions import InvalidParameterError
from .._core._webhook import (
    Body,
    Headers,
    fields_of,
    form_fields,
    json_of,
    not_signed,
    payload,
    request,
    secret_from,
)

try:
    from pydantic import BaseModel

    from trunkline_generated.webhooks.twilio import (
        CallStatusCallback,
        IncomingCall,
        IncomingMessage,
        MessageStatusCallback,
        Webhook,
    )
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError(
        f"trunkline.twilio.webhooks needs pydantic: pip install 'trunkline[webhooks]' ({exc})"
    ) from exc

__all__ = [
    "CallStatusCallback",
    "IncomingCall",
    "IncomingMessage",
    "MessageStatusCallback",
    "Webhook",
    "model_for",
    "parse",
]

M = TypeVar("M", bound=BaseModel)

SIGNATURE_HEADER: Final = "X-Twilio-Signature"
_SETTINGS_HEADER: Final = "X-Twilio-Webhooks-Signature-Settings"


def model_for(fields: Mapping[str, Any]) -> type[Webhook]:
    """The payload model of a Twilio request, from the fields it carries."""
    if "MessageStatus" in fields:
        return MessageStatusCallback
    if "MessageSid" in fields or "SmsSid" in fields:
        return IncomingMessage
    if "CallSid" in fields:
        if "CallbackSource" in fields or "SequenceNumber" in fields:
            return CallStatusCallback
        return IncomingCall
    return Webhook


def _algorithm(settings: str | None) -> str | None:
    """The algorithm a Webhooks SharedKey signs with (`algorithm=HMAC_SHA256`), if named."""
    for part in (settings or "").split(","):
        name, _, value = part.partition("=")
        if name.strip().lower() == "algorithm":
            return value.strip()
    return None


@overload
def parse(
    method: str,
    url: str,
    headers: Headers,
    body: Body = None,
    *,
    auth_token: str | Sequence[str] | None = None,
    model: None = None,
) -> Webhook: ...
@overload
def parse(
    method: str,
    url: str,
    headers: Headers,
    body: Body = None,
    *,
    auth_token: str | Sequence[str] | None = None,
    model: type[M],
) -> M: ...
def parse(
    method: str,
    url: str,
    headers: Headers,
    body: Body = None,
    *,
    auth_token: str | Sequence[str] | None = None,
    model: type[BaseModel] | None = None,
) -> BaseModel:
    """Verify a Twilio webhook and return its typed payload.

    `method`, `url`, `headers` and `body` are the request as Twilio sent it:
    the full URL Twilio requested and the raw body. `auth_token` (default
    TWILIO_AUTH_TOKEN; several during a rotation) is what Twilio signs with.
    The payload is `model` if given, else the model the fields call for:
    `IncomingCall`, `CallStatusCallback`, `IncomingMessage`,
    `MessageStatusCallback` (or the generic `Webhook`). Raises
    `WebhookVerificationError` saying why when the signature does not hold,
    `WebhookPayloadError` when a signed body does not fit the model.
    """
    from ._request_validator import RequestValidator

    if model is not None and not (isinstance(model, type) and issubclass(model, BaseModel)):
        raise InvalidParameterError("model must be a pydantic model class")
    req = request(method, url, headers, body)
    validator = RequestValidator(secret_from(auth_token, "TWILIO_AUTH_TOKEN", "the auth token"))
    signature = req.header(SIGNATURE_HEADER)
    if not signature:
        raise not_signed(SIGNATURE_HEADER)
    algorithm = _algorithm(req.header(_SETTINGS_HEADER))
    fields: Any
    if req.method == "GET" or not req.body:
        validator.validate_or_raise(req.url, {}, signature, algorithm=algorithm)
        fields = fields_of(req)
    elif "bodySHA256=" in req.url:
        validator.validate_or_raise(req.url, req.body, signature, algorithm=algorithm)
        fields = json_of(req)
    else:
        form = form_fields(req.body)
        validator.validate_or_raise(req.url, form, signature, algorithm=algorithm)
        fields = {name: values[0] for name, values in form.items() if values}
    if not isinstance(fields, dict):
        fields = {}
    return payload(model or model_for(fields), fields)
