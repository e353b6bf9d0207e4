"""The RS256 JWT a Vonage application signs its Voice (and Applications) requests with.

`iat`, `exp`, `jti` and `application_id`, signed with the application's private key
(PEM text, or a path to the PEM file), made with PyJWT (`pip install "trunkline[jwt]"`).
One token is reused until shortly before it expires, then a new one is made.
"""

from __future__ import annotations

import os
import threading
import time
import uuid
from typing import Any

from .._core._exceptions import ConfigurationError

__all__ = ["ApplicationJWT"]

TTL = 15 * 60  # seconds a token is valid (Vonage accepts up to 24 h)
REFRESH_BEFORE = 60  # seconds before expiry a new token is made


def _pem(private_key: str) -> bytes:
    """The key's PEM bytes, from the text itself or the file it names."""
    text = private_key.strip()
    if "-----BEGIN" not in text:
        if not os.path.isfile(text):
            raise ConfigurationError(
                "private_key (or VONAGE_PRIVATE_KEY) is neither a PEM private key nor the path "
                "of one"
            )
        with open(text, "rb") as file:
            return file.read()
    if "\n" not in text and "\\n" in text:
        text = text.replace("\\n", "\n")  # a PEM squeezed into one environment variable line
    return text.encode()


class ApplicationJWT:
    """Tokens for one application: `bearer()` gives `Authorization`'s value."""

    __slots__ = ("_application_id", "_expires", "_key", "_lock", "_private_key", "_token")

    def __init__(self, application_id: str, private_key: str) -> None:
        self._application_id = application_id
        self._private_key = private_key
        self._key: Any = None
        self._token: str | None = None
        self._expires = 0.0
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"ApplicationJWT(application_id={self._application_id!r})"

    def _signing_key(self) -> Any:
        if self._key is None:
            try:
                from cryptography.hazmat.primitives.serialization import load_pem_private_key
            except ImportError:  # pragma: no cover - the jwt extra brings cryptography
                raise ConfigurationError(
                    'Vonage application auth needs PyJWT: pip install "trunkline[jwt]"'
                ) from None
            try:
                self._key = load_pem_private_key(_pem(self._private_key), password=None)
            except (ValueError, TypeError) as exc:
                raise ConfigurationError(
                    f"private_key is not a usable RSA private key ({type(exc).__name__})"
                ) from None
        return self._key

    def bearer(self, now: float | None = None) -> str:
        """`Bearer <token>`: the cached token, or a new one when it is about to expire."""
        at = time.time() if now is None else now
        with self._lock:
            if self._token is None or at > self._expires - REFRESH_BEFORE:
                self._token = self._make(at)
                self._expires = at + TTL
            return f"Bearer {self._token}"

    def _make(self, at: float) -> str:
        try:
            import jwt
        except ImportError:
            raise ConfigurationError(
                'Vonage application auth needs PyJWT: pip install "trunkline[jwt]"'
            ) from None
        claims = {
            "application_id": self._application_id,
            "iat": int(at),
            "exp": int(at) + TTL,
            "jti": str(uuid.uuid4()),
        }
        return str(jwt.encode(claims, self._signing_key(), algorithm="RS256"))
