"""Vonage resources: which generated operation backs each verb."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._resources import AsyncResource, Resource

if TYPE_CHECKING:
    from typing import Unpack

    from trunkline_generated.vonage_sms.api.sms import send_sms
    from trunkline_generated.vonage_sms.models import SmsResponse

__all__ = ["AsyncSms", "Sms"]

_SMS = {"send": "sms.send_sms"}
_FORMAT = ("json",)  # the `{format}` of `/sms/{format}`: answers are always decoded as JSON


class Sms(Resource):
    """The SMS API (`rest.nexmo.com/sms`)."""

    _package = "vonage_sms"
    _ops = _SMS

    def _args(self) -> tuple[Any, ...]:
        return _FORMAT

    def send(self, **params: Unpack[send_sms.Params]) -> SmsResponse:
        """Send an SMS. Never retried once it may have reached Vonage; a refusal raises."""
        return self._call("send", (), dict(params))  # type: ignore[no-any-return]


class AsyncSms(AsyncResource):
    """The SMS API, awaitable."""

    _package = "vonage_sms"
    _ops = _SMS

    def _args(self) -> tuple[Any, ...]:
        return _FORMAT

    async def send(self, **params: Unpack[send_sms.Params]) -> SmsResponse:
        """Send an SMS. Never retried once it may have reached Vonage; a refusal raises."""
        return await self._call("send", (), dict(params))  # type: ignore[no-any-return]
