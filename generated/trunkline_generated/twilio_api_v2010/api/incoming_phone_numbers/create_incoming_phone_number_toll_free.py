"""CreateIncomingPhoneNumberTollFree: POST /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/TollFree.json

Buy a toll-free phone number

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.incoming_phone_number import IncomingPhoneNumber
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Required

    from trunkline_generated.twilio_api_v2010.models.emergency_status import EmergencyStatus
    from trunkline_generated.twilio_api_v2010.models.http_method import HttpMethod
    from trunkline_generated.twilio_api_v2010.models.voice_receive_mode import VoiceReceiveMode

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of CreateIncomingPhoneNumberTollFree (for `Unpack`), per-call options included."""

        phone_number: Required[str]  # PhoneNumber
        api_version: str  # ApiVersion
        friendly_name: str  # FriendlyName
        sms_application_sid: str  # SmsApplicationSid
        sms_fallback_method: HttpMethod | str  # SmsFallbackMethod
        sms_fallback_url: str  # SmsFallbackUrl
        sms_method: HttpMethod | str  # SmsMethod
        sms_url: str  # SmsUrl
        status_callback: str  # StatusCallback
        status_callback_method: HttpMethod | str  # StatusCallbackMethod
        voice_application_sid: str  # VoiceApplicationSid
        voice_caller_id_lookup: bool  # VoiceCallerIdLookup
        voice_fallback_method: HttpMethod | str  # VoiceFallbackMethod
        voice_fallback_url: str  # VoiceFallbackUrl
        voice_method: HttpMethod | str  # VoiceMethod
        voice_url: str  # VoiceUrl
        identity_sid: str  # IdentitySid
        address_sid: str  # AddressSid
        emergency_status: EmergencyStatus | str  # EmergencyStatus
        emergency_address_sid: str  # EmergencyAddressSid
        trunk_sid: str  # TrunkSid
        voice_receive_mode: VoiceReceiveMode | str  # VoiceReceiveMode
        bundle_sid: str  # BundleSid


METHOD = "POST"
PATH = "/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/TollFree.json"
RETRY = "create"
ARGS = ("account_sid",)
CLIENT_ARGS = {"account_sid": "AccountSid"}
PATTERNS = {"account_sid": "^AC[0-9a-fA-F]{32}$"}
PHONES = {"phone_number": "phone-number"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"


def _get_kwargs(
    account_sid: str,
    *,
    phone_number: str,
    api_version: str | Unset = UNSET,
    friendly_name: str | Unset = UNSET,
    sms_application_sid: str | Unset = UNSET,
    sms_fallback_method: HttpMethod | str | Unset = UNSET,
    sms_fallback_url: str | Unset = UNSET,
    sms_method: HttpMethod | str | Unset = UNSET,
    sms_url: str | Unset = UNSET,
    status_callback: str | Unset = UNSET,
    status_callback_method: HttpMethod | str | Unset = UNSET,
    voice_application_sid: str | Unset = UNSET,
    voice_caller_id_lookup: bool | Unset = UNSET,
    voice_fallback_method: HttpMethod | str | Unset = UNSET,
    voice_fallback_url: str | Unset = UNSET,
    voice_method: HttpMethod | str | Unset = UNSET,
    voice_url: str | Unset = UNSET,
    identity_sid: str | Unset = UNSET,
    address_sid: str | Unset = UNSET,
    emergency_status: EmergencyStatus | str | Unset = UNSET,
    emergency_address_sid: str | Unset = UNSET,
    trunk_sid: str | Unset = UNSET,
    voice_receive_mode: VoiceReceiveMode | str | Unset = UNSET,
    bundle_sid: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    _body["PhoneNumber"] = phone_number
    if api_version is not UNSET:
        _body["ApiVersion"] = api_version
    if friendly_name is not UNSET:
        _body["FriendlyName"] = friendly_name
    if sms_application_sid is not UNSET:
        _body["SmsApplicationSid"] = sms_application_sid
    if sms_fallback_method is not UNSET:
        _body["SmsFallbackMethod"] = sms_fallback_method
    if sms_fallback_url is not UNSET:
        _body["SmsFallbackUrl"] = sms_fallback_url
    if sms_method is not UNSET:
        _body["SmsMethod"] = sms_method
    if sms_url is not UNSET:
        _body["SmsUrl"] = sms_url
    if status_callback is not UNSET:
        _body["StatusCallback"] = status_callback
    if status_callback_method is not UNSET:
        _body["StatusCallbackMethod"] = status_callback_method
    if voice_application_sid is not UNSET:
        _body["VoiceApplicationSid"] = voice_application_sid
    if voice_caller_id_lookup is not UNSET:
        _body["VoiceCallerIdLookup"] = voice_caller_id_lookup
    if voice_fallback_method is not UNSET:
        _body["VoiceFallbackMethod"] = voice_fallback_method
    if voice_fallback_url is not UNSET:
        _body["VoiceFallbackUrl"] = voice_fallback_url
    if voice_method is not UNSET:
        _body["VoiceMethod"] = voice_method
    if voice_url is not UNSET:
        _body["VoiceUrl"] = voice_url
    if identity_sid is not UNSET:
        _body["IdentitySid"] = identity_sid
    if address_sid is not UNSET:
        _body["AddressSid"] = address_sid
    if emergency_status is not UNSET:
        _body["EmergencyStatus"] = emergency_status
    if emergency_address_sid is not UNSET:
        _body["EmergencyAddressSid"] = emergency_address_sid
    if trunk_sid is not UNSET:
        _body["TrunkSid"] = trunk_sid
    if voice_receive_mode is not UNSET:
        _body["VoiceReceiveMode"] = voice_receive_mode
    if bundle_sid is not UNSET:
        _body["BundleSid"] = bundle_sid

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
_parse_response: Callable[[Any], IncomingPhoneNumber] = IncomingPhoneNumber
