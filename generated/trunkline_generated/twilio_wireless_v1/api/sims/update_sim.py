"""UpdateSim: POST /v1/Sims/{Sid}

Updates the given properties of a Sim resource on your Account.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.sim import Sim
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from trunkline_generated.twilio_wireless_v1.models.http_method import HttpMethod
    from trunkline_generated.twilio_wireless_v1.models.sim_reset_status import SimResetStatus
    from trunkline_generated.twilio_wireless_v1.models.sim_status import SimStatus

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of UpdateSim (for `Unpack`), per-call options included."""

        unique_name: str  # UniqueName
        callback_method: HttpMethod | str  # CallbackMethod
        callback_url: str  # CallbackUrl
        friendly_name: str  # FriendlyName
        rate_plan: str  # RatePlan
        status: SimStatus | str  # Status
        commands_callback_method: HttpMethod | str  # CommandsCallbackMethod
        commands_callback_url: str  # CommandsCallbackUrl
        sms_fallback_method: HttpMethod | str  # SmsFallbackMethod
        sms_fallback_url: str  # SmsFallbackUrl
        sms_method: HttpMethod | str  # SmsMethod
        sms_url: str  # SmsUrl
        voice_fallback_method: HttpMethod | str  # VoiceFallbackMethod
        voice_fallback_url: str  # VoiceFallbackUrl
        voice_method: HttpMethod | str  # VoiceMethod
        voice_url: str  # VoiceUrl
        reset_status: SimResetStatus | str  # ResetStatus
        account_sid: str  # AccountSid


METHOD = "POST"
PATH = "/v1/Sims/{Sid}"
RETRY = "create"
ARGS = ("sid",)
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"


def _get_kwargs(
    sid: str,
    *,
    unique_name: str | Unset = UNSET,
    callback_method: HttpMethod | str | Unset = UNSET,
    callback_url: str | Unset = UNSET,
    friendly_name: str | Unset = UNSET,
    rate_plan: str | Unset = UNSET,
    status: SimStatus | str | Unset = UNSET,
    commands_callback_method: HttpMethod | str | Unset = UNSET,
    commands_callback_url: str | Unset = UNSET,
    sms_fallback_method: HttpMethod | str | Unset = UNSET,
    sms_fallback_url: str | Unset = UNSET,
    sms_method: HttpMethod | str | Unset = UNSET,
    sms_url: str | Unset = UNSET,
    voice_fallback_method: HttpMethod | str | Unset = UNSET,
    voice_fallback_url: str | Unset = UNSET,
    voice_method: HttpMethod | str | Unset = UNSET,
    voice_url: str | Unset = UNSET,
    reset_status: SimResetStatus | str | Unset = UNSET,
    account_sid: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    if unique_name is not UNSET:
        _body["UniqueName"] = unique_name
    if callback_method is not UNSET:
        _body["CallbackMethod"] = callback_method
    if callback_url is not UNSET:
        _body["CallbackUrl"] = callback_url
    if friendly_name is not UNSET:
        _body["FriendlyName"] = friendly_name
    if rate_plan is not UNSET:
        _body["RatePlan"] = rate_plan
    if status is not UNSET:
        _body["Status"] = status
    if commands_callback_method is not UNSET:
        _body["CommandsCallbackMethod"] = commands_callback_method
    if commands_callback_url is not UNSET:
        _body["CommandsCallbackUrl"] = commands_callback_url
    if sms_fallback_method is not UNSET:
        _body["SmsFallbackMethod"] = sms_fallback_method
    if sms_fallback_url is not UNSET:
        _body["SmsFallbackUrl"] = sms_fallback_url
    if sms_method is not UNSET:
        _body["SmsMethod"] = sms_method
    if sms_url is not UNSET:
        _body["SmsUrl"] = sms_url
    if voice_fallback_method is not UNSET:
        _body["VoiceFallbackMethod"] = voice_fallback_method
    if voice_fallback_url is not UNSET:
        _body["VoiceFallbackUrl"] = voice_fallback_url
    if voice_method is not UNSET:
        _body["VoiceMethod"] = voice_method
    if voice_url is not UNSET:
        _body["VoiceUrl"] = voice_url
    if reset_status is not UNSET:
        _body["ResetStatus"] = reset_status
    if account_sid is not UNSET:
        _body["AccountSid"] = account_sid

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "Sid": _quote(str(sid), safe=""),
            }
        ),
        "data": _body,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], Sim] = Sim
