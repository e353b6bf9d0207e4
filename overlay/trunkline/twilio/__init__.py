"""Twilio: `Client` and `AsyncClient`, webhook `RequestValidator`, client-SDK `AccessToken`.

from trunkline.twilio import Client
client = Client()   # TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN (or TWILIO_API_KEY + TWILIO_API_SECRET)

TwiML documents are their own module, loaded only when imported:
`from trunkline.twilio.twiml import VoiceResponse, MessagingResponse`.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ._client import AsyncClient, Client

if TYPE_CHECKING:
    from ._access_token import AccessToken, ChatGrant, VideoGrant, VoiceGrant
    from ._request_validator import RequestValidator

__all__ = [
    "AccessToken",
    "AsyncClient",
    "ChatGrant",
    "Client",
    "RequestValidator",
    "VideoGrant",
    "VoiceGrant",
]

# Imported on first use, so `import trunkline.twilio` stays as cheap as the client alone.
_LAZY = {
    "AccessToken": "._access_token",
    "ChatGrant": "._access_token",
    "VideoGrant": "._access_token",
    "VoiceGrant": "._access_token",
    "RequestValidator": "._request_validator",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'trunkline.twilio' has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value
