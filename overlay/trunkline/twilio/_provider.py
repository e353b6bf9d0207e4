"""Twilio's hooks into the core pipeline: Basic auth, regional hosts, error shape, paging."""

from __future__ import annotations

from base64 import b64encode
from typing import TYPE_CHECKING, Any

from .._core import ErrorDetails, Provider, RequestKwargs

if TYPE_CHECKING:
    from .._core import Response

__all__ = ["TwilioProvider"]

# Twilio error codes that say what the answer is whatever its HTTP status: the error class
# follows them (NotFoundError, RateLimitError).
_STATUS_OF_CODE = {20404: 404, 20429: 429}


class TwilioProvider(Provider):
    """Basic auth with the account's auth token, or with an API key and its secret."""

    name = "twilio"
    request_id_header = "Twilio-Request-Id"

    def __init__(self, username: str, password: str, region: str | None, edge: str | None):
        token = b64encode(f"{username}:{password}".encode()).decode("ascii")
        self._authorization = f"Basic {token}"
        self._region = region
        self._edge = edge

    def __repr__(self) -> str:
        return f"TwilioProvider(region={self._region!r}, edge={self._edge!r})"

    def server_url(self, server: str) -> str:
        """https://api.twilio.com -> https://api.{edge}.{region}.twilio.com, as Twilio's SDKs do.

        An edge without a region means region us1.
        """
        if not self._region and not self._edge:
            return server
        scheme, _, rest = server.partition("://")
        host, slash, path = rest.partition("/")
        pieces = [host.split(".", 1)[0]]
        if self._edge:
            pieces += [self._edge, self._region or "us1"]
        else:
            pieces.append(self._region or "")
        return f"{scheme}://{'.'.join([*pieces, 'twilio', 'com'])}{slash}{path}"

    def authenticate(self, request: RequestKwargs) -> RequestKwargs:
        """Add the Authorization header."""
        request.setdefault("headers", {})["Authorization"] = self._authorization
        return request

    def phone_number(self, value: Any, kind: str, name: str) -> Any:
        """E.164 (`+14155550100`); addresses, short codes and sender ids unchanged."""
        from ..phone import phone_input

        return phone_input(value, name, self.default_region)

    def parse_error(self, response: Response, body: Any) -> ErrorDetails:
        """Twilio errors: {"code": 20404, "message": ..., "more_info": ..., "status": 404}."""
        if not isinstance(body, dict):
            return ErrorDetails(None, None)
        code = body.get("code")
        message = body.get("message")
        more_info = body.get("more_info")
        return ErrorDetails(
            code if isinstance(code, int | str) else None,
            str(message) if message is not None else None,
            str(more_info) if more_info else None,
            _STATUS_OF_CODE.get(code) if isinstance(code, int) else None,
        )
