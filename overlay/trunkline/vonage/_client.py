"""Vonage `Client` and `AsyncClient`."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from trunkline_generated.clients.vonage import AsyncVonageResources, VonageResources

from .._core._exceptions import ConfigurationError
from .._provider_client import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    AsyncProviderClient,
    SyncProviderClient,
    env_or,
    require,
)

if TYPE_CHECKING:
    import httpx

    from ._provider import VonageProvider
    from ._resources import verify as _verify
    from ._resources import voice as _voice

__all__ = ["AsyncClient", "Client"]

SIGNATURE_METHODS = ("md5hash", "md5", "sha1", "sha256", "sha512")


class _VonageSettings:
    """Credentials resolved once from arguments and VONAGE_* environment variables.

    Vonage's APIs authenticate differently (key and secret in the query or form,
    HTTP Basic, a signature, or an application's JWT): each operation takes what its
    spec declares, and a credential it needs but the client lacks is a
    `ConfigurationError` naming it when that operation is called. A client that
    could authenticate nothing fails when it is made.
    """

    api_key: str | None
    application_id: str | None
    private_key: str | None
    signature_secret: str | None
    signature_method: str

    def _configure(
        self,
        api_key: str | None,
        api_secret: str | None,
        application_id: str | None,
        private_key: str | None,
        signature_secret: str | None,
        signature_method: str | None,
    ) -> VonageProvider:
        from ._provider import VonageCredentials, VonageProvider

        self.api_key = env_or(api_key, "VONAGE_API_KEY")
        secret = env_or(api_secret, "VONAGE_API_SECRET")
        self.application_id = env_or(application_id, "VONAGE_APPLICATION_ID")
        self.private_key = env_or(private_key, "VONAGE_PRIVATE_KEY")
        if bool(self.application_id) != bool(self.private_key):
            raise ConfigurationError(
                "application_id and private_key go together: give both or neither"
            )
        self.signature_secret = env_or(signature_secret, "VONAGE_SIGNATURE_SECRET")
        method = signature_method or "md5hash"
        if method not in SIGNATURE_METHODS:
            raise ConfigurationError(
                f"signature_method must be one of {', '.join(SIGNATURE_METHODS)}, not {method!r}"
            )
        self.signature_method = method
        if not self.application_id:
            # Then nothing but an api_key and its secret can authenticate.
            require(self.api_key, "api_key", "VONAGE_API_KEY")
            require(secret, "api_secret", "VONAGE_API_SECRET")
        return VonageProvider(
            VonageCredentials(
                api_key=self.api_key,
                api_secret=secret,
                application_id=self.application_id,
                private_key=self.private_key,
                signature_secret=self.signature_secret,
                signature_method=method,
            )
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}(api_key={self.api_key!r})"


# Resources with conveniences beyond the spec: the overlay's subclasses.
_OVERRIDES = {
    "voice": "trunkline.vonage._resources.voice:Voice",
    "voice.calls": "trunkline.vonage._resources.voice:VoiceCalls",
    "verify": "trunkline.vonage._resources.verify:Verify",
}
_ASYNC_OVERRIDES = {key: value.replace(":", ":Async") for key, value in _OVERRIDES.items()}


class Client(_VonageSettings, VonageResources, SyncProviderClient):
    """Vonage, synchronous. Credentials fall back to VONAGE_* environment variables."""

    _overrides: ClassVar = _OVERRIDES
    if TYPE_CHECKING:
        voice: _voice.Voice
        verify: _verify.Verify

    def __init__(
        self,
        api_key: str | None = None,
        api_secret: str | None = None,
        *,
        application_id: str | None = None,
        private_key: str | None = None,
        signature_secret: str | None = None,
        signature_method: str | None = None,
        base_url: str | None = None,
        default_region: str | None = None,
        timeout: float | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
    ) -> None:
        provider = self._configure(
            api_key, api_secret, application_id, private_key, signature_secret, signature_method
        )
        self._start(
            provider=provider,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            default_region=default_region,
        )


class AsyncClient(_VonageSettings, AsyncVonageResources, AsyncProviderClient):
    """Vonage, asynchronous: the same namespaces and methods as `Client`, awaitable."""

    _overrides: ClassVar = _ASYNC_OVERRIDES
    if TYPE_CHECKING:
        voice: _voice.AsyncVoice
        verify: _verify.AsyncVerify

    def __init__(
        self,
        api_key: str | None = None,
        api_secret: str | None = None,
        *,
        application_id: str | None = None,
        private_key: str | None = None,
        signature_secret: str | None = None,
        signature_method: str | None = None,
        base_url: str | None = None,
        default_region: str | None = None,
        timeout: float | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        provider = self._configure(
            api_key, api_secret, application_id, private_key, signature_secret, signature_method
        )
        self._start(
            provider=provider,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            default_region=default_region,
        )
