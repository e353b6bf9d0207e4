"""Twilio `Client` and `AsyncClient`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, ClassVar, Self

from trunkline_generated.clients.twilio import AsyncTwilioResources, TwilioResources

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

    from ._resources import calls as _calls
    from ._resources import helpers as _helpers
    from ._resources import messages as _messages

__all__ = ["AsyncClient", "Client"]

_ACCOUNT_SID = re.compile(r"AC[0-9a-fA-F]{32}")


def _check_account_sid(account_sid: object) -> None:
    if not isinstance(account_sid, str) or not _ACCOUNT_SID.fullmatch(account_sid):
        raise ConfigurationError(
            f"account_sid {account_sid!r} is no account SID: AC followed by 32 hex digits "
            "(the console shows it)"
        )


class _TwilioSettings:
    """Credentials, region and edge, resolved once from arguments and the environment."""

    account_sid: str
    region: str | None
    edge: str | None

    def _configure(
        self,
        account_sid: str | None,
        auth_token: str | None,
        api_key: str | None,
        api_secret: str | None,
        region: str | None,
        edge: str | None,
    ) -> tuple[str, str]:
        self.account_sid = require(
            env_or(account_sid, "TWILIO_ACCOUNT_SID"), "account_sid", "TWILIO_ACCOUNT_SID"
        )
        _check_account_sid(self.account_sid)
        api_key = env_or(api_key, "TWILIO_API_KEY")
        api_secret = env_or(api_secret, "TWILIO_API_SECRET")
        if bool(api_key) != bool(api_secret):
            raise ConfigurationError("api_key and api_secret go together: give both or neither")
        self.region = env_or(region, "TWILIO_REGION")
        self.edge = env_or(edge, "TWILIO_EDGE")
        if api_key and api_secret:
            return api_key, api_secret
        token = require(env_or(auth_token, "TWILIO_AUTH_TOKEN"), "auth_token", "TWILIO_AUTH_TOKEN")
        return self.account_sid, token

    def __repr__(self) -> str:
        return f"{type(self).__name__}(account_sid={self.account_sid!r})"

    def with_account(self, account_sid: str) -> Self:
        """The same client (same credentials, same connection pool) acting on the resources of
        a subaccount (or any account these credentials may act on)."""
        _check_account_sid(account_sid)
        clone = self._acting_as({"AccountSid": account_sid})  # type: ignore[attr-defined]
        clone.account_sid = account_sid
        return clone  # type: ignore[no-any-return]


# Resources whose behaviour (or typing) goes beyond the spec: the overlay's subclasses.
_OVERRIDES = {
    "calls": "trunkline.twilio._resources.calls:Calls",
    "messages": "trunkline.twilio._resources.messages:Messages",
    "messages.media": "trunkline.twilio._resources.media:MessagesMedia",
    "incoming_phone_numbers": "trunkline.twilio._resources.helpers:IncomingPhoneNumbers",
    "queues": "trunkline.twilio._resources.helpers:Queues",
    "queues.members": "trunkline.twilio._resources.helpers:QueuesMembers",
    "usage": "trunkline.twilio._resources.helpers:Usage",
    "usage.records": "trunkline.twilio._resources.helpers:UsageRecords",
}
_ASYNC_OVERRIDES = {key: value.replace(":", ":Async") for key, value in _OVERRIDES.items()}


class Client(_TwilioSettings, TwilioResources, SyncProviderClient):
    """Twilio, synchronous. Credentials fall back to TWILIO_* environment variables."""

    _overrides: ClassVar = _OVERRIDES
    if TYPE_CHECKING:
        calls: _calls.Calls
        messages: _messages.Messages
        incoming_phone_numbers: _helpers.IncomingPhoneNumbers
        queues: _helpers.Queues
        usage: _helpers.Usage

    def __init__(
        self,
        account_sid: str | None = None,
        auth_token: str | None = None,
        *,
        api_key: str | None = None,
        api_secret: str | None = None,
        region: str | None = None,
        edge: str | None = None,
        base_url: str | None = None,
        default_region: str | None = None,
        timeout: float | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
    ) -> None:
        from ._provider import TwilioProvider

        username, password = self._configure(
            account_sid, auth_token, api_key, api_secret, region, edge
        )
        self._start(
            provider=TwilioProvider(username, password, self.region, self.edge),
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            path_params={"AccountSid": self.account_sid},
            default_region=default_region,
        )


class AsyncClient(_TwilioSettings, AsyncTwilioResources, AsyncProviderClient):
    """Twilio, asynchronous: the same resources and methods as `Client`, awaitable."""

    _overrides: ClassVar = _ASYNC_OVERRIDES
    if TYPE_CHECKING:
        calls: _calls.AsyncCalls
        messages: _messages.AsyncMessages
        incoming_phone_numbers: _helpers.AsyncIncomingPhoneNumbers
        queues: _helpers.AsyncQueues
        usage: _helpers.AsyncUsage

    def __init__(
        self,
        account_sid: str | None = None,
        auth_token: str | None = None,
        *,
        api_key: str | None = None,
        api_secret: str | None = None,
        region: str | None = None,
        edge: str | None = None,
        base_url: str | None = None,
        default_region: str | None = None,
        timeout: float | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        from ._provider import TwilioProvider

        username, password = self._configure(
            account_sid, auth_token, api_key, api_secret, region, edge
        )
        self._start(
            provider=TwilioProvider(username, password, self.region, self.edge),
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            path_params={"AccountSid": self.account_sid},
            default_region=default_region,
        )
