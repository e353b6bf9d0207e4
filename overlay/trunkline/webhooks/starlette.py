"""Webhooks in Starlette and FastAPI: a dependency that verifies and parses the request.

    from fastapi import Depends, FastAPI
    from trunkline.twilio.webhooks import IncomingMessage
    from trunkline.webhooks.starlette import Webhook

    sms = Webhook("twilio", model=IncomingMessage, trusted_proxies=["10.0.0.0/8"])

    @app.post("/twilio/sms")
    async def on_sms(event: IncomingMessage = Depends(sms)) -> Response: ...

In a plain Starlette endpoint, `event = await sms(request)`. A request whose
signature does not hold gets 403 (an `HTTPException` whose detail says why),
a signed body that does not fit the model 400; `await sms.parse(request)`
raises trunkline's `WebhookVerificationError` / `WebhookPayloadError` instead.
Proxy headers are read only from `trusted_proxies` (off by default).
"""

# No `from __future__ import annotations`: FastAPI reads `__call__`'s annotations at run time.
from typing import Generic, TypeVar

from pydantic import BaseModel
from starlette.exceptions import HTTPException
from starlette.requests import Request

from .._core._exceptions import WebhookPayloadError, WebhookVerificationError
from ._receiver import Receiver

__all__ = ["Webhook"]

P = TypeVar("P", bound=BaseModel)


def _target(request: Request) -> str:
    """The path and query exactly as sent (percent-encoding kept)."""
    scope = request.scope
    raw = scope.get("raw_path")
    path = raw.decode("latin-1") if isinstance(raw, bytes) else request.url.path
    query = scope.get("query_string") or b""
    return f"{path}?{query.decode('latin-1')}" if query else path


class Webhook(Receiver[P], Generic[P]):
    """A Starlette / FastAPI dependency: the verified, typed payload of a provider's webhook."""

    async def parse(self, request: Request) -> P:
        """The payload; WebhookVerificationError / WebhookPayloadError saying why not."""
        body = await request.body()
        headers = {name.lower(): value for name, value in request.headers.items()}
        peer = request.client.host if request.client else None
        host = headers.get("host") or (
            f"{request.url.hostname}:{request.url.port}" if request.url.port else ""
        )
        url = self.url_of(request.url.scheme, host, _target(request), headers, peer)
        return self.parse_parts(request.method, url, headers, body, peer=peer)

    async def __call__(self, request: Request) -> P:
        """The payload; HTTP 403 when the signature does not hold, 400 for a bad payload."""
        try:
            return await self.parse(request)
        except WebhookVerificationError as exc:
            raise HTTPException(status_code=403, detail=str(exc)) from None
        except WebhookPayloadError as exc:
            raise HTTPException(status_code=400, detail=str(exc)) from None
