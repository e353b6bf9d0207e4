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

    def phone_number(self, value: Any, kind: str, name: str) -> Any:
        """E.164 digits without `+` (`31612345678`), as MessageBird takes them; addresses,
        short codes and sender ids unchanged."""
        from ..phone import phone_input

        return phone_input(value, name, self.default_region, plus=False)

    def parse_error(self, response: Response, body: Any) -> ErrorDetails:
        """MessageBird errors: `{data: null, errors: [{code, message}, ...]}` (Voice) or with
        `description` / `parameter` (MessageBird's other APIs). Every error is in the message,
        the first one's code is the code; all of them stay in the error's `body`."""
        errors = body.get("errors") if isinstance(body, dict) else None
        if not isinstance(errors, list) or not errors:
            return super().parse_error(response, body)
        texts = []
        for error in errors:
            if not isinstance(error, dict):
                continue
            text = error.get("message") or error.get("description")
            text = str(text) if text is not None else f"error {error.get('code')}"
            if error.get("parameter"):
                text = f"{text} (parameter {error['parameter']})"
            texts.append(text)
        first = next((e for e in errors if isinstance(e, dict)), {})
        code = first.get("code")
        return ErrorDetails(code if isinstance(code, int | str) else None, "; ".join(texts) or None)
