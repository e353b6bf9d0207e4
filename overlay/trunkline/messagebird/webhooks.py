"""MessageBird Voice webhooks: verify the signature and parse the request into a typed payload.

    from trunkline.messagebird import webhooks

    event = webhooks.parse("POST", url, headers, body)   # key: MESSAGEBIRD_SIGNING_KEY
    for item in event.items:
        if isinstance(item, webhooks.CallItem):
            print(item.payload.id, item.payload.status)

`MessageBird-Signature-JWT` binds the token to the exact URL MessageBird
requested and to the body, and lives for about a minute; the older
`MessageBird-Signature` (with `MessageBird-Request-Timestamp`) is accepted too,
with `tolerance` seconds of clock difference. The models (pydantic, extra
`trunkline[webhooks]`) are generated from specs/webhooks/messagebird.yaml and
keep every field they do not name.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Final, TypeVar, overload
from urllib.parse import urlsplit

from .._core._exceptions import InvalidParameterError
from .._core._webhook import Body, Headers, json_of, not_signed, payload, request, secret_from

try:
    from pydantic import BaseModel

    from trunkline_generated.webhooks.messagebird import (
        Call,
        CallEvent,
        CallItem,
        Item,
        Leg,
        LegItem,
    )
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError(
        f"trunkline.messagebird.webhooks needs pydantic: pip install 'trunkline[webhooks]' ({exc})"
    ) from exc

__all__ = ["Call", "CallEvent", "CallItem", "Item", "Leg", "LegItem", "parse"]

M = TypeVar("M", bound=BaseModel)

SIGNATURE_HEADER: Final = "MessageBird-Signature-JWT"
_LEGACY_HEADER: Final = "MessageBird-Signature"
_TIMESTAMP_HEADER: Final = "MessageBird-Request-Timestamp"


@overload
def parse(
    method: str,
    url: str,
    headers: Headers,
    body: Body = None,
    *,
    signing_key: str | Sequence[str] | None = None,
    skip_url_validation: bool = False,
    tolerance: float | None = 300,
    now: datetime | float | None = None,
    model: None = None,
) -> CallEvent: ...
@overload
def parse(
    method: str,
    url: str,
    headers: Headers,
    body: Body = None,
    *,
    signing_key: str | Sequence[str] | None = None,
    skip_url_validation: bool = False,
    tolerance: float | None = 300,
    now: datetime | float | None = None,
    model: type[M],
) -> M: ...
def parse(
    method: str,
    url: str,
    headers: Headers,
    body: Body = None,
    *,
    signing_key: str | Sequence[str] | None = None,
    skip_url_validation: bool = False,
    tolerance: float | None = 300,
    now: datetime | float | None = None,
    model: type[BaseModel] | None = None,
) -> BaseModel:
    """Verify a MessageBird Voice webhook and return its typed payload (`CallEvent`).

    `url` is the full URL MessageBird requested and `body` the raw body.
    `signing_key` (default MESSAGEBIRD_SIGNING_KEY; several during a rotation)
    is the account's signing key or the webhook's `token`.
    `skip_url_validation` leaves the URL out of the check (trust no query
    parameter then). `tolerance` is the replay window of the older
    `MessageBird-Signature` scheme; `now` replaces the clock. Raises
    `WebhookVerificationError` saying why, `WebhookPayloadError` when a signed
    body does not fit the model.
    """
    from ._request_validator import RequestValidator

    if model is not None and not (isinstance(model, type) and issubclass(model, BaseModel)):
        raise InvalidParameterError("model must be a pydantic model class")
    req = request(method, url, headers, body)
    key = secret_from(signing_key, "MESSAGEBIRD_SIGNING_KEY", "the MessageBird signing key")
    validator = RequestValidator(key, skip_url_validation=skip_url_validation)
    token = req.header(SIGNATURE_HEADER)
    legacy = req.header(_LEGACY_HEADER)
    if token:
        validator.validate_signature(token, req.url, req.body, now=now)
    elif legacy:
        validator.validate_legacy_signature(
            legacy,
            req.header(_TIMESTAMP_HEADER),
            urlsplit(req.url).query,
            req.body,
            tolerance=tolerance,
            now=now,
        )
    else:
        raise not_signed(f"{SIGNATURE_HEADER} (nor {_LEGACY_HEADER})")
    return payload(model or CallEvent, json_of(req))
