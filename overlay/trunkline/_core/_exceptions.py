"""Every error trunkline raises.

```
TrunklineError
├── APIError                      the provider answered with an error
│   ├── BadRequestError           400
│   ├── AuthenticationError       401
│   ├── PermissionDeniedError     403
│   ├── NotFoundError             404
│   ├── ConflictError             409
│   ├── UnprocessableEntityError  422
│   ├── RateLimitError            429
│   └── InternalServerError       >= 500
├── APIConnectionError            no usable answer (refused, reset, TLS, ...)
│   └── APITimeoutError           the per-attempt deadline passed
├── WebhookVerificationError      a webhook or signature check failed
├── WebhookPayloadError           a signed webhook whose payload does not fit its model
│                                 (also a ValueError)
├── InvalidParameterError         bad input to a method (also a ValueError)
│   └── InvalidPhoneNumber        not a valid phone number (also a ValueError)
└── ConfigurationError            missing or contradictory client settings
```

Messages and reprs never carry credentials: the request attached to an
error is only described by method and a redacted URL.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._transport import Response

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "InvalidParameterError",
    "InvalidPhoneNumber",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "TrunklineError",
    "UnprocessableEntityError",
    "WebhookPayloadError",
    "WebhookVerificationError",
    "error_class_for_status",
]


class TrunklineError(Exception):
    """Base class of every error trunkline raises."""


class APIError(TrunklineError):
    """The provider answered with an HTTP error status (or an error in a 2xx body)."""

    status_code: int
    code: int | str | None
    message: str
    more_info: str | None
    request_id: str | None
    provider: str
    body: Any
    response: Response | None

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        provider: str,
        code: int | str | None = None,
        more_info: str | None = None,
        request_id: str | None = None,
        body: Any = None,
        response: Response | None = None,
    ) -> None:
        self.message = message
        self.status_code = status_code
        self.provider = provider
        self.code = code
        self.more_info = more_info
        self.request_id = request_id
        self.body = body
        self.response = response
        super().__init__(self.__str__())

    def __str__(self) -> str:
        parts = [f"{self.provider} HTTP {self.status_code}"]
        if self.code is not None:
            parts.append(f"code {self.code}")
        text = ", ".join(parts) + f": {self.message}"
        if self.more_info:
            text += f" (see {self.more_info})"
        return text

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code!r}, code={self.code!r}, "
            f"message={self.message!r}, provider={self.provider!r})"
        )

    def __reduce__(self) -> tuple[Any, ...]:
        # Keeps errors picklable (multiprocessing, task queues) without the response.
        return (
            _rebuild_api_error,
            (
                type(self),
                self.message,
                self.status_code,
                self.provider,
                self.code,
                self.more_info,
                self.request_id,
                self.body,
            ),
        )


def _rebuild_api_error(
    cls: type[APIError],
    message: str,
    status_code: int,
    provider: str,
    code: int | str | None,
    more_info: str | None,
    request_id: str | None,
    body: Any,
) -> APIError:
    return cls(
        message,
        status_code=status_code,
        provider=provider,
        code=code,
        more_info=more_info,
        request_id=request_id,
        body=body,
    )


class BadRequestError(APIError):
    """HTTP 400."""


class AuthenticationError(APIError):
    """HTTP 401: the credentials were refused."""


class PermissionDeniedError(APIError):
    """HTTP 403."""


class NotFoundError(APIError):
    """HTTP 404."""


class ConflictError(APIError):
    """HTTP 409."""


class UnprocessableEntityError(APIError):
    """HTTP 422."""


class RateLimitError(APIError):
    """HTTP 429: too many requests."""


class InternalServerError(APIError):
    """HTTP 500 and above."""


_BY_STATUS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_class_for_status(status_code: int) -> type[APIError]:
    """The most specific `APIError` subclass for an HTTP status."""
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, APIError)


class APIConnectionError(TrunklineError):
    """No usable answer arrived: the connection failed, was reset, or broke mid-body."""

    # False only when the request provably never reached the server (connection
    # refused, connect or pool timeout): then even a create is safe to send again.
    request_sent: bool = True

    def __init__(self, message: str = "Connection error.", *, request_line: str | None = None):
        self.request_line = request_line
        super().__init__(f"{message} ({request_line})" if request_line else message)


class APITimeoutError(APIConnectionError):
    """The per-attempt deadline passed before the whole answer arrived."""

    def __init__(self, message: str = "Request timed out.", *, request_line: str | None = None):
        super().__init__(message, request_line=request_line)


class WebhookVerificationError(TrunklineError):
    """A webhook signature, token or timestamp did not verify."""


class WebhookPayloadError(TrunklineError, ValueError):
    """A webhook's signature holds but its body does not fit the payload model."""


class InvalidParameterError(TrunklineError, ValueError):
    """A method was given a value it cannot send."""


class InvalidPhoneNumber(InvalidParameterError):
    """The text is not a valid phone number (or is ambiguous without a region)."""


class ConfigurationError(TrunklineError):
    """The client is missing credentials or was given contradictory settings."""
