"""CreateMessage: POST /2010-04-01/Accounts/{AccountSid}/Messages.json

Send a message

Generated from the spec. Do not edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as _quote

from ...models.message import Message
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from typing import Required

    from trunkline_generated.twilio_api_v2010.models.message_address_retention import (
        MessageAddressRetention,
    )
    from trunkline_generated.twilio_api_v2010.models.message_content_retention import (
        MessageContentRetention,
    )
    from trunkline_generated.twilio_api_v2010.models.message_risk_check import MessageRiskCheck
    from trunkline_generated.twilio_api_v2010.models.message_schedule_type import (
        MessageScheduleType,
    )
    from trunkline_generated.twilio_api_v2010.models.message_traffic_type import MessageTrafficType

    from ...._runtime import CallOptions

    class Params(CallOptions, total=False):
        """The keyword arguments of CreateMessage (for `Unpack`), per-call options included."""

        to: Required[str]  # To
        status_callback: str  # StatusCallback
        application_sid: str  # ApplicationSid
        max_price: float  # MaxPrice
        provide_feedback: bool  # ProvideFeedback
        attempt: int  # Attempt
        validity_period: int  # ValidityPeriod
        force_delivery: bool  # ForceDelivery
        content_retention: MessageContentRetention | str  # ContentRetention
        address_retention: MessageAddressRetention | str  # AddressRetention
        smart_encoded: bool  # SmartEncoded
        persistent_action: list[str]  # PersistentAction
        traffic_type: MessageTrafficType | str  # TrafficType
        shorten_urls: bool  # ShortenUrls
        schedule_type: MessageScheduleType | str  # ScheduleType
        send_at: datetime.datetime  # SendAt
        send_as_mms: bool  # SendAsMms
        content_variables: str  # ContentVariables
        risk_check: MessageRiskCheck | str  # RiskCheck
        from_: str  # From
        fallback_from: str  # FallbackFrom
        messaging_service_sid: str  # MessagingServiceSid
        body: str  # Body
        media_url: list[str]  # MediaUrl
        content_sid: str  # ContentSid


METHOD = "POST"
PATH = "/2010-04-01/Accounts/{AccountSid}/Messages.json"
RETRY = "create"
ARGS = ("account_sid",)
CLIENT_ARGS = {"account_sid": "AccountSid"}
PATTERNS = {"account_sid": "^AC[0-9a-fA-F]{32}$"}
PHONES = {"to": "phone-number", "from_": "phone-number", "fallback_from": "phone-number"}
SECURITY = (("accountSid_authToken",),)
RESPONSE = "json"


def _get_kwargs(
    account_sid: str,
    *,
    to: str,
    status_callback: str | Unset = UNSET,
    application_sid: str | Unset = UNSET,
    max_price: float | Unset = UNSET,
    provide_feedback: bool | Unset = UNSET,
    attempt: int | Unset = UNSET,
    validity_period: int | Unset = UNSET,
    force_delivery: bool | Unset = UNSET,
    content_retention: MessageContentRetention | str | Unset = UNSET,
    address_retention: MessageAddressRetention | str | Unset = UNSET,
    smart_encoded: bool | Unset = UNSET,
    persistent_action: list[str] | Unset = UNSET,
    traffic_type: MessageTrafficType | str | Unset = UNSET,
    shorten_urls: bool | Unset = UNSET,
    schedule_type: MessageScheduleType | str | Unset = UNSET,
    send_at: datetime.datetime | Unset = UNSET,
    send_as_mms: bool | Unset = UNSET,
    content_variables: str | Unset = UNSET,
    risk_check: MessageRiskCheck | str | Unset = UNSET,
    from_: str | Unset = UNSET,
    fallback_from: str | Unset = UNSET,
    messaging_service_sid: str | Unset = UNSET,
    body: str | Unset = UNSET,
    media_url: list[str] | Unset = UNSET,
    content_sid: str | Unset = UNSET,
) -> dict[str, Any]:
    """Python arguments -> the request (wire names; values still Python objects)."""

    _body: dict[str, Any] = {}
    _body["To"] = to
    if status_callback is not UNSET:
        _body["StatusCallback"] = status_callback
    if application_sid is not UNSET:
        _body["ApplicationSid"] = application_sid
    if max_price is not UNSET:
        _body["MaxPrice"] = max_price
    if provide_feedback is not UNSET:
        _body["ProvideFeedback"] = provide_feedback
    if attempt is not UNSET:
        _body["Attempt"] = attempt
    if validity_period is not UNSET:
        _body["ValidityPeriod"] = validity_period
    if force_delivery is not UNSET:
        _body["ForceDelivery"] = force_delivery
    if content_retention is not UNSET:
        _body["ContentRetention"] = content_retention
    if address_retention is not UNSET:
        _body["AddressRetention"] = address_retention
    if smart_encoded is not UNSET:
        _body["SmartEncoded"] = smart_encoded
    if persistent_action is not UNSET:
        _body["PersistentAction"] = persistent_action
    if traffic_type is not UNSET:
        _body["TrafficType"] = traffic_type
    if shorten_urls is not UNSET:
        _body["ShortenUrls"] = shorten_urls
    if schedule_type is not UNSET:
        _body["ScheduleType"] = schedule_type
    if send_at is not UNSET:
        _body["SendAt"] = send_at
    if send_as_mms is not UNSET:
        _body["SendAsMms"] = send_as_mms
    if content_variables is not UNSET:
        _body["ContentVariables"] = content_variables
    if risk_check is not UNSET:
        _body["RiskCheck"] = risk_check
    if from_ is not UNSET:
        _body["From"] = from_
    if fallback_from is not UNSET:
        _body["FallbackFrom"] = fallback_from
    if messaging_service_sid is not UNSET:
        _body["MessagingServiceSid"] = messaging_service_sid
    if body is not UNSET:
        _body["Body"] = body
    if media_url is not UNSET:
        _body["MediaUrl"] = media_url
    if content_sid is not UNSET:
        _body["ContentSid"] = content_sid

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
_parse_response: Callable[[Any], Message] = Message
