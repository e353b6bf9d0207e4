"""MessageBird Voice: `Client` and `AsyncClient`, webhook `RequestValidator`.

from trunkline.messagebird import Client
client = Client()   # MESSAGEBIRD_ACCESS_KEY
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ._client import AsyncClient, Client

if TYPE_CHECKING:
    from ._request_validator import RequestValidator

__all__ = ["AsyncClient", "Client", "RequestValidator"]

# Imported on first use, so `import trunkline.messagebird` stays as cheap as the client alone.
_LAZY = {"RequestValidator": "._request_validator"}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'trunkline.messagebird' has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value
