"""MessageBird Voice: `Client` and `AsyncClient`.

from trunkline.messagebird import Client
client = Client()   # MESSAGEBIRD_ACCESS_KEY
"""

from ._client import AsyncClient, Client

__all__ = ["AsyncClient", "Client"]
