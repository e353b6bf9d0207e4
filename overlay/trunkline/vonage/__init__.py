"""Vonage (Nexmo): `Client` and `AsyncClient`, webhook signature checks.

from trunkline.vonage import Client
client = Client()   # VONAGE_API_KEY, VONAGE_API_SECRET
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ._client import AsyncClient, Client

if TYPE_CHECKING:
    from ._signatures import check_sms_signature, verify_signed_webhook

__all__ = ["AsyncClient", "Client", "check_sms_signature", "verify_signed_webhook"]

# Imported on first use, so `import trunkline.vonage` stays as cheap as the client alone.
_LAZY = {
    "check_sms_signature": "._signatures",
    "verify_signed_webhook": "._signatures",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'trunkline.vonage' has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value
