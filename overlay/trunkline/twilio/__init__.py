"""Twilio: `Client` and `AsyncClient`.

from trunkline.twilio import Client
client = Client()   # TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN (or TWILIO_API_KEY + TWILIO_API_SECRET)
"""

from ._client import AsyncClient, Client

__all__ = ["AsyncClient", "Client"]
