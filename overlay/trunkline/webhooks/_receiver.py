"""What the framework integrations share: a provider, its secret, the proxies trusted."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from importlib import import_module
from typing import TYPE_CHECKING, Any, Final, Generic, Literal, TypeAlias, TypeVar, overload
from urllib.parse import urlsplit

from .._core._exceptions import InvalidParameterError, WebhookVerificationError
from .._core._webhook import secret_from
from ._proxy import TrustedProxies, forwarded_headers_in, public_url

if TYPE_CHECKING:
    from pydantic import BaseModel

__all__ = ["Provider", "Receiver"]

log = logging.getLogger("trunkline.webhooks")

Provider: TypeAlias = Literal["twilio", "messagebird", "vonage"]
P = TypeVar("P", bound="BaseModel")

# provider -> (module with `parse`, its secret keyword, environment variable, what it is)
_PROVIDERS: Final = {
    "twilio": ("trunkline.twilio.webhooks", "auth_token", "TWILIO_AUTH_TOKEN", "the auth token"),
    "messagebird": (
        "trunkline.messagebird.webhooks",
        "signing_key",
        "MESSAGEBIRD_SIGNING_KEY",
        "the MessageBird signing key",
    ),
    "vonage": (
        "trunkline.vonage.webhooks",
        "signature_secret",
        "VONAGE_SIGNATURE_SECRET",
        "the Vonage signature secret",
    ),
}


def _trust(value: TrustedProxies | Iterable[str] | None) -> TrustedProxies | None:
    if value is None or isinstance(value, TrustedProxies):
        return value
    return TrustedProxies(value)


class Receiver(Generic[P]):
    """Verifies and parses one provider's webhooks as a web framework received them."""

    @overload
    def __init__(
        self: Receiver[BaseModel],
        provider: Provider,
        *,
        secret: str | Sequence[str] | None = None,
        trusted_proxies: TrustedProxies | Iterable[str] | None = None,
        model: None = None,
        **options: Any,
    ) -> None: ...
    @overload
    def __init__(
        self,
        provider: Provider,
        *,
        secret: str | Sequence[str] | None = None,
        trusted_proxies: TrustedProxies | Iterable[str] | None = None,
        model: type[P],
        **options: Any,
    ) -> None: ...
    def __init__(
        self,
        provider: Provider,
        *,
        secret: str | Sequence[str] | None = None,
        trusted_proxies: TrustedProxies | Iterable[str] | None = None,
        model: type[P] | None = None,
        **options: Any,
    ) -> None:
        """`provider`'s webhooks, signed with `secret` (default: the provider's environment
        variable); proxy headers read only from `trusted_proxies`; `options` go to the
        provider's `parse` (`signature_method=`, `max_age=`, `skip_url_validation=`, ...)."""
        if provider not in _PROVIDERS:
            raise InvalidParameterError(
                f"provider must be one of {', '.join(_PROVIDERS)}, not {provider!r}"
            )
        module, keyword, env, what = _PROVIDERS[provider]
        if keyword in options or "model" in options:
            raise InvalidParameterError(f"pass the secret as secret=, not {keyword}=")
        self.provider = provider
        self.model = model
        self.trusted_proxies = _trust(trusted_proxies)
        self._parse = import_module(module).parse
        self._options = {keyword: secret_from(secret, env, what), **options}

    def __repr__(self) -> str:
        proxies = "none" if self.trusted_proxies is None else len(self.trusted_proxies.networks)
        return f"<{type(self).__name__} {self.provider}, trusted proxies: {proxies}>"

    def url_of(
        self, scheme: str, host: str, target: str, headers: Mapping[str, str], peer: str | None
    ) -> str:
        """The URL the provider requested (see `trunkline.webhooks.public_url`)."""
        return public_url(scheme, host, target, headers, peer=peer, trust=self.trusted_proxies)

    def parse_parts(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: bytes,
        *,
        peer: str | None = None,
    ) -> P:
        """Verify and parse; a failure names the URL checked and an untrusted proxy."""
        try:
            event: P = self._parse(method, url, headers, body, model=self.model, **self._options)
        except WebhookVerificationError as exc:
            message = f"{exc} (checked against {_shown(url)}{self._hint(headers, peer)})"
            log.warning("%s webhook refused: %s", self.provider, message)
            raise WebhookVerificationError(message) from None
        return event

    def _hint(self, headers: Mapping[str, str], peer: str | None) -> str:
        found = forwarded_headers_in(headers)
        if not found:
            return ""
        trust = self.trusted_proxies
        if trust is None:
            return (
                f"; the request came through a proxy ({', '.join(found)}), but no proxy is "
                "trusted: pass trusted_proxies=[its address]"
            )
        if not trust.trusts(peer):
            return f"; the proxy headers came from {peer or 'an unknown peer'}, not a trusted proxy"
        return ""


def _shown(url: str) -> str:
    """The URL without its query (which may carry the payload)."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{parts.path}"
