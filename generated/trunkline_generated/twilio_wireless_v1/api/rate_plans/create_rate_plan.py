"""CreateRatePlan: POST /v1/RatePlans

Create a Rate Plan.

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ...models.rate_plan import RatePlan
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from trunkline_generated.twilio_wireless_v1.models.data_limit_strategy import DataLimitStrategy

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of CreateRatePlan (for `Unpack`), per-call options included."""

        unique_name: str  # UniqueName
        friendly_name: str  # FriendlyName
        data_enabled: bool  # DataEnabled
        data_limit: int  # DataLimit
        data_metering: str  # DataMetering
        messaging_enabled: bool  # MessagingEnabled
        voice_enabled: bool  # VoiceEnabled
        national_roaming_enabled: bool  # NationalRoamingEnabled
        international_roaming: list[str]  # InternationalRoaming
        national_roaming_data_limit: int  # NationalRoamingDataLimit
        international_roaming_data_limit: int  # InternationalRoamingDataLimit
        data_limit_strategy: DataLimitStrategy | str  # DataLimitStrategy


METHOD = "POST"
PATH = "/v1/RatePlans"
RETRY = "create"
ARGS = ()
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"


def _get_kwargs(
    *,
    unique_name: str | Unset = UNSET,
    friendly_name: str | Unset = UNSET,
    data_enabled: bool | Unset = UNSET,
    data_limit: int | Unset = UNSET,
    data_metering: str | Unset = UNSET,
    messaging_enabled: bool | Unset = UNSET,
    voice_enabled: bool | Unset = UNSET,
    national_roaming_enabled: bool | Unset = UNSET,
    international_roaming: list[str] | Unset = UNSET,
    national_roaming_data_limit: int | Unset = UNSET,
    international_roaming_data_limit: int | Unset = UNSET,
    data_limit_strategy: DataLimitStrategy | str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    if unique_name is not UNSET:
        _body["UniqueName"] = unique_name
    if friendly_name is not UNSET:
        _body["FriendlyName"] = friendly_name
    if data_enabled is not UNSET:
        _body["DataEnabled"] = data_enabled
    if data_limit is not UNSET:
        _body["DataLimit"] = data_limit
    if data_metering is not UNSET:
        _body["DataMetering"] = data_metering
    if messaging_enabled is not UNSET:
        _body["MessagingEnabled"] = messaging_enabled
    if voice_enabled is not UNSET:
        _body["VoiceEnabled"] = voice_enabled
    if national_roaming_enabled is not UNSET:
        _body["NationalRoamingEnabled"] = national_roaming_enabled
    if international_roaming is not UNSET:
        _body["InternationalRoaming"] = international_roaming
    if national_roaming_data_limit is not UNSET:
        _body["NationalRoamingDataLimit"] = national_roaming_data_limit
    if international_roaming_data_limit is not UNSET:
        _body["InternationalRoamingDataLimit"] = international_roaming_data_limit
    if data_limit_strategy is not UNSET:
        _body["DataLimitStrategy"] = data_limit_strategy

    return {
        "method": METHOD,
        "url": PATH,
        "data": _body,
    }


# The decoded JSON body -> a record (the record class itself: no call in between).
_parse_response: Callable[[Any], RatePlan] = RatePlan
