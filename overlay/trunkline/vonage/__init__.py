"""Vonage (Nexmo): `Client` and `AsyncClient`.

from trunkline.vonage import Client
client = Client()   # VONAGE_API_KEY, VONAGE_API_SECRET
"""

from ._client import AsyncClient, Client

__all__ = ["AsyncClient", "Client"]
