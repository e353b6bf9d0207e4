"""UpdateSipDomain: POST /2010-04-01/Accounts/{AccountSid}/SIP/Domains/{Sid}.json

Update the attributes of a domain

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.sip_domain import SipDomain
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from trunkline_generated.twilio_api_v2010.models.http_method import HttpMethod

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of UpdateSipDomain (for `Unpack`), per-call options included."""

        friendly_name: str  # FriendlyName
        voice_fallback_method: HttpMethod | str  # VoiceFallbackMethod
        voice_fallback_url: str  # VoiceFallbackUrl
        voice_method: HttpMethod | str  # VoiceMethod
        voice_status_callback_method: HttpMethod | str  # VoiceStatusCallbackMethod
        voice_status_callback_url: str  # VoiceStatusCallbackUrl
        voice_url: str  # VoiceUrl
        sip_registration: bool  # SipRegistration
        domain_name: str  # DomainName
        emergency_calling_enabled: bool  # EmergencyCallingEnabled
        secure: bool  # Secure
        byoc_trunk_sid: str  # ByocTrunkSid
        emergency_caller_sid: str  # EmergencyCallerSid


METHOD = "POST"
PATH = "/2010-04-01/Accounts/{AccountSid}/SIP/Domains/{Sid}.json"
RETRY = "safe"
ARGS = ("account_sid", "sid")
CLIENT_ARGS = {"account_sid": "AccountSid"}
PATTERNS = {"account_sid": "^AC[0-9a-fA-F]{32}$", "sid": "^SD[0-9a-fA-F]{32}$"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"


def _get_kwargs(
    account_sid: str,
    sid: str,
    *,
    friendly_name: str | Unset = UNSET,
    voice_fallback_method: HttpMethod | str | Unset = UNSET,
    voice_fallback_url: str | Unset = UNSET,
    voice_method: HttpMethod | str | Unset = UNSET,
    voice_status_callback_method: HttpMethod | str | Unset = UNSET,
    voice_status_callback_url: str | Unset = UNSET,
    voice_url: str | Unset = UNSET,
    sip_registration: bool | Unset = UNSET,
    domain_name: str | Unset = UNSET,
    emergency_calling_enabled: bool | Unset = UNSET,
    secure: bool | Unset = UNSET,
    byoc_trunk_sid: str | Unset = UNSET,
    emergency_caller_sid: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    if friendly_name is not UNSET:
        _body["FriendlyName"] = friendly_name
    if voice_fallback_method is not UNSET:
        _body["VoiceFallbackMethod"] = voice_fallback_method
    if voice_fallback_url is not UNSET:
        _body["VoiceFallbackUrl"] = voice_fallback_url
    if voice_method is not UNSET:
        _body["VoiceMethod"] = voice_method
    if voice_status_callback_method is not UNSET:
        _body["VoiceStatusCallbackMethod"] = voice_status_callback_method
    if voice_status_callback_url is not UNSET:
        _body["VoiceStatusCallbackUrl"] = voice_status_callback_url
    if voice_url is not UNSET:
        _body["VoiceUrl"] = voice_url
    if sip_registration is not UNSET:
        _body["SipRegistration"] = sip_registration
    if domain_name is not UNSET:
        _body["DomainName"] = domain_name
    if emergency_calling_enabled is not UNSET:
        _body["EmergencyCallingEnabled"] = emergency_calling_enabled
    if secure is not UNSET:
        _body["Secure"] = secure
    if byoc_trunk_sid is not UNSET:
        _body["ByocTrunkSid"] = byoc_trunk_sid
    if emergency_caller_sid is not UNSET:
        _body["EmergencyCallerSid"] = emergency_caller_sid

    return {
        "method": METHOD,
        "url": PATH.format_map(
            {
                "AccountSid": _quote(str(account_sid), safe=""),
                "Sid": _quote(str(sid), safe=""),
            }
        ),
        "data": _body,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], SipDomain] = SipDomain
