"""trunkline: one typed, async-ready client for Twilio, MessageBird Voice and Vonage.

    from trunkline.twilio import Client
    client = Client()                       # TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN
    call = client.calls.create(to="+14155550100", from_="+14155550199", url="https://...")

The providers live in `trunkline.twilio`, `trunkline.messagebird` and
`trunkline.vonage`; each is imported only when you import it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._core._exceptions import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    InvalidParameterError,
    InvalidPhoneNumber,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    TrunklineError,
    UnprocessableEntityError,
    WebhookPayloadError,
    WebhookVerificationError,
)
from ._version import __version__

if TYPE_CHECKING:
    from .phone import to_e164

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
    "__version__",
    "to_e164",
]


def __getattr__(name: str) -> Any:
    # `to_e164` lives in its own module so that `import trunkline` stays cheap.
    if name == "to_e164":
        from .phone import to_e164

        return to_e164
    raise AttributeError(f"module 'trunkline' has no attribute {name!r}")
