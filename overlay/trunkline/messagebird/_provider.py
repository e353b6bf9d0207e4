"""MessageBird's hooks into the core pipeline: AccessKey auth, error shape, paging."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._core import ErrorDetails, Provider, RequestKwargs

if TYPE_CHECKING:
    from .._core import Response

__all__ = ["MessageBirdProvider"]


class MessageBirdProvider(Provider):
    """`Authorization: AccessKey <key>`."""

    name = "messagebird"

    def __init__(self, access_key: str) -> None:
        self._authorization = f"AccessKey {access_key}"

    def __repr__(self) -> str:
        return "MessageBirdProvider()"

    def authenticate(self, request: RequestKwargs) -> RequestKwargs:
        """Add the Authorization header."""
        request.setdefault("headers", {})["Authorization"] = self._authorization
        return request

    def parse_error(self, response: Response, body: Any) -> ErrorDetails:
        """MessageBird errors: {"errors": [{"code": 13, "description": ..., "parameter": ...}]}."""
        errors = body.get("errors") if isinstance(body, dict) else None
        if not isinstance(errors, list) or not errors or not isinstance(errors[0], dict):
            return super().parse_error(response, body)
        first = errors[0]
        code = first.get("code")
        text = first.get("description") or first.get("message")
        message = str(text) if text is not None else None
        if message is not None and first.get("parameter"):
            message = f"{message} (parameter {first['parameter']})"
        if message is not None and len(errors) > 1:
            message = f"{message} (+{len(errors) - 1} more)"
        return ErrorDetails(code if isinstance(code, int | str) else None, message)
