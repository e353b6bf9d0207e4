"""Credentials for the Vonage tests: key and secret, and an application's RSA key pair."""

from __future__ import annotations

from functools import cache

KEY, SECRET = "abcd1234", "s3cr3t0123456789"
APPLICATION = "aaaaaaaa-bbbb-4ccc-8ddd-0123456789ab"
SIGNATURE_SECRET = "sig-secret-abcdef"


@cache
def key_pair() -> tuple[str, str]:
    """(private PEM, public PEM) of a test application, made once per session."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    private = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    public = (
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )
    return private, public
