"""CreateApplication: POST /2010-04-01/Accounts/{AccountSid}/Applications.json

Create a new application within your account

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.application import Application
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from trunkline_generated.twilio_api_v2010.models.http_method import HttpMethod

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of CreateApplication (for `Unpack`), per-call options included."""

        api_version: str  # ApiVersion
        voice_url: str  # VoiceUrl
        voice_method: HttpMethod | str  # VoiceMethod
        voice_fallback_url: str  # VoiceFallbackUrl
        voice_fallback_method: HttpMethod | str  # VoiceFallbackMethod
        status_callback: str  # StatusCallback
        status_callback_method: HttpMethod | str  # StatusCallbackMethod
        voice_caller_id_lookup: bool  # VoiceCallerIdLookup
        sms_url: str  # SmsUrl
        sms_method: HttpMethod | str  # SmsMethod
        sms_fallback_url: str  # SmsFallbackUrl
        sms_fallback_method: HttpMethod | str  # SmsFallbackMethod
        sms_status_callback: str  # SmsStatusCallback
        message_status_callback: str  # MessageStatusCallback
        friendly_name: str  # FriendlyName
        public_application_connect_enabled: bool  # PublicApplicationConnectEnabled


METHOD = "POST"
PATH = "/2010-04-01/Accounts/{AccountSid}/Applications.json"
RETRY = "create"
ARGS = ("account_sid",)
CLIENT_ARGS = {"account_sid": "AccountSid"}
PATTERNS = {"account_sid": "^AC[0-9a-fA-F]{32}$"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"


def _get_kwargs(
    account_sid: str,
    *,
    api_version: str | Unset = UNSET,
    voice_url: str | Unset = UNSET,
    voice_method: HttpMethod | str | Unset = UNSET,
    voice_fallback_url: str | Unset = UNSET,
    voice_fallback_method: HttpMethod | str | Unset = UNSET,
    status_callback: str | Unset = UNSET,
    status_callback_method: HttpMethod | str | Unset = UNSET,
    voice_caller_id_lookup: bool | Unset = UNSET,
    sms_url: str | Unset = UNSET,
    sms_method: HttpMethod | str | Unset = UNSET,
    sms_fallback_url: str | Unset = UNSET,
    sms_fallback_method: HttpMethod | str | Unset = UNSET,
    sms_status_callback: str | Unset = UNSET,
    message_status_callback: str | Unset = UNSET,
    friendly_name: str | Unset = UNSET,
    public_application_connect_enabled: bool | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    if api_version is not UNSET:
        _body["ApiVersion"] = api_version
    if voice_url is not UNSET:
        _body["VoiceUrl"] = voice_url
    if voice_method is not UNSET:
        _body["VoiceMethod"] = voice_method
    if voice_fallback_url is not UNSET:
        _body["VoiceFallbackUrl"] = voice_fallback_url
    if voice_fallback_method is not UNSET:
        _body["VoiceFallbackMethod"] = voice_fallback_method
    if status_callback is not UNSET:
        _body["StatusCallback"] = status_callback
    if status_callback_method is not UNSET:
        _body["StatusCallbackMethod"] = status_callback_method
    if voice_caller_id_lookup is not UNSET:
        _body["VoiceCallerIdLookup"] = voice_caller_id_lookup
    if sms_url is not UNSET:
        _body["SmsUrl"] = sms_url
    if sms_method is not UNSET:
        _body["SmsMethod"] = sms_method
    if sms_fallback_url is not UNSET:
        _body["SmsFallbackUrl"] = sms_fallback_url
    if sms_fallback_method is not UNSET:
        _body["SmsFallbackMethod"] = sms_fallback_method
    if sms_status_callback is not UNSET:
        _body["SmsStatusCallback"] = sms_status_callback
    if message_status_callback is not UNSET:
        _body["MessageStatusCallback"] = message_status_callback
    if friendly_name is not UNSET:
        _body["FriendlyName"] = friendly_name
    if public_application_connect_enabled is not UNSET:
        _body["PublicApplicationConnectEnabled"] = public_application_connect_enabled

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "AccountSid": _quote(str(account_sid), safe=""),
            }
        ),
        "data": _body,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], Application] = Application
