"""Webhooks in WSGI apps (Flask, Django, ...): verify and parse from the WSGI environ.

    from flask import Flask, abort, request
    from trunkline import WebhookVerificationError
    from trunkline.webhooks.wsgi import Webhook

    status = Webhook("twilio", trusted_proxies=["127.0.0.1"])

    @app.post("/twilio/status")
    def on_status():
        try:
            event = status.parse(request.environ, request.get_data())
        except WebhookVerificationError:
            abort(403)

Django: `status.parse(request.META, request.body)`. Without `body` the body is
read from `wsgi.input` and put back, so the framework can still read it.
Proxy headers are read only from `trusted_proxies` (off by default).
"""

from __future__ import annotations

import io
from collections.abc import Mapping, MutableMapping
from typing import Any, Generic, TypeVar
from urllib.parse import quote

from pydantic import BaseModel

from .._core._exceptions import InvalidParameterError
from ._receiver import Receiver

__all__ = ["Webhook"]

P = TypeVar("P", bound=BaseModel)
_MAX_BODY = 16 * 1024 * 1024  # no provider sends a webhook this large


def _headers(environ: Mapping[str, Any]) -> dict[str, str]:
    headers = {
        key[5:].replace("_", "-").lower(): str(value)
        for key, value in environ.items()
        if key.startswith("HTTP_")
    }
    for key in ("CONTENT_TYPE", "CONTENT_LENGTH"):
        if environ.get(key):
            headers[key.replace("_", "-").lower()] = str(environ[key])
    return headers


def _target(environ: Mapping[str, Any]) -> str:
    """The path and query as sent: RAW_URI / REQUEST_URI when the server keeps them."""
    for key in ("RAW_URI", "REQUEST_URI"):
        raw = environ.get(key)
        if isinstance(raw, str) and raw.startswith("/"):
            return raw
    path = str(environ.get("SCRIPT_NAME", "")) + str(environ.get("PATH_INFO", ""))
    # PEP 3333: the path is the request's bytes decoded as latin-1
    target = quote(path.encode("latin-1"), safe="/:@!$&'()*+,;=-._~%")
    query = str(environ.get("QUERY_STRING", ""))
    return f"{target}?{query}" if query else target


def _read_body(environ: MutableMapping[str, Any]) -> bytes:
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    if length <= 0:
        return b""
    if length > _MAX_BODY:
        raise InvalidParameterError(f"the body is {length} bytes: too large for a webhook")
    body = environ["wsgi.input"].read(length)
    environ["wsgi.input"] = io.BytesIO(body)  # the framework can read it again
    return bytes(body)


class Webhook(Receiver[P], Generic[P]):
    """A provider's webhooks in a WSGI app: `parse(environ, body)` -> the verified payload."""

    def parse(self, environ: MutableMapping[str, Any], body: bytes | None = None) -> P:
        """The payload; WebhookVerificationError / WebhookPayloadError saying why not."""
        if body is None:
            body = _read_body(environ)
        headers = _headers(environ)
        scheme = str(environ.get("wsgi.url_scheme") or "http")
        host = headers.get("host") or (
            f"{environ.get('SERVER_NAME', '')}:{environ.get('SERVER_PORT', '')}"
        )
        peer = environ.get("REMOTE_ADDR")
        url = self.url_of(scheme, host, _target(environ), headers, peer)
        method = str(environ.get("REQUEST_METHOD") or "GET")
        return self.parse_parts(method, url, headers, bytes(body), peer=peer)
